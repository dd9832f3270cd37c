"""Tests of the ODT reader on generated packages and on the team corpus's real ODT."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx_factory import (
    ODT_MIMETYPE,
    build_odt,
    odt_body,
    odt_content,
    odt_styles,
    zip_bytes,
)

from checker.document import Block, BlockKind, DocStatus, Document
from checker.errors import DocumentReadError
from checker.readers import odt as odt_reader
from checker.readers import read_bytes, read_document
from checker.readers.base import ReadLimits

CORPUS_ODT = (
    Path(__file__).resolve().parents[1] / "corpus/documents/scheldeland_lastenboek_laptops.odt"
)
CLAUSE = "De opdrachtnemer zal niet discrimineren bij de aanwerving van personeel."
NUMBERED_LIST = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/>'
    '<text:list-level-style-number text:level="3" style:num-format="a" style:num-prefix="("'
    ' style:num-suffix=")"/>'
    "</text:list-style>"
    '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1"'
    ' text:bullet-char="-"/></text:list-style>'
    '<text:list-style style:name="LR"><text:list-level-style-number text:level="1"'
    ' style:num-format="i" text:start-value="4"/></text:list-style>'
)
OUTLINE = (
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Artikel "/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    '<text:outline-level-style text:level="3" style:num-format=""/>'
    "</text:outline-style>"
)


def _read(body: str, styles: str = "", master: str = "", automatic: str = "") -> Document:
    doc = read_bytes(odt_body(body, styles, master, automatic), "test.odt")
    assert doc.status == DocStatus.OK, doc.error
    assert doc.format == "odt"
    return doc


def _texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def _p(content: str, style: str | None = None) -> str:
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{content}</text:p>"


def _h(content: str, level: int = 1, extra: str = "") -> str:
    return f'<text:h text:outline-level="{level}"{extra}>{content}</text:h>'


def _items(*contents: str) -> str:
    return "".join(f"<text:list-item>{c}</text:list-item>" for c in contents)


def _list(items: str, style: str | None = "L1", extra: str = "") -> str:
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:list{attr}{extra}>{items}</text:list>"


def _cells(*contents: str) -> str:
    return "".join(
        c if c.startswith("<table:covered") else f"<table:table-cell>{c}</table:table-cell>"
        for c in contents
    )


def _table(*rows: str) -> str:
    body = "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
    return f'<table:table table:name="T"><table:table-column/>{body}</table:table>'


def _by_text(doc: Document, text: str) -> Block:
    found = [b for b in doc.blocks if b.text == text]
    assert len(found) == 1, (text, _texts(doc))
    return found[0]


# --- body order, tables ---------------------------------------------------------------------


def test_body_order_tables_nested_and_merged_cells() -> None:
    """Verify order, nested cells, covered (merged) cells skipped and paragraph indices."""
    inner = _table(_cells(_p("Inner A"), _p("Inner B")))
    body = (
        _h("Gunning", 1)
        + _p("Voor de tabel.")
        + "<table:table-header-rows>"
        + _table(_cells(_p("Criterium"), _p("Gewicht")))
        + "</table:table-header-rows>"
        + _table(
            '<table:table-cell table:number-columns-spanned="2"><text:p>Samen</text:p>'
            "</table:table-cell><table:covered-table-cell><text:p>Samen</text:p>"
            "</table:covered-table-cell>",
            _cells(_p("Buiten") + inner + _p("Erna"), _p("50 %")),
        )
        + _p("Na de tabel.")
    )
    doc = _read(body)
    assert _texts(doc) == [
        "Gunning",
        "Voor de tabel.",
        "Samen",
        "Buiten",
        "Inner A | Inner B",
        "Erna",
        "50 %",
        "Na de tabel.",
    ]
    assert [b.paragraph for b in doc.blocks] == list(range(1, 9))
    c, r = BlockKind.TABLE_CELL, BlockKind.TABLE_ROW
    assert [b.kind for b in doc.blocks][2:7] == [c, c, r, c, c]
    assert doc.pages is None


def test_heading_levels() -> None:
    """Verify text:outline-level, and the style's default outline level when it is absent."""
    styles = (
        '<style:style style:name="Heading_20_3" style:family="paragraph"'
        ' style:default-outline-level="3"/>'
    )
    automatic = (
        '<style:style style:name="P1" style:family="paragraph"'
        ' style:parent-style-name="Heading_20_3"/>'
    )
    body = _h("Deel 1", 1) + _h("Titel", 2) + '<text:h text:style-name="P1">Sub</text:h>'
    body += _p(CLAUSE)
    doc = _read(body, styles, automatic=automatic)
    assert [(b.kind, b.level) for b in doc.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.HEADING, 3),
        (BlockKind.PARAGRAPH, None),
    ]
    assert doc.blocks[-1].heading_path == ("Deel 1", "Titel", "Sub")


