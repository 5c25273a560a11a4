"""What a table's header, title and notes have said so far (``TableState``), read by
``tables.TableReader`` row by row: column headers, units and years; a unit or year of the title, of
a line over the row labels or over the columns as a whole. The unit a title or unit line declares
(``declared_unit``); what a table part's header said, kept for a header repeated after a page break
(``units_of``, ``carry_units``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from councilsearch.extract.figures.candidates import Cand
from councilsearch.extract.figures.cells import Unit, unit_marker


@dataclass
class TableState:
    title_unit: Unit | None = None
    stub_unit: Unit | None = None  # a unit over the row labels ("£m" in the top-left cell): the table's
    title_fy: str | None = None
    title_rate: str | None = None  # "per week" of a title's "(£ per week)"
    is_toc: bool = False
    col_head: dict[int, str] = field(default_factory=dict)
    col_unit: dict[int, Unit] = field(default_factory=dict)
    col_fy: dict[int, str] = field(default_factory=dict)
    seen_data: bool = False
    widths: set[int] = field(default_factory=set)  # widths of its header and data rows
    value_cols: set[int] = field(default_factory=set)  # columns that held numbers
    # header rows placed at the first data row: (cells, counted from the right)
    pending: list[tuple[list[str | None], bool]] = field(default_factory=list)
    head_rows: int = 0  # header rows read since the last data row
    bare_quarters: set[int] = field(default_factory=set)  # columns headed by a quarter with no year
    # a header spanning columns ("2031/32" over "Budget<TAB>Forecast"): column -> the spanning text,
    # given to the column when a header row below names it
    span_from: dict[int, str] = field(default_factory=dict)
    only_heads: bool = True  # every row read so far is a header row (a header part of its own)
    # a header row naming one column right of the labels only, over the columns as a whole ("£000"
    # or "Projection (£000)" spanning the years, "Quarters of 2031/32" over the quarters): its money
    # unit is the table's, its year that of the columns from it on without one of their own
    span_unit: Unit | None = None
    span_fy: tuple[int, str] | None = None
    when_cols: set[int] = field(default_factory=set)  # columns headed "Period" or "Year": no unit's
    # a first column of groups merged down over rows ("Older people" over three services): known,
    # the group of the rows read, and the last row led by two text cells with its figures (a
    # group's first row, when a row with its first cell empty follows)
    grouped: bool = False
    group: str | None = None
    group_row: tuple[str, str, list[Cand]] | None = None


def units_of(st: TableState) -> TableState:
    """What a table part's header said: its column headers and units (kept before a header row
    that may repeat it)."""
    return TableState(
        title_unit=st.title_unit, stub_unit=st.stub_unit, title_fy=st.title_fy, title_rate=st.title_rate,
        col_head=dict(st.col_head), col_unit=dict(st.col_unit), span_unit=st.span_unit,
    )


def carry_units(st: TableState, before: TableState) -> None:
    """A header repeated at the top of a page (the same column headers in the same places) with
    no unit of its own keeps the units the table had before it: a unit line, a caption or the
    cell over the row labels is often not repeated. Units of its columns the same as before
    ("£000" and "%" under a "Variance" spanning two of them) are the header repeated whole, not
    units of its own: the caption's unit and year still hold for the other columns."""
    if not st.col_head or st.col_head != before.col_head:
        return
    if (st.col_unit and st.col_unit != before.col_unit) or st.stub_unit or st.title_unit or st.span_unit:
        return
    st.col_unit.update(before.col_unit)
    st.stub_unit, st.title_unit, st.span_unit = before.stub_unit, before.title_unit, before.span_unit
    st.title_fy = st.title_fy or before.title_fy
    st.title_rate = st.title_rate or before.title_rate


_PERCENT_DECLARED = re.compile(r"\(\s?%\s?\)|\bin\s+%|\(\s?per\s?cent(?:age)?\s?\)", re.IGNORECASE)


def declared_unit(title: str) -> Unit | None:
    """The unit a table's title or unit line declares: money ("£000", "£m", "(£ per week)"), or
    a percentage only when declared as a unit ("Recycling rates (%)", "figures in %"), not a
    percentage the title mentions."""
    return unit_marker(title, allow_percent=False) or (Unit("percent") if _PERCENT_DECLARED.search(title) else None)

