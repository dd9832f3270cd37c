"""Verify the lazy French TOKEN_MATCH answers exactly like spaCy's joined regex."""

from __future__ import annotations

import re
import sys

import pytest

from checker.fr_token_match import LazyTokenMatch, import_french, parse
from checker.nlp import NlpProvider

SAMPLES = [
    "sous-traitant",
    "Sous-Traitant",
    "SOUS-TRAITANTS",
    "c'est-à-dire",
    "non-discrimination",
    "vis-à-vis",
    "ci-dessus",
    "entr'ouvert",
    "Entr’aide",
    "grand'mère",
    "rick-roll",
    "saut-de-ski",
    "pet-en-l'air",
    "Saint-Gilles",
    "sainte-anne",
    "Molenbeek-Saint-Jean",
    "électro-aimant",
    "Électro-ménager",
    "états-unien",
    "redouble-clic",
    "auto-entrepreneur",
    "anti-discrimination",
    "2020-2021",
    "art.-12",
    "l'adjudicataire",
    "d'un",
    "s'engage",
    "aujourd'hui",
    "contrat",
    "",
    "-",
    "'",
    "a-",
    "-a",
    "ſous-traitant",
    "a‑b",
    "faux—vampire",
]


@pytest.fixture(scope="module")
def patterns() -> tuple[LazyTokenMatch, re.Pattern[str]]:
    """Return the lazy matcher and spaCy's joined regex compiled for real (about 5 s)."""
    import_french()
    lazy = sys.modules["spacy.lang.fr.tokenizer_exceptions"].TOKEN_MATCH.__self__
    assert isinstance(lazy, LazyTokenMatch)
    return lazy, re.compile(lazy.pattern)


def _words() -> list[str]:
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS
    from spacy.lang.fr.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    keys = sorted(TOKENIZER_EXCEPTIONS) + sorted(FR_BASE_EXCEPTIONS)[::3]
    made = [
        f"{a}{sep}{b}"
        for a in ("sous", "anti", "Pré", "bas", "arc", "x")
        for sep in "-'’‑"
        for b in ("traitant", "en-ciel", "l'air", "b")
    ]
    return SAMPLES + keys + made + [k.upper() for k in keys[::5]] + [k.title() for k in keys[::5]]


@pytest.mark.slow
def test_lazy_token_match_agrees_with_the_joined_regex(
    patterns: tuple[LazyTokenMatch, re.Pattern[str]],
) -> None:
    lazy, full = patterns
    words = _words()
    assert len(words) > 1000
    disagree = [w for w in words if bool(lazy.match(w)) != bool(full.match(w))]
    assert disagree == []
    assert any(full.match(w) for w in words)  # the comparison saw matches, not only misses


def test_unrecognised_patterns_are_refused() -> None:
    assert parse("(?iu)(?:^a|b[-]c)") is None  # a top-level alternative inside a branch
    assert parse("(?iu)(?:^abc)") is None  # no separator class
    assert parse("(?iu)(?:^ab(?=c)[-]d)") is None  # a look-ahead
    assert parse("(?iu)(?:^ab$[-]d)") is None  # an anchor inside the prefix
    assert parse("(?:^ab[-]d)") is None  # other flags
    lazy = parse("(?iu)(?:^ab[-]cd$)|(?:^x[']y$)")
    assert lazy is not None
    assert lazy.match("AB-cd") and lazy.match("x'y")
    assert not lazy.match("ab-c") and not lazy.match("abcd") and not lazy.match("y'x")


def test_french_pipeline_keeps_hyphenated_words_whole() -> None:
    nlp = NlpProvider().pipeline("fr")
    words = [t.text for t in nlp("Le sous-traitant veille à la non-discrimination.")]
    assert "sous-traitant" in words and "non-discrimination" in words
