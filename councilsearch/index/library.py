"""The library: a data folder holding the SQLite store and the FAISS index, and the
operations on it (ingest, delete, reindex). CLI and API are thin layers over this.

Write order, for crash safety: a document's rows (with its passage embeddings) are committed
to SQLite in one transaction first; the FAISS index is derived from those rows and saved
atomically (temp file, fsync, rename) after a batch. On open the FAISS ids are reconciled
with the live passage ids, so a kill between the two steps heals itself and a reader never
sees half a document.
"""

from __future__ import annotations

import fcntl
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.config import Settings, embed_threads, load_settings
from councilsearch.digests import sha256_file
from councilsearch.errors import CouncilSearchError, IndexError_, ManifestMismatchError, ParseError
from councilsearch.index import identity, recommendations
from councilsearch.index.alerts import on_ingest
from councilsearch.index.identity import EMBEDDING_META, check_stored, embedding_tag, full_tag, stored_tag
from councilsearch.index.ingest_report import IngestResult, ProgressFn, Tally, file_size
from councilsearch.index.prepare import default_workers, prepared
from councilsearch.index.store import Store
from councilsearch.index.store.embedding_text import document_context
from councilsearch.index.units import embed_units
from councilsearch.ingest.parse import document_id, iter_files
from councilsearch.ingest.passages import passage_sentences, passage_words
from councilsearch.models import Document, DocumentMeta
from councilsearch.pipeline import (
    Analysis,
    ParseOptions,
    analyse,
    extractor_versions,
    parse_document,
    read_document,
)

log = logging.getLogger(__name__)

STORE_NAME = "store.sqlite"
VECTORS_DIR = "vectors"
SENTENCE_VECTORS_DIR = "sentence_vectors"
UNIT_TABLES = ("passages", "sentences")


def store_path(data_dir: str | Path) -> Path:
    """The SQLite store of a data folder (the one place that names the file)."""
    return Path(data_dir) / STORE_NAME


