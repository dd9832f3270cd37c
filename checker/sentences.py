"""Split blocks into sentences that keep their location, coping with legal numbering.

A full stop ends a sentence only when it is followed by white space and an upper-case letter,
a digit-led new article or an opening quote, and is not part of an abbreviation ("art.",
"nr.", "e.g."), a number ("12.3"), an initial ("J. Smith") or an ordinal ("1°"). Line breaks
inside a block are spaces. Very long "sentences" (lists run together) are cut at line breaks
or semicolons so that a condition cannot be satisfied by words far apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from checker.document import Block, BlockKind, Document
from checker.language import plain_language
from checker.readers.annexes import annex_key
from checker.readers.structure import is_heading_block, section_key
from checker.yamlio import load_yaml

MAX_SENTENCE_WORDS = 60
# a table row is one statement ("duty | who is bound | how it is checked | consequence"): it is
# read whole up to this length, then cut between its cells
MAX_ROW_WORDS = 150
_CELL_CUT = re.compile(r"\s\|\s")
_BOUNDARY_CORE = (
    r"(?<=[.!?])[\"'”»)]?\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-Þ0-9§•●·▪\-–])|\s+(?=[•●·▪]\s*\S)"
    # "... de wet. b) De opdrachtnemer ..." / "...; b) ...": a lettered item starts anew
    r"|(?<=[.;])\s+(?=(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s)"
    # "... the law. (b) The contractor ...": so does a bracketed one after a full stop
    r"|(?<=\.)\s+(?=\((?:[a-h]|i{1,3}|iv|vi{0,3})\)\s)"
    # "30.3 [deleted by addendum no. 2] 30.4 A breach ...": a bracketed note ends its paragraph
    r"|(?<=\])\s+(?=\d{1,3}(?:\.\d{1,3})+\.?\s)"
)
_CLOSERS = "\"'”»)"  # may follow the full stop that ends a sentence
# single letters ("J.") and roman numerals ("ii.") do not end a sentence
_NOT_AN_END = re.compile(r"[a-z]|(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})")
# "R.S.O. 1990", "41 U.S.C. 2000e", "S.I. No. 286": dotted initials do not end a sentence
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_SOFT_CUT = re.compile(r"(?<=[;:])\s+|\n+")
# a French elided article or pronoun before the word: "l'al. 1", "d'art. 5", "qu'art."
_ELIDED = re.compile(r"(?:l|d|n|s|j|c|m|t|qu|jusqu|lorsqu|puisqu)'(.+)")
_TAIL = 80  # characters searched back for the word before a full stop


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document with its location."""

    index: int
    text: str
    start: int
    end: int
    block: int
    language: str | None
    page: int | None
    paragraph: int | None
    article: str | None
    section: str  # "art:12", "annex:4/art:1", "annex:4", "h:<heading>" or "b:<block>"
    heading: str | None = None  # the innermost heading the sentence sits under
    is_heading: bool = False  # the sentence is (part of) a heading block
    annex: str | None = None  # the annex the sentence is in ("Schedule 4")
    table_row: bool = False  # the sentence is (part of) a table row


@lru_cache(maxsize=1)
def _boundary() -> re.Pattern[str]:
    """Return the sentence-boundary pattern (with the contrast words of the language data)."""
    text = resources.files("rules").joinpath("language/contrast.yaml").read_text("utf-8")
    words = "|".join(re.escape(str(w)) for w in load_yaml(text))
    return re.compile(rf"{_BOUNDARY_CORE}|(?<=;)\s+(?=(?i:{words})\b)")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Return the abbreviations after which a full stop does not end a sentence."""
    text = resources.files("rules").joinpath("language/abbreviations.yaml").read_text("utf-8")
    return frozenset(str(a).lower() for a in load_yaml(text))


def document_to_sentences(doc: Document, language: str | None = None) -> list[Sentence]:
    """Return the sentences of a document's body blocks in reading order."""
    out: list[Sentence] = []
    for bi, block in enumerate(doc.blocks):
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            continue
        lang = language or block.language or _doc_lang(doc)
        table_row = block.kind == BlockKind.TABLE_ROW
        for start, end in block_to_spans(block.text, table_row):
            if is_table_of_contents(block.text[start:end], block.text):
                continue
            out.append(
                Sentence(
                    index=len(out),
                    text=block.text[start:end],
                    start=block.start + start,
                    end=block.start + end,
                    block=bi,
                    # with a given language, a sentence plainly in another keeps its own
                    language=(language and plain_language(block.text[start:end], language)) or lang,
                    page=block.page,
                    paragraph=block.paragraph,
                    article=block.article,
                    section=_section(block, bi),
                    heading=block.heading_path[-1] if block.heading_path else None,
                    is_heading=is_heading_block(block),
                    annex=block.annex,
                    table_row=table_row,
                )
            )
    return out


