"""Ruled tables: find candidate pages cheaply with PDFium, read their cells with pdfplumber.

Why the split is here (measured on this machine, 2 cores): PDFium gives a page's text in
about 2-4 ms; pdfplumber's `find_tables` + `extract` costs about 130 ms per page (70 to 660 ms
on the realdocs corpus), i.e. 7-8 pages/s against 250-500 pages/s. Running pdfplumber on every
page would make a 1,000-page tender take 2-3 minutes instead of 3-4 seconds. So every page
gets a census of its vector paths (a few microseconds per object through the raw PDFium API),
and only pages with a grid (at least 2 thin horizontal and 2 thin vertical rules, or at least
4 boxes, or one large path of many segments) are opened with pdfplumber. On the realdocs
corpus that is about 1 page in 4 for French administrative documents (Word tables, framed
titles) and none for the CUAD contracts; the generated 1,000-page contract has none.

pdfplumber is opened once per document, only when a candidate page exists, and every page is
closed after use (an unclosed page cache grows with the page count). `x_tolerance` 1.5 keeps
words of tightly justified cells apart. A "table" of fewer than 2 non-empty cells is a framed
paragraph, not a table, and stays in the fast path. The table's characters are removed from
PDFium's text by position (the centre of each character box inside the table's box), and a
marker line takes their place so the cells come out where the table was.
"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.readers.pdf_lines import TABLE_MARK

Box = tuple[float, float, float, float]
"""(left, bottom, right, top) in PDF user space."""

_THIN, _LONG, _MIN_CELLS = 3.0, 8.0, 2
_SETTINGS = {"text_x_tolerance": 1.5}
_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
_PICTURES = (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM)


@dataclass(frozen=True)
class PageShape:
    """What a page is drawn with, counted without extracting anything (images: image or form
    objects, which is where scans live)."""

    h_rules: int = 0
    v_rules: int = 0
    boxes: int = 0
    big_paths: int = 0
    images: int = 0

    @property
    def table_candidate(self) -> bool:
        """Return whether the page may hold a ruled table worth a pdfplumber pass."""
        grid = self.h_rules >= 2 and self.v_rules >= 2
        return grid or self.boxes >= 4 or self.big_paths >= 1


@dataclass(frozen=True)
class Table:
    """One table: its box in PDF space and its non-empty cells' text, row by row."""

    box: Box
    cells: list[str]


def page_shape(page: pdfium.PdfPage) -> PageShape:
    """Return the census of path and image objects drawn on a page (top level only)."""
    raw = page.raw
    counts = {"h": 0, "v": 0, "box": 0, "big": 0, "img": 0, "small": 0}
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    args = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = get_object(raw, i)
        kind = get_type(obj)
        if kind == _TEXT:
            continue
        if kind in _PICTURES:
            counts["img"] += 1
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(obj, *args):
            continue
        counts[_path_kind(obj, right.value - left.value, top.value - bottom.value)] += 1
    return PageShape(counts["h"], counts["v"], counts["box"], counts["big"], counts["img"])


def _path_kind(obj: Any, width: float, height: float) -> str:
    if width < _THIN and height > _LONG:
        return "v"
    if height < _THIN and width > _LONG:
        return "h"
    if width > _LONG and height > _LONG:
        big = width > 20 and height > 20 and pdfium_c.FPDFPath_CountSegments(obj) >= 12
        return "big" if big else "box"
    return "small"


class TableReader:
    """Open the document with pdfplumber on first need and read tables page by page."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self.used = False

    def tables(self, index: int) -> list[Table]:
        """Return the tables with at least two non-empty cells on page `index` (0-based)."""
        if self._pdf is None:
            import pdfplumber

            self._pdf = pdfplumber.open(io.BytesIO(self._data))
        page = self._pdf.pages[index]
        try:
            x0, _, _, y1 = (float(v) for v in page.page_obj.mediabox)
            found = [_table(t, x0, y1) for t in page.find_tables(_SETTINGS)]
        finally:
            page.close()
        found = [t for t in found if len(t.cells) >= _MIN_CELLS]
        self.used = self.used or bool(found)
        return found

    def close(self) -> None:
        """Release pdfplumber's document, if it was opened."""
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _table(table: Any, x0: float, y1: float) -> Table:
    left, top, right, bottom = table.bbox
    rows = table.extract(x_tolerance=1.5)
    cells = [cell.strip() for row in rows for cell in row if cell and cell.strip()]
    return Table((x0 + left, y1 - bottom, x0 + right, y1 - top), cells)


def strip_tables(textpage: pdfium.PdfTextPage, raw: str, tables: list[Table]) -> str:
    """Return the page text with each table's characters replaced by one marker line."""
    out: list[str] = []
    placed: set[int] = set()
    for i, char in enumerate(raw):
        if char in "\r\n":
            out.append(char)
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        k = _table_at(tables, (left + right) / 2, (bottom + top) / 2)
        if k is None:
            out.append(char)
        elif k not in placed:
            placed.add(k)
            out.append(f"\n{TABLE_MARK}{k}{TABLE_MARK}\n")
    out.extend(f"\n{TABLE_MARK}{k}{TABLE_MARK}" for k in range(len(tables)) if k not in placed)
    return "".join(out)


def _table_at(tables: list[Table], x: float, y: float) -> int | None:
    for k, table in enumerate(tables):
        left, bottom, right, top = table.box
        if left <= x <= right and bottom <= y <= top:
            return k
    return None
