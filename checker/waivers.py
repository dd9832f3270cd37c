"""Apply the configuration's waivers to a scan report.

A waiver names documents (a glob), an element or a rule id (`ghent/monitoring` or an
element id), a justification, who approved it and an expiry date. A matching missing
element is moved from `missing` to `waived` and counts as present for `effective_level`
(what `--fail-under` compares); the true `level` is unchanged. An expired waiver stops
applying and says so; a waiver that matches no finding is reported as stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fnmatch import fnmatch
from pathlib import PurePath

from checker.config import Waiver
from checker.grader import elements_to_level
from checker.report.models import DocumentResult, ScanReport, WaivedFinding, WaiverNote
from checker.rulepack.models import Profile


def apply_waivers(
    report: ScanReport, waivers: Sequence[Waiver], profile: Profile, today: date
) -> ScanReport:
    """Return the report with waivers applied and expired or stale waivers noted."""
    notes: list[WaiverNote] = []
    used: set[int] = set()
    documents = []
    for doc in report.documents:
        matching = [(i, w) for i, w in enumerate(waivers) if _matches_path(w, doc.path)]
        active = [(i, w) for i, w in matching if w.expires >= today]
        documents.append(_waive(doc, active, profile, used))
    for i, w in enumerate(waivers):
        if w.expires < today:
            notes.append(_note("expired", w, f"expired on {w.expires.isoformat()}; not applied"))
        elif i not in used:
            notes.append(_note("stale", w, "matches no finding; remove it or fix its glob"))
    return report.model_copy(update={"documents": documents, "waivers": notes})


def _waive(
    doc: DocumentResult, active: list[tuple[int, Waiver]], profile: Profile, used: set[int]
) -> DocumentResult:
    if doc.status != "ok" or doc.level is None:
        return doc
    waived: list[WaivedFinding] = []
    for i, w in active:
        element = _element_of(w, profile)
        if element in doc.missing and element not in {f.element for f in waived}:
            used.add(i)
            waived.append(
                WaivedFinding(
                    element=element,
                    rule=w.rule,
                    justification=w.justification,
                    approved_by=w.approved_by,
                    expires=w.expires.isoformat(),
                )
            )
    names = {f.element for f in waived}
    present = {k for k, v in (doc.elements | doc.indicators).items() if v.present}
    effective = elements_to_level(present | names, profile) if names else doc.level
    return doc.model_copy(
        update={
            "missing": [m for m in doc.missing if m not in names],
            "waived": waived,
            "effective_level": effective,
        }
    )


def _element_of(w: Waiver, profile: Profile) -> str | None:
    if w.element:
        return w.element
    rule = w.rule or ""
    return rule.split("/", 1)[1] if rule.startswith(f"{profile.name}/") else rule


def _matches_path(w: Waiver, path: str) -> bool:
    posix = PurePath(path).as_posix()
    return fnmatch(posix, w.document) or fnmatch(PurePath(path).name, w.document)


def _note(kind: str, w: Waiver, message: str) -> WaiverNote:
    target = w.element or w.rule or ""
    return WaiverNote(kind=kind, document=w.document, target=target, message=message)
