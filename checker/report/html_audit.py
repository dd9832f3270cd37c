"""HTML page of an audit: contractors by status, evidence, red flags and coaching actions."""

from __future__ import annotations

from checker.report.audit_models import (
    STATUSES,
    AuditReport,
    CoachingPlan,
    ContractorResult,
    PolicyElement,
)
from checker.report.html_parts import badge, bar_chart, esc, page, quote
from checker.report.profile_info import ElementInfo, policy_elements, report_ruleset

SHOW_ORDER = ("needs_coaching", "needs_review", "compliant", "out_of_scope")


def render_audit(report: AuditReport) -> str:
    """Return the audit report as one self-contained HTML page."""
    from checker.report.render_html import provenance

    ruleset = report_ruleset(report.profile)
    seen = [e for c in report.contractors for e in (*c.elements, *c.missing)]
    elements = {i.id: i for i in policy_elements(ruleset, seen)}
    s = report.summary
    groups = []
    for status in dict.fromkeys([*SHOW_ORDER, *STATUSES, *(c.status for c in report.contractors)]):
        members = [c for c in report.contractors if c.status == status]
        if members:
            cards = "\n".join(_contractor(c, elements) for c in members)
            groups.append(
                f'<h2 id="status-{esc(status)}">{badge(status)} ({len(members)})</h2>{cards}'
            )
    body = [
        f"<header><h1>clausecheck audit of {esc(report.manifest)}</h1>",
        f'<p class="meta">audit date {esc(report.audit_date.isoformat())} &middot; '
        f"{provenance(report.tool.version, report.profile, report.rules_sha256)}</p></header>",
        '<main><section id="summary">',
        f"<h2>Summary: {s.contractors} contractor(s), {s.documents} document(s)</h2>",
        bar_chart("Contractors by status", list(s.by_status.items())),
        f'<p class="meta">unreadable documents {s.unreadable} &middot; failed {s.errors} '
        f"&middot; coaching plans {s.coaching_plans} &middot; rows not audited "
        f"{s.rows_with_errors}</p>",
        *[f'<p class="no">{esc(str(e))}</p>' for e in report.errors],
        "</section>",
        *groups,
        "</main>",
    ]
    return page(f"clausecheck audit: {s.contractors} contractor(s)", "\n".join(body))


def _contractor(c: ContractorResult, elements: dict[str, ElementInfo]) -> str:
    scope = "in scope" if c.in_scope else "out of scope"
    parts = [
        f'<article class="contractor" id="c-{esc(c.id)}"><h3>{esc(c.id)} {esc(c.name)} '
        f"{badge(c.status)}</h3>",
        f'<p class="meta">{scope}: {esc(c.employees)} employees, EUR {c.contract_value_eur:,.0f}'
        f" &middot; {esc(c.reason)}</p>",
    ]
    rows = [_element(n, el, elements) for n, el in c.elements.items()]
    if rows:
        parts.append(
            "<table><thead><tr><th>Element</th><th>Present</th><th>Evidence</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    for f in c.red_flags:
        parts.append(f'<div class="flag"><h3>Red flag</h3>{quote(f, None, f.document)}</div>')
    parts += [_document(d.path, d.status, d.error or d.note, d.sha256) for d in c.documents]
    if c.coaching_plan:
        parts.append(_plan(c.coaching_plan))
    parts.append("</article>")
    return "\n".join(parts)


def _element(name: str, el: PolicyElement, elements: dict[str, ElementInfo]) -> str:
    info = elements.get(name) or ElementInfo(name, name.replace("_", " "))
    head = f"<td>{esc(info.label)}<br><code>{esc(name)}</code></td>"
    if not el.present:
        return f'<tr class="missing">{head}<td class="no">no</td><td>-</td></tr>'
    quotes = "".join(quote(e, None, e.document) for e in el.evidence[:3])
    return f'<tr class="present">{head}<td class="yes">yes</td><td>{quotes}</td></tr>'


def _document(path: str, status: str, error: str | None, sha256: str | None) -> str:
    reason = f": {esc(error)}" if error else ""
    return (
        f'<p class="meta">document {esc(path)} {badge(status)}{reason} &middot; sha256 '
        f"<code>{esc(sha256 or '-')}</code></p>"
    )


def _plan(plan: CoachingPlan) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(a.label or a.element)}</td><td>{esc(a.action)}</td>"
        f"<td>{esc(a.evidence_expected)}</td><td>{esc(a.due)}</td></tr>"
        for i, a in enumerate(plan.actions, 1)
    )
    return (
        f"<h3>Coaching plan ({esc(plan.language)}), follow-up {esc(plan.follow_up)}</h3>"
        "<table><thead><tr><th>#</th><th>Topic</th><th>Action</th><th>Evidence expected</th>"
        f"<th>Due</th></tr></thead><tbody>{rows}</tbody></table>"
    )
