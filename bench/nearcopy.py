"""How similar near-copies and unrelated passages are, by the measures of
``councilsearch.index.nearcopy`` (character 5-gram Jaccard, and containment of the smaller
passage in the larger): the distributions its thresholds were chosen from (issue 16), and
the cost of the collapse step per query.

    python bench/nearcopy.py DATA_DIR [DATA_DIR ...]              # stores to measure
    python bench/nearcopy.py DATA_DIR --queries eval/queries_dev.jsonl   # + collapse cost

For each store: unrelated passages (every pair not byte-identical, by whether they are of one
document, two documents of one council, or two councils), and, from its passages of 60 words
or more, near-copies made by editing them as versions are edited (figures changed, words
changed, a sentence added or dropped, tokens split by spaces as a PDF text rebuild splits
them, the passage window moved)."""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from councilsearch.index.nearcopy import MIN_CONTAINED, shingles

Row = tuple[int, str, int, str]  # passage id, doc id, ordinal, text


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    i = len(a & b)
    return i / max(1, len(a) + len(b) - i)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def quantiles(v: list[float]) -> str:
    if not v:
        return "no pairs"
    a = np.array(v)
    return f"min {a.min():.3f} p5 {np.quantile(a, .05):.3f} p50 {np.median(a):.3f}"


def edits(rows: list[Row], rng: random.Random) -> dict[str, Callable[[Row], str | None]]:
    vocab = [w for r in rows for w in r[3].split()][:20000]
    following = {(r[1], r[2]): r[3] for r in rows}
    long = [r for r in rows if len(r[3].split()) >= 60]

    def split_tokens(t: str, p: float) -> str:
        out = []
        for tok in re.split(r"(\s+)", t):
            if len(tok) > 2 and not tok.isspace() and rng.random() < p:
                i = rng.randrange(1, len(tok))
                tok = tok[:i] + rng.choice([" ", "\t"]) + tok[i:]
            out.append(tok)
        return "".join(out)

    def figures(t: str) -> str:
        def one(m: re.Match[str]) -> str:
            if rng.random() > 0.5:
                return m.group(0)
            return "".join(str(rng.randrange(10)) if c.isdigit() and rng.random() < 0.5 else c for c in m.group(0))
        return re.sub(r"\d[\d,.]*", one, t)

    def words(t: str, frac: float) -> str:
        w = t.split(" ")
        for _ in range(max(1, int(len(w) * frac))):
            i, op = rng.randrange(len(w)), rng.random()
            if op < 0.4:
                w[i] = rng.choice(vocab)
            elif op < 0.7:
                w.insert(i, rng.choice(vocab))
            elif len(w) > 3:
                del w[i]
        return " ".join(w)

    def sentences(t: str) -> list[str]:
        return [s for s in re.split(r"(?<=[.!?])\s+", t) if s]

    def drop(t: str) -> str | None:
        s = sentences(t)
        if len(s) < 3:
            return None
        del s[rng.randrange(len(s))]
        return " ".join(s)

    def add(t: str) -> str:
        s = sentences(t)
        s.insert(rng.randrange(len(s) + 1), rng.choice(sentences(rng.choice(long)[3])))
        return " ".join(s)

    def shift(r: Row, frac: float) -> str | None:
        nxt = following.get((r[1], r[2] + 1))
        if nxt is None:
            return None
        w, n = r[3].split(), nxt.split()
        k = max(1, int(len(w) * frac))
        return " ".join(w[k:] + n[:k])

    return {
        "tokens split (15%)": lambda r: split_tokens(r[3], 0.15),
        "figures changed": lambda r: figures(r[3]),
        "words changed (5%)": lambda r: words(r[3], 0.05),
        "words changed (10%)": lambda r: words(r[3], 0.10),
        "sentence dropped": lambda r: drop(r[3]),
        "sentence added": lambda r: add(r[3]),
        "window moved (20%)": lambda r: shift(r, 0.2),
        "window moved (35%)": lambda r: shift(r, 0.35),
        "version: figures, 5% words, 10% split": lambda r: split_tokens(words(figures(r[3]), 0.05), 0.10),
    }


