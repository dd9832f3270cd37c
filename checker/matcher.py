"""Match rule packs against sentences: which rules fire where, with the quoted sentence.

Per language, every leaf of every rule is compiled once: term lists and inline phrases into
one `PhraseIndex`, token patterns into one spaCy `Matcher`, regexes compiled. A sentence is
tokenized once, its leaf labels found once, and each rule's condition tree is evaluated on
that label set. A rule whose required labels are absent is skipped without evaluation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.nlp import NlpProvider
from checker.phrases import PhraseIndex
from checker.rulepack.loader import RuleSet
from checker.rulepack.models import Node, Rule
from checker.sentences import Sentence
from checker.xref import referenced_sections

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHUNK_SENTENCES = 500  # sentences tokenized as one doc
CONTEXT_WINDOW = 3
SMALL_SECTION = 25  # sentences: a section this small is context as a whole
NEGATION_TERMS = "negation"


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired on a sentence."""

    rule_id: str
    rule_name: str
    element: str
    sentence: Sentence


@dataclass
class _SentenceFacts:
    labels: set[str]
    text: str


class LanguageMatcher:
    """All rules of one language, compiled."""

    def __init__(
        self,
        provider: NlpProvider,
        lang: str,
        rules: Sequence[Rule],
        terms: dict[str, tuple[str, ...]],
    ) -> None:
        from spacy.matcher import Matcher

        self.lang = lang
        self.rules = list(rules)
        self._provider = provider
        self._phrases = PhraseIndex(provider, lang)
        self._matcher = Matcher(provider.pipeline(lang).vocab)
        self._regex: dict[str, re.Pattern[str]] = {}
        self._labels: dict[int, str] = {}
        for name, phrases in terms.items():
            self._phrases.add(term_label(name), phrases)
        for rule in self.rules:
            for node in (rule.match, *([rule.context] if rule.context else [])):
                self._compile(node)
        self._phrases.freeze()
        self._required = {r.id: required_labels(r.match, self._labels) for r in self.rules}
        self._triggered = _rules_by_trigger(self.rules, self._required)

    def candidate_rules(self, labels: set[str]) -> list[Rule]:
        """Return, in pack order, the rules whose required labels can all be in `labels`."""
        found = set(self._triggered.get("", ()))
        for label in labels:
            found.update(self._triggered.get(label, ()))
        return [self.rules[i] for i in sorted(found)]

    def _compile(self, node: Node) -> None:
        for leaf in node.leaves():
            label = self.label_of(leaf)
            if leaf.phrases is not None:
                self._phrases.add(label, leaf.phrases)
            elif leaf.pattern is not None:
                self._matcher.add(label, [[dict(t) for t in leaf.pattern]])
            elif leaf.regex is not None:
                self._regex[label] = re.compile(leaf.regex, re.IGNORECASE)

    def label_of(self, leaf: Node) -> str:
        """Return the label a leaf's matches are known by."""
        if leaf.terms is not None:
            return term_label(leaf.terms)
        label = f"L{id(leaf)}"
        self._labels[id(leaf)] = label
        return label

    def sentence_facts(self, sentences: Sequence[Sentence]) -> list[_SentenceFacts]:
        """Return the labels found in each sentence.

        Sentences are tokenized together, up to CHUNK_SENTENCES at a time joined by spaces:
        spaCy splits on white space first, so each sentence gets the tokens it would get
        alone, and a phrase found across two sentences is dropped. One doc per chunk instead
        of one per sentence saves most of the per-doc cost.
        """
        out: list[_SentenceFacts] = []
        for i in range(0, len(sentences), CHUNK_SENTENCES):
            out.extend(self._chunk_facts([s.text for s in sentences[i : i + CHUNK_SENTENCES]]))
        return out

    def _chunk_facts(self, texts: list[str]) -> list[_SentenceFacts]:
        from spacy.attrs import IDX

        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        doc = self._provider.docs(self.lang, [" ".join(texts)])[0]
        offsets = doc.to_array(IDX).tolist() if len(doc) else []
        firsts = [bisect_left(offsets, start) for start in starts] + [len(doc)]
        labels: list[set[str]] = [set() for _ in texts]
        for label, start, end in self._matches(doc):
            k = bisect_right(firsts, start) - 1
            if end <= firsts[k + 1]:  # inside one sentence
                labels[k].add(label)
        return [
            _SentenceFacts(found | self._regex_labels(text), text)
            for found, text in zip(labels, texts, strict=True)
        ]

    def _matches(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """Yield (label, start token, end token) of every phrase and token-pattern match."""
        for label, spans in self._phrases.labels_in(doc).items():
            for start, end in spans:
                yield label, start, end
        if len(self._matcher):
            strings = doc.vocab.strings
            for match_id, start, end in self._matcher(doc):
                yield strings[match_id], start, end

    def _regex_labels(self, text: str) -> set[str]:
        return {lab for lab, rx in self._regex.items() if rx.search(text)}

    def fire(self, rule: Rule, facts: _SentenceFacts, context: _SentenceFacts) -> bool:
        """Return whether a rule fires on a sentence given its section's facts."""
        if not self._required[rule.id] <= facts.labels:
            return False
        if rule.negation and term_label(NEGATION_TERMS) in facts.labels:
            return False
        if not self.evaluate(rule.match, facts):
            return False
        return rule.context is None or self.evaluate(rule.context, context)

    def evaluate(self, node: Node, facts: _SentenceFacts) -> bool:
        """Return the truth of a condition tree over a sentence's (or section's) facts."""
        if node.all is not None:
            return all(self.evaluate(n, facts) for n in node.all)
        if node.any is not None:
            return any(self.evaluate(n, facts) for n in node.any)
        if node.not_ is not None:
            return not self.evaluate(node.not_, facts)
        return self.label_of(node) in facts.labels


def _rules_by_trigger(rules: list[Rule], required: dict[str, set[str]]) -> dict[str, list[int]]:
    """Index each rule (by position) under one of its required labels ("" when it has none)."""
    out: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        labels = sorted(required[rule.id])
        out.setdefault(labels[0] if labels else "", []).append(i)
    return out


def term_label(name: str) -> str:
    """Return the label of a named term list."""
    return f"T:{name}"


def required_labels(node: Node, leaf_labels: dict[int, str]) -> set[str]:
    """Return labels that must all be present for the node to hold (a cheap pre-filter)."""
    if node.all is not None:
        return set().union(*(required_labels(n, leaf_labels) for n in node.all))
    if node.terms is not None:
        return {term_label(node.terms)}
    if node.phrases is not None or node.pattern is not None:
        return {leaf_labels[id(node)]}
    return set()


class RuleMatcher:
    """Matches a rule set against documents' sentences, per language."""

    def __init__(
        self, ruleset: RuleSet, provider: NlpProvider, families: tuple[str, ...] | None = None
    ) -> None:
        self._ruleset = ruleset
        self._provider = provider
        self._families = families
        self._by_lang: dict[str, LanguageMatcher] = {}

    def for_language(self, lang: str) -> LanguageMatcher | None:
        """Return the compiled matcher of a language, or None when no pack covers it."""
        if lang not in self._by_lang:
            packs = self._ruleset.packs_for(lang, self._families)
            if not packs:
                return None
            rules = [r for p in packs for r in p.rules]
            terms = self._ruleset.terms_for(lang)
            self._by_lang[lang] = LanguageMatcher(self._provider, lang, rules, terms)
        return self._by_lang[lang]

    def sentences_to_hits(
        self, sentences: Sequence[Sentence], fallback_lang: str = "en"
    ) -> list[RuleHit]:
        """Return every rule hit in the sentences, in sentence order."""
        hits: list[RuleHit] = []
        by_lang: dict[str, list[Sentence]] = {}
        for s in sentences:
            by_lang.setdefault(s.language or fallback_lang, []).append(s)
        for lang, group in by_lang.items():
            lm = self.for_language(lang)
            if lm is not None:
                hits.extend(_group_hits(lm, group))
        return sorted(hits, key=lambda h: (h.sentence.index, h.rule_id))


def _group_hits(lm: LanguageMatcher, sentences: list[Sentence]) -> list[RuleHit]:
    facts = lm.sentence_facts(sentences)
    contexts = _contexts(sentences, facts)
    hits = []
    for i, (s, f) in enumerate(zip(sentences, facts, strict=True)):
        if not f.labels:
            continue
        for rule in lm.candidate_rules(f.labels):
            if lm.fire(rule, f, contexts[i]):
                hits.append(RuleHit(rule.id, rule.name, rule.element, s))
    return hits


def _contexts(sentences: list[Sentence], facts: list[_SentenceFacts]) -> list[_SentenceFacts]:
    """Return, per sentence, the facts of its neighbours in the same section.

    The whole section counts when it is small (a clause article); in a long section, or a
    document without article numbers, only the sentences around it count. A sentence that
    refers to another article ("obligations equivalent to Article 9") also sees that article.
    """
    by_section: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for s, f in zip(sentences, facts, strict=True):
        by_section.setdefault(s.section, set()).update(f.labels)
        sizes[s.section] = sizes.get(s.section, 0) + 1
    out = []
    for i, s in enumerate(sentences):
        small = sizes[s.section] <= SMALL_SECTION and not s.section.startswith("b:")
        labels = set(by_section[s.section]) if small else set()
        lo, hi = max(0, i - CONTEXT_WINDOW), min(len(facts), i + CONTEXT_WINDOW + 1)
        for j in range(lo, hi):
            if sentences[j].section == s.section or sentences[j].block == s.block:
                labels |= facts[j].labels
        for key in referenced_sections(s.text) - {s.section}:
            labels |= by_section.get(key, set())
        out.append(_SentenceFacts(labels, " ".join(x.text for x in facts[lo:hi])))
    return out
