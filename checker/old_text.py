"""The old text an amendment quotes before it changes it.

"7.1 Clause 18 of the Contract currently reads as follows: "18.1 The Contractor shall not
discriminate ... 18.4 ... an Equality Action Plan ..."" and "8.1 Artikel 19 van de
overeenkomst luidde: "..."" quote a text that the amendment then deletes or replaces: what
the quote says is no longer in force, so its sentences give no evidence, and neither does the
sentence that introduces it. The phrases that introduce an old text are language data
(rules/language/old_text.yaml); the new text ("is replaced by the following:") counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.sentences import Sentence
from checker.yamlio import language_data, word_alternation

_OPENING = '"“«„'
_CLOSING = '"”»'
_MAX_SENTENCES = 80  # a paragraph quoted longer than this is cut here


class OldTextWords(BaseModel):
    """The words of rules/language/old_text.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    introducers: list[str]


@lru_cache(maxsize=1)
def _words() -> OldTextWords:
    return OldTextWords.model_validate(language_data("old_text"))


@lru_cache(maxsize=1)
def _key_words() -> tuple[str, ...]:
    """Return the longest word of each introducer ("currently", "luidde", "rédigé"): a text
    without any of them quotes no old text, which a substring test finds at once."""
    return tuple({max(w.lower().split(), key=len) for w in _words().introducers})


@lru_cache(maxsize=1)
def _introducer() -> re.Pattern[str]:
    words = _words()
    return re.compile(
        rf"\b(?:{word_alternation(words.introducers)})\b[^{_OPENING}:.;]{{0,40}}:?\s*"
        rf"(?P<quote>[{_OPENING}])?",
        re.IGNORECASE,
    )


def quoted_old_text(sentences: Sequence[Sentence]) -> set[int]:
    """Return the positions of the sentences of an old text quoted by an amendment, and of
    the sentences that introduce one."""
    words = _key_words()
    whole = "\n".join(s.text for s in sentences).lower()
    if not any(w in whole for w in words):
        return set()  # no introducer anywhere: one substring test per word, not a regex
    pattern = _introducer()
    gone: set[int] = set()
    k = 0
    while k < len(sentences):
        text = sentences[k].text
        low = text.lower()
        m = pattern.search(text) if any(w in low for w in words) else None
        if m is None:
            k += 1
            continue
        if m.group("quote"):
            start, at = k, m.end()
        elif k + 1 < len(sentences) and sentences[k + 1].text.lstrip()[:1] in _OPENING:
            start = k + 1
            at = len(sentences[k + 1].text) - len(sentences[k + 1].text.lstrip()) + 1
        else:
            k += 1
            continue
        gone.add(k)
        end = _closing_sentence(sentences, start, at)
        gone.update(range(start, end + 1))
        k = end + 1
    return gone


def _closing_sentence(sentences: Sequence[Sentence], start: int, at: int) -> int:
    """Return the position of the last sentence of the quote opened at character `at` of
    sentence `start`: the one that shows its closing mark, else the last of its paragraph
    (a closing mark right after a full stop falls between two sentences and is not seen)."""
    block = sentences[start].block
    last = start
    while (
        last + 1 < len(sentences)
        and last + 1 - start < _MAX_SENTENCES
        and sentences[last + 1].block == block
    ):
        last += 1
    for j in range(start, last + 1):
        text = sentences[j].text[at if j == start else 0 :]
        if any(c in text for c in _CLOSING):
            return j
    return last
