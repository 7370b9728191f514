"""Worker processes of the local engine store what a single process stores."""

from __future__ import annotations

from pathlib import Path

from claimtrail.engine.local import LocalEngine
from claimtrail.store import open_store

from .conftest import NOW, UNLINKED, snapshot


def test_two_local_workers_store_what_one_process_stores(
    small_corpus: Path, tmp_path: Path
) -> None:
    for workers in (1, 2):
        with open_store(f"sqlite:///{tmp_path / f'w{workers}.db'}") as store:
            report = LocalEngine(store, UNLINKED, NOW, workers=workers).run([str(small_corpus)])
            assert report.stored == 13
    one, two = (snapshot(f"sqlite:///{tmp_path / f'w{n}.db'}") for n in (1, 2))
    assert two.article_ids == one.article_ids
    assert two.statements == one.statements
    assert two == one


def test_batches_smaller_than_a_partition_store_the_same(
    small_corpus: Path, tmp_path: Path
) -> None:
    from dataclasses import replace

    tiny = replace(UNLINKED, batch_size=1)
    for name, options in (("default", UNLINKED), ("tiny", tiny)):
        with open_store(f"sqlite:///{tmp_path / f'{name}.db'}") as store:
            LocalEngine(store, options, NOW, workers=2).run([str(small_corpus)])
    assert snapshot(f"sqlite:///{tmp_path / 'tiny.db'}") == snapshot(
        f"sqlite:///{tmp_path / 'default.db'}"
    )
