"""Parse YAML data files (rule packs, profiles, word lists, corpora) with libyaml when present.

PyYAML's C loader parses the rule packs about six times faster than its pure-Python
`SafeLoader` and yields the same data; it is a safe loader too (no arbitrary objects).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key given twice in one mapping.

    YAML keeps the last of two equal keys without a word; in a rule pack that silently
    replaces a term list or a rule field, so it is an error here.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key != "<<" and key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> Any:
    """Return the data of a YAML text (safe loading; raises yaml.YAMLError when malformed or
    when a mapping repeats a key)."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader


def language_data(name: str) -> Any:
    """Return the data of a language word list, rules/language/<name>.yaml."""
    return load_yaml(resources.files("rules").joinpath(f"language/{name}.yaml").read_text("utf-8"))


def word_alternation(words: Iterable[object]) -> str:
    """Return a regex alternation of words, escaped and longest first ("annexes" is tried
    before "annex")."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))
