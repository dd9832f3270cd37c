"""Provisions printed but not in force for this contract: unticked options, points a special
condition disapplies, points reserved to contracts of a value this one does not reach."""

from __future__ import annotations

import pytest

from checker.in_force import not_in_force
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document
from checker.sentences import document_to_sentences


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


def _present(grader: ClauseGrader, text: str, lang: str) -> set[str]:
    result = grader.grade_text(text, lang)
    return {name for name, el in result.elements.items() if el.present}


GENERAL = {
    "en": (
        "Condition 18 - Equality\n\n"
        "18.1 The Supplier shall not unlawfully discriminate in the recruitment, pay or "
        "dismissal of its staff because of race, sex, age, disability or religion.\n"
        "18.2 The Supplier shall ensure that each of its sub-contractors is bound by the same "
        "obligations.\n"
        "18.3 The Buyer may require the Supplier to complete an equality self-assessment "
        "questionnaire with supporting evidence.\n"
        "18.4 Where shortcomings are found, the Supplier shall agree an equality action plan "
        "with the Buyer within 60 days.\n"
        "18.5 A breach of 18.1 is a Supplier Default for the purposes of Clause 27 "
        "(Termination).\n\n"
        "{special}"
    ),
    "fr": (
        "Article G.14 - Égalité des chances dans l'emploi\n\n"
        "G.14.1 Le fournisseur s'interdit toute discrimination à l'égard de son personnel et "
        "des candidats à un emploi fondée sur la nationalité, l'origine, le sexe ou l'âge.\n"
        "G.14.2 Il impose la même obligation à ses sous-traitants.\n"
        "G.14.3 Le pouvoir adjudicateur peut soumettre au fournisseur un questionnaire "
        "d'auto-évaluation, à retourner avec pièces justificatives.\n"
        "G.14.4 Si des manquements sont constatés, le fournisseur établit dans les quatre mois "
        "un plan d'action en matière d'égalité des chances.\n"
        "G.14.5 Toute violation de G.14.1 donne lieu à des pénalités.\n\n"
        "{special}"
    ),
    "nl": (
        "Art. I.12 Non-discriminatie\n\n"
        "I.12.1 De opdrachtnemer discrimineert niet bij de aanwerving, de verloning en de "
        "bevordering van zijn personeel op grond van nationaliteit, afkomst, geslacht of "
        "leeftijd.\n"
        "I.12.2 Hij legt deze verplichtingen op aan zijn onderaannemers.\n"
        "I.12.3 De aanbestedende overheid kan de opdrachtnemer een zelfevaluatievragenlijst "
        "laten invullen en bewijsstukken opvragen.\n"
        "I.12.4 Bij tekortkomingen stelt de opdrachtnemer binnen drie maanden een actieplan "
        "op.\n"
        "I.12.5 Een inbreuk op I.12.1 geeft aanleiding tot straffen.\n\n"
        "{special}"
    ),
}

DISAPPLIED = {
    "en": "Special Term 1: 18.2 and FC 18.4 shall not apply to this Call-Off Contract.",
    "fr": (
        "Article P.6 - Dérogations\n\nIl est dérogé à l'article G.14.2 et à l'article "
        "G.14.4 des conditions générales, qui ne sont pas d'application."
    ),
    "nl": (
        "II.5 Afwijking\n\nGelet op de aard van de leveringen zijn de artikelen I.12.2 en "
        "I.12.4 niet van toepassing op deze opdracht."
    ),
}

