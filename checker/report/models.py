"""Pydantic report models: the records every renderer works from (CLI_CONTRACT.md keys)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from checker import __version__


class Evidence(BaseModel):
    """A quoted sentence that evidences an element, with where it stands and which rule saw it."""

    model_config = ConfigDict(frozen=True)

    text: str
    page: int | None = None
    paragraph: int | None = None
    article: str | None = None
    rule: str
    start: int
    end: int


class ElementResult(BaseModel):
    """Whether an element is present, with all its evidence."""

    present: bool
    evidence: list[Evidence] = Field(default_factory=list)


class NextLevel(BaseModel):
    """What the clause lacks to reach the next level."""

    level: str
    add: list[str]
    advice: str | None = None


class ToolInfo(BaseModel):
    """The tool that produced a report."""

    name: str = "clausecheck"
    version: str = __version__


class WaivedFinding(BaseModel):
    """A missing element (or a rule's finding) accepted by a waiver in the configuration."""

    element: str
    rule: str | None = None
    justification: str
    approved_by: str
    expires: str


class WaiverNote(BaseModel):
    """A waiver that no longer applies: expired, or matching nothing (stale)."""

    kind: str = Field(description="expired | stale")
    document: str
    target: str
    message: str


class Regression(BaseModel):
    """A document graded lower than in the baseline report (`scan --baseline`)."""

    path: str
    was_level: str
    level: str
    lost: list[str] = Field(default_factory=list, description="elements present before, now not")
    message: str


class DocumentResult(BaseModel):
    """The grade of one document (status not ok: level, score and elements are null/empty)."""

    path: str
    sha256: str
    status: str
    error: str | None = None
    format: str | None = None
    language: str | None = None
    level: str | None = None
    score: int | None = None
    elements: dict[str, ElementResult] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    indicators: dict[str, ElementResult] = Field(default_factory=dict)
    next_level: NextLevel | None = None
    searched: str | None = Field(default=None, description="what was searched, e.g. pages 1-14")
    pages: int | None = None
    extractor: str | None = None
    quality: float | None = None
    warnings: list[str] = Field(default_factory=list)
    waived: list[WaivedFinding] = Field(default_factory=list)
    effective_level: str | None = Field(
        default=None, description="the level counting waived elements as present"
    )


class ScanSummary(BaseModel):
    """Counts over a batch."""

    documents: int
    by_level: dict[str, int]
    unreadable: int
    errors: int


class ScanReport(BaseModel):
    """The result of `clausecheck scan`."""

    tool: ToolInfo = Field(default_factory=ToolInfo)
    profile: str
    rules_sha256: str
    documents: list[DocumentResult]
    summary: ScanSummary
    waivers: list[WaiverNote] = Field(default_factory=list)
    baseline: str | None = Field(default=None, description="the report compared with (--baseline)")
    regressions: list[Regression] = Field(default_factory=list)

    def as_records(self) -> list[dict[str, object]]:
        """Return one flat record per document (for tabular renderers)."""
        return [
            {
                "path": d.path,
                "status": d.status,
                "language": d.language,
                "level": d.level,
                "score": d.score,
                "missing": ";".join(d.missing),
                "error": d.error or "",
                "sha256": d.sha256,
            }
            for d in self.documents
        ]
