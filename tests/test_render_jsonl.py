"""Verify the JSON Lines renderer and the streaming path of `scan --format jsonl`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from report_samples import audit_report, scan_report, weakened_report

import checker.scan
from checker.report.models import DocumentResult, ScanReport
from checker.report.render_json import render as render_json
from checker.report.render_jsonl import render
from cli.main import cli


def test_one_line_per_document_then_the_summary() -> None:
    """Verify document lines equal the JSON report's entries and the summary comes last."""
    report = scan_report()
    text = render(report)
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == len(report.documents) + 2
    assert text.splitlines() == lines[:-1], "no raw U+2028 or other line breaks inside a line"
    records = [json.loads(line) for line in lines[:-1]]
    assert records[:-1] == json.loads(render_json(report))["documents"]
    last = records[-1]
    assert last["summary"] == report.summary.model_dump(mode="json")
    assert last["tool"] == {"name": "clausecheck", "version": report.tool.version}
    assert last["rules_sha256"] == report.rules_sha256 and last["profile"] == "ghent"
    assert "\u2028" in records[0]["elements"]["commitment"]["evidence"][0]["text"]


def test_the_summary_line_lists_documents_weakened_since_the_baseline() -> None:
    """Verify a run with --baseline ends with the regressions, and a plain run says nothing."""
    last = json.loads(render(weakened_report()).splitlines()[-1])
    assert last["baseline"] == "base <1>.json"
    [regression] = last["regressions"]
    assert (regression["was_level"], regression["level"]) == ("strong", "moderate")
    assert "regressions" not in json.loads(render(scan_report()).splitlines()[-1])


def test_audit_lines_per_contractor() -> None:
    """Verify an audit gives one line per contractor and a summary with the rows not audited."""
    report = audit_report()
    records = [json.loads(line) for line in render(report).splitlines()]
    assert [r["id"] for r in records[:-1]] == [c.id for c in report.contractors]
    assert records[-1]["errors"][0]["row"] == 6
    assert records[-1]["audit_date"] == "2025-03-01"


@pytest.fixture()
def fake_scan(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the engine's scan: results finish in reverse order; one skips the callback."""
    calls: list[str] = []

    def scan(
        paths: Any,
        ruleset: Any,
        lang: Any = None,
        limits: Any = None,
        on_result: Callable[[DocumentResult], None] | None = None,
        **_: Any,
    ) -> ScanReport:
        report = scan_report()
        calls.append("streamed" if on_result else "batch")
        if on_result:
            for doc in reversed(report.documents[1:]):
                on_result(doc)
        return report

    monkeypatch.setattr(checker.scan, "scan", scan)
    return calls


def test_stdout_streams_each_document_as_it_finishes(fake_scan: list[str]) -> None:
    """Verify stdout gets documents as they finish, then those the callback missed, then totals."""
    result = CliRunner().invoke(cli, ["scan", "x", "--format", "jsonl", "--no-cache"])
    assert result.exit_code == 3, result.output
    assert fake_scan == ["streamed"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    report = scan_report()
    order = [d.path for d in reversed(report.documents[1:])] + [report.documents[0].path]
    assert [r["path"] for r in records[:-1]] == order
    assert "summary" in records[-1]


def test_file_output_is_in_report_order(fake_scan: list[str], tmp_path: Path) -> None:
    """Verify --output writes the whole report at the end, in the stable order."""
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli, ["scan", "x", "--format", "jsonl", "-o", str(out), "--no-cache"]
    )
    assert result.exit_code == 3 and result.stdout == "", "nothing streamed to stdout"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records[:-1]] == [d.path for d in scan_report().documents]
