"""Saved searches and alerts: a rule is saved once and every document stored afterwards is
read against it; what it matches is recorded once, with its citation.

Two kinds of rule (``Rule``):

- a **query**: a passage matches when its text (or section path) holds every word of the
  query (stop words left out, the store's stemming: "savings" finds "saving"), within the
  filters (council, document type, dates, section kind). Keyword, not semantic: a dense
  search always has a nearest passage, and an alert has to say yes or no.
- a **figure rule**: a figure matches when what it measures holds every one of the rule's
  words (``measure_matches``, the one place that decides it), it is of the rule's kind (the
  threshold's: "£10m" is money, "20%" a percent), council (or any) and period, and its value
  is ``above`` or ``below`` the threshold, or ``changed`` by more than a share from the
  council's last value of that measure: the figure of the same measure (measure key) and unit
  in the latest earlier document of that council that has one (documents in date order, then
  ingest order), of the same period when that document has one, else its first.

What is "the same match" (its key): for a query, the text of the sentences that hold its words
(``_said``), so what an edited file repeats word for word is not new; for a figure, the fact
(council, what it measures, kind, unit, value, period), so the same figure restated in a later
paper of the same council is not new either (what it measures: its measure key). An unchanged file is never read again
(``Library._ingest``), and a changed one adds only the matches it did not have.

**When a rule is saved after documents exist**, its current matches are recorded as its
*baseline* (``baseline`` true): they are kept, so that they are never announced later as new,
but the feed and ``watch check`` show only what came after the rule was saved. A rule on a
large library would otherwise open with hundreds of "new" matches that are nothing of the sort;
``GET /alerts/{id}?baseline=true`` lists them for whoever wants the back catalogue.

``on_ingest`` is the hook the one ingest path (``Library._store``) calls for each document it
writes.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from councilsearch.errors import QueryError
from councilsearch.extract.figures.candidates import fy_str, parse_num
from councilsearch.extract.figures.document import raw_candidates
from councilsearch.extract.figures.measure import glossary_map, key_words, measure_key
from councilsearch.extract.figures.present import figure_chip, figure_label, figure_value
from councilsearch.index.query import check_choice, check_figure_kind, check_filters, highlight_spans
from councilsearch.index.query import query_terms as search_terms
from councilsearch.index.store import Store
from councilsearch.index.store.fts import _compound_variants, fts_terms
from councilsearch.ingest.sentences import line_sentences, passage_sentence
from councilsearch.models import Citation, Figure, Filters

log = logging.getLogger(__name__)

RULE_TYPES = ("query", "figure")
OPS = ("above", "below", "changed")
NUMERIC_KINDS = ("money", "percent", "count")
SNIPPET_CHARS = 280


@dataclass(frozen=True)
class Rule:
    """A saved search as stored (``store.alerts.RULE_COLUMNS``)."""

    name: str
    rule_type: str  # query | figure
    words: str  # the query, or what the figure measures
    council: str | None = None
    doc_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section_kind: str | None = None
    figure_kind: str | None = None
    period: str | None = None
    op: str | None = None  # above | below | changed
    threshold: float | None = None  # a value, or for ``changed`` a share (0.2 = 20%)

    @classmethod
    def of(cls, row: dict[str, Any]) -> Rule:
        fields: dict[str, Any] = {k: row.get(k) for k in cls.__dataclass_fields__}
        return cls(**fields)

    def describe(self) -> str:
        """'DSG deficit: money above £10m, any council' / 'query "..." in Wyvern ...'."""
        if self.rule_type == "query":
            bits = [f"passages with every word of “{self.words}”"]
            for what, v in (("council", self.council), ("type", self.doc_type), ("from", self.date_from),
                            ("to", self.date_to), ("section kind", self.section_kind)):
                if v:
                    bits.append(f"{what} {v}")
            return ", ".join(bits)
        kind = self.figure_kind or "figure"
        if self.op == "changed":
            cond = f"changed by more than {_pct(self.threshold or 0.0)} from the council's last value"
        else:
            cond = f"{self.op} {_amount(self.threshold or 0.0, self.figure_kind)}"
        bits = [f"{self.words}: {kind} {cond}", self.council or "any council"]
        if self.period:
            bits.append(self.period)
        return ", ".join(bits)


def _pct(share: float) -> str:
    return f"{share * 100:g}%"


def _amount(value: float, kind: str | None) -> str:
    if kind in NUMERIC_KINDS:
        return figure_value(Figure("", (0, 0), value, "GBP" if kind == "money" else kind or "count", kind or "count"))
    return f"{value:g}"


# -- reading what people type --------------------------------------------------------------
def parse_amount(text: str | float | int) -> tuple[float, str | None]:
    """A threshold as typed -> (value, figure kind): "£10m", "10m", "1.5bn", "500k",
    "£2.5 million" are money (read by the figure scanner, as a report's amounts are: a bare
    scale word means pounds here); "20%" a percent; a plain number ("1,200") has no kind. A
    QueryError says what it could not read."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if not math.isfinite(text):
            raise QueryError("the threshold must be a finite number")
        return float(text), None
    t = str(text).strip().replace(" ", " ")
    if not t:
        raise QueryError("the threshold is empty: give an amount such as 10m, £1.5bn, 500k or 20%")
    sign, body = ("-", t[1:].strip()) if t[:1] in "-−" else ("", t)
    plain = parse_num(body)
    if plain is not None:
        return (-plain if sign else plain), None
    tries = [sign + body] if body.startswith("£") or body.endswith("%") else [sign + body, sign + "£" + body]
    for attempt in tries:
        cands = raw_candidates(attempt)
        if len(cands) == 1 and (cands[0].start, cands[0].end) == (0, len(attempt)) and cands[0].kind in NUMERIC_KINDS:
            value = cands[0].value
            if isinstance(value, float):
                return value, cands[0].kind
    raise QueryError(f"{text!r} is not an amount: write it as 10m, £10m, 1.5bn, 500k, 20% or 1,200")


