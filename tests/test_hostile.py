"""Hostile and broken input: every file gets a status and a one-line reason, and the rest of
the batch is graded as usual (issue 7)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.batch import BatchLimits
from checker.readers import read_bytes, read_document
from checker.rulepack.loader import load_ruleset
from checker.scan import scan
from cli.main import cli
from tests.hostile_factory import (
    CLAUSE,
    HOSTILE,
    WRONG_EXTENSION,
    _many_paragraphs_docx,
    _pdf,
    write_all,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = write_all(folder)
    good = folder / "good.txt"
    good.write_text(f"Article 3\n\n{CLAUSE}\n", encoding="utf-8")
    paths["good"] = good
    return paths


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_file_gets_its_status(name: str, hostile: dict[str, Path]) -> None:
    _, _, status, words = HOSTILE[name]
    doc = read_document(hostile[name])
    if status != "ANY":
        assert doc.status.value == status, doc.error
    if doc.status.value != "ok":
        assert doc.error and "\n" not in doc.error and len(doc.error) < 300
        for word in words:
            assert word.lower() in doc.error.lower()
    assert "root:" not in " ".join(b.text for b in doc.blocks)  # XXE never read a file
    assert all(len(b.text) < 100_000 for b in doc.blocks)  # no entity expansion


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    name, build = WRONG_EXTENSION
    path = tmp_path / name
    path.write_bytes(build())
    doc = read_document(path)
    assert doc.status.value == "ok" and doc.format == "docx"
    assert "shall not discriminate" in doc.text


def test_batch_with_every_hostile_file_grades_the_good_one(hostile: dict[str, Path]) -> None:
    report = scan(
        [str(p) for p in hostile.values()],
        load_ruleset("ghent"),
        limits=BatchLimits(jobs=2, timeout_s=60),
    )
    by_name = {Path(d.path).name: d for d in report.documents}
    assert len(by_name) == len(hostile)
    assert by_name["good.txt"].level == "moderate"
    for doc in report.documents:
        assert doc.status in ("ok", "unreadable", "error")
        assert doc.status == "ok" or (doc.error and "\n" not in doc.error)
        assert doc.status != "ok" or doc.level is not None


def test_cli_on_hostile_batch_exits_3_without_traceback(hostile: dict[str, Path]) -> None:
    args = ["scan", *(str(p) for p in hostile.values()), "--format", "json", "--no-cache"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3
    assert "Traceback" not in result.output + result.stderr
    assert len(json.loads(result.stdout)["documents"]) == len(hostile)


@pytest.mark.slow
def test_hundred_thousand_paragraph_docx_is_read(tmp_path: Path) -> None:
    doc = read_bytes(_many_paragraphs_docx(), "big.docx")
    assert doc.status.value == "ok"
    assert len(doc.blocks) >= 100_000


@pytest.mark.slow
def test_five_thousand_page_pdf_is_read_within_limits() -> None:
    start = time.monotonic()
    doc = read_bytes(_pdf(5000, "Deliveries are made on working days."), "long.pdf")
    assert doc.status.value == "ok" and doc.pages == 5000
    assert time.monotonic() - start < 120


def _processes_reading(folder: Path, wait_s: float) -> list[int]:
    """Return the pids whose command line names `folder`, once none is left or time is up."""
    deadline = time.monotonic() + wait_s
    while True:
        pids = []
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
                state = (entry / "stat").read_text().split(") ", 1)[1][:1]
            except OSError:
                continue
            if str(folder).encode() in cmdline and state != "Z":
                pids.append(int(entry.name))
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.1)


def test_killed_run_keeps_finished_work_and_rerun_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    count = 40  # enough that the kill usually lands mid-run on a fast machine
    for i in range(count):
        (folder / f"d{i}.txt").write_text(f"Article {i}\n\n{CLAUSE}\n", encoding="utf-8")
    out = tmp_path / "report.json"
    cache = tmp_path / "cache"
    cmd = [
        sys.executable,
        "-m",
        "cli",
        "scan",
        str(folder),
        "--format",
        "json",
        "-o",
        str(out),
        "--cache-dir",
        str(cache),
        "--jobs",
        "1",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_results(cache)) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = len(_results(cache))
    assert finished >= 2
    if out.exists():  # the run may have finished before the kill: then the report is whole
        whole = json.loads(out.read_text(encoding="utf-8"))
        assert len(whole["documents"]) == count
    else:  # killed mid-run: no half-written report that looks complete, no stray temp file
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("report")] == []
    assert _processes_reading(folder, wait_s=10) == []  # no worker outlives the batch
    done = subprocess.run(cmd, cwd=ROOT, check=False)
    assert done.returncode == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["level"] for d in report["documents"]] == ["moderate"] * count
    assert len(_results(cache)) == count


def _results(cache: Path) -> list[Path]:
    """Return the cache's stored findings. A kill between a temporary file's creation and its
    rename leaves that ".tmp-*.json" file behind (the cache's size bound prunes it later); it
    is no finding."""
    return [p for p in cache.rglob("results/*/*.json") if not p.name.startswith(".tmp-")]


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    """Verify a FIFO given as a document is an error at once, and the batch goes on."""
    import os

    fifo = tmp_path / "upload.pdf"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("The contractor shall respect the applicable labour law.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["scan", str(fifo), str(good), "--format", "json", "--timeout", "20", "--no-cache"]
    )
    docs = {Path(d["path"]).name: d for d in json.loads(result.stdout)["documents"]}
    assert result.exit_code == 3
    assert docs["upload.pdf"]["status"] == "error"
    assert docs["upload.pdf"]["error"] == "not a regular file (named pipe)"
    assert docs["good.txt"]["status"] == "ok"
