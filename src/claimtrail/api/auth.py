"""Who may write: a bearer token in the `Authorization` header, compared in constant time.

The token travels only in a header, never in a cookie, so a cross-site form or image cannot
carry it: that is the CSRF defence. Every accepted write is attributed to the token's label and
the client's address (`actor`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ENV_VAR = "CLAIMTRAIL_TOKEN"
# Declares the scheme on the write routes of the OpenAPI document; the header itself is parsed in
# `require_writer`, which tells a missing token (401) from a wrong one (403).
BEARER = HTTPBearer(auto_error=False, scheme_name="token", description="the write token")


def new_token() -> str:
    """A random token (256 bits) for a server started without one."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class TokenCheck:
    """Accepts the one configured token; keeps only its digest."""

    digest: bytes
    label: str

    @classmethod
    def of(cls, token: str, label: str = "token") -> TokenCheck:
        if len(token) < 16:
            raise ValueError("a write token must have at least 16 characters")
        return cls(hashlib.sha256(token.encode()).digest(), label)

    def accepts(self, presented: str) -> bool:
        # Comparing equal-length digests keeps the time independent of the token's length too.
        candidate = hashlib.sha256(presented.encode("utf-8", "surrogateescape")).digest()
        return hmac.compare_digest(candidate, self.digest)


def _challenge(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"}
    )


def require_writer(
    request: Request,
    _declared: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)],
) -> str:
    """The actor behind a write request: 401 without a bearer token, 403 with a wrong one."""
    check: TokenCheck = request.app.state.token_check
    header = request.headers.get("authorization")
    if header is None:
        raise _challenge("a bearer token is required for writes")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        raise _challenge("use 'Authorization: Bearer <token>'")
    if not check.accepts(presented.strip()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the token is not valid")
    client = request.client.host if request.client else "unknown"
    return f"{check.label}@{client}"


# The actor of a write route: a parameter `actor: Writer` makes the route require the token.
Writer = Annotated[str, Depends(require_writer)]
