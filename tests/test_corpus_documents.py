"""Verify the labelled whole-document corpus and the demo set against their files and sources."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from checker.readers.annexes import annex_title

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SETS = ("documents", "demo")
SCANNED = {".pdf", ".docx", ".odt", ".txt", ".md", ".html", ".htm"}
LANGUAGES = {"nl", "fr", "en"}
LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")
ELEMENTS = (
    "commitment",
    "grounds",
    "flowdown",
    "monitoring",
    "action_plan",
    "remedies",
    "applicability",
)
EXEMPLARY = {"commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"}
KEYS = {"file", "language", "level", "elements", "note", "articles"}
REQUIRED = KEYS - {"articles"}
NOT_LISTED = {("documents", "README.md")}


def _load_builder() -> ModuleType:
    path = CORPUS / "tools" / "build_documents.py"
    spec = importlib.util.spec_from_file_location("build_documents", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_documents"] = module
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


def _labels(corpus_set: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((CORPUS / corpus_set / "labels.yaml").read_text(encoding="utf-8"))
    return list(data["documents"])


def _all_entries() -> list[tuple[str, dict[str, Any]]]:
    return [(s, e) for s in SETS for e in _labels(s)]


ENTRIES = _all_entries()
IDS = [f"{s}/{e['file']}" for s, e in ENTRIES]


def _subset(keep: Callable[[dict[str, Any]], bool]) -> list[Any]:
    return [pytest.param(s, e, id=f"{s}/{e['file']}") for s, e in ENTRIES if keep(e)]


def expected_level(elements: set[str]) -> set[str]:
    """Return the levels GHENT_MODEL.md Part A allows for a set of present elements."""
    if elements >= EXEMPLARY:
        return {"exemplary"}
    if {"commitment", "grounds", "monitoring"} <= elements and elements & {
        "action_plan",
        "remedies",
    }:
        return {"strong"}
    if {"commitment", "grounds"} <= elements:
        return {"moderate"}
    return {"weak"} if elements else {"absent", "weak"}


def _source(corpus_set: str, entry: dict[str, Any]) -> Any:
    stem = Path(entry["file"]).stem
    return builder.parse_source(CORPUS / corpus_set / "sources" / f"{stem}.src")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder holding a fresh build of every corpus document."""
    out = tmp_path_factory.mktemp("corpus_build")
    builder.build_all(out)
    return out


@pytest.mark.parametrize(("corpus_set", "entry"), ENTRIES, ids=IDS)
def test_label_is_well_formed(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify each label has valid keys, language, level and element ids."""
    assert REQUIRED <= set(entry) <= KEYS
    assert entry["language"] in LANGUAGES
    assert entry["level"] in LEVELS
    elements = entry["elements"]
    assert len(elements) == len(set(elements)), "duplicate element"
    assert set(elements) <= set(ELEMENTS)
    assert isinstance(entry["note"], str) and entry["note"].strip()
    assert "\n" not in entry["note"].strip()


@pytest.mark.parametrize(("corpus_set", "entry"), ENTRIES, ids=IDS)
def test_level_follows_from_elements(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify the labelled level is the one the labelled elements imply."""
    assert entry["level"] in expected_level(set(entry["elements"]))


@pytest.mark.parametrize(
    ("elements", "levels"),
    [
        (set(), {"absent", "weak"}),
        ({"commitment"}, {"weak"}),
        ({"commitment", "grounds", "remedies"}, {"moderate"}),
        ({"commitment", "grounds", "monitoring"}, {"moderate"}),
        ({"commitment", "grounds", "monitoring", "action_plan"}, {"strong"}),
        (EXEMPLARY - {"remedies"}, {"strong"}),
        (EXEMPLARY, {"exemplary"}),
    ],
)
def test_expected_level_table(elements: set[str], levels: set[str]) -> None:
    """Verify the level rule used to check labels on hand-made cases."""
    assert expected_level(elements) == levels


@pytest.mark.parametrize("corpus_set", SETS)
def test_listed_files_exist_and_every_file_is_listed(corpus_set: str) -> None:
    """Verify labels.yaml and the folder's scannable files match one to one."""
    folder = CORPUS / corpus_set
    listed = [e["file"] for e in _labels(corpus_set)]
    assert len(listed) == len(set(listed)), "file listed twice"
    for name in listed:
        assert (folder / name).is_file(), f"{name} is listed but missing"
    on_disk = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SCANNED
    }
    on_disk -= {name for s, name in NOT_LISTED if s == corpus_set}
    assert on_disk == set(listed)


