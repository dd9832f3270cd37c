"""Families of blind round 27: the clause and the policy in plain language and other voices.

An award question put to the bidder with its word or page limit binds nobody; a duty in the
"you" / "vous" / "je" voice with its grounds introduced as "the protected characteristics,
such as ..." is the clause with grounds; a policy says its stance in everyday words ("never
on someone's race", "n'entrent jamais en ligne de compte"), and an advert that says what it
leaves out, or a report of what an old one said, is no red flag.
"""

from __future__ import annotations

import pytest

from checker.evaluation.policies import policy_grader
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document

LANGS = ["en", "fr", "nl"]

AWARD = {
    "en": "Quality question 4 (10%)\n\nPlease tell us, in no more than 400 words, how you would "
    "prevent discrimination against the workers who deliver this service.",
    "fr": "Critère 2 (10 points)\n\nDécrivez, en une page au maximum, comment votre entreprise "
    "prévient toute discrimination envers son personnel lors du recrutement.",
    "nl": "Gunningscriterium 2 (10 punten)\n\nBeschrijf in maximaal één bladzijde hoe uw "
    "onderneming discriminatie van werknemers bij de aanwerving voorkomt.",
}

PLAIN = {
    "en": "Your staff\n\nYou must not discriminate when you hire, pay or promote your workers. "
    "This applies to all protected characteristics, such as race, sex, age, disability and "
    "religion.",
    "fr": "Votre personnel\n\nVous ne discriminez pas lorsque vous engagez, payez ou promouvez "
    "vos travailleurs. Cela vaut pour tous les critères protégés, comme l'origine, le sexe, "
    "l'âge, le handicap et la religion.",
    "nl": "Je personeel\n\nNeem je mensen in dienst? Dan geef je iedereen dezelfde kans bij de "
    "aanwerving, het loon en de promotie. Dat geldt voor alle beschermde criteria, zoals "
    "afkomst, geslacht, leeftijd, handicap en geloof.",
}

POL = {
    "en": (
        "We hire people on what they can do, never on someone's race, religion, age or sex.",
        "You won't find 'native speaker' or 'young team' in this advert: only your skills count.",
    ),
    "fr": (
        "L'origine, la religion, l'âge ou le sexe n'entrent jamais en ligne de compte quand "
        "j'engage quelqu'un.",
        "Tu ne trouveras pas « langue maternelle » ni « jeune diplômé » dans cette annonce : "
        "seules tes compétences comptent.",
    ),
    "nl": (
        "Bij ons spelen afkomst, geloof, leeftijd of geslacht geen rol wanneer we iemand aannemen.",
        "Vorige week stond er in een vacature 'Nederlands als moedertaal'; die zin is weg.",
    ),
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


def _found(grader: ClauseGrader, text: str) -> set[str]:
    result = grader.grade(text_to_document(text, "terms.txt"))
    return {k for k, v in result.elements.items() if v.present}


@pytest.mark.parametrize("lang", LANGS)
def test_an_award_question_with_its_limit_binds_nobody(grader: ClauseGrader, lang: str) -> None:
    assert _found(grader, AWARD[lang]) == set()


@pytest.mark.parametrize("lang", LANGS)
def test_a_plain_voice_duty_with_its_protected_characteristics(
    grader: ClauseGrader, lang: str
) -> None:
    assert {"commitment", "grounds"} <= _found(grader, PLAIN[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_stance_and_adverts_that_say_what_they_leave_out(lang: str) -> None:
    grader = policy_grader(load_ruleset())
    stance, left_out = POL[lang]
    assert grader.grade_text(stance, lang).elements["policy_statement"].present
    assert grader.grade_text(left_out, lang).red_flags == []
