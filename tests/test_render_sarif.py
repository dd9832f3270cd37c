"""Verify the SARIF 2.1.0 renderer: schema validity, results, levels, locations, provenance."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from report_samples import (
    ERROR_PATH,
    HOSTILE,
    MODERATE_PATH,
    UNREADABLE_PATH,
    WEAK_PATH,
    audit_report,
    scan_report,
    waived_report,
    weakened_report,
)

from checker.report.render_sarif import render
from checker.rulepack.loader import load_ruleset
from cli.main import cli

SCHEMA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
)
STRONG_TEXT = (
    "Article 5 - Equal treatment of staff\n\n"
    "The Contractor shall not discriminate against its employees or job applicants on grounds "
    "of race, ethnic origin, religion, disability, age, sex or sexual orientation.\n\n"
    "A breach of this clause entitles the Authority to terminate the Contract.\n"
)
POLICY_TEXT = (
    "Equal opportunities policy\n\n"
    "We do not discriminate on the grounds of age, disability, race, religion or belief, sex "
    "or sexual orientation.\n\n"
    "We are looking for a young and dynamic team member.\n"
)


@pytest.fixture(scope="module")
def validator() -> Any:
    """Return a validator of the official SARIF 2.1.0 schema (skip when it is absent)."""
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not present at {SCHEMA} (../shared/schemas)")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _valid(validator: Any, text: str) -> dict[str, Any]:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return log


def _by_doc(log: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    return [
        r
        for r in log["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri
    ]


def test_scan_log_validates_against_the_official_schema(validator: Any) -> None:
    """Verify a scan with graded, unreadable and failed documents gives a valid SARIF log."""
    log = _valid(validator, render(scan_report()))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_one_result_per_missing_element_and_per_unread_document() -> None:
    """Verify the result count and that every result names a rule the driver describes."""
    report = scan_report()
    run = json.loads(render(report))["runs"][0]
    expected = sum(len(d.missing) for d in report.documents if d.status == "ok") + 2
    assert len(run["results"]) == expected
    rules = run["tool"]["driver"]["rules"]
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_levels_follow_the_profile() -> None:
    """Verify missing commitment is an error, grounds a warning, flowdown a note."""
    log = json.loads(render(scan_report()))
    absent = {r["ruleId"]: r["level"] for r in _by_doc(log, "%3DHYPERLINK%28evil%29.txt")}
    assert absent["ghent/commitment"] == "error"
    assert absent["ghent/grounds"] == "warning"
    assert absent["ghent/monitoring"] == "warning"
    assert absent["ghent/flowdown"] == "note"
    assert absent["ghent/applicability"] == "note"
    unread = _by_doc(log, "tenders/scan%20only.pdf")
    assert [(r["ruleId"], r["level"]) for r in unread] == [("clausecheck/unreadable", "error")]
    assert "no text layer: OCR needed" in unread[0]["message"]["text"]
    failed = _by_doc(log, "tenders/huge.pdf")
    assert [(r["ruleId"], r["level"]) for r in failed] == [("clausecheck/error", "error")]


def test_descriptors_carry_the_profile_advice_and_rule_texts() -> None:
    """Verify element help is the profile's advice and evidence rules are described."""
    ruleset = load_ruleset("ghent")
    rules = {
        r["id"]: r for r in json.loads(render(scan_report()))["runs"][0]["tool"]["driver"]["rules"]
    }
    weak_advice = ruleset.profile.levels[0].advice["en"]
    assert rules["ghent/commitment"]["help"]["text"] == weak_advice
    assert rules["ghent/commitment"]["defaultConfiguration"]["level"] == "error"
    assert {f"ghent/{e}" for e in ruleset.profile.elements} <= set(rules)
    described = {r.id: r.description for _, r in ruleset.rules()}
    for rule_id in ("ND-EN-01", "ND-EN-02", "ND-EN-10"):
        assert rules[rule_id]["fullDescription"]["text"] == described[rule_id]
        assert rules[rule_id]["name"]


