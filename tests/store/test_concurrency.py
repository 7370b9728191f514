"""Several writers at once: threads sharing a store, and separate connections to one database."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from claimtrail.errors import StoreError
from claimtrail.store import Store, open_store

from .samples import article, statements


def _run_in_threads(jobs: list[Callable[[], None]]) -> None:
    errors: list[BaseException] = []

    def guarded(job: Callable[[], None]) -> None:
        try:
            job()
        except BaseException as error:  # reported to the test below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def _writer(store: Store, prefix: str, count: int) -> Callable[[], None]:
    def write() -> None:
        for n in range(count):
            article_id = f"{prefix}{n}"
            store.write_article(article(article_id), statements(article_id))

    return write


def test_threads_sharing_one_store_write_every_article_once(store: Store) -> None:
    _run_in_threads([_writer(store, f"t{t}-", 25) for t in range(4)])
    assert store.stats()["articles"] == 100
    assert store.stats()["statements"] == 300
    assert len({s.id for s in store.statements()}) == 300


def test_two_connections_to_one_database_both_get_written(store_url: str) -> None:
    with open_store(store_url) as first, open_store(store_url) as second:
        _run_in_threads([_writer(first, "x", 40), _writer(second, "y", 40)])
        # The same article from both: one writes it, the other sees it is stored.
        results = [first.write_article(article("same")), second.write_article(article("same"))]
        assert sorted(results) == [False, True]
        assert first.stats()["articles"] == second.stats()["articles"] == 81


def test_importing_the_store_imports_neither_psycopg_nor_pyarrow() -> None:
    probe = (
        "import sys, claimtrail.store, claimtrail.export;"
        " print('psycopg' in sys.modules, 'pyarrow' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"


def test_postgres_without_psycopg_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"claimtrail\[postgres\]"):
        open_store("postgresql://localhost/claims")
