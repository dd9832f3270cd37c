"""Turn rule hits into elements, a strength level, a score and advice (Ghent model Part A)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.matcher import RuleHit
from checker.report.models import ElementResult, Evidence, NextLevel
from checker.rulepack.models import LevelDef, Profile

MAX_EVIDENCE = 10


def hits_to_elements(hits: Iterable[RuleHit], names: Sequence[str]) -> dict[str, ElementResult]:
    """Return, for each element name, whether it is present and its evidence in order.

    Evidence next to the clause comes first; a hit anchored only through other supporting
    evidence (a chain) follows, since it is the weaker quote of the element.
    """
    out = {name: ElementResult(present=False) for name in names}
    seen: set[tuple[str, int]] = set()
    for hit in sorted(hits, key=lambda h: h.chained):
        if hit.element not in out or (hit.element, hit.sentence.index) in seen:
            continue
        seen.add((hit.element, hit.sentence.index))
        result = out[hit.element]
        result.present = True
        if len(result.evidence) < MAX_EVIDENCE:
            result.evidence.append(hit_to_evidence(hit))
    return out


def hit_to_evidence(hit: RuleHit) -> Evidence:
    """Return the report evidence of one hit (the quoted sentence and its location)."""
    s = hit.sentence
    return Evidence(
        text=" ".join(s.text.split()),
        page=s.page,
        paragraph=s.paragraph,
        article=f"{s.annex}, {s.article}" if s.annex and s.article else s.annex or s.article,
        rule=hit.rule_id,
        start=s.start,
        end=s.end,
    )


def level_reached(level: LevelDef, present: set[str]) -> bool:
    """Return whether the present elements satisfy one level's definition."""
    return set(level.all) <= present and (not level.any or bool(set(level.any) & present))


def elements_to_level(present: set[str], profile: Profile) -> str:
    """Return the highest level whose definition, and every lower one, is satisfied."""
    reached = "absent"
    for level in profile.levels:
        if not level_reached(level, present):
            break
        reached = level.id
    return reached


def elements_to_score(present: set[str], level: str, profile: Profile) -> int:
    """Return the 0-100 score: the weights of present elements, 0 when no clause is found."""
    if level == "absent":
        return 0
    total = sum(profile.weights.values()) or 1
    got = sum(w for e, w in profile.weights.items() if e in present)
    return round(100 * got / total)


def next_level(
    present: set[str], level: str, profile: Profile, lang: str | None
) -> NextLevel | None:
    """Return the next level and the elements to add to reach it (None at the top)."""
    ids = [lv.id for lv in profile.levels]
    idx = ids.index(level) + 1 if level in ids else 0
    if idx >= len(profile.levels):
        return None
    target = profile.levels[idx]
    add = [e for e in target.all if e not in present]
    if target.any and not set(target.any) & present:
        add.append(" or ".join(target.any))
    advice = target.advice.get(lang or "en") or target.advice.get("en")
    return NextLevel(level=target.id, add=add, advice=advice)
