"""Tables: runs of TAB-separated lines. Header rows give each column a header text, a unit and
a financial year; a unit line, the title or the row label can give a unit too. Each cell
figure is labelled "row label – column header" and takes its period from the column header,
the row label, the row's cell under a "Period" or "Year" header, or the title. A table interrupted by lines without tabs (or broken across a page
without its header) keeps its columns and unit when it resumes. Dates and years written over the
columns ("£000<TAB>31 March" over "<TAB>2031") are header cells, not figures; a column whose
cells are rates ("a meal", "per night") gives each row's money and counts their rate in the
label; a quarter column with no year ("Q2") takes the year of the document's last quarter
written with one ("Q1 2031/32"). A reference leading a row ("SAV-01") leaves the row's label to
the words after it; a first column of groups merged down over rows (its cell empty in the rows
after a group's first) leads each row's label ("Older people – Nursing care"). A header row naming one
column only, right of the row labels, stands over the columns as a whole ("Projection (£000)" or a
centred "£000" over the years): its money unit is the table's, its year that of the columns from
it on. A "Year" column of figures ("61.4" beside the quarters) is no column of the rows' years. A
note marker glued to a row label ("Fuel costs1" over a note "1 Includes ...") is left out of the
label. A column of units beside the figures ("£k", "No.", "%", "£ per week") gives each row its
unit; a row's number alone under "No.", "#" or "Ref" is a reference, like "SAV-01"; a credit
written "1,250 CR" is negative."""

from __future__ import annotations

import re

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.cell_figures import (
    INDEX_HEADERS,
    as_cell,
    number_label,
    prose_cell,
    ref_cell,
    value_cell,
    when_value,
)
from councilsearch.extract.figures.cells import (
    caption_row,
    clean_label,
    grouped_rows,
    leading_texts,
    note_marks,
    one_fy,
    regroup,
    split_cells,
    strip_units,
    unit_cell,
    unit_marker,
)
from councilsearch.extract.figures.rates import is_rate_cell, pound_rate, rate_columns
from councilsearch.extract.figures.scanner import Scanner
from councilsearch.extract.figures.table_dates import (
    WHEN_HEAD,
    YEAR_HEAD,
    dates_as_headers,
    fy_of_title,
    short_fy,
    when_cell,
)
from councilsearch.extract.figures.table_state import TableState, carry_units, declared_unit, units_of
from councilsearch.models import Span

# what stands above a table part that goes on from the one before: page furniture, "(continued)"
_CONTINUED = re.compile(
    r"(?:\s*(?:page\s+[0-9]+(?:\s+of\s+[0-9]+)?|[0-9]+|.*\bcont(?:inued|['’]d|\.)[^\n]*)\s*(?:\n|$))+",
    re.IGNORECASE,
)
_QUARTER = re.compile(r"\b(?:Q|Qtr\.?\s?|Quarter\s)[1-4]\b", re.IGNORECASE)
_MAX_HEAD_ROWS = 4  # a column header is written on at most four rows...
_MAX_HEAD_CHARS = 80  # ...and is short; longer "headers" are rows of a text-only table  # a longer line above a table is prose, not its title


