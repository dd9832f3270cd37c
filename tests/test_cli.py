"""The public interface of CLI_CONTRACT.md: commands, JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpus" / "demo"
MODERATE_EN = DEMO / "harbourside_itt_cleaning.html"
ABSENT_EN = DEMO / "northfold_itt_open_data_portal.txt"

STRONG_TEXT = """Article 5 - Equal treatment of staff

The Contractor shall not discriminate against its employees or job applicants on grounds of
race, ethnic origin, religion, disability, age, sex or sexual orientation.

The Contractor shall impose the same obligation on its subcontractors and agency staff.

The Authority may verify compliance with this clause by a self-assessment questionnaire.

A breach of this clause entitles the Authority to terminate the Contract.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def strong_file(tmp_path: Path) -> Path:
    path = tmp_path / "strong.txt"
    path.write_text(STRONG_TEXT, encoding="utf-8")
    return path


@pytest.fixture()
def image_only_pdf(tmp_path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(80, 80, 80)
    pdf.rect(20, 20, 150, 200, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    return path


def test_version_is_light() -> None:
    code = (
        "import sys; from cli.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'pdfplumber', 'docx', 'pypdfium2') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert "clausecheck, version" in out
    assert "HEAVY []" in out


def test_scan_json_has_the_contract_keys(strong_file: Path) -> None:
    code, out, _ = run("scan", str(strong_file), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["tool"]["name"] == "clausecheck"
    assert report["profile"] == "ghent"
    assert len(report["rules_sha256"]) == 64
    doc = report["documents"][0]
    for key in ("path", "sha256", "status", "error", "language", "level", "score"):
        assert key in doc
    assert doc["path"] == str(strong_file)
    assert doc["status"] == "ok" and doc["error"] is None and doc["language"] == "en"
    assert doc["level"] == "strong"
    assert set(doc["elements"]) == {
        "commitment",
        "grounds",
        "flowdown",
        "monitoring",
        "action_plan",
        "remedies",
        "applicability",
    }
    evidence = doc["elements"]["commitment"]["evidence"][0]
    assert set(evidence) >= {"text", "page", "paragraph", "article", "rule", "start", "end"}
    assert evidence["article"] == "5" and evidence["rule"].startswith("ND-EN-")
    assert "shall not discriminate" in evidence["text"]
    assert doc["missing"] == ["action_plan", "applicability"]
    assert report["summary"] == {
        "documents": 1,
        "by_level": {"absent": 0, "weak": 0, "moderate": 0, "strong": 1, "exemplary": 0},
        "unreadable": 0,
        "errors": 0,
    }


def test_fail_under_and_exit_zero() -> None:
    assert run("scan", str(MODERATE_EN), "--fail-under", "moderate")[0] == 0
    assert run("scan", str(MODERATE_EN), "--fail-under", "strong")[0] == 1
    assert run("scan", str(MODERATE_EN), "--fail-under", "strong", "--exit-zero")[0] == 0


def test_unreadable_is_exit_3_and_never_absent(image_only_pdf: Path, strong_file: Path) -> None:
    code, out, err = run("scan", str(image_only_pdf), str(strong_file), "--format", "json")
    assert code == 3
    docs = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert docs["scan.pdf"]["status"] == "unreadable"
    assert docs["scan.pdf"]["level"] is None and docs["scan.pdf"]["score"] is None
    assert "OCR" in docs["scan.pdf"]["error"]
    assert docs["strong.txt"]["level"] == "strong"  # the other file is not lost
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "scan.pdf" in lines[0] and "Traceback" not in err


def test_unreadable_wins_over_below_bar(image_only_pdf: Path) -> None:
    assert run("scan", str(image_only_pdf), str(ABSENT_EN), "--fail-under", "weak")[0] == 3


def test_missing_file_is_reported_not_lost(tmp_path: Path, strong_file: Path) -> None:
    code, out, err = run("scan", str(tmp_path / "nope.pdf"), str(strong_file), "--format", "json")
    assert code == 3
    statuses = [d["status"] for d in json.loads(out)["documents"]]
    assert statuses == ["error", "ok"]
    assert "nope.pdf" in err and "not found" in err


def test_directory_is_searched_recursively(tmp_path: Path, strong_file: Path) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "t.md").write_text(STRONG_TEXT, encoding="utf-8")
    (sub / "notes.csv").write_text("x,y\n", encoding="utf-8")
    code, out, _ = run("scan", str(tmp_path), "--format", "json")
    paths = sorted(Path(d["path"]).name for d in json.loads(out)["documents"])
    assert code == 0 and paths == ["strong.txt", "t.md"]


def test_bad_profile_is_exit_2_one_line(strong_file: Path) -> None:
    code, _, err = run("scan", str(strong_file), "--profile", "nosuchprofile")
    assert code == 2
    assert "nosuchprofile" in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1


def test_bad_profile_file_names_file_and_line(tmp_path: Path, strong_file: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "name: mine\nkind: profile\ndescription: x\nelements: [commitment]\n"
        "levels: []\nweights: {nonsense: 3}\nscope: {min_employees: 1,"
        " min_contract_value_eur: 0}\n",
        encoding="utf-8",
    )
    code, _, err = run("scan", str(strong_file), "--profile", str(bad))
    assert code == 2 and "mine.yaml" in err and "Traceback" not in err


def test_usage_error_is_exit_2() -> None:
    assert run("scan", "--format", "nonsense", "x.pdf")[0] == 2
    assert run("scan")[0] == 2


def test_text_report_names_level_evidence_and_advice(strong_file: Path) -> None:
    code, out, _ = run("scan", str(strong_file))
    assert code == 0
    assert "level: strong" in out
    assert "art. 5" in out and "ND-EN-" in out
    assert "to reach exemplary" in out and "action_plan" in out


def test_extract_json_and_exit_codes(strong_file: Path, image_only_pdf: Path) -> None:
    code, out, _ = run("extract", str(strong_file), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["status"] == "ok" and doc["format"] == "txt" and len(doc["sha256"]) == 64
    block = next(b for b in doc["blocks"] if "shall not discriminate" in b["text"])
    assert block["article"] == "5" and block["language"] == "en"
    assert block["end"] > block["start"] >= 0
    code, _, err = run("extract", str(image_only_pdf))
    assert code == 3 and "OCR" in err


def test_rules_test_passes_every_example() -> None:
    code, out, _ = run("rules", "test")
    assert code == 0, out[-2000:]
    assert ", 0 failed" in out


def test_rules_list_shows_every_language() -> None:
    code, out, _ = run("rules", "list")
    assert code == 0
    assert "ND-EN-01" in out


def test_eval_prints_engine_and_baseline() -> None:
    code, out, _ = run("eval", str(ROOT / "corpus"), "--format", "json", "--lang", "en")
    assert code == 0
    data = json.loads(out)
    engine = data["clauses"]["engine"][0]
    baseline = data["clauses"]["baseline"][0]
    assert engine["language"] == "en" and engine["cases"] >= 60
    assert engine["level_accuracy"] > baseline["level_accuracy"]


_OWN_CASE = """language: en
cases:
  - id: own-en-001
    text: |
      The Contractor shall not discriminate against any employee or job applicant because of
      race, sex, disability or age.
    level: moderate
    elements: [commitment, grounds]
"""


def test_eval_of_an_own_corpus_without_baseline_uses_the_teams(tmp_path: Path) -> None:
    """An own blind set brings no keyword_baseline.yaml: no traceback, the team's is used."""
    (tmp_path / "clauses").mkdir()
    (tmp_path / "clauses" / "en.yaml").write_text(_OWN_CASE, encoding="utf-8")
    code, out, err = run("eval", str(tmp_path), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["clauses"]["engine"][0]["cases"] == 1
    assert data["clauses"]["engine"][0]["level_accuracy"] == 1.0
    assert data["clauses"]["baseline"][0]["cases"] == 1


def test_eval_without_any_baseline_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.evaluation import run as evaluation_run

    monkeypatch.setattr(evaluation_run, "TEAM_BASELINE", tmp_path / "none.yaml")
    (tmp_path / "clauses").mkdir()
    (tmp_path / "clauses" / "en.yaml").write_text(_OWN_CASE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "keyword_baseline.yaml" in result.output and str(tmp_path) in result.output
    assert "Traceback" not in result.output


def test_report_file_is_written_whole_with_ordinary_permissions(tmp_path: Path) -> None:
    """Verify --output leaves no temporary file behind and the report is readable by others."""
    out = tmp_path / "reports" / "scan.json"
    code, stdout, _ = run("scan", str(MODERATE_EN), "--format", "json", "-o", str(out))
    assert code == 0 and stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["documents"] == 1
    assert [p.name for p in out.parent.iterdir()] == ["scan.json"]
    assert out.stat().st_mode & 0o044 == 0o044 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
