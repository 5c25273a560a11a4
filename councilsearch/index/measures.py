"""Figures followed across documents ("measures"): timelines, conflicts and revisions.

Derived at query time from the figures table (nothing of its own is stored, so deleting a
document removes its measure points with its figures), built once per store generation and
shared by the threads of a process (``Store.shared``).

- **Measure**: the money, percent and count figures of one council whose measures share a
  measure key (a figure's measure is its label, or, when its label says more, the label without
  the owner, subject or restricting phrase its clause added: ``Figure.measure``; so labels can
  say which price or whose debt without splitting a measure's prose and table figures) (a short label taking the fuller label of the same amount in the same document
  and period: "a gap of £17.8m" and the table row "Budget gap before reserves: 17.8") (``councilsearch.extract.figures.measure``: inflections, word order, status
  words and the acronyms the documents define folded together), of one kind and unit. A key
  that is a subset of exactly one other key of the same council, kind and unit, one word
  shorter ("gap" and "budget gap"), is that measure written without its modifier and joins it.
  Each measure has a timeline: its points by period and by document date, each with its
  citation (document, section, paragraph, pages, span).
- **Consistent within rounding**: each printed value stands for an interval of half its last
  printed digit ("£64m" is £63.5m-£64.5m, "£64.3m" is £64.25m-£64.35m); two values are
  consistent when the distance between them is less than the sum of the two half-steps.
- **Conflict**: two points of one measure and period whose values are not consistent within
  rounding but near (the larger at most 1.5 times the smaller, same sign: values farther
  apart are two things under one label, a department's underspend and the council's, a weekly
  and a yearly cost), with no reason for the difference in the documents (see revision).
- **Revision** (not a conflict): two points that differ in status words (in the label, or the
  sentence of a prose figure: "original budget" and "revised budget", "the previous
  estimate"); a later document (by document date) updating a value called a forecast, a
  projection, an estimate, revised or updated, or one written before its period ended (so it
  was an estimate); and the same amount restated by a later document for another period.
- **Period**: a figure's own period, else the one financial year the headings over it name
  (a report titled "Revenue outturn 2025/26") when its sentence names no year or month of its
  own ("as at 31 August 2024", "at the beginning of June-25").
- **Scope**: a document that gives one measure three or more inconsistent values for one
  period (or a passage that gives it two) uses its label for several things (each department of a report pack has its own "net
  underspend"): those points are split into one measure per heading over them (the heading's
  words, any case: a department's section of the report and of its appendix meet), named
  "net underspend (Adult services)".
- **Not compared**: two points of one passage (a sentence that splits an amount into parts or
  compares two years states no conflict) or of one section of a document (two items of a list
  under one label: each service's "reduced income"); two table cells of one document (a table template
  repeats its row labels); points that are still several things under one heading; points of
  a passage that gives their measure two inconsistent values for one period.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from councilsearch.errors import NotFoundError
from councilsearch.extract.figures.measure import (
    glossary_map,
    key_words,
    measure_id,
    measure_key,
    measure_name,
    status_words,
)
from councilsearch.extract.figures.present import figure_label
from councilsearch.index.store import Store
from councilsearch.ingest.sentences import sentence_at
from councilsearch.models import Citation, Figure, Passage

MEASURE_KINDS = ("money", "percent", "count")
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
NEAR_RATIO = 1.5
NEAR_WORDS = 6
_FY = re.compile(r"^((?:19|20)\d{2})/(\d{2})$")
_HEADING_FY = re.compile(r"\b((?:19|20)\d{2})\s*[/\-–]\s*(\d{2})\b")
HEADING_WORDS = 8
"""A section path element of more words than this is a paragraph's first words, not a heading."""


@dataclass(frozen=True)
class MeasurePoint:
    """One figure of a measure, with its citation and what the documents say about it."""

    figure: Figure
    citation: Citation
    passage_id: int | None
    label: str
    sentence: str | None
    status: tuple[str, ...]  # status words in its label or sentence ("forecast", "revised")
    half_step: float  # half the last printed digit, in the figure's unit
    period: str | None = None  # the figure's period, else the one financial year its headings name
    scope: str = ""  # the innermost heading over it ("Adult services"): see _discrepancies
    measure: str = ""  # what it is keyed by: ``Figure.measure``, else its label

    @property
    def value(self) -> float:
        return float(self.figure.value)

    @property
    def date(self) -> str | None:
        return self.citation.date

    @property
    def ref(self) -> tuple[str, int, int]:
        return (self.citation.doc_id, self.figure.span[0], self.figure.span[1])


