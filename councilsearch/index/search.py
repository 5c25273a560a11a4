"""Hybrid search: BM25 (FTS5) and dense (FAISS) candidates fused by reciprocal rank fusion,
filters applied before ranking, number questions answered by the figure that fits, and
copies and near-copies of one passage (versions of a report, the report inside the meeting
pack) collapsed into one hit.

One search runs as named steps: ``_candidates`` (each retriever's ranked list) → ``fuse``
(reciprocal rank fusion, ``fusion``) → ``_adjust`` (our ranking policies: short passages, other councils,
number answers) → ``_collapse`` (copies and near-copies of one passage: ``nearcopy``) →
``_hits``. What a query means (validation, terms, councils named, highlights) is ``query``;
number questions are ``answer``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from councilsearch.errors import ManifestMismatchError
from councilsearch.index.answer import NumberQuestion, number_question, weigh
from councilsearch.index.answer_meaning import weigh_meaning
from councilsearch.index.answer_rank import doc_date, weigh_answers
from councilsearch.index.cite import cited_offset
from councilsearch.index.facets import (
    NEAR_WINDOW,
    RESULT_DEPTH,
    Member,
    Results,
    ResultSets,
    State,
    check_offset,
    check_sort,
    facet_counts,
    facet_values,
    member,
    ordered,
)
from councilsearch.index.fusion import (
    HUB_POOL,
    RRF_K,
    Ranked,
    best_similarity,
    capped,
    fuse,
    hub_corrected,
    relevant,
)
from councilsearch.index.gate import FairGate, default_concurrency
from councilsearch.index.named_council import Hits, Named, council_names, named_councils, names_in, of_council
from councilsearch.index.nearcopy import Candidate, collapse_copies
from councilsearch.index.query import (
    MAX_QUERY_CHARS,
    acronym_forms,
    check_filters,
    check_k,
    check_query,
    expand_acronyms,
    highlight_spans,
    query_terms,
)
from councilsearch.index.store import Store
from councilsearch.index.store.fts import KEYWORD_BUDGET, fts_query
from councilsearch.models import Citation, Figure, Filters, Hit, Passage

CANDIDATES = 100
_QUERY_THREADS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="councilsearch-query-embed")
"""Where queries are embedded while their keyword search runs. One thread: the model takes
one query at a time anyway (``embedding.gate``), and a query embedded on whichever of two
pool threads woke took longer than on one thread (int8, one process, calls alternated on a
busy machine: p50 32.7 ms against 24.1 ms, and 24.2 ms on the calling thread)."""
_DENSE_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="councilsearch-dense")
"""Where a search's dense candidates are found (its query embedded on ``_QUERY_THREADS``,
then the vector indexes searched) while its keyword search runs on the calling thread: a
graph search at 1,000,000 passages costs as much as the keyword search, and now runs beside
it. Two threads: the searches a process runs at once (``gate``, one per CPU by default)."""
# a passage of a few words (a lone heading, a date line) rarely answers a question
SHORT_PASSAGE_WORDS = 10
SHORT_PASSAGE_FACTOR = 0.7
# a question that names a council ("at Wyvern", "the county's", an acronym of the council) is about that
# council's papers: passages from other councils' documents are demoted, not removed. 0.3 until a number
# question's keyword list counted twice (``_keyword_weight``): its fused scores run up to 4/3 as high, and
# another council's passage found by keywords and meaning then outranked the named council's found by
# meaning alone; 0.2 keeps the preference as strong, and changes no dev question's ranking
OTHER_COUNCIL_FACTOR = 0.2
# a question that names only a tier ("the county", "the district") where the store holds several councils
# of it prefers their papers, less strongly: it says which kind of council, not which one
OTHER_TIER_FACTOR = 0.5
# a name a question writes with capitals (a scheme, a road, a place, a council whose papers do not say
# so) that at most NAME_DOC_SHARE of the store's papers hold prefers those papers as softly. Measured with
# bench/one_store.py (51 dev papers in one store): figures 364 -> 366 of 622, R@1 463 -> 468 of 756; each
# corpus in its own store unchanged (427, R@1 576, R@5 717); factor 0.3: one figure and one R@1 fewer, 0.7 alike
OTHER_NAME_FACTOR = 0.5
NAME_DOC_SHARE = 0.25
NAME_PASSAGES = 2000  # the passages read to find the papers that hold a name
_NAME_WORD = re.compile(r"[^\W_]+")

_V = TypeVar("_V")


@dataclass
class _Pool:
    """The best fused candidates of one search, as they are re-scored."""

    scores: dict[int, float]  # passage id -> fused score
    found_by: dict[int, list[str]]  # passage id -> the retrievers that found it
    ids: list[int]  # the pool, best fused first
    passages: dict[int, Passage]
    meta: dict[str, dict[str, object]]  # doc id -> title, council, doc_type, date
    answers: dict[int, Figure | None] = field(default_factory=dict)
    figures: dict[int, list[Figure]] = field(default_factory=dict)  # read for a number question
    similarity: dict[int, float] = field(default_factory=dict)  # best dense cosine, passage or sentence

    def ranked(self) -> list[int]:
        return sorted((pid for pid in self.ids if pid in self.passages), key=lambda p: -self.scores[p])

    def citation(self, pid: int) -> Citation:
        p = self.passages[pid]
        return _citation(p, self.meta.get(p.doc_id, {}))


def _demote_short(pool: _Pool) -> None:
    for pid, p in pool.passages.items():
        # at most SHORT_PASSAGE_WORDS splits: a long passage's words are not all cut apart
        if len(p.text.split(None, SHORT_PASSAGE_WORDS)) < SHORT_PASSAGE_WORDS and not _table_row(p):
            pool.scores[pid] *= SHORT_PASSAGE_FACTOR


_ROW_LABEL = re.compile(r"[^\W\d_]{3}")


def _table_row(p: Passage) -> bool:
    """A table row with a label and figures: a whole record, however few its words (a table's
    head, a unit line or a label alone is not)."""
    cells = p.text.split("\t")
    return p.kind == "table" and len(cells) >= 2 and bool(_ROW_LABEL.search(cells[0])) and any(
        ch.isdigit() for c in cells[1:] for ch in c
    )


def _keyword_weight(nq: NumberQuestion | None, lists: dict[str, Ranked]) -> float:
    """How much the keyword list counts in the fusion: for a number question, as much as the
    dense lists together (the one dense retriever's two views, passage and best sentence, are a
    list each); otherwise as much as one list. A number question asks for one figure, whose
    passage names the thing measured in the question's own words, while the passage closest in
    meaning is often a report's overview that touches every subject. Measured over the 412 dev
    number questions (both corpora, heldout3-6): top-hit figure right 292 -> 295, the answer
    passage first 406 -> 411 of 510 retrieval questions; the same weight for every query cost
    the bundled dev set's MRR 0.767 -> 0.739; 1.5: 293, 3: 287."""
    if nq is None:
        return 1.0
    return float(max(1, sum(1 for name in lists if name.startswith("dense"))))


