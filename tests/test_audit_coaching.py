"""Verify coaching plans: texts as validated data, one action per gap, dates, DOCX and Markdown."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest

from checker.audit.coaching import (
    build_plan,
    coaching_dir,
    contractor_language,
    load_texts,
)
from checker.audit.writers import plan_stems, plan_to_docx, plan_to_markdown, safe_name, write_plans
from checker.errors import ConfigError
from checker.report.audit_models import ContractorResult, PolicyDocResult, RedFlag
from checker.rulepack.loader import load_profile
from checker.rulepack.models import Profile

PROFILE: Profile = load_profile("ghent")[0]
DAY = dt.date(2025, 3, 14)
LANGUAGES = ("en", "nl", "fr")


def _flag(text: str, kind: str, paragraph: int = 4) -> RedFlag:
    return RedFlag(
        text=text,
        document="docs/vacancy.txt",
        paragraph=paragraph,
        rule="RF-XX-01",
        start=10,
        end=10 + len(text),
        kind=kind,
    )


def _contractor(cid: str, lang: str, missing: list[str], flags: list[RedFlag]) -> ContractorResult:
    plan = build_plan(missing, flags, PROFILE, lang, DAY)
    return ContractorResult(
        id=cid,
        name=f"Contractor {cid}",
        row=2,
        employees=40,
        contract_value_eur=90000,
        in_scope=True,
        status="needs_coaching",
        language=lang,
        missing=missing,
        red_flags=flags,
        coaching_plan=plan,
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_texts_cover_every_policy_element(lang: str) -> None:
    """Verify each language's texts validate and cover all policy elements of the profile."""
    texts = load_texts(lang)
    assert texts.language == lang
    assert set(PROFILE.policy_elements) <= set(texts.elements)
    assert "default" in texts.red_flags


def test_unknown_language_falls_back_to_english() -> None:
    """Verify a language without texts gets the English ones."""
    assert load_texts("de").language == "en"


def test_invalid_texts_name_file_and_field(tmp_path: Path) -> None:
    """Verify a bad placeholder or a missing field is a ConfigError naming where."""
    good = (coaching_dir() / "en.yaml").read_text(encoding="utf-8")
    (tmp_path / "en.yaml").write_text(good.replace('"{quote}"', '"{quotation}"', 1), "utf-8")
    with pytest.raises(ConfigError, match="unknown placeholder"):
        load_texts("en", tmp_path)
    (tmp_path / "nl.yaml").write_text("language: nl\nletter: {}\n", "utf-8")
    with pytest.raises(ConfigError, match="nl.yaml: letter.title"):
        load_texts("nl", tmp_path)


@pytest.mark.parametrize(
    ("kind", "label_word"),
    [
        ("native_speaker", "Native"),
        ("accent", "accent"),
        ("age", "Age"),
        ("recent_graduate", "Age"),
        ("nationality", "Nationality"),
        ("gender", "Gendered"),
        ("origin", "origin"),
        ("something_else", "Discriminatory wording"),
    ],
)
def test_red_flag_text_follows_rule_name(kind: str, label_word: str) -> None:
    """Verify the red-flag action is chosen by the words of the rule's name."""
    assert label_word in load_texts("en").red_flag_text(_flag("x", kind)).label


def test_plan_has_one_action_per_gap_and_dates_from_audit_date() -> None:
    """Verify required actions (baseline gaps, then red flags), recommendations and dates."""
    missing = ["recruitment", "complaints", "training", "targets"]
    flags = [_flag("Candidates must be native speakers.", "native_speaker")]
    plan = build_plan(missing, flags, PROFILE, "en", DAY)
    assert [a.element for a in plan.actions] == ["recruitment", "complaints", "red_flag"]
    assert [a.element for a in plan.recommendations] == ["training", "targets"]
    assert all(a.due == dt.date(2025, 6, 12) for a in plan.actions)  # 90 days after 14 March
    assert all(a.due is None for a in plan.recommendations)
    assert plan.follow_up == dt.date(2025, 9, 10)  # 180 days
    assert plan.actions[2].quote == "Candidates must be native speakers."
    assert "Candidates must be native speakers." in plan.actions[2].action
    assert all(a.evidence_expected for a in plan.actions)


