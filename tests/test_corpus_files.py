"""Verify the corpus of files built by their writers (`corpus/files/<lang>`, blind round 24).

Unlike `corpus/documents` (generated from `.src` sources by the team's builder), these files
were built by the writers' own scripts to use the features of real files: Word numbering,
footnote parts, tracked changes and comments, ODF lists and notes, portal pages, PDFs in
two columns with hyphenation, contents pages and tables across page breaks. Each file must
grade at its labelled level with exactly its labelled elements, and each script must still
build files that read the same as the committed ones.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_corpus_documents import ELEMENTS, LEVELS, expected_level

from checker.readers import read_document
from checker.rulepack.loader import load_ruleset
from checker.scan import ClauseGrader

FILES = Path(__file__).resolve().parents[1] / "corpus" / "files"
LANGUAGES = ("en", "fr", "nl")
KEYS = {"file", "language", "level", "elements", "articles", "features", "note", "tags"}
REQUIRED = KEYS - {"tags"}
FONTS = {  # the system fonts two of the scripts embed in their PDFs
    "fr": Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    "nl": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
}


def _entries(lang: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((FILES / lang / "labels.yaml").read_text(encoding="utf-8"))
    return list(data["documents"])


ENTRIES = [(lang, e) for lang in LANGUAGES for e in _entries(lang)]
IDS = [e["file"] for _, e in ENTRIES]


@pytest.fixture(scope="module")
def grader() -> ClauseGrader:
    return ClauseGrader(load_ruleset())


@pytest.mark.parametrize(("lang", "entry"), ENTRIES, ids=IDS)
def test_label_is_well_formed(lang: str, entry: dict[str, Any]) -> None:
    assert REQUIRED <= set(entry) <= KEYS
    assert entry["language"] == lang and entry["file"].startswith(f"{lang}_7")
    assert entry["level"] in LEVELS and entry["level"] in expected_level(set(entry["elements"]))
    assert set(entry["elements"]) <= set(ELEMENTS)
    assert set(entry["articles"]) == set(entry["elements"])
    assert entry["features"] and all(isinstance(f, str) for f in entry["features"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_set_spans_levels_and_formats(lang: str) -> None:
    """Six documents per language: every level, DOCX, ODT, HTML and PDF files."""
    entries = _entries(lang)
    assert len(entries) == 6
    assert {e["level"] for e in entries} == set(LEVELS)
    suffixes = sorted(Path(e["file"]).suffix for e in entries)
    assert suffixes == [".docx", ".docx", ".html", ".odt", ".pdf", ".pdf"]
    on_disk = {p.name for p in (FILES / lang).iterdir() if p.name.startswith(f"{lang}_7")}
    assert on_disk == {e["file"] for e in entries}


@pytest.mark.parametrize(("lang", "entry"), ENTRIES, ids=IDS)
def test_file_grades_at_its_label(grader: ClauseGrader, lang: str, entry: dict[str, Any]) -> None:
    result = grader.grade(read_document(FILES / lang / entry["file"]))
    found = [e for e, r in result.elements.items() if r.present]
    assert (result.level, found) == (entry["level"], entry["elements"])


def _texts(path: Path) -> list[tuple[str, str]]:
    doc = read_document(path)
    return [(b.kind.value, b.text) for b in doc.blocks]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_script_still_builds_the_same_files(lang: str, tmp_path: Path) -> None:
    """The committed files are what `build.py` makes (read back block by block: the bytes
    differ by their timestamps)."""
    font = FONTS.get(lang)
    if font is not None and not font.is_file():
        pytest.skip(f"{lang}/build.py embeds {font}, which this machine lacks")
    shutil.copy(FILES / lang / "build.py", tmp_path / "build.py")
    subprocess.run(
        [sys.executable, "build.py"], cwd=tmp_path, check=True, capture_output=True, timeout=600
    )
    for entry in _entries(lang):
        name = entry["file"]
        assert _texts(tmp_path / name) == _texts(FILES / lang / name), name
