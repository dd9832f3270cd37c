"""Read a DOCX: body paragraphs and tables in order, with the numbers Word draws.

python-docx opens the package and follows its relationships (main document, styles,
numbering, section headers and footers, footnotes, endnotes); the part XML is walked with
lxml directly, which is several times faster than python-docx's paragraph objects and
lets the reader see tracked changes, fields, text boxes and numbering as Word does.
"""

from __future__ import annotations

import io

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.package import Package
from lxml import etree

from checker.document import Block, BlockKind
from checker.errors import DocumentReadError
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.docx_numbering import Drawn, Numbering
from checker.readers.docx_styles import ParaProps, Styles, paragraph_props
from checker.readers.docx_text import ParagraphText, alternate_branch
from checker.readers.docx_xml import MC_ALTERNATE, R_ID, W_VAL, w
from checker.readers.notes import NoteCalls
from checker.readers.table_rows import CellGrid, fold_into_rows
from checker.readers.xmlsafe import open_zip, parse_xml

EXTRACTOR = "python-docx+lxml"
W_P, W_TBL, W_TR, W_TC = w("p"), w("tbl"), w("tr"), w("tc")
_WRAPPERS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("moveTo"), w("smartTag")}
_HEADER_REFS = {w("headerReference"): BlockKind.HEADER, w("footerReference"): BlockKind.FOOTER}
_SEPARATOR_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_NOTE_REFS = {w("footnoteReference"): "footnote", w("endnoteReference"): "endnote"}
W_DEL = w("del")


def read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
    """Return the blocks of a DOCX file: headers, body in order, notes, footers."""
    main = _open_main_part(data, path)
    body = part_root(main, path).find(w("body"))
    if body is None:
        raise DocumentReadError(path, "corrupt or truncated DOCX (no document body)", "error")
    styles = Styles(_related_root(main, RT.STYLES, path))
    numbering = Numbering(_related_root(main, RT.NUMBERING, path), styles.style_num)
    reader = BodyReader(styles, numbering)
    reader.container(body, None)
    headers, footers = _running_blocks(main, body, styles, path)
    notes = _note_blocks(main, RT.FOOTNOTES, "footnote", styles, path)
    notes += _note_blocks(main, RT.ENDNOTES, "endnote", styles, path)
    blocks = headers + reader.calls.place(reader.blocks, notes) + footers
    _check_chars(blocks, limits, path)
    return ReaderOutput(blocks=blocks, extractor=EXTRACTOR, warnings=reader.all_warnings())


def _open_main_part(data: bytes, path: str) -> Part:
    """Return the main document part; python-docx's Package also opens .docm/.dotx."""
    zf = open_zip(data, path, "DOCX")
    if "word/document.xml" not in zf.namelist():
        raise DocumentReadError(path, "corrupt or truncated DOCX (no word/document.xml)", "error")
    try:
        # docx.Document() does exactly this, then refuses macro-enabled and template types
        return Package.open(io.BytesIO(data)).main_document_part
    except Exception as exc:  # noqa: BLE001 - any failure here means a damaged package
        raise DocumentReadError(
            path, f"corrupt or truncated DOCX ({_short(exc)})", "error"
        ) from exc


def part_root(part: Part, path: str) -> etree._Element:
    """Return a part's XML root: python-docx's parsed tree, or the blob parsed safely."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    try:
        return parse_xml(part.blob)
    except etree.XMLSyntaxError as exc:
        reason = f"corrupt or truncated DOCX ({part.partname}: {_short(exc)})"
        raise DocumentReadError(path, reason, "error") from exc


def _related_root(part: Part, reltype: str, path: str) -> etree._Element | None:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return part_root(rel.target_part, path)
    return None


class BodyReader:
    """Turns a story (body, cell, text box, header, note) into blocks in reading order."""

    def __init__(self, styles: Styles, numbering: Numbering | None) -> None:
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self._styles = styles
        self._numbering = numbering
        self._text = ParagraphText()
        self._index = 0
        self.calls = NoteCalls()

    def all_warnings(self) -> list[str]:
        """Return the reader's warnings, with the count of hidden runs it skipped."""
        hidden = self._text.hidden_runs
        note = [f"{hidden} hidden text run(s) skipped (w:vanish)"] if hidden else []
        return self.warnings + note

    def container(self, el: etree._Element, cell: list[str] | None) -> None:
        """Read the paragraphs and tables of `el`; inside a table cell collect lines."""
        for child in el:
            tag = child.tag
            if tag == W_P:
                self._paragraph(child, cell)
            elif tag == W_TBL:
                self._flush(cell)
                self._table(child)
            elif tag in _WRAPPERS:
                self.container(child, cell)
            elif tag == MC_ALTERNATE:
                branch = alternate_branch(child)
                if branch is not None:
                    self.container(branch, cell)
            elif tag == w("altChunk") and not self.warnings:
                self.warnings.append("embedded alternative-format chunk (altChunk) not read")
            # w:sectPr, w:del, w:moveFrom and range markers hold no body text

    def _paragraph(self, p: etree._Element, cell: list[str] | None) -> None:
        text, boxes = self._text.read(p)
        props = paragraph_props(p, self._styles)
        drawn = self._draw(props)
        for ref in p.iter(*_NOTE_REFS):
            if next(ref.iterancestors(W_DEL), None) is None:  # a deleted call calls nothing
                self.calls.call((_NOTE_REFS[ref.tag], ref.get(w("id"))))
        if cell is None:
            self._emit(text, props, drawn)
            self.calls.anchor(len(self.blocks))
        else:
            cell.append(text)
            if boxes:
                self._flush(cell)
        for box in boxes:
            self.container(box, None)

    def _draw(self, props: ParaProps) -> Drawn:
        if self._numbering is None or props.num_id is None:
            return Drawn(False, None)
        ilvl = props.ilvl
        if ilvl is None:
            ilvl = self._numbering.level_for_style(props.num_id, props.style_id or "")
        return self._numbering.advance(props.num_id, ilvl)

    def _emit(self, text: str, props: ParaProps, drawn: Drawn) -> None:
        if not text:
            return
        if props.level is not None:
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.LIST_ITEM if drawn.listed else BlockKind.PARAGRAPH
        self._index += 1
        level = props.level if kind == BlockKind.HEADING else None
        self.blocks.append(
            Block(kind=kind, text=text, paragraph=self._index, level=level, number=drawn.number)
        )

    def _table(self, tbl: etree._Element) -> None:
        """Read a table cell by cell, then as rows when it holds data (readers/table_rows)."""
        start, index = len(self.blocks), self._index
        grid: CellGrid = []
        marked = False
        for row in _unwrapped(tbl, W_TR):
            if _row_deleted(row):
                continue
            marked = marked or (not grid and _is_header_row(row))
            cells = []
            for tc in _unwrapped(row, W_TC):
                if _continues_merge(tc):
                    continue
                before = len(self.blocks)
                lines: list[str] = []
                self.container(tc, lines)
                self._flush(lines)
                cells.append((before, len(self.blocks)))
            grid.append(cells)
        rows = fold_into_rows(self.blocks, start, grid, marked, index)
        if rows is not None:
            self._index = index + rows
        self.calls.anchor(len(self.blocks))

    def _flush(self, cell: list[str] | None) -> None:
        if cell is None:
            return
        text = "\n".join(t for t in cell if t)
        cell.clear()
        if text:
            self._index += 1
            self.blocks.append(Block(kind=BlockKind.TABLE_CELL, text=text, paragraph=self._index))


