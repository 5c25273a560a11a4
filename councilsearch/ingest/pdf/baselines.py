"""Pieces of one baseline put back together. Word writes a table cell by cell, so a cell that
wraps puts its lines in the content stream before the next cell's: the row's label, its figures
and the lines of its commentary come out as separate lines that share a baseline.

``merge_baselines`` (on the collected lines, before cells are found): the pieces of one
baseline on a page are one line again, ordered by x, when one of them is a table row or a
cell of a row whose cells were centred in it (``centred``), when
they sit between two rows of a table (the second lines of wrapped cells) or right under a row,
each starting where a cell of that row starts (the next lines of a wrapped label and commentary
of a table's last row, or of a row over one of fewer cells), or when they are
short header cells tight over a table or over a header line so found (a header wrapped onto
two lines, each cell's lines drawn before the next cell's). ``grid.rebuild_grids`` lays the
tables holding such lines out again.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Iterable

from councilsearch.ingest.pdf.cellgeom import UNIT_HEAD, head_cell, line_cells, overlap
from councilsearch.ingest.pdf.lines import is_numeric
from councilsearch.ingest.pdf.runs import Line, Seg


def _same_baseline(a: Line, b: Line) -> bool:
    if a.y is None or b.y is None or not a.segs or not b.segs:
        return False
    size = max(a.size, b.size, 1.0)
    return abs(a.y - b.y) <= 0.3 * size and abs(a.size - b.size) <= 0.15 * size


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
        if any(overlap(a, b) > -0.1 * ln.size for a, b in itertools.pairwise(spans)):
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
    chosen += [g for g in rest if g not in chosen and _under_cells([lines[k] for k in g], lines)]
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

def _under_cells(members: list[Line], lines: list[Line]) -> bool:
    """Are pieces of a baseline the next lines of cells of the table row right above them (the
    table's last row, or one a row of fewer columns follows): each piece starts where a piece or
    a cell of that row starts, no further below it than a line and a half? (A row whose label
    and commentary both wrap, the commentary drawn after the row's other cells.)"""
    y = members[0].y
    assert y is not None
    size = max(m.size for m in members)
    for t in lines:
        if t.kind != "table" or len(t.cells) < 3 or t.y is None or not 0 < t.y - y <= 1.6 * max(size, t.size):
            continue
        row = [ln for ln in lines if ln is t or _same_baseline(ln, t)]
        starts = [seg.x0 for ln in row for seg in ln.segs] + [c.x0 for ln in row for c in ln.cells]
        # (a row's number joined to its label's run, "4 Parks": the label starts after its gap)
        starts += [seg.marker.x1 + seg.marker_gap for ln in row for seg in ln.segs if seg.marker is not None]
        if all(any(abs(m.x0 - x) <= 0.5 * size for x in starts) for m in members):
            return True
    return False


_HEAD_LINES = 3  # a header is written on at most three lines


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
            if any((is_numeric(c.text) and not UNIT_HEAD.match(c.text)) or not head_cell(c.text)
                   for m in members for c in line_cells(m)):
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
        if min(ln.x1, piece.x1) > max(ln.x0, piece.x0) and not all(head_cell(c.text) for c in line_cells(ln)):
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

