"""Dutch clause grading on sentences written for these tests (not rule examples, not corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.readers import read_document
from checker.rulepack.loader import load_ruleset, rules_dir
from checker.scan import ClauseGrader

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def _present(grader: ClauseGrader, text: str) -> tuple[str | None, set[str]]:
    result = grader.grade_text(text, "nl")
    return result.level, {k for k, v in result.elements.items() if v.present}


CASES = [
    (
        "moderate",
        {"commitment", "grounds"},
        "Opdrachtnemer draagt er zorg voor dat zijn werknemers niet worden gediscrimineerd op "
        "grond van ras, geslacht of leeftijd.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De opdrachtnemer neemt bij de werving en selectie van medewerkers voor deze opdracht de "
        "Algemene wet gelijke behandeling in acht.",
    ),
    (
        "weak",
        {"commitment"},
        "Bij de uitvoering van de opdracht voert de dienstverlener een niet-discriminerend "
        "personeelsbeleid.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De opdrachtnemer zorgt voor een inclusieve werkomgeving waarin iedere werknemer, "
        "ongeacht afkomst, gender of handicap, gelijke kansen krijgt.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De opdrachtnemer staat ervoor in dat geen enkele sollicitant wordt afgewezen omwille van "
        "zijn leeftijd, zijn handicap of zijn seksuele geaardheid.",
    ),
    (
        "weak",
        {"commitment"},
        "De dienstverlener treedt op tegen elke uiting van racisme op de werkvloer.",
    ),
    (
        "weak",
        set(),
        "Opdrachtnemer leeft bij de uitvoering van de overeenkomst de toepasselijke "
        "arbeidswetgeving en de cao na.",
    ),
    (
        "weak",
        set(),
        "De opdrachtnemer verbindt zich ertoe alle sociaalrechtelijke verplichtingen na te komen.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "De opdrachtnemer mag geen onderscheid maken tussen sollicitanten op basis van hun "
        "nationaliteit of huidskleur. Op eenvoudig verzoek van de opdrachtgever toont de "
        "opdrachtnemer aan dat hij deze verplichting nakomt. Bij niet-naleving van deze clausule "
        "wordt de opdrachtnemer in gebreke gesteld en kan een straf worden opgelegd.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Art. 30 Sociale bepalingen\nDe opdrachtnemer leeft de wet van 10 mei 2007 ter "
        "bestrijding van bepaalde vormen van discriminatie na, in het bijzonder bij de aanwerving "
        "en de arbeidsvoorwaarden van zijn personeel. Inbreuken worden vastgesteld bij "
        "proces-verbaal en geven aanleiding tot de toepassing van de maatregelen bedoeld in "
        "artikel 44 en volgende van het KB van 14 januari 2013. De aanbestedende overheid kan "
        "hiertoe inlichtingen inwinnen bij de sociale inspectiediensten.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "remedies"},
        "Opdrachtnemer houdt zich bij de uitvoering van de Overeenkomst aan de Algemene wet "
        "gelijke behandeling ten aanzien van zijn werknemers. Opdrachtgever is gerechtigd de "
        "Overeenkomst te ontbinden indien Opdrachtnemer hierin tekortschiet.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "applicability"},
        "Dit artikel geldt enkel voor opdrachten waarvan de raming meer dan 139.000 euro "
        "bedraagt. De opdrachtnemer waakt erover dat zijn personeel niet wordt gediscrimineerd "
        "wegens geloof of levensbeschouwing.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "flowdown"},
        "De opdrachtnemer waarborgt gelijke kansen voor mannen en vrouwen bij de aanwerving en "
        "legt deze verplichting contractueel op aan al zijn onderaannemers.",
    ),
    (
        "exemplary",
        {"commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"},
        "De leverancier verplicht zich ertoe om geen enkele werknemer of kandidaat-werknemer te "
        "discrimineren op basis van huidskleur, afkomst of geloof, en eist hetzelfde van zijn "
        "onderaannemers. Het bestuur kan een discriminatietest organiseren of een klacht "
        "doorgeven aan Unia. Stelt het bestuur een probleem vast, dan stelt de leverancier een "
        "actieplan op met ondersteuning van het bestuur. Wie na zes maanden geen verbetering "
        "toont, krijgt een boete en kan worden uitgesloten van nieuwe opdrachten.",
    ),
    (
        "exemplary",
        {
            "commitment",
            "grounds",
            "flowdown",
            "monitoring",
            "action_plan",
            "remedies",
            "applicability",
        },
        "Artikel 12 - Non-discriminatie. Voor opdrachten boven 100.000 euro geldt het volgende. "
        "De contractant verbindt zich ertoe bij de werving, de verloning en het ontslag van "
        "personeel niemand te benadelen omwille van zijn afkomst, leeftijd of geslacht. Hij eist "
        "hetzelfde van de uitzendbureaus waarmee hij samenwerkt. De opdrachtgever kan de "
        "contractant vragen een zelfevaluatie in te vullen en kan steekproefsgewijs praktijktests "
        "uitvoeren. Bij een negatief resultaat volgt een verbetertraject van zes maanden onder "
        "begeleiding van de opdrachtgever. Blijven de problemen bestaan, dan kan de opdrachtgever "
        "de overeenkomst ontbinden.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De leverancier maakt bij de indienstneming van personeel geen enkel rechtstreeks of "
        "onrechtstreeks onderscheid op grond van geloof of handicap.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "monitoring"},
        "Art. 5.1 De dienstverlener discrimineert niet op grond van afkomst bij de aanwerving. "
        "Art. 5.2 De aanbestedende dienst is bevoegd de naleving van 5.1 te controleren door "
        "inzage in de personeelsdossiers.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "flowdown"},
        "De opdrachtnemer behandelt zijn werknemers gelijk ongeacht leeftijd of geslacht. Hij legt "
        "dezelfde verplichting eveneens op aan de uitzendbureaus waarop hij een beroep doet.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "remedies"},
        "Artikel 8. De aannemer discrimineert geen werknemers op grond van nationaliteit. Een "
        "inbreuk op artikel 8 geeft aanleiding tot de maatregelen vermeld in de artikelen 45 tot "
        "47 van het KB van 14 januari 2013.",
    ),
    (
        "weak",
        set(),
        "Opdrachtnemer voldoet aan alle wetgeving op het gebied van arbeid die op de uitvoering "
        "van toepassing is.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De opdrachtnemer verbindt zich ertoe zijn personeel niet te discrimineren op grond van "
        "geslacht of afkomst en geen haatboodschappen te verspreiden.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Art. 4 - Personeel\n4.1 De aannemer werkt op de werf met eigen bouwvakkers. Hij "
        "benadeelt geen enkele arbeider bij de aanwerving of de loonvorming omwille van zijn "
        "nationaliteit of zijn leeftijd.\n4.2 Het personeel draagt veiligheidsschoenen.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Artikel 1 - Definities\n'Discriminatie': elk direct of indirect onderscheid verboden door "
        "de wet van 30 juli 1981 of de wet van 10 mei 2007.\n\n"
        "Artikel 2 - Prijs\nDe prijzen zijn vast.\n\n"
        "Artikel 9 - Personeel\nDe leverancier maakt zich bij de werving en het ontslag van "
        "medewerkers niet schuldig aan discriminatie in de zin van artikel 1.",
    ),
    (
        "weak",
        set(),
        "Opdrachtnemer houdt zich gedurende de volledige looptijd van de overeenkomst aan de "
        "geldende wetgeving op het gebied van arbeid.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "flowdown"},
        "De opdrachtnemer waarborgt gelijke kansen aan al zijn werknemers, ongeacht hun "
        "levensbeschouwing of handicap. Hij draagt er zorg voor dat deze verplichting in de gehele "
        "keten wordt nageleefd.",
    ),
    (
        "weak",
        set(),
        "Opdrachtnemer neemt alle op hem rustende verplichtingen uit wet- en regelgeving op het "
        "gebied van arbeidsvoorwaarden in acht.",
    ),
    (
        "weak",
        set(),
        "De dienstverlener verklaart de Belgische reglementering inzake arbeidsduur, lonen en "
        "feestdagen na te leven.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "De dienstverlener die werkzoekenden naar een job begeleidt, maakt bij de aanwerving van "
        "zijn eigen jobcoaches geen onderscheid naar afkomst, leeftijd of handicap.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Art. 8 - Gelijke kansen\n8.1 De leverancier discrimineert zijn werknemers niet op grond "
        "van huidskleur of geloof.\n8.2 De gemeente kan de naleving van 8.1 laten toetsen met "
        "praktijktests.\n8.3 Een leverancier die na een negatieve praktijktest geen "
        "verbeterplan voorlegt, betaalt een straf van 750 euro.",
    ),
    (
        # a bare ban in a sentence of its own, its scope of employment in the next one, each
        # element in an item of its own
        "exemplary",
        {"commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"},
        "Artikel 12 - Gelijke kansen\n"
        "1° De opdrachtnemer discrimineert niet. Dat verbod geldt bij de werving, de selectie, de "
        "beloning en de bevordering van zijn werknemers.\n"
        "2° Bedoeld is elk onderscheid op grond van huidskleur, afkomst, geslacht, handicap of "
        "leeftijd.\n"
        "3° Zijn onderaannemers en de uitzendbureaus waarmee hij werkt, zijn aan dezelfde "
        "verplichting gebonden.\n"
        "4° De stad kan bewijsstukken opvragen en situatietests laten uitvoeren.\n"
        "5° Bij vastgestelde tekortkomingen stelt de opdrachtnemer binnen twee maanden een "
        "actieplan op, met begeleiding door de stad.\n"
        "6° Werkt de opdrachtnemer niet mee, dan legt de stad een straf op van 200 euro per "
        "tekortkoming.",
    ),
    (
        # the AWGB's "aangaan en beëindigen van arbeidsverhoudingen" is a stage of employment,
        # not a remedy
        "moderate",
        {"commitment", "grounds"},
        "Opdrachtnemer handelt bij de werving, het aangaan en beëindigen van dienstbetrekkingen en "
        "de beloning overeenkomstig de Algemene wet gelijke behandeling.",
    ),
    (
        # a headcount in words and an amount after the currency sign
        "moderate",
        {"commitment", "grounds", "applicability"},
        "De dienstverlener discrimineert zijn personeel niet op grond van afkomst of geslacht. "
        "Deze clausule is van toepassing op een dienstverlener met ten minste twintig werknemers, "
        "voor zover de opdracht € 100.000 exclusief btw of meer bedraagt.",
    ),
    (
        # the contractor's own written policy, asked for by the buyer
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "De leverancier hanteert een beleid tegen discriminatie van sollicitanten op grond van "
        "leeftijd of handicap. Hij stuurt de opdrachtgever op eerste verzoek een kopie van dat "
        "beleid. Bij niet-nakoming kan de opdrachtgever de overeenkomst ontbinden.",
    ),
    (
        # a regional anti-discrimination act cited by name is grounds
        "moderate",
        {"commitment", "grounds"},
        "De leverancier leeft bij de aanwerving van zijn technici de Brusselse ordonnantie van 4 "
        "september 2008 betreffende de bestrijding van discriminatie en de gelijke behandeling op "
        "het vlak van de tewerkstelling na.",
    ),
    (
        # the breach described by the outcome of the practice tests
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "De aannemer maakt bij de werving van arbeiders geen onderscheid naar leeftijd of "
        "handicap. De stad mag met fictieve sollicitaties nagaan of hij dit naleeft. Krijgen "
        "sollicitanten met een handicap daarbij telkens minder kansen, dan kan de stad de "
        "opdracht eenzijdig verbreken.",
    ),
]

HARD_NEGATIVES = [
    "De sponsor verspreidt op zijn website geen haatboodschappen of racistische uitingen.",
    "De club onthoudt zich van uitingen die racisme verheerlijken of aanzetten tot haat op grond "
    "van afkomst.",
    "Overwegende dat de opdrachtnemer geen onderscheid mag maken op grond van afkomst bij de "
    "werving;",
    "De leverancier adviseert de gemeente over regelgeving op het gebied van arbeid.",
    "De consultant geeft het personeel van de stad een opleiding over de sociale wetgeving.",
    "De beoordeling van de offertes gebeurt op een objectieve en niet-discriminerende wijze.",
    "Het bestuur waarborgt de gelijke behandeling van alle kandidaten en inschrijvers tijdens de "
    "procedure.",
    "De inschrijvers worden zonder discriminatie beoordeeld op basis van de gunningscriteria.",
    "De opdrachtnemer zorgt ervoor dat zijn chauffeurs alle passagiers zonder discriminatie "
    "vervoeren.",
    "De opdrachtnemer ziet erop toe dat zijn personeel de bewoners met respect en zonder "
    "discriminatie behandelt.",
    "Het gemeentebestuur voert als werkgever een diversiteitsbeleid voor zijn eigen personeel.",
    "Artikel 14 van de antidiscriminatiewet verbiedt elke vorm van discriminatie in de "
    "arbeidsverhoudingen.",
    "Het is verboden personeel te discrimineren op grond van geslacht, ras of godsdienst; dit "
    "verbod geldt voor elke werkgever.",
    "De aannemer zorgt ervoor dat al zijn werknemers, ongeacht hun nationaliteit, beschikken "
    "over een geldige verblijfsvergunning.",
    "De leverancier garandeert dat de software voor de selectie van sollicitanten niemand "
    "benadeelt op grond van leeftijd.",
    "De verwerker mag geen persoonsgegevens over de etnische afkomst of de seksuele geaardheid "
    "van de medewerkers verwerken.",
    "Het reglement verbiedt de opdrachtnemer reclame te maken die aanzet tot haat of "
    "discriminatie op grond van ras of geslacht.",
    "De opdrachtnemer levert bureaustoelen volgens de norm EN 1335 of gelijkwaardig, voor al het "
    "personeel van de stad.",
    "De opdrachtnemer stelt voor het personeel een veiligheidsplan op en leeft de welzijnswet na.",
    "Sociale clausule: de opdrachtnemer zet voor minstens 5 % van de arbeidsuren werkzoekenden "
    "uit de kansengroepen in.",
    "Bijlage 3 - Voorbeeldclausule, louter ter informatie. De opdrachtnemer discrimineert zijn "
    "werknemers niet op grond van afkomst. Aan deze bijlage kunnen de partijen geen rechten of "
    "verplichtingen ontlenen.",
    # jobseekers, trainees and participants as the users of a training or coaching service
    "De opdrachtnemer begeleidt alle toegeleide werkzoekenden naar duurzaam werk, ongeacht hun "
    "afkomst, leeftijd of geslacht.",
    "De dienstverlener organiseert sollicitatietrainingen voor alle deelnemers, zonder "
    "onderscheid naar nationaliteit of geloof.",
    # campaign and teaching material
    "Het communicatiebureau waarborgt dat de beelden van de campagne geen stereotypen op grond "
    "van afkomst of geslacht bevatten.",
    # a duty announced for later tenders, or labour law as the subject of the service
    "Bij een volgende aanbesteding zou van de leverancier eventueel kunnen worden gevraagd zijn "
    "werknemers niet te discrimineren op grond van afkomst.",
    "De consultant zal het personeel van de gemeente opleiden in de regelgeving inzake "
    "arbeidsvoorwaarden en sociale zekerheid.",
    # an AI tool that must not discriminate against applicants
    "De leverancier garandeert dat zijn screeningstool voor sollicitanten niemand benadeelt op "
    "grond van leeftijd of afkomst.",
    # the buyer's own staff policy, and members of a sports centre as its users
    "De gemeente zorgt ervoor dat haar eigen vacatures neutraal zijn en dat zij bij de aanwerving "
    "niemand discrimineert op grond van leeftijd.",
    "Het personeel van de uitbater laat alle abonnees toe tot de sporthal, ongeacht hun afkomst.",
    # tenderers as the ones not to be discriminated against, applicants for a benefit scored
    # by a model, and a public body's diversity policy for its own staff
    "Geen enkele gegadigde mag bij de selectie op grond van zijn nationaliteit of zijn "
    "vestigingsplaats worden gediscrimineerd.",
    "Het profileringsmodel van de leverancier maakt bij de keuze van dossiers geen onderscheid "
    "naar afkomst of leeftijd van de aanvragers.",
    "Het departement voert voor het eigen personeel een diversiteitsbeleid met streefcijfers "
    "voor personen met een handicap.",
    # an equality decree applied to the public's access to a facility, and callers of a
    # helpline as users
    "Overeenkomstig het decreet van 10 juli 2008 zorgt de uitbater ervoor dat de bibliotheek "
    "voor iedereen op dezelfde wijze toegankelijk is.",
    "De dienstverlener staat alle bellers op gelijke wijze te woord, ongeacht hun leeftijd, "
    "taal of afkomst, en geeft hun dezelfde informatie.",
    # a matching engine for vacancies and jobseekers, with its bias report and a correction plan
    "De leverancier waarborgt dat de matchingmotor werkzoekenden en vacatures koppelt zonder "
    "onderscheid naar leeftijd of herkomst. Hij bezorgt per release een biasrapport; wijst een "
    "audit op een ongerechtvaardigd verschil, dan dient hij een verbeterplan in.",
    # conditions accepted under a social-clause heading that mentions equal opportunities
    "Sociale clausule en gelijke kansen\nDe opdrachtnemer aanvaardt de volgende bijzondere "
    "uitvoeringsvoorwaarden:\na) hij zet twee leerwerkplekken in voor jongeren uit het duaal "
    "leren.",
]


@pytest.mark.parametrize(("level", "elements", "text"), CASES)
def test_levels_and_elements(
    level: str, elements: set[str], text: str, grader: ClauseGrader
) -> None:
    """Verify the level and the exact set of elements of new Dutch clauses."""
    got_level, got = _present(grader, text)
    assert got_level == level
    assert got == elements


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_absent(text: str, grader: ClauseGrader) -> None:
    """Verify that non-labour senses of discrimination and equal treatment give no clause."""
    level, got = _present(grader, text)
    assert level == "absent"
    assert "commitment" not in got


@pytest.mark.parametrize(
    ("element", "text"),
    [
        ("action_plan", "Hij hoeft geen actieplan op te stellen."),
        ("action_plan", "De opdrachtnemer is niet verplicht een diversiteitsplan op te maken."),
        ("monitoring", "Er worden in deze opdracht geen praktijktesten georganiseerd."),
        ("remedies", "De aanbestedende overheid zal voor een inbreuk geen straffen opleggen."),
        ("flowdown", "Deze verplichting geldt niet voor zijn onderaannemers."),
        ("action_plan", "Een begeleidingstraject of actieplan is hier niet voorzien."),
        ("action_plan", "Het bestuur voorziet bij tekortkomingen geen begeleidingstraject."),
        ("remedies", "Een inbreuk op deze bepaling leidt niet tot de toepassing van straffen."),
        ("remedies", "Een eerste inbreuk geeft op zich geen aanleiding tot een boete."),
        ("monitoring", "De stad heeft de intentie om op termijn praktijktests te organiseren."),
        (
            "monitoring",
            "Het bestuur onderzoekt momenteel of het in toekomstige opdrachten een zelfevaluatie "
            "zal vragen.",
        ),
        (
            "action_plan",
            "De gemeente kan bij latere opdrachten een gelijkekansenactieplan vragen; voor deze "
            "opdracht wordt er geen opgelegd.",
        ),
    ],
)
def test_negated_elements_do_not_count(element: str, text: str, grader: ClauseGrader) -> None:
    """Verify that a negated mechanism is not evidence, while the commitment still counts."""
    clause = (
        "De opdrachtnemer discrimineert zijn werknemers niet op grond van geslacht of afkomst. "
        + text
    )
    level, got = _present(grader, clause)
    assert level == "moderate"
    assert element not in got


def test_elements_aggregate_across_articles(grader: ClauseGrader) -> None:
    """Verify that monitoring and remedies in other articles count through their references."""
    text = (
        "Artikel 5 - Personeel\n\nDe opdrachtnemer discrimineert zijn werknemers niet op grond "
        "van afkomst, geslacht of handicap.\n\n"
        "Artikel 12 - Facturatie\n\nDe facturen zijn betaalbaar binnen dertig dagen.\n\n"
        "Artikel 21 - Controle\n\nDe aanbestedende overheid kan de naleving van artikel 5 nagaan "
        "met praktijktesten.\n\n"
        "Artikel 30 - Maatregelen van ambtswege\n\nEen inbreuk op artikel 5 geeft de "
        "aanbestedende overheid het recht de opdracht eenzijdig te verbreken."
    )
    result = grader.grade_text(text, "nl")
    assert result.level == "strong"
    assert result.elements["monitoring"].evidence[0].article == "21"
    assert result.elements["remedies"].evidence[0].article == "30"


def test_unrelated_penalty_article_is_not_a_remedy(grader: ClauseGrader) -> None:
    """Verify that a late-delivery penalty in another article is not a remedy of the clause."""
    text = (
        "Artikel 5 - Personeel\n\nDe opdrachtnemer discrimineert zijn werknemers niet op grond "
        "van afkomst of geslacht.\n\n"
        "Artikel 19 - Straffen\n\nElke dag vertraging in de levering geeft aanleiding tot een "
        "straf van 50 euro."
    )
    result = grader.grade_text(text, "nl")
    assert result.level == "moderate"
    assert not result.elements["remedies"].present


def test_subcontracting_notice_and_dismissal_are_not_mechanisms(grader: ClauseGrader) -> None:
    """Verify that a notice to the buyer before subcontracting is not monitoring, and that
    "beëindiging van het dienstverband" (a stage of employment) is not a remedy."""
    text = (
        "Artikel 6 - Gelijke behandeling\n\nDe opdrachtnemer maakt bij de aanwerving, de "
        "bevordering en de beëindiging van het dienstverband van zijn werknemers geen onderscheid "
        "op grond van afkomst of geslacht en leeft de antidiscriminatiewet na.\n\n"
        "Artikel 7 - Onderaanneming\n\nDe opdrachtnemer mag onderaannemers inschakelen mits "
        "voorafgaande melding aan de aanbestedende overheid."
    )
    level, got = _present(grader, text)
    assert level == "moderate"
    assert got == {"commitment", "grounds"}


@pytest.mark.parametrize(
    "text",
    [
        "9.2 Voor elke kalenderdag overschrijding van de uitvoeringstermijn is een straf van 200 "
        "euro verschuldigd.",
        "9.2 De boeteregeling van artikel 20 ziet enkel op de KPI's uit bijlage 3 (reactietijden "
        "en beschikbaarheid).",
        "9.2 Wordt het maandrapport over de schoonmaakresultaten niet tijdig bezorgd, dan wordt "
        "een inhouding van 1 % op de maandfactuur toegepast.",
        "9.2 Het verbeterplan bedoeld in artikel 15 heeft uitsluitend betrekking op de technische "
        "kwaliteit van de installaties.",
        "9.2 Onderaanneming is voor deze opdracht niet toegestaan (zie artikel 4).",
        "9.2 Hij betaalt zijn arbeiders minstens het minimumloon en legt dezelfde verplichting op "
        "aan zijn onderaannemers.",
        "9.2 De sociale inspectie kan nagaan of alle gedetacheerde werknemers via Limosa zijn "
        "gemeld.",
        "9.2 De stad kan de facturen bedoeld in artikel 12 op elk ogenblik laten controleren.",
    ],
)
def test_mechanisms_on_another_matter_are_not_evidence(text: str, grader: ClauseGrader) -> None:
    """Verify that a penalty, plan, check or subcontracting rule on another matter, in the same
    article as the commitment, is not evidence of the clause's mechanisms."""
    clause = (
        "Art. 9 - Personeel\n9.1 De aannemer discrimineert zijn werknemers niet op grond van "
        "afkomst of geslacht.\n" + text
    )
    level, got = _present(grader, clause)
    assert level == "moderate"
    assert got == {"commitment", "grounds"}


