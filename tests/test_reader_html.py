"""Tests of the HTML reader (checker/readers/html.py)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import BlockKind, DocStatus, Document
from checker.readers import read_bytes
from checker.readers.base import ReadLimits
from checker.readers.html import decode_html, html_to_blocks, read

H, P, L, C = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL
R = BlockKind.TABLE_ROW


def _html(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _read(data: bytes, name: str = "page.html") -> Document:
    return read_bytes(data, name)


def _kinds_texts(doc: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<h1>Bestek</h1><h3>Artikel 5 Sociale clausule</h3>"
            "<p>De opdrachtnemer <b>behandelt</b> alle werknemers gelijk.</p>",
            [
                (H, "Bestek", 1, None),
                (H, "Artikel 5 Sociale clausule", 3, "5"),
                (P, "De opdrachtnemer behandelt alle werknemers gelijk.", None, "5"),
            ],
            id="nl",
        ),
        pytest.param(
            "<h2>Article 7.1 Obligations</h2><blockquote>Le titulaire respecte le code "
            "du travail.</blockquote><div>Texte   du\n   marché</div>",
            [
                (H, "Article 7.1 Obligations", 2, "7.1"),
                (P, "Le titulaire respecte le code du travail.", None, "7.1"),
                (P, "Texte du marché", None, "7.1"),
            ],
            id="fr",
        ),
        pytest.param(
            "<h6>Art. 12 Equality</h6><p>The Supplier shall<br>comply<br/>with the law.</p>",
            [
                (H, "Art. 12 Equality", 6, "12"),
                (P, "The Supplier shall\ncomply\nwith the law.", None, "12"),
            ],
            id="en",
        ),
    ],
)
def test_headings_paragraphs_and_breaks(
    body: str, expected: list[tuple[BlockKind, str, int | None, str | None]]
) -> None:
    """Verify h1-h6 levels, paragraphs, collapsed whitespace and br line breaks."""
    doc = _read(_html(body))
    assert [(b.kind, b.text, b.level, b.article) for b in doc.blocks] == expected


def test_dropped_elements() -> None:
    """Verify head, script, style, noscript, template, nav and svg text never appear."""
    doc = _read(
        _html(
            "<nav>Menu Home</nav><script>var secret = 1;</script><style>p {}</style>"
            "<noscript>Enable JS</noscript><template><p>Tpl</p></template>"
            "<svg><text>Chart label</text></svg><p>Kept text<!-- hidden --> stays.</p>",
            head="<title>Page title</title>",
        )
    )
    assert _kinds_texts(doc) == [(P, "Kept text stays.")]


def test_nested_lists() -> None:
    """Verify nested list items are separate blocks and li > p stays a list item."""
    doc = _read(
        _html(
            "<ul><li>Premier <em>point</em><ol><li>sous-point a</li><li>sous-point b</li></ol>"
            "suite du premier</li><li><p>Second point</p></li></ul>"
        )
    )
    assert _kinds_texts(doc) == [
        (L, "Premier point"),
        (L, "sous-point a"),
        (L, "sous-point b"),
        (L, "suite du premier"),
        (L, "Second point"),
    ]


def test_nested_tables() -> None:
    """Verify a table holding a table keeps its cells; the inner data table gives rows."""
    doc = _read(
        _html(
            "<table><thead><tr><th>Poste</th><th>Prix</th></tr></thead><tbody>"
            "<tr><td>Nettoyage</td><td>Voir <table><tr><td>12 €</td><td><div>par m²</div>"
            "</td></tr></table> détail</td></tr></tbody></table>"
        )
    )
    assert _kinds_texts(doc) == [
        (C, "Poste"),
        (C, "Prix"),
        (C, "Nettoyage"),
        (C, "Voir"),
        (R, "12 € | par m2"),  # NFKC folds the superscript
        (C, "détail"),
    ]


def test_a_data_table_is_read_by_rows_under_its_th_header() -> None:
    """Verify th cells of the first row label the cells of each row below."""
    doc = _read(
        _html(
            "<table><tr><th>Manquement</th><th>Pénalité</th></tr>"
            "<tr><td>Retard de livraison</td><td>100 € par jour</td></tr>"
            "<tr><td>Manquement à l'article 12</td><td>2 500 €</td></tr></table>"
        )
    )
    assert _kinds_texts(doc) == [
        (R, "Manquement: Retard de livraison | Pénalité: 100 € par jour"),
        (R, "Manquement: Manquement à l'article 12 | Pénalité: 2 500 €"),
    ]


def test_entities_and_soft_hyphens() -> None:
    """Verify HTML entities decode, &shy; vanishes and &nbsp; is a space."""
    doc = _read(_html("<p>R&amp;D&nbsp;&nbsp;werk&shy;nemers &eacute;&#233; &lt;b&gt;</p>"))
    assert doc.blocks[0].text == "R&D werknemers éé <b>"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('<meta charset="windows-1252"><p>Société</p>'.encode("cp1252"), "Société"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<p>Société</p>".encode("latin-1"),
            "Société",
        ),
        ("<p>Société</p>".encode("cp1252"), "Société"),  # no charset: cp1252 fallback
        ('<meta charset="utf-8"><p>Société</p>'.encode(), "Société"),
        (codecs.BOM_UTF8 + "<p>Société</p>".encode(), "Société"),
        (codecs.BOM_UTF16_LE + "<p>Société</p>".encode("utf-16-le"), "Société"),
        ('<meta charset="utf-16"><p>Société</p>'.encode(), "Société"),  # wrong: ignored
        ('<meta charset="no-such-codec"><p>Société</p>'.encode(), "Société"),
    ],
)
def test_decoding(data: bytes, expected: str) -> None:
    """Verify BOM, meta charset and the text fallbacks decide the encoding."""
    assert expected in decode_html(data)
    assert [b.text for b in read(data, "x.html", ReadLimits()).blocks] == [expected]


def test_xml_declaration_is_accepted() -> None:
    """Verify an XHTML file with an XML declaration parses."""
    data = b'<?xml version="1.0" encoding="utf-8"?><html><body><p>Caf\xc3\xa9</p></body></html>'
    assert _kinds_texts(_read(data, "x.xhtml.html")) == [(P, "Café")]


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    """Verify the parser never loads a DTD or an external entity."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    data = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<html><body><p>Before &xxe; after.</p><img src="http://127.0.0.1:9/x.png"></body></html>'
    ).encode()
    doc = _read(data)
    assert "TOPSECRETVALUE" not in doc.text
    assert "Before" in doc.text


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>   \n </body></html>",
        b"<html><head><title>Only a title</title></head></html>",
        b"<!-- only a comment -->",
        b"<script>alert(1)</script>",
    ],
)
def test_no_text_is_unreadable(data: bytes) -> None:
    """Verify an HTML file without body text is unreadable with "no text in document"."""
    doc = _read(data)
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error == "no text in document"


