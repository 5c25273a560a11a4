"""The search page (/), the document view (/view/{id}) and the figures view (/figures/view).

Server-rendered with Jinja2 (autoescaped): every feature works with plain form controls and
links, no script needed; a little JavaScript only moves focus to the highlighted span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from councilsearch.api.deps import LibraryDep, SettingsDep, StoreDep
from councilsearch.api.docview import Neighbour, document_view
from councilsearch.api.facetview import (
    KIND_NAMES,
    address,
    export_links,
    facet_groups,
    pager,
    search_params,
    sort_links,
)
from councilsearch.api.format import segments
from councilsearch.api.routes.measures import discrepancy_cards
from councilsearch.api.schemas import figure_context
from councilsearch.errors import QueryError
from councilsearch.extract.figures.measure import glossary_map, measure_id, measure_key, measure_name
from councilsearch.extract.figures.present import figure_chip, figure_label, figure_value
from councilsearch.index.answer import top_answer
from councilsearch.index.facets import check_sort
from councilsearch.index.measures import find_discrepancies
from councilsearch.index.query import check_figure_kind, check_filters, check_k, check_query
from councilsearch.index.store import Store
from councilsearch.jobs.results import view_url
from councilsearch.models import DOC_TYPES, FIGURE_KINDS, SECTION_KINDS, Figure, Filters, Hit

router = APIRouter(include_in_schema=False)

DOC_TYPE_NAMES = {
    "peer_challenge": "Peer challenge",
    "progress_review": "Progress review",
    "productivity_plan": "Productivity plan",
    "agenda": "Agenda / reports pack",
    "report": "Report",
    "minutes": "Minutes",
    "other": "Other",
}

Opt = Annotated[str | None, Query(max_length=1000)]


PAGE_HEADERS = {
    # pages use no inline script or style and load nothing from elsewhere
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, context, status_code=status, headers=PAGE_HEADERS
    )


def _facets(store: Store) -> dict[str, list[str]]:
    present = store.doc_types()
    return {
        "councils": store.councils(),
        "doc_types": [t for t in DOC_TYPES if t in present],
        "documents": store.document_titles(),  # type: ignore[dict-item]
    }


def _hit_view(n: int, h: Hit, q: str) -> dict[str, Any]:
    c = h.citation
    where = []
    if c.section_path:
        where.append(" › ".join(c.section_path))
    if c.para_no:
        where.append(f"paragraph {c.para_no}")
    if c.pages:
        where.append(f"page {c.pages[0]}" if len(c.pages) == 1 else f"pages {c.pages[0]}–{c.pages[-1]}")
    answer_key = (h.answer.span, h.answer.surface) if h.answer is not None else None
    return {
        "n": n,
        "title": c.doc_title,
        "label": c.label(),
        "where": ", ".join(where),
        "council": c.council,
        "date": c.date,
        "doc_type": DOC_TYPE_NAMES.get(c.doc_type, c.doc_type),
        "url": view_url(c.doc_id, c.span, q),
        "segments": segments(h.passage.text, h.highlights),
        "answer": figure_chip(h.answer) if h.answer is not None else None,
        "chips": [
            {"text": figure_chip(f), "surface": f.surface, "answer": (f.span, f.surface) == answer_key}
            for f in h.figures[:12]
        ],
        "more_figures": max(0, len(h.figures) - 12),
        "also_in": [{"label": a.label(), "url": view_url(a.doc_id, a.span, q)} for a in h.also_in],
        "retrievers": " + ".join(h.retrievers),
        "score": h.score,
    }


def _answer_sentence(h: Hit) -> str:
    """The sentence of the hit's passage that states its answer (the passage when none does)."""
    if h.answer is None:
        return ""
    text = " ".join((figure_context(h.passage, h.answer) or h.passage.text).split())
    return text.lstrip("-•*–· ")  # a list item's bullet is not part of what was said


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    library: LibraryDep,
    settings: SettingsDep,
    q: Opt = None,
    council: Opt = None,
    doc_type: Opt = None,
    section_kind: Opt = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=20)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=20)] = None,
    sort: Opt = None,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
    k: Annotated[int, Query(ge=1, le=100)] = 10,
) -> Response:
    form = {"q": q or "", "council": council or "", "doc_type": doc_type or "", "section_kind": section_kind or "",
            "from": date_from or "", "to": date_to or "", "sort": sort or "relevance", "k": k}
    ctx: dict[str, Any] = {"form": form, "facets": _facets(library.store), "type_names": DOC_TYPE_NAMES,
                           "kind_names": KIND_NAMES, "kinds": SECTION_KINDS,
                           "hits": None, "answer": None, "weak": False, "error": None, "active": "search",
                           "council_from_question": None,
                           "filters_set": sum(1 for v in (council, doc_type, section_kind, date_from, date_to) if v)}
    if q is None or not q.strip():
        return _render(request, "search.html", ctx)
    try:
        query = check_query(q, settings.max_query_chars)
        check_k(k, settings.max_k)
        sort = check_sort(sort)
        filters = check_filters(Filters(council=council, doc_type=doc_type, date_from=date_from, date_to=date_to,
                                        section_kind=section_kind))
        res = request.app.state.searcher.results(query, filters, sort=sort, offset=offset, limit=k)
    except QueryError as exc:
        ctx["error"] = exc.message
        return _render(request, "search.html", ctx, status=422)
    hits = res.hits
    filters = replace(filters, council=library.store.check_council(filters.council))
    params = search_params(query, filters, sort, k)
    ctx["hits"] = [_hit_view(n, h, query) for n, h in enumerate(hits, offset + 1)]
    ctx.update(facet_panel=facet_groups(res, filters, params, DOC_TYPE_NAMES), pager=pager(res, params),
               sorts=sort_links(params, sort), exports=export_links(params), weak=res.weak,
               council_from_question=res.council_from_question)
    top = top_answer(hits) if offset == 0 and sort == "relevance" else None
    ctx["answer"] = None if top is None else {
        "text": figure_chip(top[1].answer) if top[1].answer is not None else "",
        "cited": top[1].citation.label(), "url": view_url(top[1].citation.doc_id, top[1].citation.span, query),
        "quote": _answer_sentence(top[1]),
    }
    return _render(request, "search.html", ctx)


