"""Cross-references between articles: "a breach of Article 9" points at section `art:9`.

The words that introduce a reference are language data (rules/language/references.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from checker.yamlio import load_yaml

_NUMBERS = r"\d+(?:\.\d+)*(?:\s*(?:,|and|or|et|ou|en|of|to|à|tot|-|–)\s*\d+(?:\.\d+)*)*"
_TOP = re.compile(r"(?<![\d.])(\d+)")


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    text = resources.files("rules").joinpath("language/references.yaml").read_text("utf-8")
    words = sorted((re.escape(str(w)) for w in load_yaml(text)), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(words)})\.?\s*(?:n°\s*)?({_NUMBERS})", re.IGNORECASE)


def referenced_sections(text: str) -> set[str]:
    """Return the section keys (`art:<top-level number>`) a sentence refers to."""
    keys: set[str] = set()
    for m in _reference().finditer(text):
        keys.update(f"art:{n}" for n in _TOP.findall(m.group(1)))
    return keys
