"""The store's tables (DDL) and their version, which is checked whenever a store is opened.

``SCHEMA_VERSION`` changes whenever what ingest writes changes shape. A store written with
another version is refused (``SchemaMismatchError``) before anything touches it: its data has
to be ingested again, since the tables are the source of truth and nothing else can rebuild
them (``councilsearch reindex`` rebuilds only the vector index, from these tables).

A column added with a default that older code neither reads nor needs (``ADDED_COLUMNS``) is
no change of shape: a store without it gains it when opened, keeping its version, and its
documents read back with the column empty until they are ingested again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from councilsearch.errors import SchemaMismatchError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    council TEXT NOT NULL DEFAULT '',
    council_code TEXT,
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

# -- recommendations (issue #19): what documents recommend and what later ones say of it ----
SCHEMA += """
CREATE TABLE IF NOT EXISTS recommendations (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    label TEXT NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'original',
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    path TEXT NOT NULL,
    para_no TEXT,
    pages TEXT NOT NULL,
    council TEXT NOT NULL DEFAULT '',
    date TEXT,
    status TEXT,
    rag TEXT,
    status_sentence TEXT,
    status_start INTEGER,
    status_end INTEGER,
    follows TEXT,
    extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS recommendations_doc ON recommendations(doc_id, ordinal);
CREATE INDEX IF NOT EXISTS recommendations_council ON recommendations(council);
CREATE TABLE IF NOT EXISTS recommendation_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rec_id TEXT NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    council TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    rag TEXT,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    path TEXT NOT NULL,
    para_no TEXT,
    pages TEXT NOT NULL,
    method TEXT NOT NULL,
    score REAL NOT NULL,
    extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS recommendation_links_rec ON recommendation_links(rec_id);
CREATE INDEX IF NOT EXISTS recommendation_links_council ON recommendation_links(council);
"""

# -- saved searches and alerts (issue #20): rules and the matches recorded for them (index/alerts.py) --
SCHEMA += """
CREATE TABLE IF NOT EXISTS saved_searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    rule_type TEXT NOT NULL,
    words TEXT NOT NULL,
    council TEXT,
    doc_type TEXT,
    date_from TEXT,
    date_to TEXT,
    section_kind TEXT,
    figure_kind TEXT,
    period TEXT,
    op TEXT,
    threshold REAL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    seen_match INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alert_matches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    match_key TEXT NOT NULL,
    baseline INTEGER NOT NULL DEFAULT 0,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (search_id, match_key)
);
CREATE INDEX IF NOT EXISTS alert_matches_search ON alert_matches(search_id, id);
"""

# the section holding an offset (figures' citations, ``section_at``) found by its start, not by
# reading every section of the document; made on open for stores written before it
SCHEMA += """
CREATE INDEX IF NOT EXISTS sections_start ON sections(doc_id, start);
"""

ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("documents", "council_code", "TEXT"),  # the council's ONS code (councilsearch.councils)
    ("entities", "affiliation", "TEXT"),  # a person's body (entities.v2)
    ("entities", "holder", "TEXT"),  # who holds a role (entities.v2)
    ("figures", "measure", "TEXT"),  # what measures group a figure by, when not its label (figures.v17)
    # a council entity's link to the council register (entities.v21)
    ("entities", "council_code", "TEXT"),
    ("entities", "council_tier", "TEXT"),
    ("entities", "upper_council_code", "TEXT"),
    ("entities", "upper_council", "TEXT"),
)
"""(table, column, type) added to the schema after stores were written without them."""


def _add_columns(conn: sqlite3.Connection) -> None:
    for table, column, kind in ADDED_COLUMNS:
        have = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
        if column not in have:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def open_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create the tables of a new store at ``path``; refuse one of another schema version."""
    check_schema_version(conn, path)  # before the DDL touches an older layout
    conn.executescript(SCHEMA)
    _add_columns(conn)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')")
    conn.commit()


def check_schema_version(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ``SchemaMismatchError`` when the store at ``path`` was written with another schema
    version (a new store has none yet), saying what to do about it."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() if has_meta else None
    if row is None or str(row[0]) == str(SCHEMA_VERSION):
        return
    raise SchemaMismatchError(
        f"the store at {path} was written with schema version {row[0]}, and this version of "
        f"councilsearch reads schema version {SCHEMA_VERSION}: move the data folder aside (or delete it) "
        "and ingest the documents again (`councilsearch ingest ...`); `councilsearch reindex` is not "
        "enough, it rebuilds only the vector index from the store",
        detail={"store_schema_version": str(row[0]), "schema_version": SCHEMA_VERSION},
    )