# --- numbering ------------------------------------------------------------------------------


def test_multilevel_list_numbers_and_article() -> None:
    """Verify "1", "1.1", "1.2", "2", "2.1" with display-levels 2, and the block article."""
    nested = _list(_items(_p("Eerste lid"), _p("Tweede lid")), style=None)
    body = _list(
        _items(
            _p("Algemeen") + nested,
            _p("Sociale bepalingen") + _list(_items(_p(CLAUSE)), style=None),
        )
    )
    doc = _read(body, NUMBERED_LIST)
    assert [b.number for b in doc.blocks] == ["1", "1.1", "1.2", "2", "2.1"]
    assert {b.kind for b in doc.blocks} == {BlockKind.LIST_ITEM}
    assert _by_text(doc, CLAUSE).article == "2.1"


def test_list_counting_rules() -> None:
    """Verify item start-value, items starting with a list, list headers and later paragraphs."""
    body = _list(
        "<text:list-header>"
        + _p("Kop van de lijst")
        + "</text:list-header>"
        + _items(_p("Een"))
        + '<text:list-item text:start-value="5">'
        + _p("Vijf")
        + _p("Vervolg")
        + "</text:list-item>"
        + _items(_list(_items(_p("Onder vijf")), style=None))
        + _items(_p("Zes") + _list(_items(_list(_items(_p("Diep")), style=None)), style=None))
    )
    doc = _read(body, NUMBERED_LIST)
    got = [(b.text, b.kind, b.number) for b in doc.blocks]
    assert got == [
        ("Kop van de lijst", BlockKind.PARAGRAPH, None),
        ("Een", BlockKind.LIST_ITEM, "1"),
        ("Vijf", BlockKind.LIST_ITEM, "5"),
        ("Vervolg", BlockKind.PARAGRAPH, None),
        ("Onder vijf", BlockKind.LIST_ITEM, "5.1"),
        ("Zes", BlockKind.LIST_ITEM, "6"),
        ("Diep", BlockKind.LIST_ITEM, "a"),
    ]


def test_lists_restart_or_continue() -> None:
    """Verify a new list restarts; continue-numbering and continue-list carry on."""
    body = (
        _list(_items(_p("A1"), _p("A2")), extra=' xml:id="list1"')
        + _p("Tussenparagraaf.")
        + _list(_items(_p("B1")))
        + _list(_items(_p("B2")), extra=' text:continue-numbering="true"')
        + _list(_items(_p("A3")), extra=' text:continue-list="list1"')
    )
    doc = _read(body, NUMBERED_LIST)
    numbers = {b.text: b.number for b in doc.blocks}
    assert numbers == {
        "A1": "1",
        "A2": "2",
        "Tussenparagraaf.": None,
        "B1": "1",
        "B2": "2",
        "A3": "3",
    }


def test_bullets_roman_and_paragraph_style_list() -> None:
    """Verify bullets give no number, roman numerals start at 4, style-associated lists."""
    automatic = '<style:style style:name="P9" style:family="paragraph" style:list-style-name="LR"/>'
    body = _list(_items(_p("Punt")), style="LB") + _list(
        _items(_p("Vier", "P9"), _p("Vijf", "P9")), style=None
    )
    doc = _read(body, NUMBERED_LIST, automatic=automatic)
    assert [(b.kind, b.number) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, None),
        (BlockKind.LIST_ITEM, "iv"),
        (BlockKind.LIST_ITEM, "v"),
    ]


