"""Typed dependencies. Everything they hand out was made once at startup (see ``app.lifespan``)
and lives on ``app.state``; a route declares what it needs with these ``Annotated`` types.
The ones that only read ``app.state`` are ``async`` so that FastAPI runs them on the event
loop instead of queueing them in the thread pool behind searches."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from councilsearch.api.auth import check_write_key
from councilsearch.config import Settings
from councilsearch.errors import IndexError_
from councilsearch.index.library import Library
from councilsearch.index.store import Store


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def get_library(request: Request) -> Library:
    lib = getattr(request.app.state, "library", None)
    if lib is None:
        err = getattr(request.app.state, "startup_error", None)
        raise IndexError_(
            f"the index is not loaded: {err}" if err else "the index is not loaded yet; try again in a moment"
        )
    return lib  # type: ignore[no-any-return]


async def get_store(library: Annotated[Library, Depends(get_library)]) -> Store:
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


def require_write_key(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """A key allowed to change the library: 401 without a valid key, 403 for a read-only one.
    (Writes were already checked by the request guard before their body was read.)"""
    return check_write_key(credentials.credentials if credentials else None, settings)


WriteKey = Annotated[str, Depends(require_write_key)]


def wants_html(request: Request) -> bool:
    """A browser asking for a page: HTML accepted and named before JSON. A listing that is both
    an API route and a page (``/alerts``, ``/recommendations``) answers a browser with the page."""
    accept = request.headers.get("accept", "").lower()
    if "text/html" not in accept:
        return False
    return "application/json" not in accept or accept.index("text/html") < accept.index("application/json")
