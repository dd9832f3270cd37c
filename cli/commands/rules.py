"""`clausecheck rules list|validate|test`."""

from __future__ import annotations

import click

from cli.errors import handle_errors


@click.group("rules")
def command() -> None:
    """List, validate and test the rule packs."""


@command.command("list")
@click.option("--profile", default="ghent", show_default=True)
@click.option("--debug", is_flag=True)
@handle_errors
def list_rules(profile: str, debug: bool) -> None:
    """List the loaded rules: id, language, element, name."""
    from checker.rulepack.loader import load_ruleset

    ruleset = load_ruleset(profile)
    for pack, rule in ruleset.rules():
        click.echo(f"{rule.id:<11} {pack.language}  {pack.pack:<20} {rule.element:<16} {rule.name}")
    click.echo(f"{len(ruleset.rules())} rules, rules_sha256 {ruleset.sha256}")


@command.command("validate")
@click.option("--profile", default="ghent", show_default=True)
@click.option("--debug", is_flag=True)
@handle_errors
def validate(profile: str, debug: bool) -> None:
    """Validate the profile and every rule pack it uses (exit 2 on the first problem)."""
    from checker.rulepack.loader import load_ruleset

    ruleset = load_ruleset(profile)
    click.echo(f"ok: {len(ruleset.files)} files, {len(ruleset.rules())} rules valid")


@command.command("test")
@click.option("--profile", default="ghent", show_default=True)
@click.option("--debug", is_flag=True)
@handle_errors
def test(profile: str, debug: bool) -> None:
    """Run every rule's own examples; exit 1 when one fails."""
    from checker.rulepack.loader import load_ruleset
    from checker.ruletest import run_examples

    results = run_examples(load_ruleset(profile))
    failed = [r for r in results if not r.passed]
    for r in failed:
        want = "should match" if r.expected else "should not match"
        click.echo(f"FAILED {r.rule_id} [{r.language}] {want}: {r.text}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    raise SystemExit(1 if failed else 0)
