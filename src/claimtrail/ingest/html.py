"""HTML pages: decode, then trafilatura for the main text and metadata, htmldate for the date.

Nothing here touches the network: trafilatura and htmldate only get parsed trees, because
htmldate downloads any *string* that looks like a URL.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from claimtrail.errors import InputError
from claimtrail.ingest.options import IngestOptions
from claimtrail.ingest.text import DeclaredMeta, check_doc_chars, decode, parse_published
from claimtrail.limits import time_budget
from claimtrail.model import InputFormat, RawDocument

# Only the first bytes are searched: the HTML5 spec puts the charset in the first 1024.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ISO_WITH_OFFSET = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})"
)
_LANG = re.compile(r"[A-Za-z]{2,3}")
# lxml parses C0 control characters into a tree but refuses them when text is set back (a
# feed entry with one ended its whole feed in ValueError, found by fuzzing): drop them first.
_XML_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
    "article", "pre", "figcaption", "dd", "dt",
}  # fmt: skip
# htmldate settings: the original publication date, not the last update; time kept when known.
_DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S",
    "deferred_url_extractor": True,  # a full timestamp in the page beats a date in the URL
}

# trafilatura logs every page it discards at WARNING; our Failure records say it once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """The page as text: BOM, UTF-8, the HTTP or `<meta charset>` encoding, then detection."""
    if encoding is None:
        declared = _CHARSET.search(data[:4096])
        encoding = declared.group(1).decode("ascii") if declared else None
    return decode(data, declared_encoding=encoding)


def host_of(url: str | None) -> str | None:
    """The host name without `www.`, the way outlets are named in meta.jsonl."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _language(tree: lxml.html.HtmlElement) -> str | None:
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    match = _LANG.match(declared.strip()) if declared else None
    return match.group(0).lower() if match else None


def _published(date_text: str | None, html: str) -> datetime | None:
    """htmldate's date, with the UTC offset the page declared for that same local time.

    htmldate drops offsets ("09:30+02:00" comes back as "09:30"), so the page's own ISO
    timestamps are searched for one with the same local time before assuming UTC.
    """
    found = parse_published(date_text) if date_text else None
    if found is None or (found.hour, found.minute, found.second) == (0, 0, 0):
        return found
    local = found.replace(tzinfo=None)
    for match in _ISO_WITH_OFFSET.finditer(html):
        declared = parse_published(match.group(0))
        if declared is not None and declared.replace(tzinfo=None) == local:
            return declared
    return found


def html_document(
    page: str | bytes,
    *,
    doc_id: str,
    origin: str,
    options: IngestOptions,
    url: str | None = None,
    input_format: InputFormat = "html",
    meta: DeclaredMeta | None = None,
    encoding: str | None = None,
) -> RawDocument:
    """The main text and metadata of one page; `url`, when given, is kept over the canonical one.

    Declared metadata (`meta`, from meta.jsonl or a JSONL record) wins over what the page says;
    `encoding` is the one an HTTP header declared for bytes.
    """
    html = decode_html(page, encoding) if isinstance(page, bytes) else page
    if not html.strip():
        raise InputError("empty file")
    try:
        tree = load_html(html)
    except (ValueError, TypeError, lxml.etree.LxmlError) as error:
        raise InputError(f"unparseable HTML: {error}") from error
    if tree is None:
        raise InputError("no article text found (not parseable as HTML)")
    try:
        with time_budget(options.time_budget_s, "page"):
            found = bare_extraction(
                tree,
                url=url,
                with_metadata=True,
                include_comments=False,
                date_extraction_params=dict(_DATE_PARAMS),
            )
    except (ValueError, TypeError, lxml.etree.LxmlError) as error:
        raise InputError(f"no article text found ({error})") from error
    body = (getattr(found, "text", None) or "") if found is not None else ""
    if not body.strip():
        raise InputError("no article text found")
    check_doc_chars(body, options)
    meta = meta or DeclaredMeta(id=doc_id)
    page_url = url or getattr(found, "url", None)
    return RawDocument(
        id=doc_id,
        body=body,
        origin=origin,
        format=input_format,
        url=meta.url or page_url,
        outlet=meta.outlet or getattr(found, "sitename", None) or host_of(page_url),
        title=meta.title or getattr(found, "title", None),
        author=meta.author or getattr(found, "author", None),
        published=meta.published or _published(getattr(found, "date", None), html),
        language=meta.language or _language(tree),
        html=html,
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    fragment = _XML_CONTROLS.sub("", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.LxmlError):
        return fragment.strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
