"""The library: a data folder holding the SQLite store and the FAISS index, and the
operations on it (ingest, delete, reindex). CLI and API are thin layers over this.

Write order, for crash safety: a document's rows (with its passage embeddings) are committed
to SQLite in one transaction first; the FAISS index is derived from those rows and saved
atomically (temp file, fsync, rename) after a batch. On open the FAISS ids are reconciled
with the live passage ids, so a kill between the two steps heals itself and a reader never
sees half a document.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.config import Settings, load_settings
from councilsearch.errors import CouncilSearchError, IndexError_, ParseError
from councilsearch.extract.pipeline import Analysis, analyse, extractor_versions
from councilsearch.index.store import Store
from councilsearch.ingest.manifest import meta_for
from councilsearch.ingest.parse import iter_files, parse_bytes, read_file
from councilsearch.models import Document, DocumentMeta

log = logging.getLogger(__name__)

STORE_NAME = "store.sqlite"
VECTORS_DIR = "vectors"


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # ingested | replaced | unchanged | failed
    doc_id: str | None = None
    title: str | None = None
    n_sections: int = 0
    n_passages: int = 0
    n_figures: int = 0
    n_entities: int = 0
    error: str | None = None
    error_code: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status != "failed"


ProgressFn = Callable[[IngestResult], None]


class Library:
    """A data folder: ``store.sqlite`` (source of truth) and ``vectors/`` (derived)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embed: bool = True,
        extract: bool = True,
        repair: bool = True,
    ) -> None:
        self.settings = settings or load_settings()
        self.data_dir = Path(self.settings.data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(self.data_dir / STORE_NAME)
        self.embed = embed
        self.extract = extract
        self._embedder: Any = None
        self._vectors: Any = None
        self._vec_lock = threading.RLock()
        self._dirty = False
        self._manifest_cache: dict[Path, dict[str, DocumentMeta]] = {}
        if embed:
            self._open_vectors(repair=repair)

    # -- models --------------------------------------------------------------------------
    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from councilsearch.index.embed import get_embedder

            self._embedder = get_embedder(self.settings.resolved_model_path, batch_size=self.settings.embed_batch_size)
        return self._embedder

    @property
    def vectors_dir(self) -> Path:
        return self.data_dir / VECTORS_DIR

    def _new_vectors(self) -> Any:
        from councilsearch.index.vectors import FaissVectorStore

        return FaissVectorStore(self.embedder.dimension, approx_threshold=self.settings.approx_threshold)

    def _open_vectors(self, repair: bool) -> None:
        from councilsearch.index.vectors import FaissVectorStore

        folder = self.vectors_dir
        if (folder / "manifest.json").exists() or (folder / "vectors.faiss").exists():
            try:
                vs = FaissVectorStore.load(
                    folder, expected_model=self.embedder.name, expected_dim=self.embedder.dimension
                )
            except IndexError_ as exc:
                if not repair:
                    raise
                log.warning("vector index unusable (%s); rebuilding it from the store", exc)
                self.reindex()
                return
            self._vectors = vs
        else:
            self._vectors = self._new_vectors()
        self.reconcile()

    @property
    def vectors(self) -> Any:
        if self._vectors is None:
            raise IndexError_("this library was opened without its vector index")
        return self._vectors

    def reconcile(self) -> dict[str, int]:
        """Make the FAISS ids equal the live passage ids (after a crash, or a stale file)."""
        with self._vec_lock:
            live = set(self.store.passage_ids())
            have = set(int(i) for i in self.vectors.ids())
            extra = sorted(have - live)
            missing = sorted(live - have)
            if extra:
                self.vectors.remove(np.array(extra, dtype=np.int64))
            added = 0
            if missing:
                ids, vecs = self.store.embeddings(missing)
                lost = sorted(set(missing) - set(int(i) for i in ids))
                if lost:
                    # rows written without embeddings (an ingest with --no-embed): embed them now
                    passages = self.store.passages(lost)
                    order = [passages[i] for i in lost if i in passages]
                    new = self.embedder.encode([p.embed_text for p in order])
                    self._store_embeddings([p.id for p in order], new)
                    ids = np.concatenate([ids, np.array([p.id for p in order], dtype=np.int64)]) if len(ids) else np.array([p.id for p in order], dtype=np.int64)
                    vecs = np.vstack([vecs, new]) if len(vecs) else new
                if len(ids):
                    self.vectors.add(ids, vecs)
                    added = len(ids)
            if extra or added:
                self._dirty = True
                self.save()
            return {"removed": len(extra), "added": added}

    def _store_embeddings(self, ids: Sequence[int], vecs: np.ndarray) -> None:
        with self.store.transaction() as c:
            c.executemany(
                "UPDATE passages SET embedding = ? WHERE id = ?",
                [(np.ascontiguousarray(v, dtype=np.float32).tobytes(), int(i)) for i, v in zip(ids, vecs, strict=True)],
            )

    def save(self) -> None:
        """Write the FAISS index and manifest atomically, if anything changed."""
        if self._vectors is None:
            return
        with self._vec_lock:
            if not self._dirty:
                return
            self.vectors.save(
                self.vectors_dir,
                model=self.embedder.name,
                extractors=extractor_versions(),
                store_digest=self.store.digest(),
            )
            self._dirty = False

    def reindex(self) -> int:
        """Rebuild the FAISS index from the embeddings kept in SQLite (re-embedding any
        passage that has none). Returns the number of vectors."""
        with self._vec_lock:
            self._vectors = self._new_vectors()
            self._dirty = True
            self.reconcile()
            self._dirty = True
            self.save()
            return len(self._vectors)

    # -- ingest --------------------------------------------------------------------------
    def _meta(self, path: Path) -> DocumentMeta:
        return meta_for(path, self._manifest_cache)

    def parse(self, data: bytes, name: str, meta: DocumentMeta | None, source_path: str) -> Document:
        parser = None
        if self.settings.sandbox:
            try:
                from councilsearch.ingest.sandbox import sandboxed_parser

                parser = sandboxed_parser(self.settings.parse_timeout_s, self.settings.parse_memory_bytes)
            except ImportError:
                parser = None
        return parse_bytes(data, name, meta, source_path=source_path, parser=parser)

    def analyse(self, doc: Document) -> Analysis:
        return analyse(doc, figures=self.extract, entities=self.extract)

    def ingest_file(self, path: str | Path, meta: DocumentMeta | None = None) -> IngestResult:
        p = Path(path)
        source_path = str(p.resolve())
        t0 = time.perf_counter()
        try:
            data = read_file(p)
            return self.ingest_bytes(data, p.name, meta or self._meta(p), source_path=source_path, t0=t0)
        except CouncilSearchError as exc:
            return IngestResult(str(p), "failed", error=str(exc), error_code=exc.code,
                                seconds=time.perf_counter() - t0)

    def ingest_bytes(
        self,
        data: bytes,
        name: str,
        meta: DocumentMeta | None = None,
        *,
        source_path: str | None = None,
        t0: float | None = None,
    ) -> IngestResult:
        """Parse, analyse, embed and store one document. Raises ParseError on bad input."""
        t0 = time.perf_counter() if t0 is None else t0
        source_path = source_path or name
        doc = self.parse(data, name, meta, source_path)
        existing = self.store.find_by_source(source_path)
        if any(doc_id == doc.id for doc_id, _ in existing) or self.store.has_document(doc.id):
            return IngestResult(source_path, "unchanged", doc.id, doc.title, seconds=time.perf_counter() - t0)
        a = self.analyse(doc)
        vecs = None
        if self.embed and a.passages:
            vecs = self.embedder.encode([p.embed_text for p in a.passages])
        replaced = [doc_id for doc_id, _ in existing if doc_id != doc.id]
        old_ids: list[int] = []
        for old in replaced:
            old_ids.extend(p.id for p in self.store.doc_passages(old))
        with self._vec_lock:
            self.store.write_document(
                doc, a.sections, a.passages, a.figures, a.entities, dict(a.glossary), vecs, replace=replaced
            )
            if self.embed and self._vectors is not None:
                if old_ids:
                    self.vectors.remove(np.array(old_ids, dtype=np.int64))
                if vecs is not None and len(vecs):
                    self.vectors.add(np.array([p.id for p in a.passages], dtype=np.int64), vecs)
                self._dirty = True
        return IngestResult(
            source_path, "replaced" if replaced else "ingested", doc.id, doc.title,
            len(a.sections), len(a.passages), len(a.figures), len(a.entities),
            seconds=time.perf_counter() - t0,
        )

    def ingest_paths(
        self, paths: Iterable[str | Path], progress: ProgressFn | None = None, save_every: int = 25
    ) -> list[IngestResult]:
        files = iter_files([Path(p) for p in paths])
        results: list[IngestResult] = []
        for k, f in enumerate(files, 1):
            r = self.ingest_file(f)
            results.append(r)
            if progress is not None:
                progress(r)
            if self.embed and k % save_every == 0:
                self.save()
        if self.embed:
            self.save()
        return results

    def delete(self, doc_id: str) -> int:
        """Delete a document from the store and the vector index; returns passages removed."""
        with self._vec_lock:
            ids = self.store.delete_document(doc_id)
            if self.embed and self._vectors is not None and ids:
                self.vectors.remove(np.array(ids, dtype=np.int64))
                self._dirty = True
                self.save()
        return len(ids)

    def searcher(self) -> Any:
        """A Searcher over this library; it always reads the current vector snapshot."""
        from councilsearch.index.search import Searcher

        return Searcher(
            self.store,
            (lambda: self._vectors) if self.embed else None,
            self.embedder if self.embed else None,
            max_query_chars=self.settings.max_query_chars,
        )

    def close(self) -> None:
        try:
            self.save()
        finally:
            self.store.close()


def files_to_ingest(paths: Sequence[str | Path]) -> list[Path]:
    found = iter_files([Path(p) for p in paths])
    if not found:
        raise ParseError("no documents found in " + ", ".join(str(p) for p in paths))
    return found
