"""Read HTML into blocks with lxml, without fetching anything.

The parser never touches the network and never loads a DTD, so entities come only from
HTML's own table. Scripts, styles, navigation, the head and embedded SVG are dropped;
h1-h6 become headings with their level, li list items, a data table one block per row
(readers/table_rows; th cells of the first row label the others), td/th cells of a table that
lays out text one block each (nested tables too), other block elements paragraphs. A p or
div inside a list item or a cell keeps the item's or cell's kind; br is a line break and
other whitespace is collapsed. Bytes are decoded by BOM, then the meta charset, then as plain
text is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from checker.document import Block, BlockKind
from checker.errors import DocumentReadError
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.table_rows import CellGrid, fold_into_rows
from checker.readers.text import decode_text, numbered

_DROP = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object"}
)
_INHERITING = (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "pre",
        "address",
        "figure",
        "figcaption",
        "caption",
        "form",
        "fieldset",
        "legend",
        "center",
        "details",
        "summary",
        "dl",
        "dt",
        "dd",
        "hr",
        "ul",
        "ol",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "body",
        "html",
    }
)
_BLOCK_TAGS: dict[str, tuple[BlockKind, int | None]] = {
    **{tag: (BlockKind.PARAGRAPH, None) for tag in _PARAGRAPH_TAGS},
    **{f"h{n}": (BlockKind.HEADING, n) for n in range(1, 7)},
    "li": (BlockKind.LIST_ITEM, None),
    "td": (BlockKind.TABLE_CELL, None),
    "th": (BlockKind.TABLE_CELL, None),
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_WHITESPACE = re.compile(r"\s+")


@dataclass
class _Context:
    """An open block element and the text gathered for it so far."""

    kind: BlockKind
    level: int | None = None
    parts: list[str] = field(default_factory=list)


def read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
    """Return the blocks of an HTML file."""
    text = decode_html(data)
    if len(text) > limits.max_chars:
        reason = f"too much text: {len(text):,} characters exceeds the {limits.max_chars:,} limit"
        raise DocumentReadError(path, reason, status="error")
    return ReaderOutput(blocks=numbered(html_to_blocks(text)), extractor="lxml.html")


def decode_html(data: bytes) -> str:
    """Return HTML bytes decoded by BOM, meta charset, strict UTF-8, cp1252 or latin-1."""
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "ignore").lower() if match else None
    if declared and declared.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        declared = None  # the bytes around the meta tag are ASCII, so this is wrong
    return decode_text(data, declared)


def html_to_blocks(text: str) -> list[Block]:
    """Return the blocks of an HTML document or fragment, without paragraph numbers."""
    root = _parse(_XML_DECLARATION.sub("", text, count=1))
    if root is None:
        return []
    collector = _Collector()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag in _DROP:
                walker.skip_subtree()  # no "end" event follows: add the tail now
                collector.add(el.tail)
                continue
            collector.start(tag)
            collector.add(el.text)
        else:
            collector.end(tag or "")
            collector.add(el.tail)
    collector.close_all()
    return collector.blocks


def _parse(text: str) -> lxml.html.HtmlElement | None:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except etree.ParserError:  # "Document is empty"
        return None


@dataclass
class _Table:
    """An open table: where its blocks start and, per row, the blocks of each cell."""

    start: int
    rows: CellGrid = field(default_factory=list)
    header_cells: list[bool] = field(default_factory=list)  # per cell of the first row: th
    cell_start: int = 0


class _Collector:
    """Turn the start/end/text events of a tree walk into blocks."""

    def __init__(self) -> None:
        self.stack: list[_Context] = [_Context(BlockKind.PARAGRAPH)]
        self.blocks: list[Block] = []
        self.tables: list[_Table] = []

    def add(self, text: str | None) -> None:
        """Add text to the innermost open block, its whitespace collapsed."""
        if text:
            self.stack[-1].parts.append(_WHITESPACE.sub(" ", text))

    def start(self, tag: str) -> None:
        """Open a block for a block element; a br adds a line break."""
        if tag == "br":
            self.stack[-1].parts.append("\n")
        elif tag in _BLOCK_TAGS:
            kind, level = _BLOCK_TAGS[tag]
            parent = self.stack[-1]
            if kind == BlockKind.PARAGRAPH and parent.kind in _INHERITING:
                kind = parent.kind
            self._flush(parent)
            self.stack.append(_Context(kind, level))
            self._table_start(tag)

    def end(self, tag: str) -> None:
        """Close the block a block element opened."""
        if tag in _BLOCK_TAGS and len(self.stack) > 1:
            self._flush(self.stack.pop())
            self._table_end(tag)

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self.tables.append(_Table(len(self.blocks)))
        elif self.tables and tag == "tr":
            self.tables[-1].rows.append([])
        elif self.tables and tag in ("td", "th"):
            table = self.tables[-1]
            table.cell_start = len(self.blocks)
            if len(table.rows) == 1:
                table.header_cells.append(tag == "th")

    def _table_end(self, tag: str) -> None:
        if not self.tables:
            return
        table = self.tables[-1]
        if tag in ("td", "th") and table.rows:
            table.rows[-1].append((table.cell_start, len(self.blocks)))
        elif tag == "table":
            self.tables.pop()
            marked = bool(table.header_cells) and all(table.header_cells)
            fold_into_rows(self.blocks, table.start, table.rows, marked)

    def close_all(self) -> None:
        """Flush every block still open."""
        while self.stack:
            self._flush(self.stack.pop())

    def _flush(self, ctx: _Context) -> None:
        text = _clean("".join(ctx.parts))
        ctx.parts.clear()
        if text:
            self.blocks.append(Block(kind=ctx.kind, text=text, level=ctx.level))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    lines = (_WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
