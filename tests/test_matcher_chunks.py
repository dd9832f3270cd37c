"""Verify sentences tokenized together get exactly the labels they get alone."""

from __future__ import annotations

from checker.matcher import RuleMatcher
from checker.nlp import default_provider
from checker.rulepack.loader import load_ruleset
from checker.sentences import Sentence

TEXTS = {
    "en": [
        "The contractor shall ensure equal",
        "treatment of all staff regardless of origin, sex or age.",
        "The contractor shall not discriminate against employees on grounds of race.",
        "Non-discrimination",
        "clauses apply to subcontractors.",
        "Invoices are paid within thirty days.",
    ],
    "fr": [
        "Le titulaire s'engage à respecter l'égalité",
        "de traitement entre les travailleurs.",
        "Le sous-traitant veille à la non-discrimination à l'embauche,"
        " c'est-à-dire sans égard à l'origine.",
    ],
    "nl": [
        "De opdrachtnemer verbindt zich ertoe niet te discrimineren op grond van",
        "afkomst of geslacht bij de aanwerving.",
        "Facturen worden binnen dertig dagen betaald.",
    ],
}


def _sentences(texts: list[str], lang: str) -> list[Sentence]:
    return [
        Sentence(i, t, 0, len(t), i, lang, None, i, None, f"b:{i}") for i, t in enumerate(texts)
    ]


def test_chunked_labels_equal_labels_alone() -> None:
    matcher = RuleMatcher(load_ruleset("ghent"), default_provider())
    for lang, texts in TEXTS.items():
        lm = matcher.for_language(lang)
        assert lm is not None
        together = [f.labels for f in lm.sentence_facts(_sentences(texts, lang))]
        alone = [lm.sentence_facts(_sentences([t], lang))[0].labels for t in texts]
        assert together == alone
        assert any(together)  # the sentences do carry labels


def test_phrase_across_a_sentence_boundary_is_not_found() -> None:
    matcher = RuleMatcher(load_ruleset("ghent"), default_provider())
    lm = matcher.for_language("en")
    assert lm is not None
    whole = lm.sentence_facts(_sentences(["Staff enjoy equal treatment at work."], "en"))[0]
    split = lm.sentence_facts(_sentences(["Staff enjoy equal", "treatment at work."], "en"))
    lost = whole.labels - split[0].labels - split[1].labels
    assert lost  # some phrase needed both halves
