"""`scan --baseline REPORT`: a CI run fails when a template weakens, even above the bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.regressions import compare
from checker.report.models import DocumentResult, ElementResult, ScanReport, ScanSummary
from cli.main import cli

# Paragraphs of an exemplary clause; index 4 is the action plan, 5 the sanctions.
CLAUSES = {
    "en": [
        "Article 7 - Equal treatment of staff",
        "The Contractor shall not discriminate against its employees or job applicants on "
        "grounds of ethnic origin, religion, disability, age, sex or sexual orientation.",
        "The Contractor shall impose the same obligation on its subcontractors and "
        "temporary-work agencies.",
        "The Authority may verify compliance with this clause by a self-assessment "
        "questionnaire and by requesting documents.",
        "Where the verification reveals shortcomings, the Contractor shall draw up an "
        "equal-opportunities action plan within three months, with the support of the Authority.",
        "A breach of this clause entitles the Authority to apply penalties and to terminate "
        "the Contract.",
    ],
    "fr": [
        "Article 7 - Égalité de traitement du personnel",
        "L'adjudicataire s'interdit toute discrimination à l'égard de son personnel et des "
        "candidats à un emploi fondée sur l'origine, la nationalité, le sexe, l'âge, le "
        "handicap ou la religion.",
        "L'adjudicataire impose la même obligation à ses sous-traitants et aux entreprises de "
        "travail intérimaire.",
        "Le pouvoir adjudicateur peut contrôler le respect de cet article au moyen d'un "
        "questionnaire d'autoévaluation et en demandant des documents.",
        "Si le contrôle révèle des manquements, l'adjudicataire établit dans les trois mois un "
        "plan d'action pour l'égalité des chances, avec l'accompagnement du pouvoir adjudicateur.",
        "Un manquement au présent article donne lieu à des pénalités et peut entraîner la "
        "résiliation du marché.",
    ],
    "nl": [
        "Artikel 7 - Gelijke behandeling van personeel",
        "De opdrachtnemer discrimineert zijn werknemers en sollicitanten niet op grond van "
        "afkomst, nationaliteit, geslacht, leeftijd, handicap of geloof.",
        "De opdrachtnemer legt dezelfde verplichting op aan zijn onderaannemers en uitzendbureaus.",
        "De aanbestedende overheid kan de naleving van dit artikel controleren met een "
        "zelfevaluatievragenlijst en door documenten op te vragen.",
        "Als de controle tekortkomingen aantoont, stelt de opdrachtnemer binnen drie maanden een "
        "actieplan gelijke kansen op, met begeleiding van de aanbestedende overheid.",
        "Een inbreuk op dit artikel geeft aanleiding tot straffen en kan leiden tot verbreking "
        "van de opdracht.",
    ],
}
PLAN, SANCTIONS, FLOWDOWN = 4, 5, 2


def _text(lang: str, *dropped: int) -> str:
    return "\n\n".join(p for i, p in enumerate(CLAUSES[lang]) if i not in dropped) + "\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / "templates" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _scan(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(
        cli, ["scan", *args, "--no-cache", "-q", "-j", "1"], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def _baseline(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    target: str = "templates",
) -> Path:
    base = tmp_path / "base"
    _write(base, files)
    out = tmp_path / "base.json"
    code, _, _ = _scan(base, monkeypatch, target, "--format", "json", "-o", str(out))
    assert code == 0
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_template_that_loses_its_action_plan_fails_above_the_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    base = _baseline(tmp_path, monkeypatch, {f"{lang}.txt": _text(lang)})
    head = tmp_path / "head"
    _write(head, {f"{lang}.txt": _text(lang, PLAN)})
    args = ("templates", "--fail-under", "moderate", "--baseline", str(base))
    code, out, err = _scan(head, monkeypatch, *args, "--format", "json")
    assert code == 1
    assert f"templates/{lang}.txt weakened since the baseline: level exemplary -> strong" in err
    report = json.loads(out)
    assert report["baseline"] == str(base)
    [regression] = report["regressions"]
    assert regression["path"] == f"templates/{lang}.txt"
    assert (regression["was_level"], regression["level"]) == ("exemplary", "strong")
    assert regression["lost"] == ["action_plan"]
    assert report["documents"][0]["level"] == "strong"  # the grade itself is unchanged


def test_unchanged_and_stronger_templates_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {"en.txt": _text("en"), "fr.txt": _text("fr", PLAN), "nl.txt": _text("nl", SANCTIONS)}
    base = _baseline(tmp_path, monkeypatch, before)
    head = tmp_path / "head"
    _write(head, {"en.txt": _text("en"), "fr.txt": _text("fr"), "nl.txt": _text("nl")})
    code, out, err = _scan(head, monkeypatch, "templates", "--baseline", str(base))
    assert code == 0, err
    assert "no document weakened" in out
    assert "weakened since" not in err


def test_an_element_lost_at_the_same_level_is_a_weakening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # strong with both plan and sanctions; without the sanctions it is strong still
    base = _baseline(tmp_path, monkeypatch, {"nl.txt": _text("nl", FLOWDOWN)})
    head = tmp_path / "head"
    _write(head, {"nl.txt": _text("nl", FLOWDOWN, SANCTIONS)})
    code, out, err = _scan(head, monkeypatch, "templates", "--baseline", str(base))
    assert code == 1
    assert "level strong (unchanged); lost remedies" in err
    assert "1 document(s) weakened" in out


def test_paths_match_as_scanned_and_new_or_unread_documents_are_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _baseline(
        tmp_path, monkeypatch, {"a.txt": _text("en"), "b.txt": _text("fr")}, "./templates"
    )
    head = tmp_path / "head"
    _write(head, {"a.txt": _text("en"), "c.txt": _text("nl", PLAN, SANCTIONS)})
    (head / "templates" / "b.pdf").write_bytes(b"%PDF-1.4 truncated")
    code, out, err = _scan(
        head, monkeypatch, "templates", "--baseline", str(base), "--format", "json"
    )
    report = json.loads(out)
    assert report["regressions"] == []  # a.txt matched through "./", c.txt is new
    assert code == 3  # the unreadable file is what fails the run, not a weakening
    assert "b.pdf" in err and "weakened" not in err


def test_a_bad_baseline_stops_the_run_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _baseline(tmp_path, monkeypatch, {"en.txt": _text("en")})
    head = tmp_path / "head"
    _write(head, {"en.txt": _text("en")})
    other = tmp_path / "other.json"
    other.write_text(base.read_text().replace('"profile": "ghent"', '"profile": "strict"'))
    junk = tmp_path / "junk.json"
    junk.write_text("documents: []\n")
    cases = {
        str(other): "graded with profile 'strict'",
        str(junk): "not a clausecheck scan report in JSON",
        str(tmp_path / "absent.json"): "cannot read the baseline report",
    }
    for path, reason in cases.items():
        code, out, err = _scan(head, monkeypatch, "templates", "--baseline", path)
        assert code == 2
        assert out == ""
        [line] = err.strip().splitlines()
        assert path in line and reason in line and "Traceback" not in err


def _doc(path: str, level: str, present: list[str], waived: tuple[str, ...] = ()) -> DocumentResult:
    from checker.report.models import WaivedFinding

    names = ["commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"]
    return DocumentResult(
        path=path,
        sha256="0" * 64,
        status="ok",
        level=level,
        effective_level="exemplary" if waived else level,
        elements={n: ElementResult(present=n in present) for n in names},
        missing=[n for n in names if n not in present and n not in waived],
        waived=[
            WaivedFinding(element=w, justification="j", approved_by="a", expires="2099-01-01")
            for w in waived
        ],
    )


def _report(*docs: DocumentResult) -> ScanReport:
    summary = ScanSummary(documents=len(docs), by_level={}, unreadable=0, errors=0)
    return ScanReport(profile="ghent", rules_sha256="x", documents=list(docs), summary=summary)


LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")
ALL = ["commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"]


def test_a_waived_element_counts_as_present_on_both_sides() -> None:
    before = _report(_doc("t.docx", "exemplary", ALL))
    without_plan = [e for e in ALL if e != "action_plan"]
    waived = _report(_doc("t.docx", "strong", without_plan, waived=("action_plan",)))
    assert compare(waived, before, LEVELS, "base.json").regressions == []
    bare = _report(_doc("t.docx", "strong", without_plan))
    [regression] = compare(bare, before, LEVELS, "base.json").regressions
    assert regression.lost == ["action_plan"]
    assert regression.message.endswith("level exemplary -> strong; lost action_plan")


def test_jsonl_on_stdout_ends_with_the_regressions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _baseline(tmp_path, monkeypatch, {"en.txt": _text("en")})
    head = tmp_path / "head"
    _write(head, {"en.txt": _text("en", SANCTIONS)})
    code, out, _ = _scan(
        head, monkeypatch, "templates", "--baseline", str(base), "--format", "jsonl"
    )
    last = json.loads(out.splitlines()[-1])
    assert code == 1 and "summary" in last
    assert [r["lost"] for r in last["regressions"]] == [["remedies"]]


def test_a_baseline_with_other_paths_is_said_not_passed_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = _baseline(tmp_path, monkeypatch, {"en.txt": _text("en")})
    head = tmp_path / "head"
    _write(head, {"en.txt": _text("en", PLAN)})
    (head / "templates").rename(head / "contracts")  # the folder renamed: nothing matches
    code, _, err = _scan(head, monkeypatch, "contracts", "--baseline", str(base))
    assert code == 0
    assert "no document of this scan is in the baseline" in err
