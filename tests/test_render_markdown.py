"""Verify the Markdown renderer: table, evidence quotes, escaping, size limit, audit."""

from __future__ import annotations

import re

import pytest
from report_samples import (
    FORMULA_PATH,
    MODERATE_PATH,
    SCRIPT,
    WEAK_PATH,
    audit_report,
    evidence,
    scan_report,
    waived_report,
    weakened_report,
)

from checker.report import render_markdown
from checker.report.escape import md_code, md_inline
from checker.report.render_markdown import render

CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _table(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [[c.strip() for c in CELL_SPLIT.split(row)[1:-1]] for row in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", r"a\|b"),
        ("`x`", r"\`x\`"),
        (SCRIPT, "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("*bold* _it_ [link](u)", r"\*bold\* \_it\_ \[link\](u)"),
        ("@team see https://x", r"\@team see https\://x"),
        ("1. not a list", r"1\. not a list"),
        ("- not a bullet", r"\- not a bullet"),
        ("# not a heading", r"\# not a heading"),
        ("two\nlines", "two lines"),
        ("a-b (c) d.e", "a-b (c) d.e"),
    ],
)
def test_md_inline(text: str, expected: str) -> None:
    """Verify inline escaping of Markdown, HTML, mentions, autolinks and line starts."""
    assert md_inline(text) == expected


def test_md_code_survives_backticks() -> None:
    """Verify a code span is fenced longer than any backtick run inside it."""
    assert md_code("a``b") == "```a``b```"
    assert md_code("`x") == "`` `x ``"


def test_table_has_one_row_per_document_with_level_score_missing() -> None:
    """Verify the summary table, cell counts and the --fail-under column."""
    report = scan_report()
    text = render(report, fail_under="moderate")
    table = _table(text)
    assert table[0] == ["Document", "Status", "Level", "Score", "Missing", "Bar"]
    body = table[2:]
    assert len(body) == len(report.documents)
    assert all(len(row) == 6 for row in body), "a pipe in the text split a cell"
    cells = {row[0]: row for row in body}
    moderate = cells[md_inline(MODERATE_PATH)]
    assert moderate[2:4] == ["moderate", "50"]
    assert moderate[4].startswith(r"flowdown, monitoring, action\_plan")
    assert moderate[5] == ":white_check_mark:"
    assert cells[md_inline(WEAK_PATH)][5] == ":x:"
    assert cells[md_inline(FORMULA_PATH)][5] == ":x:"
    assert cells["tenders/scan only.pdf"][4] == r"no text layer\: OCR needed"
    assert "2 below moderate" in text.splitlines()[0]


def test_evidence_quotes_are_escaped() -> None:
    """Verify the hostile quote shows up escaped, with its location and rule."""
    text = render(scan_report())
    assert "<script>" not in text
    quote = next(line for line in text.splitlines() if "shall" in line and "&lt;script" in line)
    assert quote.lstrip().startswith("> The Contractor \\| shall \\`not\\` discriminate")
    assert "\\@team end." in quote and "\u2028" not in text
    assert "p. 2, art. 12.3 `ND-EN-01`" in text
    assert "`" + "a" * 64 + "`" in text and "rules sha256 <code>" in text


def test_rendered_html_has_no_injected_markup() -> None:
    """Verify a CommonMark renderer with raw HTML on produces the table and no script."""
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table")
    report = scan_report()
    html = md.render(render(report))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<tr>") == len(report.documents) + 1
    assert "<blockquote>" in html and html.count("<details>") == 3


def test_long_reports_stay_under_the_comment_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify sections beyond the size limit are left out with a note, table kept whole."""
    monkeypatch.setattr(render_markdown, "MAX_CHARS", 2500)
    report = scan_report()
    long = evidence("x" * 280, "ND-EN-01", 0)
    for doc in report.documents[:3]:
        doc.elements["commitment"].present = True
        doc.elements["commitment"].evidence = [long] * 3
    text = render(report)
    assert len(text) <= 2500
    assert "more section(s) left out" in text
    assert len(_table(text)) == len(report.documents) + 2


def test_audit_summary() -> None:
    """Verify the audit table, red flag quote, coaching actions and rows not audited."""
    text = render(audit_report())
    table = _table(text)
    assert [row[0] for row in table[2:]] == ["ACM-1", "\\=BAD-2", "REV-3", "SML-4"]
    assert all(len(row) == 6 for row in table)
    assert "Bad &lt;b&gt;Ltd&lt;/b&gt;" in text and "<b>Ltd</b>" not in text
    assert "> Native speakers \\| only" in text
    assert "Replace the native-speaker demand." in text
    assert "manifest row 6" in text


def test_waivers_are_shown() -> None:
    """Verify waived elements and stale waivers appear, escaped, and lift the bar column."""
    text = render(waived_report(), fail_under="moderate")
    rows = {row[0]: row for row in _table(text)[2:]}
    assert rows[md_inline(WEAK_PATH)][2] == "weak (moderate with waivers)"
    assert rows[md_inline(WEAK_PATH)][5] == ":white_check_mark:"
    assert "- **waived**: grounds: Framework &lt;b&gt;law&lt;/b&gt;" in text
    assert r"approved by Legal \| Team" in text
    assert "- :warning: waiver stale: matches no finding; remove it" in text


def test_weakened_documents_are_in_the_title_and_listed() -> None:
    """Verify the comment counts and lists the documents weakened since the baseline."""
    text = render(weakened_report())
    assert ":x: 1 weakened since the baseline" in text.splitlines()[0]
    assert f"- :x: {md_inline(MODERATE_PATH)} weakened since the baseline" in text
    assert "weakened" not in render(scan_report())
