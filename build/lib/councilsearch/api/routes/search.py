"""GET /search, /figures and /entities."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from councilsearch.api.deps import SearcherDep, SettingsDep, StoreDep
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import (
    AnswerOut,
    CitationOut,
    CitedFigureOut,
    EntitiesResponse,
    EntityOut,
    EntityRow,
    FacetsOut,
    FigureOut,
    FiguresResponse,
    HitOut,
    SearchFilters,
    SearchResponse,
    figure_context,
)
from councilsearch.errors import QueryError
from councilsearch.index.answer import top_answer
from councilsearch.index.query import (
    check_entity_label,
    check_figure_kind,
    check_filters,
    check_k,
    check_query,
)
from councilsearch.index.store import Store
from councilsearch.jobs.results import (
    FIGURE_COLUMNS,
    HIT_COLUMNS,
    Link,
    figure_rows,
    hit_rows,
    to_csv,
    view_url,
)
from councilsearch.models import Filters, SectionKind

router = APIRouter()

# models.DOC_TYPES, spelled out for the OpenAPI schema (tests/test_api.py checks they agree)
DocType = Literal["peer_challenge", "progress_review", "productivity_plan", "agenda", "report", "minutes", "other"]

CSV_MAX_ROWS = 10_000
Text200 = Annotated[str | None, Query(max_length=200)]


Sort = Literal["relevance", "date"]
EXPORT_MAX_HITS = 2000


@dataclass(frozen=True)
class SearchQuery:
    query: str
    k: int | None  # the page size asked for (k or limit); None: not given
    filters: Filters
    sort: str = "relevance"
    offset: int = 0

    @property
    def page(self) -> int:
        return self.k or 5


def search_query(
    settings: SettingsDep,
    q: Annotated[str, Query(description="A question or keywords (at most 1,000 characters).")],
    k: Annotated[int | None, Query(description="How many hits from offset (1 to the server's max_k, 100 by "
                                   "default; 5 when neither k nor limit is given).")] = None,
    limit: Annotated[int | None, Query(description="The same as k.")] = None,
    offset: Annotated[int, Query(ge=0, le=100_000, description="Hits of the result set to skip.")] = 0,
    sort: Annotated[Sort, Query(description="relevance, or date (newest first; ties by relevance).")] = "relevance",
    council: Annotated[str | None, Query(max_length=200, description="Only this council: its full name (any case) or ONS code.")] = None,
    doc_type: Annotated[DocType | None, Query(description="Only this document type.")] = None,
    doc: Annotated[str | None, Query(max_length=200, description="Only this document id.")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="Documents dated on or before YYYY-MM-DD.")] = None,
    section_kind: Annotated[SectionKind | None, Query(description="Only passages of this kind.")] = None,
) -> SearchQuery:
    """A search request's parameters, checked (the one reading of them for /search and its exports)."""
    query = check_query(q, settings.max_query_chars)
    if k is not None and limit is not None and k != limit:
        raise QueryError(f"k ({k}) and limit ({limit}) are one thing: give one of them")
    size = k if k is not None else limit
    if size is not None:
        check_k(size, settings.max_k)
    filters = check_filters(Filters(council=council, doc_type=doc_type, doc_id=doc, date_from=date_from,
                                    date_to=date_to, section_kind=section_kind))
    return SearchQuery(query, size, filters, sort, offset)


SearchQueryDep = Annotated[SearchQuery, Depends(search_query)]


def _search_response(searcher: SearcherDep, sq: SearchQuery, size: int) -> SearchResponse:
    t0 = time.perf_counter()
    query, filters = sq.query, sq.filters
    res = searcher.results(query, filters, sort=sq.sort, offset=sq.offset, limit=size)
    hits = res.hits
    first = sq.offset == 0 and sq.sort == "relevance"  # the answer is the best hits' to give
    return SearchResponse(
        query=query, k=size,
        filters=SearchFilters(council=filters.council, doc_type=filters.doc_type, doc=filters.doc_id,
                              date_from=filters.date_from, date_to=filters.date_to,
                              section_kind=filters.section_kind),
        count=len(hits),
        took_ms=round((time.perf_counter() - t0) * 1000, 2),
        total=res.total, offset=res.offset, sort=res.sort, has_more=res.has_more, capped=res.capped,
        facets=FacetsOut.of(res.facets),
        answer=AnswerOut.of(*top, query) if first and (top := top_answer(hits)) is not None else None,
        weak=res.weak, council_from_question=res.council_from_question,
        hits=[HitOut.of(n, h, query) for n, h in enumerate(hits, sq.offset + 1)],
    )


