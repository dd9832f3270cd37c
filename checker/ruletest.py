"""Run every rule's own examples, the way a test runner would."""

from __future__ import annotations

from dataclasses import dataclass

from checker.matcher import RuleMatcher
from checker.nlp import NlpProvider, default_provider
from checker.rulepack.loader import RuleSet
from checker.scan import text_to_document
from checker.sentences import document_to_sentences


@dataclass(frozen=True)
class ExampleResult:
    """The outcome of one rule example."""

    rule_id: str
    language: str
    expected: bool
    text: str
    passed: bool


def rule_ids_firing(
    matcher: RuleMatcher, text: str, lang: str, assume_found: frozenset[str] = frozenset()
) -> set[str]:
    """Return the ids of the rules that fire anywhere in a text.

    An anchored rule's example is judged as part of a document where its anchor (the
    commitment) was found elsewhere: `assume_found` names it.
    """
    doc = text_to_document(text, f"<example {lang}>")
    sentences = document_to_sentences(doc, lang)
    hits = matcher.sentences_to_hits(sentences, fallback_lang=lang, assume_found=assume_found)
    return {h.rule_id for h in hits}


def run_examples(
    ruleset: RuleSet, provider: NlpProvider | None = None, families: tuple[str, ...] | None = None
) -> list[ExampleResult]:
    """Return one result per example of every rule in the rule set."""
    fams = families or tuple(sorted({p.pack for p in ruleset.packs} - {"terms"}))
    matcher = RuleMatcher(ruleset, provider or default_provider(), fams)
    results = []
    for pack, rule in ruleset.rules():
        if pack.pack not in fams:
            continue
        cases = [(t, True) for t in rule.examples.match]
        cases += [(t, False) for t in rule.examples.no_match]
        for text, expected in cases:
            assumed = frozenset([rule.anchor]) if rule.anchor else frozenset()
            fired = rule.id in rule_ids_firing(matcher, text, pack.language, assumed)
            results.append(ExampleResult(rule.id, pack.language, expected, text, fired == expected))
    return results
