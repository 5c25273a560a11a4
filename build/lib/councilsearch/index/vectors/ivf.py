"""The ``ivf`` kind: an inverted file of 8-bit codes (``IndexIVFScalarQuantizer``: k-means
lists over the stored vectors, each list's vectors as 8-bit codes) beside the flat storage,
slot for slot. A search scans the ``nprobe`` lists nearest the query for ``SQ_REFINE * k``
candidates and ranks them by their exact vectors; ``nprobe`` is calibrated against exact
search with query-like probes (``probes``), as a graph's efSearch is.

Why it serves large stores (measured on bench/search.py's rows around real passage vectors,
one thread): at 1,000,000 vectors a graph needs an efSearch of about 1,100 and a build of many
minutes, and the 8-bit scan of every code takes 25 ms on two threads; 2,000 lists trained in
12 s, filled in 18 s, reach recall@10 0.956 on the probes (1.000 on the dev questions) at
nprobe 32 in 0.7 ms a query. At 300,000 (1,000 lists) nprobe 32 gives 0.968 in 0.4 ms.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any

import numpy as np

from councilsearch.index.vectors.flat import exact_over
from councilsearch.index.vectors.probes import (
    METHOD,
    PROBES,
    K,
    per_query_ms,
    probe_recall,
    query_probes,
    record,
)
from councilsearch.index.vectors.snapshot import Snapshot, bitmap, faiss, omp_threads, to_ids
from councilsearch.index.vectors.sq8 import SQ_REFINE, exact_rerank

IVF_ABOVE = 200_000
"""``auto`` serves ``ivf`` over this many vectors (and keeps it down to 80% of it): from here
on a graph needs an efSearch over 1,000 and minutes to build (see ``faiss_store``)."""
LISTS_PER_ROOT = 2
"""Lists per square root of the count (2,000 at 1,000,000). Twice as many (4,000) cost twice
the k-means and the filling, for a scan already under a millisecond."""
TRAIN_PER_LIST = 50
"""k-means learns the lists from this many stored vectors per list (at least ``TRAIN_MIN``)."""
TRAIN_MIN = 100_000
_ADD_CHUNK = 262_144


def n_lists(n: int) -> int:
    """Lists for ``n`` vectors: ``LISTS_PER_ROOT * sqrt(n)``, at most one per 39 vectors (what
    k-means needs to place a centroid)."""
    return max(1, min(n // 39, round(LISTS_PER_ROOT * math.sqrt(max(n, 1)))))


def _ladder(nlist: int) -> list[int]:
    rungs = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048]
    return [r for r in rungs if r < nlist] + [nlist]


def _train(vecs: np.ndarray, d: int, nlist: int) -> Any:
    quantiser = faiss.IndexFlatIP(d)
    coarse = faiss.IndexIVFScalarQuantizer(
        quantiser, d, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT, False
    )
    coarse.own_fields = True
    quantiser.thisown = False  # the IVF index owns (and frees) its quantiser
    n = len(vecs)
    size = min(n, max(TRAIN_MIN, TRAIN_PER_LIST * nlist))
    rows = np.sort(np.random.default_rng(0).choice(n, size=size, replace=False)) if size < n else slice(None)
    coarse.cp.seed = 1234
    coarse.cp.min_points_per_centroid = 1  # n_lists leaves 39 a list (a tiny store: fewer, quietly)
    coarse.train(np.ascontiguousarray(vecs[rows]))
    return coarse


def with_ivf(snap: Snapshot, target: float, coarse: Any = None, measured: Any = None) -> Snapshot:
    """``snap`` (flat storage) with its inverted file: ``coarse`` as loaded (its codes already
    hold every slot), or lists learned from a seeded sample of the stored vectors and every
    vector added in slot order; then ``nprobe`` calibrated, unless ``measured`` is the saved
    record of the loaded lists' calibration."""
    t = time.perf_counter()
    d, n = int(snap.index.d), snap.ntotal
    if coarse is None:
        vecs = snap.vectors_view()
        coarse = _train(vecs if n else np.zeros((1, d), np.float32), d, n_lists(n))
        for a in range(0, n, _ADD_CHUNK):
            coarse.add(np.ascontiguousarray(vecs[a:a + _ADD_CHUNK]))
    out = replace(snap, coarse=coarse, calibrated_at=n)
    if isinstance(measured, dict) and measured.get("method") == METHOD and measured.get("nprobe"):
        # the saved lists, as calibrated when they were learned (and retrained at a doubling)
        return replace(out, nprobe=int(measured["nprobe"]), calibrated_recall=measured.get("recall_at_10"),
                       calibrated_at=int(measured.get("count") or n), calibration=dict(measured))
    nprobe, recall, rec = calibrate_nprobe(out, target)
    rec["build_seconds"] = round(time.perf_counter() - t, 3)
    return replace(out, nprobe=nprobe, calibrated_recall=recall, calibration=rec,
                   calibration_s=rec["build_seconds"])


