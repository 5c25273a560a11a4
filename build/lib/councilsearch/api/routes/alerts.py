"""/alerts: saved searches and their matches (``councilsearch.index.alerts``).

``GET /alerts`` lists them (as JSON; a browser, which asks for HTML, gets the alerts page),
``GET /alerts/{id}`` is one with its matches, ``GET /alerts/{id}.atom`` its matches as an Atom
1.0 feed (RFC 4287), newest first, each entry linking to the cited span. Reading needs no key
(a read key works, as everywhere in the API); ``POST /alerts`` and ``DELETE /alerts/{id}``
need a write key."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from councilsearch import __version__
from councilsearch.api.deps import StoreDep, WriteKey, wants_html
from councilsearch.api.handlers import error_responses
from councilsearch.api.routes.pages import _render
from councilsearch.index.alerts import Rule, make_rule, save_rule
from councilsearch.index.store import Store
from councilsearch.jobs.results import view_url

router = APIRouter(prefix="/alerts", tags=["alerts"])

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 100
PAGE_LATEST = 5
AlertId = Annotated[int, Path(description="A saved search's id, as listed by GET /alerts.", ge=1, le=2**63 - 1)]
Amount = Annotated[str | float | None, Field(description="An amount: 10m, £10m, 1.5bn, 500k, 20% or 1,200.")]


class AlertIn(BaseModel):
    """A saved search: a query with filters, or a figure rule with one threshold."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["query", "figure"] = Field("query", description="`query`: passages holding every word; "
                                             "`figure`: figures measuring what `query` names.")
    query: str = Field(max_length=1000, description="The query, or the words of what the figure measures.")
    name: str | None = Field(None, max_length=200, description="A name to list it by (default: the query).")
    council: str | None = Field(None, max_length=200, description="Only this council (name or ONS code); any when absent.")
    doc_type: str | None = Field(None, max_length=40, description="Query only: this document type.")
    date_from: str | None = Field(None, max_length=10, description="Query only: documents dated on or after.")
    date_to: str | None = Field(None, max_length=10, description="Query only: documents dated on or before.")
    section_kind: str | None = Field(None, max_length=40, description="Query only: passages of this kind.")
    kind: str | None = Field(None, max_length=20, description="Figure only: money, percent or count "
                             "(default: the threshold's).")
    period: str | None = Field(None, max_length=20, description="Figure only: a financial year, e.g. 2025/26.")
    above: Amount = None
    below: Amount = None
    changed_by: str | float | None = Field(None, description="Figure only: a change from the council's last value "
                                           "of the measure larger than this share (20%).")


class AlertMatchOut(BaseModel):
    id: int
    title: str
    created_at: str
    baseline: bool = Field(description="Recorded when the search was saved (not announced as new).")
    doc_id: str
    span: list[int]
    link: str = Field(description="The document view at the cited span.")
    detail: dict[str, Any]


class AlertOut(BaseModel):
    id: int
    name: str
    type: str
    rule: str = Field(description="The rule in words.")
    query: str
    council: str | None
    doc_type: str | None
    date_from: str | None
    date_to: str | None
    section_kind: str | None
    kind: str | None
    period: str | None
    op: str | None
    threshold: float | None
    created_at: str
    matches: int = Field(description="Matches recorded since it was saved.")
    baseline: int = Field(description="Matches it had when saved.")
    latest: str | None = Field(description="When the latest match was recorded.")
    feed: str
    url: str


class AlertDetail(AlertOut):
    items: list[AlertMatchOut]


class AlertsPage(BaseModel):
    alerts: list[AlertOut]


class AlertDeleted(BaseModel):
    deleted: int


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _alert_out(request: Request, row: dict[str, Any]) -> dict[str, Any]:
    rule = Rule.of(row)
    base = _base(request)
    return {
        "id": row["id"], "name": row["name"], "type": rule.rule_type, "rule": rule.describe(), "query": rule.words,
        "council": rule.council, "doc_type": rule.doc_type, "date_from": rule.date_from, "date_to": rule.date_to,
        "section_kind": rule.section_kind, "kind": rule.figure_kind, "period": rule.period, "op": rule.op,
        "threshold": rule.threshold, "created_at": row["created_at"], "matches": int(row.get("matches") or 0),
        "baseline": int(row.get("baseline") or 0), "latest": row.get("latest"),
        "feed": f"{base}/alerts/{row['id']}.atom", "url": f"{base}/alerts/{row['id']}",
    }


def _match_out(request: Request, m: dict[str, Any]) -> dict[str, Any]:
    return {"id": m["id"], "title": m["title"], "created_at": m["created_at"], "baseline": m["baseline"],
            "doc_id": m["doc_id"], "span": [m["start"], m["end"]],
            "link": _base(request) + view_url(m["doc_id"], (m["start"], m["end"])), "detail": m["detail"]}


def _one(store: Store, alert_id: int) -> dict[str, Any]:
    row = store.saved_search(alert_id)  # NotFoundError (404) when there is none
    counts = next((r for r in store.saved_searches() if r["id"] == alert_id), {})
    return {**row, **{k: counts.get(k) for k in ("matches", "baseline", "latest")}}


