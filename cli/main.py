"""The click group; commands are imported only when invoked, so --version and --help stay fast."""

from __future__ import annotations

import importlib
from typing import Any

import click

from checker import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    "scan": ("cli.commands.scan", "Grade non-discrimination clauses in tenders and templates."),
    "extract": ("cli.commands.extract", "Show the blocks the tool read from one document."),
    "audit": ("cli.commands.audit", "Audit contractors' equal-opportunity policies."),
    "rules": ("cli.commands.rules", "List, validate and test the rule packs."),
    "eval": ("cli.commands.evaluate", "Evaluate the rules on a labelled corpus."),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the command names."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return the command, importing its module."""
        if cmd_name not in COMMANDS:
            return None
        cmd: click.Command = importlib.import_module(COMMANDS[cmd_name][0]).command
        return cmd

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the command list without importing the commands."""
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clausecheck")
def cli() -> None:
    """Check labour non-discrimination clauses in public contracts (the Ghent model)."""


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI (console-script entry point)."""
    return cli.main(args=argv, prog_name="clausecheck")
