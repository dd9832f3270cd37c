"""Defined terms carry what their definition says into the sentences that use them."""

from __future__ import annotations

import pytest

from checker.definitions import Definition, defined_terms, definitions, term_pattern
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


def test_the_head_of_a_definition_is_kept() -> None:
    found = definitions(
        [
            '21.1 In dit artikel wordt onder "de Dienstverlenende Vennootschap" verstaan: de '
            "inschrijver aan wie de opdracht wordt gegund.",
            '"Contract" means the agreement between the Authority and the Contractor.',
        ]
    )
    assert found["de Dienstverlenende Vennootschap"] == Definition(0, "de inschrijver aan wie")
    assert found["Contract"] == Definition(1, "the agreement between the")


DEFINED_PARTY = (
    "1.2 {definition}\n\n"
    "9.1 The Cleaning Company makes no distinction between its employees on grounds of race, "
    "sex, religion, disability or age in recruitment, pay or dismissal."
)


@pytest.mark.parametrize(
    ("definition", "bound"),
    [
        ('"Cleaning Company" means the tenderer to whom the contract is awarded.', True),
        ('"Cleaning Company" means any firm that cleans the Site for the Contractor.', False),
    ],
)
def test_a_term_defined_as_the_contractor_is_a_party(
    grader: ClauseGrader, definition: str, bound: bool
) -> None:
    result = grader.grade_text(DEFINED_PARTY.format(definition=definition), "en")
    assert result.elements["commitment"].present is bound


GROUNDS = (
    "1.4 {definition}\n\n"
    "7.1 The Contractor shall not treat any employee or job applicant less favourably than "
    "another because of a Protected Trait, whether in recruitment, pay or dismissal."
)


@pytest.mark.parametrize(
    ("definition", "named"),
    [
        (
            '"Protected Trait" means race, sex, religion or belief, disability, age or sexual '
            "orientation.",
            True,
        ),
        ('"Protected Trait" means any trait the Authority lists in its staff handbook.', False),
    ],
)
def test_grounds_named_in_a_definition_reach_the_duty(
    grader: ClauseGrader, definition: str, named: bool
) -> None:
    result = grader.grade_text(GROUNDS.format(definition=definition), "en")
    assert result.elements["commitment"].present
    assert result.elements["grounds"].present is named
