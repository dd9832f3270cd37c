"""JSON renderer: the report model as CLI_CONTRACT.md specifies it."""

from __future__ import annotations

import json

from pydantic import BaseModel


def render(report: BaseModel, fail_under: str | None = None) -> str:
    """Return the report as indented JSON."""
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
