"""Readable text report for an officer at a terminal."""

from __future__ import annotations

from dataclasses import dataclass

from checker.report.models import DocumentResult, ElementResult, ScanReport
from checker.report.textbits import location

_MARK = {True: "[x]", False: "[ ]"}
# ANSI SGR codes per level or status (only with color=True: a terminal without NO_COLOR)
_SGR = {
    "absent": "31",
    "weak": "33",
    "moderate": "33",
    "strong": "32",
    "exemplary": "1;32",
    "unreadable": "1;31",
    "error": "1;31",
    "waived": "36",
}


@dataclass(frozen=True)
class _Style:
    color: bool
    show_waived: bool

    def paint(self, word: str, key: str | None = None) -> str:
        code = _SGR.get(key or word)
        return f"\x1b[{code}m{word}\x1b[0m" if self.color and code else word


def render(
    report: ScanReport,
    fail_under: str | None = None,
    color: bool = False,
    show_waived: bool = False,
) -> str:
    """Return the scan report as plain text (ANSI colours only when `color`)."""
    style = _Style(color, show_waived)
    parts = [_document(d, style) for d in report.documents]
    parts.append(_summary(report))
    parts.extend(_waiver_notes(report))
    parts.extend(_regressions(report, style))
    return "\n".join(parts)


def _regressions(report: ScanReport, style: _Style) -> list[str]:
    if report.baseline is None:
        return []
    if not report.regressions:
        return [f"compared with {report.baseline}: no document weakened\n"]
    head = f"compared with {report.baseline}: {len(report.regressions)} document(s) weakened"
    lines = [style.paint(head, "error"), *(f"  {r.message}" for r in report.regressions)]
    return ["\n".join(lines) + "\n"]


def _document(d: DocumentResult, style: _Style) -> str:
    head = f"{d.path}"
    if d.status != "ok":
        return f"{head}\n  {style.paint(d.status.upper(), d.status)}: {d.error}\n"
    level = style.paint(d.level or "", d.level)
    lines = [head, f"  level: {level}   score: {d.score}/100   language: {d.language}"]
    if d.waived and d.effective_level != d.level:
        lines.append(f"  level with waivers: {style.paint(d.effective_level or '', 'waived')}")
    for name, el in d.elements.items():
        lines.extend(_element(name, el))
    for name, el in d.indicators.items():
        if el.present:
            lines.extend(_element(name, el))
    if d.missing:
        lines.append(f"  missing: {', '.join(d.missing)} (searched {d.searched})")
    lines.extend(_waived(d, style))
    if d.next_level:
        add = ", ".join(d.next_level.add)
        lines.append(f"  to reach {d.next_level.level}: add {add}")
        if d.next_level.advice:
            lines.append(f"    {d.next_level.advice}")
    lines.extend(f"  warning: {w}" for w in d.warnings)
    return "\n".join(lines) + "\n"


def _waived(d: DocumentResult, style: _Style) -> list[str]:
    if not d.waived:
        return []
    if not style.show_waived:
        names = ", ".join(w.element for w in d.waived)
        return [f"  {style.paint('waived', 'waived')}: {names} (--show-waived for details)"]
    return [
        f"  {style.paint('waived', 'waived')}: {w.element}: {w.justification} "
        f"(approved by {w.approved_by}, until {w.expires})"
        for w in d.waived
    ]


def _waiver_notes(report: ScanReport) -> list[str]:
    return [f"waiver {n.kind}: {n.document} / {n.target}: {n.message}\n" for n in report.waivers]


def _element(name: str, el: ElementResult) -> list[str]:
    line = f"  {_MARK[el.present]} {name}"
    if not el.present:
        return [line]
    best = el.evidence[0]
    more = f" (+{len(el.evidence) - 1} more)" if len(el.evidence) > 1 else ""
    return [f"{line}  {location(best)} [{best.rule}]{more}", f'      "{_clip(best.text)}"']


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _summary(report: ScanReport) -> str:
    s = report.summary
    levels = ", ".join(f"{k}: {v}" for k, v in s.by_level.items() if v)
    return (
        f"{s.documents} document(s): {levels or 'none graded'}; "
        f"unreadable: {s.unreadable}; errors: {s.errors}\n"
    )
