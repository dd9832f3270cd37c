"""Generate contract-like PDF and DOCX files for the benchmarks, quickly and reproducibly.

PDFs are written directly (one Helvetica text object per line), which is hundreds of times
faster than a layout library and gives pypdfium2, pdfplumber and pdftotext the same simple
text layer. Every document carries its own number in its text, so no two files share a
cache entry.
"""

from __future__ import annotations

import random
from pathlib import Path

SENTENCES = (
    "The contractor shall deliver the services in accordance with the technical specification.",
    "Invoices are payable within thirty days of receipt of a correct invoice.",
    "The contracting authority may inspect the works at any reasonable time.",
    "The contractor shall keep the site clean and remove all waste at its own expense.",
    "Deliveries take place on working days between eight and sixteen hours.",
    "The contractor shall not discriminate against its employees or job applicants on "
    "grounds of race, sex, religion, disability, age or sexual orientation.",
    "The authority may verify compliance with this clause by a self-assessment questionnaire.",
    "A breach of this clause entitles the authority to terminate the contract.",
)
LINES_PER_PAGE = 46
CHARS_PER_LINE = 95


def page_lines(doc_no: int, page: int, rng: random.Random) -> list[str]:
    """Return the text lines of one page: header, an article, wrapped sentences, footer."""
    lines = [f"Tender {doc_no:05d} - City of Northfold", f"Article {page}. Provisions"]
    text = " ".join(rng.choice(SENTENCES) for _ in range(30)) + f" Reference {doc_no}-{page}."
    words, line = text.split(), ""
    for word in words:
        if len(line) + len(word) + 1 > CHARS_PER_LINE:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
        if len(lines) >= LINES_PER_PAGE - 1:
            break
    lines.append(f"Page {page}")
    return lines


def write_pdf(path: Path, pages: int, doc_no: int) -> None:
    """Write a text PDF of `pages` pages."""
    rng = random.Random(doc_no)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b""]
    objects[2] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for p in range(1, pages + 1):
        stream = _content(page_lines(doc_no, p, rng))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        kids.append(len(objects))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    path.write_bytes(_assemble(objects))


def _content(lines: list[str]) -> bytes:
    out = [b"BT /F1 10 Tf 12 TL 50 800 Td"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(b"(%s) Tj T*" % safe.encode("latin-1", "replace"))
    out.append(b"ET")
    return b"\n".join(out)


def _assemble(objects: list[bytes]) -> bytes:
    body = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)


def write_docx(path: Path, pages: int, doc_no: int) -> None:
    """Write a DOCX with about `pages` pages of numbered articles."""
    import docx

    rng = random.Random(doc_no)
    document = docx.Document()
    for p in range(1, pages + 1):
        document.add_heading(f"Article {p}. Provisions", level=2)
        lines = page_lines(doc_no, p, rng)[2:-1]
        for i in range(0, len(lines), 8):
            document.add_paragraph(" ".join(lines[i : i + 8]))
    document.save(str(path))


def corpus_plan(count: int, seed: int = 1) -> list[tuple[str, int, int]]:
    """Return (file name, pages, document number) for each document of a mixed corpus."""
    rng = random.Random(seed)
    plan = []
    for n in range(count):
        pages = rng.randint(5, 60)
        suffix = "pdf" if n % 2 == 0 else "docx"
        plan.append((f"tender_{n:05d}.{suffix}", pages, n))
    return plan


def write_document(path: Path, pages: int, doc_no: int) -> None:
    """Write a PDF or DOCX (by the path's suffix) of `pages` pages."""
    writer = write_pdf if path.suffix == ".pdf" else write_docx
    writer(path, pages, doc_no)


def _write_entry(entry: tuple[Path, int, int]) -> None:
    write_document(*entry)


def mixed_corpus(folder: Path, count: int, seed: int = 1, jobs: int = 1) -> int:
    """Write `count` documents (PDF and DOCX, 5-60 pages); return the total page count.

    The files depend only on `count` and `seed`; `jobs` > 1 writes them in worker processes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    plan = corpus_plan(count, seed)
    entries = [(folder / name, pages, n) for name, pages, n in plan]
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_write_entry, entries, chunksize=8))
    else:
        for entry in entries:
            _write_entry(entry)
    return sum(pages for _, pages, _ in plan)
