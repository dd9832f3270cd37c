"""Build the labelled corpus documents (TXT, MD, HTML, DOCX, PDF, ODT) from their text sources.

A source is `corpus/<set>/sources/<stem>.src`: YAML front matter between `---` lines
(`format`, `lang`, `header`, `footer` with `{page}`/`{pages}`, optional DOCX `numbering`:
a Word `lvlText` such as "Art. %1." or the built-in "List Number" style), then markup:
`# ` title (later `# ` lines are subtitles), `## ` part, `### ` numbered article heading,
`- ` bullet, `| a | b |` table row (first row is the header); other lines are paragraph
text, joined until a blank line. Each output `corpus/<set>/<stem>.<format>` is a pure
function of its source: fixed dates, fixed zip timestamps, no random ids.

Usage: python corpus/tools/build_documents.py [--out DIR]   (DIR gets documents/ and demo/)
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml

CORPUS = Path(__file__).resolve().parents[1]
SETS = ("documents", "demo")
FIXED_DATE = dt.datetime(2025, 3, 3, 9, 0, 0, tzinfo=dt.timezone.utc)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# "Art. 9 Voorwerp", "ARTICLE 1 – OBJET", "Article I.7 - Equal treatment" (part I, article 7),
# "Artikel AV-5 ..." and "C6. Termination" (a framework's general and call-off terms)
_ARTICLE = re.compile(
    r"^(?:(?i:art\.|artikel|article|clause|section))?\s*"
    r"((?:[IVX]{1,4}\.)?\d+|[A-Z]{2,3}-\d+|[A-Z]\d{1,2})\.?\s*[-\u2013:]?\s*(.*)$"
)
_FIELD = re.compile(r"(\{page\}|\{pages\})")
_MARKS = (("### ", "article"), ("## ", "part"), ("# ", "title"), ("- ", "bullet"))


@dataclass(frozen=True)
class Item:
    """One block of a source: title, subtitle, part, article, para, bullet or table."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Source:
    """A parsed source file."""

    stem: str
    fmt: str
    lang: str
    header: str
    footer: str
    numbering: str
    items: tuple[Item, ...]

    @property
    def title(self) -> str:
        """Return the document's main title."""
        return self.items[0].text


def parse_source(path: Path) -> Source:
    """Return the Source parsed from a `.src` file."""
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    items = _items(body)
    if not items or items[0].kind != "title":
        raise ValueError(f"{path}: a source starts with a '# ' title line")
    return Source(
        stem=path.name.removesuffix(".src"),
        fmt=meta["format"],
        lang=meta["lang"],
        header=meta.get("header", ""),
        footer=meta.get("footer", ""),
        numbering=meta.get("numbering", ""),
        items=tuple(items),
    )


def _items(body: str) -> list[Item]:
    items: list[Item] = []
    para: list[str] = []
    rows: list[tuple[str, ...]] = []
    for line in [raw.strip() for raw in body.splitlines()] + [""]:  # "" flushes the last block
        kind = next((k for m, k in _MARKS if line.startswith(m)), None)
        is_row = line.startswith("|")
        if para and (not line or kind or is_row):
            items.append(Item("para", " ".join(para)))
            para = []
        if rows and not is_row:
            items.append(Item("table", rows=tuple(rows)))
            rows = []
        if kind == "title" and items:
            kind = "subtitle"
        if kind:
            items.append(Item(kind, line.split(" ", 1)[1].strip()))
        elif is_row:
            rows.append(tuple(c.strip() for c in line.strip("|").split("|")))
        elif line:
            para.append(line)
    return items


def article_number(text: str) -> tuple[str, str]:
    """Return (number, title) of an article heading such as 'Art. 9 Voorwerp'."""
    m = _ARTICLE.match(text)
    if not m:
        raise ValueError(f"article heading without a number: {text!r}")
    return m.group(1), m.group(2)


def article_numbers(source: Source) -> list[str]:
    """Return the article numbers of a source in reading order."""
    return [article_number(i.text)[0] for i in source.items if i.kind == "article"]


# ---------------------------------------------------------------- text formats


