"""Store fixtures: every store test runs on SQLite and on a throwaway PostgreSQL server.

The server is started once per session (initdb + pg_ctl, trust auth on 127.0.0.1, fsync off)
and each test gets a database of its own. Without PostgreSQL binaries the postgres cases skip,
except under CI, where they fail: CI must test both back ends.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrail.store import Store, open_store

_SUPERUSER = "claimtrail"
_databases = itertools.count()


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _unprivileged_user() -> str | None:
    """initdb refuses to run as root: run the server as `postgres` (else `nobody`)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    pytest.fail("running as root, and neither a 'postgres' nor a 'nobody' user exists")


def _as_user(user: str | None) -> list[str]:
    if user is None:
        return []
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--"]
    return ["setpriv", f"--reuid={user}", f"--regid={pwd.getpwnam(user).pw_gid}", "--init-groups"]


def _run(command: list[str], user: str | None) -> subprocess.CompletedProcess[str]:
    prefix = _as_user(user)
    return subprocess.run(
        [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a fresh PostgreSQL server's maintenance database; stopped at session end."""
    initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        reason = "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or /usr/lib/postgresql"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the postgres store tests")
        pytest.skip(reason)
    user = _unprivileged_user()
    # mkdtemp in /tmp, not tmp_path: pytest's base temp dir (and maybe $TMPDIR) is private to
    # root, and the server's user could not reach it.
    home = Path(tempfile.mkdtemp(prefix="claimtrail-pg-", dir="/tmp" if user else None))
    if user:
        shutil.chown(home, user=user)
    data, log = home / "data", home / "server.log"
    port = _free_port()
    done = _run(
        [initdb, "-D", str(data), "-A", "trust", "-U", _SUPERUSER, "-E", "UTF8", "--no-sync"],
        user,
    )
    if done.returncode:
        shutil.rmtree(home, ignore_errors=True)
        pytest.fail(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {home} -c fsync=off"
    done = _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start"], user)
    if done.returncode:
        server_log = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(home, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{server_log}")
    try:
        yield f"postgresql://{_SUPERUSER}@127.0.0.1:{port}/postgres"
    finally:
        _run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], user)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A new, empty database on the session's server."""
    import psycopg

    name = f"test_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')  # identifiers cannot be parameters
    return postgres_server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store's URL, once per back end."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened
