"""Smoke tests of the benchmark's document generator (bench/gen_corpus.py); no timing."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from checker.document import DocStatus
from checker.readers import read_bytes

GEN_CORPUS = Path(__file__).resolve().parents[1] / "bench" / "gen_corpus.py"


@pytest.fixture(scope="module")
def gen_corpus() -> ModuleType:
    """Return bench/gen_corpus.py imported as a module."""
    spec = importlib.util.spec_from_file_location("gen_corpus", GEN_CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_pdf_reads_with_its_pages(gen_corpus: ModuleType, tmp_path: Path) -> None:
    """Verify a generated 3-page PDF reads as 3 pages carrying its own tender number."""
    path = tmp_path / "three.pdf"
    gen_corpus.write_pdf(path, 3, 42)
    doc = read_bytes(path.read_bytes(), str(path))
    assert doc.status == DocStatus.OK, doc.error
    assert doc.pages == 3
    assert {b.page for b in doc.body_blocks} == {1, 2, 3}
    text = " ".join(b.text for b in doc.blocks)
    assert "Tender 00042" in text


def test_generated_docx_reads(gen_corpus: ModuleType, tmp_path: Path) -> None:
    """Verify a generated DOCX reads with its article headings and sentences."""
    path = tmp_path / "two.docx"
    gen_corpus.write_docx(path, 2, 7)
    doc = read_bytes(path.read_bytes(), str(path))
    assert doc.status == DocStatus.OK, doc.error
    assert doc.format == "docx"
    text = " ".join(b.text for b in doc.blocks)
    assert "Article 2. Provisions" in text
    assert "contracting authority" in text or "contractor" in text


def test_corpus_plan_is_deterministic_and_mixed(gen_corpus: ModuleType) -> None:
    """Verify the corpus plan depends only on the seed and alternates PDF and DOCX."""
    plan = gen_corpus.corpus_plan(10, seed=1)
    assert plan == gen_corpus.corpus_plan(10, seed=1)
    assert plan != gen_corpus.corpus_plan(10, seed=2)
    assert [name.rsplit(".", 1)[1] for name, _, _ in plan[:2]] == ["pdf", "docx"]
    assert all(5 <= pages <= 60 for _, pages, _ in plan)
