"""JSON Lines renderer: one object per document (or contractor), then a `{"summary": ...}` line.

Document lines have the keys of the JSON report's `documents` entries, so they can be written
as each document finishes (`document_line`) and the summary line at the end. The summary line
carries the provenance: tool name and version, profile and rules hash.
"""

from __future__ import annotations

import json

from pydantic import BaseModel

from checker.report.audit_models import AuditReport
from checker.report.models import ScanReport

# json.dumps leaves these unescaped with ensure_ascii=False, but str.splitlines() and some
# readers split lines at them; inside JSON text they only occur in strings, so escape them.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as JSON Lines: one line per document or contractor, then the summary."""
    items: list[BaseModel] = [
        *(report.contractors if isinstance(report, AuditReport) else report.documents)
    ]
    return "".join(record_line(item) for item in items) + summary_line(report)


def record_line(item: BaseModel) -> str:
    """Return one document (or contractor) as a JSON line, newline included."""
    return json_line(item.model_dump(mode="json"))


def summary_line(report: ScanReport | AuditReport) -> str:
    """Return the last line: the summary with the tool, profile and rules hash."""
    head = {
        "summary": report.summary.model_dump(mode="json"),
        "tool": report.tool.model_dump(mode="json"),
        "profile": report.profile,
        "rules_sha256": report.rules_sha256,
    }
    if isinstance(report, ScanReport) and report.waivers:
        head["waivers"] = [n.model_dump(mode="json") for n in report.waivers]
    if isinstance(report, ScanReport) and report.baseline is not None:
        head["baseline"] = report.baseline
        head["regressions"] = [r.model_dump(mode="json") for r in report.regressions]
    if isinstance(report, AuditReport):
        head |= {
            "manifest": report.manifest,
            "audit_date": report.audit_date.isoformat(),
            "errors": [e.model_dump(mode="json") for e in report.errors],
        }
    return json_line(head)


def json_line(obj: object) -> str:
    """Return compact JSON on one line (no raw line separators), newline included."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text + "\n"
