"""Header lines of a table found from positions: a header set over two lines ("2025-26" over
"Budget", ``stacked_heads``) and a header line with a cell set over two or more columns ("2031/32"
centred over "Budget" and "Forecast", ``spanning_heads``; over a header line naming every column,
cells that each head an equal run of columns, ``span_kind``). ``grid.rebuild_grids`` lays the
tables holding them out again."""

from __future__ import annotations

import itertools
import re

from councilsearch.ingest.pdf.cellgeom import UNIT_HEAD, column_of, head_cell, overlap, tight
from councilsearch.ingest.pdf.lines import is_numeric
from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.runs import Line

# a cell of a row of units under a header: "£000", "£m", "%", "No."
_UNIT_CELL = re.compile(r"^(?:\(?£\s?(?:['’]?000['’]?s?|k|m|bn)?\)?|\(?%\)?|No\.?|Nos\.?)$", re.IGNORECASE)


def spans_columns(ln: Line, cols: list[tuple[float, float]], over_head: bool = False) -> bool:
    """Is ``ln`` a header line (no figures) with a cell set over two or more of ``cols``
    ("2031/32" centred over "Budget" and "Forecast"), or, when it is set over a header line
    naming every column (``over_head``), cells each over a run of as many columns (see
    ``_span_groups``)?"""
    return span_kind(ln, cols, over_head)[0]


def span_kind(
    ln: Line, cols: list[tuple[float, float]], over_head: bool
) -> tuple[bool, dict[int, int] | None]:
    """``spans_columns`` and, for a header line over a header line naming every column, the
    columns its cells each head a run of (``_span_groups``, worked out once for both)."""
    if any((is_numeric(c.text) and not UNIT_HEAD.match(c.text)) or not head_cell(c.text) for c in ln.cells):
        return False, None  # (a unit over the row labels, "£000", is a header too)
    groups = _span_groups(ln, cols) if over_head else None
    wide = any(sum(overlap((c.x0, c.x1), col) > 0 for col in cols) >= 2 for c in ln.cells)
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
    out = {k: column_of(c, cols) for k, c in enumerate(ln.cells) if k not in heads}
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


def stacked_heads(lines: list[Line], m: Metrics) -> list[Line]:
    """Table rows over a header line of the next line's columns with an empty first cell: a
    header set over two lines ("2025-26" over "Budget"). Returns the upper lines."""
    out = []
    for upper, lower in itertools.pairwise(lines):
        if upper.kind != "table" or lower.kind != "table" or len(upper.cells) < 2 or not lower.cells:
            continue
        if any(is_numeric(c.text) for c in (*upper.cells[1:], *lower.cells)) or not tight(upper, lower, m):
            continue
        cols = [(c.x0, c.x1) for c in upper.cells[1:]]
        if lower.x0 > upper.x0 + upper.size and all(any(overlap((c.x0, c.x1), col) > 0 for col in cols)
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
            (tight(upper, lower, m) or _row_step(upper, lower, below, figures))
            and all(head_cell(c.text) and (not is_numeric(c.text) or UNIT_HEAD.match(c.text)) for c in lower.cells)
            and spans_columns(upper, [(c.x0, c.x1) for c in lower.cells], over_head=True)
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

