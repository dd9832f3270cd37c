"""Tests of the DOCX reader on generated packages and on the real documents in realdocs."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from docx_factory import (
    DocxParts,
    abstract_num,
    build_docx,
    cell,
    level,
    notes_part,
    num,
    numbering_part,
    para,
    run,
    sect_pr,
    story_part,
    style,
    styles_part,
    table,
    text_box,
    zip_bytes,
)

from checker.document import Block, BlockKind, DocStatus, Document
from checker.errors import DocumentReadError
from checker.readers import docx as docx_reader
from checker.readers import read_bytes, read_document
from checker.readers.base import ReadLimits

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
CORE_TERMS = "ccs_uk/Core Terms FM1.4 CCSv2.7 161117.docx"
SPECIFICATION = "ccs_uk/Framework Schedule 1 - Specification v.1-4.docx"
LEGACY_DOC = "ccs_uk/Call-Off Schedule 2 - Staff Transfer v1.4.doc"
CLAUSE = "The Contractor shall not discriminate against any employee on grounds of origin."


def _read(body: str, parts: DocxParts | None = None) -> Document:
    doc = read_bytes(build_docx(body, parts), "test.docx")
    assert doc.status == DocStatus.OK, doc.error
    return doc


def _texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def _block(doc: Document, text: str) -> Block:
    found = [b for b in doc.blocks if b.text == text]
    assert len(found) == 1, (text, _texts(doc))
    return found[0]


# --- body order, tables ---------------------------------------------------------------------


def test_a_data_table_is_read_by_rows_under_its_header() -> None:
    """Verify a penalty table gives one block per row, each cell after its column label."""
    rows = [
        ["Item", "Breach", "Penalty"],
        ["1", "Late start of a cleaning shift", "EUR 100 per shift"],
        ["2", "Breach of clause 12.1 (non-discrimination)", "EUR 5,000"],
    ]
    doc = _read(para("Schedule 8 - Penalties") + table(rows))
    assert _texts(doc, BlockKind.TABLE_ROW) == [
        "Item: 1 | Breach: Late start of a cleaning shift | Penalty: EUR 100 per shift",
        "Item: 2 | Breach: Breach of clause 12.1 (non-discrimination) | Penalty: EUR 5,000",
    ]


def test_a_table_that_lays_out_text_keeps_its_cells() -> None:
    """Verify a table holding running text (an article in a cell) is read cell by cell."""
    article = "The Contractor shall not discriminate against any employee. " * 12
    doc = _read(table([["Article 12", article.strip()]]))
    assert _texts(doc, BlockKind.TABLE_CELL) == ["Article 12", article.strip()]


def test_body_order_with_tables_and_nested_cells() -> None:
    """Verify paragraphs and (nested) table cells come in body order, counted as paragraphs."""
    inner = table([["Inner A", "Inner B"]])
    body = (
        para("Intro paragraph before the table.")
        + table([["Criterion", "Weight"], [cell(para("Outer cell") + inner + para("After")), "50"]])
        + para("Closing paragraph after the table.")
    )
    doc = _read(body)
    assert _texts(doc) == [
        "Intro paragraph before the table.",
        "Criterion",
        "Weight",
        "Outer cell",
        "Inner A | Inner B",
        "After",
        "50",
        "Closing paragraph after the table.",
    ]
    assert [b.paragraph for b in doc.blocks] == list(range(1, 9))
    c, r = BlockKind.TABLE_CELL, BlockKind.TABLE_ROW
    assert [b.kind for b in doc.blocks][1:7] == [c, c, c, r, c, c]
    assert doc.blocks[0].kind == doc.blocks[-1].kind == BlockKind.PARAGRAPH
    assert doc.pages is None and all(b.page is None for b in doc.blocks)


def test_merged_cells_are_not_repeated() -> None:
    """Verify gridSpan and vMerge continuation cells do not repeat the merged text."""
    body = table(
        [
            [cell("Spanning two columns", span=2), cell("Tall cell", vmerge="restart")],
            [cell("Left"), cell("Right"), cell("", vmerge="continue")],
        ]
    )
    doc = _read(body)
    assert _texts(doc) == ["Spanning two columns | Tall cell", "Left | Right"]


def test_python_docx_document_with_merged_cells_and_headings() -> None:
    """Verify a document written by python-docx: real Heading styles and merged cells."""
    import docx

    document = docx.Document()
    document.add_heading("Scope of the contract", level=1)
    document.add_heading("Staff", level=2)
    document.add_paragraph("The supplier employs its own staff.")
    tbl = document.add_table(rows=3, cols=3)
    tbl.cell(0, 0).merge(tbl.cell(0, 2)).text = "Merged across"
    tbl.cell(1, 0).merge(tbl.cell(2, 0)).text = "Merged down"
    for row, col, text in [(1, 1, "B"), (1, 2, "C"), (2, 1, "D"), (2, 2, "E")]:
        tbl.cell(row, col).text = text
    buf = io.BytesIO()
    document.save(buf)
    doc = read_bytes(buf.getvalue(), "written.docx")
    assert doc.status == DocStatus.OK, doc.error
    heading = _block(doc, "Scope of the contract")
    assert (heading.kind, heading.level) == (BlockKind.HEADING, 1)
    assert _block(doc, "Staff").level == 2
    rows = ["Merged across", "Merged down | B | C", "D | E"]
    assert _texts(doc, BlockKind.TABLE_ROW) == rows


# --- headings and numbering -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("styles", "ppr", "expected"),
    [
        ([style("Heading2", "heading 2")], "", 2),
        ([style("Titre3", "Titre 3")], "", 3),
        ([style("Kop1", "Kop 1")], "", 1),
        ([style("Base", "Base", outline=3), style("Child", "Child", based_on="Base")], "", 4),
        ([style("Normal", "Normal")], '<w:outlineLvl w:val="1"/>', 2),
    ],
)
def test_heading_levels(styles: list[str], ppr: str, expected: int) -> None:
    """Verify heading levels from style names (en/fr/nl), inherited and direct outline levels."""
    style_id = styles[-1].split('w:styleId="')[1].split('"')[0]
    body = para("Obligations of the contractor", style=style_id, ppr=ppr) + para(CLAUSE)
    doc = _read(body, DocxParts(styles=styles_part(*styles)))
    heading = doc.blocks[0]
    assert (heading.kind, heading.level) == (BlockKind.HEADING, expected)
    assert doc.blocks[1].kind == BlockKind.PARAGRAPH and doc.blocks[1].level is None


def test_multilevel_decimal_numbering_gives_article() -> None:
    """Verify "%1.%2." from start 12 draws 12, 12.1 ... 12.3 and becomes the block's article."""
    numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1.", start=12), level(1, "decimal", "%1.%2.")),
        num(1, 1),
    )
    body = para("Social conditions", num=(1, 0)) + "".join(
        para(f"Sub clause {i}.", num=(1, 1)) for i in range(1, 4)
    )
    body += para(CLAUSE)
    doc = _read(body, DocxParts(numbering=numbering))
    assert [b.number for b in doc.blocks] == ["12", "12.1", "12.2", "12.3", None]
    assert doc.blocks[3].article == "12.3"
    assert doc.blocks[4].article == "12.3"  # an unnumbered paragraph stays in the article
    assert {b.kind for b in doc.blocks[:4]} == {BlockKind.LIST_ITEM}
    assert "12" not in doc.blocks[3].text  # the drawn number is not put into the text