@router.get(
    "/search",
    response_model=SearchResponse,
    responses=error_responses(422),
    tags=["search"],
    summary="Search passages",
)
def search(searcher: SearcherDep, sq: SearchQueryDep) -> SearchResponse:
    """Hybrid keyword + dense search. Each hit carries the passage, the query terms it holds,
    a citation, its figures and entities, which retrievers found it, the figure that answers
    a number question, and the other places the same passage appears.

    The result set is every hit that passes the filters and the relevance cut (it holds the
    query's words, or is close in meaning); `total` counts it, `facets` count it by council,
    document type, year and section kind, and `offset` with `k` (or `limit`) pages through
    it in `sort` order, each hit once."""
    return _search_response(searcher, sq, sq.page)


@router.get(
    "/search.json",
    response_model=SearchResponse,
    responses=error_responses(422),
    tags=["search"],
    summary="Search passages, as a JSON file to download",
)
def search_json(searcher: SearcherDep, sq: SearchQueryDep) -> Response:
    """The same as /search, as a file: without k or limit, every hit of the result set from
    `offset` (at most 2,000)."""
    out = _search_response(searcher, sq, sq.k or EXPORT_MAX_HITS)
    return _download(out.model_dump_json(by_alias=True, indent=1).encode(), "search.json", "application/json")


@router.get(
    "/search.csv",
    response_class=Response,
    responses={**error_responses(422), 200: {"content": {"text/csv": {}}, "description": "The hits as CSV."}},
    tags=["search"],
    summary="Search passages, as a CSV file",
)
def search_csv(request: Request, searcher: SearcherDep, sq: SearchQueryDep) -> Response:
    """The hits of the same search as /search, one row each with its citation and a link back
    to the cited span; text a spreadsheet would run as a formula is written behind a `'`.
    Without k or limit, every hit of the result set from `offset` (at most 2,000)."""
    res = searcher.results(sq.query, sq.filters, sort=sq.sort, offset=sq.offset, limit=sq.k or EXPORT_MAX_HITS)
    rows = hit_rows(res.hits, _linker(request, sq.query), first_rank=sq.offset + 1)
    return _csv(to_csv(rows, HIT_COLUMNS), "search")


@dataclass(frozen=True)
class FigureQuery:
    store_args: dict[str, Any]
    offset: int
    limit: int


def figure_query(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=1000, description="Words in what the figure measures or its sentence.")] = None,
    kind: Annotated[str | None, Query(max_length=40, description="money | percent | count | period | date")] = None,
    min_value: Annotated[float | None, Query(alias="min", allow_inf_nan=False, description="Smallest value.")] = None,
    max_value: Annotated[float | None, Query(alias="max", allow_inf_nan=False, description="Largest value.")] = None,
    period: Annotated[str | None, Query(max_length=20, description="Financial year, e.g. 2025/26.")] = None,
    doc: Annotated[str | None, Query(max_length=200, description="Only this document id.")] = None,
    label: Annotated[str | None, Query(max_length=200, description="Words in what the figure measures.")] = None,
    council: Annotated[str | None, Query(max_length=200, description="Only this council: its full name (any case) or ONS code.")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="Documents dated on or before YYYY-MM-DD.")] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="At most this many.")] = 100,
) -> FigureQuery:
    """A figures request's parameters, checked (the one reading of them for /figures and /figures.csv)."""
    if min_value is not None and max_value is not None and min_value > max_value:
        raise QueryError(f"min ({min_value:g}) is larger than max ({max_value:g})")
    flt = check_filters(Filters(council=council, date_from=date_from, date_to=date_to))
    args = {"doc_id": doc or None, "kind": check_figure_kind(kind), "min_value": min_value, "max_value": max_value,
            "period": period or None, "label": label or None, "q": q or None,
            "council": store.check_council(flt.council),
            "date_from": flt.date_from, "date_to": flt.date_to}
    return FigureQuery(args, offset, limit)


