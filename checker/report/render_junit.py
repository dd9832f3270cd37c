"""JUnit XML renderer: one test case per document (scan) or per contractor (audit).

GitLab and Jenkins read `testsuites/testsuite/testcase` with `name`, `classname`, `file` and
`time`, and count `failure`, `error` and `skipped` children. A document fails when its level
is below `--fail-under`; a contractor fails when it needs coaching; what could not be read is
an error. Provenance (tool version, rules hash, each document's SHA-256 and extractor) is in
`properties`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from checker.report.audit_models import AuditReport, ContractorResult
from checker.report.escape import xml_text
from checker.report.models import DocumentResult, ScanReport
from checker.report.textbits import bar_level, below, clip, level_order, where

NO_TIME = "0.000"  # the batch does not time documents; the attribute is required by readers


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as JUnit XML."""
    if isinstance(report, AuditReport):
        suite = _audit_suite(report)
    else:
        suite = _scan_suite(report, fail_under)
    root = ET.Element("testsuites", _counts(suite, name="clausecheck"))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _scan_suite(report: ScanReport, fail_under: str | None) -> ET.Element:
    order = level_order(report)
    cases = [_doc_case(report, d, fail_under, order) for d in report.documents]
    props = _provenance(report.tool.version, report.profile, report.rules_sha256)
    props["fail_under"] = fail_under or ""
    suite = _suite(f"clausecheck scan ({report.profile})", props, cases)
    if report.waivers:
        notes = [f"waiver {n.kind}: {n.document} {n.target}: {n.message}" for n in report.waivers]
        _child(suite, "system-out", "\n".join(notes))
    return suite


def _audit_suite(report: AuditReport) -> ET.Element:
    cases = [_contractor_case(report, c) for c in report.contractors]
    for e in report.errors:
        case = _case(
            f"manifest row {e.row}", f"clausecheck.audit.{report.profile}", report.manifest
        )
        _child(case, "error", e.message, {"message": str(e), "type": "manifest_row"})
        cases.append(case)
    props = _provenance(report.tool.version, report.profile, report.rules_sha256)
    props |= {"manifest": report.manifest, "audit_date": report.audit_date.isoformat()}
    return _suite(f"clausecheck audit ({report.profile})", props, cases)


def _doc_case(
    report: ScanReport, d: DocumentResult, fail_under: str | None, order: tuple[str, ...]
) -> ET.Element:
    case = _case(d.path, f"clausecheck.scan.{report.profile}", d.path)
    _properties(case, {"sha256": d.sha256, "extractor": d.extractor or "", "level": d.level or ""})
    if d.status != "ok":
        attrs = {"message": f"{d.status}: {d.error or 'unknown reason'}", "type": d.status}
        _child(case, "error", d.error or d.status, attrs)
    elif below(bar_level(d), fail_under, order):
        message = f"level {d.level} is below {fail_under} (score {d.score}/100)"
        if d.waived:
            message += f"; {bar_level(d)} with waivers"
        _child(case, "failure", _doc_details(d), {"message": message, "type": "below_fail_under"})
    elif weakened := [r for r in report.regressions if r.path == d.path]:
        attrs = {"message": weakened[0].message, "type": "weakened"}
        _child(case, "failure", _doc_details(d), attrs)
    _child(case, "system-out", _doc_details(d))
    return case


def _doc_details(d: DocumentResult) -> str:
    lines = [
        f"level: {d.level}  score: {d.score}  language: {d.language}",
        f"sha256: {d.sha256}  extractor: {d.extractor}  format: {d.format}",
    ]
    if d.missing:
        lines.append(f"missing: {', '.join(d.missing)} (searched {d.searched})")
    for w in d.waived:
        lines.append(
            f"waived: {w.element} ({w.justification}; approved by {w.approved_by}; "
            f"expires {w.expires})"
        )
    if d.next_level:
        lines.append(f"to reach {d.next_level.level}: add {', '.join(d.next_level.add)}")
        if d.next_level.advice:
            lines.append(f"  {d.next_level.advice}")
    for name, el in d.elements.items():
        if el.present and el.evidence:
            e = el.evidence[0]
            lines.append(f'[x] {name}: {where(e)} [{e.rule}] "{clip(e.text, 300)}"')
    return "\n".join(lines)


