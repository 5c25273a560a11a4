"""Why number questions miss: every figure question of every dev number-question set is searched
as ``eval retrieval`` searches it, and each one whose top hit does not name the gold figure is put
in one kind:

- ``not-number``: the question is not read as asking for a number (``asking.number_question``);
- ``top:<why>``: the top hit holds the gold figure but names another: ``no-fit:<why>`` when the
  gold figure does not fit at all (kind, year, quarter, no measure word, not a count), ``lower``
  when it fits less than the one named, ``tie`` when it fits as well;
- ``rank2-5`` / ``rank6-10`` / ``absent``: the first hit holding the gold figure is lower, or no
  hit of the ten holds it; ``+its-best`` when that hit's own best answer is the gold figure.

    python bench/number_misses.py --bundled D1 --second D2 --heldout3 D3 ... --heldout12 D12 \
        [--detail /tmp/misses.jsonl] [--sets heldout8,second-holdout8]

Each data dir is a store built from that corpus (``make eval`` builds them). Prints, per set, X of
N right and the kinds of miss, then the totals; ``--detail`` writes one line per miss (the
question, the named and the gold figures with their labels and the parts of their fits).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from councilsearch.config import load_settings  # noqa: E402
from councilsearch.evaluate.retrieval import load_queries, value_matches  # noqa: E402
from councilsearch.index.answer import answers_kind, as_count, fit_candidates, number_question, weigh  # noqa: E402
from councilsearch.index.asking import quarters_named  # noqa: E402
from councilsearch.index.library import Library  # noqa: E402

LAYOUT, H = "tests/data/layout", "tests/data/heldout"
CORPORA = ("bundled", "second", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
           "heldout10", "heldout11", "heldout12")
# (set name, corpus, question file): every number-question set of the dev material
SETS = [
    ("bundled-dev", "bundled", "eval/queries_dev.jsonl"),
    *((f"bundled-holdout{n}", "bundled", f"eval/queries_numbers_holdout{n}.jsonl") for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
    ("second-dev", "second", f"{LAYOUT}/questions.jsonl"),
    ("second-heldout", "second", f"{LAYOUT}/questions_numbers_heldout.jsonl"),
    *((f"second-holdout{n}", "second", f"{LAYOUT}/questions_numbers_holdout{n}.jsonl") for n in range(3, 13)),
    *((f"heldout{n}", f"heldout{n}", f"{H}{n}/questions_numbers.jsonl") for n in range(3, 13)),
]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    for corpus in CORPORA:
        ap.add_argument(f"--{corpus}", type=Path)
    ap.add_argument("--questions", type=Path, help="one question file instead of the sets (with --corpus-dir)")
    ap.add_argument("--corpus-dir", type=Path, help="the store --questions is asked of")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: every set whose store is given)")
    ap.add_argument("--detail", type=Path)
    args = ap.parse_args(argv)
    sets = list(SETS)
    if args.questions:
        sets = [("questions", "questions", str(args.questions))]
    wanted = set(filter(None, args.sets.split(",")))
    totals: Counter[str] = Counter()
    right = n_all = 0
    detail = args.detail.open("w") if args.detail else None
    searchers: dict[str, Any] = {}
    for name, corpus, path in sets:
        data = args.corpus_dir if corpus == "questions" else getattr(args, corpus)
        if data is None or (wanted and name not in wanted):
            continue
        if corpus not in searchers:
            searchers[corpus] = Library(load_settings(data), embed=True, extract=False).searcher()
        searcher = searchers[corpus]
        kinds: Counter[str] = Counter()
        ok = n = 0
        for q in load_queries(REPO / path if not Path(path).is_absolute() else path):
            if q.kind != "figure" or not q.answer:
                continue
            n += 1
            kind, info = classify(searcher, q.query, float(q.answer["value"]))
            if kind == "right":
                ok += 1
                continue
            kinds[kind] += 1
            if detail is not None:
                detail.write(json.dumps({"set": name, "id": q.id, "query": q.query, "gold": q.answer["value"],
                                         "kind": kind, **info}, default=str) + "\n")
        right += ok
        n_all += n
        totals.update(kinds)
        print(f"{name:18s} {ok:3d}/{n:3d}  " + "  ".join(f"{k} {v}" for k, v in sorted(kinds.items())), flush=True)
    print(f"{'all':18s} {right:3d}/{n_all:3d}")
    for k, v in totals.most_common():
        print(f"  {k:28s} {v}")
    if detail is not None:
        detail.close()


def _is_gold(f: Any, gold: float) -> bool:
    return isinstance(f.value, (int, float)) and value_matches(float(f.value), gold)


def _fig(f: Any) -> dict[str, Any]:
    return {"surface": f.surface, "kind": f.kind, "label": f.label, "measure": f.measure, "period": f.period,
            "row": f.table_row, "col": f.table_col}


def classify(searcher: Any, query: str, gold: float) -> tuple[str, dict[str, Any]]:
    """(the kind of miss, what shows it) of one question; ("right", {}) when the top hit names the gold figure."""
    hits = searcher.search(query, k=10, mode="hybrid")
    top = hits[0] if hits else None
    if top is not None and top.answer is not None and _is_gold(top.answer, gold):
        return "right", {}
    nq = number_question(query)
    if nq is None:
        return "not-number", {}
    nq = weigh(nq, searcher._passages_with, searcher.store.passage_count())
    at = next((i for i, h in enumerate(hits) if any(_is_gold(f, gold) for f in h.figures)), None)
    info: dict[str, Any] = {"nq": {"kind": nq.kind, "terms": nq.terms, "measures": nq.measures, "period": nq.period,
                                   "rate": nq.rate, "counted": nq.counted, "quarters": nq.quarters},
                            "named": _fig(top.answer) if top is not None and top.answer is not None else None}
    if at is None:
        return "absent", info
    hit = hits[at]
    cands = fit_candidates(hit.passage, hit.figures, nq, record=True)
    info["fits"] = [{**_fig(f), "fit": round(s, 3), "gold": _is_gold(f, gold), "parts": got} for f, s, _, got in cands]
    info["text"] = hit.passage.text[:1500]
    info["path"] = hit.passage.path
    if at > 0:
        own = hit.answer is not None and _is_gold(hit.answer, gold)
        mine = fit_candidates(top.passage, top.figures, nq) if top is not None else []
        info["top_fit"] = round(max((s for _, s, _, _ in mine), default=0.0), 3)
        info["top_text"] = top.passage.text[:600] if top is not None else ""
        return ("rank2-5" if at < 5 else "rank6-10") + ("+its-best" if own else ""), info
    golds = [s for f, s, _, _ in cands if _is_gold(f, gold)]
    if not golds:
        g = next(f for f in hit.figures if _is_gold(f, gold))
        return f"top:no-fit:{_no_fit_why(as_count(g, nq), nq)}", info
    best = max(s for _, s, _, _ in cands)
    return ("top:tie" if max(golds) >= best - 1e-9 else "top:lower"), info


def _no_fit_why(f: Any, nq: Any) -> str:
    """Why a figure does not fit at all: which of ``figure_fit``'s gates it fails."""
    if not answers_kind(f, nq):
        return f"kind({f.kind} for {nq.kind})" if nq.kind and f.kind != nq.kind else "not-an-answer"
    if nq.period and f.period and f.period != nq.period:
        return "year"
    if nq.quarters and quarters_named(f"{f.table_col or ''} {f.label or ''}"):
        return "quarter"
    return "no-measure-word-or-not-a-count"


if __name__ == "__main__":
    main()
