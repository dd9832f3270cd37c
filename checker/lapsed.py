"""Documents not in force: a contractor's file often keeps, beside the policy in force, a
draft nobody adopted, the policy it replaced or one withdrawn years ago, proposals nobody
decided. Such a document says so at its top; the policy grader then reads it for nothing
and says why. So does a template whose placeholders are still in ("[Company name]").

The notices are language data (rules/language/lapsed.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.document import BlockKind, Document
from checker.yamlio import language_data, word_alternation

_FURNITURE = (BlockKind.HEADER, BlockKind.FOOTER)


class LapsedWords(BaseModel):
    """The words of rules/language/lapsed.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first_blocks: int
    notices: list[str]
    lapses: list[str]
    self_words: list[str]
    min_placeholders: int
    template_words: list[str]


@lru_cache(maxsize=1)
def _lapsed_words() -> LapsedWords:
    return LapsedWords.model_validate(language_data("lapsed"))


@lru_cache(maxsize=1)
def _words() -> tuple[int, re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _lapsed_words()
    notice, lapse, itself = (
        re.compile(rf"(?<!\w)(?:{word_alternation(w)})(?!\w)", re.IGNORECASE)
        for w in (words.notices, words.lapses, words.self_words)
    )
    return words.first_blocks, notice, lapse, itself


# "[Company name]", "<naam firma>": a letter inside, no e-mail address, no tick box
_MAX_NAME_WORDS = 4  # "[NOM DE L'ENTREPRISE]"; "[Valence Battery Company, Ltd.]" is a name
_PLACEHOLDER = re.compile(r"\[[^\]\[@]{2,40}\]|<[^<>@]{2,30}>")


@lru_cache(maxsize=1)
def _template_words() -> tuple[int, re.Pattern[str]]:
    words = _lapsed_words()
    names = rf"(?<!\w)(?:{word_alternation(words.template_words)})(?!\w)"
    return words.min_placeholders, re.compile(names, re.IGNORECASE)


def template_placeholders(doc: Document) -> list[str]:
    """Return the placeholders of a template not filled in (empty for any other document)."""
    least, names = _template_words()
    found = {
        m.group()
        for b in doc.blocks
        for m in _PLACEHOLDER.finditer(b.text)
        if re.search(r"[^\W\d_]{2}", m.group())
    }
    named = any(names.search(p) and len(p.split()) <= _MAX_NAME_WORDS for p in found)
    return sorted(found) if len(found) >= least and named else []


def lapsed_notice(doc: Document) -> str | None:
    """Return the notice (its block's text, spaces flattened) by which a document says it is
    not in force, or None."""
    first, notice, lapse, itself = _words()
    body = [b for b in doc.blocks if b.kind not in _FURNITURE][:first]
    furniture = [b for b in doc.blocks if b.kind in _FURNITURE]
    for block in (*body, *furniture):
        text = " ".join(block.text.split()).replace("’", "'")
        if notice.search(text) or (lapse.search(text) and itself.search(text)):
            return text
    return None
