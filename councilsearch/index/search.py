"""Hybrid search: BM25 (FTS5) and dense (FAISS) candidates fused by reciprocal rank fusion,
filters applied before ranking, number questions answered by the figure that fits, and
copies of one passage (a report and the same report inside the meeting pack) collapsed."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from councilsearch.errors import QueryError
from councilsearch.index.gate import FairGate, default_concurrency
from councilsearch.index.store import _STOP, Filters, Store
from councilsearch.ingest.sentences import passage_sentence
from councilsearch.models import Citation, Figure, Hit, Passage

RRF_K = 10  # a small k trusts each retriever's top ranks (measured on the dev set: 60 is worse)
CANDIDATES = 100
FIGURE_BOOST = 0.6  # a passage holding the asked-for kind of figure moves up a few ranks
MAX_QUERY_CHARS = 1000
# a number question demotes passages holding no figure of the asked-for kind (dev set: MRR
# 0.729 -> 0.741, figure accuracy 0.75 -> 0.83; 0.7-0.9 all do as well)
NO_FIGURE_FACTOR = 0.8
# a passage of a few words (a lone heading, a date line) rarely answers a question
SHORT_PASSAGE_WORDS = 10
SHORT_PASSAGE_FACTOR = 0.7
# a question that names a council ("at Leicester", "the county's", "NWLDC") is about that
# council's papers: passages from other councils' documents are demoted, not removed
OTHER_COUNCIL_FACTOR = 0.3
_WORD = re.compile(r"[^\W_]+")
# what a council's name says of its kind, not of its place
_COUNCIL_GENERIC = {"city", "county", "district", "borough", "metropolitan", "council", "of", "the", "and",
                    "royal", "london", "unitary"}
_TIERS = ("county", "city", "district", "borough")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}$|^\d{4}$")

_ASKS_NUMBER = re.compile(
    r"\bhow\s+(?:much|many|big|large|high|low)\b|\bwhat\s+(?:is|was|were|are|will\s+be)\s+the\b|"
    r"\bwhat\s+(?:is|was|were|are)\s+\w+'s\b|\bwhat's\s+the\b|\b(?:what|which)\s+(?:percentage|proportion|share|rate|amount|number|level|value|size|total)\b",
    re.I,
)
# "total cost of the programme" asks for a number as a keyword query; inside a question
# that asks something else ("why is the amount of funding wrong") it does not
_NUMBER_NOUN_OF = re.compile(r"\b(?:total|average|amount|number|value|cost|size|level)\s+of\b", re.I)
_OTHER_QUESTION = re.compile(
    r"^\s*(?:why|how|what|who|whom|whose|when|where|which|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b",
    re.I,
)
_KIND_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:percentage|proportion|per\s*cent|percent|share|rate)\b|%", re.I), "percent"),
    (re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I), "count"),
    (re.compile(
        r"\bhow\s+much\b|£|\b(?:cost|costs|spend|spending|budget|savings?|deficit|debt|reserves?|underspend|"
        r"overspend|gap|funding|investment|income|grant|borrowing|money)\b", re.I), "money"),
)


@dataclass(frozen=True)
class NumberQuestion:
    kind: str | None  # money | percent | count | None (any number)
    terms: tuple[str, ...]


def number_question(query: str) -> NumberQuestion | None:
    """Does this question ask for a number ("how much", "how many", "what percentage",
    "what was the …")? Which kind (money, percent, count, or any), and about what?"""
    q = query.strip()
    if not _ASKS_NUMBER.search(q) and not (_NUMBER_NOUN_OF.search(q) and not _OTHER_QUESTION.match(q)):
        return None
    kind = next((k for pat, k in _KIND_WORDS if pat.search(q)), None)
    return NumberQuestion(kind, tuple(query_terms(q)))


def query_terms(query: str) -> list[str]:
    words = re.findall(r"[^\W_]+", query.lower())
    return [w for w in words if w not in _STOP and len(w) > 1]


@functools.lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def _tokens(text: str) -> list[str]:
    return [w[:-2] if w.endswith("'s") else w for w in re.findall(r"[^\W_]+(?:'s)?", text.lower().replace("’", "'"))]


def _find(tokens: list[str], phrase: list[str]) -> list[tuple[int, int]]:
    n = len(phrase)
    return [(i, i + n) for i in range(len(tokens) - n + 1) if tokens[i:i + n] == phrase]


def councils_named(query: str, councils: Sequence[str]) -> set[str]:
    """The councils a query names: by place ("Leicester's", "North West Leicestershire"; the
    longest name wins where one contains another, so "North West Leicestershire" is not also
    "Leicestershire") or, failing that, by tier ("the county council", "the city's") when just
    one council of that tier is indexed. Empty when it names none."""
    tokens = _tokens(query)
    spans: list[tuple[int, int, str]] = []
    for council in councils:
        place = [w for w in _tokens(council) if w not in _COUNCIL_GENERIC]
        if place:
            spans += [(a, b, council) for a, b in _find(tokens, place)]
    named = {c for a, b, c in spans if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in spans)}
    if named:
        return named
    for tier in _TIERS:
        if tier in tokens:
            of_tier = [c for c in councils if tier in _tokens(c)]
            if len(of_tier) == 1:
                named.add(of_tier[0])
    return named if len(named) == 1 else set()


def highlight_spans(text: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the words that match a query term: the same crude stem, or a word that
    begins with a stem of four letters or more ("reorganis" marks "reorganisation")."""
    stems = {_stem(t) for t in terms if t}
    if not stems:
        return ()
    prefixes = tuple(s for s in stems if len(s) >= 4)
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if _stem(w) in stems or (prefixes and w.startswith(prefixes)):
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


