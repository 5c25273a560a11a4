"""Calibrate the weak-match notice (index/fusion.py: WEAK_SIMILARITY, VERY_WEAK_SIMILARITY).

For a built store and its question files, prints the best cosine of each question's hits
(the same number ``weak_match`` judges) for the questions, which all have an answer in the
store, and for off-topic questions, which have none; then how many of each the notice flags.
A good threshold flags no dev question and most off-topic ones.

    .venv/bin/python bench/weak_match.py --data-dir councilsearch-data eval/queries_dev.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from councilsearch.config import load_settings
from councilsearch.index.fusion import VERY_WEAK_SIMILARITY, WEAK_SIMILARITY, weak_match
from councilsearch.index.library import Library

OFF_TOPIC = (
    "zzqx flibbertigibbet", "recipe for a chocolate cake", "who won the football world cup in 1966",
    "how do I change a car tyre", "qwerty asdf zxcv", "best hiking boots for winter", "the plot of Hamlet",
    "quantum chromodynamics lattice gauge", "lorem ipsum dolor sit amet", "what is the capital of Peru",
    "instructions for knitting a scarf", "xkcd blorp snarfle", "train times from Paris to Lyon",
    "symptoms of the common cold in cats", "how to bake sourdough bread",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("queries", nargs="+", help="JSONL files of questions (a 'query' field each)")
    args = ap.parse_args()
    lib = Library(load_settings(args.data_dir))
    searcher = lib.searcher()

    def run(q: str) -> tuple[float, bool, bool]:
        hits = searcher.search(q, k=5)
        sims = [h.similarity for h in hits if h.similarity is not None]
        return (max(sims) if sims else 0.0), any("bm25" in h.retrievers for h in hits), weak_match(hits)

    questions = [json.loads(line)["query"] for f in args.queries
                 for line in Path(f).read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [run(q) for q in questions]
    off = [run(q) for q in OFF_TOPIC]
    d, o = np.array([x for x, _, _ in dev]), np.array([x for x, _, _ in off])
    print(f"thresholds: weak below {WEAK_SIMILARITY} without keyword hits, below {VERY_WEAK_SIMILARITY} always")
    print(f"dev questions  n={len(d):3d}  best cosine min {d.min():.3f}  p5 {np.percentile(d, 5):.3f}  "
          f"median {np.median(d):.3f}  flagged weak {sum(w for _, _, w in dev)}")
    print(f"off-topic      n={len(o):3d}  best cosine max {o.max():.3f}  median {np.median(o):.3f}  "
          f"keyword hits {sum(k for _, k, _ in off)}  flagged weak {sum(w for _, _, w in off)}")
    lib.close()


if __name__ == "__main__":
    main()
