"""Document-level measures: the body text's size, weight and line pitch, its margins and
columns, and whether the producer marks a wrapped line with a trailing space."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from councilsearch.ingest.pdf.runs import Line


@dataclass
class Metrics:
    body_size: float
    body_bold: bool
    pitch: float
    right: float
    left: float = 0.0
    columns: dict[int, float] = field(default_factory=dict)  # line start bucket -> its right margin
    trail: bool = False  # this producer leaves a space at the end of a wrapped line only


def measure(pages: list[list[Line]]) -> Metrics:
    sizes: Counter[float] = Counter()
    bold_chars = 0
    total = 0
    for lines in pages:
        for ln in lines:
            n = len(ln.text)
            sizes[round(ln.size * 2) / 2] += n
            total += n
            if ln.bold:
                bold_chars += n
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: Counter[float] = Counter()
    rights: list[tuple[float, float]] = []
    lefts: Counter[float] = Counter()
    for lines in pages:
        prev = None
        for ln in lines:
            if abs(ln.size - body) <= 0.1 * body and ln.kind == "prose":
                if prev is not None and prev.y is not None and ln.y is not None:
                    g = prev.y - ln.y
                    if 0.8 * body <= g <= 2.5 * body:
                        gaps[round(g * 2) / 2] += 1
                if ln.text.count(" ") >= 2:
                    rights.append((ln.x1, ln.x0))
                    lefts[round(ln.x0)] += 1
                prev = ln
            else:
                prev = None
    pitch = gaps.most_common(1)[0][0] if gaps else 1.2 * body
    right = _margin([r for r, _ in rights], body)
    m = Metrics(body, total > 0 and bold_chars > 0.6 * total, pitch, right)
    m.left = lefts.most_common(1)[0][0] if lefts else 0.0
    # columns: lines starting at the same x whose right edge stops well short of the page's
    by_start: dict[int, list[float]] = {}
    for r, x0 in rights:
        by_start.setdefault(_bucket(x0), []).append(r)
    for key, rs in by_start.items():
        if len(rs) >= 20:
            col = _margin(rs, body)
            if 0 < col < 0.85 * right:
                m.columns[key] = col
    m.trail = _trail_convention(pages, m)
    return m


def _bucket(x0: float) -> int:
    return int(x0 // 20)


def _margin(rights: list[float], body: float) -> float:
    """The right margin: the widest line, ignoring a few that overshoot the rest."""
    if not rights:
        return 0.0
    rights = sorted(rights)
    p90 = rights[int(0.9 * (len(rights) - 1))]
    limit = p90 + 1.5 * body
    return max(r for r in rights if r <= limit)


def _trail_convention(pages: list[list[Line]], m: Metrics) -> bool:
    """Does a trailing space mark a wrapped line? True when lines that are full (by width)
    mostly end with a space and lines that are clearly short (a paragraph's last line)
    mostly do not."""
    full = [0, 0]
    short = [0, 0]
    for lines in pages:
        for a, b in itertools.pairwise(lines):
            if a.kind != "prose" or b.kind != "prose" or a.text.count(" ") < 2:
                continue
            bucket = short if fits(a, b, m) else full
            bucket[0] += 1
            bucket[1] += a.trail
    if full[0] < 10 or short[0] < 5:
        return False
    return full[1] >= 0.6 * full[0] and short[1] <= 0.15 * short[0]


def fits(prev: Line, nxt: Line, m: Metrics) -> bool:
    """Would the first word of ``nxt`` have fitted at the end of ``prev``?"""
    right = m.columns.get(_bucket(prev.x0), m.right) if m.columns else m.right
    if right <= 0:
        return False
    last = prev.segs[-1]
    first_seg = nxt.segs[0]
    word = first_seg.text.split(" ", 1)[0]
    need = last.width(" ") + first_seg.width(word)
    return prev.x1 + need <= right + 0.15 * max(prev.size, 1.0)
