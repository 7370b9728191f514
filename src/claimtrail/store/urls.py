"""Store URLs: which back end a URL names, and the same URL with its password hidden."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

_SECRET_PARAMETERS = frozenset({"password", "sslpassword"})
_HIDDEN = "***"


def scheme_of(url: str) -> str | None:
    """The lower-cased scheme of `url`, or None for a bare file path."""
    head, separator, _ = url.partition("://")
    return head.lower() if separator and head.replace("+", "").isalnum() else None


def sqlite_path(url: str) -> str:
    """`sqlite:///relative.db` -> `relative.db`, `sqlite:////abs.db` -> `/abs.db`."""
    return url[len("sqlite:///") :] if url.lower().startswith("sqlite:///") else ""


def secrets_of(url: str) -> list[str]:
    """The passwords in `url`, as written and decoded, longest first."""
    try:
        parts = urlsplit(url)
        found = [parts.password or ""]
        found += [value for name, value in parse_qsl(parts.query) if name in _SECRET_PARAMETERS]
    except ValueError:
        return []
    found += [quote(secret, safe="") for secret in found] + [unquote(s) for s in found]
    return sorted({secret for secret in found if secret}, key=len, reverse=True)


def redact(url: str) -> str:
    """`url` with every password replaced by `***`; an unparsable URL hides all but its scheme."""
    try:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return f"{scheme_of(url) or 'unknown'}://{_HIDDEN}"
    # Edit the original text rather than rebuild it: urlunsplit turns sqlite:/// into sqlite:/.
    if parts.password is not None:
        userinfo, _, host = parts.netloc.rpartition("@")
        hidden = f"{userinfo.partition(':')[0]}:{_HIDDEN}@{host}"
        url = url.replace(f"//{parts.netloc}", f"//{hidden}", 1)
    if any(name in _SECRET_PARAMETERS for name, _ in pairs):
        hidden_pairs = [(n, _HIDDEN if n in _SECRET_PARAMETERS else v) for n, v in pairs]
        url = url.replace(f"?{parts.query}", "?" + urlencode(hidden_pairs, safe="*"), 1)
    return url


def scrub(message: str, url: str) -> str:
    """`message` with any password from `url` replaced by `***`."""
    for secret in secrets_of(url):
        message = message.replace(secret, _HIDDEN)
    return message
