"""Tests of the shared reading layer: dispatch, sniffing, structure, language and quality."""

from __future__ import annotations

import codecs
import hashlib
import importlib.util
import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker.readers as readers
from checker.document import Block, BlockKind, DocStatus
from checker.errors import DocumentReadError
from checker.language import detect_language, document_language
from checker.quality import GARBLED_THRESHOLD, text_quality
from checker.readers import read_bytes, read_document
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.sniff import UnsupportedFormat, sniff_format
from checker.readers.structure import assign_structure, number_of

NL = (
    "De opdrachtnemer zorgt ervoor dat alle werknemers gelijk worden behandeld bij de "
    "uitvoering van de opdracht."
)
FR = (
    "Le titulaire veille à ce que tous les travailleurs soient traités de manière égale "
    "dans l'exécution du marché."
)
EN = (
    "The Supplier shall ensure that all workers are treated equally in the performance "
    "of the contract."
)
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _garbled(n: int = 80) -> str:
    rng = random.Random(7)
    symbols = "3$5,6&/(#ĲŀƝ%*+=<>"
    return " ".join(
        "".join(rng.choice(symbols) for _ in range(rng.randint(2, 7))) for _ in range(n)
    )


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


# ---------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("data", "suffix", "expected"),
    [
        (b"%PDF-1.7\n...", ".txt", "pdf"),
        (b"\r\n  junk before %PDF-1.4\n", ".pdf", "pdf"),
        (_zip({"word/document.xml": b"<w:document/>"}), ".pdf", "docx"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), ".zip", "odt"),
        (_zip({"content.xml": b"<office:document-content/>"}), ".odt", "odt"),
        (b"<!DOCTYPE html><html><body>x</body></html>", ".txt", "html"),
        (b"<div>x</div><body>y</body>", ".txt", "html"),
        (b"<!DOCTYPE html><html><body>x</body></html>", ".md", "md"),
        (b"# Title\n\ntext", ".md", "md"),
        (b"# Title\n\ntext", ".markdown", "md"),
        (b"Plain text", ".TXT", "txt"),
        (b"Plain text", ".csv", "txt"),
        (b"Plain text", ".htm", "html"),
        (codecs.BOM_UTF16_LE + "Tekst".encode("utf-16-le"), ".txt", "txt"),
        (codecs.BOM_UTF16_BE + "Texte".encode("utf-16-be"), ".txt", "txt"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_sniff_format(data: bytes, suffix: str, expected: str) -> None:
    """Verify the format comes from the content, the suffix only picks a text flavour."""
    assert sniff_format(data, suffix) == expected


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (OLE_HEADER, ".doc"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
        (_zip({"readme.txt": b"x"}), "neither DOCX nor ODT"),
        (b"PK\x03\x04" + b"\x00garbage" * 20, "corrupt"),
        (random.Random(1).randbytes(4096), "binary"),
    ],
    ids=["doc", "rtf", "zip", "bad-zip", "random"],
)
def test_sniff_unsupported(data: bytes, words: str) -> None:
    """Verify unsupported content raises with a message saying what it looks like."""
    with pytest.raises(UnsupportedFormat, match=words):
        sniff_format(data, ".pdf")


# ---------------------------------------------------------------- read_bytes / read_document


def test_pdf_renamed_txt_is_read_as_pdf() -> None:
    """Verify a PDF saved as .txt is read as PDF, or fails as a PDF."""
    doc = read_bytes(_pdf(EN), "contract.txt")
    assert doc.format == "pdf"
    if doc.status == DocStatus.OK:
        assert "Supplier shall ensure" in doc.text
    else:
        assert doc.error


def test_docx_renamed_pdf_is_read_as_docx() -> None:
    """Verify a DOCX saved as .pdf is read as DOCX."""
    doc = read_bytes(_docx([NL, FR]), "bestek.pdf")
    assert doc.format == "docx"
    if not _importable("checker.readers.docx"):
        pytest.skip("checker.readers.docx not written yet")
    assert doc.status == DocStatus.OK, doc.error
    assert "gelijk worden behandeld" in doc.text


