"""Compile one language's rules and find, per sentence, which of their leaves match.

Every leaf of every rule is compiled once: term lists and inline phrases into one
`PhraseIndex`, token patterns into one spaCy `Matcher`, regexes compiled. A sentence is
tokenized once, its leaf labels found once, and each rule's condition tree is evaluated on
that label set. A rule whose required labels are absent is skipped without evaluation.
Sentences also inherit labels from their heading, from the defined terms they use and from
the annexes they refer to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.definitions import (
    definitions,
    numbered_points,
    point_refs,
    term_pattern,
    term_variants,
)
from checker.nlp import NlpProvider
from checker.phrases import PhraseIndex
from checker.readers.structure import LIST_START
from checker.rulepack.models import InheritedTerms, Node, Rule
from checker.sentences import Sentence, is_loose
from checker.xref import annex_section, opened_annex, referenced_sections

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHUNK_SENTENCES = 500  # sentences tokenized as one doc
MAX_LIST_ITEMS = 15  # items of one list that inherit from its lead-in
ANNEX_OPENING_SENTENCES = 4  # the heading and first sentences of an annex, which say what it lists
NEGATION_TERMS = "negation"
MASK_PREFIX = "M:"


@dataclass
class SentenceFacts:
    """The labels found in one sentence; regex labels are looked for when a rule asks."""

    labels: set[str]
    text: str
    checked: set[str] = field(default_factory=set)  # regex labels already looked for


@dataclass(frozen=True)
class FactsUnion:
    """The facts of several sentences judged together (the veto of a context's `not`)."""

    members: tuple[SentenceFacts, ...]


Facts = SentenceFacts | FactsUnion


class LanguageMatcher:
    """All rules of one language, compiled."""

    def __init__(
        self,
        provider: NlpProvider,
        lang: str,
        rules: Sequence[Rule],
        terms: dict[str, tuple[str, ...]],
        masks: dict[str, tuple[str, ...]] | None = None,
        inherited: InheritedTerms | None = None,
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
        inherited = inherited or InheritedTerms()
        self._inherited = {term_label(name) for name in inherited.heading}
        self._defined = {term_label(name) for name in inherited.definition}
        self._defined_head = {term_label(name) for name in inherited.definition_head}
        self._annexed = {term_label(name) for name in inherited.annex}
        self._pointed = {term_label(name) for name in inherited.point}
        self._led = {term_label(name) for name in inherited.lead_in}
        self.answer_labels = frozenset(term_label(name) for name in inherited.answer)
        self.missing_labels = frozenset(term_label(name) for name in inherited.missing)
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

    def sentence_facts(self, sentences: Sequence[Sentence]) -> list[SentenceFacts]:
        """Return the labels found in each sentence.

        Sentences are tokenized together, up to CHUNK_SENTENCES at a time joined by spaces:
        spaCy splits on white space first, so each sentence gets the tokens it would get
        alone, and a phrase found across two sentences is dropped. One doc per chunk instead
        of one per sentence saves most of the per-doc cost. A text that occurs several times
        (boilerplate repeated per lot or per page) is tokenized once.
        """
        unique = list(dict.fromkeys(s.text for s in sentences))
        found: list[SentenceFacts] = []
        for i in range(0, len(unique), CHUNK_SENTENCES):
            found.extend(self._chunk_facts(unique[i : i + CHUNK_SENTENCES]))
        by_text = {f.text: f.labels for f in found}
        out = [SentenceFacts(set(by_text[s.text]), s.text) for s in sentences]
        if self._inherited:
            self._inherit_from_headings(sentences, out)
        if self._defined or self._defined_head:
            self._inherit_from_definitions(sentences, out)
        if self._annexed:
            self._inherit_from_annexes(sentences, out)
        if self._pointed:
            self._inherit_from_points(sentences, out)
        if self._led:
            self._inherit_from_lead_ins(sentences, out)
        return out

    def _inherit_from_lead_ins(
        self, sentences: Sequence[Sentence], facts: list[SentenceFacts]
    ) -> None:
        """Add to each item of a list ("1° ...", "a) ...", "- ...") the inherited term lists
        of the sentence that opens the list with a colon, in the same section; a sentence
        that is neither an item nor a lead-in ends the list. A lead-in that is a paragraph of
        its own ("Quand on engage quelqu'un :") passes them to the paragraph after it too."""
        lead: int | None = None
        block: int | None = None  # the paragraph a lead-in of its own opens
        paragraph = False  # that paragraph followed the lead-in, not a list
        items = 0
        for k, s in enumerate(sentences):
            item = LIST_START.match(s.text.lstrip()) is not None
            if (
                lead is not None
                and items < MAX_LIST_ITEMS
                and (s.block == block or (item and not paragraph))
                and _same_section(sentences[lead].section, s.section)
            ):
                facts[k].labels |= facts[lead].labels & self._led
                paragraph = paragraph or (items == 0 and not item)  # a paragraph, not a list
                items += 1
                continue
            lead, block, items, paragraph = None, None, 0, False
            if s.text.rstrip().endswith(":"):
                lead = k
                after = sentences[k + 1] if k + 1 < len(sentences) else None
                if after is not None and after.block != s.block:
                    block = after.block

    def _inherit_from_points(
        self, sentences: Sequence[Sentence], facts: list[SentenceFacts]
    ) -> None:
        """Add to each sentence that names points of a numbered definitions list ("the
        persons listed in 1° to 3° of Article 1"), or uses a term defined there ("4°
        gebonden ondernemingen: de personen vermeld in 1° tot 3°"), the inherited term lists
        of those points' terms and first words."""
        if not any("°" in s.text for s in sentences):
            return
        points = numbered_points([s.text for s in sentences])
        if not points:
            return
        heads = self._chunk_facts([p.head for p in points.values()])
        own = {n: h.labels & self._pointed for n, h in zip(points, heads, strict=True)}
        given = {n: own[n].union(*(own.get(m, set()) for m in p.refs)) for n, p in points.items()}
        by_term = {p.term: given[n] for n, p in points.items() if given[n]}
        pattern = term_pattern(list(by_term))
        for s, f in zip(sentences, facts, strict=True):
            for n in point_refs(s.text):
                f.labels |= given.get(n, set())
            for m in pattern.finditer(s.text) if pattern else ():
                f.labels |= _term_labels(by_term, m.group(0))

    def _inherit_from_definitions(
        self, sentences: Sequence[Sentence], facts: list[SentenceFacts]
    ) -> None:
        """Add to each sentence the inherited term lists of the defined terms it uses: those
        the definition has anywhere, and those its first words have."""
        found = definitions([s.text for s in sentences])
        given = {t: facts[d.index].labels & self._defined for t, d in found.items()}
        if self._defined_head and found:
            heads = self._chunk_facts([d.head for d in found.values()])
            for t, head in zip(found, heads, strict=True):
                given[t] |= head.labels & self._defined_head
        given = {t: labels for t, labels in given.items() if labels}
        for t, labels in list(given.items()):
            for form in term_variants(t):
                given.setdefault(form, labels)
        pattern = term_pattern(list(given))
        if pattern is None:
            return
        for s, f in zip(sentences, facts, strict=True):
            for m in pattern.finditer(s.text):
                f.labels |= _term_labels(given, m.group(0))

    def _inherit_from_annexes(
        self, sentences: Sequence[Sentence], facts: list[SentenceFacts]
    ) -> None:
        """Add to each sentence that refers to an annex ("any characteristic listed in
        Attachment F") the inherited term lists of the annex's opening sentences."""
        given: dict[str, set[str]] = {}
        seen: dict[str, int] = {}
        for s, f in zip(sentences, facts, strict=True):
            key = opened_annex(s.text) or annex_section(s.section)
            if not key or seen.get(key, 0) >= ANNEX_OPENING_SENTENCES:
                continue
            seen[key] = seen.get(key, 0) + 1
            if f.labels & self._annexed:
                given.setdefault(key, set()).update(f.labels & self._annexed)
        if not given:
            return
        for s, f in zip(sentences, facts, strict=True):
            for key in referenced_sections(s.text) & given.keys():
                f.labels |= given[key]

    def _inherit_from_headings(
        self, sentences: Sequence[Sentence], facts: list[SentenceFacts]
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

    def _chunk_facts(self, texts: list[str]) -> list[SentenceFacts]:
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
        return [SentenceFacts(found, text) for found, text in zip(labels, texts, strict=True)]

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

    def fire_alone(self, rule: Rule, facts: SentenceFacts) -> bool:
        """Return whether a rule's own condition holds on a sentence (context not checked)."""
        if not self._required[rule.id] <= facts.labels:
            return False
        if rule.negation and term_label(NEGATION_TERMS) in facts.labels:
            return False
        return self.evaluate(rule.match, facts)

    def fire(self, rule: Rule, facts: SentenceFacts, context: Sequence[SentenceFacts]) -> bool:
        """Return whether a rule fires on a sentence given its neighbours' facts.

        The positive part of the context condition must hold within one sentence of the
        context (the sentence itself included): words scattered over a section ("refus" in one
        sentence, "langue" in another) do not make it a non-discrimination clause. A `not`
        in the context vetoes when it holds anywhere in the context ("nothing in this passage
        is about social dumping").
        """
        return self.fire_alone(rule, facts) and self.context_holds(rule, context)

    def context_holds(self, rule: Rule, context: Sequence[SentenceFacts]) -> bool:
        """Return whether a rule's context condition holds in its context (see `fire`)."""
        if rule.context is None:
            return True
        union = FactsUnion(tuple(context))
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
        if isinstance(facts, FactsUnion):
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


def _same_section(lead: str, item: str) -> bool:
    """Return whether a list item sits in its lead-in's section: the same article or annex,
    or, in a text without any ("When we hire: - ... - ..."), the blocks that follow it."""
    return lead == item or (is_loose(lead) and is_loose(item))


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


def _term_labels(given: dict[str, set[str]], word: str) -> set[str]:
    """Return the labels of a defined term as used: "Personnel", or with the plural ending
    the term pattern allows ("onderaannemers", "Intervenants")."""
    return given.get(word) or given.get(word[:-1]) or given.get(word[:-2]) or set()
