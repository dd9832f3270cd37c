"""Verify scope, contractor status, the contractor result and the audit exit code."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.audit.manifest import DocumentRef, ManifestEntry
from checker.audit.run import entry_to_contractor, merge_elements, summarize
from checker.audit.status import (
    Findings,
    audit_exit_code,
    contractor_status,
    in_scope,
    scope_reason,
)
from checker.report.audit_models import (
    AuditReport,
    ContractorResult,
    PolicyDocResult,
    RedFlag,
    RowError,
)
from checker.report.models import ElementResult, Evidence
from checker.rulepack.loader import load_profile
from checker.rulepack.models import Profile, ScopeThresholds

PROFILE: Profile = load_profile("ghent")[0]
SCOPE = ScopeThresholds(min_employees=11, min_contract_value_eur=30000)
DAY = dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("employees", "value", "expected"),
    [(11, 30000, True), (10, 30000, False), (11, 29999.99, False), (500, 1e7, True), (0, 0, False)],
)
def test_scope_needs_both_thresholds(employees: int, value: float, expected: bool) -> None:
    """Verify a contractor is in scope only at or above both thresholds (Part C)."""
    assert in_scope(employees, value, SCOPE) is expected
    assert (scope_reason(employees, value, SCOPE) == "") is expected


def test_scope_reason_names_what_falls_short() -> None:
    """Verify the out-of-scope reason names the headcount and the value that fall short."""
    why = scope_reason(8, 12000, SCOPE)
    assert "8 employees (threshold 11)" in why and "EUR 12,000 (threshold EUR 30,000)" in why


def test_a_value_just_under_the_threshold_is_not_rounded_up_to_it() -> None:
    """Verify 29,999.99 is shown as it is, not as the 30,000 threshold it falls short of."""
    assert "EUR 29,999.99 (threshold EUR 30,000)" in scope_reason(45, 29999.99, SCOPE)


@pytest.mark.parametrize(
    ("scope_why", "found", "status"),
    [
        ("", Findings(1, [], [], 0), "compliant"),
        ("", Findings(1, [], ["complaints"], 0), "needs_coaching"),
        ("", Findings(1, [], [], 2), "needs_coaching"),
        ("", Findings(0, ["a.pdf: no text layer"], [], 0), "needs_review"),
        ("", Findings(0, [], [], 0), "needs_review"),
        ("", Findings(1, ["b.pdf: corrupt"], ["recruitment"], 0), "needs_review"),
        ("", Findings(1, ["b.pdf: corrupt"], ["recruitment"], 1), "needs_coaching"),
        ("", Findings(1, ["b.pdf: corrupt"], [], 0), "needs_review"),
        ("out of scope: 8 employees", Findings(1, [], ["complaints"], 3), "out_of_scope"),
        ("out of scope: 8 employees", Findings(0, ["a.pdf: missing"], [], 0), "needs_review"),
    ],
)
def test_status_precedence(scope_why: str, found: Findings, status: str) -> None:
    """Verify the status table: a document not read never leaves a contractor compliant."""
    assert contractor_status(scope_why, found)[0] == status


def test_needs_review_reason_names_the_documents() -> None:
    """Verify the reason of needs_review says which documents could not be read and why."""
    found = Findings(0, ["scan.pdf: no text layer: OCR needed", "gone.pdf: file not found"], [], 0)
    status, reason = contractor_status("", found)
    assert status == "needs_review"
    assert "scan.pdf: no text layer: OCR needed" in reason and "gone.pdf: file not found" in reason


def _evidence(text: str, rule: str = "PO-EN-01", paragraph: int = 1) -> Evidence:
    return Evidence(text=text, paragraph=paragraph, rule=rule, start=0, end=len(text))


def _doc(path: str, present: dict[str, str], flags: int = 0, lang: str = "en") -> PolicyDocResult:
    elements = {
        e: ElementResult(
            present=e in present, evidence=[_evidence(present[e])] if e in present else []
        )
        for e in PROFILE.policy_elements
    }
    red = [
        RedFlag(text=f"flag {i}", document=path, rule="RF-EN-01", start=0, end=6, kind="age")
        for i in range(flags)
    ]
    return PolicyDocResult(
        path=path,
        sha256="0" * 64,
        status="ok",
        language=lang,
        languages={lang: 1.0},
        elements=elements,
        missing=[e for e in PROFILE.policy_elements if e not in present],
        red_flags=red,
    )


def _entry(employees: int = 50, value: float = 100000) -> ManifestEntry:
    return ManifestEntry(3, "C1", "Contractor One", employees, value, (DocumentRef("a", None),))


def _unread(path: str, reason: str) -> PolicyDocResult:
    return PolicyDocResult(path=path, status="unreadable", error=reason)


def test_elements_merge_over_documents_with_their_evidence() -> None:
    """Verify an element is present when any document shows it, evidence naming the document."""
    a = _doc("a.docx", {"policy_statement": "We are an equal opportunities employer."})
    b = _doc("b.txt", {"complaints": "Report it to the confidential counsellor."})
    merged = merge_elements([a, b], PROFILE.policy_elements)
    assert merged["policy_statement"].present and merged["complaints"].present
    assert not merged["recruitment"].present
    assert merged["complaints"].evidence[0].document == "b.txt"


def test_unreadable_only_contractor_is_needs_review_never_compliant() -> None:
    """Verify a contractor with only unreadable documents is needs_review with the reason."""
    c = entry_to_contractor(
        _entry(), [_unread("scan.pdf", "no text layer: OCR needed")], PROFILE, DAY
    )
    assert c.status == "needs_review"
    assert "scan.pdf: no text layer: OCR needed" in c.reason
    assert c.coaching_plan is None and c.elements == {} and c.missing == []
    assert c.documents[0].status == "unreadable"


def test_flagged_contractor_gets_a_plan_dated_from_the_audit() -> None:
    """Verify a contractor below the baseline needs coaching, with one action per gap."""
    doc = _doc("p.txt", {"policy_statement": "Equal opportunities policy."}, flags=1)
    c = entry_to_contractor(_entry(), [doc], PROFILE, DAY)
    assert c.status == "needs_coaching" and c.in_scope
    assert c.missing_baseline == ["recruitment", "complaints"]
    assert c.coaching_plan is not None
    assert [a.element for a in c.coaching_plan.actions] == ["recruitment", "complaints", "red_flag"]
    assert c.coaching_plan.actions[0].due == DAY + dt.timedelta(days=PROFILE.coaching_due_days)


def test_out_of_scope_contractor_is_reported_not_flagged() -> None:
    """Verify an out-of-scope contractor keeps its elements and red flags but has no plan."""
    doc = _doc("p.txt", {"policy_statement": "Equal opportunities policy."}, flags=2)
    c = entry_to_contractor(_entry(employees=8), [doc], PROFILE, DAY)
    assert c.status == "out_of_scope" and not c.in_scope
    assert c.elements["policy_statement"].present and len(c.red_flags) == 2
    assert c.coaching_plan is None


def test_compliant_contractor_has_no_plan() -> None:
    """Verify the baseline without red flags is compliant, and the language is the majority."""
    present = {e: "text" for e in PROFILE.baseline}
    docs = [_doc("a.pdf", present, lang="nl"), _doc("b.txt", {}, lang="nl"), _doc("c.txt", {})]
    c = entry_to_contractor(_entry(), docs, PROFILE, DAY)
    assert (c.status, c.language, c.coaching_plan) == ("compliant", "nl", None)
    assert c.missing == ["training", "monitoring", "responsibility", "targets", "agencies"]


def _report(
    contractors: list[ContractorResult], errors: list[RowError] | None = None
) -> AuditReport:
    return AuditReport(
        profile="ghent",
        rules_sha256="x",
        manifest="m.csv",
        audit_date=DAY,
        summary=summarize(contractors, len(errors or [])),
        contractors=contractors,
        errors=errors or [],
    )


def test_exit_codes() -> None:
    """Verify 3 beats 1, 1 only with --fail-on-flag, and --exit-zero gives 0."""
    ok = entry_to_contractor(
        _entry(), [_doc("a", {e: "t" for e in PROFILE.baseline})], PROFILE, DAY
    )
    flagged = entry_to_contractor(_entry(), [_doc("b", {})], PROFILE, DAY)
    review = entry_to_contractor(_entry(), [_unread("c", "corrupt")], PROFILE, DAY)
    broken = [RowError(row=5, contractor_id="X", message="employees 'x' is not a number")]
    assert audit_exit_code(_report([ok]), fail_on_flag=True) == 0
    assert audit_exit_code(_report([ok, flagged]), fail_on_flag=False) == 0
    assert audit_exit_code(_report([ok, flagged]), fail_on_flag=True) == 1
    assert audit_exit_code(_report([flagged, review]), fail_on_flag=True) == 3
    assert audit_exit_code(_report([ok], broken), fail_on_flag=False) == 3
    assert audit_exit_code(_report([review], broken), True, exit_zero=True) == 0
    summary = _report([ok, flagged, review], broken).summary
    assert summary.by_status == {
        "compliant": 1,
        "needs_coaching": 1,
        "needs_review": 1,
        "out_of_scope": 0,
    }
    assert (summary.rows_with_errors, summary.unreadable, summary.coaching_plans) == (1, 1, 1)


def test_problems_are_one_line_each_in_row_order() -> None:
    """Verify the stderr lines: broken rows and unread documents, sorted by manifest row."""
    review = entry_to_contractor(_entry(), [_unread("scan.pdf", "no text layer")], PROFILE, DAY)
    broken = [RowError(row=2, contractor_id="X", message="empty documents")]
    lines = _report([review], broken).problems()
    assert lines == [
        "manifest row 2 (X): empty documents",
        "manifest row 3 (C1): scan.pdf: unreadable: no text layer",
    ]
