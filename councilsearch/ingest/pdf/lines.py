"""Collected lines -> finished lines: their size, weight, cells and kind (prose, table row,
heading).

- table rows: a line whose runs sit at separate x positions with a gap between them becomes
  TAB-separated cells when it holds two or more numeric cells, has a wide gap (a contents
  entry, an agenda row), or sits next to another such line (a header row above its table);
  the table is then read as a whole in ``tables``;
- headings: a line set larger than the body text, or bold when the body is not, is a heading
  line; its span is returned as a heading hint.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from councilsearch.ingest.markers import MARKER_ONLY
from councilsearch.ingest.pdf.furniture import PAGE_NUMBER
from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.runs import Cell, Line

_SPACES = re.compile(r" {2,}")
_NUMERIC_CELL = re.compile(
    r"^[(\-–−+]?\s*[£$€]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k|p|x)?\s*\)?%?$|^[-–—]$|^nil$", re.IGNORECASE
)


def run_text(ln: Line) -> str:
    """The line's runs, one space apart."""
    return _SPACES.sub(" ", " ".join(s.text for s in ln.segs)).strip()


def _settle_abutting(ln: Line, glyph_by_glyph: bool) -> None:
    """Abutting runs are cells (gap of a third of an em), or, on a page placed glyph by
    glyph, pieces of the same words (merged back)."""
    segs, gaps = [ln.segs[0]], []
    for seg, gap in zip(ln.segs[1:], ln.gaps, strict=True):
        if not seg.abut:
            segs.append(seg)
            gaps.append(gap)
        elif glyph_by_glyph:
            last = segs[-1]
            last.text += (" " if seg.abut == 2 else "") + seg.text
            last.x1 = max(last.x1, seg.x1)
            last.bold = last.bold and seg.bold
        else:
            segs.append(seg)
            gaps.append(0.34 * seg.size)
    ln.segs, ln.gaps = segs, gaps


_ROW_NUMBER = re.compile(r"[0-9]{1,3}|No\.", re.IGNORECASE)


def is_numeric(cell: str) -> bool:
    return bool(_NUMERIC_CELL.match(cell.strip()))


def finish_lines(lines: list[Line], glyph_by_glyph: bool = False) -> None:
    """Give each line its style and text; mark table rows (TAB-separated)."""
    for ln in lines:
        if len(ln.segs) > 1:
            _settle_abutting(ln, glyph_by_glyph)
        _split_row_number(ln)
        # a bullet or number set as its own run is part of the item, not a cell; but a bare
        # number before a row of cells set wide apart numbers the row in a column of its own
        # (and "No." over such numbers heads that column)
        if (
            len(ln.segs) > 1
            and MARKER_ONLY.match(ln.segs[0].text)
            and ln.segs[1].text[:1].isalpha()
            and ln.gaps[0] < 4 * ln.segs[0].size
            and not (_ROW_NUMBER.fullmatch(ln.segs[0].text) and sum(g >= ln.size for g in ln.gaps) >= 2)
        ):
            first, second = ln.segs[0], ln.segs[1]
            second.marker, second.marker_gap = copy.copy(first), ln.gaps[0]
            second.text = first.text + " " + second.text
            second.x0 = first.x0
            ln.segs.pop(0)
            ln.gaps.pop(0)
        chars = sum(len(s.text) for s in ln.segs) or 1
        ln.size = sum(s.size * len(s.text) for s in ln.segs) / chars
        ln.bold = all(s.bold for s in ln.segs if any(ch.isalnum() for ch in s.text))
    # Cells: segments split by a gap. Where this page places words one by one (many small
    # gaps), only a gap of most of an em separates cells; else any separately placed run does.
    n_small = sum(1 for ln in lines for g in ln.gaps if g < 0.5 * ln.size)
    word_by_word = len(lines) >= 5 and n_small > 0.5 * len(lines)
    min_gap = 0.8 if word_by_word else 0.15
    cells: list[list[Cell]] = [_cells(ln, min_gap) if len(ln.segs) > 1 else [] for ln in lines]
    for ln, c in zip(lines, cells, strict=True):
        ln.cells = c
    multi = [len(c) > 1 and max(ln.gaps) >= 0.33 * ln.size for c, ln in zip(cells, lines, strict=True)]
    for i, ln in enumerate(lines):
        if not multi[i]:
            continue
        numeric = sum(1 for c in cells[i] if is_numeric(c.text))
        wide = any(g >= 1.5 * ln.size for g in ln.gaps)
        near = False
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and multi[j]:
                upper, lower = (lines[j], ln) if j < i else (ln, lines[j])
                related = (
                    numeric > 0 or any(is_numeric(c.text) for c in cells[j]) or _aligned(cells[i], cells[j])
                )
                near = near or (_close(upper, lower) and related)
        if numeric >= 2 or wide or near:
            ln.kind = "table"
    # a row whose first cell starts well right of its table's left edge has an empty first cell
    i = 0
    while i < len(lines):
        if lines[i].kind != "table":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "table":
            j += 1
        left = min(ln.x0 for ln in lines[i:j])
        edge = edge_rows(zip(lines[i:j], cells[i:j], strict=True), left)
        for k in range(i, j):
            ln = lines[k]
            lead = "\t" if empty_first(ln, cells[k], left, edge) else ""
            ln.text = lead + "\t".join(c.text for c in cells[k])
        i = j
    for ln in lines:
        if ln.kind != "table":
            ln.text = run_text(ln)


