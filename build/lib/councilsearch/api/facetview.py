"""What the search page shows of a result set (``index.facets``): the facet panel (each value
a link that narrows the search, keeping its query, filters and sort), the pager, and the
links to take the list away. Every link is a plain GET address, so all of it works without
script."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from councilsearch.index.facets import Results, year_filters
from councilsearch.models import Filters

FACET_TITLES = {"council": "Council", "doc_type": "Document type", "year": "Year", "section_kind": "Passage kind"}
KIND_NAMES = {"heading": "Headings", "paragraph": "Paragraphs", "table": "Table rows", "list": "List items"}
SORT_NAMES = {"relevance": "Best match", "date": "Newest first"}

Params = Mapping[str, str | int | None]


def address(path: str, params: Params) -> str:
    """``path`` with the set ``params`` (blank ones left out; the default sort and a first
    page are not spelled out)."""
    kept = {k: v for k, v in params.items() if v not in (None, "") and not (k == "sort" and v == "relevance")
            and not (k == "offset" and v == 0)}
    return path + ("?" + urlencode(kept) if kept else "")


def search_params(q: str, f: Filters, sort: str, k: int) -> dict[str, str | int | None]:
    """The search page's parameters for query ``q``, filters ``f`` (checked), ``sort`` and page size ``k``."""
    return {"q": q, "council": f.council, "doc_type": f.doc_type, "from": f.date_from, "to": f.date_to,
            "section_kind": f.section_kind, "sort": sort, "k": k}


def _selected_year(f: Filters) -> str | None:
    if f.date_from and f.date_to and f.date_from[:4] == f.date_to[:4]:
        return f.date_from[:4]
    return None


def facet_groups(res: Results, f: Filters, params: Params, type_names: Mapping[str, str]) -> list[dict[str, Any]]:
    """The facet panel: per facet, its values with counts, each a link that narrows the search
    to it (from the first page), and the value set now, with a link that widens again."""
    now = {"council": f.council, "doc_type": f.doc_type, "year": _selected_year(f), "section_kind": f.section_kind}
    names: dict[str, Mapping[str, str]] = {"doc_type": type_names, "section_kind": KIND_NAMES}
    groups = []
    for facet, values in res.facets.items():
        items = []
        for value, count in values:
            if facet == "year":
                lo, hi = year_filters(value, f)
                change: dict[str, str | int | None] = {"from": lo, "to": hi}
                clear: dict[str, str | int | None] = {"from": None, "to": None}
            else:
                change, clear = {facet: value}, {facet: None}
            selected = now[facet] == value
            items.append({
                "value": value, "label": names.get(facet, {}).get(value, value), "count": count,
                "selected": selected, "url": address("/", {**params, **(clear if selected else change), "offset": 0}),
            })
        if items:
            groups.append({"name": facet, "title": FACET_TITLES[facet], "items": items})
    return groups


def pager(res: Results, params: Params) -> dict[str, Any]:
    """The results' place in the set (``first``–``last`` of ``total``) and links to the pages either side."""
    size = res.limit
    first, last = (res.offset + 1, res.offset + len(res.hits)) if res.hits else (0, 0)
    prev = address("/", {**params, "offset": max(0, res.offset - size)}) if res.offset > 0 else None
    nxt = address("/", {**params, "offset": res.offset + size}) if res.has_more else None
    return {"first": first, "last": last, "total": res.total, "capped": res.capped, "prev": prev, "next": nxt}


def sort_links(params: Params, sort: str) -> list[dict[str, Any]]:
    return [{"label": label, "current": s == sort, "url": address("/", {**params, "sort": s, "offset": 0})}
            for s, label in SORT_NAMES.items()]


def export_links(params: Params) -> dict[str, str]:
    """The whole result set (every page, in this sort) as CSV and as JSON."""
    whole = {k: v for k, v in params.items() if k not in ("k", "offset")}
    return {"csv": address("/search.csv", whole), "json": address("/search.json", whole)}
