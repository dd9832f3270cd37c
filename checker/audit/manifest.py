"""Read an audit manifest (CLI_CONTRACT.md): one CSV row per contractor, errors per row.

Header: `contractor_id,name,employees,contract_value_eur,documents`, comma-separated, UTF-8
(a byte-order mark is allowed), columns in any order, extra columns ignored. Rows are
numbered as lines of the file (the header is row 1); blank rows are skipped.

Numbers are read strictly, because a wrong headcount silently changes the scope:
- `employees`: a whole number, digits only, optionally grouped by spaces ("1 250").
- `contract_value_eur`: digits optionally grouped by spaces, with at most one decimal point
  and one or two decimals ("1250000", "1 250 000", "1250000.50").
- Refused as ambiguous: commas ("1,250" is 1250 in English and 1.25 in French or Dutch),
  grouping dots ("1.250.000", "1.250", "250.000": up to three digits, a dot, three digits).
  Currency signs, units and negative values are refused too.

`documents` is a `;`-separated list of paths relative to the manifest's folder, files or
folders (searched recursively for supported files). Absolute paths and paths that leave the
folder (`..`, symlinks) are refused unless `allow_outside` is set. A missing or refused path
does not stop the row: the contractor is audited on what remains, the path is reported as a
document in error. A row with a missing column, an empty or duplicate id or a bad number is
not audited at all and is reported as a `RowError`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError
from checker.readers import SUPPORTED_SUFFIXES
from checker.report.audit_models import RowError

COLUMNS = ("contractor_id", "name", "employees", "contract_value_eur", "documents")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_EMPLOYEES = re.compile(r"\d{1,3}(?: \d{3})+|\d+")
_VALUE = re.compile(r"(?:\d{1,3}(?: \d{3})+|\d+)(?:\.\d{1,2})?")


class ManifestError(CheckerError):
    """The manifest as a whole cannot be used (missing, unreadable, bad header): exit 2."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        super().__init__(f"manifest {self.path}: {reason}")


@dataclass(frozen=True)
class DocumentRef:
    """One document of a contractor: where to read it, or why it cannot be read."""

    path: str
    file: Path | None
    problem: str | None = None


