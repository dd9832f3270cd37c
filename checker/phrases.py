"""Compile phrase lists into matchers over normalised tokens.

Exact phrases go to spaCy's PhraseMatcher on NORM (PERF_NOTES.md: ~50x cheaper than the same
sequences as Matcher patterns). A phrase word written with a trailing `*` matches any token
that starts with it ("discrimin*"); those few phrases are matched by a small prefix index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.nlp import Lexeme, NlpProvider, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

PhraseKey = tuple[tuple[str, bool], ...]  # (norm, is_prefix) per token


class PhraseIndex:
    """Finds which labelled phrase lists occur in a tokenized sentence."""

    def __init__(self, provider: NlpProvider, lang: str) -> None:
        from spacy.matcher import PhraseMatcher

        self._provider = provider
        self._lang = lang
        nlp = provider.pipeline(lang)
        self._matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self._prefix: dict[str, list[tuple[PhraseKey, str]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._exact_pending: dict[str, list[Doc]] = defaultdict(list)
        # by token text hash: labels of one-word prefix phrases the token matches, and the
        # longer prefix phrases that may start at it
        self._candidate_cache: dict[int, tuple[tuple[str, ...], list[tuple[PhraseKey, str]]]] = {}

    def add(self, label: str, phrases: Iterable[str]) -> None:
        """Register phrases under a label (call `freeze` when done)."""
        for phrase in phrases:
            key = self.phrase_key(phrase)
            if not key:
                continue
            if any(is_prefix for _, is_prefix in key):
                first, first_prefix = key[0]
                bucket = first if first_prefix else "=" + first
                self._prefix[bucket].append((key, label))
                if first_prefix:
                    self._prefix_lengths.add(len(first))
            else:
                self._exact_pending[label].append(self._norm_doc(key))

    def freeze(self) -> None:
        """Build the spaCy matcher from the registered exact phrases."""
        for label, docs in self._exact_pending.items():
            self._matcher.add(label, docs)
        self._exact_pending.clear()

    def phrase_key(self, phrase: str) -> PhraseKey:
        """Return a phrase as a sequence of (norm, is_prefix) tokens."""
        doc = self._provider.pipeline(self._lang).tokenizer(phrase.strip())
        out: list[tuple[str, bool]] = []
        for tok in doc:
            if tok.text == "*" and out:
                out[-1] = (fold(out[-1][0]), True)
            elif tok.text.endswith("*") and len(tok.text) > 1:
                out.append((fold(tok.text[:-1]), True))
            else:
                out.append((self._provider.norm_of(self._lang, tok.text), False))
        return tuple(out)

    def _norm_doc(self, key: PhraseKey) -> Doc:
        from spacy.tokens import Doc

        vocab = self._provider.pipeline(self._lang).vocab
        doc = Doc(vocab, words=[n for n, _ in key])
        for tok, (norm, _) in zip(doc, key, strict=True):
            tok.norm_ = norm
        return doc

    def labels_in(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Return label -> token spans of every phrase found in a tokenized sentence."""
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        vocab_strings = doc.vocab.strings
        for match_id, start, end in self._matcher(doc):
            found[vocab_strings[match_id]].append((start, end))
        if self._prefix:
            self._prefix_hits(doc, found)
        return found

    def _prefix_hits(self, doc: Doc, found: dict[str, list[tuple[int, int]]]) -> None:
        from spacy.attrs import ORTH

        orths = doc.to_array(ORTH).tolist()
        cache = self._candidate_cache
        lexemes: list[Lexeme] | None = None
        for i, orth in enumerate(orths):
            entry = cache.get(orth)
            if entry is None:
                entry = cache[orth] = self._candidates(self._lexeme(orth))
            singles, longer = entry
            for label in singles:
                found[label].append((i, i + 1))
            if not longer:
                continue
            lexemes = lexemes or [self._lexeme(o) for o in orths]
            for key, label in longer:
                if _matches_at(key, lexemes, i):
                    found[label].append((i, i + len(key)))

    def _lexeme(self, orth: int) -> Lexeme:
        return self._provider.lexeme(self._lang, orth)

    def _candidates(self, lex: Lexeme) -> tuple[tuple[str, ...], list[tuple[PhraseKey, str]]]:
        """Return the one-word prefix phrases' labels a token of this text matches, and the
        longer prefix phrases that may start at it."""
        out = list(self._prefix.get("=" + lex.norm, ()))
        for length in self._prefix_lengths:
            if len(lex.folded) >= length:
                out.extend(self._prefix.get(lex.folded[:length], ()))
        singles = tuple(
            dict.fromkeys(lab for key, lab in out if len(key) == 1 and _matches_at(key, [lex], 0))
        )
        return singles, [(key, lab) for key, lab in out if len(key) > 1]


def _matches_at(key: PhraseKey, lexemes: list[Lexeme], i: int) -> bool:
    if i + len(key) > len(lexemes):
        return False
    for offset, (value, is_prefix) in enumerate(key):
        lex = lexemes[i + offset]
        if is_prefix:
            if not (lex.folded.startswith(value) or lex.norm.startswith(value)):
                return False
        elif lex.norm != value and lex.folded != value:
            return False
    return True
