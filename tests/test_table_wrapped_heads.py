"""Column headers (figures.v37) written on two rows, each cell wrapped ("Spent to" over "30 Sept £k"), with the
unit at the end of every lower cell (issue 17: a fresh corpus' capital table read with no unit).
Two mechanisms: a header cell that ends open ("Spent to", "Paid by") in a row of three or more
cells is a header, not a sentence broken by a TAB; and a date written as a header with the unit
of the figures under it ("30 Sept £k") is a header cell, as is any date in a row naming a money
unit."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.table_lines import is_table_row

_TABLE = (
    "Table 1: Sampleton capital schemes 2026/27\n"
    "\tApproved\tSpent to\tForecast\tVariance\n"
    "Scheme\tbudget £k\t30 Sept £k\toutturn £k\t£k\n"
    "Depot solar panels\t1,730\t655\t1,610\t(120)\n"
    "Town square paving\t2,940\t1,185\t3,075\t135\n"
)


def _cells(text: str) -> dict[str, tuple[str, float, str | None]]:
    return {f.surface: (f.kind, f.value, f.label) for f in extract_figures(text) if f.kind != "period"}


def test_wrapped_header_cells_with_a_unit_give_money_and_whole_labels() -> None:
    got = _cells(_TABLE)
    assert got["655"] == ("money", 655_000.0, "Depot solar panels – Spent to 30 Sept")
    assert got["1,730"] == ("money", 1_730_000.0, "Depot solar panels – Approved budget")
    assert got["(120)"] == ("money", -120_000.0, "Depot solar panels – Variance")
    assert got["3,075"][:2] == ("money", 3_075_000.0)


def test_a_date_header_with_a_unit_is_a_header_without_an_upper_row() -> None:
    text = "Scheme\tBudget £k\tSpent to 31 Jan £k\nWyvern library roof\t480\t215\n"
    assert _cells(text)["215"] == ("money", 215_000.0, "Wyvern library roof – Spent to 31 Jan")
    text = "Scheme\tbudget £000\t31 Jan £000\nWyvern library roof\t480\t215\n"
    assert _cells(text)["215"][:2] == ("money", 215_000.0)


def test_an_open_header_cell_is_a_table_row_but_a_broken_sentence_is_not() -> None:
    assert is_table_row("\tApproved\tSpent to\tForecast")
    assert is_table_row("Fund\tAwarded\tPaid by\tMoves to")
    assert not is_table_row("The Orlwick report shows a gap of\t£3.2m before savings")
    assert not is_table_row("The gap is met by\tthe reserve\tand by grants")