def test_html_sniffed_by_content_in_txt_file() -> None:
    """Verify HTML saved as .txt is read as HTML."""
    doc = _read(_html("<h2>Titel van het document</h2><p>Tekst van de paragraaf.</p>"), "a.txt")
    assert doc.format == "html"
    assert [b.kind for b in doc.blocks] == [H, P]


def test_paragraph_numbers_and_offsets() -> None:
    """Verify paragraphs count from 1 and every block's offsets point at its text."""
    doc = _read(
        _html("<h1>T</h1><p>a<br>b</p><ul><li>c</li></ul><table><tr><td>d</td></tr></table>")
    )
    assert [b.paragraph for b in doc.blocks] == [1, 2, 3, 4]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def test_deep_nesting_is_walked() -> None:
    """Verify deep markup (200 levels) is walked without recursion."""
    data = "<div>" * 200 + "<p>Deep text.</p>" + "</div>" * 200
    assert [b.text for b in html_to_blocks(data)] == ["Deep text."]


def test_pathological_nesting_fails_cleanly() -> None:
    """Verify markup deeper than libxml2's limit gives a status, not an exception."""
    data = ("<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000).encode()
    doc = _read(data)
    assert doc.status in (DocStatus.OK, DocStatus.UNREADABLE)
    assert doc.status == DocStatus.OK or doc.error == "no text in document"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    """Verify arbitrary bytes given to the HTML reader never raise."""
    out = read(data, "x.html", ReadLimits())
    assert all(b.text.strip() for b in out.blocks)
