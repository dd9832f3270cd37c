"""Verify the labelled policy corpus and grade it with the policy and red-flag rule packs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.matcher import RuleMatcher
from checker.nlp import default_provider
from checker.rulepack.loader import load_ruleset
from checker.scan import text_to_document
from checker.sentences import document_to_sentences

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "policies"
LANGS = ("en", "nl", "fr")
MIN_CASES = 40
CASE_KEYS = {"id", "text", "elements", "red_flags", "status", "tags", "note"}
STATUSES = {"compliant", "needs_coaching"}
FAMILIES = ("policy", "red_flags")
MIN_F1, MIN_FLAG, MIN_STATUS = 0.85, 0.9, 0.95


@dataclass(frozen=True)
class Graded:
    """What the rule packs found in one corpus case."""

    elements: frozenset[str]
    red_flag_sentences: frozenset[int]
    status: str


@lru_cache(maxsize=1)
def _ruleset() -> Any:
    return load_ruleset("ghent")


@lru_cache(maxsize=1)
def _matcher() -> RuleMatcher:
    return RuleMatcher(_ruleset(), default_provider(), FAMILIES)


@lru_cache(maxsize=3)
def _corpus(lang: str) -> dict[str, Any]:
    path = CORPUS / f"{lang}.yaml"
    assert path.is_file(), f"{path} is missing"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def expected_status(elements: set[str], red_flags: int) -> str:
    """Return the status a policy gets from its elements and red flags (GHENT_MODEL.md)."""
    baseline = set(_ruleset().profile.baseline)
    return "compliant" if baseline <= elements and red_flags == 0 else "needs_coaching"


def grade(text: str, lang: str) -> Graded:
    """Return the elements, red-flag sentences and status the rules give a text."""
    doc = text_to_document(text, "<t>")
    hits = _matcher().sentences_to_hits(document_to_sentences(doc, lang), fallback_lang=lang)
    elements = frozenset(h.element for h in hits if h.element != "red_flag")
    flags = frozenset(h.sentence.index for h in hits if h.element == "red_flag")
    return Graded(elements, flags, expected_status(set(elements), len(flags)))


@lru_cache(maxsize=3)
def _graded(lang: str) -> tuple[tuple[dict[str, Any], Graded], ...]:
    cases = _corpus(lang)["cases"]
    return tuple((c, grade(c["text"], lang)) for c in cases)


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def element_f1(lang: str) -> dict[str, float]:
    """Return the F1 of every policy element over a language's corpus."""
    out = {}
    for element in _ruleset().profile.policy_elements:
        tp = fp = fn = 0
        for case, got in _graded(lang):
            gold = element in case["elements"]
            tp += gold and element in got.elements
            fp += not gold and element in got.elements
            fn += gold and element not in got.elements
        out[element] = _f1(tp, fp, fn)
    return out


def flag_precision_recall(lang: str) -> tuple[float, float]:
    """Return red-flag precision and recall per case (flagged or not) over a corpus."""
    pairs = [(case["red_flags"] > 0, bool(got.red_flag_sentences)) for case, got in _graded(lang)]
    tp = sum(g and p for g, p in pairs)
    predicted, gold = sum(p for _, p in pairs), sum(g for g, _ in pairs)
    return (tp / predicted if predicted else 1.0, tp / gold if gold else 1.0)


def failures(lang: str) -> list[str]:
    """Return a readable line per corpus case the rules get wrong (for assertion messages)."""
    out = []
    for case, got in _graded(lang):
        gold = set(case["elements"])
        missed, extra = sorted(gold - got.elements), sorted(got.elements - gold)
        flag_wrong = (case["red_flags"] > 0) != bool(got.red_flag_sentences)
        if missed or extra or flag_wrong:
            flags = f"flags {case['red_flags']}->{len(got.red_flag_sentences)}"
            out.append(f"{case['id']}: missed {missed} extra {extra} {flags}")
    return out


