"""Pydantic models of rule packs and profiles (validated when loaded, never turned back to dicts).

A rule's `match` is a condition tree in the style of semgrep: a node is exactly one of
`terms` (a named phrase list of the pack), `phrases` (an inline phrase list), `pattern`
(a spaCy token pattern), `regex` (on the sentence text), `all`, `any` or `not`.
Phrases are matched on normalised tokens (lower case, accents folded, lookup lemma); a
phrase word ending in `*` matches any token that starts with it.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from checker._typing import Language

_LEAF_KEYS = ("terms", "phrases", "pattern", "regex")
_BRANCH_KEYS = ("all", "any", "not_")
RULE_ID = re.compile(r"^[A-Z]{2,4}-[A-Z]{2}-\d{2,3}$")


class Node(BaseModel):
    """One condition: a leaf that finds spans, or a boolean combination of nodes."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    terms: str | None = None
    phrases: tuple[str, ...] | None = None
    pattern: tuple[dict[str, Any], ...] | None = None
    regex: str | None = None
    all: tuple[Node, ...] | None = None
    any: tuple[Node, ...] | None = None
    not_: Node | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _exactly_one(self) -> Node:
        set_keys = [k for k in (*_LEAF_KEYS, *_BRANCH_KEYS) if getattr(self, k) is not None]
        if len(set_keys) != 1:
            names = ", ".join(k.rstrip("_") for k in set_keys) or "nothing"
            raise ValueError(
                f"a condition needs exactly one of terms/phrases/pattern/regex/"
                f"all/any/not, got {names}"
            )
        return self

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value

    def leaves(self) -> list[Node]:
        """Return every leaf node under this node, depth first."""
        if self.all is not None or self.any is not None:
            return [leaf for child in (self.all or self.any or ()) for leaf in child.leaves()]
        if self.not_ is not None:
            return self.not_.leaves()
        return [self]


class Examples(BaseModel):
    """Sentences a rule must match and must not match (run by `clausecheck rules test`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    match: tuple[str, ...] = Field(min_length=1)
    no_match: tuple[str, ...] = Field(min_length=1)


class Rule(BaseModel):
    """One piece of evidence for one element, in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    element: str
    description: str = Field(min_length=10)
    aliases: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    match: Node
    context: Node | None = Field(
        default=None,
        description="must hold somewhere in the sentence's section (same article, or the "
        "neighbouring sentences when the document has no article numbers)",
    )
    anchor: str | None = Field(
        default=None,
        description="an element whose evidence this rule supports (monitoring of the "
        "commitment): the rule fires only when a rule of that element fired in the sentence's "
        "context, or when the context condition holds in the sentence itself and that element "
        "was found elsewhere in the document",
    )
    negation: bool = Field(
        default=True, description="drop the sentence when it holds a negation cue of the pack"
    )
    examples: Examples

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError(f"rule id {value!r} must look like ND-EN-01 (family-LANG-number)")
        return value

    @field_validator("name")
    @classmethod
    def _dotted(cls, value: str) -> str:
        if not re.match(r"^[a-z_]+(\.[a-z0-9_]+)+$", value):
            raise ValueError(f"rule name {value!r} must be dotted lower case, e.g. nd.commitment")
        return value


class RulePack(BaseModel):
    """All rules of one element family in one language, with the term lists they use."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pack: str
    language: Language
    description: str = ""
    terms: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    masks: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="per term list, phrases in which a match of that list does not count "
        "(the other senses of a word: 'origine' in 'trouvent leur origine dans')",
    )
    heading_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when the heading it sits under has them "
        "(an amount listed under 'Article 20 - Penalties' is a penalty)",
    )
    definition_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when it uses a term the document defines "
        "and the definition has them ('Personnel' defined as including subcontractors' staff)",
    )
    definition_head_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when it uses a term the document defines "
        'and the definition opens with them (\'"the Holder" means the tenderer to whom the '
        "concession is awarded' makes the Holder a party)",
    )
    annex_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when it refers to an annex whose opening "
        "has them ('any characteristic listed in Attachment F' over 'Attachment F - Protected "
        "Characteristics: race, colour, ...')",
    )
    point_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when it names points of a numbered "
        "definitions list, or uses a term defined there, whose term and first words have them "
        "('the persons listed in 1° to 3°' over '2° \"subcontractor\" means ...')",
    )
    lead_in_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists an item of a list also has when the sentence that opens the "
        "list ends in a colon and has them ('Le titulaire garantit, dans le recrutement de "
        "son personnel : 1° l'absence de toute discrimination fondée sur l'origine ; ...')",
    )
    answer_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists a sentence also has when it answers a question 'No' "
        "('Do you select candidates on their origin? No.' denies what the question asks)",
    )
    missing_terms: tuple[str, ...] = Field(
        default=(),
        description="term lists of a sentence that says what its section names is missing: "
        "a title of that section is then no evidence ('7. Grievances' over 'The company does "
        "not yet have a grievance procedure.')",
    )
    rules: tuple[Rule, ...] = ()


class InheritedTerms(BaseModel):
    """The term lists of one language that a sentence takes over from elsewhere in its
    document: its heading, the lead-in of its list, the definitions of the terms it uses, the
    annexes it names, the question it answers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: frozenset[str] = frozenset()
    definition: frozenset[str] = frozenset()
    definition_head: frozenset[str] = frozenset()
    annex: frozenset[str] = frozenset()
    point: frozenset[str] = frozenset()
    lead_in: frozenset[str] = frozenset()  # of the sentence that opens a list
    answer: frozenset[str] = frozenset()  # of a sentence answering a question "No"
    missing: frozenset[str] = frozenset()  # of a sentence saying its section's topic is missing


class LevelDef(BaseModel):
    """A strength level: reached when all of `all` and at least one of `any` hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    advice: dict[str, str] = Field(
        default_factory=dict, description="per language, what to add to reach this level"
    )


class ScopeThresholds(BaseModel):
    """When a contractor is in scope of the policy audit (GHENT_MODEL.md Part C)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_employees: int = Field(ge=0)
    min_contract_value_eur: float = Field(ge=0)


class Profile(BaseModel):
    """How elements become a level and a score, and the audit thresholds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str
    families: tuple[str, ...] = ("non_discrimination",)
    policy_families: tuple[str, ...] = ("policy", "red_flags")
    elements: tuple[str, ...]
    indicators: tuple[str, ...] = ()
    levels: tuple[LevelDef, ...]
    weights: dict[str, int]
    element_labels: dict[str, dict[str, str]] = Field(default_factory=dict)
    scope: ScopeThresholds
    policy_elements: tuple[str, ...] = ()
    baseline: tuple[str, ...] = ()
    coaching_due_days: int = 90
    coaching_follow_up_days: int = 180
    kind: Literal["profile"] = "profile"

    @model_validator(mode="after")
    def _consistent(self) -> Profile:
        known = set(self.elements) | set(self.indicators)
        for level in self.levels:
            unknown = (set(level.all) | set(level.any)) - known
            if unknown:
                raise ValueError(f"level {level.id} uses unknown elements {sorted(unknown)}")
        if set(self.weights) - set(self.elements):
            raise ValueError(f"weights for unknown elements {sorted(set(self.weights) - known)}")
        if set(self.baseline) - set(self.policy_elements):
            raise ValueError("baseline names elements that are not policy_elements")
        return self

    @property
    def level_ids(self) -> tuple[str, ...]:
        """Return the level ids from lowest to highest, starting with 'absent'."""
        return ("absent", *(level.id for level in self.levels))
