"""Verify `clausecheck audit` end to end: the sample audit, generated manifests, exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from click.testing import CliRunner, Result

from checker.document import DocStatus
from checker.evaluation.policies import evaluate_sample_audit
from checker.readers import read_bytes
from checker.rulepack.loader import load_ruleset
from cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
SAMPLE = ROOT / "corpus" / "audit"
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


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["audit", *args])


def _json(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _english_ready() -> None:
    packs = {p.pack for p in load_ruleset("ghent").packs if p.language == "en"}
    if not {"policy", "red_flags"} <= packs:
        pytest.skip("English policy rule packs not present yet")


def _pdf(path: Path, text: str | None) -> Path:
    """Write a PDF with the text in core fonts, or (None) a page with only a drawn shape."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 120, 40, style="F")
    else:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


def _manifest(folder: Path, rows: list[str]) -> Path:
    path = folder / "manifest.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def audit_dir(tmp_path: Path) -> Path:
    """Return a folder with a compliant TXT, a flagged DOCX, a text PDF and an image-only PDF."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "northgate.txt").write_text(COMPLIANT, encoding="utf-8")
    document = docx.Document()
    for para in FLAGGED.split("\n\n"):
        document.add_paragraph(para.strip())
    document.save(str(tmp_path / "docs" / "warehouse.docx"))
    _pdf(tmp_path / "docs" / "northgate.pdf", COMPLIANT)
    _pdf(tmp_path / "docs" / "scan.pdf", None)
    return tmp_path


def test_sample_audit_json_follows_the_contract() -> None:
    """Verify the sample audit's JSON keys, statuses, broken row and exit code 3."""
    result = _run(str(SAMPLE / "manifest.csv"), "--format", "json", *DATE)
    assert result.exit_code == 3, result.output
    data = _json(result)
    assert {"tool", "profile", "summary", "contractors"} <= set(data)
    assert data["tool"]["name"] == "clausecheck" and data["profile"] == "ghent"
    keys = {"id", "name", "in_scope", "status", "elements", "missing", "red_flags", "documents"}
    for c in data["contractors"]:
        assert keys | {"coaching_plan"} <= set(c)
        assert all({"path", "status", "error"} <= set(d) for d in c["documents"])
        assert all(
            {"text", "document", "page", "paragraph", "rule"} <= set(f) for f in c["red_flags"]
        )
        if c["coaching_plan"]:
            assert {"actions", "follow_up"} <= set(c["coaching_plan"])
            assert all(
                {"element", "action", "due"} <= set(a) for a in c["coaching_plan"]["actions"]
            )
    by_id = {c["id"]: c for c in data["contractors"]}
    assert "BRK-011" not in by_id and data["errors"][0]["row"] == 12
    assert by_id["ATL-009"]["status"] == "needs_review"
    assert "no text layer" in by_id["ATL-009"]["documents"][0]["error"]
    assert by_id["MER-010"]["documents"][0]["error"] == "file not found"
    assert "manifest row 12 (BRK-011): employees 'about fifty'" in result.stderr
    assert "Traceback" not in result.stderr


def test_sample_audit_matches_its_labels() -> None:
    """Verify every contractor of the sample audit gets its labelled status and red flags."""
    ruleset = load_ruleset("ghent")
    labels = yaml.safe_load((SAMPLE / "labels.yaml").read_text(encoding="utf-8"))
    covered = {p.language for p in ruleset.packs if p.pack == "policy"}
    langs = {c["id"]: c.get("language") for c in labels["contractors"]}
    for outcome in evaluate_sample_audit(ROOT / "corpus", ruleset):
        lang = langs[outcome.id]
        if lang is not None and lang not in covered:
            continue  # that language's packs are not there yet
        assert outcome.status == outcome.gold_status, outcome
        assert outcome.red_flags == outcome.gold_red_flags, outcome
        assert outcome.missing_baseline == outcome.gold_missing_baseline, outcome


def test_sample_audit_writes_coaching_plans(tmp_path: Path) -> None:
    """Verify --coaching-dir writes a DOCX and a Markdown plan per flagged contractor."""
    out = tmp_path / "plans"
    result = _run(
        str(SAMPLE / "manifest.csv"), "--format", "json", "--coaching-dir", str(out), *DATE
    )
    flagged = [c for c in _json(result)["contractors"] if c["status"] == "needs_coaching"]
    assert flagged
    assert len(list(out.glob("*.docx"))) == len(flagged) == len(list(out.glob("*.md")))
    for c in flagged:
        document = docx.Document(str(out / f"coaching_{c['id']}.docx"))
        actions = document.tables[0].rows[1:]
        assert len(actions) == len(c["coaching_plan"]["actions"])
        assert len(actions) == len(c["missing_baseline"]) + len(c["red_flags"])