def _contractor_case(report: AuditReport, c: ContractorResult) -> ET.Element:
    case = _case(f"{c.id} {c.name}", f"clausecheck.audit.{report.profile}", report.manifest)
    hashes = ";".join(f"{d.path}={d.sha256 or ''}" for d in c.documents)
    _properties(case, {"status": c.status, "row": str(c.row), "documents_sha256": hashes})
    details = _contractor_details(c)
    if c.status == "needs_coaching":
        message = f"needs coaching: missing {', '.join(c.missing_baseline) or 'none'}; "
        message += f"{len(c.red_flags)} red flag(s)"
        _child(case, "failure", details, {"message": message, "type": "needs_coaching"})
    elif c.status == "needs_review":
        _child(case, "error", details, {"message": c.reason or "needs review", "type": c.status})
    elif c.status == "out_of_scope":
        _child(case, "skipped", None, {"message": f"out of scope: {c.reason}"})
    _child(case, "system-out", details)
    return case


def _contractor_details(c: ContractorResult) -> str:
    lines = [f"status: {c.status}  in scope: {c.in_scope}  reason: {c.reason}"]
    if c.missing:
        lines.append(f"missing: {', '.join(c.missing)}")
    for f in c.red_flags:
        lines.append(f'red flag: {f.document}, {where(f)} [{f.rule}] "{clip(f.text, 300)}"')
    for d in c.documents:
        lines.append(f"document: {d.path} ({d.status}) sha256 {d.sha256 or '-'}")
        if d.error:
            lines.append(f"  {d.error}")
    if c.coaching_plan:
        lines += [f"action [{a.element}] due {a.due}: {a.action}" for a in c.coaching_plan.actions]
    return "\n".join(lines)


def _provenance(version: str, profile: str, rules_sha256: str) -> dict[str, str]:
    return {
        "tool": "clausecheck",
        "version": version,
        "profile": profile,
        "rules_sha256": rules_sha256,
    }


def _suite(name: str, props: dict[str, str], cases: list[ET.Element]) -> ET.Element:
    suite = ET.Element("testsuite", _counts(cases, name=name, container=False))
    _properties(suite, props)
    suite.extend(cases)
    return suite


def _counts(
    items: ET.Element | Iterable[ET.Element], name: str, container: bool = True
) -> dict[str, str]:
    cases = list(items.iter("testcase")) if isinstance(items, ET.Element) else list(items)

    def count(tag: str) -> str:
        return str(sum(1 for c in cases if c.find(tag) is not None))

    attrs = {"name": xml_text(name), "tests": str(len(cases)), "failures": count("failure")}
    attrs |= {"errors": count("error"), "time": NO_TIME}
    if not container:
        attrs["skipped"] = count("skipped")
    return attrs


def _case(name: str, classname: str, file: str) -> ET.Element:
    attrs = {"name": xml_text(name), "classname": xml_text(classname), "file": xml_text(file)}
    return ET.Element("testcase", attrs | {"time": NO_TIME})


def _properties(parent: ET.Element, props: dict[str, str]) -> None:
    box = ET.SubElement(parent, "properties")
    for key, value in props.items():
        ET.SubElement(box, "property", {"name": key, "value": xml_text(value)})


def _child(
    parent: ET.Element, tag: str, text: str | None, attrs: dict[str, str] | None = None
) -> None:
    clean = {k: xml_text(v) for k, v in (attrs or {}).items()}
    el = ET.SubElement(parent, tag, clean)
    if text is not None:
        el.text = xml_text(text)
