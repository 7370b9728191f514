"""The Dask engine stores exactly what the local engine stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimtrail.engine.dask import DaskEngine
from claimtrail.engine.local import LocalEngine
from claimtrail.errors import ClaimtrailError
from claimtrail.pipeline import PipelineOptions
from claimtrail.store import open_store

from .conftest import NOW, OPTIONS, UNLINKED, snapshot

pytest.importorskip("distributed")  # the engine module imports it only when it runs

pytestmark = pytest.mark.dask


def _run_local(corpus: Path, db: Path, options: PipelineOptions = UNLINKED) -> None:
    with open_store(f"sqlite:///{db}") as store:
        LocalEngine(store, options, NOW).run([str(corpus)])


def test_dask_engine_stores_what_the_local_engine_stores(
    small_corpus: Path, tmp_path: Path
) -> None:
    _run_local(small_corpus, tmp_path / "local.db", OPTIONS)
    with open_store(f"sqlite:///{tmp_path / 'dask.db'}") as store:
        engine = DaskEngine(store, OPTIONS, NOW, workers=2)
        report = engine.run([str(small_corpus)])
    local, dask = (
        snapshot(f"sqlite:///{tmp_path / 'local.db'}"),
        snapshot(f"sqlite:///{tmp_path / 'dask.db'}"),
    )
    assert dask.article_ids == local.article_ids
    assert dask.statements == local.statements
    assert dask.entities == local.entities
    assert dask.articles == local.articles
    assert dask.failures == local.failures
    assert dask.stats == local.stats
    assert dask.stats["stories"] > 0
    assert report.stored == 13
    assert report.statements == len(local.statements) > 0
    assert [f.origin for f in report.failures] == [str(small_corpus / "zz-broken.txt")]
    assert sum(a["duplicate_of"] is not None for a in dask.articles) == 1
    assert len(engine.worker_peak_rss_bytes) == 2


def test_dask_rerun_skips_every_finished_partition(small_corpus: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    with open_store(url) as store:
        DaskEngine(store, UNLINKED, NOW, workers=1).run([str(small_corpus)])
    before = snapshot(url)
    with open_store(url) as store:
        report = DaskEngine(store, UNLINKED, NOW, workers=1).run([str(small_corpus)])
    assert report.partitions_skipped == report.partitions == 14
    assert report.documents == 0
    assert snapshot(url) == before


def test_dask_engine_joins_a_running_cluster(small_corpus: Path, tmp_path: Path) -> None:
    import distributed

    dist: Any = distributed  # its constructors carry no annotations
    _run_local(small_corpus, tmp_path / "local.db")
    with (
        dist.LocalCluster(
            n_workers=1, threads_per_worker=2, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as cluster,
        open_store(f"sqlite:///{tmp_path / 'joined.db'}") as store,
    ):
        DaskEngine(store, UNLINKED, NOW, scheduler=cluster.scheduler_address).run(
            [str(small_corpus)]
        )
    joined = snapshot(f"sqlite:///{tmp_path / 'joined.db'}")
    assert joined == snapshot(f"sqlite:///{tmp_path / 'local.db'}")


def test_an_unreachable_scheduler_is_a_claimtrail_error(small_corpus: Path, tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'none.db'}") as store:
        engine = DaskEngine(
            store, UNLINKED, NOW, scheduler="tcp://127.0.0.1:9", connect_timeout_s=2
        )
        with pytest.raises(ClaimtrailError, match="cannot reach the Dask scheduler"):
            engine.run([str(small_corpus)])
