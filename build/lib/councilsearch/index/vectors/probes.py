"""Query-like probes: what an approximate index's recall is measured with.

A question is not a passage. Its nearest stored vector is far from it (cosine about 0.6 for
the packaged model's questions against their passages), where a stored vector's nearest
neighbour is close (near-copies, other passages of the same document: 0.9 and more). A graph
walk finds a close neighbour cheaply and a far one only with a large efSearch, so recall
measured with stored vectors as queries (leave-one-out, the method before this one) is
optimistic: on 60,000 rows around real passage vectors it chose efSearch 16 (0.99 on stored
vectors) where the dev questions found 0.635 of their exact top 10.

So probes are made, not picked, from the stored vectors alone (nothing about the questions
or the corpus goes in), in two kinds, and recall is the lower of the two kinds' recall:
- *turned*: a stored vector turned ``TURN_DEGREES`` (cosine 0.5) toward a direction the stored
  vectors spread in (a draw from their covariance, made orthogonal to it): a question about
  something the store holds, phrased as no passage is. Its nearest neighbours are the turned
  vector's near-copies and neighbours, whose scores from that far are nearly tied.
- *drawn*: a draw from a Gaussian with the stored vectors' mean and covariance: a question
  about nothing in particular, near no stored vector. On uniformly random vectors these are
  uniformly random queries (which the turned ones are not).

Measured on rows around real passage vectors (as bench/search.py and tests/test_hnsw_vectors.py
build them, int8 embeddings; graph M=32, efConstruction 100; probes' target 0.96): the efSearch
calibrated, and each set of real texts' recall@10 there (in brackets the ef it needs for 0.95):

    rows (passages)   ef    questions                               sentences of stored passages
    20,000 (120)      192   held-out first sentences 0.978 (96)     0.990 (64)
    40,000 (120)      384   held-out first sentences 0.965 (384)    0.978 (256)
    60,000 (587)      256   dev questions 0.988 (128)               0.952 (256)
    100,000 (587)     512   dev questions 0.997 (192)               0.967 (512)

Never short, but with no rung to spare for a stored passage's own sentences at 60,000 and
100,000 (at efConstruction 40 the same held, at 384 / 768 / 768 / 1536). Alone, the drawn
probes fell short of the held-out sentences (efConstruction 40: 256 where they needed 384), and
so did a smaller turn (cosine 0.7).

Recall is measured at ``K`` = 10, the strictest case of the searches made: a search for k >= 10
(the Searcher asks for 100) walks the graph with max(efSearch, k) and scans at least as many
8-bit candidates, so its top 10 are at least as good.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

METHOD = "query-like-probes"
"""The manifest's name for how recall was measured (before it, stored vectors were the queries:
``leave-one-out``, recorded by no name)."""
PROBES = 500
"""Probes per calibration, half of each kind: each kind's recall@10 is over 2,500 neighbours
(a sampling error of about 0.005 at 0.96)."""
BASIS = 2_000
"""Stored vectors the probes' directions of spread are drawn from."""
TURN_DEGREES = 60.0
"""How far a probe is turned from the stored vector it starts at (cosine 0.5): farther than a
question sits from its nearest passage."""
K = 10
TIMED = 100
"""Probes whose one-thread search time is the measured per-query cost."""


def query_probes(
    vectors: np.ndarray, rows: np.ndarray | None = None, n: int = PROBES, seed: int = 0
) -> np.ndarray:
    """``n`` unit probes, float32, from the stored vectors ``vectors[rows]`` (all rows when
    None): the first half *turned* (a stored vector turned ``TURN_DEGREES`` toward a direction
    of the stored vectors' spread, made orthogonal to it), the second half *drawn* (from a
    Gaussian with the stored vectors' mean and covariance). Mean and covariance are taken over
    a seeded sample of up to ``BASIS`` stored vectors."""
    rng = np.random.default_rng(seed)
    rows = np.arange(len(vectors)) if rows is None else np.asarray(rows)
    basis_rows = np.sort(rng.choice(rows, size=BASIS, replace=False)) if len(rows) > BASIS else rows
    basis = np.asarray(vectors[basis_rows], dtype=np.float64)
    mu = basis.mean(axis=0)
    n_turned = n // 2

    def spread(m: int) -> np.ndarray:  # draws from N(0, covariance of the basis)
        return rng.standard_normal((m, len(basis))) @ (basis - mu) / np.sqrt(len(basis))

    anchors = np.asarray(vectors[np.sort(rng.choice(rows, size=n_turned))], dtype=np.float64)
    anchors /= np.maximum(np.linalg.norm(anchors, axis=1, keepdims=True), 1e-12)
    away = spread(n_turned)
    flat = np.linalg.norm(away, axis=1) < 1e-9  # every stored vector alike: any direction will do
    away[flat] = rng.standard_normal((int(flat.sum()), basis.shape[1]))
    away -= (away * anchors).sum(axis=1, keepdims=True) * anchors
    away /= np.maximum(np.linalg.norm(away, axis=1, keepdims=True), 1e-12)
    turn = np.radians(TURN_DEGREES)
    turned = np.cos(turn) * anchors + np.sin(turn) * away
    drawn = mu + spread(n - n_turned)
    q = np.concatenate([turned, drawn])
    q /= np.maximum(np.linalg.norm(q, axis=1, keepdims=True), 1e-12)
    return np.ascontiguousarray(q, dtype=np.float32)


def recall_at(got: np.ndarray, truth: np.ndarray, k: int = K) -> float:
    """Share of each row of ``truth`` (its first ``k``) found in the first ``k`` of ``got``;
    -1 entries (no result) count as misses."""
    hits = 0
    total = 0
    for a, b in zip(got.tolist(), truth.tolist(), strict=True):
        want = {x for x in b[:k] if x >= 0}
        hits += len(want & {x for x in a[:k] if x >= 0})
        total += len(want)
    return hits / total if total else 1.0


def probe_recall(got: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Recall@10 of the turned and of the drawn probes (``query_probes``' two halves)."""
    half = len(truth) // 2
    return recall_at(got[:half], truth[:half]), recall_at(got[half:], truth[half:])


def per_query_ms(search: Callable[[np.ndarray], Any], probes: np.ndarray) -> float:
    """Mean time of ``search`` over the first ``TIMED`` probes, one query per call (the caller
    sets the thread count)."""
    q = probes[:: max(1, len(probes) // TIMED)][:TIMED]  # from both halves
    t = time.perf_counter()
    for row in q:
        search(row.reshape(1, -1))
    return (time.perf_counter() - t) * 1000 / max(1, len(q))


def record(
    *, recall: float, probes: int, count: int, target: float, seconds: float, **extra: Any
) -> dict[str, Any]:
    """What a manifest records about one calibration."""
    return {
        "method": METHOD,
        "probes": int(probes),
        "basis": BASIS,
        "turn_degrees": TURN_DEGREES,
        "k": K,
        "target": float(target),
        "recall_at_10": round(float(recall), 4),
        "count": int(count),
        "seconds": round(float(seconds), 3),
        **extra,
    }
