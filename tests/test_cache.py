"""The two-level content cache: hits, corrupt entries, rule edits, size bound."""

from __future__ import annotations

from pathlib import Path

from checker.batch import BatchLimits
from checker.cache import Cache, document_key
from checker.readers import read_bytes
from checker.report.models import DocumentResult
from checker.rulepack.loader import load_ruleset
from checker.scan import scan

TEXT = (
    "Article 4 - Staff\n\nThe Contractor shall not discriminate against its employees on "
    "grounds of race, sex or disability.\n"
)


def _files(folder: Path, kind: str) -> list[Path]:
    return sorted((folder / kind).rglob("*.json"))


def test_document_round_trip_and_path_override(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    doc = read_bytes(TEXT.encode(), "a.txt")
    cache.put_document("abc", doc)
    again = cache.get_document("abc", "elsewhere/b.txt")
    assert again is not None and again.path == "elsewhere/b.txt"
    assert again.blocks == doc.blocks
    assert cache.get_document("other", "x") is None


def test_corrupt_entry_is_ignored(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    cache.put_document("abc", read_bytes(TEXT.encode(), "a.txt"))
    entry = _files(tmp_path / "c", "documents")[0]
    entry.write_bytes(b'{"path": "a.txt", "blocks": [trunc')
    assert cache.get_document("abc", "a.txt") is None


def test_results_are_keyed_by_rules(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c")
    doc = read_bytes(TEXT.encode(), "a.txt")
    result = DocumentResult(path="a.txt", sha256=doc.sha256, status="ok", level="moderate")
    cache.put_result(document_key(doc), "rules-1:auto", result)
    assert cache.get_result(document_key(doc), "rules-1:auto", "a.txt") == result
    assert cache.get_result(document_key(doc), "rules-2:auto", "a.txt") is None


def test_prune_keeps_the_folder_bounded(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", max_bytes=3000)
    doc = read_bytes(TEXT.encode(), "a.txt")
    for i in range(10):
        cache.put_document(f"k{i:02d}", doc)
    assert cache.prune() > 0
    total = sum(f.stat().st_size for f in _files(tmp_path / "c", "documents"))
    assert total <= 3000


def test_warm_scan_equals_cold_and_writes_nothing_new(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"t{i}.txt").write_text(TEXT + f"\nReference {i}.\n", encoding="utf-8")
    cache = Cache(tmp_path / "c")
    ruleset = load_ruleset("ghent")
    limits = BatchLimits(jobs=1)
    cold = scan([str(folder)], ruleset, limits=limits, cache=cache)
    files = _files(tmp_path / "c", "documents") + _files(tmp_path / "c", "results")
    stamps = {f: f.stat().st_mtime_ns for f in files}
    warm = scan([str(folder)], ruleset, limits=limits, cache=cache)
    assert warm == cold
    assert [d.level for d in warm.documents] == ["moderate"] * 3
    after = _files(tmp_path / "c", "documents") + _files(tmp_path / "c", "results")
    assert {f: f.stat().st_mtime_ns for f in after} == stamps


def test_corrupt_cached_document_is_rebuilt_by_scan(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    cache = Cache(tmp_path / "c")
    ruleset = load_ruleset("ghent")
    first = scan([str(path)], ruleset, limits=BatchLimits(jobs=1), cache=cache)
    for f in _files(tmp_path / "c", "documents") + _files(tmp_path / "c", "results"):
        f.write_text("not json", encoding="utf-8")
    second = scan([str(path)], ruleset, limits=BatchLimits(jobs=1), cache=cache)
    assert second == first


def test_warm_run_reads_findings_without_loading_the_document(tmp_path: Path) -> None:
    """Verify a warm run goes from file hash to findings through the small key entry."""
    doc_file = tmp_path / "t.txt"
    doc_file.write_text(TEXT, encoding="utf-8")
    cache = Cache(tmp_path / "c")
    ruleset = load_ruleset("ghent")
    limits = BatchLimits(jobs=1)
    first = scan([str(doc_file)], ruleset, limits=limits, cache=cache).documents[0]
    keys = sorted((tmp_path / "c" / "documents").rglob("*.key"))
    assert len(keys) == 1 and len(keys[0].read_text().strip()) == 64
    for entry in _files(tmp_path / "c", "documents"):
        entry.write_bytes(b"not json")  # the document entry is not needed any more
    second = scan([str(doc_file)], ruleset, limits=limits, cache=cache).documents[0]
    assert second.level == first.level == "moderate"
    keys[0].write_text("garbage")  # a bad key entry is ignored, and rebuilt
    third = scan([str(doc_file)], ruleset, limits=limits, cache=cache).documents[0]
    assert third.level == "moderate"
    assert len(keys[0].read_text().strip()) == 64


def test_the_reader_key_covers_every_module_the_readers_import() -> None:
    """An extraction is cached under the readers' code version: a module they import (or the
    language data they read) left out of it would serve stale documents after it changes."""
    import ast

    from checker import cache

    root = Path(cache.__file__).resolve().parent.parent
    covered = [root / part for part in cache._READER_CODE]
    pending = sorted((root / "checker" / "readers").glob("*.py"))
    seen: set[Path] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        assert any(source == c or c in source.parents for c in covered), source
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("checker"):
                module = root.joinpath(*node.module.split("."))
                pending += [
                    p for p in (module.with_suffix(".py"), module / "__init__.py") if p.exists()
                ]
    assert (root / "rules" / "language") in covered
