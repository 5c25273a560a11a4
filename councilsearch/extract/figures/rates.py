"""What an amount is counted per, its rate ("£14 a week", "£60 per night", "£3 each", "weekly
rent"): one home for the words of a rate, used wherever a rate is read.

- a table's column of rates ("a meal", "per night", "weekly", or a bare noun under a "Per" or
  "Unit" header) gives each row's amounts their rate (``rate_columns``, ``is_rate_cell``);
- a prose figure's rate is read from the parse (``labels`` / ``restrict.rate_of``), with the
  determiners this module names (``is_rate_det``);
- a unit written with a rate over a table or its row labels ("(£ per week)": ``pound_rate``);
- a number question's rate, and the rate printed after a figure, are read from plain text
  (``rate_unit``, ``find_rate``: ``index.asking`` and ``index.answer``);
- an amount written with a rate takes no year carried from the sentences before it (``rate_after``:
  ``periods``; "£3.20 a week", "£5m a quarter", "£2,300 each");
- a count written after "per" is a rate's base, no measure of its own (``after_per``: ``periods``
  and ``index.answer``; "41 per 1,000 pupils").

A rate is a determiner ("a", "an", "each", "every", "per") and the unit counted over, or an
"-ly" word ("weekly"); "per cent" is no rate. A label keeps every rate as written, a year's
included ("£1m per year"); comparing rates (a question's with a figure's) leaves years out
(``rate_unit``), because most totals are a year's whether the text says so or not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from councilsearch.extract.figures.words import fold
from councilsearch.models import Span

if TYPE_CHECKING:
    from councilsearch.extract.figures.cells import Cell

# "-ly" words that are rates, and the unit each is counted over
LY_UNITS = {"hourly": "hour", "daily": "day", "weekly": "week", "nightly": "night", "monthly": "month",
            "annually": "year", "yearly": "year"}
# words before a unit that make it a rate: "a week", "per night", "each visit", "every month"
RATE_DETS = frozenset({"a", "an", "each", "every", "per"})
NOT_UNITS = frozenset({"cent"})  # "per cent"
# units of time: in plain text "a"/"each" makes a rate only before one ("£5 a week", not "£5 a head
# of"); before another noun only where a rate is expected (a column of rates, the parse)
TIME_UNITS = ("hour", "day", "week", "night", "month", "year")
YEAR_UNITS = frozenset({"year", "annum"})

_LY = "|".join(LY_UNITS)
_SHORT_LY = "|".join(w for w, u in LY_UNITS.items() if u not in YEAR_UNITS)
_NOT = "|".join(NOT_UNITS)
_DET_NOT_PER = "|".join(sorted(d for d in RATE_DETS if d != "per"))
# a determiner of a rate and its unit, as a pattern ("per week", "every day"; not "per cent")
RATE_PATTERN = rf"(?:{'|'.join(sorted(RATE_DETS))})\s+(?!(?:{_NOT})\b)[^\W\d_]+"
# a whole cell that is a rate: "an hour", "per night", "per tonne", "per bin per year", "each", "weekly"
_RATE_CELL = re.compile(
    rf"(?:{RATE_PATTERN}(?:[ -][^\W\d_]+)?(?:\s+{RATE_PATTERN})?|each|{_LY})", re.IGNORECASE
)  # (two rates: "per bin per year", "per person a night")
# a rate shorter than a year in plain text: "hourly", "per bin", "a week", "every night"
_PER_UNIT = re.compile(
    rf"\b({_SHORT_LY})\b(?!-)|\bper\s+(?!(?:{_NOT}|{'|'.join(sorted(YEAR_UNITS))})\b)([^\W\d_]{{3,}})|"
    rf"\b(?:{_DET_NOT_PER})\s+({'|'.join(u for u in TIME_UNITS if u not in YEAR_UNITS)})\b",
    re.IGNORECASE,
)
# units a recurring amount is counted over, in plain text after the amount ("£3 a week", "£5m a
# quarter", "£18,000 per annum")
RECUR_UNITS = (*TIME_UNITS, "annum", "quarter", "fortnight")
# a rate written right after an amount: "a week", "per pupil", "each", "a visit" (a determiner and
# one noun the clause goes on from, not "a significant rise")
_RATE_AFTER = re.compile(
    rf"\s*(?:per\s+(?!(?:{_NOT})\b)[^\W\d_]+|(?:{_DET_NOT_PER})\s+(?:[^\W\d_]+\s+)?(?:{'|'.join(RECUR_UNITS)})\b"
    rf"|(?:{_DET_NOT_PER})\s+[^\W\d_]+(?=\s*(?:[,.;:)]|$|\s+(?:or|and|to|for|in|on|from|with|towards)\b))"
    r"|each(?=\s*(?:[,.;:)]|$)))",
    re.IGNORECASE,
)
# the rate a pound unit is written with: "(£ per week)", "£ a night"
_POUND_RATE = re.compile(rf"£\s?({RATE_PATTERN})", re.IGNORECASE)
# a column header over the rows' rates written as bare nouns ("Per": "visit", "Unit": "item")
_RATE_HEAD = re.compile(r"(?:charged\s+)?per|(?:charging\s+)?unit|unit\s+of\s+charge|per\s+unit", re.IGNORECASE)
# a bare noun of one or two words ("visit", "place", "hour or part")
_BARE_RATE = re.compile(r"[^\W\d_]{2,}(?:[ -][^\W\d_]{2,})?")


@dataclass(frozen=True)
class RateFound:
    unit: str  # the unit counted over, folded ("week", "bin")
    span: Span
    ly: bool  # written as an "-ly" word ("weekly"), which names a rate only before an amount


def is_rate_det(word: str) -> bool:
    """Does ``word`` before a unit make it a rate ("a", "an", "each", "every", "per")?"""
    return word.lower() in RATE_DETS


def is_not_unit(word: str) -> bool:
    """Is ``word`` after "per" no unit of a rate ("per cent")?"""
    return word.lower() in NOT_UNITS


def is_rate_cell(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is ``text[start:end]`` (a table cell) a rate and nothing else ("a meal", "per night",
    "each", "weekly")?"""
    return _RATE_CELL.fullmatch(text, start, len(text) if end is None else end) is not None


