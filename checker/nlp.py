"""One spaCy pipeline per language, built once per process, and token normalisation.

The engine never builds pipelines itself: it receives an `NlpProvider` (tests may inject
`spacy.blank("nl")`-based ones). Pipelines are blank (tokenizer only, no trained model);
lemmas come from the lookup tables of `spacy-lookups-data`, looked up lower-cased because the
tables are case-sensitive and have gaps (PERF_NOTES.md). Every token gets a NORM: its lemma
(or itself), lower-cased, accents folded, so "Égalité", "egalite" and "égalités" meet.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage
    from spacy.tokens import Doc

_LANG_CODES = ("en", "nl", "fr")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return text lower-cased with accents removed and typographic apostrophes plain."""
    text = text.lower().replace("’", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NlpProvider:
    """Hands out one tokenizer pipeline and one lemma table per language, built lazily."""

    def __init__(self, pipelines: dict[str, SpacyLanguage] | None = None) -> None:
        self._pipelines: dict[str, SpacyLanguage] = dict(pipelines or {})
        self._lemmas: dict[str, dict[str, Any]] = {}

    def pipeline(self, lang: str) -> SpacyLanguage:
        """Return the blank pipeline of a language, built on first use."""
        if lang not in self._pipelines:
            if lang not in _LANG_CODES:
                raise ValueError(f"unsupported language {lang!r}")
            import spacy

            self._pipelines[lang] = spacy.blank(lang)
        return self._pipelines[lang]

    def lemma_table(self, lang: str) -> dict[str, Any]:
        """Return the lookup lemma table of a language (empty when none is installed)."""
        if lang not in self._lemmas:
            try:
                from spacy.lookups import load_lookups

                table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
                self._lemmas[lang] = dict(table.items())
            except (ValueError, KeyError, ImportError):
                self._lemmas[lang] = {}
        return self._lemmas[lang]

    def norm_of(self, lang: str, word: str) -> str:
        """Return the normalised form (folded lookup lemma) of one word."""
        low = word.lower()
        lemma = self.lemma_table(lang).get(low, low)
        if isinstance(lemma, list):
            lemma = lemma[0] if lemma else low
        return fold(str(lemma))

    def docs(self, lang: str, texts: list[str]) -> list[Doc]:
        """Return tokenized docs with NORM and LEMMA set from the lookup table."""
        nlp = self.pipeline(lang)
        table = self.lemma_table(lang)
        out = []
        for doc in nlp.tokenizer.pipe(texts, batch_size=256):
            for tok in doc:
                low = tok.lower_
                lemma = table.get(low, low)
                if isinstance(lemma, list):
                    lemma = lemma[0] if lemma else low
                tok.lemma_ = lemma
                tok.norm_ = fold(lemma)
            out.append(doc)
        return out


@lru_cache(maxsize=1)
def default_provider() -> NlpProvider:
    """Return the process-wide provider (one per worker process)."""
    return NlpProvider()