def test_plan_of_red_flags_only_has_no_element_action() -> None:
    """Verify a contractor that meets the baseline but shows red flags gets one action each."""
    flags = [_flag("Age 25 to 35.", "age", 3), _flag("Langue maternelle francaise.", "native", 5)]
    plan = build_plan([], flags, PROFILE, "fr", DAY)
    assert [a.element for a in plan.actions] == ["red_flag", "red_flag"]
    assert plan.language == "fr" and plan.actions[0].label.startswith("Limite")


def test_contractor_language_is_the_majority_of_readable_documents() -> None:
    """Verify the plan language: majority share over readable documents, English fallback."""

    def doc(status: str, shares: dict[str, float]) -> PolicyDocResult:
        return PolicyDocResult(path="p", status=status, languages=shares)

    docs = [doc("ok", {"fr": 0.9, "nl": 0.1}), doc("ok", {"nl": 1.0}), doc("ok", {"nl": 0.6})]
    assert contractor_language(docs) == "nl"
    assert contractor_language([doc("unreadable", {"fr": 1.0})]) == "en"
    assert contractor_language(docs, forced="fr") == "fr"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_docx_plan_opens_and_has_one_row_per_gap(lang: str) -> None:
    """Verify the DOCX opens with python-docx and holds one action row per gap, with dates."""
    flags = [_flag("Moedertaal Nederlands is een vereiste.", "mother_tongue")]
    c = _contractor("VDB-004", lang, ["recruitment", "monitoring"], flags)
    document = docx.Document(io.BytesIO(plan_to_docx(c)))
    texts = load_texts(lang)
    required, optional = document.tables
    assert len(required.rows) == 1 + 2  # header + recruitment + the red flag
    assert len(optional.rows) == 1 + 1  # header + monitoring
    assert required.cell(0, 4).text == texts.letter.due
    assert required.cell(1, 1).text == texts.elements["recruitment"].label
    assert required.cell(2, 4).text == "2025-06-12"
    assert "Moedertaal Nederlands is een vereiste." in required.cell(2, 2).text
    body = "\n".join(p.text for p in document.paragraphs)
    assert texts.letter.title in body and "2025-03-14" in body and "2025-09-10" in body
    assert "VDB-004" in body
    assert document.core_properties.language == lang


def test_markdown_plan_lists_every_action() -> None:
    """Verify the Markdown plan has the same actions, with a pipe in a quote escaped."""
    c = _contractor("GSS-002", "en", ["complaints"], [_flag("young | dynamic team", "age")])
    md = plan_to_markdown(c)
    assert md.startswith("# Equal-opportunity coaching plan: Contractor GSS-002")
    rows = [line for line in md.splitlines() if line.startswith("| 1 ") or line.startswith("| 2 ")]
    assert len(rows) == 2
    assert "young \\| dynamic team" in md and "2025-06-12" in md


@pytest.mark.parametrize(
    ("cid", "stem"),
    [
        ("GSS-002", "GSS-002"),
        ("Lumière/Restauration SA", "Lumiere_Restauration_SA"),
        ("../../etc/passwd", "etc_passwd"),
        ("...", "contractor"),
        ("a" * 200, "a" * 80),
    ],
)
def test_safe_names(cid: str, stem: str) -> None:
    """Verify file stems are plain ASCII, never hidden, never a path."""
    assert safe_name(cid) == stem


def test_write_plans_is_atomic_and_unique(tmp_path: Path) -> None:
    """Verify one DOCX and one Markdown per flagged contractor, unique names, no temp files."""
    a = _contractor("ACME/1", "en", ["complaints"], [])
    b = _contractor("ACME_1", "nl", ["recruitment"], []).model_copy(update={"row": 7})
    compliant = a.model_copy(update={"id": "OK-1", "coaching_plan": None, "status": "compliant"})
    assert plan_stems([a, b, compliant]) == {
        "ACME/1": "coaching_ACME_1",
        "ACME_1": "coaching_ACME_1_row7",
    }
    written = write_plans([a, b, compliant], tmp_path / "plans")
    names = sorted(p.name for p in (tmp_path / "plans").iterdir())
    assert names == sorted(p.name for p in written)
    assert names == [
        "coaching_ACME_1.docx",
        "coaching_ACME_1.md",
        "coaching_ACME_1_row7.docx",
        "coaching_ACME_1_row7.md",
    ]
    assert "Begeleidingsplan" in (tmp_path / "plans" / "coaching_ACME_1_row7.md").read_text("utf-8")
