"""French clause grading on sentences written for these tests (not rule examples, not corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.readers import read_document
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def _present(grader: ClauseGrader, text: str) -> tuple[str | None, set[str]]:
    result = grader.grade_text(text, "fr")
    return result.level, {k for k, v in result.elements.items() if v.present}


CASES = [
    (
        "weak",
        {"commitment"},
        "Le prestataire s'interdit toute pratique discriminatoire dans la gestion de ses "
        "ressources humaines.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Durant l'exécution du contrat, le fournisseur ne peut écarter aucun candidat à un emploi "
        "en raison de son patronyme, de son lieu de résidence ou de son apparence physique.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Le cocontractant s'engage à appliquer à ses salariés le principe d'égalité de "
        "rémunération entre les femmes et les hommes.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "L'entrepreneur se conforme, pour le personnel occupé sur le chantier, à la loi du "
        "27 mai 2008 portant diverses dispositions d'adaptation au droit communautaire dans le "
        "domaine de la lutte contre les discriminations.",
    ),
    (
        "weak",
        set(),
        "Le titulaire est tenu de respecter la réglementation du travail et les conventions "
        "fondamentales de l'OIT pendant toute la durée de l'accord-cadre.",
    ),
    (
        "weak",
        {"commitment"},
        "Le titulaire garantit à chacun de ses collaborateurs des chances égales de formation et "
        "d'avancement de carrière.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Le prestataire ne pratique aucune discrimination à l'égard de son personnel, notamment "
        "en raison de l'ascendance, de la conviction philosophique ou de l'état civil. Le "
        "pouvoir adjudicateur peut à tout moment solliciter les pièces justificatives utiles à "
        "cet égard. Tout manquement dûment constaté donne lieu à une pénalité de 250 euros.",
    ),
    (
        "weak",
        {"commitment"},
        "L'attributaire veille au respect du principe de non-discrimination au sein de son "
        "entreprise.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Le cocontractant ne peut rémunérer différemment ses ouvriers selon leur nationalité.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Le titulaire respecte la directive 2000/78/CE envers son personnel ; l'acheteur peut "
        "exiger tout justificatif et, le cas échéant, prononcer la résiliation du marché.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Le fournisseur garantit l'égalité salariale entre femmes et hommes parmi ses "
        "salariés. Il transmet sur "
        "demande de l'acheteur ses écarts de rémunération par sexe. Toute non-conformité "
        "relevée entraîne l'application d'une pénalité.",
    ),
    (
        "exemplary",
        {"commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies"},
        "L'adjudicataire s'engage à traiter ses travailleurs sans distinction de nationalité, "
        "de prétendue race ou de handicap, et fait respecter cet engagement par ses "
        "sous-traitants. Le pouvoir adjudicateur peut recourir à des tests de situation. Si des "
        "lacunes sont constatées, l'adjudicataire établit un plan d'action avec le soutien du "
        "pouvoir adjudicateur. En cas de refus persistant, les mesures d'office sont appliquées.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Le fournisseur observe, vis-à-vis des ouvriers occupés sur le site, les lois fédérales "
        "des 30 juillet 1981 et 10 mai 2007.",
    ),
    (
        "strong",
        {"commitment", "grounds", "flowdown", "monitoring", "remedies"},
        "Le prestataire traite ses collaborateurs sans distinction de nationalité ni de sexe. "
        "Cette règle vaut également pour ses sous-traitants. La Communauté française peut en "
        "contrôler le respect ; tout manquement constaté entraîne une pénalité.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "remedies", "applicability"},
        "Lorsque le marché dépasse 250.000 euros et que l'adjudicataire emploie au moins "
        "cinquante salariés, une discrimination envers son personnel fondée sur la religion "
        "peut entraîner la résiliation du marché.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Le prestataire n'établit, envers son personnel, aucune distinction, exclusion ou "
        "préférence fondée sur la couleur, la religion ou l'état civil, au sens de l'article 10 "
        "de la Charte des droits et libertés de la personne.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "Le titulaire s'abstient de toute discrimination envers ses salariés fondée sur leur "
        "handicap. L'acheteur peut saisir l'inspection du travail. Un manquement avéré peut "
        "être retenu comme motif d'exclusion facultatif lors de ses consultations ultérieures.",
    ),
    (
        "moderate",
        {"commitment", "grounds", "monitoring"},
        "Le contractant applique à ses salariés le principe de l'égalité de traitement prévu par "
        "la loi modifiée du 28 novembre 2006. Il remet, à la demande du pouvoir adjudicateur, "
        "les documents qui en attestent.",
    ),
    (
        "weak",
        set(),
        "Le prestataire se conforme aux lois et règlements relatifs à la protection de la "
        "main-d'oeuvre du pays où ses salariés travaillent.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "L'entrepreneur veille à l'égalité de traitement entre ses ouvriers et entre les "
        "candidats qu'il embauche, indépendamment de leur âge ou de leur nationalité.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Le cocontractant est tenu, envers ses ouvriers, aux obligations suivantes :\n\n"
        "a) n'opérer aucune distinction fondée sur la nationalité ou l'âge lors de l'embauche ;"
        "\n\nb) respecter le décret du 6 novembre 2008 dans la gestion de son personnel.",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "Fiche 3 - Engagements sociaux du prestataire\n\nExigence : ne pas défavoriser un "
        "salarié en raison de son handicap ou de son origine | Vérification : néant | "
        "Pénalité : sans objet",
    ),
    (
        "moderate",
        {"commitment", "grounds"},
        "L'adjudicataire veille à ce que ses annonces de recrutement ne comportent aucune "
        "mention relative au sexe, à l'âge ou à la nationalité des postulants.",
    ),
    (
        "strong",
        {"commitment", "grounds", "monitoring", "remedies"},
        "L'entreprise adjudicataire garantit l'égalité salariale entre femmes et hommes dans son "
        "personnel. Le Bureau de l'égalité peut en contrôler le respect au moyen de l'outil "
        "Logib. En cas d'infraction, l'autorité peut révoquer l'adjudication ou exiger une peine "
        "conventionnelle.",
    ),
]

HARD_NEGATIVES = [
    "Le pouvoir adjudicateur assure l'égalité de traitement entre les soumissionnaires et "
    "n'accorde à aucun d'entre eux un avantage injustifié.",
    "Le fournisseur s'engage à ne pratiquer aucune discrimination de prix entre ses clients "
    "publics.",
    "L'opérateur fournit l'accès à son infrastructure à des conditions objectives, "
    "transparentes et non discriminatoires.",
    "Le personnel du délégataire accueille les usagers de la médiathèque sans discrimination "
    "liée à leur âge, à leur origine ou à leur handicap.",
    "Le titulaire ne traite pas de données relatives à l'origine ethnique ou à la santé des "
    "agents, conformément au RGPD.",
    "Aux termes de la loi, toute discrimination directe ou indirecte fondée sur la religion "
    "est interdite en matière d'emploi.",
    "Le titulaire réserve 10 % des heures de travail du chantier à des allocataires du RSA.",
    "Le titulaire respecte les règles d'hygiène et de sécurité applicables à ses ouvriers.",
    "Les références des candidats établis dans un autre État membre sont appréciées sans "
    "discrimination fondée sur leur nationalité.",
    "Le candidat déclare ne pas avoir été condamné pour discrimination au titre de l'article "
    "225-1 du code pénal.",
    "La présente ordonnance interdit, dans les relations de travail, toute discrimination "
    "fondée sur l'ascendance ; elle porte transposition de la directive 2000/43/CE.",
    "Les lots 4 et 5 sont réservés aux entreprises adaptées, dont les salariés handicapés ne "
    "peuvent être défavorisés.",
    "Le délégataire assure la mise en accessibilité des bâtiments pour les personnes à "
    "mobilité réduite, quel que soit leur âge.",
    "Les agents du concessionnaire affectés au service public ne manifestent pas leurs "
    "convictions religieuses et traitent de façon égale toutes les personnes accueillies.",
    "Vu la loi du 10 mai 2007 tendant à lutter contre certaines formes de discrimination ; "
    "considérant que le présent marché ne justifie pas de clause sociale particulière.",
    "Code du travail, article L. 1132-1 (extrait) : « aucun salarié ne peut être licencié en "
    "raison de son origine ou de son sexe ».",
    "Le prestataire réalise une campagne de sensibilisation des employeurs du territoire aux "
    "discriminations à l'embauche fondées sur l'origine et l'âge.",
    "Le titulaire mène une étude sur les discriminations liées au handicap dans le recrutement "
    "des PME de la province.",
    "L'adjudicataire accueille tous les enfants sans distinction de nationalité, de religion ou "
    "de situation sociale de leurs parents.",
    "Charte communale. La Commune s'engage à :\n\n- garantir l'égalité des chances dans le "
    "recrutement de ses agents ;\n\n- ne pas discriminer les candidats à un emploi communal.",
    "Dans un objectif d'égalité des chances, l'entrepreneur affecte au moins 4 % des heures "
    "de travail du chantier à des actions d'insertion professionnelle de demandeurs d'emploi "
    "de longue durée.",
    "Le Département met en œuvre, pour son propre personnel, un plan d'égalité professionnelle "
    "conforme à la loi du 4 août 2014. Le présent marché n'impose aucune obligation au "
    "titulaire en cette matière.",
    "Le titulaire garantit que le modèle de classement des dossiers de bourse ne défavorise "
    "aucun étudiant en raison de son origine ou de son sexe.",
    "La consultation ne fait aucune distinction fondée sur la nationalité ou le lieu "
    "d'établissement des opérateurs.",
]


@pytest.mark.parametrize(("level", "elements", "text"), CASES)
def test_levels_and_elements(
    level: str, elements: set[str], text: str, grader: ClauseGrader
) -> None:
    """Verify the level and the elements of clauses written the way French drafters write."""
    assert _present(grader, text) == (level, elements)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_absent(text: str, grader: ClauseGrader) -> None:
    """Verify that bidder equality, prices, access, users, data and statutes give no clause."""
    result = grader.grade_text(text, "fr")
    assert result.level == "absent"
    assert not result.elements["commitment"].present


@pytest.mark.parametrize(
    ("negated", "element"),
    [
        ("Le titulaire n'est pas tenu d'établir un plan d'action.", "action_plan"),
        ("Aucune pénalité n'est attachée au non-respect de cette clause.", "remedies"),
        (
            "Le pouvoir adjudicateur ne procédera à aucun contrôle de cette obligation.",
            "monitoring",
        ),
        ("Cette obligation ne s'applique pas à ses sous-traitants.", "flowdown"),
        ("L'acheteur n'organisera pas de tests de situation pendant ce marché.", "monitoring"),
        ("Aucun justificatif ne sera demandé au titulaire à ce sujet.", "monitoring"),
        ("Ces obligations ne s'étendent pas aux agences d'intérim du titulaire.", "flowdown"),
        (
            "Une méconnaissance de cette clause ne donne lieu ni à pénalité ni à résiliation.",
            "remedies",
        ),
        (
            "L'acheteur pourra envisager, lors d'un prochain marché, un plan d'action diversité.",
            "action_plan",
        ),
        ("Cette obligation n'est pas opposable aux sous-traitants du titulaire.", "flowdown"),
        ("Les intérimaires ne sont pas concernés par le présent article.", "flowdown"),
        ("À ce jour, aucune modalité de contrôle de cet engagement n'est prévue.", "monitoring"),
        ("Contrôle : sans objet | Sanction : néant | Plan d'action : non requis", "remedies"),
        ("Contrôle : sans objet | Sanction : néant | Plan d'action : non requis", "monitoring"),
        (
            "L'acheteur ne requiert, dans ce marché, ni autodiagnostic ni plan d'action.",
            "monitoring",
        ),
        (
            "L'acheteur ne requiert, dans ce marché, ni autodiagnostic ni plan d'action.",
            "action_plan",
        ),
        (
            "La Ville pourrait, le cas échéant, envisager d'instaurer des tests de situation.",
            "monitoring",
        ),
        (
            "Le pouvoir adjudicateur pourra, le cas échéant, envisager lors du renouvellement "
            "d'assortir cette clause de pénalités.",
            "remedies",
        ),
    ],
)
def test_negated_mechanism_does_not_count(negated: str, element: str, grader: ClauseGrader) -> None:
    """Verify that a mechanism the clause rules out is not evidence of that element."""
    base = "Le titulaire ne discrimine pas ses salariés en raison de leur âge ou de leur sexe. "
    assert element not in _present(grader, base + negated)[1]
    assert _present(grader, base)[0] == "moderate"


def test_statute_without_party_is_not_a_commitment(grader: ClauseGrader) -> None:
    """Verify that the Code du travail's wording gives no commitment but the contract's does."""
    statute = (
        "Aucun salarié ne peut être sanctionné ou licencié en raison de ses activités syndicales "
        "ou de son orientation sexuelle."
    )
    assert _present(grader, statute)[0] == "absent"
    bound = "Dans l'exécution du présent marché, " + statute[0].lower() + statute[1:]
    assert _present(grader, bound)[0] == "moderate"


def test_curly_and_straight_apostrophes_grade_alike(grader: ClauseGrader) -> None:
    """Verify that typographic apostrophes (common in PDFs) do not change the grade."""
    text = (
        "L'adjudicataire s'engage à ne pas discriminer les membres de son personnel en raison "
        "de l'âge. Le pouvoir adjudicateur peut faire réaliser des tests de situation. Il "
        "établit un plan d'action avec l'accompagnement de la Ville."
    )
    straight = _present(grader, text)
    assert straight == _present(grader, text.replace("'", "\u2019"))
    assert straight == ("strong", {"commitment", "grounds", "monitoring", "action_plan"})


def test_remedies_found_in_a_penalties_article_that_refers_back(grader: ClauseGrader) -> None:
    """Verify that a general penalties article citing the clause's article counts as remedies."""
    text = (
        "Article 7 - Égalité des chances\n\nLe titulaire s'abstient de toute discrimination "
        "envers ses travailleurs fondée sur l'origine ou le sexe.\n\n"
        "Article 12 - Facturation\n\nLes factures sont payées dans les trente jours.\n\n"
        "Article 18 - Contrôle\n\nLe pouvoir adjudicateur peut vérifier le respect de "
        "l'article 7 au moyen d'un questionnaire.\n\n"
        "Article 25 - Pénalités\n\nTout manquement à l'article 7 entraîne l'application d'une "
        "pénalité de 100 euros par jour."
    )
    result = grader.grade_text(text, "fr")
    assert result.level == "strong"
    assert result.elements["monitoring"].evidence[0].article == "18"
    assert result.elements["remedies"].evidence[0].article == "25"
    assert not result.elements["applicability"].present


