"""Dense vector index: a small ``VectorStore`` protocol and its FAISS implementation.

FAISS holds one L2-normalised vector per passage, keyed by the passage's int64 id
(``IndexIDMap2``), so a score is a cosine similarity. It is derived data: SQLite keeps every
embedding, and ``councilsearch reindex`` rebuilds this index from it.

Files in a vector folder (no pickle anywhere)::

    vectors.faiss   faiss.write_index output
    manifest.json   model, dimension, count, metric, index kind (+ HNSW settings), the caller's
                    extractor versions, a content digest and the sha256 of vectors.faiss

Both are written to a temporary file in the same folder, fsynced and renamed into place;
``vectors.faiss`` first, ``manifest.json`` last, then the folder itself is fsynced. A reader
that finds a manifest therefore finds the index file it describes, and ``load`` checks the
file's size and sha256 against the manifest before FAISS reads a byte of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import faiss as _faiss_typed
import numpy as np

from councilsearch.config import available_cpus
from councilsearch.errors import IndexError_, ManifestMismatchError

# faiss's bundled stubs describe the base Index only: no ``.hnsw``, ``.storage``,
# ``SearchParametersHNSW`` or ``SearchParameters(sel=...)``, all of which this module uses
# (and the tests exercise). The module is used through an untyped name instead.
faiss: Any = _faiss_typed

INDEX_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"
FORMAT = "councilsearch.vectors.v1"
METRIC = "inner_product"
log = logging.getLogger(__name__)
REINDEX_HINT = "run `councilsearch reindex` to rebuild it from the store"

_EF_LADDER = (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048)
_DIGEST_CHUNK = 65_536
SMALL_BATCH = 16
SQ_REFINE = 4
"""The ``sq8`` index scans 8-bit codes for ``SQ_REFINE * k`` candidates, then ranks them by
their exact float vectors."""
SQ_SPLIT = 200_000
"""An unfiltered ``sq8`` search of more vectors than this scans its codes in one range per CPU,
in parallel (FAISS scans a single query's codes on one thread)."""
SQ_TRAIN = 100_000
"""The 8-bit quantiser learns each dimension's range from up to this many stored vectors."""
PROBE_EF_MAX = 512
"""The probe must reach the recall target at an efSearch no higher than this: the ef a graph
needs grows with its size, so a sample that needs more (uniformly random 384-d vectors need
2048 at 50k for 0.989) foretells a full graph that misses at the ladder's top (0.37 at 1M,
after a five-minute build)."""
PROBE_SIZE = 50_000
"""Before ``auto`` builds a graph over more vectors than this, it builds one over a sample of
this many and calibrates it: if even that misses the recall target, the full build (minutes
at 1M) would too, and the store stays exact."""
"""Query batches up to this size search single-threaded (see ``_omp_threads``)."""


@contextlib.contextmanager
def _omp_threads(n: int) -> Iterator[None]:
    """Run FAISS with ``n`` OpenMP threads in *this* thread (0 = leave as is).

    OpenMP's thread count is per calling thread, so this cannot disturb a build or search in
    another thread. One query gains little from a parallel region on a 2-core box and loses a
    lot when the cores are busy (the API serves concurrent requests): measured at 100k exact,
    under load, p50 157 ms with 2 threads vs 35 ms with 1."""
    if n <= 0:
        yield
        return
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


# --------------------------------------------------------------------------------------------
# The seam
# --------------------------------------------------------------------------------------------


@runtime_checkable
class VectorStore(Protocol):
    """What search needs from a vector index. Another engine can stand behind it.

    Contract:
    - ids are non-negative int64 passage ids; vectors are float32 rows of ``dimension``.
    - ``add(ids, vectors)`` inserts or replaces (an id already present gets the new vector).
    - ``remove(ids)`` drops the ids it holds, ignores the others, returns how many it dropped.
      A removed id is never returned by a later ``search``.
    - ``search(query_vecs, k, allowed_ids=None)`` takes ``(nq, d)`` or ``(d,)`` queries and
      returns ``(scores, ids)``, both ``(nq, k')`` with ``k' = min(k, candidates)``, best first;
      scores are cosine similarities. ``allowed_ids`` restricts the candidates *before*
      ranking (so a filter never leaves fewer than ``k'`` results when that many match).
      A slot with no result (possible only with an approximate index) has id -1, score -inf.
    - ``save(folder, ...)`` is atomic; ``load(folder, expected_model=, expected_dim=)``
      raises ``IndexError_`` (missing or corrupt) or ``ManifestMismatchError`` (other model or
      dimension), each message saying to run ``councilsearch reindex``.
    - Searches may run concurrently with one writer.
    """

    @property
    def dimension(self) -> int: ...

    def add(self, ids: Any, vectors: Any) -> None: ...

    def remove(self, ids: Any) -> int: ...

    def search(
        self, query_vecs: Any, k: int, allowed_ids: Iterable[int] | np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]: ...

    def save(
        self,
        folder: str | Path,
        *,
        model: str | None = None,
        extractors: Mapping[str, str] | None = None,
        store_digest: str | None = None,
    ) -> dict[str, Any]: ...

    @classmethod
    def load(
        cls, folder: str | Path, *, expected_model: str | None = None, expected_dim: int | None = None
    ) -> VectorStore: ...

    def ids(self) -> np.ndarray: ...

    def __len__(self) -> int: ...


# --------------------------------------------------------------------------------------------
# Snapshots
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Snapshot:
    """One immutable state of the index. Never mutated once published."""

    index: Any  # faiss.IndexIDMap2 over IndexFlatIP (flat, sq8) or IndexHNSWFlat (hnsw)
    kind: str  # "flat" | "hnsw" | "sq8"
    coarse: Any = None  # sq8: IndexScalarQuantizer(8 bit) over the same slots, in the same order
    n_dead: int = 0  # HNSW slots whose vector was removed (their id is relabelled negative)
    ef_search: int = 0
    calibrated_recall: float | None = None
    calibrated_at: int = 0  # live count when efSearch was last calibrated
    calibration_s: float = 0.0
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    @property
    def n_live(self) -> int:
        return self.ntotal - self.n_dead

    def id_map(self) -> np.ndarray:
        """External id of every storage slot (negative = removed). A private copy."""
        got = self._cache.get("id_map")
        if got is None:
            n = self.ntotal
            got = faiss.rev_swig_ptr(self.index.id_map.data(), n).copy() if n else np.empty(0, np.int64)
            got.setflags(write=False)
            self._cache["id_map"] = got
        return got

    def live_sorted(self) -> tuple[np.ndarray, np.ndarray]:
        """(live ids ascending, their storage slots)."""
        got = self._cache.get("live_sorted")
        if got is None:
            idm = self.id_map()
            slots = np.flatnonzero(idm >= 0)
            order = np.argsort(idm[slots], kind="stable")
            sorted_ids, sorted_slots = idm[slots][order], slots[order]
            sorted_ids.setflags(write=False)
            sorted_slots.setflags(write=False)
            got = (sorted_ids, sorted_slots)
            self._cache["live_sorted"] = got
        return got

    def storage(self) -> Any:
        """The IndexFlat holding the vectors, addressed by slot."""
        inner = faiss.downcast_index(self.index.index)
        return faiss.downcast_index(inner.storage) if self.kind == "hnsw" else inner

    def vectors_view(self) -> np.ndarray:
        """A read-only view of all stored vectors by slot; valid while this snapshot lives."""
        n, d = self.ntotal, int(self.index.d)
        if n == 0:
            return np.empty((0, d), np.float32)
        view = faiss.rev_swig_ptr(self.storage().get_xb(), n * d).reshape(n, d)
        view.setflags(write=False)
        return view


def _empty_result(nq: int) -> tuple[np.ndarray, np.ndarray]:
    return np.empty((nq, 0), np.float32), np.empty((nq, 0), np.int64)


def _as_ids(ids: Any) -> np.ndarray:
    arr = np.asarray(ids)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        raise ValueError("ids must be a 1-D sequence of integers")
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"ids must be integers, got {arr.dtype}")
    return np.ascontiguousarray(arr, dtype=np.int64)


