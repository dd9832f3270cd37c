"""The same per-document work on a Dask cluster gives the same report as a local batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checker.batch import BatchLimits
from checker.errors import ConfigError
from checker.rulepack.loader import load_ruleset
from checker.scan import scan

distributed = pytest.importorskip("distributed", reason="dask[distributed] not installed")

TEXT = (
    "Article 4 - Staff\n\nThe Contractor shall not discriminate against its employees on "
    "grounds of race, sex or disability.\n"
)


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(4):
        body = TEXT if i % 2 == 0 else "Deliveries are made within 30 days.\n"
        (folder / f"d{i}.txt").write_text(body, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_dask_equals_local_batch(tmp_path: Path, cluster_address: str) -> None:
    folder = _corpus(tmp_path)
    ruleset = load_ruleset("ghent")
    local = scan([str(folder)], ruleset, limits=BatchLimits(jobs=1))
    remote = scan([str(folder)], ruleset, dask_address=cluster_address)
    assert remote == local
    assert [d.level for d in remote.documents] == ["moderate", "absent", "moderate", "absent", None]
    assert remote.documents[-1].status == "unreadable"


def test_unreachable_scheduler_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Dask scheduler"):
        scan([str(_corpus(tmp_path))], load_ruleset("ghent"), dask_address="tcp://127.0.0.1:9")
