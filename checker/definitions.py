"""Defined terms: '"Personnel" means ... including the staff of its subcontractors'.

Contracts define a word once and use it everywhere after. A sentence that uses a defined term
also carries what the definition says of it, for the term lists a rule pack names in
`definition_terms` ("the Contractor shall ensure equal treatment of all Personnel" reaches the
subcontractors' staff through the definition of "Personnel").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def defined_terms(texts: Sequence[str]) -> dict[str, int]:
    """Return each term defined in the texts, with the index of its (first) definition."""
    found: dict[str, int] = {}
    for i, text in enumerate(texts):
        head = text[:200]
        for pattern in (_QUOTED, _INTRODUCED):
            m = pattern.search(head)
            if m and m.start() <= 40:
                term = " ".join(m.group("term").split())
                if len(term) >= 3 and term not in found and len(found) < _MAX_TERMS:
                    found[term] = i
    return found


def term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Return the pattern that finds uses of the terms (as written: "Personnel", not
    "personnel" in a sentence where it is a plain word, unless so defined)."""
    if not terms:
        return None
    words = sorted((re.escape(t) for t in terms), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?:s|en)?(?![\w-])")
