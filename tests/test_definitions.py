"""Defined terms carry what their definition says into the sentences that use them."""

from __future__ import annotations

import pytest

from checker.definitions import (
    Definition,
    defined_terms,
    definitions,
    term_pattern,
    term_variants,
)
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('"Personnel" means all persons employed by the Contractor.', "Personnel"),
        ("1.4 “Protected Class” means race, color, religion or sex.", "Protected Class"),
        ("« Personnel » désigne les salariés du titulaire.", "Personnel"),
        ("On entend par « Intervenants » les salariés du titulaire.", "Intervenants"),
        ("Onder 'personeel' wordt verstaan: de werknemers van de opdrachtnemer.", "personeel"),
        ('"Staff" shall include agency workers.', "Staff"),
    ],
)
def test_definitions_are_found(text: str, term: str) -> None:
    assert defined_terms([text]) == {term: 0}


def test_a_quoted_word_in_a_clause_is_not_a_definition() -> None:
    text = 'The Contractor shall keep a register of "complaints" and answer each within 10 days.'
    assert defined_terms([text]) == {}


def test_uses_of_a_term_are_found_as_written() -> None:
    pattern = term_pattern(["Personnel"])
    assert pattern is not None
    found = [
        m.group(0) for m in pattern.finditer("All Personnel; personnel; Personnels; XPersonnel")
    ]
    assert found == ["Personnel", "Personnels"]


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


CLAUSE = (
    "1.1 {definition}\n\n"
    "7.1 The Contractor shall not discriminate against any of its Personnel on grounds of "
    "race, sex, religion, disability, age or sexual orientation, in recruitment, pay, "
    "training or dismissal."
)


def test_a_definition_that_covers_subcontractors_staff_carries_flowdown(
    grader: ClauseGrader,
) -> None:
    wide = '"Personnel" means the employees of the Contractor and of any subcontractor.'
    narrow = '"Personnel" means the employees of the Contractor, including agency workers.'
    assert grader.grade_text(CLAUSE.format(definition=wide), "en").elements["flowdown"].present
    assert (
        not grader.grade_text(CLAUSE.format(definition=narrow), "en").elements["flowdown"].present
    )


def test_the_head_of_a_definition_is_kept() -> None:
    found = definitions(
        [
            '21.1 In dit artikel wordt onder "de Dienstverlenende Vennootschap" verstaan: de '
            "inschrijver aan wie de opdracht wordt gegund.",
            '"Contract" means the agreement between the Authority and the Contractor.',
        ]
    )
    assert found["de Dienstverlenende Vennootschap"] == Definition(0, "de inschrijver aan wie")
    assert found["Contract"] == Definition(1, "the agreement between the")


DEFINED_PARTY = (
    "1.2 {definition}\n\n"
    "9.1 The Cleaning Company makes no distinction between its employees on grounds of race, "
    "sex, religion, disability or age in recruitment, pay or dismissal."
)


@pytest.mark.parametrize(
    ("definition", "bound"),
    [
        ('"Cleaning Company" means the tenderer to whom the contract is awarded.', True),
        ('"Cleaning Company" means any firm that cleans the Site for the Contractor.', False),
    ],
)
def test_a_term_defined_as_the_contractor_is_a_party(
    grader: ClauseGrader, definition: str, bound: bool
) -> None:
    result = grader.grade_text(DEFINED_PARTY.format(definition=definition), "en")
    assert result.elements["commitment"].present is bound


GROUNDS = (
    "1.4 {definition}\n\n"
    "7.1 The Contractor shall not treat any employee or job applicant less favourably than "
    "another because of a Protected Trait, whether in recruitment, pay or dismissal."
)


@pytest.mark.parametrize(
    ("definition", "named"),
    [
        (
            '"Protected Trait" means race, sex, religion or belief, disability, age or sexual '
            "orientation.",
            True,
        ),
        ('"Protected Trait" means any trait the Authority lists in its staff handbook.', False),
    ],
)
def test_grounds_named_in_a_definition_reach_the_duty(
    grader: ClauseGrader, definition: str, named: bool
) -> None:
    result = grader.grade_text(GROUNDS.format(definition=definition), "en")
    assert result.elements["commitment"].present
    assert result.elements["grounds"].present is named


