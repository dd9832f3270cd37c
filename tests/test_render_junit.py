"""Verify the JUnit XML renderer: parses, right failures and errors, counts, provenance."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_samples import (
    ERROR_PATH,
    FORMULA_PATH,
    MODERATE_PATH,
    UNREADABLE_PATH,
    WEAK_PATH,
    audit_report,
    evidence,
    scan_report,
    waived_report,
    weakened_report,
)

from checker.report.render_junit import render
from cli.main import cli

STRONG_TEXT = (
    "Article 5 - Equal treatment of staff\n\n"
    "The Contractor shall not discriminate against its employees or job applicants on grounds "
    "of race, ethnic origin, religion, disability, age, sex or sexual orientation.\n\n"
    "The Contractor shall impose the same obligation on its subcontractors and agency staff.\n\n"
    "The Authority may verify compliance with this clause by a self-assessment questionnaire.\n\n"
    "A breach of this clause entitles the Authority to terminate the Contract.\n"
)


def _cases(root: ET.Element) -> dict[str, ET.Element]:
    return {c.attrib["name"]: c for c in root.iter("testcase")}


def _outcome(case: ET.Element) -> str:
    for tag in ("failure", "error", "skipped"):
        if case.find(tag) is not None:
            return tag
    return "pass"


@pytest.mark.parametrize(
    ("fail_under", "failing"),
    [
        (None, set()),
        ("weak", {FORMULA_PATH}),
        ("moderate", {FORMULA_PATH, WEAK_PATH}),
        ("exemplary", {FORMULA_PATH, WEAK_PATH, MODERATE_PATH}),
    ],
)
def test_failures_follow_fail_under(fail_under: str | None, failing: set[str]) -> None:
    """Verify a document fails exactly when its level is below --fail-under."""
    root = ET.fromstring(render(scan_report(), fail_under=fail_under))
    cases = _cases(root)
    assert {n for n, c in cases.items() if _outcome(c) == "failure"} == failing
    assert {n for n, c in cases.items() if _outcome(c) == "error"} == {UNREADABLE_PATH, ERROR_PATH}
    suite = root.find("testsuite")
    assert suite is not None
    for el in (root, suite):
        assert el.attrib["tests"] == "5"
        assert el.attrib["failures"] == str(len(failing))
        assert el.attrib["errors"] == "2"
        assert "time" in el.attrib and "name" in el.attrib


def test_cases_are_readable_by_gitlab_and_jenkins() -> None:
    """Verify every test case has name, classname, file and time, and failures say why."""
    root = ET.fromstring(render(scan_report(), fail_under="moderate"))
    assert root.tag == "testsuites"
    for case in root.iter("testcase"):
        assert set(case.attrib) >= {"name", "classname", "file", "time"}
        assert case.attrib["classname"] == "clausecheck.scan.ghent"
        float(case.attrib["time"])
    weak = _cases(root)[WEAK_PATH].find("failure")
    assert weak is not None and weak.attrib["type"] == "below_fail_under"
    assert weak.attrib["message"].startswith("level weak is below moderate")
    assert "missing: grounds" in (weak.text or "")
    error = _cases(root)[UNREADABLE_PATH].find("error")
    assert error is not None and "no text layer: OCR needed" in error.attrib["message"]


def test_provenance_in_properties() -> None:
    """Verify the rules hash, tool version and each document's SHA-256 and extractor."""
    report = scan_report()
    root = ET.fromstring(render(report))
    suite = root.find("testsuite")
    assert suite is not None
    props = {p.attrib["name"]: p.attrib["value"] for p in suite.findall("properties/property")}
    assert props["rules_sha256"] == report.rules_sha256
    assert props["version"] == report.tool.version
    case = _cases(root)[MODERATE_PATH]
    case_props = {p.attrib["name"]: p.attrib["value"] for p in case.findall("properties/property")}
    assert case_props["sha256"] == "a" * 64
    assert case_props["extractor"] == "python-docx+lxml"


def test_text_that_xml_cannot_carry_is_dropped_not_fatal() -> None:
    """Verify control characters from PDF text do not make the XML unparsable."""
    report = scan_report()
    doc = report.documents[0]
    bad = evidence("form\x0cfeed and nul\x00 <b>&", "ND-EN-01", 0)
    doc.elements["commitment"].evidence.insert(0, bad)
    root = ET.fromstring(render(report))
    out = _cases(root)[MODERATE_PATH].find("system-out")
    assert out is not None and "formfeed and nul <b>&" in (out.text or "")


def test_audit_cases_per_contractor() -> None:
    """Verify flagged contractors fail, unreadable ones error and out-of-scope ones skip."""
    root = ET.fromstring(render(audit_report()))
    outcomes = {n: _outcome(c) for n, c in _cases(root).items()}
    assert outcomes == {
        "ACM-1 Acme & Co": "pass",
        "=BAD-2 Bad <b>Ltd</b>": "failure",
        "REV-3 Scan Only": "error",
        "SML-4 Small": "skipped",
        "manifest row 6": "error",
    }
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.attrib["tests"], suite.attrib["failures"]) == ("5", "1")
    assert (suite.attrib["errors"], suite.attrib["skipped"]) == ("2", "1")
    failure = _cases(root)["=BAD-2 Bad <b>Ltd</b>"].find("failure")
    assert failure is not None and "complaints" in failure.attrib["message"]
    assert "Native speakers | only" in (failure.text or "")


def test_cli_junit_fails_below_the_bar(tmp_path: Path) -> None:
    """Verify `scan --format junit --fail-under exemplary` marks the strong clause and exits 1."""
    path = tmp_path / "strong.txt"
    path.write_text(STRONG_TEXT, encoding="utf-8")
    out = tmp_path / "junit.xml"
    args = ["scan", str(path), "--format", "junit", "--fail-under", "exemplary", "-o", str(out)]
    result = CliRunner().invoke(cli, [*args, "-j", "1", "--no-cache"])
    assert result.exit_code == 1, result.output
    case = ET.parse(out).getroot().find("testsuite/testcase")
    assert case is not None and case.attrib["name"] == str(path)
    failure = case.find("failure")
    assert failure is not None and "level strong is below exemplary" in failure.attrib["message"]
    ok = CliRunner().invoke(cli, [*args[:-4], "-j", "1", "--no-cache"])
    assert ok.exit_code == 0 and ET.fromstring(ok.stdout).attrib["failures"] == "0"


def test_waivers_lift_the_level_the_bar_compares() -> None:
    """Verify a document whose waived element lifts it to the bar passes, and says why."""
    root = ET.fromstring(render(waived_report(), fail_under="moderate"))
    cases = _cases(root)
    assert _outcome(cases[WEAK_PATH]) == "pass"
    assert _outcome(cases[FORMULA_PATH]) == "failure"
    out = cases[WEAK_PATH].find("system-out")
    assert out is not None and "waived: grounds (Framework <b>law</b>" in (out.text or "")
    suite_out = root.find("testsuite/system-out")
    assert suite_out is not None and "waiver stale: old/*.docx" in (suite_out.text or "")


def test_a_document_weakened_since_the_baseline_fails() -> None:
    """Verify a weakened document fails even when no bar is set, with the change as message."""
    root = ET.fromstring(render(weakened_report()))
    case = _cases(root)[MODERATE_PATH]
    failure = case.find("failure")
    assert failure is not None and failure.attrib["type"] == "weakened"
    assert "level strong -> moderate; lost monitoring, remedies" in failure.attrib["message"]
    assert {n for n, c in _cases(root).items() if _outcome(c) == "failure"} == {MODERATE_PATH}
