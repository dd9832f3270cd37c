"""`clausecheck audit MANIFEST`: grade contractors' policies, statuses and coaching plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from checker.report.renderers import AUDIT_RENDERERS
from cli.errors import handle_errors
from cli.options import batch_options, common_options, open_cache, write_output
from cli.progress import Progress
from cli.settings import config_options, layered
from cli.settings import load as load_settings

if TYPE_CHECKING:
    from checker.report.audit_models import AuditReport
    from checker.rulepack.loader import RuleSet


@click.command("audit")
@click.argument("manifest", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(AUDIT_RENDERERS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--coaching-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write a coaching plan (DOCX and Markdown) per flagged contractor into DIR.",
)
@click.option(
    "--audit-date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date of the audit (YYYY-MM-DD, default today); deadlines count from it.",
)
@click.option("--fail-on-flag", is_flag=True, help="Exit 1 when a contractor needs coaching.")
@click.option("--allow-outside", is_flag=True, help="Accept paths outside the manifest's folder.")
@common_options
@batch_options
@config_options
@handle_errors
def command(manifest: Path, **params: Any) -> None:
    """Audit the contractors listed in MANIFEST (CSV) against the legal baseline."""
    from checker.audit.status import audit_exit_code
    from checker.config import with_scope
    from checker.report.renderers import renderer
    from checker.rulepack.loader import load_ruleset

    config = load_settings(params.pop("config_path"))
    opts = layered(params, config)
    ruleset = with_scope(load_ruleset(opts["profile"]), config)
    report = _run(manifest, ruleset, opts)
    for line in report.problems():
        click.echo(f"clausecheck: {line}", err=True)
    write_output(renderer(opts["fmt"], "audit")(report), opts["output"])
    _write_plans(report, opts["coaching_dir"])
    raise SystemExit(audit_exit_code(report, opts["fail_on_flag"], opts["exit_zero"]))


def _run(manifest: Path, ruleset: RuleSet, opts: dict[str, Any]) -> AuditReport:
    """Grade the manifest's documents under the batch limits, with a progress line."""
    from checker.audit.run import audit
    from checker.batch import BatchLimits
    from checker.errors import ConfigError

    if opts["dask_address"]:
        raise ConfigError("--dask is not supported by audit yet; run it with local workers")
    day = opts["audit_date"].date() if opts["audit_date"] else dt.date.today()
    limits = BatchLimits(
        jobs=opts["jobs"],
        timeout_s=opts["timeout"] or None,
        memory_mb=opts["memory_limit"] or None,
    )
    cache = open_cache(opts["no_cache"], opts["cache_dir"])
    lang = opts["lang"] if opts["lang"] != "auto" else None
    progress = Progress(None, enabled=not opts["quiet"])
    try:
        return audit(
            manifest, ruleset, day, lang, opts["allow_outside"], limits, cache, on_result=progress
        )
    finally:
        progress.close()


def _write_plans(report: AuditReport, coaching_dir: Path | None) -> None:
    """Write the coaching plans when --coaching-dir is given (a write failure is exit 2)."""
    from checker.audit.writers import write_plans
    from checker.errors import ConfigError

    if coaching_dir is None:
        return
    try:
        write_plans(report.contractors, coaching_dir)
    except OSError as exc:
        raise ConfigError(f"--coaching-dir {coaching_dir}: cannot write ({exc})") from exc
