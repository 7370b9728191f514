"""URL fetching: address checks on every hop, pinned connections, size and time limits.

Offline: canned responses through httpx.MockTransport, or a server on 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable, Mapping

import httpx
import pytest

from claimtrail.errors import FetchError, LimitExceededError
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.url import fetch, refusal, url_documents, url_id
from claimtrail.model import Failure, RawDocument

from .samples import article_html, rss

PUBLIC_IP = "93.184.216.34"
HOSTS = {"gazette.example": [PUBLIC_IP], "intranet.example": ["10.0.0.5"]}


def resolver(host: str, port: int) -> list[str]:
    return HOSTS[host]


def transport(
    routes: Mapping[str, Callable[[httpx.Request], httpx.Response]],
) -> httpx.MockTransport:
    """Routes by the Host header path, after checking the request went to a pinned address."""

    def handle(request: httpx.Request) -> httpx.Response:
        assert ipaddress.ip_address(request.url.host)  # connects to the checked address
        return routes[request.headers["Host"] + request.url.path](request)

    return httpx.MockTransport(handle)


def html_response(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text=article_html(), headers={"Content-Type": "text/html"})


def redirect_to(location: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(302, headers={"Location": location})


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("192.168.0.1", "a private address"),
        ("::ffff:192.168.0.1", "a private address"),
        ("fd00::1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),  # noqa: S104 -- an address to refuse, not bind
        ("::", "an unspecified address"),
        ("240.0.0.1", "a reserved address"),
        ("100.64.0.1", "not a public address"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_refusal_names_the_kind_of_non_public_address(address: str, reason: str | None) -> None:
    assert refusal(ipaddress.ip_address(address)) == reason


def test_page_is_fetched_through_the_checked_address_with_the_name_in_host() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html_response(request)

    routes = {"gazette.example/pier": handle}
    page = fetch(
        "https://gazette.example/pier",
        IngestOptions(),
        transport=transport(routes),
        resolver=resolver,
    )
    assert page.url == "https://gazette.example/pier"
    assert page.media_type == "text/html"
    assert seen[0].url.host == PUBLIC_IP
    assert seen[0].headers["Host"] == "gazette.example"
    assert seen[0].extensions["sni_hostname"] == "gazette.example"


def test_redirect_to_loopback_is_refused() -> None:
    routes = {"gazette.example/a": redirect_to("http://127.0.0.1/admin")}
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1 is a loopback address"):
        fetch(
            "https://gazette.example/a",
            IngestOptions(),
            transport=transport(routes),
            resolver=resolver,
        )


def test_redirect_to_a_name_resolving_to_a_private_address_is_refused() -> None:
    routes = {"gazette.example/a": redirect_to("https://intranet.example/secret")}
    with pytest.raises(FetchError, match=r"10\.0\.0\.5 is a private address"):
        fetch(
            "https://gazette.example/a",
            IngestOptions(),
            transport=transport(routes),
            resolver=resolver,
        )


def test_each_hop_is_resolved_once_and_connected_to_as_checked() -> None:
    answers = iter([[PUBLIC_IP], ["127.0.0.1"]])

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    routes = {"gazette.example/pier": html_response}
    page = fetch(
        "https://gazette.example/pier",
        IngestOptions(),
        transport=transport(routes),
        resolver=rebinding,
    )
    assert page.content


def test_relative_redirects_are_followed_and_the_final_url_kept() -> None:
    routes = {"gazette.example/old": redirect_to("/new"), "gazette.example/new": html_response}
    (document,) = url_documents(
        "https://gazette.example/old",
        IngestOptions(),
        transport=transport(routes),
        resolver=resolver,
    )
    assert isinstance(document, RawDocument)
    assert document.url == "https://gazette.example/new"
    assert document.id == url_id("https://gazette.example/old")
    assert document.format == "url"
    assert "north pier" in document.body


def test_too_many_redirects_are_refused() -> None:
    routes = {"gazette.example/loop": redirect_to("/loop")}
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(
            "https://gazette.example/loop",
            IngestOptions(max_redirects=2),
            transport=transport(routes),
            resolver=resolver,
        )


@pytest.mark.parametrize("url", ["ftp://gazette.example/x", "file:///etc/passwd"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, IngestOptions(), transport=transport({}), resolver=resolver)


def test_redirect_to_another_scheme_is_refused() -> None:
    routes = {"gazette.example/a": redirect_to("file:///etc/passwd")}
    with pytest.raises(FetchError, match="only http and https"):
        fetch(
            "https://gazette.example/a",
            IngestOptions(),
            transport=transport(routes),
            resolver=resolver,
        )


def test_body_over_the_size_limit_is_refused() -> None:
    def big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"x" * 600] * 10))

    with pytest.raises(LimitExceededError, match="over the 1,000-byte limit"):
        fetch(
            "https://gazette.example/big",
            IngestOptions(max_file_bytes=1000),
            transport=transport({"gazette.example/big": big}),
            resolver=resolver,
        )


def test_http_error_status_is_a_failure() -> None:
    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    (failure,) = url_documents(
        "https://gazette.example/gone",
        IngestOptions(),
        transport=transport({"gazette.example/gone": missing}),
        resolver=resolver,
    )
    assert failure == Failure(
        "https://gazette.example/gone", "HTTP 404 for https://gazette.example/gone"
    )


def test_fetched_feed_yields_one_document_per_entry() -> None:
    def feed(request: httpx.Request) -> httpx.Response:
        body = rss([("Pier", "https://gazette.example/pier", "The pier reopens.")])
        return httpx.Response(200, text=body, headers={"Content-Type": "application/rss+xml"})

    (document,) = url_documents(
        "https://gazette.example/feed",
        IngestOptions(),
        transport=transport({"gazette.example/feed": feed}),
        resolver=resolver,
    )
    assert isinstance(document, RawDocument)
    assert document.id == url_id("https://gazette.example/feed") + "-1"
    assert document.body == "The pier reopens."


def test_local_server_is_refused_by_default(local_server: str) -> None:
    (failure,) = url_documents(f"{local_server}/page", IngestOptions())
    assert isinstance(failure, Failure)
    assert failure.reason == "refused: 127.0.0.1 is a loopback address (use --allow-private)"


def test_local_server_is_fetched_when_private_addresses_are_allowed(local_server: str) -> None:
    (document,) = url_documents(f"{local_server}/page", IngestOptions(allow_private=True))
    assert isinstance(document, RawDocument)
    assert document.url == f"{local_server}/page"
    assert document.title == "Pier to reopen in May"


def test_slow_server_times_out(local_server: str) -> None:
    options = IngestOptions(allow_private=True, timeout_s=0.3)
    started = time.monotonic()
    (failure,) = url_documents(f"{local_server}/slow", options)
    assert isinstance(failure, Failure)
    assert failure.reason == f"timed out after 0.3 s: {local_server}/slow"
    assert time.monotonic() - started < 1.5
