"""Errata that delete a point of the clause: the point deleted gives no evidence."""

from __future__ import annotations

import pytest

from checker.amendments import deleted_sentences
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document
from checker.sentences import document_to_sentences

CLAUSE = {
    "en": (
        "Article 16 - Non-discrimination\n\n"
        "1. The Contractor shall not discriminate against its employees on grounds of race, "
        "sex, age or disability and shall impose the same duty on its subcontractors.\n"
        "2. The Authority may request a self-assessment questionnaire with evidence.\n"
        "3. Where shortcomings are found, the Contractor shall draw up an action plan within "
        "three months, with the Authority's support.\n"
        "4. Should the Contractor refuse to cooperate, penalties shall apply.\n\n"
        "{erratum}"
    ),
    "fr": (
        "Article 27 - Non-discrimination\n\n"
        "1. Le titulaire s'engage à ne pas discriminer son personnel sur la base de la "
        "nationalité, de l'âge, du sexe ou du handicap et impose la même obligation à ses "
        "sous-traitants.\n\n"
        "2. Le pouvoir adjudicateur peut demander un questionnaire d'auto-évaluation.\n\n"
        "3. En cas de manquement, le titulaire rédige un plan d'action avec l'accompagnement "
        "du pouvoir adjudicateur.\n\n"
        "4. Le refus de se conformer entraîne l'application de pénalités.\n\n"
        "{erratum}"
    ),
    "nl": (
        "Artikel 16 - Non-discriminatie\n\n"
        "1. De opdrachtnemer verbindt zich ertoe zijn personeel niet te discrimineren op grond "
        "van nationaliteit, leeftijd, geslacht of handicap. Hij legt deze verbintenis op aan "
        "zijn onderaannemers.\n"
        "2. De stad kan een zelfevaluatievragenlijst met bewijsstukken opvragen.\n"
        "3. Bij tekortkomingen stelt de opdrachtnemer binnen zes maanden een actieplan op, met "
        "begeleiding van de stad.\n"
        "4. Weigert de opdrachtnemer mee te werken, dan worden straffen toegepast.\n\n"
        "{erratum}"
    ),
}
ERRATUM = {
    "en": "CORRIGENDUM No. 1: In Article 16, point 3 is deleted.",
    "fr": "ERRATUM N° 1 : À l'article 27, le point 3 est supprimé.",
    "nl": "ERRATUM nr. 1: in artikel 16 wordt punt 3 geschrapt.",
}
# the same words, but the point is replaced or only words are struck from it
KEPT = {
    "en": "CORRIGENDUM No. 1: In Article 16, point 3 is deleted and replaced by the following.",
    "fr": "ERRATUM N° 1 : À l'article 27, point 3, les mots « trois mois » sont supprimés.",
    "nl": 'ERRATUM nr. 1: in artikel 16, punt 3, worden de woorden "zes maanden" geschrapt.',
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_deleted_point_gives_no_evidence(grader: ClauseGrader, lang: str) -> None:
    before = grader.grade_text(CLAUSE[lang].format(erratum=""), lang)
    after = grader.grade_text(CLAUSE[lang].format(erratum=ERRATUM[lang]), lang)
    kept = grader.grade_text(CLAUSE[lang].format(erratum=KEPT[lang]), lang)
    assert before.level == "exemplary"
    assert not after.elements["action_plan"].present
    assert after.level == "strong"
    assert kept.level == "exemplary"


def _deleted(text: str, lang: str) -> list[str]:
    sentences = document_to_sentences(text_to_document(text, "x.txt"), lang)
    return [sentences[i].text for i in sorted(deleted_sentences(sentences))]


def test_a_dotted_paragraph_or_a_whole_article_can_be_deleted() -> None:
    text = (
        "12.1 The Contractor shall not discriminate.\n\n12.2 The Authority may audit.\n\n"
        "13.1 Penalties apply.\n\nAddendum 2: Clause 12.2 is deleted. Article 13 is deleted."
    )
    assert _deleted(text, "en") == ["12.2 The Authority may audit.", "13.1 Penalties apply."]


@pytest.mark.parametrize(
    "erratum",
    [
        "Article 5 of the Royal Decree of 14 January 2013 is deleted by the new decree.",
        "In Article 16, point 7 is deleted.",  # no such point: nothing is guessed
        "In Article 99, point 3 is deleted.",
    ],
)
def test_a_deletion_that_cannot_be_placed_deletes_nothing(erratum: str) -> None:
    assert _deleted(CLAUSE["en"].format(erratum=erratum), "en") == []


def test_only_text_before_the_deletion_is_deleted() -> None:
    text = "In Article 16, point 3 is deleted.\n\n" + CLAUSE["en"].format(erratum="")
    assert _deleted(text, "en") == []


def test_a_sentence_about_deleting_data_deletes_no_point() -> None:
    text = CLAUSE["fr"].format(
        erratum="Les données visées à l'article 27, point 3 sont supprimées après six mois."
    )
    assert _deleted(text, "fr") == []


def test_several_points_in_a_run_in_rectification_are_deleted() -> None:
    erratum = (
        "Rectificatie nr. 1 - bekendgemaakt op 14 maart In artikel 16 van het bestek worden "
        "de punten 2 en 4 geschrapt."
    )
    deleted = _deleted(CLAUSE["nl"].format(erratum=erratum), "nl")
    assert [t[:2] for t in deleted] == ["2.", "4."]
