"""Read an ODT: body paragraphs, headings, lists and tables in order, with drawn numbers.

The package is opened with the same zip-bomb guard and entity-free XML parser as DOCX.
content.xml gives the body (`office:text`); styles.xml gives the list, outline and
paragraph styles together with content.xml's automatic styles, and the running headers
and footers of the master pages. Tracked deletions are stored in `text:tracked-changes`
and are skipped whole; insertions are ordinary body text.
"""

from __future__ import annotations

import zipfile

from lxml import etree

from checker.document import Block, BlockKind
from checker.errors import DocumentReadError
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.docx_numbering import Drawn
from checker.readers.notes import NoteCalls
from checker.readers.odt_numbering import NOT_LISTED, ListCtx, ListTracker
from checker.readers.odt_styles import OdtStyles
from checker.readers.odt_text import paragraph_text, text_boxes
from checker.readers.odt_xml import (
    DRAW_NS,
    STYLE_NS,
    T_H,
    T_LIST,
    T_LIST_HEADER,
    T_LIST_ITEM,
    T_P,
    T_STYLE_NAME,
    int_attr,
    local_name,
    namespace,
    office,
    style,
    table,
    text,
)
from checker.readers.table_rows import CellGrid, fold_into_rows
from checker.readers.xmlsafe import open_zip, parse_entry, read_entry

EXTRACTOR = "lxml-odt"
LABEL = "ODT"
T_TABLE, T_CELL = table("table"), table("table-cell")
T_NUMBERED_PARAGRAPH = text("numbered-paragraph")
_ROW_GROUPS = {table("table-header-rows"), table("table-rows"), table("table-row-group")}
_WRAPPERS = {
    text("section"),
    text("index-body"),
    text("index-title"),
    text("table-of-content"),
    text("illustration-index"),
    text("table-index"),
    text("object-index"),
    text("user-index"),
    text("alphabetical-index"),
    text("bibliography"),
    style("region-left"),
    style("region-center"),
    style("region-right"),
}
_RUNNING = {
    "header": BlockKind.HEADER,
    "header-left": BlockKind.HEADER,
    "header-first": BlockKind.HEADER,
    "footer": BlockKind.FOOTER,
    "footer-left": BlockKind.FOOTER,
    "footer-first": BlockKind.FOOTER,
}
_MAX_HEADING_LEVEL = 10


def read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
    """Return the blocks of an ODT file: headers, body in order, notes, footers."""
    zf = open_zip(data, path, LABEL)
    _refuse_encrypted(zf, path)
    content = parse_entry(zf, "content.xml", path, LABEL)
    if content is None:
        raise DocumentReadError(path, "corrupt or truncated ODT (no content.xml)", "error")
    styles_root = parse_entry(zf, "styles.xml", path, LABEL)
    body_text = _office_text(content, path)
    styles = OdtStyles([r for r in (styles_root, content) if r is not None])
    reader = OdtBody(styles)
    reader.container(body_text, None)
    headers, footers = _running_blocks(styles_root, styles)
    blocks = headers + reader.calls.place(reader.blocks, reader.notes) + footers
    _check_chars(blocks, limits, path)
    return ReaderOutput(blocks=blocks, extractor=EXTRACTOR)


def _refuse_encrypted(zf: zipfile.ZipFile, path: str) -> None:
    manifest = read_entry(zf, "META-INF/manifest.xml", path, LABEL) or b""
    if b"encryption-data" in manifest:
        raise DocumentReadError(path, "encrypted or password-protected ODT")


def _office_text(content: etree._Element, path: str) -> etree._Element:
    body = content.find(office("body"))
    if body is None:
        raise DocumentReadError(path, "corrupt or truncated ODT (no office:body)", "error")
    found = body.find(office("text"))
    if found is None:
        kinds = [local_name(c) for c in body if local_name(c)]
        kind = kinds[0] if kinds else "empty"
        reason = f"unsupported format: OpenDocument {kind}, not a text document"
        raise DocumentReadError(path, reason, "error")
    return found


