"""Typed dependencies. Everything they hand out was made once at startup (see ``app.lifespan``)
and lives on ``app.state``; a route declares what it needs with these ``Annotated`` types."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from councilsearch.config import Settings
from councilsearch.errors import AuthError, ForbiddenError, IndexError_
from councilsearch.index.library import Library
from councilsearch.index.store import Store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_library(request: Request) -> Library:
    lib = getattr(request.app.state, "library", None)
    if lib is None:
        err = getattr(request.app.state, "startup_error", None)
        raise IndexError_(
            f"the index is not loaded: {err}" if err else "the index is not loaded yet; try again in a moment"
        )
    return lib  # type: ignore[no-any-return]


def get_store(library: Annotated[Library, Depends(get_library)]) -> Store:
    return library.store


def get_searcher(request: Request, library: Annotated[Library, Depends(get_library)]) -> Any:
    library.refresh()  # another server process may have ingested or deleted since the last search
    return request.app.state.searcher


SettingsDep = Annotated[Settings, Depends(get_settings)]
LibraryDep = Annotated[Library, Depends(get_library)]
StoreDep = Annotated[Store, Depends(get_store)]
SearcherDep = Annotated[Any, Depends(get_searcher)]

_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="apiKey",
    description="An API key from COUNCILSEARCH_API_KEYS, sent as `Authorization: Bearer <key>`.",
)


def _known(key: str, keys: tuple[str, ...]) -> bool:
    found = False
    for k in keys:  # compare with every key, in constant time, so timing says nothing
        found |= hmac.compare_digest(key.encode(), k.encode())
    return found


def require_write_key(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """A key allowed to change the library: 401 without a valid key, 403 for a read-only one."""
    if credentials is None or not credentials.credentials:
        raise AuthError("this needs an API key: send it as `Authorization: Bearer <key>`")
    key = credentials.credentials
    if _known(key, settings.api_keys):
        return key
    if _known(key, settings.read_keys):
        raise ForbiddenError("this API key may search and read, but not add or delete documents")
    raise AuthError("that API key is not recognised")


WriteKey = Annotated[str, Depends(require_write_key)]
