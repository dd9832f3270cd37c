"""Run per-document work in worker processes, each document under a time and memory limit.

Every document is an independent task (a pure function of its bytes, the rules and the
profile), so a batch spreads them over `jobs` long-lived workers that each build their
pipelines once. A worker that runs past the time limit is killed and replaced, a worker that
crashes is replaced, and either way the document gets a failure result with a one-line
reason while the rest of the batch goes on. Results come back in the order of the tasks.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Init = Callable[[], Any]
Work = Callable[[Any, Any], Any]


@dataclass(frozen=True)
class BatchLimits:
    """How many workers, and the per-document time (s) and memory (MB) limits."""

    jobs: int = 0  # 0: one per core
    timeout_s: float | None = 120.0
    memory_mb: int | None = 4096

    @property
    def workers(self) -> int:
        """Return the number of worker processes to use."""
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)


def _limit_memory(memory_mb: int | None) -> None:
    if not memory_mb:
        return
    import resource

    cap = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or hard > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _die_with_parent() -> None:
    """Make this worker end when the batch process dies, even by SIGKILL.

    A forked worker holds copies of every pipe end the parent had open, so it would never see
    end-of-file on its own pipe and would wait forever. Linux can send it a signal when its
    parent dies; elsewhere a watcher thread notices the parent is gone.
    """
    parent = os.getppid()
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before the call
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _worker_loop(conn: Connection, init: Init, work: Work, memory_mb: int | None) -> None:
    _die_with_parent()
    _limit_memory(memory_mb)
    state = init()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        try:
            reply: tuple[str, Any] = ("ok", work(state, task))
        except MemoryError:
            reply = ("fail", f"memory limit exceeded ({memory_mb} MB)")
        except Exception as exc:  # noqa: BLE001 - one document must never stop the batch
            reply = ("fail", f"internal error: {type(exc).__name__}: {exc}"[:300])
        conn.send((index, reply))


class _Worker:
    def __init__(self, ctx: Any, init: Init, work: Work, memory_mb: int | None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_worker_loop, args=(child, init, work, memory_mb), daemon=True
        )
        self.proc.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0

    def assign(self, index: int, task: Any) -> None:
        self.index, self.started = index, time.monotonic()
        self.conn.send((index, task))

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()


class Batch(Generic[T, R]):
    """A batch of tasks run by isolated workers (see the module docstring)."""

    def __init__(
        self,
        init: Init,
        work: Work,
        fail: Callable[[T, str], R],
        limits: BatchLimits | None = None,
    ) -> None:
        self.init, self.work, self.fail = init, work, fail
        self.limits = limits or BatchLimits()
        self._ctx = mp.get_context("fork")

    def run(self, tasks: Sequence[T], on_result: Callable[[R], None] | None = None) -> list[R]:
        """Return one result per task, in task order; on_result sees each as it finishes."""
        if not tasks:
            return []
        results: dict[int, R] = {}
        pending = deque(enumerate(tasks))
        size = min(self.limits.workers, len(tasks))
        workers = [self._spawn() for _ in range(size)]
        try:
            while len(results) < len(tasks):
                for w in workers:
                    if w.index is None and pending:
                        index, task = pending.popleft()
                        try:
                            w.assign(index, task)
                        except OSError:
                            w.index = None
                            results[index] = self.fail(task, "worker process failed to start")
                busy = [w for w in workers if w.index is not None]
                if not busy:  # every hand-over failed: those tasks have their result already
                    continue
                for index, result in self._collect(busy, tasks):
                    results[index] = result
                    if on_result:
                        on_result(result)
                workers = [w for w in workers if w.proc.is_alive()]
                while len(workers) < size and pending:
                    workers.append(self._spawn())
        finally:
            for w in workers:
                w.stop()
        return [results[i] for i in range(len(tasks))]

    def _spawn(self) -> _Worker:
        return _Worker(self._ctx, self.init, self.work, self.limits.memory_mb)

    def _collect(self, busy: list[_Worker], tasks: Sequence[T]) -> list[tuple[int, R]]:
        """Wait for the next results; kill workers past the time limit."""
        done: list[tuple[int, R]] = []
        ready = wait([w.conn for w in busy], self._wait_time(busy))
        for w in busy:
            index = w.index
            assert index is not None
            if w.conn in ready:
                done.append((index, self._receive(w, tasks[index])))
            elif self._overdue(w):
                w.kill()
                w.index = None
                limit = self.limits.timeout_s
                done.append((index, self.fail(tasks[index], f"timed out after {limit:g} s")))
        return done

    def _receive(self, w: _Worker, task: T) -> R:
        try:
            _, (kind, value) = w.conn.recv()
        except (EOFError, OSError):
            w.proc.join(5)
            w.index = None
            w.conn.close()
            return self.fail(task, f"reader crashed (exit code {w.proc.exitcode})")
        w.index = None
        return value if kind == "ok" else self.fail(task, value)

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        if self.limits.timeout_s is None:
            return None
        now = time.monotonic()
        return max(0.0, min(w.started + self.limits.timeout_s - now for w in busy))

    def _overdue(self, w: _Worker) -> bool:
        limit = self.limits.timeout_s
        return limit is not None and time.monotonic() - w.started >= limit
