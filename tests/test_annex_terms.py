"""Grounds listed in an annex reach the duty that refers to it; footnote calls do not hide
the words they are glued to."""

from __future__ import annotations

import pytest

from checker.nlp import default_provider
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader
from checker.xref import opened_annex


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Attachment F - Protected Characteristics: race, color, religion", "annex:F"),
        ("Annexe F - Critères : nationalité, prétendue race", "annex:F"),
        ("Bijlage C. Beschermde kenmerken: geslacht, leeftijd", "annex:C"),
        ("Schedule IV: Equality", "annex:4"),
        ("Annex 3 lists the prices of the lots.", None),
        ("The annex F form is signed by the tenderer.", None),
    ],
)
def test_a_paragraph_that_opens_an_annex_is_known(text: str, key: str | None) -> None:
    assert opened_annex(text) == key


DUTY = {
    "en": "11.1 The Vendor shall not make any employment decision about an employee or applicant "
    "on the basis of any characteristic listed in Attachment F.",
    "fr": "27.1 L'entrepreneur s'engage à ne faire aucune distinction dans l'embauche et la "
    "gestion de son personnel sur la base des critères figurant à l'annexe F.",
    "nl": "31.1 Het is de aannemer verboden personeelsleden of sollicitanten ongelijk te "
    "behandelen op grond van de kenmerken opgesomd in bijlage F.",
}
GROUNDS_ANNEX = {
    "en": "Attachment F - Protected Characteristics: race, color, religion, sex, national "
    "origin, age, disability.",
    "fr": "Annexe F - Critères : nationalité, prétendue race, couleur de peau, âge, handicap, "
    "conviction religieuse, sexe.",
    "nl": "Bijlage F - Beschermde kenmerken: geslacht, leeftijd, huidskleur, geloof, handicap.",
}
OTHER_ANNEX = {
    "en": "Attachment F - Price schedule: unit rates, travel costs and overtime.",
    "fr": "Annexe F - Bordereau des prix : prix unitaires, frais de déplacement.",
    "nl": "Bijlage F - Prijzenlijst: eenheidsprijzen, verplaatsingskosten.",
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_grounds_listed_in_the_annex_a_duty_names_count(grader: ClauseGrader, lang: str) -> None:
    listed = grader.grade_text(f"{DUTY[lang]}\n\n{GROUNDS_ANNEX[lang]}", lang)
    priced = grader.grade_text(f"{DUTY[lang]}\n\n{OTHER_ANNEX[lang]}", lang)
    assert listed.elements["commitment"].present and listed.elements["grounds"].present
    assert listed.level == "moderate"
    assert not priced.elements["grounds"].present


def test_an_annex_of_another_act_lends_nothing(grader: ClauseGrader) -> None:
    text = (
        "11.1 The Vendor shall not make any employment decision about an employee or "
        "applicant on the basis of any characteristic listed in Annex X of Directive "
        "2014/24/EU.\n\nAnnex X - Protected Characteristics: race, color, religion, sex, age."
    )
    assert not grader.grade_text(text, "en").elements["grounds"].present


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "au regard des critères protégés(1).", ["protégés", "(", "1", ")"]),
        ("nl", "op grond van een beschermd criterium¹ en", ["criterium", "¹", "en"]),
        ("en", "under Article 5(1) and clause (a)(i)", ["5(1", ")"]),
    ],
)
def test_footnote_calls_are_split_off_words(lang: str, text: str, words: list[str]) -> None:
    tokens = [t.text for t in default_provider().pipeline(lang)(text)]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_grounds_before_a_footnote_call_are_read(grader: ClauseGrader) -> None:
    text = (
        "Article 9 - Obligations sociales\n\nChaque membre du groupement s'interdit, à l'égard "
        "de ses travailleurs et des candidats à un emploi, toute distinction injustifiée au "
        "regard des critères protégés(1)."
    )
    assert grader.grade_text(text, "fr").elements["grounds"].present


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # one annex titled in two languages (Brussels, Belgian federal documents)
        (
            "Annexe 3 - Questionnaire d'auto-évaluation / Bijlage 3 - Zelfevaluatievragenlijst",
            "Annexe 3",
        ),
        ("Bijlage 2 - Prijsinventaris / Annexe 2 - Inventaire des prix", "Bijlage 2"),
        # two annexes listed on one line open neither
        ("Schedule 1 - Specification Schedule 2 - Pricing", None),
        ("Annexe 1 - Offre / Bijlage 2 - Prijzen", None),
    ],
)
def test_a_bilingual_annex_heading_opens_its_annex(text: str, title: str | None) -> None:
    """Verify a heading that names the same annex in French and Dutch opens it, and a line
    listing two annexes does not."""
    from checker.readers.annexes import annex_title

    assert annex_title(text, heading=True) == title
