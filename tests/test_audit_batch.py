"""Verify `clausecheck audit` runs its documents in isolated workers, through the cache.

A document that hangs is a FIFO listed in the manifest: opening it blocks until a writer
comes, which never happens, so the worker that reads it hangs for real in any process. The
crash and warm-cache tests patch the readers in this process; that reaches the workers
because `Batch` starts them with `fork` (checker/batch.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from checker.audit.manifest import read_manifest
from checker.audit.run import grade_manifest, policy_grader
from checker.batch import BatchLimits
from checker.report.renderers import AUDIT_RENDERERS
from checker.rulepack.loader import load_ruleset
from cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "audit" / "manifest.csv"
SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
HEADER = "contractor_id,name,employees,contract_value_eur,documents\n"
DATE = ["--audit-date", "2025-06-02"]

COMPLIANT = (
    "Equal opportunities policy\n\n"
    "Northgate Cleaning is an equal opportunities employer. We do not discriminate against "
    "employees or job applicants because of race, religion or belief, sex, sexual orientation, "
    "disability or age.\n\n"
    "Every vacancy lists only job-related requirements, and all candidates are assessed "
    "against the same objective selection criteria in a structured interview.\n\n"
    "Staff who experience discrimination can report it in confidence to our confidential "
    "counsellor. Discriminatory behaviour is a disciplinary offence.\n"
)
FLAGGED = (
    "Vacancy: warehouse operatives\n\n"
    "We are an equal opportunities employer and do not discriminate on the grounds of race, "
    "sex, religion or age.\n\n"
    "Candidates must be native English speakers.\n"
)
ROWS = [
    "NC-1,Northgate Cleaning,120,400000,docs/northgate.txt",
    "WH-2,Warehouse Co,60,90000,docs/warehouse.txt",
    "NC-3,Northgate Facilities,80,300000,docs/northgate.txt;docs/warehouse.txt",
]


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["audit", *args])


def _by_id(result: Result) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in json.loads(result.stdout)["contractors"]}


def _english_ready() -> None:
    packs = {p.pack for p in load_ruleset("ghent").packs if p.language == "en"}
    if not {"policy", "red_flags"} <= packs:
        pytest.skip("English policy rule packs not present yet")


def _warm_english() -> None:
    """Build the English pipelines here, so forked workers start warm (no slow first task)."""
    policy_grader(load_ruleset("ghent")).grade_text(COMPLIANT, "en")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Return a folder with a compliant and a flagged policy (TXT) and a manifest of three."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "northgate.txt").write_text(COMPLIANT, encoding="utf-8")
    (tmp_path / "docs" / "warehouse.txt").write_text(FLAGGED, encoding="utf-8")
    _manifest(tmp_path, ROWS)
    return tmp_path


def _manifest(folder: Path, rows: list[str]) -> Path:
    path = folder / "manifest.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_hanging_document_is_timed_out_and_the_rest_is_graded(folder: Path) -> None:
    """Verify a document that hangs times out: its contractor needs review, others graded."""
    _english_ready()
    _warm_english()
    os.mkfifo(folder / "docs" / "stuck.txt")
    rows = [ROWS[0], "ST-9,Stuck Ltd,60,90000,docs/stuck.txt", ROWS[1]]
    manifest = _manifest(folder, rows)
    start = time.monotonic()
    result = _run(str(manifest), "--format", "json", "--jobs", "2", "--timeout", "5", *DATE)
    assert time.monotonic() - start < 90
    assert result.exit_code == 3, result.output
    by_id = _by_id(result)
    assert [c["id"] for c in json.loads(result.stdout)["contractors"]] == ["NC-1", "ST-9", "WH-2"]
    assert by_id["ST-9"]["status"] == "needs_review"
    assert "docs/stuck.txt: timed out after 5 s" in by_id["ST-9"]["reason"]
    assert by_id["ST-9"]["documents"] == [
        {"path": "docs/stuck.txt", "status": "error", "error": "timed out after 5 s",
         "language": None, "sha256": None, "note": None}
    ]  # fmt: skip
    assert by_id["NC-1"]["status"] == "compliant"
    assert by_id["WH-2"]["status"] == "needs_coaching" and by_id["WH-2"]["red_flags"]
    assert "manifest row 3 (ST-9): docs/stuck.txt: error: timed out after 5 s" in result.stderr
    assert "Traceback" not in result.stderr


def test_crashing_reader_fails_only_its_document(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verify a reader that kills its process gives that document an error, nothing more."""
    _english_ready()
    import checker.readers.text as text_reader

    real = text_reader.read

    def crash_on_vacancies(data: bytes, path: str, limits: Any) -> Any:
        if b"Vacancy" in data:
            os._exit(9)
        return real(data, path, limits)

    monkeypatch.setattr(text_reader, "read", crash_on_vacancies)
    result = _run(str(folder / "manifest.csv"), "--format", "json", "--no-cache", *DATE)
    assert result.exit_code == 3, result.output
    by_id = _by_id(result)
    assert by_id["WH-2"]["status"] == "needs_review"
    assert by_id["WH-2"]["documents"][0]["error"] == "reader crashed (exit code 9)"
    assert by_id["NC-1"]["status"] == "compliant"
    assert [d["status"] for d in by_id["NC-3"]["documents"]] == ["ok", "error"]