def _unwrapped(el: etree._Element, tag: str) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in el:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _WRAPPERS:
            out.extend(_unwrapped(child, tag))
    return out


def _is_header_row(row: etree._Element) -> bool:
    """Return whether a row is marked to repeat as the table's header (w:tblHeader)."""
    trpr = row.find(w("trPr"))
    if trpr is None:
        return False
    mark = trpr.find(w("tblHeader"))
    return mark is not None and mark.get(W_VAL, "true") not in ("0", "false")


def _row_deleted(row: etree._Element) -> bool:
    trpr = row.find(w("trPr"))
    return trpr is not None and trpr.find(w("del")) is not None


def _continues_merge(tc: etree._Element) -> bool:
    """Return True for the continuation cells of a vertical (or legacy horizontal) merge."""
    tcpr = tc.find(w("tcPr"))
    if tcpr is None:
        return False
    for local in ("vMerge", "hMerge"):
        merge = tcpr.find(w(local))
        if merge is not None and merge.get(W_VAL, "continue") == "continue":
            return True
    return False


def story_text(root: etree._Element, styles: Styles) -> str:
    """Return the text of a header, footer or note, paragraphs and cells one per line."""
    reader = BodyReader(styles, None)
    reader.container(root, None)
    return "\n".join(b.text for b in reader.blocks)


def _running_blocks(
    main: Part, body: etree._Element, styles: Styles, path: str
) -> tuple[list[Block], list[Block]]:
    """Return the distinct header and footer blocks of every section, in section order."""
    out: dict[BlockKind, list[Block]] = {BlockKind.HEADER: [], BlockKind.FOOTER: []}
    seen_parts: set[str] = set()
    seen_text: set[tuple[BlockKind, str]] = set()
    for sect in body.iter(w("sectPr")):
        for ref in sect:
            kind = _HEADER_REFS.get(ref.tag)
            rel = main.rels.get(ref.get(R_ID, "")) if kind else None
            if kind is None or rel is None or rel.is_external or rel.rId in seen_parts:
                continue
            seen_parts.add(rel.rId)
            text = story_text(part_root(rel.target_part, path), styles)
            if text and (kind, text) not in seen_text:
                seen_text.add((kind, text))
                out[kind].append(Block(kind=kind, text=text))
    return out[BlockKind.HEADER], out[BlockKind.FOOTER]


def _note_blocks(
    main: Part, reltype: str, local: str, styles: Styles, path: str
) -> list[tuple[tuple[str, str | None], Block]]:
    """Return one FOOTNOTE block per real footnote or endnote (separators skipped), keyed
    as their calls are."""
    root = _related_root(main, reltype, path)
    if root is None:
        return []
    notes: list[tuple[tuple[str, str | None], Block]] = []
    for note in root.iter(w(local)):
        if note.get(w("type")) in _SEPARATOR_NOTES or note.get(w("id")) in ("-1", "0"):
            continue
        text = story_text(note, styles)
        if text:
            notes.append(((local, note.get(w("id"))), Block(kind=BlockKind.FOOTNOTE, text=text)))
    return notes


def _check_chars(blocks: list[Block], limits: ReadLimits, path: str) -> None:
    total = sum(len(b.text) for b in blocks)
    if total > limits.max_chars:
        reason = f"too large: {total:,} characters of text exceed the {limits.max_chars:,} limit"
        raise DocumentReadError(path, reason, "error")


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
