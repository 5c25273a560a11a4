"""The FastAPI application: ``create_app(settings)``.

The Library (SQLite store, FAISS index, embedder) is opened once, at startup, in the lifespan
and kept on ``app.state`` with the Searcher and the templates; routes reach them through the
typed dependencies in ``deps``. Blocking work (search, ingest) runs in worker threads, never
on the event loop; a search reads whatever vector snapshot is current.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from councilsearch import __version__
from councilsearch.api import handlers, jobs
from councilsearch.api.guard import RequestGuard
from councilsearch.api.routes import alerts, docs, documents, health, measures, pages, recommendations, search
from councilsearch.config import Settings, load_settings
from councilsearch.errors import CouncilSearchError, ManifestMismatchError
from councilsearch.index.library import Library

log = logging.getLogger("councilsearch.api")

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

DESCRIPTION = """Search UK council committee papers: ask a question, get the passage that answers it
with a citation (document, section, paragraph, page) and the figures in it.

Every error has one shape: `{"error": {"code", "message", "detail"}}`.
Reading needs no key. `POST /documents`, `DELETE /documents/{id}`, `POST /alerts` and `DELETE /alerts/{id}` need a write key sent as
`Authorization: Bearer <key>`.
"""


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # everything, always
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def create_app(settings: Settings | None = None, *, library: Library | None = None) -> FastAPI:
    """Build the app. ``library`` lets a caller share one already open (it is then not closed
    at shutdown); otherwise the app opens ``settings.data_dir`` at startup."""
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.library is not None:  # already running (a nested test client): share it
            yield
            return
        owned = library is None
        lib = library
        app.state.startup_error = None
        if lib is None:
            try:
                try:
                    lib = await run_in_threadpool(Library, settings)
                except ManifestMismatchError as refused:  # another embedder's vectors: serve the rest
                    log.error("%s: serving keyword search and reading only", refused)
                    lib = await run_in_threadpool(lambda: Library(settings, embed=False))
                    lib.refused = refused
            except CouncilSearchError as exc:  # serve 503s that say why, rather than not start
                log.error("could not open the library at %s: %s", settings.data_dir, exc)
                app.state.startup_error = str(exc)
        app.state.library = lib
        app.state.searcher = lib.searcher() if lib is not None else None
        try:
            yield
        finally:
            app.state.library = None
            app.state.searcher = None
            jm = getattr(app.state, "jobs", None)
            if jm is not None:
                await run_in_threadpool(jm.close)
            if owned and lib is not None:
                await run_in_threadpool(lib.close)

    app = FastAPI(
        title="councilsearch",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served offline by routes.docs
        redoc_url=None,
        openapi_tags=[
            {"name": "search", "description": "Hybrid search over passages."},
            {"name": "figures", "description": "Extracted figures with citations."},
            {"name": "entities", "description": "Extracted entities and glossaries."},
            {"name": "documents", "description": "Stored documents: read, upload, delete."},
            {"name": "health", "description": "Service status."},
            {"name": "jobs", "description": "Bulk extraction jobs (API key)."},
            {"name": "alerts", "description": "Saved searches, their matches and Atom feeds (saving needs a key)."},
        ],
    )
    app.state.settings = settings
    app.state.templates = make_templates()
    app.state.write_lock = threading.Lock()
    app.state.library = None
    app.state.searcher = None
    app.state.startup_error = None
    handlers.install(app)
    app.add_middleware(RequestGuard, settings=settings)  # outermost of ours: refuses before any work
    app.include_router(search.router)
    app.include_router(documents.router)
    app.include_router(health.router)
    app.include_router(pages.router)
    app.include_router(measures.router)
    app.include_router(recommendations.router)
    app.include_router(jobs.router)
    app.include_router(alerts.router)
    docs.install(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def create_app_from_env() -> FastAPI:
    """The app for each process of ``councilsearch serve --workers N`` (uvicorn's factory):
    settings from the environment (``COUNCILSEARCH_DATA`` ...), which the CLI sets."""
    from councilsearch.config import tune_process_for_serving

    tune_process_for_serving()
    return create_app(load_settings())
