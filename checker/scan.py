"""Grade documents: read -> sentences -> rule hits -> elements -> level (one way, no loops back)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path

from checker.batch import Batch, BatchLimits
from checker.cache import Cache, document_key
from checker.document import DocStatus, Document
from checker.grader import elements_to_level, elements_to_score, hits_to_elements, next_level
from checker.matcher import RuleMatcher
from checker.nlp import NlpProvider, default_provider
from checker.readers import SUPPORTED_SUFFIXES, finalize, read_bytes, read_document
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.text import excerpt_to_blocks
from checker.report.models import DocumentResult, ScanReport, ScanSummary
from checker.rulepack.loader import RuleSet
from checker.sentences import document_to_sentences


class ClauseGrader:
    """Grades documents against one rule set; build once per process and reuse."""

    def __init__(
        self, ruleset: RuleSet, provider: NlpProvider | None = None, lang: str | None = None
    ) -> None:
        self.ruleset = ruleset
        self.lang = lang if lang and lang != "auto" else None
        self.matcher = RuleMatcher(ruleset, provider or default_provider())

    def grade(self, doc: Document) -> DocumentResult:
        """Return the graded result of a document that was read (any status)."""
        base = _base_result(doc)
        if doc.status != DocStatus.OK:
            return base
        profile = self.ruleset.profile
        sentences = document_to_sentences(doc, self.lang)
        hits = self.matcher.sentences_to_hits(sentences, fallback_lang=self.lang or "en")
        elements = hits_to_elements(hits, profile.elements)
        indicators = hits_to_elements(hits, profile.indicators)
        present = {k for k, v in (elements | indicators).items() if v.present}
        level = elements_to_level(present, profile)
        lang = self.lang or (doc.language if doc.language != "mixed" else None)
        return base.model_copy(
            update={
                "level": level,
                "score": elements_to_score(present, level, profile),
                "elements": elements,
                "indicators": indicators,
                "missing": [e for e in profile.elements if not elements[e].present],
                "next_level": next_level(present, level, profile, lang),
                "searched": _searched(doc),
            }
        )

    def grade_text(self, text: str, lang: str) -> DocumentResult:
        """Return the grade of a plain text (used by corpus evaluation and rule tests)."""
        doc = text_to_document(text, f"<{lang} text>")
        return self.grade(doc) if self.lang == lang else self._with_lang(lang).grade(doc)

    def _with_lang(self, lang: str) -> ClauseGrader:
        other = ClauseGrader.__new__(ClauseGrader)
        other.ruleset, other.lang, other.matcher = self.ruleset, lang, self.matcher
        return other


def text_to_document(text: str, path: str) -> Document:
    """Return a Document of blank-line separated paragraphs (excerpts, rule examples).

    See `readers.text.excerpt_to_blocks`.
    """
    blocks = excerpt_to_blocks(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return finalize(path, sha, "txt", ReaderOutput(blocks=blocks, extractor="text"))


def _base_result(doc: Document) -> DocumentResult:
    warnings = list(doc.warnings)
    return DocumentResult(
        path=doc.path,
        sha256=doc.sha256,
        status=doc.status.value,
        error=doc.error,
        format=doc.format,
        language=doc.language,
        pages=doc.pages,
        extractor=doc.extractor,
        quality=doc.quality,
        warnings=warnings,
    )


def _searched(doc: Document) -> str:
    pages = sorted({b.page for b in doc.body_blocks if b.page})
    if pages:
        return f"pages {pages[0]}-{pages[-1]} ({len(doc.body_blocks)} blocks)"
    return f"{len(doc.body_blocks)} blocks (whole document)"


def collect_paths(
    paths: Iterable[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[str]:
    """Yield files to scan: files as given, directories searched recursively, sorted.

    `include` and `exclude` globs filter only the files found under a directory (a file named
    on the command line is always scanned, as in ruff): a found file is kept when it matches
    an include glob (or there are none) and no exclude glob.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = (f for f in path.rglob("*") if f.is_file())
            kept = (f for f in found if f.suffix.lower() in SUPPORTED_SUFFIXES)
            yield from sorted(str(f) for f in kept if _selected(f, include, exclude))
        else:
            yield p


