"""Build small DOCX and ODT files byte by byte, so tests control every XML element.

DOCX packages get `[Content_Types].xml`, the package and document relationships and only
the parts a test asks for (styles, numbering, headers, footers, notes, comments). ODT
packages are written as LibreOffice does: `mimetype` stored first and uncompressed, then
`META-INF/manifest.xml`, `content.xml` and `styles.xml`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD_NS = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


# --- WordprocessingML snippets -------------------------------------------------------------


def run(text: str, extra: str = "") -> str:
    """Return a `w:r` with one `w:t` (spaces preserved) after optional extra run content."""
    return f'<w:r>{extra}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    text: str = "",
    *,
    style: str | None = None,
    num: tuple[int, int] | None = None,
    runs: str | None = None,
    ppr: str = "",
) -> str:
    """Return a `w:p`; `num` is (numId, ilvl); `runs` replaces the plain text run."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    ppr_xml = f"<w:pPr>{props}</w:pPr>" if props else ""
    body = runs if runs is not None else (run(text) if text else "")
    return f"<w:p>{ppr_xml}{body}</w:p>"


def cell(content: str, *, span: int = 1, vmerge: str | None = None) -> str:
    """Return a `w:tc`; `content` is paragraph XML or plain text; vmerge "restart"/"continue"."""
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    body = content if content.startswith("<") else para(content)
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body or para()}</w:tc>"


def table(rows: list[list[str]]) -> str:
    """Return a `w:tbl` of rows of cells (each a `cell()` or plain text)."""
    xml_rows = "".join(
        "<w:tr>" + "".join(c if c.startswith("<w:tc") else cell(c) for c in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/>{xml_rows}</w:tbl>"


def text_box(inner: str) -> str:
    """Return a run holding a DrawingML text box with a VML fallback copy of the same text."""
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    fallback = (
        "<mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    )
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def style(
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    num: tuple[int, int | None] | None = None,
    outline: int | None = None,
) -> str:
    """Return a paragraph `w:style`; `num` is the (numId, ilvl or None) it numbers with."""
    ppr = ""
    if num is not None:
        ilvl = f'<w:ilvl w:val="{num[1]}"/>' if num[1] is not None else ""
        ppr += f'<w:numPr>{ilvl}<w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f"{based}<w:pPr>{ppr}</w:pPr></w:style>"
    )


def styles_part(*styles: str) -> str:
    """Return a styles part holding `styles`."""
    return f"<w:styles {WORD_NS}>{''.join(styles)}</w:styles>"


def level(ilvl: int, fmt: str, text: str, *, start: int = 1, pstyle: str | None = None) -> str:
    """Return a `w:lvl` of an abstract numbering definition."""
    link = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{link}<w:lvlText w:val="{escape(text)}"/></w:lvl>'
    )


def abstract_num(abs_id: int, *levels: str) -> str:
    """Return a `w:abstractNum` with the given levels."""
    return f'<w:abstractNum w:abstractNumId="{abs_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abs_id: int, starts: dict[int, int] | None = None) -> str:
    """Return a `w:num` pointing at an abstract definition, with startOverrides per level."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        for ilvl, value in (starts or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>{overrides}</w:num>'


def numbering_part(*items: str) -> str:
    """Return a numbering part; abstractNums must come before nums."""
    return f"<w:numbering {WORD_NS}>{''.join(items)}</w:numbering>"


def notes_part(kind: str, *texts: str) -> str:
    """Return a footnotes/endnotes part with Word's two separator notes, then `texts`."""
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:{kind}>"
    )
    notes = "".join(
        f'<w:{kind} w:id="{i}">{para(t)}</w:{kind}>' for i, t in enumerate(texts, start=1)
    )
    return f"<w:{kind}s {WORD_NS}>{separators}{notes}</w:{kind}s>"


def story_part(tag: str, *paragraphs: str) -> str:
    """Return a header (`hdr`), footer (`ftr`) or comments part around paragraph XML."""
    return f"<w:{tag} {WORD_NS}>{''.join(paragraphs)}</w:{tag}>"


# --- DOCX package --------------------------------------------------------------------------


@dataclass
class DocxParts:
    """The optional parts of a DOCX package; headers and footers are keyed by rId."""

    styles: str | None = None
    numbering: str | None = None
    footnotes: str | None = None
    endnotes: str | None = None
    comments: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    footers: dict[str, str] = field(default_factory=dict)


