"""`councilsearch measures` and `councilsearch conflicts`: figures followed across documents
(a thin layer over ``councilsearch.index.measures``); registered in ``cli`` by adding
``commands.registered_commands`` to its app."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated

import typer
from rich.table import Table

from councilsearch.cli_common import _library, console, friendly

commands = typer.Typer()


def _link(doc_id: str, span: tuple[int, int]) -> str:
    from councilsearch.jobs.results import view_url

    return os.environ.get("COUNCILSEARCH_URL", "http://127.0.0.1:8000").rstrip("/") + view_url(doc_id, span)


def _format(fmt: str) -> str:
    from councilsearch.index.query import check_choice

    return check_choice(fmt, ("table", "text", "json", "csv"), "output format") or "table"


@commands.command("measures")
@friendly
def measures(
    council: Annotated[str | None, typer.Option(help="Only this council: its full name (any case) or ONS code.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Words of what is measured (any inflection or order).")] = None,
    multi: Annotated[bool, typer.Option("--multi", help="Only measures found in two or more documents.")] = False,
    min_points: Annotated[int, typer.Option("--min-points", min=1, help="Only measures with this many figures.")] = 1,
    limit: Annotated[int, typer.Option(help="At most this many measures.")] = 100,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv (csv: one row per figure).")] = "table",
) -> None:
    """Figures of one council that measure the same thing, grouped, with their timeline."""
    from councilsearch.index.measures import find_discrepancies, find_measures
    from councilsearch.jobs.measures import POINT_COLUMNS, measure_dict, point_rows, timeline_text
    from councilsearch.jobs.results import to_csv

    fmt = _format(fmt)
    lib = _library(embed=False)
    found = find_measures(lib.store, council=lib.store.check_council(council), q=q, min_points=min_points,
                          multi_document=multi)[:limit]
    if fmt == "csv":
        sys.stdout.write(to_csv(point_rows(found, _link), POINT_COLUMNS))
        return
    if fmt == "json":
        print(json.dumps([measure_dict(m, _link, find_discrepancies(lib.store, measure=m.id)) for m in found],
                         indent=2, default=str))
        return
    t = Table(title=f"{len(found)} measures")
    t.add_column("id", no_wrap=True)
    t.add_column("council", overflow="fold")
    t.add_column("measure", overflow="fold", ratio=1)
    t.add_column("kind", no_wrap=True)
    t.add_column("figures", justify="right", no_wrap=True)
    t.add_column("docs", justify="right", no_wrap=True)
    t.add_column("timeline", overflow="fold", ratio=2)
    for m in found:
        t.add_row(m.id, m.council, m.name, m.kind, str(len(m.points)), str(len(m.documents)), timeline_text(m))
    console.print(t)


@commands.command("conflicts")
@friendly
def conflicts(
    council: Annotated[str | None, typer.Option(help="Only this council: its full name (any case) or ONS code.")] = None,
    revisions: Annotated[bool, typer.Option("--revisions", help="List revisions too (forecasts updated, restated).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table | json | csv")] = "table",
) -> None:
    """Figures of one measure and period that disagree beyond rounding, with both citations."""
    from councilsearch.index.measures import find_discrepancies
    from councilsearch.jobs.measures import DISCREPANCY_COLUMNS, discrepancy_dict, discrepancy_rows
    from councilsearch.jobs.results import to_csv

    fmt = _format(fmt)
    lib = _library(embed=False)
    found = find_discrepancies(lib.store, council=lib.store.check_council(council),
                               kind=None if revisions else "conflict")
    if fmt == "csv":
        sys.stdout.write(to_csv(discrepancy_rows(found, _link), DISCREPANCY_COLUMNS))
        return
    if fmt == "json":
        print(json.dumps([discrepancy_dict(d, _link) for d in found], indent=2, default=str))
        return
    n = sum(d.kind == "conflict" for d in found)
    t = Table(title=f"{n} conflicts" + (f", {len(found) - n} revisions" if revisions else ""))
    for col, wrap in (("type", False), ("measure", True), ("period", False), ("values", False),
                      ("first cited at", True), ("then cited at", True)):
        t.add_column(col, no_wrap=not wrap, overflow="fold", ratio=1 if wrap else None)
    for d in found:
        t.add_row(d.kind, f"{d.measure_name} ({d.council})", d.period or "",
                  f"{d.a.figure.surface} vs {d.b.figure.surface}",  # as printed: the precision matters
                  d.a.citation.label(), d.b.citation.label())
    console.print(t)
