"""Errata that delete or replace a point of the clause: the old point gives no evidence, a
replacement's new text does."""

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
# the same words, but only words are struck from the point
KEPT = {
    "en": 'CORRIGENDUM No. 1: In Article 16, point 3, the words "within three months" are deleted.',
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
    # the statements themselves describe the old text and give no evidence either
    assert _deleted(text, "en") == [
        "12.2 The Authority may audit.",
        "13.1 Penalties apply.",
        "Addendum 2: Clause 12.2 is deleted.",
        "Article 13 is deleted.",
    ]


@pytest.mark.parametrize(
    "erratum",
    [
        "Article 5 of the Royal Decree of 14 January 2013 is deleted by the new decree.",
        "In Article 16, point 7 is deleted.",  # no such point: nothing is guessed
        "In Article 99, point 3 is deleted.",
    ],
)
def test_a_deletion_that_cannot_be_placed_deletes_nothing(erratum: str) -> None:
    assert set(_deleted(CLAUSE["en"].format(erratum=erratum), "en")) <= {erratum}


def test_only_text_before_the_deletion_is_deleted() -> None:
    text = "In Article 16, point 3 is deleted.\n\n" + CLAUSE["en"].format(erratum="")
    assert _deleted(text, "en") == ["In Article 16, point 3 is deleted."]


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
    assert [t[:2] for t in deleted] == ["2.", "4.", "Re"]


# the action plan point replaced by a negation: the old point goes, the new text counts
REPLACED = {
    "en": (
        "CORRIGENDUM No. 2\n\nIn Article 16, point 3 is replaced by the following:\n\n"
        '"3. Where shortcomings are found, the Authority shall discuss them with the '
        'Contractor; the Contractor is not required to draw up an action plan."'
    ),
    "fr": (
        "AVIS RECTIFICATIF N° 2\n\nÀ l'article 27, le point 3 est remplacé par le texte "
        "suivant :\n\n« 3. En cas de manquement, le pouvoir adjudicateur en discute avec le "
        "titulaire ; le titulaire n'est pas tenu d'établir un plan d'action. »"
    ),
    "nl": (
        "Erratum nr. 2\n\nIn artikel 16 wordt punt 3 vervangen door de volgende tekst:\n\n"
        '"3. Bij tekortkomingen bespreekt de stad die met de opdrachtnemer; de opdrachtnemer '
        'is niet verplicht een actieplan op te stellen."'
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_replaced_point_gives_no_evidence_and_its_new_text_counts(
    grader: ClauseGrader, lang: str
) -> None:
    after = grader.grade_text(CLAUSE[lang].format(erratum=REPLACED[lang]), lang)
    assert not after.elements["action_plan"].present
    assert after.level == "strong"
    # the penalty point, untouched, still counts
    assert after.elements["remedies"].present


def test_numbered_lines_of_one_block_are_replaced_by_their_dotted_number() -> None:
    text = (
        "Clause 27 - Non-discrimination\n"
        "27.1 The Contractor shall not discriminate against any employee.\n"
        '27.2 In clause 27.1, "discriminate" means to treat a person less favourably because\n'
        "of their race, sex or disability.\n"
        "27.3 Any breach of clause 27.1 shall be a material breach.\n\n"
        "ERRATUM No 2 to the Invitation to Tender\n"
        "Clause 27.2 of the Conditions of Contract is replaced by the following:\n"
        "\"27.2 In clause 27.1, 'discriminate' has the meaning given to it by applicable law.\""
    )
    deleted = _deleted(text, "en")
    assert [t[:4] for t in deleted] == ["27.2", "ERRA"]
    result = ClauseGrader(load_ruleset("ghent")).grade_text(text, "en")
    assert not result.elements["grounds"].present
    assert result.level == "weak"


def test_a_replacement_statement_that_describes_the_old_text_gives_no_evidence() -> None:
    text = (
        "14.2. Le prestataire s'interdit toute discrimination à l'égard des membres de son "
        "personnel fondée sur l'âge, le sexe ou le handicap.\n\n"
        "ADDENDUM N° 2\n\nArt. 2. Le point 14.4, qui étendait les obligations du point 14.2 "
        "aux sous-traitants, est remplacé par le texte suivant :\n\n"
        "« 14.4. Les obligations du présent article s'appliquent au seul personnel du "
        "prestataire. »"
    )
    assert [t[:11] for t in _deleted(text, "fr")] == ["Le point 14"]
    result = ClauseGrader(load_ruleset("ghent")).grade_text(text, "fr")
    assert not result.elements["flowdown"].present


def test_several_dotted_points_replaced_after_a_run_in_title() -> None:
    text = (
        "Artikel 23 - Non-discriminatie\n\n"
        "23.4 Bij tekortkomingen stelt de opdrachtnemer een diversiteitsactieplan op.\n\n"
        "23.5 Een inbreuk op dit artikel wordt bestraft met een straf van 250 euro.\n\n"
        "Erratum bij het bestek (versie 2) De punten 23.4 en 23.5 worden vervangen door de "
        "volgende tekst:\n\n"
        '"23.4 De opdrachtnemer is niet verplicht een actieplan op te stellen."'
    )
    assert [t[:4] for t in _deleted(text, "nl")] == ["23.4", "23.5", "Erra"]


def test_an_article_of_another_act_is_not_replaced() -> None:
    text = (
        "Article 5 - Non-discrimination\n\n5.1 The Contractor shall not discriminate.\n\n"
        "Article 5 of the Royal Decree of 14 January 2013 is replaced by the new decree."
    )
    assert _deleted(text, "en") == []


def test_provisions_disapplied_by_a_call_off_order_form_are_taken_out() -> None:
    text = (
        "21.1 The Supplier shall not unlawfully discriminate within the meaning of the Equality "
        "Act 2010.\n\n21.3 The Supplier shall provide its workforce monitoring data on request.\n\n"
        "21.5 The Supplier shall agree and implement an Equality Action Plan.\n\n"
        "CALL-OFF ORDER FORM\n\nThe Parties agree that the following provisions of the "
        "Framework Terms shall not apply to this Call-Off Contract: Clause 21.3; Clause 21.5."
    )
    deleted = [t[:4] for t in _deleted(text, "en")]
    assert "21.3" in deleted and "21.5" in deleted and "The " in deleted
    assert "21.1" not in deleted


@pytest.mark.parametrize(
    ("statement", "lang", "gone"),
    [
        ("Clause 16.3 does not apply to this Contract.", "en", True),
        ("Les articles 16.3 et 16.4 ne s'appliquent pas au présent marché.", "fr", True),
        ("Artikel 16.3 is niet van toepassing op deze opdracht.", "nl", True),
        # a condition of applicability, not a deletion
        ("Clause 16.3 shall not apply where the Contract Value is below EUR 50,000.", "en", False),
        ("Article 16.3 does not apply to contracts below EUR 50,000.", "en", False),
    ],
)
def test_a_provision_disapplied_outright_is_taken_out(
    statement: str, lang: str, gone: bool
) -> None:
    text = (
        "16.1 The Contractor shall not discriminate on grounds of sex.\n\n"
        "16.3 The Authority may audit compliance.\n\n" + statement
    )
    assert ("16.3 The Authority may audit compliance." in _deleted(text, lang)) is gone


def test_the_fast_path_looks_for_verbs_not_for_words_every_contract_holds() -> None:
    from checker.amendments import _verb_words

    common = {"shall", "must", "will", "not", "is", "are", "be", "the", "ne", "pas", "niet", "van"}
    assert common.isdisjoint(_verb_words())


def test_a_whole_article_deleted_with_its_title_and_a_description_of_it() -> None:
    clause = (
        "Article 19 « Non-discrimination »\n\n"
        "Le prestataire respecte la loi du 30 juillet 1981 dans la gestion de son personnel.\n\n"
    )
    statement = (
        "Article 1er\nL'article 19 « Non-discrimination et égalité des chances » du cahier "
        "spécial des charges, qui imposait au prestataire de respecter la loi du 30 juillet "
        "1981 et les lois du 10 mai 2007 dans la gestion de son personnel et permettait au "
        "pouvoir adjudicateur d'organiser des tests de situation, est supprimé avec effet au "
        "1er mars 2025."
    )
    grader = ClauseGrader(load_ruleset("ghent"))
    # the statement alone only describes what is deleted
    assert grader.grade_text(statement, "fr").level == "absent"
    # the same description that deletes nothing is a clause
    kept = statement.replace(", est supprimé avec effet au 1er mars 2025", "")
    assert grader.grade_text(kept.replace("imposait", "impose"), "fr").level != "absent"
    deleted = _deleted(clause + statement, "fr")
    assert [t[:14] for t in deleted] == ["Article 19 « N", "Le prestataire", "Article 1er L'"]


@pytest.mark.parametrize(
    ("lang", "text", "gone"),
    [
        # the amendment's own paragraph number, then the part and the document it is in
        (
            "fr",
            "24.3 Une pénalité de 1 500 euros s'applique par manquement à l'article 18.\n\n"
            "9.1 Le point 24.3 du cahier spécial des charges, qui prévoyait une pénalité "
            "spéciale par manquement à l'article 18, est supprimé.",
            ["24.3", "9.1 "],
        ),
        # a lead ending in a comma
        (
            "en",
            "Clause 18 Equality\n\n18.1 The Contractor shall not discriminate.\n\n"
            "7.2 With effect from the Variation Date, Clause 18 is deleted in its entirety.",
            ["Clau", "18.1", "7.2 "],
        ),
        # words struck from a part: the statement quotes only what goes
        (
            "nl",
            "26.2 De opdrachtgever kan de opdracht verbreken bij een ernstige inbreuk op "
            "artikel 18.\n\n11.1 In artikel 26, tweede lid, van de overeenkomst worden de "
            'woorden "of bij een ernstige inbreuk op artikel 18" geschrapt.',
            ["11.1"],
        ),
    ],
)
def test_amendment_statements_after_a_number_or_a_lead(
    lang: str, text: str, gone: list[str]
) -> None:
    assert [t[:4] for t in _deleted(text, lang)] == gone


def test_words_replaced_in_a_part_are_not_struck_out() -> None:
    text = (
        "26.2 De opdrachtgever kan de opdracht verbreken.\n\n11.1 In artikel 26 worden de "
        'woorden "kan verbreken" vervangen door "verbreekt".'
    )
    assert _deleted(text, "nl") == []
