"""One immutable state of a FAISS index (``Snapshot``) and the id and slot bookkeeping every
index kind shares: ids to storage slots and back, bitmaps of admitted slots, removal, and
checked, normalised input arrays."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import faiss as _faiss_typed
import numpy as np

from councilsearch.errors import ManifestMismatchError
from councilsearch.index.vectors.protocol import REINDEX_HINT

# faiss's bundled stubs describe the base Index only: no ``.hnsw``, ``.storage``,
# ``SearchParametersHNSW`` or ``SearchParameters(sel=...)``, all of which this package uses
# (and the tests exercise). It is used through an untyped name instead.
faiss: Any = _faiss_typed

SMALL_BATCH = 16
"""Query batches up to this size search single-threaded (see ``omp_threads``)."""


@contextlib.contextmanager
def omp_threads(n: int) -> Iterator[None]:
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


@dataclass(frozen=True)
class Snapshot:
    """One immutable state of the index. Never mutated once published."""

    index: Any  # faiss.IndexIDMap2 over IndexFlatIP (flat, sq8, ivf) or IndexHNSWFlat (hnsw)
    kind: str  # "flat" | "hnsw" | "sq8" | "ivf"
    coarse: Any = None  # sq8: IndexScalarQuantizer(8 bit) over the same slots, in the same order;
    # ivf: IndexIVFScalarQuantizer(8 bit) whose labels are the slots
    nprobe: int = 0  # ivf: lists scanned per search (calibrated)
    n_dead: int = 0  # HNSW slots whose vector was removed (their id is relabelled negative)
    ef_search: int = 0
    calibrated_recall: float | None = None
    calibrated_at: int = 0  # live count when efSearch was last calibrated
    calibration_s: float = 0.0
    calibration: dict[str, Any] | None = None  # the manifest's record of how recall was measured
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


def empty_result(nq: int) -> tuple[np.ndarray, np.ndarray]:
    return np.empty((nq, 0), np.float32), np.empty((nq, 0), np.int64)


def as_ids(ids: Any) -> np.ndarray:
    arr = np.asarray(ids)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        raise ValueError("ids must be a 1-D sequence of integers")
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"ids must be integers, got {arr.dtype}")
    return np.ascontiguousarray(arr, dtype=np.int64)


def unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique is ~20x slower on 200k int64 in numpy 2.4)."""
    a = np.sort(a)
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def member(sorted_haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """Boolean mask: which needles occur in the ascending array ``sorted_haystack``."""
    if not len(sorted_haystack):
        return np.zeros(len(needles), dtype=bool)
    i = np.minimum(np.searchsorted(sorted_haystack, needles), len(sorted_haystack) - 1)
    return sorted_haystack[i] == needles


def normalised(vectors: Any, d: int, what: str) -> np.ndarray:
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


def drop(index: Any, snap: Snapshot, present: np.ndarray, coarse: Any = None) -> int:
    """Remove ``present`` (live ids of ``snap``) from ``index``, a clone of ``snap.index`` (and
    from ``coarse``, a clone of ``snap.coarse``). Returns how many tombstones were made (0 for
    flat, sq8 and ivf: removal is physical, and the indexes close the gaps in the same order)."""
    ids, slots = snap.live_sorted()
    pos = slots[np.searchsorted(ids, present)]
    if snap.kind == "ivf":
        index.remove_ids(faiss.IDSelectorBatch(present))
        drop_slots(coarse, pos)
        return 0
    if snap.kind in ("flat", "sq8"):
        index.remove_ids(faiss.IDSelectorBatch(present))
        if coarse is not None:
            coarse.remove_ids(faiss.IDSelectorBatch(pos.astype(np.int64)))
        return 0
    id_map = faiss.rev_swig_ptr(index.id_map.data(), int(index.ntotal))
    id_map[pos] = -(pos.astype(np.int64) + 2)  # unique, negative, never -1 ("no result")
    index.construct_rev_map()
    return len(pos)


def drop_slots(coarse: Any, pos: np.ndarray) -> None:
    """Remove storage slots ``pos`` from ``coarse`` and renumber the slots after them, as the
    flat storage closes its gaps (an inverted file keeps its labels where a flat one shifts)."""
    gone = np.sort(pos.astype(np.int64))
    coarse.remove_ids(faiss.IDSelectorBatch(gone))
    invlists = coarse.invlists
    for lst in range(int(coarse.nlist)):
        size = int(invlists.list_size(lst))
        if size:
            ids = faiss.rev_swig_ptr(invlists.get_ids(lst), size)
            ids -= np.searchsorted(gone, ids)


def slots_of(snap: Snapshot, allowed: np.ndarray) -> np.ndarray:
    """Storage slots of the ids in ``allowed`` that are live in ``snap`` (others ignored)."""
    ids, slots = snap.live_sorted()
    if not len(ids) or not len(allowed):
        return np.empty(0, np.int64)
    allowed = unique(allowed)
    i = np.minimum(np.searchsorted(ids, allowed), len(ids) - 1)
    return slots[i[ids[i] == allowed]]


def bitmap(snap: Snapshot, slots: np.ndarray | None) -> Any:
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


def to_ids(snap: Snapshot, inner: np.ndarray) -> np.ndarray:
    """Storage slots (FAISS labels of the inner index; -1 = none) to passage ids."""
    idm = snap.id_map()
    return np.where(inner >= 0, idm[np.clip(inner, 0, None)], -1).astype(np.int64)
