"""Sample scan and audit reports for the renderer tests, with hostile text in every field.

The quotes carry markup, pipes, backticks, formula starts and line separators, so each
renderer's escaping is tested; the paths carry spaces, `#`, accents and a leading `=`.
"""

from __future__ import annotations

import datetime as dt

from checker.report.audit_models import (
    AuditReport,
    AuditSummary,
    CoachingAction,
    CoachingPlan,
    ContractorResult,
    DocEvidence,
    DocumentStatus,
    PolicyElement,
    RedFlag,
    RowError,
)
from checker.report.models import (
    DocumentResult,
    ElementResult,
    Evidence,
    NextLevel,
    ScanReport,
    ScanSummary,
    WaivedFinding,
    WaiverNote,
)
from checker.rulepack.loader import load_ruleset

ELEMENTS = ("commitment", "grounds", "flowdown", "monitoring", "action_plan", "remedies")
ELEMENTS += ("applicability",)
LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")
SCRIPT = "<script>alert(1)</script>"
HOSTILE = f'The Contractor | shall `not` discriminate {SCRIPT} & "quote" @team\u2028end.'
FORMULA_PATH = "=HYPERLINK(evil).txt"
MODERATE_PATH = "tenders/Ville d'Été #1.docx"
WEAK_PATH = "tenders/weak.pdf"
UNREADABLE_PATH = "tenders/scan only.pdf"
ERROR_PATH = "tenders/huge.pdf"


def rules_sha() -> str:
    """Return the hash of the ghent rules as loaded now (so descriptions are found)."""
    return load_ruleset("ghent").sha256


def evidence(text: str, rule: str, start: int, page: int | None = 2) -> Evidence:
    """Return one piece of evidence."""
    return Evidence(
        text=text,
        page=page,
        paragraph=7,
        article="12.3",
        rule=rule,
        start=start,
        end=start + len(text),
    )


def graded(path: str, level: str, present: dict[str, list[Evidence]], score: int) -> DocumentResult:
    """Return an ok document with the given elements present."""
    elements = {
        e: ElementResult(present=e in present, evidence=present.get(e, [])) for e in ELEMENTS
    }
    missing = [e for e in ELEMENTS if e not in present]
    nxt = NextLevel(
        level="strong",
        add=["monitoring", "action_plan or remedies"],
        advice="Give the buyer a way to check compliance (e.g. a questionnaire).",
    )
    return DocumentResult(
        path=path,
        sha256="a" * 64,
        status="ok",
        format="docx",
        language="en",
        level=level,
        score=score,
        elements=elements,
        missing=missing,
        next_level=nxt,
        searched="pages 1-4 (30 blocks)",
        pages=4,
        extractor="python-docx+lxml",
        quality=0.99,
    )


def scan_report() -> ScanReport:
    """Return a scan of five documents: moderate, weak, absent, unreadable and failed."""
    hostile = evidence(HOSTILE, "ND-EN-01", 120)
    grounds = evidence("Grounds: race, religion, age.", "ND-EN-10", 300)
    docs = [
        graded(MODERATE_PATH, "moderate", {"commitment": [hostile], "grounds": [grounds]}, 50),
        graded(
            WEAK_PATH, "weak", {"commitment": [evidence("-1+1 shall comply.", "ND-EN-02", 5)]}, 30
        ),
        graded(FORMULA_PATH, "absent", {}, 0),
        DocumentResult(
            path=UNREADABLE_PATH,
            sha256="b" * 64,
            status="unreadable",
            error="no text layer: OCR needed",
            format="pdf",
            extractor="pypdfium2",
        ),
        DocumentResult(
            path=ERROR_PATH, sha256="c" * 64, status="error", error="timed out after 120 s"
        ),
    ]
    by_level = {lv: sum(1 for d in docs if d.level == lv) for lv in LEVELS}
    summary = ScanSummary(documents=len(docs), by_level=by_level, unreadable=1, errors=1)
    return ScanReport(profile="ghent", rules_sha256=rules_sha(), documents=docs, summary=summary)


def _doc_ev(text: str, rule: str, document: str, start: int) -> DocEvidence:
    return DocEvidence(
        text=text, paragraph=3, rule=rule, start=start, end=start + len(text), document=document
    )