def _unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique is ~20x slower on 200k int64 in numpy 2.4)."""
    a = np.sort(a)
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def _member(sorted_haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """Boolean mask: which needles occur in the ascending array ``sorted_haystack``."""
    if not len(sorted_haystack):
        return np.zeros(len(needles), dtype=bool)
    i = np.minimum(np.searchsorted(sorted_haystack, needles), len(sorted_haystack) - 1)
    return sorted_haystack[i] == needles


def _normalised(vectors: Any, d: int, what: str) -> np.ndarray:
    x = np.array(vectors, dtype=np.float32, copy=True, order="C")
    if x.ndim == 1:
        x = x.reshape(1, -1)
    if x.ndim != 2 or (x.shape[0] and x.shape[1] != d):
        got = x.shape[-1] if x.ndim else 0
        raise ManifestMismatchError(
            f"{what} have dimension {got}, the vector index has {d}: "
            f"the index was built with another model; {REINDEX_HINT}."
        )
    if x.shape[0] and not np.isfinite(x).all():
        raise ValueError(f"{what} contain NaN or infinite values")
    if x.shape[0]:
        faiss.normalize_L2(x)
    return x


# --------------------------------------------------------------------------------------------
# FAISS implementation
# --------------------------------------------------------------------------------------------


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
    - ``hnsw``: ``IndexIDMap2(IndexHNSWFlat(d, M=32, METRIC_INNER_PRODUCT))``, approximate.
      ``kind="auto"`` (the default) builds HNSW once the count passes ``approx_threshold`` and
      goes back to flat when it falls below 80% of it (the gap stops a costly rebuild on every
      write near the line). ``efSearch`` is calibrated after each full build, and again
      whenever the graph has doubled since: leave-one-out queries (a sample of stored vectors)
      against exact search, the smallest ef on a ladder (16 ... 2048) whose recall@10 reaches
      ``recall_target``. Leave-one-out is optimistic by 0.01-0.03 against fresh queries
      (measured), so the default target is 0.99 to keep fresh-query recall >= 0.95; pass
      ``ef_search`` to fix it instead. If even ef=2048 misses the target (uniformly random
      vectors in 384-d: see bench/search_vectors.py), ``auto`` does not serve a graph that
      loses neighbours: it logs a warning and serves ``sq8`` (``approx_declined_at`` records
      the count, saved in the manifest; HNSW is tried again once the count has doubled). A graph
      over more than ``PROBE_SIZE`` vectors is first tried on a sample of that many, so a
      hopeless case costs seconds, not a full build. ``kind="hnsw"`` always builds HNSW.
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
    ``_omp_threads``).

    Thread-safety contract (immutable snapshots):
    - The store holds one reference to an immutable ``_Snapshot`` (a FAISS index plus
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
        approx_threshold: int = 200_000,
        kind: str = "auto",
        hnsw_m: int = 32,
        ef_construction: int = 40,
        ef_search: int | None = None,
        recall_target: float = 0.99,
        compact_ratio: float = 0.25,
    ) -> None:
        if dimension < 1:
            raise ValueError("dimension must be positive")
        if kind not in ("auto", "flat", "hnsw", "sq8"):
            raise ValueError(f"kind must be auto, flat, hnsw or sq8, not {kind!r}")
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
        self._write_lock = threading.Lock()
        self._save_lock = threading.Lock()
        empty_kind = kind if kind in ("hnsw", "sq8") else "flat"
        self._snap = self._build(np.empty(0, np.int64), np.empty((0, self._d), np.float32), empty_kind)

    # -- introspection -----------------------------------------------------------------------

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

    def __contains__(self, pid: object) -> bool:
        if not isinstance(pid, int | np.integer):
            return False
        ids = self._snap.live_sorted()[0]
        i = int(np.searchsorted(ids, pid))
        return i < len(ids) and int(ids[i]) == int(pid)

    def digest(self) -> str:
        return _digest(self._snap)

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
        if self.approx_declined_at and n < 2 * self.approx_declined_at:
            return "sq8"  # HNSW missed the recall target at this size: quantised scan until it doubles
        return "hnsw"

    def _new_index(self, kind: str) -> Any:
        if kind in ("flat", "sq8"):
            return faiss.IndexIDMap2(faiss.IndexFlatIP(self._d))
        inner = faiss.IndexHNSWFlat(self._d, self.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = self.ef_construction
        return faiss.IndexIDMap2(inner)

    def _declines_approx(self) -> bool:
        return self.mode == "auto" and not self.fixed_ef_search

    def _decline(self, n: int, recall: float, ef: int, sample: int) -> None:
        self.approx_declined_at = n
        log.warning(
            "HNSW reaches recall@10 %.3f at efSearch=%d on %d vectors (target %.2f): "
            "serving the 8-bit scan with exact re-ranking (sq8) for %d vectors",
            recall, ef, sample, self.recall_target, n,
        )

    def _probe(self, vecs: np.ndarray) -> tuple[int, float]:
        """Calibrate a graph over a seeded sample of ``PROBE_SIZE`` of ``vecs``."""
        rng = np.random.default_rng(0)
        rows = np.sort(rng.choice(len(vecs), size=PROBE_SIZE, replace=False))
        index = self._new_index("hnsw")
        index.add_with_ids(np.ascontiguousarray(vecs[rows]), rows.astype(np.int64))
        return calibrate_ef_search(_Snapshot(index=index, kind="hnsw"), target=self.recall_target)

    def _build(self, ids: np.ndarray, vecs: np.ndarray, kind: str) -> _Snapshot:
        """A fresh snapshot from normalised vectors (HNSW: build, then calibrate efSearch)."""
        if kind == "hnsw" and self._declines_approx() and len(ids) > PROBE_SIZE:
            ef, recall = self._probe(vecs)
            if recall < self.recall_target or ef > PROBE_EF_MAX:
                self._decline(len(ids), recall, ef, PROBE_SIZE)
                kind = "sq8"
        index = self._new_index(kind)
        if len(ids):
            index.add_with_ids(vecs, ids)
        if kind == "flat":
            return _Snapshot(index=index, kind="flat")
        if kind == "sq8":
            return _with_coarse(_Snapshot(index=index, kind="sq8"), self.recall_target)
        return self._calibrated(_Snapshot(index=index, kind="hnsw"), force=True)

    def _calibrated(self, snap: _Snapshot, force: bool = False) -> _Snapshot:
        """``snap`` with efSearch set: the fixed value, or calibrated when forced or when the
        index has doubled since the last calibration (so growing by many small adds costs
        O(log n) calibrations). ``snap`` is not yet published, so setting its efSearch is safe."""
        if snap.kind != "hnsw":
            return snap
        inner = faiss.downcast_index(snap.index.index)
        if self.fixed_ef_search:
            inner.hnsw.efSearch = int(self.fixed_ef_search)
            return replace(snap, ef_search=int(self.fixed_ef_search), calibrated_recall=None)
        if not force and snap.ef_search and snap.n_live < 2 * snap.calibrated_at:
            return snap
        t = time.perf_counter()
        ef, recall = calibrate_ef_search(snap, target=self.recall_target)
        if recall < self.recall_target and self._declines_approx():
            self._decline(snap.n_live, recall, ef, snap.n_live)
            ids, vecs = self._live_arrays(snap)
            return self._build(ids, vecs, "sq8")
        if recall < self.recall_target:
            log.warning(
                "HNSW recall@10 reaches only %.3f at efSearch=%d (target %.2f) on %d vectors; "
                "consider a larger ef_construction or the exact index",
                recall,
                ef,
                self.recall_target,
                snap.n_live,
            )
        inner.hnsw.efSearch = ef
        return replace(
            snap,
            ef_search=ef,
            calibrated_recall=recall,
            calibrated_at=snap.n_live,
            calibration_s=round(time.perf_counter() - t, 3),
        )

    def _live_arrays(self, snap: _Snapshot, drop: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the live slots of ``snap``, minus ``drop``; a copy."""
        ids, slots = snap.live_sorted()
        if drop is not None and len(drop):
            keep = ~_member(_unique(drop), ids)
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
        ids = _as_ids(ids)
        vecs = _normalised(vectors, self._d, "vectors")
        if len(ids) != len(vecs):
            raise ValueError(f"{len(ids)} ids but {len(vecs)} vectors")
        if len(ids) == 0:
            return
        if (ids < 0).any():
            raise ValueError("passage ids must be non-negative")
        if len(_unique(ids)) != len(ids):
            raise ValueError("duplicate ids in one add() call")
        with self._write_lock:
            snap = self._snap
            live_ids = snap.live_sorted()[0]
            replaced = ids[_member(live_ids, ids)]
            n_after = snap.n_live - len(replaced) + len(ids)
            target = self._target_kind(n_after, snap.kind)
            # the 8-bit quantiser learned its ranges from the vectors it was built over: it
            # learns again once the store has doubled since (or from nothing when it was empty)
            retrain = target == "sq8" == snap.kind and n_after >= 2 * snap.calibrated_at
            if target != snap.kind or retrain:
                old_ids, old_vecs = self._live_arrays(snap, drop=replaced)
                self._snap = self._build(
                    np.concatenate([old_ids, ids]), np.concatenate([old_vecs, vecs]), target
                )
                return
            index = faiss.clone_index(snap.index)
            coarse = faiss.clone_index(snap.coarse) if snap.coarse is not None else None
            n_dead = snap.n_dead
            if len(replaced):
                n_dead += _drop(index, snap, replaced, coarse)
            index.add_with_ids(vecs, ids)
            if coarse is not None:
                coarse.add(vecs)
            new = replace(snap, index=index, coarse=coarse, n_dead=n_dead, _cache={})
            self._snap = self._calibrated(self._maybe_compact(new))

    def remove(self, ids: Any) -> int:
        """Remove the given ids (unknown ids are ignored). Returns how many were removed."""
        ids = _unique(_as_ids(ids))
        with self._write_lock:
            snap = self._snap
            present = ids[_member(snap.live_sorted()[0], ids)]
            if not len(present):
                return 0
            target = self._target_kind(snap.n_live - len(present), snap.kind)
            if target != snap.kind:
                keep_ids, keep_vecs = self._live_arrays(snap, drop=present)
                self._snap = self._build(keep_ids, keep_vecs, target)
                return len(present)
            index = faiss.clone_index(snap.index)
            coarse = faiss.clone_index(snap.coarse) if snap.coarse is not None else None
            n_dead = snap.n_dead + _drop(index, snap, present, coarse)
            new = replace(snap, index=index, coarse=coarse, n_dead=n_dead, _cache={})
            self._snap = self._maybe_compact(new)
            return len(present)

    def _maybe_compact(self, snap: _Snapshot) -> _Snapshot:
        if snap.kind == "hnsw" and snap.n_dead and snap.n_dead > self.compact_ratio * snap.ntotal:
            ids, vecs = self._live_arrays(snap)
            return self._build(ids, vecs, "hnsw")
        return snap

    # -- searching ---------------------------------------------------------------------------

    def search(
        self, query_vecs: Any, k: int, allowed_ids: Iterable[int] | np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` by cosine similarity; see ``VectorStore`` for the contract."""
        q = _normalised(query_vecs, self._d, "query vectors")
        nq = q.shape[0]
        snap = self._snap  # one read: everything below uses this snapshot
        if k <= 0 or nq == 0 or snap.n_live == 0:
            return _empty_result(nq)
        slots: np.ndarray | None = None  # storage slots of the admitted vectors
        if allowed_ids is not None:
            allowed = _as_ids(allowed_ids if isinstance(allowed_ids, np.ndarray) else list(allowed_ids))
            slots = _slots_of(snap, allowed)
            n_cand = len(slots)
        else:
            n_cand = snap.n_live
        k_eff = min(int(k), n_cand)
        if k_eff == 0:
            return _empty_result(nq)
        with _omp_threads(1 if nq <= SMALL_BATCH else 0):
            if slots is None and snap.kind == "flat":
                scores, labels = snap.index.search(q, k_eff)
            elif slots is not None and (snap.kind == "flat" or len(slots) <= 4096 or len(slots) < 0.05 * snap.n_live):
                scores, labels = _exact_over(snap, q, k_eff, slots)
            elif snap.kind == "sq8":
                scores, labels = _sq_search(snap, q, k_eff, slots)
            else:
                scores, labels = _hnsw_search(snap, q, k_eff, slots)
        scores = np.asarray(scores, dtype=np.float32)
        labels = labels.astype(np.int64, copy=False)
        scores[labels < 0] = -np.inf
        return scores, labels

    # -- persistence -------------------------------------------------------------------------

    def save(
        self,
        folder: str | Path,
        *,
        model: str | None = None,
        extractors: Mapping[str, str] | None = None,
        store_digest: str | None = None,
    ) -> dict[str, Any]:
        """Write ``vectors.faiss`` then ``manifest.json`` atomically into ``folder``; returns
        the manifest. ``model`` defaults to ``model_name``; ``extractors`` is the caller's
        ``{extractor: version}``; ``store_digest`` ties the index to the caller's SQLite state."""
        name = model or self.model_name
        if not name:
            raise ValueError("save() needs the embedding model's name (model=...)")
        with self._save_lock:
            manifest = _save(
                self, Path(folder), {"model": name, "extractors": extractors, "store_digest": store_digest}
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
        verify_digest: bool = True,
        **options: Any,
    ) -> FaissVectorStore:
        """Open a saved index after checking it against its manifest.

        Raises ``IndexError_`` when the manifest or index file is missing, truncated, corrupt
        or inconsistent, and ``ManifestMismatchError`` when it was built with another model or
        dimension than ``expected_model`` / ``expected_dim``; every message says to run
        ``councilsearch reindex``. ``options`` are constructor keywords (``approx_threshold``,
        ``kind``, ``ef_search`` ...) that govern later writes."""
        return _load(cls, Path(folder), expected_model, expected_dim, verify_digest, options)


def _drop(index: Any, snap: _Snapshot, present: np.ndarray, coarse: Any = None) -> int:
    """Remove ``present`` (live ids of ``snap``) from ``index``, a clone of ``snap.index`` (and
    from ``coarse``, a clone of ``snap.coarse``). Returns how many tombstones were made (0 for
    flat and sq8: removal is physical, and both indexes close the gaps in the same order)."""
    ids, slots = snap.live_sorted()
    pos = slots[np.searchsorted(ids, present)]
    if snap.kind in ("flat", "sq8"):
        index.remove_ids(faiss.IDSelectorBatch(present))
        if coarse is not None:
            coarse.remove_ids(faiss.IDSelectorBatch(pos.astype(np.int64)))
        return 0
    id_map = faiss.rev_swig_ptr(index.id_map.data(), int(index.ntotal))
    id_map[pos] = -(pos.astype(np.int64) + 2)  # unique, negative, never -1 ("no result")
    index.construct_rev_map()
    return len(pos)


def _slots_of(snap: _Snapshot, allowed: np.ndarray) -> np.ndarray:
    """Storage slots of the ids in ``allowed`` that are live in ``snap`` (others ignored)."""
    ids, slots = snap.live_sorted()
    if not len(ids) or not len(allowed):
        return np.empty(0, np.int64)
    allowed = _unique(allowed)
    i = np.minimum(np.searchsorted(ids, allowed), len(ids) - 1)
    return slots[i[ids[i] == allowed]]


def _bitmap(snap: _Snapshot, slots: np.ndarray | None) -> Any:
    """An ``IDSelectorBitmap`` over storage slots (all live slots when None). One bit per
    slot: membership is a bit test, cheaper than the hash set of ``IDSelectorBatch`` when a
    filter admits many vectors (measured: see bench/search_vectors.py)."""
    if slots is None:
        cached = snap._cache.get("live_bitmap")
        if cached is not None:
            return cached
        slots = snap.live_sorted()[1]
    mask = np.zeros(snap.ntotal, dtype=bool)
    mask[slots] = True
    bits = np.packbits(mask, bitorder="little")
    sel = faiss.IDSelectorBitmap(snap.ntotal, faiss.swig_ptr(bits))
    sel._bits = bits  # keep the buffer alive as long as the selector
    if slots is snap.live_sorted()[1]:
        snap._cache["live_bitmap"] = sel
    return sel


def _to_ids(snap: _Snapshot, inner: np.ndarray) -> np.ndarray:
    """Storage slots (FAISS labels of the inner index; -1 = none) to passage ids."""
    idm = snap.id_map()
    return np.where(inner >= 0, idm[np.clip(inner, 0, None)], -1).astype(np.int64)


def _exact_over(
    snap: _Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k over the given storage slots (all live slots when None): a bitmap-filtered
    brute-force search of the flat storage, for either index kind."""
    n = snap.n_live if slots is None else len(slots)
    k = min(k, n)
    storage = snap.storage()
    if slots is None and snap.n_dead == 0:
        scores, inner = storage.search(q, k)
    else:
        scores, inner = storage.search(q, k, params=faiss.SearchParameters(sel=_bitmap(snap, slots)))
    return np.asarray(scores, dtype=np.float32), _to_ids(snap, inner)


def _with_coarse(snap: _Snapshot, target: float, trained: Any = None) -> _Snapshot:
    """``snap`` (flat storage) with its 8-bit codes: the quantiser trained on a seeded sample
    of up to ``SQ_TRAIN`` stored vectors (or given its ``trained`` ranges, as saved in the
    manifest, so a loaded index encodes exactly as the saved one did), then every vector
    encoded; and the recall@10 of ``_sq_search`` against exact search on 100 stored vectors."""
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
    recall = None
    if n > 10:
        rows = rng.choice(n, size=min(100, n), replace=False)
        q = np.ascontiguousarray(vecs[rows])
        _, exact = snap.storage().search(q, 10)
        _, approx = _sq_search(out, q, 10, None)
        exact_ids = _to_ids(snap, exact)
        recall = float(np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact_ids, strict=True)]))
        if recall < target:
            log.warning("sq8 recall@10 is %.3f on %d vectors (target %.2f)", recall, n, target)
    return replace(out, calibrated_recall=recall, calibrated_at=n, calibration_s=round(time.perf_counter() - t, 3))


def _sq_search(
    snap: _Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Scan the 8-bit codes (of ``slots`` only, when given) for ``SQ_REFINE * k`` candidates
    per query, then rank them by their exact vectors."""
    n = snap.n_live if slots is None else len(slots)
    want = min(n, SQ_REFINE * k)
    if slots is not None:
        _, cand = snap.coarse.search(q, want, params=faiss.SearchParameters(sel=_bitmap(snap, slots)))
    elif snap.ntotal > SQ_SPLIT and len(q) <= SMALL_BATCH and available_cpus() > 1:
        cand = _split_scan(snap.coarse, q, want, available_cpus())
    else:
        _, cand = snap.coarse.search(q, want)
    vecs = snap.vectors_view()
    scores = np.full((len(q), k), -np.inf, dtype=np.float32)
    inner = np.full((len(q), k), -1, dtype=np.int64)
    for r in range(len(q)):
        c = cand[r][cand[r] >= 0]
        exact = vecs[c] @ q[r]
        top = np.argsort(-exact, kind="stable")[:k]
        scores[r, : len(top)] = exact[top]
        inner[r, : len(top)] = c[top]
    return scores, _to_ids(snap, inner)


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


def _hnsw_search(
    snap: _Snapshot, q: np.ndarray, k: int, slots: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Graph search admitting only ``slots`` (or every live slot); rows the walk leaves short
    of ``k`` admissible results are redone exactly."""
    inner_index = faiss.downcast_index(snap.index.index)
    params = faiss.SearchParametersHNSW(efSearch=max(snap.ef_search, k))
    if slots is not None or snap.n_dead:
        params.sel = _bitmap(snap, slots)  # tombstoned slots are never in the bitmap
    scores, inner = inner_index.search(q, k, params=params)
    scores = np.asarray(scores, dtype=np.float32)
    labels = _to_ids(snap, inner)
    short = np.flatnonzero((labels < 0).any(axis=1))
    if len(short):
        scores[short], labels[short] = _exact_over(snap, q[short], k, slots)
    return scores, labels


# --------------------------------------------------------------------------------------------
# HNSW calibration
# --------------------------------------------------------------------------------------------


def calibrate_ef_search(
    snap: _Snapshot, *, target: float = 0.99, k: int = 10, n_queries: int = 100, seed: int = 0
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
    live = _bitmap(snap, None) if snap.n_dead else None
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


# --------------------------------------------------------------------------------------------
# Persistence
# --------------------------------------------------------------------------------------------


def _digest(snap: _Snapshot) -> str:
    """sha256 of the live ids ascending (int64 LE) then their vectors in that order (f32 LE)."""
    ids, slots = snap.live_sorted()
    h = hashlib.sha256()
    h.update(b"ids\0")
    h.update(ids.astype("<i8", copy=False).tobytes())
    h.update(b"vectors\0")
    xb = snap.vectors_view()
    for start in range(0, len(slots), _DIGEST_CHUNK):
        chunk = xb[slots[start : start + _DIGEST_CHUNK]]
        h.update(chunk.astype("<f4", copy=False).tobytes())
    return "sha256:" + h.hexdigest()


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _tmp_name(folder: Path, name: str) -> Path:
    return folder / f".{name}.{os.getpid()}.{uuid.uuid4().hex[:12]}.tmp"


def _save(store: FaissVectorStore, folder: Path, manifest_extra: dict[str, Any]) -> dict[str, Any]:
    snap = store._snap
    folder.mkdir(parents=True, exist_ok=True)
    tmp_index = _tmp_name(folder, INDEX_FILE)
    tmp_manifest = _tmp_name(folder, MANIFEST_FILE)
    try:
        faiss.write_index(snap.index, str(tmp_index))
        _fsync_file(tmp_index)
        file_sha = _file_sha256(tmp_index)
        file_bytes = tmp_index.stat().st_size
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "model": manifest_extra["model"],
            "dimension": store.dimension,
            "count": snap.n_live,
            "metric": METRIC,
            "index_kind": snap.kind,
            "ntotal": snap.ntotal,
            "tombstones": snap.n_dead,
            "hnsw": (
                {
                    "M": store.hnsw_m,
                    "ef_construction": int(faiss.downcast_index(snap.index.index).hnsw.efConstruction),
                    "ef_search": snap.ef_search,
                    "calibrated_recall_at_10": snap.calibrated_recall,
                    "calibrated_count": snap.calibrated_at,
                }
                if snap.kind == "hnsw"
                else None
            ),
            "sq8": (
                {
                    "refine": SQ_REFINE,
                    "recall_at_10": snap.calibrated_recall,
                    "measured_count": snap.calibrated_at,
                    # the quantiser's per-dimension ranges: a loaded index encodes as this one did
                    "trained": [float(v) for v in faiss.vector_to_array(snap.coarse.sq.trained)],
                }
                if snap.kind == "sq8"
                else None
            ),
            "approx_declined_at": store.approx_declined_at,
            "extractors": dict(manifest_extra.get("extractors") or {}),
            "store_digest": manifest_extra.get("store_digest"),
            "digest": _digest(snap),
            "index_file": INDEX_FILE,
            "index_sha256": file_sha,
            "index_bytes": file_bytes,
            "faiss_version": faiss.__version__,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        os.replace(tmp_index, folder / INDEX_FILE)
        with open(tmp_manifest, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_manifest, folder / MANIFEST_FILE)
        _fsync_dir(folder)
        return manifest
    finally:
        for tmp in (tmp_index, tmp_manifest):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _read_manifest(folder: Path) -> tuple[bytes, dict[str, Any]]:
    path = folder / MANIFEST_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndexError_(
            f"The vector index in {folder} has no {MANIFEST_FILE} (missing, or never saved completely); "
            f"{REINDEX_HINT}."
        ) from None
    except OSError as exc:
        raise IndexError_(f"Cannot read {path}: {exc}; {REINDEX_HINT}.") from exc
    try:
        manifest = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexError_(f"{path} is not valid JSON ({exc}); {REINDEX_HINT}.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexError_(f"{path} is not a {FORMAT} manifest; {REINDEX_HINT}.")
    missing = [
        key
        for key in ("model", "dimension", "count", "index_kind", "digest", "index_sha256", "index_bytes")
        if key not in manifest
    ]
    if missing:
        raise IndexError_(f"{path} lacks {', '.join(missing)}; {REINDEX_HINT}.")
    return raw, manifest


def _check_expected(manifest: dict[str, Any], folder: Path, model: str | None, dim: int | None) -> None:
    if model is not None and manifest["model"] != model:
        raise ManifestMismatchError(
            f"The vector index in {folder} was built with model {manifest['model']!r}, "
            f"but this run uses {model!r}; {REINDEX_HINT}.",
            detail={"index_model": manifest["model"], "model": model},
        )
    if dim is not None and int(manifest["dimension"]) != int(dim):
        raise ManifestMismatchError(
            f"The vector index in {folder} holds {manifest['dimension']}-dimensional vectors, "
            f"but the model makes {dim}-dimensional ones; {REINDEX_HINT}.",
            detail={"index_dimension": manifest["dimension"], "dimension": dim},
        )


def _load(
    cls: type[FaissVectorStore],
    folder: Path,
    expected_model: str | None,
    expected_dim: int | None,
    verify_digest: bool,
    options: dict[str, Any],
) -> FaissVectorStore:
    index_path = folder / INDEX_FILE
    for attempt in range(3):
        raw, manifest = _read_manifest(folder)
        _check_expected(manifest, folder, expected_model, expected_dim)
        try:
            size = index_path.stat().st_size
        except FileNotFoundError:
            raise IndexError_(f"{index_path} is missing; {REINDEX_HINT}.") from None
        problem = None
        if size != int(manifest["index_bytes"]):
            problem = (
                f"{index_path} is {size} bytes, its manifest says {manifest['index_bytes']} (truncated?)"
            )
        elif _file_sha256(index_path) != manifest["index_sha256"]:
            problem = f"{index_path} does not match the checksum in its manifest (corrupt)"
        index = None
        if problem is None:
            try:
                index = faiss.read_index(str(index_path))
            except RuntimeError as exc:
                problem = f"FAISS cannot read {index_path}: {str(exc).splitlines()[0]}"
        # A writer may have replaced the pair while we read: if the manifest changed, retry.
        with contextlib.suppress(OSError):
            if (folder / MANIFEST_FILE).read_bytes() != raw and attempt < 2:
                continue
        if problem is not None:
            raise IndexError_(f"{problem}; {REINDEX_HINT}.")
        break
    assert index is not None
    kind = manifest["index_kind"]
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else None
    expected_inner = {"flat": faiss.IndexFlat, "sq8": faiss.IndexFlat, "hnsw": faiss.IndexHNSWFlat}.get(kind)
    if inner is None or expected_inner is None or not isinstance(inner, expected_inner):
        raise IndexError_(f"{index_path} is not the {kind} index its manifest describes; {REINDEX_HINT}.")
    if int(index.d) != int(manifest["dimension"]):
        raise IndexError_(
            f"{index_path} has dimension {index.d}, its manifest says {manifest['dimension']}; {REINDEX_HINT}."
        )
    hn = manifest.get("hnsw") or {}
    store = cls(
        int(manifest["dimension"]),
        model_name=str(manifest["model"]),
        hnsw_m=int(hn.get("M", 32)),
        ef_construction=int(hn.get("ef_construction", 40)),
        **options,
    )
    store.approx_declined_at = int(manifest.get("approx_declined_at") or 0)
    n_dead = int((_ids_of(index) < 0).sum())
    ef = int(store.fixed_ef_search or hn.get("ef_search") or 0)
    if kind == "hnsw":
        inner.hnsw.efSearch = ef or inner.hnsw.efSearch
        ef = int(inner.hnsw.efSearch)
    snap = _Snapshot(
        index=index,
        kind=kind,
        n_dead=n_dead,
        ef_search=ef,
        calibrated_recall=hn.get("calibrated_recall_at_10"),
        calibrated_at=int(hn.get("calibrated_count") or 0),
    )
    if snap.n_live != int(manifest["count"]):
        raise IndexError_(
            f"{index_path} holds {snap.n_live} vectors, its manifest says {manifest['count']}; {REINDEX_HINT}."
        )
    if verify_digest and _digest(snap) != manifest["digest"]:
        raise IndexError_(
            f"The vectors in {index_path} do not match the digest in its manifest; {REINDEX_HINT}."
        )
    if kind == "sq8":
        trained = (manifest.get("sq8") or {}).get("trained")
        if not isinstance(trained, list) or len(trained) != 2 * int(manifest["dimension"]):
            raise IndexError_(f"{folder / MANIFEST_FILE} lacks the sq8 quantiser's ranges; {REINDEX_HINT}.")
        snap = _with_coarse(snap, store.recall_target, trained)
    store._snap = snap
    store.manifest = manifest
    return store


def _ids_of(index: Any) -> np.ndarray:
    n = int(index.ntotal)
    return faiss.rev_swig_ptr(index.id_map.data(), n).copy() if n else np.empty(0, np.int64)