@pytest.mark.parametrize(
    ("data", "status", "error_start"),
    [
        (b"", DocStatus.UNREADABLE, "empty file"),
        (b"  \n\t\r\n ", DocStatus.UNREADABLE, "empty file"),
        (
            random.Random(2).randbytes(5000),
            DocStatus.ERROR,
            "unsupported format",
        ),
        (OLE_HEADER, DocStatus.ERROR, "unsupported format: legacy binary Word/OLE document (.doc)"),
        (_zip({"a.txt": b"x"}), DocStatus.ERROR, "unsupported format"),
    ],
    ids=["empty", "blank", "random", "doc", "zip"],
)
def test_read_bytes_failures(data: bytes, status: DocStatus, error_start: str) -> None:
    """Verify empty, random and legacy input give a status and reason, never an exception."""
    doc = read_bytes(data, "input.pdf")
    assert doc.status == status
    assert doc.error is not None and doc.error.startswith(error_start)
    assert doc.blocks == ()
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_read_bytes_too_large() -> None:
    """Verify input over the byte limit is an error that names the limit."""
    doc = read_bytes(b"x" * 2000, "big.txt", ReadLimits(max_bytes=1000))
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("too large")


@pytest.mark.parametrize(
    ("exc", "status", "error"),
    [
        (
            DocumentReadError("x.txt", "password protected", "unreadable"),
            DocStatus.UNREADABLE,
            "password protected",
        ),
        (DocumentReadError("x.txt", "bad header", "error"), DocStatus.ERROR, "bad header"),
        (ValueError("boom"), DocStatus.ERROR, "corrupt or unreadable txt (boom)"),
        (MemoryError(), DocStatus.ERROR, "reader ran out of resources (MemoryError)"),
        (RecursionError(), DocStatus.ERROR, "reader ran out of resources (RecursionError)"),
    ],
)
def test_reader_exceptions_become_statuses(
    monkeypatch: pytest.MonkeyPatch, exc: BaseException, status: DocStatus, error: str
) -> None:
    """Verify whatever a reader raises becomes a status and a one-line reason."""

    def failing(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
        raise exc

    monkeypatch.setattr(readers, "reader_for", lambda fmt: failing)
    doc = read_bytes(b"Some text.", "x.txt")
    assert (doc.status, doc.error, doc.format) == (status, error, "txt")


def test_read_document_from_disk(tmp_path: Path) -> None:
    """Verify files on disk are read, and missing files and folders are errors."""
    path = tmp_path / "clause.txt"
    path.write_text(EN, encoding="utf-8")
    doc = read_document(path)
    assert (doc.status, doc.path, doc.format) == (DocStatus.OK, str(path), "txt")
    missing = read_document(tmp_path / "nope.txt")
    assert (missing.status, missing.error) == (DocStatus.ERROR, "file not found")
    folder = read_document(tmp_path)
    assert (folder.status, folder.error) == (DocStatus.ERROR, "is a directory, not a file")
    small = read_document(path, ReadLimits(max_bytes=10))
    assert small.status == DocStatus.ERROR and (small.error or "").startswith("too large")


# ---------------------------------------------------------------- offsets, language, quality


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (f"TITEL\n\nArt. 1 {NL}\na) {FR}\n\n{EN}".encode(), "a.txt"),
        (f"# Titre\n\n{FR}\n\n| a | b |\n|---|---|\n| {NL} | c |\n\n- {EN}".encode(), "a.md"),
        (f"<h1>T</h1><p>{EN}<br>{EN}</p><ul><li>{FR}</li></ul>".encode(), "a.html"),
    ],
)
def test_offsets_point_at_block_text(data: bytes, name: str) -> None:
    """Verify doc.text[b.start:b.end] == b.text for every block of every text format."""
    doc = read_bytes(data, name)
    assert doc.status == DocStatus.OK
    assert len(doc.blocks) >= 3
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
    assert [b.paragraph for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_offsets_hold_for_any_text(text: str) -> None:
    """Verify offsets and non-empty blocks for arbitrary text, plain and Markdown."""
    for name in ("a.txt", "a.md"):
        doc = read_bytes(text.encode("utf-8"), name)
        assert all(b.text.strip() for b in doc.blocks)
        assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


@pytest.mark.parametrize(("text", "lang"), [(NL, "nl"), (FR, "fr"), (EN, "en")])
def test_language_per_document(text: str, lang: str) -> None:
    """Verify a one-language document and its blocks get that language."""
    doc = read_bytes(f"{text}\n\n{text}".encode(), "a.txt")
    assert doc.language == lang
    assert [b.language for b in doc.blocks] == [lang, lang]


def test_bilingual_document_is_mixed() -> None:
    """Verify a half-Dutch, half-French document is "mixed" with per-block languages."""
    doc = read_bytes("\n\n".join([NL, FR] * 4).encode(), "tweetalig.txt")
    assert doc.language == "mixed"
    assert [b.language for b in doc.blocks] == ["nl", "fr"] * 4
    assert set(doc.languages) == {"nl", "fr"}
    assert all(0.4 <= share <= 0.6 for share in doc.languages.values())


def test_short_leading_blocks_take_the_first_language() -> None:
    """Verify blocks too short to tell inherit a language from their neighbours."""
    doc = read_bytes(f"BESTEK\n\n{NL}\n\nArt. 2\n\n{NL}".encode(), "a.txt")
    assert [b.language for b in doc.blocks] == ["nl"] * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NL, "nl"),
        (FR, "fr"),
        (EN, "en"),
        ("Artikel 5", None),
        ("12 345 678 9 10", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    """Verify language detection per language and None for text too short to tell."""
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([("nl", 60), ("fr", 40)], "mixed"),
        ([("nl", 90), ("fr", 10)], "nl"),
        ([("en", 10), (None, 50)], "en"),
        ([(None, 10)], None),
        ([], None),
    ],
)
def test_document_language(blocks: list[tuple[str | None, int]], expected: str | None) -> None:
    """Verify the document language and the 20 % threshold for "mixed"."""
    assert document_language(blocks)[0] == expected  # type: ignore[arg-type]


