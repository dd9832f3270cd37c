"""Isolated batch workers: order, time limit, crashes and memory limit never lose a result."""

from __future__ import annotations

import os
import time

import pytest

from checker.batch import Batch, BatchLimits


def _init() -> dict[str, int]:
    return {"pid": os.getpid()}


def _work(state: dict[str, int], task: str) -> str:
    if task == "hang":
        time.sleep(60)
    if task == "crash":
        os._exit(7)
    if task == "boom":
        raise ValueError("bad input")
    if task == "hog":
        _ = bytearray(2 * 1024 * 1024 * 1024)
    return f"done:{task}"


def _fail(task: str, reason: str) -> str:
    return f"failed:{task}:{reason}"


def test_results_come_back_in_task_order() -> None:
    tasks = [f"t{i}" for i in range(12)]
    serial = Batch(_init, _work, _fail, BatchLimits(jobs=1)).run(tasks)
    parallel = Batch(_init, _work, _fail, BatchLimits(jobs=2)).run(tasks)
    assert serial == parallel == [f"done:{t}" for t in tasks]


def test_hanging_task_is_killed_and_the_rest_finish() -> None:
    start = time.monotonic()
    out = Batch(_init, _work, _fail, BatchLimits(jobs=2, timeout_s=1.0)).run(
        ["a", "hang", "b", "c"]
    )
    assert time.monotonic() - start < 20
    assert out[1] == "failed:hang:timed out after 1 s"
    assert [out[0], out[2], out[3]] == ["done:a", "done:b", "done:c"]


def test_crashing_worker_is_replaced() -> None:
    out = Batch(_init, _work, _fail, BatchLimits(jobs=1)).run(["a", "crash", "b"])
    assert out[0] == "done:a" and out[2] == "done:b"
    assert out[1].startswith("failed:crash:") and "crashed" in out[1]


def test_exception_becomes_a_failure_reason() -> None:
    out = Batch(_init, _work, _fail, BatchLimits(jobs=1)).run(["boom", "a"])
    assert out == ["failed:boom:internal error: ValueError: bad input", "done:a"]


def test_memory_limit_turns_a_hog_into_a_failure() -> None:
    out = Batch(_init, _work, _fail, BatchLimits(jobs=1, memory_mb=1024)).run(["hog", "a"])
    assert out[0].startswith("failed:hog:") and "memory" in out[0]
    assert out[1] == "done:a"


def test_on_result_sees_every_result() -> None:
    seen: list[str] = []
    Batch(_init, _work, _fail, BatchLimits(jobs=2)).run(["a", "b", "c"], seen.append)
    assert sorted(seen) == ["done:a", "done:b", "done:c"]


def test_a_failed_hand_over_with_no_worker_busy_is_not_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Verify a task whose hand-over to the only worker fails (a broken pipe) gets its failure
    and the batch goes on, even with a time limit and no worker busy to wait for."""
    import checker.batch as batch

    real = batch._Worker.assign
    calls: list[int] = []

    def broken_once(self: batch._Worker, index: int, task: str) -> None:
        calls.append(index)
        if len(calls) == 1:
            raise BrokenPipeError("worker gone")
        real(self, index, task)

    monkeypatch.setattr(batch._Worker, "assign", broken_once)
    out = Batch(_init, _work, _fail, BatchLimits(jobs=1, timeout_s=5.0)).run(["a", "b"])
    assert out == ["failed:a:worker process failed to start", "done:b"]
