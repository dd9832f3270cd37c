"""Verify the CSV renderer: BOM, stable columns, round trip, formula-injection guard."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_samples import (
    ELEMENTS,
    FORMULA_PATH,
    MODERATE_PATH,
    UNREADABLE_PATH,
    WEAK_PATH,
    audit_report,
    scan_report,
    waived_report,
)

from checker.report.escape import csv_cell
from checker.report.render_csv import render
from cli.main import cli

SCAN_COLUMNS = [
    "path", "status", "language", "level", "score", "effective_level", *ELEMENTS,
    "missing", "waived", "error", "format", "extractor", "sha256",
    "profile", "rules_sha256", "tool_version",
]  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "Excel needs the byte-order mark"
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 9 123", "'+31 9 123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("a=b", "a=b"),
        ("", ""),
        (-2, -2),
        (85, 85),
    ],
)
def test_formula_guard(value: object, expected: object) -> None:
    """Verify cells that start a formula get an apostrophe, and nothing else changes."""
    assert csv_cell(value) == expected


def test_header_is_stable_and_rows_round_trip() -> None:
    """Verify the columns, one row per document, and values read back with the csv module."""
    report = scan_report()
    text = render(report)
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header == SCAN_COLUMNS
    rows = _rows(text)
    assert [r["path"] for r in rows] == [
        MODERATE_PATH,
        WEAK_PATH,
        "'" + FORMULA_PATH,
        UNREADABLE_PATH,
        "tenders/huge.pdf",
    ]
    moderate = rows[0]
    assert moderate["level"] == "moderate" and moderate["score"] == "50"
    assert (moderate["commitment"], moderate["grounds"], moderate["flowdown"]) == ("1", "1", "0")
    assert moderate["missing"] == "flowdown;monitoring;action_plan;remedies;applicability"
    assert moderate["sha256"] == "a" * 64 and moderate["extractor"] == "python-docx+lxml"
    assert moderate["rules_sha256"] == report.rules_sha256
    assert moderate["tool_version"] == report.tool.version
    unreadable = rows[3]
    assert unreadable["status"] == "unreadable" and unreadable["commitment"] == ""
    assert unreadable["error"] == "no text layer: OCR needed" and unreadable["score"] == ""


def test_awkward_text_survives_the_round_trip() -> None:
    """Verify quotes, commas, newlines and a leading minus inside cells."""
    report = scan_report()
    report.documents[4].error = 'worker said "no", then\nstopped'
    report.documents[3].error = "-1 pages; =oops"
    rows = _rows(render(report))
    assert rows[4]["error"] == 'worker said "no", then\nstopped'
    assert rows[3]["error"] == "'-1 pages; =oops"


def test_audit_rows_per_contractor() -> None:
    """Verify one row per contractor and per row not audited, with provenance."""
    rows = _rows(render(audit_report()))
    assert [r["contractor_id"] for r in rows] == ["ACM-1", "'=BAD-2", "REV-3", "SML-4", "BRK-5"]
    flagged = rows[1]
    assert flagged["name"] == "Bad <b>Ltd</b>" and flagged["status"] == "needs_coaching"
    assert (flagged["policy_statement"], flagged["complaints"]) == ("1", "0")
    assert flagged["red_flags"] == "1" and flagged["coaching_actions"] == "2"
    assert flagged["documents_sha256"] == "docs/vacancy.txt=" + "e" * 64
    review = rows[2]
    assert review["policy_statement"] == "" and review["unreadable_documents"] == "1"
    bad_row = rows[4]
    assert bad_row["status"] == "not_audited" and bad_row["manifest_row"] == "6"
    assert "not a number" in bad_row["reason"]
    assert all(r["audit_date"] == "2025-03-01" and len(r["rules_sha256"]) == 64 for r in rows)


def test_cli_writes_utf8_with_bom(tmp_path: Path) -> None:
    """Verify `scan --format csv -o FILE` writes bytes Excel opens with accents intact."""
    path = tmp_path / "Été.txt"
    path.write_text("Article 1\n\nThe supplier delivers chairs.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["scan", str(path), "--format", "csv", "-o", str(out), "-j", "1", "--no-cache"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["path"] for r in rows] == [str(path)]
    assert rows[0]["level"] == "absent" and rows[0]["commitment"] == "0"


def test_waived_and_effective_level_columns() -> None:
    """Verify the waived elements and the level --fail-under compares are in their columns."""
    rows = _rows(render(waived_report()))
    weak = rows[1]
    assert (weak["level"], weak["effective_level"], weak["waived"]) == (
        "weak",
        "moderate",
        "grounds",
    )
    assert "grounds" not in weak["missing"].split(";")
    assert rows[0]["effective_level"] == "moderate" and rows[0]["waived"] == ""
