"""Markdown summary of an audit: contractors by status, red flags and coaching actions."""

from __future__ import annotations

import html

from checker.report.audit_models import AuditReport, ContractorResult
from checker.report.escape import md_inline
from checker.report.render_markdown import QUOTE_LIMIT, fit, provenance
from checker.report.textbits import clip, where


def render_audit(report: AuditReport) -> str:
    """Return the audit report as a Markdown summary."""
    s = report.summary
    statuses = ", ".join(f"{n} {md_inline(k)}" for k, n in s.by_status.items() if n) or "none"
    head = [
        f"### clausecheck audit of {md_inline(report.manifest)} "
        f"({report.audit_date.isoformat()}): {s.contractors} contractor(s), {statuses}",
        "",
        "| Contractor | Name | Status | In scope | Missing | Red flags |",
        "|---|---|---|---|---|---:|",
        *(_row(c) for c in report.contractors),
        "",
    ]
    if report.errors:
        head += ["**Rows not audited**", ""]
        head += [f"- {md_inline(str(e))}" for e in report.errors]
        head.append("")
    sections = [_section(c) for c in report.contractors if c.status != "compliant"]
    return fit(head, sections, provenance(report.tool.version, report.profile, report.rules_sha256))


def _row(c: ContractorResult) -> str:
    missing = ", ".join(md_inline(m) for m in c.missing) or "-"
    cells = [md_inline(c.id), md_inline(c.name), md_inline(c.status)]
    cells += ["yes" if c.in_scope else "no", missing, str(len(c.red_flags))]
    return "| " + " | ".join(cells) + " |"


def _section(c: ContractorResult) -> str:
    summary = f"<b>{html.escape(c.id)}</b> {html.escape(c.name)}: {html.escape(c.status)}"
    lines = ["<details>", f"<summary>{summary}</summary>", "", f"- {md_inline(c.reason)}"]
    for f in c.red_flags:
        lines.append(f"- **red flag** {md_inline(f.document)}, {md_inline(where(f))}")
        lines.append(f"  > {md_inline(clip(f.text, QUOTE_LIMIT))}")
    for d in c.documents:
        if d.status != "ok" or d.note:
            why = d.error or d.note or ""
            lines.append(f"- {md_inline(d.path)}: {md_inline(d.status)}: {md_inline(why)}")
    if c.coaching_plan:
        plan = c.coaching_plan
        lines.append(f"- **coaching plan**, follow-up {plan.follow_up.isoformat()}:")
        for i, a in enumerate(plan.actions, 1):
            due = a.due.isoformat() if a.due else "-"
            lines.append(f"  {i}. {md_inline(a.element)} (due {due}): {md_inline(a.action)}")
    return "\n".join([*lines, "", "</details>", ""]) + "\n"