def test_missing_element_quotes_advice_and_points_at_the_clause() -> None:
    """Verify a missing element's message, its document location and the related quotes."""
    log = json.loads(render(scan_report()))
    uri = "tenders/Ville%20d%27%C3%89t%C3%A9%20%231.docx"
    by_rule = {r["ruleId"]: r for r in _by_doc(log, uri)}
    assert set(by_rule) == {f"ghent/{e}" for e in scan_report().documents[0].missing}
    monitoring = by_rule["ghent/monitoring"]
    assert "Give the buyer a way to check compliance" in monitoring["message"]["text"]
    assert MODERATE_PATH in monitoring["message"]["text"]
    loc = monitoring["locations"][0]
    assert loc["physicalLocation"]["region"] == {"startLine": 1}
    assert loc["properties"]["clause_articles"] == ["12.3"]
    assert loc["properties"]["clause_pages"] == [2]
    related = monitoring["relatedLocations"]
    assert len(related) == 2
    region = related[0]["physicalLocation"]["region"]
    assert (region["charOffset"], region["charLength"]) == (120, len(HOSTILE))
    assert related[0]["properties"] == {
        "page": 2,
        "paragraph": 7,
        "article": "12.3",
        "rule": "ND-EN-01",
    }
    assert "commitment (ND-EN-01)" in related[0]["message"]["text"]


def test_provenance_artifacts_hashes_and_invocation() -> None:
    """Verify each document's SHA-256, the rules hash, the tool version and the invocation."""
    report = scan_report()
    run = json.loads(render(report))["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris[2] == "%3DHYPERLINK%28evil%29.txt"
    for artifact, doc in zip(run["artifacts"], report.documents, strict=True):
        assert artifact["hashes"] == {"sha-256": doc.sha256}
    assert run["artifacts"][0]["properties"]["extractor"] == "python-docx+lxml"
    assert run["properties"]["rules_sha256"] == report.rules_sha256
    assert run["properties"]["profile"] == "ghent"
    assert "descriptions_rules_sha256" not in run["properties"]
    assert run["tool"]["driver"]["version"] == report.tool.version
    assert run["tool"]["driver"]["informationUri"].startswith("https://")
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolExecutionNotifications"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes] == [
        "tenders/huge.pdf"
    ]
    assert (
        ERROR_PATH in notes[0]["message"]["text"]
        and UNREADABLE_PATH not in notes[0]["message"]["text"]
    )


def test_stale_rules_are_said_not_hidden() -> None:
    """Verify descriptions from rules other than the report's are flagged in the run."""
    report = scan_report().model_copy(update={"rules_sha256": "0" * 64})
    props = json.loads(render(report))["runs"][0]["properties"]
    assert props["descriptions_rules_sha256"] == load_ruleset("ghent").sha256


