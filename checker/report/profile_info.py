"""What renderers know of the profile behind a report: element labels, advice and rule texts.

A report names its profile and the hash of the rules in force. The renderers that describe
elements and rules (SARIF, HTML) look the profile up again by name; when the rules loaded now
hash differently from the report's, they say so next to the descriptions they took from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.errors import CheckerError
from checker.rulepack.loader import RuleSet, load_ruleset

HELP_LANGUAGE = "en"


@dataclass(frozen=True)
class ElementInfo:
    """One element of a profile as renderers describe it."""

    id: str
    label: str
    advice: str | None = None
    tier: int | None = None  # index of the first level that needs the element (None: no level)
    needed_for: str | None = None  # id of that level
    baseline: bool = False


@dataclass(frozen=True)
class RuleInfo:
    """One rule as renderers describe it."""

    id: str
    name: str
    element: str
    description: str


def report_ruleset(profile: str) -> RuleSet | None:
    """Return the rule set of a report's profile as loaded now, or None when it cannot be."""
    try:
        return load_ruleset(profile)
    except CheckerError:
        return None


def descriptions_note(ruleset: RuleSet | None, rules_sha256: str) -> dict[str, str]:
    """Return provenance of the descriptions when they come from other rules than the report's."""
    if ruleset is None:
        return {"descriptions": "profile not found; elements are not described"}
    if ruleset.sha256 != rules_sha256:
        return {"descriptions_rules_sha256": ruleset.sha256}
    return {}


def scan_elements(ruleset: RuleSet | None, seen: list[str]) -> list[ElementInfo]:
    """Return the clause elements of the profile (or those seen in the report, unexplained)."""
    if ruleset is None:
        return [ElementInfo(e, e.replace("_", " ")) for e in dict.fromkeys(seen)]
    prof = ruleset.profile
    out = []
    for element in dict.fromkeys([*prof.elements, *seen]):
        tier = next((i for i, lv in enumerate(prof.levels) if _needs(lv, element)), None)
        level = prof.levels[tier] if tier is not None else None
        advice = level.advice.get(HELP_LANGUAGE) if level else None
        label = _label(ruleset, element)
        out.append(ElementInfo(element, label, advice, tier, level.id if level else None))
    return out


def policy_elements(ruleset: RuleSet | None, seen: list[str]) -> list[ElementInfo]:
    """Return the policy elements of the profile with the coaching action as advice."""
    if ruleset is None:
        return [ElementInfo(e, e.replace("_", " ")) for e in dict.fromkeys(seen)]
    prof = ruleset.profile
    texts = _coaching_elements()
    out = []
    for element in dict.fromkeys([*prof.policy_elements, *seen]):
        text = texts.get(element)
        label = text[0] if text else element.replace("_", " ")
        advice = text[1] if text else None
        out.append(ElementInfo(element, label, advice, baseline=element in prof.baseline))
    return out


def rule_infos(ruleset: RuleSet | None) -> dict[str, RuleInfo]:
    """Return every rule of the rule set by id (empty when the rule set is unknown)."""
    if ruleset is None:
        return {}
    return {r.id: RuleInfo(r.id, r.name, r.element, r.description) for _, r in ruleset.rules()}


def _needs(level: object, element: str) -> bool:
    return element in getattr(level, "all", ()) or element in getattr(level, "any", ())


def _label(ruleset: RuleSet, element: str) -> str:
    labels = ruleset.profile.element_labels.get(element, {})
    return labels.get(HELP_LANGUAGE) or element.replace("_", " ")


def _coaching_elements() -> dict[str, tuple[str, str]]:
    from checker.audit.coaching import load_texts

    try:
        texts = load_texts(HELP_LANGUAGE)
    except CheckerError:
        return {}
    return {k: (t.label, t.action) for k, t in texts.elements.items()}
