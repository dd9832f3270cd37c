"""A cheap score of how much extracted text looks like real language.

A PDF with a broken font encoding yields text such as "Ĳ ŀ Ɲ ..." or "3$5,6 &/$86(": few
of its tokens are plausible words and almost none are function words. The score is the
share of word tokens that are plausible (letters with a vowel, sane length, not a run of
symbols), blended with the presence of function words, so it stays high for short clean
texts and falls for garbled ones whatever the language.
"""

from __future__ import annotations

import re
from collections import Counter

from checker.language import all_function_words, words_of

_TOKEN = re.compile(r"\S+")
_PLAUSIBLE = re.compile(r"^[(\"'«“‘\[]?[^\W\d_]{1,25}(?:['’\-][^\W\d_]+)*[)\"'»”’\].,;:!?]*$")
_VOWELS = set("aeiouyàâäéèêëïîôöùûüœæáíóú")
GARBLED_THRESHOLD = 0.55
MIN_TOKENS = 30


SAMPLE_CHARS = 200_000  # a longer text is judged on evenly spaced slices of this much
_SLICES = 40


def sample(text: str) -> str:
    """Return the text, or for a long one evenly spaced slices of it (cut at spaces).

    A broken font encoding garbles a whole font, so it shows throughout the text; judging a
    1,000-page document on 200,000 characters spread over it gives the same score cheaply.
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    size, step = SAMPLE_CHARS // _SLICES, len(text) // _SLICES
    parts = []
    for k in range(_SLICES):
        piece = text[k * step : k * step + size]
        parts.append(piece[piece.find(" ") + 1 : piece.rfind(" ")])
    return " ".join(parts)


def text_quality(text: str) -> float | None:
    """Return a 0-1 quality score, or None when the text is too short to judge."""
    text = sample(text)
    tokens = Counter(_TOKEN.findall(text))  # each distinct token judged once: prose repeats
    if tokens.total() < MIN_TOKENS:
        return None
    wordlike = {t: n for t, n in tokens.items() if t.strip("0123456789.,:;()/%-–€$§°")}
    plausible = sum(n for t, n in wordlike.items() if _plausible(t))
    plausible_share = plausible / max(1, sum(wordlike.values()))
    words = Counter(words_of(text))
    fw = all_function_words()
    fw_share = sum(n for w, n in words.items() if w in fw) / max(1, words.total())
    # clean prose has 25-50 % function words; scale so that 20 % counts as full marks
    fw_score = min(1.0, fw_share / 0.2)
    return round(0.6 * plausible_share + 0.4 * fw_score, 3)


def _plausible(token: str) -> bool:
    return bool(_PLAUSIBLE.match(token)) and bool(_VOWELS.intersection(token.lower()))
