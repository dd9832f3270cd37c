"""Annexes: "SCHEDULE 4 - EQUALITY", "Annexe 5 : clause sociale", "Bijlage II".

A short line that starts with an annex word (rules/language/annexes.yaml) and a number opens
an annex, whose paragraphs are numbered anew; a part heading ("PARTIE II") ends it. The
number's key ("4" for "IV") lets "the obligations under Schedule 4" refer to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.document import Block, BlockKind
from checker.yamlio import language_data, word_alternation

MAX_HEADING_CHARS = 160  # a longer line is text, not a heading
_NUMBER_SIGN = re.compile(r"^[nN][°o]\.?\s*")


def _is_sentence(text: str) -> bool:
    """Return whether a short line reads as a sentence rather than a heading."""
    return text.endswith((".", ";", ",")) and len(text.split()) > 5


@lru_cache(maxsize=1)
def annex_words() -> str:
    """Return the alternation of the words that name an annex (rules/language/annexes.yaml)."""
    return word_alternation(language_data("annexes"))


# the number of an annex: "4", "II", "B" (letters and numerals in capitals only: "Schedule a
# meeting" is not an annex)
ANNEX_NUMBER = r"(?:(?i:n)[°o]\.?\s*)?(?:\d{1,3}|[IVX]{1,5}|[A-Z])(?![\w.]*\d)\b"


@lru_cache(maxsize=1)
def _annex_heading() -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?P<word>(?i:{annex_words()}))\s+(?P<num>{ANNEX_NUMBER})(?P<rest>.*)$", re.S
    )


# what may follow "Annex 3" in its heading: nothing, a separator and a title, or "to the
# Framework Agreement - ..."
_ANNEX_REST = re.compile(
    r"^\s*(?:(?i:to|of|bij|van|au|à|aux|du|de)\b[^.;:\-–—(]{0,80})?\s*(?:[-–—:.(]|$)"
)
_TOC_LINE = re.compile(r"(?:\.{3,}|…|\s)\s*\d{1,3}\s*$")


@lru_cache(maxsize=1)
def _listed_annex() -> re.Pattern[str]:
    """Return the pattern of a further annex title after the first, in a list of annexes, or
    after a slash in a heading that titles one annex in two languages."""
    return re.compile(
        rf"(?P<slash>/\s*)?\s(?i:{annex_words()})\s+(?P<num>{ANNEX_NUMBER})\s*[-–—:]\s*\w"
    )


def annex_of(block: Block) -> str | None:
    """Return the annex a block opens ("Schedule 4" for "SCHEDULE 4 - EQUAL OPPORTUNITIES")."""
    return annex_title(block.text, heading=block.kind == BlockKind.HEADING)


def annex_title(text: str, heading: bool = False) -> str | None:
    """Return the annex a line of text opens, if it is an annex heading.

    Only a short line counts: "Annex 3 lists the prices." is a sentence, and a table of
    contents line ("Annex 3 - Prices ..... 45") opens nothing.
    """
    text = " ".join(text.split())
    if len(text) > MAX_HEADING_CHARS:
        return None
    m = _annex_heading().match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    titled = not rest or _ANNEX_REST.match(rest) or rest.upper() == rest
    if not titled or _is_sentence(text) or (not heading and _TOC_LINE.search(rest)):
        return None
    num = _NUMBER_SIGN.sub("", m.group("num"))
    listed = _listed_annex().search(rest)
    # "Annexe 3 - Questionnaire / Bijlage 3 - Vragenlijst": one annex titled in two languages
    if listed and not (listed["slash"] and _NUMBER_SIGN.sub("", listed["num"]) == num):
        return None  # "Schedule 1 - Specification Schedule 2 - Pricing": a list of annexes
    return f"{m.group('word').capitalize()} {num}"


# "PART II", "CLAUSES ADMINISTRATIVES - PARTIE II", "Hoofdstuk 3": a part of the conditions,
# which ends the annex before it
_PART_HEADING = re.compile(
    r"^\s*(?:[^\W\d_][^.;:]{0,60}?\s[-–—:]\s*)?"
    r"(?i:part|partie|deel|titre|titel|title|chapter|chapitre|hoofdstuk)\s+(?:[IVX]{1,5}|\d{1,2})\b"
)


def opens_part(text: str) -> bool:
    """Return whether a line is the heading of a part ("PART II", "Hoofdstuk 3")."""
    text = " ".join(text.split())
    return (
        len(text) <= MAX_HEADING_CHARS
        and not _is_sentence(text)
        and bool(_PART_HEADING.match(text))
    )


_ROMAN = {"I": 1, "V": 5, "X": 10}


def annex_key(number: str) -> str:
    """Return the key of an annex number: "4" for "4" and "IV" and "n° 4", "B" for "B".

    An annex label ("Bijlage IV") gives the key of its last word.
    """
    number = _NUMBER_SIGN.sub("", number.strip()).split()[-1]
    if number and set(number) <= set(_ROMAN) and (len(number) > 1 or number in "IVX"):
        values = [_ROMAN[c] for c in number]
        total = sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))
        return str(total)
    return number
