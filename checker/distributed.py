"""Submit the same per-document work to an existing Dask cluster (`--dask ADDRESS`).

The input paths must be on storage the workers can read. Each Dask worker process builds
its grader once (cached per profile and language) and grades the files it is given through
the same `FileGrader` as a local batch, so results are identical. Dask is an optional extra
(`pip install 'clausecheck[dask]'`); it is imported only here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from checker.cache import Cache
from checker.errors import ConfigError
from checker.report.models import DocumentResult


@lru_cache(maxsize=8)
def _worker_grader(profile: str, lang: str | None, cache_dir: str | None) -> object:
    from pathlib import Path

    from checker.rulepack.loader import load_ruleset
    from checker.scan import ClauseGrader, FileGrader

    ruleset = load_ruleset(profile)
    cache = Cache(Path(cache_dir)) if cache_dir else None
    return FileGrader(lambda: ClauseGrader(ruleset, lang=lang), ruleset, lang, cache)


def grade_on_worker(
    path: str, profile: str, lang: str | None, cache_dir: str | None
) -> DocumentResult:
    """Return the grade of one file, computed on a Dask worker."""
    from checker.scan import FileGrader, failed_result

    grader = _worker_grader(profile, lang, cache_dir)
    assert isinstance(grader, FileGrader)
    try:
        return grader.grade_path(path)
    except Exception as exc:  # noqa: BLE001 - one document must never stop the batch
        return failed_result(path, f"internal error: {type(exc).__name__}: {exc}"[:300])


def run_on_dask(
    address: str,
    paths: Sequence[str],
    profile: str,
    lang: str | None,
    cache_dir: str | None = None,
    on_result: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Return one result per path (in path order), graded on the cluster at `address`."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise ConfigError(
            "--dask needs the optional extra: pip install 'clausecheck[dask]'"
        ) from exc
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        futures = client.map(
            grade_on_worker,
            list(paths),
            profile=profile,
            lang=lang,
            cache_dir=cache_dir,
            pure=False,
        )
        order = {f.key: i for i, f in enumerate(futures)}
        results: list[DocumentResult | None] = [None] * len(futures)
        for future in as_completed(futures):
            results[order[future.key]] = _result_of(future, paths[order[future.key]])
            if on_result:
                on_result(results[order[future.key]])  # type: ignore[arg-type]
        return [r for r in results if r is not None]
    finally:
        client.close()


def _result_of(future: object, path: str) -> DocumentResult:
    from checker.scan import failed_result

    try:
        result = future.result()  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001 - a lost worker fails one document, not the run
        return failed_result(path, f"worker failed: {type(exc).__name__}: {exc}"[:300])
    assert isinstance(result, DocumentResult)
    return result