def parse_share(text: str | float | int) -> float:
    """A change as typed -> a share: "20%" or 20 -> 0.2 (a number is a percentage)."""
    t = str(text).strip().rstrip("%").strip()
    v = parse_num(t.lstrip("+"))
    if v is None or v <= 0:
        raise QueryError(f"{text!r} is not a change: give a percentage above 0, such as 20%")
    return v / 100.0


_FY = re.compile(r"^(?:FY\s*)?(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$", re.IGNORECASE)


def check_period(period: str | None) -> str | None:
    """A financial year as figures store it ("2025/26"; "2025-26", "2025/2026" and "FY2025/26"
    are read as that), or another period as given."""
    if period is None or not period.strip():
        return None
    p = period.strip()
    m = _FY.match(p)
    if m:
        start, end = int(m.group(1)), int(m.group(2))
        if end % 100 == (start + 1) % 100:
            return fy_str(start)
        raise QueryError(f"{period!r} is not a financial year: write it as 2025/26")
    return p


def make_rule(
    store: Store,
    words: str,
    *,
    rule_type: str = "query",
    name: str | None = None,
    council: str | None = None,
    doc_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    section_kind: str | None = None,
    kind: str | None = None,
    period: str | None = None,
    above: str | float | None = None,
    below: str | float | None = None,
    changed_by: str | float | None = None,
) -> Rule:
    """A rule checked as every surface (API, CLI, pages) takes it; QueryError when it is not one.
    A council the library does not hold yet is kept as given (a rule may wait for a council's
    first paper); one it holds is spelled as stored."""
    rule_type = check_choice(rule_type, RULE_TYPES, "saved search type") or "query"
    words = " ".join((words or "").split())
    if not words:
        raise QueryError("say what to watch: the query, or the words of what the figure measures")
    if len(words) > 1000:
        raise QueryError("the words to watch are longer than 1,000 characters")
    council = (council or "").strip() or None
    if council:
        named = store.council_names(council)
        council = named[0] if len(named) == 1 else council
    if rule_type == "query":
        if any(v is not None and str(v).strip() for v in (above, below, changed_by, kind, period)):
            raise QueryError("a threshold, figure kind or period is for a figure rule, not a query")
        f = check_filters(Filters(doc_type=doc_type, date_from=date_from, date_to=date_to, section_kind=section_kind))
        if not query_terms(words):
            raise QueryError(f"“{words}” has no words to search for (only common words)")
        return Rule(name or words, "query", words, council, f.doc_type, f.date_from, f.date_to, f.section_kind)
    if any(v for v in (doc_type, date_from, date_to, section_kind)):
        raise QueryError("document type, dates and section kind are for a query; a figure rule takes a council, "
                         "a kind and a period")
    given = [(op, v) for op, v in (("above", above), ("below", below), ("changed", changed_by))
             if v is not None and str(v).strip()]
    if len(given) != 1:
        raise QueryError("a figure rule needs exactly one threshold: above a value, below a value, or changed by a share")
    op, raw = given[0]
    kind = check_figure_kind(kind)
    if kind is not None and kind not in NUMERIC_KINDS:
        raise QueryError(f"a figure rule watches amounts: use kind {', '.join(NUMERIC_KINDS)}")
    if op == "changed":
        threshold = parse_share(raw)
    else:
        threshold, read_kind = parse_amount(raw)
        if kind and read_kind and kind != read_kind:
            raise QueryError(f"the threshold {raw} is {read_kind}, but the rule watches {kind}")
        kind = kind or read_kind
    if not key_words(words):
        raise QueryError(f"“{words}” says nothing a figure could measure")
    return Rule(name or words, "figure", words, council, figure_kind=kind, period=check_period(period), op=op,
                threshold=threshold)


