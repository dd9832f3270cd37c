"""Turn the text of PDF pages into lines and the lines into paragraphs.

Normalisation: NFKC (ligatures such as U+FB01 become "fi"), every kind of space becomes a
plain space, runs of spaces collapse, invisible characters (soft hyphen, zero-width space,
BOM, control characters) are dropped.

Dehyphenation. PDFium marks *every* hyphen that ends a line and is followed by a word on the
next line with U+FFFE (or 0x02) and drops the line break: it does not tell a soft break
("discrimi-|natie") from a real compound ("third-|party", "sous-|traitant"); on the realdocs
corpus about half of the marks are compounds (English and French) and half soft breaks (Dutch).
We restore the line break and decide ourselves, for a word broken as LEFT-|RIGHT:

1. keep the hyphen when RIGHT starts with a digit or LEFT ends with one ("COVID-19"), when RIGHT
   is capitalised but not all capitals ("Sous-Traitant", "Non-Disclosure"), or when LEFT is an
   abbreviation in capitals and RIGHT is lower-case ("EU-richtlijn", "QR-code");
2. otherwise the document decides: if "left-right" occurs elsewhere in it, keep the hyphen; if
   "leftright" does, join;
3. otherwise keep it after a compound-forming head ("non-", "sous-", "self-", "third-" ...);
4. otherwise follow the document's majority from step 2 (join when undecided): a document whose
   resolvable breaks are mostly soft breaks was typeset with hyphenation, one whose breaks are
   mostly compounds was not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from checker.document import BlockKind
from checker.readers.table_rows import data_table_rows

HYPHEN_MARKS = ("\ufffe", "\x02")
TABLE_MARK = "\ue000"
_TABLE_LINE = re.compile(TABLE_MARK + r"(\d+)" + TABLE_MARK)
_DROP = dict.fromkeys(
    [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFD]
    + [c for c in range(32) if c not in (9, 10, 13)]
)
_PUNCT = "\"'«»“”‘’()[]{}.,;:!?/*"
_LEFT_WORD = re.compile(r"([^\W_]+)-$")
_RIGHT_WORD = re.compile(r"^([^\W_]+)")
COMPOUND_HEADS = frozenset(
    ["non", "sous", "self", "third", "half", "well", "anti", "semi", "demi", "quasi", "vice"]
    + ["ex", "co", "sub", "ci"]
)
_ARTICLE = re.compile(
    r"^(?:(?:art(?:icle|ikel)?\.?|section|clause|chap(?:itre|ter)|hoofdstuk|titre|annexe?"
    r"|bijlage)\s*[A-Z]?\d+|§\s*\d+|\d{1,3}(?:\.\d{1,3})+\.?(?=\s|$)|\d{1,3}\.(?=\s))",
    re.IGNORECASE,
)
_LIST = re.compile(
    r"^(?:[-\u2013\u2014\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u00b7*\u25ba\u27a2\u2713\u2714"
    r"\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s|\(?[a-z]\)\s|\([ivx]{1,4}\)\s|[ivx]{1,4}\)\s"
    r"|\(?\d{1,2}\)\s|\d{1,2}\s?°)"
)
_TERMINAL = re.compile(r"[.!?:;][\"'»”’)\]]*$")
_SHORT, _FULL = 0.6, 0.85


class Para(NamedTuple):
    """One paragraph-like unit of a page before it becomes a Block."""

    kind: BlockKind
    text: str
    page: int


def split_lines(raw: str) -> list[str]:
    """Return the normalised lines of a page's raw PDFium text (blank lines kept as '')."""
    for mark in HYPHEN_MARKS:
        raw = raw.replace(mark, "-\n")
    if not unicodedata.is_normalized("NFKC", raw):
        raw = unicodedata.normalize("NFKC", raw)
    raw = raw.translate(_DROP)
    return [" ".join(line.split()) for line in raw.replace("\r\n", "\n").split("\n")]


def ends_sentence(text: str) -> bool:
    """Return whether text ends with terminal punctuation (. ! ? : ;)."""
    return bool(_TERMINAL.search(text[-8:]))


@dataclass(frozen=True)
class Dehyphenator:
    """Decide, for a word broken at a line-end hyphen, whether the hyphen is part of it."""

    vocabulary: frozenset[str]
    join_by_default: bool = True

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Dehyphenator:
        """Return a Dehyphenator that learns from the words of the whole document."""
        lines = list(lines)
        breaks = [b for b in (_break_at(a, c) for a, c in zip(lines, lines[1:], strict=False)) if b]
        if not breaks:
            return cls(frozenset())
        tokens = set("\n".join(lines).lower().split())
        words = frozenset(t.strip(_PUNCT) for t in tokens)
        probe = cls(words)
        votes = [
            v for v in (probe.evidence(left, right) for left, right in breaks) if v is not None
        ]
        keeps = sum(votes)
        return cls(words, join_by_default=keeps * 2 <= len(votes))

    def evidence(self, left: str, right: str) -> bool | None:
        """Return True (keep), False (join) or None when the document does not say."""
        if f"{left}-{right}".lower() in self.vocabulary:
            return True
        if f"{left}{right}".lower() in self.vocabulary:
            return False
        return None

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """Return whether LEFT-|RIGHT is a real compound whose hyphen must stay."""
        if right[0].isdigit() or left[-1].isdigit():
            return True
        if right[0].isupper() and not right.isupper():
            return True
        if left.isupper() and len(left) >= 2 and right[0].islower():
            return True
        seen = self.evidence(left, right)
        if seen is not None:
            return seen
        return left.lower() in COMPOUND_HEADS or not self.join_by_default

    def join(self, first: str, second: str) -> str:
        """Return two consecutive lines of one paragraph joined into one."""
        broken = _break_at(first, second)
        if broken is None:
            return f"{first} {second}" if first and second else first + second
        return first + second if self.keeps_hyphen(*broken) else first[:-1] + second


