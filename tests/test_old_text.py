"""An amendment that quotes the text it changes, as it stood before: the quote gives no
evidence, the new text does."""

from __future__ import annotations

import pytest

from checker.old_text import quoted_old_text
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document
from checker.sentences import document_to_sentences

# (language, the duty in force, the amendment quoting the old action-plan article)
AMENDMENTS = {
    "en": (
        "Clause 12 Equality\n\n12.1 The Contractor shall not discriminate against any employee "
        "on grounds of race, sex or age.\n\n"
        "Article 7 - Replacement of Clause 14\n\n7.1 Clause 14 of the Contract currently reads "
        'as follows:\n\n"14.1 Where the Authority finds a breach of Clause 12, the Contractor '
        "shall within 40 Working Days submit an Equality Action Plan, with the Authority's "
        'support."\n\n7.2 Clause 14 is {verb}'
    ),
    "fr": (
        "Article 12 - Non-discrimination\n\nLe titulaire ne discrimine pas son personnel en "
        "raison de l'origine, du sexe ou de l'âge.\n\n"
        "Article 3 de l'avenant\n\nL'article 14 du marché était rédigé comme suit : « En cas de "
        "manquement à l'article 12, le titulaire établit dans les trois mois un plan d'action "
        "en matière de diversité, avec l'accompagnement du pouvoir adjudicateur. »\n\n"
        "L'article 14 est {verb}"
    ),
    "nl": (
        "Artikel 12 - Non-discriminatie\n\nDe opdrachtnemer discrimineert zijn personeel niet "
        "op grond van afkomst, geslacht of leeftijd.\n\n"
        "Artikel 9 - Opheffing van artikel 14\n\n9.1 Artikel 14 van de overeenkomst luidde: "
        '"Artikel 14 - Actieplan. Wanneer tekortkomingen blijken, stelt de opdrachtnemer '
        "binnen drie maanden een gelijkekansenactieplan op, met de begeleiding van de "
        'diversiteitsambtenaar."\n\n9.2 Artikel 14 wordt {verb}'
    ),
}
VERBS = {"en": "deleted.", "fr": "supprimé.", "nl": "opgeheven."}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_the_quoted_old_text_gives_no_evidence(grader: ClauseGrader, lang: str) -> None:
    result = grader.grade_text(AMENDMENTS[lang].format(verb=VERBS[lang]), lang)
    assert result.elements["commitment"].present
    assert not result.elements["action_plan"].present


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("en", "currently reads as follows:", "is replaced by the following:"),
        ("fr", "était rédigé comme suit :", "est désormais rédigé comme suit :"),
        ("nl", "luidde:", "luidt voortaan:"),
    ],
)
def test_the_new_text_counts(grader: ClauseGrader, lang: str, old: str, new: str) -> None:
    text = AMENDMENTS[lang].format(verb=VERBS[lang]).replace(old, new)
    text = text.rsplit("\n\n", 1)[0]  # no deletion after it
    assert grader.grade_text(text, lang).elements["action_plan"].present


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # the quote ends with its paragraph (a closing mark after a full stop is not kept in
        # the sentence); the next paragraph counts
        (
            'Clause 14 currently reads: "14.1 The Contractor shall submit a plan. 14.2 It '
            "shall report.\"\n\nThe Authority may audit the Contractor's records.",
            ["Clause 14", "14.2 It s"],
        ),
        # a closing mark inside a sentence ends the quote there
        (
            'Clause 14.3 currently reads: "the Contractor may"; it is replaced. The Authority '
            "may audit the Contractor's records.",
            ["Clause 14"],
        ),
        # no old text introduced: nothing goes
        ('Clause 14 reads as follows: "14.1 The Contractor shall submit a plan."', []),
    ],
)
def test_the_quote_ends_at_its_closing_mark_or_paragraph(text: str, gone: list[str]) -> None:
    sentences = document_to_sentences(text_to_document(text, "x.txt"), "en")
    assert [sentences[k].text[:9] for k in sorted(quoted_old_text(sentences))] == gone
