"""SQLite store: the source of truth for documents, sections, passages, figures and entities.

WAL mode; one writer at a time (a process-wide lock), many readers (a connection per
thread). Each document is written in one transaction, so a reader sees a document whole or
not at all. An FTS5 table over passages gives BM25 keyword search. Passage embeddings are
kept here too (float32 blobs), so the FAISS index is derived data that can always be rebuilt.
Every SQL statement of councilsearch is in this package.

Modules, by what each owns:

    schema.py          the tables (DDL) and ``SCHEMA_VERSION``, checked on open
    base.py            connections, transactions, the generation, memo, meta
    documents.py       documents written and deleted whole; documents, sections, glossaries read
    passages.py        passages and sentences, their embeddings, BM25 keyword search
    facts.py           figures and entities
    recommendations.py recommendations and their follow-up links
    fts.py             keyword query building: escaping, stop words, the match budget
    embedding_text.py  the text a passage or sentence is embedded as
    filters.py         ``models.Filters`` as SQL
    rows.py            records to rows and back
    alerts.py          saved searches and their recorded matches
"""

from __future__ import annotations

from councilsearch.index.store.alerts import AlertTables
from councilsearch.index.store.documents import DocumentTables
from councilsearch.index.store.facts import FactTables
from councilsearch.index.store.passages import PassageTables
from councilsearch.index.store.recommendations import RecommendationTables


class Store(DocumentTables, PassageTables, FactTables, RecommendationTables, AlertTables):
    """SQLite access. Thread-safe: a connection per thread, one writer lock per path."""


__all__ = ["Store"]