def test_garbled_text_is_unreadable() -> None:
    """Verify text from a broken font encoding is unreadable with "garbled" in the reason."""
    doc = read_bytes(_garbled().encode(), "broken.txt")
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error is not None and "garbled" in doc.error
    assert doc.quality is not None and doc.quality < GARBLED_THRESHOLD


@pytest.mark.parametrize("text", [NL, FR, EN])
def test_clean_text_quality_is_high(text: str) -> None:
    """Verify clean prose in each language scores high and reads OK."""
    doc = read_bytes(" ".join([text] * 3).encode(), "clean.txt")
    assert doc.status == DocStatus.OK
    assert doc.quality is not None and doc.quality >= 0.9


def test_quality_of_short_text_is_not_judged() -> None:
    """Verify texts under the token minimum get no quality score."""
    assert text_quality("Art. 5 Sociale clausule") is None
    assert text_quality(_garbled()) is not None


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 12 Le titulaire", "12"),
        ("Artikel 5 §2 De opdrachtnemer", "5 §2"),
        ("Article 7.1 Obligations", "7.1"),
        ("ARTICLE L2141-4 du code", "L2141-4"),
        ("Section 11.11 Notices", "11.11"),
        ("Clause 28 Equality", "28"),
        ("12.3 The Supplier", "12.3"),
        ("15.3. Koper kan", "15.3"),
        ("28. Equality, diversity", "28"),
        ("6.1.2 Engagement d'insertion", "6.1.2"),
        ("30 days after delivery", None),
        ("15 % of the price", None),
        ("The Supplier shall", None),
        ("12.3", None),
    ],
)
def test_number_of(text: str, expected: str | None) -> None:
    """Verify article numbers from article words and bare numbers, not quantities."""
    assert number_of(text) == expected


