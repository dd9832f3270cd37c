"""Compile phrase lists into matchers over normalised tokens.

Exact phrases go to spaCy's PhraseMatcher on NORM (PERF_NOTES.md: ~50x cheaper than the same
sequences as Matcher patterns). A phrase word written with a trailing `*` matches any token
that starts with it ("discrimin*"); those few phrases are matched by a small prefix index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.nlp import NlpProvider, fold

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
        texts = [fold(t.text) for t in doc]
        norms = [t.norm_ for t in doc]
        for i in range(len(doc)):
            candidates = list(self._prefix.get("=" + norms[i], ()))
            for length in self._prefix_lengths:
                if len(texts[i]) >= length:
                    candidates.extend(self._prefix.get(texts[i][:length], ()))
            for key, label in candidates:
                if _matches_at(key, texts, norms, i):
                    found[label].append((i, i + len(key)))


def _matches_at(key: PhraseKey, texts: list[str], norms: list[str], i: int) -> bool:
    if i + len(key) > len(texts):
        return False
    for offset, (value, is_prefix) in enumerate(key):
        j = i + offset
        if is_prefix:
            if not (texts[j].startswith(value) or norms[j].startswith(value)):
                return False
        elif norms[j] != value and texts[j] != value:
            return False
    return True
