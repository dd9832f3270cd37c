"""Cross-references between articles: "a breach of Article 9" points at section `art:9`.

The words that introduce a reference are language data (rules/language/references.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from checker.readers.structure import section_key
from checker.yamlio import load_yaml

_NUMBER = r"(?:(?:[IVX]{1,4}|[A-Z])\.)?\d+(?:\.\d+)*"
_NUMBERS = rf"{_NUMBER}(?:\s*(?:,|and|or|et|ou|en|of|to|à|tot|-|–)\s*{_NUMBER})*"
_EACH = re.compile(rf"(?<![\w.]){_NUMBER}")


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    text = resources.files("rules").joinpath("language/references.yaml").read_text("utf-8")
    words = sorted((re.escape(str(w)) for w in load_yaml(text)), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(words)})\.?\s*(?:n°\s*)?({_NUMBERS})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _external() -> re.Pattern[str]:
    """Return the pattern of what follows a reference into another act ("... du RGE")."""
    text = resources.files("rules").joinpath("language/external_acts.yaml").read_text("utf-8")
    words = sorted((re.escape(str(w)) for w in load_yaml(text)), key=len, reverse=True)
    lead = (
        r"(?:/\d+)?[\s,]*(?:(?:de\s+la|de\s+l['’]|du|des|van\s+de|van\s+het|van|of\s+the|of)\s+)?"
    )
    return re.compile(rf"{lead}(?:{'|'.join(words)})\b", re.IGNORECASE)


def referenced_sections(text: str) -> set[str]:
    """Return the section keys (`art:<top-level number>`) a sentence refers to.

    A reference into another act ("article 47 de l'arrêté royal", "section 149 of the Equality
    Act 2010") is not a reference into the document.
    """
    keys: set[str] = set()
    for m in _reference().finditer(text):
        if _external().match(text, m.end()):
            continue
        keys.update(f"art:{section_key(n)}" for n in _EACH.findall(m.group(1)))
    return keys
