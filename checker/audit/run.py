"""Run an audit: manifest -> documents read and graded -> contractors with status and plan.

Each distinct file of the manifest (a file shared by several contractors is graded once) is
read and policy-graded in an isolated worker under the batch limits, through the content
cache when one is given (checker/audit/grading.py); results do not depend on the number of
workers. Contractors are then assembled in manifest order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from checker.audit.coaching import FALLBACK_LANGUAGE, build_plan, contractor_language
from checker.audit.grading import grade_files, with_path
from checker.audit.manifest import DocumentRef, Manifest, ManifestEntry, read_manifest
from checker.audit.status import (
    Findings,
    contractor_status,
    in_scope,
    missing_baseline,
    scope_reason,
)
from checker.batch import BatchLimits
from checker.cache import Cache
from checker.errors import RulePackError
from checker.policy import PolicyGrader
from checker.report.audit_models import (
    STATUSES,
    AuditReport,
    AuditSummary,
    ContractorResult,
    DocEvidence,
    DocumentStatus,
    PolicyDocResult,
    PolicyElement,
)
from checker.rulepack.loader import RuleSet
from checker.rulepack.models import Profile

_GRADERS: dict[tuple[str, str | None], PolicyGrader] = {}


def policy_grader(ruleset: RuleSet, lang: str | None = None) -> PolicyGrader:
    """Return this process's grader for a rule set and forced language (built once)."""
    key = (ruleset.sha256, lang if lang != "auto" else None)
    if key not in _GRADERS:
        _GRADERS[key] = PolicyGrader(ruleset, lang=key[1])
    return _GRADERS[key]


def audit(
    manifest_path: Path,
    ruleset: RuleSet,
    audit_date: dt.date,
    lang: str | None = None,
    allow_outside: bool = False,
    limits: BatchLimits | None = None,
    cache: Cache | None = None,
    on_result: Callable[[PolicyDocResult], None] | None = None,
) -> AuditReport:
    """Return the audit of every contractor of a manifest, broken rows reported apart."""
    require_policy_packs(ruleset)
    manifest = read_manifest(Path(manifest_path), allow_outside)
    graded = grade_manifest(manifest, ruleset, lang, limits, cache, on_result)
    contractors = []
    for entry in manifest.entries:
        docs = [_document(ref, graded) for ref in entry.documents]
        contractors.append(entry_to_contractor(entry, docs, ruleset.profile, audit_date, lang))
    return AuditReport(
        profile=ruleset.profile.name,
        rules_sha256=ruleset.sha256,
        manifest=str(manifest_path),
        audit_date=audit_date,
        summary=summarize(contractors, len(manifest.errors)),
        contractors=contractors,
        errors=list(manifest.errors),
    )


def require_policy_packs(ruleset: RuleSet) -> None:
    """Raise RulePackError when no pack of the profile's policy families is loaded."""
    families = ruleset.profile.policy_families
    if not any(p.pack in families for p in ruleset.packs):
        names = ", ".join(f"rules/{f}/*.yaml" for f in families)
        raise RulePackError(ruleset.profile.name, f"the audit needs policy rule packs ({names})")


def grade_manifest(
    manifest: Manifest,
    ruleset: RuleSet,
    lang: str | None = None,
    limits: BatchLimits | None = None,
    cache: Cache | None = None,
    on_result: Callable[[PolicyDocResult], None] | None = None,
) -> dict[Path, PolicyDocResult]:
    """Return the policy result of every distinct file of a manifest, by resolved path."""
    forced = lang if lang != "auto" else None
    files: dict[Path, str] = {}
    for entry in manifest.entries:
        for ref in entry.documents:
            if ref.file is not None:
                files.setdefault(ref.file.resolve(), str(ref.file))
    results = grade_files(
        list(files.values()),
        lambda: policy_grader(ruleset, forced),
        f"policy:{ruleset.sha256}:{forced or 'auto'}",
        limits,
        cache,
        on_result,
    )
    return dict(zip(files, results, strict=True))


def _document(ref: DocumentRef, graded: dict[Path, PolicyDocResult]) -> PolicyDocResult:
    if ref.file is None:
        return PolicyDocResult(path=ref.path, status="error", error=ref.problem)
    return with_path(graded[ref.file.resolve()], ref.path)


def merge_elements(
    docs: Sequence[PolicyDocResult], names: Sequence[str]
) -> dict[str, PolicyElement]:
    """Return each element over all documents: present in any, with every document's evidence."""
    out = {name: PolicyElement(present=False) for name in names}
    for doc in docs:
        for name, el in doc.elements.items():
            if name in out and el.present:
                out[name].present = True
                out[name].evidence += [
                    DocEvidence(**e.model_dump(), document=doc.path) for e in el.evidence
                ]
    return out


def entry_to_contractor(
    entry: ManifestEntry,
    docs: list[PolicyDocResult],
    profile: Profile,
    audit_date: dt.date,
    lang: str | None = None,
) -> ContractorResult:
    """Return a contractor's result from its manifest row and its graded documents."""
    readable = [d for d in docs if d.status == "ok"]
    elements = merge_elements(readable, profile.policy_elements) if readable else {}
    present = {e for e, v in elements.items() if v.present}
    missing = [e for e in profile.policy_elements if readable and e not in present]
    gaps = missing_baseline(present, profile) if readable else []
    flags = [f for d in readable for f in d.red_flags]
    unread = [f"{d.path}: {d.error}" for d in docs if d.status != "ok"]
    why = scope_reason(entry.employees, entry.contract_value_eur, profile.scope)
    status, reason = contractor_status(why, Findings(len(readable), unread, gaps, len(flags)))
    language = contractor_language(docs, lang) if readable else None
    plan = None
    if status == "needs_coaching":
        plan = build_plan(missing, flags, profile, language or FALLBACK_LANGUAGE, audit_date)
    return ContractorResult(
        id=entry.contractor_id,
        name=entry.name,
        row=entry.row,
        employees=entry.employees,
        contract_value_eur=entry.contract_value_eur,
        in_scope=in_scope(entry.employees, entry.contract_value_eur, profile.scope),
        status=status,
        reason=reason,
        language=language,
        elements=elements,
        missing=missing,
        missing_baseline=gaps,
        red_flags=flags,
        documents=[_doc_status(d) for d in docs],
        coaching_plan=plan,
    )


def _doc_status(d: PolicyDocResult) -> DocumentStatus:
    return DocumentStatus.model_validate(d.model_dump(include=set(DocumentStatus.model_fields)))


def summarize(contractors: Sequence[ContractorResult], broken_rows: int) -> AuditSummary:
    """Return the counts of an audit."""
    statuses = Counter(c.status for c in contractors)
    docs = [d for c in contractors for d in c.documents]
    return AuditSummary(
        contractors=len(contractors),
        by_status={s: statuses.get(s, 0) for s in STATUSES},
        rows_with_errors=broken_rows,
        documents=len(docs),
        unreadable=sum(d.status == "unreadable" for d in docs),
        errors=sum(d.status == "error" for d in docs),
        coaching_plans=sum(c.coaching_plan is not None for c in contractors),
    )
