"""Readable text report for an officer at a terminal."""

from __future__ import annotations

from checker.report.models import DocumentResult, ElementResult, Evidence, ScanReport

_MARK = {True: "[x]", False: "[ ]"}


def render(report: ScanReport, fail_under: str | None = None) -> str:
    """Return the scan report as plain text."""
    parts = [_document(d) for d in report.documents]
    parts.append(_summary(report))
    return "\n".join(parts)


def _document(d: DocumentResult) -> str:
    head = f"{d.path}"
    if d.status != "ok":
        return f"{head}\n  {d.status.upper()}: {d.error}\n"
    lines = [head, f"  level: {d.level}   score: {d.score}/100   language: {d.language}"]
    for name, el in d.elements.items():
        lines.extend(_element(name, el))
    for name, el in d.indicators.items():
        if el.present:
            lines.extend(_element(name, el))
    if d.missing:
        lines.append(f"  missing: {', '.join(d.missing)} (searched {d.searched})")
    if d.next_level:
        add = ", ".join(d.next_level.add)
        lines.append(f"  to reach {d.next_level.level}: add {add}")
        if d.next_level.advice:
            lines.append(f"    {d.next_level.advice}")
    lines.extend(f"  warning: {w}" for w in d.warnings)
    return "\n".join(lines) + "\n"


def _element(name: str, el: ElementResult) -> list[str]:
    line = f"  {_MARK[el.present]} {name}"
    if not el.present:
        return [line]
    best = el.evidence[0]
    more = f" (+{len(el.evidence) - 1} more)" if len(el.evidence) > 1 else ""
    return [f"{line}  {_where(best)} [{best.rule}]{more}", f'      "{_clip(best.text)}"']


def _where(e: Evidence) -> str:
    bits = []
    if e.page is not None:
        bits.append(f"p. {e.page}")
    elif e.paragraph is not None:
        bits.append(f"para {e.paragraph}")
    if e.article:
        bits.append(f"art. {e.article}")
    return ", ".join(bits)


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _summary(report: ScanReport) -> str:
    s = report.summary
    levels = ", ".join(f"{k}: {v}" for k, v in s.by_level.items() if v)
    return (
        f"{s.documents} document(s): {levels or 'none graded'}; "
        f"unreadable: {s.unreadable}; errors: {s.errors}\n"
    )
