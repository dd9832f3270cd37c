"""Find running headers, footers and page numbers: the furniture repeated on every page.

A line is furniture when it sits among the first or last `ZONE` text lines of a page and
either is a lone page number ("5", "- 5 -", "Page 5 sur 6", "Pagina 5 van 12", "5/38", "p. 5",
"Page | 5") or repeats, with its digits replaced by '#', on at least half of the pages (and
at least `MIN_PAGES` pages). A repeated pattern whose text differs from page to page counts
only when the differing number follows the page number (a constant offset from the page
index, as in "Bestek - pagina 3"): otherwise "Article 1 ..." / "Article 2 ..." at the top of
consecutive pages would be taken for a running header. The winning text, or the winning
offset, must itself be seen on enough pages: "Article 1/3/4/7 ..." on pages 1-4 matches the
offset 2 on two pages only, which is a coincidence, not a header.

Table marker lines (pdf_lines.TABLE_MARK) are never furniture and do not count as lines of
the zone. A table whose cells, digits replaced by '#', repeat on as many pages as a running
line would (a running header drawn as a framed grid) is running furniture too; the reader
turns it back into lines so that it is removed the same way.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.readers.pdf_lines import TABLE_MARK

ZONE = 3
MIN_PAGES = 3
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^[-\u2013\u2014\[(]?\s*(?:(?:page|pagina|pag\.?|blz\.?|bladzijde|p\.)\s*\|?\s*)?"
    r"(?:\d{1,4}|(?-i:[ivxlc]{1,6}))(?:\s*(?:/|sur|of|van|de|op)\s*\d{1,4})?"
    r"(?:\s*\|\s*(?:page|pagina))?\s*[-\u2013\u2014\])]?$",
    re.IGNORECASE,
)


def is_page_number(line: str) -> bool:
    """Return whether a line is nothing but a page number."""
    return bool(line) and len(line) <= 30 and bool(_PAGE_NUMBER.match(line))


def key_of(line: str) -> str:
    """Return the line with digits replaced by '#', lower-cased: what repeats across pages."""
    return _DIGITS.sub("#", line.lower())


def zone_indexes(lines: Sequence[str]) -> list[int]:
    """Return the indexes of the first and last ZONE non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line and not line.startswith(TABLE_MARK)]
    return sorted(set(filled[:ZONE] + filled[-ZONE:]))


def table_key(cells: Sequence[str]) -> str:
    """Return what repeats of a table drawn on every page: its cells' keys."""
    return "\x1f".join(key_of(cell) for cell in cells)


def running_tables(pages: Sequence[Sequence[Sequence[str]]]) -> set[str]:
    """Return the keys of tables (lists of cell texts, per page) repeated on enough pages."""
    if len(pages) < MIN_PAGES:
        return set()
    need = max(MIN_PAGES, (len(pages) + 1) // 2)
    seen: Counter[str] = Counter()
    for tables in pages:
        seen.update({table_key(cells) for cells in tables})
    return {key for key, count in seen.items() if count >= need}


@dataclass
class _Seen:
    pages: set[int] = field(default_factory=set)
    texts: Counter[str] = field(default_factory=Counter)
    offsets: Counter[int] = field(default_factory=Counter)


def furniture_keys(pages: Sequence[Sequence[str]]) -> set[str]:
    """Return the keys of lines repeated in the header/footer zone of enough pages."""
    with_text = sum(1 for lines in pages if any(lines))
    need = max(MIN_PAGES, (with_text + 1) // 2)
    if with_text < MIN_PAGES:
        return set()
    seen: dict[str, _Seen] = defaultdict(_Seen)
    for index, lines in enumerate(pages):
        for i in zone_indexes(lines):
            entry = seen[key_of(lines[i])]
            if index in entry.pages:
                continue
            entry.pages.add(index)
            entry.texts[lines[i]] += 1
            entry.offsets.update({int(n) - index for n in set(_DIGITS.findall(lines[i])[:6])})
    return {key for key, entry in seen.items() if _is_running(entry, need)}


def _is_running(entry: _Seen, need: int) -> bool:
    """Return whether one text, or one page-number offset, alone is seen on enough pages."""
    count = len(entry.pages)
    if count < need:
        return False
    same = entry.texts.most_common(1)[0][1]
    if same >= need and same * 2 >= count:
        return True
    tracked = entry.offsets.most_common(1)[0][1] if entry.offsets else 0
    return tracked >= need and tracked * 2 >= count


def split_page(
    lines: Sequence[str], keys: set[str], kept: set[str]
) -> tuple[list[str], list[str], list[str]]:
    """Return (header lines, body lines, footer lines) of a page.

    Only the first occurrence of each running line is returned as header or footer (its key
    is added to `kept`); later ones and lone page numbers are dropped.
    """
    zone = set(zone_indexes(lines))
    filled = [i for i, line in enumerate(lines) if line]
    middle = filled[len(filled) // 2] if filled else 0
    header: list[str] = []
    body: list[str] = []
    footer: list[str] = []
    for i, line in enumerate(lines):
        if i not in zone:
            body.append(line)
            continue
        key = key_of(line)
        if is_page_number(line):
            continue
        if key not in keys:
            body.append(line)
        elif key not in kept:
            kept.add(key)
            (header if i <= middle else footer).append(line)
    return header, body, footer
