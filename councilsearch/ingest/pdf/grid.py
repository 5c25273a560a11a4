"""Tables by geometry: physical rows from baselines, columns from the x-positions of cells.

Word writes a table cell by cell, so a cell that wraps puts its lines in the content stream
before the next cell's: the row's label, its figures and the lines of its commentary come out
as separate lines that share a baseline (``baselines.merge_baselines`` joins them again).

- ``rebuild_grids`` (after ``tables.extend_tables``): a table that held such a merged line, a
  header over two lines or a header cell set over two or more columns ("2031/32" centred over
  "Budget" and "Forecast": it goes in the first of them, the others left empty; over a header
  line naming every column, cells that each head an equal run of columns, centred over it or
  set at its start or end: a year merged over three columns sits over the middle one only) is
  laid out again from positions. Its columns are the x-intervals its cells cover; each
  physical line's cells go to the columns they overlap; header lines above the first row of
  figures are joined column by column ("2025-26" over "Budget" is one header cell); a line
  with no figures continues the row above when each of its cells is the next line of a cell of
  that row that was full (its next word would not have fitted in the column) or starts in
  lower case; a line with no figures right over a row of figures whose cells under it go on in
  lower case is that row's first line (a row that sets its cells at its foot, on its label's last
  line). A header cell over two or more cells of a header line ("Actions agreed" over "High" and
  "Low") makes no column of its own. Each row is written as one TAB-separated line, one cell a
  column.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from councilsearch.ingest.pdf.cellgeom import column_of, line_cells, overlap, tight
from councilsearch.ingest.pdf.heads import span_kind, spanning_heads, spans_columns, stacked_heads
from councilsearch.ingest.pdf.lines import is_numeric
from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.paragraphs import join_wrapped
from councilsearch.ingest.pdf.runs import Cell, Line, Seg

# a cell's lines are set at least this many sizes apart (leading is rarely under 1.0): a smaller step
# between baselines is a cell centred half a line down beside a wrapped one that ``centred.top_align``
# left where it was, which is no line pitch (taken as one, every wrapped label's second line became a
# row of its own: a browser-printed monitoring table whose labels and commentary both wrap)
_MIN_PITCH = 0.85


@dataclass
class _Row:
    lines: list[Line]
    cells: dict[int, list[str]] = field(default_factory=dict)  # column -> its lines of text
    ends: dict[int, tuple[float, Seg | None]] = field(default_factory=dict)  # column -> last x1, seg
    values: bool = False


def _merge_spans(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    cols: list[list[float]] = []
    for a, b in sorted(spans):
        if cols and a < cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _columns(lines: list[Line]) -> list[tuple[float, float]]:
    """The x-intervals the cells of the table's multi-cell lines cover (overlapping cells are
    one column), leaving out header lines with a cell over two or more cells of another line
    (a header spanning columns does not join them into one)."""
    multi = [ln for ln in lines if len(ln.cells) > 1]
    rows = [[(c.x0, c.x1) for c in ln.cells] for ln in multi]
    kept = [ln for ln in multi if not any(spans_columns(ln, row) for row in rows)]
    return _merge_spans((c.x0, c.x1) for ln in kept for c in ln.cells)


def _heads_beside_figures(
    cols: list[tuple[float, float]], block: list[Line], first_values: int
) -> list[tuple[float, float]]:
    """Columns, a column that only header lines (above the first row of figures) have a cell in
    joined to the next when only rows of figures have cells in that one and it starts within
    two ems: a header set at the left of its column over figures set at the right ("Users a
    week" over "5" and "18"), which overlap nowhere. A header cell over two or more columns
    ("Actions" over "High" and "Low") is no header of either here."""
    if len(cols) < 3 or first_values >= len(block):
        return cols
    size = max(ln.size for ln in block)

    def used(lines: list[Line]) -> set[int]:
        out: set[int] = set()
        for ln in lines:
            for c in line_cells(ln):
                under = {k for k, col in enumerate(cols) if overlap((c.x0, c.x1), col) > 0}
                out |= under if len(under) == 1 else set()  # (a header spanning columns heads none alone)
        return out

    head, body = used(block[:first_values]), used(block[first_values:])
    out = [cols[0]]
    for k in range(1, len(cols)):
        j = k - 1
        if (j in head and j not in body and k in body and k not in head and out[-1] == cols[j]
                and cols[k][0] - cols[j][1] <= 2 * size):
            out[-1] = (cols[j][0], cols[k][1])
        else:
            out.append(cols[k])
    return out


def _first_column(cell: Cell, cols: list[tuple[float, float]]) -> int:
    over = [k for k, col in enumerate(cols) if overlap((cell.x0, cell.x1), col) > 0]
    return over[0] if over else column_of(cell, cols)


def _seg_at(ln: Line, x0: float) -> Seg | None:
    return min(ln.segs, key=lambda s: abs(s.x0 - x0)) if ln.segs else None


def _full(end: tuple[float, Seg | None], word: str, right: float, size: float) -> bool:
    """Would ``word`` not have fitted after a cell line ending at ``end`` in a column whose
    text reaches ``right``?"""
    x1, seg = end
    need = seg.width(" " + word) if seg is not None else 0.5 * size * (len(word) + 1)
    return x1 + need > right - 0.1 * size


def _has_values(placed: list[tuple[int, Cell]]) -> bool:
    return any(k > 0 and is_numeric(c.text) for k, c in placed)


def _add(row: _Row, ln: Line, placed: list[tuple[int, Cell]]) -> None:
    for k, c in placed:
        row.cells.setdefault(k, []).append(c.text)
        row.ends[k] = (c.x1, _seg_at(ln, c.x0))
    row.lines.append(ln)
    row.values = row.values or _has_values(placed)


def _continues(
    row: _Row, ln: Line, placed: list[tuple[int, Cell]], rights: list[float], m: Metrics, pitch: float
) -> bool:
    """Is ``ln`` (no figures) the next line of cells of ``row`` (see the module doc)? Not when
    it is further below the row than the block's ``pitch`` (its closest lines: a cell's lines,
    when a cell wraps), by padding between rows; nor when it is bold under cells that are not
    (a bold label wraps under a bold label: "Areas" over "covered:" beside "All")."""
    if not tight(row.lines[-1], ln, m):
        return False
    if (row.lines[-1].y or 0.0) - (ln.y or 0.0) > pitch + 0.2 * ln.size:
        return False
    for k, c in placed:
        if k not in row.cells:
            return False
        seg = row.ends[k][1]
        if ln.bold and not (seg.bold if seg is not None else row.lines[0].bold):
            return False
        word = c.text.split(" ", 1)[0]
        if not (word[:1].islower() or _full(row.ends[k], word, rights[k], ln.size)):
            return False
    return True


def _grid_rows(block: list[Line], m: Metrics) -> tuple[list[_Row], int]:
    """The table's rows and its number of columns; no rows when its columns are not clear."""
    first_values = next((i for i, ln in enumerate(block) if any(is_numeric(c.text) for c in ln.cells[1:])), len(block))
    cols = _heads_beside_figures(_columns(block), block, first_values)
    placed_lines = []
    # header lines over a header line that names every column: their cells may each head a run
    full = [i for i, ln in enumerate(block[:first_values]) if len(ln.cells) >= len(cols) - 1]
    for i, ln in enumerate(block):
        cells = line_cells(ln)
        over_head = bool(full) and i < full[-1]
        # each cell in the first column it is set over
        spanning, groups = span_kind(ln, cols, over_head) if ln.cells else (False, None)
        placed = sorted(
            (
                (groups[k] if groups else _first_column(c, cols) if spanning else column_of(c, cols), c)
                for k, c in enumerate(cells)
            ),
            key=lambda kc: kc[1].x0,
        )
        merged = _words_apart([kc for kc in placed if kc[1].text], ln.size)
        if len({k for k, _ in merged}) < len(merged):
            return [], 0  # two cells of a line in one column: the columns are not clear, leave it
        placed_lines.append(merged)
    rights = [max((c.x1 for pl in placed_lines for k, c in pl if k == j), default=b) for j, (_, b) in enumerate(cols)]
    ys = sorted((ln.y for ln in block if ln.y is not None), reverse=True)
    size = max((ln.size for ln in block), default=1.0)
    pitch = min((a - b for a, b in itertools.pairwise(ys) if a - b > _MIN_PITCH * size), default=math.inf)
    rows: list[_Row] = []
    seen_values = False
    figures = any(_has_values(placed) for placed in placed_lines)  # (with none, no line is a header's)
    leads = _heads_of_rows(block, placed_lines, m, pitch)
    for i, (ln, placed) in enumerate(zip(block, placed_lines, strict=True)):
        values = _has_values(placed)
        if i - 1 in leads:  # the row's cells set at its foot: its first lines are above them
            _add(rows[-1], ln, placed)
            seen_values = seen_values or values
            continue
        if rows and not values and i not in leads:
            row = rows[-1]
            header = figures and not seen_values and not row.values
            stacked = (
                header
                and len(placed) > 0
                and tight(row.lines[-1], ln, m)
                and all(k in row.cells for k, _ in placed)
                and (len(placed) > 1 or placed[0][0] > 0)
            )
            if stacked or ((row.values or not header) and _continues(row, ln, placed, rights, m, pitch)):
                _add(row, ln, placed)
                continue
        row = _Row([])
        _add(row, ln, placed)
        rows.append(row)
        seen_values = seen_values or values
    return rows, len(cols)


