"""Exit codes of CLI_CONTRACT.md, computed in one place from a report."""

from __future__ import annotations

from collections.abc import Iterable

OK = 0
BELOW_BAR = 1
USAGE = 2
UNREADABLE = 3


def scan_exit_code(
    statuses_levels: Iterable[tuple[str, str | None]],
    level_order: tuple[str, ...],
    fail_under: str | None,
    exit_zero: bool = False,
    weakened: bool = False,
) -> int:
    """Return 3 if any input was unreadable or failed, else 1 if any fell below the bar or
    weakened since the baseline (`scan --baseline`), else 0.

    `--exit-zero` turns 1 and 3 into 0 (2 is decided before a report exists).
    """
    unreadable = below = False
    bar = level_order.index(fail_under) if fail_under else None
    for status, level in statuses_levels:
        if status != "ok":
            unreadable = True
        elif bar is not None and level is not None and level_order.index(level) < bar:
            below = True
    if exit_zero:
        return OK
    if unreadable:
        return UNREADABLE
    return BELOW_BAR if below or weakened else OK
