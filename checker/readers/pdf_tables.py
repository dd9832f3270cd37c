"""Ruled tables: PDFium's vector paths give the grid, pdfplumber's table algorithm the cells.

Why the split is here (measured on this machine, 2 cores): PDFium gives a page's text in
about 2-4 ms. Opening a page with pdfplumber costs what pdfminer needs to re-interpret the
whole page (every character) before `find_tables` can look at a single line: 150-1,100 ms
per page on the realdocs corpus, i.e. 1-7 pages/s against 250-500 pages/s. The first version
opened every page drawing a few boxes or rules with pdfplumber: 35 of 35 pages of the France
Travail contract (8 s, a framed running header is a 2x2 grid) and every page of the Skia
export whose background is a stack of page-sized boxes.

So nothing is parsed twice. Per page: the edges of the vector paths come from PDFium (the
axis-aligned segments of every path object, form XObjects included, about 1 microsecond per
segment); a page is a table page only when at least 3 horizontal and 3 vertical edge lines
exist and pdfplumber's own grid algorithm (`merge_edges`, `edges_to_intersections`,
`intersections_to_cells`, `cells_to_tables`, default tolerances) finds a table of at least 2
rows and 2 columns with 2 non-empty cells: a boxed paragraph, a page border or a one-column
stack of boxes is not a table. The cells' text is PDFium's characters whose centre falls in
the cell (pdfplumber's rule), in PDFium's order; those characters are taken out of the page's
text and a marker line keeps the table's place. Measured after the change: the generated
1,000-page contract (no tables) 240-280 pages/s either way; the France Travail contract (35
pages, 12 with real tables) 8 s -> 0.3 s; realdocs pages with tables 60-150 pages/s.
`MAX_EDGES` bounds the grid search on pathological pages (maps, vector drawings).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.readers.pdf_lines import HYPHEN_MARKS, TABLE_MARK

Box = tuple[float, float, float, float]
"""(left, bottom, right, top) in PDF user space."""
Edge = tuple[str, float, float, float]
"""("h", y, x0, x1) or ("v", x, y0, y1) in PDF user space."""
Matrix = tuple[float, float, float, float, float, float]

MAX_EDGES = 4000
_MAX_SEGMENTS = 5000
_MIN_EDGE, _THIN, _TOL = 1.0, 3.0, 3.0
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_VECTOR_TEXT = 20


@dataclass(frozen=True)
class PageShape:
    """What a page draws besides text: path edges and the number of images and paths."""

    edges: tuple[Edge, ...] = ()
    images: int = 0
    paths: int = 0

    @property
    def drawn(self) -> bool:
        """Return whether the page draws an image or many paths: without text, a scan.

        A blank page often fills its background with one path; outlined text is many paths.
        """
        return self.images > 0 or self.paths > _VECTOR_TEXT


@dataclass(frozen=True)
class Table:
    """One table: its box and its cells' boxes, row by row (merged cells appear once)."""

    box: Box
    cells: list[Box]
    row_sizes: tuple[int, ...] = ()  # cells per row, top to bottom (empty: one row)


def page_shape(page: pdfium.PdfPage) -> PageShape:
    """Return the edges, images and paths a page draws (form XObjects included)."""
    edges: list[Edge] = []
    counts = [0, 0]
    for obj, matrix in _objects(page.raw, _IDENTITY, 0):
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _IMAGE:
            counts[0] += 1
        if kind == _PATH:
            counts[1] += 1
            if len(edges) <= MAX_EDGES:
                edges.extend(_path_edges(obj, matrix))
    return PageShape(tuple(edges), counts[0], counts[1])


def _objects(parent: Any, matrix: Matrix, depth: int) -> Iterator[tuple[Any, Matrix]]:
    """Yield (object, matrix to page space) for the objects of a page or form, recursively."""
    form = depth > 0
    count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(parent)
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    for i in range(count):
        obj = get(parent, i)
        yield obj, matrix
        if depth < 3 and pdfium_c.FPDFPageObj_GetType(obj) == _FORM:
            yield from _objects(obj, _compose(_matrix_of(obj), matrix), depth + 1)


