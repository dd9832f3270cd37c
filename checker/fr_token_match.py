"""spaCy's French tokenizer without its six-second regex compile.

`spacy.lang.fr.tokenizer_exceptions` joins 266 patterns for hyphenated and elided words
("sous-traitant", "entr'ouvert") into one 1.4 MB case-insensitive regex, TOKEN_MATCH, and
compiling it costs 5-6 s in every process that builds a French pipeline: more than reading and
grading a 100-page tender. Every one of those patterns reads `^PREFIX SEP REST`, where SEP is
a required hyphen or apostrophe class and PREFIX a short regex ("sous", "[ée]lectro").

`LazyTokenMatch` gives the same answer as the joined regex: for a string, a branch can only
match when its PREFIX matches the whole text before one of the string's separators, so only
those branches are compiled (once each) and tried, in their original order. Strings without
a hyphen or apostrophe, most words, are answered at once. A pattern this module does not
recognise is compiled as it is, so the result never differs from spaCy's.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from typing import Any

_MODULE = "spacy.lang.fr"
_FLAGS = "(?iu)"
_MIN_LENGTH = 100_000  # only the joined TOKEN_MATCH is this long
_UNSAFE = re.compile(r"\\[1-9]|\(\?P=|\(\?<?[=!]")  # back-references, look-arounds
_ANCHORS = re.compile(r"\\[bBAZz]|\$")  # would read differently at the end of the prefix


class Branch:
    """One `^PREFIX SEP REST` pattern: its prefix test compiled now, the whole lazily."""

    def __init__(self, pattern: str, prefix: re.Pattern[str], separators: str) -> None:
        self.pattern = pattern
        self.prefix = prefix
        self.separators = separators
        self._compiled: re.Pattern[str] | None = None

    def match(self, string: str, heads: list[int]) -> re.Match[str] | None:
        """Return the branch's match when its prefix fits before one of the separators."""
        fits = (string[h] in self.separators and self.prefix.fullmatch(string[:h]) for h in heads)
        if not any(fits):
            return None
        if self._compiled is None:
            self._compiled = re.compile(_FLAGS + self.pattern)
        return self._compiled.match(string)


class LazyTokenMatch:
    """Answers `TOKEN_MATCH(string)` like the joined regex, compiling only what is needed."""

    def __init__(self, pattern: str, branches: list[Branch]) -> None:
        self.pattern = pattern  # spaCy's Tokenizer.to_bytes reads it
        self._branches = branches
        self._separators = "".join(sorted({c for b in branches for c in b.separators}))

    def match(self, string: str) -> re.Match[str] | None:
        """Return a match object when some branch matches at the start of `string`."""
        heads = [i for i, c in enumerate(string) if c in self._separators]
        if not heads:
            return None
        for branch in self._branches:
            found = branch.match(string, heads)
            if found:
                return found
        return None


def parse(pattern: str) -> LazyTokenMatch | None:
    """Return the lazy form of a joined `(?iu)(?:^...)|(?:^...)` pattern, or None."""
    if not pattern.startswith(_FLAGS + "(?:") or not pattern.endswith(")"):
        return None
    parts = pattern[len(_FLAGS) + 3 : -1].split(")|(?:")
    if _FLAGS + "|".join(f"(?:{p})" for p in parts) != pattern:
        return None
    prefixes: dict[str, re.Pattern[str]] = {}
    branches = []
    for part in parts:
        split = _split(part)
        if split is None:
            return None
        prefix, separators = split
        if prefix not in prefixes:
            prefixes[prefix] = re.compile(_FLAGS + f"(?:{prefix})")
        branches.append(Branch(part, prefixes[prefix], separators))
    return LazyTokenMatch(pattern, branches)


def _split(part: str) -> tuple[str, str] | None:
    """Return (PREFIX, separator characters) of `^PREFIX[SEP]REST`, None if not that shape."""
    if not part.startswith("^") or _UNSAFE.search(part):
        return None
    atoms = _atoms(part)
    if atoms is None or not _balanced(atoms):
        return None
    depth = 0
    for start, end, atom in atoms[1:]:
        optional = end < len(part) and part[end] in "?*{"
        if atom.startswith("[") and depth == 0 and not optional and _plain_separators(atom):
            prefix = part[1:start]
            return None if _ANCHORS.search(prefix) else (prefix, atom[1:-1])
        if atom == "|" and depth == 0:
            return None
        depth += {"(": 1, ")": -1}.get(atom, 0)
    return None


def _atoms(part: str) -> list[tuple[int, int, str]] | None:
    """Return (start, end, text) of each escape, character class or single character."""
    out = []
    i = 0
    while i < len(part):
        if part[i] == "\\":
            end = i + 2
        elif part[i] == "[":
            end = _class_end(part, i)
            if end is None:
                return None
        else:
            end = i + 1
        out.append((i, end, part[i:end]))
        i = end
    return out


def _class_end(part: str, start: int) -> int | None:
    """Return the index just after the class opened at `start`, None when it is not closed."""
    i = start + 1
    if i < len(part) and part[i] in "^]":
        i += 1
    while i < len(part):
        if part[i] == "\\":
            i += 2
            continue
        if part[i] == "]":
            return i + 1
        i += 1
    return None


def _plain_separators(atom: str) -> bool:
    """Return whether a class lists only hyphen or apostrophe characters, literally."""
    chars = atom[1:-1]
    return bool(chars) and all(c in "-–—‐‑'’" for c in chars)


def _balanced(atoms: list[tuple[int, int, str]]) -> bool:
    depth = 0
    for _, _, atom in atoms:
        depth += {"(": 1, ")": -1}.get(atom, 0)
        if depth < 0:
            return False
    return depth == 0


def import_french() -> None:
    """Import spaCy's French language data with TOKEN_MATCH in its lazy form (once)."""
    if _MODULE in sys.modules:
        return
    real: Callable[..., Any] = re.compile

    def compile_lazily(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and flags == 0 and len(pattern) > _MIN_LENGTH:
            lazy = parse(pattern)
            if lazy is not None:
                return lazy
        return real(pattern, flags)

    # re.compile is swapped only for this import, made while the pipeline is built, before
    # any worker thread exists; a pattern not recognised is compiled by the real function
    re.compile = compile_lazily
    try:
        importlib.import_module(_MODULE)
    finally:
        re.compile = real
