"""API keys: the one place that decides what a key may do.

Used twice: by the request guard (``guard.RequestGuard``), which refuses a write without a
valid key before a byte of its body is read, and by the ``WriteKey`` dependency, which routes
declare so that OpenAPI documents the key and reads of job results (GETs) are protected too.
Keys are compared in constant time against every configured key, so timing says nothing.
"""

from __future__ import annotations

import hmac

from councilsearch.config import Settings
from councilsearch.errors import AuthError, ForbiddenError

NO_KEYS_MESSAGE = (
    "uploads and jobs are disabled on this server: start it with COUNCILSEARCH_API_KEYS set "
    "(a comma-separated list of keys) to allow them"
)


def _known(key: str, keys: tuple[str, ...]) -> bool:
    found = False
    for k in keys:
        found |= hmac.compare_digest(key.encode(), k.encode())
    return found


def bearer_token(authorization: str | None) -> str | None:
    """The key in an ``Authorization: Bearer <key>`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


PRIVATE_MESSAGE = (
    "this library is private: send a read or write key as `Authorization: Bearer <key>`, or open "
    "the address once with `?key=<key>` (a browser then keeps it for the session; a feed reader keeps "
    "it in the feed's address)"
)
KEY_COOKIE = "councilsearch_key"


def check_read_key(key: str | None, settings: Settings) -> str | None:
    """The key when it may read; AuthError (401) when reads are private and it may not.

    Reads are open unless ``Settings.private_reads``; then any read or write key reads."""
    if not settings.private_reads:
        return key
    if key and (_known(key, settings.read_keys) or _known(key, settings.api_keys)):
        return key
    if key:
        raise AuthError("that API key is not recognised")
    raise AuthError(PRIVATE_MESSAGE)


def check_write_key(key: str | None, settings: Settings) -> str:
    """The key when it may change the library; AuthError (401) or ForbiddenError (403) if not."""
    if not settings.api_keys:  # no write key configured: say so, whatever key was sent
        raise AuthError(NO_KEYS_MESSAGE)
    if not key:
        raise AuthError("this needs an API key: send it as `Authorization: Bearer <key>`")
    if _known(key, settings.api_keys):
        return key
    if _known(key, settings.read_keys):
        raise ForbiddenError("this API key may search and read, but not add or delete documents")
    raise AuthError("that API key is not recognised")
