"""Provisions reserved, through a defined term, to contracts of a value this one does not reach.

A model puts its threshold in a definition ('1.3 "Opdracht met verhoogde sociale
verplichtingen": een opdracht waarvan de geraamde waarde ten minste 250.000 euro bedraagt')
and its enhanced duties under that term ("13.4 Bij een opdracht met verhoogde sociale
verplichtingen vult de dienstverlener een zelfevaluatievragenlijst in"). When the document
states this contract's value and it is below the minimum, the sentences under the term's
condition are not in force, and the definition only names them (it keeps its applicability,
like a threshold sentence in checker/in_force.py). A revision that raises the threshold
above the contract's value thus takes the questionnaire and the action plan out. Only a
quoted term with a minimum in a currency counts; the words are language data
(rules/language/in_force.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from checker.contract_value import amount_value, stated_value, value_patterns
from checker.in_force_words import words
from checker.sentences import Sentence
from checker.yamlio import word_alternation

_QUOTED = r"[\"“”„«‘’']\s*(?P<term>[^\"“”„«»‘’]{3,80}?)\s*[\"”“»’']"


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    cues = word_alternation(words().definition_cues)
    return re.compile(rf"^\s*(?:[\w.]{{1,8}}\s+)?{_QUOTED}\s*,?\s*(?:{cues})", re.I)


@lru_cache(maxsize=256)
def _condition(term: str) -> re.Pattern[str]:
    w = words()
    prefix = word_alternation(w.condition_words)
    article = word_alternation(w.articles)
    return re.compile(rf"(?<!\w)(?:{prefix})\s*(?:(?:{article})\s*)?{re.escape(term)}(?!\w)", re.I)


def under_unmet_definitions(sentences: Sequence[Sentence]) -> tuple[set[int], set[int]]:
    """Return the sentences under the condition of a defined term whose minimum value this
    contract does not reach, and the definitions of such terms."""
    values = value_patterns()
    minimum: dict[str, tuple[int, float]] = {}
    for k, s in enumerate(sentences):
        m = _definition().match(s.text)
        if m is None or not values.at_least.search(s.text, m.end()):
            continue
        value = values.amount.search(s.text, m.end())
        if value:
            minimum[m.group("term").lower()] = (k, amount_value(value))
    if not minimum:
        return set(), set()
    stated = stated_value(sentences, {k for k, _ in minimum.values()})
    if stated is None:
        return set(), set()
    unmet = {term: k for term, (k, least) in minimum.items() if stated < least}
    conditioned = [
        k
        for k, s in enumerate(sentences)
        if k not in unmet.values() and any(_condition(t).search(s.text) for t in unmet)
    ]
    # a condition that opens its paragraph governs the whole paragraph ("13.4 Bij een ...
    # vult de dienstverlener ... in. De aanbestedende overheid kan bijkomende inlichtingen
    # opvragen ...")
    opening = {sentences[k].block for k in conditioned if _opens_block(sentences, k)}
    gone = set(conditioned) | {k for k, s in enumerate(sentences) if s.block in opening}
    return gone, set(unmet.values()) if gone else set()


def _opens_block(sentences: Sequence[Sentence], k: int) -> bool:
    return k == 0 or sentences[k - 1].block != sentences[k].block