def pound_rate(s: str) -> str | None:
    """The rate a pound unit is written with ("Fees (£ per week)" -> "per week"), or None."""
    m = _POUND_RATE.search(s)
    return m.group(1) if m else None


def rate_after(text: str, pos: int) -> bool:
    """Is an amount ending at ``pos`` written with a rate ("£3.20 a week", "45p per visit",
    "£2,300 each", "£18,000 a year")?"""
    return _RATE_AFTER.match(text, pos) is not None


# a count that is a rate's base, written after "per": "41 per 1,000 pupils" (1,000 counts nothing)
_PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)
_PER_REACH = 8  # "per" and its spaces before the count


def after_per(text: str, pos: int, floor: int = 0) -> bool:
    """Is the number starting at ``pos`` a rate's base, written after "per" ("9.4 per 1,000
    residents")? Looks back no further than ``floor`` (a sentence's or passage's start)."""
    return _PER_BEFORE.search(text, max(floor, pos - _PER_REACH), pos) is not None


def find_rate(text: str) -> RateFound | None:
    """The first rate shorter than a year that ``text`` names ("hourly", "a week", "per bin",
    "(per hour)"), or None."""
    m = _PER_UNIT.search(text)
    if not m:
        return None
    unit = m.group(1) or m.group(2) or m.group(3)
    return RateFound(fold(LY_UNITS.get(unit.lower(), unit)), m.span(), bool(m.group(1)))


def rate_unit(text: str) -> str | None:
    """The unit of the first rate shorter than a year that ``text`` names, folded; None when it
    names none."""
    got = find_rate(text)
    return got.unit if got else None


def rate_columns(text: str, rows: Sequence[tuple[int, list[Cell]]]) -> dict[int, set[int]]:
    """For each table line (``rows``: its start and its cells), the columns that give its row's rate ("a meal", "per
    night", "weekly"): in its part of the block (rows up to a line without figures after
    rows with figures: the next table's header), every filled cell of theirs in the rows
    holding figures is a rate, and they are not the row label's."""
    out: dict[int, set[int]] = {}
    part: list[int] = []
    seen: dict[int, bool] = {}
    had_data = False

    def close() -> None:
        cols = {i for i, ok in seen.items() if ok}
        for start in part:
            out[start] = cols
        part.clear()
        seen.clear()

    per_cols: set[int] = set()  # columns headed "Per" or "Unit": a bare noun there is a rate
    for ls, cells in rows:
        if not any(c.kind in ("value", "numtext") for c in cells):
            if had_data:
                close()
                had_data = False
                per_cols.clear()
            part.append(ls)
            per_cols.update(
                i for i, c in enumerate(cells)
                if i and c.kind == "text" and _RATE_HEAD.fullmatch(text, c.inner[0], c.inner[1])
            )
            continue
        had_data = True
        part.append(ls)
        label = next((i for i, c in enumerate(cells) if c.kind in ("text", "period")), None)
        for i, c in enumerate(cells):
            if i == label or c.kind in ("empty", "blank"):
                continue
            ok = c.kind == "text" and (
                is_rate_cell(text, c.inner[0], c.inner[1])
                or (i in per_cols and _BARE_RATE.fullmatch(text, c.inner[0], c.inner[1]) is not None)
            )
            seen[i] = seen.get(i, True) and ok
    close()
    return out
