"""Benchmark `clausecheck scan` against the targets of issue 6, next to pdftotext.

Run `python bench/bench_scan.py [--quick]`; see bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import gen_corpus
from measure import (
    PDFTOTEXT,
    REPO,
    Invoker,
    Run,
    find_invoker,
    median_run,
    pdftotext_files,
    pdftotext_run,
    run_process,
    timed,
)

Figures = dict[str, float]


def cold_start(inv: Invoker, tmp: Path) -> Figures:
    """Return the median wall of `--version` and of a one-page scan (fresh processes)."""
    one = tmp / "one_page.pdf"
    gen_corpus.write_pdf(one, 1, 1)
    version = median_run(inv.cmd("--version"), 5, inv.env)
    scan = median_run(inv.cmd("scan", str(one), "--no-cache", "--format", "json"), 5, inv.env)
    _check(scan, "one-page scan")
    print(f"  --version            {version.wall:7.3f} s   (median of 5, {version.rss_mb:.0f} MB)")
    print(f"  scan of a 1-page PDF {scan.wall:7.3f} s   (median of 5, {scan.rss_mb:.0f} MB)")
    return {"version_s": version.wall, "one_page_s": scan.wall}


def single_pdfs(inv: Invoker, tmp: Path, sizes: tuple[int, ...]) -> Figures:
    """Return scan, in-process reading and pdftotext figures for single PDFs of each size."""
    from checker.readers import read_bytes

    figures: Figures = {}
    print(
        "  pages   scan wall   pages/s   peak RSS   pdftotext   x pdftotext   reading   x pdftotext"
    )
    for pages in sizes:
        pdf = tmp / f"single_{pages}.pdf"
        gen_corpus.write_pdf(pdf, pages, 10_000 + pages)
        repeats = 3 if pages <= 100 else 1
        cmd = inv.cmd("scan", str(pdf), "--no-cache", "--format", "json")
        run = median_run(cmd, repeats, inv.env)
        _check(run, f"{pages}-page PDF")
        ref = pdftotext_run(pdf)
        data = pdf.read_bytes()
        read_s = statistics.median(timed(read_bytes, data, str(pdf))[0] for _ in range(repeats))
        ratio = run.wall / ref.wall
        print(
            f"  {pages:5d}   {run.wall:7.2f} s   {pages / run.wall:7.1f}   {run.rss_mb:5.0f} MB"
            f"   {ref.wall:7.3f} s   {ratio:7.1f}x   {read_s:5.2f} s   {read_s / ref.wall:7.1f}x"
        )
        figures[f"pdf{pages}_s"], figures[f"pdf{pages}_mb"] = run.wall, run.rss_mb
        figures[f"pdf{pages}_ratio"] = ratio
        figures[f"pdf{pages}_read_ratio"] = read_s / ref.wall
    return figures


def single_docx(inv: Invoker, tmp: Path, sizes: tuple[int, ...]) -> Figures:
    """Return scan wall and in-process reading time for single DOCX files of each size."""
    from checker.readers import read_bytes

    figures: Figures = {}
    print("  pages   scan wall   pages/s   peak RSS   reading (in-process)")
    for pages in sizes:
        path = tmp / f"single_{pages}.docx"
        gen_corpus.write_docx(path, pages, 20_000 + pages)
        repeats = 3 if pages <= 100 else 1
        run = median_run(
            inv.cmd("scan", str(path), "--no-cache", "--format", "json"), repeats, inv.env
        )
        _check(run, f"{pages}-page DOCX")
        data = path.read_bytes()
        read_s = statistics.median(timed(read_bytes, data, str(path))[0] for _ in range(repeats))
        print(
            f"  {pages:5d}   {run.wall:7.2f} s   {pages / run.wall:7.1f}   {run.rss_mb:5.0f} MB"
            f"   {read_s:7.3f} s"
        )
        figures[f"docx{pages}_s"], figures[f"docx{pages}_read_s"] = run.wall, read_s
    return figures


def reading_vs_matching(tmp: Path) -> Figures:
    """Return the in-process split of a 100-page PDF: build, read, first and second grade."""
    pdf = tmp / "single_100.pdf"
    if not pdf.exists():
        gen_corpus.write_pdf(pdf, 100, 10_100)
    build_s, grader = timed(_build_grader)
    data = pdf.read_bytes()
    from checker.readers import read_bytes

    read_s, doc = timed(read_bytes, data, str(pdf))
    first_s, result = timed(grader.grade, doc)
    second_s, _ = timed(grader.grade, doc)
    words = sum(len(b.text.split()) for b in doc.blocks)
    print(f"  load rules + build grader  {build_s:6.3f} s")
    print(f"  read (pypdfium2 path)      {read_s:6.3f} s   {doc.pages} pages, {words} words")
    print(f"  grade, first document      {first_s:6.3f} s   (loads the spaCy pipeline)")
    print(f"  grade, same doc again      {second_s:6.3f} s   level {result.level}")
    return {"split_read_s": read_s, "split_grade_s": second_s, "split_first_s": first_s}


def _build_grader() -> object:
    from checker.rulepack.loader import load_ruleset
    from checker.scan import ClauseGrader

    return ClauseGrader(load_ruleset("ghent"))


def corpus(inv: Invoker, tmp: Path, count: int) -> Figures:
    """Return throughput of --jobs 1, --jobs 2 (cold caches) and a warm re-run."""
    folder = tmp / "corpus"
    gen_s, pages = timed(gen_corpus.mixed_corpus, folder, count, 1, os.cpu_count() or 1)
    pdfs = sorted(folder.glob("*.pdf"))
    pdf_pages = sum(p for name, p, _ in gen_corpus.corpus_plan(count) if name.endswith(".pdf"))
    print(
        f"  {count} documents, {pages} pages ({len(pdfs)} PDF, {pdf_pages} PDF pages), "
        f"generated in {gen_s:.0f} s"
    )
    figures: Figures = {}
    outputs = {}
    for label, jobs, cache in (("jobs1", 1, "c1"), ("jobs2", 2, "c2"), ("warm2", 2, "c2")):
        out = tmp / f"{label}.jsonl"
        cmd = inv.cmd(
            "scan",
            str(folder),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--quiet",
            "--jobs",
            str(jobs),
            "--cache-dir",
            str(tmp / cache),
        )
        run = run_process(cmd, inv.env)
        _check(run, f"corpus {label}")
        outputs[label] = _records(out)
        figures[f"{label}_s"] = run.wall
        print(
            f"  {label:6s} {run.wall:8.1f} s  {count / run.wall:7.2f} docs/s  "
            f"{pages / run.wall:8.1f} pages/s  peak {run.rss_mb:.0f} MB"
        )
    ref_s = pdftotext_files(pdfs)
    figures["pdftotext_pages_s"] = pdf_pages / ref_s
    print(
        f"  pdftotext over the {len(pdfs)} PDFs (one process each, serial): {ref_s:.1f} s, "
        f"{pdf_pages / ref_s:.0f} pages/s"
    )
    same = outputs["jobs1"] == outputs["jobs2"] == outputs["warm2"]
    bad = sum(1 for r in outputs["jobs1"].values() if r[0] != "ok")
    print(f"  results identical across the three runs: {same}; documents not ok: {bad}")
    return figures


def _records(out: Path) -> dict[str, tuple[object, ...]]:
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]
    docs = [r for r in lines if "path" in r]
    return {r["path"]: (r["status"], r["level"], r["score"]) for r in docs}


def _load() -> str:
    """Return the load average and the time of a fixed CPU loop (to tell a slowed machine)."""
    loop_s, _ = timed(sum, range(20_000_000))
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f"; speed check {loop_s:.2f} s"


def _check(run: Run, what: str) -> None:
    if run.code not in (0, 1):
        sys.exit(f"{what}: clausecheck exited {run.code}: {run.stderr.strip()[-500:]}")


TARGETS = (
    ("--version under 0.3 s", "version_s", lambda f: f["version_s"], 0.3, "<"),
    ("1,000-page PDF within 3x pdftotext", "pdf1000_ratio", lambda f: f["pdf1000_ratio"], 3, "<"),
    (
        "1,000-page PDF read within 3x pdftotext",
        "pdf1000_read_ratio",
        lambda f: f["pdf1000_read_ratio"],
        3,
        "<",
    ),
    ("100-page PDF cold under 2 s", "pdf100_s", lambda f: f["pdf100_s"], 2.0, "<"),
    ("--jobs 2 >= 1.7x --jobs 1", "jobs1_s", lambda f: f["jobs1_s"] / f["jobs2_s"], 1.7, ">"),
    ("warm re-run >= 20x faster", "warm2_s", lambda f: f["jobs2_s"] / f["warm2_s"], 20, ">"),
    ("1,000-page PDF peak under 500 MB", "pdf1000_mb", lambda f: f["pdf1000_mb"], 500, "<"),
)


def print_targets(figures: Figures) -> list[str]:
    """Print each target with its measured figure and PASS/MISS; return the missed ones."""
    missed = []
    print(f"  {'target':38s} {'measured':>10s}  {'bound':>6s}  result")
    for name, key, value, bound, op in TARGETS:
        if key not in figures:
            print(f"  {name:38s} {'n/a':>10s}  {bound:>6g}  not run (--quick)")
            continue
        measured = value(figures)
        ok = measured < bound if op == "<" else measured >= bound
        print(f"  {name:38s} {measured:10.2f}  {op}{bound:<5g}  {'PASS' if ok else 'MISS'}")
        missed += [] if ok else [name]
    return missed


def main() -> int:
    """Run every measurement and print the table; return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 documents, no 1,000-page file")
    parser.add_argument("--count", type=int, help="documents in the corpus (overrides the default)")
    args = parser.parse_args()
    count, sizes = (100, (10, 100)) if args.quick else (1000, (10, 100, 1000))
    count = args.count or count
    if not Path(PDFTOTEXT).is_file():
        print(
            f"bench_scan: {PDFTOTEXT}: not found: pdftotext (poppler-utils) is the practical "
            "limit every figure is compared with; install it (apt-get install poppler-utils)",
            file=sys.stderr,
        )
        return 2
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="clausecheck-bench-") as name:
        tmp = Path(name)
        inv = find_invoker(tmp)
        print(
            f"clausecheck benchmark, {datetime.date.today()}, {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}"
        )
        print(f"clausecheck run as: {inv.note}")
        print(f"load average at start: {_load()}\n")
        figures: Figures = {}
        sections = (
            ("Cold start", lambda: cold_start(inv, tmp)),
            ("Single PDFs (scan --no-cache, fresh process)", lambda: single_pdfs(inv, tmp, sizes)),
            ("Single DOCX files", lambda: single_docx(inv, tmp, sizes)),
            ("Reading vs matching, 100-page PDF", lambda: reading_vs_matching(tmp)),
            (f"Mixed corpus of {count} documents", lambda: corpus(inv, tmp, count)),
        )
        for title, section in sections:
            print(title)
            figures.update(section())
            print()
        print(f"load average at end: {_load()}\n")
        print("Targets of issues 2 and 6")
        missed = print_targets(figures)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
