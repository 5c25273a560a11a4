"""`councilsearch eval ...`: score retrieval, figure extraction and the layout corpus against
their gold sets (a thin layer over ``councilsearch.evaluate``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from councilsearch.cli_common import _library, _readable, console, err_console, friendly, settings
from councilsearch.cli_progress import StepBar
from councilsearch.errors import InputError

eval_app = typer.Typer(no_args_is_help=True, help="Score retrieval, figure or entity extraction or the layout corpus against their gold.")


@eval_app.command("retrieval")
@friendly
def eval_retrieval(
    queries: Annotated[Path, typer.Option("--queries", help="A JSONL file like eval/queries_dev.jsonl.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Recall@1/5, MRR@10, nDCG@10 for hybrid, bm25 and dense_chunks (1,000-char chunks)."""
    from councilsearch.evaluate.retrieval import evaluate_retrieval, load_queries

    qs = load_queries(_readable(queries, "the queries file"))
    lib = _library(extract=False)
    if lib.store.count_documents() == 0:
        raise InputError("the store is empty: run `councilsearch ingest corpus/` first")
    with StepBar(err_console, "eval retrieval") as bar:
        rep = evaluate_retrieval(lib.searcher(), qs, embed=lib.embedder.encode, progress=bar.update)
    if as_json:
        out = {k: v for k, v in rep.items() if k not in ("queries", "by_kind")}
        print(json.dumps(out, indent=2))
        return
    t = Table(title=f"retrieval on {rep['n']} queries")
    t.add_column("system")
    for m in ("recall@1", "recall@5", "mrr@10", "ndcg@10"):
        t.add_column(m, justify="right")
    for system in ("hybrid", "bm25", "dense_chunks"):
        if system in rep:
            t.add_row(system, *(f"{rep[system][m]:.3f}" for m in ("recall@1", "recall@5", "mrr@10", "ndcg@10")))
    console.print(t)
    console.print(f"figure_accuracy (hybrid, top hit names the answer): {rep['hybrid'].get('figure_accuracy', 0):.3f}"
                  f"  answer box (the first fitting figure of the top three hits): "
                  f"{rep['hybrid'].get('answer_box_accuracy', 0):.3f}")
    for kind, m in rep["by_kind"].items():
        console.print(f"  {kind:10s} n={m['n']:3d}  recall@5={m['recall@5']:.3f}  mrr@10={m['mrr@10']:.3f}")
    misses = [(qid, q) for qid, q in rep["queries"].items() if not q.get("hybrid") or q["hybrid"] > 5]
    if misses:
        console.print("[bold]hybrid misses (not in top 5):[/bold]")
        for qid, q in misses:
            console.print(f"  {qid} rank={q.get('hybrid')}  {q['query']}", highlight=False)