def query_terms(words: str) -> list[str]:
    """The FTS5 terms a query rule requires, every one (its words, without the other
    spellings of compounds, which are alternatives)."""
    variants = set(_compound_variants(words))
    return [t for t in fts_terms(words) if t not in variants]


# -- matching ------------------------------------------------------------------------------
def measure_matches(words: str, figure: Figure, glossary: Mapping[str, str] | None = None) -> bool:
    """Does ``figure`` measure what a rule's ``words`` name: every word of the rule's measure
    key (``extract.figures.measure``: folded stems, function, period and status words left out,
    the documents' acronyms expanded, so "DSG deficit" finds "forecast Dedicated Schools Grant
    deficit") is among those of the figure's label, table row and table column. The one place a
    figure rule meets a label."""
    want = key_words(words, glossary)
    have = key_words(" ".join(x for x in (figure.label, figure.table_row, figure.table_col) if x), glossary)
    return bool(want) and want <= have


def _citation(c: Citation) -> dict[str, Any]:
    return {"doc_id": c.doc_id, "doc_title": c.doc_title, "council": c.council, "doc_type": c.doc_type,
            "date": c.date, "section_path": list(c.section_path), "para_no": c.para_no, "pages": list(c.pages),
            "span": list(c.span), "label": c.label()}


def _key(*parts: object) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:32]


def _councils(store: Store, rule: Rule) -> set[str] | None:
    """The stored councils the rule covers (None: any)."""
    return None if not rule.council else set(store.council_names(rule.council))


def _measure(f: Figure, glossary: Mapping[str, str]) -> str:
    return measure_key(figure_label(f), glossary)


def _figure_fact(f: Figure, c: Citation, glossary: Mapping[str, str]) -> str:
    return _key("figure", c.council, _measure(f, glossary), f.kind, f.unit, f.value, f.period)


def _figure_match(
    f: Figure, c: Citation, glossary: Mapping[str, str], previous: tuple[Figure, Citation] | None = None,
) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "type": "figure", "surface": f.surface, "value": f.value, "value_shown": figure_value(f), "unit": f.unit,
        "kind": f.kind, "label": figure_label(f), "period": f.period, "citation": _citation(c),
    }
    title = figure_chip(f)
    if previous is not None:
        pf, pc = previous
        change = (float(f.value) - float(pf.value)) / abs(float(pf.value))
        detail["previous"] = {"value": pf.value, "value_shown": figure_value(pf), "period": pf.period,
                              "citation": _citation(pc)}
        detail["change"] = round(change, 6)
        title += f" ({'+' if change >= 0 else '−'}{abs(change) * 100:.0f}% from {figure_value(pf)})"
    if c.council:
        title += f" — {c.council}"
    return {"match_key": _figure_fact(f, c, glossary), "doc_id": c.doc_id, "start": f.span[0], "end": f.span[1],
            "title": title, "detail": detail}