@dataclass(frozen=True)
class Measure:
    id: str
    council: str
    key: str
    name: str
    kind: str
    unit: str
    points: tuple[MeasurePoint, ...]  # by period, then document date, then place
    scope: str = ""  # the heading that tells it from the same label's other uses in a document

    @property
    def periods(self) -> list[str]:
        return sorted({p.period for p in self.points if p.period})

    @property
    def documents(self) -> list[str]:
        return sorted({p.citation.doc_id for p in self.points})


@dataclass(frozen=True)
class Discrepancy:
    """Two points of one measure and period that disagree: a conflict or a revision."""

    kind: str  # "conflict" | "revision"
    reason: str
    measure_id: str
    measure_name: str
    council: str
    period: str | None
    a: MeasurePoint  # the earlier (by document date, then place)
    b: MeasurePoint


@dataclass
class _Index:
    measures: dict[str, Measure] = field(default_factory=dict)
    discrepancies: list[Discrepancy] = field(default_factory=list)


def half_step(f: Figure) -> float:
    """Half the last printed digit of ``f`` in its unit ("£64.3m" -> 50,000; "1,370" in a
    £000 table -> 500; "six" -> 0.5)."""
    m = _NUMBER.search(f.surface)
    if m is None or isinstance(f.value, str):
        return 0.5
    decimals = len(m.group(1) or "")
    printed = float(m.group(0).replace(",", ""))
    scale = abs(float(f.value) / printed) if printed else float(f.scale or 1.0)
    return 0.5 * 10.0 ** -decimals * (scale or 1.0)


def consistent(a: MeasurePoint, b: MeasurePoint) -> bool:
    """Could both printed values round the same amount?"""
    return abs(a.value - b.value) < a.half_step + b.half_step - 1e-9 * max(abs(a.value), abs(b.value), 1.0)


def near(a: MeasurePoint, b: MeasurePoint) -> bool:
    """Are two values close enough to be one amount told twice (same sign, the larger at most
    ``NEAR_RATIO`` times the smaller)? Farther apart, one label names two things (a
    department's underspend and the council's, a weekly and a yearly cost)."""
    x, y = sorted((abs(a.value), abs(b.value)))
    if (a.value < 0) != (b.value < 0) and x > 0:
        return False
    return y <= NEAR_RATIO * x if x > 0 else y <= a.half_step + b.half_step


def period_end(period: str | None) -> str | None:
    """The last day of a financial year ("2025/26" -> "2026-03-31") or a year ("2025" ->
    "2025-12-31"); None for anything else."""
    if not period:
        return None
    m = _FY.match(period)
    if m:
        return f"{int(m.group(1)) + 1}-03-31"
    if re.fullmatch(r"(?:19|20)\d{2}", period):
        return f"{period}-12-31"
    return None


def heading_period(path: Sequence[str]) -> str | None:
    """The one financial year the headings over a figure name ("Revenue budget 2025/26 -
    outturn" -> "2025/26"); None when they name none or several."""
    years = set()
    for h in path:
        if len(h.split()) > HEADING_WORDS:
            continue
        for m in _HEADING_FY.finditer(h):
            start, end = int(m.group(1)), int(m.group(2))
            if (start + 1) % 100 == end:
                years.add(f"{start}/{end:02d}")
    return years.pop() if len(years) == 1 else None


_TIME = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b[\s\-]*\d",
                   re.IGNORECASE)


def names_a_time(sentence: str | None) -> bool:
    """Does a sentence name a year or a month of its own ("as at 31 August 2024", "June-25")?
    Its figures then keep to what the sentence says, not the year of the headings."""
    return bool(sentence and _TIME.search(sentence))


def scope_of(path: Sequence[str]) -> str:
    """The innermost heading over a figure (paragraph openings in the path skipped)."""
    heads = [h for h in path if len(h.split()) <= HEADING_WORDS]
    return " ".join(heads[-1].split()) if heads else ""


