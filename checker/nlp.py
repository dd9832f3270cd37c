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
from typing import TYPE_CHECKING, Any, NamedTuple

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


# A footnote call glued to the word it annotates, "critères protégés(1)", "beschermd
# criterium¹": split off, so that the phrase before it still matches. "5(1)" and "(a)(i)" stay.
NOTE_CALLS = (r"(?<=[^\W\d_]{2})\((?=\d{1,2}\b)", r"(?<=[^\W\d_]{2})[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def split_note_calls(nlp: SpacyLanguage) -> SpacyLanguage:
    """Return a blank pipeline whose tokenizer also splits footnote calls off words."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *NOTE_CALLS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


class NlpProvider:
    """Hands out one tokenizer pipeline and one lemma table per language, built lazily."""

    def __init__(self, pipelines: dict[str, SpacyLanguage] | None = None) -> None:
        self._pipelines: dict[str, SpacyLanguage] = dict(pipelines or {})
        self._lemmas: dict[str, dict[str, Any]] = {}
        self._lexicon: dict[str, dict[int, Lexeme]] = {}

    def pipeline(self, lang: str) -> SpacyLanguage:
        """Return the blank pipeline of a language, built on first use."""
        if lang not in self._pipelines:
            if lang not in _LANG_CODES:
                raise ValueError(f"unsupported language {lang!r}")
            import spacy

            if lang == "fr":
                from checker.fr_token_match import import_french

                import_french()
            self._pipelines[lang] = split_note_calls(spacy.blank(lang))
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

    def lexeme(self, lang: str, orth: int) -> Lexeme:
        """Return the folded text and NORM of a token text, by its hash (computed once)."""
        table = self._lexicon.setdefault(lang, {})
        entry = table.get(orth)
        if entry is None:
            strings = self.pipeline(lang).vocab.strings
            text = strings[orth]
            norm = self.norm_of(lang, text)
            entry = table[orth] = Lexeme(fold(text), norm, strings.add(norm))
        return entry

    def docs(self, lang: str, texts: list[str]) -> list[Doc]:
        """Return tokenized docs with NORM set to the folded lookup lemma of every token.

        Norms are computed once per distinct token text and written with one `from_array`
        per doc: a Python loop over every token costs more than the tokenizer itself.
        """
        import numpy
        from spacy.attrs import NORM, ORTH

        nlp = self.pipeline(lang)
        out = []
        for doc in nlp.tokenizer.pipe(texts, batch_size=256):
            if len(doc):
                norms = [self.lexeme(lang, o).norm_hash for o in doc.to_array(ORTH).tolist()]
                doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))
            out.append(doc)
        return out


class Lexeme(NamedTuple):
    """What the matchers need of one token text."""

    folded: str  # lower-cased, accents folded
    norm: str  # folded lookup lemma
    norm_hash: int


@lru_cache(maxsize=1)
def default_provider() -> NlpProvider:
    """Return the process-wide provider (one per worker process)."""
    return NlpProvider()
