"""Families of blind round 26 (a check set across everything), each in three languages.

An article that takes up the one before it ("impose the same obligations on its
subcontractors") is part of that clause; plain-language terms that address the contractor
as "you", "u" or "vous" bind it; a policy's intention ("we are considering appointing") is
no practice; and a former requirement reported ("our adverts used to require ...") is no
red flag.
"""

from __future__ import annotations

import pytest

from checker.evaluation.policies import policy_grader
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader, text_to_document

LANGS = ["en", "fr", "nl"]

# the clause, an unrelated article, and an article that takes up "the same obligations"
ANA = {
    "en": (
        "Article 30 - Equal treatment\n\nThe contractor shall not discriminate against its "
        "employees or job applicants on grounds of age, sex or religion.\n\n",
        "Article 31 - Confidentiality\n\nThe contractor shall keep all information about pupils "
        "confidential.\n\n",
        "Article 32 - Subcontractors\n\nThe contractor shall impose the same obligations on its "
        "subcontractors and on the temporary-work agencies it uses.\n",
    ),
    "fr": (
        "Article 30 - Égalité de traitement\n\nLe titulaire s'interdit toute discrimination "
        "envers son personnel fondée sur l'origine, le sexe ou l'âge.\n\n",
        "Article 31 - Confidentialité\n\nLe titulaire garde confidentielles toutes les "
        "informations sur les élèves.\n\n",
        "Article 32 - Sous-traitance\n\nLe titulaire impose les mêmes obligations à ses "
        "sous-traitants et aux entreprises de travail intérimaire.\n",
    ),
    "nl": (
        "Artikel 30 - Gelijke behandeling\n\nDe opdrachtnemer discrimineert zijn personeel niet "
        "op grond van afkomst, geslacht of leeftijd.\n\n",
        "Artikel 31 - Vertrouwelijkheid\n\nDe opdrachtnemer houdt alle informatie over de "
        "leerlingen vertrouwelijk.\n\n",
        "Artikel 32 - Onderaanneming\n\nDe opdrachtnemer legt dezelfde verplichtingen op aan "
        "zijn onderaannemers en uitzendbureaus.\n",
    ),
}

# plain-language duty addressed to the contractor, and the buyer addressing a tenderer
YOU = {
    "en": (
        "You must not discriminate against your employees or job applicants because of age, sex "
        "or religion.",
        "We will treat you and every other tenderer equally, whatever your nationality.",
    ),
    "fr": (
        "Vous ne pratiquez aucune discrimination envers votre personnel et les candidats à un "
        "emploi fondée sur l'origine, le sexe ou l'âge.",
        "Nous vous traitons, comme chaque soumissionnaire, sur un pied d'égalité, quelle que "
        "soit votre nationalité.",
    ),
    "nl": (
        "Als opdrachtnemer discrimineert u uw werknemers en sollicitanten niet op grond van "
        "afkomst, geslacht of leeftijd.",
        "Wij behandelen u en elke andere inschrijver gelijk, ongeacht uw nationaliteit.",
    ),
}

# a policy's intention, and a former requirement reported as removed
POL = {
    "en": (
        "We do not discriminate on grounds of age, sex or race. We are considering appointing a "
        "confidential adviser for complaints in 2026.",
        "Our adverts used to require a 'native speaker'. We removed that phrase in 2023.",
    ),
    "fr": (
        "Nous ne pratiquons aucune discrimination fondée sur l'âge, le sexe ou l'origine. Nous "
        "envisageons de désigner une personne de confiance pour les plaintes en 2026.",
        "Nos annonces exigeaient autrefois « langue maternelle française ». Cette mention a été "
        "supprimée en 2023.",
    ),
    "nl": (
        "Wij discrimineren niet op grond van leeftijd, geslacht of afkomst. We overwegen om in "
        "2026 een vertrouwenspersoon voor klachten aan te stellen.",
        "Onze vacatures eisten vroeger 'moedertaal Nederlands'. Die vermelding is in 2023 "
        "geschrapt.",
    ),
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


def _found(grader: ClauseGrader, text: str) -> set[str]:
    result = grader.grade(text_to_document(text, "template.txt"))
    return {k for k, v in result.elements.items() if v.present}


@pytest.mark.parametrize("lang", LANGS)
def test_an_article_taking_up_the_clause_before_it_belongs_to_it(
    grader: ClauseGrader, lang: str
) -> None:
    clause, unrelated, taken_up = ANA[lang]
    assert "flowdown" in _found(grader, clause + taken_up)
    assert "flowdown" not in _found(grader, clause + unrelated + taken_up)


@pytest.mark.parametrize("lang", LANGS)
def test_terms_addressed_to_the_contractor_bind_it(grader: ClauseGrader, lang: str) -> None:
    duty, tenderers = YOU[lang]
    assert "commitment" in _found(grader, "Article 9\n\n" + duty)
    assert "commitment" not in _found(grader, "Article 9\n\n" + tenderers)


@pytest.mark.parametrize("lang", LANGS)
def test_an_intention_is_no_practice_and_a_former_requirement_no_red_flag(lang: str) -> None:
    grader = policy_grader(load_ruleset())
    intention, former = POL[lang]
    result = grader.grade_text(intention, lang)
    assert result.elements["policy_statement"].present
    assert not result.elements["complaints"].present
    assert grader.grade_text(former, lang).red_flags == []