@router.get("/view/{doc_id}", response_class=HTMLResponse)
def view_page(
    request: Request,
    store: StoreDep,
    doc_id: str,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    q: Opt = None,
) -> Response:
    doc = store.get_document(doc_id)
    n = len(doc.text)
    span: tuple[int, int] | None = None
    if start is not None:
        stop = end if end is not None else start
        if start > n or stop > n or stop < start:
            raise QueryError(f"the span {start}–{stop} is not inside this document ({n:,} characters)")
        span = (start, stop)
    view = document_view(doc, store.sections(doc_id), span, offset)
    base = f"/view/{quote(doc.id, safe='')}"
    extra = f"&q={quote(q)}" if q else ""

    def link(nb: Neighbour | None) -> dict[str, str] | None:
        return None if nb is None else {"title": nb.title, "url": f"{base}?offset={nb.start}{extra}#{nb.anchor}"}

    ctx = {
        "doc": doc,
        "doc_type": DOC_TYPE_NAMES.get(doc.doc_type, doc.doc_type),
        "has_span": span is not None,
        "view": view,
        "earlier": link(view.earlier),
        "later": link(view.later),
        "windowed": (view.first, view.last) != (0, n),
        "original_url": f"/documents/{quote(doc.id, safe='')}/original",
        "q": q or "",
        "active": "search",
    }
    return _render(request, "view.html", ctx)


# -- figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    period: str
    value: str
    label_y: float


def bar_chart(points: Sequence[tuple[str, float, str]], width: int = 360, height: int = 180) -> dict[str, Any]:
    """Geometry of a small bar chart of (period, value, value text) points, zero line included."""
    top, bottom, left, right = 22, 28, 8, 8
    values = [v for _, v, _ in points]
    lo, hi = min(0.0, *values), max(0.0, *values)
    span = (hi - lo) or 1.0
    plot_h = height - top - bottom
    slot = (width - left - right) / len(points)
    bar_w = min(56.0, slot * 0.6)

    def y_of(v: float) -> float:
        return top + (hi - v) / span * plot_h

    zero = y_of(0.0)
    bars = []
    for i, (period, v, shown) in enumerate(points):
        x = left + slot * i + (slot - bar_w) / 2
        y0, y1 = sorted((y_of(v), zero))
        label_y = y0 - 6 if v >= 0 else y1 + 14
        bars.append(Bar(round(x, 1), round(y0, 1), round(bar_w, 1), round(max(1.0, y1 - y0), 1), period, shown,
                        round(label_y, 1)))
    return {"width": width, "height": height, "zero": round(zero, 1), "bars": bars,
            "baseline_y": height - 8}


