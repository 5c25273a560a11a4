"""`councilsearch recommendations`: what the documents recommend, and what later documents
of the same council say about it (a thin layer over ``councilsearch.index.recommendations``)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.table import Table

from councilsearch.cli_common import _library, console, err_console, friendly

REC_COLUMNS = ("id", "council", "doc_id", "title", "date", "label", "kind", "source", "theme", "status", "rag",
               "status_sentence", "status_doc_id", "status_link", "text", "section_path", "para_no", "pages",
               "span_start", "span_end", "link", "extractor")


def _link(doc_id: str, span: tuple[int, int]) -> str:
    from councilsearch.jobs.results import view_url

    return os.environ.get("COUNCILSEARCH_URL", "http://127.0.0.1:8000").rstrip("/") + view_url(doc_id, span)


def csv_row(t: Any) -> dict[str, Any]:
    r = t.rec
    c = r.citation
    last = t.links[-1] if t.links else None
    return {
        "id": r.id, "council": r.council, "doc_id": r.doc_id, "title": c.doc_title, "date": r.date or "",
        "label": r.label, "kind": r.kind, "source": r.source, "theme": r.theme, "status": t.status or "",
        "rag": t.rag or "", "status_sentence": last.sentence if last else "",
        "status_doc_id": last.doc_id if last else "",
        "status_link": _link(last.doc_id, last.citation.span) if last else "", "text": r.text,
        "section_path": " > ".join(c.section_path), "para_no": c.para_no or "",
        "pages": ",".join(str(p) for p in c.pages), "span_start": c.span[0], "span_end": c.span[1],
        "link": _link(r.doc_id, c.span), "extractor": r.extractor,
    }


def _short(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@friendly
def recommendations(
    council: Annotated[str | None, typer.Option(help="Only this council: its full name (any case) or ONS code.")] = None,
    status: Annotated[str | None, typer.Option(
        help="Only this latest status: done | progressing | not_started | no_longer_relevant | unclear | none.")] = None,
    q: Annotated[str | None, typer.Option(help="Words in the recommendation, its label or theme.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv (one row per recommendation).")] = "table",
    refresh: Annotated[bool, typer.Option(
        "--refresh", help="Extract every stored document's recommendations again first (a store written "
                          "before recommendations were extracted).")] = False,
) -> None:
    """List recommendations with their latest follow-up status and citations."""
    from councilsearch.index import recommendations as recs
    from councilsearch.index.query import check_choice

    fmt = check_choice(fmt, ("table", "text", "json", "csv"), "output format") or "table"
    lib = _library(embed=False)
    if refresh:
        n = recs.refresh(lib.store)
        err_console.print(f"extracted {n} recommendations from {lib.store.count_documents()} documents")
    elif lib.store.recommendation_count() == 0 and lib.store.count_documents():
        err_console.print("no recommendations are stored: a store written before they were extracted fills "
                          "them with `councilsearch recommendations --refresh` (or ingest the documents again)")
    rows = recs.listing(lib.store, council=council, status=status, q=q)
    if fmt == "csv":
        from councilsearch.jobs.results import to_csv

        sys.stdout.write(to_csv([csv_row(t) for t in rows], REC_COLUMNS))
        return
    if fmt == "json":
        print(json.dumps([{"recommendation": asdict(t.rec), "status": t.status, "rag": t.rag,
                           "links": [asdict(k) for k in t.links]} for t in rows], indent=2, default=str))
        return
    t = Table(title=f"{len(rows)} recommendations")
    for col in ("council", "document", "label", "kind", "status"):
        t.add_column(col, no_wrap=col in ("label", "kind", "status"), overflow="fold")
    for col in ("recommendation", "status said at"):
        t.add_column(col, overflow="fold", ratio=1)
    for row in rows:
        r = row.rec
        last = row.links[-1] if row.links else None
        status_text = (row.status or "-") + (f" ({row.rag})" if row.rag else "")
        said = f"{_short(last.sentence, 100)} [{last.citation.label()}]" if last else ""
        t.add_row(r.council, f"{r.citation.doc_title} ({r.date or 'undated'})", r.label, r.kind, status_text,
                  _short(r.text), said)
    console.print(t)


def register(app: typer.Typer) -> None:
    app.command("recommendations")(recommendations)
