"""What a revision of a template changes (blind round 25: template revisions in CI).

A duty made a wish no longer binds; the vetting of staff is no check of the clause; and a
threshold carried by a defined term takes the enhanced duties out when the contract's stated
value is below it (a revision that raises the threshold weakens the template).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.readers import read_document
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

LANGS = ["en", "fr", "nl"]

# the clause, its firm duty and the same duty made a wish
HEDGE = {
    "en": (
        "11.1 The Contractor {d} against any employee or job applicant in recruitment, pay or "
        "dismissal because of age, disability, race, religion or belief, sex or sexual "
        "orientation.",
        "shall not discriminate",
        "should, as far as possible, avoid discriminating",
    ),
    "fr": (
        "11.1 Le titulaire {d} à l'égard de son personnel et des candidats à un emploi fondée "
        "sur l'origine, le sexe, l'âge, le handicap ou la religion.",
        "s'engage à ne pratiquer aucune discrimination",
        "s'efforce, dans la mesure du possible, de ne pratiquer aucune discrimination",
    ),
    "nl": (
        "11.1 De opdrachtnemer {d} bij de aanwerving en het ontslag van zijn werknemers op grond "
        "van afkomst, geslacht, leeftijd, handicap of geloof.",
        "maakt geen enkele discriminatie",
        "wordt aangemoedigd om geen discriminatie te maken",
    ),
}

# a vetting requirement beside the clause, and a real check put in its place
VET = {
    "en": (
        "Clause 7 - Staff\n\n7.1 Every member of staff working at a school shall hold an "
        "enhanced DBS check, which the Council may verify at any time.\n\n7.2 The Supplier shall "
        "not discriminate against any employee or job applicant because of age, sex or "
        "religion.\n",
        "7.1 The Council may verify at any time that the Supplier complies with clause 7.2, and "
        "may request its recruitment records for that purpose.",
    ),
    "fr": (
        "Article 7 - Personnel\n\n7.1 Chaque chauffeur produit un extrait de casier judiciaire, "
        "que le pouvoir adjudicateur peut contrôler à tout moment.\n\n7.2 Le titulaire "
        "s'interdit toute discrimination envers son personnel fondée sur l'origine, le sexe ou "
        "l'âge.\n",
        "7.1 Le pouvoir adjudicateur peut contrôler à tout moment le respect de l'article 7.2 et "
        "demander à cette fin les dossiers de recrutement du titulaire.",
    ),
    "nl": (
        "Artikel 7 - Personeel\n\n7.1 Elke chauffeur legt een uittreksel uit het strafregister "
        "voor, dat de aanbestedende overheid op elk moment kan controleren.\n\n7.2 De "
        "opdrachtnemer discrimineert zijn personeel niet op grond van afkomst, geslacht of "
        "leeftijd.\n",
        "7.1 De aanbestedende overheid kan op elk moment de naleving van artikel 7.2 controleren "
        "en daartoe de wervingsdossiers van de opdrachtnemer opvragen.",
    ),
}

# a threshold in a definition, the enhanced duty under the defined term, the value stated
DEFINED = {
    "en": (
        '1. Definitions\n\n1.1 "Enhanced Equality Contract": a contract whose estimated value is '
        "GBP 500,000 or more.\n\n"
        "2. Value\n\n2.1 The contract value is GBP {v}.\n\n"
        "9. Equality\n\n9.1 The Contractor shall not discriminate against any employee or job "
        "applicant because of age, sex, race or religion.\n\n"
        "9.2 In the case of an Enhanced Equality Contract, the Contractor shall complete a "
        "self-assessment questionnaire on its compliance with clause 9.1 within two months. The "
        "Council may request supporting documents.\n\n"
        "9.3 A breach of clause 9.1 entitles the Council to terminate the Contract.\n"
    ),
    "fr": (
        "Article 1 - Définitions\n\n1.1 « Marché à clause sociale renforcée » : un marché dont "
        "le montant estimé est d'au moins 500.000 euros.\n\n"
        "Article 2 - Montant\n\n2.1 Le montant du marché est de {v} euros hors TVA.\n\n"
        "Article 9 - Non-discrimination\n\n9.1 Le titulaire s'interdit toute discrimination "
        "envers son personnel fondée sur l'origine, le sexe ou l'âge.\n\n"
        "9.2 Pour un marché à clause sociale renforcée, le titulaire remplit dans les deux mois "
        "un questionnaire d'autoévaluation sur le respect de l'article 9.1. Le pouvoir "
        "adjudicateur peut demander des pièces justificatives.\n\n"
        "9.3 Tout manquement à l'article 9.1 peut entraîner la résiliation du marché.\n"
    ),
    "nl": (
        'Artikel 1 - Definities\n\n1.1 "Opdracht met verhoogde sociale verplichtingen": een '
        "opdracht waarvan de geraamde waarde ten minste 500.000 euro bedraagt.\n\n"
        "Artikel 2 - Waarde\n\n2.1 De waarde van de opdracht bedraagt {v} euro.\n\n"
        "Artikel 9 - Non-discriminatie\n\n9.1 De opdrachtnemer discrimineert zijn personeel niet "
        "op grond van afkomst, geslacht of leeftijd.\n\n"
        "9.2 Bij een opdracht met verhoogde sociale verplichtingen vult de opdrachtnemer binnen "
        "twee maanden een zelfevaluatievragenlijst in over de naleving van artikel 9.1. De "
        "aanbestedende overheid kan bewijsstukken opvragen.\n\n"
        "9.3 Een inbreuk op artikel 9.1 kan leiden tot de verbreking van de opdracht.\n"
    ),
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


def _found(grader: ClauseGrader, tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "template.txt"
    path.write_text(text, encoding="utf-8")
    return {k for k, v in grader.grade(read_document(path)).elements.items() if v.present}


@pytest.mark.parametrize("lang", LANGS)
def test_a_duty_made_a_wish_is_no_commitment(
    grader: ClauseGrader, tmp_path: Path, lang: str
) -> None:
    text, firm, soft = HEDGE[lang]
    assert "commitment" in _found(grader, tmp_path, "Article 11\n\n" + text.format(d=firm))
    assert "commitment" not in _found(grader, tmp_path, "Article 11\n\n" + text.format(d=soft))


@pytest.mark.parametrize("lang", LANGS)
def test_vetting_of_staff_is_no_check_of_the_clause(
    grader: ClauseGrader, tmp_path: Path, lang: str
) -> None:
    doc, check = VET[lang]
    vetting = doc.split("\n\n")[1]
    assert "monitoring" not in _found(grader, tmp_path, doc)
    assert "monitoring" in _found(grader, tmp_path, doc.replace(vetting, check))


@pytest.mark.parametrize("lang", LANGS)
def test_duties_under_a_defined_threshold_this_contract_misses_are_out(
    grader: ClauseGrader, tmp_path: Path, lang: str
) -> None:
    below, above = ("350,000", "650,000") if lang == "en" else ("350.000", "650.000")
    template = DEFINED[lang]
    assert "monitoring" not in _found(grader, tmp_path, template.replace("{v}", below))
    assert "monitoring" in _found(grader, tmp_path, template.replace("{v}", above))
    # no value stated: nothing to compare, the duty stays
    unstated = "\n\n".join(p for p in template.split("\n\n") if "{v}" not in p)
    assert "monitoring" in _found(grader, tmp_path, unstated)
