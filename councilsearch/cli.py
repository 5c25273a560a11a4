"""Command line: a thin layer. Each command parses options, calls one library function and
translates councilsearch errors into a readable line and a non-zero exit code (``cli_common``);
the `eval` commands live in ``cli_eval``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from councilsearch.cli_common import (
    _library,
    _to_jsonable,
    console,
    err_console,
    friendly,
    settings,
    state,
)
from councilsearch.cli_eval import eval_app
from councilsearch.cli_measures import commands as measure_commands
from councilsearch.cli_progress import IngestBar, StepBar
from councilsearch.cli_recommendations import register as register_recommendations
from councilsearch.cli_watch import watch_app
from councilsearch.config import EMBEDDERS
from councilsearch.errors import InputError, QueryError
from councilsearch.models import Entity

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Search and extract figures from UK council committee papers.",
)
app.add_typer(eval_app, name="eval")
app.registered_commands += measure_commands.registered_commands  # measures, conflicts (cli_measures)
register_recommendations(app)
app.add_typer(watch_app, name="watch")


def _output_format(fmt: str) -> str:
    from councilsearch.index.query import check_choice

    return check_choice(fmt, ("text", "json", "csv"), "output format") or "text"


def _view_link(doc_id: str, span: tuple[int, int]) -> str:
    """Where the cited span opens on a server started with `councilsearch serve` (its default
    address; $COUNCILSEARCH_URL when it runs elsewhere)."""
    from councilsearch.jobs.results import view_url

    return os.environ.get("COUNCILSEARCH_URL", "http://127.0.0.1:8000").rstrip("/") + view_url(doc_id, span)


def _register_cell(e: Entity) -> str:
    """A council entity's register link: "E07000001 district, in E10000001 Example County Council"."""
    if not e.council_code:
        return ""
    if e.upper_council_code == e.council_code:
        return f"{e.council_code} {e.council_tier}"
    return f"{e.council_code} {e.council_tier}, in {e.upper_council_code} {e.upper_council}"


def _check_embedder(value: str | None) -> str | None:
    if value is None:
        return None
    choice = value.strip().lower()
    if choice not in EMBEDDERS:
        raise typer.BadParameter(f"choose one of {' | '.join(EMBEDDERS)}")
    return choice


@app.callback()
def main_options(
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", "-d", help="Where the store lives (default: $COUNCILSEARCH_DATA or ./councilsearch-data)."),
    ] = None,
    embedder: Annotated[
        str | None,
        typer.Option(
            "--embedder",
            callback=_check_embedder,
            help="int8 | torch: the embedding backend (default: $COUNCILSEARCH_EMBEDDER or int8). A store "
            "embedded by the other is refused until `councilsearch reindex` embeds it again.",
        ),
    ] = None,
) -> None:
    state.data_dir = data_dir
    state.embedder = embedder


@app.command()
@friendly
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    no_embed: Annotated[bool, typer.Option("--no-embed", help="Skip embeddings (keyword search only until reindex).")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=0,
        help="Processes that parse and analyse files while this one embeds them (default: one per CPU; "
             "0: none).")] = None,
) -> None:
    """Parse, section, extract and index documents. Unchanged files are skipped."""
    from councilsearch.index.library import files_to_ingest

    files = files_to_ingest(paths)
    lib = _library(embed=not no_embed)
    with IngestBar(err_console) as bar:
        results = lib.ingest_paths(files, progress=bar.update, workers=workers)
    lib.close()
    ok = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    stored = [r for r in ok if r.status in ("ingested", "replaced")]
    pages = sum(r.n_pages for r in stored)
    t = Table(title=f"Ingest summary ({bar.seconds:.1f} s, {pages / max(bar.seconds, 1e-9):.1f} pages/s)")
    for col in ("documents", "new", "replaced", "unchanged", "pages", "sections", "passages", "figures", "entities",
                "failed"):
        t.add_column(col, justify="right")
    t.add_row(
        str(len(ok)),
        str(sum(r.status == "ingested" for r in ok)),
        str(sum(r.status == "replaced" for r in ok)),
        str(sum(r.status == "unchanged" for r in ok)),
        str(pages),
        str(sum(r.n_sections for r in ok)),
        str(sum(r.n_passages for r in ok)),
        str(sum(r.n_figures for r in ok)),
        str(sum(r.n_entities for r in ok)),
        str(len(failed)),
    )
    console.print(t)
    if stored:
        from councilsearch.ingest.passages import passage_word_stats

        median, short = passage_word_stats([w for r in stored for w in r.passage_words])
        console.print(f"prose passages: median {median:g} words, {short:.1%} under 10 words "
                      "(table rows are passages of their own)", highlight=False)
    fell = [r for r in stored if r.fallback_pages]
    if fell:
        console.print(f"{sum(r.fallback_pages for r in fell)} page(s) of {len(fell)} PDF(s) read worse rebuilt from "
                      "their layout than by pypdf's plain extraction, and took pypdf's text:", highlight=False)
        for r in fell:
            console.print(f"  {r.path}: {r.fallback_pages} of {r.n_pages} pages", highlight=False)
    if failed:
        ft = Table(title="Failures", show_lines=False)
        ft.add_column("file")
        ft.add_column("reason")
        for r in failed:
            ft.add_row(r.path, r.error or "")
        console.print(ft)
        raise typer.Exit(2)


