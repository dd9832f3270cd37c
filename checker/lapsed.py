"""Documents not in force: a contractor's file often keeps, beside the policy in force, a
draft nobody adopted, the policy it replaced or one withdrawn years ago, proposals nobody
decided. Such a document says so at its top; the policy grader then reads it for nothing
and says why.

The notices are language data (rules/language/lapsed.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.document import BlockKind, Document
from checker.yamlio import language_data, word_alternation

_FURNITURE = (BlockKind.HEADER, BlockKind.FOOTER)
_QUOTE_LIMIT = 160


class LapsedWords(BaseModel):
    """The words of rules/language/lapsed.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first_blocks: int
    notices: list[str]
    lapses: list[str]
    self_words: list[str]


@lru_cache(maxsize=1)
def _words() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = LapsedWords.model_validate(language_data("lapsed"))
    notice, lapse, itself = (
        re.compile(rf"(?<!\w)(?:{word_alternation(w)})(?!\w)", re.IGNORECASE)
        for w in (words.notices, words.lapses, words.self_words)
    )
    return words.first_blocks, notice, lapse, itself


def lapsed_notice(doc: Document) -> str | None:
    """Return the notice by which a document says it is not in force, or None."""
    first, notice, lapse, itself = _words()
    body = [b for b in doc.blocks if b.kind not in _FURNITURE][:first]
    furniture = [b for b in doc.blocks if b.kind in _FURNITURE]
    for block in (*body, *furniture):
        text = " ".join(block.text.split()).replace("’", "'")
        if notice.search(text) or (lapse.search(text) and itself.search(text)):
            return text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 3] + "..."
    return None
