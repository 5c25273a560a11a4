"""An upgrade that changes an extractor leaves a store's older figures and entities behind
until they are extracted again: ``councilsearch reindex`` finds the documents whose rows
another extractor version made and extracts their figures, entities and glossary again from
the stored text (no original file, no parse, no embedding), leaving passages and vectors as
they are. A store already current is not written. Real models, one short invented document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.config import load_settings
from councilsearch.index.library import STORE_NAME, Library
from councilsearch.index.refresh import refresh_facts
from councilsearch.pipeline import extractor_versions

TEXT = """Orlwick District Council
Cabinet, 12 March 2027

1. Leisure centres
1.1 The Orlwick Leisure Trust runs the two pools. The council pays the Trust a grant of £410,000 in 2026/27,
which is £22,000 less than in 2025/26.
1.2 The Director of Finance, Jane Sample, will report on the pools' repairs by September 2027.
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    src = tmp_path / "docs" / "orlwick-cabinet-2027-03-12.txt"
    src.parent.mkdir()
    src.write_text(TEXT)
    data = tmp_path / "data"
    lib = Library(load_settings(data))
    try:
        assert all(r.ok for r in lib.ingest_paths([src]))
    finally:
        lib.close()
    src.unlink()  # the original file is gone: the stored text is all there is
    return data


def _rows(data: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data / STORE_NAME) as c:
        return c.execute(sql).fetchall()


def _age(data: Path) -> None:
    """As a store written by the versions before: other labels, other version names, and one
    entity the old extractor found that the new one does not."""
    with sqlite3.connect(data / STORE_NAME) as c:
        c.execute("UPDATE figures SET label = 'old label', extractor = 'figures.v0'")
        c.execute("UPDATE entities SET extractor = 'entities.v0'")
        c.execute("INSERT INTO entities(doc_id, passage_id, text, label, start, end, normalised, extractor)"
                  " SELECT doc_id, passage_id, 'Pools', 'ORG', 0, 5, 'pools', 'entities.v0' FROM entities LIMIT 1")


def test_reindex_extracts_again_what_older_extractors_made(data: Path) -> None:
    figures = _rows(data, "SELECT surface, label, period, passage_id FROM figures ORDER BY start")
    entities = _rows(data, "SELECT text, label, passage_id FROM entities ORDER BY start")
    passages = _rows(data, "SELECT id, text FROM passages ORDER BY id")
    assert any(label for _, label, _, _ in figures) and entities
    _age(data)
    result = CliRunner().invoke(app, ["--data-dir", str(data), "reindex"])
    assert result.exit_code == 0, result.output
    assert "figures and entities extracted again for 1 document (entities.v0, figures.v0 ->" in result.output
    versions = extractor_versions()
    assert _rows(data, "SELECT DISTINCT extractor FROM figures") == [(versions["figures"],)]
    assert _rows(data, "SELECT DISTINCT extractor FROM entities") == [(versions["entities"],)]
    assert _rows(data, "SELECT surface, label, period, passage_id FROM figures ORDER BY start") == figures
    assert _rows(data, "SELECT text, label, passage_id FROM entities ORDER BY start") == entities
    assert _rows(data, "SELECT id, text FROM passages ORDER BY id") == passages  # nothing re-passaged
    lib = Library(load_settings(data))
    try:  # the figures answer again, cited to their passages
        hits = lib.searcher().search("how much grant does the council pay the leisure trust", k=1)
        assert hits and any(f.surface == "£410,000" for f in hits[0].figures)
    finally:
        lib.close()


def test_a_current_store_is_not_written(data: Path) -> None:
    lib = Library(load_settings(data))
    try:
        before = lib.store.generation()
        done = refresh_facts(lib.store)
        assert done.documents == 0 and done.replaced == ()
        assert lib.store.generation() == before
    finally:
        lib.close()
