"""Opening stores: URLs, the SQLite settings, migrations and errors that hide passwords."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimtrail.errors import StoreError
from claimtrail.store import PostgresStore, SqliteStore, migrate, open_store, urls

from .samples import article


def test_bare_path_and_sqlite_urls_open_sqlite_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    cases = {
        "bare.db": tmp_path / "bare.db",
        "sqlite:///sub/relative.db": tmp_path / "sub" / "relative.db",
        f"sqlite:///{tmp_path}/absolute.db": tmp_path / "absolute.db",
    }
    for url, expected in cases.items():
        with open_store(url) as store:
            assert isinstance(store, SqliteStore)
        assert expected.is_file(), url


def test_absolute_sqlite_url_keeps_four_slashes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/a.db"
    assert url.startswith("sqlite:////")
    with open_store(url) as store:
        assert store.url == url


def test_default_url_is_claimtrail_db_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMTRAIL_DB", raising=False)
    with open_store(None) as store:
        assert store.url == "sqlite:///./claimtrail.db"
    assert (tmp_path / "claimtrail.db").is_file()


def test_environment_variable_names_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRAIL_DB", f"sqlite:///{tmp_path}/from-env.db")
    with open_store(None) as store:
        store.write_article(article())
    assert (tmp_path / "from-env.db").is_file()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://user:hunter2@db/claims", "unsupported store URL"),
        ("sqlite://", "bad SQLite URL"),
        ("sqlite:///x.db?mode=ro", "bad SQLite URL"),
        ("   ", "empty store URL"),
    ],
)
def test_bad_urls_raise_store_error_without_password(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as raised:
        open_store(url)
    assert "hunter2" not in str(raised.value)


def test_sqlite_file_in_a_missing_directory_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open SQLite database"):
        open_store(str(tmp_path / "missing" / "dir" / "x.db"))


def test_unreachable_postgres_raises_store_error_without_password() -> None:
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as raised:
        PostgresStore("postgresql://alice:s3cr%40t@127.0.0.1:1/claims", connect_timeout_s=2)
    message = str(raised.value)
    assert "s3cr" not in message
    assert "alice:***@127.0.0.1:1" in message


def test_postgres_scheme_alias_is_accepted() -> None:
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgres://bob:pw@127.0.0.1:1/claims?connect_timeout=2")


@pytest.mark.parametrize(
    ("url", "redacted"),
    [
        ("postgresql://u:pw@host:5432/db", "postgresql://u:***@host:5432/db"),
        ("postgresql://u@host/db", "postgresql://u@host/db"),
        ("postgresql://host/db?password=pw&sslmode=require", None),
        ("postgresql://u:p%40w@h/db#x", "postgresql://u:***@h/db#x"),
        ("sqlite:///./claimtrail.db", "sqlite:///./claimtrail.db"),
    ],
)
def test_redact_hides_passwords(url: str, redacted: str | None) -> None:
    hidden = urls.redact(url)
    assert "pw" not in hidden.replace("password", "")
    if redacted is not None:
        assert hidden == redacted


def test_sqlite_store_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.db")) as store:
        assert isinstance(store, SqliteStore)
        connection = store._connection
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert connection.execute("PRAGMA busy_timeout").fetchone() == (30_000,)


def test_a_second_writer_waits_then_fails_cleanly(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    SqliteStore(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"):
            SqliteStore(path, busy_timeout_s=0.2)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_migrations_are_recorded_once(store_url: str) -> None:
    for _ in range(2):
        with open_store(store_url) as store:
            store.write_article(article())
    with open_store(store_url) as store:
        assert isinstance(store, SqliteStore | PostgresStore)
        versions = store._read("test", "SELECT version, name FROM schema_migrations")
    bundled = migrate.migrations("sqlite")
    assert [tuple(v) for v in versions] == [(m.version, m.name) for m in bundled]
    assert bundled[0].name == "init"


def test_a_database_from_a_newer_claimtrail_is_refused(store_url: str) -> None:
    with open_store(store_url) as store:
        assert isinstance(store, SqliteStore | PostgresStore)
        with store._write("test"):
            store._execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (9999, "future", "2030-01-01T00:00:00.000000+00:00"),
            )
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_dialect_file_replaces_the_shared_one(tmp_path: Path) -> None:
    (tmp_path / "0001_init.sql").write_text("CREATE TABLE a (x TEXT);")
    (tmp_path / "0002_more.sql").write_text("-- shared\nCREATE TABLE b (x TEXT);")
    (tmp_path / "0002_more.postgres.sql").write_text("CREATE TABLE b (x JSONB);")
    (tmp_path / "notes.txt").write_text("ignored")
    sqlite_side = migrate.migrations("sqlite", tmp_path)
    postgres_side = migrate.migrations("postgres", tmp_path)
    assert [m.statements for m in sqlite_side] == [
        ("CREATE TABLE a (x TEXT)",),
        ("CREATE TABLE b (x TEXT)",),
    ]
    assert postgres_side[1].statements == ("CREATE TABLE b (x JSONB)",)


def test_two_migrations_with_one_number_are_refused(tmp_path: Path) -> None:
    (tmp_path / "0001_init.sql").write_text("SELECT 1;")
    (tmp_path / "0001_other.sql").write_text("SELECT 2;")
    with pytest.raises(StoreError, match="two migrations numbered 0001"):
        migrate.migrations("sqlite", tmp_path)


def test_split_statements_drops_comments_and_empty_parts() -> None:
    script = "-- header\nCREATE TABLE t (\n  a TEXT -- why\n);\n\n;CREATE INDEX i ON t (a);\n"
    assert migrate.split_statements(script) == (
        "CREATE TABLE t (\n  a TEXT \n)",
        "CREATE INDEX i ON t (a)",
    )


def test_in_memory_sqlite_store_works() -> None:
    with open_store("sqlite:///:memory:") as store:
        assert store.write_article(article())
        assert store.stats()["articles"] == 1


@pytest.mark.postgres
def test_postgres_store_url_hides_its_password(postgres_url: str) -> None:
    with_password = postgres_url.replace("claimtrail@", "claimtrail:letmein@")
    with open_store(with_password) as store:  # the test server trusts, so any password works
        assert isinstance(store, PostgresStore)
        assert "letmein" not in store.url
        assert store.url == postgres_url.replace("claimtrail@", "claimtrail:***@")
        assert "letmein" not in repr(store)