def _heads_of_rows(block: list[Line], placed_lines: list[list[tuple[int, Cell]]], m: Metrics, pitch: float) -> set[int]:
    """Lines (no figures) that are the first lines of the row of figures right below them, whose
    cells are set at its foot: each cell of the line is over a cell of that row, one line pitch
    up, and that cell goes on in lower case ("Wyvern homelessness prevention" over "and
    temporary housing  1,480  1,530")."""
    out: set[int] = set()
    for i in range(len(block) - 1):
        upper, lower = placed_lines[i], placed_lines[i + 1]
        if not upper or _has_values(upper) or not _has_values(lower) or i - 1 in out:
            continue
        a, b = block[i], block[i + 1]
        if not tight(a, b, m) or (a.y or 0.0) - (b.y or 0.0) > pitch + 0.2 * b.size:
            continue
        below = dict(lower)
        if all(k in below and below[k].text[:1].islower() and not is_numeric(c.text) for k, c in upper):
            out.add(i)
    return out


def _words_apart(placed: list[tuple[int, Cell]], size: float) -> list[tuple[int, Cell]]:
    """A line's cells in their columns, two cells of one column a word space apart (at most
    half an em: runs of one cell's text placed word by word, "9th" and "March 2031") one
    cell."""
    out: list[tuple[int, Cell]] = []
    for k, c in placed:
        if out and out[-1][0] == k and c.x0 - out[-1][1].x1 <= 0.5 * size:
            last = out[-1][1]
            out[-1] = (k, Cell(last.x0, c.x1, f"{last.text} {c.text}"))
        else:
            out.append((k, c))
    return out