def _selected(path: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    return (not include or _glob_hit(path, include)) and not _glob_hit(path, exclude)


def _glob_hit(path: Path, globs: Sequence[str]) -> bool:
    """Return whether a glob matches the path, its tail (`drafts/*`) or its name."""
    posix = path.as_posix()
    return any(
        fnmatch(posix, g) or fnmatch(posix, f"*/{g}") or fnmatch(path.name, g) for g in globs
    )


def summarize(results: list[DocumentResult], profile_levels: tuple[str, ...]) -> ScanSummary:
    """Return the batch summary."""
    levels = Counter(r.level for r in results if r.status == "ok")
    return ScanSummary(
        documents=len(results),
        by_level={lv: levels.get(lv, 0) for lv in profile_levels},
        unreadable=sum(1 for r in results if r.status == "unreadable"),
        errors=sum(1 for r in results if r.status == "error"),
    )


def scan(
    paths: Iterable[str],
    ruleset: RuleSet,
    lang: str | None = None,
    limits: BatchLimits | None = None,
    on_result: Callable[[DocumentResult], None] | None = None,
    cache: Cache | None = None,
    dask_address: str | None = None,
) -> ScanReport:
    """Return the report of grading every document under `paths`, in a stable order.

    Each document is read and graded in a worker process under the batch limits, through
    the content cache when one is given; with `dask_address`, on that Dask cluster instead.
    """
    files = list(collect_paths(paths))
    if dask_address:
        from checker.distributed import run_on_dask

        folder = str(cache.folder) if cache is not None else None
        results = run_on_dask(dask_address, files, ruleset.files[0], lang, folder, on_result)
    else:
        batch: Batch[str, DocumentResult] = Batch(
            init=lambda: FileGrader(lambda: ClauseGrader(ruleset, lang=lang), ruleset, lang, cache),
            work=FileGrader.grade_path,
            fail=failed_result,
            limits=limits,
        )
        results = batch.run(files, on_result)
    if cache is not None:
        cache.prune()
    profile = ruleset.profile
    return ScanReport(
        profile=profile.name,
        rules_sha256=ruleset.sha256,
        documents=results,
        summary=summarize(results, profile.level_ids),
    )


class FileGrader:
    """The per-document work of a scan: read (or load) a file, then grade (or load) it."""

    def __init__(
        self,
        make_grader: Callable[[], ClauseGrader],
        ruleset: RuleSet,
        lang: str | None,
        cache: Cache | None,
        limits: ReadLimits | None = None,
    ) -> None:
        self._make_grader = make_grader
        self._grader: ClauseGrader | None = None
        self.cache = cache
        self.limits = limits or ReadLimits()
        self.grading_key = f"{ruleset.sha256}:{lang or 'auto'}"

    @property
    def grader(self) -> ClauseGrader:
        """Return the grader, built on first use (a warm-cache run never needs spaCy)."""
        if self._grader is None:
            self._grader = self._make_grader()
        return self._grader

    def grade_path(self, path: str) -> DocumentResult:
        """Return the grade of the file at `path`."""
        data = self._bytes(path) if self.cache is not None else None
        if data is None or self.cache is None:
            return self.grader.grade(read_document(path, self.limits))
        sha = hashlib.sha256(data).hexdigest()
        known = self.cache.get_document_key(sha)
        if known is not None:  # a warm run: the findings without loading the document
            result = self.cache.get_result(known, self.grading_key, path)
            if result is not None:
                return result
        doc = self.cache.get_document(sha, path)
        if doc is None:
            doc = read_bytes(data, path, self.limits)
            self.cache.put_document(sha, doc)
        key = document_key(doc)
        if key != known:
            self.cache.put_document_key(sha, key)
        result = self.cache.get_result(key, self.grading_key, path)
        if result is None:
            result = self.grader.grade(doc)
            self.cache.put_result(key, self.grading_key, result)
        return result

    def _bytes(self, path: str) -> bytes | None:
        """Return the file's bytes when it can be read within the size limit."""
        try:
            if not Path(path).is_file() or Path(path).stat().st_size > self.limits.max_bytes:
                return None
            return Path(path).read_bytes()
        except OSError:
            return None


def failed_result(path: str, reason: str) -> DocumentResult:
    """Return the result of a document whose worker failed (timeout, crash, memory)."""
    return DocumentResult(path=path, sha256=file_sha256(path), status="error", error=reason)


def file_sha256(path: str) -> str:
    """Return the SHA-256 of a file's bytes ('' when it cannot be read)."""
    digest = hashlib.sha256()
    if not Path(path).is_file():  # a named pipe or device would block the main process
        return ""
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()