def measure_store(db: Path, rng: random.Random) -> None:
    conn = sqlite3.connect(db)
    council = dict(conn.execute("SELECT id, council FROM documents"))
    rows: list[Row] = list(conn.execute("SELECT id, doc_id, ordinal, text FROM passages ORDER BY doc_id, ordinal"))
    print(f"\n{db}: {len(rows)} passages")
    long = [r for r in rows if len(r[3].split()) >= 60]
    sample = rng.sample(long, min(200, len(long)))
    print(f"  near-copies made from {len(sample)} passages of 60+ words:   Jaccard | containment")
    for name, edit in edits(rows, rng).items():
        pairs = [(shingles(r[3]), shingles(e)) for r in sample if (e := edit(r))]
        print(f"    {name:40} n={len(pairs):3}  {quantiles([jaccard(a, b) for a, b in pairs])}"
              f" | {quantiles([containment(a, b) for a, b in pairs])}")
    cand = [r for r in rows if len(r[3].split()) >= 5]
    sh = [shingles(r[3]) for r in cand]
    norm = ["".join(r[3].lower().split()) for r in cand]
    kinds: dict[str, tuple[list[float], list[float]]] = {}
    for i, j in itertools.combinations(range(len(cand)), 2):
        if norm[i] == norm[j]:
            continue
        a, b = cand[i], cand[j]
        kind = ("one document" if a[1] == b[1] else
                "two documents, one council" if council[a[1]] == council[b[1]] else "two councils")
        jac, con = kinds.setdefault(kind, ([], []))
        jac.append(jaccard(sh[i], sh[j]))
        if min(len(sh[i]), len(sh[j])) >= MIN_CONTAINED:
            con.append(containment(sh[i], sh[j]))
    print(f"  other pairs (5+ words, not identical; containment: the smaller of {MIN_CONTAINED}+ kept shingles)")
    for kind, (jac, con) in kinds.items():
        ja, c = np.array(jac), np.array(con or [0.0])
        print(f"    {kind:28} n={len(ja):7}  Jaccard p99.9 {np.quantile(ja, .999):.3f} max {ja.max():.3f}"
              f" >=0.6: {int((ja >= .6).sum())} | containment p99.9 {np.quantile(c, .999):.3f} max {c.max():.3f}"
              f" >=0.85: {int((c >= .85).sum())}")


def collapse_cost(data_dir: Path, queries: Path) -> None:
    """Milliseconds per query of ``Searcher._collapse`` (copies found among the candidates)."""
    from councilsearch.config import load_settings
    from councilsearch.evaluate.retrieval import load_queries
    from councilsearch.index.library import Library
    from councilsearch.index.search import Searcher

    lib = Library(load_settings(data_dir))
    searcher = lib.searcher()
    spent: list[float] = []
    identical: list[float] = []  # what the collapse of byte-identical copies alone cost
    original = Searcher._collapse

    def timed(self, pool, ranked, k):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        self.store.passage_hashes(ranked)
        identical.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        try:
            return original(self, pool, ranked, k)
        finally:
            spent.append(time.perf_counter() - t0)

    Searcher._collapse = timed  # type: ignore[method-assign,assignment]
    try:
        qs = load_queries(queries)
        totals = []
        for k in (5, 10, 10):
            for q in qs:
                t0 = time.perf_counter()
                searcher.search(q.query, k=k)
                totals.append(time.perf_counter() - t0)
    finally:
        Searcher._collapse = original  # type: ignore[method-assign]
        lib.close()
    ms, old = np.array(spent) * 1000, np.array(identical) * 1000
    print(f"\ncollapse step over {len(qs)} queries x 3 (k=5, 10, 10): median {np.median(ms):.2f} ms,"
          f" p95 {np.quantile(ms, .95):.2f} ms (reading the hashes alone, as the collapse of identical"
          f" copies did: median {np.median(old):.2f} ms); whole search median {np.median(totals) * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dirs", nargs="+", type=Path)
    ap.add_argument("--queries", type=Path, help="also time the collapse step on these queries (first store)")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    for d in args.data_dirs:
        measure_store(d / "store.sqlite", rng)
    if args.queries:
        collapse_cost(args.data_dirs[0], args.queries)


if __name__ == "__main__":
    main()
