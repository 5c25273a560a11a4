"""Tables by geometry: physical rows from baselines, columns from the x-positions of cells.

Word writes a table cell by cell, so a cell that wraps puts its lines in the content stream
before the next cell's: the row's label, its figures and the lines of its commentary come out
as separate lines that share a baseline. Two passes put them back together:

- ``merge_baselines`` (on the collected lines, before cells are found): the pieces of one
  baseline on a page are one line again, ordered by x, when one of them is a table row or a
  cell of a row whose cells were centred in it (``centred``), when
  they sit between two rows of a table (the second lines of wrapped cells), or when they are
  short header cells tight over a table or over a header line so found (a header wrapped onto
  two lines, each cell's lines drawn before the next cell's);
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
  lower case. Each row is written as one TAB-separated line, one cell a column.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from councilsearch.ingest.pdf.lines import is_numeric
from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.paragraphs import join_wrapped
from councilsearch.ingest.pdf.runs import Cell, Line, Seg


def _same_baseline(a: Line, b: Line) -> bool:
    if a.y is None or b.y is None or not a.segs or not b.segs:
        return False
    size = max(a.size, b.size, 1.0)
    return abs(a.y - b.y) <= 0.3 * size and abs(a.size - b.size) <= 0.15 * size


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _join(group: list[Line]) -> Line:
    """One line from pieces of a baseline, ordered by x (the first piece's object kept)."""
    pieces = sorted(group, key=lambda ln: ln.x0)
    head = group[0]
    segs: list[Seg] = []
    gaps: list[float] = []
    for ln in pieces:
        for k, seg in enumerate(ln.segs):
            if segs:
                gaps.append(seg.x0 - segs[-1].x1 if k == 0 else ln.gaps[k - 1])
            segs.append(seg)
    head.segs, head.gaps = segs, gaps
    head.raw = [r for ln in pieces for r in ln.raw]  # the runs as pypdf reported them (for fidelity)
    head.y = min(ln.y for ln in pieces if ln.y is not None)
    head.trail = pieces[-1].trail
    head.kind, head.cells, head.text = "prose", [], ""
    return head


def _near_baselines(lines: list[Line]) -> Callable[[int], list[int]]:
    """For line ``i``, the later lines (in page order) for which ``_same_baseline`` may hold,
    found by bisection on the baselines rather than by trying every later line: those within
    0.3 of the page's largest size (the most the test allows), and always the lines whose
    baseline or size is not a finite number (the test decides for them, as before)."""
    live = [k for k, ln in enumerate(lines) if ln.y is not None and ln.segs]
    tame = [k for k in live if math.isfinite(lines[k].y or 0.0) and math.isfinite(lines[k].size)]
    wild = sorted(set(live) - set(tame))
    wild_set = set(wild)
    placed = sorted((lines[k].y or 0.0, k) for k in tame)
    ys = [y for y, _ in placed]
    reach = 0.3 * max((max(lines[k].size, 1.0) for k in tame), default=1.0)
    reach = reach * 1.01 + 1e-6  # a margin for rounding: the test itself filters

    def near(i: int) -> list[int]:
        y = lines[i].y
        if i in wild_set or y is None:
            return [k for k in live if k > i]
        lo, hi = bisect.bisect_left(ys, y - reach), bisect.bisect_right(ys, y + reach)
        return sorted([k for _, k in placed[lo:hi] if k > i] + [k for k in wild if k > i])

    return near


def merge_baselines(lines: list[Line], rows: set[int] | frozenset[int] = frozenset()) -> list[Line]:
    """The page's lines with the pieces of each table baseline joined (see the module doc);
    returns the merged lines (their objects stay in ``lines``, at the first piece's place).
    ``rows``: ids of lines known to be cells of a table row (``centred.top_align``): a
    baseline holding one of them is joined too."""
    groups: list[list[int]] = []
    taken: set[int] = set()
    near = _near_baselines(lines)
    for i, ln in enumerate(lines):
        if i in taken or ln.y is None or not ln.segs:
            continue
        group = [i]
        for j in near(i):
            if j not in taken and _same_baseline(ln, lines[j]):
                group.append(j)
        if len(group) < 2:
            continue
        spans = sorted((lines[k].x0, lines[k].x1) for k in group)
        if any(_overlap(a, b) > -0.1 * ln.size for a, b in itertools.pairwise(spans)):
            continue  # pieces on top of each other: not cells of one row
        groups.append(group)
        taken.update(group)
    if not groups:
        return []
    # first the baselines holding a table row, then those between rows of the tables so made
    chosen = [g for g in groups if any(lines[k].kind == "table" or id(lines[k]) in rows for k in g)]
    rest = [g for g in groups if g not in chosen]
    tables = [ln for ln in lines if ln.kind == "table" and ln.y is not None]
    tables += [_extent(lines[k] for k in g) for g in chosen]
    chosen += [g for g in rest if _between_rows([lines[k] for k in g], tables)]
    chosen += _heads_over(lines, [g for g in rest if g not in chosen], tables)
    drop: set[int] = set()
    merged: list[Line] = []
    for group in chosen:
        merged.append(_join([lines[k] for k in group]))
        drop.update(group[1:])
    lines[:] = [ln for k, ln in enumerate(lines) if k not in drop]
    return merged


def _extent(pieces: Iterable[Line]) -> Line:
    """A stand-in line covering pieces of a baseline (for ``_between_rows``)."""
    ps = sorted(pieces, key=lambda ln: ln.x0)
    return Line(page=ps[0].page, y=ps[0].y, segs=[ps[0].segs[0], ps[-1].segs[-1]], size=ps[0].size)


def _between_rows(members: list[Line], tables: list[Line]) -> bool:
    """Do pieces of a baseline sit between two table rows close above and below them, within
    the rows' width?"""
    y = members[0].y
    assert y is not None
    size = max(m.size for m in members)
    left, right = min(m.x0 for m in members), max(m.x1 for m in members)
    near = [t for t in tables if t.x0 <= left + 0.5 * size and right <= t.x1 + 2 * size]
    above = any(0 < (t.y or 0.0) - y <= 4 * size for t in near)
    below = any(0 < y - (t.y or 0.0) <= 4 * size for t in near)
    return above and below


# a unit written as a header ("£000", "£'000s", "£m"): no figure
_UNIT_HEAD = re.compile(r"^\(?£\s?(?:['’]?000['’]?s?|k|m|bn)\)?$", re.IGNORECASE)
_HEAD_LINES = 3  # a header is written on at most three lines
# a cell's lines are set at least this many sizes apart (leading is rarely under 1.0): a smaller step
# between baselines is a cell centred half a line down beside a wrapped one that ``centred.top_align``
# left where it was, which is no line pitch (taken as one, every wrapped label's second line became a
# row of its own: a browser-printed monitoring table whose labels and commentary both wrap)
_MIN_PITCH = 0.85
# a cell of a row of units under a header: "£000", "£m", "%", "No."
_UNIT_CELL = re.compile(r"^(?:\(?£\s?(?:['’]?000['’]?s?|k|m|bn)?\)?|\(?%\)?|No\.?|Nos\.?)$", re.IGNORECASE)


def _heads_over(lines: list[Line], groups: list[list[int]], tables: list[Line]) -> list[list[int]]:
    """Baselines of header cells right over a table (drawn cell by cell, so a header that wraps
    puts each column's lines apart): pieces that are all short header cells with no figures,
    within the table's width, tight above its top row or above a header line so found (a header
    wrapped onto two or three lines)."""
    out: list[list[int]] = []
    tops = list(tables)
    for _ in range(_HEAD_LINES):
        grown = False
        for g in groups:
            if g in out:
                continue
            members = [lines[k] for k in g]
            if any((is_numeric(c.text) and not _UNIT_HEAD.match(c.text)) or not _head_cell(c.text)
                   for m in members for c in _line_cells(m)):
                continue
            if any(_tail_of_long_cell(m, lines) for m in members):
                continue
            if _over(members, tops):
                out.append(g)
                tops.append(_extent(members))
                grown = True
        if not grown:
            break
    return out


def _tail_of_long_cell(piece: Line, lines: list[Line]) -> bool:
    """Is ``piece`` the last line of a cell too long for a header: under a line at the line
    pitch, in its column, that is no header cell ("Leisure" under "Cllr Ann Doe, Cabinet
    Member for Parks and")?"""
    y = piece.y or 0.0
    for ln in lines:
        if ln is piece or ln.y is None or not 0 < ln.y - y <= 1.3 * max(ln.size, piece.size):
            continue
        if min(ln.x1, piece.x1) > max(ln.x0, piece.x0) and not all(_head_cell(c.text) for c in _line_cells(ln)):
            return True
    return False


def _over(members: list[Line], tables: list[Line]) -> bool:
    """Do pieces of a baseline sit tight above a table row (or a header line), within its width?"""
    y = members[0].y
    assert y is not None
    size = max(m.size for m in members)
    left, right = min(m.x0 for m in members), max(m.x1 for m in members)
    return any(
        t.x0 <= left + 0.5 * size and right <= t.x1 + 2 * size and 0 < y - (t.y or 0.0) <= 2 * size
        for t in tables
    )


# --- the grid ---------------------------------------------------------------------------------


@dataclass
class _Row:
    lines: list[Line]
    cells: dict[int, list[str]] = field(default_factory=dict)  # column -> its lines of text
    ends: dict[int, tuple[float, Seg | None]] = field(default_factory=dict)  # column -> last x1, seg
    values: bool = False


def _line_cells(ln: Line) -> list[Cell]:
    if ln.cells:
        return ln.cells
    return [Cell(ln.x0, ln.x1, " ".join(s.text for s in ln.segs).strip())]


_HEAD_CHARS = 30
_HEAD_WORDS = 4


def _merge_spans(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    cols: list[list[float]] = []
    for a, b in sorted(spans):
        if cols and a < cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _spans_columns(ln: Line, cols: list[tuple[float, float]], over_head: bool = False) -> bool:
    """Is ``ln`` a header line (no figures) with a cell set over two or more of ``cols``
    ("2031/32" centred over "Budget" and "Forecast"), or, when it is set over a header line
    naming every column (``over_head``), cells each over a run of as many columns (see
    ``_span_groups``)?"""
    return _span_kind(ln, cols, over_head)[0]


def _span_kind(
    ln: Line, cols: list[tuple[float, float]], over_head: bool
) -> tuple[bool, dict[int, int] | None]:
    """``_spans_columns`` and, for a header line over a header line naming every column, the
    columns its cells each head a run of (``_span_groups``, worked out once for both)."""
    if any((is_numeric(c.text) and not _UNIT_HEAD.match(c.text)) or not _head_cell(c.text) for c in ln.cells):
        return False, None  # (a unit over the row labels, "£000", is a header too)
    groups = _span_groups(ln, cols) if over_head else None
    wide = any(sum(_overlap((c.x0, c.x1), col) > 0 for col in cols) >= 2 for c in ln.cells)
    return wide or groups is not None, groups


def _span_groups(ln: Line, cols: list[tuple[float, float]]) -> dict[int, int] | None:
    """A header line whose cells (but one over the row labels) each head an equal run of the
    columns right of the row labels: "2031/32" and "2032/33" over "Budget, Forecast, Variance"
    twice, each cell centred over its run (so over its middle column only), or set at its
    start or its end. A run is its cells' extent, or, for figures set right in their columns
    (short "£000" and "%" under "Change"), the space from where the column before it ends to
    its last cell's end. Returns each cell's column (a run's first), or None."""
    if len(cols) < 3 or not ln.cells:
        return None
    values = cols[1:]
    heads = [k for k, c in enumerate(ln.cells) if c.x1 > values[0][0]]
    n = len(heads)
    if n == 0 or len(values) % n or len(values) // n < 2 or heads != list(range(len(ln.cells) - n, len(ln.cells))):
        return None
    run = len(values) // n
    tol = ln.size
    out = {k: _column_of(c, cols) for k, c in enumerate(ln.cells) if k not in heads}
    for j, k in enumerate(heads):
        c = ln.cells[k]
        a, b = values[j * run][0], values[(j + 1) * run - 1][1]
        after = cols[j * run][1]  # where the column before the run ends (figures set right: their run starts there)
        if c.x0 < min(a, after) - tol or c.x1 > b + tol:
            return None
        mid = (c.x0 + c.x1) / 2
        centred = any(abs(mid - (lo + b) / 2) <= max(tol, 0.1 * (b - lo)) for lo in (a, after))
        if not (centred or abs(c.x0 - a) <= tol or abs(c.x1 - b) <= tol):
            return None
        out[k] = 1 + j * run
    return out


def _head_cell(text: str) -> bool:
    """Short enough for a column header ("2031/32", "Net budget"), not a piece of prose."""
    return len(text) <= _HEAD_CHARS and len(text.split()) <= _HEAD_WORDS


def _columns(lines: list[Line]) -> list[tuple[float, float]]:
    """The x-intervals the cells of the table's multi-cell lines cover (overlapping cells are
    one column), leaving out header lines with a cell over two or more cells of another line
    (a header spanning columns does not join them into one)."""
    multi = [ln for ln in lines if len(ln.cells) > 1]
    rows = [[(c.x0, c.x1) for c in ln.cells] for ln in multi if len(ln.cells) >= 3]
    kept = [ln for ln in multi if not any(_spans_columns(ln, row) for row in rows)]
    return _merge_spans((c.x0, c.x1) for ln in kept for c in ln.cells)


def _heads_beside_figures(
    cols: list[tuple[float, float]], block: list[Line], first_values: int
) -> list[tuple[float, float]]:
    """Columns, a column that only header lines (above the first row of figures) have a cell in
    joined to the next when only rows of figures have cells in that one and it starts within
    two ems: a header set at the left of its column over figures set at the right ("Users a
    week" over "5" and "18"), which overlap nowhere."""
    if len(cols) < 3 or first_values >= len(block):
        return cols
    size = max(ln.size for ln in block)

    def used(lines: list[Line]) -> set[int]:
        return {k for ln in lines for c in _line_cells(ln) for k, col in enumerate(cols)
                if _overlap((c.x0, c.x1), col) > 0}

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


def _column_of(cell: Cell, cols: list[tuple[float, float]]) -> int:
    best, score = 0, float("-inf")
    for k, col in enumerate(cols):
        ov = _overlap((cell.x0, cell.x1), col)
        if ov <= 0:
            ov = -min(abs(cell.x0 - col[0]), abs(cell.x1 - col[1]))
        if ov > score:
            best, score = k, ov
    return best


def _first_column(cell: Cell, cols: list[tuple[float, float]]) -> int:
    over = [k for k, col in enumerate(cols) if _overlap((cell.x0, cell.x1), col) > 0]
    return over[0] if over else _column_of(cell, cols)


def _seg_at(ln: Line, x0: float) -> Seg | None:
    return min(ln.segs, key=lambda s: abs(s.x0 - x0)) if ln.segs else None


def _full(end: tuple[float, Seg | None], word: str, right: float, size: float) -> bool:
    """Would ``word`` not have fitted after a cell line ending at ``end`` in a column whose
    text reaches ``right``?"""
    x1, seg = end
    need = seg.width(" " + word) if seg is not None else 0.5 * size * (len(word) + 1)
    return x1 + need > right - 0.1 * size


def _tight(upper: Line, lower: Line, m: Metrics) -> bool:
    if upper.y is None or lower.y is None:
        return False
    return 0 < upper.y - lower.y <= max(1.4 * m.pitch, 1.5 * max(upper.size, lower.size))


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
    if not _tight(row.lines[-1], ln, m):
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
        cells = _line_cells(ln)
        over_head = bool(full) and i < full[-1]
        # each cell in the first column it is set over
        spanning, groups = _span_kind(ln, cols, over_head) if ln.cells else (False, None)
        placed = sorted(
            (
                (groups[k] if groups else _first_column(c, cols) if spanning else _column_of(c, cols), c)
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
    for ln, placed in zip(block, placed_lines, strict=True):
        values = _has_values(placed)
        if rows and not values:
            row = rows[-1]
            header = figures and not seen_values and not row.values
            stacked = (
                header
                and len(placed) > 0
                and _tight(row.lines[-1], ln, m)
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


def stacked_heads(lines: list[Line], m: Metrics) -> list[Line]:
    """Table rows over a header line of the next line's columns with an empty first cell: a
    header set over two lines ("2025-26" over "Budget"). Returns the upper lines."""
    out = []
    for upper, lower in itertools.pairwise(lines):
        if upper.kind != "table" or lower.kind != "table" or len(upper.cells) < 2 or not lower.cells:
            continue
        if any(is_numeric(c.text) for c in (*upper.cells[1:], *lower.cells)) or not _tight(upper, lower, m):
            continue
        cols = [(c.x0, c.x1) for c in upper.cells[1:]]
        if lower.x0 > upper.x0 + upper.size and all(any(_overlap((c.x0, c.x1), col) > 0 for col in cols)
                                                  for c in lower.cells):
            out.append(upper)
    return out


def spanning_heads(lines: list[Line], m: Metrics) -> list[Line]:
    """Header lines (no figures) right over a table row (no figures, but a unit may head a
    column: "Change" over "£000" and "%") with a cell set over two or more of its cells: a header spanning columns ("2031/32" centred over "Budget" and "Forecast"),
    set tight over it or at the step of the table's rows (a grid table's padded rows)."""
    out = []
    for k, (upper, lower) in enumerate(itertools.pairwise(lines)):
        if upper.kind != "table" or lower.kind != "table" or not upper.cells or len(lower.cells) < 3:
            continue
        below = lines[k + 2] if k + 2 < len(lines) else None
        figures = below
        if below is not None and below.cells and all(_UNIT_CELL.match(c.text) for c in below.cells):
            # a row of units ("%" or "£000" over each column) between the header and the figures
            figures = lines[k + 3] if k + 3 < len(lines) else None
        if (
            (_tight(upper, lower, m) or _row_step(upper, lower, below, figures))
            and all(_head_cell(c.text) and (not is_numeric(c.text) or _UNIT_HEAD.match(c.text)) for c in lower.cells)
            and _spans_columns(upper, [(c.x0, c.x1) for c in lower.cells], over_head=True)
        ):
            out.append(upper)
    return out


def _row_step(upper: Line, lower: Line, below: Line | None, figures: Line | None = None) -> bool:
    """Is ``upper`` set over ``lower`` at the step of the table's rows (``lower`` over the row
    ``below`` it, a row of figures, or a row of units over the row of ``figures``): a table
    whose rows are padded apart, a header row among them?"""
    figures = below if figures is None else figures
    if below is None or figures is None or below.kind != "table" or None in (upper.y, lower.y, below.y):
        return False
    if figures.kind != "table" or not any(is_numeric(c.text) for c in figures.cells[1:]):
        return False  # not over a row of figures: a form's labels and answers, not a table's header
    step, rows = (upper.y or 0.0) - (lower.y or 0.0), (lower.y or 0.0) - (below.y or 0.0)
    return 0 < step <= 1.1 * rows and rows <= 3 * max(lower.size, below.size)


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
        if ln.kind != "table" and not _tight(lines[b - 1], ln, m):
            break
        b += 1
    while (b > i + 1 and lines[b - 1].kind != "table" and not lines[b - 1].segs[0].text[:1].islower()
           and id(lines[b - 1]) not in centred):
        b -= 1
    return a, b