def make_embedder(settings: Settings) -> Any:
    """The embedder ``settings.embedder`` names: ``int8`` (``councilsearch.embedding``, with one
    intra-op thread per CPU for bulk work, or ``$COUNCILSEARCH_EMBED_THREADS``, which serving
    sets to 1) or ``torch`` (sentence-transformers fp32). Each is imported only when chosen, so
    the int8 path never imports torch."""
    if settings.embedder == "torch":
        from councilsearch.index.embed import get_embedder

        return get_embedder(settings.resolved_model_path, batch_size=settings.embed_batch_size)
    from councilsearch.embedding.int8 import get_int8_embedder

    return get_int8_embedder(
        settings.resolved_model_path, batch_size=settings.embed_batch_size, threads=embed_threads()
    )


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
        self.store = Store(store_path(self.data_dir))
        self.embed = embed
        self.extract = extract
        self._embedder: Any = None
        self._vectors: Any = None
        self._sent_vectors: Any = None
        self._vec_lock = threading.RLock()
        self._dirty = False
        self._synced_generation = -1  # the store generation the vector indexes last caught up with
        # set by a server that opened, without its vectors, a store refused for this embedder
        # (api.app): keyword search and reading serve; writes and semantic search raise it
        self.refused: ManifestMismatchError | None = None
        if embed:
            self._open_vectors(repair=repair)

    # -- models --------------------------------------------------------------------------
    @property
    def embedder(self) -> Any:
        """The embedder ``settings.embedder`` names (see ``make_embedder``)."""
        if self._embedder is None:
            self._embedder = make_embedder(self.settings)
        return self._embedder

    @property
    def vectors_dir(self) -> Path:
        return self.data_dir / VECTORS_DIR

    def _new_vectors(self) -> Any:
        from councilsearch.index.vectors.faiss_store import FaissVectorStore

        return FaissVectorStore(self.embedder.dimension, approx_threshold=self.settings.approx_threshold)

    def _adopt_embedder(self) -> None:
        """Make the embeddings kept in SQLite this embedder's: drop those another model or
        backend made (the next sync embeds every unit again) and record this one."""
        tag = embedding_tag(self.embedder)
        stored = stored_tag(self.store, self.embedder)
        if stored is not None and (stored != tag or identity.stale(self.store, self.embedder)):
            log.warning("the stored embeddings were made by %s (%s); embedding every passage again with %s", stored,
                        identity.recorded(self.store), identity.embedder_identity(self.embedder))
            self.store.reset_embeddings(EMBEDDING_META, tag)
        elif self.store.get_meta(EMBEDDING_META) != tag:
            self.store.set_meta(EMBEDDING_META, tag)
        identity.record(self.store, identity.embedder_identity(self.embedder))

    @property
    def sentence_vectors_dir(self) -> Path:
        return self.data_dir / SENTENCE_VECTORS_DIR

    def _folder(self, table: str) -> Path:
        return self.vectors_dir if table == "passages" else self.sentence_vectors_dir

    def _get(self, table: str) -> Any:
        return self._vectors if table == "passages" else self._sent_vectors

    def _set(self, table: str, vs: Any) -> None:
        if table == "passages":
            self._vectors = vs
        else:
            self._sent_vectors = vs

    def _open_vectors(self, repair: bool) -> None:
        """Load both vector indexes (passages, and sentences for sentence-level matching),
        checked against their manifests; rebuild from SQLite when unusable and ``repair``."""
        from councilsearch.index.vectors.faiss_store import FaissVectorStore
        from councilsearch.index.vectors.files import has_files

        # no vectors yet: whatever is on disk is stale
        empty = check_stored(self.store, self.embedder, self.settings.embedder, f"The store in {self.data_dir}")
        for table in UNIT_TABLES:
            folder = self._folder(table)
            if has_files(folder) and not empty:
                try:
                    vs = FaissVectorStore.load(
                        folder,
                        expected_model=self.embedder.name,
                        expected_dim=self.embedder.dimension,
                        expected_backend=self.embedder.backend,
                        expected_identity=identity.embedder_identity(self.embedder),
                    )
                except IndexError_ as exc:
                    if not repair:
                        raise
                    log.warning("vector index %s unusable (%s); rebuilding it from the store", folder, exc)
                    self._reindex_table(table)
                    continue
                self._set(table, vs)
            else:
                self._set(table, self._new_vectors())
        self.reconcile()

    @property
    def vectors(self) -> Any:
        if self._vectors is None:
            raise IndexError_("this library was opened without its vector index")
        return self._vectors

    @property
    def sentence_vectors(self) -> Any:
        if self._sent_vectors is None:
            raise IndexError_("this library was opened without its vector index")
        return self._sent_vectors

    def refresh(self) -> bool:
        """Catch the in-memory vector indexes up with the store, when anything has been written
        since they last were: by this process or another (``serve --workers N`` runs several
        processes over one data folder; the one that ingests an upload saves the index, the
        others bring theirs up to date from the embeddings in SQLite on their next search).
        One small query when nothing has changed. Returns whether it synced. Raises
        ``ManifestMismatchError`` when another process has since re-embedded the store with
        another model or backend (``reindex --embedder ...``): this process's vectors and
        queries are the other backend's, so it must be restarted with that one."""
        if not self.embed or self._vectors is None:
            return False
        if self.store.generation() == self._synced_generation:
            return False
        with self._vec_lock:
            generation = self.store.generation()  # read first: a write during the sync is caught next time
            if generation == self._synced_generation:
                return False
            have = self.store.get_meta(EMBEDDING_META)
            moved = identity.moved(self.store, self.embedder)
            if (have is not None and full_tag(have) != embedding_tag(self.embedder)) or moved:
                raise ManifestMismatchError(
                    f"The store in {self.data_dir} has been embedded again with {moved or full_tag(str(have))} since this "
                    f"process opened it with {embedding_tag(self.embedder)}: restart it with that embedder "
                    "(--embedder), or run `councilsearch reindex` with this one."
                )
            for table in UNIT_TABLES:
                self._sync(self._get(table), table)
            self._synced_generation = generation
            return True

    def reconcile(self) -> dict[str, int]:
        """Make the FAISS ids equal the live passage (and sentence) ids, after a crash or a
        stale file."""
        with self._vec_lock:
            self._synced_generation = self.store.generation()
            removed = added = 0
            for table in UNIT_TABLES:
                r, a = self._sync(self._get(table), table)
                removed, added = removed + r, added + a
            if removed or added:
                self._dirty = True
                self.save()
            return {"removed": removed, "added": added}

    def _sync(self, vs: Any, table: str = "passages") -> tuple[int, int]:
        """Bring ``vs`` to the live ids of ``table``: drop the extra, add the missing (from the
        embeddings kept in SQLite, embedding any unit that has none)."""
        live = set(self.store.unit_ids(table))
        have = set(int(i) for i in vs.ids())
        extra = sorted(have - live)
        missing = sorted(live - have)
        if extra:
            vs.remove(np.array(extra, dtype=np.int64))
        added = 0
        if missing:
            ids, vecs = self.store.embeddings(missing, table)
            lost = sorted(set(missing) - set(int(i) for i in ids))
            if lost:  # rows written without embeddings (an ingest with --no-embed): embed them now
                new_ids, new = self._embed_stored(lost, table)
                ids = np.concatenate([ids, new_ids]) if len(ids) else new_ids
                vecs = np.vstack([vecs, new]) if len(vecs) else new
            if len(ids):
                vs.add(ids, vecs)
                added = len(ids)
        return len(extra), added

    def _embed_stored(self, ids: list[int], table: str) -> tuple[np.ndarray, np.ndarray]:
        """Embed stored units that have no embedding, as ingest would have (their passages
        and sentences together, one pass per passage), keep the embeddings in SQLite, and
        return ``ids``' vectors (those still stored) in id order."""
        units = self.store.embedding_units(self.store.passages_of_units(ids, table))
        sentences = [s for _, _, ss in units for s in ss]
        pvecs, svecs = embed_units(self.embedder, [(ctx, p) for ctx, p, _ in units], sentences)
        pids = [p.id for _, p, _ in units]
        sids = [s[0] for s in sentences]
        self.store.set_embeddings(pids, pvecs, "passages")
        self.store.set_embeddings(sids, svecs, "sentences")
        got = dict(zip(pids, pvecs, strict=True)) if table == "passages" else dict(zip(sids, svecs, strict=True))
        keep = [i for i in ids if i in got]
        if not keep:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return np.array(keep, dtype=np.int64), np.stack([got[i] for i in keep])

    def save(self) -> None:
        """Write the FAISS indexes and manifests atomically, if anything changed."""
        if self._vectors is None:
            return
        with self._vec_lock:
            if not self._dirty:
                return
            # one saver at a time across processes (serve --workers N): each file pair is
            # renamed into place whole, but two savers' pairs must not interleave
            with open(self.data_dir / ".vectors.lock", "a+b") as lock_file:
                fcntl.flock(lock_file, fcntl.LOCK_EX)
                # and what it saves is the store's state, writes by other processes included
                generation = self.store.generation()
                for table in UNIT_TABLES:
                    self._sync(self._get(table), table)
                self._synced_generation = max(self._synced_generation, generation)
                digest = self.store.digest()
                made_by = identity.recorded(self.store) or identity.embedder_identity(self.embedder)
                for table in UNIT_TABLES:
                    self._get(table).save(
                        self._folder(table),
                        model=self.embedder.name,
                        backend=self.embedder.backend,
                        identity=made_by,
                        extractors=extractor_versions(),
                        store_digest=digest,
                    )
            self._dirty = False

    def _reindex_table(self, table: str) -> int:
        fresh = self._new_vectors()
        self._sync(fresh, table)
        self._set(table, fresh)
        self._dirty = True
        return len(fresh)

    def reindex(self) -> int:
        """Rebuild the FAISS indexes from the embeddings kept in SQLite (re-embedding any
        unit that has none, and every unit when another model or backend made the stored
        embeddings: this is how a store refused for that is brought to this embedder; open it
        with ``embed=False`` to call this). Returns the number of passage vectors. Each new
        index is built aside and swapped in whole: a concurrent search sees the old index or
        the new one, never a half-filled one."""
        with self._vec_lock:
            self._adopt_embedder()
            n = self._reindex_table("passages")
            self._reindex_table("sentences")
            self.save()
            return n

    # -- ingest --------------------------------------------------------------------------
    @property
    def parse_options(self) -> ParseOptions:
        return ParseOptions.of(self.settings)

    def parse(
        self, data: bytes, name: str, meta: DocumentMeta | None, source_path: str, guess: DocumentMeta | None = None
    ) -> Document:
        return parse_document(data, name, meta, source_path=source_path, options=self.parse_options, guess=guess)

    def analyse(self, doc: Document) -> Analysis:
        return analyse(doc, figures=self.extract, entities=self.extract)

    def ingest_file(self, path: str | Path, meta: DocumentMeta | None = None) -> IngestResult:
        p = Path(path)
        source_path = str(p.resolve())
        t0 = time.perf_counter()
        try:
            doc = read_document(p, self.parse_options, meta, source_path=source_path)
            return self._ingest(doc, t0)
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
        guess: DocumentMeta | None = None,
    ) -> IngestResult:
        """Parse, analyse, embed and store one document (council and date from ``meta``, else
        the document, else ``guess``). Raises ParseError on bad input."""
        t0 = time.perf_counter()
        return self._ingest(self.parse(data, name, meta, source_path or name, guess), t0)

    def _writable(self) -> None:
        if self.refused is not None:
            raise ManifestMismatchError(self.refused.message, detail=self.refused.detail)

    def _ingest(self, doc: Document, t0: float) -> IngestResult:
        """Analyse, embed and store one parsed document (unless it is stored already)."""
        self._writable()
        if self._stored(doc):
            # what the store holds, not what this read of the file guessed (a re-upload keeps its title)
            return self._unchanged(doc.source_path, doc.id, self._title(doc.id), t0)
        return self._store(self.analyse(doc), t0)

    def _stored(self, doc: Document) -> bool:
        return self.store.has_document(doc.id) or any(
            doc_id == doc.id for doc_id, _ in self.store.find_by_source(doc.source_path))

    @staticmethod
    def _unchanged(path: str, doc_id: str, title: str | None, t0: float) -> IngestResult:
        return IngestResult(path, "unchanged", doc_id, title, seconds=time.perf_counter() - t0)

    def _store(self, a: Analysis, t0: float) -> IngestResult:
        """Embed and write one analysed document, replacing what its file gave before."""
        doc = a.doc
        existing = self.store.find_by_source(doc.source_path)
        sentences = [s for p in a.passages for s in passage_sentences(p)]
        vecs, svecs = self._embed(a, sentences) if self.embed and a.passages else (None, None)
        replaced = [doc_id for doc_id, _ in existing if doc_id != doc.id]
        old_ids: list[int] = []
        old_sids: list[int] = []
        for old in replaced:
            old_ids.extend(p.id for p in self.store.doc_passages(old))
            old_sids.extend(self.store.doc_sentence_ids(old))
        with self._vec_lock:
            left = {recommendations.forget(self.store, old) for old in replaced}  # councils the write leaves
            self.store.write_document(
                doc, a.sections, a.passages, a.figures, a.entities, dict(a.glossary), vecs, replace=replaced,
                sentences=sentences, sentence_embeddings=svecs,
            )
            recommendations.record(self.store, a, left=left, replaced=set(replaced))
            if self.embed and self._vectors is not None:
                for vs, stale, ids, v in (
                    (self.vectors, old_ids, [p.id for p in a.passages], vecs),
                    (self.sentence_vectors, old_sids, [t[0] for t in sentences], svecs),
                ):
                    if stale:
                        vs.remove(np.array(stale, dtype=np.int64))
                    if v is not None and len(v):
                        vs.add(np.array(ids, dtype=np.int64), v)
                self._dirty = True
        on_ingest(self.store, [doc.id])  # saved searches: record what this document newly matches
        return IngestResult(
            doc.source_path, "replaced" if replaced else "ingested", doc.id, doc.title,
            len(a.sections), len(a.passages), len(a.figures), len(a.entities),
            seconds=time.perf_counter() - t0, n_pages=doc.n_pages, fallback_pages=doc.fallback_pages,
            passage_words=tuple(passage_words(p) for p in a.passages if p.kind != "table"),
        )

    def _embed(self, a: Analysis, sentences: list[tuple[int, int, int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """Passage and sentence vectors from one model pass per passage: each sentence is
        pooled from the tokens of its passage's pass (with the document and section context
        the passage is embedded with), not embedded again (see ``embed_units``)."""
        context = document_context(a.doc.title, a.doc.council)
        return embed_units(self.embedder, [(context, p) for p in a.passages], sentences)

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        progress: ProgressFn | None = None,
        save_every: int = 25,
        workers: int | None = None,
    ) -> list[IngestResult]:
        """Ingest every document file under ``paths`` (files or folders, in ``iter_files``
        order): ``workers`` processes (default ``settings.ingest_workers``) read, parse and
        analyse files while this process embeds and writes them, saving the vector index every
        ``save_every`` files and at the end. A file already stored (same name and bytes) is
        not parsed again. A bad file is a failed result, never an exception. ``progress``
        hears of each file when it is done. Results come back in ``iter_files`` order."""
        self._writable()
        files = iter_files([Path(p) for p in paths])
        tally = Tally(len(files), sum(file_size(f) for f in files), progress)
        results: dict[Path, IngestResult] = {}
        todo: list[Path] = []
        for f in files:
            known = self._known_file(f)
            if known is None:
                todo.append(f)
            else:
                results[f] = tally.add(f, known)
        n = self.settings.ingest_workers if workers is None else workers
        for prep in prepared(todo, self.parse_options, self.extract, default_workers() if n < 0 else n):
            t0 = time.perf_counter() - prep.seconds
            if prep.analysis is None:
                r = IngestResult(str(prep.path), "failed", error=prep.error, error_code=prep.error_code,
                                 seconds=prep.seconds)
            elif self._stored(prep.analysis.doc):
                doc = prep.analysis.doc
                r = self._unchanged(doc.source_path, doc.id, self._title(doc.id), t0)
            else:
                r = self._store(prep.analysis, t0)
            results[prep.path] = tally.add(prep.path, r)
            if self.embed and tally.stored % save_every == 0 and r.status in ("ingested", "replaced"):
                self.save()
        if self.embed:
            self.save()
        return [results[f] for f in files]

    def _known_file(self, path: Path) -> IngestResult | None:
        """The "unchanged" result for a file whose bytes (under its name) are stored already,
        found by hashing it rather than parsing it; None when it needs the work."""
        try:
            doc_id = document_id(path.name, sha256_file(path))
        except OSError:
            return None  # unreadable: the worker says why
        if not self.store.has_document(doc_id):
            return None
        t0 = time.perf_counter()
        return self._unchanged(str(path.resolve()), doc_id, self._title(doc_id), t0)

    def _title(self, doc_id: str) -> str | None:
        title = self.store.document_meta([doc_id]).get(doc_id, {}).get("title")
        return None if title is None else str(title)

    def delete(self, doc_id: str) -> int:
        """Delete a document from the store and the vector index; returns passages removed."""
        self._writable()
        with self._vec_lock:
            sids = self.store.doc_sentence_ids(doc_id)
            council = recommendations.forget(self.store, doc_id)
            ids = self.store.delete_document(doc_id)
            recommendations.relink(self.store, council, touched={doc_id})
            if self.embed and self._vectors is not None and ids:
                self.vectors.remove(np.array(ids, dtype=np.int64))
                if sids:
                    self.sentence_vectors.remove(np.array(sids, dtype=np.int64))
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
            sentence_vectors=(lambda: self._sent_vectors) if self.embed else None,
            max_query_chars=self.settings.max_query_chars,
            max_concurrent=self.settings.search_concurrency or None,
            refused=self.refused,
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
