"""Geometry of a table's lines and cells shared by the passes that find tables' rows and headers
(``baselines``, ``heads``, ``grid``): how far two x-intervals overlap, a line's cells, the column a
cell is set in, two lines set tight one over the other, a header cell."""

from __future__ import annotations

import re

from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.runs import Cell, Line


def overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def line_cells(ln: Line) -> list[Cell]:
    if ln.cells:
        return ln.cells
    return [Cell(ln.x0, ln.x1, " ".join(s.text for s in ln.segs).strip())]


_HEAD_CHARS = 30
_HEAD_WORDS = 4


def head_cell(text: str) -> bool:
    """Short enough for a column header ("2031/32", "Net budget"), not a piece of prose."""
    return len(text) <= _HEAD_CHARS and len(text.split()) <= _HEAD_WORDS


def column_of(cell: Cell, cols: list[tuple[float, float]]) -> int:
    best, score = 0, float("-inf")
    for k, col in enumerate(cols):
        ov = overlap((cell.x0, cell.x1), col)
        if ov <= 0:
            ov = -min(abs(cell.x0 - col[0]), abs(cell.x1 - col[1]))
        if ov > score:
            best, score = k, ov
    return best


def tight(upper: Line, lower: Line, m: Metrics) -> bool:
    if upper.y is None or lower.y is None:
        return False
    return 0 < upper.y - lower.y <= max(1.4 * m.pitch, 1.5 * max(upper.size, lower.size))


# a unit written as a header ("£000", "£'000s", "£m"): no figure
UNIT_HEAD = re.compile(r"^\(?£\s?(?:['’]?000['’]?s?|k|m|bn)\)?$", re.IGNORECASE)
