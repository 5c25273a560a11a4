"""Table rows by layout.

A block of lines at line pitch that holds a table row (marked by ``lines.finish_lines``) is
read as one table: a row wrapped at the right margin is joined back into one line, and the
block's other lines (row labels, header rows, rows whose cells but the first are empty) become
rows too, a one-cell row keeping TABs for its empty cells; short rows set apart from the table
by a blank line stay in it when they start in one of its columns, as do a lone line between
rows that are set a blank line apart and a row label over the paragraphs of its cell (see
``extend_tables``). A row whose first cell starts in a later column, under that column's cells
in other rows, gets back the empty cells before it, and a row that skips a column (an empty
cell between two of its cells) gets back the empty cell (``place_indented_rows``).
"""

from __future__ import annotations

import itertools
from collections import Counter

from councilsearch.ingest.markers import ITEM_NUMBER, ITEM_START
from councilsearch.ingest.pdf.lines import edge_rows, empty_first, is_numeric, run_text
from councilsearch.ingest.pdf.metrics import Metrics, fits
from councilsearch.ingest.pdf.paragraphs import ends_sentence, join_wrapped
from councilsearch.ingest.pdf.runs import Cell, Line


def _tight(upper: Line, lower: Line, m: Metrics) -> bool:
    """Is ``lower`` the next line of ``upper``'s block (same size, no vertical gap)?"""
    if upper.y is None or lower.y is None or not upper.text or not lower.text:
        return False
    size = max(upper.size, lower.size)
    if abs(upper.size - lower.size) > 0.1 * size:
        return False
    return 0 < upper.y - lower.y <= max(1.4 * m.pitch, 1.4 * size)


def column_stops(pages: list[list[Line]]) -> set[float]:
    """x positions where three or more cells of the document's table rows start (its column
    or tab stops), other than a row's first cell."""
    counts: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            if ln.kind == "table":
                counts.update(round(c.x0, 1) for c in ln.cells[1:])
    return {x for x, k in counts.items() if k >= 3}


def extend_tables(
    lines: list[Line], m: Metrics, stops: set[float]
) -> tuple[Line, float, set[float]] | None:
    """Table rows by layout. A block of lines set at line pitch (no vertical gap between them)
    that holds a table row is read as one table, so that its other lines are rows too:

    - a line continues the row above when that row's last line is full (the line's first word
      would not have fitted at its end): the row was wrapped at the right margin, so its text
      goes on at the left edge (joined to the last cell) or at a tab stop (new cells). Not
      when the row ends in a column (a number, a right-aligned cell) or the two lines hold
      more cells than any line of the block (see ``_group_rows``);
    - every other line starts a row of its own: a row label, a header over the columns, a
      row whose cells other than the first are empty. A row of one cell keeps TAB separators
      for its empty cells, as the source table had;
    - above the first and below the last row already known to be a table, a row joins the
      table only when it has cells of its own, is one short line that does not end a
      sentence, or carries the next item number of the rows beside it; a paragraph that
      introduces or follows the table stays prose.

    After a table, a block set apart from it by a blank line or two (row padding, or empty
    cells that wrapped onto a line of their own) is more of the table when its first line has
    cells of its own, or when its rows start right of the table's left edge, the first in one
    of its columns (or the document's), and none ends a sentence: rows whose first cell is
    empty. Two more kinds of block below a table are rows of it:

    - a row label over the paragraphs of its cell: a block whose first line is a short line
      at the table's left edge that does not end a sentence, followed at line pitch by two or
      more paragraphs with no space between them; each paragraph is a row (``_cell_rows``);
    - a lone line between rows: a table whose last line sits a blank line below the line
      above it (rows set apart), then one short line, in one of its columns, that same step
      below, and the table going on below it, on the page or at the top of the next. Such a row
      is only known once the next page is read, so it is returned: ``(line, left, columns)``
      of the table, for ``lone_row`` to decide.
    """
    n = len(lines)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = i + 1
        while j < n and _tight(lines[j - 1], lines[j], m):
            j += 1
        runs.append((i, j))
        i = j
    left = 0.0
    columns: set[float] = set()  # where the cells of the table above start
    above: Line | None = None  # the last line of the table above, when the block before was one
    step: float | None = None  # the table's last step down (a blank line when its rows are set apart)
    lone: Line | None = None  # a lone line in the table's rhythm: a row if the table goes on
    for a, b in runs:
        run = lines[a:b]
        head = run[0]
        if (
            above is not None
            and head.kind != "table"
            and len(head.cells) > 1
            and _below(above, head)
            and (above is not lone or _in_column(head, left, columns | stops))
        ):
            head.kind = "table"  # a row with cells of its own, a blank line or two below the table
        if any(ln.kind == "table" for ln in run):
            rows = _rebuild_table(run, m)
        else:
            rows = _bridge(run, left, columns | stops, above, m) or _cell_rows(run, left, above, m)
        if lone is not None:
            if rows and rows[0] is head and _in_column(head, left, columns | stops):
                _emit_rows([[lone]], left)  # the table goes on below the lone line: it was a row
            else:
                above = None  # it does not: the lone line stays as it is, a table below starts afresh
            lone = None
        if not rows:
            if _lone_candidate(run, left, columns | stops, above, step, m):
                lone = above = head
                continue
            above = step = None
            continue
        if above is None:
            left, columns = rows[0].x0, set()
        # the table's last step: from the line above its last line down to that line
        upper = run[-2] if len(run) > 1 else above
        low = run[-1]
        step = upper.y - low.y if upper is not None and upper.y is not None and low.y is not None else None
        left = min(left, *(ln.x0 for ln in rows))
        columns |= {c.x0 for ln in rows for c in ln.cells} | {ln.x0 for ln in rows}
        above = run[-1] if run[-1].kind == "table" else None
    return (lone, left, columns | stops) if lone is not None else None


