"""Documents in the store: written whole (with everything derived from them) in one
transaction, deleted whole, listed and read back, with their sections and glossaries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from councilsearch.errors import NotFoundError, QueryError
from councilsearch.index.store.base import StoreBase
from councilsearch.index.store.embedding_text import document_context
from councilsearch.index.store.filters import filters_sql
from councilsearch.index.store.rows import (
    DocumentRow,
    document_from_row,
    embedding_blob,
    passage_from_row,
    passage_hash,
    passage_locator,
    section_from_row,
)
from councilsearch.models import Document, Entity, Figure, Filters, Passage, Section


class DocumentTables(StoreBase):
    """Writes of whole documents, and reads of documents, sections and glossaries."""

    # -- writes --------------------------------------------------------------------------
    def find_by_source(self, source_path: str) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT id, sha256 FROM documents WHERE source_path = ?", (source_path,)
        ).fetchall()
        return [(r["id"], r["sha256"]) for r in rows]

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def write_document(
        self,
        doc: Document,
        sections: Sequence[Section],
        passages: Sequence[Passage],
        figures: Sequence[Figure] = (),
        entities: Sequence[Entity] = (),
        glossary: dict[str, str] | None = None,
        embeddings: np.ndarray | None = None,
        replace: Iterable[str] = (),
        sentences: Sequence[tuple[int, int, int, int]] = (),
        sentence_embeddings: np.ndarray | None = None,
    ) -> None:
        """Write one document (and delete the ``replace`` ids) in a single transaction."""
        pid_at = passage_locator(passages)
        with self.transaction() as c:
            for old in replace:
                c.execute("DELETE FROM documents WHERE id = ?", (old,))
                self._delete_children(c, old)
            self._delete_children(c, doc.id)
            c.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            c.execute(
                "INSERT INTO documents(id, title, council, council_code, doc_type, date, source_path, source, sha256,"
                " format, text, page_map, heading_hints, n_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, doc.title, doc.council, doc.council_code, doc.doc_type, doc.date, doc.source_path, doc.source,
                    doc.sha256, doc.format, doc.text, json.dumps(list(doc.page_map)),
                    json.dumps([list(h) for h in doc.heading_hints]), doc.n_pages,
                ),
            )
            c.executemany(
                "INSERT INTO sections(id, doc_id, ordinal, kind, path, heading, level, para_no, start, end, pages)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (s.id, s.doc_id, s.ordinal, s.kind, json.dumps(list(s.path)), s.heading, s.level,
                     s.para_no, s.span[0], s.span[1], json.dumps(list(s.pages)))
                    for s in sections
                ],
            )
            context = document_context(doc.title, doc.council)
            c.executemany(
                "INSERT INTO passages(id, doc_id, section_id, ordinal, start, end, text, pages, path, para_no,"
                " kind, norm_hash, context, embedding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (p.id, p.doc_id, p.section_id, p.ordinal, p.span[0], p.span[1], p.text,
                     json.dumps(list(p.pages)), json.dumps(list(p.path)), p.para_no, p.kind,
                     passage_hash(p.text), context, None if embeddings is None else embedding_blob(embeddings[i]))
                    for i, p in enumerate(passages)
                ],
            )
            c.executemany(
                "INSERT INTO sentences(id, passage_id, doc_id, start, end, embedding) VALUES (?,?,?,?,?,?)",
                [
                    (sid, pid, doc.id, a, b,
                     None if sentence_embeddings is None else embedding_blob(sentence_embeddings[i]))
                    for i, (sid, pid, a, b) in enumerate(sentences)
                ],
            )
            self._write_facts(c, doc.id, pid_at, figures, entities, glossary)

    def replace_facts(
        self, doc_id: str, figures: Sequence[Figure], entities: Sequence[Entity], glossary: dict[str, str] | None,
    ) -> None:
        """Replace a stored document's figures, entities and glossary (extracted again from its
        stored text by newer extractors) in one transaction; its passages, sentences and
        vectors stay as they are."""
        pid_at = passage_locator([passage_from_row(r) for r in self.conn.execute(
            "SELECT * FROM passages WHERE doc_id = ? ORDER BY start", (doc_id,))])
        with self.transaction() as c:
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                raise NotFoundError(f"no document with id {doc_id!r}")
            for table in ("figures", "entities", "glossary"):
                c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            self._write_facts(c, doc_id, pid_at, figures, entities, glossary)

    def stale_facts(self, versions: dict[str, str]) -> list[str]:
        """Ids of the documents holding a figure or an entity made by another version of its
        extractor than ``versions["figures"]`` / ``versions["entities"]``."""
        return [str(r[0]) for r in self.conn.execute(
            "SELECT doc_id FROM figures WHERE extractor != ? UNION SELECT doc_id FROM entities WHERE extractor != ?"
            " ORDER BY 1", (versions["figures"], versions["entities"]))]

    def fact_versions(self) -> list[str]:
        """The extractor versions the stored figures and entities were made by."""
        return [str(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT extractor FROM figures UNION SELECT DISTINCT extractor FROM entities ORDER BY 1")]

    @staticmethod
    def _write_facts(
        c: sqlite3.Connection, doc_id: str, pid_at: Callable[[int], int | None], figures: Sequence[Figure],
        entities: Sequence[Entity], glossary: dict[str, str] | None,
    ) -> None:
        c.executemany(
            "INSERT INTO figures(doc_id, passage_id, ordinal, surface, start, end, value, value_text, unit,"
            " kind, scale, period, label, table_row, table_col, range_with, flags, extractor, measure)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id, pid_at(f.span[0]), k, f.surface, f.span[0], f.span[1],
                    float(f.value) if isinstance(f.value, (int, float)) else None,
                    f.value if isinstance(f.value, str) else None,
                    f.unit, f.kind, f.scale, f.period, f.label, f.table_row, f.table_col,
                    f.range_with, json.dumps(list(f.flags)), f.extractor, f.measure,
                )
                for k, f in enumerate(figures)
            ],
        )
        c.executemany(
            "INSERT INTO entities(doc_id, passage_id, text, label, start, end, normalised, title, role,"
            " affiliation, holder, extractor, council_code, council_tier, upper_council_code, upper_council)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (doc_id, pid_at(e.span[0]), e.text, e.label, e.span[0], e.span[1], e.normalised,
                 e.title, e.role, e.affiliation, e.holder, e.extractor, e.council_code, e.council_tier,
                 e.upper_council_code, e.upper_council)
                for e in entities
            ],
        )
        if glossary:
            c.executemany(
                "INSERT OR REPLACE INTO glossary(doc_id, acronym, expansion) VALUES (?,?,?)",
                [(doc_id, a, x) for a, x in sorted(glossary.items())],
            )

    @staticmethod
    def _delete_children(c: sqlite3.Connection, doc_id: str) -> None:
        # passages first, row by row through the trigger, so FTS stays in step
        c.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        for table in ("sections", "sentences", "figures", "entities", "glossary"):
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def delete_document(self, doc_id: str) -> list[int]:
        """Delete a document and everything derived from it; returns its passage ids."""
        with self.transaction() as c:
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                raise NotFoundError(f"no document with id {doc_id!r}")
            ids = [r[0] for r in c.execute("SELECT id FROM passages WHERE doc_id = ?", (doc_id,))]
            self._delete_children(c, doc_id)
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return ids

    # -- reads ---------------------------------------------------------------------------
    def list_documents(self, offset: int = 0, limit: int | None = None, filters: Filters | None = None) -> list[DocumentRow]:
        where, args = filters_sql(filters or Filters(), "p", "d")
        where = where.replace("p.kind", "'paragraph'") if "p.kind" in where else where
        sql = (
            "SELECT d.id, d.title, d.council, d.doc_type, d.date, d.source_path, d.source, d.sha256, d.format,"
            " d.n_pages, d.ingested_at,"
            " (SELECT count(*) FROM sections s WHERE s.doc_id = d.id) AS n_sections,"
            " (SELECT count(*) FROM passages p WHERE p.doc_id = d.id) AS n_passages,"
            " (SELECT count(*) FROM figures f WHERE f.doc_id = d.id) AS n_figures,"
            " (SELECT count(*) FROM entities e WHERE e.doc_id = d.id) AS n_entities"
            f" FROM documents d WHERE {where} ORDER BY d.date DESC, d.title"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args = [*args, limit, offset]
        return [DocumentRow(**dict(r)) for r in self.conn.execute(sql, args)]

    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document_row(self, doc_id: str) -> DocumentRow:
        rows = [r for r in self.list_documents(filters=Filters(doc_id=doc_id))]
        if not rows:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return rows[0]

    def get_document(self, doc_id: str) -> Document:
        r = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return document_from_row(r)

    def document_text(self, doc_id: str) -> str:
        r = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return str(r[0])

    def sections(self, doc_id: str) -> list[Section]:
        if not self.has_document(doc_id):
            raise NotFoundError(f"no document with id {doc_id!r}")
        return [
            section_from_row(r)
            for r in self.conn.execute("SELECT * FROM sections WHERE doc_id = ? ORDER BY ordinal", (doc_id,))
        ]

    def section_at(self, doc_id: str, offset: int) -> Section | None:
        """The section of text (not a heading) of ``doc_id`` that holds character ``offset``."""
        r = self.conn.execute(
            "SELECT * FROM sections WHERE doc_id = ? AND start <= ? AND ? < end AND kind != 'heading' "
            "ORDER BY ordinal LIMIT 1", (doc_id, offset, offset),
        ).fetchone()
        return None if r is None else section_from_row(r)

    def glossary(self, doc_id: str) -> dict[str, str]:
        if not self.has_document(doc_id):
            raise NotFoundError(f"no document with id {doc_id!r}")
        return {
            r[0]: r[1]
            for r in self.conn.execute("SELECT acronym, expansion FROM glossary WHERE doc_id = ? ORDER BY acronym", (doc_id,))
        }

    def councils(self) -> list[str]:
        """The distinct councils named in the documents' metadata."""
        return list(self.memo("councils", lambda: [
            str(r[0])
            for r in self.conn.execute("SELECT DISTINCT council FROM documents WHERE council != '' ORDER BY council")
        ]))

    def council_codes(self) -> dict[str, str]:
        """Each council's ONS code (as the register gave it at ingest) -> its stored name."""
        return dict(self.memo("council_codes", lambda: {
            str(r[0]).upper(): str(r[1])
            for r in self.conn.execute(
                "SELECT DISTINCT council_code, council FROM documents WHERE coalesce(council_code, '') != ''")
        }))

    def check_council(self, value: str | None) -> str | None:
        """The stored council a filter names: its name (any case) or its ONS code, exactly, never
        a part of a name ("Wyvern" is not "Wyvernmoor County Council"); a QueryError
        listing the councils there are otherwise. Blank is no filter."""
        if value is None or not value.strip():
            return None
        v = value.strip()
        names = self.councils()
        for name in names:
            if name.casefold() == v.casefold():
                return name
        code = self.council_codes().get(v.upper())
        if code is not None:
            return code
        listed = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
        raise QueryError(f"no council called {v!r} in this library: give a council's full name or ONS code"
                         + (f" ({listed})" if names else " (no document names one)"))

    def all_glossary(self) -> list[tuple[str, str]]:
        """Every (acronym, expansion) pair learned from any document, most common first."""
        return list(self.memo("glossary", lambda: [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT acronym, expansion, count(*) AS n FROM glossary GROUP BY acronym, expansion ORDER BY n DESC"
            )
        ]))

    # -- for the web pages' facets (moved here from api/routes/pages.py) ----------------
    def doc_types(self) -> set[str]:
        """The distinct document types of the stored documents."""
        return {str(r[0]) for r in self.conn.execute("SELECT DISTINCT doc_type FROM documents")}

    def document_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every document, by title."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT id, title FROM documents ORDER BY title")]

    # -- read by search (index/search.py) ------------------------------------------------
    def document_meta(self, doc_ids: Iterable[str]) -> dict[str, dict[str, object]]:
        """doc id -> its title, council, doc_type and date (what a citation shows), its format
        and number of pages (which copy of a passage to cite)."""
        ids = sorted(set(doc_ids))
        if not ids:
            return {}
        rows = self.conn.execute(
            f"SELECT id, title, council, doc_type, date, format, n_pages FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        return {r["id"]: dict(r) for r in rows}

    # -- whole-store reads for evaluation (councilsearch.evaluate) -------------------------
    def source_paths(self) -> dict[str, str]:
        """Each document's id -> the path it was read from."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT id, source_path FROM documents")}

    def passage_texts(self) -> list[tuple[str, str]]:
        """(document id, text) of every passage."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT doc_id, text FROM passages")]

    def document_texts(self) -> Iterator[tuple[str, str]]:
        """(id, canonical text) of every document, in id order, one at a time."""
        for r in self.conn.execute("SELECT id, text FROM documents ORDER BY id"):
            yield r[0], r[1]
