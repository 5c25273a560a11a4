"""Exact search: brute force over the flat storage every index kind keeps (the ``flat`` kind's
whole search, and the exact answer the approximate kinds fall back to)."""

from __future__ import annotations

import numpy as np

from councilsearch.index.vectors.snapshot import Snapshot, bitmap, faiss, to_ids


def exact_over(
    snap: Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k over the given storage slots (all live slots when None): a bitmap-filtered
    brute-force search of the flat storage, for either index kind."""
    n = snap.n_live if slots is None else len(slots)
    k = min(k, n)
    storage = snap.storage()
    if slots is None and snap.n_dead == 0:
        scores, inner = storage.search(q, k)
    else:
        scores, inner = storage.search(q, k, params=faiss.SearchParameters(sel=bitmap(snap, slots)))
    return np.asarray(scores, dtype=np.float32), to_ids(snap, inner)
