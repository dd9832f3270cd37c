"""Verify manifest parsing: header, per-row errors, strict numbers and document paths."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker.audit.manifest import (
    ManifestError,
    RowProblem,
    parse_employees,
    parse_value,
    read_manifest,
)

HEADER = "contractor_id,name,employees,contract_value_eur,documents\n"


def _write(folder: Path, body: str, header: str = HEADER, name: str = "manifest.csv") -> Path:
    path = folder / name
    path.write_text(header + body, encoding="utf-8")
    return path


def _doc(folder: Path, rel: str, text: str = "Equal opportunities policy.") -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0", 0), ("11", 11), ("250", 250), ("1 250", 1250), ("1\u00a0250", 1250), (" 42 ", 42)],
)
def test_employees_accepted(raw: str, expected: int) -> None:
    """Verify whole numbers, optionally grouped by (non-breaking) spaces, are read."""
    assert parse_employees(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "about fifty", "-3", "12.5", "1,250", "1.250", "12 50", "1e3", "+4", "11 staff"]
)
def test_employees_refused(raw: str) -> None:
    """Verify headcounts that are not plain whole numbers are refused."""
    with pytest.raises(RowProblem):
        parse_employees(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("30000", 30000.0),
        ("1 250 000", 1250000.0),
        ("1250000.50", 1250000.5),
        ("1250000.5", 1250000.5),
        ("0", 0.0),
    ],
)
def test_value_accepted(raw: str, expected: float) -> None:
    """Verify amounts with space grouping and up to two decimals are read."""
    assert parse_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("1,250", "ambiguous"),
        ("1.250", "ambiguous"),
        ("1.250.000", "ambiguous"),
        ("1 250,50", "ambiguous"),
        ("EUR 30000", "not an amount"),
        ("-30000", "not an amount"),
        ("30000.123", "not an amount"),
        ("", "empty"),
    ],
)
def test_value_refused(raw: str, why: str) -> None:
    """Verify ambiguous, signed or decorated amounts are refused with the reason."""
    with pytest.raises(RowProblem, match=why):
        parse_value(raw)


def test_valid_manifest_is_read(tmp_path: Path) -> None:
    """Verify a valid manifest gives one entry per row with numbers and documents resolved."""
    _doc(tmp_path, "docs/acme.txt")
    _doc(tmp_path, "docs/beta.txt")
    path = _write(
        tmp_path,
        'ACME,"Acme Cleaning, Ltd",250,1 250 000,docs/acme.txt\n'
        "\n"
        "BETA,Beta,11,30000.50,docs/beta.txt; docs/acme.txt\n",
    )
    manifest = read_manifest(path)
    assert not manifest.errors
    acme, beta = manifest.entries
    assert (acme.row, acme.name, acme.employees, acme.contract_value_eur) == (
        2,
        "Acme Cleaning, Ltd",
        250,
        1250000.0,
    )
    assert beta.row == 4  # the blank line counts: rows are lines of the file
    assert [d.path for d in beta.documents] == ["docs/beta.txt", "docs/acme.txt"]
    assert all(d.problem is None and d.file and d.file.is_file() for d in beta.documents)


def test_broken_rows_are_reported_and_others_kept(tmp_path: Path) -> None:
    """Verify each broken row gives one error naming its row, and good rows survive."""
    _doc(tmp_path, "a.txt")
    path = _write(
        tmp_path,
        "A1,Alpha,20,50000,a.txt\n"
        "A2,Missing columns,20\n"
        ",No id,20,50000,a.txt\n"
        "A4,Words,about fifty,50000,a.txt\n"
        'A5,Comma value,20,"1,250",a.txt\n'
        "A1,Duplicate,20,50000,a.txt\n"
        "A7,Fine,30,60000,a.txt\n",
    )
    manifest = read_manifest(path)
    assert [e.contractor_id for e in manifest.entries] == ["A1", "A7"]
    errors = {e.row: e for e in manifest.errors}
    assert sorted(errors) == [3, 4, 5, 6, 7]
    assert "missing column(s) contract_value_eur, documents" in errors[3].message
    assert errors[4].message == "empty contractor_id" and errors[4].contractor_id is None
    assert "about fifty" in errors[5].message and errors[5].contractor_id == "A4"
    assert "ambiguous" in errors[6].message
    assert "duplicate contractor_id 'A1'" in errors[7].message
    assert str(errors[5]).startswith("manifest row 5 (A4): employees")


def test_columns_in_any_order_extra_ignored_bom_accepted(tmp_path: Path) -> None:
    """Verify the header is matched by name, with a BOM and an extra column."""
    _doc(tmp_path, "a.txt")
    path = tmp_path / "m.csv"
    text = "\ufeffName,Contractor_ID,documents,notes,employees,contract_value_eur\n"
    text += "Alpha,A1,a.txt,ignored,12,31000\n"
    path.write_text(text, encoding="utf-8")
    (entry,) = read_manifest(path).entries
    assert (entry.contractor_id, entry.name, entry.employees) == ("A1", "Alpha", 12)


def test_quoted_multiline_row_keeps_its_line_number(tmp_path: Path) -> None:
    """Verify a quoted field spanning lines does not shift the numbers of later rows."""
    _doc(tmp_path, "a.txt")
    path = _write(tmp_path, 'A1,"Alpha\nTwo lines",12,31000,a.txt\nA2,Beta,x,31000,a.txt\n')
    manifest = read_manifest(path)
    assert manifest.entries[0].row == 2
    assert manifest.errors[0].row == 4


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty file"),
        ("id,name,employees,value,documents\nA,B,1,2,x\n", "missing column(s) contractor_id"),
        (
            "contractor_id;name;employees;contract_value_eur;documents\nA;B;1;2;x\n",
            "';'-separated",
        ),
        (HEADER.strip() + ",name\n", "duplicate column(s) name"),
        ('contractor_id,name,employees,contract_value_eur,documents\nA,"B,1,2,x\n', "bad CSV"),
    ],
)
def test_bad_manifest_is_one_error(tmp_path: Path, content: str, reason: str) -> None:
    """Verify an unusable manifest raises one ManifestError that says why."""
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=re.escape(reason)):
        read_manifest(path)


def test_missing_folder_and_binary_manifests(tmp_path: Path) -> None:
    """Verify a missing file, a folder and non-UTF-8 bytes each raise ManifestError."""
    with pytest.raises(ManifestError, match="no such file"):
        read_manifest(tmp_path / "absent.csv")
    with pytest.raises(ManifestError, match="folder"):
        read_manifest(tmp_path)
    bad = tmp_path / "latin1.csv"
    bad.write_bytes(HEADER.encode() + "A,Lumi\xe8re,12,31000,a.txt\n".encode("latin-1"))
    with pytest.raises(ManifestError, match="UTF-8"):
        read_manifest(bad)


def test_paths_outside_the_folder_are_refused(tmp_path: Path) -> None:
    """Verify absolute paths, '..' and escaping symlinks are refused unless allowed."""
    base = tmp_path / "audit"
    outside = _doc(tmp_path, "elsewhere/policy.txt")
    _doc(base, "inside.txt")
    os.symlink(outside, base / "link.txt")
    body = f"A1,Alpha,20,50000,{outside};../elsewhere/policy.txt;link.txt;inside.txt\n"
    path = _write(base, body)
    refs = read_manifest(path).entries[0].documents
    problems = [r.problem for r in refs]
    assert problems[0] is not None and "absolute path" in problems[0]
    assert problems[1] is not None and "outside the manifest's folder" in problems[1]
    assert problems[2] is not None and "outside" in problems[2]
    assert problems[3] is None
    allowed = read_manifest(path, allow_outside=True).entries[0].documents
    # the absolute path, the '..' path and the link all name the same file: listed once
    assert [r.problem for r in allowed] == [None, None]
    assert allowed[0].file == outside


def test_missing_file_and_folders(tmp_path: Path) -> None:
    """Verify a missing file is kept as a problem, folders expand recursively and sorted."""
    _doc(tmp_path, "lumiere/b_policy.txt")
    _doc(tmp_path, "lumiere/sub/a_procedure.md")
    _doc(tmp_path, "lumiere/notes.csv")
    (tmp_path / "empty").mkdir()
    path = _write(tmp_path, "L1,Lumiere,20,50000,lumiere;gone.pdf;empty;lumiere/b_policy.txt\n")
    refs = read_manifest(path).entries[0].documents
    assert [(r.path, r.problem) for r in refs] == [
        ("lumiere/b_policy.txt", None),
        ("lumiere/sub/a_procedure.md", None),
        ("gone.pdf", "file not found"),
        ("empty", "folder holds no supported document"),
    ]


def test_row_without_documents_is_kept(tmp_path: Path) -> None:
    """Verify an empty documents field is not a broken row (the contractor is reviewed)."""
    path = _write(tmp_path, "A1,Alpha,20,50000,\n")
    manifest = read_manifest(path)
    assert not manifest.errors
    assert manifest.entries[0].documents == ()