def test_action_plan_is_one_on_equality_or_on_shortcomings(grader: ClauseGrader) -> None:
    """Verify that a plan on carbon or quality near the clause is not the equality action plan."""
    base = (
        "Article 9 - Égalité\n\nLe titulaire s'interdit toute discrimination envers son "
        "personnel fondée sur l'origine. L'acheteur peut lui demander tout document utile à "
        "cet égard. "
    )
    other = (
        "Il présente chaque année le bilan de sa consommation d'énergie et les plans "
        "d'action qui en résultent."
    )
    found = (
        "Si ces documents font apparaître des insuffisances, il arrête un plan d'action "
        "dans les deux mois."
    )
    assert "action_plan" not in _present(grader, base + other)[1]
    assert _present(grader, base + found) == (
        "strong",
        {"commitment", "grounds", "monitoring", "action_plan"},
    )


def test_insertion_clause_sentences_are_not_mechanisms(grader: ClauseGrader) -> None:
    """Verify that an insertion clause's subcontracting, checks and penalties are not evidence."""
    text = (
        "Article 11 - Insertion\n\nLe titulaire s'engage à lutter contre les discriminations à "
        "l'embauche en faveur des personnes éloignées de l'emploi. Il leur réserve 800 heures de "
        "travail, sous peine des pénalités prévues à l'article 20. Il peut confier ces heures en "
        "sous-traitance à une entreprise d'insertion. L'acheteur vérifie l'éligibilité de la "
        "personne recrutée auprès du facilitateur."
    )
    level, elements = _present(grader, text)
    assert elements == {"commitment"}, elements
    assert level == "weak"


