"""The words of rules/language/in_force.yaml, validated once: what puts a provision in force
for this contract or not (boxes, disapplications, thresholds, disclaimers) and how a value
is stated. Read by checker/in_force.py, checker/contract_value.py, checker/defined_thresholds.py
and the answers of a form (checker/answers.py)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.yamlio import language_data


class InForceWords(BaseModel):
    """The words of rules/language/in_force.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ticked: list[str]
    unticked: list[str]
    scope_prepositions: list[str]
    scope_words: list[str]
    threshold_phrases: list[str]
    at_least: list[str]
    value_labels: list[str]
    currencies: list[str]
    self_disclaimers: list[str]
    no_consequence: list[str]
    consequence_screen: list[str]
    duty_screen: list[str]
    range_words: list[str]
    breach_words: str
    consequence_elements: list[str]
    kept_elements: list[str]
    definition_cues: list[str]
    condition_words: list[str]
    articles: list[str]


@lru_cache(maxsize=1)
def words() -> InForceWords:
    """Return the words of rules/language/in_force.yaml (read and validated once)."""
    return InForceWords.model_validate(language_data("in_force"))


def box_words() -> tuple[list[str], list[str]]:
    """Return the marks of a ticked box and of an empty one ("☒", "[x]"; "☐", "[ ]")."""
    return words().ticked, words().unticked
