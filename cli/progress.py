"""A progress line on stderr for batches; silent when stderr is not a terminal or with --quiet."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Progress:
    """Counts finished documents and redraws one line: `[ 12/300] 4.1 doc/s  last-file`."""

    def __init__(self, total: int | None, enabled: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done = total, 0
        self.enabled = enabled and (total is None or total > 1) and self.stream.isatty()
        self.started = time.monotonic()

    def __call__(self, result: Any) -> None:
        """Record one finished document (used as the batch's on_result callback)."""
        self.done += 1
        if not self.enabled:
            return
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        name = str(getattr(result, "path", getattr(result, "id", "")))[-50:]
        count = f"{self.done:>{len(str(self.total))}}/{self.total}" if self.total else self.done
        line = f"[{count}] {rate:5.1f} doc/s  {name}"
        self.stream.write("\r" + line.ljust(80)[:100])
        self.stream.flush()

    def close(self) -> None:
        """Clear the progress line."""
        if self.enabled and self.done:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


def use_color(stream: TextIO | None = None) -> bool:
    """Return whether to colour output: a terminal, and NO_COLOR unset (no-color.org)."""
    import os

    stream = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and stream.isatty()