def _matrix_of(obj: Any) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _path_edges(obj: Any, outer: Matrix) -> list[Edge]:
    """Return the axis-aligned segments of a path object (closing segments included)."""
    count = pdfium_c.FPDFPath_CountSegments(obj)
    if count <= 0 or count > _MAX_SEGMENTS:
        return []
    a, b, c, d, e, f = _compose(_matrix_of(obj), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[Edge] = []
    start = last = (0.0, 0.0)
    for k in range(count):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            _add_edge(edges, last, point)
        if pdfium_c.FPDFPathSegment_GetClose(seg):
            _add_edge(edges, point, start)
            point = start
        last = point
    return edges


def _add_edge(edges: list[Edge], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.01 and abs(x1 - x0) >= _MIN_EDGE:
        edges.append(("h", round(y0, 2), round(min(x0, x1), 2), round(max(x0, x1), 2)))
    elif abs(x0 - x1) < 0.01 and abs(y1 - y0) >= _MIN_EDGE:
        edges.append(("v", round(x0, 2), round(min(y0, y1), 2), round(max(y0, y1), 2)))


def may_hold_table(edges: Sequence[Edge]) -> bool:
    """Return whether there are at least 3 horizontal and 3 vertical rule lines (cheap)."""
    if len(edges) > MAX_EDGES:
        return False
    lines: dict[str, set[int]] = {"h": set(), "v": set()}
    for kind, at, lo, hi in edges:
        if hi - lo >= _THIN:
            lines[kind].add(round(at / _TOL))
    return len(lines["h"]) >= 3 and len(lines["v"]) >= 3


def find_tables(edges: Sequence[Edge]) -> list[Table]:
    """Return the ruled tables of at least 2 rows and 2 columns, top to bottom."""
    from pdfplumber.table import Table as PlumberTable
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    merged = merge_edges([_plumber_edge(e) for e in edges], _TOL, _TOL, _TOL, _TOL)
    merged = [e for e in merged if e["width" if e["orientation"] == "h" else "height"] >= _THIN]
    cells = intersections_to_cells(edges_to_intersections(merged, _TOL, _TOL))
    tables: list[Table] = []
    for group in cells_to_tables(cells):
        grid = PlumberTable(None, group)
        if len(grid.rows) < 2 or len(grid.columns) < 2:
            continue
        rows = [[cell for cell in row.cells if cell is not None] for row in grid.rows]
        ordered = [_to_pdf(cell) for row in rows for cell in row]
        tables.append(Table(_to_pdf(grid.bbox), ordered, tuple(len(row) for row in rows)))
    return tables


def _plumber_edge(edge: Edge) -> dict[str, Any]:
    """Return an edge as pdfplumber's dict, with top = -y (only order and distances matter)."""
    kind, at, lo, hi = edge
    if kind == "h":
        return {"orientation": "h", "x0": lo, "x1": hi, "top": -at, "bottom": -at,
                "doctop": -at, "width": hi - lo, "height": 0.0, "object_type": "line"}  # fmt: skip
    return {"orientation": "v", "x0": at, "x1": at, "top": -hi, "bottom": -lo,
            "doctop": -hi, "width": 0.0, "height": hi - lo, "object_type": "line"}  # fmt: skip


def _to_pdf(bbox: tuple[float, float, float, float]) -> Box:
    x0, top, x1, bottom = bbox
    return (x0, -bottom, x1, -top)


TableRows = list[list[str]]  # the text of each cell, row by row (empty cells kept)


def filled_cells(rows: TableRows) -> list[str]:
    """Return a table's non-empty cell texts in reading order."""
    return [cell for row in rows for cell in row if cell]


def strip_tables(
    textpage: pdfium.PdfTextPage, raw: str, tables: list[Table]
) -> tuple[str, list[TableRows]]:
    """Return the page text with each table replaced by a marker line, and its cells' text,
    row by row.

    A character belongs to a cell when its box centre lies inside it (left and bottom edges
    excluded from the cell, as pdfplumber does); spaces follow the character before them.
    Characters of one cell that are not consecutive in PDFium's text are separated by a
    line break, so the cell's lines are joined (and dehyphenated) like a paragraph's. A line
    whose first and last characters lie above or below every table is kept whole without
    looking at its other characters.
    """
    strip = _Stripper(textpage, tables)
    pos = 0
    for k, line in enumerate(raw.split("\r\n")):
        if k:
            strip.out.append("\r\n")
        strip.line(pos, line)
        pos += len(line) + 2
    return strip.result()


class _Stripper:
    """Sort a page's characters into table cells and the text outside the tables."""

    def __init__(self, textpage: pdfium.PdfTextPage, tables: list[Table]) -> None:
        self.out: list[str] = []
        self._tables = tables
        self._box = _CharBox(textpage)
        self._locate = _Locator(tables)
        self._texts: list[list[list[str]]] = [[[] for _ in t.cells] for t in tables]
        self._last: dict[tuple[int, int], int] = {}
        self._placed: set[int] = set()
        self._where: tuple[int, int] | None = None

    def line(self, start: int, text: str) -> None:
        """Add one line of PDFium's text that starts at character index `start`."""
        self._where = None
        if self._outside(start, text):
            self.out.append(text)
            return
        for offset, char in enumerate(text):
            self._char(start + offset, char)

    def _outside(self, start: int, text: str) -> bool:
        body = text.strip()
        if not body or any(mark in text for mark in HYPHEN_MARKS):
            return not body
        first = start + len(text) - len(text.lstrip())
        last = start + len(text.rstrip()) - 1
        ys = (self._box.centre(first)[1], self._box.centre(last)[1])
        return not any(t.box[1] - 1 <= y <= t.box[3] + 1 for y in ys for t in self._tables)

    def _char(self, index: int, char: str) -> None:
        if char in "\r\n":
            self.out.append(char)
            self._where = None
            return
        if not char.isspace():
            self._where = self._locate(*self._box.centre(index))
        where = self._where
        if where is None:
            self.out.append(char)
            return
        if where[0] not in self._placed:
            self._placed.add(where[0])
            self.out.append(f"\n{TABLE_MARK}{where[0]}{TABLE_MARK}\n")
        buffer = self._texts[where[0]][where[1]]
        if buffer and self._last.get(where) != index - 1:
            buffer.append("\n")
        buffer.append(char)
        self._last[where] = index

    def result(self) -> tuple[str, list[TableRows]]:
        """Return the text outside the tables and each table's cells, row by row."""
        missing = (t for t in range(len(self._tables)) if t not in self._placed)
        self.out.extend(f"\n{TABLE_MARK}{t}{TABLE_MARK}" for t in missing)
        out = []
        for table, texts in zip(self._tables, self._texts, strict=True):
            cells = ["".join(chars).strip() for chars in texts]
            sizes = table.row_sizes or (len(cells),)
            starts = [sum(sizes[:i]) for i in range(len(sizes))]
            out.append([cells[s : s + n] for s, n in zip(starts, sizes, strict=True)])
        return "".join(self.out), out


class _CharBox:
    """Read loose (font-size) character boxes through the raw API with one reused buffer.

    The loose box spans the font's height, like pdfminer's, so a descender ("p") or an
    underscore has its centre on the line, not below it.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self._raw = textpage.raw
        self._rect = pdfium_c.FS_RECTF()
        self._ref = ctypes.byref(self._rect)

    def centre(self, index: int) -> tuple[float, float]:
        """Return the centre (x, y) of character `index`."""
        pdfium_c.FPDFText_GetLooseCharBox(self._raw, index, self._ref)
        rect = self._rect
        return (rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2


class _Locator:
    """Find the (table, cell) holding a point; the last hit is tried first."""

    def __init__(self, tables: list[Table]) -> None:
        self._tables = tables
        self._last: tuple[int, int] | None = None

    def __call__(self, x: float, y: float) -> tuple[int, int] | None:
        if self._last is not None and self._inside(self._last, x, y):
            return self._last
        for t, table in enumerate(self._tables):
            left, bottom, right, top = table.box
            if not (left <= x < right and bottom < y <= top):
                continue
            for c in range(len(table.cells)):
                if self._inside((t, c), x, y):
                    self._last = (t, c)
                    return self._last
        return None

    def _inside(self, where: tuple[int, int], x: float, y: float) -> bool:
        left, bottom, right, top = self._tables[where[0]].cells[where[1]]
        return left <= x < right and bottom < y <= top