def test_outline_numbered_headings() -> None:
    """Verify headings numbered through text:outline-style give "1", "1.1", "2" as articles."""
    body = (
        _h("Voorwerp", 1)
        + _h("Omschrijving", 2)
        + _p("Tekst van artikel een.")
        + _h("Zonder nummer", 3)
        + _h("Sociale clausule", 1)
        + _p(CLAUSE)
        + _h("Bijlagen", 1, ' text:is-list-header="true"')
        + _h("Herstart", 1, ' text:restart-numbering="true" text:start-value="9"')
    )
    doc = _read(body, OUTLINE)
    assert [b.number for b in doc.blocks] == ["1", "1.1", None, None, "2", None, None, "9"]
    assert [b.article for b in doc.blocks] == ["1", "1.1", "1.1", "1.1", "2", "2", "2", "9"]
    assert _by_text(doc, CLAUSE).heading_path == ("Sociale clausule",)


def test_outline_headings_wrapped_in_lists() -> None:
    """Verify LibreOffice's <text:list text:style-name="Outline"> heading wrappers count on."""

    def wrapped(title: str, level: int) -> str:
        inner = _items(_h(title, level))
        for _ in range(level - 1):
            inner = _items(_list(inner, style=None))
        return _list(inner, style="Outline", extra=' text:continue-numbering="true"')

    body = wrapped("Een", 1) + wrapped("Een punt een", 2) + _p(CLAUSE) + wrapped("Twee", 1)
    doc = _read(body, OUTLINE)
    assert [(b.kind, b.number) for b in doc.blocks] == [
        (BlockKind.HEADING, "1"),
        (BlockKind.HEADING, "1.1"),
        (BlockKind.PARAGRAPH, None),
        (BlockKind.HEADING, "2"),
    ]
    assert doc.blocks[2].article == "1.1"


def test_cached_number_is_not_text() -> None:
    """Verify a producer's cached text:number is not put into the heading text."""
    doc = _read(_h("<text:number>Artikel 1</text:number>Voorwerp", 1), OUTLINE)
    assert _texts(doc) == ["Voorwerp"]
    assert doc.blocks[0].number == "1"


# --- inline content -------------------------------------------------------------------------


def test_spaces_tabs_breaks_and_collapse() -> None:
    """Verify text:s counts, tabs, line breaks, soft page breaks and white-space collapse."""
    content = (
        'Prijs:<text:s text:c="3"/>EUR<text:tab/>500\n   per   maand'
        "<text:line-break/>tweede<text:soft-page-break/> regel"
        '<text:span text:style-name="T1"> met  span</text:span>'
    )
    doc = _read(_p(content))
    assert _texts(doc) == ["Prijs:   EUR 500 per maand\ntweede regel met span"]


def test_notes_become_footnote_blocks() -> None:
    """Verify footnotes and endnotes are FOOTNOTE blocks after their paragraph, not inline."""
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body>" + _p("Wet van 10 mei 2007.") + "</text:note-body>"
        "</text:note>"
    )
    endnote = note.replace("ftn1", "edn1").replace('"footnote"', '"endnote"')
    endnote = endnote.replace("Wet van 10 mei 2007.", "Zie ook Unia.")
    doc = _read(_p(f"De wet{note} is van toepassing{endnote}.") + _p("Slot."))
    assert _texts(doc) == [
        "De wet is van toepassing.",
        "Wet van 10 mei 2007.",
        "Zie ook Unia.",
        "Slot.",
    ]
    assert [b.kind for b in doc.blocks[1:3]] == [BlockKind.FOOTNOTE] * 2


def test_annotations_excluded() -> None:
    """Verify office:annotation (comments) adds no text."""
    comment = (
        '<office:annotation office:name="c1"><dc:creator>Jurist</dc:creator>'
        "<dc:date>2025-01-01T00:00:00</dc:date>"
        + _p("OPMERKING VAN DE JURIST")
        + "</office:annotation>"
    )
    doc = _read(
        _p(f'De opdrachtnemer {comment}betaalt het loon.<office:annotation-end office:name="c1"/>')
    )
    assert _texts(doc) == ["De opdrachtnemer betaalt het loon."]
    assert "OPMERKING" not in doc.text


