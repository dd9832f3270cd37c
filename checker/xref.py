"""Cross-references between articles: "a breach of Article 9" points at section `art:9`.

The words that introduce a reference are language data (rules/language/references.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.readers.annexes import ANNEX_NUMBER, annex_key, annex_words
from checker.readers.structure import ARTICLE_SUFFIX, section_key
from checker.yamlio import language_data, word_alternation

# "9", "12.3", "II.9.1", "H.14", "12bis"; "AV-5" and "C6" (framework and call-off numbering)
_NUMBER = (
    r"(?:(?-i:[A-Z]{2,3})-\d+(?:\.\d+)*|(?-i:[A-Z])\d{1,2}(?:\.\d+)*(?![\w-])"
    rf"|(?:(?:[IVX]{{1,4}}|[A-Z])\.)?\d+{ARTICLE_SUFFIX}(?:\.\d+)*)"
)
_NUMBERS = rf"{_NUMBER}(?:\s*(?:,|and|or|et|ou|en|of|to|à|tot en met|tot|through|-|–)\s*{_NUMBER})*"
_EACH = re.compile(rf"(?<![\w.]){_NUMBER}")


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    words = word_alternation(language_data("references"))
    # "artikel 8", "art. 8", "article n° 8"; "Toepasselijke artikelen: 8, 9 en 11" (a table row)
    return re.compile(rf"\b(?:{words})\.?:?\s*(?:n°\s*)?({_NUMBERS})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _external() -> re.Pattern[str]:
    """Return the pattern of what follows a reference into another act ("... du RGE")."""
    words = word_alternation(language_data("external_acts"))
    lead = (
        r"(?:/\d+)?[\s,]*(?:(?:de\s+la|de\s+l['’]|du|des|van\s+de|van\s+het|van|of\s+the|of)\s+)?"
    )
    return re.compile(rf"{lead}(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _annex_reference() -> re.Pattern[str]:
    """Return the pattern of a reference to annexes ("Schedule 4", "les annexes 2 et 3")."""
    joint = r"\s*(?:,|and|or|et|ou|en|of)\s*"
    numbers = rf"{ANNEX_NUMBER}(?:{joint}{ANNEX_NUMBER})*"
    return re.compile(rf"\b(?i:{annex_words()})\s+({numbers})")


_EACH_ANNEX = re.compile(ANNEX_NUMBER)


@lru_cache(maxsize=1)
def _annex_opening() -> re.Pattern[str]:
    """Return the pattern of a paragraph that opens an annex in its first words, as a heading
    or run in: "Attachment F - Protected Characteristics: race, color, ..."."""
    return re.compile(rf"^\s*(?i:{annex_words()})\s+({ANNEX_NUMBER})\s*[-–—:.]\s*\w")


def annex_section(section: str) -> str | None:
    """Return the annex part of a sentence's section key ("annex:4" for "annex:4/art:1")."""
    return section.split("/", 1)[0] if section.startswith("annex:") else None


def opened_annex(text: str) -> str | None:
    """Return the section key of the annex a paragraph opens ("annex:F"), or None."""
    m = _annex_opening().match(text)
    return f"annex:{annex_key(m.group(1))}" if m else None


# a bare number of a text numbered by parts ("Elke niet-naleving van III.4.2", "the
# obligations of II.9"): distinct enough to need no word such as "article" before it
_BARE_PART = re.compile(r"(?<![\w.])((?-i:[IVX]{1,4})\.\d{1,3}(?:\.\d{1,3})*)(?![\w-]|\.\d)")


def referenced_sections(text: str) -> set[str]:
    """Return the section keys a sentence refers to: `art:<top-level number>` for an article,
    `para:<number>` for a numbered paragraph of one ("article 11.2"), `annex:<number>` for an
    annex ("the obligations under Schedule 4").

    A reference into another act ("article 47 de l'arrêté royal", "section 149 of the Equality
    Act 2010", "Annex II of Directive 2014/24/EU") is not a reference into the document. A
    number of a text numbered by parts ("III.4.2") is one without a word before it.
    """
    keys: set[str] = set()
    for m in _BARE_PART.finditer(text):
        keys.update(_keys(m.group(1)))
    for m in _reference().finditer(text):
        if _external().match(text, m.end()):
            continue
        keys.update(_keys(m.group(1)))
    for m in _annex_reference().finditer(text):
        if _external().match(text, m.end()):
            continue
        keys.update(f"annex:{annex_key(n.group(0))}" for n in _EACH_ANNEX.finditer(m.group(1)))
    return keys


_RANGE = re.compile(r"^\s*(?:to|tot en met|tot|through|à|-|–)\s*$", re.IGNORECASE)
_MAX_RANGE = 20


def _keys(numbers: str) -> list[str]:
    """Return the section keys of "9, 11.2, 12 to 14": art:9, para:11.2, art:12, art:13,
    art:14 (a range filled in; a paragraph number names its paragraph)."""
    found = list(_EACH.finditer(numbers))
    keys = [_key(m.group(0)) for m in found]
    for a, b in zip(found, found[1:], strict=False):
        lo, hi = section_key(a.group(0)), section_key(b.group(0))
        ranged = _RANGE.match(numbers[a.end() : b.start()]) and lo.isdigit() and hi.isdigit()
        if ranged and 0 < int(hi) - int(lo) <= _MAX_RANGE:
            keys += [f"art:{n}" for n in range(int(lo) + 1, int(hi))]
    return keys


def _key(number: str) -> str:
    top = section_key(number)
    deeper = number != top and number.startswith(f"{top}.") and number[len(top) + 1 :][:1].isdigit()
    return f"para:{number}" if deeper else f"art:{top}"


def article_of(key: str) -> str:
    """Return the article key of a reference key ("art:11" for "para:11.2")."""
    return f"art:{section_key(key.removeprefix('para:'))}" if key.startswith("para:") else key
