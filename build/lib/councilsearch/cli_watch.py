"""`councilsearch watch ...`: saved searches and alerts (a thin layer over
``councilsearch.index.alerts``): add a query or a figure rule, list, remove, and check what
documents ingested since the last check have matched."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

import typer
from rich.table import Table

from councilsearch.cli_common import _library, console, friendly
from councilsearch.errors import QueryError

watch_app = typer.Typer(
    no_args_is_help=True,
    help="Saved searches and alerts: be told when a document ingested later matches a query or has a figure "
    "above or below a threshold.",
)

Opt = Annotated[str | None, typer.Option()]


def _link(doc_id: str, start: int, end: int) -> str:
    """The cited span on a server started with `councilsearch serve` ($COUNCILSEARCH_URL when
    it runs elsewhere), as the other commands' links."""
    from councilsearch.jobs.results import view_url

    return os.environ.get("COUNCILSEARCH_URL", "http://127.0.0.1:8000").rstrip("/") + view_url(doc_id, (start, end))


@watch_app.command("add")
@friendly
def watch_add(
    words: Annotated[str | None, typer.Argument(help="What the figure measures, e.g. \"DSG deficit\".")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Watch a search instead: passages holding every word.")] = None,
    figure_above: Annotated[str | None, typer.Option("--figure-above", help="Figures above this amount: 10m, £10m, 1.5bn, 500k, 20%.")] = None,
    figure_below: Annotated[str | None, typer.Option("--figure-below", help="Figures below this amount.")] = None,
    changed_by: Annotated[str | None, typer.Option("--changed-by", help="Figures that changed by more than this share (20%) from the council's last value.")] = None,
    council: Annotated[str | None, typer.Option("--council", help="Only this council (name or ONS code); any by default.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Figure kind: money, percent or count (default: the threshold's).")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Only figures for this financial year, e.g. 2025/26.")] = None,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="Query: only this document type.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Query: documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Query: documents dated on or before YYYY-MM-DD.")] = None,
    section_kind: Annotated[str | None, typer.Option("--section-kind", help="Query: only passages of this kind.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="A name to list it by.")] = None,
) -> None:
    """Save a figure rule (WORDS and one threshold) or a query (--query). What it matches in the
    library now is its baseline and is not announced; later ingests are checked against it."""
    from councilsearch.index.alerts import make_rule, save_rule

    if query and words:
        raise QueryError("give either the words of a figure rule or --query, not both")
    if not query and not (figure_above or figure_below or changed_by):
        raise QueryError("a figure rule needs --figure-above, --figure-below or --changed-by (or watch a search with --query)")
    lib = _library(embed=False, extract=False)
    try:
        rule = make_rule(lib.store, query or words or "", rule_type="query" if query else "figure", name=name,
                         council=council, doc_type=doc_type, date_from=date_from, date_to=date_to,
                         section_kind=section_kind, kind=kind, period=period, above=figure_above, below=figure_below,
                         changed_by=changed_by)
        search_id, baseline = save_rule(lib.store, rule)
    finally:
        lib.close()
    console.print(f"saved alert {search_id}: {rule.describe()}", highlight=False)
    console.print(f"  {baseline} match{'es' if baseline != 1 else ''} already in the library (its baseline, not announced)",
                  highlight=False)


@watch_app.command("list")
@friendly
def watch_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The saved searches, with how many matches each has had since it was saved."""
    from councilsearch.index.alerts import Rule

    lib = _library(embed=False, extract=False)
    try:
        rows = lib.store.saved_searches()
    finally:
        lib.close()
    if as_json:
        print(json.dumps([{**r, "rule": Rule.of(r).describe()} for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        console.print("no saved searches: add one with `councilsearch watch add`")
        return
    t = Table(title="saved searches")
    for col in ("id", "name", "rule", "new", "baseline", "latest"):
        t.add_column(col, no_wrap=col in ("id", "new", "baseline"))
    for r in rows:
        t.add_row(str(r["id"]), r["name"], Rule.of(r).describe(), str(r["matches"]), str(r["baseline"]),
                  (r["latest"] or "")[:16].replace("T", " "))
    console.print(t)


@watch_app.command("remove")
@friendly
def watch_remove(search_id: Annotated[int, typer.Argument(help="The id `watch list` shows.")]) -> None:
    """Delete a saved search and its matches."""
    lib = _library(embed=False, extract=False)
    try:
        lib.store.delete_saved_search(search_id)
    finally:
        lib.close()
    console.print(f"removed alert {search_id}")


@watch_app.command("check")
@friendly
def watch_check(
    search_id: Annotated[int | None, typer.Argument(help="Only this saved search.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the matches recorded since the last check (oldest first) and mark them seen."""
    lib = _library(embed=False, extract=False)
    out: list[dict[str, Any]] = []
    try:
        rows = [lib.store.saved_search(search_id)] if search_id is not None else lib.store.saved_searches()
        for r in rows:
            fresh = list(reversed(lib.store.alert_matches(int(r["id"]), after=int(r["seen_match"]), baseline=False)))
            for m in fresh:
                out.append({"alert": r["id"], "name": r["name"], "title": m["title"], "created_at": m["created_at"],
                            "cited": m["detail"].get("citation", {}).get("label", ""),
                            "link": _link(m["doc_id"], m["start"], m["end"])})
            if fresh:
                lib.store.mark_seen(int(r["id"]), max(int(m["id"]) for m in fresh))
    finally:
        lib.close()
    if as_json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not out:
        console.print("nothing new since the last check")
        return
    for o in out:
        console.print(f"[bold]alert {o['alert']}[/bold] ({o['name']}): {o['title']}", highlight=False)
        console.print(f"  {o['cited']}", highlight=False)
        console.print(f"  {o['link']}", highlight=False, soft_wrap=True)
