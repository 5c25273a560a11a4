"""A search's whole result set (#20): every hit that passes the filters and the relevance cut
(``search.relevant``), put in order (relevance, or newest first), counted by facet (council,
document type, year, section kind) and cut into pages with a stable order and a total.

The retrievers, the ranking policies and the collapsing of copies are ``search``'s; this
module holds what follows them and knows nothing of how hits were found.

A hit counts under every value that it or one of its copies has (a report that also appears
inside a meeting pack counts under both types): narrowing to a value shows the copies that
have it, so a facet's count is the total that narrowing to it gives.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from councilsearch.errors import QueryError
from councilsearch.models import Filters, Hit

SORTS: tuple[str, ...] = ("relevance", "date")
FACETS: tuple[str, ...] = ("council", "doc_type", "year", "section_kind")
MAX_OFFSET = 100_000

RESULT_DEPTH = 1000
"""Candidates each retriever gives a result set (a search's first page takes ``CANDIDATES``).
A passage passes the relevance cut for what it is (its words, its closeness in meaning), so
a set is whole while no retriever's list is full of passing candidates; when one is, the set
says it is ``capped`` (there may be more)."""

RESULT_SETS = 8
"""Result sets a Searcher keeps (``ResultSets``), so that the next page of a search, the same
search sorted by date, and its export are cut from the set already ranked rather than ranked
again (a set costs several times a search's first page: every candidate passes the ranking
policies, the copy collapsing and the facet count; ``bench/search.py`` prints the ratio). A
kept set holds no passage texts (a page reads its own again): on the bundled corpus a set of
a few hundred hits takes about 200 kB (measured with tracemalloc; 1.6 MB with its texts)."""

NEAR_WINDOW = 50
"""The best-ranked hits of a set compared by text for near-copies; identical copies are found
among all of them. A fixed window, so every page of a set groups copies alike. (Comparing
100 passages took 60 times the CPU of 50 on the bundled corpus: ``nearcopy.overlaps``' one
matrix product grows past what one thread does at once.)"""


@dataclass(frozen=True)
class Member:
    """One hit of a result set before it is built for show: its lead passage, its score, its
    document's date and the facet values it and its copies have."""

    pid: int
    score: float
    date: str | None
    values: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Results:
    """One page of a result set."""

    hits: list[Hit]
    total: int  # hits in the whole set
    offset: int
    limit: int
    sort: str
    facets: dict[str, list[tuple[str, int]]]  # facet -> (value, hits), most first (years: newest first)
    weak: bool = False  # nothing passed the relevance cut: these are the nearest there are
    capped: bool = False  # a retriever's list was full of passing candidates: there may be more
    council_from_question: str | None = None  # the council the question names, whose papers rank first

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.hits) < self.total


def check_sort(sort: str | None) -> str:
    s = (sort or "relevance").strip().lower()
    if s not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    return s


def check_offset(offset: int) -> int:
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET:,}, not {offset}")
    return offset


def facet_values(meta: Mapping[str, object], kind: str) -> dict[str, str]:
    """One passage's facet values (``meta``: its document's; ``kind``: its section kind). An
    undated document has no year."""
    date = meta.get("date")
    year = date[:4] if isinstance(date, str) and len(date) >= 4 and date[:4].isdigit() else ""
    return {"council": str(meta.get("council") or ""), "doc_type": str(meta.get("doc_type") or ""),
            "year": year, "section_kind": kind}


def member(pid: int, score: float, date: str | None, copies: Sequence[Mapping[str, str]],
           shared: dict[tuple[frozenset[str], ...], Mapping[str, frozenset[str]]] | None = None) -> Member:
    """A hit of the set: ``copies`` are the facet values of its lead and of each of its copies.
    ``shared``: the values of the set's other hits, so that hits with the same values hold one
    copy of them (a kept set holds hundreds of hits, most of them alike)."""
    sets = tuple(frozenset(v[f] for v in copies if v.get(f)) for f in FACETS)
    if shared is None:
        return Member(pid, score, date, dict(zip(FACETS, sets, strict=True)))
    values = shared.get(sets)
    if values is None:
        values = shared[sets] = dict(zip(FACETS, sets, strict=True))
    return Member(pid, score, date, values)


def ordered(members: Sequence[Member], sort: str) -> list[Member]:
    """``members`` in ``sort`` order: by relevance (score, best first), or by date (newest
    first, the undated last); ties by relevance, then by passage id, so every page of one set
    is cut from one order."""
    by_relevance = sorted(members, key=lambda m: (-m.score, m.pid))
    if sort == "date":
        return sorted(by_relevance, key=lambda m: m.date or "", reverse=True)  # stable: ties keep relevance
    return by_relevance


def facet_counts(members: Sequence[Member]) -> dict[str, list[tuple[str, int]]]:
    """Per facet, each value and how many hits have it (itself or a copy), most first; years
    newest first."""
    out: dict[str, list[tuple[str, int]]] = {}
    for f in FACETS:
        counts = Counter(v for m in members for v in m.values[f])
        if f == "year":
            out[f] = sorted(counts.items(), reverse=True)
        else:
            out[f] = sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))
    return out


def year_filters(year: str, f: Filters) -> tuple[str, str]:
    """The from and to dates that narrow ``f`` to ``year`` (inside its own dates, if set)."""
    lo, hi = f"{year}-01-01", f"{year}-12-31"
    return max(lo, f.date_from or lo), min(hi, f.date_to or hi)


class State:
    """What a result set was ranked over: the store's generation (every write, by any
    process, moves it) and the vector indexes as they were (``now``: what each index is
    searching, held weakly, so that a set kept never keeps an old index alive; numbers such as an
    index's generation, compared by value)."""

    def __init__(self, generation: int, now: Iterable[object]) -> None:
        self.generation = generation
        self._now = [_held(o) for o in now]

    def same(self, other: State | None) -> bool:
        return (other is not None and other.generation == self.generation and len(other._now) == len(self._now)
                and all(a() is b() or a() == b() for a, b in zip(self._now, other._now, strict=True)))


def _held(o: object) -> Callable[[], object]:
    try:
        return weakref.ref(o)
    except TypeError:  # None, or an object that takes no weak reference: held as it is
        return lambda: o


class ResultSets:
    """The last ``size`` result sets, by search (query, filters, mode). All are dropped when
    the ``State`` they were ranked over moves on: a write never leaves a set from before it
    to be served. ``size`` 0 keeps none. Thread-safe; a set is never changed once kept."""

    def __init__(self, size: int = RESULT_SETS) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._state: State | None = None
        self._sets: OrderedDict[Hashable, Any] = OrderedDict()

    @staticmethod
    def state(generation: int, now: Iterable[object]) -> State:
        return State(generation, now)

    def get(self, key: Hashable, state: State) -> Any:
        with self._lock:
            if not state.same(self._state):
                self._sets.clear()
                self._state = state
                return None
            got = self._sets.get(key)
            if got is not None:
                self._sets.move_to_end(key)
            return got

    def put(self, key: Hashable, state: State, value: Any) -> None:
        """Keep ``value``, ranked over ``state`` (read before it was ranked), unless the
        sets have since moved on to another state."""
        if self.size <= 0:
            return
        with self._lock:
            if self._state is None:
                self._state = state
            if not state.same(self._state):
                return
            self._sets[key] = value
            self._sets.move_to_end(key)
            while len(self._sets) > self.size:
                self._sets.popitem(last=False)
