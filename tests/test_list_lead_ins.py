"""Clause grading of list items under a lead-in, and the wordings found with them.

A contract often puts the party and the field of the duty in the sentence that opens a list
("Le titulaire s'engage à garantir, dans le recrutement de son personnel : 1° l'absence de
toute discrimination fondée sur l'origine ; 2° ..."); each item is then read in the field of
employment its lead-in names. Written for these tests, with near misses.
"""

from __future__ import annotations

import pytest

from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def _graded(grader: ClauseGrader, text: str, lang: str) -> tuple[str | None, set[str]]:
    result = grader.grade_text(text, lang)
    return result.level, {k for k, v in result.elements.items() if v.present}


LEAD_INS = {
    "fr": (
        "12.1 Le titulaire s'engage à garantir, dans le recrutement et la gestion des "
        "intervenants affectés au marché :\n\n"
        "1° l'absence de toute discrimination fondée sur l'origine, le sexe ou l'âge ;\n\n"
        "2° la rédaction d'offres d'emploi sans mention d'une caractéristique protégée."
    ),
}


@pytest.mark.parametrize("lang", sorted(LEAD_INS))
def test_list_items_take_the_field_of_their_lead_in(grader: ClauseGrader, lang: str) -> None:
    """Verify an item naming grounds under a lead-in on recruitment is a commitment (the
    French nominal item, "1° l'absence de toute discrimination", names no field itself; only
    the field is inherited, not the party: "The Contracting Authority may exclude any
    tenderer which: (a) has been convicted of discrimination in recruitment" binds no one)."""
    assert _graded(grader, LEAD_INS[lang], lang) == ("moderate", {"commitment", "grounds"})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the lead-in is about the service, not the staff: nothing to inherit
        (
            "fr",
            "Le titulaire garantit, dans l'attribution des logements :\n\n"
            "1° l'absence de toute discrimination fondée sur l'origine ou le sexe.",
        ),
        # a sentence that is not an item ends the list
        (
            "fr",
            "Le titulaire garantit, dans le recrutement de son personnel :\n\n"
            "Le délai de livraison est de trente jours.\n\n"
            "1° l'absence de toute discrimination fondée sur l'origine ou le sexe.",
        ),
    ],
)
def test_items_without_an_employment_lead_in_stay_apart(
    grader: ClauseGrader, lang: str, text: str
) -> None:
    """Verify an item inherits nothing from a lead-in on another field, or across a sentence
    that ends the list."""
    assert "commitment" not in _graded(grader, text, lang)[1]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Opdrachtnemer beoordeelt sollicitanten uitsluitend op hun geschiktheid en wijst "
            "niemand af vanwege afkomst, huidskleur of geslacht.",
            "moderate",
        ),
        ("Opdrachtnemer wijst geen sollicitanten af omdat ze een diploma missen.", "absent"),
        (
            "De aanbestedende dienst wijst geen inschrijvingen af vanwege de nationaliteit van "
            "de inschrijver.",
            "absent",
        ),
    ],
)
def test_refusing_nobody_because_of_a_ground(grader: ClauseGrader, text: str, level: str) -> None:
    """Verify "wijst niemand af vanwege <grounds>" is the duty, and a refusal for another
    reason or of tenders is not."""
    assert _graded(grader, text, "nl")[0] == level


def test_an_extension_to_other_decisions_is_no_flowdown(grader: ClauseGrader) -> None:
    """Verify "Dit geldt ook voor ..." extends the duty to subcontractors only when it names
    them."""
    duty = "De opdrachtnemer discrimineert zijn werknemers niet op grond van afkomst. "
    own = _graded(grader, duty + "Dit geldt ook voor de verlenging van contracten.", "nl")[1]
    assert "flowdown" not in own
    passed = _graded(grader, duty + "Dit geldt ook voor zijn onderaannemers.", "nl")[1]
    assert "flowdown" in passed


def test_sanctions_for_refusing_the_plan(grader: ClauseGrader) -> None:
    """Verify penalties for refusing to draw up or carry out "ce plan" (the action plan of the
    article before) are remedies, and those for a prevention plan are not."""
    duty = (
        "Article 31 – Non-discrimination\n\nL'adjudicataire ne pratique aucune discrimination "
        "envers son personnel fondée sur le sexe. Si des manquements sont constatés, "
        "l'adjudicataire établit un plan d'action égalité des chances."
    )
    refused = (
        "\n\nArticle 34 – Sanctions\n\nL'adjudicataire qui refuse d'établir ou d'exécuter "
        "ce plan s'expose aux pénalités."
    )
    assert "remedies" in _graded(grader, duty + refused, "fr")[1]
    other = (
        "\n\nArticle 40 – Sécurité\n\nL'adjudicataire établit un plan de prévention.\n\n"
        "Article 41 – Pénalités\n\nL'adjudicataire qui refuse d'exécuter ce plan de "
        "prévention s'expose aux pénalités."
    )
    assert "remedies" not in _graded(grader, duty + other, "fr")[1]


def test_laws_including_those_governing_wages_and_hours(grader: ClauseGrader) -> None:
    """Verify "all laws, including those governing wages and hours" is the generic
    labour-law duty, and all laws including those on transport are not."""
    labour = (
        "Contractor shall comply with all federal, state and local laws that apply to this "
        "Contract, including without limitation those governing wages and hours, overtime and "
        "the employment of Contractor's personnel."
    )
    assert _graded(grader, labour, "en")[0] == "weak"
    other = (
        "Contractor shall comply with all laws, including without limitation those governing "
        "the transport of hazardous materials."
    )
    assert _graded(grader, other, "en")[0] == "absent"


def test_a_contract_that_carries_no_equality_condition(grader: ClauseGrader) -> None:
    """Verify "ne comporte aucune condition d'exécution relative à l'égalité des chances" is
    no commitment."""
    text = (
        "II.9. Clauses sociales. Le présent cahier spécial des charges ne comporte aucune "
        "condition d'exécution relative à l'égalité des chances ou à la gestion du personnel "
        "de l'adjudicataire."
    )
    assert _graded(grader, text, "fr")[0] == "absent"