def _row_text(row: _Row, n_cols: int) -> str:
    out = []
    for k in range(n_cols):
        parts = row.cells.get(k, [])
        text = parts[0] if parts else ""
        for more in parts[1:]:
            end, joiner = join_wrapped(text, more, set(), set())
            text = end + joiner + more
        out.append(text)
    return "\t".join(out)


def rebuild_grids(lines: list[Line], merged: list[Line], m: Metrics, centred: set[int] | frozenset[int] = frozenset()) -> None:
    """Lay out again, from positions, each table of the page holding a merged line, a
    header over two lines or a header spanning columns (see the module doc). ``centred``: ids
    of the lines of rows whose cells were centred in them (``centred.top_align``)."""
    done: set[int] = set()
    for ln in [*merged, *stacked_heads(lines, m), *spanning_heads(lines, m)]:
        if id(ln) in done or ln.kind != "table" or ln not in lines:
            continue
        i = lines.index(ln)
        a, b = _block(lines, i, m, centred)
        block = sorted(lines[a:b], key=lambda x: -(x.y or 0.0))
        done.update(id(x) for x in block)
        rows, n_cols = _grid_rows(block, m)
        if n_cols < 2:
            continue
        for row in rows:
            row.lines[0].text, row.lines[0].kind = _row_text(row, n_cols), "table"
            for cont in row.lines[1:]:
                cont.text, cont.kind = "", "table"
        lines[a:b] = block


def _drawn_after(row: Line, ln: Line) -> bool:
    """Is ``ln`` a line just above table row ``row`` that was drawn after it: the first line of
    a cell whose row sets its cells at the foot, on the cell's last line?"""
    if row.kind != "table" or row.y is None or ln.y is None:
        return False
    return 0 < ln.y - row.y <= 1.6 * max(row.size, ln.size) and row.x0 <= ln.x0 and ln.x1 <= row.x1


def _block(lines: list[Line], i: int, m: Metrics, centred: set[int] | frozenset[int] = frozenset()) -> tuple[int, int]:
    """The run of lines around ``lines[i]`` that makes its table: its rows, and the lines set
    tight between or just below them (the next lines of wrapped cells). A line below the last
    row is taken only when it starts in lower case (the rest of a cell's sentence) or is a line
    of a cell of a row whose cells were centred in it (in ``centred``: "Covered:" under
    "Areas", beside "All" set between them)."""
    a = i
    while a > 0 and lines[a - 1].kind == "table" and lines[a - 1].segs and lines[a - 1].y is not None:
        a -= 1
    b = i + 1
    while b < len(lines):
        ln = lines[b]
        if ln.y is None or not ln.segs:
            break
        if ln.kind != "table" and not tight(lines[b - 1], ln, m) and not _drawn_after(lines[b - 1], ln):
            break
        b += 1
    while (b > i + 1 and lines[b - 1].kind != "table" and not lines[b - 1].segs[0].text[:1].islower()
           and id(lines[b - 1]) not in centred):
        b -= 1
    return a, b
