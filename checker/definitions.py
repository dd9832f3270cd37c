"""Defined terms: '"Personnel" means ... including the staff of its subcontractors'.

Contracts define a word once and use it everywhere after. A sentence that uses a defined term
also carries what the definition says of it, for the term lists a rule pack names in
`definition_terms` ("the Contractor shall ensure equal treatment of all Personnel" reaches the
subcontractors' staff through the definition of "Personnel"), and for those it names in
`definition_head_terms` what the definition's first words say ('"the Holder" means the
tenderer to whom ...' makes the Holder a party; '"Contract" means the agreement with the
Contractor' does not make the Contract one). The words that define a term are language data
(rules/language/definitions.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from checker.yamlio import language_data, word_alternation

_OPEN = "\"“„'‘«"
_CLOSE = "\"”'’»"
_TERM = r"(?P<term>[^\W\d_][\w\-’' ]{1,48}?)"
_MAX_TERMS = 200
HEAD_WORDS = 4  # the words of a definition that say what the term is ("the tenderer to whom")


class DefinitionWords(BaseModel):
    """The words of rules/language/definitions.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: list[str]
    point_verbs: list[str]
    introducers: list[str]
    lead_in: list[str]
    point_ranges: list[str]


class _Patterns(NamedTuple):
    quoted: re.Pattern[str]  # '"Personnel" means', '« Personnel » désigne', '„Personeel": ...'
    introduced: re.Pattern[str]  # "on entend par « Personnel »"
    lead_in: re.Pattern[str]  # "wordt verstaan:" between an introduced term and its meaning
    numbered: re.Pattern[str]  # '2° « sous-traitant » : toute ...', '1° concessiehouder: ...'
    dotted: re.Pattern[str]  # '1.9 Gelijke behandeling: de verplichting ...'
    point_ref: re.Pattern[str]  # "1° to 3°", "2° et 3°", "visées à l'article 1er, 2°"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = DefinitionWords.model_validate(language_data("definitions"))
    return _Patterns(
        quoted=re.compile(
            rf"[{_OPEN}]\s*{_TERM}\s*[{_CLOSE}]\s*(?:\([^)]{{0,60}}\)\s*)?,?\s*"
            rf"(?:{word_alternation(w.verbs)}|:)",
            re.IGNORECASE,
        ),
        introduced=re.compile(
            rf"(?:{word_alternation(w.introducers)})\s*[{_OPEN}]\s*{_TERM}\s*[{_CLOSE}]",
            re.IGNORECASE,
        ),
        lead_in=re.compile(
            rf"^\s*(?:(?:{word_alternation(w.lead_in)})\b\s*|[:,;-]\s*)*", re.IGNORECASE
        ),
        numbered=re.compile(
            rf"^\W{{0,3}}(?P<num>\d{{1,2}})°\s*[{_OPEN}]?\s*{_TERM}\s*"
            rf"[{_CLOSE}]?\s*(?:,?\s*(?:{word_alternation(w.point_verbs)})\b|:)",
            re.IGNORECASE,
        ),
        # a numbered definition of a definitions article, unquoted: "1.9 Gelijke behandeling:
        # de verplichting ...", "2.4 Personnel: all persons ..."; what follows the colon starts
        # in lower case, so a titled paragraph ("12.1 Equality: The Contractor shall ...") is
        # no definition
        dotted=re.compile(
            r"^\W{0,3}\d{1,2}\.\d{1,2}\.?\s+(?P<term>[^\W\d_][\w\-’']*(?: [\w\-’']+){0,3}?)"
            r"\s*:\s+(?=[^\W\d_])(?!\w*[A-ZÀ-Ý])"
        ),
        point_ref=re.compile(
            rf"(?<![\w°])(\d{{1,2}})°(?:\s*(?:{word_alternation(w.point_ranges)}|-|–)\s*"
            r"(\d{1,2})°)?"
        ),
    )


class Definition(NamedTuple):
    """Where a term is defined, and the first words of what it is defined as."""

    index: int
    head: str