def calibrate_nprobe(snap: Snapshot, target: float, n_probes: int = PROBES, seed: int = 0) -> tuple[int, float, dict]:
    """The smallest ``nprobe`` on the ladder (1 ... nlist, where the scan is every code's)
    whose recall@10 of a k=10 search against exact search reaches ``target`` for query-like
    probes, the lower of the two kinds' recall; the manifest's record of it."""
    t0 = time.perf_counter()
    _, slots = snap.live_sorted()
    n, nlist = len(slots), int(snap.coarse.nlist)
    if n <= K:
        return nlist, 1.0, record(recall=1.0, probes=0, count=n, target=target, seconds=0.0, nprobe=nlist,
                                  nlist=nlist, refine=SQ_REFINE)
    q = query_probes(snap.vectors_view(), slots, n_probes, seed)
    truth = exact_over(snap, q, K, None)[1]
    ladder = _ladder(nlist)
    by_rung: dict[int, tuple[float, float]] = {}

    def reaches(i: int) -> bool:
        if i not in by_rung:
            by_rung[i] = probe_recall(_search(snap, q, K, None, ladder[i])[1], truth)
        return min(by_rung[i]) >= target

    i = 0
    while not reaches(i) and i < len(ladder) - 1:  # doubling climb, then the rung skipped below
        i = min(i + 2, len(ladder) - 1)
    if i > 0 and reaches(i) and reaches(i - 1):
        i -= 1
    nprobe = ladder[i]
    turned, drawn = by_rung[i]
    with omp_threads(1):
        ms = per_query_ms(lambda row: _search(snap, row, K, None, nprobe), q)
    rec = record(
        recall=min(turned, drawn), probes=len(q), count=n, target=target, seconds=time.perf_counter() - t0,
        nprobe=nprobe, nlist=nlist, refine=SQ_REFINE, query_ms=round(ms, 3),
        recall_turned=round(turned, 4), recall_drawn=round(drawn, 4),
    )
    return nprobe, min(turned, drawn), rec


def _search(snap: Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None, nprobe: int) -> tuple[np.ndarray, np.ndarray]:
    n = snap.n_live if slots is None else len(slots)
    k = min(k, n)
    want = min(n, SQ_REFINE * k)
    params = faiss.SearchParametersIVF(nprobe=nprobe)
    if slots is not None:
        params.sel = bitmap(snap, slots)
    _, cand = snap.coarse.search(q, want, params=params)
    scores, inner = exact_rerank(snap, q, cand, k)
    labels = to_ids(snap, inner)
    short = np.flatnonzero((labels < 0).any(axis=1))  # (the caller asks for k <= n)
    if len(short):  # the lists scanned held fewer than k admitted vectors: exact for those rows
        scores[short], labels[short] = exact_over(snap, q[short], k, slots)
    return scores, labels


def ivf_search(snap: Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Scan the ``nprobe`` nearest lists (more when a filter admits a share of the vectors: as
    many more as keep the admitted vectors scanned the same) for ``SQ_REFINE * k`` candidates,
    then rank them by their exact vectors; rows left short of ``k`` are redone exactly."""
    nprobe = snap.nprobe
    if slots is not None and len(slots):
        nprobe = math.ceil(nprobe * snap.n_live / len(slots))
    return _search(snap, q, k, slots, min(int(snap.coarse.nlist), max(1, nprobe)))