def test_generated_manifest_statuses_and_reasons(audit_dir: Path) -> None:
    """Verify compliant, flagged, unreadable and out-of-scope contractors in one run."""
    _english_ready()
    manifest = _manifest(
        audit_dir,
        [
            "NC-1,Northgate Cleaning,120,400000,docs/northgate.txt;docs/northgate.pdf",
            "WH-2,Warehouse Co,60,90000,docs/warehouse.docx",
            "SC-3,Scanned Ltd,60,90000,docs/scan.pdf",
            "SM-4,Small Co,5,90000,docs/warehouse.docx",
            "BR-5,Broken,many,90000,docs/northgate.txt",
        ],
    )
    result = _run(str(manifest), "--format", "json", *DATE)
    assert result.exit_code == 3
    by_id = {c["id"]: c for c in _json(result)["contractors"]}
    assert by_id["NC-1"]["status"] == "compliant"
    assert [d["status"] for d in by_id["NC-1"]["documents"]] == ["ok", "ok"]
    assert by_id["WH-2"]["status"] == "needs_coaching"
    plan = by_id["WH-2"]["coaching_plan"]
    assert [a["element"] for a in plan["actions"]] == ["recruitment", "complaints", "red_flag"]
    assert {a["due"] for a in plan["actions"]} == {"2025-08-31"} and plan[
        "follow_up"
    ] == "2025-11-29"
    assert by_id["SC-3"]["status"] == "needs_review"
    assert "no text layer: OCR needed" in by_id["SC-3"]["reason"]
    assert by_id["SM-4"]["status"] == "out_of_scope" and by_id["SM-4"]["red_flags"]
    assert by_id["SM-4"]["coaching_plan"] is None
    assert "manifest row 6 (BR-5): employees 'many'" in result.stderr
    assert "manifest row 4 (SC-3): docs/scan.pdf: unreadable: no text layer" in result.stderr


def test_exit_codes_zero_one_and_exit_zero(audit_dir: Path, tmp_path: Path) -> None:
    """Verify 0 when all is read and compliant, 1 with --fail-on-flag, --exit-zero, --output."""
    _english_ready()
    good = _manifest(audit_dir, ["NC-1,Northgate Cleaning,120,400000,docs/northgate.txt"])
    assert _run(str(good), *DATE).exit_code == 0
    flagged = _manifest(audit_dir, ["WH-2,Warehouse Co,60,90000,docs/warehouse.docx"])
    assert _run(str(flagged), *DATE).exit_code == 0
    assert _run(str(flagged), "--fail-on-flag", *DATE).exit_code == 1
    assert _run(str(flagged), "--fail-on-flag", "--exit-zero", *DATE).exit_code == 0
    report = tmp_path / "out" / "audit.txt"
    result = _run(str(flagged), "--fail-on-flag", "--output", str(report), *DATE)
    assert result.exit_code == 1 and result.stdout == ""
    text = report.read_text(encoding="utf-8")
    assert "WH-2  Warehouse Co  [needs_coaching]" in text and "RED FLAG" in text


