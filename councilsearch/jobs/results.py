"""A result list to take away: search hits or figures as flat rows (CSV or JSON), each with its
citation and a link back to the cited span. One home for the columns, so the API's
``/search.csv`` and ``/figures.csv`` and the CLI's ``--format csv`` give the same file.

CSV cells that a spreadsheet would run as a formula are written behind a ``'`` (the rule the
bulk export follows, ``jobs.export.spreadsheet_safe``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from councilsearch.extract.figures.present import figure_chip, figure_label, figure_value
from councilsearch.jobs.export import spreadsheet_safe
from councilsearch.models import Citation, Figure, Hit, Span


def view_url(doc_id: str, span: Span | Sequence[int], q: str | None = None) -> str:
    """The page that opens a document at a cited span, scrolled to the highlight (the one
    spelling of that address, for the API, its pages and the CLI's exports)."""
    params: dict[str, str | int] = {"start": int(span[0]), "end": int(span[1])}
    if q:
        params["q"] = q
    return f"/view/{quote(doc_id, safe='')}?{urlencode(params)}#hl"


Link = Callable[[str, Span], str]  # (doc id, span) -> an absolute URL that opens the span

CITATION_COLUMNS = ("doc_id", "title", "council", "doc_type", "date", "section_path", "para_no", "pages",
                    "span_start", "span_end", "link")
HIT_COLUMNS = ("rank", "score", "retrievers", "passage", "answer", "figures", *CITATION_COLUMNS, "also_in")
FIGURE_COLUMNS = ("surface", "value", "value_shown", "unit", "kind", "period", "label", "measure", "table_row",
                  "table_col", "flags", "extractor", *CITATION_COLUMNS)


def _pages(pages: Sequence[int]) -> str:
    if not pages:
        return ""
    return str(pages[0]) if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"


def citation_cells(c: Citation, link: Link) -> dict[str, Any]:
    return {
        "doc_id": c.doc_id, "title": c.doc_title, "council": c.council, "doc_type": c.doc_type,
        "date": c.date or "", "section_path": " > ".join(c.section_path), "para_no": c.para_no or "",
        "pages": _pages(c.pages), "span_start": c.span[0], "span_end": c.span[1], "link": link(c.doc_id, c.span),
    }


def hit_rows(hits: Iterable[Hit], link: Link, first_rank: int = 1) -> list[dict[str, Any]]:
    return [
        {
            "rank": n, "score": h.score, "retrievers": "+".join(h.retrievers),
            "passage": " ".join(h.passage.text.split()),
            "answer": figure_chip(h.answer) if h.answer is not None else "",
            "figures": "; ".join(figure_chip(f) for f in h.figures),
            **citation_cells(h.citation, link),
            "also_in": " | ".join(a.label() for a in h.also_in),
        }
        for n, h in enumerate(hits, first_rank)
    ]


def figure_rows(rows: Iterable[tuple[Figure, Citation]], link: Link) -> list[dict[str, Any]]:
    return [
        {
            "surface": f.surface, "value": f.value, "value_shown": figure_value(f), "unit": f.unit, "kind": f.kind,
            "period": f.period or "", "label": figure_label(f),
            "measure": f.measure or "", "table_row": f.table_row or "",
            "table_col": f.table_col or "", "flags": ";".join(f.flags), "extractor": f.extractor,
            **citation_cells(c, link),
        }
        for f, c in rows
    ]


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """The rows as CSV text (a header line first; formula-like text made safe)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([spreadsheet_safe(r.get(col, "")) for col in columns])
    return buf.getvalue()
