"""Checks on query parameters shared by the JSON routes and the search page."""

from __future__ import annotations

import calendar
import re
from typing import Literal

from councilsearch.config import Settings
from councilsearch.errors import QueryError
from councilsearch.models import Filters

DocType = Literal["peer_challenge", "progress_review", "productivity_plan", "agenda", "report", "minutes", "other"]
SectionKindParam = Literal["heading", "paragraph", "table", "list"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(value: str | None, name: str, *, end: bool = False) -> str | None:
    """'2025', '2025-04' or '2025-04-02' -> a full ISO date (the first day of the year or
    month for ``from``, the last for ``to``). Anything else is a QueryError."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    m = _DATE.match(v)
    if not m:
        raise QueryError(f"{value!r} is not a date: give the {name} date as YYYY-MM-DD (or YYYY-MM, or YYYY)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if year < 1:
        raise QueryError(f"{value!r} is not a date: the year must be 0001 or later")
    mon = int(month) if month else (12 if end else 1)
    if not 1 <= mon <= 12:
        raise QueryError(f"{value!r} is not a date: there is no month {mon}")
    last = calendar.monthrange(year, mon)[1]
    d = int(day) if day else (last if end else 1)
    if not 1 <= d <= last:
        raise QueryError(f"{value!r} is not a date: {calendar.month_name[mon]} {year} has {last} days")
    return f"{year:04d}-{mon:02d}-{d:02d}"


def build_filters(
    *,
    council: str | None = None,
    doc_type: str | None = None,
    doc: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    section_kind: str | None = None,
) -> Filters:
    f = Filters(
        council=(council or "").strip() or None,
        doc_type=doc_type or None,
        doc_id=(doc or "").strip() or None,
        date_from=parse_date(date_from, "from"),
        date_to=parse_date(date_to, "to", end=True),
        section_kind=section_kind or None,
    )
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise QueryError(f"the from date {f.date_from} is after the to date {f.date_to}")
    return f


def check_k(k: int, settings: Settings) -> int:
    if k < 1:
        raise QueryError("k must be at least 1")
    if k > settings.max_k:
        raise QueryError(f"k is {k}; ask for at most {settings.max_k} hits")
    return k


def check_query(q: str, settings: Settings) -> str:
    q = (q or "").replace("\x00", " ").strip()
    if not q:
        raise QueryError("the query is empty: type a question or some words to search for")
    if len(q) > settings.max_query_chars:
        raise QueryError(f"the query is {len(q):,} characters long; the limit is {settings.max_query_chars:,}")
    return q
