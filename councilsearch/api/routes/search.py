"""GET /search, /figures and /entities."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from councilsearch.api.deps import SearcherDep, SettingsDep, StoreDep
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import (
    CitationOut,
    CitedFigureOut,
    EntitiesResponse,
    EntityOut,
    EntityRow,
    FigureOut,
    FiguresResponse,
    HitOut,
    SearchFilters,
    SearchResponse,
    figure_context,
)
from councilsearch.errors import QueryError
from councilsearch.index.query import (
    check_entity_label,
    check_figure_kind,
    check_filters,
    check_k,
    check_query,
)
from councilsearch.models import Filters, SectionKind

router = APIRouter()

# models.DOC_TYPES, spelled out for the OpenAPI schema (tests/test_api.py checks they agree)
DocType = Literal["peer_challenge", "progress_review", "productivity_plan", "agenda", "report", "minutes", "other"]

Text200 = Annotated[str | None, Query(max_length=200)]


@router.get(
    "/search",
    response_model=SearchResponse,
    responses=error_responses(422),
    tags=["search"],
    summary="Search passages",
)
def search(
    searcher: SearcherDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="A question or keywords (at most 1,000 characters).")],
    k: Annotated[int, Query(description="How many hits (1 to the server's max_k, 100 by default).")] = 5,
    council: Annotated[str | None, Query(max_length=200, description="Only this council (substring).")] = None,
    doc_type: Annotated[DocType | None, Query(description="Only this document type.")] = None,
    doc: Annotated[str | None, Query(max_length=200, description="Only this document id.")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="Documents dated on or before YYYY-MM-DD.")] = None,
    section_kind: Annotated[SectionKind | None, Query(description="Only passages of this kind.")] = None,
) -> SearchResponse:
    """Hybrid keyword + dense search. Each hit carries the passage, the query terms it holds,
    a citation, its figures and entities, which retrievers found it, the figure that answers
    a number question, and the other places the same passage appears."""
    t0 = time.perf_counter()
    query = check_query(q, settings.max_query_chars)
    check_k(k, settings.max_k)
    filters = check_filters(Filters(council=council, doc_type=doc_type, doc_id=doc, date_from=date_from,
                                    date_to=date_to, section_kind=section_kind))
    hits = searcher.search(query, k=k, filters=filters)
    return SearchResponse(
        query=query, k=k,
        filters=SearchFilters(council=filters.council, doc_type=filters.doc_type, doc=filters.doc_id,
                              date_from=filters.date_from, date_to=filters.date_to,
                              section_kind=filters.section_kind),
        count=len(hits),
        took_ms=round((time.perf_counter() - t0) * 1000, 2),
        hits=[HitOut.of(n, h, query) for n, h in enumerate(hits, 1)],
    )


@router.get(
    "/figures",
    response_model=FiguresResponse,
    responses=error_responses(422),
    tags=["figures"],
    summary="List extracted figures",
)
def figures(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=1000, description="Words in what the figure measures or its sentence.")] = None,
    kind: Annotated[str | None, Query(max_length=40, description="money | percent | count | period | date")] = None,
    min_value: Annotated[float | None, Query(alias="min", allow_inf_nan=False, description="Smallest value.")] = None,
    max_value: Annotated[float | None, Query(alias="max", allow_inf_nan=False, description="Largest value.")] = None,
    period: Annotated[str | None, Query(max_length=20, description="Financial year, e.g. 2025/26.")] = None,
    doc: Annotated[str | None, Query(max_length=200, description="Only this document id.")] = None,
    label: Annotated[str | None, Query(max_length=200, description="Words in what the figure measures.")] = None,
    council: Annotated[str | None, Query(max_length=200, description="Only this council (its full name, any case).")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="Documents dated on or before YYYY-MM-DD.")] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> FiguresResponse:
    """Figures (money, percentages, counts, years, dates) with what they measure, the period
    they refer to, and a citation to where each appears."""
    if min_value is not None and max_value is not None and min_value > max_value:
        raise QueryError(f"min ({min_value:g}) is larger than max ({max_value:g})")
    flt = check_filters(Filters(council=council, date_from=date_from, date_to=date_to))
    rows = store.figures(
        doc_id=doc or None, kind=check_figure_kind(kind), min_value=min_value, max_value=max_value,
        period=period or None, label=label or None, q=q or None, limit=limit + 1, offset=offset,
        council=flt.council, date_from=flt.date_from, date_to=flt.date_to,
    )
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
