"""Questions answered "No": an FAQ's "Do you select on origin or nationality? No." denies
what the question asks, so the question is read as a negated sentence (no red flag, no
evidence). The answer words are language data (rules/language/answers.yaml).

A title answers like a question: "7. Grievances" over "The company does not yet have a
grievance procedure" names what its section says is missing, so it is no evidence either."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.in_force_words import box_words
from checker.readers.table_rows import QUESTION_END
from checker.sentences import Sentence
from checker.yamlio import language_data, word_alternation

# a question's last characters: "?", "? »", "?)"
_QUESTION = re.compile(rf"{QUESTION_END}$")


class AnswerWords(BaseModel):
    """The words of rules/language/answers.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    negative: list[str]
    labels: list[str]


@lru_cache(maxsize=1)
def _answer_words() -> AnswerWords:
    return AnswerWords.model_validate(language_data("answers"))


@lru_cache(maxsize=1)
def _denial() -> re.Pattern[str]:
    data = _answer_words()
    words = word_alternation(data.negative)
    # the answer, then a punctuation mark: "No.", "Non !", "Nee, wij ...", "No - ...", after
    # the label of a questionnaire's answer if any ("A: Nee.", "Réponse : Non.")
    label = rf"(?:(?:{word_alternation(data.labels)})\s*[:.]\s*)?"
    return re.compile(rf"^\W*{label}(?:{words})\s*(?:[.,;:!]|[-–—]\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _row_denial() -> re.Pattern[str]:
    words = word_alternation(_answer_words().negative)
    # a questionnaire's table row: the question's cell, then the answer's cell after its
    # column header if any ("D5 | Do you monitor ...? | Answer: Not yet | Planned for 2027")
    return re.compile(
        rf"{QUESTION_END}\|\s*(?:[^|:?]{{1,30}}:\s*)?(?:{words})\s*(?:$|[|.,;:!(]|[-–—]\s)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _boxes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ticked, unticked = box_words()
    # the answer after the question, in its cell or on its line ("? | Answer: ☐ Yes ☒ No |
    # Comment: ...", "...? [x] Oui [ ] Non Commentaire : ..."), or after a checklist item's
    # dotted leader ("1. Written EEO policy ........ [x] Yes [ ] No")
    answer = re.compile(rf"(?:{QUESTION_END}\|?|\.{{4,}})([^|]*)")
    box = re.compile(
        rf"(?P<ticked>{word_alternation(ticked)})|{word_alternation(unticked)}", re.IGNORECASE
    )
    words = word_alternation(_answer_words().negative)
    # the option after its box ("☒ No"), or before it ("Nee ☒")
    after = re.compile(rf"\s*(?:{words})(?!\w)", re.IGNORECASE)
    before = re.compile(rf"(?<!\w)(?:{words})\W*$", re.IGNORECASE)
    return answer, box, after, before


def _boxed_no(text: str) -> bool:
    """Return whether a form's boxes answer a question "No" or "Not applicable", or leave it
    unanswered (every box empty): "Do you monitor ...? | Answer: ☐ Yes ☒ No"."""
    answer_cell, box, after, before = _boxes()
    found = answer_cell.search(text)
    if found is None:
        return False
    answer = found.group(1)
    boxes = list(box.finditer(answer))
    if not boxes:
        return False
    ticked = [k for k, m in enumerate(boxes) if m.group("ticked")]
    if not ticked:
        return True  # every box left empty: no answer, no evidence
    leading = not re.search(r"\w", answer[: boxes[0].start()].split(":")[-1])
    for k in ticked:
        if leading and after.match(answer, boxes[k].end()):
            return True
        start = boxes[k - 1].end() if k else 0
        if not leading and before.search(answer[start : boxes[k].start()]):
            return True
    return False


def answered_no(sentences: Sequence[Sentence]) -> set[int]:
    """Return the positions of the questions answered "No": by the next sentence, by the
    next cell of a questionnaire's table row, or by the box ticked in it."""
    denial, row_denial = _denial(), _row_denial()
    return {
        k
        for k, s in enumerate(sentences)
        if row_denial.search(s.text)
        or _boxed_no(s.text)
        or (
            k + 1 < len(sentences)
            and _QUESTION.search(s.text)
            and (
                denial.match(sentences[k + 1].text)
                or _boxed_no("? " + sentences[k + 1].text)  # "...? | Ja ☐ / Nee ☒" split off
            )
        )
    }


# a title: a heading, or a short line without a closing mark (an entry of a contents list)
_MAX_TITLE_WORDS = 6
_CLOSING = (".", "!", "?", ";", ":")


def denied_titles(sentences: Sequence[Sentence], denials: set[int]) -> set[int]:
    """Return the positions of the titles whose section holds a sentence that says what it
    names is missing (`denials`: the positions of such sentences)."""
    sections = {sentences[k].section for k in denials}
    return {
        k
        for k, s in enumerate(sentences)
        if s.section in sections and k not in denials and _is_title(s)
    }


def _is_title(s: Sentence) -> bool:
    text = s.text.rstrip()
    short = len(text.split()) <= _MAX_TITLE_WORDS and not text.endswith(_CLOSING)
    return not s.table_row and (s.is_heading or short)
