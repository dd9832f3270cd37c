"""The plain keyword-search baseline the engine is compared with.

An element counts as present when any of its keywords occurs in the text at the start of a
word (case- and accent-insensitive); the level then follows from the same profile as the
engine's. The keywords are data (`corpus/keyword_baseline.yaml`), not code.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from checker.yamlio import load_yaml


class KeywordBaseline(BaseModel):
    """Keywords per language and element (or indicator)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    keywords: dict[str, dict[str, tuple[str, ...]]]

    def elements_in(self, text: str, lang: str) -> set[str]:
        """Return the elements whose keywords occur in the text."""
        folded = fold(text)
        by_element = self.keywords.get(lang, {})
        return {e for e, words in by_element.items() if any(_starts_word(w, folded) for w in words)}


def _starts_word(keyword: str, folded: str) -> bool:
    return re.search(r"\b" + re.escape(fold(keyword)), folded) is not None


def fold(text: str) -> str:
    """Return lower-case text without accents."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_baseline(path: Path) -> KeywordBaseline:
    """Return the keyword baseline stored at `path`."""
    return KeywordBaseline.model_validate(load_yaml(path.read_text(encoding="utf-8")))
