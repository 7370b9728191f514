"""`claimtrail serve`: the API and the web UI over one store, on localhost by default.

A host other than loopback is refused unless a write token is set (explicitly or in
$CLAIMTRAIL_TOKEN): a server others can reach must not hand out a random token nobody saw.
Without a token, a random one is made and printed once, for this run only.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp

from claimtrail.api.app import create_app
from claimtrail.api.auth import ENV_VAR, new_token
from claimtrail.errors import ClaimtrailError
from claimtrail.store import open_store


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.strip().lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def choose_token(host: str, token: str | None) -> tuple[str, bool]:
    """The write token to use, and whether it was generated here.

    Raises `ClaimtrailError` for a non-loopback host without a token, or a token too short.
    """
    chosen = token or os.environ.get(ENV_VAR) or None
    if chosen is None:
        if not is_loopback(host):
            raise ClaimtrailError(
                f"refusing to listen on {host!r} without a write token:"
                f" set {ENV_VAR} or pass a token, or use 127.0.0.1"
            )
        return new_token(), True
    if len(chosen) < 16:
        raise ClaimtrailError("the write token must have at least 16 characters")
    return chosen, False


def serve(
    store_url: str | None, host: str = "127.0.0.1", port: int = 8080, token: str | None = None
) -> None:
    """Serve the API and the pages until interrupted; raises `ClaimtrailError` on bad settings."""
    import uvicorn  # imported here: only `serve` needs the server

    chosen, is_generated = choose_token(host, token)
    store = open_store(store_url)
    try:
        app = create_app(store, chosen)
        shown = f"[{host}]" if ":" in host else host
        print(f"claimtrail: open http://{shown}:{port}/ (API docs at /docs)", file=sys.stderr)
        if is_generated:
            print(f"claimtrail: write token for this run: {chosen}", file=sys.stderr)
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()


@contextmanager
def running(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` from a background thread; yields its base URL (port 0: a free port)."""
    import uvicorn

    if not is_loopback(host):
        raise ClaimtrailError("a background server binds loopback only")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, port))
        chosen = probe.getsockname()[1]
    config = uvicorn.Config(app, host=host, port=chosen, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="claimtrail-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise ClaimtrailError(f"the server did not start on {host}:{chosen}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{chosen}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