def _in_column(ln: Line, left: float, columns: set[float]) -> bool:
    return any(abs(ln.x0 - c) <= 1.5 for c in (left, *columns))


def _lone_candidate(
    run: list[Line], left: float, columns: set[float], above: Line | None, step: float | None, m: Metrics
) -> bool:
    """Is ``run`` one short line in the rhythm of the table above: as far below the table's
    last line as that line is below the one above it, in one of the table's columns and in
    its style (see ``extend_tables``)?"""
    if above is None or step is None or len(run) != 1:
        return False
    ln = run[0]
    if ln.y is None or above.y is None or not ln.text or len(ln.cells) > 1 or ITEM_START.match(ln.text):
        return False
    if abs((above.y - ln.y) - step) > 0.2 * ln.size or not _below(above, ln):
        return False
    if abs(ln.size - above.size) > 0.1 * ln.size or (ln.bold and not above.bold and not m.body_bold):
        return False
    return _short_line(ln) and _in_column(ln, left, columns)


def lone_row(lone: tuple[Line, float, set[float]], next_page: list[Line]) -> None:
    """The lone line at the foot of a page (see ``extend_tables``) is a row when the next
    page starts with a row of the table, in one of its columns."""
    ln, left, columns = lone
    first = next((x for x in next_page if x.text), None)
    if first is not None and first.kind == "table" and _in_column(first, left, columns):
        _emit_rows([[ln]], left)


def _cell_rows(run: list[Line], left: float, above: Line | None, m: Metrics) -> list[Line]:
    """A row label a blank line below the table, over the paragraphs of its cell set solid
    (see ``extend_tables``): each paragraph is a row. Returns the rows' first lines."""
    if above is None or len(run) < 3 or not _below(above, run[0]):
        return []
    head = run[0]
    if abs(head.x0 - left) > 0.5 * head.size or not _short_line(head) or ITEM_START.match(head.text):
        return []
    if abs(head.size - above.size) > 0.1 * head.size or (head.bold and not above.bold and not m.body_bold):
        return []
    if any(not ln.text or len(ln.cells) > 1 or ITEM_START.match(ln.text) for ln in run):
        return []
    rows = _group_rows(run, m)
    if len(rows[0]) > 1 or len(rows) < 3:
        return []
    _emit_rows(rows, left)
    return [row[0] for row in rows]


def _below(upper: Line, lower: Line) -> bool:
    """Is ``lower`` at most a few blank lines below ``upper``?"""
    if upper.y is None or lower.y is None:
        return False
    return 0 < upper.y - lower.y <= 4.0 * max(upper.size, lower.size)


def _cell_texts(ln: Line) -> list[str]:
    if ln.cells:
        return [c.text for c in ln.cells]
    return [run_text(ln)]


def _short_line(ln: Line) -> bool:
    return not ends_sentence(ln.text) and len(ln.text.split()) <= 12


def _item_no(ln: Line) -> int | None:
    mt = ITEM_NUMBER.match(ln.text)
    return int(mt.group(1)) if mt else None