_SINGLE_PARTS = {
    "styles": ("styles", "styles"),
    "numbering": ("numbering", "numbering"),
    "footnotes": ("footnotes", "footnotes"),
    "endnotes": ("endnotes", "endnotes"),
    "comments": ("comments", "comments"),
}


def sect_pr(headers: dict[str, str] | None = None, footers: dict[str, str] | None = None) -> str:
    """Return a `w:sectPr` that references the given header and footer rIds (default type)."""
    refs = "".join(f'<w:headerReference w:type="default" r:id="{r}"/>' for r in headers or {})
    refs += "".join(f'<w:footerReference w:type="default" r:id="{r}"/>' for r in footers or {})
    return f"<w:sectPr>{refs}</w:sectPr>"


def build_docx(body: str, parts: DocxParts | None = None, *, final_sect: bool = True) -> bytes:
    """Return DOCX bytes whose body is `body`; a final sectPr references all headers/footers."""
    parts = parts or DocxParts()
    if final_sect:
        body += sect_pr(parts.headers, parts.footers)
    files: dict[str, str] = {
        "word/document.xml": f"<w:document {WORD_NS}><w:body>{body}</w:body></w:document>"
    }
    overrides = {"/word/document.xml": _CT + "document.main+xml"}
    rels: list[tuple[str, str, str]] = []
    for attr, (name, kind) in _SINGLE_PARTS.items():
        xml = getattr(parts, attr)
        if xml is not None:
            files[f"word/{name}.xml"] = xml
            overrides[f"/word/{name}.xml"] = _CT + kind + "+xml"
            rels.append((f"rId{attr}", _REL + kind, f"{name}.xml"))
    for kind, stories in (("header", parts.headers), ("footer", parts.footers)):
        for rid, xml in stories.items():
            files[f"word/{rid}.xml"] = xml
            overrides[f"/word/{rid}.xml"] = _CT + kind + "+xml"
            rels.append((rid, _REL + kind, f"{rid}.xml"))
    files["word/_rels/document.xml.rels"] = _rels_xml(rels)
    files["_rels/.rels"] = _rels_xml([("rId1", _REL + "officeDocument", "word/document.xml")])
    files["[Content_Types].xml"] = _content_types(overrides)
    return zip_bytes({name: xml.encode("utf-8") for name, xml in files.items()})


def _rels_xml(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    head = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
    return f"{head}{items}</Relationships>"


def _content_types(overrides: dict[str, str]) -> str:
    ns = "http://schemas.openxmlformats.org/package/2006/content-types"
    items = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    defaults = (
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}">{defaults}{items}</Types>'


def zip_bytes(files: dict[str, bytes], stored: tuple[str, ...] = ()) -> bytes:
    """Return a zip of `files` in order; names in `stored` are written uncompressed."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, method)
    return buf.getvalue()


# --- ODT package ---------------------------------------------------------------------------

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0:" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def odt_content(body: str, automatic_styles: str = "", prolog: str = "") -> str:
    """Return content.xml with `body` inside office:text; `prolog` goes before the root."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {ODT_NS}>'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )


def odt_styles(styles: str = "", master: str = "") -> str:
    """Return styles.xml with common styles and the master-styles content given."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>'
        f"<office:styles>{styles}</office:styles>"
        f"<office:master-styles>{master}</office:master-styles></office:document-styles>"
    )


def build_odt(
    content: str,
    styles: str | None = None,
    *,
    manifest: str = _MANIFEST,
    mimetype: bytes = ODT_MIMETYPE,
) -> bytes:
    """Return ODT bytes: mimetype stored first, then manifest, content.xml and styles.xml."""
    files = {
        "mimetype": mimetype,
        "META-INF/manifest.xml": manifest.encode("utf-8"),
        "content.xml": content.encode("utf-8"),
        "styles.xml": (styles if styles is not None else odt_styles()).encode("utf-8"),
    }
    return zip_bytes(files, stored=("mimetype",))


def odt_body(body: str, styles: str = "", master: str = "", automatic: str = "") -> bytes:
    """Return ODT bytes for a body fragment with optional common styles and master pages."""
    return build_odt(odt_content(body, automatic), odt_styles(styles, master))
