"""Scope, status and exit code of an audit (GHENT_MODEL.md Parts B and C, CLI_CONTRACT.md).

Status, in order of precedence:
1. `needs_review` when no document of the contractor could be read (or none was listed):
   a contractor is never `compliant` on evidence nobody saw, in scope or not.
2. `out_of_scope` when headcount or contract value is below the profile's thresholds: the
   contractor is reported with its elements and red flags but not flagged.
3. `needs_coaching` when a red flag was found, or a baseline element is missing and every
   document was read.
4. `needs_review` when no red flag was found but some document could not be read: a missing
   element may stand in it, and a red flag may hide in it (a vacancy that was a scan), so
   the baseline seen in the other documents is not enough to call the contractor compliant.
5. `compliant` otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checker.exitcodes import BELOW_BAR, OK, UNREADABLE
from checker.report.audit_models import AuditReport, ContractorStatus
from checker.rulepack.models import Profile, ScopeThresholds


@dataclass(frozen=True)
class Findings:
    """What the documents of one contractor showed."""

    readable: int
    unread: Sequence[str]
    missing_baseline: Sequence[str]
    red_flags: int


def in_scope(employees: int, contract_value_eur: float, scope: ScopeThresholds) -> bool:
    """Return whether a contractor is in scope: both thresholds reached (Part C)."""
    return employees >= scope.min_employees and contract_value_eur >= scope.min_contract_value_eur


def scope_reason(employees: int, contract_value_eur: float, scope: ScopeThresholds) -> str:
    """Return why a contractor is out of scope (empty when it is in scope)."""
    why = []
    if employees < scope.min_employees:
        why.append(f"{employees} employees (threshold {scope.min_employees})")
    if contract_value_eur < scope.min_contract_value_eur:
        why.append(
            f"contract EUR {_amount(contract_value_eur)} "
            f"(threshold EUR {_amount(scope.min_contract_value_eur)})"
        )
    return "out of scope: " + " and ".join(why) if why else ""


def _amount(value: float) -> str:
    """Return an amount as read: "29,999.99" stays apart from "30,000" (no rounding up)."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def missing_baseline(present: set[str], profile: Profile) -> list[str]:
    """Return the baseline elements that are not present, in profile order."""
    return [e for e in profile.baseline if e not in present]


def contractor_status(scope_why: str, found: Findings) -> tuple[ContractorStatus, str]:
    """Return the status of a contractor and a one-line reason (precedence in module doc)."""
    if not found.readable:
        if not found.unread:
            return "needs_review", "no policy document listed"
        return "needs_review", "no readable policy document: " + "; ".join(found.unread)
    if scope_why:
        return "out_of_scope", scope_why
    gaps = _gaps(found)
    if not found.red_flags and found.unread:
        seen = gaps or "baseline met"
        return (
            "needs_review",
            f"{seen} in the documents read, but not every document could be "
            "read: " + "; ".join(found.unread),
        )
    if gaps:
        return "needs_coaching", gaps
    return "compliant", "baseline met, no red flag"


def _gaps(found: Findings) -> str:
    bits = []
    if found.missing_baseline:
        bits.append("missing baseline element(s) " + ", ".join(found.missing_baseline))
    if found.red_flags:
        bits.append(f"{found.red_flags} red flag(s)")
    return "; ".join(bits)


def audit_exit_code(report: AuditReport, fail_on_flag: bool, exit_zero: bool = False) -> int:
    """Return the exit code of an audit (CLI_CONTRACT.md; order in the comments below)."""
    # 3: a broken row, a document not read or a contractor to review (3 wins over 1);
    # 1: --fail-on-flag and a contractor needs coaching; 0 otherwise; --exit-zero: always 0.
    if exit_zero:
        return OK
    unread = any(d.status != "ok" for c in report.contractors for d in c.documents)
    review = any(c.status == "needs_review" for c in report.contractors)
    if report.errors or unread or review:
        return UNREADABLE
    flagged = any(c.status == "needs_coaching" for c in report.contractors)
    return BELOW_BAR if fail_on_flag and flagged else OK
