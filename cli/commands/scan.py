"""`clausecheck scan PATH...`: grade non-discrimination clauses (GHENT_MODEL.md Part A)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cli.errors import handle_errors
from cli.options import LEVELS, batch_options, common_options, open_cache, write_output

if TYPE_CHECKING:
    from checker.report.models import DocumentResult, ScanReport


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl", "sarif", "junit", "csv", "html", "markdown"]),
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
    stream = JsonlStream() if fmt == "jsonl" and output is None else None
    report = scan(
        paths,
        ruleset,
        lang if lang != "auto" else None,
        limits,
        on_result=stream.document if stream else None,
        cache=cache,
        dask_address=dask_address,
    )
    for doc in report.documents:
        if doc.status != "ok":
            click.echo(f"clausecheck: {doc.path}: {doc.status}: {doc.error}", err=True)
    if stream:
        stream.finish(report)
    else:
        render: Callable[..., str] = renderer(fmt)
        write_output(render(report, fail_under=fail_under), output)
    pairs = [(d.status, d.level) for d in report.documents]
    raise SystemExit(scan_exit_code(pairs, ruleset.profile.level_ids, fail_under, exit_zero))


class JsonlStream:
    """Print each document as a JSON line when it finishes (`--format jsonl` to stdout)."""

    def __init__(self) -> None:
        self.printed: Counter[str] = Counter()

    def document(self, doc: DocumentResult) -> None:
        """Print one document line and flush, so a pipe sees it at once."""
        from checker.report.render_jsonl import record_line

        self._echo(record_line(doc))
        self.printed[doc.path] += 1

    def finish(self, report: ScanReport) -> None:
        """Print documents the batch did not pass to the callback, then the summary line."""
        from checker.report.render_jsonl import record_line, summary_line

        for doc in report.documents:
            if self.printed[doc.path] > 0:
                self.printed[doc.path] -= 1
            else:
                self._echo(record_line(doc))
        self._echo(summary_line(report))

    @staticmethod
    def _echo(line: str) -> None:
        out = click.get_text_stream("stdout")
        out.write(line)
        out.flush()