def render_txt(src: Source) -> bytes:
    """Return the source as plain text, paragraphs wrapped at 78 columns."""
    out: list[str] = []
    for item in src.items:
        if item.kind in ("title", "subtitle"):
            out += [item.text.center(78).rstrip(), ""]
        elif item.kind in ("part", "article"):
            rule = "=" if item.kind == "part" else "-"
            out += ["", item.text, rule * len(item.text), ""]
        elif item.kind == "bullet":
            out += textwrap.wrap(item.text, 78, initial_indent="  - ", subsequent_indent="    ")
        elif item.kind == "table":
            widths = [max(len(r[i]) for r in item.rows) for i in range(len(item.rows[0]))]
            out += [
                "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                for r in item.rows
            ]
            out.append("")
        else:
            out += ["", *textwrap.wrap(item.text, 78), ""]
    return _text_bytes(out)


def render_md(src: Source) -> bytes:
    """Return the source as Markdown."""
    marks = {"title": "# ", "subtitle": "**", "part": "## ", "article": "### ", "para": ""}
    out: list[str] = []
    for item in src.items:
        if item.kind == "table":
            head, *rest = item.rows
            rows = [head, tuple("---" for _ in head), *rest]
            out += ["", *("| " + " | ".join(r) + " |" for r in rows), ""]
        elif item.kind == "bullet":
            out.append(f"- {item.text}")
        else:
            end = "**" if item.kind == "subtitle" else ""
            out += ["", marks[item.kind] + item.text + end, ""]
    return _text_bytes(out)


def render_html(src: Source) -> bytes:
    """Return the source as a standalone HTML5 page."""
    tags = {"title": "h1", "subtitle": 'p class="subtitle"', "part": "h2", "para": "p"}
    body: list[str] = []
    for item in src.items:
        text = html.escape(item.text, quote=False)
        if item.kind == "bullet":
            body = body[:-1] if body[-1] == "</ul>" else [*body, "<ul>"]
            body += [f"  <li>{text}</li>", "</ul>"]
        elif item.kind == "table":
            cells = [[html.escape(c, quote=False) for c in r] for r in item.rows]
            head = "".join(f"<th>{c}</th>" for c in cells[0])
            body += ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>"]
            body += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells[1:]]
            body += ["</tbody>", "</table>"]
        elif item.kind == "article":
            body.append(f'<h3 id="art-{article_number(item.text)[0]}">{text}</h3>')
        else:
            tag = tags[item.kind]
            body.append(f"<{tag}>{text}</{tag.split()[0]}>")
    head = f'<head><meta charset="utf-8"><title>{html.escape(src.title)}</title></head>'
    running = f'<header><p class="running">{html.escape(src.header, quote=False)}</p></header>'
    page = ["<!DOCTYPE html>", f'<html lang="{src.lang}">', head, "<body>", running]
    return _text_bytes([*page, "<main>", *body, "</main>", "</body>", "</html>"])


def _text_bytes(lines: list[str]) -> bytes:
    text = "\n".join(lines).strip() + "\n"
    return re.sub(r"\n{3,}", "\n\n", text).encode("utf-8")


# ---------------------------------------------------------------- DOCX


def zip_bytes(members: list[tuple[str, bytes]], stored: frozenset[str] = frozenset()) -> bytes:
    """Return a zip archive of the members in order, with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def render_docx(src: Source) -> bytes:
    """Return the source as DOCX with Word-numbered articles and a running header/footer."""
    import docx

    doc = docx.Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "clausecheck corpus"
    props.title, props.language, props.revision = src.title, src.lang, 1
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)
    _docx_header_footer(doc, src)
    num_id = _docx_numbering(doc, src) if src.numbering else None
    styles = {"title": "Title", "subtitle": "Subtitle", "bullet": "List Bullet", "para": None}
    for item in src.items:
        if item.kind == "part":
            doc.add_heading(item.text, level=1)
        elif item.kind == "article":
            _docx_article(doc, item.text, num_id)
        elif item.kind == "table":
            table = doc.add_table(rows=len(item.rows), cols=len(item.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(item.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).paragraphs[0].add_run(text).bold = r == 0
        else:
            doc.add_paragraph(item.text, style=styles[item.kind])
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:  # python-docx stamps the clock
        return zip_bytes([(n, zf.read(n)) for n in zf.namelist()])


def _docx_header_footer(doc: Any, src: Source) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    section = doc.sections[0]
    section.header.paragraphs[0].text = src.header
    para = section.footer.paragraphs[0]
    for part in _FIELD.split(src.footer):
        if part in ("{page}", "{pages}"):
            instr = "PAGE" if part == "{page}" else "NUMPAGES"
            field = f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r>'
            para._p.append(parse_xml(field + "</w:fldSimple>"))
        elif part:
            para.add_run(part)


def _docx_numbering(doc: Any, src: Source) -> tuple[int, bool]:
    """Return (numId, uses List Number style) after checking the articles run 1..N."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbers = article_numbers(src)
    if numbers != [str(i) for i in range(1, len(numbers) + 1)]:
        raise ValueError(f"{src.stem}: Word-numbered articles must run 1..N, got {numbers}")
    if src.numbering == "List Number":
        return 5, True  # numId of the List Number style in python-docx's default template
    w = nsdecls("w")
    numbering = doc.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:suff w:val="space"/><w:lvlText w:val="{escape(src.numbering)}"/>'
            '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90, False