def _group_rows(run: list[Line], m: Metrics) -> list[list[Line]]:
    """Physical lines -> rows. A line continues the row above when that row's last line is
    full (its next word would fit neither at the margin nor short of the block's widest line)
    and the two together do not hold more cells than the widest line of the block (a
    header row that runs to the margin does not take in the row below it), unless the row
    ends in a column: a number, or a cell that ends where a cell (not a row's first) of another
    line does (a right-aligned column: "X" under "Against" and over its total). A row of prose takes in a table row that way only inside a table
    (a paragraph above a table stays apart from it)."""
    left = min(ln.x0 for ln in run)

    def n_cells(ln: Line) -> int:
        return max(1, len(ln.cells)) + (ln.x0 > left + ln.size)

    width = max(n_cells(ln) for ln in run)
    right = max(ln.x1 for ln in run)
    starts_by_end: dict[int, set[int]] = {}  # cells after the first: where they start, by where they end
    for ln in run:
        if len(ln.cells) > 1:
            for c in ln.cells[1:]:
                starts_by_end.setdefault(round(c.x1), set()).add(round(c.x0))
    rows: list[list[Line]] = []
    counts: list[int] = []
    seen_table = False  # a table row above the current row
    for ln in run:
        if rows:
            row = rows[-1]
            prev = row[-1]
            prose = all(len(r.cells) <= 1 and r.kind != "table" for r in row)
            # the last cell ends where a cell of another line that starts elsewhere ends
            # (right-aligned), and the line does not go on with a word in lower case
            column_end = (
                len(prev.cells) > 1
                and len(starts_by_end.get(round(prev.cells[-1].x1), ())) > 1
                and not ln.text[:1].islower()
            )
            # wrapped at the margin, the line goes on at the left edge (in the last cell) or
            # at a tab stop (new cells)
            joined = counts[-1] + max(1, len(ln.cells)) - (ln.x0 <= left + 0.5 * ln.size)
            if (
                joined <= width
                and not is_numeric(_cell_texts(prev)[-1])
                and not column_end
                and not fits(prev, ln, m)
                and not _room_left(prev, ln, right)
                and not (prose and ln.kind == "table" and (len(row) > 1 or not seen_table))
            ):
                row.append(ln)
                counts[-1] = joined
                continue
            seen_table = seen_table or any(r.kind == "table" for r in row)
        rows.append([ln])
        counts.append(n_cells(ln))
    return rows


def _room_left(prev: Line, ln: Line, right: float) -> bool:
    """Would the first word of ``ln`` have fitted after ``prev`` short of where the block's
    widest line ends (``right``)? Then ``prev`` was not wrapped there, whatever the margin of
    the document's prose says (a table wider than the text: "Ann Doe  X" under a header that
    runs further right)."""
    word = ln.segs[0].text.split(" ", 1)[0]
    return prev.x1 + prev.segs[-1].width(" ") + ln.segs[0].width(word) <= right


def _emit_rows(table: list[list[Line]], left: float) -> None:
    """Give each row's first line the row's TAB-separated text; its other lines are emptied."""
    built: list[list[str]] = []
    edge = edge_rows(((row[0], row[0].cells) for row in table), left)
    for row in table:
        head = row[0]
        cells = ([""] if empty_first(head, head.cells, left, edge) else []) + _cell_texts(head)
        for cont in row[1:]:
            more = _cell_texts(cont)
            if cont.x0 <= left + 0.5 * cont.size and cells[-1]:
                end, joiner = join_wrapped(cells[-1], more[0], set(), set())
                cells[-1] = end + joiner + more[0]
                more = more[1:]
            cells.extend(more)
        built.append(cells)
    width = max(len(c) for c in built)
    for row, cells in zip(table, built, strict=True):
        text = "\t".join(cells)
        if "\t" not in text:
            text += "\t" * max(1, width - 1)
        row[0].text, row[0].kind = text, "table"
        for cont in row[1:]:
            cont.text, cont.kind = "", "table"


def _rebuild_table(run: list[Line], m: Metrics) -> list[Line]:
    """Read a block holding table rows as one table (see ``extend_tables``); returns the
    first line of each of its rows."""
    rows = _group_rows(run, m)
    strong = [k for k, row in enumerate(rows) if any(r.kind == "table" for r in row)]
    if not strong:
        return []
    first, last = strong[0], strong[-1]
    style = rows[first][0]
    # every row with cells is bold: a heading with its number in a cell of its own ("HR/12",
    # then the title at the body's indent), over its body text; the lines below are prose
    titles = all(r.bold for k in strong for r in rows[k] if r.text) and not m.body_bold

    def joins(row: list[Line], beside: list[Line], step: int) -> bool:
        if any(len(r.cells) > 1 for r in row):
            return True
        ln = row[0]
        if ln.bold and not style.bold and not m.body_bold:
            return False  # a heading over the table
        if step > 0 and titles and not ln.bold:
            return False  # the body text under a heading row
        no, near = _item_no(ln), _item_no(beside[0])
        if no is not None and near is not None and no == near + step:
            return True
        return len(row) == 1 and _short_line(ln) and not ITEM_START.match(ln.text)

    while first > 0 and joins(rows[first - 1], rows[first], -1):
        first -= 1
    while last + 1 < len(rows) and joins(rows[last + 1], rows[last], 1):
        last += 1
    table = rows[first : last + 1]
    _emit_rows(table, min(row[0].x0 for row in table))
    return [row[0] for row in table]


