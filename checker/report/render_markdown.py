"""Markdown renderer: a summary fit for a pull-request comment (GitHub and GitLab flavour).

A table of documents with level, score and missing elements, then per document the quoted
evidence in a collapsed section. All document text goes through `md_inline` (pipes,
backticks, HTML and other markup escaped), and the comment stays under the size limit of a
GitHub comment by leaving out the last documents' details when it must.
"""

from __future__ import annotations

import html

from checker.report.audit_models import AuditReport
from checker.report.escape import md_code, md_inline
from checker.report.models import DocumentResult, ElementResult, ScanReport
from checker.report.textbits import bar_level, below, clip, level_order, where

MAX_CHARS = 60_000  # GitHub refuses comments over 65,536 characters
QUOTES_PER_ELEMENT = 3
QUOTE_LIMIT = 300


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as a Markdown summary."""
    if isinstance(report, AuditReport):
        from checker.report.markdown_audit import render_audit

        return render_audit(report)
    head = [_title(report, fail_under), "", *_table(report, fail_under), ""]
    head += [
        f"- :warning: waiver {md_inline(n.kind)}: {md_inline(n.message)}" for n in report.waivers
    ]
    head += [""] if report.waivers else []
    head += [f"- :x: {md_inline(r.message)}" for r in report.regressions]
    head += [""] if report.regressions else []
    sections = [_section(d) for d in report.documents if d.status == "ok"]
    return fit(head, sections, provenance(report.tool.version, report.profile, report.rules_sha256))


def fit(head: list[str], sections: list[str], foot: str) -> str:
    """Return head, as many sections as fit under MAX_CHARS, a note of the rest, and foot."""
    out = "\n".join(head) + "\n"
    for i, section in enumerate(sections):
        if len(out) + len(section) + len(foot) > MAX_CHARS:
            out += f"\n_{len(sections) - i} more section(s) left out: see the full report._\n"
            break
        out += section
    return out + "\n" + foot


def provenance(version: str, profile: str, rules_sha256: str) -> str:
    """Return the small print: tool version, profile and rules hash."""
    return (
        f"<sub>clausecheck {html.escape(version)} · profile {html.escape(profile)} · "
        f"rules sha256 <code>{html.escape(rules_sha256)}</code></sub>\n"
    )


def _title(report: ScanReport, fail_under: str | None) -> str:
    s = report.summary
    levels = ", ".join(f"{n} {lv}" for lv, n in s.by_level.items() if n) or "none graded"
    line = f"### clausecheck: {s.documents} document(s), {levels}"
    if s.unreadable or s.errors:
        line += f"; :warning: {s.unreadable} unreadable, {s.errors} failed"
    if fail_under:
        n = sum(1 for d in report.documents if below(bar_level(d), fail_under, level_order(report)))
        mark = ":x:" if n else ":white_check_mark:"
        line += f"; {mark} {n} below {md_inline(fail_under)}"
    if report.baseline is not None:
        n = len(report.regressions)
        line += f"; {':x:' if n else ':white_check_mark:'} {n} weakened since the baseline"
    return line


def _table(report: ScanReport, fail_under: str | None) -> list[str]:
    bar = " Bar |" if fail_under else ""
    rows = [f"| Document | Status | Level | Score | Missing |{bar}", "|---|---|---|---:|---|"]
    rows[1] += "---|" if fail_under else ""
    order = level_order(report)
    for d in report.documents:
        missing = ", ".join(md_inline(m) for m in d.missing)
        if d.status != "ok":
            missing = md_inline(clip(d.error or "", 120))
        level = md_inline(d.level) if d.level else "-"
        if d.waived:
            level += f" ({md_inline(bar_level(d) or '')} with waivers)"
        cells = [md_inline(d.path), md_inline(d.status), level]
        cells += [str(d.score) if d.score is not None else "-", missing or "-"]
        if fail_under:
            failed = d.status != "ok" or below(bar_level(d), fail_under, order)
            cells.append(":x:" if failed else ":white_check_mark:")
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _section(d: DocumentResult) -> str:
    summary = f"<b>{html.escape(d.path)}</b>: {html.escape(d.level or '')} ({d.score}/100)"
    lines = ["<details>", f"<summary>{summary}</summary>", ""]
    for name, el in d.elements.items():
        lines += _element(name, el)
    for name, el in d.indicators.items():
        if el.present:
            lines += _element(name, el)
    if d.missing:
        lines.append(f"- **missing**: {', '.join(md_inline(m) for m in d.missing)}")
    for w in d.waived:
        lines.append(
            f"- **waived**: {md_inline(w.element)}: {md_inline(w.justification)} "
            f"(approved by {md_inline(w.approved_by)}, expires {md_inline(w.expires)})"
        )
    if d.next_level:
        add = ", ".join(md_inline(a) for a in d.next_level.add)
        lines.append(f"- **to reach {md_inline(d.next_level.level)}**: add {add}")
        if d.next_level.advice:
            lines.append(f"  {md_inline(d.next_level.advice)}")
    lines.append(f"- sha256 {md_code(d.sha256)}, read with {md_inline(d.extractor or '-')}")
    return "\n".join([*lines, "", "</details>", ""]) + "\n"


def _element(name: str, el: ElementResult) -> list[str]:
    if not el.present:
        return []
    lines = [f"- **{md_inline(name)}**"]
    for e in el.evidence[:QUOTES_PER_ELEMENT]:
        lines.append(f"  - {md_inline(where(e))} {md_code(e.rule)}")
        lines.append(f"    > {md_inline(clip(e.text, QUOTE_LIMIT))}")
    more = len(el.evidence) - QUOTES_PER_ELEMENT
    if more > 0:
        lines.append(f"  - and {more} more")
    return lines
