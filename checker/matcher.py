"""Match rule packs against a document's sentences: which rules fire where, with the quoted
sentence.

Per language, `LanguageMatcher` finds each sentence's labels and judges a rule's condition;
here, the rules of a whole document fire: plain rules on their sentence and its context, then
anchored rules in a chain that starts at their anchors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checker.amendments import deleted_sentences
from checker.answers import answered_no, denied_titles
from checker.in_force import not_in_force
from checker.language_matcher import (
    FactsUnion,
    LanguageMatcher,
    SentenceFacts,
)
from checker.nlp import NlpProvider
from checker.old_text import quoted_old_text
from checker.regions import Regions
from checker.rulepack.loader import RuleSet
from checker.rulepack.models import Rule
from checker.sentences import Sentence


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired on a sentence."""

    rule_id: str
    rule_name: str
    element: str
    sentence: Sentence
    chained: bool = False  # anchored only through other supporting evidence, not the anchor


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
            inherited = self._ruleset.inherited_terms_for(lang)
            self._by_lang[lang] = LanguageMatcher(
                self._provider, lang, rules, terms, masks, inherited
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
        gone = deleted_sentences(sentences)  # points an erratum later in the text deletes
        gone |= quoted_old_text(sentences)  # an amendment's quote of the text it changes
        off = not_in_force(sentences)  # options unticked, points disapplied for this contract
        gone |= off.gone
        kept = [s for k, s in enumerate(sentences) if k not in gone]
        facts: list[SentenceFacts] = [SentenceFacts(set(), s.text) for s in kept]
        by_lang: dict[str, list[int]] = {}
        for k, s in enumerate(kept):
            by_lang.setdefault(s.language or fallback_lang, []).append(k)
        matchers: list[LanguageMatcher | None] = [None] * len(kept)
        for lang, members in by_lang.items():
            lm = self.for_language(lang)
            if lm is None:
                continue
            group = lm.sentence_facts([kept[k] for k in members])
            for k, f in zip(members, group, strict=True):
                facts[k], matchers[k] = f, lm
        denied = answered_no(kept)  # "Do you select on origin? No."
        # "7. Grievances" over "We do not yet have a grievance procedure."
        missing = {
            k
            for k, (f, m) in enumerate(zip(facts, matchers, strict=True))
            if m and f.labels & m.missing_labels
        }
        denied |= denied_titles(kept, missing)
        for k in denied:
            lm = matchers[k]
            if lm is not None:
                facts[k].labels |= lm.answer_labels
        hits = _document_hits(kept, matchers, facts, denied, assume_found)
        if off.limits:  # the threshold keeps its applicability, a waived point its duty
            position = {s.index: k for k, s in enumerate(sentences)}
            hits = [h for h in hits if off.keeps(position[h.sentence.index], h.element)]
        return sorted(hits, key=lambda h: (h.sentence.index, h.rule_id))


def _document_hits(
    sentences: list[Sentence],
    matchers: list[LanguageMatcher | None],
    facts: list[SentenceFacts],
    denied: set[int],
    assume_found: frozenset[str] = frozenset(),
) -> list[RuleHit]:
    """Return the hits of a document's sentences: plain rules first, then anchored ones.

    Each sentence is judged by the rules of its own language; its context is the document's
    sentences around it whatever their language, so the Dutch paragraph of a bilingual clause
    backs the French one beside it (term lists share their names across languages).
    """
    regions = Regions(sentences)
    hits: list[RuleHit] = []
    found: list[set[str]] = [set() for _ in sentences]  # elements evidenced per sentence
    pending: list[tuple[int, Rule]] = []
    # a rule's own condition depends only on the sentence text, its heading and whether an
    # answer denies it: boilerplate repeated per lot or per page is judged once
    alone: dict[tuple[str, str, str | None, bool], bool] = {}
    for i, f in enumerate(facts):
        lm = matchers[i]
        if lm is None or (not f.labels and not lm.has_unconditional_rules):
            continue
        context: list[SentenceFacts] | None = None
        s = sentences[i]
        for rule in lm.candidate_rules(f.labels):
            key = (rule.id, s.text, s.heading, i in denied)
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
    for chained, i, rule in _anchored(matchers, pending, facts, regions, found, assume_found):
        hits.append(RuleHit(rule.id, rule.name, rule.element, sentences[i], chained))
    return hits


def _anchored(
    matchers: list[LanguageMatcher | None],
    pending: list[tuple[int, Rule]],
    facts: list[SentenceFacts],
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
            lm = matchers[i]
            names[key] = lm is not None and _names_the_clause(lm, rule, i, facts, regions)
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
    lm: LanguageMatcher, rule: Rule, i: int, facts: list[SentenceFacts], regions: Regions
) -> bool:
    """Return whether a rule's context condition holds in sentence i itself."""
    if rule.context is None:
        return False
    veto = FactsUnion(tuple(facts[j] for j in regions[i]))
    return lm.evaluate(rule.context, facts[i], veto=veto)