def _split_row_number(ln: Line) -> None:
    """Undo the join of a row's number to its label ("2 Contact centre …") made while the line
    was a label alone (a label wrapped over two lines is set apart from its row's figures until
    the row's pieces are merged): once the line holds the row's cells set wide apart, the number
    is a cell of its own, as in the rows whose label did not wrap."""
    first = ln.segs[0] if ln.segs else None
    mark = first.marker if first is not None else None
    if first is None or mark is None or not _ROW_NUMBER.fullmatch(mark.text) or ln.size <= 0:
        return
    gaps = [first.marker_gap, *ln.gaps]
    if sum(g >= ln.size for g in gaps) < 2:
        return
    first.text = first.text[len(mark.text) + 1:]
    first.x0 = mark.x1 + first.marker_gap
    first.marker = None
    ln.segs.insert(0, mark)
    ln.gaps.insert(0, gaps[0])


def edge_rows(rows: Iterable[tuple[Line, list[Cell]]], left: float) -> list[list[Cell]]:
    """The cells of a table's rows (line, its cells) of two or more cells that start at its left
    edge (``left``): the rows ``empty_first`` sets a row against. (A row among them has no empty
    first cell by ``empty_first``'s own first test, so one list serves every row.)"""
    return [cells for ln, cells in rows if len(cells) > 1 and ln.x0 <= left + ln.size]


def empty_first(ln: Line, cells: list[Cell], left: float, edge: list[list[Cell]]) -> bool:
    """Has a table row an empty first cell: it starts well right of the table's left edge
    (``left``), and is not centred over the row labels of the rows that start at that edge
    (``edge``, their cells), ending before their second cells, in a row of as many cells as
    theirs ("Service" centred over the labels is in the first column)?"""
    if ln.x0 <= left + ln.size:
        return False
    if not edge:
        return True
    x0, x1 = (cells[0].x0, cells[0].x1) if cells else (ln.x0, ln.x1)
    labels_end = max(c[0].x1 for c in edge)
    centred = abs((x0 + x1) / 2 - (left + labels_end) / 2) <= ln.size
    if not centred:  # centred in the labels' column, which runs on to the next column (a browser's header cell)
        nxt = min(c[1].x0 for c in edge)
        centred = left + 0.25 * (nxt - left) <= (x0 + x1) / 2 <= left + 0.75 * (nxt - left)
    full = len(cells) >= max(len(c) for c in edge)  # a cell for every column the rows have
    return not (centred and full and x1 < min(c[1].x0 for c in edge) - 0.5 * ln.size)


def _cells(ln: Line, min_gap_em: float) -> list[Cell]:
    first = ln.segs[0]
    out = [Cell(first.x0, first.x1, first.text)]
    for seg, gap in zip(ln.segs[1:], ln.gaps, strict=True):
        if gap >= min_gap_em * ln.size:
            out.append(Cell(seg.x0, seg.x1, seg.text))
        else:
            last = out[-1]
            last.text += " " + seg.text
            last.x1 = seg.x1
    return out


def _aligned(a: list[Cell], b: list[Cell]) -> bool:
    """Do two rows share a column (a cell after the first starting or ending at the same x)?"""
    for s in b[1:]:
        for c in a[1:]:
            if abs(s.x0 - c.x0) <= 1.5 or abs(s.x1 - c.x1) <= 1.5:
                return True
    return False


def _close(upper: Line, lower: Line) -> bool:
    if upper.y is None or lower.y is None:
        return True
    return 0 < upper.y - lower.y <= 3.0 * max(upper.size, lower.size)


def mark_headings(pages: list[list[Line]], m: Metrics) -> None:
    """A prose line set larger than the body text, or bold when the body is not, is a heading."""
    for lines in pages:
        for ln in lines:
            if ln.kind != "prose" or len(ln.text) > 200 or not any(ch.isalpha() for ch in ln.text):
                continue
            if PAGE_NUMBER.match(ln.text):
                continue
            if ln.size >= 1.15 * m.body_size or (ln.bold and not m.body_bold and ln.size >= 0.95 * m.body_size):
                ln.kind = "heading"
