"""Pydantic models of `clausecheck audit` (CLI_CONTRACT.md keys, plus a few useful extras).

A policy document is graded into a `PolicyDocResult`; a manifest row with its documents
becomes a `ContractorResult`; a whole run is an `AuditReport`. Renderers work from these.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from checker.report.models import ElementResult, Evidence, ToolInfo

ContractorStatus = Literal["compliant", "needs_coaching", "needs_review", "out_of_scope"]
STATUSES: tuple[ContractorStatus, ...] = (
    "compliant",
    "needs_coaching",
    "needs_review",
    "out_of_scope",
)


class DocEvidence(Evidence):
    """Evidence with the document it was found in."""

    document: str


class RedFlag(DocEvidence):
    """A sentence whose wording suggests direct or indirect discrimination in hiring."""

    rules: list[str] = Field(default_factory=list, description="every rule that fired on it")
    kind: str = Field(default="", description="the rule's name after its family, e.g. age.limit")


class DocumentStatus(BaseModel):
    """What became of one document of a contractor."""

    path: str
    status: Literal["ok", "unreadable", "error"]
    error: str | None = None
    language: str | None = None
    sha256: str | None = None
    note: str | None = Field(
        default=None,
        description="why a document that was read gives no evidence (a CV, a text not in force)",
    )


class PolicyDocResult(DocumentStatus):
    """One policy document, graded on the policy elements and searched for red flags."""

    format: str | None = None
    languages: dict[str, float] = Field(default_factory=dict)
    elements: dict[str, ElementResult] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    red_flags: list[RedFlag] = Field(default_factory=list)


class PolicyElement(ElementResult):
    """Whether a contractor's documents show a policy element, with all its evidence."""

    evidence: list[DocEvidence] = Field(default_factory=list)


class CoachingAction(BaseModel):
    """One step of a coaching plan: close a gap or remove a red flag."""

    element: str
    action: str
    due: dt.date | None = None
    evidence_expected: str = ""
    label: str = ""
    quote: str | None = None
    document: str | None = None
    page: int | None = None
    paragraph: int | None = None
    rule: str | None = None


class CoachingPlan(BaseModel):
    """The drafted coaching plan of a flagged contractor."""

    language: str
    audit_date: dt.date
    actions: list[CoachingAction]
    recommendations: list[CoachingAction] = Field(
        default_factory=list, description="optional: non-baseline elements that are missing"
    )
    follow_up: dt.date


class ContractorResult(BaseModel):
    """One contractor of the manifest: scope, status, evidence and coaching plan."""

    id: str
    name: str
    row: int = Field(description="line of the manifest the contractor stands on (header = 1)")
    employees: int
    contract_value_eur: float
    in_scope: bool
    status: ContractorStatus
    reason: str = ""
    language: str | None = None
    elements: dict[str, PolicyElement] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    missing_baseline: list[str] = Field(default_factory=list)
    red_flags: list[RedFlag] = Field(default_factory=list)
    documents: list[DocumentStatus] = Field(default_factory=list)
    coaching_plan: CoachingPlan | None = None


class RowError(BaseModel):
    """A manifest row that could not be audited at all."""

    row: int
    contractor_id: str | None = None
    message: str

    def __str__(self) -> str:
        who = f" ({self.contractor_id})" if self.contractor_id else ""
        return f"manifest row {self.row}{who}: {self.message}"


class AuditSummary(BaseModel):
    """Counts over an audit."""

    contractors: int
    by_status: dict[str, int]
    rows_with_errors: int
    documents: int
    unreadable: int
    errors: int
    coaching_plans: int


class AuditReport(BaseModel):
    """The result of `clausecheck audit`."""

    tool: ToolInfo = Field(default_factory=ToolInfo)
    profile: str
    rules_sha256: str
    manifest: str
    audit_date: dt.date
    summary: AuditSummary
    contractors: list[ContractorResult]
    errors: list[RowError] = Field(default_factory=list)

    def problems(self) -> list[str]:
        """Return one line per problem (broken row, document not read), in manifest order."""
        lines = [(e.row, str(e)) for e in self.errors]
        for c in self.contractors:
            where = f"manifest row {c.row} ({c.id})"
            bad = [d for d in c.documents if d.error]
            lines += [(c.row, f"{where}: {d.path}: {d.status}: {d.error}") for d in bad]
            if not c.documents and c.status == "needs_review":
                lines.append((c.row, f"{where}: {c.reason}"))
        return [line for _, line in sorted(lines, key=lambda x: x[0])]

    def as_records(self) -> list[dict[str, object]]:
        """Return one flat record per contractor (for tabular renderers)."""
        return [
            {
                "id": c.id,
                "name": c.name,
                "in_scope": c.in_scope,
                "status": c.status,
                "missing": ";".join(c.missing),
                "red_flags": len(c.red_flags),
                "reason": c.reason,
            }
            for c in self.contractors
        ]