# ---------------------------------------------------------------- corpus validation


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_schema(lang: str) -> None:
    """Verify every case has the documented keys, known elements and a consistent status."""
    data = _corpus(lang)
    assert data["language"] == lang
    known = set(_ruleset().profile.policy_elements)
    for case in data["cases"]:
        assert set(case) <= CASE_KEYS and {"id", "text", "elements"} <= set(case), case["id"]
        assert re.fullmatch(rf"pol-{lang}-\d{{3}}", case["id"]), case["id"]
        assert isinstance(case["text"], str) and len(case["text"].split()) >= 8, case["id"]
        assert set(case["elements"]) <= known, case["id"]
        assert len(set(case["elements"])) == len(case["elements"]), case["id"]
        assert isinstance(case["red_flags"], int) and case["red_flags"] >= 0, case["id"]
        assert case["status"] in STATUSES, case["id"]
        status = expected_status(set(case["elements"]), case["red_flags"])
        assert case["status"] == status, f"{case['id']}: status should be {status}"
        assert isinstance(case.get("tags", []), list), case["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_size_and_coverage(lang: str) -> None:
    """Verify a language has enough cases, unique ids, and every element and outcome."""
    cases = _corpus(lang)["cases"]
    ids = [c["id"] for c in cases]
    assert len(cases) >= MIN_CASES
    assert len(ids) == len(set(ids))
    for element in _ruleset().profile.policy_elements:
        assert sum(element in c["elements"] for c in cases) >= 4, element
    assert sum(c["red_flags"] > 0 for c in cases) >= 5
    assert sum("hard_negative" in c.get("tags", []) for c in cases) >= 5
    assert {c["status"] for c in cases} == STATUSES


def test_corpus_ids_unique_across_languages() -> None:
    """Verify no case id is used twice over the three corpus files."""
    ids = [c["id"] for lang in LANGS for c in _corpus(lang)["cases"]]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------- grading targets


@pytest.mark.parametrize("lang", LANGS)
def test_element_f1(lang: str) -> None:
    """Verify every policy element reaches the F1 target on the language's corpus."""
    scores = element_f1(lang)
    low = {e: round(f, 3) for e, f in scores.items() if f < MIN_F1}
    assert not low, f"{low}\n" + "\n".join(failures(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_red_flag_precision_recall(lang: str) -> None:
    """Verify red flags are found in flagged cases and nowhere else."""
    precision, recall = flag_precision_recall(lang)
    assert precision >= MIN_FLAG and recall >= MIN_FLAG, "\n".join(failures(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_status_accuracy(lang: str) -> None:
    """Verify the compliant / needs_coaching outcome matches the labels."""
    graded = _graded(lang)
    right = sum(case["status"] == got.status for case, got in graded)
    assert right / len(graded) >= MIN_STATUS, "\n".join(failures(lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We never ask agencies to select by origin."),
        ("en", "B2 level of Dutch required for client contact."),
        ("en", "Receptionist (m/f/x), all ages welcome."),
        ("nl", "Goede kennis van het Nederlands (niveau B2)."),
        ("nl", "Medewerker onthaal (m/v/x)."),
        ("fr", "Niveau C1 en français exigé."),
        ("fr", "Nous refusons toute demande de type BBB."),
        ("fr", "Niveau C1 en français exigé pour le contact avec la clientèle."),
        ("fr", "Hôte ou hôtesse d'accueil (H/F/X) pour notre salon."),
        ("fr", "Vous avez au moins 18 ans, âge minimum légal pour servir de l'alcool."),
        ("fr", "Tous âges bienvenus, débutants acceptés."),
        (
            "fr",
            "Le poste comportant l'exercice de la puissance publique, la loi exige la "
            "nationalité belge.",
        ),
        ("fr", "Nous ne demandons jamais aux agences d'intérim de sélectionner selon l'origine."),
        ("fr", "Votre langue maternelle importe peu : un niveau B2 en néerlandais suffit."),
        ("fr", "Vous avez entre 25 et 30 ans d'expérience dans la gestion de chantiers."),
        ("fr", "Jeunes diplômés et profils expérimentés sont les bienvenus."),
        ("en", "Do not write 'young and energetic' or 'native speaker' in a job advert."),
        ("en", "Staff by age: under 25 14%, 25 to 49 57%, 50 and over 29%."),
        ("en", "We look for the best person for the job, man or woman."),
        ("nl", "Uitzendkrachten jonger dan 18 jaar werken niet 's nachts (Arbeidstijdenwet)."),
        ("nl", "Leeftijd: jonger dan 26: 9%; 26-49: 63%; 50 en ouder: 28%."),
        ("nl", "Ben je een vrouw en word je lastiggevallen, dan kan je terecht bij HR."),
        ("fr", "Nous recherchons une technicienne ou un technicien de maintenance (H/F/X)."),
        ("fr", "Les salariés de plus de 55 ans ne sont pas affectés au travail de nuit."),
        # second blind round: quoted wording, negated sentences, young companies, legal
        # occupational requirements
        ("en", '* "Native speaker", "young team": describe the level and the tasks instead.'),
        ("en", "We are a young company founded in 2022."),
        ("en", 'If a client asks for "no foreigners", the planner explains that we never do that.'),
        (
            "en",
            "Women only: an occupational requirement under Schedule 9 of the Equality Act 2010.",
        ),
        ("nl", "Je moedertaal doet er voor ons niet toe; B2 Nederlands volstaat."),
        ("nl", "Wij zijn een jong bedrijf, opgericht in 2019."),
        (
            "nl",
            '- "moedertaal Nederlands" of "jong team": beschrijf liever het niveau en de taken.',
        ),
        ("fr", "Rejoignez une jeune start-up lyonnaise."),
        (
            "fr",
            "Il arrive qu'un client demande « pas d'étranger » ; nous n'y donnons jamais suite.",
        ),
        ("fr", "- « Jeune et dynamique » : décrivez plutôt le poste."),
    ],
)
def test_lawful_wording_is_not_a_red_flag(lang: str, text: str) -> None:
    """Verify lawful wording named in the assignment never raises a red flag."""
    assert not grade(text, lang).red_flag_sentences


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Native English speaker required."),
        ("en", "We are a young dynamic team."),
        ("en", "No foreigners, please."),
        ("nl", "Moedertaal Nederlands is een vereiste."),
        ("nl", "Leeftijd: max. 30 jaar."),
        ("fr", "Langue maternelle française exigée."),
        ("fr", "Pas d'étrangers svp."),
        ("fr", "Vous parlez un français parfait, sans accent."),
        ("fr", "Nous recherchons un vendeur âgé de 25 à 35 ans."),
        ("fr", "Rejoignez notre équipe jeune et dynamique !"),
        ("fr", "Nationalité française exigée."),
        ("fr", "Hôtesse d'accueil pour notre stand au salon de l'auto."),
        ("fr", "Manutentionnaire, homme uniquement."),
        ("fr", "Profil demandé : bleu-blanc-belge."),
        ("fr", "Ce poste est réservé aux jeunes diplômés de l'année."),
        ("en", "For our day service we look for mature ladies."),
        ("en", "Please don't send us foreigners for this site."),
        ("en", "Luxembourgish nationality preferred."),
        ("en", "Candidates over 45 are rarely taken on for this work."),
        ("nl", "Stuur enkel kandidaten met een Vlaamse naam."),
        ("nl", "En liefst niemand ouder dan 35."),
        ("nl", "Graag enkel BBB-profielen."),
        ("nl", "Je bent een stevige man die van aanpakken weet."),
        ("fr", "Merci de proposer uniquement des profils BBR."),
        ("fr", "Le client ne veut pas de femmes sur la ligne."),
        ("fr", "Privilégiez des profils jeunes et présentables."),
        ("fr", "Les candidates de plus de 45 ans sont rarement retenues."),
        ("fr", "Nous recherchons une assistante commerciale."),
        ("fr", "Merci de ne pas nous envoyer d'étrangers pour ce client."),
        ("en", "Hire warehouse staff under 45 only."),
        ("en", "We'd rather have women on the packing line."),
        ("en", "Hostess for our stand, representative appearance."),
        ("nl", "Voor de verpakking liever vrouwen."),
        ("nl", "Enkel heftruckchauffeurs onder de 40 aub."),
        ("fr", "Pour l'emballage, on préfère des femmes."),
    ],
)
def test_red_flag_examples_fire(lang: str, text: str) -> None:
    """Verify the red flags named in the assignment fire."""
    assert grade(text, lang).red_flag_sentences


def test_every_policy_element_has_a_rule_per_language() -> None:
    """Verify each language's policy pack covers all eight policy elements."""
    rs = _ruleset()
    for lang in LANGS:
        packs = rs.packs_for(lang, ("policy",))
        assert packs, f"no policy pack for {lang}"
        covered = {r.element for p in packs for r in p.rules}
        assert covered == set(rs.profile.policy_elements), lang


def test_rules_have_two_examples_each_way() -> None:
    """Verify every policy and red-flag rule carries at least two examples each way."""
    for pack, rule in _ruleset().rules():
        if pack.pack in FAMILIES:
            assert len(rule.examples.match) >= 2, rule.id
            assert len(rule.examples.no_match) >= 2, rule.id
            assert rule.element == "red_flag" or pack.pack == "policy", rule.id
            prefix = "RF" if pack.pack == "red_flags" else "PO"
            assert rule.id.startswith(f"{prefix}-{pack.language.upper()}-"), rule.id


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We never ask agencies to select by origin."),
        ("nl", "Wij vragen uitzendkantoren nooit om kandidaten te selecteren op afkomst."),
        ("fr", "Nous refusons toute demande de type BBB des agences d'intérim."),
    ],
)
def test_refusing_origin_requests_is_agencies_evidence(lang: str, text: str) -> None:
    """Verify a policy that prohibits selection by origin counts for `agencies`, not a flag."""
    got = grade(text, lang)
    assert "agencies" in got.elements
    assert not got.red_flag_sentences


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "Headscarves are not allowed at the front desk.", True),
        ("en", "Turbans and kippahs may not be worn by drivers.", True),
        ("en", "Staff are free to wear a headscarf, turban or kippah at work.", False),
        (
            "en",
            "A general neutrality rule applies to all visible political, philosophical or "
            "religious signs.",
            False,
        ),
        ("nl", "Medewerksters met een hoofddoek worden niet ingezet achter de toonbank.", True),
        ("nl", "Een hoofddoek is voor ons geen probleem.", False),
        ("fr", "Le port du voile est interdit aux employées de l'accueil.", True),
        ("fr", "Chaque employé peut porter le voile s'il le souhaite.", False),
    ],
)
def test_religious_dress_bans_are_red_flags(lang: str, text: str, flagged: bool) -> None:
    """Verify a ban aimed at a religious garment is flagged and its lawful look-alikes are not."""
    assert bool(grade(text, lang).red_flag_sentences) is flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The agency proposes candidates on job-related criteria only. It shall refuse any "
            "request that refers to a candidate's origin or age.",
        ),
        (
            "nl",
            "Het uitzendkantoor stelt kandidaten voor. Het weigert elke vraag die verwijst naar "
            "afkomst of leeftijd.",
        ),
        (
            "fr",
            "L'agence nous propose des intérimaires. Elle refuse toute demande qui ferait "
            "référence à l'origine d'un candidat.",
        ),
    ],
)
def test_agency_instructions_are_agencies_not_recruitment(lang: str, text: str) -> None:
    """Verify instructions whose subject is the agency count for `agencies` only."""
    got = grade(text, lang)
    assert "agencies" in got.elements
    assert "recruitment" not in got.elements
    assert not got.red_flag_sentences


