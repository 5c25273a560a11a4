"""Hybrid search: BM25 (FTS5) and dense (FAISS) candidates fused by reciprocal rank fusion,
filters applied before ranking, number questions answered by the figure that fits, and
copies of one passage (a report and the same report inside the meeting pack) collapsed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from councilsearch.errors import QueryError
from councilsearch.index.store import _STOP, Filters, Store
from councilsearch.models import Citation, Figure, Hit, Passage

RRF_K = 60
CANDIDATES = 100
MAX_QUERY_CHARS = 1000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}$|^\d{4}$")

_NUMBER_QUESTIONS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"\b(what|which)\s+(percentage|proportion|per\s*cent|percent|share|rate)\b|\bhow\s+much\s+of\s+a\s+percentage\b|%", re.I), "percent"),
    (re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bhow\s+much\s+capacity\b", re.I), "count"),
    (re.compile(r"\bhow\s+much\b|\bcost\b|\bspend\b|\bvalue\s+of\b|£|\bbudget\b|\bsavings?\b|\bdeficit\b|\bdebt\b|\breserves?\b|\bunderspend\b|\boverspend\b|\bgap\b|\bfunding\b|\binvestment\b", re.I), "money"),
    (re.compile(r"\bwhen\b|\bwhat\s+date\b|\bby\s+when\b", re.I), "date"),
    (re.compile(r"\bwhat\s+(was|is|were|are)\s+the\b", re.I), None),
)


@dataclass(frozen=True)
class NumberQuestion:
    kind: str | None  # money | percent | count | date | None (any number)
    terms: tuple[str, ...]


def number_question(query: str) -> NumberQuestion | None:
    """Is this a question that wants a number? Which kind, and about what?"""
    q = query.strip()
    if not re.search(r"\b(how|what|which|when)\b|£|%|\?", q, re.I):
        return None
    for pat, kind in _NUMBER_QUESTIONS:
        if pat.search(q):
            return NumberQuestion(kind, tuple(query_terms(q)))
    return None


def query_terms(query: str) -> list[str]:
    words = re.findall(r"[^\W_]+", query.lower())
    return [w for w in words if w not in _STOP and len(w) > 1]


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def highlight_spans(text: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    stems = {_stem(t) for t in terms if t}
    if not stems:
        return ()
    out = []
    for m in re.finditer(r"[^\W_]+", text):
        w = m.group(0).lower()
        if _stem(w) in stems or any(w.startswith(s) and len(s) >= 4 for s in stems):
            out.append((m.start(), m.end()))
    return tuple(out)


def validate_query(query: str, max_chars: int = MAX_QUERY_CHARS) -> str:
    if query is None:
        raise QueryError("the query is empty")
    q = query.replace("\x00", " ").strip()
    if not q:
        raise QueryError("the query is empty: type a question or some words to search for")
    if len(q) > max_chars:
        raise QueryError(f"the query is {len(q)} characters long; the limit is {max_chars}")
    return q


def validate_filters(f: Filters) -> Filters:
    for name, value in (("from", f.date_from), ("to", f.date_to)):
        if value and not _DATE.match(value):
            raise QueryError(f"'{value}' is not a date: give the {name} date as YYYY-MM-DD")
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise QueryError(f"the from date {f.date_from} is after the to date {f.date_to}")
    if f.section_kind and f.section_kind not in ("heading", "paragraph", "table", "list"):
        raise QueryError(f"unknown section kind {f.section_kind!r}: use heading, paragraph, table or list")
    return f


def figure_match(fig: Figure, nq: NumberQuestion, context: str) -> float:
    """How well a figure answers a number question: kind fit plus label/context overlap."""
    if fig.kind == "period":
        return 0.0
    if nq.kind is not None and fig.kind != nq.kind:
        return 0.0
    label = " ".join(x for x in (fig.label, fig.table_row, fig.table_col, context) if x).lower()
    words = {_stem(w) for w in re.findall(r"[^\W_]+", label)}
    terms = [_stem(t) for t in nq.terms]
    overlap = sum(1 for t in terms if t in words) / max(1, len(terms))
    return 0.5 + 0.5 * overlap


class Searcher:
    """Search over a Store and a vector store. Safe to call from many threads."""

    def __init__(self, store: Store, vectors: object | None, embedder: object | None, *, max_query_chars: int = MAX_QUERY_CHARS):
        self.store = store
        self.vectors = vectors  # a VectorStore, or a callable returning the current one
        self.embedder = embedder
        self.max_query_chars = max_query_chars

    def _vectors(self):  # type: ignore[no-untyped-def]
        v = self.vectors
        return v() if callable(v) and not hasattr(v, "search") else v

    # -- retrievers ------------------------------------------------------------------------
    def keyword(self, query: str, k: int, filters: Filters) -> list[tuple[int, float]]:
        return self.store.keyword_search(query, k, filters)

    def dense(self, query: str, k: int, filters: Filters) -> list[tuple[int, float]]:
        vs = self._vectors()
        if vs is None or self.embedder is None or len(vs) == 0:
            return []
        qv = self.embedder.encode_query(query)  # type: ignore[attr-defined]
        allowed = None
        if filters.active:
            allowed = np.array(self.store.passage_ids(filters), dtype=np.int64)
            if not len(allowed):
                return []
        scores, ids = vs.search(qv.reshape(1, -1), k, allowed_ids=allowed)
        out = []
        for s, i in zip(scores[0], ids[0], strict=False):
            if int(i) >= 0:
                out.append((int(i), float(s)))
        return out

    # -- the search --------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 5,
        filters: Filters | None = None,
        *,
        mode: str = "hybrid",
        collapse: bool = True,
    ) -> list[Hit]:
        q = validate_query(query, self.max_query_chars)
        if k < 1:
            raise QueryError("k must be at least 1")
        f = validate_filters(filters or Filters())
        terms = query_terms(q)
        lists: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "bm25"):
            lists["bm25"] = self.keyword(q, CANDIDATES, f)
        if mode in ("hybrid", "dense"):
            lists["dense"] = self.dense(q, CANDIDATES, f)
        fused: dict[int, float] = {}
        found_by: dict[int, list[str]] = {}
        for name, ranked in lists.items():
            for rank, (pid, _score) in enumerate(ranked):
                fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank + 1)
                found_by.setdefault(pid, []).append(name)
        if not fused:
            return []
        pool = sorted(fused, key=lambda p: -fused[p])[: max(50, 4 * k)]
        passages = self.store.passages(pool)
        figures = self.store.passage_figures(pool)
        nq = number_question(q)
        answers: dict[int, Figure | None] = {}
        if nq is not None:
            for pid in pool:
                p = passages.get(pid)
                if p is None:
                    continue
                best, best_score = None, 0.0
                for fig in figures.get(pid, []):
                    ctx = _sentence_around(p, fig)
                    s = figure_match(fig, nq, ctx)
                    if s > best_score:
                        best, best_score = fig, s
                answers[pid] = best
                if best is not None:
                    fused[pid] += best_score * 0.6 / (RRF_K + 1)
        ranked = sorted((pid for pid in pool if pid in passages), key=lambda p: -fused[p])
        hashes = self.store.passage_hashes(ranked) if collapse else {}
        entities = self.store.passage_entities(ranked[: 4 * k])
        doc_meta = self._doc_meta({passages[p].doc_id for p in ranked})
        hits: list[Hit] = []
        by_hash: dict[str, int] = {}
        for pid in ranked:
            p = passages[pid]
            cit = _citation(p, doc_meta.get(p.doc_id, {}))
            h = hashes.get(pid)
            if collapse and h is not None and h in by_hash:
                j = by_hash[h]
                hits[j] = replace(hits[j], also_in=(*hits[j].also_in, cit))
                continue
            if len(hits) >= k:
                continue
            if h is not None:
                by_hash[h] = len(hits)
            hits.append(Hit(
                passage=p,
                score=round(fused[pid], 6),
                citation=cit,
                figures=tuple(figures.get(pid, [])),
                entities=tuple(entities.get(pid, [])),
                highlights=highlight_spans(p.text, terms),
                retrievers=tuple(found_by.get(pid, [])),
                answer=answers.get(pid),
            ))
        return hits

    def _doc_meta(self, doc_ids: set[str]) -> dict[str, dict[str, object]]:
        if not doc_ids:
            return {}
        ids = sorted(doc_ids)
        rows = self.store.conn.execute(
            f"SELECT id, title, council, doc_type, date FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        return {r["id"]: dict(r) for r in rows}


def _sentence_around(p: Passage, fig: Figure) -> str:
    start = fig.span[0] - p.span[0]
    end = fig.span[1] - p.span[0]
    text = p.text
    if not (0 <= start <= len(text)):
        return ""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [x for x in (text.find(". ", end), text.find("\n", end)) if x != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right]


def _citation(p: Passage, meta: dict[str, object]) -> Citation:
    return Citation(
        doc_id=p.doc_id,
        doc_title=str(meta.get("title", p.doc_id)),
        section_path=p.path,
        para_no=p.para_no,
        pages=p.pages,
        span=p.span,
        council=str(meta.get("council", "")),
        doc_type=str(meta.get("doc_type", "")),
        date=meta.get("date"),  # type: ignore[arg-type]
    )