def _sentence(p: Passage, f: Figure) -> tuple[str | None, str]:
    """The sentence of passage ``p`` holding ``f``, and the words around the figure in it (the
    ``NEAR_WORDS`` before and half as many after), where a status word is about this figure
    ("now projected at £29m", not "the revised programme will close a gap of £64m")."""
    s, e = f.span[0] - p.span[0], f.span[1] - p.span[0]
    if not 0 <= s <= len(p.text):
        return None, ""
    a, b = sentence_at(p.text, s, e)
    before = p.text[a:s].split()[-NEAR_WORDS:]
    after = p.text[e:b].split()[:NEAR_WORDS // 2]
    return p.text[a:b].strip() or None, " ".join(before + after)


def _points(store: Store) -> list[tuple[str, MeasurePoint]]:
    """(council, point) for every labelled money, percent and count figure in the store, in
    ``Store.figures`` order. A document's points are kept (per process) with its
    ``figure_marks``, and read again only when they change: after a write, only the documents
    written are read (the rest of ``_build`` is across documents, and runs whole)."""
    marks = store.figure_marks()
    kept = _KEPT.setdefault(store, {})
    for gone in set(kept) - set(marks):
        del kept[gone]
    stale = [d for d, mark in marks.items() if d not in kept or kept[d][0] != mark]
    if 2 * len(stale) > len(marks):  # most of them (a first build): one read of every figure
        fresh: dict[str, list[tuple[str, MeasurePoint]]] = {d: [] for d in stale}
        for council, p in _read_points(store, None):
            fresh.setdefault(p.citation.doc_id, []).append((council, p))
    else:
        fresh = {d: _read_points(store, d) for d in stale}
    for d in stale:
        kept[d] = (marks[d], fresh.get(d, []))
    return [pt for d in sorted(marks) for pt in kept[d][1]]


_KEPT: weakref.WeakKeyDictionary[Store, dict[str, tuple[object, list[tuple[str, MeasurePoint]]]]] = (
    weakref.WeakKeyDictionary())
"""Per store, each document's figure marks and measure points (only ``_build`` writes it, under
``Store.shared``'s lock)."""


def _read_points(store: Store, doc_id: str | None) -> list[tuple[str, MeasurePoint]]:
    """(council, point) for the labelled money, percent and count figures of ``doc_id`` (or of
    every document)."""
    rows = [(f, c, pid) for f, c, pid in store.figures(doc_id=doc_id)
            if f.kind in MEASURE_KINDS and not isinstance(f.value, str) and figure_label(f)]
    passages = store.passages(sorted({pid for _, _, pid in rows if pid is not None}))
    out = []
    for f, c, pid in rows:
        p = passages.get(pid) if pid is not None else None
        sentence, near_words = _sentence(p, f) if p is not None else (None, "")
        label = figure_label(f)
        status = status_words(label) + (status_words(near_words) if f.table_row is None else ())
        period = f.period or (heading_period(c.section_path) if not names_a_time(sentence) else None)
        out.append((c.council, MeasurePoint(f, c, pid, label, sentence, status, half_step(f), period,
                                            scope_of(c.section_path), f.measure or label)))
    return out


def _merge_modifiers(groups: dict[tuple[str, str, str, str], list[MeasurePoint]]) -> dict[tuple[str, str, str, str], str]:
    """Each (council, key, kind, unit) -> the key it joins: a key whose words are all in exactly
    one other key of the same council, kind and unit with one word more ("gap" joins "budget
    gap"), unless a document uses the shorter label for several things (three or more
    inconsistent values in one period: "underspend" there is every service's underspend, not
    an abbreviation of one measure)."""
    words: dict[tuple[str, str, str], list[frozenset[str]]] = defaultdict(list)
    several: set[tuple[str, str]] = set()  # (council, key) a document uses for several things
    for (council, key, kind, unit), pts in groups.items():
        words[(council, kind, unit)].append(frozenset(key.split()))
        if _ambiguous(pts):
            several.add((council, key))
    out = {}
    for (council, kind, unit), sets in words.items():
        wider: dict[frozenset[str], list[frozenset[str]]] = defaultdict(list)  # a key -> those one word wider
        for t in sets:
            for w in t:
                wider[t - {w}].append(t)
        for s in sets:
            short = " ".join(sorted(s))
            target = wider[s][0] if len(wider[s]) == 1 and (council, short) not in several else s
            out[(council, short, kind, unit)] = " ".join(sorted(target))
    return out


def _same_amount_fuller_label(keyed: list[tuple[str, str, MeasurePoint]]) -> list[tuple[str, str, MeasurePoint]]:
    """A figure with a short label ("a gap of £17.8m") takes the fuller label of the same
    amount in the same document and period (and that period, if it has none), when exactly one
    fuller label holding all its words has it (the table row "Budget gap before reserves:
    17.8"): the document says which gap it means."""
    by_doc: dict[tuple[str, str, str], list[tuple[frozenset[str], str, MeasurePoint]]] = defaultdict(list)
    for _council, key, p in keyed:
        by_doc[(p.citation.doc_id, p.figure.kind, p.figure.unit)].append((frozenset(key.split()), key, p))
    out = []
    for council, key, p in keyed:
        words = frozenset(key.split())
        fuller = {(k, q.period) for w, k, q in by_doc[(p.citation.doc_id, p.figure.kind, p.figure.unit)]
                  if words < w and (p.period is None or q.period == p.period)
                  and abs(abs(q.value) - abs(p.value)) < q.half_step + p.half_step}
        if len({k for k, _ in fuller}) == 1:
            k, period = fuller.pop()
            out.append((council, k, p if len(fuller) or p.period else replace(p, period=period)))
        else:
            out.append((council, key, p))
    return out


def _order(p: MeasurePoint) -> tuple[str, str, str, int]:
    return (p.period or "~", p.date or "", p.citation.doc_id, p.figure.span[0])


def _build(store: Store) -> _Index:
    gloss = glossary_map(store.all_glossary())
    keyed = [(council, measure_key(p.measure or p.label, gloss), p) for council, p in _points(store)]
    groups: dict[tuple[str, str, str, str], list[MeasurePoint]] = defaultdict(list)
    for council, key, p in _same_amount_fuller_label([k for k in keyed if k[1]]):
        groups[(council, key, p.figure.kind, p.figure.unit)].append(p)
    joined = _merge_modifiers(groups)
    merged: dict[tuple[str, str, str, str], list[MeasurePoint]] = defaultdict(list)
    for (council, key, kind, unit), pts in groups.items():
        merged[(council, joined[(council, key, kind, unit)], kind, unit)].extend(pts)
    idx = _Index()
    for (council, key, kind, unit), pts in merged.items():
        several = _ambiguous(pts)
        parts: dict[str, list[MeasurePoint]] = defaultdict(list)
        for p in pts:
            parts[p.scope.casefold() if p.ref in several else ""].append(p)
        for scope, part in parts.items():
            part.sort(key=_order)
            name = measure_name(p.measure or p.label for p in part)
            shown = part[0].scope if scope else ""
            m = Measure(measure_id(council, f"{key} @{scope}" if scope else key, kind, unit), council, key,
                        f"{name} ({shown})" if shown else name, kind, unit, tuple(part), shown)
            idx.measures[m.id] = m
            idx.discrepancies.extend(_discrepancies(m))
    idx.discrepancies.sort(key=lambda d: (d.council, d.measure_name, d.period or "", d.a.ref, d.b.ref))
    return idx


def _distinct(pts: Sequence[MeasurePoint]) -> int:
    """How many values of ``pts`` are inconsistent with each other (within rounding)."""
    distinct: list[MeasurePoint] = []
    for p in pts:
        if all(not consistent(p, q) for q in distinct):
            distinct.append(p)
    return len(distinct)


def _ambiguous(points: Sequence[MeasurePoint], passages: bool = False) -> set[tuple[str, int, int]]:
    """Points whose label names several things for one period: those of a document that gives
    the period three or more inconsistent values, and (``passages``) those of a passage that
    gives it two ("£7.6m for street lighting, of which £4.35m is energy and £3.25m is ..."
    labelled twice alike: neither is a measure another document's figure can contradict)."""
    out: set[tuple[str, int, int]] = set()
    by_doc: dict[tuple[str, str], list[MeasurePoint]] = defaultdict(list)
    by_passage: dict[tuple[int, str], list[MeasurePoint]] = defaultdict(list)
    for p in points:
        if p.period:
            by_doc[(p.citation.doc_id, p.period)].append(p)
            if p.passage_id is not None:
                by_passage[(p.passage_id, p.period)].append(p)
    for pts in by_doc.values():
        if _distinct(pts) >= 3:
            out.update(p.ref for p in pts)
    for pts in by_passage.values() if passages else ():
        if _distinct(pts) >= 2:
            out.update(p.ref for p in pts)
    return out


def _comparable(a: MeasurePoint, b: MeasurePoint) -> bool:
    if a.passage_id is not None and a.passage_id == b.passage_id:
        return False
    if a.citation.doc_id != b.citation.doc_id:
        return True
    if a.citation.section_path == b.citation.section_path:
        return False  # one section giving a label two values lists two things; a restatement is elsewhere
    return not (a.figure.table_row is not None and b.figure.table_row is not None)


def _why_revised(a: MeasurePoint, b: MeasurePoint) -> str | None:
    """Why ``b`` (not earlier than ``a``) revises rather than contradicts ``a``; None if nothing
    in the documents explains the difference."""
    if set(a.status) != set(b.status):
        return "one is called " + ", ".join(sorted(set(a.status) ^ set(b.status))) + " and the other is not"
    if a.date and b.date and a.date < b.date:
        if b.status or a.status:
            return f"a later document updates a value called {(b.status or a.status)[0]}"
        end = period_end(a.period)
        if end and a.date <= end:
            return f"the earlier document ({a.date}) was written before {a.period} ended"
    return None


def _discrepancies(m: Measure) -> list[Discrepancy]:
    out = []
    several = _ambiguous(m.points, passages=True)  # still several things: not compared
    for a, b in combinations(m.points, 2):
        if not _comparable(a, b) or a.ref in several or b.ref in several:
            continue
        a, b = sorted((a, b), key=lambda p: (p.date or "", p.citation.doc_id, p.figure.span[0]))
        if a.period and a.period == b.period:
            if consistent(a, b) or not near(a, b):
                continue
            why = _why_revised(a, b)
            kind = "revision" if why else "conflict"
            reason = why or f"{a.period}: values differ beyond the rounding of their printed precision"
        elif (a.period and b.period and a.period != b.period and a.citation.doc_id != b.citation.doc_id
              and a.date and b.date and a.date < b.date and consistent(a, b)):
            kind, reason = "revision", f"the same amount restated for {b.period} (was {a.period})"
        else:
            continue
        out.append(Discrepancy(kind, reason, m.id, m.name, m.council, b.period, a, b))
    return out


def _index(store: Store) -> _Index:
    return store.shared("measures", lambda: _build(store))  # type: ignore[no-any-return]


def _matches(m: Measure, q: str | None) -> bool:
    if not q or not q.strip():
        return True
    want = key_words(q)
    if want and want <= frozenset(m.key.split()):
        return True
    return q.strip().casefold() in m.name.casefold()


def find_measures(
    store: Store, *, council: str | None = None, q: str | None = None, min_points: int = 1,
    multi_document: bool = False,
) -> list[Measure]:
    """Measures of ``council`` (a stored council's name, or all) whose key holds the words of
    ``q`` (or whose name contains it), with at least ``min_points`` points; ``multi_document``:
    only those found in two or more documents. Most points first."""
    out = [m for m in _index(store).measures.values()
           if (council is None or m.council == council) and len(m.points) >= min_points
           and (not multi_document or len(m.documents) > 1) and _matches(m, q)]
    out.sort(key=lambda m: (-len(m.documents), -len(m.points), m.council, m.name))
    return out


def get_measure(store: Store, measure_id: str) -> Measure:
    m = _index(store).measures.get(measure_id)
    if m is None:
        raise NotFoundError(f"no measure with id {measure_id!r}")
    return m


def find_discrepancies(
    store: Store, *, council: str | None = None, kind: str | None = None, measure: str | None = None,
) -> list[Discrepancy]:
    """Conflicts and revisions (``kind``: only one of them) of ``council`` or of one measure."""
    return [d for d in _index(store).discrepancies
            if (council is None or d.council == council) and (kind is None or d.kind == kind)
            and (measure is None or d.measure_id == measure)]


__all__ = [
    "MEASURE_KINDS",
    "Discrepancy",
    "Measure",
    "MeasurePoint",
    "consistent",
    "find_discrepancies",
    "find_measures",
    "get_measure",
    "half_step",
    "period_end",
]
