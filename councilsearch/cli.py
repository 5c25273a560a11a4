"""Command line: a thin layer. Each command parses options, calls one library function and
translates councilsearch errors into a readable line and a non-zero exit code."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from councilsearch.config import Settings, load_settings
from councilsearch.errors import CouncilSearchError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Search and extract figures from UK council committee papers.",
)
eval_app = typer.Typer(no_args_is_help=True, help="Score retrieval or figure extraction against a gold file.")
app.add_typer(eval_app, name="eval")

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    data_dir: Path | None = None


state = _State()


def settings() -> Settings:
    return load_settings(state.data_dir)


def friendly(fn: F) -> F:
    """Turn councilsearch errors into one readable line and exit code 1."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CouncilSearchError as exc:
            err_console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def main_options(
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", "-d", help="Where the store lives (default: $COUNCILSEARCH_DATA or ./councilsearch-data)."),
    ] = None,
) -> None:
    state.data_dir = data_dir


def _library(embed: bool = True, extract: bool = True):  # type: ignore[no-untyped-def]
    from councilsearch.index.library import Library

    return Library(settings(), embed=embed, extract=extract)


@app.command()
@friendly
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    no_embed: Annotated[bool, typer.Option("--no-embed", help="Skip embeddings (keyword search only until reindex).")] = False,
) -> None:
    """Parse, section, extract and index documents. Unchanged files are skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from councilsearch.index.library import files_to_ingest

    files = files_to_ingest(paths)
    lib = _library(embed=not no_embed)
    results = []
    with Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        TextColumn("{task.description}"), console=err_console, transient=True,
        disable=not err_console.is_terminal,
    ) as bar:
        task = bar.add_task("", total=len(files))
        for k, f in enumerate(files, 1):
            bar.update(task, description=f.name[:50])
            r = lib.ingest_file(f)
            results.append(r)
            bar.advance(task)
            if not err_console.is_terminal:
                status = r.status if r.ok else f"FAILED: {r.error}"
                err_console.print(f"[{k}/{len(files)}] {f}: {status}", highlight=False)
            if k % 25 == 0:
                lib.save()
    lib.close()
    ok = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    t = Table(title="Ingest summary")
    for col in ("documents", "new", "replaced", "unchanged", "sections", "passages", "figures", "entities", "failed"):
        t.add_column(col, justify="right")
    t.add_row(
        str(len(ok)),
        str(sum(r.status == "ingested" for r in ok)),
        str(sum(r.status == "replaced" for r in ok)),
        str(sum(r.status == "unchanged" for r in ok)),
        str(sum(r.n_sections for r in ok)),
        str(sum(r.n_passages for r in ok)),
        str(sum(r.n_figures for r in ok)),
        str(sum(r.n_entities for r in ok)),
        str(len(failed)),
    )
    console.print(t)
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
    for col in ("id", "title", "council", "type", "date", "pages", "sections", "passages", "figures"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r.id, r.title, r.council, r.doc_type, r.date or "", str(r.n_pages), str(r.n_sections),
                  str(r.n_passages), str(r.n_figures))
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
    """Rebuild the vector index from the store (after corruption or a model change)."""
    lib = _library(embed=False)
    from councilsearch.index.library import Library

    lib = Library(settings(), embed=True, repair=True)
    n = lib.reindex()
    console.print(f"rebuilt the vector index: {n} passages")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
