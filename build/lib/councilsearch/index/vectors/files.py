"""The files of a vector folder (no pickle anywhere)::

    vectors.faiss   faiss.write_index output
    coarse.faiss    the ``ivf`` kind's inverted file (faiss.write_index), only for that kind
    manifest.json   model, embedding backend (and the embedder's identity), dimension, count, metric, index kind (+ HNSW
                    settings, or the sq8 quantiser's ranges; either with the record of how its
                    recall was measured: method, probes, recall@10, efSearch, time), why ``auto``
                    declined a graph if it did, the caller's extractor versions, a content digest
                    and the sha256 of vectors.faiss

Each is written to a temporary file in the same folder, fsynced and renamed into place;
``vectors.faiss`` first (then ``coarse.faiss``), ``manifest.json`` last, then the folder itself is fsynced. A reader
that finds a manifest therefore finds the index file it describes, and ``load_files`` checks
the file's size and sha256 against the manifest before FAISS reads a byte of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from councilsearch.config import TORCH_BACKEND
from councilsearch.digests import sha256_file
from councilsearch.durable import write_json
from councilsearch.errors import IndexError_, ManifestMismatchError
from councilsearch.index.identity import differences, mismatch_message
from councilsearch.index.vectors.hnsw import calibrate_ef_search
from councilsearch.index.vectors.ivf import with_ivf
from councilsearch.index.vectors.probes import METHOD
from councilsearch.index.vectors.protocol import REINDEX_HINT
from councilsearch.index.vectors.snapshot import Snapshot, faiss
from councilsearch.index.vectors.sq8 import SQ_REFINE, with_coarse

if TYPE_CHECKING:
    from councilsearch.index.vectors.faiss_store import FaissVectorStore

log = logging.getLogger(__name__)

INDEX_FILE = "vectors.faiss"
COARSE_FILE = "coarse.faiss"
MANIFEST_FILE = "manifest.json"
FORMAT = "councilsearch.vectors.v1"
METRIC = "inner_product"
_DIGEST_CHUNK = 65_536


def has_files(folder: Path) -> bool:
    """Whether an index was ever saved in ``folder`` (whole or not)."""
    return (folder / MANIFEST_FILE).exists() or (folder / INDEX_FILE).exists()


def snapshot_digest(snap: Snapshot) -> str:
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


def save_files(store: FaissVectorStore, folder: Path, manifest_extra: dict[str, Any]) -> dict[str, Any]:
    snap = store._snap
    folder.mkdir(parents=True, exist_ok=True)
    tmp_index = _tmp_name(folder, INDEX_FILE)
    tmp_manifest = _tmp_name(folder, MANIFEST_FILE)
    tmp_coarse = _tmp_name(folder, COARSE_FILE)
    try:
        faiss.write_index(snap.index, str(tmp_index))
        _fsync_file(tmp_index)
        file_sha = sha256_file(tmp_index)
        file_bytes = tmp_index.stat().st_size
        ivf = None
        if snap.kind == "ivf":
            faiss.write_index(snap.coarse, str(tmp_coarse))
            _fsync_file(tmp_coarse)
            ivf = {
                "nlist": int(snap.coarse.nlist),
                "nprobe": snap.nprobe,
                "refine": SQ_REFINE,
                "quantiser": "QT_8bit",
                "recall_at_10": snap.calibrated_recall,
                "trained_count": snap.calibrated_at,
                "calibration": snap.calibration,
                "file": COARSE_FILE,
                "sha256": sha256_file(tmp_coarse),
                "bytes": tmp_coarse.stat().st_size,
            }
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "model": manifest_extra["model"],
            "backend": manifest_extra.get("backend"),
            "identity": manifest_extra.get("identity"),  # the embedder's whole identity (index.identity)
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
                    "calibration": snap.calibration,  # how: method, probes, recall, time; None if fixed
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
                    "calibration": snap.calibration,
                }
                if snap.kind == "sq8"
                else None
            ),
            "ivf": ivf,
            "approx_declined_at": store.approx_declined_at,
            "approx_declined": store.approx_declined,
            "extractors": dict(manifest_extra.get("extractors") or {}),
            "store_digest": manifest_extra.get("store_digest"),
            "digest": snapshot_digest(snap),
            "index_file": INDEX_FILE,
            "index_sha256": file_sha,
            "index_bytes": file_bytes,
            "faiss_version": faiss.__version__,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        os.replace(tmp_index, folder / INDEX_FILE)
        if ivf is not None:
            os.replace(tmp_coarse, folder / COARSE_FILE)
        write_json(manifest, tmp_manifest, folder / MANIFEST_FILE)
        _fsync_dir(folder)
        if ivf is None:  # another kind now: an inverted file saved earlier describes nothing
            with contextlib.suppress(FileNotFoundError):
                (folder / COARSE_FILE).unlink()
        return manifest
    finally:
        for tmp in (tmp_index, tmp_manifest, tmp_coarse):
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


def manifest_backend(manifest: dict[str, Any]) -> str:
    """The embedding backend that made a manifest's vectors. A manifest that names none was
    written before backends were recorded, when torch fp32 was the only one."""
    return str(manifest.get("backend") or TORCH_BACKEND)


def _check_expected(
    manifest: dict[str, Any], folder: Path, model: str | None, dim: int | None, backend: str | None = None,
    identity: dict[str, Any] | None = None,
) -> None:
    if model is not None and manifest["model"] != model:
        raise ManifestMismatchError(
            f"The vector index in {folder} was built with model {manifest['model']!r}, "
            f"but this run uses {model!r}; {REINDEX_HINT}.",
            detail={"index_model": manifest["model"], "model": model},
        )
    if backend is not None and manifest_backend(manifest) != backend:
        raise ManifestMismatchError(
            f"The vector index in {folder} was built by the {manifest_backend(manifest)} embedding backend, "
            f"but this run uses {backend}; {REINDEX_HINT}.",
            detail={"index_backend": manifest_backend(manifest), "backend": backend},
        )
    made_by = manifest.get("identity")
    if identity is not None and isinstance(made_by, dict) and differences(made_by, identity):
        raise ManifestMismatchError(
            mismatch_message(f"The vector index in {folder}", made_by, identity),
            detail={"index_identity": made_by, "identity": identity, "differs": differences(made_by, identity)},
        )
    if dim is not None and int(manifest["dimension"]) != int(dim):
        raise ManifestMismatchError(
            f"The vector index in {folder} holds {manifest['dimension']}-dimensional vectors, "
            f"but the model makes {dim}-dimensional ones; {REINDEX_HINT}.",
            detail={"index_dimension": manifest["dimension"], "dimension": dim},
        )


def load_files(
    cls: type[FaissVectorStore],
    folder: Path,
    expected_model: str | None,
    expected_dim: int | None,
    verify_digest: bool,
    options: dict[str, Any],
    expected_backend: str | None = None,
    expected_identity: dict[str, Any] | None = None,
) -> FaissVectorStore:
    index_path = folder / INDEX_FILE
    for attempt in range(3):
        raw, manifest = _read_manifest(folder)
        _check_expected(manifest, folder, expected_model, expected_dim, expected_backend, expected_identity)
        try:
            size = index_path.stat().st_size
        except FileNotFoundError:
            raise IndexError_(f"{index_path} is missing; {REINDEX_HINT}.") from None
        problem = None
        if size != int(manifest["index_bytes"]):
            problem = (
                f"{index_path} is {size} bytes, its manifest says {manifest['index_bytes']} (truncated?)"
            )
        elif sha256_file(index_path) != manifest["index_sha256"]:
            problem = f"{index_path} does not match the checksum in its manifest (corrupt)"
        index = None
        if problem is None:
            try:
                index = faiss.read_index(str(index_path))
            except RuntimeError as exc:
                problem = f"FAISS cannot read {index_path}: {str(exc).splitlines()[0]}"
        coarse = None
        if index is not None and manifest["index_kind"] == "ivf":
            try:
                coarse = _read_coarse(folder, manifest.get("ivf") or {}, index)
            except IndexError_ as exc:
                problem = str(exc).removesuffix(f"; {REINDEX_HINT}.")
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
    expected_inner = {"flat": faiss.IndexFlat, "sq8": faiss.IndexFlat, "ivf": faiss.IndexFlat,
                      "hnsw": faiss.IndexHNSWFlat}.get(kind)
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
    declined = manifest.get("approx_declined")
    store.approx_declined = declined if isinstance(declined, dict) else None
    n_dead = int((_ids_of(index) < 0).sum())
    ef = int(store.fixed_ef_search or hn.get("ef_search") or 0)
    if kind == "hnsw":
        inner.hnsw.efSearch = ef or inner.hnsw.efSearch
        ef = int(inner.hnsw.efSearch)
    snap = Snapshot(
        index=index,
        kind=kind,
        n_dead=n_dead,
        ef_search=ef,
        calibrated_recall=hn.get("calibrated_recall_at_10"),
        calibrated_at=int(hn.get("calibrated_count") or 0),
        calibration=hn.get("calibration") if isinstance(hn.get("calibration"), dict) else None,
    )
    if snap.n_live != int(manifest["count"]):
        raise IndexError_(
            f"{index_path} holds {snap.n_live} vectors, its manifest says {manifest['count']}; {REINDEX_HINT}."
        )
    if verify_digest and snapshot_digest(snap) != manifest["digest"]:
        raise IndexError_(
            f"The vectors in {index_path} do not match the digest in its manifest; {REINDEX_HINT}."
        )
    if kind == "sq8":
        trained = (manifest.get("sq8") or {}).get("trained")
        if not isinstance(trained, list) or len(trained) != 2 * int(manifest["dimension"]):
            raise IndexError_(f"{folder / MANIFEST_FILE} lacks the sq8 quantiser's ranges; {REINDEX_HINT}.")
        snap = with_coarse(snap, store.recall_target, trained, (manifest.get("sq8") or {}).get("calibration"))
    elif kind == "ivf":
        ivf = manifest.get("ivf") or {}
        snap = with_ivf(snap, store.recall_target, coarse, ivf.get("calibration"))
    elif kind == "hnsw" and not store.fixed_ef_search and (snap.calibration or {}).get("method") != METHOD:
        snap = _recalibrated(snap, folder, store.recall_target)
    store._snap = snap
    store.manifest = manifest
    return store


def _read_coarse(folder: Path, ivf: dict[str, Any], index: Any) -> Any:
    """The ``ivf`` kind's inverted file, checked against the manifest's size and sha256 and
    against the flat index (dimension, count)."""
    path = folder / COARSE_FILE
    if not ivf.get("sha256"):
        raise IndexError_(f"{folder / MANIFEST_FILE} does not describe the ivf index's {COARSE_FILE}; {REINDEX_HINT}.")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IndexError_(f"{path} is missing; {REINDEX_HINT}.") from None
    if size != int(ivf.get("bytes") or -1) or sha256_file(path) != ivf["sha256"]:
        raise IndexError_(f"{path} does not match the size and checksum in its manifest (corrupt); {REINDEX_HINT}.")
    try:
        coarse = faiss.read_index(str(path))
    except RuntimeError as exc:
        raise IndexError_(f"FAISS cannot read {path}: {str(exc).splitlines()[0]}; {REINDEX_HINT}.") from exc
    if (
        not isinstance(coarse, faiss.IndexIVFScalarQuantizer)
        or int(coarse.d) != int(index.d)
        or int(coarse.ntotal) != int(index.ntotal)
    ):
        raise IndexError_(f"{path} is not the inverted file of {folder / INDEX_FILE}; {REINDEX_HINT}.")
    return coarse


def _recalibrated(snap: Snapshot, folder: Path, target: float) -> Snapshot:
    """A graph saved with efSearch calibrated otherwise (stored vectors as queries, before query-
    like probes): calibrated again, so it is not served at an efSearch that loses a question's
    neighbours. The index file is unchanged; the next save records the new calibration."""
    cal = calibrate_ef_search(snap, target=target)
    log.warning(
        "%s: efSearch %d was calibrated by %s; recalibrated with query-like probes: efSearch %d, recall@10 %.3f",
        folder, snap.ef_search, (snap.calibration or {}).get("method", "leave-one-out"), cal.ef, cal.recall,
    )
    faiss.downcast_index(snap.index.index).hnsw.efSearch = cal.ef
    return replace(snap, ef_search=cal.ef, calibrated_recall=cal.recall, calibrated_at=snap.n_live,
                   calibration=cal.record)


def _ids_of(index: Any) -> np.ndarray:
    n = int(index.ntotal)
    return faiss.rev_swig_ptr(index.id_map.data(), n).copy() if n else np.empty(0, np.int64)