def test_invoice_checks_are_not_monitoring(grader: ClauseGrader) -> None:
    """Verify that the buyer's audit of invoices and timesheets is not a check of the clause."""
    text = (
        "Article 4 - Personnel\n\nLe titulaire s'interdit toute discrimination à l'égard de "
        "son personnel. La Ville peut contrôler les factures et les feuilles de temps du "
        "personnel affecté au marché."
    )
    assert "monitoring" not in _present(grader, text)[1]


@pytest.mark.realdocs
def test_france_travail_contract_insertion_clause_is_not_a_mechanism(
    grader: ClauseGrader,
) -> None:
    """Verify the France Travail contract: its commitment only, no plan, checks or penalties."""
    path = (
        REALDOCS
        / "fr_france_travail"
        / "010.26 - March\u201a Bornes \u201alectriques - Contrat VF.pdf"
    )
    if not path.is_file():
        pytest.skip(f"{path.name} not present in ../shared/realdocs")
    result = grader.grade(read_document(path))
    found = {k for k, v in result.elements.items() if v.present}
    assert "commitment" in found
    assert not found & {"flowdown", "monitoring", "action_plan", "remedies"}, found


def _fr_rows() -> list[tuple[str, str]]:
    """Return (relative path, 'clause' or 'absent') for the French files SOURCES.md labels."""
    sources = REALDOCS / "SOURCES.md"
    if not sources.is_file():
        return []
    rows = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| `") or len(cells) < 5 or cells[2] != "FR":
            continue
        label = cells[4].replace("*", "").strip()
        if label.startswith("YES"):
            rows.append((cells[0].strip("`"), "clause"))
        elif label.startswith(("NO", "hard-neg")):
            rows.append((cells[0].strip("`"), "absent"))
    return rows


