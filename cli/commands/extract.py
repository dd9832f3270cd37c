"""`clausecheck extract FILE`: show what the tool read, block by block, with locations."""

from __future__ import annotations

from pathlib import Path

import click

from cli.errors import handle_errors
from cli.options import write_output


@click.command("extract")
@click.argument("file", type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@handle_errors
def command(file: str, fmt: str, output: Path | None, debug: bool) -> None:
    """Print the blocks of FILE with page, paragraph, article and language."""
    from checker.document import DocStatus
    from checker.readers import read_document
    from checker.report.render_extract import render_json, render_text

    doc = read_document(file)
    if doc.status != DocStatus.OK:
        click.echo(f"clausecheck: {doc.path}: {doc.status.value}: {doc.error}", err=True)
    write_output(render_json(doc) if fmt == "json" else render_text(doc), output)
    raise SystemExit(0 if doc.status == DocStatus.OK else 3)