def test_one_and_two_workers_give_identical_json(folder: Path) -> None:
    """Verify the report does not depend on the number of workers."""
    _english_ready()
    manifest = str(folder / "manifest.csv")
    one = _run(manifest, "--format", "json", "--no-cache", "--jobs", "1", *DATE)
    two = _run(manifest, "--format", "json", "--no-cache", "--jobs", "2", *DATE)
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert one.stdout == two.stdout
    assert [c["status"] for c in json.loads(one.stdout)["contractors"]] == [
        "compliant",
        "needs_coaching",
        "needs_coaching",
    ]


def test_file_shared_by_contractors_is_graded_once(folder: Path) -> None:
    """Verify each distinct file is one task, whoever lists it and however it is spelled."""
    _manifest(folder, [*ROWS, "NC-4,Northgate Bis,80,300000,docs/../docs/northgate.txt"])
    manifest = read_manifest(folder / "manifest.csv", allow_outside=True)
    graded = grade_manifest(manifest, load_ruleset("ghent"), limits=BatchLimits(jobs=1))
    assert sorted(p.name for p in graded) == ["northgate.txt", "warehouse.txt"]


def test_warm_cache_reads_and_grades_nothing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verify a second run with the cache writes no entry and never calls a reader."""
    _english_ready()
    cache = tmp_path / "cache"
    args = [str(folder / "manifest.csv"), "--format", "json", "--cache-dir", str(cache), *DATE]
    cold = _run(*args)
    entries = sorted(cache.rglob("*.json"))
    assert {p.relative_to(cache).parts[0] for p in entries} == {"documents", "policy"}
    assert len(entries) == 4  # two files: their extraction and their policy findings
    stamps = {p: p.stat().st_mtime_ns for p in entries}

    def no_reading(*_: Any, **__: Any) -> Any:
        raise AssertionError("a warm run must not read a document")

    monkeypatch.setattr("checker.audit.grading.read_bytes", no_reading)
    monkeypatch.setattr("checker.audit.grading.read_document", no_reading)
    monkeypatch.setattr("checker.policy.PolicyGrader.grade", no_reading)
    warm = _run(*args)
    assert warm.exit_code == cold.exit_code == 0, warm.output
    assert warm.stdout == cold.stdout
    assert {p: p.stat().st_mtime_ns for p in sorted(cache.rglob("*.json"))} == stamps
    monkeypatch.undo()
    other = _run(*args, "--lang", "en")  # another grading key: graded again, not re-read
    assert other.exit_code == 0
    assert len(list((cache / "documents").rglob("*.json"))) == 2
    assert len(list((cache / "policy").rglob("*.json"))) == 4


def test_scan_cache_entries_are_left_alone(folder: Path, tmp_path: Path) -> None:
    """Verify an audit reuses a scan's extraction and keeps its own findings apart."""
    _english_ready()
    cache = tmp_path / "cache"
    doc = str(folder / "docs" / "northgate.txt")
    scanned = CliRunner().invoke(cli, ["scan", doc, "--format", "json", "--cache-dir", str(cache)])
    assert scanned.exit_code in (0, 1), scanned.output
    before = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    manifest = _manifest(folder, [ROWS[0]])
    assert _run(str(manifest), "--cache-dir", str(cache), *DATE).exit_code == 0
    after = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    assert {p: after[p] for p in before} == before
    assert sorted(p.relative_to(cache).parts[0] for p in set(after) - set(before)) == ["policy"]
    rescanned = CliRunner().invoke(
        cli, ["scan", doc, "--format", "json", "--cache-dir", str(cache)]
    )
    assert rescanned.stdout == scanned.stdout


def test_dask_is_refused_for_audits(folder: Path) -> None:
    """Verify --dask is a usage error for audit (exit 2, one line), not silently ignored."""
    result = _run(str(folder / "manifest.csv"), "--dask", "tcp://127.0.0.1:1", *DATE)
    assert result.exit_code == 2
    assert "--dask is not supported by audit" in result.stderr


def _sample(fmt: str) -> Result:
    result = _run(str(SAMPLE), "--format", fmt, *DATE)
    assert result.exit_code == 3, result.output  # the sample has a broken row and a scan
    assert "Traceback" not in result.stderr
    return result


def test_sample_audit_sarif_validates() -> None:
    """Verify the sample audit's SARIF validates against the official 2.1.0 schema."""
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not present at {SCHEMA} (../shared/schemas)")
    log = json.loads(_sample("sarif").stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert not errors, errors[0].message
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]


def test_sample_audit_csv_and_junit_parse() -> None:
    """Verify the CSV has one row per contractor and row error, JUnit one case each."""
    data = json.loads(_sample("json").stdout)
    names = [c["id"] for c in data["contractors"]]
    rows = list(csv.DictReader(io.StringIO(_sample("csv").stdout.lstrip("\ufeff"))))
    assert [r["contractor_id"] for r in rows] == [*names, "BRK-011"]
    assert rows[-1]["status"] == "not_audited"
    assert [r["status"] for r in rows[:-1]] == [c["status"] for c in data["contractors"]]
    suite = next(ET.fromstring(_sample("junit").stdout).iter("testsuite"))
    cases = list(suite.iter("testcase"))
    assert len(cases) == len(names) + 1
    failed = [c for c in cases if c.find("failure") is not None]
    flagged = [c for c in data["contractors"] if c["status"] == "needs_coaching"]
    assert len(failed) == len(flagged) > 0


@pytest.mark.parametrize("fmt", sorted(AUDIT_RENDERERS))
def test_every_audit_format_is_offered(fmt: str) -> None:
    """Verify `--format` accepts every audit renderer and each writes a report."""
    result = _sample(fmt)
    assert result.stdout.strip()
    assert "TFG-001" in result.stdout or fmt == "sarif"
