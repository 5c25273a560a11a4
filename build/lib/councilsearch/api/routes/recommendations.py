"""GET /recommendations and /recommendations/{id} (recommendations and the later documents
that follow them up), and the page /recommendations/view: a table per council and document
with a status chip per follow-up, each opening the sentence that gives it. A thin layer over
``councilsearch.index.recommendations``; pydantic models here, at the edge."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from councilsearch.api.deps import StoreDep, wants_html
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import CitationOut
from councilsearch.index.recommendations import STATUS_FILTERS, Tracked, listing, tracked
from councilsearch.jobs.results import view_url
from councilsearch.models import RecommendationLink

router = APIRouter()

Council = Annotated[str | None, Query(max_length=200, description="A council's full name (any case) or ONS code.")]
Status = Annotated[str | None, Query(max_length=40, description="The latest status: " + " | ".join(STATUS_FILTERS))]
Words = Annotated[str | None, Query(max_length=200, description="Words in the recommendation, its label or theme.")]


class LinkOut(BaseModel):
    doc_id: str = Field(description="The later document that speaks of the recommendation.")
    status: str = Field(description="done | progressing | not_started | no_longer_relevant | unclear")
    rag: str | None = Field(description="A RAG colour printed with it (blue, green, amber, red), if any.")
    sentence: str = Field(description="The sentence that gives the status.")
    method: str = Field(description="restated (the review itself), number (same label), text (its words)")
    score: float
    citation: CitationOut

    @classmethod
    def of(cls, k: RecommendationLink) -> LinkOut:
        return cls(doc_id=k.doc_id, status=k.status, rag=k.rag, sentence=k.sentence, method=k.method,
                   score=k.score, citation=CitationOut.of(k.citation))


class RecommendationOut(BaseModel):
    id: str
    doc_id: str
    council: str
    date: str | None
    label: str = Field(description="As printed: 'Recommendation 3', 'A', 'b', 'RESOLVED'; empty when none is.")
    text: str
    kind: str = Field(description="peer_challenge | report | resolution")
    theme: str = Field(description="The noun phrase it is about.")
    source: str = Field(description="original, or restated (known from a progress review only)")
    status: str | None = Field(description="The latest follow-up's status; null when no later text speaks of it.")
    rag: str | None
    extractor: str
    citation: CitationOut

    @classmethod
    def of(cls, t: Tracked) -> RecommendationOut:
        r = t.rec
        return cls(id=r.id, doc_id=r.doc_id, council=r.council, date=r.date, label=r.label, text=r.text,
                   kind=r.kind, theme=r.theme, source=r.source, status=t.status, rag=t.rag, extractor=r.extractor,
                   citation=CitationOut.of(r.citation))


class RecommendationDetail(RecommendationOut):
    timeline: list[LinkOut] = Field(description="Every follow-up, oldest document first.")


class RecommendationsResponse(BaseModel):
    count: int
    offset: int
    limit: int
    has_more: bool
    recommendations: list[RecommendationDetail]


def _detail(t: Tracked) -> RecommendationDetail:
    return RecommendationDetail(**RecommendationOut.of(t).model_dump(), timeline=[LinkOut.of(k) for k in t.links])


@router.get("/recommendations", response_model=RecommendationsResponse, tags=["recommendations"],
            summary="Recommendations with their follow-up status", responses=error_responses(422))
def list_recommendations(
    request: Request,
    store: StoreDep,
    council: Council = None,
    status: Status = None,
    q: Words = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    """What the documents recommend (peer challenges, reports, minute resolutions), each with the
    later documents of its council that follow it up, the status they give and citations.
    (A browser gets the page, as at ``/recommendations/view``.)"""
    if wants_html(request):
        return recommendations_page(request, store, council, status, q)
    found = listing(store, council=council, status=status, q=q)
    page = found[offset:offset + limit]
    return RecommendationsResponse(count=len(page), offset=offset, limit=limit, has_more=len(found) > offset + limit,
                                   recommendations=[_detail(t) for t in page])


@router.get("/recommendations/view", response_class=HTMLResponse, include_in_schema=False)
def recommendations_page(request: Request, store: StoreDep, council: Council = None, status: Status = None,
                         q: Words = None) -> Response:
    from councilsearch.api.routes.pages import _render
    from councilsearch.errors import QueryError

    form = {"council": council or "", "status": status or "", "q": q or ""}
    try:
        found, error = listing(store, council=council, status=status, q=q), None
    except QueryError as exc:
        found, error = [], exc.message
    ctx = {"form": form, "groups": page_groups(found), "count": len(found), "councils": store.councils(),
           "statuses": STATUS_FILTERS, "active": "recommendations", "error": error}
    return _render(request, "recommendations.html", ctx, status=422 if error else 200)


@router.get("/recommendations/{rec_id}", response_model=RecommendationDetail, tags=["recommendations"],
            summary="One recommendation with its timeline of follow-ups", responses=error_responses(404, 422))
def recommendation_detail(store: StoreDep, rec_id: Annotated[str, Path(max_length=300)]) -> RecommendationDetail:
    return _detail(tracked(store, rec_id))


def page_groups(found: Sequence[Tracked]) -> list[dict[str, Any]]:
    """Councils, each with its documents in date order, each with its recommendations and a
    chip per follow-up (status, RAG colour, the sentence, where it opens)."""
    councils: dict[str, dict[str, dict[str, Any]]] = {}
    for t in found:
        r = t.rec
        docs = councils.setdefault(r.council or "No council named", {})
        doc = docs.setdefault(r.doc_id, {"title": r.citation.doc_title, "date": r.date or "undated",
                                         "source": r.source, "rows": []})
        doc["rows"].append({
            "label": r.label or "–", "text": r.text, "theme": r.theme, "kind": r.kind.replace("_", " "),
            "url": view_url(r.doc_id, r.citation.span), "cited": r.citation.label(),
            "chips": [{"status": k.status, "shown": k.status.replace("_", " ") + (f" ({k.rag})" if k.rag else ""),
                       "sentence": k.sentence, "cited": k.citation.label(), "date": k.citation.date or "",
                       "url": view_url(k.doc_id, k.citation.span)} for k in t.links],
        })
    return [{"council": c, "documents": list(d.values())} for c, d in councils.items()]
