"""Questions answered "No": an FAQ's "Do you select on origin or nationality? No." denies
what the question asks, so the question is read as a negated sentence (no red flag, no
evidence). The answer words are language data (rules/language/answers.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.sentences import Sentence
from checker.yamlio import language_data, word_alternation

# a question's last characters: "?", "? »", "?)"
_QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$")


class AnswerWords(BaseModel):
    """The words of rules/language/answers.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    negative: list[str]
    labels: list[str]


@lru_cache(maxsize=1)
def _denial() -> re.Pattern[str]:
    data = AnswerWords.model_validate(language_data("answers"))
    words = word_alternation(data.negative)
    # the answer, then a punctuation mark: "No.", "Non !", "Nee, wij ...", "No - ...", after
    # the label of a questionnaire's answer if any ("A: Nee.", "Réponse : Non.")
    label = rf"(?:(?:{word_alternation(data.labels)})\s*[:.]\s*)?"
    return re.compile(rf"^\W*{label}(?:{words})\s*(?:[.,;:!]|[-–—]\s)", re.IGNORECASE)


def answered_no(sentences: Sequence[Sentence]) -> set[int]:
    """Return the positions of the questions that the next sentence answers "No"."""
    denial = _denial()
    return {
        k
        for k in range(len(sentences) - 1)
        if _QUESTION.search(sentences[k].text) and denial.match(sentences[k + 1].text)
    }
