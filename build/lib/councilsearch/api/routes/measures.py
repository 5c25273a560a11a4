"""GET /measures, /measures/{id} and /conflicts (figures followed across documents), and the
conflicts page /conflicts/view: each conflict's two figures side by side with their citations.
A thin layer over ``councilsearch.index.measures``; pydantic models here, at the edge."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from councilsearch.api.deps import StoreDep
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import CitationOut, FigureOut
from councilsearch.extract.figures.present import figure_value
from councilsearch.index.measures import (
    Discrepancy,
    Measure,
    MeasurePoint,
    find_discrepancies,
    find_measures,
    get_measure,
)
from councilsearch.jobs.measures import timeline
from councilsearch.jobs.results import view_url

router = APIRouter()

Council = Annotated[str | None, Query(max_length=200, description="A council's full name (any case) or ONS code.")]


class MeasurePointOut(BaseModel):
    period: str | None
    value_shown: str = Field(description="The value as a council report would write it.")
    label: str = Field(description="What the figure says it measures, as extracted.")
    status: list[str] = Field(description="Status words by it: forecast, projected, revised, updated…")
    sentence: str | None = Field(description="The sentence holding the figure, when it sits in prose.")
    figure: FigureOut
    citation: CitationOut

    @classmethod
    def of(cls, p: MeasurePoint) -> MeasurePointOut:
        return cls(period=p.period, value_shown=figure_value(p.figure), label=p.label, status=list(p.status),
                   sentence=p.sentence, figure=FigureOut.of(p.figure), citation=CitationOut.of(p.citation))


class TimelineEntry(BaseModel):
    period: str | None
    values: list[str] = Field(description="The values given for the period, documents in date order.")


class MeasureOut(BaseModel):
    id: str
    council: str
    name: str = Field(description="The label shown for the measure (its most common one).")
    key: str = Field(description="The measure key: folded content words, acronyms expanded, sorted.")
    kind: str
    unit: str
    n_points: int
    n_documents: int
    periods: list[str]
    timeline: list[TimelineEntry]

    @classmethod
    def of(cls, m: Measure) -> MeasureOut:
        return cls(id=m.id, council=m.council, name=m.name, key=m.key, kind=m.kind, unit=m.unit,
                   n_points=len(m.points), n_documents=len(m.documents), periods=m.periods,
                   timeline=[TimelineEntry(**t) for t in timeline(m)])


class DiscrepancyOut(BaseModel):
    type: str = Field(description="conflict | revision")
    reason: str
    measure_id: str
    measure: str
    council: str
    period: str | None
    a: MeasurePointOut = Field(description="The earlier figure (by document date).")
    b: MeasurePointOut = Field(description="The later figure.")

    @classmethod
    def of(cls, d: Discrepancy) -> DiscrepancyOut:
        return cls(type=d.kind, reason=d.reason, measure_id=d.measure_id, measure=d.measure_name,
                   council=d.council, period=d.period, a=MeasurePointOut.of(d.a), b=MeasurePointOut.of(d.b))


class MeasureDetail(MeasureOut):
    points: list[MeasurePointOut] = Field(description="Every figure of the measure, by period then date.")
    discrepancies: list[DiscrepancyOut]


class MeasuresResponse(BaseModel):
    count: int
    offset: int
    limit: int
    has_more: bool
    measures: list[MeasureOut]


class ConflictsResponse(BaseModel):
    conflicts: list[DiscrepancyOut]
    revisions: list[DiscrepancyOut] = Field(description="Forecasts updated and figures restated: not conflicts.")


@router.get("/measures", response_model=MeasuresResponse, tags=["measures"], summary="Figures grouped by measure",
            responses=error_responses(422))
def list_measures(
    store: StoreDep,
    council: Council = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of what is measured.")] = None,
    multi_document: Annotated[bool, Query(description="Only measures found in two or more documents.")] = False,
    min_points: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> MeasuresResponse:
    """One council's figures that measure the same thing (labels folded: inflections, word
    order, status words, the documents' own acronyms), each with its timeline by period."""
    found = find_measures(store, council=store.check_council(council), q=q, min_points=min_points,
                          multi_document=multi_document)
    page = found[offset:offset + limit]
    return MeasuresResponse(count=len(page), offset=offset, limit=limit, has_more=len(found) > offset + limit,
                            measures=[MeasureOut.of(m) for m in page])


@router.get("/measures/{measure_id}", response_model=MeasureDetail, tags=["measures"],
            summary="One measure: every figure with its citation", responses=error_responses(404, 422))
def measure_detail(store: StoreDep, measure_id: Annotated[str, Path(max_length=64)]) -> MeasureDetail:
    m = get_measure(store, measure_id)
    return MeasureDetail(**MeasureOut.of(m).model_dump(), points=[MeasurePointOut.of(p) for p in m.points],
                         discrepancies=[DiscrepancyOut.of(d) for d in find_discrepancies(store, measure=m.id)])


@router.get("/conflicts", response_model=ConflictsResponse, tags=["measures"],
            summary="Figures that disagree beyond rounding, with both citations", responses=error_responses(422))
def conflicts(store: StoreDep, council: Council = None) -> ConflictsResponse:
    found = find_discrepancies(store, council=store.check_council(council))
    return ConflictsResponse(conflicts=[DiscrepancyOut.of(d) for d in found if d.kind == "conflict"],
                             revisions=[DiscrepancyOut.of(d) for d in found if d.kind == "revision"])


def discrepancy_cards(items: list[Discrepancy]) -> list[dict[str, Any]]:
    """What the pages show of each conflict or revision: both sides with their citations."""
    def side(p: MeasurePoint) -> dict[str, Any]:
        return {"value": figure_value(p.figure), "surface": p.figure.surface, "sentence": p.sentence or "",
                "cited": p.citation.label(), "date": p.date or "", "url": view_url(p.citation.doc_id, p.figure.span)}

    return [{"type": d.kind, "reason": d.reason, "measure": d.measure_name, "council": d.council,
             "period": d.period or "", "a": side(d.a), "b": side(d.b)} for d in items]


@router.get("/conflicts/view", response_class=HTMLResponse, include_in_schema=False)
def conflicts_page(request: Request, store: StoreDep, council: Council = None,
                   revisions: Annotated[bool, Query()] = False) -> Response:
    from councilsearch.api.routes.pages import _facets, _render
    from councilsearch.errors import QueryError

    form = {"council": council or "", "revisions": revisions}
    try:
        found = find_discrepancies(store, council=store.check_council(council),
                                   kind=None if revisions else "conflict")
        error = None
    except QueryError as exc:
        found, error = [], exc.message
    ctx = {"form": form, "cards": discrepancy_cards(found), "councils": store.councils(), "facets": _facets(store),
           "active": "figures", "error": error}
    return _render(request, "conflicts.html", ctx, status=422 if error else 200)
