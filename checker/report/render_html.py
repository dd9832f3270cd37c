"""HTML renderer: one self-contained page for officers (no network, no scripts, no assets).

The summary with a bar chart of levels across the batch, a table of documents, then per
document each element with its quoted evidence highlighted and located, or the advice for
what is missing. Audits show the contractors by status with their coaching actions.
"""

from __future__ import annotations

from checker.report.audit_models import AuditReport
from checker.report.html_parts import badge, bar_chart, esc, page, quote
from checker.report.models import DocumentResult, ElementResult, ScanReport, WaivedFinding
from checker.report.profile_info import (
    ElementInfo,
    RuleInfo,
    report_ruleset,
    rule_infos,
    scan_elements,
)
from checker.report.textbits import bar_level, below, level_order

QUOTES_PER_ELEMENT = 5


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as one self-contained HTML page."""
    if isinstance(report, AuditReport):
        from checker.report.html_audit import render_audit

        return render_audit(report)
    ruleset = report_ruleset(report.profile)
    seen = [e for d in report.documents for e in (*d.elements, *d.missing)]
    elements = {i.id: i for i in scan_elements(ruleset, seen)}
    rules = rule_infos(ruleset)
    docs = [_document(i, d, elements, rules) for i, d in enumerate(report.documents, 1)]
    body = [
        "<header><h1>clausecheck scan report</h1>",
        f'<p class="meta">{provenance(report.tool.version, report.profile, report.rules_sha256)}'
        "</p></header>",
        "<main>",
        _summary(report, fail_under),
        *docs,
        "</main>",
        f"<footer>{_hashes(report)}</footer>",
    ]
    return page(f"clausecheck: {report.summary.documents} document(s)", "\n".join(body))


def provenance(version: str, profile: str, rules_sha256: str) -> str:
    """Return the provenance line: tool version, profile and rules hash."""
    return (
        f"clausecheck {esc(version)} &middot; profile {esc(profile)} &middot; "
        f"rules sha256 <code>{esc(rules_sha256)}</code>"
    )


def _summary(report: ScanReport, fail_under: str | None) -> str:
    s = report.summary
    counts = [*s.by_level.items(), ("unreadable", s.unreadable), ("errors", s.errors)]
    order = level_order(report)
    rows = []
    for i, d in enumerate(report.documents, 1):
        bar = ""
        if fail_under:
            failed = d.status != "ok" or below(bar_level(d), fail_under, order)
            bar = f'<td class="{"no" if failed else "yes"}">{"below" if failed else "ok"}</td>'
        detail = esc(d.error) if d.status != "ok" else esc(", ".join(d.missing) or "-")
        level = badge(d.level)
        if d.waived:
            level += f" {badge(bar_level(d))} with waivers"
        rows.append(
            f'<tr><td><a href="#doc-{i}">{esc(d.path)}</a></td><td>{badge(d.status)}</td>'
            f'<td>{level}</td><td class="num">{esc(d.score)}</td>'
            f"<td>{detail}</td>{bar}</tr>"
        )
    bar_head = f"<th>bar: {esc(fail_under)}</th>" if fail_under else ""
    notes = "".join(
        f'<p class="no">waiver {esc(n.kind)}: {esc(n.document)} ({esc(n.target)}): '
        f"{esc(n.message)}</p>"
        for n in report.waivers
    )
    notes += "".join(f'<p class="no">{esc(r.message)}</p>' for r in report.regressions)
    return (
        f'<section id="summary"><h2>Summary: {s.documents} document(s)</h2>'
        f"{bar_chart('Documents by level', counts)}"
        "<table><thead><tr><th>Document</th><th>Status</th><th>Level</th><th>Score</th>"
        f"<th>Missing / reason</th>{bar_head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        f"</table>{notes}</section>"
    )


def _document(
    i: int, d: DocumentResult, elements: dict[str, ElementInfo], rules: dict[str, RuleInfo]
) -> str:
    meta = (
        f"{badge(d.status)} {badge(d.level)} score {esc(d.score)}/100 &middot; "
        f"language {esc(d.language)} &middot; {esc(d.format)} read with {esc(d.extractor)}"
        + (f" &middot; {d.pages} page(s)" if d.pages is not None else "")
        + (f" &middot; searched {esc(d.searched)}" if d.searched else "")
    )
    parts = [
        f'<article class="doc" id="doc-{i}"><h2>{esc(d.path)}</h2>',
        f'<p class="meta">{meta}</p>',
    ]
    if d.status != "ok":
        parts.append(f'<p class="no">{esc(d.status)}: {esc(d.error)}</p>')
    else:
        waived = {w.element: w for w in d.waived}
        rows = [
            _waived(waived[n], elements) if n in waived else _element(n, el, elements, rules, d)
            for n, el in d.elements.items()
        ]
        rows += [
            _element(n, el, elements, rules, d) for n, el in d.indicators.items() if el.present
        ]
        parts.append(
            "<table><thead><tr><th>Element</th><th>Present</th><th>Evidence</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        parts += _next_level(d)
    parts += [f'<p class="meta">warning: {esc(w)}</p>' for w in d.warnings]
    parts.append(f'<p class="meta">sha256 <code>{esc(d.sha256)}</code></p></article>')
    return "\n".join(parts)


def _element(
    name: str,
    el: ElementResult,
    elements: dict[str, ElementInfo],
    rules: dict[str, RuleInfo],
    d: DocumentResult,
) -> str:
    info = elements.get(name) or ElementInfo(name, name.replace("_", " "))
    head = f"<td>{esc(info.label)}<br><code>{esc(name)}</code></td>"
    if not el.present:
        advice = _advice(d, name, info)
        text = f'<span class="advice">{esc(advice)}</span>' if advice else "not found"
        return f'<tr class="missing">{head}<td class="no">no</td><td>{text}</td></tr>'
    shown = el.evidence[:QUOTES_PER_ELEMENT]
    quotes = [quote(e, rules[e.rule].description if e.rule in rules else None) for e in shown]
    more = len(el.evidence) - len(shown)
    if more > 0:
        quotes.append(f'<div class="where">and {more} more</div>')
    return f'<tr class="present">{head}<td class="yes">yes</td><td>{"".join(quotes)}</td></tr>'


def _waived(w: WaivedFinding, elements: dict[str, ElementInfo]) -> str:
    info = elements.get(w.element) or ElementInfo(w.element, w.element.replace("_", " "))
    text = (
        f"{esc(w.justification)} &middot; approved by {esc(w.approved_by)} &middot; "
        f"expires {esc(w.expires)}"
    )
    return (
        f'<tr class="missing"><td>{esc(info.label)}<br><code>{esc(w.element)}</code></td>'
        f'<td>waived</td><td class="where">{text}</td></tr>'
    )


def _advice(d: DocumentResult, name: str, info: ElementInfo) -> str | None:
    nxt = d.next_level
    if nxt and nxt.advice and any(name in a.split(" or ") for a in nxt.add):
        return nxt.advice
    return info.advice


def _next_level(d: DocumentResult) -> list[str]:
    if not d.next_level:
        return []
    add = ", ".join(d.next_level.add)
    out = [f"<h3>To reach {esc(d.next_level.level)}: add {esc(add)}</h3>"]
    if d.next_level.advice:
        out.append(f'<p class="advice">{esc(d.next_level.advice)}</p>')
    return out


def _hashes(report: ScanReport) -> str:
    prov = provenance(report.tool.version, report.profile, report.rules_sha256)
    rows = "".join(
        f"<tr><td>{esc(d.path)}</td><td><code>{esc(d.sha256)}</code></td>"
        f"<td>{esc(d.extractor)}</td></tr>"
        for d in report.documents
    )
    return (
        "<details><summary>Provenance: documents read</summary><table><thead><tr>"
        f"<th>Document</th><th>SHA-256</th><th>Extractor</th></tr></thead><tbody>{rows}</tbody>"
        f"</table></details><p>{prov}</p>"
    )
