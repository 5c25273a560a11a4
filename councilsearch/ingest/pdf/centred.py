"""Table cells set in the middle of their row, moved to its top.

A browser centres a table cell's text in its row by default, and Word does when a cell is set
to "centre vertically": in a row whose commentary wraps onto two lines, the label and the
figures sit half a line down, between the commentary's two baselines, and on no baseline of
it; beside a cell of three lines they sit on its middle line. Read by baselines, such a row
falls apart (its label in one line, its figures in another, the wrapped cell's lines on
either side). The rest of the reading knows rows whose cells start at the top (the top line
of each cell on one baseline, the wrapped lines under it), so ``top_align`` moves centred
cells there:

- a cell's lines are a *stack*: lines one under the other at the line pitch (at most 1.3 of
  their size apart), each overlapping the one above it across the page;
- a stack of two or more lines is the row's tallest cell; each other stack beside it (sharing
  no x with it) of fewer lines whose middle is the tall stack's middle, with the same pitch,
  was centred in that row: its lines take the tall stack's first baselines. The lines of a
  row so found (its stacks of as many lines as the tall one too) are returned, for
  ``grid.merge_baselines`` to join the pieces of each of its baselines into one line.

Cells that share the middle by chance are rare: a stack is bounded by the padding between
rows, and a cell centred on it must be that exact half-line (or whole line) off its
neighbours' baselines, which rows started at their top never are.
"""

from __future__ import annotations

import math

from councilsearch.ingest.pdf.runs import Line

_PITCH = 1.3  # lines of one cell are at most this many sizes apart
_MIDDLE = 0.05  # two stacks share a middle within this many sizes (a renderer centres exactly)


def _overlaps(a: Line, b: Line) -> bool:
    """Do two lines share any x (a run of one over a run of the other)?"""
    return any(min(s.x1, t.x1) > max(s.x0, t.x0) for s in a.segs for t in b.segs)


def _stacks(lines: list[Line]) -> list[list[Line]]:
    """The page's lines in stacks (see the module doc), top down."""
    live = [ln for ln in lines if ln.y is not None and ln.segs and math.isfinite(ln.y) and math.isfinite(ln.size)
            and ln.size > 0]
    live.sort(key=lambda ln: -(ln.y or 0.0))
    stacks: list[list[Line]] = []
    for ln in live:
        y = ln.y or 0.0
        best: list[Line] | None = None
        for st in stacks:
            last = st[-1]
            step = (last.y or 0.0) - y
            if not 0 < step <= _PITCH * max(last.size, ln.size) or abs(last.size - ln.size) > 0.1 * ln.size:
                continue
            if len(st) > 1 and abs(step - ((st[-2].y or 0.0) - (last.y or 0.0))) > 0.1 * ln.size:
                continue  # not the stack's pitch
            if not _overlaps(last, ln):
                continue
            if best is None or (last.y or 0.0) < (best[-1].y or 0.0):
                best = st
        if best is None:
            stacks.append([ln])
        else:
            best.append(ln)
    return stacks


def _middle(st: list[Line]) -> float:
    return ((st[0].y or 0.0) + (st[-1].y or 0.0)) / 2


def _pitch(st: list[Line]) -> float:
    return ((st[0].y or 0.0) - (st[-1].y or 0.0)) / (len(st) - 1) if len(st) > 1 else 0.0


def top_align(lines: list[Line]) -> set[int]:
    """Move the lines of cells centred in their row to the row's top (see the module doc).
    Returns the ids of the lines of each row so found (its cells' lines, moved or not), whose
    pieces on one baseline ``grid.merge_baselines`` joins."""
    stacks = _stacks(lines)
    moved: set[int] = set()
    rows: set[int] = set()
    for tall in sorted((st for st in stacks if len(st) > 1), key=len, reverse=True):
        if id(tall) in moved or id(tall[0]) in rows:
            continue
        size = max(ln.size for ln in tall)
        mid, pitch = _middle(tall), _pitch(tall)
        beside = [
            st for st in stacks
            if st is not tall and len(st) <= len(tall) and id(st) not in moved and id(st[0]) not in rows
            and abs(_middle(st) - mid) <= _MIDDLE * size
            and all(abs(ln.size - size) <= 0.15 * size for ln in st)
            and (len(st) == 1 or abs(_pitch(st) - pitch) <= 0.1 * size)
            and not any(_overlaps(a, b) for a in st for b in tall)
        ]
        shifted = []
        for st in beside:
            if len(st) == len(tall):
                continue  # (set at the top already)
            targets = [ln.y or 0.0 for ln in tall[: len(st)]]
            if any(_overlaps(ln, other) for ln in st for other in lines
                   if other.y is not None and other not in st and other not in tall
                   and any(abs(other.y - y) <= 0.3 * size for y in targets)):
                continue  # its place at the top is taken
            shifted.append((st, targets))
        if not shifted:
            continue  # nothing centred: cells side by side at the same height (columns of text)
        for st, targets in shifted:
            for ln, y in zip(st, targets, strict=False):
                ln.y = y
            moved.add(id(st))
        rows.update(id(ln) for st in (tall, *beside) for ln in st)
    return rows
