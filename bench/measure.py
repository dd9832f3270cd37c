"""Run processes and time them: wall time, peak RSS, the command line used for clausecheck."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
# poppler's pdftotext, the practical limit every figure is compared with (Debian: poppler-utils)
PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
T = TypeVar("T")


@dataclass(frozen=True)
class Run:
    """One finished process: wall seconds, peak RSS (MB) of its largest process, exit code."""

    wall: float
    rss_mb: float
    code: int
    stderr: str


@dataclass(frozen=True)
class Invoker:
    """How clausecheck is started, and why that way."""

    prefix: tuple[str, ...]
    env: dict[str, str]
    note: str

    def cmd(self, *args: str) -> list[str]:
        """Return the full command line for clausecheck with `args`."""
        return [*self.prefix, *args]


def run_process(cmd: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Return the wall time and peak RSS of a fresh process (its reaped workers included).

    os.wait4 gives the rusage of that one child, and Linux folds into ru_maxrss the
    largest of the child and its own waited-for children, so a worker pool is counted.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=str(REPO)
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode, text)


def median_run(cmd: Sequence[str], repeats: int, env: dict[str, str] | None = None) -> Run:
    """Return a run with the median wall time and the highest RSS of `repeats` runs."""
    runs = [run_process(cmd, env) for _ in range(repeats)]
    wall = statistics.median(r.wall for r in runs)
    worst = max(runs, key=lambda r: r.code)
    return Run(wall, max(r.rss_mb for r in runs), worst.code, worst.stderr)


def pdftotext_run(pdf: Path, repeats: int = 3) -> Run:
    """Return the median run of `pdftotext FILE -` (text thrown away)."""
    return median_run([PDFTOTEXT, str(pdf), "-"], repeats)


def pdftotext_files(pdfs: Sequence[Path]) -> float:
    """Return the wall seconds of one pdftotext process per file, one after the other."""
    start = time.perf_counter()
    for pdf in pdfs:
        subprocess.run([PDFTOTEXT, str(pdf), "-"], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def find_invoker(scratch: Path) -> Invoker:
    """Return the installed `clausecheck` script if it runs this checkout, else `python -m cli`."""
    env = {**os.environ, "XDG_CACHE_HOME": str(scratch / "xdg-cache")}
    script = Path(sys.executable).parent / "clausecheck"
    if script.is_file():
        probe = [sys.executable, "-c", "import cli; print(cli.__file__)"]
        out = subprocess.run(probe, capture_output=True, text=True, cwd=scratch, env=env)
        found = Path(out.stdout.strip()).resolve().parent if out.returncode == 0 else None
        if found == REPO / "cli":
            return Invoker((str(script),), env, f"entry point {script}")
        reason = f"installed entry point {script} runs {found}, not this checkout"
    else:
        reason = "no clausecheck entry point next to the interpreter"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return Invoker((sys.executable, "-m", "cli"), env, f"{sys.executable} -m cli ({reason})")


def timed(fn: Callable[..., T], *args: Any) -> tuple[float, T]:
    """Return (seconds, result) of calling fn(*args)."""
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result
