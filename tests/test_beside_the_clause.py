"""Plans, requests and figures beside a non-discrimination clause that are not its elements.

The buyer's own diversity plan for its own staff, an environmental plan the contractor is
only encouraged to submit, aids provided to service users on request and a headcount broken
down in a report table sit next to the duty in real contracts; none is an action plan, a
check or a threshold of the duty. Written for these tests, with the element that does count
beside each near miss.
"""

from __future__ import annotations

import pytest

from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def _elements(grader: ClauseGrader, text: str, lang: str) -> set[str]:
    result = grader.grade_text(text, lang)
    return {k for k, v in result.elements.items() if v.present}


DUTY = {
    "en": "The contractor shall not discriminate against its staff on grounds of sex or race. ",
    "fr": "Le titulaire s'interdit toute discrimination fondée sur l'origine envers ses salariés. ",
    "nl": "De opdrachtnemer discrimineert zijn werknemers niet op grond van afkomst. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Pour information, le pouvoir adjudicateur applique à ses propres agents le plan de "
            "diversité adopté en vertu de l'ordonnance du 4 septembre 2008.",
        ),
        (
            "nl",
            "Ter informatie: de aanbestedende dienst past op zijn eigen personeel het "
            "diversiteitsplan toe dat de gemeenteraad heeft goedgekeurd.",
        ),
        (
            "en",
            "The contractor is encouraged, but not obliged, to submit an environmental "
            "improvement plan for the services.",
        ),
        (
            "en",
            "Where shortcomings are found, the contractor is encouraged, but not obliged, to "
            "submit an equality action plan.",
        ),
    ],
)
def test_plans_that_are_not_the_contractors_action_plan(
    grader: ClauseGrader, lang: str, text: str
) -> None:
    """Verify the buyer's own plan, a plan on another subject and a plan only encouraged are
    no action plan."""
    assert "action_plan" not in _elements(grader, DUTY[lang] + text, lang)


@pytest.mark.parametrize("lang", sorted(DUTY))
def test_the_contractors_own_plan_still_counts(grader: ClauseGrader, lang: str) -> None:
    """Verify the plan the contractor must draw up on shortcomings is the action plan."""
    plan = {
        "en": "Where shortcomings are found, the contractor shall submit an equality action "
        "plan within three months.",
        "fr": "Si des manquements sont constatés, le titulaire établit un plan d'action "
        "égalité des chances dans les trois mois.",
        "nl": "Worden tekortkomingen vastgesteld, dan stelt de opdrachtnemer binnen drie "
        "maanden een gelijkekansenactieplan op.",
    }[lang]
    assert "action_plan" in _elements(grader, DUTY[lang] + plan, lang)


def test_aids_for_service_users_on_request_are_no_check(grader: ClauseGrader) -> None:
    """Verify auxiliary aids provided to participants on request are no monitoring, and the
    buyer's request for the contractor's employment records is."""
    users = (
        "Grantee shall ensure that every program is accessible to participants with "
        "disabilities, as required by Section 504, and shall provide auxiliary aids on request."
    )
    assert "monitoring" not in _elements(grader, DUTY["en"] + users, "en")
    records = (
        "The State may request the Grantee's employment records to verify compliance with "
        "this clause."
    )
    assert "monitoring" in _elements(grader, DUTY["en"] + records, "en")


def test_a_headcount_broken_down_in_a_report_is_no_threshold(grader: ClauseGrader) -> None:
    """Verify a report's "headcount by sex" is no applicability, and a headcount threshold
    is."""
    report = "Report: Workforce profile | headcount on the Contract by sex and ethnic group."
    assert "applicability" not in _elements(grader, DUTY["en"] + report, "en")
    threshold = "This clause applies where the contractor employs 50 or more employees."
    assert "applicability" in _elements(grader, DUTY["en"] + threshold, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le titulaire s'interdit toute mesure prohibée par l'article 225-1 du code pénal, "
            "qu'il s'agisse d'un refus d'embauche, d'une sanction, d'une mutation ou d'un "
            "licenciement.",
        ),
        (
            "nl",
            "Opdrachtnemer maakt bij de werving van chauffeurs en bij de beëindiging van hun "
            "dienstverband geen onderscheid dat in strijd is met de Algemene wet gelijke "
            "behandeling.",
        ),
    ],
)
def test_the_employers_own_decisions_are_no_remedy(
    grader: ClauseGrader, lang: str, text: str
) -> None:
    """Verify a sanction or a dismissal among the decisions the duty covers is no remedy."""
    assert "remedies" not in _elements(grader, text, lang)


def test_documents_claimed_with_interview_reports_are_a_check(grader: ClauseGrader) -> None:
    """Verify a claim for the documents that attest the article ("comptes rendus
    d'entretien" among them) is monitoring, and a check of the accounts is not."""
    claim = (
        "Le pouvoir adjudicateur peut réclamer à l'adjudicataire les pièces attestant le "
        "respect du présent article (offres d'emploi publiées, comptes rendus d'entretien)."
    )
    assert "monitoring" in _elements(grader, DUTY["fr"] + "\n\n" + claim, "fr")
    accounts = "Le pouvoir adjudicateur peut vérifier les comptes et les factures du titulaire."
    assert "monitoring" not in _elements(grader, DUTY["fr"] + "\n\n" + accounts, "fr")


def test_a_plan_under_a_service_levels_heading_is_no_action_plan(grader: ClauseGrader) -> None:
    """Verify a Rectification Plan for service failures, in an article linked to the equality
    clause only through the termination clause both name, is no action plan; a plan the
    equality clause itself asks for is one."""
    service = (
        "12. Equality\n\nThe Contractor shall not discriminate against its employees because "
        "of race or sex.\n\n5. Service Failure and Rectification Plan\n\n5.1 The Contractor "
        "shall submit a draft Rectification Plan within ten Working Days.\n\n5.2 The "
        "Contractor shall implement the approved Rectification Plan. A failure to do so is a "
        "material Default under Clause 23.\n\n23. Termination\n\nThe Council may terminate "
        "for a breach of Clause 12 on discrimination."
    )
    assert "action_plan" not in _elements(grader, service, "en")
    equality = (
        "12. Equality\n\nThe Contractor shall not discriminate against its employees because "
        "of race or sex.\n\n12.2 Where a breach of this Clause 12 is found, the Contractor "
        "shall submit a Rectification Plan within ten Working Days."
    )
    assert "action_plan" in _elements(grader, equality, "en")


def test_the_buyer_named_by_its_acronym_for_information(grader: ClauseGrader) -> None:
    """Verify "Pour information, l'OFGBA ... met en œuvre, pour son propre personnel, un plan
    diversité" binds no contractor."""
    text = (
        "Pour information, l'OFGBA est signataire de la Charte de la diversité et met en "
        "œuvre, pour son propre personnel, un plan diversité 2024-2026."
    )
    assert grader.grade_text(text, "fr").level == "absent"