_DOT_LEADER = re.compile(r"\.{4,}|…{2,}|(?:\. ){4,}")
# one entry on its own: "Art. 13 Onderaanneming ........ 11", "14. Sub-contracting … 23"
_TOC_LINE = re.compile(rf"(?:{_DOT_LEADER.pattern})\s*\d{{1,3}}\s*$")
# a leader that ends at a page number ("...... 18 6.2"), not a form's blank to fill in ("Je
# soussigné(e) ........, agissant en qualité de ........ pour le compte de ...")
_LEADER_PAGE = re.compile(rf"(?:{_DOT_LEADER.pattern})\s*\d{{1,3}}(?![\d.,/])")
_TOC_ENTRY = re.compile(
    r"(?<![\w.])\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Ö][^.;:]{2,80}?\s\d{1,3}(?=\s|$)"
)

# an entry cut after its leader, when the splitter took the dots for full stops: "4 Article 13
# – Sous-traitance ......" (the page number of the entry before opens it, its own page number
# opens the next sentence)
_LEADER_TAIL = re.compile(
    r"^(?:\d{1,3}\s+)?(?:(?:art(?:icle|ikel|\.)?|clause|section|chapitre|chapter|hoofdstuk"
    r"|titre|titel|title|annexe?|bijlage|schedule|part(?:ie)?|deel)\s*[\dIVXLC]+[\w.]*"
    r"|\d{1,2}(?:\.\d{1,2})*\.?)\s*[-–—:]?\s*[^;:]{2,100}?\s*"
    rf"(?:{_DOT_LEADER.pattern})\W*$",
    re.IGNORECASE,
)


def is_table_of_contents(text: str, block: str = "") -> bool:
    """Return whether a sentence is a run of table-of-contents entries, not a clause.

    A table of contents quotes the headings with their page numbers ("6.1.2 Engagement
    d'insertion sociale ...... 18 6.2 Obligation de confidentialité ...... 20"); read as one
    long sentence, it would put the words of twenty articles side by side. One entry on a
    line of its own ("Article 14 - Non-discrimination ........ 23") is no clause either, nor
    one cut off before its page number in a `block` of such entries (not a form's last blank).
    """
    if ("...." in text or "…" in text or ". . ." in text) and (
        len(_LEADER_PAGE.findall(text)) >= 2
        or _TOC_LINE.search(text)
        or (_LEADER_TAIL.match(text) and len(_LEADER_PAGE.findall(block)) >= 2)
    ):
        return True
    return len(text) > 100 and len(_TOC_ENTRY.findall(text)) >= 5


_LOOSE = "b:"


def _doc_lang(doc: Document) -> str | None:
    if doc.language in ("en", "nl", "fr"):
        return doc.language
    return max(doc.languages, key=lambda k: doc.languages[k]) if doc.languages else None


def _section(block: Block, index: int) -> str:
    annex = f"annex:{annex_key(block.annex)}" if block.annex else None
    if block.article:
        article = f"art:{section_key(block.article)}"
        return f"{annex}/{article}" if annex else article
    if annex:
        return annex
    if block.heading_path:
        return "h:" + block.heading_path[0]
    return f"{_LOOSE}{index}"


def is_loose(section: str) -> bool:
    """Return whether a section key names a block outside any article, annex or heading."""
    return section.startswith(_LOOSE)