def answers_kind(fig: Figure, nq: NumberQuestion) -> bool:
    """Can this figure answer the question at all: a number (not a period or date) of the
    asked-for kind, if the question names one."""
    return fig.kind not in ("period", "date") and (nq.kind is None or fig.kind == nq.kind)


def figure_match(fig: Figure, nq: NumberQuestion, context: str, window: str = "") -> float:
    """How well a figure answers a number question: 0 when the kind is wrong, else 0.5 plus
    the share of the question's words found in its label and sentence, plus a tie-breaker for
    words close to the figure ("£13.2m have been delivered" over "£23m of planned savings"
    for "how much … has been delivered?")."""
    if not answers_kind(fig, nq):
        return 0.0
    terms = [_stem(t) for t in nq.terms if not t.isdigit()]
    if not terms:
        return 0.5

    def share(text: str) -> float:
        words = _stems_of(text)
        return sum(1 for t in terms if t in words) / len(terms)

    label = " ".join(x for x in (fig.label, fig.table_row, fig.table_col) if x)
    return 0.5 + 0.3 * share(f"{label} {context}") + 0.2 * share(f"{label} {window}")


@functools.lru_cache(maxsize=4096)
def _stems_of(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()))


def _window(p: Passage, fig: Figure, words: int = 6) -> str:
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    left = p.text[max(0, start - 200):start].split()[-words:]
    right = p.text[end:end + 200].split()[:words]
    return " ".join(left + right)


