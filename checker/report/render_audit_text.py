"""Readable text report of an audit: one block per contractor, broken rows, then a summary."""

from __future__ import annotations

from checker.report.audit_models import AuditReport, ContractorResult, PolicyElement, RedFlag
from checker.report.render_text import _clip
from checker.report.render_text import _element as _scan_element
from checker.report.textbits import location


def render(report: AuditReport) -> str:
    """Return the audit report as plain text."""
    head = (
        f"Audit of {report.manifest} (profile {report.profile}, "
        f"audit date {report.audit_date.isoformat()})\n"
    )
    parts = [head, *(_contractor(c) for c in report.contractors)]
    if report.errors:
        parts.append("Rows not audited:\n" + "".join(f"  {e}\n" for e in report.errors))
    parts.append(_summary(report))
    return "\n".join(parts)


def _contractor(c: ContractorResult) -> str:
    scope = "in scope" if c.in_scope else "out of scope"
    money = f"EUR {c.contract_value_eur:,.0f}"
    lines = [
        f"{c.id}  {c.name}  [{c.status}]",
        f"  {scope}: {c.employees} employees, {money}; language: {c.language or '-'}",
        f"  reason: {c.reason}",
    ]
    for name, el in c.elements.items():
        lines += _element(name, el)
    lines += [line for f in c.red_flags for line in _flag(f)]
    for d in c.documents:
        why = f": {d.error}" if d.error else (f"; {d.note}" if d.note else "")
        lines.append(f"  document: {d.path} ({d.status}{why})")
    if c.coaching_plan:
        plan = c.coaching_plan
        lines.append(
            f"  coaching plan ({plan.language}): {len(plan.actions)} action(s), "
            f"{len(plan.recommendations)} recommendation(s), follow-up {plan.follow_up}"
        )
        for i, a in enumerate(plan.actions, 1):
            lines.append(f"    {i}. [{a.element}] due {a.due}: {_clip(a.action, 140)}")
    return "\n".join(lines) + "\n"


def _element(name: str, el: PolicyElement) -> list[str]:
    lines = _scan_element(name, el)
    if el.evidence:
        lines[0] += f"  in {el.evidence[0].document}"
    return lines


def _flag(f: RedFlag) -> list[str]:
    where = ", ".join(x for x in (f.document, location(f)) if x)
    return [f"  RED FLAG  {where} [{f.rule}]", f'      "{_clip(f.text)}"']


def _summary(report: AuditReport) -> str:
    s = report.summary
    statuses = ", ".join(f"{k}: {v}" for k, v in s.by_status.items() if v)
    return (
        f"{s.contractors} contractor(s): {statuses or 'none'}; rows not audited: "
        f"{s.rows_with_errors}; documents: {s.documents} (unreadable {s.unreadable}, "
        f"errors {s.errors}); coaching plans: {s.coaching_plans}\n"
    )
