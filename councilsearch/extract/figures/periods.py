"""Periods of prose figures: the financial year named in the same clause (nearest first), else
the only one in the sentence, else the period of the table row the figure sits in."""

from __future__ import annotations

import bisect
import re

from councilsearch.extract.figures.candidates import Cand
from councilsearch.models import Span

_CLAUSE_BREAK = re.compile(r"[;,()\[\]]|\s[–—-]\s")


def assign_periods(text: str, cands: list[Cand]) -> None:
    """The period of a prose figure: the financial year named in the same clause (nearest
    first), else the only financial year in its sentence, else its table row's."""
    by_sent: dict[Span, list[Cand]] = {}
    for c in cands:
        if c.sentence is not None and not c.in_table_cell:
            by_sent.setdefault(c.sentence, []).append(c)
    for (ss, se), group in by_sent.items():
        fys = [c for c in group if c.unit == "financial_year"]
        only = fys[0].period if fys and len({f.period for f in fys}) == 1 else None
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, ss, se)] if fys else []
        clause_fys: dict[int, list[Cand]] = {}
        for f in fys:
            clause_fys.setdefault(bisect.bisect_right(breaks, f.start), []).append(f)
        for c in group:
            if c.kind in ("period", "date") or c.period is not None:
                continue
            chosen = None
            same = clause_fys.get(bisect.bisect_right(breaks, c.start))
            if same:
                starts = [f.start for f in same]
                k = bisect.bisect_left(starts, c.start)
                near = [f for f in same[max(0, k - 1) : k + 1]]
                chosen = min(near, key=lambda f: _distance(c, f)).period
            c.period = chosen or only or c.row_period


def _between(a: Cand, b: Cand) -> tuple[int, int]:
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def _distance(a: Cand, b: Cand) -> int:
    s, e = _between(a, b)
    return max(0, e - s)
