"""Mend what OCR and format conversion leave in a block's text, before structure is read.

Three repairs, each safe on clean text:

- typographic ligatures become their letters ("identiﬁes" -> "identifies"): a PDF's text
  layer or an OCR engine keeps them, and no rule term is written with them;
- soft hyphens (U+00AD) go: they only mark where a word may break;
- a "1" read for an "l" inside a word ("Supp1ier", "Regu1ations", "A11e", "1'adjudicataire")
  becomes "l": only between letters of a word in lower case, or in a French elision, so that
  "B1", "H1N1", "1st", "Lot 1", "1er" and "12bis" keep their digits; and the French pronoun
  read as a roman two ("II s'engage", "II n'est") becomes "Il" (only before an elided verb:
  "Titre II du cahier" keeps its numeral).
"""

from __future__ import annotations

import re

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""}
)
_MARKED = re.compile("[ﬀ-ﬆ\u00ad]")  # a ligature or a soft hyphen
_LETTER = r"[^\W\d_]"
# letters, then "1"s, then a letter: "Supp1ier", "po1icy", "A11e"; a French elision "1'a..."
_MISREAD_ONE = re.compile(rf"(?<![\w'’]){_LETTER}+1+{_LETTER}[\w]*|(?<![\w'’])1(?=['’]{_LETTER})")


_PRONOUN_IL = re.compile(r"(?<![\w.])II(?= [snml]['’]\w)")


def repair_text(text: str) -> str:
    """Return a block's text with ligatures spelled out, soft hyphens gone and a "1" read
    for an "l" inside a word mended."""
    if _MARKED.search(text):
        text = text.translate(_LIGATURES)
    if "1" in text:
        text = _MISREAD_ONE.sub(_mend_one, text)
    if "II " in text:
        text = _PRONOUN_IL.sub("Il", text)
    return text


def _mend_one(match: re.Match[str]) -> str:
    word = match.group(0)
    if word == "1":
        return "l"  # the elision "1'adjudicataire"
    if any(ch.isdigit() and ch != "1" for ch in word) or not any(ch.islower() for ch in word):
        return word  # "H1N1", "A1B2": a code, not a misread word
    return word.replace("1", "l")
