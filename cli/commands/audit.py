"""`clausecheck audit MANIFEST`: grade contractors' policies, statuses and coaching plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from cli.errors import handle_errors
from cli.options import common_options, write_output


@click.command("audit")
@click.argument("manifest", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
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
@handle_errors
def command(
    manifest: Path,
    fmt: str,
    coaching_dir: Path | None,
    audit_date: dt.datetime | None,
    fail_on_flag: bool,
    allow_outside: bool,
    profile: str,
    lang: str,
    output: Path | None,
    exit_zero: bool,
    debug: bool,
) -> None:
    """Audit the contractors listed in MANIFEST (CSV) against the legal baseline."""
    from checker.audit.run import audit
    from checker.audit.status import audit_exit_code
    from checker.audit.writers import write_plans
    from checker.errors import ConfigError
    from checker.report.renderers import renderer
    from checker.rulepack.loader import load_ruleset

    day = audit_date.date() if audit_date else dt.date.today()
    report = audit(manifest, load_ruleset(profile), day, lang, allow_outside)
    for line in report.problems():
        click.echo(f"clausecheck: {line}", err=True)
    write_output(renderer(fmt, "audit")(report), output)
    if coaching_dir is not None:
        try:
            write_plans(report.contractors, coaching_dir)
        except OSError as exc:
            raise ConfigError(f"--coaching-dir {coaching_dir}: cannot write ({exc})") from exc
    raise SystemExit(audit_exit_code(report, fail_on_flag, exit_zero))
