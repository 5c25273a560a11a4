"""Finishing: exact duplicates dropped, adjacent ends of a range linked ("£5m – £10m") and
given one label, and the candidates turned into ``Figure`` records."""

from __future__ import annotations

import itertools
import re

from councilsearch.extract.figures.candidates import Cand, pair_ids
from councilsearch.extract.figures.lexicon import EXTRACTOR
from councilsearch.models import Figure

_RANGE_GAP = re.compile(r"[ \u00a0]*(?:-|–|to)[ \u00a0]*")


def _link_ranges(text: str, cands: list[Cand]) -> None:
    for a, b in itertools.pairwise(cands):
        if a.pair is not None or b.pair is not None or a.end > b.start:
            continue
        if a.unit != b.unit or a.unit not in ("GBP", "percent", "year", "financial_year"):
            continue
        if a.in_table_cell or b.in_table_cell:
            continue
        if _RANGE_GAP.fullmatch(text, a.end, b.start):
            a.pair = b.pair = next(pair_ids)


def to_figures(text: str, cands: list[Cand]) -> list[Figure]:
    # drop exact duplicates (same span, unit and value)
    seen: set[tuple[int, int, str, str]] = set()
    uniq = []
    for c in sorted(cands, key=lambda c: (c.start, c.end, str(c.value))):
        key = (c.start, c.end, c.unit, str(c.value))
        if key in seen or c.start >= c.end:
            continue
        seen.add(key)
        uniq.append(c)
    _link_ranges(text, uniq)
    where: dict[int, list[int]] = {}
    for i, c in enumerate(uniq):
        if c.pair is not None:
            where.setdefault(c.pair, []).append(i)
    for ends in where.values():  # both ends of a range measure one thing: one end's label is both's
        label = next((uniq[j].label for j in ends if uniq[j].label), None)
        for j in ends:
            uniq[j].label = uniq[j].label or label
    figs = []
    for i, c in enumerate(uniq):
        other = None
        if c.pair is not None:
            mates = [j for j in where[c.pair] if j != i]
            other = mates[0] if mates else None
        value: float | str = c.value if isinstance(c.value, str) else float(c.value)
        if isinstance(value, float) and value == 0.0:
            value = 0.0  # no negative zero
        figs.append(
            Figure(
                surface=text[c.start : c.end],
                span=(c.start, c.end),
                value=value,
                unit=c.unit,
                kind=c.kind,
                extractor=EXTRACTOR,
                scale=c.scale,
                period=c.period,
                label=c.label,
                table_row=c.table_row,
                table_col=c.table_col,
                range_with=other,
                flags=tuple(c.flags),
                sentence_span=c.sentence,
                measure=c.measure if c.measure and c.measure != c.label else None,
            )
        )
    return figs
