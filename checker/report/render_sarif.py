"""SARIF 2.1.0 renderer: one result per missing element and per document that was not read.

Code scanning (GitHub, GitLab, Azure DevOps) shows each result as an annotation on the file.
A missing element points at the document (line 1) and carries, as related locations, the
quoted sentences of the clause that is there, with their character offsets in the text read;
page, paragraph and article are in the locations' properties.
"""

from __future__ import annotations

import json

from checker.report.audit_models import AuditReport
from checker.report.models import (
    DocumentResult,
    Evidence,
    Regression,
    ScanReport,
    WaivedFinding,
)
from checker.report.profile_info import (
    ElementInfo,
    RuleInfo,
    descriptions_note,
    report_ruleset,
    rule_infos,
    scan_elements,
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
from checker.report.textbits import where

INPUT_RULES = {
    "unreadable": (
        "Document could not be read",
        "The document has no usable text "
        "(e.g. no text layer, encrypted, corrupt or unsupported); nothing was graded.",
    ),
    "error": (
        "Document could not be processed",
        "Reading or grading the document failed "
        "(e.g. timeout, memory limit, crash); nothing was graded.",
    ),
}

WEAKENED = (
    "Clause weakened since the baseline",
    "The document grades lower than in the baseline report it was compared with "
    "(--baseline): its level dropped or it lost an element it had.",
)


def render(report: ScanReport | AuditReport, fail_under: str | None = None) -> str:
    """Return the report as a SARIF 2.1.0 log (JSON)."""
    if isinstance(report, AuditReport):
        from checker.report.sarif_audit import audit_log

        log = audit_log(report)
    else:
        log = scan_log(report)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def scan_log(report: ScanReport) -> Json:
    """Return the SARIF log of a scan."""
    ruleset = report_ruleset(report.profile)
    seen = [e for d in report.documents for e in (*d.elements, *d.missing)]
    elements = {info.id: info for info in scan_elements(ruleset, seen)}
    arts = Artifacts()
    for d in report.documents:
        arts.add(d.path, d.sha256, _artifact_props(d))
    results = [r for d in report.documents for r in _results(d, elements, arts, report.profile)]
    results += [_weakened_result(r, arts) for r in report.regressions]
    rules = _descriptors(report, elements, rule_infos(ruleset))
    run: Json = {
        "tool": {"driver": driver(report.tool, rules)},
        "invocations": [_invocation(report, arts)],
        "artifacts": arts.items,
        "results": rule_indexes(results, rules),
        "columnKind": "unicodeCodePoints",
        "properties": {
            "profile": report.profile,
            "rules_sha256": report.rules_sha256,
            **descriptions_note(ruleset, report.rules_sha256),
            "summary": report.summary.model_dump(mode="json"),
        },
    }
    return sarif_log(run)


def element_level(info: ElementInfo) -> str:
    """Return the SARIF level of a missing element: by the first level that needs it."""
    if info.tier == 0:
        return "error"
    if info.tier is not None and info.tier <= 2:
        return "warning"
    return "note"


def element_rule_id(profile: str, element: str) -> str:
    """Return the SARIF rule id of an element, e.g. ghent/commitment."""
    return f"{profile}/{element}"


def _descriptors(
    report: ScanReport, elements: dict[str, ElementInfo], rules: dict[str, RuleInfo]
) -> list[Json]:
    prof = report.profile
    out = []
    for e in elements.values():
        rule_id, level = element_rule_id(prof, e.id), element_level(e)
        out.append(element_descriptor(rule_id, e, level, _need(e, prof), "clause"))
    out += [fixed_descriptor(f"clausecheck/{k}", *texts) for k, texts in INPUT_RULES.items()]
    if report.baseline is not None:
        out.append(fixed_descriptor("clausecheck/weakened", *WEAKENED))
    used = sorted({ev.rule for d in report.documents for ev in _all_evidence(d)})
    out += [rule_descriptor(rule_id, rules.get(rule_id)) for rule_id in used]
    return out


def _need(info: ElementInfo, profile: str) -> str:
    if info.needed_for:
        return f"The {profile} profile needs it from level '{info.needed_for}' up."
    return f"No level of the {profile} profile needs it; it makes the clause complete."


def _all_evidence(d: DocumentResult) -> list[Evidence]:
    groups = (*d.elements.values(), *d.indicators.values())
    return [ev for el in groups for ev in el.evidence]


def _results(
    d: DocumentResult, elements: dict[str, ElementInfo], arts: Artifacts, profile: str
) -> list[Json]:
    if d.status != "ok":
        return [_input_result(d, arts)]
    out = [_missing_result(d, el, elements, arts, profile) for el in d.missing]
    for w in d.waived:
        result = _missing_result(d, w.element, elements, arts, profile)
        result["suppressions"] = [_suppression(w)]
        out.append(result)
    return out


def _suppression(w: WaivedFinding) -> Json:
    text = f"{w.justification} (approved by {w.approved_by}, expires {w.expires})"
    props = {"approved_by": w.approved_by, "expires": w.expires, "rule": w.rule}
    return {"kind": "external", "status": "accepted", "justification": text, "properties": props}


def _missing_result(
    d: DocumentResult, element: str, elements: dict[str, ElementInfo], arts: Artifacts, profile: str
) -> Json:
    info = elements.get(element) or ElementInfo(element, element.replace("_", " "))
    advice = _advice(d, element, info)
    text = (
        f"{info.label} ({element}) is missing from {d.path}: level {d.level}, score {d.score}/100."
    )
    if advice:
        text += f" Advice: {advice}"
    clause = [e for e, _ in clause_spots(d)]
    where_props = {
        "searched": d.searched,
        "clause_pages": sorted({e.page for e in clause if e.page is not None}) or None,
        "clause_articles": sorted({e.article for e in clause if e.article}) or None,
    }
    return {
        "ruleId": element_rule_id(profile, element),
        "level": element_level(info),
        "kind": "fail",
        "message": message(text),
        "locations": [arts.location(d.path, {"startLine": 1}, where_props)],
        "relatedLocations": [
            _related(i, e, names, arts, d.path) for i, (e, names) in enumerate(clause_spots(d))
        ],
        "partialFingerprints": fingerprint(d.path, element),
        "properties": {"document_level": d.level, "score": d.score, "language": d.language},
    }


def _advice(d: DocumentResult, element: str, info: ElementInfo) -> str | None:
    nxt = d.next_level
    if nxt and nxt.advice and any(element in a.split(" or ") for a in nxt.add):
        return nxt.advice
    return info.advice


def clause_spots(d: DocumentResult) -> list[tuple[Evidence, list[str]]]:
    """Return the first quote of each present element, one per sentence, with what it shows."""
    spots: dict[tuple[int, int], tuple[Evidence, list[str]]] = {}
    for name, el in d.elements.items():
        if el.present and el.evidence:
            e = el.evidence[0]
            spots.setdefault((e.start, e.end), (e, []))[1].append(f"{name} ({e.rule})")
    return list(spots.values())


def _related(i: int, e: Evidence, names: list[str], arts: Artifacts, path: str) -> Json:
    loc = arts.location(path, evidence_region(e), evidence_props(e))
    text = f"evidence of {', '.join(names)}; {where(e)}"
    return {"id": i, **loc, "message": message(text)}


def _input_result(d: DocumentResult, arts: Artifacts) -> Json:
    status = d.status if d.status in INPUT_RULES else "error"
    return {
        "ruleId": f"clausecheck/{status}",
        "level": "error",
        "kind": "fail",
        "message": message(f"{d.path} was not graded ({d.status}): {d.error or 'unknown reason'}"),
        "locations": [arts.location(d.path)],
        "partialFingerprints": fingerprint(d.path, status),
        "properties": {"status": d.status, "error": d.error},
    }


def _weakened_result(r: Regression, arts: Artifacts) -> Json:
    return {
        "ruleId": "clausecheck/weakened",
        "level": "error",
        "kind": "fail",
        "message": message(r.message),
        "locations": [arts.location(r.path, {"startLine": 1})],
        "partialFingerprints": fingerprint(r.path, "weakened"),
        "properties": {"was_level": r.was_level, "level": r.level, "lost": r.lost},
    }


def _artifact_props(d: DocumentResult) -> Json:
    return {
        "format": d.format,
        "extractor": d.extractor,
        "language": d.language,
        "pages": d.pages,
        "status": d.status,
    }


def _invocation(report: ScanReport, arts: Artifacts) -> Json:
    failed = [d for d in report.documents if d.status == "error"]
    notes = [
        {
            "level": "error",
            "message": message(f"{d.path}: {d.error}"),
            "locations": [arts.location(d.path)],
        }
        for d in failed
    ]
    out: Json = {"executionSuccessful": True}
    if notes:
        out["toolExecutionNotifications"] = notes
    config = [
        {
            "level": "warning",
            "message": message(f"waiver for {n.document} ({n.target}) is {n.kind}: {n.message}"),
            "descriptor": {"id": f"clausecheck/waiver-{n.kind}"},
        }
        for n in report.waivers
    ]
    if config:
        out["toolConfigurationNotifications"] = config
    return out