@pytest.mark.parametrize(
    "text",
    [
        "9.2 Deze plicht geldt enkel voor zijn eigen arbeiders en strekt zich niet uit tot de "
        "onderaannemers of de uitzendkrachten die hij inschakelt.",
        '9.2 Het vroegere punt 9.3 ("De onderaannemers leven dezelfde verplichting na") wordt '
        "opgeheven.",
        "9.2 Het bestuur evalueert later of het in zijn toekomstige opdrachten praktijktests zal "
        "organiseren.",
        "9.2 Bij een inbreuk op 9.1 verbeurt de aannemer een boete van ten hoogste 8 % van de "
        "opdrachtwaarde.",
    ],
)
def test_excluded_repealed_or_future_mechanisms_do_not_count(
    text: str, grader: ClauseGrader
) -> None:
    """Verify that a flow-down kept from subcontractors or repealed by an amendment, a check for
    later tenders and a penalty cap on the contract value are not evidence."""
    clause = (
        "Art. 9 - Personeel\n9.1 De aannemer discrimineert zijn werknemers niet op grond van "
        "afkomst of geslacht.\n" + text
    )
    got = _present(grader, clause)[1]
    assert not got & {"flowdown", "monitoring", "applicability"}


def test_defined_term_carries_the_subcontractors(grader: ClauseGrader) -> None:
    """Verify that a duty passed on to a defined term whose definition names the
    subcontractors is a flow-down."""
    text = (
        "Artikel 1 - Begrippen\n"
        '"Uitvoerders": de onderaannemers van de dienstverlener in elke schakel.\n'
        "Artikel 12 - Gelijke kansen\n"
        "De dienstverlener maakt bij de werving van zijn personeel geen onderscheid naar "
        "leeftijd of afkomst.\n"
        "Artikel 13 - Doorwerking\n"
        "De dienstverlener legt de plicht van artikel 12 op aan de Uitvoerders.\n"
    )
    assert "flowdown" in _present(grader, text)[1]