@pytest.mark.realdocs
@pytest.mark.parametrize(("rel", "expected"), _fr_rows() or [("-", "-")])
def test_real_french_documents(rel: str, expected: str, grader: ClauseGrader) -> None:
    """Verify French tenders: a YES clause is at least weak, a NO or hard-neg file is absent."""
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs not present")
    doc = read_document(REALDOCS / rel)
    if doc.status.value == "error" and "module" in (doc.error or ""):
        pytest.skip(f"reader unavailable: {doc.error}")
    result = grader.grade(doc)
    assert result.status == "ok", result.error
    found = {k: v.evidence[0].text[:120] for k, v in result.elements.items() if v.present}
    if expected == "clause":
        assert result.level != "absent", f"no clause found in {rel}"
    else:
        assert result.level == "absent", f"{rel} graded {result.level}: {found}"


def test_support_for_a_check_is_not_coaching(grader: ClauseGrader) -> None:
    """Verify that help given to the buyer's test is not an action plan, help to correct is."""
    base = (
        "Article 6 - Égalité\n\nLe titulaire s'interdit toute discrimination envers ses "
        "salariés fondée sur l'âge. "
    )
    check = (
        "La Ville peut, avec l'appui d'un observatoire universitaire, organiser un testing sur "
        "les offres d'emploi du titulaire."
    )
    coached = (
        " Si le testing révèle une discrimination, le titulaire corrige ses pratiques avec le "
        "soutien du service Diversité."
    )
    assert _present(grader, base + check) == (
        "moderate",
        {"commitment", "grounds", "monitoring"},
    )
    assert "action_plan" in _present(grader, base + check + coached)[1]