@router.get("", response_model=AlertsPage, responses=error_responses(), summary="List saved searches")
def list_alerts(request: Request, store: StoreDep) -> Any:
    """Every saved search, oldest first, with its feed. (A browser gets the alerts page.)"""
    rows = store.saved_searches()
    if wants_html(request):
        return alerts_page(request, store, rows)
    return {"alerts": [_alert_out(request, r) for r in rows]}


@router.post("", status_code=201, response_model=AlertDetail, responses=error_responses(401, 403, 422),
             summary="Save a search (write key)")
def create_alert(request: Request, store: StoreDep, _key: WriteKey, body: AlertIn) -> Any:
    """Save a query or a figure rule. What it matches in the library now is recorded as its
    baseline (listed with `baseline=true`, never announced); every document stored after it
    is read against it, and what it newly matches goes to its feed."""
    rule = make_rule(store, body.query, rule_type=body.type, name=body.name, council=body.council,
                     doc_type=body.doc_type, date_from=body.date_from, date_to=body.date_to,
                     section_kind=body.section_kind, kind=body.kind, period=body.period, above=body.above,
                     below=body.below, changed_by=body.changed_by)
    alert_id = save_rule(store, rule)[0]
    out = {**_alert_out(request, _one(store, alert_id)), "items": []}
    return JSONResponse(out, status_code=201, headers={"Location": f"/alerts/{alert_id}"})


@router.get("/{alert_id:int}.atom", responses={200: {"content": {"application/atom+xml": {}}},
            **error_responses(404, 422)}, response_class=Response, summary="A saved search's matches as an Atom feed")
def alert_feed(request: Request, store: StoreDep, alert_id: AlertId) -> Response:
    """Atom 1.0 (RFC 4287): the matches recorded since the search was saved, newest first,
    each entry linking to the cited span in the document view."""
    row = store.saved_search(alert_id)
    matches = store.alert_matches(alert_id, limit=FEED_ENTRIES, baseline=False)
    return Response(atom_feed(request, row, matches), media_type="application/atom+xml; charset=utf-8")


@router.get("/{alert_id}", response_model=AlertDetail, responses=error_responses(404, 422),
            summary="A saved search with its matches")
def get_alert(
    request: Request, store: StoreDep, alert_id: AlertId,
    baseline: Annotated[bool, Query(description="Also list the matches it had when saved.")] = False,
    limit: Annotated[int, Query(ge=1, le=1000, description="At most this many matches.")] = 100,
) -> Any:
    """The saved search and its matches, newest first."""
    row = _one(store, alert_id)
    items = store.alert_matches(alert_id, limit=limit, baseline=baseline)
    return {**_alert_out(request, row), "items": [_match_out(request, m) for m in items]}


@router.delete("/{alert_id}", response_model=AlertDeleted, responses=error_responses(401, 403, 404, 422),
               summary="Delete a saved search (write key)")
def delete_alert(store: StoreDep, _key: WriteKey, alert_id: AlertId) -> Any:
    store.delete_saved_search(alert_id)
    return {"deleted": alert_id}


# -- the feed ---------------------------------------------------------------------------------
def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def atom_feed(request: Request, row: dict[str, Any], matches: list[dict[str, Any]]) -> bytes:
    """The Atom document of a saved search (``row``) and its ``matches`` (newest first)."""
    ET.register_namespace("", ATOM)
    base = _base(request)
    rule = Rule.of(row)
    feed = ET.Element(f"{{{ATOM}}}feed")
    feed_uid = uuid.UUID(row["uid"])
    _sub(feed, "id", feed_uid.urn)
    _sub(feed, "title", f"councilsearch alert: {row['name']}")
    _sub(feed, "subtitle", rule.describe())
    _sub(feed, "updated", max([m["created_at"] for m in matches] or [row["created_at"]]))
    author = _sub(feed, "author")
    _sub(author, "name", "councilsearch")
    _sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base}/alerts/{row['id']}.atom")
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/alerts#alert-{row['id']}")
    _sub(feed, "generator", "councilsearch", version=__version__)
    for m in matches:
        entry = _sub(feed, "entry")
        _sub(entry, "id", uuid.uuid5(feed_uid, m["match_key"]).urn)
        _sub(entry, "title", m["title"])
        _sub(entry, "updated", m["created_at"])
        _sub(entry, "published", m["created_at"])
        _sub(entry, "link", rel="alternate", type="text/html",
             href=base + view_url(m["doc_id"], (m["start"], m["end"])))
        cit = m["detail"].get("citation", {})
        said = m["detail"].get("text") or m["detail"].get("surface") or ""
        summary = f"{cit.get('label', '')}" + (f": “{said}”" if said else "")
        _sub(entry, "summary", summary, type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)


# -- the page -------------------------------------------------------------------------------
def alerts_page(request: Request, store: Store, rows: list[dict[str, Any]]) -> Response:
    """Saved searches, each with its rule, its latest matches and its feed link."""
    alerts = []
    for r in rows:
        out = _alert_out(request, r)
        out["items"] = [_match_out(request, m) for m in store.alert_matches(int(r["id"]), limit=PAGE_LATEST,
                                                                              baseline=False)]
        out["feed_path"] = f"/alerts/{r['id']}.atom"
        alerts.append(out)
    return _render(request, "alerts.html", {"alerts": alerts, "active": "alerts"})
