"""Every dev question asked of one store holding every dev document, as a council's library holds
all its papers in one index: many councils, many papers on one subject side by side, where the
per-corpus stores of ``make eval`` hold four to eighteen documents each.

    python bench/one_store.py --store DIR [--ingest] [--bundled D1 --second D2 --heldout3 D3 ... --heldout12 D12] \
        [--sets heldout8,second-dev] [--detail /tmp/one-store.jsonl]
    python bench/one_store.py --store DIR --questions Q [--own DIR2]   # one question file

``--ingest`` first ingests every dev document into ``--store`` as ``make eval`` ingests them, each
corpus into its own store (the bundled corpus folder, and the PDF, DOCX and HTML files of
tests/data/layout and tests/data/heldout3..9); unchanged files are skipped, so a built store is
reused. Then every question set (each corpus's number-question sets, as ``bench/number_misses.py``
asks them, and its other questions) is asked of the one store and, where that corpus's own store
is given, of it too. Prints, per set, the number questions whose top hit names the gold figure and
the questions whose answer passage is first (R@1) or in the first five (R@5), one store against
own store; then the totals. ``--by-council`` asks each question of the one store again held to
the council of its gold paper (a filter): what that recovers is the one store's doubt of which
council a question means, what it leaves is ranking among more papers. ``--detail`` writes one line per question that ranks or answers
differently in the two (the one store's top hit's document and figure beside the own store's)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from number_misses import CORPORA, LAYOUT, SETS, H  # noqa: E402

from councilsearch.config import load_settings  # noqa: E402
from councilsearch.evaluate.retrieval import K_EVAL, Query, is_correct, load_queries, norm_ws, value_matches  # noqa: E402
from councilsearch.index.library import Library, files_to_ingest  # noqa: E402
from councilsearch.models import Filters  # noqa: E402

# the sets of other questions (the number-question sets are number_misses.SETS; the bundled and the
# second corpus's dev sets hold both kinds)
OTHER_SETS = [(f"heldout{n}-questions", f"heldout{n}", f"{H}{n}/questions.jsonl") for n in range(3, 13)]
DOC_SUFFIXES = (".pdf", ".docx", ".html")


def dev_documents() -> list[Path]:
    """Every dev document as ``make eval`` ingests them: the bundled corpus's folder (its manifest
    gives each its council and date) and each further corpus's PDF, DOCX and HTML files."""
    folders = [REPO / LAYOUT, *(REPO / f"{H}{n}" for n in range(3, 13))]
    return [REPO / "corpus", *sorted(p for d in folders for p in d.iterdir() if p.suffix in DOC_SUFFIXES)]