@app.command()
@friendly
def documents(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the documents in the store."""
    from dataclasses import asdict

    lib = _library(embed=False, extract=False)
    rows = lib.store.list_documents()
    if as_json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
        return
    t = Table(title=f"{len(rows)} documents")
    # ids are never cut (an id cut mid-word cannot be copied); titles and councils wrap at word
    # boundaries; on a narrow terminal the counts give way first
    id_width = max((len(r.id) for r in rows), default=2)
    counts = console.width >= id_width + 80
    t.add_column("id", no_wrap=True, min_width=id_width)
    for col in ("format", "date", "pages") + (("sections", "passages", "figures") if counts else ()):
        t.add_column(col, no_wrap=True, min_width=10 if col == "date" else len(col),
                     justify="left" if col in ("format", "date") else "right")
    for col in ("title", "council", "type"):
        t.add_column(col, overflow="fold", ratio=2 if col == "title" else 1)
    for r in rows:
        n = (str(r.n_sections), str(r.n_passages), str(r.n_figures)) if counts else ()
        t.add_row(r.id, r.format, r.date or "", str(r.n_pages), *n, r.title, r.council, r.doc_type)
    console.print(t)


@app.command()
@friendly
def show(
    doc_id: Annotated[str, typer.Argument(help="A document id (see `councilsearch documents`).")],
    all_sections: Annotated[bool, typer.Option("--all", help="Show every section, not just headings and numbered paragraphs.")] = False,
) -> None:
    """Show a document's section outline with paragraph numbers and pages."""
    lib = _library(embed=False, extract=False)
    row = lib.store.document_row(doc_id)
    text = lib.store.document_text(doc_id)
    console.print(f"[bold]{row.title}[/bold]  ({row.council}, {row.doc_type}, {row.date or 'undated'}, {row.n_pages} pages)")
    for s in lib.store.sections(doc_id):
        pages = f"p.{s.pages[0]}" if len(s.pages) == 1 else f"pp.{s.pages[0]}-{s.pages[-1]}"
        indent = "  " * max(0, s.level - 1)
        if s.kind == "heading":
            console.print(f"{indent}[bold cyan]{s.heading}[/bold cyan]  [dim]{pages}[/dim]", highlight=False)
        elif all_sections or (s.para_no and s.kind == "paragraph"):
            snippet = " ".join(text[s.span[0]:s.span[1]].split())[:90]
            tag = f"¶{s.para_no} " if s.para_no else ""
            console.print(f"{indent}  [dim]{s.kind}[/dim] {tag}{snippet}  [dim]{pages}[/dim]", highlight=False)


@app.command()
@friendly
def reindex() -> None:
    """Bring the store up to this version: figures and entities made by an older extractor
    version are extracted again from the stored text, and the vector index is rebuilt from
    the store (after corruption, or a change of model or --embedder: then every passage is
    embedded again)."""
    from councilsearch.index.refresh import refresh_facts

    lib = _library(embed=False)  # the vectors on disk are not read: they are rebuilt
    try:
        with StepBar(err_console, "reindex") as bar:
            facts = refresh_facts(lib.store, lambda done, total: bar.update("figures and entities", done, total))
        n = lib.reindex()
        emb = lib.embedder
    finally:
        lib.close()
    if facts.documents:
        docs = f"{facts.documents} document" + ("s" if facts.documents != 1 else "")
        console.print(f"figures and entities extracted again for {docs} "
                      f"({', '.join(facts.replaced) or 'older rows'} -> {', '.join(facts.current)}; "
                      f"{facts.figures} figures, {facts.entities} entities, {facts.seconds:.1f} s)", highlight=False)
    console.print(f"rebuilt the vector index: {n} passages ({emb.name}, {emb.backend})", highlight=False)




@app.command()
@friendly
def search(
    query: Annotated[str, typer.Argument(help="A question or keywords.")],
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=100, help="How many hits.")] = 5,
    offset: Annotated[int, typer.Option(min=0, help="Hits of the result set to skip (the next page: --offset k).")] = 0,
    sort: Annotated[str, typer.Option(help="relevance | date (newest first)")] = "relevance",
    council: Annotated[str | None, typer.Option(help="Only this council: its full name (any case) or ONS code.")] = None,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="Only this document type.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Documents dated on or before YYYY-MM-DD.")] = None,
    section_kind: Annotated[str | None, typer.Option("--section-kind", help="heading | paragraph | table | list")] = None,
    mode: Annotated[str, typer.Option(help="hybrid | bm25 | dense")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the same as --format json).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="text | json | csv (one row per hit, with its citation).")] = "text",
) -> None:
    """Search passages; prints ranked hits with citations and the figures in them."""
    from councilsearch.extract.figures.present import figure_chip
    from councilsearch.index.facets import check_offset, check_sort
    from councilsearch.index.query import check_filters
    from councilsearch.models import Filters

    # options are checked before the store and the model are loaded
    filters = check_filters(Filters(council=council, doc_type=doc_type, doc_id=doc, date_from=date_from,
                                    date_to=date_to, section_kind=section_kind))
    sort, offset = check_sort(sort), check_offset(offset)
    fmt = "json" if as_json else _output_format(fmt)
    # keyword search reads no vectors: it answers even from a store refused for its embedder
    lib = _library(extract=False, embed=mode != "bm25")
    res = lib.searcher().results(query, filters, sort=sort, offset=offset, limit=k, mode=mode)
    hits = res.hits
    if fmt == "csv":
        from councilsearch.jobs.results import HIT_COLUMNS, hit_rows, to_csv

        sys.stdout.write(to_csv(hit_rows(hits, _view_link, first_rank=offset + 1), HIT_COLUMNS))
        return
    if fmt == "json":
        print(json.dumps([_to_jsonable(h) for h in hits], indent=2, default=str))
        return
    if not hits:
        console.print("no results" if not res.total else f"no results after the first {res.total}")
        return
    console.print(f"[dim]{offset + 1}–{offset + len(hits)} of {res.total}{'+' if res.capped else ''} hits, "
                  f"by {sort}[/dim]", highlight=False)
    if res.council_from_question:
        console.print(f"[dim]{res.council_from_question}'s papers first: the question names it[/dim]", highlight=False)
    if res.weak:
        console.print("[yellow]no good match:[/yellow] none of these passages holds your words or is close in "
                      "meaning; they are the nearest there are", highlight=False)
    from rich.text import Text

    for n, h in enumerate(hits, offset + 1):
        console.print(f"[bold]{n}. {h.citation.label()}[/bold]  [dim]score {h.score:.4f} via {'+'.join(h.retrievers)}[/dim]",
                      highlight=False)
        body = Text(h.passage.text if len(h.passage.text) < 900 else h.passage.text[:900] + "…")
        for s, e in h.highlights:
            if e <= len(body.plain):
                body.stylize("bold yellow", s, e)
        console.print(body)
        if h.answer is not None:
            console.print(f"  [green]answer:[/green] {h.answer.surface} ({figure_chip(h.answer)})", highlight=False)
        if h.figures:
            chips = "; ".join(figure_chip(f) for f in h.figures[:8])
            console.print(f"  [cyan]figures:[/cyan] {chips}", highlight=False)
        for c in h.also_in:
            console.print(f"  [dim]also in: {c.label()}[/dim]", highlight=False)
        console.print()