def _break_at(first: str, second: str) -> tuple[str, str] | None:
    if not first.endswith("-") or not second:
        return None
    left, right = _LEFT_WORD.search(first[-64:]), _RIGHT_WORD.match(second)
    return (left.group(1), right.group(1)) if left and right else None


def typical_length(lines: Sequence[str]) -> int:
    """Return the length of a full line on this page (80th percentile of text lines)."""
    lengths = sorted(len(x) for x in lines if len(x) >= 10)
    if not lengths:
        return max((len(x) for x in lines), default=1) or 1
    return max(lengths[int(0.8 * (len(lengths) - 1))], 20)


def lines_to_paras(
    lines: Sequence[str],
    page: int,
    dehyphen: Dehyphenator,
    tables: Sequence[list[list[str]]] = (),
) -> list[Para]:
    """Return the paragraphs of one page's body lines, each table at its place (its cells'
    texts row by row: a data table gives a paragraph per row, see readers/table_rows)."""
    full = typical_length([x for x in lines if not _TABLE_LINE.fullmatch(x)])
    paras: list[Para] = []
    block: list[str] = []
    for line in lines:
        table = _TABLE_LINE.fullmatch(line)
        if table or not line or (block and _starts_block(block, line, full)):
            _flush(block, page, dehyphen, paras)
            block = []
        if table:
            k = int(table.group(1))
            paras += _table_paras(tables[k] if k < len(tables) else [], page, dehyphen)
        elif line:
            block.append(line)
    _flush(block, page, dehyphen, paras)
    return paras


def _table_paras(rows: list[list[str]], page: int, dehyphen: Dehyphenator) -> list[Para]:
    """Return a table's paragraphs: one per row for a data table, else one per cell."""
    texts = [
        [_joined([x for x in split_lines(c) if x], dehyphen) if c else "" for c in row]
        for row in rows
    ]
    found = data_table_rows(texts)
    if found is not None:
        return [Para(BlockKind.TABLE_ROW, t, page) for t in found]
    return [Para(BlockKind.TABLE_CELL, t, page) for row in texts for t in row if t]


def _starts_block(block: list[str], line: str, full: int) -> bool:
    prev = block[-1]
    if _LIST.match(line):
        return True
    wrapped = len(prev) >= _FULL * full and not ends_sentence(prev)
    if _ARTICLE.match(line):
        return not wrapped
    if ends_sentence(prev) and len(prev) < _FULL * full:
        return True
    if not line[0].isupper() or prev.endswith((",", "-")):
        return False
    if len(prev) < _SHORT * full and len(prev.split()) <= 12:
        return True
    return len(block) == 1 and bool(_ARTICLE.match(prev)) and not ends_sentence(prev)


def _flush(block: list[str], page: int, dehyphen: Dehyphenator, out: list[Para]) -> None:
    if block:
        text = _joined(block, dehyphen)
        out.append(Para(kind_of(text), text, page))


def _joined(lines: list[str], dehyphen: Dehyphenator) -> str:
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text = dehyphen.join(text, line)
    return text


def kind_of(text: str) -> BlockKind:
    """Return the block kind of a paragraph's text: list item, heading or paragraph."""
    if _LIST.match(text):
        return BlockKind.LIST_ITEM
    short = len(text) <= 120 and len(text.split()) <= 16
    if short and not text.endswith((".", ";", ",", ":")):
        if _ARTICLE.match(text):
            return BlockKind.HEADING
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 4 and text.isupper() and len(text.split()) <= 10:
            return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def join_pages(paras: list[Para], dehyphen: Dehyphenator) -> list[Para]:
    """Return the paragraphs with sentences running across a page break joined (page = N)."""
    out: list[Para] = []
    for i, para in enumerate(paras):
        prev = paras[i - 1] if i else None
        if prev and out and _continues(prev, para) and out[-1].page == prev.page:
            text = dehyphen.join(out[-1].text, para.text)
            out[-1] = out[-1]._replace(text=text, kind=kind_of(text))
        else:
            out.append(para)
    return out


def _continues(prev: Para, para: Para) -> bool:
    """Return whether para continues prev across a page break.

    A one-line numbered paragraph cut by the break ("12.3 The contractor shall ensure
    that") looks like a heading on its page: it may be continued too, and is re-kinded.
    """
    if para.page != prev.page + 1 or para.kind != BlockKind.PARAGRAPH:
        return False
    if prev.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING):
        return False
    return not ends_sentence(prev.text) and para.text[:1].islower()