def test_tracked_deletion_excluded_insertion_included() -> None:
    """Verify text in text:deletion is gone and inserted text (change-start/end) is kept."""
    tracked = (
        "<text:tracked-changes>"
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        + _p("The contractor shall not discriminate against workers.")
        + "</text:deletion></text:changed-region>"
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>'
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        "</text:insertion></text:changed-region></text:tracked-changes>"
    )
    body = tracked + _p(
        'Verplichtingen: <text:change text:change-id="ct1"/>'
        '<text:change-start text:change-id="ct2"/>het loon wordt tijdig betaald.'
        '<text:change-end text:change-id="ct2"/>'
    )
    doc = _read(body)
    assert "discriminate" not in doc.text
    assert _texts(doc) == ["Verplichtingen: het loon wordt tijdig betaald."]


def test_text_box_read_once() -> None:
    """Verify a draw:frame text box becomes one separate block after its anchor paragraph."""
    frame = (
        '<draw:frame draw:name="Kader1"><draw:text-box>'
        + _p("In het kader: gelijke kansen.")
        + "</draw:text-box></draw:frame>"
    )
    doc = _read(_p(f"Ankerparagraaf.{frame}") + _p("Volgende."))
    assert _texts(doc) == ["Ankerparagraaf.", "In het kader: gelijke kansen.", "Volgende."]


def test_headers_and_footers_once() -> None:
    """Verify master-page headers/footers, deduplicated, first/last; unused pages ignored."""
    header = "<style:header>" + _p("Stad Gent - Bestek 2025/7") + "</style:header>"
    left = "<style:header-left>" + _p("Stad Gent - Bestek 2025/7") + "</style:header-left>"
    footer = (
        "<style:footer>" + _p("Pagina <text:page-number>1</text:page-number>") + "</style:footer>"
    )
    hidden = '<style:footer-left style:display="false">' + _p("Verborgen") + "</style:footer-left>"
    master = (
        '<style:master-page style:name="Standard">'
        f"{header}{left}{footer}{hidden}</style:master-page>"
        '<style:master-page style:name="Envelope"><style:header>'
        + _p("Envelope header")
        + "</style:header></style:master-page>"
    )
    doc = _read(_p("Inhoud van het bestek."), master=master)
    assert _texts(doc) == ["Stad Gent - Bestek 2025/7", "Inhoud van het bestek.", "Pagina 1"]
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADER, BlockKind.PARAGRAPH, BlockKind.FOOTER]


# --- hostile and broken input ---------------------------------------------------------------


def _hostile(body: str, entities: str) -> bytes:
    prolog = f"<!DOCTYPE office:document-content [{entities}]>"
    return build_odt(odt_content(body, prolog=prolog), odt_styles())


def test_billion_laughs_not_expanded() -> None:
    """Verify nested entity declarations are never expanded (libxml2 may refuse the file)."""
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    data = _hostile(_p("Veilige tekst &lol9; einde."), '<!ENTITY lol0 "lol">' + lol)
    started = time.perf_counter()
    doc = read_bytes(data, "laughs.odt")
    assert time.perf_counter() - started < 5
    assert "lollol" not in doc.text
    if doc.status == DocStatus.OK:
        assert _texts(doc) == ["Veilige tekst einde."]
    else:
        assert doc.status == DocStatus.ERROR and doc.error and "entity" in doc.error


def test_external_entity_not_read() -> None:
    """Verify an XXE entity pointing at /etc/passwd is left unexpanded."""
    entities = '<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY hi "INTERN">'
    doc = read_bytes(_hostile(_p("Bestand: &xxe; en &hi; einde."), entities), "xxe.odt")
    assert doc.status == DocStatus.OK, doc.error
    assert "root:" not in doc.text and "INTERN" not in doc.text
    assert _texts(doc) == ["Bestand: en einde."]


def test_zip_bomb_refused() -> None:
    """Verify a content.xml inflating more than 100:1 is refused."""
    content = odt_content(_p("x")).encode() + b" " * (20 * 1024 * 1024)
    files = {"mimetype": ODT_MIMETYPE, "content.xml": content}
    doc = read_bytes(zip_bytes(files, stored=("mimetype",)), "bomb.odt")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("refused: decompression bomb")


