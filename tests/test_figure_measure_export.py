"""``Figure.measure`` (figures.v17: what measures group a figure by when its label says more;
None = its label) wherever a figure's label goes out: the API's figure fields, the figures CSV
(CLI and API), the extract job's rows; and a store written before the column existed opens,
lists, exports and groups its figures, each measure None. Real models, invented documents."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.config import load_settings
from councilsearch.index.library import STORE_NAME, Library
from councilsearch.models import Figure
from tests.conftest import csv_rows

# a label fuller than its measure: "price of baled cardboard" is measured as "price"
TEXT = "Recycling income\n\nThe price of baled cardboard was £41 a tonne in 2025/26.\n"
PLAIN = Figure(surface="£41", span=(0, 3), value=41.0, unit="GBP", kind="money", label="price")
FULLER = Figure(surface="£41", span=(0, 3), value=41.0, unit="GBP", kind="money",
                label="price of baled cardboard", measure="price")


def test_the_api_figure_carries_its_measure() -> None:
    from councilsearch.api.schemas import FigureOut

    assert FigureOut.of(FULLER).measure == "price"
    assert FigureOut.of(PLAIN).measure is None  # its label is its measure


def test_the_figures_csv_carries_the_measure_beside_the_label() -> None:
    from councilsearch.jobs.results import FIGURE_COLUMNS, figure_rows
    from councilsearch.models import Citation

    cite = Citation(doc_id="d", doc_title="t", section_path=(), para_no=None, pages=(1,), span=(0, 3))
    assert FIGURE_COLUMNS.index("measure") == FIGURE_COLUMNS.index("label") + 1
    rows = figure_rows([(FULLER, cite), (PLAIN, cite)], lambda d, s: "")
    assert [r["measure"] for r in rows] == ["price", ""]


def test_the_extract_job_rows_carry_the_measure() -> None:
    from councilsearch.jobs.rows import COLUMN_NAMES, SCHEMA, clean_row, document_rows
    from councilsearch.models import Document

    doc = Document(id="d", title="t", council="", doc_type="report", date=None, source_path="x.txt", text=TEXT,
                   page_map=(0,), sha256="0" * 64)
    rows = [clean_row(r) for r in document_rows(doc, [], [FULLER, PLAIN], [])]
    assert "measure" in COLUMN_NAMES and SCHEMA.field("measure").nullable
    assert [r["measure"] for r in rows] == ["price", None]


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store as written before the measure column: ingested now, the column dropped."""
    root = tmp_path_factory.mktemp("measure-old")
    src = root / "docs" / "wyvern-waste-2026-01-20.txt"
    src.parent.mkdir()
    src.write_text(TEXT)
    data = root / "data"
    lib = Library(load_settings(data), embed=False)
    try:
        assert all(r.ok for r in lib.ingest_paths([src], workers=0))
    finally:
        lib.close()
    with sqlite3.connect(data / STORE_NAME) as c:
        assert c.execute("SELECT count(*) FROM figures WHERE measure = 'price'").fetchone()[0] == 1
        c.execute("ALTER TABLE figures DROP COLUMN measure")
    return data


def test_a_store_written_before_the_measure_column_opens_and_lists_its_figures(old_store: Path) -> None:
    from councilsearch.index.measures import find_measures

    lib = Library(load_settings(old_store), embed=False)
    try:
        figs = [f for f, _, _ in lib.store.figures(limit=50)]
        assert figs and all(f.measure is None for f in figs)
        assert any(f.label and "cardboard" in f.label for f in figs)
        assert find_measures(lib.store)  # grouped by their labels
    finally:
        lib.close()
    runner = CliRunner()
    out = runner.invoke(app, ["--data-dir", str(old_store), "figures", "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = csv_rows(out.output)
    assert rows and all(r["measure"] == "" for r in rows)
    out = runner.invoke(app, ["--data-dir", str(old_store), "figures", "--json"])
    assert out.exit_code == 0, out.output
    assert all(r["figure"]["measure"] is None for r in json.loads(out.output))


def test_an_output_of_the_rows_before_the_measure_is_not_resumed_into(tmp_path: Path) -> None:
    """Rows of another schema cannot be appended to (a parquet file has one schema); the
    message names the schemas, not a --format the output already has."""
    from councilsearch.errors import ExportError
    from councilsearch.jobs.export import ledger_path, open_sink

    out = tmp_path / "rows.jsonl"
    out.write_text("")
    ledger_path(out).write_text("#councilsearch-extract\trows.v2\tjsonl\n")
    with pytest.raises(ExportError, match=r"row schema rows\.v2") as info:
        open_sink(out, "jsonl").open()
    assert "--format" not in str(info.value)


def test_the_records_name_the_extractors_current_versions() -> None:
    """models.py cannot import the extractors (it is below them), so its defaults are copies."""
    from councilsearch.extract.entities.candidates import EXTRACTOR as ENTITIES
    from councilsearch.extract.figures.lexicon import EXTRACTOR as FIGURES
    from councilsearch.models import Entity

    assert PLAIN.extractor == FIGURES
    assert Entity(text="x", label="ORG", span=(0, 1), normalised="x").extractor == ENTITIES


def test_reindex_fills_the_measures_of_a_store_made_before_them(old_store: Path, tmp_path: Path) -> None:
    """Such a store was made by figures.v16 or older, whose rows reindex extracts again."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(old_store, data)
    with sqlite3.connect(data / STORE_NAME) as c:
        c.execute("UPDATE figures SET extractor = 'figures.v16'")
    out = CliRunner().invoke(app, ["--data-dir", str(data), "reindex"])
    assert out.exit_code == 0, out.output
    with sqlite3.connect(data / STORE_NAME) as c:
        assert c.execute("SELECT count(*) FROM figures WHERE measure = 'price'").fetchone()[0] == 1
