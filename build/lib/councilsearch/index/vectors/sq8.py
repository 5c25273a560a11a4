"""The ``sq8`` kind: an 8-bit scalar-quantised copy of the flat storage, scanned for
``SQ_REFINE * k`` candidates that are then ranked by their exact vectors; its quantiser
trained (or given its saved ranges), its recall measured against exact search with query-like
probes, and the time of its scan estimated (to weigh it against a graph's search)."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import numpy as np

from councilsearch.config import available_cpus
from councilsearch.index.vectors.probes import METHOD, K, per_query_ms, probe_recall, query_probes, record
from councilsearch.index.vectors.snapshot import SMALL_BATCH, Snapshot, bitmap, faiss, omp_threads, to_ids

log = logging.getLogger(__name__)

SQ_REFINE = 4
"""The ``sq8`` index scans 8-bit codes for ``SQ_REFINE * k`` candidates, then ranks them by
their exact float vectors."""
SQ_SPLIT = 200_000
"""An unfiltered ``sq8`` search of more vectors than this scans its codes in one range per CPU,
in parallel (FAISS scans a single query's codes on one thread)."""
SQ_TRAIN = 100_000
"""The 8-bit quantiser learns each dimension's range from up to this many stored vectors."""
SQ_PROBES = 200
"""Probes the 8-bit scan's recall is measured with (fewer than a graph's: each scans every
vector, and the scan's recall sits near 1.0, where the sampling error is small)."""
SCAN_SAMPLE = 50_000
"""Vectors whose codes are scanned to time the scan (19 MB at 384-d: more than a cache holds)."""


def with_coarse(snap: Snapshot, target: float, trained: Any = None, measured: Any = None) -> Snapshot:
    """``snap`` (flat storage) with its 8-bit codes: the quantiser trained on a seeded sample
    of up to ``SQ_TRAIN`` stored vectors (or given its ``trained`` ranges, as saved in the
    manifest, so a loaded index encodes exactly as the saved one did), then every vector
    encoded; and the recall@10 of a k=10 search (the strictest: a larger k scans more
    candidates) against exact search for ``SQ_PROBES`` query-like probes (``probes``), unless
    ``measured`` is the record of that measurement on these same vectors (a loaded index)."""
    t = time.perf_counter()
    d, n = int(snap.index.d), snap.ntotal
    coarse = faiss.IndexScalarQuantizer(d, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT)
    vecs = snap.vectors_view()
    rng = np.random.default_rng(0)
    if trained is not None:
        faiss.copy_array_to_vector(np.asarray(trained, dtype=np.float32), coarse.sq.trained)
        coarse.is_trained = True
        for a in range(0, n, 262_144):
            coarse.add(np.ascontiguousarray(vecs[a:a + 262_144]))
    elif n:
        train = vecs if n <= SQ_TRAIN else vecs[np.sort(rng.choice(n, size=SQ_TRAIN, replace=False))]
        coarse.train(np.ascontiguousarray(train))
        for a in range(0, n, 262_144):
            coarse.add(np.ascontiguousarray(vecs[a:a + 262_144]))
    else:
        coarse.train(np.zeros((1, d), np.float32))
    out = replace(snap, coarse=coarse)
    if isinstance(measured, dict) and measured.get("method") == METHOD and measured.get("count") == n:
        rec = measured.get("recall_at_10")
        return replace(out, calibrated_recall=rec, calibrated_at=n, calibration=dict(measured))
    recall = None
    calibration = None
    if n > K:
        q = query_probes(vecs, None, SQ_PROBES)
        _, exact = snap.storage().search(q, K)
        _, approx = sq_search(out, q, K, None)
        turned, drawn = probe_recall(approx, to_ids(snap, exact))
        recall = min(turned, drawn)
        calibration = record(
            recall=recall, probes=len(q), count=n, target=target, seconds=time.perf_counter() - t,
            refine=SQ_REFINE, recall_turned=round(turned, 4), recall_drawn=round(drawn, 4),
        )
        if recall < target:
            log.warning("sq8 recall@10 is %.3f on %d vectors (target %.2f)", recall, n, target)
    return replace(
        out, calibrated_recall=recall, calibrated_at=n, calibration_s=round(time.perf_counter() - t, 3),
        calibration=calibration,
    )


def scan_ms(vectors: np.ndarray, rows: np.ndarray, probes: np.ndarray, n: int) -> float:
    """The one-thread time of one ``sq8`` search of ``n`` vectors, estimated: the 8-bit codes of
    a seeded sample of up to ``SCAN_SAMPLE`` of ``vectors[rows]`` scanned for each of the first
    ``probes.TIMED`` probes, the time per vector scanned times ``n`` (a scan's time is linear in
    the count: 0.055 us a vector at 100,000 and 0.057 at 200,000, measured)."""
    rng = np.random.default_rng(0)
    pick = np.sort(rng.choice(rows, size=min(SCAN_SAMPLE, len(rows)), replace=False))
    x = np.ascontiguousarray(vectors[pick])
    sq = faiss.IndexScalarQuantizer(x.shape[1], faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT)
    sq.train(x)
    sq.add(x)
    with omp_threads(1):
        ms = per_query_ms(lambda row: sq.search(row, SQ_REFINE * K), probes)
    return ms * n / max(1, len(x))


def sq_search(
    snap: Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Scan the 8-bit codes (of ``slots`` only, when given) for ``SQ_REFINE * k`` candidates
    per query, then rank them by their exact vectors."""
    n = snap.n_live if slots is None else len(slots)
    want = min(n, SQ_REFINE * k)
    if slots is not None:
        _, cand = snap.coarse.search(q, want, params=faiss.SearchParameters(sel=bitmap(snap, slots)))
    elif snap.ntotal > SQ_SPLIT and len(q) <= SMALL_BATCH and available_cpus() > 1:
        cand = _split_scan(snap.coarse, q, want, available_cpus())
    else:
        _, cand = snap.coarse.search(q, want)
    scores, inner = exact_rerank(snap, q, cand, k)
    return scores, to_ids(snap, inner)


def exact_rerank(snap: Snapshot, q: np.ndarray, cand: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The top ``k`` of each row's candidate slots (-1: none) by their exact inner products:
    (scores, slots), -inf and -1 where a row had fewer than ``k`` candidates."""
    vecs = snap.vectors_view()
    scores = np.full((len(q), k), -np.inf, dtype=np.float32)
    inner = np.full((len(q), k), -1, dtype=np.int64)
    for r in range(len(q)):
        c = cand[r][cand[r] >= 0]
        exact = vecs[c] @ q[r]
        top = np.argsort(-exact, kind="stable")[:k]
        scores[r, : len(top)] = exact[top]
        inner[r, : len(top)] = c[top]
    return scores, inner


_SCAN_POOL: ThreadPoolExecutor | None = None
_SCAN_POOL_LOCK = threading.Lock()


def _split_scan(coarse: Any, q: np.ndarray, want: int, parts: int) -> np.ndarray:
    """The top ``want`` slots per query of ``coarse``, scanned as ``parts`` slot ranges on as
    many threads (FAISS releases the GIL) and merged."""
    global _SCAN_POOL
    with _SCAN_POOL_LOCK:
        if _SCAN_POOL is None:
            _SCAN_POOL = ThreadPoolExecutor(max_workers=parts, thread_name_prefix="sq8-scan")
    n = int(coarse.ntotal)
    bounds = np.linspace(0, n, parts + 1).astype(np.int64)
    # the selectors and parameters live in these lists until every scan has returned
    sels = [faiss.IDSelectorRange(int(a), int(b)) for a, b in itertools.pairwise(bounds)]
    params = [faiss.SearchParameters(sel=sel) for sel in sels]
    jobs = [_SCAN_POOL.submit(coarse.search, q, want, params=p) for p in params]
    parts_out = [job.result() for job in jobs]
    scores = np.concatenate([d for d, _ in parts_out], axis=1)
    labels = np.concatenate([i for _, i in parts_out], axis=1)
    scores[labels < 0] = -np.inf
    order = np.argsort(-scores, axis=1, kind="stable")[:, :want]
    return np.take_along_axis(labels, order, axis=1)
