"""Read a PDF into paragraph blocks with PDFium; pdfplumber's grid algorithm for ruled tables.

Per page: PDFium's text (in drawing order, which is right for almost every producer), a
geometric re-order only for pages whose lines hold two columns side by side, table cells
for pages whose rules form a grid (see pdf_tables), then lines. Across pages: tables and
lines repeated as running headers, footers and page numbers are taken out (pdf_furniture),
lines become paragraphs (pdf_lines) and a sentence cut by a page break is joined again.
Pages and text pages are closed as soon as they are read, so memory does not grow with the
page count beyond the text itself.

Pages without a text layer: a page with no text that draws something (an image, a form
XObject or paths) needs OCR. When every page is like that, or more than half of them, the
document is unreadable ("no text layer: OCR needed", "no text layer on N of M pages: OCR
needed"); when fewer are, a warning names them. Blank pages (nothing drawn) are not counted.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from checker.document import Block, BlockKind
from checker.errors import DocumentReadError
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.pdf_furniture import furniture_keys, running_tables, split_page, table_key
from checker.readers.pdf_lines import (
    TABLE_MARK,
    Dehyphenator,
    Para,
    join_pages,
    lines_to_paras,
    split_lines,
)
from checker.readers.pdf_tables import (
    Box,
    PageShape,
    Table,
    TableRows,
    filled_cells,
    find_tables,
    may_hold_table,
    page_shape,
    strip_tables,
)

_PASSWORD_ERRORS = (4, 5)  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
_MIN_GUTTER = 10.0
_MIN_CELLS = 2


@dataclass
class _Page:
    number: int
    lines: list[str]
    tables: list[TableRows] = field(default_factory=list)
    scanned: bool = False


def read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
    """Return the blocks of a PDF, or raise DocumentReadError with a one-line reason."""
    doc = _open(data, path)
    try:
        count = len(doc)
        pages, warnings = _read_pages(doc, path, limits)
    finally:
        doc.close()
    extractor = "pypdfium2+pdfplumber" if any(p.tables for p in pages) else "pypdfium2"
    return _to_output(pages, count, path, extractor, warnings)


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in _PASSWORD_ERRORS:
            raise DocumentReadError(path, "encrypted or password-protected PDF") from exc
        detail = str(exc).removeprefix("Failed to load document ").strip(" .()") or "unknown"
        raise DocumentReadError(path, f"corrupt or truncated PDF ({detail})", "error") from exc


def _read_pages(
    doc: pdfium.PdfDocument, path: str, limits: ReadLimits
) -> tuple[list[_Page], list[str]]:
    count = len(doc)
    if count > limits.max_pages:
        raise DocumentReadError(path, f"too many pages: {count} > {limits.max_pages}", "error")
    pages: list[_Page] = []
    failed: list[int] = []
    chars = 0
    for index in range(count):
        try:
            page = _read_page(doc, index)
        except pdfium.PdfiumError:
            failed.append(index + 1)
            continue
        chars += sum(len(line) for line in page.lines)
        if chars > limits.max_chars:
            raise DocumentReadError(path, f"too much text: over {limits.max_chars} chars", "error")
        pages.append(page)
    if failed and len(failed) == count:
        raise DocumentReadError(path, "corrupt or truncated PDF (no page could be loaded)", "error")
    return pages, [f"{_pages_phrase(failed)} could not be read"] if failed else []


def _read_page(doc: pdfium.PdfDocument, index: int) -> _Page:
    page = doc[index]
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        shape = page_shape(page)
        tables = _grid_tables(page, shape, raw)
        cells: list[TableRows] = []
        if tables:
            text, cells = _strip_real_tables(textpage, raw, tables)
        else:
            text = _column_text(textpage, raw) or raw
        scanned = not raw.strip() and shape.drawn
        return _Page(index + 1, split_lines(text), cells, scanned)
    finally:
        textpage.close()
        page.close()


def _grid_tables(page: pdfium.PdfPage, shape: PageShape, raw: str) -> list[Table]:
    if not raw.strip() or page.get_rotation() != 0 or not may_hold_table(shape.edges):
        return []
    try:
        return find_tables(shape.edges)
    except Exception:  # noqa: BLE001 - a failure of the grid search must only cost the tables
        return []


def _strip_real_tables(
    textpage: pdfium.PdfTextPage, raw: str, tables: list[Table]
) -> tuple[str, list[TableRows]]:
    """Return the text without its tables and their cells; a grid of < 2 filled cells is text."""
    text, cells = strip_tables(textpage, raw, tables)
    real = [
        t for t, rows in zip(tables, cells, strict=True) if len(filled_cells(rows)) >= _MIN_CELLS
    ]
    if len(real) == len(tables):
        return text, cells
    return strip_tables(textpage, raw, real) if real else (raw, [])


def _column_text(textpage: pdfium.PdfTextPage, raw: str) -> str | None:
    """Return the text re-read column by column when lines interleave two columns."""
    count = textpage.count_rects()
    lines = raw.count("\n") + raw.count("\ufffe") + raw.count("\x02") + 1
    if count <= lines:
        return None  # one segment per line: no line holds two columns
    rects = [textpage.get_rect(k) for k in range(count)]
    order = column_order(rects)
    if order is None:
        return None
    return "\r\n".join(textpage.get_text_bounded(*rects[k]) for k in order)


def column_order(rects: list[Box]) -> list[int] | None:
    """Return the reading order of text segments on a two-column page, or None.

    Segments that cross the gutter (titles, full-width paragraphs) cut the page into
    bands; within a band the left column is read before the right one.
    """
    gutter = _gutter(rects)
    if gutter is None:
        return None
    order: list[int] = []
    left: list[int] = []
    right: list[int] = []
    for row in _rows(rects):
        for k in row:
            if rects[k][0] < gutter < rects[k][2]:
                order += left + right + [k]
                left, right = [], []
            else:
                (left if rects[k][2] <= gutter else right).append(k)
    order += left + right
    return None if order == sorted(order) else order


def _rows(rects: list[Box]) -> list[list[int]]:
    """Return segment indexes grouped into visual lines, top to bottom, left to right."""
    by_centre = sorted(range(len(rects)), key=lambda k: -(rects[k][1] + rects[k][3]))
    rows: list[list[int]] = []
    for k in by_centre:
        _, bottom, _, top = rects[k]
        if rows:
            first = rects[rows[-1][0]]
            if bottom < (first[1] + first[3]) / 2 < top:
                rows[-1].append(k)
                continue
        rows.append([k])
    return [sorted(row, key=lambda k: rects[k][0]) for row in rows]


def _gutter(rects: list[Box]) -> float | None:
    rows = _rows(rects)
    gaps = [
        (rects[a][2], rects[b][0])
        for row in rows
        for a, b in zip(row, row[1:], strict=False)
        if rects[b][0] - rects[a][2] >= _MIN_GUTTER
    ]
    if len(gaps) < 3 or len(gaps) < 0.3 * len(rows):
        return None
    x = statistics.median((lo + hi) / 2 for lo, hi in gaps)
    if sum(1 for lo, hi in gaps if lo <= x <= hi) < 0.7 * len(gaps):
        return None
    page_left = min(r[0] for r in rects)
    page_right = max(r[2] for r in rects)
    lefts = [r[2] - r[0] for r in rects if r[2] <= x]
    rights = [r[2] - r[0] for r in rects if r[0] >= x]
    if not lefts or not rights:
        return None
    prose = statistics.median(lefts) >= 0.6 * (x - page_left)
    return x if prose and statistics.median(rights) >= 0.6 * (page_right - x) else None


def _to_output(
    pages: list[_Page], count: int, path: str, extractor: str, warnings: list[str]
) -> ReaderOutput:
    warnings += _check_text_layer(pages, count, path)
    _unfold_running_tables(pages)
    keys = furniture_keys([p.lines for p in pages])
    kept: set[str] = set()
    split = {p.number: split_page(p.lines, keys, kept) for p in pages}
    dehyphen = Dehyphenator.from_lines(line for _, body, _ in split.values() for line in body)
    paras: list[Para] = []
    for p in pages:
        paras += lines_to_paras(split[p.number][1], p.number, dehyphen, p.tables)
    paras = join_pages(paras, dehyphen)
    blocks = _blocks(paras, split)
    return ReaderOutput(blocks=blocks, extractor=extractor, pages=count, warnings=warnings)


def _check_text_layer(pages: list[_Page], count: int, path: str) -> list[str]:
    """Return a warning for pages without text, or raise when text is missing on most pages."""
    if not any(any(p.lines) or p.tables for p in pages):
        raise DocumentReadError(path, "no text layer: OCR needed")
    scanned = [p.number for p in pages if p.scanned]
    if len(scanned) * 2 > count:
        raise DocumentReadError(
            path, f"no text layer on {len(scanned)} of {count} pages: OCR needed"
        )
    if not scanned:
        return []
    return [f"{_pages_phrase(scanned)} {'has' if len(scanned) == 1 else 'have'} no text layer"]


def _unfold_running_tables(pages: list[_Page]) -> None:
    """Turn tables repeated on most pages (a framed running header) back into plain lines.

    Their lines then go through the same header/footer removal as any running line.
    """
    running = running_tables([[filled_cells(t) for t in p.tables] for p in pages])
    if not running:
        return
    for page in pages:
        lines: list[str] = []
        for line in page.lines:
            k = _table_index(line)
            cells = filled_cells(page.tables[k]) if k is not None and k < len(page.tables) else []
            if cells and table_key(cells) in running:
                lines += [x for cell in cells for x in split_lines(cell) if x]
            else:
                lines.append(line)
        page.lines = lines


def _table_index(line: str) -> int | None:
    if len(line) > 2 and line[0] == TABLE_MARK == line[-1] and line[1:-1].isdigit():
        return int(line[1:-1])
    return None


def _blocks(
    paras: list[Para], split: dict[int, tuple[list[str], list[str], list[str]]]
) -> list[Block]:
    by_page: dict[int, list[Para]] = {}
    for para in paras:
        by_page.setdefault(para.page, []).append(para)
    blocks: list[Block] = []
    for number, (header, _, footer) in split.items():
        blocks += [Block(kind=BlockKind.HEADER, text=t, page=number) for t in header]
        blocks += [
            Block(kind=para.kind, text=para.text, page=number, paragraph=i)
            for i, para in enumerate(by_page.get(number, []), start=1)
        ]
        blocks += [Block(kind=BlockKind.FOOTER, text=t, page=number) for t in footer]
    return blocks


def _pages_phrase(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20])
    more = f" (+{len(numbers) - 20} more)" if len(numbers) > 20 else ""
    return f"{'page' if len(numbers) == 1 else 'pages'} {shown}{more}"
