"""SARIF 2.1.0 log of an audit: missing policy elements, red flags and documents not read.

A missing element is a finding about a contractor, so it points at the contractor's row of
the manifest; a red flag points at the quoted sentence in the policy document.
"""

from __future__ import annotations

from pathlib import PurePath

from checker.report.audit_models import AuditReport, ContractorResult, DocumentStatus, RedFlag
from checker.report.profile_info import (
    ElementInfo,
    descriptions_note,
    policy_elements,
    report_ruleset,
    rule_infos,
)
from checker.report.sarif_parts import (
    Artifacts,
    Json,
    driver,
    element_descriptor,
    evidence_props,
    evidence_region,
    fingerprint,
    fixed_descriptor,
    message,
    rule_descriptor,
    rule_indexes,
    sarif_log,
)
from checker.report.textbits import clip, where
from checker.rulepack.loader import RuleSet

AUDIT_RULES = {
    "unreadable": ("Policy document could not be read", "The document has no usable text."),
    "error": ("Policy document could not be processed", "The document is missing or failed."),
    "needs_review": (
        "Contractor needs review",
        "No policy document of the contractor could be read; a person must review it.",
    ),
    "manifest_row": ("Manifest row not audited", "The manifest row is malformed."),
}


def audit_log(report: AuditReport) -> Json:
    """Return the SARIF log of an audit."""
    ruleset = report_ruleset(report.profile)
    seen = [e for c in report.contractors for e in (*c.elements, *c.missing)]
    elements = {info.id: info for info in policy_elements(ruleset, seen)}
    arts = Artifacts()
    arts.add(report.manifest, None, {"role": "manifest"})
    for c in report.contractors:
        for d in c.documents:
            arts.add(doc_path(report, d.path), d.sha256, {"status": d.status})
    results = [r for c in report.contractors for r in _contractor(report, c, elements, arts)]
    results += [_row_error(report, e.row, str(e), arts) for e in report.errors]
    rules = _descriptors(report, elements, ruleset)
    run: Json = {
        "tool": {"driver": driver(report.tool, rules)},
        "invocations": [{"executionSuccessful": True}],
        "artifacts": arts.items,
        "results": rule_indexes(results, rules),
        "columnKind": "unicodeCodePoints",
        "properties": {
            "profile": report.profile,
            "rules_sha256": report.rules_sha256,
            **descriptions_note(ruleset, report.rules_sha256),
            "manifest": report.manifest,
            "audit_date": report.audit_date.isoformat(),
            "summary": report.summary.model_dump(mode="json"),
        },
    }
    return sarif_log(run)


def doc_path(report: AuditReport, path: str) -> str:
    """Return a manifest document path relative to the working directory, as scans give it."""
    if PurePath(path).is_absolute():
        return path
    return str(PurePath(report.manifest).parent / path)


def policy_rule_id(profile: str, element: str) -> str:
    """Return the SARIF rule id of a policy element, e.g. ghent/policy/recruitment."""
    return f"{profile}/policy/{element}"


def _descriptors(
    report: AuditReport, elements: dict[str, ElementInfo], ruleset: RuleSet | None
) -> list[Json]:
    prof = report.profile
    out = []
    for e in elements.values():
        level = "error" if e.baseline else "note"
        need = "It is part of the legal baseline." if e.baseline else "It is good practice."
        out.append(element_descriptor(policy_rule_id(prof, e.id), e, level, need, "policy"))
    out += [fixed_descriptor(f"clausecheck/{k}", *t) for k, t in AUDIT_RULES.items()]
    infos = rule_infos(ruleset)
    used = sorted({f.rule for c in report.contractors for f in c.red_flags})
    out += [rule_descriptor(r, infos.get(r), "error") for r in used]
    return out


