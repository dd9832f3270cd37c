"""Settings in force for one run: command-line flags first, then the config file, then defaults.

A flag the user typed always wins; a flag left at its default takes the configuration's value
when the file sets one (the way ruff and sqlfluff layer their settings).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from checker.config import Config

# command-line parameter -> Config field
CONFIGURABLE: dict[str, str] = {
    "profile": "profile",
    "fail_under": "fail_under",
    "lang": "lang",
    "jobs": "jobs",
    "timeout": "timeout",
    "cache_dir": "cache_dir",
}


def config_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add --config and --quiet."""
    fn = click.option(
        "--quiet", "-q", is_flag=True, help="No progress bar and no waiver notes on stderr."
    )(fn)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Configuration file (default: .clausecheck.yaml or [tool.clausecheck] in "
        "pyproject.toml, searched from the working directory upwards).",
    )(fn)


def layered(params: dict[str, Any], config: Config) -> dict[str, Any]:
    """Return `params` with every flag left at its default replaced by the config's value."""
    ctx = click.get_current_context()
    out = dict(params)
    for name, field in CONFIGURABLE.items():
        if name not in out:
            continue
        value = getattr(config, field)
        if value is None or ctx.get_parameter_source(name) not in _DEFAULTS:
            continue
        out[name] = Path(value) if name == "cache_dir" else value
    return out


def load(config_path: Path | None) -> Config:
    """Return the configuration named by --config, or the discovered one, or the defaults."""
    from checker.config import discover

    return discover(config_path)


_DEFAULTS = (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP, None)
