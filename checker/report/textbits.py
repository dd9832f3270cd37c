"""Small text helpers shared by the report renderers (locations, clipping, level order)."""

from __future__ import annotations

from checker.report.models import DocumentResult, Evidence, ScanReport

DEFAULT_LEVELS = ("absent", "weak", "moderate", "strong", "exemplary")


def where(e: Evidence) -> str:
    """Return a short human location of a quote: page or paragraph, and article."""
    return location(e) or "location unknown"


def location(e: Evidence) -> str:
    """Return the location of a quote as `where` does, or "" when nothing is known."""
    bits = []
    if e.page is not None:
        bits.append(f"p. {e.page}")
    elif e.paragraph is not None:
        bits.append(f"para {e.paragraph}")
    if e.article:
        # "art. 12.3"; an annex names itself ("Schedule 4, 1")
        bits.append(f"art. {e.article}" if e.article[:1].isdigit() else e.article)
    return ", ".join(bits)


def clip(text: str, limit: int) -> str:
    """Return text cut to `limit` characters with an ellipsis when it is longer."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def level_order(report: ScanReport) -> tuple[str, ...]:
    """Return the report's levels from lowest to highest (the summary lists them in order)."""
    return tuple(report.summary.by_level) or DEFAULT_LEVELS


def below(level: str | None, bar: str | None, order: tuple[str, ...]) -> bool:
    """Return whether a graded level is below the `--fail-under` bar."""
    if bar is None or level is None or bar not in order or level not in order:
        return False
    return order.index(level) < order.index(bar)


def bar_level(d: DocumentResult) -> str | None:
    """Return the level `--fail-under` compares: waived elements count as present."""
    return d.effective_level or d.level
