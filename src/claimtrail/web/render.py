"""Jinja2 rendering with autoescaping on for every template, and the filters pages share.

Values from articles are hostile: they reach HTML only through autoescaped `{{ }}`, and URLs
only through `safe_url`, which lets http(s) through and drops `javascript:` and the like.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def safe_url(value: str | None) -> str | None:
    """The URL if it is http(s), else None (so it is shown as text, never as a link)."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def day(value: date | datetime | None) -> str:
    if value is None:
        return "undated"
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


def moment(value: datetime | None) -> str:
    return "unknown" if value is None else value.strftime("%Y-%m-%d %H:%M %z")


def segment(value: str) -> str:
    """`value` quoted as one path segment (a `/` in an id stays inside the segment)."""
    return quote(value, safe="")


def bare(value: str) -> str:
    """A quotation without its own outer quote marks (the page adds its own)."""
    return value.strip().strip("\"“”„«»'").strip()


def shorten(value: str, size: int = 160) -> str:
    return value if len(value) <= size else value[: size - 1].rstrip() + "…"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimtrail.web", "templates"),
        # default_for_string covers templates without an extension; every file here is HTML.
        autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        safe_url=safe_url, day=day, moment=moment, shorten=shorten, seg=segment, bare=bare
    )
    return env


def page(
    request: Request, template: str, status_code: int = 200, **context: object
) -> HTMLResponse:
    """A rendered page; `title` (plain text) is expected in `context`."""
    html = environment().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return page(request, "error.html", status_code, title=f"Error {status_code}", message=message)
