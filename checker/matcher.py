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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.definitions import defined_terms, term_pattern
from checker.nlp import NlpProvider
from checker.phrases import PhraseIndex
from checker.regions import Regions
from checker.rulepack.loader import RuleSet
from checker.rulepack.models import Node, Rule
from checker.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHUNK_SENTENCES = 500  # sentences tokenized as one doc
NEGATION_TERMS = "negation"
MASK_PREFIX = "M:"


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired on a sentence."""

    rule_id: str
    rule_name: str
    element: str
    sentence: Sentence
    chained: bool = False  # anchored only through other supporting evidence, not the anchor


@dataclass
class _SentenceFacts:
    """The labels found in one sentence; regex labels are looked for when a rule asks."""

    labels: set[str]
    text: str
    checked: set[str] = field(default_factory=set)  # regex labels already looked for


@dataclass(frozen=True)
class _Union:
    """The facts of several sentences judged together (the veto of a context's `not`)."""

    members: tuple[_SentenceFacts, ...]


Facts = _SentenceFacts | _Union


class LanguageMatcher:
    """All rules of one language, compiled."""

    def __init__(
        self,
        provider: NlpProvider,
        lang: str,
        rules: Sequence[Rule],
        terms: dict[str, tuple[str, ...]],
        masks: dict[str, tuple[str, ...]] | None = None,
        heading_terms: frozenset[str] = frozenset(),
        definition_terms: frozenset[str] = frozenset(),
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
        self._masks = {term_label(name): mask_label(name) for name in masks or {}}
        self._inherited = {term_label(name) for name in heading_terms}
        self._defined = {term_label(name) for name in definition_terms}
        for name, phrases in (masks or {}).items():
            self._phrases.add(mask_label(name), phrases)
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
        """Return the label a leaf's matches are known by (one string per leaf, kept)."""
        label = self._labels.get(id(leaf))
        if label is None:
            label = term_label(leaf.terms) if leaf.terms is not None else f"L{id(leaf)}"
            self._labels[id(leaf)] = label
        return label

    def sentence_facts(self, sentences: Sequence[Sentence]) -> list[_SentenceFacts]:
        """Return the labels found in each sentence.

        Sentences are tokenized together, up to CHUNK_SENTENCES at a time joined by spaces:
        spaCy splits on white space first, so each sentence gets the tokens it would get
        alone, and a phrase found across two sentences is dropped. One doc per chunk instead
        of one per sentence saves most of the per-doc cost. A text that occurs several times
        (boilerplate repeated per lot or per page) is tokenized once.
        """
        unique = list(dict.fromkeys(s.text for s in sentences))
        found: list[_SentenceFacts] = []
        for i in range(0, len(unique), CHUNK_SENTENCES):
            found.extend(self._chunk_facts(unique[i : i + CHUNK_SENTENCES]))
        by_text = {f.text: f.labels for f in found}
        out = [_SentenceFacts(set(by_text[s.text]), s.text) for s in sentences]
        if self._inherited:
            self._inherit_from_headings(sentences, out)
        if self._defined:
            self._inherit_from_definitions(sentences, out)
        return out

    def _inherit_from_definitions(
        self, sentences: Sequence[Sentence], facts: list[_SentenceFacts]
    ) -> None:
        """Add to each sentence the inherited term lists of the defined terms it uses."""
        terms = defined_terms([s.text for s in sentences])
        given = {t: facts[i].labels & self._defined for t, i in terms.items()}
        given = {t: labels for t, labels in given.items() if labels}
        pattern = term_pattern(list(given))
        if pattern is None:
            return
        for s, f in zip(sentences, facts, strict=True):
            for m in pattern.finditer(s.text):
                word = m.group(0)
                labels = given.get(word) or given.get(word[:-1]) or given.get(word[:-2])
                if labels:
                    f.labels |= labels

    def _inherit_from_headings(
        self, sentences: Sequence[Sentence], facts: list[_SentenceFacts]
    ) -> None:
        """Add to each sentence the inherited term lists its heading has."""
        headings = sorted({s.heading for s in sentences if s.heading})
        if not headings:
            return
        labels = {
            h: f.labels & self._inherited
            for h, f in zip(headings, self._chunk_facts(headings), strict=True)
        }
        for s, f in zip(sentences, facts, strict=True):
            if s.heading and labels[s.heading]:
                f.labels |= labels[s.heading]

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
        for label, start, end in self._unmasked(list(self._matches(doc))):
            k = bisect_right(firsts, start) - 1
            if end <= firsts[k + 1]:  # inside one sentence
                labels[k].add(label)
        return [_SentenceFacts(found, text) for found, text in zip(labels, texts, strict=True)]

    def _matches(self, doc: Doc) -> Iterator[tuple[str, int, int]]:
        """Yield (label, start token, end token) of every phrase and token-pattern match."""
        for label, spans in self._phrases.labels_in(doc).items():
            for start, end in spans:
                yield label, start, end
        if len(self._matcher):
            strings = doc.vocab.strings
            for match_id, start, end in self._matcher(doc):
                yield strings[match_id], start, end

    def _unmasked(self, matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Drop matches that lie inside a match of their term's mask, and the masks' own."""
        if not self._masks:
            return matches
        masks: dict[str, list[tuple[int, int]]] = {}
        for label, start, end in matches:
            if label.startswith(MASK_PREFIX):
                masks.setdefault(label, []).append((start, end))
        return [
            (label, start, end)
            for label, start, end in matches
            if not label.startswith(MASK_PREFIX)
            and not any(
                ms <= start and end <= me for ms, me in masks.get(self._masks.get(label, ""), ())
            )
        ]

    def fire_alone(self, rule: Rule, facts: _SentenceFacts) -> bool:
        """Return whether a rule's own condition holds on a sentence (context not checked)."""
        if not self._required[rule.id] <= facts.labels:
            return False
        if rule.negation and term_label(NEGATION_TERMS) in facts.labels:
            return False
        return self.evaluate(rule.match, facts)

    def fire(self, rule: Rule, facts: _SentenceFacts, context: Sequence[_SentenceFacts]) -> bool:
        """Return whether a rule fires on a sentence given its neighbours' facts.

        The positive part of the context condition must hold within one sentence of the
        context (the sentence itself included): words scattered over a section ("refus" in one
        sentence, "langue" in another) do not make it a non-discrimination clause. A `not`
        in the context vetoes when it holds anywhere in the context ("nothing in this passage
        is about social dumping").
        """
        return self.fire_alone(rule, facts) and self.context_holds(rule, context)

    def context_holds(self, rule: Rule, context: Sequence[_SentenceFacts]) -> bool:
        """Return whether a rule's context condition holds in its context (see `fire`)."""
        if rule.context is None:
            return True
        union = _Union(tuple(context))
        return any(self.evaluate(rule.context, f, veto=union) for f in context)

    def evaluate(self, node: Node, facts: Facts, veto: Facts | None = None) -> bool:
        """Return the truth of a condition tree over a sentence's facts.

        With `veto`, a `not` node is judged on those facts instead (a whole context).
        """
        if node.all is not None:
            return all(self.evaluate(n, facts, veto) for n in node.all)
        if node.any is not None:
            return any(self.evaluate(n, facts, veto) for n in node.any)
        if node.not_ is not None:
            return not self.evaluate(node.not_, veto or facts)
        return self._leaf(node, facts)

    def _leaf(self, node: Node, facts: Facts) -> bool:
        """Return whether a leaf holds; a regex is searched the first time it is asked."""
        if isinstance(facts, _Union):
            return any(self._leaf(node, member) for member in facts.members)
        label = self.label_of(node)
        if node.regex is not None and label not in facts.checked:
            facts.checked.add(label)
            if self._regex[label].search(facts.text):
                facts.labels.add(label)
        return label in facts.labels

    @property
    def has_unconditional_rules(self) -> bool:
        """Return whether some rule has no required label (it must see every sentence)."""
        return bool(self._triggered.get(""))


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


def mask_label(name: str) -> str:
    """Return the label of the mask of a named term list."""
    return f"{MASK_PREFIX}{name}"


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
            masks = self._ruleset.masks_for(lang)
            inherited = self._ruleset.heading_terms_for(lang)
            defined = self._ruleset.definition_terms_for(lang)
            self._by_lang[lang] = LanguageMatcher(
                self._provider, lang, rules, terms, masks, inherited, defined
            )
        return self._by_lang[lang]

    def sentences_to_hits(
        self,
        sentences: Sequence[Sentence],
        fallback_lang: str = "en",
        assume_found: frozenset[str] = frozenset(),
    ) -> list[RuleHit]:
        """Return every rule hit in the sentences, in sentence order.

        `assume_found` names elements to treat as found elsewhere in the document (a rule's
        own examples are single sentences: "does this count in a document with a commitment?").
        """
        hits: list[RuleHit] = []
        by_lang: dict[str, list[Sentence]] = {}
        for s in sentences:
            by_lang.setdefault(s.language or fallback_lang, []).append(s)
        for lang, group in by_lang.items():
            lm = self.for_language(lang)
            if lm is not None:
                hits.extend(_group_hits(lm, group, assume_found))
        return sorted(hits, key=lambda h: (h.sentence.index, h.rule_id))


def _group_hits(
    lm: LanguageMatcher, sentences: list[Sentence], assume_found: frozenset[str] = frozenset()
) -> list[RuleHit]:
    """Return the hits of one language's sentences: plain rules first, then anchored ones."""
    facts = lm.sentence_facts(sentences)
    regions = Regions(sentences)
    hits: list[RuleHit] = []
    found: list[set[str]] = [set() for _ in sentences]  # elements evidenced per sentence
    pending: list[tuple[int, Rule]] = []
    every = lm.has_unconditional_rules
    # a rule's own condition depends only on the sentence text and its heading: boilerplate
    # repeated per lot or per page is judged once
    alone: dict[tuple[str, str, str | None], bool] = {}
    for i, f in enumerate(facts):
        if not f.labels and not every:
            continue
        context: list[_SentenceFacts] | None = None
        s = sentences[i]
        for rule in lm.candidate_rules(f.labels):
            key = (rule.id, s.text, s.heading)
            holds = alone.get(key)
            if holds is None:
                holds = alone[key] = lm.fire_alone(rule, f)
            if not holds:
                continue
            if rule.anchor is not None:
                pending.append((i, rule))
                continue
            if rule.context is not None and context is None:
                context = [facts[j] for j in regions[i]]
            if lm.context_holds(rule, context or []):
                hits.append(RuleHit(rule.id, rule.name, rule.element, sentences[i]))
                found[i].add(rule.element)
    for chained, i, rule in _anchored(lm, pending, facts, regions, found, assume_found):
        hits.append(RuleHit(rule.id, rule.name, rule.element, sentences[i], chained))
    return hits


def _anchored(
    lm: LanguageMatcher,
    pending: list[tuple[int, Rule]],
    facts: list[_SentenceFacts],
    regions: Regions,
    found: list[set[str]],
    assume_found: frozenset[str] = frozenset(),
) -> list[tuple[bool, int, Rule]]:
    """Return the anchored candidates that fire, in a chain that starts at their anchors,
    each with whether it was anchored only through the chain.

    A candidate fires when its anchor element was found in its context, or when its context
    condition holds in the sentence itself (a `not` in it vetoing over the whole context, as
    in `fire`) and the anchor was found anywhere in the document.
    A sentence where an anchored rule fired anchors the other rules of the same anchor near
    it ("Should the contractor refuse to draw up the plan, the buyer may terminate" follows
    the action plan, which follows the commitment), unless only table rows anchored it: the
    lead-in of a penalty table ("the following penalties apply:"), anchored by the row about
    the clause, would otherwise anchor the late-delivery rows beside it.
    """
    anchors: dict[str, set[int]] = {}
    for j, elements in enumerate(found):
        for element in elements:
            anchors.setdefault(element, set()).add(j)
    direct = {element: frozenset(js) for element, js in anchors.items()}
    fired: list[tuple[bool, int, Rule]] = []
    waiting = dict(enumerate(pending))
    names: dict[int, bool] = {}  # whether a candidate names the clause: fixed, judged once

    def named(key: int, i: int, rule: Rule) -> bool:
        if key not in names:
            names[key] = _names_the_clause(lm, rule, i, facts, regions)
        return names[key]

    changed = True
    while changed and waiting:
        changed = False
        for key, (i, rule) in list(waiting.items()):
            near = anchors.setdefault(str(rule.anchor), set())
            if not near and rule.anchor not in assume_found:
                continue
            if near.isdisjoint(regions.anchoring(i)) and not named(key, i, rule):
                continue
            chained = direct.get(str(rule.anchor), frozenset()).isdisjoint(regions.anchoring(i))
            fired.append((chained and not named(key, i, rule), i, rule))
            del waiting[key]
            if not regions.held_by_rows(near, i) or named(key, i, rule):
                near.add(i)  # a table's lead-in held only by one row does not hold the others
            changed = True
    return sorted(fired, key=lambda x: x[1])


def _names_the_clause(
    lm: LanguageMatcher, rule: Rule, i: int, facts: list[_SentenceFacts], regions: Regions
) -> bool:
    """Return whether a rule's context condition holds in sentence i itself."""
    if rule.context is None:
        return False
    veto = _Union(tuple(facts[j] for j in regions[i]))
    return lm.evaluate(rule.context, facts[i], veto=veto)