@pytest.mark.parametrize("corpus_set", SETS)
def test_sources_match_documents(corpus_set: str) -> None:
    """Verify each document has exactly one source and nothing else hides in sources/."""
    folder = CORPUS / corpus_set / "sources"
    assert {p.suffix for p in folder.iterdir()} == {".src"}
    stems = {p.name.removesuffix(".src") for p in folder.glob("*.src")}
    assert stems == {Path(e["file"]).stem for e in _labels(corpus_set)}


@pytest.mark.parametrize(("corpus_set", "entry"), ENTRIES, ids=IDS)
def test_label_agrees_with_source(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify language and format of the label and the source agree."""
    src = _source(corpus_set, entry)
    assert src.lang == entry["language"]
    assert f".{src.fmt}" == Path(entry["file"]).suffix


@pytest.mark.parametrize(("corpus_set", "entry"), ENTRIES, ids=IDS)
def test_articles_point_at_real_articles(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify the element-to-article map covers the elements and names existing articles."""
    articles = entry.get("articles", {})
    assert set(articles) == set(entry["elements"])
    src = _source(corpus_set, entry)
    numbers = builder.article_numbers(src)
    assert len(numbers) == len(set(numbers)), "article numbers repeat"
    # an element may sit in an annex the conditions bring in ("Schedule 4", "Bijlage 3")
    annexes = {annex_title(i.text) for i in src.items if i.kind == "part"} - {None}
    for element, where in articles.items():
        places = set(numbers) | annexes
        assert where and set(where) <= places, f"{element}: {where} not in {sorted(places)}"


@pytest.mark.parametrize(
    ("corpus_set", "entry"), _subset(lambda e: e["level"] in ("strong", "exemplary"))
)
def test_elements_are_spread_over_articles(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify strong and exemplary documents put their elements in at least three articles."""
    used = {a for where in entry["articles"].values() for a in where}
    assert len(used) >= 3


def test_documents_set_composition() -> None:
    """Verify the documents set spans languages, levels and formats as planned."""
    entries = _labels("documents")
    assert len(entries) >= 114
    assert Counter(e["language"] for e in entries) == {"nl": 36, "fr": 39, "en": 39}
    levels = Counter(e["level"] for e in entries)
    assert levels == {"absent": 18, "weak": 20, "moderate": 25, "strong": 25, "exemplary": 26}
    formats = Counter(Path(e["file"]).suffix for e in entries)
    assert formats[".docx"] >= 2 and formats[".pdf"] >= 2
    assert formats[".odt"] >= 1 and formats[".html"] >= 1
    assert formats[".txt"] >= 1 and formats[".md"] >= 1


def test_demo_set_composition() -> None:
    """Verify the demo set holds the six planned (language, level, format) documents."""
    got = Counter((e["language"], e["level"], Path(e["file"]).suffix) for e in _labels("demo"))
    assert got == Counter(
        {
            ("nl", "strong", ".docx"): 1,
            ("nl", "absent", ".pdf"): 1,
            ("fr", "weak", ".pdf"): 1,
            ("fr", "exemplary", ".md"): 1,
            ("en", "moderate", ".html"): 1,
            ("en", "absent", ".txt"): 1,
        }
    )


def test_build_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    """Verify two builds produce byte-identical files."""
    builder.build_all(tmp_path)
    for path in sorted(fresh.rglob("*.*")):
        again = tmp_path / path.relative_to(fresh)
        assert again.read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize(("corpus_set", "entry"), ENTRIES, ids=IDS)
def test_committed_file_is_up_to_date(fresh: Path, corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify the committed file is what the current source builds to."""
    committed = CORPUS / corpus_set / entry["file"]
    built = fresh / corpus_set / entry["file"]
    suffix = committed.suffix
    if suffix == ".pdf":
        assert _pdf_pages(committed) == _pdf_pages(built)
    elif suffix == ".docx":
        for part in ("word/document.xml", "word/numbering.xml", "word/header1.xml"):
            assert _member(committed, part) == _member(built, part), part
    else:
        assert committed.read_bytes() == built.read_bytes()


def _member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def _pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize(("corpus_set", "entry"), _subset(lambda e: e["file"].endswith(".pdf")))
def test_pdf_has_running_header_and_page_footer(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify every PDF page repeats the header and ends with its page number."""
    src = _source(corpus_set, entry)
    pages = _pdf_pages(CORPUS / corpus_set / entry["file"])
    if corpus_set == "documents":
        assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.startswith(src.header[:40])
        footer = src.footer.replace("{page}", str(number)).replace("{pages}", str(len(pages)))
        assert text.rstrip().endswith(footer)


@pytest.mark.parametrize(("corpus_set", "entry"), _subset(lambda e: e["file"].endswith(".docx")))
def test_docx_numbers_articles_with_word_numbering(corpus_set: str, entry: dict[str, Any]) -> None:
    """Verify DOCX article headings carry Word numbering, not typed numbers, and a header."""
    import docx

    src = _source(corpus_set, entry)
    doc = docx.Document(str(CORPUS / corpus_set / entry["file"]))
    decimal = _decimal_num_ids(doc)
    numbered = [p for p in doc.paragraphs if _num_id(p) in decimal]
    titles = [builder.article_number(i.text)[1] for i in src.items if i.kind == "article"]
    assert [p.text for p in numbered] == titles
    assert doc.sections[0].header.paragraphs[0].text == src.header
    footer_xml = doc.sections[0].footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer_xml


def _num_id(paragraph: Any) -> int | None:
    for p_pr in (paragraph._p.pPr, paragraph.style.element.pPr):
        if p_pr is not None and p_pr.numPr is not None and p_pr.numPr.numId is not None:
            return int(p_pr.numPr.numId.val)
    return None


def _decimal_num_ids(doc: Any) -> set[int]:
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    decimal_abstract = {
        a.get(qn("w:abstractNumId"))
        for a in numbering.iterchildren(qn("w:abstractNum"))
        if a.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val")) == "decimal"
    }
    return {
        int(n.get(qn("w:numId")))
        for n in numbering.iterchildren(qn("w:num"))
        if n.find(qn("w:abstractNumId")).get(qn("w:val")) in decimal_abstract
    }


def test_odt_container_layout() -> None:
    """Verify each ODT starts with a stored mimetype and has a running header."""
    odts = [(s, e) for s, e in ENTRIES if e["file"].endswith(".odt")]
    assert odts
    for corpus_set, entry in odts:
        data = (CORPUS / corpus_set / entry["file"]).read_bytes()
        assert data[30:38] == b"mimetype"
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            first = zf.infolist()[0]
            assert first.filename == "mimetype"
            assert first.compress_type == zipfile.ZIP_STORED
            assert zf.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            assert {"content.xml", "styles.xml", "META-INF/manifest.xml"} <= set(zf.namelist())
            header = _source(corpus_set, entry).header
            assert header in zf.read("styles.xml").decode("utf-8")


def test_pdf_falls_back_to_core_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify a PDF still builds, in Helvetica with latin-1 text, when DejaVu is missing."""
    monkeypatch.setattr(builder, "DEJAVU", Path("/nonexistent-font-dir"))
    src = builder.parse_source(CORPUS / "documents" / "sources" / "valbruyere_csc_nettoyage.src")
    data = builder.render_pdf(src)
    assert b"Helvetica" in data and b"DejaVu" not in data
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        pages = len(doc)
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(pages))
    finally:
        doc.close()
    assert pages >= 2
    assert "Article 9 - Clause" in text and "Valbruyère" in text