def _numeric(f: Figure) -> bool:
    return isinstance(f.value, (int, float)) and f.kind in NUMERIC_KINDS


def _rule_figures(
    store: Store, rule: Rule, glossary: Mapping[str, str], passage_of: dict[Any, int], **where: Any,
) -> list[tuple[Figure, Citation]]:
    """The figures ``where`` selects that the rule is about (measure, kind, period, council)."""
    names = _councils(store, rule)
    if names is not None and not names:
        return []
    out = []
    for f, c, pid in store.figures(kind=rule.figure_kind, period=rule.period, **where):
        if _numeric(f) and (names is None or c.council in names) and measure_matches(rule.words, f, glossary):
            out.append((f, c))
            if pid is not None:
                passage_of[(c.doc_id, f.span)] = pid
    return out


def _with_sentences(store: Store, matches: list[dict[str, Any]], passage_of: dict[Any, int]) -> list[dict[str, Any]]:
    """Each figure match with the sentence that states it (``detail.text``), when it has one."""
    pids = {(m["doc_id"], (m["start"], m["end"])): passage_of.get((m["doc_id"], (m["start"], m["end"])))
            for m in matches}
    passages = store.passages([p for p in pids.values() if p is not None])
    for m in matches:
        p = passages.get(pids[(m["doc_id"], (m["start"], m["end"]))] or -1)
        sentence = passage_sentence(p, (m["start"], m["end"])) if p is not None else None
        if sentence:
            m["detail"]["text"] = " ".join(sentence.split())
    return matches


def _previous(
    candidates: Sequence[tuple[Figure, Citation]], f: Figure, glossary: Mapping[str, str],
) -> tuple[Figure, Citation] | None:
    """The figure of an earlier document that ``f`` is compared with: of the same measure
    (measure key) and unit, and of ``f``'s period when there is one, else the first."""
    same = [(pf, pc) for pf, pc in candidates
            if pf.unit == f.unit and _measure(pf, glossary) == _measure(f, glossary)]
    for pf, pc in same:
        if f.period and pf.period == f.period:
            return pf, pc
    return same[0] if same else None