def block_to_spans(text: str, table_row: bool = False) -> list[tuple[int, int]]:
    """Return (start, end) character spans of the sentences of one block's text; a table
    row's are its cells' text read together, unless the row is very long."""
    if table_row:
        if len(text.split()) <= MAX_ROW_WORDS:
            return [(0, len(text))] if text.strip() else []
        cuts = [0, *(x for m in _CELL_CUT.finditer(text) for x in (m.start(), m.end())), len(text)]
        return [
            (lo + s, lo + e)
            for lo, hi in zip(cuts[::2], cuts[1::2], strict=True)
            for s, e in block_to_spans(text[lo:hi])
        ]
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundary().finditer(text):
        end = m.start()
        if text[end - 1 : end] in ".!?" and _is_abbreviation(text, start, end):
            continue
        spans.extend(_cut_long(text, start, end))
        start = m.end()
    spans.extend(_cut_long(text, start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """Return whether the full stop ending text[start:end] closes an abbreviation."""
    word = _word_before_stop(text, start, end)
    if word is None:
        return False
    word = word.lstrip("(\"'“«").lower()
    elided = _ELIDED.fullmatch(word.replace("’", "'"))  # "l'al.", "d’art." (not "cv's.")
    if _listed(word) or (elided is not None and _listed(elided[1])):
        return True
    if word[:1].isdigit():
        # "12." opening a sentence is a number; "... in 2024." ends one
        return text[start:end].strip().lower().rstrip(".") == word.rstrip(".")
    return bool(_NOT_AN_END.fullmatch(word) or _INITIALISM.fullmatch(word))


def _listed(word: str) -> bool:
    """Return whether a word ("art." or "art") is a listed abbreviation."""
    return word in abbreviations() or word.rstrip(".") in abbreviations()


def _word_before_stop(text: str, start: int, end: int) -> str | None:
    """Return the word before the closing [.!?] (and quote) of text[start:end], or None.

    Only the tail is split: searching the whole sentence so far made a long run of
    abbreviations ("art. 12, al. 2, 1°, b.") quadratic.
    """
    low = max(start, end - _TAIL)
    parts = text[low:end].rsplit(None, 1)
    if not parts:
        return None
    if len(parts) == 1 and low > start and not text[low - 1].isspace():
        parts = text[start:end].rsplit(None, 1)  # a word longer than the tail
    token = parts[-1]
    if token[-1] in _CLOSERS:
        token = token[:-1]
    if len(token) < 2 or token[-1] not in ".!?":
        return None
    return token[:-1]


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    piece = text[start:end]
    if len(piece.split()) <= MAX_SENTENCE_WORDS:
        yield (start, end)
        return
    pos = start
    quotes = _QuoteDepth(piece)
    for m in _SOFT_CUT.finditer(piece):
        cut = start + m.start()
        if quotes.parts_quotation(m.start(), m.end()):
            continue
        if len(text[pos:cut].split()) >= 12:
            yield (pos, cut)
            pos = start + m.end()
    if pos < end:
        yield (pos, end)


class _QuoteDepth:
    """Say whether a soft cut would part a quotation from its lead-in ("to avoid: « young
    and dynamic »") or fall inside one ("« Plongeur : homme costaud »"), counting the quotes
    before each cut once (cuts come in order)."""

    def __init__(self, piece: str) -> None:
        self._piece = piece
        self._seen = 0
        self._depth = 0  # « and “ opened, not yet closed
        self._straight = 0  # straight double quotes seen

    def parts_quotation(self, cut: int, after: int) -> bool:
        """Return whether cutting piece[cut:after] would part or split a quotation."""
        piece = self._piece
        for ch in piece[self._seen : cut]:
            if ch in "«“":
                self._depth += 1
            elif ch in "»”":
                self._depth = max(0, self._depth - 1)
            elif ch == '"':
                self._straight += 1
        self._seen = max(self._seen, cut)
        if piece[after : after + 1] in "«“" and piece[cut - 1 : cut] == ":":
            return True
        return self._depth > 0 or self._straight % 2 == 1