class TableReader:
    def __init__(self, text: str, work: str, scanner: Scanner) -> None:
        self.text = text
        self.work = work
        self.scanner = scanner
        self.quarter_fy: str | None = None  # the financial year of the quarters named last

    def read(
        self, lines: list[Span], title: str, inherit: TableState | None = None, note: str = "", padded: bool = False
    ) -> tuple[list[Cand], TableState]:
        """Figures of one table block. ``inherit``: the state of a table just above, taken
        over when this block starts straight with data rows of the same width (a table
        interrupted by full-width prose rows). ``note``: a note just below the block
        ("Amounts given in £000"), whose unit is the unit of cells nothing else gives one.
        ``padded``: only blank lines stand between this block and the one above, so header rows
        of that one with no figures yet go on in this one (a table's rows padded apart)."""
        text = self.text
        note_unit = declared_unit(note) if note else None
        out: list[Cand] = []
        st = TableState(
            title_unit=declared_unit(title) if title else None,
            title_fy=fy_of_title(title),
            title_rate=pound_rate(title) if title else None,
            is_toc=bool(re.search(r"\bcontents\b", title, re.IGNORECASE)),
        )
        col_head, col_unit, col_fy = st.col_head, st.col_unit, st.col_fy
        rate_cols = rate_columns(text, [(ls, split_cells(self.work, ls, le)) for ls, le in lines])
        repeat_of: TableState | None = None  # the table part before a header row: the header may repeat it
        titled = bool(title) and not _CONTINUED.fullmatch(title)  # a title of its own: a table of its own
        new_title = ""  # the text of a one-cell row after figures
        st.grouped = grouped_rows([split_cells(self.work, ls, le) for ls, le in lines])
        marks = note_marks(text, lines)
        for ls, le in lines:
            cells = split_cells(self.work, ls, le)
            if not st.seen_data and (inherit is None or not inherit.seen_data):
                dates_as_headers(text, cells, st.head_rows)
            # a row of figures, or of cells that say none is written ("X" marking a vote, a dash) beside
            # its label: a row of the table's body, not a header or a title
            has_value = any(c.kind in ("value", "numtext") for c in cells) or (
                cells[0].kind == "text" and any(c.kind == "blank" for c in cells[1:])
                and all(c.kind in ("blank", "empty") for c in cells[1:]))
            if inherit is not None and has_value:
                if (
                    inherit.head_rows <= _MAX_HEAD_ROWS
                    if not inherit.seen_data
                    else 2 <= len(cells) <= max(inherit.widths)
                ):
                    st = inherit
                    col_head, col_unit, col_fy = st.col_head, st.col_unit, st.col_fy
                inherit = None
            elif padded and inherit is not None and inherit.only_heads and st.head_rows == 0 and (
                0 < inherit.head_rows < _MAX_HEAD_ROWS and (len(cells) in inherit.widths or (
                    len(cells) > max(inherit.widths) and sum(i > 0 for i in inherit.col_head) >= 2))
            ):  # header rows padded apart ("2031/32" over the columns, a blank line, "Budget"): one header
                # (one naming several columns may have lost empty cells at its end: narrower than this one)
                st, inherit = inherit, None
                col_head, col_unit, col_fy = st.col_head, st.col_unit, st.col_fy
            if not has_value:
                heads = [i for i, c in enumerate(cells) if c.kind in ("text", "period")]
                if heads == [0] and st.seen_data:
                    # a title or note after figures: what follows may be another table, titled by it
                    titled = True
                    new_title = text[cells[0].inner[0] : cells[0].inner[1]]
                if heads == [0] and not st.seen_data and cells[0].kind == "text":
                    # a title or unit line set as the table's first row ("Sums shown in £m"): the
                    # table's own, before the year of a sentence above it ("... slips into 2032/33")
                    raw = text[cells[0].inner[0] : cells[0].inner[1]]
                    st.title_unit = declared_unit(raw) or st.title_unit
                    # (the block's first row is the table's own title, nearer than the lines above: a
                    # year of theirs applies only over a unit line, as over a title line above it)
                    first = (ls, le) == lines[0] and bool(title) and caption_row(text[ls:le])
                    st.title_fy = fy_of_title(f"{raw}\n{title}") if first else fy_of_title(raw) or st.title_fy
                    st.title_rate = st.title_rate or pound_rate(raw)
                is_header = any(i >= 1 for i in heads)
                known = (
                    st if st.seen_data else (inherit if inherit is not None and inherit.seen_data else None)
                )
                if is_header and known is not None:
                    # after data rows, a header names the columns that held numbers, or gives
                    # a unit / year; a row of notes with those columns empty does not
                    is_header = any(
                        i in known.value_cols
                        or cells[i].kind == "period"
                        or unit_marker(text[cells[i].inner[0] : cells[i].inner[1]])
                        for i in heads
                    )
                st.only_heads = st.only_heads and is_header
                if is_header:
                    if inherit is not None and inherit.seen_data and not titled:
                        repeat_of = inherit
                    inherit = None
                    if st.seen_data:
                        repeat_of = None if titled else units_of(st)
                        if titled:  # another table: its own title's unit and year, if any
                            st.title_unit = declared_unit(new_title)
                            st.title_fy = fy_of_title(new_title)
                            st.title_rate = pound_rate(new_title)
                        col_head.clear()
                        col_unit.clear()
                        st.stub_unit = st.span_unit = st.span_fy = None
                        col_fy.clear()
                        st.bare_quarters.clear()
                        st.when_cols.clear()
                        st.value_cols.clear()
                        st.widths.clear()
                        st.pending.clear()
                        st.span_from.clear()
                        st.head_rows = 0
                        st.seen_data = False
                    st.widths.add(len(cells))
                    st.head_rows += 1
                    first_raw = text[cells[0].inner[0] : cells[0].inner[1]]
                    # a row led by a unit ("£000<TAB>%") lost its empty leading cells (PDF text):
                    # its cells belong to the right-hand columns, placed at the first data row
                    # (a row that kept empty cells between its headers kept its leading one too)
                    right = (
                        cells[0].kind == "text"
                        and bool(unit_marker(first_raw))
                        and not strip_units(first_raw)
                        and not any(c.kind == "empty" for c in cells[1:])
                    ) or (len(cells) >= 2 and all(c.kind == "period" for c in cells))  # dates over the figures

                    row = [
                        text[c.inner[0] : c.inner[1]] if c.kind in ("text", "period")
                        else (None if c.kind == "empty" else "")
                        for c in cells
                    ]
                    if right or st.pending:  # rows below one placed from the right keep their order
                        st.pending.append((row, right))
                    else:
                        self._head_row(st, row, 0)
                # figures written in header / text rows (FY headers, dates, prose cells)
                for c in cells:
                    if c.kind in ("text", "period"):
                        out.extend(prose_cell(self.text, self.scanner, c, row_period=None))
                continue
            if st.pending:
                for row, from_right in st.pending:
                    self._head_row(st, row, max(0, len(cells) - len(row)) if from_right else 0)
                st.pending.clear()
            if repeat_of is not None:
                carry_units(st, repeat_of)
                repeat_of = None
            titled = False
            st.seen_data = True
            st.only_heads = False
            st.widths.add(len(cells))
            st.value_cols.update(i for i, c in enumerate(cells) if c.kind in ("value", "numtext"))
            label_cell = next((c for c in cells if c.kind in ("text", "period")), None)
            if label_cell is None and (0 in col_head or st.stub_unit) and number_label(text, cells):
                label_cell = cells[0]  # "18-24", "1 person", "2029" under "Age band", "Year": the row's label
            lead = leading_texts(cells, rate_cols.get(ls, ()))
            if len(lead) >= 2 and ref_cell(self.text, cells[lead[0]], col_head.get(lead[0])):
                # "SAV-01<TAB>Merge the contact centres": the words name the row, the longest of them
                # when several follow ("AC21<TAB>Adults<TAB>Review of day care")
                label_cell = max((cells[k] for k in lead[1:]), key=lambda c: c.inner[1] - c.inner[0])
            row_label = clean_label(text[label_cell.inner[0] : label_cell.inner[1]]) if label_cell else None
            first_out, group_row = len(out), None
            if lead[:2] == [0, 1] and label_cell is cells[0] and row_label:
                item = clean_label(text[cells[1].inner[0] : cells[1].inner[1]])
                if st.grouped:  # a group's cell merged down over its rows ("Older people"), then the row's
                    st.group, label_cell, row_label = row_label, cells[1], item
                else:
                    group_row = (row_label, item)
                    st.group = None
            elif lead[:1] == [1] and cells[0].kind == "empty":
                if not st.grouped and st.group_row is not None:
                    st.grouped, st.group = True, regroup(st.group_row)
            else:
                st.group = None
            if st.group and row_label:
                row_label = f"{st.group} – {row_label}"
            row_unit = unit_marker(row_label) if row_label else None
            unit_at = next((k for k in lead if cells[k] is not label_cell
                            and unit_cell(text[cells[k].inner[0] : cells[k].inner[1]])), None)
            if unit_at is not None:  # a column of units beside the figures ("£k", "No.", "%")
                raw_unit = text[cells[unit_at].inner[0] : cells[unit_at].inner[1]]
                row_unit = row_unit or unit_cell(raw_unit)
            row_fy = one_fy(row_label) if row_label else None
            if row_label and label_cell is cells[0] and YEAR_HEAD.fullmatch(row_label):
                row_fy = row_label  # a row for a calendar year
            row_fy = when_cell(text, cells, st.when_cols, label_cell) or row_fy
            rate = next(
                (clean_label(text[c.inner[0] : c.inner[1]]) for i, c in enumerate(cells)
                 if i in rate_cols.get(ls, ()) and c is not label_cell and c.kind == "text"),
                st.title_rate,
            )
            if unit_at is not None and rate is None and row_unit is not None and row_unit.unit == "GBP":
                rate = pound_rate(raw_unit)  # "£ per week"
            bare = bool(rate) and rate != st.title_rate and not is_rate_cell(rate or "")
            if bare:  # a bare noun under "Per" or "Unit" ("visit": "per visit"), a money figure's only
                rate = f"per {(rate or '').lower()}"
            title_unit, title_fy, is_toc = st.span_unit or st.title_unit, st.title_fy, st.is_toc
            for i, c in enumerate(cells):
                col = col_head.get(i)
                year_col = col if col and YEAR_HEAD.fullmatch(col) else None  # a calendar year's column
                span_fy = st.span_fy[1] if st.span_fy and i >= st.span_fy[0] else None
                when = i in st.when_cols and when_value(self.work, c)
                period = None if when else (
                    col_fy.get(i) or year_col or row_fy or span_fy or title_fy
                    or (self.quarter_fy if i in st.bare_quarters else None)
                )  # (the year under "Period" is the row's period, not a figure of that year)
                if c is label_cell and c.kind in ("numtext", "value"):
                    out.extend(prose_cell(self.text, self.scanner, c, row_period=period))  # its numbers name the row
                    continue
                if c.kind in ("text", "period", "numtext"):
                    if is_toc and c.kind == "numtext":
                        continue
                    unit = None
                    if c is not label_cell:
                        unit = row_unit or col_unit.get(i) or st.stub_unit or title_unit or note_unit
                    cands = prose_cell(self.text, self.scanner, c, row_period=period, unit=unit)
                    if c.kind == "numtext":
                        for cand in cands:
                            if cand.kind in LABEL_KINDS:
                                as_cell(cand, row_label, col, period, (ls, le), rate, bare, marks)
                    out.extend(cands)
                    continue
                if c.kind != "value" or is_toc or (col or "").lower() in INDEX_HEADERS:
                    continue  # a row number under "#" or "No." is not a figure
                unit = row_unit or col_unit.get(i) or st.stub_unit or title_unit or note_unit
                if when:
                    unit = None  # "2031" under "Year" in a row of "%" or "£m" is a year, no share or sum
                got = value_cell(self.work, c, unit)
                if got is None:
                    continue
                as_cell(got, row_label, col, period, (ls, le), rate, bare, marks)
                out.append(got)
            st.group_row = (*group_row, out[first_out:]) if group_row else None
        return out, st

    def _head_row(self, st: TableState, row: list[str | None], offset: int) -> None:
        """Record a header row placed from column ``offset``: each cell's header text (None: an
        empty cell; "": a cell that is no header). The empty cells right of a column header
        (not the one over the row labels) may be the columns it spans (HTML colspan, Word's
        merged cells): its text is noted for them, given to them when a header row below names
        them ("2031/32" over "Budget<TAB>Forecast")."""
        spanning: str | None = None
        named = sum(1 for k, raw in enumerate(row) if raw and k + offset > 0)
        lone = [(k + offset, raw) for k, raw in enumerate(row) if raw]
        if len(lone) == 1 and lone[0][0] > 0:
            # a row naming one column only, right of the labels: over the columns as a whole
            at, head = lone[0]
            u = unit_marker(head)
            if u is not None and u.unit == "GBP":
                st.span_unit = u
            fy = one_fy(head)
            if fy:
                st.span_fy = (at, fy)
        first = next(((k + offset, raw) for k, raw in enumerate(row) if raw and k + offset > 0), None)
        if named >= 2 and first is not None and _bare_money(first[1]) and all(
            row[k] is None for k in range(max(0, 1 - offset), first[0] - offset)
        ):
            # a bare money unit centred over the columns right of the labels ("£000" over three
            # years, beside "Change" over a "%"), set over the middle one: the empty cells before
            # it are under it too (those after it are, as any header's)
            for i in range(max(1, offset), first[0]):
                st.span_from[i] = first[1]
        start, widths = 0, [0]  # where the last header stands; the widths of the headers before it
        for k, raw in enumerate(row):
            i = k + offset
            if raw:
                if spanning is not None:
                    widths.append(i - start)
                self._head_cell(st, i, raw)
                # (a row naming one column only is a group or a note ("Market indicators"), no span)
                spanning, start = (raw if i > 0 and named >= 2 else None), i
            elif raw is None and spanning is not None:
                st.span_from[i] = spanning
            else:
                if spanning is not None:
                    widths.append(i - start)
                spanning = None
        if spanning is not None and max(widths) > 1:
            # the row's last header spans columns whose empty cells the text dropped at the line's
            # end ("<TAB>2031/32<TAB><TAB><TAB>2032/33"): as many as the widest span before it
            for i in range(len(row) + offset, start + max(widths)):
                st.span_from[i] = spanning

    def _head_cell(self, st: TableState, i: int, raw: str) -> None:
        """Record a header cell of column ``i``: its unit, financial year and words. A quarter
        with its year ("Q2 2031/32") sets the year of the document's quarters; a quarter
        without one ("Q2") is of that year."""
        if i not in st.col_head and i in st.span_from:
            self._head_cell(st, i, st.span_from.pop(i))
        u = unit_marker(raw)
        if u is not None:
            st.col_unit[i] = u
            if i == 0 and (u.unit == "GBP" or (u.unit == "percent" and not strip_units(raw))):
                st.stub_unit = u  # over the row labels ("£000", "%"): the unit of the table's figures
                st.title_rate = st.title_rate or pound_rate(raw)  # "£ per week"
        fy = one_fy(raw) or short_fy(raw)
        if fy:
            st.col_fy[i] = fy
        if WHEN_HEAD.fullmatch(raw.strip()):
            st.when_cols.add(i)
        if _QUARTER.search(raw):
            if fy:
                self.quarter_fy = fy
            else:
                st.bare_quarters.add(i)
        words = strip_units(raw)
        if words and len(words) <= _MAX_HEAD_CHARS and st.head_rows <= _MAX_HEAD_ROWS:
            st.col_head[i] = f"{st.col_head[i]} {words}" if i in st.col_head else words


def _bare_money(raw: str) -> bool:
    """Is a header cell a money unit and nothing else ("£000", "(£m)")?"""
    u = unit_marker(raw)
    return u is not None and u.unit == "GBP" and not strip_units(raw)
