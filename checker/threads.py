"""E-mail threads: a site manager's request to an agency ("young, nobody over 35") that HR
refuses in the reply is no red flag of the contractor; it stands refused in the thread. The
policy grader withdraws a thread's red flags when the thread holds a refusal, and says so.

The words are language data (rules/language/threads.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.document import Document
from checker.yamlio import language_data, word_alternation


class ThreadWords(BaseModel):
    """The words of rules/language/threads.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_headers: int
    senders: list[str]
    subjects: list[str]
    refusals: list[str]


@lru_cache(maxsize=1)
def _patterns() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = ThreadWords.model_validate(language_data("threads"))
    # "From: Tom Brady <t.brady@...>", "> De : Kevin Lambrechts" (a quoted header too)
    sender = re.compile(
        rf"(?:^|[\s>])(?:{word_alternation(w.senders)})\s*[\w\"<]", re.IGNORECASE | re.MULTILINE
    )
    subject = re.compile(rf"(?:{word_alternation(w.subjects)})", re.IGNORECASE)
    refusal = re.compile(rf"(?<!\w)(?:{word_alternation(w.refusals)})(?!\w)", re.IGNORECASE)
    return w.min_headers, sender, subject, refusal


def thread_refusal(doc: Document) -> str | None:
    """Return the passage of an e-mail thread that refuses a request (its block's text,
    spaces flattened), or None (also for a document that is no e-mail thread)."""
    least, sender, subject, refusal = _patterns()
    text = "\n".join(b.text for b in doc.blocks)
    if len(sender.findall(text)) < least or not subject.search(text):
        return None
    for block in doc.blocks:
        passage = " ".join(block.text.split()).replace("’", "'")  # "can’t ask" as "can't ask"
        if refusal.search(passage):
            return passage
    return None
