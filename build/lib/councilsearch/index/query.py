"""Query understanding: the one validator of a query, its k and its filters (used by the
searcher and, for its requests, by the API); the words a query searches for, the councils it
names, and where its words appear in a passage (highlights)."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from councilsearch.errors import QueryError
from councilsearch.index.named_council import council_names, named_councils
from councilsearch.index.store.fts import STOP_WORDS
from councilsearch.models import DOC_TYPES, ENTITY_LABELS, FIGURE_KINDS, SECTION_KINDS, Filters

MAX_QUERY_CHARS = 1000
_WORD = re.compile(r"[^\W_]+")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# -- validation ------------------------------------------------------------------------------
def check_query(query: str | None, max_chars: int = MAX_QUERY_CHARS) -> str:
    """The query with NULs blanked and the ends trimmed; empty or too long is a QueryError."""
    q = (query or "").replace("\x00", " ").strip()
    if not q:
        raise QueryError("the query is empty: type a question or some words to search for")
    if len(q) > max_chars:
        raise QueryError(f"the query is {len(q):,} characters long; the limit is {max_chars:,}")
    return q


def check_k(k: int, max_k: int | None = None) -> int:
    if k < 1:
        raise QueryError("k must be at least 1")
    if max_k is not None and k > max_k:
        raise QueryError(f"k is {k}; ask for at most {max_k} hits")
    return k


def parse_date(value: str | None, name: str, *, end: bool = False) -> str | None:
    """'2025', '2025-04' or '2025-04-02' -> a full ISO date (the first day of the year or
    month, or with ``end`` the last). Blank is None; anything else is a QueryError."""
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


def check_choice(value: str | None, choices: Sequence[str], what: str) -> str | None:
    """``value`` if it is one of ``choices`` (blank is None); anything else is a QueryError that
    lists the valid ones. Every surface (API, pages, CLI) checks its enumerations here."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    for c in choices:
        if v == c or v.lower() == c.lower():
            return c
    raise QueryError(f"unknown {what} {value!r}: use one of {', '.join(choices)}")


def check_figure_kind(kind: str | None) -> str | None:
    return check_choice(kind, FIGURE_KINDS, "figure kind")


def check_entity_label(label: str | None) -> str | None:
    return check_choice(label, ENTITY_LABELS, "entity label")


def check_filters(f: Filters) -> Filters:
    """The filters as the store applies them: names trimmed (blank is no filter), dates as
    full ISO dates (``to 2025-04`` is up to the end of April) in order, known document types
    and section kinds. Anything else is a QueryError."""
    out = replace(
        f,
        council=(f.council or "").strip() or None,
        doc_type=check_choice(f.doc_type, DOC_TYPES, "document type"),
        doc_id=(f.doc_id or "").strip() or None,
        date_from=parse_date(f.date_from, "from"),
        date_to=parse_date(f.date_to, "to", end=True),
        section_kind=check_choice(f.section_kind, SECTION_KINDS, "section kind"),
    )
    if out.date_from and out.date_to and out.date_from > out.date_to:
        raise QueryError(f"the from date {out.date_from} is after the to date {out.date_to}")
    return out


# -- words -----------------------------------------------------------------------------------
def query_terms(query: str) -> list[str]:
    words = re.findall(r"[^\W_]+", query.lower())
    return [w for w in words if w not in STOP_WORDS and len(w) > 1]


@functools.lru_cache(maxsize=65536)
def stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@functools.lru_cache(maxsize=4096)
def stems_of(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()))


def highlight_spans(text: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the words that match a query term: the same crude stem, or a word that
    begins with a stem of four letters or more ("reorganis" marks "reorganisation").

    A matching word begins with one of the stems (a word's stem is a prefix of it), so only
    the words a regular expression finds starting with one are looked at (a passage's other
    words cost nothing in Python: the hits' highlights were a fifth of a search's own time)."""
    stems = frozenset(stem(t) for t in terms if t)
    if not stems:
        return ()
    prefixes = tuple(s for s in stems if len(s) >= 4)
    low = text.lower()
    if len(low) != len(text):  # a lower-casing that moves offsets: look at every word
        words: Iterable[re.Match[str]] = _WORD.finditer(text)
    else:
        words = (_WORD.match(low, m.start()) for m in _word_starts(stems).finditer(low))  # type: ignore[misc]
    out = []
    for m in words:
        w = m.group(0).lower()
        if stem(w) in stems or (prefixes and w.startswith(prefixes)):
            out.append((m.start(), m.end()))
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def _word_starts(stems: frozenset[str]) -> re.Pattern[str]:
    """Where a word (``_WORD``) begins with one of ``stems``."""
    alts = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alts})")


# -- councils named --------------------------------------------------------------------------
def councils_named(query: str, councils: Sequence[str]) -> set[str]:
    """The ``councils`` a query names, by place or by tier word (``named_council``, which the
    searcher reads with the register's names as well). Empty when it names none."""
    return set(named_councils(query, council_names(councils, register=False)).councils)


# -- acronyms --------------------------------------------------------------------------------
def acronym_forms(glossary: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(acronym, expansion, the expansion in lower case, words only, space-padded)."""
    return [
        (acronym, expansion, " " + re.sub(r"[^\w]+", " ", expansion.lower()).strip() + " ")
        for acronym, expansion in glossary
    ]


def expand_acronyms(query: str, forms: Sequence[tuple[str, str, str]]) -> str:
    """Add acronyms for expansions the query spells out, and expansions for acronyms it
    uses, from the glossaries learned at ingest ("local government reorganisation" also
    searches "LGR"; "DSG" also searches "Dedicated Schools Grant")."""
    low = " " + re.sub(r"[^\w]+", " ", query.lower()) + " "
    tokens = set(low.split())
    extra: list[str] = []
    for acronym, expansion, exp in forms:
        if len(exp.split()) >= 2 and exp in low and acronym.lower() not in tokens:
            extra.append(acronym)
        elif acronym.lower() in tokens and len(acronym) >= 2 and acronym.isupper() and exp.strip() not in low:
            extra.append(expansion)
    return query if not extra else query + " " + " ".join(dict.fromkeys(extra))
