"""A cheap score of how much extracted text looks like real language.

A PDF with a broken font encoding yields text such as "Ĳ ŀ Ɲ ..." or "3$5,6 &/$86(": few
of its tokens are plausible words and almost none are function words. The score is the
share of word tokens that are plausible (letters with a vowel, sane length, not a run of
symbols), blended with the presence of function words, so it stays high for short clean
texts and falls for garbled ones whatever the language.
"""

from __future__ import annotations

import re

from checker.language import function_words, words_of

_TOKEN = re.compile(r"\S+")
_PLAUSIBLE = re.compile(r"^[(\"'«“‘\[]?[^\W\d_]{1,25}(?:['’\-][^\W\d_]+)*[)\"'»”’\].,;:!?]*$")
_VOWELS = set("aeiouyàâäéèêëïîôöùûüœæáíóú")
GARBLED_THRESHOLD = 0.55
MIN_TOKENS = 30


def text_quality(text: str) -> float | None:
    """Return a 0-1 quality score, or None when the text is too short to judge."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < MIN_TOKENS:
        return None
    wordlike = [t for t in tokens if t.strip("0123456789.,:;()/%-–€$§°")]
    plausible = sum(1 for t in wordlike if _PLAUSIBLE.match(t) and _VOWELS.intersection(t.lower()))
    denom = max(1, len(wordlike))
    plausible_share = plausible / denom
    words = words_of(text)
    fw = function_words()
    fw_share = sum(1 for w in words if any(w in s for s in fw.values())) / max(1, len(words))
    # clean prose has 25-50 % function words; scale so that 20 % counts as full marks
    fw_score = min(1.0, fw_share / 0.2)
    return round(0.6 * plausible_share + 0.4 * fw_score, 3)
