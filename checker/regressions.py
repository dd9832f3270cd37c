"""Compare a scan with an earlier one (`scan --baseline REPORT`): which documents weakened.

A contract template weakens when its level drops or when it loses an element it had, even
if it stays above the `--fail-under` bar (an exemplary clause that loses its action plan is
still strong). Documents are matched by the path as scanned, so the earlier report should be
made from the same working folder (in CI: the base branch checked out, scanned with the same
command). A waived element counts as present on both sides, as it does for `--fail-under`.
Documents new since the baseline, or not read on either side, are not compared here: the bar
and the unreadable status already judge them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePath

from pydantic import ValidationError

from checker.errors import ConfigError
from checker.report.models import DocumentResult, Regression, ScanReport
from checker.report.textbits import bar_level


def load_baseline(path: Path | str, profile: str) -> ScanReport:
    """Read an earlier `scan --format json` report; ConfigError (one line) when it is unfit."""
    where = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read the baseline report: {exc.strerror}") from exc
    try:
        report = ScanReport.model_validate_json(raw)
    except ValidationError as exc:
        raise ConfigError(
            f"{where}: not a clausecheck scan report in JSON (make it with --format json): "
            f"{_first_problem(exc)}"
        ) from exc
    if report.profile != profile:
        raise ConfigError(
            f"{where}: the baseline was graded with profile {report.profile!r}, this scan uses "
            f"{profile!r}; levels of different profiles cannot be compared"
        )
    return report


def compare(
    report: ScanReport, baseline: ScanReport, levels: tuple[str, ...], source: str
) -> ScanReport:
    """Return the report with the documents that weakened since the baseline."""
    found = [r for old, new in _matched(report, baseline) if (r := _regression(old, new, levels))]
    return report.model_copy(update={"baseline": source, "regressions": found})


def compared(report: ScanReport, baseline: ScanReport) -> int:
    """Return how many documents read on both sides were compared (0: the paths differ?)."""
    return sum(1 for _ in _matched(report, baseline))


def _matched(
    report: ScanReport, baseline: ScanReport
) -> Iterator[tuple[DocumentResult, DocumentResult]]:
    """Yield (before, now) for each document read in both reports, matched by path."""
    before = {_key(d.path): d for d in baseline.documents if d.status == "ok"}
    for doc in report.documents:
        old = before.get(_key(doc.path))
        if doc.status == "ok" and old is not None:
            yield old, doc


def _regression(
    old: DocumentResult, new: DocumentResult, levels: tuple[str, ...]
) -> Regression | None:
    was, now = bar_level(old), bar_level(new)
    if was is None or now is None:
        return None
    lost = [e for e in _counted(old) if e not in _counted(new)]
    dropped = levels.index(now) < levels.index(was)
    if not dropped and not lost:
        return None
    parts = [f"level {was} -> {now}" if dropped else f"level {now} (unchanged)"]
    if lost:
        parts.append(f"lost {', '.join(lost)}")
    message = f"{new.path} weakened since the baseline: {'; '.join(parts)}"
    return Regression(path=new.path, was_level=was, level=now, lost=lost, message=message)


def _counted(doc: DocumentResult) -> list[str]:
    """Elements that count as present: found, or waived (in the report's element order)."""
    waived = {w.element for w in doc.waived}
    return [k for k, v in doc.elements.items() if v.present or k in waived]


def _key(path: str) -> str:
    return PurePath(path.replace("\\", "/")).as_posix()  # "./a/b" and "a\\b" -> "a/b"


def _first_problem(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else str(err["msg"])