def _demote_other_councils(pool: _Pool, named: set[str], factor: float, spare_unknown: bool = False) -> None:
    """Passages of councils other than ``named`` scaled by ``factor`` (``spare_unknown``: not those
    of a paper whose council is not known)."""
    for pid, p in pool.passages.items():
        council = pool.meta.get(p.doc_id, {}).get("council")
        if council not in named and (council or not spare_unknown):
            pool.scores[pid] *= factor


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
        refused: ManifestMismatchError | None = None,
    ):
        """``max_concurrent``: searches that run at once (default: one per CPU); the others
        wait their turn in arrival order (see ``gate.FairGate``)."""
        self.gate = FairGate(max_concurrent or default_concurrency())
        self.store = store
        self.vectors = vectors  # a VectorStore, or a callable returning the current one
        self.sentence_vectors = sentence_vectors
        self.embedder = embedder
        self.max_query_chars = max_query_chars
        self.result_sets = ResultSets()  # the last searches' result sets, for their other pages
        self.refused = refused  # why semantic search is refused (Library.refused): raised for it

    @staticmethod
    def _current(v: object | None):  # type: ignore[no-untyped-def]
        return v() if callable(v) and not hasattr(v, "search") else v

    def _vectors(self):  # type: ignore[no-untyped-def]
        return self._current(self.vectors)

    # -- retrievers ------------------------------------------------------------------------
    def keyword(self, query: str, k: int, filters: Filters) -> Ranked:
        return self.store.keyword_search(self.expand_acronyms(query), k, filters)

    def expand_acronyms(self, query: str) -> str:
        """The query with the acronyms and expansions of the glossaries learned at ingest
        (``query.expand_acronyms``)."""
        forms = self.store.memo("acronym_forms", lambda: acronym_forms(self.store.all_glossary()))
        return expand_acronyms(query, forms)

    def dense_sentences(self, query: str, k: int, filters: Filters, qv: np.ndarray | None = None) -> Ranked:
        """Passages ranked by their best-matching sentence: a paraphrase often matches one
        sentence closely while the passage as a whole is about more."""
        vs = self._current(self.sentence_vectors)
        pairs = self._nearest(vs, query, 4 * k, filters, qv, self.store.sentence_ids)
        if not pairs:
            return []
        owner = self.store.sentence_passages([i for i, _ in pairs])
        out: Ranked = []
        seen: set[int] = set()
        for sid, sc in pairs:
            pid = owner.get(sid)
            if pid is not None and pid not in seen:
                seen.add(pid)
                out.append((pid, sc))
        return out[:k]

    def dense(self, query: str, k: int, filters: Filters, qv: np.ndarray | None = None) -> Ranked:
        """Passages nearest the query, a passage near all the others (an overview of many
        subjects) moved down (``fusion.hub_corrected``)."""
        vs = self._vectors()
        ranked = self._nearest(vs, query, k, filters, qv, self.store.passage_ids)
        if len(ranked) < 3:
            return ranked
        # the candidates' vectors from the index that found them (not read back from the store:
        # p50 0.48 -> 0.12 ms a search at 100 candidates, measured by bench/hub_vectors.py)
        ids, vectors = vs.vectors([pid for pid, _ in ranked[:HUB_POOL]])
        return hub_corrected(ranked, ids, vectors)

    def _nearest(
        self, vs, query: str, n: int, filters: Filters,  # type: ignore[no-untyped-def]
        qv: np.ndarray | None, ids_of: Callable[[Filters], list[int]],
    ) -> Ranked:
        """The ``n`` vectors of ``vs`` nearest the query, among those the filters allow
        (``ids_of(filters)``)."""
        if vs is None or self.embedder is None or len(vs) == 0:
            return []
        if qv is None:
            qv = self.embedder.encode_query(query)  # type: ignore[attr-defined]
        allowed = None
        if filters.active:
            allowed = np.array(ids_of(filters), dtype=np.int64)
            if not len(allowed):
                return []
        scores, ids = vs.search(qv.reshape(1, -1), n, allowed_ids=allowed)
        return [(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=False) if int(i) >= 0]

    # -- the search --------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 5,
        filters: Filters | None = None,
        *,
        mode: str = "hybrid",
        collapse: bool = True,
    ) -> Hits:
        """The ``k`` best hits for ``query``, saying which council it names (``Hits``)."""
        q = check_query(query, self.max_query_chars)
        check_k(k)
        f = check_filters(filters or Filters())
        f = replace(f, council=self.store.check_council(f.council))
        with self.gate.held():
            return self._search(q, k, f, mode, collapse)

    def _search(self, q: str, k: int, f: Filters, mode: str, collapse_copies: bool) -> Hits:
        lists = self._candidates(q, f, mode)
        nq = number_question(q)
        scores, found_by = fuse(lists, _keyword_weight(nq, lists))
        if not scores:
            return Hits()
        best_first = sorted(scores, key=lambda p: -scores[p])
        named = self.named_councils(q, f, mode)
        ids = best_first[: max(50, 4 * k)]
        pool = self._pool(scores, found_by, ids + of_council(self.store, best_first[len(ids):], named.one))
        pool.similarity = best_similarity(lists)
        self._adjust(pool, q, mode, nq, named)
        ranked = pool.ranked()
        chosen, copies = self._collapse(pool, ranked, k) if collapse_copies else (ranked[:k], {})
        if nq is None:  # a number question read every candidate's figures; else only the hits'
            pool.figures = self.store.passage_figures(chosen)
        return Hits(self._hits(pool, chosen, copies, query_terms(q)), named.one)

    def _candidates(self, q: str, f: Filters, mode: str, depth: int = CANDIDATES) -> dict[str, Ranked]:
        """Each retriever's ``depth`` best candidates: keyword (``bm25``) and dense (``dense``:
        passages; ``dense_sentence``: passages by their best sentence, hybrid only)."""
        lists: dict[str, Ranked] = {}
        if self.refused is not None and mode in ("hybrid", "dense"):
            raise ManifestMismatchError(self.refused.message, detail=self.refused.detail)
        dense = mode in ("hybrid", "dense") and self.embedder is not None
        # the query is embedded and its vector searched on other threads while the keyword
        # search runs here (all three release the GIL): a hybrid search waits for the longer
        # of the two, not for both
        dense_soon = _DENSE_THREADS.submit(self._dense_lists, q, f, mode, depth) if dense else None
        if mode in ("hybrid", "bm25"):
            lists["bm25"] = self.keyword(q, depth, f)
        if dense_soon is not None:
            lists.update(dense_soon.result())
        return lists

    def _dense_lists(self, q: str, f: Filters, mode: str, depth: int) -> dict[str, Ranked]:
        """The dense candidates (on a ``_DENSE_THREADS`` thread): the query embedded on the
        embedding thread, then searched in the passage (and, hybrid, sentence) vectors."""
        qv = _QUERY_THREADS.submit(self.embedder.encode_query, q).result()  # type: ignore[attr-defined,union-attr]
        out = {"dense": self.dense(q, depth, f, qv)}
        if mode == "hybrid":
            out["dense_sentence"] = self.dense_sentences(q, depth, f, qv)
        return out

    def _pool(self, scores: dict[int, float], found_by: dict[int, list[str]], ids: list[int]) -> _Pool:
        """The candidates ``ids`` (best fused first) read for re-scoring."""
        passages = self.store.passages(ids)
        meta = self.store.document_meta({p.doc_id for p in passages.values()})
        return _Pool(scores, found_by, ids, passages, meta)

    def named_councils(self, q: str, f: Filters, mode: str = "hybrid") -> Named:
        """The stored councils question ``q`` names (``named_council``), whose papers a hybrid
        search prefers; none when the filters already choose a council or the store holds one."""
        councils = self.store.councils()
        if mode != "hybrid" or f.council or len(councils) < 2:
            return Named()
        names = self.store.memo("council_names", lambda: council_names(councils, self.store.council_codes()))
        return named_councils(self.expand_acronyms(q), names)

    def _adjust(self, pool: _Pool, q: str, mode: str, nq: NumberQuestion | None, named: Named) -> None:
        """Our ranking policies, in hybrid mode (one retriever alone ranks as it is): short
        passages and the papers of councils other than those the question names move down. A
        number question weighs every candidate's figures, in any mode."""
        if mode == "hybrid":
            _demote_short(pool)
        if nq is not None:
            pool.figures = self.store.passage_figures(pool.ids)
            fits = weigh_answers(pool, weigh(nq, self._passages_with, self.store.passage_count()), 1 / (RRF_K + 1))
            if mode in ("hybrid", "dense") and self.embedder is not None and self.refused is None:
                weigh_meaning(pool, fits, q, self.embedder, 1 / (RRF_K + 1))
        # last: a figure's lift does not carry another council's (or paper's) passage back up
        if named.councils:
            _demote_other_councils(pool, set(named.councils), OTHER_COUNCIL_FACTOR)
            return
        self._prefer_named_papers(pool, q)
        if named.tier:
            _demote_other_councils(pool, set(named.tier), OTHER_TIER_FACTOR, spare_unknown=True)

    def _prefer_named_papers(self, pool: _Pool, q: str) -> None:
        """A name the question writes with capitals ("the Orlwick Road scheme") that only some of
        the store's papers hold prefers their passages (``names_in``): papers holding every name
        that some paper holds, else any of them. A name most papers hold says nothing."""
        docs = self.store.memo("document_count", self.store.count_documents)
        # a name's papers, kept until the store next changes: the names of a library's questions recur
        papers: dict[str, set[str]] = self.store.memo("named_papers", dict)
        held = []
        for name in names_in(q):
            words = _NAME_WORD.findall(name)
            if all(len(w) == 1 for w in words):  # single letters ("B&B"): no name to find
                continue
            phrase = '"' + " ".join(words) + '"'
            found = papers.get(phrase)
            if found is None:
                found = papers[phrase] = self.store.documents_matching(phrase, NAME_PASSAGES)
            if found and len(found) <= NAME_DOC_SHARE * docs:
                held.append(found)
        if not held:
            return
        both = set.intersection(*held) or set.union(*held)
        for pid, p in pool.passages.items():
            if p.doc_id not in both:
                pool.scores[pid] *= OTHER_NAME_FACTOR

    def _passages_with(self, word: str) -> int:
        """How many passages hold ``word`` (FTS5; counting stops past ``KEYWORD_BUDGET``, where a
        word is common enough to weigh little), kept until the store next changes."""
        counts: dict[str, int] = self.store.memo("number_word_counts", dict)
        n = counts.get(word)
        if n is None:
            n = counts[word] = self.store.keyword_match_count(fts_query(word), KEYWORD_BUDGET + 1)
        return n

    def _collapse(
        self, pool: _Pool, ranked: list[int], k: int, near: int | None = None
    ) -> tuple[list[int], dict[int, list[int]]]:
        """The top ``k`` distinct passages and the copies of each (``nearcopy``): versions,
        pack copies and repeats of one passage become one hit, led by the most specific and
        newest copy, which takes the score of the best-ranked one (``near``: see
        ``nearcopy.collapse_copies``)."""
        hashes = self.store.passage_hashes(ranked)
        sizes = self.store.document_sizes({pool.passages[pid].doc_id for pid in ranked})
        cands = []
        for pid in ranked:
            p = pool.passages[pid]
            meta = pool.meta.get(p.doc_id, {})
            date = meta.get("date")
            cands.append(Candidate(
                pid, p.doc_id, p.text, hashes.get(pid), str(meta.get("council") or ""),
                date if isinstance(date, str) else None, sizes.get(p.doc_id, 1), str(meta.get("doc_type") or ""),
                paged=meta.get("format") == "pdf" or int(str(meta.get("n_pages") or 1)) > 1,
            ))
        chosen, copies = collapse_copies(cands, k, near)
        for lead in chosen:
            pool.scores[lead] = max(pool.scores[pid] for pid in (lead, *copies.get(lead, ())))
        return chosen, copies

    # -- a whole result set (``facets``) ------------------------------------------------------
    def results(
        self,
        query: str,
        filters: Filters | None = None,
        *,
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        mode: str = "hybrid",
    ) -> Results:
        """One page of a search's result set: every hit that passes the filters and the
        relevance cut (``relevant``), in ``sort`` order (``facets.SORTS``), from ``offset``,
        at most ``limit``; with the set's total and its facet counts. Every page of one set
        is cut from one order, so paging through it shows each hit once. When nothing passes
        the cut, the set is the best ``CANDIDATES`` candidates, marked ``weak``."""
        q = check_query(query, self.max_query_chars)
        check_k(limit)
        s, o = check_sort(sort), check_offset(offset)
        f = check_filters(filters or Filters())
        f = replace(f, council=self.store.check_council(f.council))
        with self.gate.held():
            return self._results(q, f, mode, s, o, limit)

    def _results(self, q: str, f: Filters, mode: str, sort: str, offset: int, limit: int) -> Results:
        key = (q, f, mode)
        state = self._state()  # read before ranking: a write meanwhile is seen by the next search
        kept = self.result_sets.get(key, state)
        rs = kept or self._result_set(q, f, mode)
        if kept is None:
            self.result_sets.put(key, state, rs.without_texts())
        page = [m.pid for m in ordered(rs.members, sort)[offset: offset + limit]]
        pool = rs.pool if kept is None else self._page_pool(rs, page, state)
        if pool is None:  # the store moved while the kept set's page was read: rank it afresh
            rs = self._result_set(q, f, mode)
            page = [m.pid for m in ordered(rs.members, sort)[offset: offset + limit]]
            pool = rs.pool
        pool = replace(pool, figures=self.store.passage_figures(page))
        return Results(
            hits=self._hits(pool, page, rs.copies, rs.terms), total=len(rs.members), offset=offset, limit=limit,
            sort=sort, facets=rs.facets, weak=rs.weak, capped=rs.capped, council_from_question=rs.council,
        )

    def _page_pool(self, rs: _ResultSet, page: list[int], state: State) -> _Pool | None:
        """A kept set's pool with the passages of ``page`` and of their copies read again (a
        kept set holds no passage texts); None when the store has moved since it was ranked."""
        need = {c for pid in page for c in (pid, *rs.copies.get(pid, ()))}
        passages = self.store.passages(sorted(need))
        if len(passages) != len(need) or self.store.generation() != state.generation:
            return None
        return replace(rs.pool, passages=passages)

    def _state(self) -> State:
        """What a result set is ranked over: the store's generation and what each vector
        index is searching now (the index, which the library may swap whole, and its
        ``generation``, which moves on every add and remove)."""
        now: list[object] = []
        for vs in (self._vectors(), self._current(self.sentence_vectors)):
            now += [vs, getattr(vs, "generation", None)]
        return ResultSets.state(self.store.generation(), now)

    def _result_set(self, q: str, f: Filters, mode: str) -> _ResultSet:
        """A search's whole result set, ranked, its copies collapsed and its facets counted;
        never changed once made (``ResultSets`` keeps it for the search's other pages)."""
        lists = self._candidates(q, f, mode, RESULT_DEPTH)
        nq = number_question(q)
        scores, found_by = fuse(lists, _keyword_weight(nq, lists))
        similarity = best_similarity(lists)
        best_first = sorted(scores, key=lambda p: (-scores[p], p))
        kept = [pid for pid in best_first if relevant(found_by[pid], similarity.get(pid))]
        pool = self._pool(scores, found_by, kept or best_first[:CANDIDATES])
        pool.similarity = similarity
        named = self.named_councils(q, f, mode)
        self._adjust(pool, q, mode, nq, named)
        ranked = sorted(pool.ranked(), key=lambda p: (-pool.scores[p], p))
        chosen, copies = self._collapse(pool, ranked, len(ranked), near=NEAR_WINDOW)
        members = self._members(pool, chosen, copies)
        return _ResultSet(pool, copies, members, facet_counts(members), query_terms(q),
                          weak=bool(best_first) and not kept, capped=capped(lists, RESULT_DEPTH), council=named.one)

    @staticmethod
    def _members(pool: _Pool, chosen: list[int], copies: dict[int, list[int]]) -> list[Member]:
        """The set's hits as facets count them: each lead with its score, date and the facet
        values it and its copies have."""
        values = {pid: facet_values(pool.meta.get(p.doc_id, {}), p.kind) for pid, p in pool.passages.items()}
        shared: dict[tuple[frozenset[str], ...], Mapping[str, frozenset[str]]] = {}
        return [
            member(pid, pool.scores[pid], doc_date(pool.meta.get(pool.passages[pid].doc_id, {})),
                   [values[c] for c in (pid, *copies.get(pid, ()))], shared)
            for pid in chosen
        ]

    def _hits(self, pool: _Pool, chosen: list[int], copies: dict[int, list[int]], terms: list[str]) -> list[Hit]:
        entities = self.store.passage_entities(chosen)
        marks = {pid: highlight_spans(pool.passages[pid].text, terms) for pid in chosen}
        return [
            Hit(
                passage=pool.passages[pid],
                score=round(pool.scores[pid], 6),
                citation=self._cited(pool, pid, marks[pid]),
                figures=tuple(pool.figures.get(pid, [])),
                entities=tuple(entities.get(pid, [])),
                highlights=marks[pid],
                retrievers=tuple(pool.found_by.get(pid, [])),
                answer=pool.answers.get(pid),
                similarity=pool.similarity.get(pid),
                also_in=tuple(pool.citation(c) for c in copies.get(pid, [])),
            )
            for pid in chosen
        ]


    def _cited(self, pool: _Pool, pid: int, highlights: tuple[tuple[int, int], ...]) -> Citation:
        """The hit's citation names the paragraph (and its heading path) that its best-matching
        sentence is in, which need not be where a long passage starts (``cite``)."""
        p, c = pool.passages[pid], pool.citation(pid)
        at = cited_offset(p, highlights, pool.answers.get(pid))
        holder = self.store.section_at(p.doc_id, at) if at is not None else None
        if holder is None or holder.id == p.section_id:
            return c
        return replace(c, section_path=holder.path, para_no=holder.para_no)


@dataclass(frozen=True)
class _ResultSet:
    """A search's whole result set as ``ResultSets`` keeps it: any page is cut from it."""

    pool: _Pool
    copies: dict[int, list[int]]
    members: list[Member]
    facets: dict[str, list[tuple[str, int]]]
    terms: list[str]
    weak: bool
    capped: bool
    council: str | None = None  # the council the question names, whose papers were preferred

    def without_texts(self) -> _ResultSet:
        """The set as ``ResultSets`` keeps it: without its passages and figures (most of its
        memory), which a page reads again for its own hits, and with the scores of its hits
        and their copies only (not of every candidate the retrievers gave)."""
        hits = {m.pid for m in self.members} | {c for cs in self.copies.values() for c in cs}
        p = self.pool
        return replace(self, pool=replace(
            p, passages={}, figures={}, ids=[], scores=_only(p.scores, hits), found_by=_only(p.found_by, hits),
            answers=_only(p.answers, hits), similarity=_only(p.similarity, hits),
        ))


def _only(d: dict[int, _V], keys: set[int]) -> dict[int, _V]:
    return {k: v for k, v in d.items() if k in keys}


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
