"""Write coaching plans as DOCX (ready to send) and Markdown, atomically, one pair per contractor.

File names come from the contractor id, reduced to letters, digits, `-`, `_` and `.`
(accents folded); two ids that reduce to the same name get their manifest row appended.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from checker.audit.coaching import CoachingTexts, load_texts
from checker.report.audit_models import CoachingAction, CoachingPlan, ContractorResult

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80


def safe_name(contractor_id: str) -> str:
    """Return a file-name stem for a contractor id (never empty, never hidden)."""
    folded = unicodedata.normalize("NFKD", contractor_id)
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("_", ascii_only).strip("._-")[:MAX_NAME]
    return stem or "contractor"


def plan_stems(contractors: Iterable[ContractorResult]) -> dict[str, str]:
    """Return a unique file stem per contractor id that has a coaching plan."""
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for c in contractors:
        if c.coaching_plan is None:
            continue
        stem = f"coaching_{safe_name(c.id)}"
        if stem.lower() in taken:
            stem = f"{stem}_row{c.row}"
        taken.add(stem.lower())
        stems[c.id] = stem
    return stems


def write_plans(contractors: list[ContractorResult], folder: Path) -> list[Path]:
    """Return the files written: a DOCX and a Markdown plan per flagged contractor."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    stems = plan_stems(contractors)
    for c in contractors:
        if c.id not in stems:
            continue
        docx_path = folder / f"{stems[c.id]}.docx"
        md_path = folder / f"{stems[c.id]}.md"
        atomic_write(docx_path, plan_to_docx(c))
        atomic_write(md_path, plan_to_markdown(c).encode("utf-8"))
        written += [docx_path, md_path]
    return written


def atomic_write(path: Path, data: bytes) -> None:
    """Write bytes to `path` through a temporary file in the same folder, then rename."""
    with tempfile.NamedTemporaryFile(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    ) as fh:
        fh.write(data)
        tmp = Path(fh.name)
    try:
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _plan_of(c: ContractorResult) -> tuple[CoachingPlan, CoachingTexts]:
    if c.coaching_plan is None:
        raise ValueError(f"contractor {c.id} has no coaching plan")
    return c.coaching_plan, load_texts(c.coaching_plan.language)


def _letter(texts: CoachingTexts, c: ContractorResult, plan: CoachingPlan) -> dict[str, str]:
    fields = {
        "name": c.name,
        "audit_date": plan.audit_date.isoformat(),
        "follow_up": plan.follow_up.isoformat(),
        "due_days": str(_due_days(plan)),
    }
    return {
        "intro": " ".join(texts.letter.intro.format(**fields).split()),
        "closing": " ".join(texts.letter.closing.format(**fields).split()),
    }


def _due_days(plan: CoachingPlan) -> int:
    dues = [a.due for a in plan.actions if a.due is not None]
    return (min(dues) - plan.audit_date).days if dues else 0


def _rows(actions: list[CoachingAction], texts: CoachingTexts) -> list[tuple[str, ...]]:
    """Return table rows: number, topic, action (with the flagged place), evidence, due date."""
    rows = []
    for i, a in enumerate(actions, 1):
        action = a.action
        if a.quote:
            action += f" ({texts.letter.found}: {_where(a, texts)})"
        row = (str(i), a.label, action, a.evidence_expected)
        rows.append((*row, a.due.isoformat()) if a.due else row)
    return rows


def _head(texts: CoachingTexts, with_due: bool) -> tuple[str, ...]:
    lt = texts.letter
    head = (lt.number, lt.topic, lt.action, lt.evidence)
    return (*head, lt.due) if with_due else head


def _where(a: CoachingAction, texts: CoachingTexts) -> str:
    bits = [a.document or ""]
    if a.page is not None:
        bits.append(f"{texts.letter.page} {a.page}")
    elif a.paragraph is not None:
        bits.append(f"{texts.letter.paragraph} {a.paragraph}")
    return ", ".join(b for b in bits if b)


def plan_to_markdown(c: ContractorResult) -> str:
    """Return the coaching plan of a contractor as Markdown."""
    plan, texts = _plan_of(c)
    lt, letter = texts.letter, _letter(texts, c, plan)
    out = [f"# {lt.title}: {c.name}", ""]
    out += [
        f"- **{lt.contractor}:** {c.name} ({c.id})",
        f"- **{lt.audit_date}:** {plan.audit_date}",
    ]
    out += [f"- **{lt.follow_up}:** {plan.follow_up}", "", letter["intro"], ""]
    for title, actions in ((lt.actions, plan.actions), (lt.recommendations, plan.recommendations)):
        if actions:
            head = _head(texts, actions[0].due is not None)
            out += [f"## {title}", "", _md_row(head), _md_row(tuple("---" for _ in head))]
            out += [_md_row(r) for r in _rows(actions, texts)] + [""]
    return "\n".join([*out, letter["closing"], ""])


def _md_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def plan_to_docx(c: ContractorResult) -> bytes:
    """Return the coaching plan of a contractor as a DOCX letter with a table of actions."""
    import docx

    plan, texts = _plan_of(c)
    lt, letter = texts.letter, _letter(texts, c, plan)
    doc = docx.Document()
    stamp = dt.datetime.combine(plan.audit_date, dt.time(9, 0))
    props = doc.core_properties
    props.title = f"{lt.title}: {c.name}"
    props.language, props.author = plan.language, "clausecheck"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    doc.add_heading(f"{lt.title}: {c.name}", level=0)
    for label, value in (
        (lt.contractor, f"{c.name} ({c.id})"),
        (lt.audit_date, plan.audit_date.isoformat()),
        (lt.follow_up, plan.follow_up.isoformat()),
    ):
        para = doc.add_paragraph()
        para.add_run(f"{label}: ").bold = True
        para.add_run(value)
    doc.add_paragraph(letter["intro"])
    for title, actions in ((lt.actions, plan.actions), (lt.recommendations, plan.recommendations)):
        if actions:
            doc.add_heading(title, level=1)
            _docx_table(doc, _head(texts, actions[0].due is not None), _rows(actions, texts))
    doc.add_paragraph(letter["closing"])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_table(doc: Any, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for col, text in enumerate(head):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for r, row in enumerate(rows, 1):
        for col, text in enumerate(row):
            table.cell(r, col).text = text