def test_term_lists_mirror_the_english_ones() -> None:
    """Verify that the Dutch pack defines the same term lists as the English one."""
    terms = rules_dir() / "terms"
    english = yaml.safe_load((terms / "en.yaml").read_text(encoding="utf-8"))["terms"]
    dutch = yaml.safe_load((terms / "nl.yaml").read_text(encoding="utf-8"))["terms"]
    assert set(dutch) == set(english)


def test_conditions_listed_under_a_lead_in_are_a_commitment(grader: ClauseGrader) -> None:
    """Verify that a lead-in undertaking ("verbindt zich ertoe ... na te leven:") over list
    items that cite the laws, and a table of conditions accepted in a forward reference, are
    commitments; items that pass the duty on by their number are a flow-down."""
    items = (
        "Art. 7 - Gelijke kansen\n"
        "7.1 De leverancier verbindt zich ertoe bij de aanwerving en de verloning van zijn "
        "personeel de volgende wetten na te leven:\n"
        "1° de wet van 30 juli 1981 tegen racisme en xenofobie;\n"
        "2° de wet van 10 mei 2007 ter bestrijding van bepaalde vormen van discriminatie.\n"
        "7.2 De leverancier legt de verplichtingen van 1° en 2° schriftelijk op aan al zijn "
        "onderaannemers."
    )
    level, got = _present(grader, items)
    assert level == "moderate"
    assert got == {"commitment", "grounds", "flowdown"}
    table = (
        "De dienstverlener leeft de onderstaande uitvoeringsvoorwaarden na. Sancties: zie art. 30."
        "\n\n| Code | Voorwaarde |\n|---|---|\n"
        "| BV1 | Levering in herbruikbare verpakking |\n"
        "| BV2 | Geen discriminatie van werknemers op grond van afkomst, geslacht of handicap |\n"
        "| BV3 | BV2 opgelegd aan elk uitzendkantoor |"
    )
    level, got = _present(grader, table)
    assert {"commitment", "grounds", "flowdown"} <= got


