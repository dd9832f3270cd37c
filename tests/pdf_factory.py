"""Build small PDFs with fpdf2 (core fonts, latin-1 text) whose every line a test controls.

Lines are drawn one by one with `FPDF.text` at fixed positions, so the line breaks PDFium
sees are exactly the ones written here: a line ending in "-" is a line-end hyphen, an empty
string is a blank line (a paragraph gap). Page furniture, tables, two columns, images,
encryption and broken files each have a builder.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF

LEFT = 20.0
TOP = 30.0
LEADING = 6.0
FONT_SIZE = 11


def new_pdf() -> FPDF:
    """Return an A4 FPDF in millimetres with Helvetica 11 and no automatic page break."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=FONT_SIZE)
    return pdf


def draw_lines(pdf: FPDF, lines: Sequence[str], x: float = LEFT, y: float = TOP) -> float:
    """Draw lines top to bottom from (x, y) and return the y after the last one."""
    for line in lines:
        if line:
            pdf.text(x, y, line)
        y += LEADING
    return y


def text_pdf(
    pages: Sequence[Sequence[str]],
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    """Return a PDF with one page per list of lines, and optional running header and footer.

    `header` and `footer` may use `{n}` (page number) and `{total}` (page count).
    """
    pdf = new_pdf()
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header is not None:
            pdf.text(LEFT, 12, header.format(n=number, total=len(pages)))
        draw_lines(pdf, lines)
        if footer is not None:
            pdf.text(LEFT, 285, footer.format(n=number, total=len(pages)))
    return bytes(pdf.output())


def two_column_pdf(left: Sequence[str], right: Sequence[str], interleaved: bool) -> bytes:
    """Return a one-page PDF with two columns of lines under a full-width title.

    Drawn in column order (all of the left column, then the right one) or row-interleaved
    (left line 1, right line 1, left line 2, ...), as some producers do.
    """
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(LEFT, 20, "TWO COLUMN CONDITIONS")
    xs = (15.0, 110.0)
    if interleaved:
        for row in range(max(len(left), len(right))):
            for x, column in zip(xs, (left, right), strict=True):
                if row < len(column) and column[row]:
                    pdf.text(x, TOP + row * 4.5, column[row])
    else:
        for x, column in zip(xs, (left, right), strict=True):
            for row, line in enumerate(column):
                if line:
                    pdf.text(x, TOP + row * 4.5, line)
    return bytes(pdf.output())


def table_pdf(before: Sequence[str], rows: Sequence[Sequence[str]], after: Sequence[str]) -> bytes:
    """Return a one-page PDF: lines, a ruled table (every cell boxed), then more lines."""
    pdf = new_pdf()
    pdf.add_page()
    y = draw_lines(pdf, before)
    pdf.set_xy(LEFT, y)
    with pdf.table(
        borders_layout="ALL", width=170, line_height=7, first_row_as_headings=False
    ) as t:
        for row in rows:
            cells = t.row()
            for text in row:
                cells.cell(text)
    draw_lines(pdf, after, y=pdf.get_y() + 2 * LEADING)
    return bytes(pdf.output())


def png_bytes(width: int = 200, height: int = 120) -> bytes:
    """Return a grey PNG image (what a scanned page holds instead of text)."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (width, height), color=90).save(buf, format="PNG")
    return buf.getvalue()


CLAUSES = (
    "The contractor treats all workers equally.",
    "Staff are recruited on their merits alone.",
    "Complaints are investigated within ten days.",
    "Suppliers accept the same obligations in writing.",
    "Records of training are kept for five years.",
    "Breaches may lead to termination of the contract.",
)


def mixed_pdf(kinds: Sequence[str]) -> bytes:
    """Return a PDF whose page k is "text" (a clause of its own), "image" (a scan) or "blank"."""
    pdf = new_pdf()
    image = io.BytesIO(png_bytes())
    for number, kind in enumerate(kinds, start=1):
        pdf.add_page()
        if kind == "text":
            draw_lines(pdf, [CLAUSES[(number - 1) % len(CLAUSES)]])
        elif kind == "image":
            pdf.image(image, x=20, y=20, w=170)
    return bytes(pdf.output())


def rectangles_pdf(pages: int = 1) -> bytes:
    """Return a PDF whose pages draw only filled rectangles (no text layer at all)."""
    pdf = new_pdf()
    pdf.set_fill_color(60, 60, 60)
    for _ in range(pages):
        pdf.add_page()
        for y in range(20, 260, 8):
            pdf.rect(20, y, 170, 5, style="F")
    return bytes(pdf.output())


def encrypted_pdf(user_password: str, owner_password: str = "owner-secret") -> bytes:
    """Return a one-page text PDF encrypted with the given passwords ("" user: opens)."""
    pdf = new_pdf()
    pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    pdf.add_page()
    draw_lines(pdf, ["Article 1. The contractor treats all workers equally."])
    return bytes(pdf.output())


def truncated_pdf() -> bytes:
    """Return the first 40 % of a valid three-page PDF (header kept, body and xref cut)."""
    data = text_pdf([[f"Article {n}. The contractor keeps records."] for n in (1, 2, 3)])
    return data[: int(len(data) * 0.4)]
