"""Name -> renderer registry; renderers are small functions `render(report) -> str`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

RENDERERS: dict[str, str] = {
    "json": "checker.report.render_json",
    "text": "checker.report.render_text",
}


def renderer(name: str) -> Callable[[Any], str]:
    """Return the render function of a format (imported on first use)."""
    if name not in RENDERERS:
        raise KeyError(f"unknown format {name!r}; known: {', '.join(sorted(RENDERERS))}")
    fn: Callable[[Any], str] = importlib.import_module(RENDERERS[name]).render
    return fn
