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
    wrong = [f"{o.id}: {o.gold_level} -> {o.level}" for o in outcomes if o.level != o.gold_level]
    assert not wrong, wrong
