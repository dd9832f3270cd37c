"""What the features of real files mean for the grade (blind round 24: files built by their
writers with Word and ODF features, portal pages and laid-out PDFs).

A heading that names the clause's article makes its article part of the clause; a list
drawn under a typed article heading holds that article's points; a contents entry cut
after its dotted leader is no clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document import Block, BlockKind
from checker.readers import read_document
from checker.readers.structure import assign_structure
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

# {n}: the article the consequences article's heading names (9 is the clause)
CONSEQUENCES = {
    "en": (
        "Article 9 - Fair treatment of Staff\n\n"
        "9.1 The Contractor shall not discriminate against Staff on grounds of age, disability, "
        "race, religion or belief, sex or sexual orientation.\n\n"
        "Article 10 - Delivery\n\n10.1 The Contractor delivers the goods within ten days.\n\n"
        "Article 19 - Consequences of a breach of Article {n}\n\n"
        "19.1 The Council shall notify the Contractor in writing of any failure, and the "
        "Contractor shall remedy it within twenty Working Days.\n\n"
        "19.2 A failure that is not remedied within that period is a material breach entitling "
        "the Council to terminate the Contract.\n"
    ),
    "fr": (
        "Article 9 - Égalité de traitement du personnel\n\n"
        "9.1 Le titulaire s'interdit toute discrimination envers son personnel fondée sur "
        "l'origine, le sexe, l'âge ou le handicap.\n\n"
        "Article 10 - Livraison\n\n10.1 Le titulaire livre les fournitures dans les dix jours.\n\n"
        "Article 19 - Suites d'un manquement à l'article {n}\n\n"
        "19.1 Le pouvoir adjudicateur notifie par écrit tout manquement au titulaire, qui y "
        "remédie dans les vingt jours ouvrables.\n\n"
        "19.2 Un manquement qui n'est pas corrigé dans ce délai justifie la résiliation du "
        "marché.\n"
    ),
    "nl": (
        "Artikel 9 - Gelijke behandeling van het personeel\n\n"
        "9.1 De opdrachtnemer discrimineert zijn personeel niet op grond van afkomst, geslacht, "
        "leeftijd of handicap.\n\n"
        "Artikel 10 - Levering\n\n10.1 De opdrachtnemer levert de goederen binnen tien dagen.\n\n"
        "Artikel 19 - Gevolgen van een inbreuk op artikel {n}\n\n"
        "19.1 De aanbestedende overheid meldt elke tekortkoming schriftelijk aan de "
        "opdrachtnemer, die ze binnen twintig werkdagen verhelpt.\n\n"
        "19.2 Een tekortkoming die niet binnen die termijn is verholpen, geeft aanleiding tot de "
        "verbreking van de opdracht.\n"
    ),
}


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_an_article_whose_heading_names_the_clause_belongs_to_it(
    grader: ClauseGrader, tmp_path: Path, lang: str
) -> None:
    """ "19. Consequences of a breach of Article 9" then "19.2 A failure ... terminate":
    the sanction is the clause's, though 19.2 names no article; under a heading that names
    the delivery article it is not."""
    found = {}
    for article in ("9", "10"):
        path = tmp_path / f"{lang}_{article}.txt"
        path.write_text(CONSEQUENCES[lang].replace("{n}", article), encoding="utf-8")
        result = grader.grade(read_document(path))
        found[article] = result.elements["remedies"].present
    assert found == {"9": True, "10": False}


def test_a_list_drawn_under_a_typed_article_heading_holds_its_points() -> None:
    """An ODT or DOCX list numbered 1-4 under "Artikel 9 - Personeelsbeleid": points 9.1-9.4
    of article 9 (not articles 1-4, nor headings), and the paragraph after it stays in 9."""
    texts = [
        ("Artikel 9 - Personeelsbeleid", BlockKind.HEADING, None),
        ("De opdrachtnemer behandelt alle werknemers op gelijke voet, vooral bij:", None, None),
        ("de aanwerving en de selectie;", BlockKind.LIST_ITEM, "1"),
        ("het ontslag.", BlockKind.LIST_ITEM, "2"),
        ("Hij kiest zijn medewerkers op basis van hun bekwaamheid.", None, None),
    ]
    blocks = [
        Block(
            kind=kind or BlockKind.PARAGRAPH,
            text=text,
            number=number,
            level=1 if kind == BlockKind.HEADING else None,
        )
        for text, kind, number in texts
    ]
    out = assign_structure(blocks)
    assert [b.article for b in out] == ["9", "9", "9.1", "9.2", "9.2"]
    assert all(b.heading_path == ("Artikel 9 - Personeelsbeleid",) for b in out)