def test_equal_treatment_of_staff_without_grounds_is_weak(grader: ClauseGrader) -> None:
    """Verify that staff treated "op voet van gelijkheid" is a commitment without grounds, and
    that an informative character of the answers to a questionnaire does not unbind the clause."""
    level, got = _present(
        grader,
        "De aannemer zorgt ervoor dat zijn arbeiders op voet van gelijkheid worden behandeld bij "
        "de aanwerving en de bevordering.",
    )
    assert (level, got) == ("weak", {"commitment"})
    level, got = _present(
        grader,
        "5.1 De opdrachtnemer discrimineert geen sollicitanten op grond van afkomst of leeftijd.\n"
        "5.2 Op verzoek van de stad vult hij de zelfevaluatievragenlijst in.\n"
        "5.3 De antwoorden hebben een louter informatief karakter.",
    )
    assert level == "moderate"
    assert got == {"commitment", "grounds", "monitoring"}


def _dutch_rows() -> list[tuple[str, str]]:
    """Return (relative path, expectation) for the Dutch files SOURCES.md labels clearly."""
    sources = REALDOCS / "SOURCES.md"
    if not sources.is_file():
        return []
    rows = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| `") or not cells[2].startswith("NL"):
            continue
        label = cells[4].replace("*", "").strip()
        if cells[0].startswith("`scanned_image_only/") or "grant" in label:
            continue
        if label.startswith("YES"):
            rows.append((cells[0].strip("`"), "clause"))
        elif label.startswith(("NO", "hard-neg")):
            rows.append((cells[0].strip("`"), "absent"))
    return rows


@pytest.mark.realdocs
@pytest.mark.parametrize(("rel", "expected"), _dutch_rows() or [("", "")])
def test_real_dutch_documents(rel: str, expected: str, grader: ClauseGrader) -> None:
    """Verify real Dutch tenders and statutes: clauses at least weak, NO and hard-neg absent."""
    if not REALDOCS.is_dir() or not rel:
        pytest.skip("../shared/realdocs not present")
    path = REALDOCS / rel
    if not path.is_file():
        pytest.skip(f"{rel} not present in ../shared/realdocs")
    doc = read_document(path)
    if doc.status.value == "error" and "module" in (doc.error or "").lower():
        pytest.skip(f"reader not available: {doc.error}")
    result = grader.grade(doc)
    assert result.status == "ok", result.error
    found = {k: v.evidence[0].text[:120] for k, v in result.elements.items() if v.present}
    if expected == "clause":
        assert result.level != "absent", f"no clause found in {rel}"
    else:
        assert result.level == "absent", f"{rel} graded {result.level}: {found}"
