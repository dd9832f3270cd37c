"""The regexes of the rule packs cannot backtrack without end on a line of dashes.

A word token that may start with a hyphen or an apostrophe after a run of non-word
characters ("(?:\\W+[\\w'’-]+){0,10}?\\W+") splits a ruler line ("Article 4 - Durée
-----------------------------------") in exponentially many ways: one such French regex
took two minutes on a 5 KB rules-of-consultation document. A token must start with a word
character.
"""

from __future__ import annotations

import re

import pytest

from checker.rulepack.loader import load_ruleset
from checker.rulepack.models import Node

# \W+ followed, repeatedly, by a class that also holds a non-word character, with a + on it
_AMBIGUOUS = re.compile(r"\\W[+*]\[(?=[^\]]*(?:-|'|’))[^\]]*\][+*]")


def _regexes(lang: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for pack in load_ruleset().packs_for(lang, None):
        for rule in pack.rules:
            nodes: list[Node] = [n for n in (rule.match, rule.context) if n is not None]
            for node in nodes:
                found.extend((rule.id, leaf.regex) for leaf in node.leaves() if leaf.regex)
    return found


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_no_word_token_that_may_start_with_a_non_word_character(lang: str) -> None:
    bad = [rule for rule, regex in _regexes(lang) if _AMBIGUOUS.search(regex)]
    assert bad == []


def test_the_check_finds_the_shape_that_hung() -> None:
    assert _AMBIGUOUS.search(r"(?:\W+[\w'’-]+){0,10}?\W+(?:ne\s+s)")
    assert not _AMBIGUOUS.search(r"(?:\W+\w[\w'’-]*){0,10}?\W+(?:ne\s+s)")
