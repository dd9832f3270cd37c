"""Build the sample audit's contractor documents (PDF, DOCX, TXT) from their text sources.

Sources are `corpus/audit/sources/<stem>.src` in the format of build_documents.py, whose
parser and renderers are reused; an optional front-matter key `folder` puts the output in a
sub-folder of `corpus/audit/documents/` (a contractor whose manifest entry is a folder).
One document has no source: an image-only PDF, as a scanner without OCR makes it, which the
audit must report as unreadable. The audit sets (`corpus/audit/sets/<name>/`) keep their
documents as written, except PDFs, which are built from a `.src` source beside them. Every
output is a pure function of its source.

Usage: python corpus/tools/build_audit.py [--out DIR]   (DIR gets the documents/ folder)
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_documents import FIXED_DATE, RENDERERS, parse_source  # noqa: E402

AUDIT = Path(__file__).resolve().parents[1] / "audit"
SCANNED = "atelier_lefevre_plan_scanne.pdf"


def source_folder(path: Path) -> str:
    """Return the sub-folder a source's document goes to ('' for none)."""
    front = path.read_text(encoding="utf-8").split("---\n", 2)[1]
    return str(yaml.safe_load(front).get("folder", ""))


def scanned_pdf() -> bytes:
    """Return a one-page PDF holding only a picture of a typed page (no text layer)."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    page = Image.new("L", (620, 877), color=236)
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 60, 400, 84), fill=70)  # a title
    for i in range(24):  # lines of "type", ragged at the right
        top = 130 + i * 28
        draw.rectangle((60, top, 560 - (i * 37) % 140, top + 10), fill=110)
    buf = io.BytesIO()
    page.save(buf, format="PNG", optimize=False)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_author("clausecheck corpus")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def build_all(out: Path | None = None) -> list[Path]:
    """Return the paths written after rendering every audit source (into `out` if given)."""
    target_root = (out or AUDIT) / "documents"
    written: list[Path] = []
    for path in sorted((AUDIT / "sources").glob("*.src")):
        src = parse_source(path)
        folder = target_root / source_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{src.stem}.{src.fmt}"
        target.write_bytes(RENDERERS[src.fmt](src))
        written.append(target)
    target_root.mkdir(parents=True, exist_ok=True)
    scan = target_root / SCANNED
    scan.write_bytes(scanned_pdf())
    return [*written, scan]


def build_sets(out: Path | None = None) -> list[Path]:
    """Return the PDFs written after rendering every source of the audit sets (beside their
    sources, or at the same place under `out`)."""
    written: list[Path] = []
    for path in sorted((AUDIT / "sets").glob("*/documents/**/*.src")):
        src = parse_source(path)
        target = (out or AUDIT) / path.relative_to(AUDIT).with_name(f"{src.stem}.{src.fmt}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(RENDERERS[src.fmt](src))
        written.append(target)
    return written


def main() -> None:
    """Build every document of the sample audit and every PDF of the audit sets."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write here instead of in place")
    out = parser.parse_args().out
    for path in [*build_all(out), *build_sets(out)]:
        print(path)


if __name__ == "__main__":
    main()
