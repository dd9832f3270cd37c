"""CSV renderer: one row per document (scan) or contractor (audit), for spreadsheets.

Columns are stable: the element columns follow the profile's element order. The text starts
with a UTF-8 byte-order mark so Excel reads accented names correctly, and every text cell
that a spreadsheet would take for a formula (= + - @ tab CR) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from checker.report.audit_models import AuditReport, ContractorResult
from checker.report.escape import csv_cell
from checker.report.models import DocumentResult, ScanReport
from checker.report.profile_info import policy_elements, report_ruleset, scan_elements

BOM = "\ufeff"
SCAN_HEAD = ("path", "status", "language", "level", "score", "effective_level")
SCAN_TAIL = ("missing", "waived", "error", "format", "extractor", "sha256")
AUDIT_HEAD = ("contractor_id", "name", "employees", "contract_value_eur", "in_scope", "status")
AUDIT_TAIL = (
    "missing",
    "missing_baseline",
    "red_flags",
    "documents",
    "unreadable_documents",
    "documents_sha256",
    "reason",
    "coaching_actions",
    "follow_up",
    "manifest_row",
    "audit_date",
)
PROVENANCE = ("profile", "rules_sha256", "tool_version")


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as CSV text (with a byte-order mark)."""
    if isinstance(report, AuditReport):
        header, rows = audit_rows(report)
    else:
        header, rows = scan_rows(report)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return BOM + buf.getvalue()


def scan_rows(report: ScanReport) -> tuple[list[str], list[list[object]]]:
    """Return the header and one row per document."""
    seen = [e for d in report.documents for e in (*d.elements, *d.missing)]
    elements = [i.id for i in scan_elements(report_ruleset(report.profile), seen)]
    prov = [report.profile, report.rules_sha256, report.tool.version]
    rows = [_doc_row(d, elements) + prov for d in report.documents]
    return [*SCAN_HEAD, *elements, *SCAN_TAIL, *PROVENANCE], rows


def _doc_row(d: DocumentResult, elements: Sequence[str]) -> list[object]:
    head = [d.path, d.status, d.language or "", d.level or "", _blank(d.score)]
    head.append(d.effective_level or d.level or "")
    flags = [_present(d.status == "ok", d.elements.get(e)) for e in elements]
    waived = ";".join(w.element for w in d.waived)
    tail = [";".join(d.missing), waived, d.error or "", d.format or "", d.extractor or "", d.sha256]
    return head + flags + tail


def audit_rows(report: AuditReport) -> tuple[list[str], list[list[object]]]:
    """Return the header and one row per contractor (and per manifest row not audited)."""
    seen = [e for c in report.contractors for e in (*c.elements, *c.missing)]
    elements = [i.id for i in policy_elements(report_ruleset(report.profile), seen)]
    prov = [report.profile, report.rules_sha256, report.tool.version]
    day = report.audit_date.isoformat()
    header = [*AUDIT_HEAD, *elements, *AUDIT_TAIL, *PROVENANCE]
    rows = [_contractor_row(c, elements) + [day] + prov for c in report.contractors]
    for e in report.errors:
        rec = dict(zip(PROVENANCE, prov, strict=True))
        rec |= {"contractor_id": e.contractor_id or "", "status": "not_audited"}
        rec |= {"reason": e.message, "manifest_row": e.row, "audit_date": day}
        rows.append([rec.get(h, "") for h in header])
    return header, rows


def _contractor_row(c: ContractorResult, elements: Sequence[str]) -> list[object]:
    readable = any(d.status == "ok" for d in c.documents)
    head = [c.id, c.name, c.employees, c.contract_value_eur, int(c.in_scope), c.status]
    flags = [_present(readable, c.elements.get(e)) for e in elements]
    plan = c.coaching_plan
    tail = [
        ";".join(c.missing),
        ";".join(c.missing_baseline),
        len(c.red_flags),
        ";".join(d.path for d in c.documents),
        sum(1 for d in c.documents if d.status != "ok"),
        ";".join(f"{d.path}={d.sha256 or ''}" for d in c.documents),
        c.reason,
        len(plan.actions) if plan else "",
        plan.follow_up.isoformat() if plan else "",
        c.row,
    ]
    return head + flags + tail


def _present(graded: bool, element: object) -> object:
    if not graded:
        return ""
    return int(bool(getattr(element, "present", False)))


def _blank(value: object) -> object:
    return "" if value is None else value
