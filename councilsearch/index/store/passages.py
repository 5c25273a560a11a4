"""Passages and sentences in the store: read by id or by filter, their embeddings (kept here,
so the vector index can always be rebuilt) and the text they are embedded as, and BM25
keyword search over passages."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from councilsearch.errors import QueryError
from councilsearch.index.store import fts
from councilsearch.index.store.base import StoreBase
from councilsearch.index.store.embedding_text import embedding_text
from councilsearch.index.store.filters import filters_sql
from councilsearch.index.store.fts import fts_terms, keyword_match
from councilsearch.index.store.rows import PASSAGE_COLS, embedding_blob, passage_from_row, unit_table
from councilsearch.models import Filters, Passage

_COUNTS_KEPT = 20_000  # query terms whose match counts a thread keeps (see _term_counter)
_SIZES_KEPT = 50_000  # documents whose passage counts a thread keeps (see document_sizes)
_SEARCH_MMAP = 1 << 31
"""Bytes of the store a connection that has run a keyword search reads through a memory map
(SQLite caps it at its build's maximum, 2 GB here): BM25 looks up each match's length in the
FTS index, pages a 2 MB page cache cannot hold from 300,000 passages on (300,000 synthetic
passages: keyword CPU p50 6.5 -> 5.3 ms). Only searching connections map, so an ingest's
resident memory does not grow by the file pages it touches."""


class PassageTables(StoreBase):
    """Reads of passages and sentences, their embeddings, and keyword search."""

    def passages(self, ids: Sequence[int]) -> dict[int, Passage]:
        q = f"SELECT {PASSAGE_COLS} FROM passages p WHERE p.id IN ({{marks}})"
        return {r["id"]: passage_from_row(r) for r in self._rows_in(q, ids)}

    def embedding_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """The text ingest embeds for each passage id (see ``embedding_text``)."""
        q = f"SELECT {PASSAGE_COLS}, p.context FROM passages p WHERE p.id IN ({{marks}})"
        return {r["id"]: embedding_text(r["context"], passage_from_row(r)) for r in self._rows_in(q, ids)}

    def passages_of_units(self, ids: Sequence[int], table: str = "passages") -> list[int]:
        """The passages that ``ids`` (of ``table``) are or belong to, in id order."""
        if unit_table(table) == "passages":
            return sorted(set(int(i) for i in ids))
        return sorted(set(self.sentence_passages(ids).values()))

    def embedding_units(self, passage_ids: Sequence[int]) -> list[tuple[str, Passage, list[tuple[int, int, int, int]]]]:
        """What ``units.embed_units`` embeds again for passages stored without embeddings: each
        passage with its document context and its sentences ``(id, passage id, start, end)``."""
        q = f"SELECT {PASSAGE_COLS}, p.context FROM passages p WHERE p.id IN ({{marks}})"
        found = {r["id"]: (r["context"], passage_from_row(r)) for r in self._rows_in(q, passage_ids)}
        sentences: dict[int, list[tuple[int, int, int, int]]] = {pid: [] for pid in found}
        q = "SELECT id, passage_id, start, end FROM sentences WHERE passage_id IN ({marks}) ORDER BY start, id"
        for r in self._rows_in(q, list(found)):
            sentences[r[1]].append((r[0], r[1], r[2], r[3]))
        return [(ctx, p, sentences[pid]) for pid, (ctx, p) in sorted(found.items())]

    def unit_ids(self, table: str = "passages") -> list[int]:
        """Every live passage (or sentence) id."""
        return [r[0] for r in self.conn.execute(f"SELECT id FROM {unit_table(table)}")]

    def sentence_passages(self, sentence_ids: Sequence[int]) -> dict[int, int]:
        """sentence id -> passage id."""
        return {r[0]: r[1] for r in self._rows_in("SELECT id, passage_id FROM sentences WHERE id IN ({marks})",
                                                  sentence_ids)}

    def doc_sentence_ids(self, doc_id: str) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM sentences WHERE doc_id = ?", (doc_id,))]

    def sentence_ids(self, filters: Filters) -> list[int]:
        where, args = filters_sql(filters)
        q = (f"SELECT s.id FROM sentences s JOIN passages p ON p.id = s.passage_id"
             f" JOIN documents d ON d.id = p.doc_id WHERE {where}")
        return [r[0] for r in self.conn.execute(q, args)]

    def doc_passages(self, doc_id: str) -> list[Passage]:
        q = f"SELECT {PASSAGE_COLS} FROM passages p WHERE p.doc_id = ? ORDER BY p.ordinal"
        return [passage_from_row(r) for r in self.conn.execute(q, (doc_id,))]

    def passage_ids(self, filters: Filters | None = None) -> list[int]:
        f = filters or Filters()
        if not f.active:
            return [r[0] for r in self.conn.execute("SELECT id FROM passages")]
        where, args = filters_sql(f)
        q = f"SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE {where}"
        return [r[0] for r in self.conn.execute(q, args)]

    def passage_hashes(self, ids: Sequence[int]) -> dict[int, str]:
        return {r[0]: r[1] for r in self._rows_in("SELECT id, norm_hash FROM passages WHERE id IN ({marks})", ids)}

    def document_sizes(self, doc_ids: Iterable[str]) -> dict[str, int]:
        """doc id -> how many passages it holds (a meeting pack holds more than a report).
        Kept until the next write (``memo``): counting a large document's passages on every
        search cost milliseconds (a store whose 100,000 passages are one document: 3 ms a
        search, counting its index entries)."""
        known: dict[str, int] = self.memo("document_sizes", dict)
        if len(known) > _SIZES_KEPT:
            known.clear()
        wanted = sorted(set(doc_ids))
        missing = [d for d in wanted if d not in known]
        if missing:
            q = "SELECT doc_id, count(*) FROM passages WHERE doc_id IN ({marks}) GROUP BY doc_id"
            got = {r[0]: int(r[1]) for r in self._rows_in(q, missing)}
            for d in missing:
                known[d] = got.get(d, 0)
        return {d: known[d] for d in wanted if known[d]}

    def embeddings(self, ids: Sequence[int] | None = None, table: str = "passages") -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of stored embeddings of ``table`` (passages or sentences), all or ``ids``."""
        table = unit_table(table)
        if ids is None:
            rows = self.conn.execute(f"SELECT id, embedding FROM {table} WHERE embedding IS NOT NULL ORDER BY id").fetchall()
        else:
            q = f"SELECT id, embedding FROM {table} WHERE embedding IS NOT NULL AND id IN ({{marks}})"
            rows = list(self._rows_in(q, ids))
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        idx = np.array([r[0] for r in rows], dtype=np.int64)
        vecs = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        return idx, vecs

    def keyword_search(self, query: str, k: int, filters: Filters | None = None) -> list[tuple[int, float]]:
        """BM25 over passages (text and section path); user text is escaped, never FTS syntax.
        Which terms are ranked, and how, is ``fts.keyword_match``."""
        terms = fts_terms(query)
        if not terms:
            return []
        f = filters or Filters()
        try:
            n = self.passage_count()
            match = keyword_match(terms, self._term_counter(fts.KEYWORD_BUDGET), n)
            if not match:
                return []
            rows = self._bm25(match, k, f)
            if f.active and len(rows) < k:
                wider = keyword_match(terms, self._term_counter(fts.FILTERED_BUDGET), n, fts.FILTERED_BUDGET)
                if wider != match:
                    rows = self._bm25(wider, k, f)
        except sqlite3.OperationalError as exc:  # pragma: no cover - escaping should prevent this
            raise QueryError(f"the search could not be run: {exc}") from exc
        return rows

    def _bm25(self, match: str, k: int, f: Filters) -> list[tuple[int, float]]:
        """The ``k`` best passages for the FTS5 query ``match`` that pass ``f``, by BM25."""
        if f.active:
            where, args = filters_sql(f)
            sql = (
                "SELECT p.id, bm25(passages_fts, 1.0, 0.4, 0.2) AS score FROM passages_fts"
                " JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.doc_id"
                f" WHERE passages_fts MATCH ? AND {where} ORDER BY score LIMIT ?"
            )
        else:  # no filter: the index alone (its rowid is the passage id)
            sql = (
                "SELECT rowid, bm25(passages_fts, 1.0, 0.4, 0.2) AS score FROM passages_fts"
                " WHERE passages_fts MATCH ? ORDER BY score LIMIT ?"
            )
            args = []
        return [(int(r[0]), -float(r[1])) for r in self._search_conn().execute(sql, [match, *args, k])]

    def keyword_match_count(self, match: str, cap: int | None = None) -> int:
        """How many passages the FTS5 query ``match`` matches; with ``cap``, at most ``cap``
        (counting stops there, so a common word costs no more than a rare one)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)"
        return int(self._search_conn().execute(sql, (match, -1 if cap is None else cap)).fetchone()[0])

    def documents_matching(self, match: str, cap: int) -> set[str]:
        """The documents of the passages the FTS5 query ``match`` matches, reading at most ``cap``
        of them."""
        sql = ("SELECT DISTINCT p.doc_id FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?) m"
               " JOIN passages p ON p.id = m.rowid")
        return {str(r[0]) for r in self._search_conn().execute(sql, (match, cap))}

    def _search_conn(self) -> sqlite3.Connection:
        """This thread's connection, reading through a memory map (``_SEARCH_MMAP``)."""
        c = self.conn
        if getattr(self._local, "mapped", None) is not c:
            c.execute(f"PRAGMA mmap_size={_SEARCH_MMAP}")
            self._local.mapped = c
        return c

    def passage_count(self) -> int:
        """How many passages the store holds (kept until the next write)."""
        return int(self.memo("passage_count", lambda: self.conn.execute("SELECT count(*) FROM passages").fetchone()[0]))

    def _term_counter(self, budget: int) -> Callable[[str], int]:
        """``keyword_match_count`` capped just over ``budget``, each answer kept until the next
        write: the common words of questions recur, and are the ones that cost."""
        cache: dict[tuple[str, int], int] = self.memo("keyword_counts", dict)
        if len(cache) > _COUNTS_KEPT:
            cache.clear()
        cap = budget + 1

        def count(match: str) -> int:
            n = cache.get((match, cap))
            if n is None:
                n = cache[(match, cap)] = self.keyword_match_count(match, cap)
            return n

        return count

    # -- embedding writes (moved here from index/library.py) -----------------------------
    def set_embeddings(self, ids: Sequence[int], vecs: np.ndarray, table: str = "passages") -> None:
        """Store the embeddings of passages (or sentences) written without them."""
        table = unit_table(table)
        with self.transaction() as c:
            c.executemany(
                f"UPDATE {table} SET embedding = ? WHERE id = ?",
                [(embedding_blob(v), int(i)) for i, v in zip(ids, vecs, strict=True)],
            )

    def has_embeddings(self) -> bool:
        """Whether any passage or sentence has a stored embedding."""
        return any(
            self.conn.execute(f"SELECT 1 FROM {table} WHERE embedding IS NOT NULL LIMIT 1").fetchone() is not None
            for table in ("passages", "sentences")
        )

    def reset_embeddings(self, meta_key: str, model: str) -> None:
        """Drop every stored embedding (of passages and sentences) and record ``model`` as
        ``meta_key``, in one transaction: the vectors of one model are never kept under the
        name of another."""
        with self.transaction() as c:
            c.execute("UPDATE passages SET embedding = NULL")
            c.execute("UPDATE sentences SET embedding = NULL")
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (meta_key, model))
