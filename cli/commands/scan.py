"""`clausecheck scan PATH...`: grade non-discrimination clauses (GHENT_MODEL.md Part A)."""

from __future__ import annotations

from pathlib import Path

import click

from cli.errors import handle_errors
from cli.options import LEVELS, batch_options, common_options, open_cache, write_output


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--fail-under", type=click.Choice(LEVELS), help="Exit 1 if a document is below LEVEL."
)
@common_options
@batch_options
@handle_errors
def command(
    paths: tuple[str, ...],
    fmt: str,
    fail_under: str | None,
    profile: str,
    lang: str,
    output: Path | None,
    exit_zero: bool,
    debug: bool,
    jobs: int,
    timeout: float,
    memory_limit: int,
    no_cache: bool,
    cache_dir: Path | None,
    dask_address: str | None,
) -> None:
    """Grade the non-discrimination clause of each document under PATHS."""
    from checker.batch import BatchLimits
    from checker.exitcodes import scan_exit_code
    from checker.report.renderers import renderer
    from checker.rulepack.loader import load_ruleset
    from checker.scan import scan

    ruleset = load_ruleset(profile)
    limits = BatchLimits(jobs=jobs, timeout_s=timeout or None, memory_mb=memory_limit or None)
    cache = open_cache(no_cache, cache_dir)
    report = scan(
        paths,
        ruleset,
        lang if lang != "auto" else None,
        limits,
        cache=cache,
        dask_address=dask_address,
    )
    for doc in report.documents:
        if doc.status != "ok":
            click.echo(f"clausecheck: {doc.path}: {doc.status}: {doc.error}", err=True)
    write_output(renderer(fmt)(report), output)
    pairs = [(d.status, d.level) for d in report.documents]
    raise SystemExit(scan_exit_code(pairs, ruleset.profile.level_ids, fail_under, exit_zero))