def ask(searcher: Any, names: dict[str, str], queries: Sequence[Query],
        council_of: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Each question's outcome: the rank of its first right hit (None: not in the first
    ``K_EVAL``), whether the top hit names the gold figure (None: not a number question), and
    the top hit's document and figure. ``council_of`` (a document's name -> its council): each
    question is held to the council of its gold paper, as a filter."""
    out = {}
    for q in queries:
        council = (council_of or {}).get(q.targets[0][0])
        hits = searcher.search(q.query, k=K_EVAL, filters=Filters(council=council or None), mode="hybrid")
        rank = None
        for i, h in enumerate(hits):
            docs = {names.get(h.citation.doc_id, h.citation.doc_id)} | {names.get(c.doc_id, c.doc_id) for c in h.also_in}
            if any(is_correct((d, norm_ws(h.passage.text)), q) for d in docs):
                rank = i + 1
                break
        top = hits[0] if hits else None
        figure = None
        if q.kind == "figure" and q.answer:
            val = top.answer.value if top is not None and top.answer is not None else None
            figure = isinstance(val, (int, float)) and value_matches(float(val), float(q.answer["value"]))
        out[q.id] = {"rank": rank, "figure": figure, "query": q.query,
                     "top_doc": names.get(top.citation.doc_id, top.citation.doc_id) if top else None,
                     "named": top.answer.surface if top is not None and top.answer is not None else None}
    return out


def tally(res: dict[str, dict[str, Any]]) -> tuple[int, int, int, int, int]:
    """(figures right, number questions, R@1, R@5, questions)."""
    figs = [r["figure"] for r in res.values() if r["figure"] is not None]
    ranks = [r["rank"] for r in res.values()]
    return (sum(figs), len(figs), sum(1 for r in ranks if r == 1), sum(1 for r in ranks if r is not None and r <= 5),
            len(ranks))


class _Store:
    """A store's searcher and its documents' names (file stems, as the gold names them)."""

    def __init__(self, data: Path):
        self.lib = Library(load_settings(data), embed=True, extract=False)
        self.searcher = self.lib.searcher()
        self.names = {d: Path(s).stem for d, s in self.searcher.store.source_paths().items()}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="the one store (built by --ingest)")
    ap.add_argument("--ingest", action="store_true", help="first ingest every dev document into --store")
    ap.add_argument("--docs", type=Path, nargs="+", help="with --ingest: these files or folders instead")
    for corpus in CORPORA:
        ap.add_argument(f"--{corpus}", type=Path, help=f"the {corpus} corpus's own store")
    ap.add_argument("--questions", type=Path, help="one question file instead of the sets")
    ap.add_argument("--own", type=Path, help="the store --questions is also asked of")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: every set)")
    ap.add_argument("--by-council", action="store_true",
                    help="also ask each question of the one store held to its gold paper's council")
    ap.add_argument("--detail", type=Path)
    args = ap.parse_args(argv)
    if args.ingest:
        lib = Library(load_settings(args.store), embed=True)
        results = lib.ingest_paths(files_to_ingest(args.docs or dev_documents()))
        lib.close()
        failed = [r.path for r in results if not r.ok]
        print(f"one store: {len(results)} documents, {sum(r.status == 'unchanged' for r in results)} unchanged, "
              f"{len(failed)} failed {failed or ''}".rstrip(), flush=True)
    sets = [*SETS, *OTHER_SETS] if args.questions is None else [("questions", "own", str(args.questions))]
    own_dirs = {"own": args.own} if args.questions is not None else {c: getattr(args, c) for c in CORPORA}
    wanted = set(filter(None, args.sets.split(",")))
    one = _Store(args.store)
    own: dict[str, _Store] = {}
    totals = {"one": [0] * 5, "own": [0] * 5, "one*": [0] * 5, "held": [0] * 5}
    held_rows = []
    council_of: dict[str, str] = {}
    if args.by_council:
        meta = one.searcher.store.document_meta(set(one.names))
        council_of = {one.names[d]: str(m.get("council") or "") for d, m in meta.items()}
    detail = args.detail.open("w") if args.detail else None
    print(f"{'set':22s} {'figures one':>11s} {'own':>7s}   {'R@1 one':>9s} {'own':>7s}   {'R@5 one':>9s} {'own':>7s}")
    for name, corpus, path in sets:
        if wanted and name not in wanted:
            continue
        queries = load_queries(path if Path(path).is_absolute() else REPO / path)
        mine = ask(one.searcher, one.names, queries)
        a = tally(mine)
        totals["one"] = [x + y for x, y in zip(totals["one"], a, strict=True)]
        b: tuple[int, ...] | None = None
        if own_dirs.get(corpus) is not None:
            if corpus not in own:
                own[corpus] = _Store(own_dirs[corpus])
            theirs = ask(own[corpus].searcher, own[corpus].names, queries)
            b = tally(theirs)
            totals["own"] = [x + y for x, y in zip(totals["own"], b, strict=True)]
            totals["one*"] = [x + y for x, y in zip(totals["one*"], a, strict=True)]
            if detail is not None:
                for qid, r in mine.items():
                    t = theirs[qid]
                    if (r["rank"], r["figure"]) != (t["rank"], t["figure"]):
                        detail.write(json.dumps({"set": name, "id": qid, "query": r["query"], "one": r, "own": t}) + "\n")
        print(_row(name, a, b), flush=True)
        if args.by_council:
            h = tally(ask(one.searcher, one.names, queries, council_of))
            totals["held"] = [x + y for x, y in zip(totals["held"], h, strict=True)]
            held_rows.append(_row(name, h, None))
    print(_row("all", totals["one"], None if totals["own"][4] == 0 else totals["own"]))
    if totals["own"][4] and totals["own"][4] != totals["one"][4]:
        print(_row("  (sets with own)", totals["one*"], totals["own"]))
    if held_rows:
        print("\nthe one store, each question held to its gold paper's council (what this closes of the gap is doubt of the council meant):")
        print("\n".join([*held_rows, _row("all", totals["held"], None)]))
    if detail is not None:
        detail.close()
    for s in (one, *own.values()):
        s.lib.close()


def _row(name: str, a: Sequence[int], b: Sequence[int] | None) -> str:
    """One line: figures right, R@1 and R@5 in the one store (``a``) beside the own stores (``b``)."""
    fig = f"{a[0]:4d}/{a[1]:<4d}" if a[1] else f"{'-':>9s}"
    ofig, o1, o5 = ((f"{b[0]:4d}" if b[1] else "-"), str(b[2]), str(b[3])) if b is not None else ("", "", "")
    return f"{name:22s} {fig:>11s} {ofig:>7s}   {a[2]:4d}/{a[4]:<4d} {o1:>7s}   {a[3]:4d}/{a[4]:<4d} {o5:>7s}"


if __name__ == "__main__":
    main()
