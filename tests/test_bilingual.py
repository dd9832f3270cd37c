"""Bilingual clauses: each sentence is read in its own language, and its context is the
clause around it whatever the language of the sentences there."""

from __future__ import annotations

import pytest

from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document
from checker.sentences import document_to_sentences

BRUSSELS = (
    "Art. 41 Non-discrimination / Non-discriminatie\n\n"
    "L'adjudicataire s'engage à ne faire aucune distinction fondée sur l'origine, la "
    "nationalité, le sexe, l'âge ou le handicap dans le recrutement et la rémunération de son "
    "personnel.\n"
    "De opdrachtnemer legt dezelfde verplichtingen op aan zijn onderaannemers en aan de "
    "uitzendkantoren waarop hij een beroep doet.\n"
    "Le pouvoir adjudicateur peut demander un questionnaire d'auto-évaluation avec pièces "
    "justificatives et faire réaliser des tests de situation.\n"
    "Worden tekortkomingen vastgesteld, dan stelt de opdrachtnemer binnen drie maanden een "
    "diversiteitsplan op, met begeleiding van de aanbestedende overheid.\n"
    "À défaut, les pénalités et les mesures d'office prévues aux articles 45 et 47 de "
    "l'arrêté royal du 14 janvier 2013 sont appliquées."
)


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def test_a_sentence_plainly_in_another_language_is_read_in_it() -> None:
    sentences = document_to_sentences(text_to_document(BRUSSELS, "x.txt"), "fr")
    langs = [s.language for s in sentences]
    assert langs == ["fr", "fr", "nl", "fr", "nl", "fr"]  # the short heading keeps French


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_both_halves_of_a_bilingual_clause_count(grader: ClauseGrader, lang: str) -> None:
    result = grader.grade_text(BRUSSELS, lang)
    assert result.elements["flowdown"].present  # the Dutch sentence
    assert result.elements["action_plan"].present  # the Dutch sentence
    assert result.elements["monitoring"].present  # the French sentence, next to Dutch ones
    assert result.level == "exemplary"


def test_a_monitoring_sentence_in_another_language_still_needs_the_clause(
    grader: ClauseGrader,
) -> None:
    text = (
        "Article 12 - Factures\n\nLe titulaire envoie ses factures chaque mois.\n\n"
        "De aanbestedende overheid kan een zelfevaluatievragenlijst met bewijsstukken opvragen "
        "over de facturatie."
    )
    assert not grader.grade_text(text, "fr").elements["monitoring"].present