def audit_report() -> AuditReport:
    """Return an audit: compliant, flagged with a plan, unreadable, out of scope, a bad row."""
    policy = ("policy_statement", "recruitment", "complaints")
    ok_doc = "docs/acme policy.docx"
    stmt = _doc_ev(f"We do not discriminate {SCRIPT}.", "PO-EN-01", ok_doc, 10)
    compliant = ContractorResult(
        id="ACM-1",
        name="Acme & Co",
        row=2,
        employees=50,
        contract_value_eur=90000,
        in_scope=True,
        status="compliant",
        reason="baseline met, no red flag",
        elements={e: PolicyElement(present=True, evidence=[stmt]) for e in policy},
        documents=[DocumentStatus(path=ok_doc, status="ok", sha256="d" * 64)],
    )
    flag = RedFlag(
        text="Native speakers | only",
        paragraph=9,
        rule="RF-EN-01",
        start=40,
        end=62,
        document="docs/vacancy.txt",
        kind="language.native",
    )
    plan = CoachingPlan(
        language="en",
        audit_date=dt.date(2025, 3, 1),
        follow_up=dt.date(2025, 9, 1),
        actions=[
            CoachingAction(
                element="complaints",
                action="Set up a complaints procedure.",
                due=dt.date(2025, 6, 1),
            ),
            CoachingAction(
                element="red_flag",
                action="Replace the native-speaker demand.",
                due=dt.date(2025, 6, 1),
                rule="RF-EN-01",
            ),
        ],
    )
    flagged = ContractorResult(
        id="=BAD-2",
        name="Bad <b>Ltd</b>",
        row=3,
        employees=80,
        contract_value_eur=120000,
        in_scope=True,
        status="needs_coaching",
        reason="missing complaints; 1 red flag",
        elements={
            "policy_statement": PolicyElement(present=True, evidence=[stmt]),
            "recruitment": PolicyElement(present=True, evidence=[stmt]),
            "complaints": PolicyElement(present=False),
        },
        missing=["complaints"],
        missing_baseline=["complaints"],
        red_flags=[flag],
        documents=[DocumentStatus(path="docs/vacancy.txt", status="ok", sha256="e" * 64)],
        coaching_plan=plan,
    )
    review = ContractorResult(
        id="REV-3",
        name="Scan Only",
        row=4,
        employees=30,
        contract_value_eur=40000,
        in_scope=True,
        status="needs_review",
        reason="no readable policy document",
        documents=[
            DocumentStatus(
                path="docs/scan.pdf",
                status="unreadable",
                error="no text layer: OCR needed",
                sha256="f" * 64,
            )
        ],
    )
    small = ContractorResult(
        id="SML-4",
        name="Small",
        row=5,
        employees=4,
        contract_value_eur=5000,
        in_scope=False,
        status="out_of_scope",
        reason="out of scope: 4 employees (threshold 11)",
        elements={e: PolicyElement(present=False) for e in policy},
        missing=list(policy),
        documents=[DocumentStatus(path=ok_doc, status="ok", sha256="d" * 64)],
    )
    contractors = [compliant, flagged, review, small]
    summary = AuditSummary(
        contractors=4,
        rows_with_errors=1,
        documents=4,
        unreadable=1,
        errors=0,
        coaching_plans=1,
        by_status={"compliant": 1, "needs_coaching": 1, "needs_review": 1, "out_of_scope": 1},
    )
    return AuditReport(
        profile="ghent",
        rules_sha256=rules_sha(),
        manifest="audit/manifest.csv",
        audit_date=dt.date(2025, 3, 1),
        summary=summary,
        contractors=contractors,
        errors=[RowError(row=6, contractor_id="BRK-5", message="employees 'many' is not a number")],
    )


def waived_report() -> ScanReport:
    """Return the sample scan with `grounds` waived on the weak document and a stale waiver."""
    report = scan_report()
    weak = report.documents[1]
    weak.missing.remove("grounds")
    weak.waived = [
        WaivedFinding(
            element="grounds",
            rule="ghent/grounds",
            justification="Framework <b>law</b>",
            approved_by="Legal | Team",
            expires="2030-01-01",
        )
    ]
    weak.effective_level = "moderate"
    report.waivers = [
        WaiverNote(
            kind="stale",
            document="old/*.docx",
            target="monitoring",
            message="matches no finding; remove it",
        )
    ]
    return report


def weakened_report() -> ScanReport:
    """Return the sample scan compared with a baseline in which the moderate document was strong."""
    from checker.regressions import compare

    current = scan_report()
    before = scan_report()
    moderate = before.documents[0]
    moderate.level = "strong"
    for name in ("monitoring", "remedies"):
        moderate.elements[name] = ElementResult(present=True)
        moderate.missing.remove(name)
    return compare(current, before, LEVELS, "base <1>.json")
