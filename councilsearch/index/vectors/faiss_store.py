"""``FaissVectorStore``: the FAISS implementation of ``VectorStore``: which index kind serves
(flat, HNSW or sq8, chosen by size and measured recall), immutable snapshots published on
every write, and the search of each kind (``flat``, ``hnsw``, ``sq8``); files in ``files``."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.index.vectors.files import load_files, save_files, snapshot_digest
from councilsearch.index.vectors.flat import exact_over
from councilsearch.index.vectors.hnsw import EF_MAX, calibrate_ef_search, hnsw_search, predicted_ef
from councilsearch.index.vectors.ivf import IVF_ABOVE, ivf_search, with_ivf
from councilsearch.index.vectors.probes import query_probes
from councilsearch.index.vectors.snapshot import (
    SMALL_BATCH,
    Snapshot,
    as_ids,
    drop,
    empty_result,
    faiss,
    member,
    normalised,
    omp_threads,
    slots_of,
    unique,
)
from councilsearch.index.vectors.sq8 import scan_ms, sq_search, with_coarse

log = logging.getLogger(__name__)

PROBE_SIZE = 50_000
"""Before ``auto`` builds a graph over more vectors than this, it builds one over a sample of
half this many, calibrates it, adds the other half and calibrates again: if the sample misses
the recall target, or the efSearch it needs, grown per doubling as it grew from the half to
the whole sample, would pass ``EF_MAX`` at the full count, the full build (minutes at 1M) is
not made and the store serves the 8-bit scan. (At the default efConstruction, uniformly random
384-d vectors need 512 at 25,000 and 1024 at 50,000, foretelling 20,000 at 1M: the scan serves,
after 40 s of probing instead of a build of many minutes; rows around real passage vectors need
128 and 192, foretelling 1,100.)"""
EF_CONSTRUCTION = 100
"""How wide a graph's build searches for each vector's neighbours. A better-linked graph finds
a far query's neighbours at a smaller efSearch, and that ef grows more slowly with the graph.
Measured on rows around real passage vectors (bench/search.py's mix; efSearch calibrated to
0.96 on query-like probes) at 25,000 / 50,000 / 100,000 rows: efConstruction 40 needed 256 /
768 / 1536 (one search 4-11 ms on a busy machine; the sample probe foretold 35,000 at 1M, so
no graph there), 100 needed 128 / 192 / 512 and 1024 at 200,000 (one search 1-2.5 ms; 1,100
foretold at 1M), 200 needed 96 / 128 / 192. Build time (CPU) grows with it: 2.1x of 40's at
100, 4.5x at 200."""
_GENERATIONS = itertools.count(1)
"""Where every published snapshot's ``generation`` comes from: unique in the process, across
every store (a store swapped for another never repeats the one it replaced)."""
EXACT_UP_TO = 4096
"""Up to this many candidates a search scans them exactly, whatever the index kind: a few
microseconds a query, and a graph or a quantiser over a handful of vectors can still miss a
neighbour (an HNSW graph of 40 vectors left after removals lost one)."""
WEIGH_ABOVE = 50_000
"""Over this many vectors a calibrated graph is also timed against the 8-bit scan, and the
cheaper one serves; below it both take a few milliseconds and recall alone decides."""


def tie_ordered(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row best first, equal scores by ascending id. FAISS returns equal scores (one text
    stored twice: two versions of a report under one title) in storage-slot order, and the
    slots' order depends on the store's history (added one document at a time, or rebuilt from
    sorted ids, or synced by another ``serve`` worker): ordered by id, every process holding the
    same vectors ranks them alike, so a result set's page 2 ranked again by another worker
    matches page 1's order. (Measured cost: an argsort of k per query, microseconds.)"""
    if labels.shape[-1] < 2:
        return scores, labels
    order = np.lexsort((labels, -scores), axis=-1)
    return np.take_along_axis(scores, order, axis=-1), np.take_along_axis(labels, order, axis=-1)