def test_mechanisms_in_articles_of_their_own(grader: ClauseGrader) -> None:
    """Verify that an audit of hiring and a sanction on the plan count in separate articles."""
    text = (
        "Article 2 - Engagement\n\nLe titulaire s'interdit toute discrimination fondée sur "
        "l'origine envers son personnel.\n\n"
        "Article 3 - Audit\n\nL'acheteur peut faire réaliser un audit social portant sur les "
        "procédures de recrutement du titulaire.\n\n"
        "Article 4 - Plan\n\nSi l'audit fait apparaître des écarts, le titulaire établit un "
        "plan d'action pour l'égalité dans les trois mois.\n\n"
        "Article 5 - Retenues\n\nSi le titulaire ne remet pas le plan dans le délai, une "
        "retenue de 1 % est opérée sur le paiement suivant."
    )
    assert _present(grader, text) == (
        "strong",
        {"commitment", "grounds", "monitoring", "action_plan", "remedies"},
    )
    prevention = text.replace("le plan dans", "le plan de prévention dans")
    assert "remedies" not in _present(grader, prevention)[1]
    qualification = text.replace(
        "un audit social portant sur les procédures de recrutement du titulaire",
        "la vérification de la carte professionnelle des agents recrutés",
    ).replace("Si l'audit fait apparaître des écarts", "En cas d'écart constaté")
    assert "monitoring" not in _present(grader, qualification)[1]


