"""The ``hnsw`` kind: a graph searched with a bitmap of admitted slots (tombstones left out),
rows left short redone exactly; and efSearch calibrated against exact search with query-like
probes (``probes``)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from councilsearch.index.vectors.flat import exact_over
from councilsearch.index.vectors.probes import PROBES, K, per_query_ms, probe_recall, query_probes, record
from councilsearch.index.vectors.snapshot import Snapshot, bitmap, faiss, omp_threads, to_ids

_EF_LADDER = (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192)
EF_MAX = _EF_LADDER[-1]
"""The largest efSearch calibration tries. The ef a far query needs grows with the graph: on
rows around real passage vectors (each passage's near-copies growing in number with the rows)
128 at 25,000, 512 at 100,000 and 1,024 at 200,000 (efConstruction 100). A graph search
at 8192 (31 ms at 200,000, one thread) can still be cheaper than the 8-bit scan of a million
vectors (57 ms at 0.057 us a vector); ``FaissVectorStore`` times both and serves the cheaper."""


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


@dataclass(frozen=True)
class EfCalibration:
    """The smallest efSearch on the ladder whose recall@10 on query-like probes reaches the
    target (or the top rung), that recall, the one-thread time of one probe's search at it, and
    the manifest's record of the measurement."""

    ef: int
    recall: float
    query_ms: float
    record: dict[str, Any]


def calibrate_ef_search(
    snap: Snapshot, *, target: float = 0.96, n_probes: int = PROBES, seed: int = 0
) -> EfCalibration:
    """Smallest efSearch on the ladder (16 ... ``EF_MAX``) whose recall@10 against exact search
    reaches ``target`` for query-like probes (``probes.query_probes``: as far from the stored
    vectors as a question is), the lower of the two kinds of probe's. If no rung reaches the
    target: the top rung."""
    t0 = time.perf_counter()
    _, slots = snap.live_sorted()
    n = len(slots)
    if n <= K:
        ef = max(_EF_LADDER[0], K)
        rec = record(recall=1.0, probes=0, count=n, target=target, seconds=0.0, ef_search=ef, query_ms=0.0)
        return EfCalibration(ef, 1.0, 0.0, rec)
    q = query_probes(snap.vectors_view(), slots, n_probes, seed)
    inner = faiss.downcast_index(snap.index.index)
    live = bitmap(snap, None) if snap.n_dead else None
    _, truth = snap.storage().search(q, K, params=faiss.SearchParameters(sel=live) if live is not None else None)

    def params(ef: int) -> Any:
        p = faiss.SearchParametersHNSW(efSearch=ef)
        if live is not None:
            p.sel = live
        return p

    by_kind: dict[int, tuple[float, float]] = {}

    def recall(ef: int) -> float:  # the lower of the turned and the drawn probes' recall
        by_kind[ef] = probe_recall(inner.search(q, K, params=params(ef))[1], truth)
        return min(by_kind[ef])

    # Recall grows with ef: climb the ladder two rungs (a doubling) at a time from the bottom,
    # then try the rung skipped below the first that reaches the target. The evaluations cost
    # about twice the last one, where a binary search over the ladder starts high.
    ladder = [ef for ef in _EF_LADDER if ef >= K]
    seen: dict[int, float] = {}

    def reaches(i: int) -> bool:
        if i not in seen:
            seen[i] = recall(ladder[i])
        return seen[i] >= target

    i = 0
    while not reaches(i) and i < len(ladder) - 1:
        i = min(i + 2, len(ladder) - 1)
    if i > 0 and seen[i] >= target and reaches(i - 1):
        i -= 1
    ef, got = ladder[i], seen[i]
    p = params(ef)
    with omp_threads(1):
        ms = per_query_ms(lambda row: inner.search(row, K, params=p), q)
    rec = record(
        recall=got, probes=len(q), count=n, target=target, seconds=time.perf_counter() - t0,
        ef_search=ef, query_ms=round(ms, 3), recall_turned=round(by_kind[ef][0], 4),
        recall_drawn=round(by_kind[ef][1], 4),
    )
    return EfCalibration(ef, got, ms, rec)


def predicted_ef(ef_half: int, ef_full: int, size: int, n: int) -> float:
    """The efSearch a graph over ``n`` vectors is expected to need, from what graphs over
    ``size // 2`` and ``size`` of them needed: the growth per doubling, extrapolated."""
    growth = max(1.0, ef_full / max(1, ef_half))
    return ef_full * growth ** math.log2(max(1.0, n / size))
