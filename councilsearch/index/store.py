"""SQLite store: the source of truth for documents, sections, passages, figures and entities.

WAL mode; one writer at a time (a process-wide lock), many readers (a connection per
thread). Each document is written in one transaction, so a reader sees a document whole or
not at all. An FTS5 table over passages gives BM25 keyword search. Passage embeddings are
kept here too (float32 blobs), so the FAISS index is derived data that can always be rebuilt.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.errors import IndexError_, NotFoundError, QueryError
from councilsearch.models import Citation, Document, Entity, Figure, Passage, Section

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    council TEXT NOT NULL DEFAULT '',
    doc_type TEXT NOT NULL DEFAULT 'other',
    date TEXT,
    source_path TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    page_map TEXT NOT NULL,
    heading_hints TEXT NOT NULL DEFAULT '[]',
    n_pages INTEGER NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_path);
CREATE TABLE IF NOT EXISTS sections (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    heading TEXT,
    level INTEGER NOT NULL,
    para_no TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    pages TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sections_doc ON sections(doc_id, ordinal);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    pages TEXT NOT NULL,
    path TEXT NOT NULL,
    para_no TEXT,
    kind TEXT NOT NULL,
    norm_hash TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    embedding BLOB
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, ordinal);
CREATE INDEX IF NOT EXISTS passages_hash ON passages(norm_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    text, path, context, content='passages', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text, path, context) VALUES (new.id, new.text, new.path, new.context);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text, path, context)
    VALUES ('delete', old.id, old.text, old.path, old.context);
END;
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    passage_id INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    embedding BLOB
);
CREATE INDEX IF NOT EXISTS sentences_passage ON sentences(passage_id);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc_id);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id INTEGER,
    ordinal INTEGER NOT NULL,
    surface TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    value REAL,
    value_text TEXT,
    unit TEXT NOT NULL,
    kind TEXT NOT NULL,
    scale REAL NOT NULL,
    period TEXT,
    label TEXT,
    table_row TEXT,
    table_col TEXT,
    range_with INTEGER,
    flags TEXT NOT NULL DEFAULT '[]',
    extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc_id, start);
CREATE INDEX IF NOT EXISTS figures_passage ON figures(passage_id);
CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind, value);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    passage_id INTEGER,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    normalised TEXT NOT NULL,
    title TEXT,
    role TEXT,
    extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id, start);
CREATE INDEX IF NOT EXISTS entities_passage ON entities(passage_id);
CREATE INDEX IF NOT EXISTS entities_label ON entities(label, normalised);
CREATE TABLE IF NOT EXISTS glossary (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    acronym TEXT NOT NULL,
    expansion TEXT NOT NULL,
    PRIMARY KEY (doc_id, acronym)
);
"""


def document_context(title: str, council: str) -> str:
    """The document context every passage carries into keyword and dense search."""
    parts = [title] if title else []
    if council and council not in title:
        parts.append(council)
    return " · ".join(parts)


def embedding_text(context: str, passage: Passage) -> str:
    """What is embedded for a passage: its document, its section path, then its text."""
    return f"{context}\n{passage.embed_text}" if context else passage.embed_text


def sentence_embedding_text(context: str, passage: Passage, sentence: str) -> str:
    """What is embedded for one sentence: its document, its section path, then the
    sentence (without the context, sentence matching loses a quarter of its MRR on the dev set)."""
    path = " > ".join(x for x in passage.path if x)
    return "\n".join(x for x in (context, path, sentence) if x)


def _unit_table(table: str) -> str:
    if table not in ("passages", "sentences"):
        raise ValueError(f"no embedded units in table {table!r}")
    return table


