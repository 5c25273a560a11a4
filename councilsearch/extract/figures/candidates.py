"""Candidates: a figure found but not yet finished (its period and label may still come),
and the helpers that make them."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from councilsearch.extract.figures.lexicon import IMPLAUSIBLE_GBP, MAX_ABS_VALUE, MAX_DIGITS
from councilsearch.models import Span

LABEL_KINDS = ("money", "percent", "count")  # the kinds whose label is what they measure


@dataclass
class Cand:
    start: int
    end: int
    value: float | str
    unit: str
    kind: str
    scale: float = 1.0
    period: str | None = None
    label: str | None = None
    table_row: str | None = None
    table_col: str | None = None
    flags: list[str] = field(default_factory=list)
    sentence: Span | None = None
    pair: int | None = None  # id shared by the two ends of a range
    in_table_cell: bool = False  # a numeric table cell: labelled from the table
    row_period: str | None = None  # period of the table row a prose cell sits in
    measure: str | None = None  # the label before its clause's restricting phrases joined it (Figure.measure)


pair_ids = iter(range(1, 1 << 62))


def sentence_prose(cands: Sequence[Cand]) -> list[Cand]:
    """The figures a prose label pass reads: of a label kind, in a sentence, not a table cell;
    in text order."""
    return sorted((c for c in cands if c.kind in LABEL_KINDS and not c.in_table_cell and c.sentence),
                  key=lambda c: c.start)


def with_labelled_before(prose: Sequence[Cand]) -> Iterator[tuple[int, Cand, list[Cand]]]:
    """Each of ``prose`` (text order) with its index and the figures before it in its sentence
    that have a label by the time it comes (a pass may label them on its way)."""
    in_sentence: dict[Span | None, list[Cand]] = {}
    for k, c in enumerate(prose):
        same = in_sentence.setdefault(c.sentence, [])
        yield k, c, [p for p in same if p.label]
        same.append(c)


def fy_str(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def parse_num(s: str) -> float | None:
    raw = s.replace(",", "")
    intpart = raw.split(".")[0]
    if len(intpart) > MAX_DIGITS:
        return None
    if len(intpart) > 1 and intpart[0] == "0":
        return None  # 0118, 000: codes and unit markers
    try:
        v = float(raw)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def money_cand(s: int, e: int, value: float, scale: float) -> Cand | None:
    """A money candidate of ``value`` pounds; None when it cannot be a figure."""
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        return None
    value = round(value, 6)  # 64.4 * 1e6 -> 64400000.0, not 64400000.00000001
    c = Cand(s, e, value, "GBP", "money", scale=scale)
    if abs(value) > IMPLAUSIBLE_GBP:
        c.flags.append("implausible_value")
    return c