def figure_matches(store: Store, rule: Rule, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The matches of a figure rule in ``doc_ids`` (every document when None)."""
    glossary = glossary_map(store.all_glossary())
    passage_of: dict[Any, int] = {}  # (doc id, span) -> the passage holding the figure
    if rule.op in ("above", "below"):
        rows: list[tuple[Figure, Citation]] = []
        for d in doc_ids if doc_ids is not None else [None]:
            rows += _rule_figures(store, rule, glossary, passage_of, doc_id=d)
        t = float(rule.threshold or 0.0)
        return _with_sentences(store, [_figure_match(f, c, glossary) for f, c in rows
                                       if (float(f.value) > t if rule.op == "above" else float(f.value) < t)], passage_of)
    # changed: each council's documents in order, each figure against the last earlier one
    names = _councils(store, rule)
    if doc_ids is not None:
        meta = store.document_meta(doc_ids)
        wanted = {str(m["council"]) for m in meta.values() if m.get("council")}
        names = wanted if names is None else names & wanted
    rows = []
    for council in sorted(names) if names is not None else [None]:
        rows += _rule_figures(store, rule, glossary, passage_of, council=council)
    by_doc: dict[str, list[tuple[Figure, Citation]]] = {}
    for f, c in rows:
        if c.council:
            by_doc.setdefault(c.doc_id, []).append((f, c))
    order = store.documents_in_order({c.council for _, c in rows if c.council})
    out = []
    last: dict[str, list[tuple[Figure, Citation]]] = {}  # council -> its latest document's figures
    targets = None if doc_ids is None else set(doc_ids)
    for doc_id, council in order:
        figs = by_doc.get(doc_id)
        if not figs:
            continue
        earlier = last.get(council)
        if earlier and (targets is None or doc_id in targets):
            for f, c in figs:
                prev = _previous(earlier, f, glossary)
                if prev is None or float(prev[0].value) == 0:
                    continue
                if abs(float(f.value) - float(prev[0].value)) / abs(float(prev[0].value)) > float(rule.threshold or 0):
                    out.append(_figure_match(f, c, glossary, prev))
        last[council] = figs
    return _with_sentences(store, out, passage_of)


def query_matches(store: Store, rule: Rule, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The passages a query rule matches in ``doc_ids`` (every document when None)."""
    names = _councils(store, rule)
    if names is not None and not names:
        return []
    filters = Filters(doc_type=rule.doc_type, date_from=rule.date_from, date_to=rule.date_to,
                      section_kind=rule.section_kind)
    found = store.passages_with_all(query_terms(rule.words), filters, doc_ids)
    passages = store.passages([pid for pid, _ in found])
    meta = store.document_meta({p.doc_id for p in passages.values()})
    out = []
    for pid, _norm_hash in found:
        p = passages.get(pid)
        m = meta.get(p.doc_id) if p is not None else None
        if p is None or m is None or (names is not None and m["council"] not in names):
            continue
        a, b = _said(p.text, rule.words)
        span = (p.span[0] + a, p.span[0] + b)
        said = " ".join(p.text[a:b].split())
        c = Citation(p.doc_id, str(m["title"]), p.path, p.para_no, p.pages, span, str(m["council"] or ""),
                     str(m["doc_type"] or ""), None if m["date"] is None else str(m["date"]))
        snippet = said if len(said) <= SNIPPET_CHARS else said[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
        out.append({"match_key": _key("passage", said.lower()), "doc_id": p.doc_id, "start": span[0],
                    "end": span[1], "title": f"{c.doc_title}: {snippet}",
                    "detail": {"type": "passage", "text": snippet, "citation": _citation(c)}})
    return out


def _said(text: str, words: str) -> tuple[int, int]:
    """Where a passage says what a query asks: from the first to the last of its sentences that
    hold the most of the query's words (a heading that shares one word is not what matched; the
    whole passage when its words are only in its section path). What matched is these
    sentences, so an edit elsewhere in the passage is no new match."""
    terms = search_terms(words)
    scored = []
    for a, b in line_sentences(text):
        n = sum(1 for t in terms if highlight_spans(text[a:b], [t]))
        if n:
            scored.append((n, a, b))
    if not scored:
        return 0, len(text)
    most = max(n for n, _, _ in scored)
    best = [(a, b) for n, a, b in scored if n == most]
    return best[0][0], best[-1][1]


def rule_matches(store: Store, rule: Rule, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """What ``rule`` matches in ``doc_ids`` (every document when None), one per match key."""
    found = (query_matches if rule.rule_type == "query" else figure_matches)(store, rule, doc_ids)
    seen: set[str] = set()
    return [m for m in found if not (m["match_key"] in seen or seen.add(m["match_key"]))]  # type: ignore[func-returns-value]


# -- saving and ingest ---------------------------------------------------------------------
def save_rule(store: Store, rule: Rule) -> tuple[int, int]:
    """Store ``rule`` and record what it matches now as its baseline; (id, baseline count)."""
    search_id = store.add_saved_search(asdict(rule))
    return search_id, store.record_matches(search_id, rule_matches(store, rule), baseline=True)


def on_ingest(store: Store, doc_ids: Sequence[str]) -> int:
    """Read documents just written against every saved search; record the new matches.
    Returns how many were new. Never fails an ingest: a rule that cannot be read is logged."""
    new = 0
    for row in store.saved_searches():
        try:
            new += store.record_matches(int(row["id"]), rule_matches(store, Rule.of(row), doc_ids))
        except Exception:
            log.exception("saved search %s could not be checked against %s", row["id"], ", ".join(doc_ids))
    return new


__all__ = ["Rule", "make_rule", "measure_matches", "on_ingest", "parse_amount", "parse_share", "rule_matches",
           "save_rule"]