def test_deeper_level_restarts_after_upper_level() -> None:
    """Verify level 2 restarts at 1 under a new level-1 number."""
    numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1."), level(1, "decimal", "%1.%2")), num(1, 1)
    )
    body = "".join(
        para(t, num=(1, lvl))
        for t, lvl in [("One", 0), ("One a", 1), ("One b", 1), ("Two", 0), ("Two a", 1)]
    )
    doc = _read(body, DocxParts(numbering=numbering))
    assert [b.number for b in doc.blocks] == ["1", "1.1", "1.2", "2", "2.1"]


def test_article_lvltext_from_heading_style() -> None:
    """Verify "Article %1" numbering carried by the Heading 1 style gives articles 1, 2."""
    styles = styles_part(style("Heading1", "heading 1", num=(5, 0)))
    numbering = numbering_part(
        abstract_num(3, level(0, "decimal", "Article %1", pstyle="Heading1")), num(5, 3)
    )
    body = (
        para("Object of the contract", style="Heading1")
        + para("The contract covers cleaning services.")
        + para("Equal treatment of workers", style="Heading1")
        + para(CLAUSE)
    )
    doc = _read(body, DocxParts(styles=styles, numbering=numbering))
    first, _, second, clause = doc.blocks
    assert (first.kind, first.level, first.number, first.article) == (
        BlockKind.HEADING,
        1,
        "1",
        "1",
    )
    assert (second.number, second.article) == ("2", "2")
    assert clause.article == "2" and clause.kind == BlockKind.PARAGRAPH
    assert clause.heading_path == ("Equal treatment of workers",)


