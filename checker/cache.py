"""A two-level content cache: extracted documents, then findings.

Level 1 keys an extracted `Document` by the file's SHA-256 and the reader code's version, so
an unchanged file is never parsed twice. Level 2 keys a `DocumentResult` by the extracted
document's hash, the rules hash and the grading code's version, so a rule edit re-grades
without re-reading a single PDF. Entries are JSON written to a temporary file and renamed
(safe under two concurrent runs); an entry that fails to load or validate is ignored and
rebuilt, never trusted. `prune` keeps the folder under a size bound, oldest entries first.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ValidationError

from checker.document import Document
from checker.report.models import DocumentResult

DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
# What an extraction depends on: the readers, the language detection and quality checks they
# call, and the language data (annex words, empty cells) they read.
_READER_CODE = (
    "checker/readers",
    "checker/document.py",
    "checker/language.py",
    "checker/quality.py",
    "checker/yamlio.py",
    "checker/_typing.py",
    "checker/errors.py",
    "rules/language",
)
# What findings depend on besides the rules: the whole engine (a module left off a list of
# modules would serve stale findings after it changes) and the language data.
_GRADER_CODE = ("checker", "rules/language")
_SOURCES = ("*.py", "*.yaml")


def default_cache_dir() -> Path:
    """Return $XDG_CACHE_HOME/clausecheck (or ~/.cache/clausecheck)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clausecheck"


@lru_cache(maxsize=4)
def code_version(parts: tuple[str, ...]) -> str:
    """Return a hash of the source and data files named (files or folders, relative to the
    folder that holds the `checker` and `rules` packages), for cache keys."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for part in parts:
        target = root / part
        if target.is_dir():
            files = sorted(f for pattern in _SOURCES for f in target.rglob(pattern))
        else:
            files = [target] if target.exists() else []
        for f in files:
            name = f.relative_to(root).as_posix()
            digest.update(name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document: Document) -> str:
    """Return the hash of what grading depends on in a document (its blocks and metadata)."""
    payload = document.model_dump_json(exclude={"path"})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Cache:
    """Documents and findings stored under one folder (see the module docstring)."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def get_document(self, file_sha: str, path: str) -> Document | None:
        """Return the cached extraction of a file's bytes, or None."""
        doc = self._load(self._doc_path(file_sha), Document)
        return doc.model_copy(update={"path": path}) if isinstance(doc, Document) else None

    def put_document(self, file_sha: str, document: Document) -> None:
        """Store the extraction of a file's bytes."""
        self._store(self._doc_path(file_sha), document)

    def get_document_key(self, file_sha: str) -> str | None:
        """Return the document key of a file's cached extraction, without loading it."""
        try:
            key = self._key_path(file_sha).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return key if len(key) == 64 and all(c in "0123456789abcdef" for c in key) else None

    def put_document_key(self, file_sha: str, doc_key: str) -> None:
        """Remember the document key of a file's extraction (a warm run reads only this)."""
        self._write(self._key_path(file_sha), doc_key.encode("ascii"))

    def get_result(self, doc_key: str, grading_key: str, path: str) -> DocumentResult | None:
        """Return the cached findings for a document under a rule set, or None."""
        found = self._load(self._result_path(doc_key, grading_key), DocumentResult)
        if not isinstance(found, DocumentResult):
            return None
        return found.model_copy(update={"path": path})

    def put_result(self, doc_key: str, grading_key: str, result: DocumentResult) -> None:
        """Store the findings for a document under a rule set."""
        self._store(self._result_path(doc_key, grading_key), result)

    def prune(self) -> int:
        """Delete the oldest entries until the folder is under its bound; return how many."""
        entries = []
        for f in (*self.folder.rglob("*.json"), *self.folder.rglob("*.key")):
            with contextlib.suppress(OSError):
                st = f.stat()
                entries.append((st.st_mtime, st.st_size, f))
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, f in sorted(entries):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                f.unlink()
                total -= size
                removed += 1
        return removed

    def _doc_path(self, file_sha: str) -> Path:
        key = f"{file_sha}-{code_version(_READER_CODE)}"
        return self.folder / "documents" / key[:2] / f"{key}.json"

    def _key_path(self, file_sha: str) -> Path:
        return self._doc_path(file_sha).with_suffix(".key")

    def _result_path(self, doc_key: str, grading_key: str) -> Path:
        key = hashlib.sha256(
            f"{doc_key}\0{grading_key}\0{code_version(_GRADER_CODE)}".encode()
        ).hexdigest()
        return self.folder / "results" / key[:2] / f"{key}.json"

    @staticmethod
    def _load(path: Path, model: type[BaseModel]) -> BaseModel | None:
        try:
            return model.model_validate_json(path.read_bytes())
        except (OSError, ValueError, ValidationError):
            return None

    @classmethod
    def _store(cls, path: Path, value: BaseModel) -> None:
        cls._write(path, value.model_dump_json().encode("utf-8"))

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        """Write a file atomically (temporary file, then rename); failures are ignored."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
