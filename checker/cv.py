"""Curricula vitae: a contractor's file often holds the CVs of its key staff. A CV describes
one person ("Français : langue maternelle", a course taken in 2021), not what the contractor
asks of candidates or does as an employer, so the policy grader reads it for nothing.

The words are language data (rules/language/cv.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.document import Document
from checker.yamlio import language_data, word_alternation

# a date after the label: "14 mars 1981", "14/03/1981", "1981-03-14", "March 14, 1981"
_DATE = (
    r"(?:\d{1,2}[\s./-]+(?:\d{1,2}|[^\W\d]{3,12}\.?)[\s./-]+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|[^\W\d]{3,12}\s+\d{1,2},?\s+\d{4})"
)
_FIRST_BLOCKS = 3  # the title "Curriculum vitae" stands among the first blocks
CV_NOTE = "read as a CV, which describes one person: no policy evidence, no red flag"


class CvWords(BaseModel):
    """The words of rules/language/cv.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    birth_labels: list[str]
    titles: list[str]
    sections: list[str]
    min_sections: int


@lru_cache(maxsize=1)
def _words() -> tuple[CvWords, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = CvWords.model_validate(language_data("cv"))
    birth = re.compile(
        rf"\b(?:{word_alternation(words.birth_labels)})\s*[:\-–]?\s*{_DATE}", re.IGNORECASE
    )
    title = re.compile(rf"(?:{word_alternation(words.titles)})\b", re.IGNORECASE)
    section = re.compile(
        rf"(?:\d+[.)]?\s+)?({word_alternation(words.sections)})\s*(?::|$)", re.IGNORECASE
    )
    return words, birth, title, section


def is_curriculum_vitae(doc: Document) -> bool:
    """Return whether a document is a person's CV (see the module docstring)."""
    words, birth, title, section = _words()
    texts = [b.text.strip() for b in doc.blocks]
    person = any(birth.search(t) for t in texts) or any(
        title.match(t) for t in texts[:_FIRST_BLOCKS]
    )
    if not person:
        return False
    found = {m.group(1).lower() for t in texts if (m := section.match(t))}
    return len(found) >= words.min_sections