@pytest.mark.parametrize(
    ("lang", "text", "element", "present"),
    [
        (
            "en",
            "Client feedback\nClients who are unhappy with a consultant can contact their account "
            "manager. Every complaint is answered within five days.",
            "complaints",
            False,
        ),
        (
            "nl",
            "Klachten\nOntevreden over een project? Klanten kunnen een klacht indienen via onze "
            "website. We antwoorden binnen vijf werkdagen.",
            "complaints",
            False,
        ),
        ("en", "We monitor absence and staff turnover monthly.", "monitoring", False),
        ("en", "By 2027, 30% of our supervisors should be women (18% today).", "targets", True),
        ("en", "By 2028 all our vans will be electric, 40% of them by 2026.", "targets", False),
        ("nl", "Tegen eind 2027 is minstens 20% van de ploegbazen een vrouw.", "targets", True),
        ("nl", "Tegen 2030 daalt de CO2-uitstoot van onze vloot met 40%.", "targets", False),
        ("fr", "Être âgé d'au moins 18 ans, condition imposée par la loi.", "targets", False),
        ("fr", "Index de l'égalité professionnelle 2024 : 91/100.", "monitoring", True),
        (
            "fr",
            "Index de l'égalité professionnelle femmes-hommes 2024 : 91/100.",
            "policy_statement",
            False,
        ),
        (
            "fr",
            "Tout salarié peut saisir le service RH de toute situation de harcèlement ou de "
            "traitement injuste.",
            "policy_statement",
            False,
        ),
        (
            "nl",
            "Onze contracten met uitzendkantoren verbieden elke selectie op basis van een "
            "beschermd criterium.",
            "agencies",
            True,
        ),
        (
            "fr",
            "Nous exigeons de nos sous-traitants qu'ils respectent la non-discrimination envers "
            "leurs salariés.",
            "agencies",
            True,
        ),
        ("en", "We use agencies regardless of the season.", "agencies", False),
        ("nl", "Scheldetrans respecteert de wet en discrimineert niet.", "policy_statement", False),
        ("en", "We comply with the law and do not discriminate.", "policy_statement", False),
        (
            "fr",
            "Nous refusons toute discrimination liée à l'origine ou au sexe, envers un collègue, "
            "un candidat ou un client.",
            "policy_statement",
            True,
        ),
        (
            "fr",
            "Les coordonnées de la personne de confiance figurent en annexe.\n\nLe gérant signe "
            "les contrats.",
            "responsibility",
            False,
        ),
        (
            "nl",
            "Privacy\nWij verwerken persoonsgegevens volgens de AVG en bewaren ze niet langer dan "
            "nodig.\n\nDiversiteit\nWij discrimineren niet op grond van geslacht of afkomst.",
            "monitoring",
            False,
        ),
        (
            "en",
            "People\nWe signed a diversity charter.\n\nEnvironment\nWe aim to cut CO2 emissions "
            "by 30% by 2027. Progress is evaluated every year.",
            "monitoring",
            False,
        ),
        (
            "nl",
            "Uitzendbureaus\nWij werken alleen met erkende uitzendbureaus. Zij mogen geen "
            "onderscheid maken naar afkomst of nationaliteit.",
            "agencies",
            True,
        ),
        (
            "fr",
            "Conformément à notre contrat-cadre, toute demande discriminatoire, de notre part ou "
            "d'un client, doit être refusée.",
            "agencies",
            True,
        ),
        (
            "en",
            "Our staff can report discrimination through the confidential reporting platform.",
            "complaints",
            True,
        ),
        (
            "fr",
            "Une employée victime de propos racistes de la part d'un client peut s'adresser à la "
            "personne de confiance.",
            "complaints",
            True,
        ),
        (
            "nl",
            "Beleid\nProductieBrugge behandelt iedereen gelijk, ongeacht afkomst of geslacht.",
            "policy_statement",
            True,
        ),
    ],
)
def test_policy_element_decoys_and_paraphrases(
    lang: str, text: str, element: str, present: bool
) -> None:
    """Verify general wording families count for an element and their decoys do not."""
    assert (element in grade(text, lang).elements) is present


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "Applicants must have no childcare responsibilities.", True),
        ("en", "We never ask candidates about family commitments.", False),
        ("fr", "Profil : sans charges de famille, disponible le week-end.", True),
        ("fr", "Les horaires changent souvent et sont affichés le vendredi.", False),
        ("nl", "Je hebt geen gezinslast en kan snel inspringen.", True),
        ("nl", "Wij vragen nooit naar gezinslast of kinderen ten laste.", False),
    ],
)
def test_family_status_conditions_are_red_flags(lang: str, text: str, flagged: bool) -> None:
    """Verify a hiring condition on family status is a red flag and a denial of it is not."""
    assert bool(grade(text, lang).red_flag_sentences) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "present"),
    [
        (
            "en",
            "Governance\n| Item | Detail |\n| Responsible | Jo Marsh, HR Director |\n"
            "| Target | 30% women among supervisors by 2027 |",
            True,
        ),
        (
            "fr",
            "Pilotage\n| Rubrique | Contenu |\n| Responsable | Mme Ana Roth, DRH |\n"
            "| Objectif | 30 % de femmes parmi les chefs d'équipe d'ici 2027 |",
            True,
        ),
        (
            "nl",
            "Diversiteit\nHR rapporteert elk jaar de cijfers naar geslacht en afkomst aan de "
            "ondernemingsraad.",
            False,
        ),
        (
            "en",
            "Equality policy\nThe recruitment coordinator removes names and dates of birth "
            "before shortlisting.",
            False,
        ),
    ],
)
def test_responsibility_labels_and_reporting_decoys(lang: str, text: str, present: bool) -> None:
    """Verify a "Responsible" table cell names the person in charge; reporting data does not."""
    assert ("responsibility" in grade(text, lang).elements) is present


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # sixth blind round: neighbourhood-only hiring, capped experience, negated age limits,
        # nationality preferences in action-plan tables
        ("en", "Only applicants who live in the neighbourhood, please.", True),
        ("en", "Applicants must live in Finglas or Cabra.", True),
        ("en", "On-call engineers must live within 30 minutes of the depot.", False),
        ("en", "Profile: recent school leaver, no more than two years of experience.", True),
        ("en", "Minimum 3 years' experience in a similar role.", False),
        ("nl", "We nemen voor deze site enkel mensen uit de wijk aan.", True),
        ("nl", "Voor de wachtdienst woon je binnen 15 minuten van het depot.", False),
        ("fr", "Il faut avoir 18 ans ; il n'y a aucune limite d'âge vers le haut.", False),
        (
            "nl",
            "| Actie | Eigenaar |\n|---|---|\n| Uitzendkantoor vragen liefst Belgische "
            "chauffeurs voor te stellen | Planning |\n| Meldpunt discriminatie | HR |",
            True,
        ),
    ],
)
def test_round6_red_flags_and_lawful_lookalikes(lang: str, text: str, flagged: bool) -> None:
    """Verify residence, experience-cap and table-cell flags fire and their look-alikes do not."""
    assert bool(grade(text, lang).red_flag_sentences) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "element", "present"),
    [
        ("en", "Harbour Logistics is an equal opportunities employer.", "policy_statement", False),
        (
            "en",
            "We are an equal opportunities employer and do not discriminate on age or religion.",
            "policy_statement",
            True,
        ),
        (
            "en",
            "Drivers are taken on after a scored practical session and a structured interview.",
            "training",
            False,
        ),
        (
            "en",
            "People in numbers\n| | 2023 | 2024 |\n|---|---|---|\n| Women | 31% | 34% |",
            "monitoring",
            True,
        ),
        (
            "en",
            "We aim to raise the share of women from 20% to 30% by 2028.",
            "monitoring",
            False,
        ),
        (
            "fr",
            "Effectif au 31 décembre : 41 % de femmes, 59 % d'hommes.",
            "monitoring",
            True,
        ),
        (
            "nl",
            "Personeel: 12% vrouwen, 88% mannen; 21% met een migratieachtergrond.",
            "monitoring",
            True,
        ),
        (
            "nl",
            "Hoi Tom, stel kandidaten voor zonder onderscheid naar afkomst of leeftijd.",
            "policy_statement",
            False,
        ),
        (
            "nl",
            "Hoi Tom, stel kandidaten voor zonder onderscheid naar afkomst of leeftijd.",
            "agencies",
            True,
        ),
        (
            "nl",
            "Interview met vaste vragen voor een jury met de preventieadviseur en HR.",
            "complaints",
            False,
        ),
        (
            "fr",
            "Pour recruter, former ou promouvoir, nous ne tenons compte ni de l'origine, ni du "
            "sexe, ni de l'âge.",
            "policy_statement",
            True,
        ),
    ],
)
def test_round6_policy_elements(lang: str, text: str, element: str, present: bool) -> None:
    """Verify the sixth-round wording families count for an element and their decoys do not."""
    assert (element in grade(text, lang).elements) is present


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # seventh blind round: FAQ questions that quote a forbidden phrase, tables of staff
        # numbers, "40 years maximum", preferences for younger profiles, reserved posts
        ("en", 'Can I ask for a "native speaker" of German?\nNo. State the level, e.g. C1.', False),
        ("fr", "Puis-je écrire « langue maternelle néerlandaise » dans une offre ?", False),
        ("nl", "Mag ik in een vacature 'jong en dynamisch team' schrijven?\nNee.", False),
        ("en", "Our advert says: native English speaker required.", True),
        (
            "nl",
            "| | Arbeiders | Bedienden |\n|---|---|---|\n| Jonger dan 26 | 9 | 1 |\n"
            "| 50 jaar en ouder | 17 | 5 |",
            False,
        ),
        (
            "fr",
            "| Critère | Exigence |\n|---|---|\n| Âge | 35 ans maximum |\n| Permis | B |",
            True,
        ),
        ("nl", "Bij gelijke geschiktheid kiezen we liever voor profielen onder de 40.", True),
        ("nl", "Van onze 80 chauffeurs zijn er 14 jonger dan 30 jaar.", False),
        ("nl", "Bij gelijke geschiktheid kiezen we bij voorkeur profielen onder de 40.", True),
        ("en", "When two applicants are equally good we preferably hire those under 40.", True),
        (
            "fr",
            "Les postes de chef d'équipe sont réservés aux candidats de nationalité belge.",
            True,
        ),
        (
            "fr",
            "La loi sur la sécurité privée impose d'être ressortissant de l'EEE. Ce sont les "
            "seules conditions de nationalité que nous appliquons.",
            False,
        ),
    ],
)
def test_round7_red_flags_and_lawful_lookalikes(lang: str, text: str, flagged: bool) -> None:
    """Verify the seventh-round red-flag families fire and their guidance look-alikes do not."""
    assert bool(grade(text, lang).red_flag_sentences) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "element", "present"),
    [
        (
            "en",
            "Nobody is refused a job or a promotion because of their religion, age or sex.",
            "policy_statement",
            True,
        ),
        (
            "en",
            "No one is refused entry to our cafés because of their age or disability.",
            "policy_statement",
            False,
        ),
        (
            "fr",
            "Bâtiplus respecte la loi antidiscrimination du 10 mai 2007.",
            "policy_statement",
            True,
        ),
        ("fr", "Bâtiplus respecte la législation sociale en vigueur.", "policy_statement", False),
        (
            "fr",
            "Les plaintes des maîtres d'ouvrage sont traitées par le service qualité.",
            "complaints",
            False,
        ),
        (
            "fr",
            "Chaque salarié peut adresser toute réclamation sur le comportement d'un collègue à la "
            "DRH.",
            "complaints",
            True,
        ),
        (
            "nl",
            "| | Arbeiders | Bedienden |\n|---|---|---|\n| Vrouwen | 3 | 8 |\n"
            "| Niet-Belgische nationaliteit | 12 | 1 |",
            "monitoring",
            True,
        ),
        (
            "nl",
            "Gelijke kansen staan voorop. Duurzaamheid: tegen 2028 verbruiken we 25 % minder "
            "energie.",
            "targets",
            False,
        ),
        (
            "nl",
            "Gelijke kansen. Tegen eind 2026 minstens 3 medewerkers met een arbeidsbeperking in "
            "vaste dienst.",
            "targets",
            True,
        ),
        (
            "en",
            "Everyone on an interview panel first completes 'Bias in selection' on the LMS.",
            "training",
            True,
        ),
    ],
)
def test_round7_policy_elements(lang: str, text: str, element: str, present: bool) -> None:
    """Verify the seventh-round wording families count for an element and their decoys do not."""
    assert (element in grade(text, lang).elements) is present


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # a photo made a condition of the application; a photo merely asked for is the
        # corpus convention's "not flagged", a badge photo after hiring is lawful
        ("en", "Applications without a recent photo will not be considered.", True),
        ("en", "Please send your CV with a recent photograph.", False),
        ("en", "After appointment, HR takes a photo for your site badge.", False),
        ("fr", "Photo obligatoire avec chaque CV, je veux voir à qui j'ai affaire.", True),
        ("fr", "Envoyez votre CV avec photo à jobs@exemple.be.", False),
        ("fr", "Nous ne demandons ni photo, ni date de naissance.", False),
        ("nl", "Foto verplicht bij elke sollicitatie.", True),
        ("nl", "Stuur je cv met recente foto.", False),
        ("nl", "Na de indiensttreding nemen we een foto voor je toegangsbadge.", False),
        # a minimum body height; a vehicle's or a clothing size's is not one
        ("en", "Smart appearance, minimum height 1.70 m.", True),
        ("en", "The van has a minimum height clearance of 1.90 m.", False),
        ("fr", "Présentation impeccable, taille minimum 1,70 m.", True),
        ("fr", "Les vêtements de travail existent en taille minimum S.", False),
        ("nl", "Je bent minimaal 1,80 m lang en representatief.", True),
        ("nl", "De bestelwagen heeft een lengte van minimaal 5,40 m.", False),
        # the application must state marital status or children; payroll after hiring may
        ("en", "Please state your marital status and number of children on the form.", True),
        ("en", "Once hired, give payroll your marital status for tax withholding.", False),
        ("fr", "Merci d'indiquer votre état civil et le nombre d'enfants à charge.", True),
        ("fr", "Après l'engagement, communiquez votre état civil au service de paie.", False),
        ("nl", "Vermeld op het formulier je burgerlijke staat en gezinssituatie.", True),
        ("nl", "Bij indiensttreding geef je je gezinssituatie door aan de loondienst.", False),
        # a decade of life as the profile; a wish for more women is a diversity aim
        ("nl", "Wij zoeken een enthousiaste twintiger die van aanpakken houdt.", True),
        ("nl", "Ben jij een echte Hollandse jongen die van aanpakken houdt?", True),
        (
            "fr",
            "La direction souhaite que davantage de femmes occupent des postes techniques.",
            False,
        ),
        (
            "fr",
            "Idéal : vous êtes sorti(e) des études il y a moins de deux ans.",
            True,
        ),
    ],
)
def test_indirect_selection_red_flags(lang: str, text: str, flagged: bool) -> None:
    """Verify photos required, body height, family details asked, decade-of-life profiles
    and recent-graduate wording are red flags, and their lawful neighbours are not."""
    assert bool(grade(text, lang).red_flag_sentences) is flagged