@app.command()
@friendly
def figures(
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    kind: Annotated[str | None, typer.Option(help="money | percent | count | period | date")] = None,
    min_value: Annotated[float | None, typer.Option("--min", help="Smallest value.")] = None,
    max_value: Annotated[float | None, typer.Option("--max", help="Largest value.")] = None,
    period: Annotated[str | None, typer.Option(help="Financial year, e.g. 2025/26.")] = None,
    label: Annotated[str | None, typer.Option(help="Words in what the figure measures.")] = None,
    council: Annotated[str | None, typer.Option(help="Only this council: its full name (any case) or ONS code.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Documents dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Documents dated on or before YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the same as --format json).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="text | json | csv (one row per figure, with its citation).")] = "text",
) -> None:
    """List extracted figures with their citations."""
    from councilsearch.extract.figures.present import figure_label, figure_value
    from councilsearch.index.query import check_figure_kind, check_filters
    from councilsearch.models import Filters

    kind = check_figure_kind(kind)
    fmt = "json" if as_json else _output_format(fmt)
    flt = check_filters(Filters(council=council, date_from=date_from, date_to=date_to))
    if min_value is not None and max_value is not None and min_value > max_value:
        raise QueryError(f"--min ({min_value:g}) is larger than --max ({max_value:g})")
    lib = _library(embed=False)
    rows = lib.store.figures(doc_id=doc, kind=kind, min_value=min_value, max_value=max_value, period=period,
                             label=label, council=lib.store.check_council(flt.council), date_from=flt.date_from, date_to=flt.date_to,
                             limit=limit)
    if fmt == "csv":
        from councilsearch.jobs.results import FIGURE_COLUMNS, figure_rows, to_csv

        sys.stdout.write(to_csv(figure_rows([(f, c) for f, c, _ in rows], _view_link), FIGURE_COLUMNS))
        return
    if fmt == "json":
        print(json.dumps([{"figure": _to_jsonable(f), "citation": _to_jsonable(c)} for f, c, _ in rows],
                         indent=2, default=str))
        return
    t = Table(title=f"{len(rows)} figures")
    for col in ("surface", "value", "kind", "period"):
        t.add_column(col, no_wrap=True)
    for col in ("label", "cited at"):
        t.add_column(col, overflow="fold", ratio=1)
    for f, c, _ in rows:
        t.add_row(f.surface, figure_value(f), f.kind, f.period or "", figure_label(f), c.label())
    console.print(t)


@app.command()
@friendly
def entities(
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    label: Annotated[str | None, typer.Option(help="ORG | PERSON | ROLE | PROGRAMME | COMMITTEE | ACRONYM …")] = None,
    q: Annotated[str | None, typer.Option(help="Words in the name.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 500,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List extracted entities."""
    from councilsearch.index.query import check_entity_label

    label = check_entity_label(label)
    lib = _library(embed=False)
    rows = lib.store.entities(doc_id=doc, label=label, q=q, limit=limit)
    if as_json:
        print(json.dumps([{**_to_jsonable(e), "doc_id": d} for e, d in rows], indent=2, default=str))
        return
    t = Table(title=f"{len(rows)} entities")
    t.add_column("label", no_wrap=True)
    for col in ("name", "title", "role", "affiliation", "council register", "text"):
        t.add_column(col, overflow="fold")
    # a document id is never cut (it cannot be copied back whole); the other columns wrap
    t.add_column("document", no_wrap=True, min_width=max((len(d) for _, d in rows), default=8))
    for e, d in rows:
        t.add_row(e.label, e.normalised, e.title or "", e.role or "", e.affiliation or "", _register_cell(e), e.text, d)
    console.print(t)


@app.command()
@friendly
def glossary(doc_id: Annotated[str, typer.Argument(help="A document id.")]) -> None:
    """Acronyms and their expansions learned from a document."""
    lib = _library(embed=False)
    t = Table(title=f"glossary of {doc_id}")
    t.add_column("acronym")
    t.add_column("expansion")
    for a, x in lib.store.glossary(doc_id).items():
        t.add_row(a, x)
    console.print(t)


@app.command()
@friendly
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The output file (its folder must exist).")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="jsonl | csv | parquet (default: from the --out suffix).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Worker processes (default: one per CPU).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="local (a Dask LocalCluster) or tcp://HOST:PORT (a running Dask scheduler); default: a pool of local processes.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Start again instead of resuming into an existing output.")] = False,
) -> None:
    """Extract every figure and entity, with citations, into ONE file (no index, no embedding).

    Each row is a figure or an entity; the `row_type` column says which (figure|entity). Rows
    carry the document (id, title, council, doc_type, date, source path, sha256), the citation
    (section path, paragraph number, pages, character span), the figure (surface, value,
    value_text, unit, kind, period, label, measure, table_row, table_col) or the entity (entity_label,
    normalised, entity_title, entity_role), and the extractor version (figures.v2, entities.v2).

    Resumable: run the same command again after an interruption and documents already in the
    output (by content sha256, listed in OUT.done) are skipped; no row is written twice. Files
    that cannot be read are listed in OUT.failures.jsonl and the exit code is 2.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from councilsearch.jobs.run import JobStats, run_extract
    from councilsearch.pipeline import ParseOptions

    s = settings()
    show = err_console.is_terminal
    with Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        TextColumn("{task.fields[failed]}{task.description}"), console=err_console, transient=True, disable=not show,
    ) as bar:
        task = bar.add_task("", total=None, rate="-", failed="")
        seen_failures, last_line = [0], [-1]

        def progress(st: JobStats) -> None:
            done = st.written + st.failed
            bar.update(task, total=st.total, completed=st.processed, description=st.current[:40],
                       rate=f"{done / st.seconds:.1f}" if st.seconds > 0.5 and done else "-",
                       failed=f"[red]{st.failed} failed[/red] " if st.failed else "")
            for f in st.failures[seen_failures[0]:]:
                err_console.print(f"[red]failed:[/red] {f.path}: {f.error}", highlight=False)
            seen_failures[0] = len(st.failures)
            step = max(1, st.total // 20)
            if not show and st.processed and st.processed // step != last_line[0]:  # a log line every 5%
                last_line[0] = st.processed // step
                err_console.print(f"[{st.processed}/{st.total}] {st.written} written, {st.skipped} already done, "
                                  f"{st.failed} failed, {st.seconds:.0f} s", highlight=False)

        stats = run_extract(
            paths, out, fmt=fmt, workers=workers, scheduler=scheduler, overwrite=overwrite, progress=progress,
            options=ParseOptions.of(s),
        )
    t = Table(title="Extract summary", show_header=False)
    t.add_column("", style="bold")
    t.add_column("", justify="right")
    for name, value in (
        ("output", f"{stats.out} ({stats.format})"),
        ("documents", stats.total),
        ("written", stats.written),
        ("already done (skipped)", stats.skipped),
        ("duplicate content (skipped)", stats.duplicates),
        ("failed", stats.failed),
        ("rows", f"{stats.rows} ({stats.figure_rows} figures, {stats.entity_rows} entities)"),
        ("time", f"{stats.seconds:.1f} s"),
        ("documents/s", f"{stats.docs_per_s:.2f}"),
    ):
        t.add_row(name, str(value))
    console.print(t)
    console.print(f"[dim]{stats.scheduler}, {stats.workers} worker(s)[/dim]", highlight=False)
    if stats.failures:
        from councilsearch.jobs.export import failures_path

        ft = Table(title=f"Failures (all of them in {failures_path(Path(stats.out))})")
        ft.add_column("file", overflow="fold")
        ft.add_column("code")
        ft.add_column("reason", overflow="fold")
        for f in stats.failures[:50]:
            ft.add_row(f.path, f.code, f.error)
        console.print(ft)
    if stats.interrupted:
        err_console.print("interrupted: what was written is kept; run the same command again to resume")
        raise typer.Exit(130)
    if stats.failed:
        raise typer.Exit(2)


@app.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=32, help=(
        "Server processes. Python runs one search at a time per process, so on a busy server give it one per "
        "CPU; each process loads the model and the index (about 0.5 GB for the corpus). Writes by one "
        "process reach the others' searches at their next request."))] = 1,
) -> None:
    """Serve the JSON API and the search page over an existing data folder."""
    from councilsearch.api import server  # lazily: the CLI never imports the API up front
    from councilsearch.config import tune_process_for_serving
    from councilsearch.index.library import store_path

    tune_process_for_serving()
    s = settings()
    if not store_path(s.data_dir).is_file():
        raise InputError(f"no store in {s.data_dir}: run `councilsearch ingest corpus/` first (or pass --data-dir)")
    console.print(f"serving {s.data_dir} on http://{host}:{port}  (API docs at /docs)"
                  + (f" with {workers} processes" if workers > 1 else ""), highlight=False)
    server.run(s, host, port, workers)




def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken files are reported by us, once
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
