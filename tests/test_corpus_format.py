"""Verify the labelled clause excerpts (corpus/clauses/*.yaml): schema, labels and minimum counts.

This file never runs the engine (tests/test_corpus_grading.py does); it checks that every
label follows the labelling rules of corpus/README.md and that the corpus cannot shrink.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

CLAUSES = Path(__file__).resolve().parents[1] / "corpus" / "clauses"
LANGUAGES = ("en", "nl", "fr")
LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")
ELEMENTS = (
    "commitment",
    "grounds",
    "flowdown",
    "monitoring",
    "action_plan",
    "remedies",
    "applicability",
)
EXEMPLARY = set(ELEMENTS) - {"applicability"}
DECOYS = ("tenderers", "price", "access", "gdpr", "users", "algorithm")
TAGS = {f"decoy_{d}" for d in DECOYS} | {
    "hard_negative",
    "social_clause",
    "negation",
    "paraphrase",
    "labour_law_generic",
    "statute",
    "multi_paragraph",
    "bilingual",
}
KEYS = {"id", "text", "level", "elements", "tags", "note"}
REQUIRED = {"id", "text", "level", "elements"}
# Kinds of hard negative a language must mostly cover (the decoy list of the labelling rules).
NEGATIVE_KINDS = {f"decoy_{d}" for d in DECOYS} | {"social_clause", "statute"}
# The stem a paraphrase must avoid: discrimination, discriminer, discriminatie, discriminate...
WORD_STEM = re.compile(r"discrimin", re.IGNORECASE)

MIN_CASES = 72
MIN_LEVELS = {"absent": 20, "weak": 10, "moderate": 10, "strong": 10, "exemplary": 8}
MIN_TAGS = {"hard_negative": 15, "paraphrase": 12, "negation": 4, "multi_paragraph": 5}
MIN_NEGATIVE_KINDS = 6
MIN_CLEAN_ABSENT = 2
MIN_BILINGUAL = {"nl": 2, "fr": 2}


def _load(lang: str) -> dict[str, Any]:
    data = yaml.safe_load((CLAUSES / f"{lang}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{lang}.yaml: top level must be a mapping"
    return data


def _cases(lang: str) -> list[dict[str, Any]]:
    return list(_load(lang)["cases"])


def expected_level(elements: set[str], tags: set[str]) -> str:
    """Return the level the labelling rules give to a set of elements and tags."""
    if "commitment" not in elements:
        return "weak" if "labour_law_generic" in tags else "absent"
    if "grounds" not in elements:
        return "weak"
    if elements >= EXEMPLARY:
        return "exemplary"
    if "monitoring" in elements and elements & {"action_plan", "remedies"}:
        return "strong"
    return "moderate"


ALL = [(lang, c) for lang in LANGUAGES for c in _cases(lang)]
IDS = [str(c.get("id", f"{lang}-?")) for lang, c in ALL]


@pytest.mark.parametrize(
    ("elements", "tags", "level"),
    [
        (set(), set(), "absent"),
        (set(), {"labour_law_generic"}, "weak"),
        ({"commitment", "monitoring", "remedies"}, set(), "weak"),
        ({"commitment", "grounds", "remedies"}, set(), "moderate"),
        ({"commitment", "grounds", "monitoring"}, set(), "moderate"),
        ({"commitment", "grounds", "monitoring", "action_plan"}, set(), "strong"),
        (EXEMPLARY - {"flowdown"}, set(), "strong"),
        (EXEMPLARY, set(), "exemplary"),
        (set(ELEMENTS), set(), "exemplary"),
    ],
)
def test_expected_level_table(elements: set[str], tags: set[str], level: str) -> None:
    """Verify the rule table that the label checks below rely on."""
    assert expected_level(elements, tags) == level


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_header_and_unique_ids(lang: str) -> None:
    """Verify the language key and that ids are unique and of the form <lang>-NNN."""
    data = _load(lang)
    assert set(data) == {"language", "cases"}
    assert data["language"] == lang
    ids = [c["id"] for c in data["cases"]]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"{lang}: duplicate ids {dupes}"
    bad = [i for i in ids if not re.fullmatch(rf"{lang}-\d{{3}}", i)]
    assert not bad, f"{lang}: ids not of the form {lang}-NNN: {bad}"


@pytest.mark.parametrize(("lang", "case"), ALL, ids=IDS)
def test_case_schema(lang: str, case: dict[str, Any]) -> None:
    """Verify keys, types and vocabularies of one case."""
    assert REQUIRED <= set(case) <= KEYS, f"keys {sorted(case)}"
    assert isinstance(case["text"], str) and len(case["text"].split()) >= 8
    assert case["level"] in LEVELS
    elements, tags = case["elements"], case.get("tags", [])
    assert isinstance(elements, list) and isinstance(tags, list)
    assert set(elements) <= set(ELEMENTS), f"unknown elements {set(elements) - set(ELEMENTS)}"
    assert len(set(elements)) == len(elements), "an element is listed twice"
    assert elements == [e for e in ELEMENTS if e in elements], "elements not in canonical order"
    assert set(tags) <= TAGS, f"unknown tags {set(tags) - TAGS}"
    assert len(set(tags)) == len(tags), "a tag is listed twice"
    assert isinstance(case.get("note", ""), str)


@pytest.mark.parametrize(("lang", "case"), ALL, ids=IDS)
def test_level_follows_elements(lang: str, case: dict[str, Any]) -> None:
    """Verify the level is the one the labelling rules give to the listed elements."""
    tags = set(case.get("tags", []))
    assert case["level"] == expected_level(set(case["elements"]), tags)


@pytest.mark.parametrize(("lang", "case"), ALL, ids=IDS)
def test_tags_agree_with_labels(lang: str, case: dict[str, Any]) -> None:
    """Verify hard negatives are absent and empty, and paraphrases avoid the word."""
    tags = set(case.get("tags", []))
    if tags & ({"hard_negative", "statute", "social_clause"} | NEGATIVE_KINDS):
        assert "hard_negative" in tags, "a decoy kind without the hard_negative tag"
        assert (case["level"], case["elements"]) == ("absent", [])
    if "labour_law_generic" in tags:
        assert "commitment" not in case["elements"]
        assert case["level"] == "weak"
    if "paraphrase" in tags:
        assert not WORD_STEM.search(case["text"]), "paraphrase uses the word itself"
        assert "commitment" in case["elements"], "a paraphrase of what, without commitment?"
    if "multi_paragraph" in tags:
        assert case["text"].strip().count("\n") >= 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_minimum_counts(lang: str) -> None:
    """Verify the per-language minimum counts, so the corpus cannot silently shrink."""
    cases = _cases(lang)
    assert len(cases) >= MIN_CASES
    levels = Counter(c["level"] for c in cases)
    short = {lv: levels[lv] for lv, n in MIN_LEVELS.items() if levels[lv] < n}
    assert not short, f"{lang}: too few cases per level {short}"
    tags = Counter(t for c in cases for t in c.get("tags", []))
    short = {t: tags[t] for t, n in MIN_TAGS.items() if tags[t] < n}
    assert not short, f"{lang}: too few cases per tag {short}"
    kinds = NEGATIVE_KINDS & set(tags)
    assert len(kinds) >= MIN_NEGATIVE_KINDS, f"{lang}: hard negatives only cover {kinds}"
    absent = [c for c in cases if c["level"] == "absent"]
    clean = [c for c in absent if "hard_negative" not in c.get("tags", [])]
    assert len(clean) >= MIN_CLEAN_ABSENT
    assert tags["bilingual"] >= MIN_BILINGUAL.get(lang, 0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_element_is_labelled_somewhere(lang: str) -> None:
    """Verify each element occurs in enough cases for a per-element F1 to mean something."""
    counts = Counter(e for c in _cases(lang) for e in c["elements"])
    thin = {e: counts[e] for e in ELEMENTS if counts[e] < (3 if e == "applicability" else 10)}
    assert not thin, f"{lang}: elements labelled too rarely {thin}"


def test_texts_are_not_duplicated_across_languages() -> None:
    """Verify no excerpt text appears twice in the corpus."""
    texts = Counter(" ".join(c["text"].split()).lower() for _, c in ALL)
    assert not [t[:60] for t, n in texts.items() if n > 1]