def test_style_numbering_level_found_through_pstyle() -> None:
    """Verify styles whose numPr has no ilvl take the level whose w:pStyle names them."""
    styles = styles_part(
        style("Heading1", "heading 1", num=(4, None)),
        style("Heading2", "heading 2", num=(4, None)),
    )
    numbering = numbering_part(
        abstract_num(
            2,
            level(0, "decimal", "Art. %1", pstyle="Heading1"),
            level(1, "decimal", "%1.%2.", pstyle="Heading2"),
        ),
        num(4, 2),
    )
    body = "".join(
        para(text, style=sid)
        for text, sid in [
            ("General", "Heading1"),
            ("Definitions", "Heading2"),
            ("Scope", "Heading2"),
            ("Social clauses", "Heading1"),
            ("Equal treatment", "Heading2"),
        ]
    )
    doc = _read(body + para(CLAUSE), DocxParts(styles=styles, numbering=numbering))
    assert [b.number for b in doc.blocks] == ["1", "1.1", "1.2", "2", "2.1", None]
    assert [b.level for b in doc.blocks[:5]] == [1, 2, 2, 1, 2]
    assert doc.blocks[-1].article == "2.1"
    assert doc.blocks[-1].heading_path == ("Social clauses", "Equal treatment")


def test_artikel_lvltext_with_trailing_dot() -> None:
    """Verify "Artikel %1." draws the digits only: "3"."""
    numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "Artikel %1.", start=3)), num(2, 1)
    )
    doc = _read(para("Sociale bepalingen", num=(2, 0)), DocxParts(numbering=numbering))
    assert doc.blocks[0].number == "3" and doc.blocks[0].article == "3"


def test_start_override_restarts_a_shared_list() -> None:
    """Verify a second w:num with startOverride restarts; one without it continues."""
    numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1.")),
        num(1, 1),
        num(2, 1, starts={0: 7}),
        num(3, 1),
    )
    body = (
        para("First", num=(1, 0))
        + para("Second", num=(1, 0))
        + para("Restarted", num=(2, 0))
        + para("Continued", num=(2, 0))
        + para("Shared counter", num=(3, 0))
    )
    doc = _read(body, DocxParts(numbering=numbering))
    assert [b.number for b in doc.blocks] == ["1", "2", "7", "8", "9"]


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        ("lowerLetter", "(%1)", ["a", "b", "c"]),
        ("upperLetter", "%1.", ["A", "B", "C"]),
        ("lowerRoman", "%1)", ["i", "ii", "iii"]),
        ("upperRoman", "%1", ["I", "II", "III"]),
        ("bullet", "\u2022", [None, None, None]),
    ],
)
def test_number_formats(fmt: str, text: str, expected: list[str | None]) -> None:
    """Verify letters and roman numerals drawn without punctuation; bullets give no number."""
    numbering = numbering_part(abstract_num(1, level(0, fmt, text)), num(1, 1))
    body = "".join(para(f"Item {i} of the list", num=(1, 0)) for i in range(3))
    doc = _read(body, DocxParts(numbering=numbering))
    assert [b.number for b in doc.blocks] == expected
    assert {b.kind for b in doc.blocks} == {BlockKind.LIST_ITEM}


# --- revisions, comments, fields ------------------------------------------------------------


def test_tracked_deletion_excluded_and_insertion_included() -> None:
    """Verify w:del text (w:delText) is gone and w:ins text is kept."""
    deleted = f'<w:del w:id="1" w:author="A"><w:r><w:delText>{CLAUSE}</w:delText></w:r></w:del>'
    inserted = '<w:ins w:id="2" w:author="A">' + run("Workers are paid on time.") + "</w:ins>"
    body = para(runs=run("Obligations: ") + deleted + inserted)
    body += f'<w:del w:id="3" w:author="A"><w:p>{run("Deleted block paragraph.")}</w:p></w:del>'
    doc = _read(body)
    assert "shall not discriminate" not in doc.text
    assert "Deleted block" not in doc.text
    assert _texts(doc) == ["Obligations: Workers are paid on time."]