def test_ilo_conventions_named_together_are_grounds(grader: ClauseGrader) -> None:
    """Verify that ILO C100 and C111 named by number are a law cited, a full list of eight not."""
    named = (
        "Le contractant respecte, à l'égard de ses salariés, les obligations du droit du travail, "
        "dont les conventions de l'OIT n° 100 et 111 sur l'égalité de rémunération et la "
        "discrimination."
    )
    assert _present(grader, named) == ("moderate", {"commitment", "grounds"})
    eight = (
        "Le contractant respecte les conventions fondamentales de l'OIT n° 29, 87, 98, 100, 105, "
        "111, 138 et 182."
    )
    assert _present(grader, eight) == ("weak", set())


def test_defined_terms_carry_the_law_and_the_subcontractors(grader: ClauseGrader) -> None:
    """Verify that a definitions article gives the grounds and flowdown the duty relies on."""
    definitions = (
        "Article 2 - Définitions\n\nDans le présent cahier des charges :\n\n"
        "- « réglementation anti-discrimination » : la loi du 10 mai 2007 tendant à lutter "
        "contre certaines formes de discrimination et la loi du 30 juillet 1981 ;\n\n"
        "- « personnel affecté » : les salariés du titulaire, ceux de ses sous-traitants et les "
        "intérimaires mis à sa disposition pour le marché.\n\n"
    )
    duty = (
        "Article 14 - Égalité\n\nLe titulaire veille au respect de la réglementation "
        "anti-discrimination envers le personnel affecté, lors du recrutement et de la promotion."
    )
    assert _present(grader, definitions + duty) == (
        "moderate",
        {"commitment", "grounds", "flowdown"},
    )
    assert _present(grader, definitions)[0] == "absent"
    own_staff_only = definitions.replace(
        "les salariés du titulaire, ceux de ses sous-traitants et les intérimaires mis à sa "
        "disposition pour le marché",
        "les salariés du titulaire affectés au marché",
    )
    assert "flowdown" not in _present(grader, own_staff_only + duty)[1]


def test_ordinary_subcontracting_and_labour_law_do_not_extend_the_duty(
    grader: ClauseGrader,
) -> None:
    """Verify that art. 7 labour-law duties, subcontractor approval and safety are no flowdown."""
    text = (
        "Art. 8. Obligations sociales\n\n§1. L'entrepreneur respecte et fait respecter par ses "
        "sous-traitants de tout rang les obligations applicables dans les domaines du droit "
        "environnemental, social et du travail.\n\n§2. L'entrepreneur ne pratique aucune "
        "discrimination dans l'engagement et la rémunération de ses ouvriers.\n\n"
        "Art. 9. Sous-traitance\n\n§1. Les sous-traitants disposent de l'agréation requise et "
        "respectent le plan de sécurité et de santé de l'article 8.\n\n§2. Le maître de "
        "l'ouvrage peut récuser un sous-traitant qui se trouve dans un cas d'exclusion visé à "
        "l'article 3."
    )
    assert _present(grader, text) == ("weak", {"commitment"})