class Searcher:
    """Search over a Store and a vector store. Safe to call from many threads."""

    def __init__(
        self,
        store: Store,
        vectors: object | None,
        embedder: object | None,
        *,
        sentence_vectors: object | None = None,
        max_query_chars: int = MAX_QUERY_CHARS,
        max_concurrent: int | None = None,
    ):
        """``max_concurrent``: searches that run at once (default: one per CPU); the others
        wait their turn in arrival order (see ``gate.FairGate``)."""
        self.gate = FairGate(max_concurrent or default_concurrency())
        self.store = store
        self.vectors = vectors  # a VectorStore, or a callable returning the current one
        self.sentence_vectors = sentence_vectors
        self.embedder = embedder
        self.max_query_chars = max_query_chars
        self.rrf_k = RRF_K
        self.weights: dict[str, float] = {}

    @staticmethod
    def _current(v: object | None):  # type: ignore[no-untyped-def]
        return v() if callable(v) and not hasattr(v, "search") else v

    def _vectors(self):  # type: ignore[no-untyped-def]
        return self._current(self.vectors)

    # -- retrievers ------------------------------------------------------------------------
    def keyword(self, query: str, k: int, filters: Filters) -> list[tuple[int, float]]:
        return self.store.keyword_search(self.expand_acronyms(query), k, filters)

    def expand_acronyms(self, query: str) -> str:
        """Add acronyms for expansions the query spells out, and expansions for acronyms it
        uses, from the glossaries learned at ingest ("local government reorganisation" also
        searches "LGR"; "DSG" also searches "Dedicated Schools Grant")."""
        low = " " + re.sub(r"[^\w]+", " ", query.lower()) + " "
        tokens = set(low.split())
        extra: list[str] = []
        for acronym, expansion, exp in self.store.memo("acronym_forms", self._acronym_forms):
            if len(exp.split()) >= 2 and exp in low and acronym.lower() not in tokens:
                extra.append(acronym)
            elif acronym.lower() in tokens and len(acronym) >= 2 and acronym.isupper() and exp.strip() not in low:
                extra.append(expansion)
        return query if not extra else query + " " + " ".join(dict.fromkeys(extra))

    def _acronym_forms(self) -> list[tuple[str, str, str]]:
        """(acronym, expansion, the expansion in lower case, words only, space-padded)."""
        return [
            (acronym, expansion, " " + re.sub(r"[^\w]+", " ", expansion.lower()).strip() + " ")
            for acronym, expansion in self.store.all_glossary()
        ]

    def dense_sentences(self, query: str, k: int, filters: Filters, qv: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Passages ranked by their best-matching sentence: a paraphrase often matches one
        sentence closely while the passage as a whole is about more."""
        vs = self._current(self.sentence_vectors)
        if vs is None or self.embedder is None or len(vs) == 0:
            return []
        if qv is None:
            qv = self.embedder.encode_query(query)  # type: ignore[attr-defined]
        allowed = None
        if filters.active:
            allowed = np.array(self.store.sentence_ids(filters), dtype=np.int64)
            if not len(allowed):
                return []
        scores, ids = vs.search(qv.reshape(1, -1), 4 * k, allowed_ids=allowed)
        pairs = [(int(i), float(sc)) for sc, i in zip(scores[0], ids[0], strict=False) if int(i) >= 0]
        owner = self.store.sentence_passages([i for i, _ in pairs])
        out: list[tuple[int, float]] = []
        seen: set[int] = set()
        for sid, sc in pairs:
            pid = owner.get(sid)
            if pid is not None and pid not in seen:
                seen.add(pid)
                out.append((pid, sc))
        return out[:k]

    def dense(self, query: str, k: int, filters: Filters, qv: np.ndarray | None = None) -> list[tuple[int, float]]:
        vs = self._vectors()
        if vs is None or self.embedder is None or len(vs) == 0:
            return []
        if qv is None:
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
        with self.gate.held():
            return self._search(q, k, f, mode, collapse)

    def _search(self, q: str, k: int, f: Filters, mode: str, collapse: bool) -> list[Hit]:
        terms = query_terms(q)
        lists: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "bm25"):
            lists["bm25"] = self.keyword(q, CANDIDATES, f)
        if mode in ("hybrid", "dense") and self.embedder is not None:
            qv = self.embedder.encode_query(q)  # type: ignore[attr-defined]
            lists["dense"] = self.dense(q, CANDIDATES, f, qv)
            if mode == "hybrid":
                lists["dense_sentence"] = self.dense_sentences(q, CANDIDATES, f, qv)
        fused: dict[int, float] = {}
        found_by: dict[int, list[str]] = {}
        for name, candidates in lists.items():
            for rank, (pid, _score) in enumerate(candidates):
                fused[pid] = fused.get(pid, 0.0) + self.weights.get(name, 1.0) / (self.rrf_k + rank + 1)
                name = "dense" if name.startswith("dense") else name
                if name not in found_by.setdefault(pid, []):
                    found_by[pid].append(name)
        if not fused:
            return []
        pool = sorted(fused, key=lambda p: -fused[p])[: max(50, 4 * k)]
        passages = self.store.passages(pool)
        if mode == "hybrid":  # a ranking policy of ours; one retriever alone ranks as it is
            for pid, p in passages.items():
                if len(p.text.split()) < SHORT_PASSAGE_WORDS:
                    fused[pid] *= SHORT_PASSAGE_FACTOR
        doc_meta = self._doc_meta({p.doc_id for p in passages.values()})
        if mode == "hybrid":
            councils = self.store.councils()
            named = councils_named(self.expand_acronyms(q), councils) if len(councils) > 1 else set()
            if named:
                for pid, p in passages.items():
                    if doc_meta.get(p.doc_id, {}).get("council") not in named:
                        fused[pid] *= OTHER_COUNCIL_FACTOR
        nq = number_question(q)
        # a number question weighs every candidate's figures; otherwise only the hits' are read
        figures = self.store.passage_figures(pool) if nq is not None else {}
        answers: dict[int, Figure | None] = {}
        if nq is not None:
            for pid in pool:
                cand = passages.get(pid)
                if cand is None:
                    continue
                best, best_score = None, 0.0
                for fig in figures.get(pid, []):
                    if not answers_kind(fig, nq):
                        continue  # the wrong kind scores 0: skip reading its sentence
                    s = figure_match(fig, nq, _sentence_around(cand, fig), _window(cand, fig))
                    if s > best_score:
                        best, best_score = fig, s
                answers[pid] = best
                if best is not None:
                    fused[pid] += best_score * FIGURE_BOOST / (self.rrf_k + 1)
                else:
                    fused[pid] *= NO_FIGURE_FACTOR
        ranked = sorted((pid for pid in pool if pid in passages), key=lambda p: -fused[p])
        hashes = self.store.passage_hashes(ranked) if collapse else {}
        # the top k distinct passages; a copy of one (the same report inside the meeting
        # pack) is cited in its ``also_in``
        chosen: list[int] = []
        also: dict[int, list[Citation]] = {}
        by_hash: dict[str, int] = {}
        for pid in ranked:
            h = hashes.get(pid)
            if collapse and h is not None and h in by_hash:
                p = passages[pid]
                also.setdefault(by_hash[h], []).append(_citation(p, doc_meta.get(p.doc_id, {})))
                continue
            if len(chosen) >= k:
                continue
            if h is not None:
                by_hash[h] = pid
            chosen.append(pid)
        if nq is None:
            figures = self.store.passage_figures(chosen)
        entities = self.store.passage_entities(chosen)
        hits: list[Hit] = []
        for pid in chosen:
            p = passages[pid]
            hits.append(Hit(
                passage=p,
                score=round(fused[pid], 6),
                citation=_citation(p, doc_meta.get(p.doc_id, {})),
                figures=tuple(figures.get(pid, [])),
                entities=tuple(entities.get(pid, [])),
                highlights=highlight_spans(p.text, terms),
                retrievers=tuple(found_by.get(pid, [])),
                answer=answers.get(pid),
                also_in=tuple(also.get(pid, [])),
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
    return passage_sentence(p, fig.span) or ""


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