def test_missing_content_is_error() -> None:
    """Verify an ODT zip without content.xml is a read error."""
    data = zip_bytes({"mimetype": ODT_MIMETYPE, "styles.xml": odt_styles().encode()})
    doc = read_bytes(data, "nocontent.odt")
    assert doc.status == DocStatus.ERROR
    assert doc.error == "corrupt or truncated ODT (no content.xml)"


def test_malformed_content_is_error() -> None:
    """Verify broken XML in content.xml is "corrupt or truncated ODT"."""
    doc = read_bytes(build_odt("<office:document-content><unclosed>"), "broken.odt")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("corrupt or truncated ODT (content.xml")


def test_truncated_zip_is_error() -> None:
    """Verify a truncated ODT is an error."""
    data = odt_body(_p("Tekst die wordt afgebroken. " * 50))
    doc = read_bytes(data[: len(data) // 2], "cut.odt")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and "corrupt or truncated" in doc.error


def test_encrypted_odt_is_unreadable() -> None:
    """Verify a password-protected ODT (encryption-data in the manifest) is unreadable."""
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
        "</manifest:manifest>"
    )
    doc = read_bytes(build_odt("\u0001\u0002 binary", manifest=manifest), "secret.odt")
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error == "encrypted or password-protected ODT"


def test_spreadsheet_is_unsupported() -> None:
    """Verify an ODS (content.xml with office:spreadsheet) is an unsupported-format error."""
    content = odt_content("").replace("office:text>", "office:spreadsheet>")
    mimetype = b"application/vnd.oasis.opendocument.spreadsheet"
    with pytest.raises(DocumentReadError) as info:
        odt_reader.read(build_odt(content, mimetype=mimetype), "sheet.ods", ReadLimits())
    assert info.value.status == "error"
    assert info.value.reason.startswith("unsupported format: OpenDocument spreadsheet")


def test_empty_odt_is_unreadable() -> None:
    """Verify an ODT without text is unreadable."""
    doc = read_bytes(odt_body(_p("") + "<text:p>   </text:p>"), "empty.odt")
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error == "no text in document"


# --- the corpus ODT -------------------------------------------------------------------------


def test_corpus_odt_reads_with_articles() -> None:
    """Verify the team corpus's real ODT reads ok with header, footer and article numbers."""
    doc = read_document(CORPUS_ODT)
    assert doc.status == DocStatus.OK, doc.error
    assert doc.language == "nl"
    assert doc.blocks[0].kind == BlockKind.HEADER and "Lastenboek ICT/2025/03" in doc.blocks[0].text
    assert doc.blocks[-1].kind == BlockKind.FOOTER
    heading = _by_text(doc, "Art. 5 Gunningscriteria")
    assert (heading.kind, heading.level, heading.article) == (BlockKind.HEADING, 2, "5")
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert len(rows) == 5 and {b.article for b in rows} == {"5"}
    assert rows[1].text == "Totaalprijs over vijf jaar (total cost of ownership) | 50 %"
    articles = {b.article for b in doc.blocks if b.article}
    assert {str(n) for n in range(1, 17)} <= articles
    bullets = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert len(bullets) == 4 and {b.article for b in bullets} == {"14"}


def test_hidden_text_and_hidden_paragraph_fields() -> None:
    """Verify fields the producer evaluated as hiding their text or paragraph are not read."""
    hidden = (
        '<text:hidden-text text:condition="ooow:1" text:string-value="x" '
        'text:is-hidden="true">The contractor shall not discriminate.</text:hidden-text>'
    )
    shown = (
        '<text:hidden-text text:condition="ooow:0" text:string-value="x" '
        'text:is-hidden="false"> Shown text.</text:hidden-text>'
    )
    gone = '<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
    body = (
        _p("Labour law applies." + hidden + shown)
        + _p(gone + "Equal treatment of all staff regardless of origin.")
        + _p("Invoices are paid in thirty days.")
    )
    doc = _read(body)
    assert _texts(doc) == ["Labour law applies. Shown text.", "Invoices are paid in thirty days."]
