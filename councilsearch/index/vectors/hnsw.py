"""The ``hnsw`` kind: a graph searched with a bitmap of admitted slots (tombstones left out),
rows left short redone exactly; and efSearch calibrated against exact search."""

from __future__ import annotations

from typing import Any

import numpy as np

from councilsearch.index.vectors.flat import exact_over
from councilsearch.index.vectors.snapshot import Snapshot, bitmap, faiss, to_ids

_EF_LADDER = (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048)


def hnsw_search(
    snap: Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Graph search admitting only ``slots`` (or every live slot); rows the walk leaves short
    of ``k`` admissible results are redone exactly."""
    inner_index = faiss.downcast_index(snap.index.index)
    params = faiss.SearchParametersHNSW(efSearch=max(snap.ef_search, k))
    if slots is not None or snap.n_dead:
        params.sel = bitmap(snap, slots)  # tombstoned slots are never in the bitmap
    scores, inner = inner_index.search(q, k, params=params)
    scores = np.asarray(scores, dtype=np.float32)
    labels = to_ids(snap, inner)
    short = np.flatnonzero((labels < 0).any(axis=1))
    if len(short):
        scores[short], labels[short] = exact_over(snap, q[short], k, slots)
    return scores, labels


def calibrate_ef_search(
    snap: Snapshot, *, target: float = 0.99, k: int = 10, n_queries: int = 100, seed: int = 0
) -> tuple[int, float]:
    """Smallest efSearch on a ladder (16 … 2048) whose leave-one-out recall@k against exact
    search reaches ``target`` (found by binary search: recall grows with ef). Queries are a
    seeded sample of stored vectors (so they follow the data's distribution); each query's own
    slot is left out of both result lists.
    Returns (ef, recall at that ef); if no rung reaches the target, the top rung."""
    _, slots = snap.live_sorted()
    n = len(slots)
    if n <= k + 1:
        return max(_EF_LADDER[0], k), 1.0
    rng = np.random.default_rng(seed)
    qslots = np.sort(rng.choice(slots, size=min(n_queries, n), replace=False))
    q = np.ascontiguousarray(snap.vectors_view()[qslots])
    storage = snap.storage()
    inner = faiss.downcast_index(snap.index.index)
    live = bitmap(snap, None) if snap.n_dead else None
    params: Any = faiss.SearchParameters(sel=live) if live is not None else None
    _, exact = storage.search(q, k + 1, params=params)
    truth = [[s for s in row if s != me][:k] for row, me in zip(exact.tolist(), qslots.tolist(), strict=True)]

    def recall_at(ef: int) -> float:
        p = faiss.SearchParametersHNSW(efSearch=ef)
        if live is not None:
            p.sel = live
        _, got = inner.search(q, k + 1, params=p)
        hits = 0
        for row, me, t in zip(got.tolist(), qslots.tolist(), truth, strict=True):
            found = [s for s in row if s != me and s >= 0][:k]
            hits += len(set(found) & set(t))
        return hits / (k * len(truth))

    # Recall grows with ef, so binary-search the ladder: ~4 evaluations instead of ~15.
    ladder = [ef for ef in _EF_LADDER if ef >= k + 1] or [k + 1]
    lo, hi = 0, len(ladder) - 1
    seen: dict[int, float] = {}
    while lo < hi:
        mid = (lo + hi) // 2
        seen[mid] = recall_at(ladder[mid])
        if seen[mid] >= target:
            hi = mid
        else:
            lo = mid + 1
    recall = seen[lo] if lo in seen else recall_at(ladder[lo])
    return ladder[lo], recall