@dataclass(frozen=True)
class ManifestEntry:
    """One contractor row that can be audited."""

    row: int
    contractor_id: str
    name: str
    employees: int
    contract_value_eur: float
    documents: tuple[DocumentRef, ...]


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: the rows to audit and the rows that could not be used."""

    path: Path
    entries: tuple[ManifestEntry, ...]
    errors: tuple[RowError, ...]


class RowProblem(ValueError):
    """A row cannot be audited (message without the row number)."""


def read_manifest(path: Path, allow_outside: bool = False) -> Manifest:
    """Return the parsed manifest; raises ManifestError when it cannot be used at all."""
    rows = _csv_rows(path)
    index = _header_index(path, rows[0][1] if rows else [])
    entries: list[ManifestEntry] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    for line, fields in rows[1:]:
        if not any(f.strip() for f in fields):
            continue
        cid = _field(fields, index, "contractor_id") or None
        try:
            entry = row_to_entry(line, fields, index, path.parent, allow_outside)
            if entry.contractor_id in seen:
                raise RowProblem(f"duplicate contractor_id {entry.contractor_id!r}")
        except RowProblem as exc:
            errors.append(RowError(row=line, contractor_id=cid, message=str(exc)))
            continue
        seen.add(entry.contractor_id)
        entries.append(entry)
    return Manifest(path=path, entries=tuple(entries), errors=tuple(errors))


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(path, "no such file") from None
    except IsADirectoryError:
        raise ManifestError(path, "is a folder, not a CSV file") from None
    except OSError as exc:
        raise ManifestError(path, f"cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ManifestError(path, f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for fields in reader:
            rows.append((start, fields))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ManifestError(path, f"line {reader.line_num}: bad CSV ({exc})") from None
    return rows


def _header_index(path: Path, header: list[str]) -> dict[str, int]:
    names = [h.strip().lower() for h in header]
    if not names:
        raise ManifestError(path, f"empty file; the header must be {','.join(COLUMNS)}")
    if len(names) == 1 and ";" in names[0]:
        raise ManifestError(path, "the header is ';'-separated; the manifest must use commas")
    dupes = sorted({n for n in names if n and names.count(n) > 1})
    missing = [c for c in COLUMNS if c not in names]
    problems = [f"missing column(s) {', '.join(missing)}"] if missing else []
    problems += [f"duplicate column(s) {', '.join(dupes)}"] if dupes else []
    if problems:
        expected = ",".join(COLUMNS)
        raise ManifestError(path, f"bad header: {'; '.join(problems)} (expected {expected})")
    return {c: names.index(c) for c in COLUMNS}


def _field(fields: list[str], index: dict[str, int], column: str) -> str:
    i = index[column]
    return fields[i].strip() if i < len(fields) else ""


def row_to_entry(
    line: int, fields: list[str], index: dict[str, int], folder: Path, allow_outside: bool
) -> ManifestEntry:
    """Return the entry of one data row; raises RowProblem when it cannot be audited."""
    width = max(index.values()) + 1
    if len(fields) < width:
        absent = [c for c in COLUMNS if index[c] >= len(fields)]
        raise RowProblem(f"missing column(s) {', '.join(absent)} ({len(fields)} of {width})")
    cid = _field(fields, index, "contractor_id")
    if not cid:
        raise RowProblem("empty contractor_id")
    documents = resolve_documents(_field(fields, index, "documents"), folder, allow_outside)
    return ManifestEntry(
        row=line,
        contractor_id=cid,
        name=_field(fields, index, "name") or cid,
        employees=parse_employees(_field(fields, index, "employees")),
        contract_value_eur=parse_value(_field(fields, index, "contract_value_eur")),
        documents=tuple(documents),
    )


def parse_employees(raw: str) -> int:
    """Return a headcount read strictly (see the module docstring); raises RowProblem."""
    text = _SPACES.sub(" ", raw.strip())
    if not text:
        raise RowProblem("employees is empty")
    if not _EMPLOYEES.fullmatch(text):
        raise RowProblem(f"employees {raw!r} is not a whole number of 0 or more")
    return int(text.replace(" ", ""))


def parse_value(raw: str) -> float:
    """Return a contract value in EUR read strictly (see the module docstring)."""
    text = _SPACES.sub(" ", raw.strip())
    if not text:
        raise RowProblem("contract_value_eur is empty")
    if "," in text or re.fullmatch(r"\d{1,3}\.\d{3}", text) or text.count(".") > 1:
        raise RowProblem(
            f"contract_value_eur {raw!r} is ambiguous: write digits with an optional "
            "decimal point, e.g. 1250000 or 1250000.50"
        )
    if not _VALUE.fullmatch(text):
        raise RowProblem(f"contract_value_eur {raw!r} is not an amount of 0 or more")
    return float(text.replace(" ", ""))


def resolve_documents(raw: str, folder: Path, allow_outside: bool) -> list[DocumentRef]:
    """Return the documents of a row: files as listed, folders expanded, problems kept."""
    out: list[DocumentRef] = []
    seen: set[Path] = set()
    for item in (p.strip() for p in raw.split(";")):
        if not item:
            continue
        for ref in _expand(item, folder, allow_outside):
            key = ref.file.resolve() if ref.file is not None else None
            if key is not None and key in seen:
                continue
            out.append(ref)
            if key is not None:
                seen.add(key)
    return out


def _expand(item: str, folder: Path, allow_outside: bool) -> list[DocumentRef]:
    given = Path(item)
    target = given if given.is_absolute() else folder / given
    if not allow_outside:
        if given.is_absolute():
            return [DocumentRef(item, None, "absolute path refused (use --allow-outside)")]
        if not _inside(target, folder):
            return [DocumentRef(item, None, "outside the manifest's folder (use --allow-outside)")]
    if target.is_dir():
        found = sorted(
            f for f in target.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
        )
        if not found:
            return [DocumentRef(item, None, "folder holds no supported document")]
        return [DocumentRef(_display(f, folder, item, target), f) for f in found]
    if not target.exists():
        return [DocumentRef(item, None, "file not found")]
    return [DocumentRef(item, target)]


def _inside(target: Path, folder: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _display(found: Path, folder: Path, item: str, target: Path) -> str:
    """Return how a file found under a listed folder is shown: relative to the manifest."""
    try:
        return found.relative_to(folder).as_posix()
    except ValueError:
        return str(Path(item) / found.relative_to(target))
