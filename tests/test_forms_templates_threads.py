"""What small firms' files really hold (blind round 23): forms answered with tick boxes, a
policy template never filled in, an e-mail thread in which HR refuses a manager's request."""

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


def _denied(text: str, lang: str) -> bool:
    sentences = document_to_sentences(text_to_document(text, "<form>"), lang)
    return bool(answered_no(sentences))


# (language, question, boxes ticked "no", boxes ticked "yes", boxes left empty)
FORMS = [
    (
        "en",
        "3. Do you monitor the composition of your workforce by sex and origin?",
        ("☐ Yes ☒ No", "[ ] Yes [x] No", "☐ Yes ☐ No ☒ Not applicable", "[ ] Yes [ ] No [x] N/A"),
        ("☒ Yes ☐ No", "[x] Yes [ ] No"),
        "☐ Yes ☐ No",
    ),
    (
        "fr",
        "3. Suivez-vous la composition de votre personnel (sexe, origine) ?",
        ("☐ Oui ☒ Non", "[ ] Oui [x] Non"),
        ("☒ Oui ☐ Non",),
        "☐ Oui ☐ Non",
    ),
    (
        "nl",
        "3. Monitort u de samenstelling van uw personeel naar geslacht en afkomst?",
        ("Ja ☐ / Nee ☒", "☐ Ja ☒ Nee", "☐ Ja ☐ Nee ☒ n.v.t."),
        ("Ja ☒ / Nee ☐", "☒ Ja ☐ Nee"),
        "☐ Ja ☐ Nee",
    ),
]


@pytest.mark.parametrize(("lang", "question", "no", "yes", "empty"), FORMS)
def test_the_ticked_box_answers_the_question(
    grader: PolicyGrader,
    lang: str,
    question: str,
    no: tuple[str, ...],
    yes: tuple[str, ...],
    empty: str,
) -> None:
    for boxes in yes:
        assert not _denied(f"{question} {boxes}", lang), boxes
        monitoring = grader.grade_text(f"{question} {boxes}", lang).elements["monitoring"]
        assert monitoring.present, boxes
    for boxes in (*no, empty):
        assert _denied(f"{question} {boxes}", lang), boxes
        assert not grader.grade_text(f"{question} {boxes}", lang).elements["monitoring"].present
    # in a table row, after the question's cell
    assert _denied(f"Nr.: 3 | Question: {question} | Answer: {no[0]} | Comment: -", lang)


TEMPLATE = {
    "en": "Equality policy\n\n[Company name] will not discriminate against employees or "
    "applicants because of age, disability, race, religion or sex.\n\nContact [Name, job "
    "title] on [phone / email].",
    "fr": "Charte\n\n[NOM DE L'ENTREPRISE] refuse toute discrimination fondée sur l'origine, "
    "le sexe ou l'âge.\n\nLa personne de confiance est [nom de la personne de confiance], "
    "[XXX].",
    "nl": "Gelijkekansenbeleid\n\n<naam firma> discrimineert niet op grond van afkomst, "
    "geslacht of leeftijd.\n\nDe vertrouwenspersoon is [Naam en functie], [telefoonnummer].",
}
FILLED = {
    "en": ("[Company name]", "Harrow Lane Joinery"),
    "fr": ("[NOM DE L'ENTREPRISE]", "Carrosserie Dubois"),
    "nl": ("<naam firma>", "Brouwer Schoonmaak"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_a_template_not_filled_in_gives_nothing(grader: PolicyGrader, lang: str) -> None:
    blank = grader.grade(text_to_document(TEMPLATE[lang], "<template>"))
    assert not blank.elements["policy_statement"].present
    assert blank.note and "template" in blank.note
    placeholder, firm = FILLED[lang]
    filled = TEMPLATE[lang].replace(placeholder, firm)
    assert grader.grade(text_to_document(filled, "<policy>")).elements["policy_statement"].present


THREAD = (
    "From: Siobhan Kavanagh <s.kavanagh@example.ie>\nTo: Tom Brady\nSubject: RE: Extra "
    "cleaners\n\nTom, we cannot ask the agency to filter on age - that is unlawful. Orla, "
    "please ignore the second part of Tom's email.\n\n> From: Tom Brady <t.brady@example.ie>"
    "\n> Subject: Extra cleaners\n>\n> Can you make sure the ones you send are young, nobody "
    "over 35.\n"
)


def test_a_request_refused_in_its_thread_is_no_red_flag(grader: PolicyGrader) -> None:
    refused = grader.grade(text_to_document(THREAD, "<thread>"))
    assert not refused.red_flags
    assert refused.note and "withdrawn" in refused.note
    standing = THREAD.replace(
        "we cannot ask the agency to filter on age - that is unlawful. "
        "Orla, please ignore the second part of Tom's email.",
        "noted.",
    )
    assert grader.grade(text_to_document(standing, "<thread>")).red_flags
