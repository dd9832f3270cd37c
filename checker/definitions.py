"""Defined terms: '"Personnel" means ... including the staff of its subcontractors'.

Contracts define a word once and use it everywhere after. A sentence that uses a defined term
also carries what the definition says of it, for the term lists a rule pack names in
`definition_terms` ("the Contractor shall ensure equal treatment of all Personnel" reaches the
subcontractors' staff through the definition of "Personnel"), and for those it names in
`definition_head_terms` what the definition's first words say ('"the Holder" means the
tenderer to whom ...' makes the Holder a party; '"Contract" means the agreement with the
Contractor' does not make the Contract one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from checker.yamlio import word_alternation

_OPEN = "\"“„'‘«"
_CLOSE = "\"”'’»"
# '"Personnel" means', '« Personnel » désigne', '„Personeel": ...', '"Staff" shall include'
_QUOTED = re.compile(
    rf"[{_OPEN}]\s*(?P<term>[^\W\d_][\w\-’' ]{{1,48}}?)\s*[{_CLOSE}]\s*"
    r"(?:\([^)]{0,60}\)\s*)?,?\s*"
    r"(?:means|shall mean|mean|includes|shall include|include|refers to|has the meaning"
    r"|désignent|désigne|signifie|s['’]entend|vise|comprend"
    r"|betekent|omvat|wordt verstaan|:)",
    re.IGNORECASE,
)
# "on entend par « Personnel »", "onder 'personeel' wordt verstaan"
_INTRODUCED = re.compile(
    rf"(?:on entend par|il faut entendre par|onder)\s*[{_OPEN}]\s*"
    rf"(?P<term>[^\W\d_][\w\-’' ]{{1,48}}?)\s*[{_CLOSE}]",
    re.IGNORECASE,
)
_MAX_TERMS = 200
HEAD_WORDS = 4  # the words of a definition that say what the term is ("the tenderer to whom")
# what may stand between an introduced term and its meaning ("onder 'X' wordt verstaan: de ...")
_LEAD_IN = re.compile(
    r"^\s*(?:(?:wordt|worden|verstaan)\b\s*|[:,;-]\s*)*",
    re.IGNORECASE,
)


class Definition(NamedTuple):
    """Where a term is defined, and the first words of what it is defined as."""

    index: int
    head: str


def definitions(texts: Sequence[str]) -> dict[str, Definition]:
    """Return each term defined in the texts, with its (first) definition."""
    found: dict[str, Definition] = {}
    for i, text in enumerate(texts):
        head = text[:200]
        for pattern in (_QUOTED, _INTRODUCED):
            m = pattern.search(head)
            if m and m.start() <= 40:
                term = " ".join(m.group("term").split())
                if len(term) >= 3 and term not in found and len(found) < _MAX_TERMS:
                    rest = _LEAD_IN.sub("", text[m.end() :], count=1)
                    found[term] = Definition(i, " ".join(rest.split()[:HEAD_WORDS]))
    return found


def defined_terms(texts: Sequence[str]) -> dict[str, int]:
    """Return each term defined in the texts, with the index of its (first) definition."""
    return {term: d.index for term, d in definitions(texts).items()}


def term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern that finds uses of the terms (as written: "Personnel", not
    "personnel" in a sentence where it is a plain word, unless so defined)."""
    if not terms:
        return None
    return re.compile(rf"(?<![\w-])(?:{word_alternation(terms)})(?:s|en)?(?![\w-])")