FigureQueryDep = Annotated[FigureQuery, Depends(figure_query)]


@router.get(
    "/figures",
    response_model=FiguresResponse,
    responses=error_responses(422),
    tags=["figures"],
    summary="List extracted figures",
)
def figures(store: StoreDep, fq: FigureQueryDep) -> FiguresResponse:
    """Figures (money, percentages, counts, years, dates) with what they measure, the period
    they refer to, and a citation to where each appears."""
    return _figures(store, fq.store_args, fq.offset, fq.limit)


@router.get(
    "/figures.json",
    response_model=FiguresResponse,
    responses=error_responses(422),
    tags=["figures"],
    summary="List extracted figures, as a JSON file to download",
)
def figures_json(store: StoreDep, fq: FigureQueryDep) -> Response:
    """Every figure /figures lists for the same filters (from ``offset``, up to 10,000;
    ``limit`` is ignored), as /figures.csv does."""
    out = _figures(store, fq.store_args, fq.offset, CSV_MAX_ROWS)
    return _download(out.model_dump_json(by_alias=True, indent=1).encode(), "figures.json", "application/json")


def _figures(store: Store, store_args: dict[str, Any], offset: int, limit: int) -> FiguresResponse:
    rows = store.figures(**store_args, limit=limit + 1, offset=offset)
    has_more = len(rows) > limit
    rows = rows[:limit]
    passages = store.passages([pid for _, _, pid in rows if pid is not None])
    out = [
        CitedFigureOut(
            figure=FigureOut.of(f), citation=CitationOut.of(c), passage_id=pid,
            context=figure_context(passages.get(pid) if pid is not None else None, f),
        )
        for f, c, pid in rows
    ]
    return FiguresResponse(count=len(out), offset=offset, limit=limit, has_more=has_more, figures=out)


@router.get(
    "/figures.csv",
    response_class=Response,
    responses={**error_responses(422), 200: {"content": {"text/csv": {}}, "description": "The figures as CSV."}},
    tags=["figures"],
    summary="List extracted figures, as a CSV file",
)
def figures_csv(request: Request, store: StoreDep, fq: FigureQueryDep) -> Response:
    """Every figure /figures lists for the same filters (from ``offset``, up to 10,000 rows;
    ``limit`` is ignored), one row each with its citation and a link back to where it appears."""
    rows = store.figures(**fq.store_args, limit=CSV_MAX_ROWS, offset=fq.offset)
    return _csv(to_csv(figure_rows([(f, c) for f, c, _ in rows], _linker(request)), FIGURE_COLUMNS), "figures")


def _linker(request: Request, q: str | None = None) -> Link:
    base = str(request.base_url).rstrip("/")
    return lambda doc_id, span: base + view_url(doc_id, span, q)


def _csv(text: str, name: str) -> Response:
    return _download(text.encode("utf-8-sig"), f"{name}.csv", "text/csv; charset=utf-8")


def _download(body: bytes, filename: str, media_type: str) -> Response:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get(
    "/entities",
    response_model=EntitiesResponse,
    responses=error_responses(422),
    tags=["entities"],
    summary="List extracted entities",
)
def entities(
    store: StoreDep,
    label: Annotated[str | None, Query(max_length=40, description="ORG | PERSON | ROLE | PROGRAMME | COMMITTEE | ACRONYM …")] = None,
    doc: Annotated[str | None, Query(max_length=200, description="Only this document id.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the name.")] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EntitiesResponse:
    """People, organisations, roles, programmes, committees and acronyms, with spans."""
    rows = store.entities(doc_id=doc or None, label=check_entity_label(label), q=q or None, limit=limit + 1,
                          offset=offset)
    has_more = len(rows) > limit
    rows = rows[:limit]
    return EntitiesResponse(
        count=len(rows), offset=offset, limit=limit, has_more=has_more,
        entities=[EntityRow(doc_id=d, **EntityOut.of(e).model_dump()) for e, d in rows],
    )
