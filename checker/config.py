"""Project configuration: `.clausecheck.yaml` or `[tool.clausecheck]` in pyproject.toml.

Found by walking up from the working directory, as ruff does; the nearest folder with either
file wins (`.clausecheck.yaml` before pyproject.toml in the same folder, and a pyproject.toml
without a `[tool.clausecheck]` table does not count). Command-line flags win over the file.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from checker.errors import ConfigError
from checker.yamlio import load_yaml

if TYPE_CHECKING:
    from checker.rulepack.loader import RuleSet

CONFIG_FILE = ".clausecheck.yaml"
Level = Literal["absent", "weak", "moderate", "strong", "exemplary"]


class Waiver(BaseModel):
    """An accepted gap: a document glob and an element or rule, justified, approved, dated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: str = Field(description="glob matched against the document path")
    element: str | None = None
    rule: str | None = None
    justification: str = Field(min_length=3)
    approved_by: str = Field(min_length=1)
    expires: date

    @model_validator(mode="after")
    def _target(self) -> Waiver:
        if not self.element and not self.rule:
            raise ValueError("a waiver names an element or a rule")
        return self


class Config(BaseModel):
    """Settings a team keeps with its templates; every key is optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    profile: str | None = None
    fail_under: Level | None = None
    lang: Literal["auto", "en", "nl", "fr"] | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int | None = Field(default=None, ge=0)
    timeout: float | None = Field(default=None, ge=0)
    cache_dir: str | None = None
    min_employees: int | None = Field(default=None, ge=0)
    min_contract_value_eur: float | None = Field(default=None, ge=0)
    waivers: tuple[Waiver, ...] = ()
    source: str | None = Field(default=None, exclude=True)


def find_config(start: Path | None = None) -> Path | None:
    """Return the nearest config file from `start` (default: cwd) up to the root, or None."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Return the validated configuration in `path`; raises ConfigError naming the file."""
    try:
        data = _tool_table(path) if path.name == "pyproject.toml" else _yaml(path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {_one_line(exc)}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: configuration must be a mapping of settings")
    data = {k.replace("-", "_"): v for k, v in data.items()}
    try:
        return Config.model_validate({**data, "source": str(path)})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {where}: {err['msg']}") from exc


def discover(explicit: Path | None = None) -> Config:
    """Return the configuration from `--config FILE`, or the discovered file, or defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: configuration file not found")
        return load_config(explicit)
    found = find_config()
    return load_config(found) if found else Config()


def _yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8")) or {}


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _has_tool_table(path: Path) -> bool:
    try:
        return "clausecheck" in _toml(path).get("tool", {})
    except (OSError, ValueError):
        return False


def _tool_table(path: Path) -> Any:
    return _toml(path).get("tool", {}).get("clausecheck", {})


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def with_scope(ruleset: RuleSet, config: Config) -> RuleSet:
    """Return the rule set with the config's audit thresholds over the profile's.

    The override is folded into the rules hash, so a report says which thresholds were in force.
    """
    changes = {
        k: v
        for k, v in (
            ("min_employees", config.min_employees),
            ("min_contract_value_eur", config.min_contract_value_eur),
        )
        if v is not None
    }
    if not changes:
        return ruleset
    import dataclasses
    import hashlib

    scope = ruleset.profile.scope.model_copy(update=changes)
    profile = ruleset.profile.model_copy(update={"scope": scope})
    note = f"{ruleset.sha256}\0scope\0{scope.model_dump_json()}".encode()
    return dataclasses.replace(ruleset, profile=profile, sha256=hashlib.sha256(note).hexdigest())