def normalise_for_hash(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


def passage_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str
    council: str
    doc_type: str
    date: str | None
    source_path: str
    source: str
    sha256: str
    format: str
    n_pages: int
    ingested_at: str
    n_sections: int = 0
    n_passages: int = 0
    n_figures: int = 0
    n_entities: int = 0


@dataclass(frozen=True)
class Filters:
    """Search and listing filters; each applies before ranking."""

    council: str | None = None
    doc_type: str | None = None
    doc_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section_kind: str | None = None

    def sql(self, alias_p: str = "p", alias_d: str = "d") -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if self.council:
            clauses.append(f"lower({alias_d}.council) LIKE ?")
            args.append(f"%{self.council.lower()}%")
        if self.doc_type:
            clauses.append(f"{alias_d}.doc_type = ?")
            args.append(self.doc_type)
        if self.doc_id:
            clauses.append(f"{alias_d}.id = ?")
            args.append(self.doc_id)
        if self.date_from:
            clauses.append(f"{alias_d}.date >= ?")
            args.append(self.date_from)
        if self.date_to:
            clauses.append(f"{alias_d}.date <= ?")
            args.append(self.date_to)
        if self.section_kind:
            clauses.append(f"{alias_p}.kind = ?")
            args.append(self.section_kind)
        return (" AND ".join(clauses) if clauses else "1=1"), args

    @property
    def active(self) -> bool:
        return any(
            v is not None and v != ""
            for v in (self.council, self.doc_type, self.doc_id, self.date_from, self.date_to, self.section_kind)
        )


FIGURE_MEMO_MAX = 50_000
"""Passages whose figures a thread keeps (``Store.passage_figures``) before it starts again."""
KEYWORD_BUDGET = 30_000
"""BM25 scores every passage that matches any query term, and FTS5 has no early stop: at a
million passages a question of common words matches hundreds of thousands (300+ ms). When the
terms together match more passages than this, the query keeps its rarest terms up to this many
matches and drops the common ones, whose weight (IDF) is least (bench/search.py: 1M passages,
keyword search p50 337 -> ~30 ms). A corpus of a few thousand passages never reaches it."""


def _fts_query(text: str) -> str:
    """Escape user text for FTS5: every word becomes a quoted term, OR-ed together.

    Quotes, AND/OR/NOT/NEAR, ``*``, brackets and column filters are searched as words, never
    parsed as FTS5 syntax.
    """
    return " OR ".join(_fts_terms(text))


def _fts_terms(text: str) -> list[str]:
    """The quoted FTS5 terms of ``_fts_query``."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text, flags=re.UNICODE)
    terms = []
    seen = set()
    for w in words:
        w = w.replace("’", "'")
        lw = w.lower()
        if lw in _STOP or lw in seen:
            continue
        seen.add(lw)
        terms.append('"' + w.replace('"', '""') + '"')
    return terms[:64] + _compound_variants(text)[:16]


_PREFIX = re.compile(r"^(re|pre|co|non|sub|over|under|cross|multi|inter|post|anti|self|mid)([^\W_]{4,})$", re.I)


def _compound_variants(text: str) -> list[str]:
    """The other spelling of a prefixed compound, since the tokenizer splits at a hyphen:
    "regrading" also searches the phrase "re grading" (text "re-grading"), and "co-operation"
    also searches "cooperation"."""
    out = []
    for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", text):
        parts = w.split("-")
        if len(parts) == 2 and _PREFIX.match("".join(parts)):
            out.append('"' + "".join(parts) + '"')
        elif len(parts) == 1 and (m := _PREFIX.match(w)):
            out.append(f'"{m.group(1)} {m.group(2)}"')
    return list(dict.fromkeys(out))


_STOP = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were", "be",
    "what", "which", "who", "how", "much", "many", "does", "do", "did", "has", "have", "had", "it",
    "its", "at", "by", "with", "from", "as", "that", "this", "there", "their", "they", "any", "s",
}


class Store:
    """SQLite access. Thread-safe: a connection per thread, one writer lock per path."""

    _write_locks: dict[str, threading.RLock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        key = str(self.path.resolve())
        with Store._locks_guard:
            self.write_lock = Store._write_locks.setdefault(key, threading.RLock())
        conn = self.conn
        try:
            with self.write_lock:
                conn.executescript(SCHEMA)
                conn.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
                conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')")
                conn.commit()
        except sqlite3.DatabaseError as exc:
            raise IndexError_(
                f"the store at {self.path} is not a readable SQLite database ({exc}); "
                "move it aside and ingest again"
            ) from exc

    # -- connections -------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=60, check_same_thread=False, isolation_level=None)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=FULL")
            c.execute("PRAGMA foreign_keys=ON")
            c.execute("PRAGMA busy_timeout=60000")
            self._local.conn = c
        return c

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.write_lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            else:
                c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
                c.execute("COMMIT")

    def generation(self) -> int:
        """A number that grows with every write committed through ``transaction``, by any
        process: a server process compares it with the one it last caught up with
        (``Library.refresh``), and ``memo`` keeps what it read until it moves."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def memo(self, name: str, compute: Any) -> Any:
        """``compute()``, kept (per thread) until the store's ``generation`` next moves."""
        version = self.generation()
        memo: tuple[int, dict[str, Any]] | None = getattr(self._local, "memo", None)
        if memo is None or memo[0] != version:
            memo = (version, {})
            self._local.memo = memo
        if name not in memo[1]:
            memo[1][name] = compute()
        return memo[1][name]

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
        pid_at = _passage_locator(passages)
        with self.transaction() as c:
            for old in replace:
                c.execute("DELETE FROM documents WHERE id = ?", (old,))
                self._delete_children(c, old)
            self._delete_children(c, doc.id)
            c.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            c.execute(
                "INSERT INTO documents(id, title, council, doc_type, date, source_path, source, sha256, format,"
                " text, page_map, heading_hints, n_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id, doc.title, doc.council, doc.doc_type, doc.date, doc.source_path, doc.source,
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
            rows = []
            context = document_context(doc.title, doc.council)
            for i, p in enumerate(passages):
                emb = None
                if embeddings is not None:
                    emb = np.ascontiguousarray(embeddings[i], dtype=np.float32).tobytes()
                rows.append((
                    p.id, p.doc_id, p.section_id, p.ordinal, p.span[0], p.span[1], p.text,
                    json.dumps(list(p.pages)), json.dumps(list(p.path)), p.para_no, p.kind,
                    passage_hash(p.text), context, emb,
                ))
            c.executemany(
                "INSERT INTO passages(id, doc_id, section_id, ordinal, start, end, text, pages, path, para_no,"
                " kind, norm_hash, context, embedding) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            c.executemany(
                "INSERT INTO sentences(id, passage_id, doc_id, start, end, embedding) VALUES (?,?,?,?,?,?)",
                [
                    (sid, pid, doc.id, a, b,
                     None if sentence_embeddings is None
                     else np.ascontiguousarray(sentence_embeddings[i], dtype=np.float32).tobytes())
                    for i, (sid, pid, a, b) in enumerate(sentences)
                ],
            )
            c.executemany(
                "INSERT INTO figures(doc_id, passage_id, ordinal, surface, start, end, value, value_text, unit,"
                " kind, scale, period, label, table_row, table_col, range_with, flags, extractor)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        doc.id, pid_at(f.span[0]), k, f.surface, f.span[0], f.span[1],
                        float(f.value) if isinstance(f.value, (int, float)) else None,
                        f.value if isinstance(f.value, str) else None,
                        f.unit, f.kind, f.scale, f.period, f.label, f.table_row, f.table_col,
                        f.range_with, json.dumps(list(f.flags)), f.extractor,
                    )
                    for k, f in enumerate(figures)
                ],
            )
            c.executemany(
                "INSERT INTO entities(doc_id, passage_id, text, label, start, end, normalised, title, role,"
                " extractor) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (doc.id, pid_at(e.span[0]), e.text, e.label, e.span[0], e.span[1], e.normalised,
                     e.title, e.role, e.extractor)
                    for e in entities
                ],
            )
            if glossary:
                c.executemany(
                    "INSERT OR REPLACE INTO glossary(doc_id, acronym, expansion) VALUES (?,?,?)",
                    [(doc.id, a, x) for a, x in sorted(glossary.items())],
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

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        r = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if r is None else str(r[0])

    # -- reads ---------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            t: int(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("documents", "sections", "passages", "figures", "entities")
        }

    def list_documents(self, offset: int = 0, limit: int | None = None, filters: Filters | None = None) -> list[DocumentRow]:
        where, args = (filters or Filters()).sql("p", "d")
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
        return Document(
            id=r["id"], title=r["title"], council=r["council"], doc_type=r["doc_type"], date=r["date"],
            source_path=r["source_path"], text=r["text"], page_map=tuple(json.loads(r["page_map"])),
            sha256=r["sha256"], format=r["format"],
            heading_hints=tuple(tuple(h) for h in json.loads(r["heading_hints"])),  # type: ignore[misc]
            source=r["source"],
        )

    def document_text(self, doc_id: str) -> str:
        r = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return str(r[0])

    def sections(self, doc_id: str) -> list[Section]:
        if not self.has_document(doc_id):
            raise NotFoundError(f"no document with id {doc_id!r}")
        return [
            Section(
                id=r["id"], doc_id=r["doc_id"], ordinal=r["ordinal"], kind=r["kind"],
                path=tuple(json.loads(r["path"])), heading=r["heading"], level=r["level"],
                para_no=r["para_no"], span=(r["start"], r["end"]), pages=tuple(json.loads(r["pages"])),
            )
            for r in self.conn.execute("SELECT * FROM sections WHERE doc_id = ? ORDER BY ordinal", (doc_id,))
        ]

    @staticmethod
    def _passage(r: sqlite3.Row) -> Passage:
        return Passage(
            id=r["id"], doc_id=r["doc_id"], section_id=r["section_id"], ordinal=r["ordinal"],
            span=(r["start"], r["end"]), text=r["text"], pages=tuple(json.loads(r["pages"])),
            path=tuple(json.loads(r["path"])), para_no=r["para_no"], kind=r["kind"],
        )

    _PASSAGE_COLS = "p.id, p.doc_id, p.section_id, p.ordinal, p.start, p.end, p.text, p.pages, p.path, p.para_no, p.kind"

    def passages(self, ids: Sequence[int]) -> dict[int, Passage]:
        out: dict[int, Passage] = {}
        ids = list(ids)
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            q = f"SELECT {self._PASSAGE_COLS} FROM passages p WHERE p.id IN ({','.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                out[r["id"]] = self._passage(r)
        return out

    def embedding_texts(self, ids: Sequence[int], table: str = "passages") -> dict[int, str]:
        """The text to embed for each passage or sentence id (see ``embedding_text`` and
        ``sentence_embedding_text``): the same text ingest embeds."""
        out: dict[int, str] = {}
        ids = list(ids)
        sentences = _unit_table(table) == "sentences"
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            marks = ",".join("?" * len(chunk))
            if sentences:
                q = (f"SELECT s.id AS sid, s.start AS s_start, s.end AS s_end, p.context, {self._PASSAGE_COLS} FROM sentences s"
                     f" JOIN passages p ON p.id = s.passage_id WHERE s.id IN ({marks})")
                for r in self.conn.execute(q, chunk):
                    p = self._passage(r)
                    a, b = r["s_start"] - p.span[0], r["s_end"] - p.span[0]
                    out[r["sid"]] = sentence_embedding_text(r["context"], p, p.text[a:b])
            else:
                q = f"SELECT {self._PASSAGE_COLS}, p.context FROM passages p WHERE p.id IN ({marks})"
                for r in self.conn.execute(q, chunk):
                    out[r["id"]] = embedding_text(r["context"], self._passage(r))
        return out

    def unit_ids(self, table: str = "passages") -> list[int]:
        """Every live passage (or sentence) id."""
        return [r[0] for r in self.conn.execute(f"SELECT id FROM {_unit_table(table)}")]

    def sentence_passages(self, sentence_ids: Sequence[int]) -> dict[int, int]:
        """sentence id -> passage id."""
        out: dict[int, int] = {}
        ids = list(sentence_ids)
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            q = f"SELECT id, passage_id FROM sentences WHERE id IN ({','.join('?' * len(chunk))})"
            out.update({r[0]: r[1] for r in self.conn.execute(q, chunk)})
        return out

    def doc_sentence_ids(self, doc_id: str) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM sentences WHERE doc_id = ?", (doc_id,))]

    def sentence_ids(self, filters: Filters) -> list[int]:
        where, args = filters.sql()
        q = (f"SELECT s.id FROM sentences s JOIN passages p ON p.id = s.passage_id"
             f" JOIN documents d ON d.id = p.doc_id WHERE {where}")
        return [r[0] for r in self.conn.execute(q, args)]

    def doc_passages(self, doc_id: str) -> list[Passage]:
        q = f"SELECT {self._PASSAGE_COLS} FROM passages p WHERE p.doc_id = ? ORDER BY p.ordinal"
        return [self._passage(r) for r in self.conn.execute(q, (doc_id,))]

    def passage_ids(self, filters: Filters | None = None) -> list[int]:
        f = filters or Filters()
        if not f.active:
            return [r[0] for r in self.conn.execute("SELECT id FROM passages")]
        where, args = f.sql()
        q = f"SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE {where}"
        return [r[0] for r in self.conn.execute(q, args)]

    def passage_hashes(self, ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        ids = list(ids)
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            q = f"SELECT id, norm_hash FROM passages WHERE id IN ({','.join('?' * len(chunk))})"
            out.update({r[0]: r[1] for r in self.conn.execute(q, chunk)})
        return out

    def embeddings(self, ids: Sequence[int] | None = None, table: str = "passages") -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of stored embeddings of ``table`` (passages or sentences), all or ``ids``."""
        table = _unit_table(table)
        if ids is None:
            rows = self.conn.execute(f"SELECT id, embedding FROM {table} WHERE embedding IS NOT NULL ORDER BY id").fetchall()
        else:
            rows = []
            ids = list(ids)
            for k in range(0, len(ids), 500):
                chunk = ids[k:k + 500]
                q = f"SELECT id, embedding FROM {table} WHERE embedding IS NOT NULL AND id IN ({','.join('?' * len(chunk))})"
                rows.extend(self.conn.execute(q, chunk).fetchall())
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        idx = np.array([r[0] for r in rows], dtype=np.int64)
        vecs = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
        return idx, vecs

    def keyword_search(self, query: str, k: int, filters: Filters | None = None) -> list[tuple[int, float]]:
        """BM25 over passages (text and section path); user text is escaped, never FTS syntax."""
        terms = _fts_terms(query)
        if not terms:
            return []
        f = filters or Filters()
        try:
            match = self._within_budget(terms)
            if f.active:
                where, args = f.sql()
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
            rows = self.conn.execute(sql, [match, *args, k]).fetchall()
        except sqlite3.OperationalError as exc:  # pragma: no cover - escaping should prevent this
            raise QueryError(f"the search could not be run: {exc}") from exc
        return [(int(r[0]), -float(r[1])) for r in rows]

    def _match_count(self, match: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", [match]).fetchone()[0])

    def _within_budget(self, terms: list[str]) -> str:
        """The FTS5 query of ``terms``, cut to the rarest of them when together they match more
        than ``KEYWORD_BUDGET`` passages (see there); at least the rarest term is kept."""
        match = " OR ".join(terms)
        if len(terms) < 2 or self._match_count(match) <= KEYWORD_BUDGET:
            return match
        counted = sorted((self._match_count(t), i) for i, t in enumerate(terms))
        keep: list[int] = []
        total = 0
        for n, i in counted:
            if keep and total + n > KEYWORD_BUDGET:
                break
            keep.append(i)
            total += n
        return " OR ".join(terms[i] for i in sorted(keep))

    def figures(
        self,
        *,
        doc_id: str | None = None,
        kind: str | None = None,
        min_value: float | None = None,
        max_value: float | None = None,
        period: str | None = None,
        label: str | None = None,
        q: str | None = None,
        passage_ids: Sequence[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[tuple[Figure, Citation, int | None]]:
        clauses: list[str] = ["1=1"]
        args: list[Any] = []
        if doc_id:
            clauses.append("f.doc_id = ?")
            args.append(doc_id)
        if kind:
            clauses.append("f.kind = ?")
            args.append(kind)
        if min_value is not None:
            clauses.append("f.value >= ?")
            args.append(min_value)
        if max_value is not None:
            clauses.append("f.value <= ?")
            args.append(max_value)
        if period:
            clauses.append("f.period = ?")
            args.append(period)
        if label:
            clauses.append("lower(coalesce(f.label, '') || ' ' || coalesce(f.table_row, '')) LIKE ?")
            args.append(f"%{label.lower()}%")
        if q:
            for word in re.findall(r"\w+", q.lower())[:8]:
                clauses.append(
                    "(lower(coalesce(f.label,'') || ' ' || coalesce(f.table_row,'') || ' ' || coalesce(f.table_col,''))"
                    " LIKE ? OR lower(coalesce(p.text,'')) LIKE ?)"
                )
                args.extend([f"%{word}%", f"%{word}%"])
        if passage_ids is not None:
            if not passage_ids:
                return []
            clauses.append(f"f.passage_id IN ({','.join('?' * len(passage_ids))})")
            args.extend(passage_ids)
        sql = (
            "SELECT f.*, d.title AS doc_title, d.council, d.doc_type, d.date, s.path AS s_path, s.para_no AS s_para,"
            " s.pages AS s_pages, d.page_map FROM figures f JOIN documents d ON d.id = f.doc_id"
            " LEFT JOIN passages p ON p.id = f.passage_id LEFT JOIN sections s ON s.id = p.section_id"
            f" WHERE {' AND '.join(clauses)} ORDER BY f.doc_id, f.start"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args.extend([limit, offset])
        out = []
        for r in self.conn.execute(sql, args):
            fig = _figure_from_row(r)
            page_map = json.loads(r["page_map"])
            doc_stub = Document(r["doc_id"], "", "", "", None, "", "", tuple(page_map), "")
            cit = Citation(
                doc_id=r["doc_id"], doc_title=r["doc_title"],
                section_path=tuple(json.loads(r["s_path"])) if r["s_path"] else (),
                para_no=r["s_para"], pages=doc_stub.pages_for(fig.span), span=fig.span,
                council=r["council"], doc_type=r["doc_type"], date=r["date"],
            )
            out.append((fig, cit, r["passage_id"]))
        return out

    def _by_passage(self, table: str, passage_ids: Sequence[int], convert: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        ids = list(passage_ids)
        if not ids:
            return out
        q = f"SELECT * FROM {table} WHERE passage_id IN ({','.join('?' * len(ids))}) ORDER BY start"
        for r in self.conn.execute(q, ids):
            out.setdefault(r["passage_id"], []).append(convert(r))
        return out

    def passage_figures(self, passage_ids: Sequence[int]) -> dict[int, list[Figure]]:
        """Each passage's figures (passages with none are left out). Kept per store version
        (``memo``): a number question weighs the figures of its 50 best candidates, and
        popular questions share candidates."""
        known: dict[int, list[Figure]] = self.memo("passage_figures", dict)
        if len(known) > FIGURE_MEMO_MAX:
            known.clear()
        missing = [i for i in passage_ids if i not in known]
        if missing:
            got = self._by_passage("figures", missing, _figure_from_row)
            for i in missing:
                known[i] = got.get(i, [])
        return {i: list(known[i]) for i in passage_ids if known.get(i)}

    def passage_entities(self, passage_ids: Sequence[int]) -> dict[int, list[Entity]]:
        return self._by_passage("entities", passage_ids, _entity_from_row)

    def entities(
        self, *, doc_id: str | None = None, label: str | None = None, q: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> list[tuple[Entity, str]]:
        clauses: list[str] = ["1=1"]
        args: list[Any] = []
        if doc_id:
            clauses.append("doc_id = ?")
            args.append(doc_id)
        if label:
            clauses.append("label = ?")
            args.append(label.upper())
        if q:
            clauses.append("(lower(normalised) LIKE ? OR lower(text) LIKE ?)")
            args.extend([f"%{q.lower()}%", f"%{q.lower()}%"])
        sql = f"SELECT * FROM entities WHERE {' AND '.join(clauses)} ORDER BY doc_id, start"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args.extend([limit, offset])
        return [(_entity_from_row(r), r["doc_id"]) for r in self.conn.execute(sql, args)]

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

    def all_glossary(self) -> list[tuple[str, str]]:
        """Every (acronym, expansion) pair learned from any document, most common first."""
        return list(self.memo("glossary", lambda: [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT acronym, expansion, count(*) AS n FROM glossary GROUP BY acronym, expansion ORDER BY n DESC"
            )
        ]))

    def integrity_ok(self) -> bool:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"

    def digest(self) -> str:
        """A digest of what is stored (document ids and hashes, passage ids)."""
        import hashlib

        h = hashlib.sha256()
        for r in self.conn.execute("SELECT id, sha256 FROM documents ORDER BY id"):
            h.update(f"{r[0]}:{r[1]}\n".encode())
        for r in self.conn.execute("SELECT id FROM passages ORDER BY id"):
            h.update(f"{r[0]}\n".encode())
        return h.hexdigest()

    # -- whole-store reads for evaluation (councilsearch.evaluate) ---------------------------------
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


def _figure_from_row(r: sqlite3.Row) -> Figure:
    value: float | str = r["value_text"] if r["value_text"] is not None else float(r["value"])
    return Figure(
        surface=r["surface"], span=(r["start"], r["end"]), value=value, unit=r["unit"], kind=r["kind"],
        extractor=r["extractor"], scale=r["scale"], period=r["period"], label=r["label"],
        table_row=r["table_row"], table_col=r["table_col"], range_with=r["range_with"],
        flags=tuple(json.loads(r["flags"])),
    )


def _entity_from_row(r: sqlite3.Row) -> Entity:
    return Entity(
        text=r["text"], label=r["label"], span=(r["start"], r["end"]), normalised=r["normalised"],
        extractor=r["extractor"], title=r["title"], role=r["role"],
    )


def _passage_locator(passages: Sequence[Passage]):  # type: ignore[no-untyped-def]
    """offset -> id of the passage holding it (None when it falls between passages)."""
    import bisect

    starts = [p.span[0] for p in passages]

    def locate(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and passages[i].span[0] <= offset < passages[i].span[1]:
            return passages[i].id
        return None

    return locate
