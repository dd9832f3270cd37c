"""`clausecheck scan PATH...`: grade non-discrimination clauses (GHENT_MODEL.md Part A)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from cli.errors import handle_errors
from cli.options import LEVELS, batch_options, common_options, open_cache, write_output
from cli.progress import Progress, use_color
from cli.settings import config_options, layered
from cli.settings import load as load_settings

if TYPE_CHECKING:
    from checker.config import Config
    from checker.report.models import DocumentResult, ScanReport
    from checker.rulepack.loader import RuleSet


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
@click.option("--show-waived", is_flag=True, help="List waived findings with their justification.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="An earlier `scan --format json` report: exit 1 if a document weakened since.",
)
@common_options
@batch_options
@config_options
@handle_errors
def command(paths: tuple[str, ...], **params: Any) -> None:
    """Grade the non-discrimination clause of each document under PATHS."""
    from checker.rulepack.loader import load_ruleset
    from checker.scan import collect_paths

    config = load_settings(params.pop("config_path"))
    opts = layered(params, config)
    ruleset = load_ruleset(opts["profile"])
    baseline = _baseline(opts["baseline"], ruleset)  # a bad one stops before any reading
    files = list(collect_paths(paths, config.include, config.exclude))
    stream = JsonlStream() if opts["fmt"] == "jsonl" and opts["output"] is None else None
    report = _run(files, ruleset, opts, stream)
    report = _waive(report, config, ruleset, opts["quiet"])
    if baseline is not None:
        report = _compare(report, baseline, ruleset, opts["baseline"])
    if stream:  # the summary line comes last, with the waivers and the comparison
        stream.finish(report)
    for doc in report.documents:
        if doc.status != "ok":
            click.echo(f"clausecheck: {doc.path}: {doc.status}: {doc.error}", err=True)
    for regression in report.regressions:
        click.echo(f"clausecheck: {regression.message}", err=True)
    _write(report, opts)
    raise SystemExit(_exit_code(report, ruleset, opts))


def _run(
    files: list[str], ruleset: RuleSet, opts: dict[str, Any], stream: JsonlStream | None
) -> ScanReport:
    from checker.batch import BatchLimits
    from checker.scan import scan

    limits = BatchLimits(
        jobs=opts["jobs"],
        timeout_s=opts["timeout"] or None,
        memory_mb=opts["memory_limit"] or None,
    )
    progress = Progress(len(files), enabled=not opts["quiet"])
    callbacks = [stream.document, progress] if stream else [progress]

    def on_result(doc: DocumentResult) -> None:
        for callback in callbacks:
            callback(doc)

    try:
        report = scan(
            files,
            ruleset,
            opts["lang"] if opts["lang"] != "auto" else None,
            limits,
            on_result=on_result,
            cache=open_cache(opts["no_cache"], opts["cache_dir"]),
            dask_address=opts["dask_address"],
        )
    finally:
        progress.close()
    return report


def _waive(report: ScanReport, config: Config, ruleset: RuleSet, quiet: bool) -> ScanReport:
    if not config.waivers:
        return report
    import datetime as dt

    from checker.waivers import apply_waivers

    report = apply_waivers(report, config.waivers, ruleset.profile, dt.date.today())
    if not quiet:
        for note in report.waivers:
            click.echo(
                f"clausecheck: {config.source}: waiver {note.kind}: {note.message} "
                f"({note.document} / {note.target})",
                err=True,
            )
    return report


def _baseline(source: str | None, ruleset: RuleSet) -> ScanReport | None:
    if source is None:
        return None
    from checker.regressions import load_baseline

    return load_baseline(source, ruleset.profile.name)


def _compare(report: ScanReport, baseline: ScanReport, ruleset: RuleSet, source: str) -> ScanReport:
    from checker.regressions import compare, compared

    if report.documents and baseline.documents and not compared(report, baseline):
        click.echo(
            f"clausecheck: {source}: no document of this scan is in the baseline (paths are "
            "matched as scanned: scan the same folder name from the same place)",
            err=True,
        )
    return compare(report, baseline, ruleset.profile.level_ids, source)


def _write(report: ScanReport, opts: dict[str, Any]) -> None:
    if opts["fmt"] == "jsonl" and opts["output"] is None:
        return
    from checker.report.renderers import renderer

    render: Callable[..., str] = renderer(opts["fmt"])
    extra: dict[str, Any] = {}
    if opts["fmt"] == "text":
        color = opts["output"] is None and use_color()
        extra = {"color": color, "show_waived": opts["show_waived"]}
    write_output(render(report, fail_under=opts["fail_under"], **extra), opts["output"])


def _exit_code(report: ScanReport, ruleset: RuleSet, opts: dict[str, Any]) -> int:
    """Return the exit code; a waived element counts as present for --fail-under."""
    from checker.exitcodes import scan_exit_code

    pairs = [(d.status, d.effective_level or d.level) for d in report.documents]
    levels = ruleset.profile.level_ids
    weakened = bool(report.regressions)
    return scan_exit_code(pairs, levels, opts["fail_under"], opts["exit_zero"], weakened)


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
        # click.echo writes to the stdout of the moment (CliRunner's in tests) and flushes,
        # so each record reaches a reader as soon as its document is done
        # (click.get_text_stream is deprecated from Click 8.5)
        click.echo(line, nl=False)