def _docx_article(doc: Any, text: str, num: tuple[int, bool] | None) -> None:
    if num is None:
        doc.add_heading(text, level=2)
    elif num[1]:
        doc.add_paragraph(style="List Number").add_run(article_number(text)[1]).bold = True
    else:
        num_pr = doc.add_heading(article_number(text)[1], level=2)._p.get_or_add_pPr()
        num_pr = num_pr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num[0]


# ---------------------------------------------------------------- PDF

_LATIN1 = str.maketrans({"\u2013": "-", "\u2019": "'", "\u20ac": "EUR", "\u2022": "-"})
_PDF_STYLES = {  # kind: (font style, size, line height, align)
    "title": ("B", 14, 7, "C"),
    "subtitle": ("B", 12, 6, "C"),
    "part": ("B", 12, 7, "L"),
    "article": ("B", 10.5, 6, "L"),
}


def render_pdf(src: Source) -> bytes:
    """Return the source as an A4 PDF with a running header and a page-number footer."""
    from fpdf import FPDF

    unicode = (DEJAVU / "DejaVuSans.ttf").exists()
    fix: Callable[[str], str] = (lambda t: t) if unicode else (lambda t: t.translate(_LATIN1))
    family = "DejaVu" if unicode else "Helvetica"

    class TenderPdf(FPDF):
        def header(self) -> None:
            self.set_font(family, "", 8)
            self.cell(0, 5, fix(src.header), align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(family, "", 8)
            text = src.footer.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, 8, fix(text), align="C")

    pdf = TenderPdf(format="A4")
    if unicode:
        pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(fix(src.title))
    pdf.set_author("clausecheck corpus")
    pdf.set_lang(src.lang)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    for item in src.items:
        _pdf_item(pdf, item, family, fix)
    return bytes(pdf.output())


