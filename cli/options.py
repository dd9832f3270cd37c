"""Options shared by commands, and the output writer."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")


def common_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add --profile, --lang, --output, --exit-zero and --debug."""
    for opt in reversed(
        [
            click.option(
                "--profile",
                default="ghent",
                show_default=True,
                help="Profile name (rules/profiles/NAME.yaml) or path to a profile YAML.",
            ),
            click.option(
                "--lang",
                type=click.Choice(["auto", "en", "nl", "fr"]),
                default="auto",
                show_default=True,
                help="Force the document language.",
            ),
            click.option(
                "--output",
                "-o",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Write the report to FILE instead of stdout.",
            ),
            click.option("--exit-zero", is_flag=True, help="Exit 0 even when inputs fail the bar."),
            click.option("--debug", is_flag=True, help="Show tracebacks."),
        ]
    ):
        fn = opt(fn)
    return fn


def batch_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add --jobs, --timeout, --memory-limit, --no-cache and --cache-dir."""
    for opt in reversed(
        [
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(min=0),
                default=0,
                help="Worker processes (default: one per core).",
            ),
            click.option(
                "--timeout",
                type=click.FloatRange(min=0),
                default=120.0,
                show_default=True,
                help="Seconds allowed per document (0: no limit).",
            ),
            click.option(
                "--memory-limit",
                type=click.IntRange(min=0),
                default=4096,
                show_default=True,
                help="Megabytes of address space per worker (0: no limit).",
            ),
            click.option("--no-cache", is_flag=True, help="Read and grade every file afresh."),
            click.option(
                "--cache-dir",
                type=click.Path(file_okay=False, path_type=Path),
                help="Cache folder (default: $XDG_CACHE_HOME/clausecheck).",
            ),
            click.option(
                "--dask",
                "dask_address",
                metavar="ADDRESS",
                help="Run the batch on the Dask scheduler at ADDRESS (optional extra).",
            ),
        ]
    ):
        fn = opt(fn)
    return fn


def write_output(text: str, output: Path | None) -> None:
    """Write the report to a file atomically (temp file then rename), or to stdout."""
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def open_cache(no_cache: bool, cache_dir: Path | None) -> Any:
    """Return the content cache the options ask for (None with --no-cache)."""
    from checker.cache import Cache, default_cache_dir

    return None if no_cache else Cache(cache_dir or default_cache_dir())
