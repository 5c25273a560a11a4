"""Embedding a document's units (passages and their sentences) in one model pass per
passage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from councilsearch.index.store.embedding_text import embedding_text
from councilsearch.models import Passage


def embed_units(
    embedder: Any, units: Sequence[tuple[str, Passage]], sentences: Sequence[tuple[int, int, int, int]]
) -> tuple[np.ndarray, np.ndarray]:
    """Vectors for the passages of ``units`` (``(document context, passage)``, embedded as
    ``embedding_text``) and for their ``sentences`` (``(id, passage id, start, end)``, absolute
    offsets, grouped by passage in ``units`` order), from one model pass per passage: a
    sentence's vector is the mean of the token embeddings of its words and of the passage's
    context prefix (document, section path) in that pass. (On the dev questions this matches
    or beats embedding each sentence again with its context: see bench/sentence_vectors.py.)"""
    texts = [embedding_text(ctx, p) for ctx, p in units]
    prefix = [len(t) - len(p.text) for t, (_, p) in zip(texts, units, strict=True)]
    where = {p.id: k for k, (_, p) in enumerate(units)}
    spans: list[list[tuple[int, int]]] = [[] for _ in units]
    for _, pid, start, end in sentences:
        k = where[pid]
        base = prefix[k] - units[k][1].span[0]
        spans[k].append((base + start, base + end))
    vecs, svecs = embedder.encode_with_sentences(texts, spans, prefix_chars=prefix)
    return vecs, svecs
