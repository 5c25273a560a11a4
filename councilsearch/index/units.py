"""Embedding a document's units (passages and their sentences) in one model pass per
passage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from councilsearch.index.store.embedding_text import passage_embedding_spans
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
    mine: dict[int, list[tuple[int, int]]] = {p.id: [] for _, p in units}
    for _, pid, start, end in sentences:
        mine[pid].append((start, end))
    texts, prefix, spans = [], [], []
    for ctx, p in units:
        text, pre, where = passage_embedding_spans(ctx, p, mine[p.id])
        texts.append(text)
        prefix.append(pre)
        spans.append(where)
    vecs, svecs = embedder.encode_with_sentences(texts, spans, prefix_chars=prefix)
    return vecs, svecs