def test_audit_log_validates_and_locates_findings(validator: Any) -> None:
    """Verify an audit log: missing element at the manifest row, red flag at its quote."""
    log = _valid(validator, render(audit_report()))
    run = log["runs"][0]
    results = run["results"]
    flag = next(r for r in results if r["ruleId"] == "RF-EN-01")
    assert flag["level"] == "error"
    phys = flag["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"]["uri"] == "audit/docs/vacancy.txt"
    assert (phys["region"]["charOffset"], phys["region"]["charLength"]) == (40, 22)
    assert "Replace the native-speaker demand." in flag["message"]["text"]
    missing = [r for r in results if r["ruleId"] == "ghent/policy/complaints"]
    assert [m["level"] for m in missing] == ["error", "warning"]  # in scope, then out of scope
    row = missing[0]["locations"][0]["physicalLocation"]
    assert (
        row["artifactLocation"]["uri"] == "audit/manifest.csv" and row["region"]["startLine"] == 3
    )
    assert "Set up a complaints procedure." in missing[0]["message"]["text"]
    unread = next(r for r in results if r["ruleId"] == "clausecheck/unreadable")
    assert "REV-3" in unread["message"]["text"]
    bad_row = next(r for r in results if r["ruleId"] == "clausecheck/manifest_row")
    assert bad_row["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
    hashes = {a["location"]["uri"]: a.get("hashes") for a in run["artifacts"]}
    assert hashes["audit/docs/acme%20policy.docx"] == {"sha-256": "d" * 64}
    assert run["properties"]["audit_date"] == "2025-03-01"


def test_cli_scan_sarif_of_generated_documents(
    validator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verify `scan --format sarif` on a generated DOCX and an image-only PDF."""
    from docx import Document as Docx
    from fpdf import FPDF

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    doc = Docx()
    for para in STRONG_TEXT.split("\n\n"):
        doc.add_paragraph(para.strip())
    doc.save(str(tmp_path / "in" / "clause a.docx"))
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")
    pdf.output(str(tmp_path / "in" / "scan.pdf"))
    result = CliRunner().invoke(
        cli, ["scan", "in", "--format", "sarif", "-o", "out.sarif", "-j", "1", "--no-cache"]
    )
    assert result.exit_code == 3, result.output
    log = _valid(validator, (tmp_path / "out.sarif").read_text(encoding="utf-8"))
    run = log["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["in/clause%20a.docx", "in/scan.pdf"]
    ids = {r["ruleId"] for r in _by_doc(log, "in/clause%20a.docx")}
    assert "ghent/commitment" not in ids and "ghent/monitoring" in ids
    assert {r["ruleId"] for r in _by_doc(log, "in/scan.pdf")} == {"clausecheck/unreadable"}


def test_audit_of_generated_policy_validates(validator: Any, tmp_path: Path) -> None:
    """Verify the SARIF of a real audit run (generated manifest and policy text) validates."""
    from checker.audit.run import audit

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "policy.txt").write_text(POLICY_TEXT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "contractor_id,name,employees,contract_value_eur,documents\n"
        "T-1,Test Ltd,40,50000,docs/policy.txt\n"
        "T-2,Missing Ltd,40,50000,docs/none.pdf\n",
        encoding="utf-8",
    )
    report = audit(tmp_path / "manifest.csv", load_ruleset("ghent"), dt.date(2025, 1, 1), "en")
    log = _valid(validator, render(report))
    assert log["runs"][0]["results"], "an audit with gaps must produce results"


def test_waived_elements_are_suppressed_results(validator: Any) -> None:
    """Verify a waived element is a suppressed result and a stale waiver is a notification."""
    log = _valid(validator, render(waived_report()))
    run = log["runs"][0]
    grounds = [r for r in _by_doc(log, WEAK_PATH) if r["ruleId"] == "ghent/grounds"]
    assert len(grounds) == 1
    (suppression,) = grounds[0]["suppressions"]
    assert (suppression["kind"], suppression["status"]) == ("external", "accepted")
    assert "Framework <b>law</b>" in suppression["justification"]
    assert suppression["properties"]["approved_by"] == "Legal | Team"
    unsuppressed = [r for r in _by_doc(log, WEAK_PATH) if "suppressions" not in r]
    assert "ghent/grounds" not in {r["ruleId"] for r in unsuppressed}
    (note,) = run["invocations"][0]["toolConfigurationNotifications"]
    assert "stale" in note["message"]["text"] and "old/*.docx" in note["message"]["text"]


def test_weakened_documents_are_error_results(validator: Any) -> None:
    """Verify a document weakened since the baseline is an error result with its own rule."""
    log = _valid(validator, render(weakened_report()))
    run = log["runs"][0]
    [result] = [r for r in run["results"] if r["ruleId"] == "clausecheck/weakened"]
    assert result["level"] == "error"
    assert result["properties"] == {
        "was_level": "strong",
        "level": "moderate",
        "lost": ["monitoring", "remedies"],
    }
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert _by_doc(log, uri) and "strong -> moderate" in result["message"]["text"]
    assert "clausecheck/weakened" in {r["id"] for r in run["tool"]["driver"]["rules"]}
    plain = json.loads(render(scan_report()))["runs"][0]["tool"]["driver"]["rules"]
    assert "clausecheck/weakened" not in {r["id"] for r in plain}
