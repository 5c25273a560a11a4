"""GET /health: is the index loaded, what is in it, which model and versions."""

from __future__ import annotations

import contextlib

from fastapi import APIRouter

from councilsearch import __version__
from councilsearch.api.deps import LibraryDep
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import Health
from councilsearch.index.store.schema import SCHEMA_VERSION

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses=error_responses(), summary="Service health")
def health(library: LibraryDep) -> Health:
    """200 with counts when the store and vector index are loaded; 503 (error shape) when not."""
    from councilsearch.pipeline import extractor_versions

    vectors = library.vectors
    embedder = library.embedder
    versions = {"councilsearch": __version__, "schema": str(SCHEMA_VERSION)}
    with contextlib.suppress(ImportError):  # an extractor not installed
        versions.update(extractor_versions())
    return Health(
        status="ok", index_loaded=True, counts=library.store.counts(), vectors=len(vectors),
        model=embedder.name, dimension=embedder.dimension, versions=versions,
    )
