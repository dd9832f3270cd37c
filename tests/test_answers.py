"""Questions an FAQ answers "No" deny what they ask: no red flag, no evidence."""

from __future__ import annotations

import pytest

from checker.answers import answered_no
from checker.audit.run import policy_grader
from checker.policy import PolicyGrader
from checker.rulepack.loader import load_ruleset
from checker.scan import text_to_document
from checker.sentences import document_to_sentences


@pytest.fixture(scope="module")
def grader() -> PolicyGrader:
    return policy_grader(load_ruleset("ghent"))


# (language, question, answer): the question alone is a red flag
DENIED = [
    (
        "en",
        "Can a client ask us for candidates who are native English speakers?",
        "No. We state the level of English the job needs.",
    ),
    (
        "fr",
        "Le candidat doit-il être de langue maternelle française ?",
        "Non. Nous indiquons le niveau de langue nécessaire.",
    ),
    (
        "nl",
        "Mag een klant vragen naar kandidaten met moedertaal Nederlands?",
        "Nee, wij vermelden het vereiste taalniveau.",
    ),
]


@pytest.mark.parametrize(("lang", "question", "answer"), DENIED)
def test_a_question_answered_no_is_no_red_flag(
    grader: PolicyGrader, lang: str, question: str, answer: str
) -> None:
    alone = grader.grade_text(question, lang)
    assert alone.red_flags, "the question alone must be a red flag for this test to mean anything"
    assert not grader.grade_text(f"{question}\n{answer}", lang).red_flags


@pytest.mark.parametrize(
    "text",
    [
        # the answer says yes, or there is no answer: the wording stands
        "Are you a native English speaker? Yes? Then apply today.",
        "Are you young and dynamic? Join our team of cleaners!",
        # "No" that opens a demand, not an answer
        "Do you want to work for us? No foreigners, please.",
    ],
)
def test_a_question_not_denied_keeps_its_red_flag(grader: PolicyGrader, text: str) -> None:
    assert grader.grade_text(text, "en").red_flags


def test_only_the_question_right_before_the_answer_is_denied() -> None:
    text = "Do you hire young people? We hire all ages. Do you ask for a photo? No."
    sentences = document_to_sentences(text_to_document(text, "faq.txt"), "en")
    assert [sentences[k].text for k in answered_no(sentences)] == ["Do you ask for a photo?"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a questionnaire's labelled answer, and "not yet" (the practice is not in place)
        ("nl", "V1. Heeft uw onderneming een schriftelijk gelijkekansenbeleid?\nA: Nog niet."),
        ("nl", "V4. Volgen leidinggevenden een opleiding over diversiteit?\nA: Nee."),
        ("en", "Q2. Do you have a written equal opportunities policy?\nAnswer: Not yet."),
        ("fr", "Q3. Avez-vous une politique d'égalité des chances écrite ?\nRéponse : Pas encore."),
    ],
)
def test_a_labelled_answer_no_or_not_yet_denies_the_question(lang: str, text: str) -> None:
    sentences = document_to_sentences(text_to_document(text, "form.txt"), lang)
    question = text.split("\n")[0].split(". ", 1)[1]
    assert [sentences[k].text for k in answered_no(sentences)] == [question]


def test_a_labelled_answer_yes_denies_nothing() -> None:
    text = "V1. Heeft uw onderneming een schriftelijk gelijkekansenbeleid?\nA: Ja, sinds 2022."
    sentences = document_to_sentences(text_to_document(text, "form.txt"), "nl")
    assert answered_no(sentences) == set()


@pytest.mark.parametrize(
    ("answer", "present"),
    [("A: Nog niet. Een beleidstekst is in voorbereiding.", False), ("A: Ja, sinds 2022.", True)],
)
def test_a_policy_question_answered_not_yet_is_no_evidence_of_the_policy(
    grader: PolicyGrader, answer: str, present: bool
) -> None:
    text = (
        "V1. Heeft uw onderneming een schriftelijk non-discriminatiebeleid dat elk onderscheid "
        f"op grond van afkomst of geslacht bij de werving verbiedt?\n{answer}"
    )
    result = grader.grade_text(text, "nl")
    assert result.elements["policy_statement"].present is present