POINT_LISTS = {
    "en": (
        "Article 1 - Definitions\n\nFor the purposes of these specifications:\n"
        '1° "contractor" means the service provider to which the contract is awarded;\n'
        '2° "subcontractor" means any undertaking to which a person listed in 1° entrusts part '
        "of the performance of the contract;\n"
        '3° "hiring agency" means any temporary-work agency that places workers at the '
        "disposal of a person listed in 1° or 2°.\n\n"
        "Article 22 - Equal treatment of workers\n\n"
        "The {bound} shall make no distinction in recruitment, pay or dismissal on the basis "
        "of nationality, origin, sex, age or disability."
    ),
    "fr": (
        "Article 1er - Définitions\n\nOn entend par :\n"
        "1° « adjudicataire » : le soumissionnaire dont l'offre est retenue ;\n"
        "2° « sous-traitant » : toute entreprise à laquelle l'adjudicataire confie une partie "
        "du marché ;\n"
        "3° « entreprise de travail intérimaire » : toute entreprise qui met des intérimaires "
        "à la disposition de l'adjudicataire.\n\n"
        "Article 28 - Non-discrimination\n\n"
        "L'adjudicataire s'abstient de toute discrimination à l'égard de son personnel fondée "
        "sur la nationalité, l'origine, le sexe ou l'âge. Il impose les obligations du présent "
        "article aux {bound}."
    ),
    "nl": (
        "Artikel 1. Definities\n\nVoor de toepassing van deze overeenkomst wordt verstaan "
        "onder:\n"
        "1° concessiehouder: de onderneming aan wie de concessie is gegund;\n"
        "2° onderaannemer: iedere onderneming aan wie de concessiehouder een deel van de "
        "uitbating toevertrouwt;\n"
        "3° uitzendbureau: iedere onderneming die uitzendkrachten ter beschikking stelt;\n"
        "4° gebonden ondernemingen: de personen vermeld in 1° tot 3°.\n\n"
        "Artikel 14. Gelijke behandeling\n\n"
        "De {bound} onthouden zich van elke vorm van discriminatie ten aanzien van hun "
        "werknemers op grond van nationaliteit, afkomst, geslacht of leeftijd."
    ),
}
BOUND = {
    "en": ("persons listed in 1° to 3° of Article 1", "persons listed in 1° of Article 1"),
    "fr": ("personnes visées à l'article 1er, 2° et 3°", "personnes visées à l'article 1er, 1°"),
    "nl": ("gebonden ondernemingen", "concessiehouders"),
}


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_points_of_a_numbered_definitions_list_reach_the_duty(lang: str) -> None:
    """Verify "the persons listed in 1° to 3°" (or a term defined as them) binds the
    subcontractors and agencies the list defines, and naming only 1° does not."""
    grader = ClauseGrader(load_ruleset())
    chain, contractor = BOUND[lang]
    text = POINT_LISTS[lang]
    present = grader.grade_text(text.format(bound=chain), lang).elements
    assert present["commitment"].present and present["flowdown"].present
    alone = grader.grade_text(text.format(bound=contractor), lang).elements
    assert not alone["flowdown"].present


def test_numbered_points_and_their_references_are_read() -> None:
    from checker.definitions import numbered_points, point_refs

    points = numbered_points(
        [
            "1° concessiehouder: de onderneming aan wie de concessie is gegund;",
            "2° « sous-traitant » : toute entreprise à laquelle l'adjudicataire confie",
            "4° gebonden ondernemingen: de personen vermeld in 1° tot 3°.",
            "The tank is heated to 60° before use.",
        ]
    )
    assert {n: p.term for n, p in points.items()} == {
        "1": "concessiehouder",
        "2": "sous-traitant",
        "4": "gebonden ondernemingen",
    }
    assert points["4"].refs == {"1", "2", "3"}
    assert point_refs("aux personnes visées à l'article 1er, 2° et 3°") == {"2", "3"}
    assert point_refs("2° onderaannemer: iedere onderneming") == set()


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # a numbered definition of a definitions article, unquoted, defines its term
        (
            "1.9 Gelijke behandeling: de verplichting om geen onderscheid te maken.",
            {"Gelijke behandeling"},
        ),
        ("2.4 Personnel: all persons employed by the Contractor.", {"Personnel"}),
        # a titled paragraph, whose text after the colon opens in capitals, does not
        ("12.1 Equality: The Contractor shall not discriminate.", set()),
        ("14.1 De opdrachtnemer neemt de wet in acht: hij discrimineert niet.", set()),
    ],
)
def test_unquoted_numbered_definitions(text: str, terms: set[str]) -> None:
    assert set(defined_terms([text])) == terms


def test_a_plural_term_of_several_words_is_also_used_in_the_singular() -> None:
    assert set(term_variants("Critères prohibés")) == {
        "critère prohibé",
        "critères prohibés",
        "Critère prohibé",
    }
    assert term_variants("Personnel") == []  # one word keeps its capital


GROUNDS_BY_DEFINITION = {
    "fr": (
        "Article 1.4 – Définitions\n\n« Critères prohibés » : les motifs énumérés à l'article "
        "L1132-1 du code du travail, notamment l'origine, le sexe, l'âge et le handicap.\n\n"
        "Article 8 – Gestion du personnel\n\nLe titulaire ne prend en considération aucun "
        "{term} dans ses décisions relatives au recrutement, à la rémunération ou au "
        "licenciement des salariés affectés au marché."
    ),
    "nl": (
        "Artikel 1 Begrippen\n\n1.9 Gelijke behandeling: de verplichting om geen onderscheid te "
        "maken als bedoeld in de Algemene wet gelijke behandeling.\n\nArtikel 14 Gelijke "
        "behandeling in de arbeid\n\n14.1 De Combinatie neemt bij de werving, selectie en "
        "beloning van haar personeel de {term} in acht."
    ),
}


@pytest.mark.parametrize(
    ("lang", "term", "level"),
    [
        ("fr", "critère prohibé", "moderate"),
        ("fr", "critère de rentabilité", "absent"),
        ("nl", "Gelijke behandeling", "moderate"),
        ("nl", "planning", "absent"),
    ],
)
def test_grounds_of_an_unquoted_or_plural_definition_reach_the_duty(
    grader: ClauseGrader, lang: str, term: str, level: str
) -> None:
    result = grader.grade_text(GROUNDS_BY_DEFINITION[lang].format(term=term), lang)
    assert result.level == level