def test_employer_sanctions_in_the_duty_are_not_remedies(grader: ClauseGrader) -> None:
    """Verify that "sanction" among the employer's decisions over staff is not a remedy."""
    text = (
        "Article 10 - Égalité\n\nLe titulaire ne discrimine pas ses salariés en raison de leur "
        "origine ou de leur âge, notamment en matière d'embauche, de mutation, de sanction et de "
        "licenciement. L'acheteur peut faire réaliser des tests de situation.\n\n"
        "Article 20 - Pénalités\n\nAucune pénalité ne s'applique au non-respect de "
        "l'article 10."
    )
    assert _present(grader, text) == ("moderate", {"commitment", "grounds", "monitoring"})


def test_references_with_paragraph_signs_and_part_prefixes(grader: ClauseGrader) -> None:
    """Verify that "§ 4.1", "ch. 4.1" and "article II.4.1" tie flowdown to the duty."""
    duty = (
        "Article 4 - Égalité\n\n4.1 Le prestataire ne discrimine pas ses ouvriers en raison de "
        "leur nationalité ou de leur âge.\n\n"
    )
    for ref in ("du § 4.1", "du ch. 4.1", "de l'article 4.1", "de l'article II.4.1"):
        text = duty + f"4.2 Il impose les obligations {ref} aux sous-traitants qu'il emploie."
        assert "flowdown" in _present(grader, text)[1], ref


def test_mechanisms_of_other_duties_near_the_clause(grader: ClauseGrader) -> None:
    """Verify that skills checks, delay penalties and staff information are no mechanisms."""
    text = (
        "Article 9 - Personnel\n\n9.1 Le titulaire ne discrimine pas ses salariés en raison "
        "de leur origine ou de leur sexe. Il informe ses salariés de la possibilité de saisir "
        "le Défenseur des droits.\n\n9.2 L'acheteur vérifie les diplômes de tout remplaçant. "
        "Les certifications des techniciens des sous-traitants répondent aux exigences de "
        "l'article 9.1.\n\n9.3 Les pénalités de l'article 20 ne s'appliquent qu'aux retards "
        "d'intervention."
    )
    assert _present(grader, text) == ("moderate", {"commitment", "grounds"})


def test_documents_asked_for_an_annex_that_holds_the_clause(grader: ClauseGrader) -> None:
    """Verify that a check of "the obligations of annex 2" is monitoring of the clause there."""
    text = (
        "ANNEXE 2 - CLAUSE DE NON-DISCRIMINATION\n\n1. Le prestataire ne discrimine pas son "
        "personnel en raison de son handicap ou de sa religion.\n\n"
        "PARTIE III - CLAUSES ADMINISTRATIVES\n\nArticle 40 - Contrôle\n\nLe fonctionnaire "
        "dirigeant peut exiger du prestataire tout document établissant le respect des "
        "obligations de l'annexe 2."
    )
    assert "monitoring" in _present(grader, text)[1]


def test_a_cited_transposition_law_is_no_statute_speaking(grader: ClauseGrader) -> None:
    """Verify that "la loi ... portant transposition de" cited by the contract binds the party."""
    cited = (
        "Article 12 - Égalité\n\nLe prestataire s'engage à respecter la loi du 10 mai 2007 "
        "portant transposition de la directive 2000/78/CE et n'opère aucune discrimination "
        "fondée sur l'âge ou le handicap envers ses ouvriers."
    )
    assert _present(grader, cited) == ("moderate", {"commitment", "grounds"})
    statute = (
        "Le présent titre assure la transposition de la directive 2000/78/CE et interdit "
        "toute discrimination fondée sur l'âge dans l'emploi."
    )
    assert _present(grader, statute)[0] == "absent"


def test_audit_of_payments_and_of_the_duty_article(grader: ClauseGrader) -> None:
    """Verify that an audit also covering "le respect des obligations de l'article 5" counts."""
    duty = (
        "Article 5 - Personnel\n\nLe contractant ne traite aucun salarié de manière moins "
        "favorable en raison de son sexe ou de son origine. Toute discrimination dans "
        "l'embauche est proscrite.\n\nArticle 30 - Audits\n\n"
    )
    audit = (
        "Les audits de l'acheteur portent sur les factures ainsi que sur le respect des "
        "obligations de l'article 5 ; le contractant communique les pièces demandées."
    )
    assert "monitoring" in _present(grader, duty + audit)[1]
    delays = (
        "Les audits de l'acheteur portent sur les factures et le respect des délais de paiement."
    )
    assert "monitoring" not in _present(grader, duty + delays)[1]


