"""Read every real document in ../shared/realdocs in place (never copied into the repo).

Each file must go through `read_document` without raising and end with status ok or a
non-empty error. A file whose format's reader module does not import yet is skipped, so
the test runs on the formats that exist today and covers the rest once they land.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from checker.document import DocStatus
from checker.readers import READERS, read_document
from checker.readers.sniff import UnsupportedFormat, sniff_format

pytestmark = pytest.mark.realdocs

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
SKIPPED_FOLDERS = {"cuad_perf", "cuad_perf_pdf"}
SKIPPED_NAMES = {"SOURCES.md", "_index.csv"}
ABSENT = "(realdocs absent)"
_SOURCES_ROW = re.compile(r"^\|\s*`(?P<file>[^`]+)`\s*\|[^|]*\|\s*(?P<lang>[A-Z]{2})\b")

LANGUAGE_FILES = [
    "fr_grenoble_inp/CCAP_2026FCSSA0025.pdf",
    "minvws_nl/Crypto Raamwerk.docx",
    "ccs_uk/schedule31.pdf",
    "be_buildwise_lastenboek/Anoniem_Lastenboek_parsed.md",
    "be_buildwise_lastenboek/cathlabarchitectlb_parsed.md",
    "nl_wetten_overheid/BWBR0035033/README.md",
    "policies_en/policy.md",
    "gsa18f_us/tts-buy-cloud-support-services/RFQ.md",
    "cuad_clause_examples/ACCURAYINC_09_01_2010-EX-10.31-DISTRIBUTOR AGREEMENT.txt",
    "vsgp_fr/AE.docx",
]
SCANNED = ["scanned_image_only/enron1.pdf", "scanned_image_only/blg-1007826.pdf"]
LEGACY_DOC = "ccs_uk/Call-Off Schedule 2 - Staff Transfer v1.4.doc"


def _documents() -> list[str]:
    if not REALDOCS.is_dir():
        return [ABSENT]
    return sorted(
        p.relative_to(REALDOCS).as_posix()
        for p in REALDOCS.rglob("*")
        if p.is_file()
        and p.name not in SKIPPED_NAMES
        and not SKIPPED_FOLDERS.intersection(p.relative_to(REALDOCS).parts)
    )


@lru_cache(maxsize=1)
def _sources_languages() -> dict[str, str]:
    """Return file -> language ("en", "nl", "fr") from SOURCES.md's Lang column."""
    rows = (_SOURCES_ROW.match(line) for line in (REALDOCS / "SOURCES.md").open(encoding="utf-8"))
    return {m.group("file"): m.group("lang").lower() for m in rows if m}


@pytest.fixture
def realdocs() -> Path:
    """Return the realdocs folder, or skip when it is absent."""
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs not present")
    return REALDOCS


def _require_reader(path: Path) -> None:
    """Skip when the reader module for the file's (sniffed) format does not import yet."""
    try:
        fmt = sniff_format(path.read_bytes(), path.suffix)
    except UnsupportedFormat:
        return  # the dispatcher answers without a reader
    pytest.importorskip(READERS[fmt], reason=f"{READERS[fmt]} does not import yet")


@pytest.mark.parametrize("rel", _documents())
def test_every_document_reads(realdocs: Path, rel: str) -> None:
    """Verify each real file reads without raising: status ok with blocks, or an error."""
    path = realdocs / rel
    _require_reader(path)
    doc = read_document(path)
    if doc.status == DocStatus.OK:
        assert doc.blocks, "status ok but no blocks"
        assert doc.error is None
        assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
    else:
        assert doc.error and doc.error.strip(), f"status {doc.status.value} without a reason"


@pytest.mark.parametrize("rel", LANGUAGE_FILES)
def test_document_language_matches_sources(realdocs: Path, rel: str) -> None:
    """Verify the detected language equals SOURCES.md's Lang column."""
    expected = _sources_languages().get(rel)
    assert expected, f"{rel} is not listed in SOURCES.md"
    path = realdocs / rel
    _require_reader(path)
    doc = read_document(path)
    assert doc.status == DocStatus.OK, doc.error
    assert doc.language == expected, doc.languages


@pytest.mark.parametrize("rel", SCANNED)
def test_scanned_pdfs_are_unreadable(realdocs: Path, rel: str) -> None:
    """Verify image-only PDFs are unreadable with a reason."""
    path = realdocs / rel
    _require_reader(path)
    doc = read_document(path)
    assert doc.status == DocStatus.UNREADABLE
    assert doc.error


def test_legacy_doc_is_unsupported(realdocs: Path) -> None:
    """Verify the Word 97-2003 .doc is an error "unsupported format"."""
    doc = read_document(realdocs / LEGACY_DOC)
    assert doc.status == DocStatus.ERROR
    assert doc.error is not None and doc.error.startswith("unsupported format")
    assert ".doc" in doc.error


def test_dutch_regulation_article_numbers(realdocs: Path) -> None:
    """Verify "### Artikel  16" gives article 16 and "15.3. Koper kan" article 15.3."""
    doc = read_document(realdocs / "nl_wetten_overheid/BWBR0035022/README.md")
    assert doc.status == DocStatus.OK
    headings = [b for b in doc.blocks if b.text == "Artikel 16"]
    assert headings and all(b.article == "16" for b in headings)
    koper = [b for b in doc.blocks if b.text.startswith("15.3. Koper kan")]
    assert len(koper) == 1 and koper[0].article == "15.3"
    behoud = next(b for b in doc.blocks if b.text == "Behoud recht nakoming te vorderen")
    assert behoud.article == "16"
    assert behoud.heading_path[-2:] == ("Artikel 16", "Behoud recht nakoming te vorderen")
