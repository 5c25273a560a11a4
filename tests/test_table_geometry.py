"""Tables by geometry on the layout corpus (issue 16, cause 2): a unit declared in a table's
title, a unit line above it or the cell over its row labels applies to all its cells; a row
whose label and commentary wrap in their cells (Word writes each cell's lines before the next
cell) is one row; a header set over two lines is one header; each row is a passage under the
table's title. Real parser, real PDFs (tests/data/layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.models import Figure
from councilsearch.pipeline import Analysis, analyse, read_document
from tests.conftest import DATA

LAYOUT = DATA / "layout"


@pytest.fixture(scope="module")
def tables() -> Analysis:
    return analyse(read_document(Path(LAYOUT / "capital-programme-tables-2025-26.pdf")), entities=False)


def _row(a: Analysis, label: str) -> list[Figure]:
    line = next(ln for ln in a.doc.text.split("\n") if ln.startswith(label + "\t"))
    start = a.doc.text.index(line)
    return [f for f in a.figures if start <= f.span[0] < start + len(line)]


def test_a_table_with_its_unit_only_in_the_title_gives_money_cells(tables: Analysis) -> None:
    # "Table 1: Capital financing in £millions", header "2024-25" over "Forecast"
    figs = _row(tables, "Prudential borrowing")
    assert [(f.surface, f.unit, f.value) for f in figs] == [
        ("97.5", "GBP", 97_500_000.0),
        ("124.9", "GBP", 124_900_000.0),
        ("88.2", "GBP", 88_200_000.0),
        ("61.0", "GBP", 61_000_000.0),
        ("274.1", "GBP", 274_100_000.0),
    ]
    assert all(f.table_row == "Prudential borrowing" for f in figs)
    assert [f.period for f in figs] == ["2024/25", "2025/26", "2026/27", "2027/28", None]
    assert [f.table_col for f in figs] == [
        "2024-25 Forecast", "2025-26 Budget", "2026-27 Plan", "2027-28 Plan", "Total 2025-28"
    ]


def test_a_header_over_two_lines_is_one_header_row(tables: Analysis) -> None:
    lines = tables.doc.text.split("\n")
    assert "Source of financing\t2024-25 Forecast\t2025-26 Budget\t2026-27 Plan\t2027-28 Plan\tTotal 2025-28" in lines


def test_a_unit_over_the_row_labels_is_the_tables(tables: Analysis) -> None:
    # Table 2: "£000s" in the top-left cell
    figs = _row(tables, "Adult Social Care")
    assert [(f.unit, f.value, f.period) for f in figs] == [
        ("GBP", 512_430_000.0, "2024/25"),
        ("GBP", 551_870_000.0, "2025/26"),
        ("GBP", 39_440_000.0, None),
    ]


def test_wrapped_cells_stay_in_their_row_under_a_unit_line(tables: Analysis) -> None:
    # Table 3: "All figures in £m" above it; row labels and commentary wrapped in their cells
    lines = tables.doc.text.split("\n")
    assert (
        "Adults with Learning Disabilities – Supported Living\t148.2\t159.6\t+11.4\t+£11.4m pressure on this "
        "service line from 64 new placements since April 2024, most of them young people moving from "
        "children's services."
    ) in lines
    figs = _row(tables, "Older Adults – Residential and Nursing Care")
    cells = [f for f in figs if f.table_col in ("Budget", "Forecast", "Variance")]
    assert [(f.surface, f.unit, f.value, f.period) for f in cells] == [
        ("212.6", "GBP", 212_600_000.0, "2024/25"),
        ("231.9", "GBP", 231_900_000.0, "2024/25"),
        ("+19.3", "GBP", 19_300_000.0, "2024/25"),
    ]
    assert all(f.table_row == "Older Adults – Residential and Nursing Care" for f in cells)


def test_each_table_row_is_a_passage_under_its_tables_title(tables: Analysis) -> None:
    rows = {p.text.split("\t", 1)[0]: p for p in tables.passages if p.kind == "table"}
    p = rows["Prudential borrowing"]
    assert p.text == "Prudential borrowing\t97.5\t124.9\t88.2\t61.0\t274.1"
    # the title ends the path, as a heading of its own or added to the table's passages
    assert " – ".join(p.path).endswith("Table 1: Capital financing in £millions")
    older = rows["Older Adults – Residential and Nursing Care"]
    assert older.text.endswith("38 more placements than the budget assumed.")
    assert " – ".join(older.path).endswith(
        "Table 3: Forecast outturn 2024-25 for the main service lines – All figures in £m"
    )
    assert " – ".join(rows["Adult Social Care"].path).endswith("Table 2: Net revenue budget by directorate – £000s")
    assert [r for r in rows if r.startswith("Source of financing")]  # the header: a passage of its own


def test_a_unit_in_the_header_row_of_a_report_table() -> None:
    a = analyse(read_document(Path(LAYOUT / "treasury-management-strategy-2025-26.pdf")), entities=False)
    figs = _row(a, "Authorised limit for external debt")
    assert [(f.unit, f.value, f.period) for f in figs] == [
        ("GBP", 1_180_000_000.0, "2024/25"),
        ("GBP", 1_250_000_000.0, "2025/26"),
        ("GBP", 1_310_000_000.0, "2026/27"),
    ]