def test_checks_only_for_later_contracts(grader: ClauseGrader) -> None:
    """Verify that a check reserved for future contracts is no monitoring."""
    text = (
        "Article 9 - Égalité\n\nL'adjudicataire s'interdit toute discrimination fondée sur la "
        "nationalité envers ses travailleurs. La Commune se réserve la faculté d'introduire, "
        "lors d'un prochain marché, des tests de situation et un questionnaire d'auto-évaluation."
    )
    assert _present(grader, text) == ("moderate", {"commitment", "grounds"})


def test_nominal_duty_in_a_table_row_and_its_proof_cell(grader: ClauseGrader) -> None:
    """Verify that a row "Obligation : aucune discrimination ..." binds the contractor of the
    lead-in, and that its proof cell is monitoring only when it names something."""
    lead = (
        "Article 8 - Engagements sociaux\n\nLe titulaire s'engage à respecter les engagements "
        "du tableau suivant ; les pièces figurant dans la dernière colonne sont produites sur "
        "simple demande de l'acheteur.\n\n| N° | Engagement | Pièce |\n|---|---|---|\n"
        "| 1 | Affichage du règlement intérieur | Copie du règlement |\n"
    )
    empty = (
        "| 2 | Pas de discrimination dans le recrutement et la promotion des salariés, "
        "notamment en raison de leur âge ou de leur religion | — |\n"
    )
    filled = (
        "| 2 | Pas de discrimination dans le recrutement et la promotion des salariés, "
        "notamment en raison de leur âge ou de leur religion | Grilles d'entretien et "
        "registre du personnel |\n"
    )
    assert _present(grader, lead + empty) == ("moderate", {"commitment", "grounds"})
    assert "monitoring" in _present(grader, lead + filled)[1]


def test_a_headcount_exemption_is_applicability(grader: ClauseGrader) -> None:
    """Verify that "ne s'applique pas aux entreprises de moins de N salariés" is a threshold."""
    text = (
        "Article 14 - Égalité des chances\n\n14.1 Le prestataire s'interdit toute "
        "discrimination fondée sur l'origine ou le sexe envers son personnel.\n\n14.2 Le "
        "prestataire remplit chaque année le questionnaire d'auto-évaluation de la Ville. Le "
        "présent point ne s'applique pas aux prestataires qui emploient au plus 9 salariés."
    )
    assert "applicability" in _present(grader, text)[1]


def test_plan_not_asked_or_only_possible_later(grader: ClauseGrader) -> None:
    """Verify that a plan the buyer does not ask for, or might offer later, does not count."""
    text = (
        "Article 6 - Non-discrimination\n\nLe fournisseur ne discrimine aucun ouvrier en raison "
        "de son handicap ou de sa nationalité. La Région n'exige pas, pour le présent marché, "
        "de plan d'action en matière de diversité. Elle pourrait, dans un second temps, "
        "proposer un accompagnement aux fournisseurs qui le souhaitent."
    )
    assert _present(grader, text) == ("moderate", {"commitment", "grounds"})


def test_agencies_named_as_evidence_are_no_flowdown(grader: ClauseGrader) -> None:
    """Verify that instructions to agencies asked for as proof do not extend the duty."""
    text = (
        "Article 11 - Égalité\n\n11.1 L'adjudicataire s'interdit toute discrimination fondée "
        "sur la couleur de peau ou l'âge envers ses travailleurs.\n\n11.2 Il remet le "
        "questionnaire d'auto-évaluation accompagné des pièces justificatives suivantes : "
        "règlement de travail, consignes données à ses agences d'intérim. Le pouvoir "
        "adjudicateur vérifie en outre que ses sous-traitants ne se trouvent pas dans un cas "
        "d'exclusion."
    )
    assert "flowdown" not in _present(grader, text)[1]