def _bridge(
    run: list[Line], left: float, columns: set[float], above: Line | None, m: Metrics
) -> list[Line]:
    """Rows of the table above that blank space set apart (see ``extend_tables``)."""
    if above is None or not columns or not run or not _below(above, run[0]):
        return []
    if any(not ln.text or len(ln.cells) > 1 or ITEM_START.match(ln.text) for ln in run):
        return []
    rows = _group_rows(run, m)
    if not any(abs(run[0].x0 - c) <= 1.5 for c in columns):
        return []
    for row in rows:
        if row[0].x0 <= left + row[0].size or ends_sentence(row[-1].text):
            return []
    _emit_rows(rows, left)
    return [row[0] for row in rows]


def place_indented_rows(lines: list[Line]) -> None:
    """A table row whose first cell starts in a later column of the table, under a cell of
    that column in another row ("Nursing care" under "Residential care", the rows of a group
    whose cell "Older people" is merged down over them; "£000", the last line of a header
    wrapped onto three; a header row over the figures, set apart by padding), with each of its other cells under a cell of the next columns: the
    empty cells before it were dropped (or one kept), so they are given back (one TAB each)."""
    runs: list[list[Line]] = [[]]
    for ln in lines:
        if ln.kind == "table" and not ln.text:
            continue  # a wrapped cell's next line, joined into its row
        if ln.kind == "table" and (not runs[-1] or runs[-1][-1].page == ln.page):
            runs[-1].append(ln)
        elif runs[-1]:
            runs.append([ln] if ln.kind == "table" else [])
    for run in runs:
        rows = [ln for ln in run if len(ln.cells) >= 2]
        if len(rows) < 3:
            continue
        left = min(ln.cells[0].x0 for ln in rows)
        widest = max(len(ln.cells) for ln in rows)
        full = [ln for ln in rows if len(ln.cells) == widest]
        for ln in run:
            cells = ln.cells or [Cell(ln.x0, ln.x1, ln.text.strip("\t"))]
            if ln.text.strip("\t").count("\t") != len(cells) - 1:
                continue
            if cells[0].x0 <= left + ln.size:
                if 2 <= len(cells) < widest and ln.text == ln.text.strip("\t"):
                    _fill_gaps(ln, full)
                continue
            k = _column_under(cells, ln.size, rows)
            if k and len(cells) + k <= widest:
                ln.text = "\t" * k + ln.text.lstrip("\t")


def _fill_gaps(ln: Line, full: list[Line]) -> None:
    """A row that lost an empty cell between two of its cells ("Station yard  tbc  [empty]  130"):
    each of its cells lies under one cell of every row of the table's full width, the same one
    in each, and they skip a column: the empty cells are given back (one TAB each)."""
    cols: list[int] | None = None
    for other in full:
        at = []
        for c in ln.cells:
            under = [j for j, o in enumerate(other.cells) if min(c.x1, o.x1) > max(c.x0, o.x0)]
            if len(under) != 1:
                return
            at.append(under[0])
        if cols is not None and at != cols:
            return
        cols = at
    if not cols or cols[0] != 0 or any(b <= a for a, b in itertools.pairwise(cols)):
        return
    if cols == list(range(len(cols))):
        return  # no gap: the row's last cells are empty (its text ends there)
    out = [""] * (cols[-1] + 1)
    for j, piece in zip(cols, ln.text.split("\t"), strict=True):
        out[j] = piece
    ln.text = "\t".join(out)


def _column_under(cells: list[Cell], size: float, rows: list[Line]) -> int:
    """The column ``k`` >= 1 that a line's first cell starts in (another row's cell ``k`` starts
    there, or ends there: a header right-aligned over a column of figures, "2031/32" over "22.4")
    when each of its other cells lies under that row's next cells; else 0."""
    size = max(size, 1.0)
    for other in rows:
        if other.cells[0].x0 >= cells[0].x0 - size:
            continue
        for k, c in enumerate(other.cells[1:], 1):
            aligned = min(abs(c.x0 - cells[0].x0), abs(c.x1 - cells[0].x1))  # set left, or right (figures)
            if aligned > 0.2 * size or k + len(cells) > len(other.cells):
                continue
            if all(
                min(c2.x1, mine.x1) > max(c2.x0, mine.x0) for mine, c2 in zip(cells[1:], other.cells[k + 1 :], strict=False)
            ):
                return k
    return 0
