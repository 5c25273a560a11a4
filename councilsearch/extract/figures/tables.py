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
from dataclasses import dataclass, field

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand, money_cand, parse_num
from councilsearch.extract.figures.cells import (
    REF_CELL,
    ROW_NUMBER,
    SHORT_CELL,
    Cell,
    Unit,
    caption_row,
    clean_label,
    grouped_rows,
    head_phrase,
    leading_texts,
    note_marks,
    one_fy,
    regroup,
    split_cells,
    strip_units,
    unit_cell,
    unit_marker,
    unmark,
)
from councilsearch.extract.figures.lexicon import DASH, MONEY_WORDS, SCALES
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
from councilsearch.ingest.sentences import sentence_spans
from councilsearch.models import Span


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


# what stands above a table part that goes on from the one before: page furniture, "(continued)"
_CONTINUED = re.compile(
    r"(?:\s*(?:page\s+[0-9]+(?:\s+of\s+[0-9]+)?|[0-9]+|.*\bcont(?:inued|['’]d|\.)[^\n]*)\s*(?:\n|$))+",
    re.IGNORECASE,
)
_QUARTER = re.compile(r"\b(?:Q|Qtr\.?\s?|Quarter\s)[1-4]\b", re.IGNORECASE)
_INDEX_HEADERS = {"#", "no", "no.", "ref", "ref.", "item", "para", "para.", "paragraph", "number"}
_MAX_HEAD_ROWS = 4  # a column header is written on at most four rows...
_MAX_HEAD_CHARS = 80  # ...and is short; longer "headers" are rows of a text-only table  # a longer line above a table is prose, not its title
CONTINUE_GAP = 8  # lines between two table blocks that may be one table


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
        note_unit = _title_unit(note) if note else None
        out: list[Cand] = []
        st = TableState(
            title_unit=_title_unit(title) if title else None,
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
                    st.title_unit = _title_unit(raw) or st.title_unit
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
                        repeat_of = None if titled else _units_of(st)
                        if titled:  # another table: its own title's unit and year, if any
                            st.title_unit = _title_unit(new_title)
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
                        out.extend(self._prose_cell(c, row_period=None))
                continue
            if st.pending:
                for row, from_right in st.pending:
                    self._head_row(st, row, max(0, len(cells) - len(row)) if from_right else 0)
                st.pending.clear()
            if repeat_of is not None:
                _carry_units(st, repeat_of)
                repeat_of = None
            titled = False
            st.seen_data = True
            st.only_heads = False
            st.widths.add(len(cells))
            st.value_cols.update(i for i, c in enumerate(cells) if c.kind in ("value", "numtext"))
            label_cell = next((c for c in cells if c.kind in ("text", "period")), None)
            if label_cell is None and (0 in col_head or st.stub_unit) and _number_label(text, cells):
                label_cell = cells[0]  # "18-24", "1 person", "2029" under "Age band", "Year": the row's label
            lead = leading_texts(cells, rate_cols.get(ls, ()))
            if len(lead) >= 2 and _ref_cell(self.text, cells[lead[0]], col_head.get(lead[0])):
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
                when = i in st.when_cols and _when_value(self.work, c)
                period = None if when else (
                    col_fy.get(i) or year_col or row_fy or span_fy or title_fy
                    or (self.quarter_fy if i in st.bare_quarters else None)
                )  # (the year under "Period" is the row's period, not a figure of that year)
                if c is label_cell and c.kind in ("numtext", "value"):
                    out.extend(self._prose_cell(c, row_period=period))  # its numbers name the row
                    continue
                if c.kind in ("text", "period", "numtext"):
                    if is_toc and c.kind == "numtext":
                        continue
                    unit = None
                    if c is not label_cell:
                        unit = row_unit or col_unit.get(i) or st.stub_unit or title_unit or note_unit
                    cands = self._prose_cell(c, row_period=period, unit=unit)
                    if c.kind == "numtext":
                        for cand in cands:
                            if cand.kind in LABEL_KINDS:
                                self._as_cell(cand, row_label, col, period, (ls, le), rate, bare, marks)
                    out.extend(cands)
                    continue
                if c.kind != "value" or is_toc or (col or "").lower() in _INDEX_HEADERS:
                    continue  # a row number under "#" or "No." is not a figure
                unit = row_unit or col_unit.get(i) or st.stub_unit or title_unit or note_unit
                if when:
                    unit = None  # "2031" under "Year" in a row of "%" or "£m" is a year, no share or sum
                got = self._value_cell(c, unit)
                if got is None:
                    continue
                self._as_cell(got, row_label, col, period, (ls, le), rate, bare, marks)
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

    @staticmethod
    def _as_cell(
        cand: Cand, row: str | None, col: str | None, period: str | None, line: Span, rate: str | None = None,
        money_only: bool = False, marks: set[str] | None = None,
    ) -> None:
        """Make ``cand`` the cell of ``row`` (as printed) under ``col``; its label names the row
        without a note marker glued to it (one of ``marks``, the markers of the notes under the
        table) and the column."""
        cand.table_row = row or None
        cand.table_col = col or None
        name = unmark(row, marks) if row and marks else row
        cand.label = " – ".join(x for x in (head_phrase(name) if name else None, col) if x) or None
        if rate and cand.label and cand.kind in (("money",) if money_only else ("money", "count")):
            cand.label = f"{cand.label} {rate}"  # "Meals at home – 2031/32 charge a meal"
        cand.period = period
        cand.sentence = line
        cand.in_table_cell = True

    def _value_cell(self, c: Cell, unit: Unit | None) -> Cand | None:
        m = c.match
        assert m is not None
        s, e = c.inner
        v = parse_num(m["num"])
        if v is None:
            return None
        neg = bool(m["open"]) or any(x and x in DASH for x in (m["s1"], m["s2"])) or (m["cr"] or "").upper() == "CR"
        sc = m["sc"]
        if m["cur"] or sc:
            scale = SCALES[sc.lower()] if sc else 1.0
            if m["pct"]:
                return None
            return money_cand(s, e, (-v if neg else v) * scale, scale)
        if m["pct"]:
            return Cand(s, e, -v if neg else v, "percent", "percent")
        if unit is not None:
            if unit.unit == "GBP":
                return money_cand(s, e, (-v if neg else v) * unit.scale, unit.scale)
            if unit.unit == "percent":
                return Cand(s, e, -v if neg else v, "percent", "percent")
            if unit.unit.startswith("duration"):
                num = f"{v:g}"
                return Cand(s, e, f"P{num}{unit.unit[-1]}", "duration", "period")
        raw = self.work[m.start("num") : m.end("num")]
        if not neg and re.fullmatch(r"(?:19|20)[0-9]{2}", raw):
            return Cand(s, e, v, "year", "period")
        return Cand(s, e, -v if neg else v, "count", "count")

    def _prose_cell(self, c: Cell, row_period: str | None, unit: Unit | None = None) -> list[Cand]:
        s, e = c.inner
        out: list[Cand] = []
        short = e - s <= SHORT_CELL
        for ss, se in sentence_spans(self.text, s, e):
            ctx = bool(MONEY_WORDS.search(self.text, ss, se))
            cands = self.scanner.scan(ss, se, ctx)
            for cand in cands:
                cand.sentence = (ss, se)
                cand.row_period = row_period
                if short and unit is not None and cand.kind == "count" and cand.scale == 1.0:
                    # "-1400 [-5120]" under "(£k)", "-85 (Surplus)" under "£000's"
                    v = float(cand.value)
                    if unit.unit == "GBP":
                        conv = money_cand(cand.start, cand.end, v * unit.scale, unit.scale)
                        if conv is not None:
                            conv.sentence, conv.row_period = cand.sentence, row_period
                            cand = conv
                    elif unit.unit == "percent":
                        cand.unit, cand.kind = "percent", "percent"
                out.append(cand)
        return out


# a row label led by a number: a band ("18-24", "65+", "5 to 9"), a count of something ("1 person",
# "3 bedrooms"), a year ("2029")
_NUMBER_LABEL = re.compile(
    r"[0-9]{1,3}(?:\s?(?:[-–]|to)\s?[0-9]{1,3}|\s?\+|\s+[^\W\d_]{2,}(?:\s+[^\W\d_]+)*)|(?:19|20)[0-9]{2}",
    re.IGNORECASE,
)


def _when_value(work: str, c: Cell) -> bool:
    """Is a cell under a "Period" or "Year" header the row's year (a year, a financial year, text),
    not a figure of the year ("61.4" under "Year" beside the quarters)?"""
    if c.kind != "value" or c.match is None:
        return True
    raw = work[c.match.start("num") : c.match.end("num")]
    return bool(YEAR_HEAD.fullmatch(raw)) and not (c.match["cur"] or c.match["pct"] or c.match["open"])


def _ref_cell(text: str, c: Cell, head: str | None) -> bool:
    """Is a row's leading text cell a reference to the row ("SAV-01"; a number alone, "1", under
    "No.", "#" or "Ref" or no header: under "Band" or "Year" the number is the row's name)?"""
    raw = text[c.inner[0] : c.inner[1]]
    if REF_CELL.fullmatch(raw):
        return True
    return bool(ROW_NUMBER.fullmatch(raw)) and (not head or head.lower() in _INDEX_HEADERS)


def _number_label(text: str, cells: list[Cell]) -> bool:
    """Is a data row's first cell, led by a number, the row's label rather than a figure: it is
    a band, a count of things or a year ("18-24", "1 person", "2029"), and figures follow it."""
    if len(cells) < 2 or cells[0].kind not in ("numtext", "value"):
        return False
    raw = text[cells[0].inner[0] : cells[0].inner[1]]
    return bool(_NUMBER_LABEL.fullmatch(raw)) and any(c.kind in ("value", "numtext") for c in cells[1:])


def _units_of(st: TableState) -> TableState:
    """What a table part's header said: its column headers and units (kept before a header row
    that may repeat it)."""
    return TableState(
        title_unit=st.title_unit, stub_unit=st.stub_unit, title_fy=st.title_fy, title_rate=st.title_rate,
        col_head=dict(st.col_head), col_unit=dict(st.col_unit), span_unit=st.span_unit,
    )


def _carry_units(st: TableState, before: TableState) -> None:
    """A header repeated at the top of a page (the same column headers in the same places) with
    no unit of its own keeps the units the table had before it: a unit line, a caption or the
    cell over the row labels is often not repeated."""
    if not st.col_head or st.col_head != before.col_head:
        return
    if st.col_unit or st.stub_unit or st.title_unit or st.span_unit:
        return
    st.col_unit.update(before.col_unit)
    st.stub_unit, st.title_unit, st.span_unit = before.stub_unit, before.title_unit, before.span_unit
    st.title_fy = st.title_fy or before.title_fy
    st.title_rate = st.title_rate or before.title_rate


_PERCENT_DECLARED = re.compile(r"\(\s?%\s?\)|\bin\s+%|\(\s?per\s?cent(?:age)?\s?\)", re.IGNORECASE)


def _title_unit(title: str) -> Unit | None:
    """The unit a table's title or unit line declares: money ("£000", "£m", "(£ per week)"), or
    a percentage only when declared as a unit ("Recycling rates (%)", "figures in %"), not a
    percentage the title mentions."""
    return unit_marker(title, allow_percent=False) or (Unit("percent") if _PERCENT_DECLARED.search(title) else None)


# a reference or number leading a line ("HR/12", "4.2", "(3)", "A12"): a numbered heading or paragraph
_LEAD_REF = re.compile(r"(?:[A-Z]{1,4}/?[0-9]+[A-Za-z]?|[0-9]+(?:\.[0-9]+)*\.?|\(?[0-9a-z]{1,3}\))")
# a cell that stops inside a phrase ("a gap of", "the savings and"): the line is wrapped prose
# ("n/a" ends in no phrase: a word after a slash is no open end)
_OPEN_END = re.compile(r"(?<!/)\b(?:of|and|or|the|a|an|to|in|for|with|on|by|from|that|which|at|as|is|are|was|were)$")
_PROSE_CELL_WORDS = 6


def is_table_row(line: str) -> bool:
    """Is a line holding TABs a table row? Not when TABs only indent prose (one cell, of
    several words, nothing after it), lead a numbered heading or paragraph ("HR/12<TAB>FEES AND CHARGES 2026/27") or
    break a sentence inside a phrase ("shows a gap of<TAB>£21.4m before"): those are prose."""
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    filled = [c for c in cells if c]
    if len(filled) <= 1:  # TABs before it only: an indent (TABs after it keep a table's empty cells)
        return not cells[-1] or len(re.findall(r"[^\W\d_]{2,}", cells[-1])) < _PROSE_CELL_WORDS
    if len(filled) == 2 and _LEAD_REF.fullmatch(filled[0]) and len(re.findall(r"[^\W\d_]{2,}", filled[1])) >= 2:
        return False
    # (a header cell wrapped over two rows, "Spend to" over "31 Dec £k", ends open too: in a row of
    # three or more cells, one followed by a capitalised cell is a header, not a phrase broken)
    return not any(
        _OPEN_END.search(c) and (len(filled) <= 2 or not filled[k + 1][:1].isupper()) for k, c in enumerate(filled[:-1])
    )


def starts_table(line: str) -> bool:
    """A line that opens a new table (so the one above does not continue): a unit line
    ("£000", "Closing Balance 30/09/25 £000") or a title in capitals."""
    if unit_marker(line, allow_percent=False):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def table_title(text: str, lines: list[Span], i: int) -> str:
    """Up to two non-blank prose lines just above a table (within four lines)."""
    got: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 4 and len(got) < 2:
        ls, le = lines[k]
        line = text[ls:le]
        if is_table_row(line):
            break
        if line.strip():
            got.append(line.strip()[:300])
        k -= 1
    return "\n".join(got)
