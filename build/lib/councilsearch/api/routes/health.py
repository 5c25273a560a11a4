"""GET /health: is the index loaded, what is in it, which model and versions.

It answers from outside the search queue: the request guard never queues or refuses it, and
its small piece of blocking work (counting rows) runs on its own two threads, not in the pool
where searches wait, so a load balancer's probe answers while searches queue.
"""

from __future__ import annotations

import contextlib
import os

import anyio
from fastapi import APIRouter

from councilsearch import __version__
from councilsearch.api.deps import LibraryDep
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import Health
from councilsearch.index.store.schema import SCHEMA_VERSION

router = APIRouter(tags=["health"])
_OWN_THREADS = anyio.CapacityLimiter(2)


@router.get("/health", response_model=Health, responses=error_responses(), summary="Service health")
async def health(library: LibraryDep) -> Health:
    """200 with counts when the store and vector index are loaded; 503 (error shape) when not."""
    return await anyio.to_thread.run_sync(_health, library, limiter=_OWN_THREADS)


def _health(library: LibraryDep) -> Health:
    from councilsearch.pipeline import extractor_versions

    vectors = library.vectors
    embedder = library.embedder
    versions = {"councilsearch": __version__, "schema": str(SCHEMA_VERSION)}
    with contextlib.suppress(ImportError):  # an extractor not installed
        versions.update(extractor_versions())
    return Health(
        status="ok", index_loaded=True, counts=library.store.counts(), vectors=len(vectors),
        model=embedder.name, dimension=embedder.dimension, backend=embedder.backend, versions=versions, pid=os.getpid(),
    )
