"""Verify policy grading (GHENT_MODEL.md Part B) in three languages, with hard negatives.

These tests run the real policy and red-flag packs. A language whose packs are not there yet
is skipped with that reason; the corpus figures are checked against the issue's bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit.run import policy_grader
from checker.document import DocStatus
from checker.evaluation.policies import evaluate_policies, render_policy_evaluation
from checker.policy import PolicyGrader, hits_to_red_flags, is_red_flag
from checker.rulepack.loader import RuleSet, load_ruleset
from checker.scan import text_to_document
from checker.sentences import document_to_sentences

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    """Return the built-in rule set."""
    return load_ruleset("ghent")


@pytest.fixture(scope="module")
def grader(ruleset: RuleSet) -> PolicyGrader:
    """Return the process's policy grader."""
    return policy_grader(ruleset)


def _need(ruleset: RuleSet, lang: str) -> None:
    families = set(ruleset.profile.policy_families)
    have = {p.pack for p in ruleset.packs if p.language == lang} & families
    if have != families:
        pytest.skip(f"policy rule packs for {lang!r} not present yet ({sorted(have)})")


RED_FLAGS = [
    ("en", "Candidates must be native English speakers.", True),
    ("en", "Join our young and dynamic team of cleaners.", True),
    ("en", "A B2 level of Dutch is required for client contact.", False),
    (
        "en",
        "Spoken English at CEFR level C1 is needed because you will draft legal reports.",
        False,
    ),
    ("en", "We welcome applicants of all ages, nationalities and backgrounds.", False),
    ("en", "We never ask agencies to select candidates by origin.", False),
    ("nl", "Moedertaal Nederlands is een vereiste.", True),
    ("nl", "Leeftijd: maximum 30 jaar.", True),
    ("nl", "Kennis van het Nederlands op niveau B2 is vereist voor het klantencontact.", False),
    ("nl", "Wij verwelkomen kandidaten van alle leeftijden en nationaliteiten.", False),
    ("fr", "Le candidat doit être de langue maternelle française.", True),
    ("fr", "Un niveau B2 en français est requis pour le contact avec la clientèle.", False),
    (
        "fr",
        "Nous accueillons les candidatures de personnes de tous âges et de toutes origines.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "flagged"), RED_FLAGS)
def test_red_flags_and_lawful_wording(
    ruleset: RuleSet, grader: PolicyGrader, lang: str, text: str, flagged: bool
) -> None:
    """Verify red flags fire on discriminatory wording and not on a justified language level."""
    _need(ruleset, lang)
    result = grader.grade_text(text, lang)
    assert bool(result.red_flags) is flagged, [f.rule for f in result.red_flags]


POLICIES = {
    "en": (
        "We are an equal opportunities employer and do not discriminate on the grounds of race, "
        "religion or belief, sex, sexual orientation, disability or age.\n\n"
        "All candidates are assessed against the same objective, job-related selection "
        "criteria in a structured interview.\n\n"
        "Employees can report discrimination in confidence to our confidential counsellor; "
        "discriminatory behaviour leads to disciplinary sanctions."
    ),
    "nl": (
        "Wij voeren een gelijkekansenbeleid en discrimineren niet op grond van afkomst, "
        "nationaliteit, geloof, leeftijd, geslacht, seksuele geaardheid of handicap.\n\n"
        "Wij selecteren op basis van vooraf vastgelegde, objectieve criteria en voeren "
        "gestructureerde sollicitatiegesprekken met dezelfde vragen voor alle kandidaten.\n\n"
        "Wie zich gediscrimineerd voelt, kan dit vertrouwelijk melden bij onze "
        "vertrouwenspersoon; discriminerend gedrag wordt gesanctioneerd volgens het "
        "arbeidsreglement."
    ),
    "fr": (
        "Nous garantissons l'égalité des chances et ne faisons aucune discrimination fondée "
        "sur l'origine, la nationalité, la religion, l'âge, le sexe, l'orientation sexuelle ou "
        "le handicap.\n\n"
        "Les candidats sont évalués sur la base de critères objectifs fixés à l'avance, au "
        "moyen d'entretiens structurés.\n\n"
        "Tout travailleur peut signaler une discrimination en toute confidentialité à la "
        "personne de confiance ; les comportements discriminatoires sont sanctionnés."
    ),
}


@pytest.mark.parametrize("lang", sorted(POLICIES))
def test_baseline_policy_has_the_three_baseline_elements(
    ruleset: RuleSet, grader: PolicyGrader, lang: str
) -> None:
    """Verify a short policy with the three baseline elements is graded as having them."""
    _need(ruleset, lang)
    result = grader.grade_text(POLICIES[lang], lang)
    present = [e for e, r in result.elements.items() if r.present]
    assert set(ruleset.profile.baseline) <= set(present)
    assert not result.red_flags
    assert result.missing == [e for e in ruleset.profile.policy_elements if e not in present]


def test_a_stated_absence_is_not_evidence(ruleset: RuleSet, grader: PolicyGrader) -> None:
    """Verify 'we do not have a complaints procedure' does not count as a complaints element."""
    _need(ruleset, "en")
    text = "We do not have a formal complaints procedure; staff can talk to the owner."
    assert not grader.grade_text(text, "en").elements["complaints"].present


def test_red_flag_carries_quote_location_and_offsets(
    ruleset: RuleSet, grader: PolicyGrader
) -> None:
    """Verify a red flag quotes its sentence, with paragraph, rule and offsets into the text."""
    _need(ruleset, "en")
    text = (
        "Security officer wanted.\n\nYou will patrol the site. Candidates must be native speakers."
    )
    doc = text_to_document(text, "vacancy.txt")
    (flag,) = grader.grade(doc).red_flags
    assert flag.text == "Candidates must be native speakers."
    assert (flag.document, flag.paragraph) == ("vacancy.txt", 2)
    assert doc.text[flag.start : flag.end] == flag.text
    assert flag.rule in flag.rules and flag.rule.startswith("RF-EN-")
    assert flag.kind  # the rule name after its family, used to pick the coaching text


def test_one_red_flag_per_sentence(ruleset: RuleSet, grader: PolicyGrader) -> None:
    """Verify a sentence that several red-flag rules fire on counts once, naming every rule."""
    _need(ruleset, "en")
    doc = text_to_document("Young native English speakers wanted for our young team.", "ad.txt")
    hits = grader.matcher.sentences_to_hits(document_to_sentences(doc, "en"))
    red = [h for h in hits if is_red_flag(h.element)]
    flags = hits_to_red_flags(hits, "ad.txt")
    assert len(flags) == 1 and len(red) >= 1
    assert flags[0].rules == sorted({h.rule_id for h in red})


def test_unread_document_keeps_its_status(grader: PolicyGrader) -> None:
    """Verify a document that was not read is returned with its status and no elements."""
    doc = text_to_document("x", "scan.pdf").model_copy(
        update={"status": DocStatus.UNREADABLE, "error": "no text layer: OCR needed"}
    )
    result = grader.grade(doc)
    assert (result.status, result.error, result.elements) == (
        "unreadable",
        "no text layer: OCR needed",
        {},
    )


def test_language_without_rules_is_an_error_not_a_gap(ruleset: RuleSet) -> None:
    """Verify a document in a language no policy pack covers is not graded as empty."""
    packs = tuple(p for p in ruleset.packs if p.language != "fr")
    only = RuleSet(ruleset.profile, packs, "no-fr")
    result = PolicyGrader(only).grade_text(POLICIES["fr"], "fr")
    assert result.status == "error"
    assert result.error == "no policy rules for language 'fr'"


def test_corpus_meets_the_bar(ruleset: RuleSet) -> None:
    """Verify, per language, status accuracy >= 0.95, red-flag P/R >= 0.9, element F1 >= 0.85."""
    if not list((CORPUS / "policies").glob("*.yaml")):
        pytest.skip("corpus/policies not present yet")
    result = evaluate_policies(CORPUS, ruleset)
    report = render_policy_evaluation(result)
    for fig in result.figures:
        assert fig.status_accuracy >= 0.95, report
        assert fig.red_flags.precision >= 0.9 and fig.red_flags.recall >= 0.9, report
        assert all(e.f1 >= 0.85 for e in fig.elements), report
