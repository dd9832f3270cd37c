"""Tell Dutch, French and English apart, per block and per document.

Method: the share of each language's frequent function words among a text's words
(a classic, well-understood profile method; Cavnar & Trenkle-style profiles reduced to
closed-class words). For three languages as distinct as nl, fr and en it is accurate on a
sentence or more, needs no model download and costs one set lookup per word. The word
lists are data in rules/language/function_words.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from checker._typing import DocLanguage, Language
from checker.yamlio import load_yaml

LANGUAGES: tuple[Language, ...] = ("en", "nl", "fr")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_MIN_WORDS = 4
DETECT_CHARS = 3000  # a block's language is told from its first few hundred words
_MIN_SHARE = 0.08
_MIXED_SHARE = 0.2


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Return the function-word sets per language, loaded once."""
    text = resources.files("rules").joinpath("language/function_words.yaml").read_text("utf-8")
    data = load_yaml(text)
    return {lang: frozenset(data[lang]) for lang in LANGUAGES}


@lru_cache(maxsize=1)
def all_function_words() -> frozenset[str]:
    """Return the function words of every language together."""
    return frozenset().union(*function_words().values())


def words_of(text: str) -> list[str]:
    """Return the lower-cased words of a text."""
    return [w.lower() for w in _WORD.findall(text)]


def approx_words(text: str) -> int:
    """Return about how many words a text has (its spaces, counted in C: weights only)."""
    return text.count(" ") + 1 if text.strip() else 0


def language_scores(text: str) -> dict[str, float]:
    """Return, per language, the share of the text's words that are its function words."""
    return _scores(words_of(text))


def _scores(words: list[str]) -> dict[str, float]:
    if not words:
        return {lang: 0.0 for lang in LANGUAGES}
    sets = function_words()
    n = len(words)
    return {lang: sum(1 for w in words if w in sets[lang]) / n for lang in LANGUAGES}


def detect_language(text: str) -> Language | None:
    """Return the most likely language of a text, or None when it is too short to tell."""
    words = words_of(text)
    if len(words) < _MIN_WORDS:
        return None
    scores = _scores(words)
    best = max(scores, key=lambda k: scores[k])
    if sum(v == scores[best] for v in scores.values()) > 1:
        return None  # a tie ("Moedertaal Nederlands of Frans": "of" is Dutch and English)
    return best if scores[best] >= _MIN_SHARE else None  # type: ignore[return-value]


# a sentence of a text read in a given language (--lang) is read in another one only when it
# plainly is: ten words or more, that language's function words a quarter of them and twice
# the given language's share (the Dutch sentences of a bilingual Brussels clause)
_PLAIN_WORDS = 10
_PLAIN_SHARE = 0.25


def plain_language(text: str, given: str) -> Language | None:
    """Return the language other than `given` that a sentence plainly is in, or None."""
    words = words_of(text)
    if len(words) < _PLAIN_WORDS:
        return None
    scores = _scores(words)
    best = max(scores, key=lambda k: scores[k])
    share = scores[best]
    plain = share >= _PLAIN_SHARE and share >= 2 * scores.get(given, 0.0)
    return best if best != given and plain else None


def document_language(
    block_langs: Iterable[tuple[Language | None, int]],
) -> tuple[DocLanguage | None, dict[str, float]]:
    """Return the document language and each language's share of words.

    `block_langs` are (language, word count) per block. A second language holding at least
    a fifth of the words makes the document "mixed" (bilingual Belgian documents).
    """
    counts: Counter[str] = Counter()
    for lang, n in block_langs:
        if lang:
            counts[lang] += n
    total = sum(counts.values())
    if not total:
        return None, {}
    shares = {k: round(v / total, 3) for k, v in counts.most_common()}
    ranked = list(shares)
    if len(ranked) > 1 and shares[ranked[1]] >= _MIXED_SHARE:
        return "mixed", shares
    return ranked[0], shares  # type: ignore[return-value]