class FaissVectorStore:
    """FAISS vector index keyed by passage id.

    Index kinds:
    - ``flat``: ``IndexIDMap2(IndexFlatIP(d))``, exact. Removal is physical (``remove_ids``).
    - ``sq8``: the flat index plus an 8-bit scalar-quantised copy of its vectors, slot for slot
      (``IndexScalarQuantizer``, a quarter of the bytes to scan). A search scans the codes for
      ``SQ_REFINE * k`` candidates and ranks those by their exact vectors: approximate only
      where the quantiser's error pushes a true neighbour out of the candidates, which even on
      uniformly random 384-d vectors (where graphs fail) is rare (recall@10 measured at each
      build against exact search, saved in the manifest). Removal is physical in both. The
      codes are not saved: ``load`` rebuilds them from the vectors (seconds at 1M).
    - ``ivf``: the flat index plus an inverted file of 8-bit codes over the same slots
      (``IndexIVFScalarQuantizer``, ``ivf.n_lists`` k-means lists): a search scans the
      ``nprobe`` nearest lists for ``SQ_REFINE * k`` candidates and ranks them exactly;
      ``nprobe`` is calibrated at each build on query-like probes (as efSearch is). ``auto``
      serves it over ``ivf.IVF_ABOVE`` vectors (down to 80% of it), where a graph needs a
      large efSearch and minutes to build; it is retrained once the count has doubled. Saved
      whole beside the index (``coarse.faiss``). Removal is physical in both.
    - ``hnsw``: ``IndexIDMap2(IndexHNSWFlat(d, M=32, METRIC_INNER_PRODUCT))``, approximate.
      ``kind="auto"`` (the default) builds HNSW once the count passes ``approx_threshold`` and
      goes back to flat when it falls below 80% of it (the gap stops a costly rebuild on every
      write near the line). ``efSearch`` is calibrated after each full build, and again
      whenever the graph has doubled since: the smallest ef on a ladder (16 ... ``EF_MAX``)
      whose recall@10 against exact search reaches ``recall_target`` for 500 query-like probes
      (``probes``: made from the stored vectors to sit as far from them as a question does;
      stored vectors as queries sit next to their near-copies, and chose an ef at which
      questions found 0.635 of their top 10). The probes needed as large an ef as every set
      of real questions measured, or larger; the default target, 0.96, is the issue's 0.95
      plus the probes' sampling error. Pass ``ef_search`` to fix it instead. If even the top
      rung misses the target (uniformly random vectors in 384-d: see bench/search_vectors.py),
      or (over ``WEIGH_ABOVE`` vectors) the graph's search takes longer than the 8-bit scan's,
      ``auto`` serves ``sq8`` and logs why (``approx_declined_at`` and ``approx_declined``
      record the count and the measurements, saved in the manifest; HNSW is tried again once
      the count has doubled). A graph over more than ``PROBE_SIZE`` vectors is first tried on a
      sample, so a hopeless case costs seconds, not a full build. ``kind="hnsw"`` always builds
      HNSW. The manifest records each calibration (method, probes, recall of each kind of
      probe, efSearch, the search's time, the scan's estimated time when weighed). A graph
      loaded from a manifest calibrated by an older method is calibrated again on load.
      HNSW cannot delete. A removed vector stays in the graph as a *tombstone*: its slot's id is
      relabelled to a unique negative number and the slot is left out of the bitmap selector
      every search of a graph with tombstones uses, so tombstones are filtered inside the graph
      walk (they still route it, which keeps the graph connected) and no over-fetch is needed.
      The relabelled id map is saved with the index, so tombstones persist with no side file.
      When tombstones pass ``compact_ratio`` of the slots the graph is rebuilt from the kept
      vectors. A re-added id gets a fresh slot; its old tombstone cannot collide with it.

    Filters apply before ranking, inside FAISS: ``allowed_ids`` are mapped to storage slots
    and passed as an ``IDSelectorBitmap`` through ``SearchParameters(sel=...)`` (flat: an exact
    search of the storage) or ``SearchParametersHNSW(sel=..., efSearch=...)`` (HNSW). A bitmap
    rather than ``IDSelectorBatch``: one bit test per vector instead of a hash-set lookup, and
    no per-query hash-set build for a filter of 200k ids. With HNSW, a filter admitting few
    vectors (under 5% of them, or under 4,096) is answered exactly over just those vectors, and
    any row the graph walk leaves short of ``k`` results is redone exactly - so a filtered
    HNSW search never returns fewer hits than match.

    Small query batches (<= ``SMALL_BATCH``) search with one OpenMP thread (see
    ``omp_threads``).

    Thread-safety contract (immutable snapshots):
    - The store holds one reference to an immutable ``Snapshot`` (a FAISS index plus
      metadata). ``search``, ``ids``, ``len`` and ``save`` read that reference once and work
      on that snapshot only, without a lock; FAISS searches on a const index are thread-safe
      and release the GIL, so searches run in parallel.
    - Writers (``add``, ``remove``) are serialised by a lock. A writer clones the current
      index (``faiss.clone_index``) or builds a new one, changes the copy, and publishes it by
      one reference assignment (atomic in CPython). A search that started before sees the
      old state completely; one that starts after sees the new state completely.
    - Cost: every write copies the index (O(n) memory and time), so write in batches.
    - ``save`` is serialised by its own lock (one writer process per folder), and writes one
      consistent snapshot even while ``add``/``remove`` run.
    """

    def __init__(
        self,
        dimension: int,
        *,
        model_name: str = "",
        approx_threshold: int = 50_000,
        kind: str = "auto",
        hnsw_m: int = 32,
        ef_construction: int = EF_CONSTRUCTION,
        ef_search: int | None = None,
        recall_target: float = 0.96,
        compact_ratio: float = 0.25,
    ) -> None:
        if dimension < 1:
            raise ValueError("dimension must be positive")
        if kind not in ("auto", "flat", "hnsw", "sq8", "ivf"):
            raise ValueError(f"kind must be auto, flat, hnsw, sq8 or ivf, not {kind!r}")
        self._d = int(dimension)
        self.model_name = model_name
        self.approx_threshold = int(approx_threshold)
        self.mode = kind
        self.hnsw_m = int(hnsw_m)
        self.ef_construction = int(ef_construction)
        self.fixed_ef_search = ef_search
        self.recall_target = float(recall_target)
        self.compact_ratio = float(compact_ratio)
        self.manifest: dict[str, Any] | None = None  # what load() read, or save() wrote
        self.approx_declined_at = 0  # live count at which auto found HNSW missing its recall target
        self.approx_declined: dict[str, Any] | None = None  # why, with what was measured
        self._write_lock = threading.Lock()
        self._save_lock = threading.Lock()
        empty_kind = kind if kind in ("hnsw", "sq8", "ivf") else "flat"
        self._snap = self._build(np.empty(0, np.int64), np.empty((0, self._d), np.float32), empty_kind)

    # -- introspection -----------------------------------------------------------------------

    @property
    def _snap(self) -> Snapshot:
        """The snapshot searches read now (one reference read; see the thread-safety contract)."""
        return self._published[0]

    @_snap.setter
    def _snap(self, snap: Snapshot) -> None:
        self._published = (snap, next(_GENERATIONS))  # one assignment: a snapshot and its number

    @property
    def generation(self) -> int:
        """The number of the snapshot searches read now: a new one on every write that
        publishes a snapshot (``add``, ``remove``, ``rebuild``, ``load``), unique in the process
        across stores, so a cache of results ranked over one generation knows when the index
        has moved on. Read it before searching: a write in between gives a newer number."""
        return self._published[1]

    @property
    def dimension(self) -> int:
        return self._d

    @property
    def kind(self) -> str:
        """The kind of the current index: ``flat``, ``hnsw`` or ``sq8``."""
        return self._snap.kind

    @property
    def ef_search(self) -> int:
        return self._snap.ef_search

    @property
    def calibrated_recall(self) -> float | None:
        return self._snap.calibrated_recall

    @property
    def n_tombstones(self) -> int:
        return self._snap.n_dead

    def __len__(self) -> int:
        return self._snap.n_live

    def ids(self) -> np.ndarray:
        """Live ids, ascending (a copy)."""
        return self._snap.live_sorted()[0].copy()

    def vectors(self, ids: Any) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of those of ``ids`` the index holds, in the order asked: the unit
        vectors it searches (every kind keeps them exactly, in its flat storage), copied out of
        one snapshot. What a search's candidates are compared with among themselves
        (``fusion.hub_corrected``), without reading them back from the store."""
        snap = self._snap
        want = as_ids(ids)
        live, slots = snap.live_sorted()
        if not len(live) or not len(want):
            return np.empty(0, np.int64), np.empty((0, self._d), np.float32)
        i = np.minimum(np.searchsorted(live, want), len(live) - 1)
        held = live[i] == want
        return want[held], snap.vectors_view()[slots[i[held]]]

    def __contains__(self, pid: object) -> bool:
        if not isinstance(pid, int | np.integer):
            return False
        ids = self._snap.live_sorted()[0]
        i = int(np.searchsorted(ids, pid))
        return i < len(ids) and int(ids[i]) == int(pid)

    def digest(self) -> str:
        return snapshot_digest(self._snap)

    def __repr__(self) -> str:
        s = self._snap
        return f"FaissVectorStore(kind={s.kind!r}, n={s.n_live}, d={self._d}, tombstones={s.n_dead})"

    # -- building ----------------------------------------------------------------------------

    def _target_kind(self, n: int, current: str) -> str:
        if self.mode != "auto":
            return self.mode
        approx = n > self.approx_threshold or (current != "flat" and n > int(self.approx_threshold * 0.8))
        if not approx:
            return "flat"
        if n > IVF_ABOVE or (current == "ivf" and n > int(IVF_ABOVE * 0.8)):
            return "ivf"
        if self.approx_declined_at and n < 2 * self.approx_declined_at:
            return "sq8"  # HNSW missed the recall target at this size: quantised scan until it doubles
        return "hnsw"

    def _new_index(self, kind: str) -> Any:
        if kind in ("flat", "sq8", "ivf"):
            return faiss.IndexIDMap2(faiss.IndexFlatIP(self._d))
        inner = faiss.IndexHNSWFlat(self._d, self.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = self.ef_construction
        return faiss.IndexIDMap2(inner)

    def _declines_approx(self) -> bool:
        return self.mode == "auto" and not self.fixed_ef_search

    def _decline(self, n: int, why: dict[str, Any]) -> None:
        self.approx_declined_at = n
        self.approx_declined = {"count": n, **why}
        log.warning(
            "HNSW declined for %d vectors (%s): serving the 8-bit scan with exact re-ranking (sq8)",
            n, ", ".join(f"{k} {v}" for k, v in why.items()),
        )

    def _probe(self, vecs: np.ndarray) -> dict[str, Any] | None:
        """Graphs over seeded samples of ``PROBE_SIZE // 2`` and then ``PROBE_SIZE`` of ``vecs``,
        each calibrated: why the full graph would miss (see ``PROBE_SIZE``), or None."""
        n = len(vecs)
        rows = np.random.default_rng(0).choice(n, size=PROBE_SIZE, replace=False)
        index = self._new_index("hnsw")
        cals = []
        for part in (np.sort(rows[: PROBE_SIZE // 2]), np.sort(rows[PROBE_SIZE // 2 :])):
            index.add_with_ids(np.ascontiguousarray(vecs[part]), part.astype(np.int64))
            cals.append(calibrate_ef_search(Snapshot(index=index, kind="hnsw"), target=self.recall_target))
        half, whole = cals
        if whole.recall < self.recall_target:
            return {"reason": "recall", "sample": PROBE_SIZE, "ef_search": whole.ef,
                    "recall_at_10": round(whole.recall, 4), "target": self.recall_target}
        expected = predicted_ef(half.ef, whole.ef, PROBE_SIZE, n)
        if expected > EF_MAX:
            return {"reason": "predicted_ef", "sample": PROBE_SIZE, "ef_half_sample": half.ef,
                    "ef_sample": whole.ef, "predicted_ef": round(expected), "ef_max": EF_MAX}
        return None

    def _build(self, ids: np.ndarray, vecs: np.ndarray, kind: str) -> Snapshot:
        """A fresh snapshot from normalised vectors (HNSW: build, then calibrate efSearch)."""
        if kind == "hnsw" and self._declines_approx() and len(ids) > PROBE_SIZE:
            why = self._probe(vecs)
            if why is not None:
                self._decline(len(ids), why)
                kind = "sq8"
        index = self._new_index(kind)
        if len(ids):
            index.add_with_ids(vecs, ids)
        if kind == "flat":
            return Snapshot(index=index, kind="flat")
        if kind == "sq8":
            return with_coarse(Snapshot(index=index, kind="sq8"), self.recall_target)
        if kind == "ivf":
            return with_ivf(Snapshot(index=index, kind="ivf"), self.recall_target)
        return self._calibrated(Snapshot(index=index, kind="hnsw"), force=True)

    def _calibrated(self, snap: Snapshot, force: bool = False) -> Snapshot:
        """``snap`` with efSearch set: the fixed value, or calibrated when forced or when the
        index has doubled since the last calibration (so growing by many small adds costs
        O(log n) calibrations). ``auto`` serves ``sq8`` instead when the graph misses the
        recall target, or (over ``WEIGH_ABOVE`` vectors) is slower than the 8-bit scan.
        ``snap`` is not yet published, so setting its efSearch is safe."""
        if snap.kind != "hnsw":
            return snap
        inner = faiss.downcast_index(snap.index.index)
        if self.fixed_ef_search:
            inner.hnsw.efSearch = int(self.fixed_ef_search)
            return replace(snap, ef_search=int(self.fixed_ef_search), calibrated_recall=None, calibration=None)
        if not force and snap.ef_search and snap.n_live < 2 * snap.calibrated_at:
            return snap
        cal = calibrate_ef_search(snap, target=self.recall_target)
        rec = dict(cal.record)
        why: dict[str, Any] | None = None
        if cal.recall < self.recall_target:
            why = {"reason": "recall", "sample": snap.n_live, "ef_search": cal.ef,
                   "recall_at_10": round(cal.recall, 4), "target": self.recall_target}
        elif self._declines_approx() and snap.n_live > WEIGH_ABOVE:
            _, slots = snap.live_sorted()
            vecs = snap.vectors_view()
            rec["sq8_query_ms"] = round(scan_ms(vecs, slots, query_probes(vecs, slots), snap.n_live), 3)
            if cal.query_ms > rec["sq8_query_ms"]:
                why = {"reason": "cost", "ef_search": cal.ef, "hnsw_query_ms": round(cal.query_ms, 3),
                       "sq8_query_ms": rec["sq8_query_ms"]}
        if why is not None and self._declines_approx():
            self._decline(snap.n_live, why)
            ids, vecs = self._live_arrays(snap)
            return self._build(ids, vecs, "sq8")
        if why is not None:
            log.warning(
                "HNSW recall@10 reaches only %.3f at efSearch=%d (target %.2f) on %d vectors; "
                "consider a larger ef_construction or the exact index",
                cal.recall, cal.ef, self.recall_target, snap.n_live,
            )
        inner.hnsw.efSearch = cal.ef
        return replace(
            snap,
            ef_search=cal.ef,
            calibrated_recall=cal.recall,
            calibrated_at=snap.n_live,
            calibration_s=rec["seconds"],
            calibration=rec,
        )

    def _live_arrays(self, snap: Snapshot, drop: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the live slots of ``snap``, minus ``drop``; a copy."""
        ids, slots = snap.live_sorted()
        if drop is not None and len(drop):
            keep = ~member(unique(drop), ids)
            ids, slots = ids[keep], slots[keep]
        return ids.copy(), np.ascontiguousarray(snap.vectors_view()[slots])

    def rebuild(self, kind: str | None = None) -> None:
        """Rebuild the index from the live vectors (drops tombstones, recalibrates HNSW)."""
        with self._write_lock:
            snap = self._snap
            target = kind or self._target_kind(snap.n_live, snap.kind)
            ids, vecs = self._live_arrays(snap)
            self._snap = self._build(ids, vecs, target)

    # -- writing -----------------------------------------------------------------------------

    def add(self, ids: Any, vectors: Any) -> None:
        """Insert or replace vectors (normalised here). Publishes a new snapshot."""
        ids = as_ids(ids)
        vecs = normalised(vectors, self._d, "vectors")
        if len(ids) != len(vecs):
            raise ValueError(f"{len(ids)} ids but {len(vecs)} vectors")
        if len(ids) == 0:
            return
        if (ids < 0).any():
            raise ValueError("passage ids must be non-negative")
        if len(unique(ids)) != len(ids):
            raise ValueError("duplicate ids in one add() call")
        with self._write_lock:
            snap = self._snap
            live_ids = snap.live_sorted()[0]
            replaced = ids[member(live_ids, ids)]
            n_after = snap.n_live - len(replaced) + len(ids)
            target = self._target_kind(n_after, snap.kind)
            # the 8-bit quantiser learned its ranges from the vectors it was built over: it
            # learns again once the store has doubled since (or from nothing when it was empty)
            # (an inverted file's lists and probe count likewise)
            retrain = target == snap.kind in ("sq8", "ivf") and n_after >= 2 * snap.calibrated_at
            if target != snap.kind or retrain:
                old_ids, old_vecs = self._live_arrays(snap, drop=replaced)
                if len(old_ids):  # (a first add builds from its own vectors: no second copy)
                    ids, vecs = np.concatenate([old_ids, ids]), np.concatenate([old_vecs, vecs])
                self._snap = self._build(ids, vecs, target)
                return
            index = faiss.clone_index(snap.index)
            coarse = faiss.clone_index(snap.coarse) if snap.coarse is not None else None
            n_dead = snap.n_dead
            if len(replaced):
                n_dead += drop(index, snap, replaced, coarse)
            index.add_with_ids(vecs, ids)
            if coarse is not None:
                coarse.add(vecs)
            new = replace(snap, index=index, coarse=coarse, n_dead=n_dead, _cache={})
            self._snap = self._calibrated(self._maybe_compact(new))

    def remove(self, ids: Any) -> int:
        """Remove the given ids (unknown ids are ignored). Returns how many were removed."""
        ids = unique(as_ids(ids))
        with self._write_lock:
            snap = self._snap
            present = ids[member(snap.live_sorted()[0], ids)]
            if not len(present):
                return 0
            target = self._target_kind(snap.n_live - len(present), snap.kind)
            if target != snap.kind:
                keep_ids, keep_vecs = self._live_arrays(snap, drop=present)
                self._snap = self._build(keep_ids, keep_vecs, target)
                return len(present)
            index = faiss.clone_index(snap.index)
            coarse = faiss.clone_index(snap.coarse) if snap.coarse is not None else None
            n_dead = snap.n_dead + drop(index, snap, present, coarse)
            new = replace(snap, index=index, coarse=coarse, n_dead=n_dead, _cache={})
            self._snap = self._maybe_compact(new)
            return len(present)

    def _maybe_compact(self, snap: Snapshot) -> Snapshot:
        if snap.kind == "hnsw" and snap.n_dead and snap.n_dead > self.compact_ratio * snap.ntotal:
            ids, vecs = self._live_arrays(snap)
            return self._build(ids, vecs, "hnsw")
        return snap

    # -- searching ---------------------------------------------------------------------------

    def search(
        self, query_vecs: Any, k: int, allowed_ids: Iterable[int] | np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` by cosine similarity; see ``VectorStore`` for the contract."""
        q = normalised(query_vecs, self._d, "query vectors")
        nq = q.shape[0]
        snap = self._snap  # one read: everything below uses this snapshot
        if k <= 0 or nq == 0 or snap.n_live == 0:
            return empty_result(nq)
        slots: np.ndarray | None = None  # storage slots of the admitted vectors
        if allowed_ids is not None:
            allowed = as_ids(allowed_ids if isinstance(allowed_ids, np.ndarray) else list(allowed_ids))
            slots = slots_of(snap, allowed)
            n_cand = len(slots)
        else:
            n_cand = snap.n_live
        k_eff = min(int(k), n_cand)
        if k_eff == 0:
            return empty_result(nq)
        with omp_threads(1 if nq <= SMALL_BATCH else 0):
            if slots is None and snap.kind == "flat":
                scores, labels = snap.index.search(q, k_eff)
            elif n_cand <= EXACT_UP_TO or (slots is not None and (snap.kind == "flat" or len(slots) < 0.05 * snap.n_live)):
                scores, labels = exact_over(snap, q, k_eff, slots)
            elif snap.kind == "sq8":
                scores, labels = sq_search(snap, q, k_eff, slots)
            elif snap.kind == "ivf":
                scores, labels = ivf_search(snap, q, k_eff, slots)
            else:
                scores, labels = hnsw_search(snap, q, k_eff, slots)
        scores = np.asarray(scores, dtype=np.float32)
        labels = labels.astype(np.int64, copy=False)
        scores[labels < 0] = -np.inf
        return tie_ordered(scores, labels)

    # -- persistence -------------------------------------------------------------------------

    def save(
        self,
        folder: str | Path,
        *,
        model: str | None = None,
        extractors: Mapping[str, str] | None = None,
        store_digest: str | None = None,
        backend: str | None = None,
        identity: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Write ``vectors.faiss`` then ``manifest.json`` atomically into ``folder``; returns
        the manifest. ``model`` defaults to ``model_name``; ``extractors`` is the caller's
        ``{extractor: version}``; ``store_digest`` ties the index to the caller's SQLite state;
        ``backend`` names the embedding backend that made the vectors (``embedder.backend``),
        ``identity`` the whole embedder (``index.identity``: model digest, recipe, text)."""
        name = model or self.model_name
        if not name:
            raise ValueError("save() needs the embedding model's name (model=...)")
        with self._save_lock:
            manifest = save_files(
                self,
                Path(folder),
                {"model": name, "backend": backend, "extractors": extractors, "store_digest": store_digest,
                 "identity": dict(identity) if identity is not None else None},
            )
        self.model_name = name
        self.manifest = manifest
        return manifest

    @classmethod
    def load(
        cls,
        folder: str | Path,
        *,
        expected_model: str | None = None,
        expected_dim: int | None = None,
        expected_backend: str | None = None,
        expected_identity: Mapping[str, Any] | None = None,
        verify_digest: bool = True,
        **options: Any,
    ) -> FaissVectorStore:
        """Open a saved index after checking it against its manifest.

        Raises ``IndexError_`` when the manifest or index file is missing, truncated, corrupt
        or inconsistent, and ``ManifestMismatchError`` when it was built with another model,
        dimension or embedding backend than ``expected_model`` / ``expected_dim`` /
        ``expected_backend`` (a manifest naming no backend was made by torch fp32), or by
        another embedder identity than ``expected_identity`` (``index.identity``; a manifest
        recording none is judged by model and backend alone); every message says to run
        ``councilsearch reindex``. ``options`` are constructor keywords
        (``approx_threshold``, ``kind``, ``ef_search`` ...) that govern later writes."""
        return load_files(cls, Path(folder), expected_model, expected_dim, verify_digest, options, expected_backend,
                          None if expected_identity is None else dict(expected_identity))
