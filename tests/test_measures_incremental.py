"""Measures after a write read only the documents written (#15 follow-up): each document's
measure points are kept with a mark of its row and figures, and the build after an ingest or a
delete equals a build from nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.index import measures
from councilsearch.index.library import Library
from councilsearch.index.store import Store
from tests.test_measures import DOCS, MANIFEST


def _whole(store: Store) -> measures._Index:
    """The measures built from nothing (nothing kept)."""
    measures._KEPT.pop(store, None)
    return measures._build(store)


def test_a_build_after_writes_reads_only_the_documents_written_and_equals_a_whole_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "manifest.csv").write_text(MANIFEST)
    first, later, dropped = "wyvern-budget-2024.txt", "wyvern-outturn-2025.txt", "wyvernshire-budget-2024.txt"
    for name in (first, dropped):
        (docs / name).write_text(DOCS[name])
    lib = Library(load_settings(tmp_path / "data"), embed=False)
    try:
        assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
        store = lib.store
        before = measures._build(store)  # a first build: every document read
        assert before.measures and measures._build(store).measures == before.measures

        (docs / later).write_text(DOCS[later])
        written = [r.doc_id for r in lib.ingest_paths([docs], workers=0) if r.status == "ingested"]
        gone = next(d.id for d in store.list_documents() if d.id.startswith("wyvernshire"))
        lib.delete(gone)

        read: list[str | None] = []
        figures = Store.figures
        monkeypatch.setattr(Store, "figures", lambda self, **kw: read.append(kw.get("doc_id")) or figures(self, **kw))
        after = measures._build(store)
        assert read == written  # the new document only; the deleted one is dropped unread
        whole = _whole(store)
        assert after.measures == whole.measures and after.discrepancies == whole.discrepancies
        assert after.discrepancies  # the later document's projection conflicts or revises the earlier one
        assert after.measures != before.measures
    finally:
        lib.close()