def definitions(texts: Sequence[str]) -> dict[str, Definition]:
    """Return each term defined in the texts, with its (first) definition."""
    found: dict[str, Definition] = {}
    p = _patterns()
    for i, text in enumerate(texts):
        head = text[:200]
        for pattern in (p.quoted, p.introduced, p.dotted):
            m = pattern.search(head)
            if m and m.start() <= 40:
                term = " ".join(m.group("term").split())
                if len(term) >= 3 and term not in found and len(found) < _MAX_TERMS:
                    rest = p.lead_in.sub("", text[m.end() :], count=1)
                    found[term] = Definition(i, " ".join(rest.split()[:HEAD_WORDS]))
    return found


def defined_terms(texts: Sequence[str]) -> dict[str, int]:
    """Return each term defined in the texts, with the index of its (first) definition."""
    return {term: d.index for term, d in definitions(texts).items()}


def term_variants(term: str) -> list[str]:
    """Return the other ways a term of several words is used: without the capital its
    definition opens with, and in the singular when every word of it is plural
    ('« Critères prohibés » : ...' is used as "aucun critère prohibé"). A term of one word
    keeps its capital ("Personnel" is not "personnel")."""
    words = term.split()
    if len(words) < 2:
        return []
    forms = {term[0].lower() + term[1:]}
    if all(len(w) > 3 and w[-1] in "sx" for w in words):
        singular = " ".join(w[:-1] for w in words)
        forms |= {singular, singular[0].lower() + singular[1:]}
    return sorted(forms - {term})


def term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern that finds uses of the terms (as written: "Personnel", not
    "personnel" in a sentence where it is a plain word, unless so defined)."""
    if not terms:
        return None
    return re.compile(rf"(?<![\w-])(?:{word_alternation(terms)})(?:s|en)?(?![\w-])")


class NumberedPoint(NamedTuple):
    """A point of a Belgian-style definitions list: '2° « sous-traitant » : toute entreprise
    ...', '4° gebonden ondernemingen: de personen vermeld in 1° tot 3°'."""

    index: int  # the sentence
    term: str  # the term defined, unquoted
    head: str  # the term and the first words of its definition
    refs: frozenset[str]  # the other points its definition names ("1", "2", "3")


_MAX_POINTS = 60
# where a point opens: the start of a sentence, or after the colon or semicolon that ends the
# lead-in or the point before
_POINT_START = re.compile(r"(?:^\W{0,3}|[:;]\s*)(?P<at>\d{1,2}°)")


def point_refs(text: str) -> set[str]:
    """Return the numbered points a text names ("1° tot 3°": 1, 2, 3), not the one it opens."""
    refs: set[str] = set()
    for m in _patterns().point_ref.finditer(text):
        if m.start() <= 3 and not text[: m.start()].strip("( "):
            continue  # the point the sentence opens
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if 0 <= last - first <= 20:
            refs |= {str(n) for n in range(first, last + 1)}
    return refs


def numbered_points(texts: Sequence[str]) -> dict[str, NumberedPoint]:
    """Return the points of a numbered definitions list by number (the first list wins)."""
    found: dict[str, NumberedPoint] = {}
    p = _patterns()
    for i, text in enumerate(texts):
        if "°" not in text:
            continue
        # a list read as one sentence ("wordt verstaan onder: 1° concessiehouder: ...; 2°
        # onderaannemer: ..."): each point from its number to the next
        starts = [m.start("at") for m in _POINT_START.finditer(text)]
        for start, end in zip(starts, [*starts[1:], len(text)][: len(starts)], strict=True):
            point = text[start:end]
            m = p.numbered.match(point)
            if m is None or m.group("num") in found or len(found) >= _MAX_POINTS:
                continue
            term = " ".join(m.group("term").split())
            rest = p.lead_in.sub("", point[m.end() :], count=1)
            head = " ".join([term, *rest.split()[:HEAD_WORDS]])
            found[m.group("num")] = NumberedPoint(i, term, head, frozenset(point_refs(rest)))
    return found