def _charts(rows: Sequence[tuple[Figure, Any, int | None]], gloss: dict[str, str],
            limit: int = 6) -> list[dict[str, Any]]:
    """One chart per council and measure (``measure_key``: one series never mixes councils or
    differently worded labels of one measure) with numeric values in two or more periods; a
    period given twice shows the latest document's value."""
    groups: dict[tuple[str, str, str, str], dict[str, tuple[str, float, str]]] = {}
    labels: dict[tuple[str, str, str, str], list[str]] = {}
    for f, c, _pid in rows:
        label = figure_label(f)
        if not label or not f.period or isinstance(f.value, str) or f.kind in ("period", "date"):
            continue
        key = (c.council or "", measure_key(label, gloss), f.kind, f.unit)
        if not key[1]:
            continue
        labels.setdefault(key, []).append(label)
        seen = groups.setdefault(key, {})
        if f.period not in seen or (c.date or "") > seen[f.period][0]:
            seen[f.period] = (c.date or "", float(f.value), figure_value(f))
    charts = []
    for key, by_period in groups.items():
        if len(by_period) < 2:
            continue
        points = [(p, v, shown) for p, (_d, v, shown) in sorted(by_period.items())][:8]
        charts.append({"label": measure_name(labels[key]), "council": key[0], "unit": key[3], "points": points,
                       "chart": bar_chart(points), "measure_id": measure_id(*key)})
    charts.sort(key=lambda c: (-len(c["points"]), c["label"], c["council"]))
    return charts[:limit]


@router.get("/figures/view", response_class=HTMLResponse)
def figures_page(
    request: Request,
    store: StoreDep,
    q: Opt = None,
    kind: Opt = None,
    period: Opt = None,
    label: Opt = None,
    doc: Opt = None,
    council: Opt = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=20)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> Response:
    form = {"q": q or "", "kind": kind or "", "period": period or "", "label": label or "", "doc": doc or "",
            "council": council or "", "from": date_from or "", "to": date_to or "", "limit": limit,
            "filters_set": sum(1 for v in (kind, period, label, doc, council, date_from, date_to) if v)}
    try:
        kind = check_figure_kind(kind)
        flt = check_filters(Filters(council=council, date_from=date_from, date_to=date_to))
        council = store.check_council(flt.council)
    except QueryError as exc:
        ctx = {"form": form, "rows": [], "more": False, "charts": [], "kinds": FIGURE_KINDS, "conflicts": [],
               "facets": _facets(store), "active": "figures", "error": exc.message}
        return _render(request, "figures.html", ctx, status=422)
    rows = store.figures(q=q or None, kind=kind, period=period or None, label=label or None,
                         doc_id=doc or None, council=council, date_from=flt.date_from, date_to=flt.date_to,
                         limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    passages = store.passages([pid for _, _, pid in rows if pid is not None])
    table = [
        {
            "surface": f.surface,
            "value": figure_value(f),
            "label": figure_label(f),
            "period": f.period or "",
            "kind": f.kind,
            "cited": c.label(),
            "url": view_url(c.doc_id, f.span),
            "context": figure_context(passages.get(pid) if pid is not None else None, f) or "",
            "chart_url": "/figures/view?" + urlencode({"label": figure_label(f)}) if figure_label(f) else None,
        }
        for f, c, pid in rows
    ]
    params = {"q": q, "kind": kind, "period": period, "label": label, "doc": doc, "council": council,
              "from": flt.date_from, "to": flt.date_to}
    csv_url, json_url = address("/figures.csv", params), address("/figures.json", params)
    shown = {(c.doc_id, f.span[0], f.span[1]) for f, c, _ in rows}
    conflicts = [d for d in find_discrepancies(store, kind="conflict") if d.a.ref in shown or d.b.ref in shown][:10]
    ctx = {"form": form, "rows": table, "more": more, "charts": _charts(rows, glossary_map(store.all_glossary())),
           "kinds": FIGURE_KINDS, "csv_url": csv_url, "json_url": json_url, "conflicts": discrepancy_cards(conflicts),
           "facets": _facets(store), "active": "figures", "error": None}
    return _render(request, "figures.html", ctx)
