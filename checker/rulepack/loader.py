"""Load rule packs and profiles from YAML, with errors that name file, line and field."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from checker.errors import PatternError, RulePackError
from checker.rulepack.models import InheritedTerms, Node, Profile, Rule, RulePack
from checker.yamlio import load_yaml

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
TERMS_FAMILY = "terms"


@dataclass(frozen=True)
class RuleSet:
    """A profile with the rule packs it uses, per language, and their combined hash."""

    profile: Profile
    packs: tuple[RulePack, ...]
    sha256: str
    files: tuple[str, ...] = field(default=())

    def packs_for(self, language: str, families: tuple[str, ...] | None = None) -> list[RulePack]:
        """Return the packs of one language (optionally only some families)."""
        fams = families or self.profile.families
        return [p for p in self.packs if p.language == language and p.pack in fams]

    def terms_for(self, language: str) -> dict[str, tuple[str, ...]]:
        """Return the merged term lists of a language (shared terms, then each pack's own)."""
        merged: dict[str, tuple[str, ...]] = {}
        for pack in self.packs:
            if pack.language == language:
                for name, phrases in pack.terms.items():
                    merged[name] = tuple(dict.fromkeys((*merged.get(name, ()), *phrases)))
        return merged

    def masks_for(self, language: str) -> dict[str, tuple[str, ...]]:
        """Return the merged masks of a language: term name -> phrases that cancel it."""
        merged: dict[str, tuple[str, ...]] = {}
        for pack in self.packs:
            if pack.language == language:
                for name, phrases in pack.masks.items():
                    merged[name] = tuple(dict.fromkeys((*merged.get(name, ()), *phrases)))
        return merged

    def inherited_terms_for(self, language: str) -> InheritedTerms:
        """Return the term lists a sentence of one language inherits from its heading, the
        definitions of the terms it uses, the annexes it refers to and the question it answers."""
        packs = [p for p in self.packs if p.language == language]
        return InheritedTerms(
            heading=frozenset(n for p in packs for n in p.heading_terms),
            definition=frozenset(n for p in packs for n in p.definition_terms),
            definition_head=frozenset(n for p in packs for n in p.definition_head_terms),
            annex=frozenset(n for p in packs for n in p.annex_terms),
            point=frozenset(n for p in packs for n in p.point_terms),
            lead_in=frozenset(n for p in packs for n in p.lead_in_terms),
            answer=frozenset(n for p in packs for n in p.answer_terms),
            missing=frozenset(n for p in packs for n in p.missing_terms),
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the languages some pack covers."""
        return tuple(sorted({p.language for p in self.packs}))

    def rules(self) -> list[tuple[RulePack, Rule]]:
        """Return every rule with its pack."""
        return [(p, r) for p in self.packs for r in p.rules]


def rules_dir() -> Path:
    """Return the folder the built-in rule packs are read from."""
    return RULES_DIR


def load_profile(name_or_path: str, base: Path | None = None) -> tuple[Profile, Path]:
    """Return the profile named `name_or_path` (rules/profiles/NAME.yaml) or at that path."""
    base = base or RULES_DIR
    candidate = Path(name_or_path)
    path = (
        candidate
        if candidate.suffix in (".yaml", ".yml")
        else base / "profiles" / f"{name_or_path}.yaml"
    )
    if not path.is_file():
        known = sorted(p.stem for p in (base / "profiles").glob("*.yaml"))
        raise RulePackError(path, f"no such profile (known: {', '.join(known)})")
    return _validate(path, Profile), path


@lru_cache(maxsize=8)
def load_ruleset(profile: str = "ghent", base: str | None = None) -> RuleSet:
    """Return the validated rule set for a profile; raises RulePackError on any problem."""
    root = Path(base) if base else RULES_DIR
    prof, prof_path = load_profile(profile, root)
    families = (TERMS_FAMILY, *prof.families, *prof.policy_families)
    paths = sorted(p for fam in families for p in (root / fam).glob("*.yaml"))
    missing = [fam for fam in prof.families if not list((root / fam).glob("*.yaml"))]
    if missing:
        raise RulePackError(root, f"profile {prof.name} needs rule packs for {missing}: none found")
    packs = tuple(_validate(p, RulePack) for p in paths)
    for path, pack in zip(paths, packs, strict=True):
        check_pack(path, pack, packs, prof)
    digest = hashlib.sha256()
    for p in (prof_path, *paths):
        digest.update(p.name.encode() + b"\0" + p.read_bytes())
    return RuleSet(prof, packs, digest.hexdigest(), tuple(str(p) for p in (prof_path, *paths)))


def check_pack(path: Path, pack: RulePack, all_packs: tuple[RulePack, ...], prof: Profile) -> None:
    """Raise RulePackError for unknown elements, unknown terms, bad patterns, duplicate ids."""
    terms = {n for p in all_packs if p.language == pack.language for n in p.terms}
    known = set(prof.elements) | set(prof.indicators) | set(prof.policy_elements)
    ids = [r.id for p in all_packs for r in p.rules]
    inherited = (
        *pack.heading_terms,
        *pack.definition_terms,
        *pack.definition_head_terms,
        *pack.annex_terms,
        *pack.point_terms,
        *pack.lead_in_terms,
        *pack.answer_terms,
        *pack.missing_terms,
    )
    for name in (*pack.masks, *inherited):
        if name not in terms:
            raise RulePackError(path, f"mask or inherited term for unknown term list {name!r}")
    for rule in pack.rules:
        if ids.count(rule.id) > 1:
            raise RulePackError(path, "duplicate rule id", rule.id)
        if rule.element not in known and not rule.element.startswith("red_flag"):
            raise RulePackError(path, f"unknown element {rule.element!r}", rule.id)
        if rule.anchor is not None and rule.anchor not in known:
            raise RulePackError(path, f"unknown anchor element {rule.anchor!r}", rule.id)
        for node in (rule.match, *([rule.context] if rule.context else [])):
            _check_leaves(path, rule, node, terms)


def _check_leaves(path: Path, rule: Rule, node: Node, terms: set[str]) -> None:
    for leaf in node.leaves():
        if leaf.terms is not None and leaf.terms not in terms:
            raise RulePackError(path, f"unknown term list {leaf.terms!r}", rule.id)
        if leaf.pattern is not None:
            from spacy.schemas import validate_token_pattern  # spaCy only when a pack needs it

            errors = validate_token_pattern([dict(t) for t in leaf.pattern])
            if errors:
                raise PatternError(path, f"invalid token pattern: {'; '.join(errors)}", rule.id)


def _validate(path: Path, model: type[Any]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(path, f"cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark else ""
        raise RulePackError(path, f"{line}invalid YAML ({getattr(exc, 'problem', exc)})") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(text, loc)
        where = ".".join(str(x) for x in loc) or "(top)"
        more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise RulePackError(path, f"line {line}: {where}: {err['msg']}{more}") from exc


def _line_of(text: str, loc: tuple[Any, ...]) -> int:
    """Return the 1-based line of the YAML node at `loc`, or of its nearest ancestor."""
    node = yaml.compose(text)
    line = 1
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        node = _child(node, key)
    return node.start_mark.line + 1 if node is not None else line


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, yaml.MappingNode):
        name = "not" if key == "not_" else key
        return next((v for k, v in node.value if k.value == name), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None