def test_paths_outside_need_allow_outside(audit_dir: Path) -> None:
    """Verify a path outside the manifest's folder is refused, and accepted with the flag."""
    _english_ready()
    sub = audit_dir / "batch"
    sub.mkdir()
    manifest = _manifest(sub, ["NC-1,Northgate Cleaning,120,400000,../docs/northgate.txt"])
    refused = _run(str(manifest), "--format", "json", *DATE)
    assert refused.exit_code == 3
    (c,) = _json(refused)["contractors"]
    assert c["status"] == "needs_review" and "outside the manifest's folder" in c["reason"]
    allowed = _run(str(manifest), "--format", "json", "--allow-outside", *DATE)
    assert allowed.exit_code == 0
    assert _json(allowed)["contractors"][0]["status"] == "compliant"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "no such file"),
        ("id,name\nA,B\n", [], "bad header: missing column(s)"),
        (HEADER, ["--audit-date", "02/06/2025"], "Invalid value for '--audit-date'"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, content: str | None, args: list[str], message: str
) -> None:
    """Verify a missing or malformed manifest or a bad option is exit 2 with one line."""
    manifest = tmp_path / "manifest.csv"
    if content is not None:
        manifest.write_text(content, encoding="utf-8")
    result = _run(str(manifest), *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_profile_without_policy_packs_is_exit_2(tmp_path: Path) -> None:
    """Verify an audit with no policy rule packs at all refuses to run (exit 2, one line)."""
    profile = tmp_path / "nopolicy.yaml"
    text = (ROOT / "rules" / "profiles" / "ghent.yaml").read_text(encoding="utf-8")
    profile.write_text(text.replace("name: ghent", "name: nopolicy") + "policy_families: [none]\n")
    result = _run(str(_manifest(tmp_path, [])), "--profile", str(profile))
    assert result.exit_code == 2
    assert "the audit needs policy rule packs (rules/none/*.yaml)" in result.stderr


def test_forced_language_and_text_report(audit_dir: Path) -> None:
    """Verify --lang grades the documents as that language and the text report shows why."""
    _english_ready()
    manifest = _manifest(audit_dir, ["WH-2,Warehouse Co,60,90000,docs/warehouse.docx"])
    result = _run(str(manifest), "--lang", "en", *DATE)
    assert "WH-2  Warehouse Co  [needs_coaching]" in result.stdout
    assert (
        "reason: missing baseline element(s) recruitment, complaints; 1 red flag(s)"
        in result.stdout
    )
    assert "coaching plan (en): 3 action(s)" in result.stdout


def test_empty_manifest_is_a_clean_run(tmp_path: Path) -> None:
    """Verify a manifest with a header and no rows gives an empty report and exit 0."""
    manifest = _manifest(tmp_path, [])
    result = _run(str(manifest), "--format", "json", *DATE)
    assert result.exit_code == 0
    assert _json(result)["summary"]["contractors"] == 0


def test_sample_documents_are_built_from_their_sources(tmp_path: Path) -> None:
    """Verify the committed sample documents are what build_audit.py makes from its sources.

    A PDF is compared by the text the tool reads from it: its bytes change with the installed
    fonttools (font subsetting), which a fresh install may get newer than the one that built it.
    """
    sys.path.insert(0, str(ROOT / "corpus" / "tools"))
    import build_audit

    written = build_audit.build_all(tmp_path)
    assert len(written) >= 10
    for path in written:
        committed = SAMPLE / path.relative_to(tmp_path)
        if path.suffix == ".pdf":
            assert _read_text(committed) == _read_text(path), committed
        else:
            assert committed.read_bytes() == path.read_bytes(), committed


def test_audit_set_pdfs_are_built_from_their_sources(tmp_path: Path) -> None:
    """Verify each PDF of the audit sets reads as what build_audit.py makes from its source."""
    sys.path.insert(0, str(ROOT / "corpus" / "tools"))
    import build_audit

    written = build_audit.build_sets(tmp_path)
    assert len(written) >= 20
    for path in written:
        committed = SAMPLE / path.relative_to(tmp_path)
        assert _read_text(committed) == _read_text(path), committed


def _read_text(path: Path) -> tuple[DocStatus, list[tuple[int | None, str]]]:
    """Return what the tool reads from a file: its status (a scan has no text) and blocks."""
    doc = read_bytes(path.read_bytes(), str(path))
    return doc.status, [(b.page, b.text) for b in doc.blocks]


@pytest.mark.realdocs
def test_real_company_policies(tmp_path: Path) -> None:
    """Verify real EDI policies pass, a bare statement and an anti-slavery policy do not."""
    folder = REALDOCS / "policies_en"
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs not present")
    _english_ready()
    rows = [
        f"DXW,dxw digital,120,200000,{folder / 'inclusion-diversity-equality.md'}",
        f"MT,Made Tech,400,900000,{folder / 'policy.md'}",
        f"DXW-S,dxw statement only,120,200000,{folder / 'diversity-and-inclusion-statement.md'}",
        f"MT-AS,Made Tech,400,900000,{folder / 'anti_slavery_and_human_trafficking_policy.md'}",
    ]
    result = _run(str(_manifest(tmp_path, rows)), "--format", "json", "--allow-outside", *DATE)
    by_id = {c["id"]: c for c in _json(result)["contractors"]}
    assert by_id["DXW"]["status"] == by_id["MT"]["status"] == "compliant"
    assert by_id["DXW-S"]["status"] == "needs_coaching"
    assert "recruitment" in by_id["DXW-S"]["missing_baseline"]
    assert "policy_statement" in by_id["MT-AS"]["missing_baseline"]
    assert not any(c["red_flags"] for c in by_id.values())  # no real policy shows a red flag


def test_config_thresholds_and_quiet(audit_dir: Path, tmp_path: Path) -> None:
    """Verify the config file's scope thresholds decide who is audited, and --quiet is quiet."""
    _english_ready()
    manifest = _manifest(audit_dir, ["WH-2,Warehouse Co,60,90000,docs/warehouse.docx"])
    default = _json(_run(str(manifest), "--format", "json", *DATE))
    assert default["contractors"][0]["status"] == "needs_coaching"
    config = tmp_path / "clausecheck.yaml"
    config.write_text("min_employees: 100\n", encoding="utf-8")
    raised = _run(str(manifest), "--format", "json", "--config", str(config), "--quiet", *DATE)
    contractor = _json(raised)["contractors"][0]
    assert contractor["status"] == "out_of_scope"
    assert "60" in contractor["reason"]
    assert raised.exit_code == 0
    assert _json(raised)["rules_sha256"] != default["rules_sha256"]