def _pdf_item(pdf: Any, item: Item, family: str, fix: Callable[[str], str]) -> None:
    if item.kind in _PDF_STYLES:
        style, size, height, align = _PDF_STYLES[item.kind]
        if item.kind != "subtitle" and pdf.get_y() > pdf.h - 45:
            pdf.add_page()  # keep a heading with the text that follows it
        pdf.ln(2)
        pdf.set_font(family, style, size)
        pdf.multi_cell(0, height, fix(item.text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif item.kind == "table":
        pdf.set_font(family, "", 9)
        with pdf.table(text_align="LEFT", line_height=5) as table:
            for row in item.rows:
                cells = table.row()
                for text in row:
                    cells.cell(fix(text))
        pdf.ln(3)
    else:
        bullet = item.kind == "bullet"
        pdf.set_font(family, "", 10)
        pdf.set_x(pdf.l_margin + (5 if bullet else 0))
        text = fix(("\u2022 " if bullet else "") + item.text)
        pdf.multi_cell(0, 5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1 if bullet else 2)


# ---------------------------------------------------------------- ODT

_ODT_MIME = "application/vnd.oasis.opendocument.text"
_ODT_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<office:{root} xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
{inner}
</office:{root}>
"""
_ODT_META = """<office:meta><meta:generator>clausecheck corpus builder</meta:generator>
<dc:title>{title}</dc:title><dc:language>{lang}</dc:language>
<meta:creation-date>{date}</meta:creation-date><dc:date>{date}</dc:date></office:meta>"""
_ODT_STYLES = """<office:styles>
<style:style style:name="Title" style:family="paragraph"/>
<style:style style:name="Subtitle" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
 style:default-outline-level="2"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"/>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet"
 style:family="paragraph"/>
<style:style style:name="Header" style:family="paragraph"/>
<style:style style:name="Footer" style:family="paragraph"/>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"
 text:bullet-char="\u2022"/></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
 fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">{header}</text:p></style:header>
<style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
</style:master-page></office:master-styles>"""
_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_ODT_FIELDS = {
    "{page}": '<text:page-number text:select-page="current">1</text:page-number>',
    "{pages}": "<text:page-count>1</text:page-count>",
}
_ODT_PARA = {"title": "Title", "subtitle": "Subtitle", "para": "Text_20_body"}


def render_odt(src: Source) -> bytes:
    """Return the source as ODT: mimetype first and stored, then content, styles, meta."""
    date = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%S")
    footer = "".join(_ODT_FIELDS.get(p, escape(p)) for p in _FIELD.split(src.footer))
    styles = _ODT_STYLES.format(header=escape(src.header), footer=footer)
    meta = _ODT_META.format(title=escape(src.title), lang=src.lang, date=date)
    body = f"<office:body><office:text>\n{_odt_body(src)}\n</office:text></office:body>"
    members = [
        ("mimetype", _ODT_MIME),
        ("content.xml", _ODT_ROOT.format(root="document-content", inner=body)),
        ("styles.xml", _ODT_ROOT.format(root="document-styles", inner=styles)),
        ("meta.xml", _ODT_ROOT.format(root="document-meta", inner=meta)),
        ("META-INF/manifest.xml", _ODT_MANIFEST.format(mime=_ODT_MIME)),
    ]
    return zip_bytes([(n, d.encode()) for n, d in members], stored=frozenset({"mimetype"}))


def _odt_body(src: Source) -> str:
    body: list[str] = []
    for item in src.items:
        text = escape(item.text)
        if item.kind in ("part", "article"):
            lvl = 1 if item.kind == "part" else 2
            style = f'text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}"'
            body.append(f"<text:h {style}>{text}</text:h>")
        elif item.kind == "bullet":
            if body[-1] == "</text:list>":
                body.pop()
            else:
                body.append('<text:list text:style-name="L1">')
            para = f'<text:p text:style-name="List_20_Bullet">{text}</text:p>'
            body += [f"<text:list-item>{para}</text:list-item>", "</text:list>"]
        elif item.kind == "table":
            cols = f'<table:table-column table:number-columns-repeated="{len(item.rows[0])}"/>'
            cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p>'
            rows = "".join(
                "<table:table-row>"
                + "".join(cell.format(escape(c)) + "</table:table-cell>" for c in r)
                + "</table:table-row>"
                for r in item.rows
            )
            body.append(f'<table:table table:name="Tabel{len(body)}">{cols}{rows}</table:table>')
        else:
            body.append(f'<text:p text:style-name="{_ODT_PARA[item.kind]}">{text}</text:p>')
    return "\n".join(body)


# ---------------------------------------------------------------- driver

RENDERERS: dict[str, Callable[[Source], bytes]] = {
    "txt": render_txt,
    "md": render_md,
    "html": render_html,
    "docx": render_docx,
    "pdf": render_pdf,
    "odt": render_odt,
}


def sources(root: Path = CORPUS) -> list[Path]:
    """Return every source file of every corpus set, sorted."""
    return sorted(p for s in SETS for p in (root / s / "sources").glob("*.src"))


def build_all(out: Path | None = None) -> list[Path]:
    """Return the paths written after rendering every source (into `out` if given)."""
    written: list[Path] = []
    for path in sources():
        src = parse_source(path)
        folder = path.parent.parent if out is None else out / path.parent.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{src.stem}.{src.fmt}"
        target.write_bytes(RENDERERS[src.fmt](src))
        written.append(target)
    return written


def main() -> None:
    """Build every document of the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write here instead of in place")
    for path in build_all(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
