"""The context of a sentence: the sentences a rule may look at around it.

A supporting element (monitoring, remedies, ...) belongs to the clause it sits in: the same
article, the same paragraph, the sentences around it, or an article it refers to. Regions
are computed on demand, since most sentences never need one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.sentences import Sentence, is_loose
from checker.xref import annex_section, article_of, referenced_sections
from checker.yamlio import language_data, word_alternation

CONTEXT_WINDOW = 3
LOOSE_WINDOW = 5  # sentences, across paragraphs, where the text has no articles or headings
SMALL_SECTION = 25  # sentences: a section this small is context as a whole
SMALL_BLOCK = 12  # sentences: a paragraph this small is context as a whole
SHORT_ITEM = 4  # sentences: an untitled numbered item this short is part of a clause


@lru_cache(maxsize=1)
def _anaphora() -> re.Pattern[str]:
    """Return the words by which an article takes up the one before (language/anaphora.yaml)."""
    return re.compile(rf"(?<!\w)(?:{word_alternation(language_data('anaphora'))})(?!\w)", re.I)


class Regions:
    """Per sentence of one document, the indexes of the sentences of its context.

    The whole section counts when it is small (a clause article), and so does the whole
    paragraph; in a long section only the sentences around it count. Where the text has no
    article numbers and no headings, the sentences around it count across paragraphs ("(1)
    The Contractor will not discriminate ... (4) If the Contractor fails to comply ...").
    Numbered items without headings of their own ("1. Covenant. ... 2. Subcontractors. ...")
    are parts of one clause: the sentences around an item count across the item numbers.
    A sentence that refers to another article ("obligations equivalent to Article 9") also
    sees that article, and so does the sentence after it in the same paragraph ("Any breach
    of Article 9 is a serious failure. The buyer may then terminate ..."); so does every
    sentence of an article whose heading refers to one, and a sentence that takes up the
    article before it ("impose the same obligations on its subcontractors") sees that one.
    """

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences
        self._by_section: dict[str, list[int]] = {}
        self._by_block: dict[int, list[int]] = {}
        self._by_annex: dict[str, list[int]] = {}  # "annex:4": its heading and paragraphs
        for i, s in enumerate(sentences):
            self._by_section.setdefault(s.section, []).append(i)
            self._by_block.setdefault(s.block, []).append(i)
            if s.section.startswith("annex:"):
                self._by_annex.setdefault(_annex_part(s.section), []).append(i)
        # an article with a heading of its own is a unit; numbered items without one
        # ("1. Covenant. The Service Provider ...") are parts of a clause
        self._titled = {
            sec
            for sec, idx in self._by_section.items()
            if any(sentences[i].is_heading for i in idx) or _caps_title(sentences[idx[0]].text)
        }
        self._memo: dict[int, list[int]] = {}
        self._anchor_memo: dict[int, list[int]] = {}
        self._refs: dict[int, set[str]] = {}
        self._heading_refs: dict[str, set[str]] = {}

    def __getitem__(self, i: int) -> list[int]:
        """Return the indexes of sentence i's context, itself included, in order."""
        found = self._memo.get(i)
        if found is None:
            found = self._memo[i] = self._region(i)
        return found

    def _region(self, i: int) -> list[int]:
        sentences, s = self._sentences, self._sentences[i]
        members = self._by_section[s.section]
        loose = is_loose(s.section)
        chosen = set(members) if len(members) <= SMALL_SECTION and not loose else set()
        width = LOOSE_WINDOW if loose else CONTEXT_WINDOW
        item = self._is_item(s.section)
        for j in range(max(0, i - width), min(len(sentences), i + width + 1)):
            other = sentences[j]
            same = other.section == s.section or other.block == s.block
            nearby = (loose and is_loose(other.section)) or (
                item and self._is_item(other.section) and _siblings(s.section, other.section)
            )
            if same or nearby:
                chosen.add(j)
        block = self._by_block[s.block]
        if len(block) <= SMALL_BLOCK:
            chosen.update(block)
        for key in self._references(i) - {s.section}:
            chosen.update(self._referred(key, s.section))
        if s.section in self._titled and _anaphora().search(s.text):
            chosen.update(self._previous(s.section))
        return sorted(chosen)

    def _previous(self, section: str) -> list[int]:
        """Return the sentences of the titled article before `section` (none at the start)."""
        first = self._by_section[section][0]
        before = self._sentences[first - 1].section if first else None
        if before is None or before == section or is_loose(before):
            return []
        return self._by_section[before]

    def anchoring(self, i: int) -> list[int]:
        """Return where sentence i's anchor element must be found: its context, except the
        other rows of its table.

        The rows of a penalty or conditions table are separate statements ("late delivery:
        EUR 100", "breach of clause 12: EUR 5,000"): a row may read the table for its topic,
        but what another row is about does not make it part of the clause, unless the row
        names the other by its number ("impose obligation no. 1 on subcontractors", "C2").
        A row keyed by an article ("Art.: 8.2 | Late start of a shift | EUR 150") is about
        that article: its clause is there, not in the text around the table.
        """
        found = self._anchor_memo.get(i)
        if found is None:
            s, sentences = self._sentences[i], self._sentences
            found = self[i]
            if s.table_row:
                found = [
                    j
                    for j in found
                    if not sentences[j].table_row
                    or sentences[j].block == s.block
                    or _names_row(s.text, sentences[j].text)
                ]
                key_cell = s.text.split(" | ", 1)[0] if " | " in s.text else ""
                keys = referenced_sections(key_cell) - {s.section} if _has_digit(key_cell) else None
                if keys:  # "Art.: 8.2 | Late start of a shift | EUR 150": about article 8.2
                    named = {j for key in keys for j in self._referred(key, s.section)}
                    found = [j for j in found if j in named or sentences[j].block == s.block]
            self._anchor_memo[i] = found
        return found

    def held_by_rows(self, anchors: set[int], i: int) -> bool:
        """Return whether sentence i, not a table row, finds its anchor only in table rows."""
        if self._sentences[i].table_row:
            return False
        held = anchors.intersection(self.anchoring(i))
        return bool(held) and all(self._sentences[j].table_row for j in held)

    def _referred(self, key: str, section: str) -> list[int]:
        """Return the sentences a reference from `section` points at: a whole annex, an
        article of the same annex (else of the conditions), or one numbered paragraph of it
        ("article 11.2": the paragraph when the article numbers its paragraphs, else the
        article)."""
        if key.startswith("annex:"):
            return self._by_annex.get(key, [])
        annex = _annex_part(section)
        article = article_of(key)
        found = self._by_section.get(f"{annex}/{article}") if annex else None
        found = found or self._by_section.get(article, [])
        if key.startswith("para:"):
            number = key.removeprefix("para:")
            paragraph = [i for i in found if _within(self._sentences[i].article, number)]
            return paragraph or found
        return found

    def _is_item(self, section: str) -> bool:
        """Return whether a section is a short numbered item without a heading of its own."""
        return (
            _article_part(section).startswith("art:")
            and section not in self._titled
            and len(self._by_section[section]) <= SHORT_ITEM
        )

    def _references(self, i: int) -> set[str]:
        """Return the sections referred to by sentence i, by the one before it in its block,
        or by its article's heading ("19. Consequences of a breach of Article 9")."""
        keys = set(self._own_references(i))
        s = self._sentences[i]
        if i and self._sentences[i - 1].block == s.block:
            keys |= self._own_references(i - 1)
        if s.section in self._titled and not is_loose(s.section):
            keys |= self._heading_references(s.section)
        return keys

    def _heading_references(self, section: str) -> set[str]:
        found = self._heading_refs.get(section)
        if found is None:
            heads = (j for j in self._by_section[section] if self._sentences[j].is_heading)
            found = {k for j in heads for k in self._own_references(j)}
            self._heading_refs[section] = found
        return found

    def _own_references(self, i: int) -> set[str]:
        found = self._refs.get(i)
        if found is None:
            text = self._sentences[i].text
            found = self._refs[i] = referenced_sections(text) if _has_digit(text) else set()
        return found


_DIGIT = re.compile(r"\d")
# a table row's key: its first cell ("Nr.: 2 | ...", "C2 | ...", "Ref: KCR-07 | ..."), short and
# with a digit
_ROW_KEY = re.compile(r"^(?:[^|:]{1,30}:\s*)?(?P<key>[\w./-]{0,6}\d[\w./-]{0,6})\s*\|")
# how a row names another by a bare number ("obligation nr. 1", "rij 3", "row 2", "ligne 1")
_ROW_WORD = (
    r"(?:nr|no|n°|num(?:ber|éro|mer)?|rij|row|ligne|line|regel|item|point|punt|condition"
    r"|voorwaarde|requirement|exigence|obligation|verplichting)\.?\s*"
)


def _names_row(text: str, other: str) -> bool:
    """Return whether a table row names another row of its table by that row's key ("nr.
    1" for the row "Nr.: 1 | ...", "C2" for "C2 | ..."), outside its own key cell."""
    m = _ROW_KEY.match(other)
    if m is None:
        return False
    key = re.escape(m.group("key").rstrip("."))
    own = _ROW_KEY.match(text)
    body = text[own.end() :] if own else text
    if m.group("key").rstrip(".").isdigit():
        return re.search(rf"\b{_ROW_WORD}{key}(?!\w|[.,]\d)", body, re.IGNORECASE) is not None
    return re.search(rf"(?<![\w-]){key}(?![\w-])", body) is not None


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_NUMBER_LEAD = re.compile(r"^\s*[\w.]*\d[\w.]*\.?\s+")


_TITLED_ARTICLE = re.compile(
    r"^\s*(?:art(?:icle|ikel)?\.?|clause|section)\s*[\w.]*\d[\w.]*\s*[-–—:]\s*\S", re.I
)


def _caps_title(text: str) -> bool:
    """Return whether a sentence opens with a title of its own: a run-in title in capitals
    ("14. NONDISCRIMINATION.") or an article word, number and title ("Artikel 9 – ...")."""
    if _TITLED_ARTICLE.match(text):
        return True
    words = _NUMBER_LEAD.sub("", text).strip().rstrip(".:").split()
    return 0 < len(words) <= 8 and all(w.upper() == w for w in words)


def _within(article: str | None, number: str) -> bool:
    """Return whether a sentence's article number lies in paragraph `number` ("11.2" is in
    "11.2" and "11.2.1", not in "11.20")."""
    if not article:
        return False
    head = article.split()[0]
    return head == number or head.startswith(f"{number}.")


def _annex_part(section: str) -> str:
    """Return the annex of a section key ("annex:4" for "annex:4/art:1"), or ""."""
    return annex_section(section) or ""


def _article_part(section: str) -> str:
    """Return a section key without its annex ("art:1" for "annex:4/art:1")."""
    return section.rsplit("/", 1)[-1]


def _siblings(a: str, b: str) -> bool:
    """Return whether two item sections are neighbours in one numbering ("art:2", "art:3";
    "art:II.1", "art:II.2"; "annex:4/art:1", "annex:4/art:2")."""
    if _annex_part(a) != _annex_part(b):
        return False
    x, y = _article_part(a).removeprefix("art:"), _article_part(b).removeprefix("art:")
    part_x, _, x = x.rpartition(".")  # "II.3" -> ("II", "3"): items of Part II
    part_y, _, y = y.rpartition(".")
    return part_x == part_y and x.isdigit() and y.isdigit() and abs(int(x) - int(y)) <= 2