def _contractor(
    report: AuditReport, c: ContractorResult, elements: dict[str, ElementInfo], arts: Artifacts
) -> list[Json]:
    out = [_missing(report, c, e, elements, arts) for e in c.missing]
    out += [_flag(report, c, f, arts) for f in c.red_flags]
    bad = [d for d in c.documents if d.status != "ok"]
    out += [_unread(report, c, d, arts) for d in bad]
    if c.status == "needs_review" and not bad:
        out.append(
            _row_result(report, c.row, "needs_review", f"{c.id} ({c.name}): {c.reason}", arts)
        )
    return out


def _missing(
    report: AuditReport,
    c: ContractorResult,
    element: str,
    elements: dict[str, ElementInfo],
    arts: Artifacts,
) -> Json:
    info = elements.get(element) or ElementInfo(element, element.replace("_", " "))
    action = _planned(c, element) or info.advice
    text = f"{c.id} ({c.name}): {info.label} ({element}) is missing; status {c.status}."
    if action:
        text += f" Coaching action: {action}"
    baseline = info.baseline or element in c.missing_baseline
    level = "error" if baseline and c.in_scope else ("warning" if baseline else "note")
    docs = [arts.location(doc_path(report, d.path)) for d in c.documents]
    return {
        "ruleId": policy_rule_id(report.profile, element),
        "level": level,
        "kind": "fail",
        "message": message(text),
        "locations": [_row_location(report, c.row, c.id, arts)],
        "relatedLocations": [{"id": i, **loc} for i, loc in enumerate(docs)],
        "partialFingerprints": fingerprint(c.id, element),
        "properties": {"contractor": c.id, "status": c.status, "in_scope": c.in_scope},
    }


def _planned(c: ContractorResult, element: str, rule: str | None = None) -> str | None:
    plan = c.coaching_plan
    if plan is None:
        return None
    for a in (*plan.actions, *plan.recommendations):
        if (rule is None and a.element == element) or (rule is not None and a.rule == rule):
            return a.action
    return None


def _flag(report: AuditReport, c: ContractorResult, f: RedFlag, arts: Artifacts) -> Json:
    path = doc_path(report, f.document)
    text = f'{c.id} ({c.name}): red flag in {f.document}, {where(f)}: "{clip(f.text, 200)}".'
    action = _planned(c, "", f.rule)
    if action:
        text += f" Coaching action: {action}"
    return {
        "ruleId": f.rule,
        "level": "error" if c.in_scope else "warning",
        "kind": "fail",
        "message": message(text),
        "locations": [arts.location(path, evidence_region(f), evidence_props(f))],
        "partialFingerprints": fingerprint(c.id, f.document, f.rule, f.text),
        "properties": {"contractor": c.id, "kind": f.kind, "rules": f.rules},
    }


def _unread(report: AuditReport, c: ContractorResult, d: DocumentStatus, arts: Artifacts) -> Json:
    status = d.status if d.status in AUDIT_RULES else "error"
    text = f"{c.id} ({c.name}): {d.path} was not read ({d.status}): {d.error or 'unknown reason'}"
    return {
        "ruleId": f"clausecheck/{status}",
        "level": "error",
        "kind": "fail",
        "message": message(text),
        "locations": [arts.location(doc_path(report, d.path))],
        "partialFingerprints": fingerprint(c.id, d.path, status),
        "properties": {"contractor": c.id, "status": d.status},
    }


def _row_error(report: AuditReport, row: int, text: str, arts: Artifacts) -> Json:
    return _row_result(report, row, "manifest_row", text, arts)


def _row_result(report: AuditReport, row: int, kind: str, text: str, arts: Artifacts) -> Json:
    return {
        "ruleId": f"clausecheck/{kind}",
        "level": "error",
        "kind": "fail",
        "message": message(text),
        "locations": [_row_location(report, row, None, arts)],
        "partialFingerprints": fingerprint(report.manifest, str(row), kind),
    }


def _row_location(report: AuditReport, row: int, contractor: str | None, arts: Artifacts) -> Json:
    region = {"startLine": max(row, 1)}
    return arts.location(report.manifest, region, {"contractor": contractor, "row": row})