class OdtBody:
    """Turns a story (body, cell, text box, header, note) into blocks in reading order."""

    def __init__(self, styles: OdtStyles) -> None:
        self.blocks: list[Block] = []
        self.notes: list[tuple[int, Block]] = []
        self.calls = NoteCalls()
        self._styles = styles
        self._tracker = ListTracker(styles)
        self._index = 0

    def container(
        self,
        el: etree._Element,
        cell: list[str] | None,
        ctx: ListCtx | None = None,
        pending: Drawn | None = None,
    ) -> None:
        """Read the children of `el`; `pending` numbers its first paragraph (list items)."""
        for child in el:
            tag = child.tag
            if tag in (T_P, T_H):
                self._paragraph(child, cell, pending)
                pending = None
            elif tag == T_LIST:
                self._list(child, cell, ctx)
            elif tag == T_NUMBERED_PARAGRAPH:
                self._numbered(child, cell)
            elif tag == T_TABLE:
                self._flush(cell)
                self._table(child)
            elif tag in _WRAPPERS:
                self.container(child, cell)
            elif namespace(child) == DRAW_NS:
                self._boxes(text_boxes(child, []), cell)
            # tracked changes, declarations, forms and index sources hold no body text

    def _paragraph(self, p: etree._Element, cell: list[str] | None, pending: Drawn | None) -> None:
        content, boxes, notes = paragraph_text(p)
        level = self._heading_level(p) if p.tag == T_H else None
        if pending is not None:
            drawn = pending
        else:
            drawn = self._tracker.heading(p, level) if level else NOT_LISTED
        for note in notes:
            key = len(self.notes)
            self.calls.call(key)
            self.notes.append(
                (key, Block(kind=BlockKind.FOOTNOTE, text=story_text(note, self._styles)))
            )
        if cell is None:
            self._emit(content, level, drawn)
            self.calls.anchor(len(self.blocks))
        else:
            cell.append(content)
        self._boxes(boxes, cell)

    def _heading_level(self, h: etree._Element) -> int:
        level = int_attr(h, text("outline-level"), 0)
        if level <= 0:
            level = self._styles.default_outline(h.get(T_STYLE_NAME)) or 1
        return min(level, _MAX_HEADING_LEVEL)

    def _emit(self, content: str, level: int | None, drawn: Drawn) -> None:
        if not content:
            return
        if level is not None:
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.LIST_ITEM if drawn.listed else BlockKind.PARAGRAPH
        self._index += 1
        self.blocks.append(
            Block(kind=kind, text=content, paragraph=self._index, level=level, number=drawn.number)
        )

    def _boxes(self, boxes: list[etree._Element], cell: list[str] | None) -> None:
        if boxes:
            self._flush(cell)
        for box in boxes:
            self.container(box, None)

    def _list(self, lst: etree._Element, cell: list[str] | None, outer: ListCtx | None) -> None:
        ctx = self._tracker.open(lst, outer)
        for item in lst:
            if item.tag == T_LIST_ITEM:
                self.container(item, cell, ctx, self._item_number(item, ctx))
            elif item.tag == T_LIST_HEADER:
                self.container(item, cell, ctx)

    def _item_number(self, item: etree._Element, ctx: ListCtx) -> Drawn | None:
        """Return the number of an item's first paragraph; None when it starts with a list."""
        first = next((c for c in item if c.tag in (T_P, T_H, T_LIST, T_TABLE)), None)
        if first is None or first.tag not in (T_P, T_H):
            return None
        return self._tracker.item(ctx, item, first)

    def _numbered(self, el: etree._Element, cell: list[str] | None) -> None:
        ctx = self._tracker.numbered_paragraph(el)
        first = next((c for c in el if c.tag in (T_P, T_H)), None)
        pending = self._tracker.item(ctx, el, first) if first is not None else None
        self.container(el, cell, ctx, pending)

    def _table(self, tbl: etree._Element) -> None:
        """Read a table cell by cell, then as rows when it holds data (readers/table_rows)."""
        start, index = len(self.blocks), self._index
        grid: CellGrid = []
        for row in _rows(tbl):
            cells = []
            for cell_el in row:
                # table:covered-table-cell continues a merged cell: its text is not repeated
                if cell_el.tag == T_CELL:
                    before = len(self.blocks)
                    lines: list[str] = []
                    self.container(cell_el, lines)
                    self._flush(lines)
                    cells.append((before, len(self.blocks)))
            grid.append(cells)
        marked = tbl.find(table("table-header-rows")) is not None
        rows = fold_into_rows(self.blocks, start, grid, marked, index)
        if rows is not None:
            self._index = index + rows
        self.calls.anchor(len(self.blocks))

    def _flush(self, cell: list[str] | None) -> None:
        if cell is None:
            return
        content = "\n".join(t for t in cell if t)
        cell.clear()
        if content:
            self._index += 1
            self.blocks.append(
                Block(kind=BlockKind.TABLE_CELL, text=content, paragraph=self._index)
            )


def _rows(el: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in el:
        if child.tag == table("table-row"):
            out.append(child)
        elif child.tag in _ROW_GROUPS:
            out.extend(_rows(child))
    return out


def story_text(root: etree._Element, styles: OdtStyles) -> str:
    """Return the text of a note, header or footer, paragraphs and cells one per line."""
    reader = OdtBody(styles)
    reader.container(root, None)
    return "\n".join(b.text for b in reader.blocks)


def _running_blocks(
    root: etree._Element | None, styles: OdtStyles
) -> tuple[list[Block], list[Block]]:
    """Return the distinct header and footer blocks of the master pages in use."""
    out: dict[BlockKind, list[Block]] = {BlockKind.HEADER: [], BlockKind.FOOTER: []}
    seen: set[tuple[BlockKind, str]] = set()
    for page in _used_master_pages(root, styles):
        for child in page:
            kind = _RUNNING.get(local_name(child)) if namespace(child) == STYLE_NS else None
            if kind is None or child.get(style("display")) == "false":
                continue
            content = story_text(child, styles)
            if content and (kind, content) not in seen:
                seen.add((kind, content))
                out[kind].append(Block(kind=kind, text=content))
    return out[BlockKind.HEADER], out[BlockKind.FOOTER]


def _used_master_pages(root: etree._Element | None, styles: OdtStyles) -> list[etree._Element]:
    """Return the master pages the body uses: the default, referenced ones, their next pages."""
    holder = root.find(office("master-styles")) if root is not None else None
    pages = holder.findall(style("master-page")) if holder is not None else []
    names = {"Standard"} | styles.master_refs
    names |= {p.get(style("next-style-name"), "") for p in pages if p.get(style("name")) in names}
    used = [p for p in pages if p.get(style("name")) in names]
    return used or pages


def _check_chars(blocks: list[Block], limits: ReadLimits, path: str) -> None:
    total = sum(len(b.text) for b in blocks)
    if total > limits.max_chars:
        reason = f"too large: {total:,} characters of text exceed the {limits.max_chars:,} limit"
        raise DocumentReadError(path, reason, "error")
