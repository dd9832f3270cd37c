"""Draft the coaching plan of a flagged contractor (GHENT_MODEL.md Part C).

One required action per missing baseline element and per red flag, and, kept apart, one
optional recommendation per other missing policy element. The texts are data
(`rules/coaching/<lang>.yaml`), in the contractor's language: the majority language of its
readable documents, English when none of them says otherwise or no texts exist for it.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.errors import ConfigError
from checker.report.audit_models import CoachingAction, CoachingPlan, PolicyDocResult, RedFlag
from checker.rulepack.loader import rules_dir
from checker.rulepack.models import Profile
from checker.yamlio import load_yaml

FALLBACK_LANGUAGE = "en"
DEFAULT_KIND = "default"
LETTER_FIELDS = {"name", "audit_date", "follow_up", "due_days"}


class ActionText(BaseModel):
    """What a contractor is asked to do about one gap, and the evidence expected back."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = Field(min_length=3)
    action: str = Field(min_length=10)
    evidence: str = Field(min_length=5)
    matches: tuple[str, ...] = Field(
        default=(),
        description="red flags: words of a rule name (split at . and _) that pick this text",
    )


class LetterText(BaseModel):
    """The fixed texts of the plan document (title, headings, column names)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    intro: str
    contractor: str
    audit_date: str
    follow_up: str
    actions: str
    recommendations: str
    number: str
    topic: str
    action: str
    evidence: str
    due: str
    found: str
    page: str
    paragraph: str
    closing: str


class CoachingTexts(BaseModel):
    """All coaching texts of one language, validated when loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str
    letter: LetterText
    elements: dict[str, ActionText]
    red_flags: dict[str, ActionText]

    @model_validator(mode="after")
    def _placeholders(self) -> CoachingTexts:
        if DEFAULT_KIND not in self.red_flags:
            raise ValueError(f"red_flags needs a '{DEFAULT_KIND}' entry")
        for key, text in self.red_flags.items():
            _check_fields(f"red_flags.{key}.action", text.action, {"quote"})
        for key, text in self.elements.items():
            _check_fields(f"elements.{key}.action", text.action, set())
        for name in ("intro", "closing"):
            _check_fields(f"letter.{name}", getattr(self.letter, name), LETTER_FIELDS)
        return self

    def red_flag_text(self, flag: RedFlag) -> ActionText:
        """Return the text of a red flag: the first kind named by a word of its rule's name."""
        words = set(re.split(r"[._]", flag.kind))
        for key, text in self.red_flags.items():
            if key != DEFAULT_KIND and words & {key, *text.matches}:
                return text
        return self.red_flags[DEFAULT_KIND]


def _check_fields(where: str, text: str, allowed: set[str]) -> None:
    used = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    if used - allowed:
        raise ValueError(f"{where}: unknown placeholder(s) {sorted(used - allowed)}")


def coaching_dir() -> Path:
    """Return the folder of the coaching texts."""
    return rules_dir() / "coaching"


@lru_cache(maxsize=8)
def load_texts(lang: str, folder: Path | None = None) -> CoachingTexts:
    """Return the coaching texts of a language (English when there are none for it)."""
    base = folder or coaching_dir()
    path = base / f"{lang}.yaml"
    if not path.is_file():
        path = base / f"{FALLBACK_LANGUAGE}.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return CoachingTexts.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read coaching texts ({exc})") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ConfigError(f"{path}: {where}: {err['msg']}") from exc


def contractor_language(docs: Sequence[PolicyDocResult], forced: str | None = None) -> str:
    """Return the language of a contractor: forced, else the majority over readable documents."""
    if forced and forced != "auto":
        return forced
    shares: dict[str, float] = {}
    for doc in docs:
        if doc.status != "ok":
            continue
        langs = doc.languages or ({doc.language: 1.0} if doc.language else {})
        for lang, share in langs.items():
            if lang != "mixed":
                shares[lang] = shares.get(lang, 0.0) + share
    if not shares:
        return FALLBACK_LANGUAGE
    return max(sorted(shares), key=lambda k: shares[k])


def build_plan(
    missing: Sequence[str],
    red_flags: Sequence[RedFlag],
    profile: Profile,
    lang: str,
    audit_date: dt.date,
) -> CoachingPlan:
    """Return the plan: required actions (baseline gaps, red flags) and recommendations."""
    texts = load_texts(lang)
    due = audit_date + dt.timedelta(days=profile.coaching_due_days)
    required = [e for e in profile.baseline if e in missing]
    optional = [e for e in profile.policy_elements if e in missing and e not in required]
    actions = [_element_action(texts, e, due) for e in required]
    actions += [_flag_action(texts, f, due) for f in red_flags]
    return CoachingPlan(
        language=texts.language,
        audit_date=audit_date,
        actions=actions,
        recommendations=[_element_action(texts, e, None) for e in optional],
        follow_up=audit_date + dt.timedelta(days=profile.coaching_follow_up_days),
    )


def _element_action(texts: CoachingTexts, element: str, due: dt.date | None) -> CoachingAction:
    text = texts.elements.get(element)
    if text is None:
        raise ConfigError(f"coaching texts ({texts.language}) have no entry for {element!r}")
    return CoachingAction(
        element=element,
        label=text.label,
        action=" ".join(text.action.split()),
        evidence_expected=" ".join(text.evidence.split()),
        due=due,
    )


def _flag_action(texts: CoachingTexts, flag: RedFlag, due: dt.date) -> CoachingAction:
    text = texts.red_flag_text(flag)
    return CoachingAction(
        element="red_flag",
        label=text.label,
        action=" ".join(text.action.format(quote=_short(flag.text)).split()),
        evidence_expected=" ".join(text.evidence.split()),
        due=due,
        quote=flag.text,
        document=flag.document,
        page=flag.page,
        paragraph=flag.paragraph,
        rule=flag.rule,
    )


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."