def test_moved_text_counts_once() -> None:
    """Verify w:moveFrom text is excluded and w:moveTo text included."""
    text = "Subcontractors are bound by the same obligations."
    body = para(runs=f'<w:moveFrom w:id="1" w:author="A">{run(text)}</w:moveFrom>')
    body += para("Middle paragraph.")
    body += para(runs=f'<w:moveTo w:id="2" w:author="A">{run(text)}</w:moveTo>')
    doc = _read(body)
    assert _texts(doc) == ["Middle paragraph.", text]


def test_comments_are_not_text() -> None:
    """Verify comment ranges, references and the comments part add no text."""
    comments = story_part(
        "comments", '<w:comment w:id="0" w:author="A">' + para("REVIEWER REMARK") + "</w:comment>"
    )
    runs = (
        '<w:commentRangeStart w:id="0"/>'
        + run("The contractor respects labour law.")
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    )
    doc = _read(para(runs=runs), DocxParts(comments=comments))
    assert _texts(doc) == ["The contractor respects labour law."]
    assert "REVIEWER" not in doc.text


def test_field_code_hidden_and_result_kept() -> None:
    """Verify instrText is skipped and the field result kept; fldSimple shows its result."""
    runs = (
        run("See page ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("4")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + '<w:fldSimple w:instr=" NUMPAGES ">'
        + run(" of 9")
        + "</w:fldSimple>"
    )
    doc = _read(para(runs=runs))
    assert _texts(doc) == ["See page 4 of 9"]


def test_special_characters() -> None:
    """Verify tab, line break, soft hyphen and non-breaking hyphen handling."""
    runs = (
        "<w:r><w:t>Labour</w:t><w:tab/><w:t>law</w:t><w:br/><w:t>second</w:t>"
        "<w:softHyphen/><w:t>line</w:t><w:cr/><w:t>non</w:t><w:noBreakHyphen/>"
        "<w:t>discrimination</w:t></w:r>"
    )
    doc = _read(para(runs=runs))
    assert _texts(doc) == ["Labour law\nsecondline\nnon-discrimination"]


# --- notes, headers, footers, text boxes ----------------------------------------------------


def test_footnotes_and_endnotes_are_footnote_blocks() -> None:
    """Verify notes become FOOTNOTE blocks after the body; separators are skipped."""
    body = para(runs=run("Body text") + '<w:r><w:footnoteReference w:id="1"/></w:r>')
    parts = DocxParts(
        footnotes=notes_part("footnote", "Law of 10 May 2007."),
        endnotes=notes_part("endnote", "Endnote about Unia."),
    )
    doc = _read(body, parts)
    assert _texts(doc) == ["Body text", "Law of 10 May 2007.", "Endnote about Unia."]
    assert [b.kind for b in doc.blocks[1:]] == [BlockKind.FOOTNOTE] * 2
    assert doc.blocks[1].article is None and doc.blocks[1].paragraph is None


def test_a_footnote_follows_its_call_and_takes_its_article() -> None:
    """Verify a note read right after the paragraph that calls it, in that paragraph's
    article; a call in a table goes after the table; a deleted call calls nothing."""
    numbering = numbering_part(
        abstract_num(1, level(0, "decimal", "%1."), level(1, "decimal", "%1.%2.")), num(1, 1)
    )
    call = '<w:r><w:footnoteReference w:id="{}"/></w:r>'
    deleted = '<w:del w:id="9" w:author="L"><w:r><w:footnoteReference w:id="3"/></w:r></w:del>'
    body = (
        para("Equal treatment", num=(1, 0))
        + para(
            runs=run("The Contractor shall not discriminate on a prohibited ground.")
            + call.format(1),
            num=(1, 1),
        )
        + para("The Contractor keeps records.", num=(1, 1))
        + f"<w:tbl><w:tr>{cell(para(runs=run('Penalty') + call.format(2)))}</w:tr></w:tbl>"
        + para(runs=run("Payment within 30 days.") + deleted, num=(1, 0))
    )
    notes = notes_part(
        "footnote", "The grounds of the Equality Act 2010: age, sex.", "Per day.", "Struck."
    )
    doc = _read(body, DocxParts(numbering=numbering, footnotes=notes))
    texts = _texts(doc)
    assert texts[2] == "The grounds of the Equality Act 2010: age, sex."
    ground = doc.blocks[2]
    assert (ground.kind, ground.article) == (BlockKind.FOOTNOTE, "1.1")
    assert texts.index("Per day.") == texts.index("Penalty") + 1
    assert texts[-1] == "Struck."  # uncalled (its call was deleted): at the end, as before


def test_lettered_points_stay_in_their_article() -> None:
    """Verify drawn points "(a)", "(b)" under 20.1 are in article 20.1, not articles a, b."""
    numbering = numbering_part(
        abstract_num(
            1,
            level(0, "decimal", "%1.", start=20),
            level(1, "decimal", "%1.%2."),
            level(2, "lowerLetter", "(%3)"),
        ),
        num(1, 1),
    )
    body = (
        para("Termination", num=(1, 0))
        + para("The Council may terminate the Contract if the Contractor:", num=(1, 1))
        + para("breaches Article 9;", num=(1, 2))
        + para("becomes insolvent.", num=(1, 2))
    )
    doc = _read(body, DocxParts(numbering=numbering))
    assert [b.article for b in doc.blocks] == ["20", "20.1", "20.1", "20.1"]


def test_headers_and_footers_once_per_text() -> None:
    """Verify two sections with identical header text give one HEADER; footer comes last."""
    header = story_part("hdr", para("City of Ghent - Tender 2025/7"))
    parts = DocxParts(
        headers={"rIdH1": header, "rIdH2": header},
        footers={"rIdF1": story_part("ftr", para("Page footer"))},
    )
    first_section = para(ppr=sect_pr({"rIdH1": ""}, {"rIdF1": ""}))
    body = para("Section one text.") + first_section + para("Section two text.")
    body += sect_pr({"rIdH2": ""}, {"rIdF1": ""})
    doc = read_bytes(build_docx(body, parts, final_sect=False), "sections.docx")
    assert _texts(doc) == [
        "City of Ghent - Tender 2025/7",
        "Section one text.",
        "Section two text.",
        "Page footer",
    ]
    assert [b.kind for b in doc.blocks] == [
        BlockKind.HEADER,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.FOOTER,
    ]
    assert [b.text for b in doc.body_blocks] == ["Section one text.", "Section two text."]


def test_text_box_read_once() -> None:
    """Verify a text box (mc:Choice with a VML fallback copy) gives one separate block."""
    box = text_box(para("Boxed: equal opportunities apply."))
    doc = _read(para(runs=run("Anchor paragraph.") + box) + para("Next paragraph."))
    assert _texts(doc) == [
        "Anchor paragraph.",
        "Boxed: equal opportunities apply.",
        "Next paragraph.",
    ]


# --- failures -------------------------------------------------------------------------------


def test_zip_bomb_refused() -> None:
    """Verify an entry that inflates more than 100:1 is refused before parsing."""
    bomb = b"<w:document/>" + b" " * (20 * 1024 * 1024)
    files = {"word/document.xml": bomb, "[Content_Types].xml": b"<Types/>"}
    doc = read_bytes(zip_bytes(files), "bomb.docx")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("refused: decompression bomb")


def test_total_unpacked_size_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify the total declared size cap applies too (lowered here to keep the test small)."""
    monkeypatch.setattr("checker.readers.xmlsafe.MAX_UNZIPPED_BYTES", 1000)
    doc = read_bytes(build_docx(para("x" * 2000)), "big.docx")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and "decompression bomb" in doc.error


def test_truncated_docx_is_error() -> None:
    """Verify a truncated DOCX is an error, not a crash."""
    data = build_docx(para("Some text in a document that gets cut off."))
    doc = read_bytes(data[: len(data) // 2], "cut.docx")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and "corrupt or truncated" in doc.error


def test_damaged_entry_is_corrupt_docx() -> None:
    """Verify a zip whose document.xml data is damaged gives "corrupt or truncated DOCX"."""
    data = bytearray(build_docx(para("Clause text " * 200)))
    start = data.find(b"word/document.xml") + len("word/document.xml")
    data[start + 10 : start + 60] = b"\x00" * 50
    doc = read_bytes(bytes(data), "damaged.docx")
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("corrupt or truncated DOCX")


def test_missing_document_part_is_error() -> None:
    """Verify the reader itself refuses a package without word/document.xml."""
    data = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"})
    with pytest.raises(DocumentReadError) as info:
        docx_reader.read(data, "nodoc.docx", ReadLimits())
    assert info.value.status == "error"
    assert info.value.reason.startswith("corrupt or truncated DOCX")


def test_empty_docx_is_unreadable() -> None:
    """Verify a DOCX without text is unreadable with a reason."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    doc = read_bytes(buf.getvalue(), "empty.docx")
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error == "no text in document"


def test_external_entity_not_read() -> None:
    """Verify an XXE entity in document.xml does not pull /etc/passwd into the text."""
    data = build_docx(para("Start &xxe; end"))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    doctype = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    files["word/document.xml"] = doctype + files["word/document.xml"]
    doc = read_bytes(zip_bytes(files), "xxe.docx")
    assert doc.status == DocStatus.OK, doc.error
    assert "root:" not in doc.text and doc.text.startswith("Start")


def test_too_much_text_is_error() -> None:
    """Verify the max_chars limit is enforced."""
    data = build_docx(para("word " * 100))
    doc = read_bytes(data, "long.docx", ReadLimits(max_chars=100))
    assert doc.status == DocStatus.ERROR and doc.error and doc.error.startswith("too large")


def test_sniffed_by_content_not_suffix() -> None:
    """Verify a DOCX saved with a wrong extension is still read as DOCX."""
    with zipfile.ZipFile(io.BytesIO(build_docx(para("Hello")))) as zf:
        assert "word/document.xml" in zf.namelist()
    doc = read_bytes(build_docx(para("Tender conditions apply.")), "renamed.odt")
    assert doc.format == "docx" and doc.status == DocStatus.OK


# --- real documents -------------------------------------------------------------------------


@pytest.fixture
def realdocs() -> Path:
    """Return the realdocs folder, or skip when it is absent."""
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs not present")
    return REALDOCS


def _real_docx() -> list[str]:
    if not REALDOCS.is_dir():
        return ["(realdocs absent)"]
    return sorted(p.relative_to(REALDOCS).as_posix() for p in REALDOCS.rglob("*.docx"))


@pytest.mark.realdocs
@pytest.mark.parametrize("rel", _real_docx())
def test_real_docx_reads_ok(realdocs: Path, rel: str) -> None:
    """Verify every real .docx reads with status ok and consistent offsets."""
    doc = read_document(realdocs / rel)
    assert doc.status == DocStatus.OK, doc.error
    assert doc.format == "docx" and doc.blocks
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


@pytest.mark.realdocs
def test_core_terms_equality_clause(realdocs: Path) -> None:
    """Verify clause 28 "Equality, diversity and human rights" and its typed number 28.1."""
    doc = read_document(realdocs / CORE_TERMS)
    assert doc.status == DocStatus.OK, doc.error
    heading = [b for b in doc.blocks if "Equality, diversity and human rights" in b.text]
    assert heading and heading[0].kind == BlockKind.HEADING and heading[0].article == "28"
    clause = [b for b in doc.blocks if b.text.startswith("28.1")]
    assert len(clause) == 1 and clause[0].article == "28.1"
    assert "follow all applicable equality" in clause[0].text


@pytest.mark.realdocs
def test_large_specification_reads_fast(realdocs: Path) -> None:
    """Verify the 62k-word specification reads in a few seconds."""
    started = time.perf_counter()
    doc = read_document(realdocs / SPECIFICATION)
    elapsed = time.perf_counter() - started
    assert doc.status == DocStatus.OK, doc.error
    assert sum(len(b.text.split()) for b in doc.blocks) > 55_000
    assert elapsed < 8, f"{elapsed:.1f} s"


@pytest.mark.realdocs
def test_legacy_doc_unsupported(realdocs: Path) -> None:
    """Verify the Word 97-2003 .doc is an error with "unsupported format"."""
    doc = read_document(realdocs / LEGACY_DOC)
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and "unsupported format" in doc.error


def test_hidden_runs_are_skipped_and_counted() -> None:
    """Verify text formatted as hidden (w:vanish) is not read, vanish val=0 is, with a warning."""
    runs = (
        run("The contractor respects labour law.")
        + run(
            " The contractor shall not discriminate on grounds of origin.",
            "<w:rPr><w:vanish/></w:rPr>",
        )
        + run(" Visible again.", '<w:rPr><w:vanish w:val="0"/></w:rPr>')
    )
    doc = _read(para(runs=runs))
    assert _texts(doc) == ["The contractor respects labour law. Visible again."]
    assert "discriminate" not in doc.text
    assert "1 hidden text run(s) skipped (w:vanish)" in doc.warnings


def test_no_hidden_runs_no_warning() -> None:
    doc = _read(para("The contractor respects labour law."))
    assert not any("hidden" in w for w in doc.warnings)
