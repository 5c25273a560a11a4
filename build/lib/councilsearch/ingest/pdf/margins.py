"""Headings that Word templates set beside the text rather than above it.

- margin numbers: a chapter number printed in a frame in the left margin, level with its
  title ("1." beside "Introduction"). Word writes the frame after the title, so the number
  arrives as a line of its own (and, at a page's top, looks like a page number). It is put
  back in front of its title: "1. Introduction";
- side headings: a paragraph's number and title in a narrow left column with the paragraph
  beside it ("6.3 Insurance Arrangements | The Council holds …"). The column's lines are
  headings of their own, never cells of a table row; where the producer drew the heading and
  the paragraph's first line as one line, the line is split in two.
"""

from __future__ import annotations

import re

from councilsearch.ingest.pdf.lines import is_numeric, run_text
from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.runs import Cell, Line

_BARE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
_LEAD_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")


def _level(a: Line, b: Line) -> bool:
    """Are two lines on the same baseline (within half the larger size)?"""
    if a.y is None or b.y is None:
        return False
    return abs(a.y - b.y) <= 0.5 * max(a.size, b.size, 1.0)


def attach_margin_numbers(pages: list[list[Line]]) -> None:
    """Put a number printed alone in the margin in front of the title level with it."""
    for p, lines in enumerate(pages):
        drop: set[int] = set()
        for i, num in enumerate(lines):
            if num.kind != "prose" or not _BARE_NUMBER.match(num.text.strip()):
                continue
            best = None
            for j, title in enumerate(lines):
                if j == i or j in drop or title.kind == "table" or not title.text[:1].isalpha():
                    continue
                if not _level(num, title) or title.x0 <= num.x1:
                    continue
                if title.x0 - num.x1 > 6 * max(num.size, title.size):
                    continue
                # nothing else may sit between the number and the title
                if best is None or title.x0 < lines[best].x0:
                    best = j
            if best is None:
                continue
            title = lines[best]
            between = [
                ln for k, ln in enumerate(lines)
                if k not in (i, best) and _level(ln, title) and num.x1 <= ln.x0 < title.x0
            ]
            if between:
                continue
            title.gaps = [title.x0 - num.x1, *title.gaps]
            title.segs = [*num.segs, *title.segs]
            title.text = f"{num.text.strip()} {title.text}"
            drop.add(i)
        if drop:
            pages[p] = [ln for k, ln in enumerate(lines) if k not in drop]


def _beside(ln: Line, lines: list[Line], m: Metrics) -> list[Line]:
    """Prose lines that start to the right of ``ln`` and share a baseline with it."""
    return [
        o for o in lines
        if o is not ln and o.kind == "prose" and _level(o, ln) and o.x0 > ln.x1 + 0.5 * ln.size
        and len(o.text.split()) >= 4
    ]


def _is_side_column(ln: Line, lines: list[Line], m: Metrics, width: float) -> bool:
    if ln.kind == "table" or not ln.text or len(ln.text.split()) > 6:
        return False
    if ln.x0 > m.left + 2 * ln.size or ln.x1 - ln.x0 > 0.35 * width:
        return False
    if any(ch.isdigit() for ch in ln.text) and not _LEAD_NUMBER.match(ln.text + " "):
        return False
    return bool(_beside(ln, lines, m))


def mark_side_headings(pages: list[list[Line]], m: Metrics) -> None:
    """Lines of a narrow left column with a paragraph beside them are headings; a line that
    holds both the side heading and the paragraph's first line is split in two."""
    for p, lines in enumerate(pages):
        if not lines:
            continue
        width = max(1.0, max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines))
        out: list[Line] = []
        i = 0
        while i < len(lines):
            ln = lines[i]
            split = _split_row(lines, i, m, width)
            if split is not None:
                head, body, n_cont = split
                out += [head, body]
                for k in range(i + 1, i + 1 + n_cont):
                    cont = lines[k]
                    cont.kind, cont.text = "prose", run_text(cont)
                    out.append(cont)
                i += 1 + n_cont
                continue
            if ln.kind == "prose" and _is_side_column(ln, lines, m, width):
                ln.kind = "heading"
                # the column's next lines (the title wrapped in the column) go with it
                k = i + 1
                while (
                    k < len(lines) and lines[k].kind == "prose" and abs(lines[k].x0 - ln.x0) <= 1.0
                    and lines[k].x1 < min(b.x0 for b in _beside(ln, lines, m))
                    and len(lines[k].text.split()) <= 6
                    and 0 < (ln.y or 0.0) - (lines[k].y or 0.0) <= 2.0 * ln.size
                ):
                    lines[k].kind = "heading"
                    k += 1
            out.append(ln)
            i += 1
        pages[p] = out


def _split_row(lines: list[Line], i: int, m: Metrics, width: float) -> tuple[Line, Line, int] | None:
    """A 'table row' of two cells that is a side heading and the first line of the paragraph
    beside it: (heading line, paragraph line, number of continuation rows after it)."""
    ln = lines[i]
    if ln.kind != "table" or len(ln.cells) != 2:
        return None
    head, body = ln.cells
    if len(head.text.split()) > 6 or len(body.text.split()) < 4 or head.x0 > m.left + 2 * ln.size:
        return None
    if head.x1 - head.x0 > 0.35 * width or is_numeric(body.text):
        return None
    if any(ch.isdigit() for ch in head.text) and not _LEAD_NUMBER.match(head.text + " "):
        return None
    # the paragraph goes on below, starting where the second cell starts
    tol = 0.5 * ln.size  # the second cell may start with a space

    def below(k: int) -> bool:
        return abs(lines[k].x0 - body.x0) <= tol

    n_cont = 0
    k = i + 1
    while k < len(lines) and lines[k].kind == "table" and len(lines[k].cells) <= 1 and below(k):
        n_cont += 1
        k += 1
    if k >= len(lines) or not below(k) or lines[k].kind != "prose":
        return None
    head_segs = [s for s in ln.segs if s.x0 < body.x0 - 0.1]
    body_segs = [s for s in ln.segs if s.x0 >= body.x0 - 0.1]
    if not head_segs or not body_segs:
        return None
    n_head = len(head_segs)
    head_line = Line(ln.page, ln.y, head_segs, ln.gaps[: n_head - 1], kind="heading", size=ln.size,
                     bold=all(s.bold for s in head_segs), cells=[Cell(head.x0, head.x1, head.text)])
    head_line.text = run_text(head_line)
    body_line = Line(ln.page, ln.y, body_segs, ln.gaps[n_head:], kind="prose", size=ln.size,
                     bold=all(s.bold for s in body_segs), trail=ln.trail, cells=[Cell(body.x0, body.x1, body.text)])
    body_line.text = run_text(body_line)
    return head_line, body_line, n_cont
