"""Name -> renderer registry; renderers are small functions `render(report) -> str`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

RENDERERS: dict[str, str] = {
    "json": "checker.report.render_json",
    "text": "checker.report.render_text",
    "jsonl": "checker.report.render_jsonl",
    "sarif": "checker.report.render_sarif",
    "junit": "checker.report.render_junit",
    "csv": "checker.report.render_csv",
    "html": "checker.report.render_html",
    "markdown": "checker.report.render_markdown",
}
AUDIT_RENDERERS: dict[str, str] = {
    "json": "checker.report.render_json",
    "text": "checker.report.render_audit_text",
    "jsonl": "checker.report.render_jsonl",
    "sarif": "checker.report.render_sarif",
    "junit": "checker.report.render_junit",
    "csv": "checker.report.render_csv",
    "html": "checker.report.render_html",
    "markdown": "checker.report.render_markdown",
}


def renderer(name: str, report: str = "scan") -> Callable[[Any], str]:
    """Return the render function of a format for a kind of report (imported on first use)."""
    table = AUDIT_RENDERERS if report == "audit" else RENDERERS
    if name not in table:
        raise KeyError(f"unknown format {name!r}; known: {', '.join(sorted(table))}")
    fn: Callable[[Any], str] = importlib.import_module(table[name]).render
    return fn
