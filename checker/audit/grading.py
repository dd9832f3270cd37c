"""Read and policy-grade an audit's files in isolated workers, through the content cache.

Each distinct file of a manifest is one `Batch` task (checker/batch.py), so a file that hangs
or crashes the reader becomes a document in error ("timed out after N s") while the other
files are graded as usual. In a worker, a file's extraction comes from the cache's documents
level (shared with `scan`: same file hash and reader version), and its policy findings from
a level of its own (`policy/`, keyed by the extracted document, the rules hash, the forced
language and the grading code's version), so a warm run reads no file and builds no pipeline.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from checker.batch import Batch, BatchLimits
from checker.cache import Cache, code_version, document_key
from checker.document import Document
from checker.policy import PolicyGrader
from checker.readers import read_bytes, read_document
from checker.readers.base import ReadLimits
from checker.report.audit_models import PolicyDocResult
from checker.scan import file_sha256

_POLICY_CODE = (
    "policy.py",
    "matcher.py",
    "grader.py",
    "sentences.py",
    "phrases.py",
    "nlp.py",
    "xref.py",
    "language.py",
    "report/models.py",
    "report/audit_models.py",
)


class PolicyCache(Cache):
    """The content cache with one more level: policy findings, kept apart from scan's."""

    @classmethod
    def of(cls, cache: Cache | None) -> PolicyCache | None:
        """Return a policy cache over the same folder and bound (None stays None)."""
        if cache is None or isinstance(cache, PolicyCache):
            return cache
        return cls(cache.folder, cache.max_bytes)

    def get_policy(self, doc_key: str, grading_key: str, path: str) -> PolicyDocResult | None:
        """Return the cached policy findings of a document under a rule set, or None."""
        found = self._load(self._policy_path(doc_key, grading_key), PolicyDocResult)
        return with_path(found, path) if isinstance(found, PolicyDocResult) else None

    def put_policy(self, doc_key: str, grading_key: str, result: PolicyDocResult) -> None:
        """Store the policy findings of a document under a rule set."""
        self._store(self._policy_path(doc_key, grading_key), result)

    def _policy_path(self, doc_key: str, grading_key: str) -> Path:
        key = hashlib.sha256(
            f"{doc_key}\0{grading_key}\0{code_version(_POLICY_CODE)}".encode()
        ).hexdigest()
        return self.folder / "policy" / key[:2] / f"{key}.json"


class PolicyFileGrader:
    """The per-file work of an audit: read (or load) a file, then grade (or load) it."""

    def __init__(
        self,
        make_grader: Callable[[], PolicyGrader],
        grading_key: str,
        cache: PolicyCache | None,
        limits: ReadLimits | None = None,
    ) -> None:
        self._make_grader = make_grader
        self.grading_key = grading_key
        self.cache = cache
        self.limits = limits or ReadLimits()

    @property
    def grader(self) -> PolicyGrader:
        """Return the grader (built on first use: a warm-cache run never needs spaCy)."""
        return self._make_grader()

    def grade_path(self, path: str) -> PolicyDocResult:
        """Return the policy grade of the file at `path`."""
        data = _bytes_within(path, self.limits.max_bytes) if self.cache is not None else None
        if data is None or self.cache is None:
            return self.grader.grade(read_document(path, self.limits))
        doc = self._document(data, path, self.cache)
        key = document_key(doc)
        result = self.cache.get_policy(key, self.grading_key, path)
        if result is None:
            result = self.grader.grade(doc)
            self.cache.put_policy(key, self.grading_key, result)
        return result

    def _document(self, data: bytes, path: str, cache: PolicyCache) -> Document:
        sha = hashlib.sha256(data).hexdigest()
        doc = cache.get_document(sha, path)
        if doc is None:
            doc = read_bytes(data, path, self.limits)
            cache.put_document(sha, doc)
        return doc


def grade_files(
    files: Sequence[str],
    make_grader: Callable[[], PolicyGrader],
    grading_key: str,
    limits: BatchLimits | None = None,
    cache: Cache | None = None,
    on_result: Callable[[PolicyDocResult], None] | None = None,
) -> list[PolicyDocResult]:
    """Return one policy result per file, in file order, each graded in a worker."""
    policy_cache = PolicyCache.of(cache)
    batch: Batch[str, PolicyDocResult] = Batch(
        init=lambda: PolicyFileGrader(make_grader, grading_key, policy_cache),
        work=PolicyFileGrader.grade_path,
        fail=failed_policy_result,
        limits=limits,
    )
    results = batch.run(list(files), on_result)
    if policy_cache is not None:
        policy_cache.prune()
    return results


def failed_policy_result(path: str, reason: str) -> PolicyDocResult:
    """Return the result of a file whose worker failed (timeout, crash, memory)."""
    sha = file_sha256(path) if Path(path).is_file() else None  # never open a pipe or device
    return PolicyDocResult(path=path, status="error", error=reason, sha256=sha or None)


def with_path(result: PolicyDocResult, path: str) -> PolicyDocResult:
    """Return the result as seen under another path (its red flags name that path too)."""
    if result.path == path:
        return result
    flags = [f.model_copy(update={"document": path}) for f in result.red_flags]
    return result.model_copy(update={"path": path, "red_flags": flags})


def _bytes_within(path: str, max_bytes: int) -> bytes | None:
    """Return a file's bytes when within the size limit (None: let the reader say why)."""
    try:
        if Path(path).stat().st_size > max_bytes:
            return None
        return Path(path).read_bytes()
    except OSError:
        return None
