"""Search latency, end to end (query embedding, FTS5 BM25, FAISS, fusion, figure lookup).

Prints, in one run:
- p50/p99 of ``Searcher.search`` over the bundled corpus (dev questions, repeated);
- the same over synthetic stores of 100,000 and 1,000,000 passages: corpus text replicated
  into SQLite/FTS5, random unit vectors in FAISS (``auto``: exact at 100k; at 1M it tries
  HNSW, first on a 50k sample, and serves the 8-bit scan with exact re-ranking (``sq8``) when
  the graph cannot reach recall@10 0.99, which uniformly random 384-d vectors never let it:
  the kind it chose and its recall@10 against brute force are printed), with build time and
  resident memory per passage;
- then runs bench/search_vectors.py for FAISS recall of the approximate index and the
  embedding throughput of our indexing path against a bare SentenceTransformer.encode.

Usage: .venv/bin/python bench/search.py [--sizes 100000 1000000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from councilsearch.config import load_settings  # noqa: E402
from councilsearch.index.embed import get_embedder  # noqa: E402
from councilsearch.index.library import Library  # noqa: E402
from councilsearch.index.search import Searcher  # noqa: E402
from councilsearch.index.store import Store  # noqa: E402
from councilsearch.index.store.rows import passage_hash  # noqa: E402
from councilsearch.index.vectors.faiss_store import FaissVectorStore  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs), p))


def questions() -> list[str]:
    qs = [json.loads(line)["query"] for line in (ROOT / "eval" / "queries_dev.jsonl").read_text().splitlines() if line]
    return qs


def time_searches(searcher: Searcher, qs: list[str], rounds: int) -> list[float]:
    searcher.search(qs[0], k=5)  # warm
    cache = getattr(searcher.embedder, "_query_cache", None)
    out = []
    for _ in range(rounds):
        for q in qs:
            if cache is not None:
                cache.clear()  # every search embeds its query, as a new question does
            t = time.perf_counter()
            searcher.search(q, k=5)
            out.append((time.perf_counter() - t) * 1000)
    return out


def corpus_run(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        lib = Library(load_settings(d))
        t = time.perf_counter()
        lib.ingest_paths([ROOT / "corpus"])
        build = time.perf_counter() - t
        n = lib.store.counts()["passages"]
        lat = time_searches(lib.searcher(), questions(), rounds)
        print(f"corpus: {n} passages, ingest+index {build:.1f} s; search p50 {pct(lat, 50):.1f} ms, "
              f"p99 {pct(lat, 99):.1f} ms over {len(lat)} queries (query embedding included)")


def synthetic_run(n: int, rounds: int) -> None:
    src = [r for f in sorted((ROOT / "corpus").glob("*.txt"))
           for r in f.read_text(encoding="utf-8").split("\n") if len(r.split()) >= 12]
    with tempfile.TemporaryDirectory() as d:
        proc = psutil.Process()
        rss0 = proc.memory_info().rss
        store = Store(Path(d) / "store.sqlite")
        t = time.perf_counter()
        with store.transaction() as c:
            c.execute(
                "INSERT INTO documents(id, title, council, doc_type, date, source_path, sha256, format, text, page_map,"
                " n_pages) VALUES ('synthetic', 'Synthetic', 'Somewhere Council', 'report', '2026-01-01', 'x', 'x',"
                " 'text', '', '[0]', 1)"
            )
            batch = []
            for i in range(n):
                text = f"{src[i % len(src)]} (copy {i})"
                batch.append((i + 1, "synthetic", "s", i, 0, 0, text, "[1]", '["Synthetic"]', None, "paragraph",
                              passage_hash(text), "Synthetic"))
                if len(batch) == 20_000:
                    c.executemany("INSERT INTO passages(id, doc_id, section_id, ordinal, start, end, text, pages, path,"
                                  " para_no, kind, norm_hash, context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
                    batch = []
            if batch:
                c.executemany("INSERT INTO passages(id, doc_id, section_id, ordinal, start, end, text, pages, path,"
                              " para_no, kind, norm_hash, context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
        fts_s = time.perf_counter() - t
        rng = np.random.default_rng(0)
        embedder = get_embedder(None)
        rss1 = proc.memory_info().rss
        t = time.perf_counter()
        vs = FaissVectorStore(embedder.dimension, approx_threshold=200_000)
        ids = np.arange(1, n + 1, dtype=np.int64)
        vecs = rng.standard_normal((n, embedder.dimension), dtype=np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        vs.add(ids, vecs)
        del vecs
        faiss_s = time.perf_counter() - t
        rss2 = proc.memory_info().rss
        searcher = Searcher(store, vs, embedder)
        lat = time_searches(searcher, questions(), rounds)
        approx = ""
        if vs.kind != "flat":
            # recall@10 of the index against brute force, on 100 fresh random queries
            q = rng.standard_normal((100, embedder.dimension), dtype=np.float32)
            q /= np.linalg.norm(q, axis=1, keepdims=True)
            _, got = vs.search(q, 10)
            live_ids, slots = vs._snap.live_sorted()
            xb = vs._snap.vectors_view()
            scores = np.concatenate([q @ xb[slots[a:a + 100_000]].T for a in range(0, len(slots), 100_000)], axis=1)
            truth = live_ids[np.argsort(-scores, axis=1)[:, :10]]
            recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(got, truth, strict=True)])
            faiss_lat = []
            for row in q[:50]:
                t = time.perf_counter()
                vs.search(row.reshape(1, -1), 100)
                faiss_lat.append((time.perf_counter() - t) * 1000)
            approx = (f"; {vs.kind} recall@10 vs exact {recall:.3f} (100 fresh random queries), "
                      f"FAISS alone p50 {pct(faiss_lat, 50):.1f} ms")
        print(f"synthetic {n:,}: FTS5 build {fts_s:.1f} s, FAISS ({vs.kind}) build {faiss_s:.1f} s{approx}; "
              f"search p50 {pct(lat, 50):.1f} ms, p99 {pct(lat, 99):.1f} ms; "
              f"resident memory for the vector index {(rss2 - rss1) / n:.0f} B/passage "
              f"(store and model {(rss1 - rss0) / n:.0f} B/passage, page cache not counted)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip-vectors", action="store_true", help="do not run bench/search_vectors.py")
    args = ap.parse_args()
    corpus_run(args.rounds)
    for n in args.sizes:
        synthetic_run(n, args.rounds)
    if not args.skip_vectors:
        subprocess.run([sys.executable, str(ROOT / "bench" / "search_vectors.py"), "--sizes", *map(str, args.sizes)],
                       check=False)


if __name__ == "__main__":
    main()
