"""Amounts in a currency, minimums, and the value a document states for this contract.

Shared by the provisions reserved to contracts of a value (checker/in_force.py: "6.3 to 6.5
apply only to contracts of EUR 140,000 or more") and by thresholds carried by a defined term
(checker/defined_thresholds.py). The words are those of rules/language/in_force.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from checker.in_force_words import words
from checker.sentences import Sentence
from checker.yamlio import word_alternation

_AMOUNT = r"\d{1,3}(?:[ .,'’ ]\d{3})+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?"


@dataclass(frozen=True)
class ValuePatterns:
    """A minimum ("or more", "ten minste"), an amount in a currency ("EUR 250,000",
    "250.000 euro"), and the label of this contract's value ("order value")."""

    at_least: re.Pattern[str]
    amount: re.Pattern[str]
    value_label: re.Pattern[str]


@lru_cache(maxsize=1)
def value_patterns() -> ValuePatterns:
    """Return the value patterns, compiled once from the language data."""
    w = words()
    currency = word_alternation(w.currencies)
    return ValuePatterns(
        at_least=re.compile(rf"\b(?:{word_alternation(w.at_least)})", re.I),
        amount=re.compile(
            rf"(?:(?:{currency})\s*(?P<a>{_AMOUNT})|(?P<b>{_AMOUNT})\s*(?:{currency}))(?!\w)", re.I
        ),
        value_label=re.compile(rf"\b(?:{word_alternation(w.value_labels)})\b", re.I),
    )


def stated_value(sentences: Sequence[Sentence], skip: set[int]) -> float | None:
    """Return the value the document states for this contract, or None (or two values)."""
    patterns = value_patterns()
    values: set[float] = set()
    for k, s in enumerate(sentences):
        if k in skip:
            continue
        for label in patterns.value_label.finditer(s.text):
            amount = patterns.amount.search(s.text, label.end(), label.end() + 60)
            if amount:
                values.add(amount_value(amount))
    return values.pop() if len(values) == 1 else None


def amount_value(m: re.Match[str]) -> float:
    """Return the amount of a match: "38,500", "68.500", "1 000 000,00"."""
    raw = m.group("a") or m.group("b")
    cents = re.search(r"[.,](\d{2})$", raw)
    if cents and re.search(r"[ .,'’ ]\d{3}[.,]\d{2}$|^\d+[.,]\d{2}$", raw):
        raw = raw[: cents.start()]
    return float(re.sub(r"\D", "", raw) or 0)
