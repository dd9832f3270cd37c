"""Defined terms carry what their definition says into the sentences that use them."""

from __future__ import annotations

import pytest

from checker.definitions import defined_terms, term_pattern
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('"Personnel" means all persons employed by the Contractor.', "Personnel"),
        ("1.4 “Protected Class” means race, color, religion or sex.", "Protected Class"),
        ("« Personnel » désigne les salariés du titulaire.", "Personnel"),
        ("On entend par « Intervenants » les salariés du titulaire.", "Intervenants"),
        ("Onder 'personeel' wordt verstaan: de werknemers van de opdrachtnemer.", "personeel"),
        ('"Staff" shall include agency workers.', "Staff"),
    ],
)
def test_definitions_are_found(text: str, term: str) -> None:
    assert defined_terms([text]) == {term: 0}


def test_a_quoted_word_in_a_clause_is_not_a_definition() -> None:
    text = 'The Contractor shall keep a register of "complaints" and answer each within 10 days.'
    assert defined_terms([text]) == {}


def test_uses_of_a_term_are_found_as_written() -> None:
    pattern = term_pattern(["Personnel"])
    assert pattern is not None
    found = [
        m.group(0) for m in pattern.finditer("All Personnel; personnel; Personnels; XPersonnel")
    ]
    assert found == ["Personnel", "Personnels"]


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


CLAUSE = (
    "1.1 {definition}\n\n"
    "7.1 The Contractor shall not discriminate against any of its Personnel on grounds of "
    "race, sex, religion, disability, age or sexual orientation, in recruitment, pay, "
    "training or dismissal."
)


def test_a_definition_that_covers_subcontractors_staff_carries_flowdown(
    grader: ClauseGrader,
) -> None:
    wide = '"Personnel" means the employees of the Contractor and of any subcontractor.'
    narrow = '"Personnel" means the employees of the Contractor, including agency workers.'
    assert grader.grade_text(CLAUSE.format(definition=wide), "en").elements["flowdown"].present
    assert (
        not grader.grade_text(CLAUSE.format(definition=narrow), "en").elements["flowdown"].present
    )