def _block(text: str, kind: BlockKind = BlockKind.PARAGRAPH, **kw: object) -> Block:
    return Block(text=text, kind=kind, **kw)  # type: ignore[arg-type]


def test_heading_path_follows_levels() -> None:
    """Verify headings nest by level and a same-level heading replaces its sibling."""
    out = assign_structure(
        [
            _block("Bestek", BlockKind.HEADING, level=1),
            _block("Hoofdstuk 1", BlockKind.HEADING, level=2),
            _block("Tekst van het hoofdstuk, lang genoeg om geen titel te zijn, met een punt."),
            _block("Hoofdstuk 2", BlockKind.HEADING, level=2),
            _block("Tekst."),
        ]
    )
    assert [b.heading_path for b in out] == [
        ("Bestek",),
        ("Bestek", "Hoofdstuk 1"),
        ("Bestek", "Hoofdstuk 1"),
        ("Bestek", "Hoofdstuk 2"),
        ("Bestek", "Hoofdstuk 2"),
    ]


def test_article_carries_over_and_ignores_headers() -> None:
    """Verify the article carries to later blocks; running headers do not move it."""
    out = assign_structure(
        [
            _block("Art. 5 Le titulaire respecte le code du travail dans toute son étendue."),
            _block("Page 3 of 12", BlockKind.HEADER),
            _block("Il informe ses sous-traitants de cette obligation sans délai."),
            _block("12.3 Le titulaire tient un registre de son personnel affecté au marché."),
        ]
    )
    assert [b.article for b in out] == ["5", None, "5", "12.3"]


@pytest.mark.parametrize(
    ("item", "number", "article"),
    [
        ("1. Het eerste lid van het artikel.", None, "16"),
        ("2) second point of the list", None, "16"),
        ("a) point a of the list", None, "16"),
        ("Art. 17 Een nieuw artikel in een lijst.", None, "17"),
        ("12.3 Een genummerde bepaling in een lijst.", None, "12.3"),
        ("Tekst van een automatisch genummerd artikel.", "4", "4"),
    ],
)
def test_list_item_numbers(item: str, number: str | None, article: str) -> None:
    """Verify "1." and "2)" enumerate inside an article while drawn numbers still count."""
    out = assign_structure(
        [
            _block("Artikel 16", BlockKind.HEADING, level=3),
            _block(item, BlockKind.LIST_ITEM, number=number),
            _block("Tekst na de lijst, met een punt op het einde van de zin."),
        ]
    )
    assert [b.article for b in out] == ["16", article, article]
    if article == "16":
        assert out[1].heading_path == ("Artikel 16",)


def test_long_text_is_judged_on_a_spread_sample() -> None:
    """Verify a 1,000-page text is scored on slices from all over it, with the same verdict."""
    from checker.quality import SAMPLE_CHARS, sample, text_quality

    clean = "The contractor shall deliver the goods to the buyer within thirty days. " * 9000
    garbled = "Ĳŀ Ɲ3$5,6 &/$86( ƜƝ Ǆǅ ɐɑ ʘʙ 6#% ⁂⁑ " * 9000
    assert len(clean) > SAMPLE_CHARS and len(sample(clean)) <= SAMPLE_CHARS
    assert text_quality(clean) == text_quality(clean[:SAMPLE_CHARS])
    assert (text_quality(garbled) or 0) < 0.55
    # garbling in the second half of a long document still shows in the sample
    half = clean[: len(clean) // 2] + garbled[: len(clean) // 2]
    assert (text_quality(half) or 1) < (text_quality(clean) or 0)
