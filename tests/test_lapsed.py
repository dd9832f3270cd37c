"""A document that says at its top that it is not in force - a draft not adopted, a policy
withdrawn or replaced, proposals nobody decided - gives no policy evidence and no red flag,
and its entry says why (checker/lapsed.py)."""

from __future__ import annotations

import pytest

from checker.audit.run import policy_grader
from checker.lapsed import lapsed_notice
from checker.policy import PolicyGrader
from checker.rulepack.loader import load_ruleset
from checker.scan import text_to_document

POLICY = {
    "en": "1. Policy statement\n\nWe will not discriminate against any employee or applicant "
    "because of age, disability, race, religion or belief, sex or sexual orientation.\n\n"
    "2. Vacancies\n\nIdeal candidate: aged 25-35, native English speaker.",
    "fr": "1. Engagement\n\nNous refusons toute discrimination fondée sur l'origine, le sexe, "
    "l'âge ou le handicap, à l'embauche comme dans la carrière.\n\n2. Offres\n\n"
    "Langue maternelle française exigée.",
    "nl": "1. Engagement\n\nWij discrimineren niet op grond van afkomst, geslacht, leeftijd of "
    "handicap, bij aanwerving noch tijdens de loopbaan.\n\n2. Vacatures\n\n"
    "Moedertaal Nederlands is een vereiste.",
}

# (language, a notice at the document's top)
LAPSED = [
    ("en", "DRAFT v0.3 – NOT ADOPTED – FOR CONSULTATION ONLY"),
    ("en", "Document status: this policy was withdrawn by the Board on 14 September 2020."),
    ("en", "Status: superseded. This version was replaced by Policy HR-04 version 3."),
    ("fr", "PROJET – NON VALIDÉ. Version de travail n° 3 soumise au comité de direction."),
    ("fr", "Avertissement : la présente charte a été retirée par décision du 15 septembre 2020."),
    ("nl", "ONTWERP – NIET GOEDGEKEURD"),
    ("nl", "VERVANGEN – Dit beleid is sinds 1 maart 2024 vervangen door het beleid 2024."),
    ("nl", "Hieronder enkele voorstellen. Er is nog niets beslist."),
]


@pytest.fixture(scope="module")
def grader() -> PolicyGrader:
    return policy_grader(load_ruleset("ghent"))


@pytest.mark.parametrize(("lang", "notice"), LAPSED)
def test_a_text_not_in_force_gives_nothing(grader: PolicyGrader, lang: str, notice: str) -> None:
    in_force = grader.grade(text_to_document(POLICY[lang], "<policy>"))
    assert in_force.elements["policy_statement"].present and in_force.red_flags
    lapsed = grader.grade(text_to_document(f"{notice}\n\n{POLICY[lang]}", "<policy>"))
    assert not any(e.present for e in lapsed.elements.values())
    assert not lapsed.red_flags
    assert lapsed.note and "not in force" in lapsed.note and notice[:20] in lapsed.note


@pytest.mark.parametrize(
    "top",
    [
        # the new text names what it replaces
        "Edition 2025 · Approved by the Board on 21 October 2025 · Replaces the 2021 edition",
        "Version 5.0 du 12 février 2025. Remplace la version 4.2 du 3 mars 2022.",
        # a wording replaced, not the document
        "Actie 1 – In alle vacatures werd 'accentloos Nederlands' geschrapt en vervangen door "
        "'Nederlands op niveau B2'.",
        "Depuis 2023, la formule « jeune et dynamique » est remplacée par une description.",
    ],
)
def test_a_text_in_force_is_no_lapsed_text(top: str) -> None:
    assert lapsed_notice(text_to_document(f"{top}\n\n{POLICY['en']}", "<policy>")) is None


def test_a_notice_deep_in_the_text_is_no_notice() -> None:
    filler = "\n\n".join(f"{n}. Section {n}\n\nText of section {n}." for n in range(1, 8))
    text = f"{POLICY['en']}\n\n{filler}\n\nAnnex: a proposed charter, not adopted."
    assert lapsed_notice(text_to_document(text, "<policy>")) is None