CONDITIONAL = {
    "en": "Special Term 1: 18.2 and 18.4 shall not apply where the Supplier employs no staff.",
    "fr": (
        "Article P.6 - Dérogations\n\nLes points G.14.2 et G.14.4 ne s'appliquent pas "
        "lorsque le fournisseur n'emploie aucun personnel."
    ),
    "nl": (
        "II.5 Afwijking\n\nDe artikelen I.12.2 en I.12.4 zijn niet van toepassing wanneer de "
        "opdrachtnemer geen personeel tewerkstelt."
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_points_a_special_condition_disapplies_give_no_evidence(
    grader: ClauseGrader, lang: str
) -> None:
    whole = _present(grader, GENERAL[lang].format(special=""), lang)
    assert {"flowdown", "action_plan", "monitoring", "remedies"} <= whole
    present = _present(grader, GENERAL[lang].format(special=DISAPPLIED[lang]), lang)
    assert "flowdown" not in present and "action_plan" not in present
    assert {"commitment", "grounds", "monitoring", "remedies"} <= present


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_disapplication_under_a_condition_changes_nothing(
    grader: ClauseGrader, lang: str
) -> None:
    present = _present(grader, GENERAL[lang].format(special=CONDITIONAL[lang]), lang)
    assert {"flowdown", "action_plan"} <= present


OPTIONS = {
    "en": (
        "Schedule 4 - Optional clauses\n\n"
        "{a} Option E1 - Core clause. The Contractor shall not discriminate against its "
        "employees or job applicants because of race, sex, age, disability or religion.\n\n"
        "{b} Option E2 - Monitoring. The Authority may audit recruitment and may require an "
        "equality action plan within 30 days of an adverse finding.\n\n"
        "{c} Option E3 - Deductions. The Authority may deduct GBP 500 per week for so long as "
        "an agreed equality action plan is not implemented."
    ),
    "fr": (
        "Article 34 - Clause de non-discrimination (options)\n\n"
        "{a} Option 1 - L'adjudicataire s'interdit toute discrimination à l'égard de son "
        "personnel fondée sur la nationalité, l'origine, le sexe ou l'âge.\n\n"
        "{b} Option 2 - L'adjudicataire remplit le questionnaire d'auto-évaluation avec "
        "pièces justificatives ; le pouvoir adjudicateur peut faire réaliser des tests de "
        "situation.\n\n"
        "{c} Option 3 - En cas de manquement, l'adjudicataire établit un plan d'action en "
        "matière d'égalité des chances."
    ),
    "nl": (
        "Art. 9 - Personeel van de opdrachtnemer\n\n"
        "{a} 9.1 Basisverplichting\n"
        "{b} 9.2 Zelfevaluatie\n"
        "{c} 9.3 Actieplan\n\n"
        "9.1 De opdrachtnemer discrimineert niet bij de aanwerving of het ontslag van zijn "
        "personeel op grond van afkomst, nationaliteit, geslacht of leeftijd.\n"
        "9.2 De opdrachtnemer vult een zelfevaluatievragenlijst in en bezorgt op verzoek de "
        "bewijsstukken.\n"
        "9.3 Bij tekortkomingen stelt de opdrachtnemer een actieplan op."
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
@pytest.mark.parametrize("ticked", ["[X]", "☒"])
def test_options_left_unticked_give_no_evidence(
    grader: ClauseGrader, lang: str, ticked: str
) -> None:
    text = OPTIONS[lang].format(a=ticked, b="[ ]" if ticked == "[X]" else "☐", c="☐")
    present = _present(grader, text, lang)
    assert "commitment" in present
    assert "monitoring" not in present and "action_plan" not in present


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_blank_form_with_no_box_ticked_changes_nothing(grader: ClauseGrader, lang: str) -> None:
    present = _present(grader, OPTIONS[lang].format(a="[ ]", b="[ ]", c="[ ]"), lang)
    assert {"commitment", "monitoring", "action_plan"} <= present


THRESHOLD = {
    "en": (
        "15.6 Conditions 18.3, 18.4 and 18.5 apply only to Orders with a total value of "
        "GBP 100,000 or more.\n\nORDER FORM\n\nOrder value (excl. VAT): GBP {value}"
    ),
    "fr": (
        "G.14.6 Les points G.14.3 à G.14.5 ne s'appliquent qu'aux marchés d'un montant de "
        "144.000 euros HTVA ou plus.\n\nLe montant du marché s'élève à {value} euros HTVA."
    ),
    "nl": (
        "I.12.6 De punten I.12.3 tot en met I.12.5 zijn enkel van toepassing op opdrachten met "
        "een geraamde waarde van 140.000 euro excl. btw of meer.\n\nDe geraamde waarde van "
        "deze opdracht bedraagt {value} euro excl. btw."
    ),
}
VALUES = {"en": ("38,500", "250,000"), "fr": ("68.500", "350.000"), "nl": ("68.500", "250.000")}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_points_reserved_to_a_value_this_contract_does_not_reach(
    grader: ClauseGrader, lang: str
) -> None:
    below, above = VALUES[lang]
    under = GENERAL[lang].format(special=THRESHOLD[lang].format(value=below))
    present = _present(grader, under, lang)
    assert {"commitment", "grounds", "flowdown"} <= present
    assert not {"monitoring", "action_plan", "remedies"} & present
    over = GENERAL[lang].format(special=THRESHOLD[lang].format(value=above))
    assert {"monitoring", "action_plan", "remedies"} <= _present(grader, over, lang)


def test_no_stated_value_or_two_values_change_nothing(grader: ClauseGrader) -> None:
    threshold = THRESHOLD["en"].split("\n\n")[0]
    alone = GENERAL["en"].format(special=threshold)
    assert {"monitoring", "action_plan"} <= _present(grader, alone, "en")
    two = GENERAL["en"].format(
        special=threshold + "\n\nOrder value: GBP 38,500 (Lot 1). Order value: GBP 120,000 (Lot 2)."
    )
    assert {"monitoring", "action_plan"} <= _present(grader, two, "en")


def test_the_threshold_sentence_keeps_only_its_applicability() -> None:
    text = GENERAL["en"].format(special=THRESHOLD["en"].format(value="38,500"))
    sentences = document_to_sentences(text_to_document(text, "x"), "en")
    off = not_in_force(sentences)
    named = [sentences[k].text for k in off.naming]
    assert any(t.startswith("15.6 Conditions 18.3") for t in named)
    assert off.kept_elements == frozenset({"applicability"})
    gone = {sentences[k].text[:4] for k in off.gone}
    assert gone == {"18.3", "18.4", "18.5"}


def test_text_without_any_such_words_is_left_whole() -> None:
    text = GENERAL["en"].format(special="")
    sentences = document_to_sentences(text_to_document(text, "x"), "en")
    assert not_in_force(sentences).gone == frozenset()


OWN_POLICY = {
    "en": (
        "Clause 7 - Equality\n\nThe Contractor shall not discriminate against its employees "
        "on grounds of race, sex or age.\n\n"
        "Clause 8 - The Council's diversity policy\n\nThe Council runs a diversity policy for "
        "its own staff. It has adopted an equality action plan and measures the make-up of its "
        "workforce each year. {disclaimer}"
    ),
    "fr": (
        "Article 7 - Égalité\n\nLe titulaire s'interdit toute discrimination envers son "
        "personnel fondée sur l'origine, le sexe ou l'âge.\n\n"
        "Article 8 - Pour information\n\nEn cas de manquement constaté, le titulaire établit "
        "dans les trois mois un plan d'action en matière d'égalité des chances. {disclaimer}"
    ),
    "nl": (
        "Artikel 7. Gelijke kansen\n\nDe aannemer discrimineert zijn werknemers niet op grond "
        "van afkomst, geslacht of leeftijd.\n\n"
        "Artikel 8. Diversiteitsbeleid van het bestuur\n\nHet gemeentebestuur voert voor zijn "
        "eigen personeel een diversiteitsbeleid. Het heeft een actieplan diversiteit "
        "goedgekeurd en meet jaarlijks de samenstelling van zijn personeel. {disclaimer}"
    ),
}
DISCLAIMERS = {
    "en": "This clause imposes no obligation on the Contractor.",
    "fr": "Le présent article n'impose aucune obligation au titulaire.",
    "nl": "Dit artikel legt de aannemer geen verplichtingen op.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_an_article_that_binds_the_contractor_to_nothing_gives_no_evidence(
    grader: ClauseGrader, lang: str
) -> None:
    text = OWN_POLICY[lang]
    disclaimed = _present(grader, text.format(disclaimer=DISCLAIMERS[lang]), lang)
    assert "commitment" in disclaimed and "action_plan" not in disclaimed
    assert "action_plan" in _present(grader, text.format(disclaimer=""), lang)


def test_a_disclaimer_of_one_thing_keeps_the_clause(grader: ClauseGrader) -> None:
    text = (
        "Clause 8 - Equality\n\nThe Contractor shall not discriminate against its employees on "
        "grounds of race, sex or age. Where shortcomings are found, the Contractor shall draw "
        "up an equality action plan. This clause imposes no obligation on the Contractor to "
        "employ any particular person or to meet any quota."
    )
    assert {"commitment", "action_plan"} <= _present(grader, text, "en")


NO_CONSEQUENCE = {
    "en": (
        "Note: Article 12.1 requires the contractor to refrain from any discrimination against "
        "its staff on grounds of sex, origin or age. The contracting authority has decided not "
        "to attach any financial or other consequence to a breach of Article 12.1."
    ),
    "fr": (
        "Note : l'article 12.1 interdit au titulaire toute discrimination envers son personnel "
        "fondée sur le sexe, l'origine ou l'âge. Le pouvoir adjudicateur n'attache aucune "
        "conséquence au non-respect de l'article 12.1."
    ),
    "nl": (
        "Nota: artikel 12.1 verbiedt de opdrachtnemer elke discriminatie van zijn personeel op "
        "grond van geslacht, afkomst of leeftijd. Aan een inbreuk op artikel 12.1 wordt geen "
        "enkel gevolg verbonden."
    ),
}
PENALTY_ROW = {
    "en": "Annex 6 - Schedule of Penalties\n\n| Art. | Obligation | Penalty |\n"
    "| 12.1 | Non-discrimination of staff | EUR 0 |\n\n",
    "fr": "Annexe 6 - Pénalités\n\n| Art. | Obligation | Pénalité |\n"
    "| 12.1 | Non-discrimination du personnel | 0 EUR |\n\n",
    "nl": "Bijlage 6 - Straffen\n\n| Art. | Verplichting | Straf |\n"
    "| 12.1 | Non-discriminatie van het personeel | 0 EUR |\n\n",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_point_whose_breach_draws_no_consequence_has_no_remedy(
    grader: ClauseGrader, lang: str
) -> None:
    """Verify that the row of a penalty schedule and the note on a point the text says draws
    no consequence at all give no remedy, and that the clause stays."""
    present = _present(grader, PENALTY_ROW[lang] + NO_CONSEQUENCE[lang], lang)
    assert "commitment" in present and "remedies" not in present


def test_a_financial_penalty_waived_alone_keeps_termination(grader: ClauseGrader) -> None:
    text = (
        "12.1 The Contractor shall not discriminate against its staff on grounds of sex, "
        "origin or age. 12.2 A breach of 12.1 entitles the Authority to terminate the "
        "Contract. 12.3 No service credits shall be deducted for a breach of 12.1."
    )
    assert "remedies" in _present(grader, text, "en")
