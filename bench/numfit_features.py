"""The feature table the number-question figure model is fitted on (``bench/numfit_train.py``),
read from built stores: for every number question of every set, each passage of the search's
candidate pool with its retrieval score, and each of its figures that fits the question at all
with the parts of its fit (``answer.fit_candidates``) and whether its value is the gold answer.

    python bench/numfit_features.py --bundled D1 --second D2 --heldout3 D3 --heldout4 D4 \
        --heldout5 D5 --out /tmp/numfit.jsonl

Each data dir is a store built from that corpus (``make eval`` builds them). Nothing of the
documents' text is written: features are numbers, a figure is kept by its value only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from numfit_model import context_parts  # noqa: E402

from councilsearch.config import load_settings  # noqa: E402
from councilsearch.evaluate.retrieval import load_queries, value_matches  # noqa: E402
from councilsearch.index import search as search_mod  # noqa: E402
from councilsearch.index.answer import column_when, fit_candidates, when_iso  # noqa: E402
from councilsearch.index.answer_rank import doc_date  # noqa: E402
from councilsearch.index.library import Library  # noqa: E402

LAYOUT, H = "tests/data/layout", "tests/data/heldout"
# (set name, corpus, question file): every number-question set the project holds
SETS = [
    ("bundled-dev", "bundled", "eval/queries_dev.jsonl"),
    ("bundled-holdout", "bundled", "eval/queries_numbers_holdout.jsonl"),
    ("bundled-holdout2", "bundled", "eval/queries_numbers_holdout2.jsonl"),
    ("bundled-holdout3", "bundled", "eval/queries_numbers_holdout3.jsonl"),
    ("bundled-holdout4", "bundled", "eval/queries_numbers_holdout4.jsonl"),
    ("bundled-holdout5", "bundled", "eval/queries_numbers_holdout5.jsonl"),
    ("second-dev", "second", f"{LAYOUT}/questions.jsonl"),
    ("second-heldout", "second", f"{LAYOUT}/questions_numbers_heldout.jsonl"),
    ("second-holdout3", "second", f"{LAYOUT}/questions_numbers_holdout3.jsonl"),
    ("second-holdout4", "second", f"{LAYOUT}/questions_numbers_holdout4.jsonl"),
    ("second-holdout5", "second", f"{LAYOUT}/questions_numbers_holdout5.jsonl"),
    ("heldout3", "heldout3", f"{H}3/questions_numbers.jsonl"),
    ("heldout4", "heldout4", f"{H}4/questions_numbers.jsonl"),
    ("heldout5", "heldout5", f"{H}5/questions_numbers.jsonl"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for corpus in ("bundled", "second", "heldout3", "heldout4", "heldout5"):
        ap.add_argument(f"--{corpus}", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    seen: dict[str, Any] = {}
    real = search_mod.weigh_answers

    def watch(pool: Any, nq: Any, first: float) -> None:  # the pool as the search weighs it
        seen.update(pre=dict(pool.scores), nq=nq, first=first, pool=pool)
        real(pool, nq, first)
        seen["weighed"] = dict(pool.scores)

    search_mod.weigh_answers = watch  # type: ignore[assignment]
    with args.out.open("w") as out:
        for corpus in ("bundled", "second", "heldout3", "heldout4", "heldout5"):
            data = getattr(args, corpus)
            if data is None:
                continue
            searcher = Library(load_settings(data), embed=True, extract=False).searcher()
            for name, c, path in SETS:
                if c != corpus:
                    continue
                for q in load_queries(REPO / path):
                    if q.kind != "figure" or not q.answer:
                        continue
                    seen.clear()
                    hits = searcher.search(q.query, k=10, mode="hybrid")
                    out.write(json.dumps(_row(name, q, hits, seen)) + "\n")
            print(corpus, "done", flush=True)


def _row(name: str, q: Any, hits: list[Any], seen: dict[str, Any]) -> dict[str, Any]:
    gold = float(q.answer["value"])
    top = hits[0] if hits else None
    val = top.answer.value if top is not None and top.answer is not None else None
    row: dict[str, Any] = {"set": name, "latest": False, "period": False, "id": q.id, "gold": gold, "live_right": isinstance(val, (int, float)) and value_matches(float(val), gold),
                           "live_top": top.passage.id if top else None, "passages": []}
    if "pool" not in seen:
        return row
    pool, first, nq = seen["pool"], seen["first"], seen["nq"]
    row.update(latest=nq.latest, period=bool(nq.period))
    order = sorted((pid for pid in pool.ids if pid in pool.passages), key=lambda p: -seen["pre"][p])
    for rank, pid in enumerate(order):
        p = pool.passages[pid]
        weighed = seen["weighed"][pid]
        cands = fit_candidates(p, pool.figures.get(pid, []), nq, record=True)
        row["passages"].append({
            "pid": pid, "pre": seen["pre"][pid] / first, "rank": math.log1p(rank),
            "sim": pool.similarity.get(pid, 0.0), "bm25": "bm25" in pool.found_by.get(pid, []),
            "later": pool.scores[pid] / weighed if weighed > 0 else 1.0,  # what the search does after (other councils)
            "now": when_iso(doc_date(pool.meta.get(p.doc_id, {}))),
            "cands": [_cand(f, got, went_to, gold, p, nq, q.query) for f, _, went_to, got in cands],
        })
    return row


def _cand(f: Any, got: dict[str, float], went_to: bool, gold: float, p: Any, nq: Any, query: str) -> dict[str, Any]:
    """One candidate figure: its features, rightness, and what ``answer.best_answer`` breaks ties by."""
    near = context_parts(p.text, f.span[0] - p.span[0], f.span[1] - p.span[0], f, nq, query)
    return {"f": {**got, **near}, "right": isinstance(f.value, (int, float)) and value_matches(float(f.value), gold),
            "period": f.period or "", "row": hash(f.table_row) if f.table_row else None,
            "col": column_when(f), "went_to": went_to}


if __name__ == "__main__":
    main()
