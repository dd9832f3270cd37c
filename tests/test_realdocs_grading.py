"""Grades on real public documents nobody on the team wrote (../shared/realdocs).

The expectation of each file comes from the "Clause" column of realdocs/SOURCES.md:
a contract or tender clause marked YES must be graded at least weak, a NO or hard-neg file
must be absent, and an image-only scan must be unreadable (never "absent"). Policies and grant
conditions marked YES are not tender clauses and are checked by the audit tests instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.readers import read_document
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

REALDOCS = Path(__file__).resolve().parents[1].parent / "shared" / "realdocs"
pytestmark = pytest.mark.realdocs


def _rows() -> list[tuple[str, str]]:
    """Return (relative path, expectation) for every file SOURCES.md labels clearly."""
    sources = REALDOCS / "SOURCES.md"
    if not sources.is_file():
        return []
    rows = []
    for line in sources.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        expectation = _expectation(cells[0].strip("`"), cells[4])
        if expectation:
            rows.append((cells[0].strip("`"), expectation))
    return rows


def _expectation(path: str, label: str) -> str | None:
    label = label.replace("*", "").strip()
    if path.startswith("scanned_image_only/"):
        return "unreadable"
    if label.startswith("YES"):
        return None if ("grant" in label or "polic" in label or "statement" in label) else "clause"
    if label.startswith("NO") or label.startswith("hard-neg"):
        return "absent"
    return None


ROWS = _rows()


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset("ghent"))


def test_sources_table_was_read() -> None:
    if not REALDOCS.is_dir():
        pytest.skip("../shared/realdocs not present")
    kinds = {e for _, e in ROWS}
    assert {"clause", "absent", "unreadable"} <= kinds
    assert sum(e == "clause" for _, e in ROWS) >= 15


@pytest.mark.parametrize(("rel", "expected"), ROWS, ids=[r for r, _ in ROWS])
def test_real_document_grade(rel: str, expected: str, grader: ClauseGrader) -> None:
    path = REALDOCS / rel
    if not path.is_file():
        pytest.skip(f"{rel} not present in ../shared/realdocs")
    result = grader.grade(read_document(path))
    if expected == "unreadable":
        assert result.status == "unreadable"
        assert result.error and "OCR" in result.error
        assert result.level is None
        return
    assert result.status == "ok", result.error
    found = {k: v.evidence[0].text[:160] for k, v in result.elements.items() if v.present}
    if expected == "clause":
        assert result.level != "absent", f"no clause found in {rel}"
    else:
        assert result.level == "absent", f"{rel} graded {result.level}: {found}"