@eval_app.command("figures")
@friendly
def eval_figures(
    gold: Annotated[Path, typer.Option("--gold", help="A JSONL file like eval/figures_dev.jsonl.")],
    corpus: Annotated[list[Path] | None, typer.Option("--corpus", help="Folders holding the named documents (default: the documents in the store).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Precision, recall and F1 of the figure extractor against a gold file, and the accuracy
    of what the matched figures measure (label) and when (period)."""
    from councilsearch.evaluate.figures import corpus_texts, score_figures, store_texts
    from councilsearch.extract.figures import EXTRACTOR

    _readable(gold, "the gold file")
    texts = corpus_texts(corpus) if corpus else store_texts(_library(embed=False, extract=False).store)
    with StepBar(err_console, "eval") as bar:
        rep = score_figures(gold, texts, progress=bar.update)
    keys = ("n_gold", "precision", "recall", "f1", "by_kind", "n_measured", "label_accuracy", "period_accuracy")
    if as_json:
        print(json.dumps({k: rep[k] for k in keys}, indent=2))
        return
    t = Table(title=f"{EXTRACTOR} on {rep['n_gold']} gold figures")
    for col in ("kind", "precision", "recall", "f1"):
        t.add_column(col, justify="right")
    t.add_row("all", f"{rep['precision']:.3f}", f"{rep['recall']:.3f}", f"{rep['f1']:.3f}")
    for kind, m in sorted(rep["by_kind"].items()):
        t.add_row(kind, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}")
    console.print(t)
    if rep["n_measured"]:
        console.print(f"label accuracy {rep['label_accuracy']:.3f}, period accuracy {rep['period_accuracy']:.3f} "
                      f"(on {rep['n_measured']} matched money, percent and count figures)", highlight=False)
    for title, key in (("misses", "misses"), ("false alarms", "false_alarms"), ("wrong labels", "label_misses"),
                       ("wrong periods", "period_misses")):
        items = rep.get(key) or []
        if items:
            console.print(f"[bold]{title} ({len(items)}):[/bold]")
            for it in items[:50]:
                console.print(f"  {it}", highlight=False)


@eval_app.command("entities")
@friendly
def eval_entities(
    gold: Annotated[Path, typer.Option("--gold", help="A JSONL file like eval/entities_dev.jsonl.")],
    corpus: Annotated[list[Path] | None, typer.Option("--corpus", help="Read the documents from these folders instead of the store.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Recall per label and PERSON precision of the entity extractor against a gold file."""
    from councilsearch.evaluate.entities import evaluate_entities, gold_texts, report_lines, summary_rows

    _readable(gold, "the gold file")
    texts = gold_texts(gold, corpus, lambda: _library(embed=False, extract=False).store)
    with StepBar(err_console, "eval entities") as bar:
        rep = evaluate_entities(gold, texts, progress=bar.update)
    if as_json:
        print(json.dumps({k: v for k, v in rep.items() if k not in ("misses", "false_people")}, indent=2))
        return
    t = Table(title=f"entities on {rep['n_gold']} gold entities in {rep['documents']} documents")
    for col in ("label", "gold", "found", "recall"):
        t.add_column(col, justify="right")
    for row in summary_rows(rep):
        t.add_row(*row)
    console.print(t)
    for line in report_lines(rep):
        console.print(line, highlight=False)


@eval_app.command("layout")
@friendly
def eval_layout(
    corpus: Annotated[Path, typer.Option("--corpus", help="The layout test corpus (see its README).")] = Path("tests/data/layout"),
    no_search: Annotated[bool, typer.Option("--no-search", help="Skip the questions (no embedder, no index).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Text, tables, sections, passages, metadata and search on the layout test corpus."""
    from councilsearch.evaluate.layout import evaluate_layout, summary

    with StepBar(err_console, "eval layout") as bar:
        rep = evaluate_layout(corpus, settings(), search=not no_search, progress=bar.update)
    if as_json:
        print(json.dumps(rep, indent=2, ensure_ascii=False))
        return
    t = Table(title=f"layout corpus: {rep['documents']} documents in {rep['folder']}")
    for col in ("measure", "value", "target"):
        t.add_column(col)
    for row in summary(rep):
        t.add_row(*row)
    console.print(t)


@eval_app.command("recommendations")
@friendly
def eval_recommendations(
    gold: Annotated[Path, typer.Option("--gold", help="A JSONL file like eval/recommendations_dev.jsonl.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Extraction precision/recall, follow-up link accuracy and status accuracy of
    recommendations.v1 on the ingested documents against a gold file."""
    from councilsearch.evaluate.recommendations import evaluate_recommendations

    _readable(gold, "the gold file")
    lib = _library(embed=False, extract=False)
    if lib.store.count_documents() == 0:
        raise InputError("the store is empty: ingest the gold's documents first")
    rep = evaluate_recommendations(lib.store, gold)
    if as_json:
        print(json.dumps({k: v for k, v in rep.items() if k != "misses"}, indent=2))
        return
    t = Table(title=f"recommendations on {rep['n_gold']} gold rows in {rep['documents']} documents")
    for col in ("precision", "recall", "link accuracy", "status accuracy"):
        t.add_column(col, justify="right")
    t.add_row(f"{rep['precision']:.3f} ({rep['n_found']} found)", f"{rep['recall']:.3f}",
              f"{rep['link_accuracy']:.3f} ({rep['links']} links)", f"{rep['status_accuracy']:.3f} ({rep['statuses']})")
    console.print(t)
    for kind, k in rep["by_kind"].items():
        console.print(f"  {kind:15s} gold={k['gold']:3d}  found={k['found']:3d}  kind right={k['kind_right']:3d}")
    for line in rep["misses"][:60]:
        console.print(f"  {line}", highlight=False)


@eval_app.command("measures")
@friendly
def eval_measures(
    gold: Annotated[Path, typer.Option("--gold", help="A JSONL file like eval/measures_dev.jsonl.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Pairwise precision/recall of measure grouping and precision/recall of conflicts against
    a gold file, over the documents in the store."""
    from councilsearch.evaluate.measures import evaluate_measures, load_gold

    items = load_gold(_readable(gold, "the gold file"))
    lib = _library(embed=False, extract=False)
    if lib.store.count_documents() == 0:
        raise InputError("the store is empty: ingest the corpus the gold was written for first")
    rep = evaluate_measures(lib.store, items)
    if as_json:
        print(json.dumps(rep, indent=2, ensure_ascii=False))
        return
    t = Table(title=f"measures on {rep['n_groups']} gold groups ({rep['n_members']} figures)")
    for col in ("what", "precision", "recall", "predicted", "gold"):
        t.add_column(col, justify="right")
    for name, key in (("grouping (pairs)", "grouping"), ("conflicts", "conflicts")):
        m = rep[key]
        t.add_row(name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", str(m["n_pred"]), str(m["n_gold"]))
    console.print(t)
    r = rep["revisions"]
    console.print(f"revisions: {r['found_as_revision']}/{r['n_gold']} gold revisions found as revisions, "
                  f"{r['flagged_as_conflict']} flagged as conflicts; {rep['n_predicted_revisions']} revisions "
                  "predicted in all", highlight=False)
    for title, key in (("false conflicts", "false_conflicts"), ("missed conflicts", "missed_conflicts"),
                       ("gold figures not found", "unmatched_members")):
        if rep[key]:
            console.print(f"[bold]{title} ({len(rep[key])}):[/bold]")
            for it in rep[key][:50]:
                console.print(f"  {it}", highlight=False)
