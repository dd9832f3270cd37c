"""Configuration discovery, validation and waivers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.config import Config, Waiver, discover, find_config, load_config
from checker.errors import ConfigError
from checker.report.models import DocumentResult, ElementResult, ScanReport, ScanSummary
from checker.rulepack.loader import load_ruleset
from checker.waivers import apply_waivers

TODAY = date(2026, 11, 22)


def test_walks_up_to_the_nearest_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".clausecheck.yaml").write_text("profile: ghent\nfail_under: weak\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_config() == tmp_path / ".clausecheck.yaml"
    assert discover().fail_under == "weak"


def test_pyproject_counts_only_with_its_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.clausecheck]\nfail-under = 'moderate'\n")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.ruff]\nline-length = 90\n")
    assert find_config(inner) == tmp_path / "pyproject.toml"
    assert load_config(tmp_path / "pyproject.toml").fail_under == "moderate"


def test_yaml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.clausecheck]\nfail-under = 'weak'\n")
    (tmp_path / ".clausecheck.yaml").write_text("fail_under: strong\n")
    assert find_config(tmp_path) == tmp_path / ".clausecheck.yaml"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("fail_under: superb\n", "fail_under"),
        ("unknown_key: 1\n", "unknown_key"),
        ("- just\n- a list\n", "mapping"),
        ("profile: [unclosed\n", "cannot read"),
        (
            "waivers:\n  - document: '*.pdf'\n    justification: ok ok\n"
            "    approved_by: A\n    expires: 2027-01-01\n",
            "element or a rule",
        ),
    ],
)
def test_bad_config_names_file_and_reason(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / ".clausecheck.yaml"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message and words in message and "\n" not in message


def test_explicit_missing_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        discover(tmp_path / "nope.yaml")


def _report(path: str, present: set[str]) -> ScanReport:
    profile = load_ruleset("ghent").profile
    elements = {e: ElementResult(present=e in present) for e in profile.elements}
    doc = DocumentResult(
        path=path,
        sha256="0" * 64,
        status="ok",
        level="moderate",
        score=50,
        elements=elements,
        missing=[e for e in profile.elements if e not in present],
    )
    summary = ScanSummary(documents=1, by_level={}, unreadable=0, errors=0)
    return ScanReport(profile="ghent", rules_sha256="x", documents=[doc], summary=summary)


def _waiver(**kw: object) -> Waiver:
    base = {
        "document": "templates/*.docx",
        "justification": "Monitoring by the framework",
        "approved_by": "Legal (J. Peeters)",
        "expires": date(2027, 6, 30),
    }
    return Waiver.model_validate({**base, **kw})


def test_waiver_moves_missing_to_waived_and_lifts_effective_level() -> None:
    profile = load_ruleset("ghent").profile
    report = _report("templates/t.docx", {"commitment", "grounds", "remedies"})
    out = apply_waivers(report, [_waiver(element="monitoring")], profile, TODAY)
    doc = out.documents[0]
    assert "monitoring" not in doc.missing
    assert [w.element for w in doc.waived] == ["monitoring"]
    assert doc.level == "moderate" and doc.effective_level == "strong"
    assert out.waivers == []


def test_expired_and_stale_waivers_are_reported() -> None:
    profile = load_ruleset("ghent").profile
    report = _report("templates/t.docx", {"commitment", "grounds"})
    waivers = [
        _waiver(element="monitoring", expires=date(2026, 1, 1)),
        _waiver(document="other/*.pdf", rule="ghent/remedies"),
    ]
    out = apply_waivers(report, waivers, profile, TODAY)
    assert out.documents[0].waived == [] and "monitoring" in out.documents[0].missing
    kinds = sorted((n.kind, n.target) for n in out.waivers)
    assert kinds == [("expired", "monitoring"), ("stale", "ghent/remedies")]


def test_rule_id_waiver_targets_the_element() -> None:
    profile = load_ruleset("ghent").profile
    out = apply_waivers(
        _report("templates/t.docx", {"commitment", "grounds"}),
        [_waiver(rule="ghent/flowdown")],
        profile,
        TODAY,
    )
    assert [w.element for w in out.documents[0].waived] == ["flowdown"]


def test_defaults_are_empty() -> None:
    assert Config().waivers == () and Config().profile is None


def test_scope_thresholds_override_the_profile() -> None:
    """Verify the config's audit thresholds replace the profile's and change the rules hash."""
    from checker.config import with_scope

    ruleset = load_ruleset("ghent")
    same = with_scope(ruleset, Config())
    assert same is ruleset
    lowered = with_scope(ruleset, Config(min_employees=5))
    assert lowered.profile.scope.min_employees == 5
    kept = ruleset.profile.scope.min_contract_value_eur
    assert lowered.profile.scope.min_contract_value_eur == kept
    assert lowered.sha256 != ruleset.sha256 and ruleset.profile.scope.min_employees != 5
