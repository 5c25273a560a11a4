"""Where a search's dense candidates' vectors come from for the hub correction
(``fusion.hub_corrected``): read back from the store (SQLite rows, as ``Searcher.dense`` did) or
copied out of the vector index that found them (``VectorStore.vectors``, as it does now).

For every question, its ``HUB_POOL`` nearest passages are found once; then both reads of their
vectors are timed in turn, ``--rounds`` times, in one process (so the ratio holds on a busy
machine), and the hub-corrected order made from each is compared (it must be the same).

    python bench/hub_vectors.py --data-dir DIR [--queries eval/queries_dev.jsonl] [--rounds 5]

DIR is a store built by ``councilsearch ingest`` (only read). Prints p50 and mean per search of
each read, their ratio, and how many questions' corrected orders differ (0 expected).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from councilsearch.config import load_settings  # noqa: E402
from councilsearch.index.fusion import HUB_POOL, hub_corrected  # noqa: E402
from councilsearch.index.library import Library  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--queries", type=Path, default=ROOT / "eval" / "queries_dev.jsonl")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    lib = Library(load_settings(args.data_dir), embed=True, extract=False)
    vs, store = lib.searcher()._vectors(), lib.store
    qs = [json.loads(line)["query"] for line in args.queries.read_text(encoding="utf-8").splitlines() if line.strip()]
    pools = []
    for q in qs:
        scores, ids = vs.search(lib.embedder.encode_query(q).reshape(1, -1), HUB_POOL)
        pools.append([(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0])
    times: dict[str, list[float]] = {"store": [], "index": []}
    differ = 0
    for r in range(args.rounds):
        for ranked in pools:
            wanted = [pid for pid, _ in ranked]
            orders = {}
            for name, read in (("store", store.embeddings), ("index", vs.vectors)):
                t = time.perf_counter()
                ids, vecs = read(wanted)
                times[name].append((time.perf_counter() - t) * 1000)
                orders[name] = [pid for pid, _ in hub_corrected(ranked, ids, vecs)]
            differ += r == 0 and orders["store"] != orders["index"]
    s, i = (np.array(times[k]) for k in ("store", "index"))
    print(f"{len(pools)} questions x {args.rounds} rounds, {HUB_POOL} candidates each ({len(vs):,} passage vectors)")
    print(f"store read p50 {np.median(s):.3f} ms (mean {s.mean():.3f}); index copy p50 {np.median(i):.3f} ms "
          f"(mean {i.mean():.3f}); ratio index/store p50 {np.median(i) / max(np.median(s), 1e-9):.3f}")
    print(f"hub-corrected orders that differ: {differ} of {len(pools)}")
    lib.store.close()


if __name__ == "__main__":
    main()