@pytest.mark.parametrize(
    ("lang", "text", "element", "present"),
    [
        (
            "en",
            "We will not treat anyone less favourably because of a characteristic "
            "protected by the Equality Act 2010.",
            "policy_statement",
            True,
        ),
        (
            "en",
            "Every panel member completes HR's interviewer training before serving.",
            "training",
            True,
        ),
        (
            "en",
            "All line managers complete our fair-recruitment module on appointment.",
            "training",
            True,
        ),
        ("en", "Whether we set up a complaints line, we will decide in 2026.", "complaints", False),
        (
            "fr",
            "Une personne candidate qui s'estime lésée peut écrire au référent non-discrimination.",
            "complaints",
            True,
        ),
        (
            "fr",
            "Un collaborateur qui a manqué à ce guide s'expose à une sanction disciplinaire.",
            "complaints",
            True,
        ),
        (
            "fr",
            "Le client qui s'estime lésé peut écrire au service client.",
            "complaints",
            False,
        ),
        (
            "nl",
            "Elke kandidaat krijgt dezelfde casus en dezelfde interviewvragen.",
            "recruitment",
            True,
        ),
        (
            "nl",
            "Leden van de commissie volgden de training 'Objectief werven en selecteren'.",
            "training",
            True,
        ),
        (
            "nl",
            "Of we een klachtenprocedure en een vertrouwenspersoon invoeren, bekijken we in "
            "de loop van 2026.",
            "complaints",
            False,
        ),
        (
            "fr",
            "Faire passer la part des femmes parmi les techniciens de 12 % à 18 % au 31 "
            "décembre 2026.",
            "targets",
            True,
        ),
        (
            "fr",
            "Le taux d'absentéisme est passé de 6 % à 4 % entre 2023 et 2024.",
            "targets",
            False,
        ),
        (
            "en",
            "Candidates are assessed against a standard checklist and a practical test, which "
            "is the same for everyone.",
            "recruitment",
            True,
        ),
    ],
)
def test_policy_elements_round_16(lang: str, text: str, element: str, present: bool) -> None:
    """Verify element wordings of the round-16 blind set, with their near misses."""
    assert (element in grade(text, lang).elements) is present
