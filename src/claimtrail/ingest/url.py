"""Fetching URLs safely: http(s) only, public addresses only, bounded size, time and redirects.

Each hop's host is resolved once, every address is checked, and the connection goes to the
checked address (the URL carries the IP; Host and SNI carry the name), so a DNS answer that
changes between the check and the connect (DNS rebinding) cannot reach a private address.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin

import httpx

from claimtrail.errors import FetchError, InputError, LimitExceededError
from claimtrail.ingest.feeds import feed_documents
from claimtrail.ingest.html import html_document
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.sniff import sniff
from claimtrail.ingest.text import text_document
from claimtrail.model import Failure, RawDocument

Resolver = Callable[[str, int], Sequence[str]]  # (host, port) -> IP addresses
IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_REDIRECTS = {301, 302, 303, 307, 308}
_USER_AGENT = "claimtrail/0.1 (+https://github.com/claimtrail)"
# A server can drip one byte per read timeout forever; the whole body gets this many timeouts.
_BODY_TIMEOUTS = 4


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response body and what its headers declared."""

    url: str  # the final URL, after redirects
    content: bytes
    media_type: str
    charset: str | None


def url_id(url: str) -> str:
    """A short stable document id for a URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host`."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as error:
        raise FetchError(f"cannot resolve {host}: {error}") from error
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: IpAddress) -> str | None:
    """Why connecting to `address` is refused by default ("a loopback address"), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return refusal(address.ipv4_mapped)
    checks = [
        (address.is_unspecified, "an unspecified address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        # 240.0.0.0/4 counts as private too; "reserved" says more, so it is asked first.
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a public address"),
    ]
    return next((why for is_bad, why in checks if is_bad), None)


def checked_address(host: str, port: int, options: IngestOptions, resolver: Resolver) -> str:
    """The address to connect to for `host`, after refusing private ones (all must pass)."""
    try:
        literal: IpAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    names = [host] if literal is not None else list(resolver(host, port))
    if not names:
        raise FetchError(f"cannot resolve {host}")
    addresses: list[IpAddress] = []
    for name in names:
        try:
            addresses.append(ipaddress.ip_address(name.split("%")[0]))
        except ValueError as error:
            raise FetchError(f"resolver gave a bad address for {host}: {name}") from error
    if not options.allow_private:
        for address in addresses:
            why = refusal(address)
            if why:
                raise FetchError(f"refused: {address} is {why} (use --allow-private)")
    return str(addresses[0])


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _read_body(response: httpx.Response, url: str, options: IngestOptions) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > options.max_file_bytes:
        raise LimitExceededError(
            f"{url} is {int(declared):,} bytes, over the {options.max_file_bytes:,}-byte limit"
        )
    deadline = time.monotonic() + _BODY_TIMEOUTS * options.timeout_s
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > options.max_file_bytes:
            raise LimitExceededError(
                f"{url} is over the {options.max_file_bytes:,}-byte limit (stopped reading)"
            )
        if time.monotonic() > deadline:
            raise LimitExceededError(
                f"timed out after {_BODY_TIMEOUTS * options.timeout_s:g} s reading {url}"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    options: IngestOptions,
    *,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
) -> Page:
    """The body at `url`, following up to max_redirects redirects, each hop re-checked.

    Raises FetchError (refused, unreachable, HTTP error) or LimitExceededError (size, time).
    """
    timeout = httpx.Timeout(options.timeout_s)
    current = url
    with httpx.Client(
        transport=transport, timeout=timeout, follow_redirects=False, trust_env=False
    ) as client:
        for _hop in range(options.max_redirects + 1):
            try:
                target = httpx.URL(current)
            except (httpx.InvalidURL, ValueError, TypeError) as error:
                raise FetchError(f"invalid URL {current!r}: {error}") from error
            if target.scheme not in ("http", "https"):
                raise FetchError(f"refused: only http and https URLs are fetched, not {current}")
            if not target.host:
                raise FetchError(f"invalid URL {current!r}: no host")
            port = target.port or (443 if target.scheme == "https" else 80)
            address = checked_address(target.host, port, options, resolver or system_resolver)
            host_header = target.netloc.decode("ascii").rpartition("@")[2]
            request = client.build_request(
                "GET",
                target.copy_with(host=address),
                headers={"Host": host_header, "User-Agent": _USER_AGENT},
                extensions={"sni_hostname": target.host},
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as error:
                raise FetchError(f"timed out after {options.timeout_s:g} s: {current}") from error
            except (httpx.HTTPError, httpx.InvalidURL, OSError) as error:
                raise FetchError(f"fetch failed for {current}: {error}") from error
            try:
                if response.status_code in _REDIRECTS and "Location" in response.headers:
                    current = urljoin(current, response.headers["Location"])
                    continue
                if response.status_code != 200:
                    raise FetchError(f"HTTP {response.status_code} for {current}")
                media_type, charset = _media_type(response.headers.get("Content-Type"))
                try:
                    content = _read_body(response, current, options)
                except httpx.TimeoutException as error:
                    raise FetchError(
                        f"timed out after {options.timeout_s:g} s: {current}"
                    ) from error
                except (httpx.HTTPError, OSError) as error:
                    raise FetchError(f"fetch failed for {current}: {error}") from error
                return Page(url=current, content=content, media_type=media_type, charset=charset)
            finally:
                response.close()
    raise FetchError(f"more than {options.max_redirects} redirects from {url}")


def linked_page(
    url: str,
    doc_id: str,
    origin: str,
    *,
    options: IngestOptions,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
) -> RawDocument:
    """The page a feed entry links to, as an HTML document."""
    page = fetch(url, options, transport=transport, resolver=resolver)
    return html_document(
        page.content,
        doc_id=doc_id,
        origin=origin,
        options=options,
        url=page.url,
        input_format="url",
        encoding=page.charset,
    )


def url_documents(
    url: str,
    options: IngestOptions,
    *,
    transport: httpx.BaseTransport | None = None,
    resolver: Resolver | None = None,
) -> Iterator[RawDocument | Failure]:
    """The document at `url` (HTML or text), or one per entry when it is a feed.

    The id is a short hash of `url` (feed entries add `-<n>`); `url` of a page is the final URL.
    """
    doc_id = url_id(url)
    try:
        page = fetch(url, options, transport=transport, resolver=resolver)
        kind = sniff(page.content[:8192], page.url.rsplit("?", 1)[0])
        if kind == "feed" or page.media_type in (
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
        ):

            def fetch_linked(link: str, entry_id: str, origin: str) -> RawDocument:
                return linked_page(
                    link, entry_id, origin, options=options, transport=transport, resolver=resolver
                )

            yield from feed_documents(
                page.content, stem=doc_id, origin=url, options=options, fetch_page=fetch_linked
            )
            return
        if page.media_type in ("text/html", "application/xhtml+xml") or kind == "html":
            yield html_document(
                page.content,
                doc_id=doc_id,
                origin=url,
                options=options,
                url=page.url,
                input_format="url",
                encoding=page.charset,
            )
            return
        if page.media_type.startswith("text/") or not page.media_type:
            document = text_document(page.content, doc_id=doc_id, origin=url, options=options)
            yield RawDocument(
                id=document.id,
                body=document.body,
                origin=url,
                format="url",
                url=page.url,
            )
            return
        raise InputError(f"unsupported content type {page.media_type or 'unknown'!r} at {url}")
    except InputError as error:
        yield Failure(url, str(error))
