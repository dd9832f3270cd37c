"""`clausecheck eval [CORPUS]`: the rules' figures on the labelled corpus, beside a baseline."""

from __future__ import annotations

from pathlib import Path

import click

from cli.errors import handle_errors
from cli.options import write_output


@click.command("eval")
@click.argument(
    "corpus", required=False, default="corpus", type=click.Path(exists=True, file_okay=False)
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--profile", default="ghent", show_default=True, help="Profile name or path.")
@click.option(
    "--lang", "langs", multiple=True, type=click.Choice(["en", "nl", "fr"]), help="Only LANG."
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def command(
    corpus: str, fmt: str, profile: str, langs: tuple[str, ...], output: Path | None, debug: bool
) -> None:
    """Print level accuracy, macro-F1, per-element P/R/F1 and decoy false positives."""
    from checker.evaluation.run import evaluate_corpus

    text, _ = evaluate_corpus(Path(corpus), profile, langs, fmt)
    write_output(text, output)
