"""Search latency, end to end, against issue #15's targets (query embedding included).

Prints, in one run:
- the corpus store: the bundled corpus ingested through ``Library.ingest_paths``, then
  ``Searcher.search`` p50/p99 over the dev questions (repeated ``--rounds`` times);
- synthetic stores of ``--sizes`` passages (default 100,000 and 1,000,000): the corpus
  store's passage texts replicated into SQLite/FTS5 (each row "<passage text> (copy i)") and
  a vector per row in FAISS, built the way the product builds it (``FaissVectorStore`` with
  the settings' ``approx_threshold``: exact below it, the measured approximate kind above);
  search p50/p99, FAISS recall@10 against exact search (the share of the exact top 10 found in
  the first 10 of the Searcher's own dense search, k=100, whose time is what is measured; and,
  stricter, of a k=10 search: the store's HNSW searches with max(efSearch, k)), and where the time
  goes per query (with an efSearch sweep when the index is HNSW);
- on the corpus store, ``Searcher.results`` (a page of the whole result set, with its total
  and facets: what ``/search`` and the search page serve) against the bare ``search`` in the
  same process: CPU per query (all threads) of the first page ranked afresh, of the next page,
  a date sort and an export (2,000 hits) of the same search cut from the kept result set
  (``facets.ResultSets``), and of every page ranked afresh (sets not kept, as before they
  were), each with its ratio to ``search``, and where a fresh set's time goes;
- a closing table: each measurement beside its target (p50 <= 15 ms at 100,000 passages and
  <= 25 ms at 1,000,000; recall@10 >= 0.95) with PASS or MISS.

The synthetic vectors are not random: row i holds corpus passage a = i mod m (its text in
FTS5), and its vector is ``normalise(E[a] + w * E[b] + noise)``, where ``E`` are the real
embeddings the product stored for the corpus passages (by the chosen embedder), b is another
corpus passage drawn at random, w ~ U(0, 0.6), and the noise is Gaussian with norm about
0.15. That keeps a million points on the manifold real passage embeddings lie on (uniformly
random 384-d vectors are the worst case for any approximate index and say little about
text), and the recall queries are the dev questions embedded by the product's embedder, so
recall@10 is measured on real questions against exact brute force over the same vectors.
The synthetic stores hold no sentence vectors (their FAISS search is in the corpus-store
breakdown only), and every passage text repeats n/m times, which makes FTS5's posting lists
longer than a real store of that size would have.

The embedder is the product's: ``make_embedder(load_settings(dir))``, ``--embedder int8`` or
``torch`` (default: what ``Settings`` defaults to, or ``$COUNCILSEARCH_EMBEDDER``). The corpus
is ingested with the bulk thread count; queries then run as ``serve`` runs them, with
``--query-threads`` intra-op threads (default 1, what ``tune_process_for_serving`` sets), and
every search embeds its query (the query cache is cleared before each).

Where the time goes is measured by wrapping the Searcher's steps from outside (the library is
unchanged): ``embed`` is ``embedder.encode_query``, ``faiss`` every ``search`` call on the
passage and sentence vector indexes, ``keyword`` ``Searcher.keyword`` (acronym expansion and
FTS5 BM25), and ``rest`` the remainder of ``Searcher.search`` after its candidates are in
(fusion, reading candidate rows, ranking policies, copies, hits). The query is embedded and
searched in FAISS on other threads while the keyword search runs, so embed + faiss + keyword +
rest exceeds the total by what that overlap saved (printed as ``overlap``; on a busy machine
the threads slow each other, and waking them costs, so it shrinks or turns negative).

Usage: .venv/bin/python bench/search.py [--sizes 100000 1000000] [--rounds 3] [--embedder int8|torch]
       [--query-threads 1] [--approx-threshold N] [--vectors]   (--vectors: then run bench/search_vectors.py too)
       [--data-dir DIR]   (the corpus store: a data folder already built, e.g. a copy of one made by
                           `councilsearch ingest corpus`, instead of ingesting the corpus again; it is
                           only read)   ``--sizes`` with no sizes: the corpus store alone
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from councilsearch.config import (  # noqa: E402
    EMBED_THREADS_ENV,
    EMBEDDERS,
    TORCH_BACKEND,
    Settings,
    available_cpus,
    load_settings,
)
from councilsearch.index.facets import ResultSets  # noqa: E402
from councilsearch.index.library import Library, make_embedder  # noqa: E402
from councilsearch.index.search import CANDIDATES, Searcher  # noqa: E402
from councilsearch.index.store import Store  # noqa: E402
from councilsearch.index.store.rows import passage_hash  # noqa: E402
from councilsearch.index.vectors.faiss_store import FaissVectorStore  # noqa: E402

P50_TARGET_MS = {100_000: 15.0, 1_000_000: 25.0}
RECALL_TARGET = 0.95
STEPS = ("embed", "faiss", "keyword", "rest")
CHUNK = 100_000  # synthetic vectors are made (and re-made for exact search) this many at a time
MIX_MAX, NOISE = 0.6, 0.15


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs), p))


def questions() -> list[str]:
    lines = (ROOT / "eval" / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["query"] for line in lines if line.strip()]


# -- timing the Searcher's steps from outside -------------------------------------------------


class Steps:
    """Per-query time of each step, in ms (one row per search)."""

    def __init__(self) -> None:
        self.current: dict[str, float] = {}
        self.rows: list[dict[str, float]] = []

    def add(self, name: str, seconds: float) -> None:
        self.current[name] = self.current.get(name, 0.0) + seconds * 1000

    def timed(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **kw: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.add(name, time.perf_counter() - t)

        return run

    def finish(self, total_ms: float) -> None:
        row = dict(self.current)
        row["total"] = total_ms
        cands = row.get("candidates", total_ms)
        row["rest"] = total_ms - cands
        row["overlap"] = sum(row.get(s, 0.0) for s in STEPS if s != "rest") - cands
        self.rows.append(row)
        self.current = {}

    def discard(self) -> None:
        self.current = {}

    def summary(self) -> str:
        total = sum(r["total"] for r in self.rows) or 1.0
        parts = []
        for s in STEPS:
            xs = [r.get(s, 0.0) for r in self.rows]
            parts.append(f"{s} {pct(xs, 50):.1f} ms ({100 * sum(xs) / total:.0f}%)")
        sent = [r.get("faiss_sentences", 0.0) for r in self.rows]
        if any(sent):
            parts[1] += f" [sentence index {pct(sent, 50):.1f} ms of it]"
        saved = [r.get("overlap", 0.0) for r in self.rows]
        parts.append(f"overlap (dense beside keyword) {pct(saved, 50):.1f} ms")
        return "per query, p50 (share of total time): " + ", ".join(parts)

    def p50(self, step: str) -> float:
        return pct([r.get(step, 0.0) for r in self.rows], 50)


class TimedEmbedder:
    """The query embedder, with ``encode_query`` timed as ``embed``."""

    def __init__(self, inner: Any, steps: Steps) -> None:
        self._inner = inner
        self.encode_query = steps.timed("embed", inner.encode_query)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class TimedVectors:
    """A vector index, with ``search`` timed as ``faiss`` (and, for the sentence index, also
    as ``faiss_sentences``)."""

    def __init__(self, inner: Any, steps: Steps, sentences: bool) -> None:
        self._inner = inner
        timed = steps.timed("faiss", inner.search)
        self.search = steps.timed("faiss_sentences", timed) if sentences else timed

    def __len__(self) -> int:
        return len(self._inner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _timed_source(v: Any, steps: Steps, sentences: bool) -> Any:
    """Wrap a Searcher's vector source: an index, or a callable returning the current one."""
    if v is None:
        return None
    if callable(v) and not hasattr(v, "search"):
        return lambda: (lambda cur: None if cur is None else TimedVectors(cur, steps, sentences))(v())
    return TimedVectors(v, steps, sentences)


def instrument(searcher: Searcher) -> Steps:
    steps = Steps()
    searcher.keyword = steps.timed("keyword", searcher.keyword)  # type: ignore[method-assign]
    searcher._candidates = steps.timed("candidates", searcher._candidates)  # type: ignore[method-assign]
    if searcher.embedder is not None:
        searcher.embedder = TimedEmbedder(searcher.embedder, steps)
    searcher.vectors = _timed_source(searcher.vectors, steps, sentences=False)
    searcher.sentence_vectors = _timed_source(searcher.sentence_vectors, steps, sentences=True)
    return steps


def clear_query_cache(embedder: Any) -> None:
    clear = getattr(embedder, "clear_query_cache", None)
    if clear is not None:
        clear()
        return
    cache = getattr(embedder, "_query_cache", None)  # the torch Embedder keeps an OrderedDict
    if cache is not None:
        cache.clear()


def time_searches(searcher: Searcher, qs: list[str], rounds: int) -> tuple[list[float], Steps]:
    """Latency (ms) of every search, each embedding its query, and the per-step times."""
    steps = instrument(searcher)
    for q in qs[:3]:  # warm up
        searcher.search(q, k=5)
    steps.discard()
    out = []
    for _ in range(rounds):
        for q in qs:
            clear_query_cache(searcher.embedder)  # every search embeds its query, as a new question does
            t = time.perf_counter()
            searcher.search(q, k=5)
            ms = (time.perf_counter() - t) * 1000
            out.append(ms)
            steps.finish(ms)
    return out, steps


# -- the embedder, as the product makes it -----------------------------------------------------


def make_settings(data_dir: str | Path, embedder: str | None) -> Settings:
    return load_settings(data_dir, embedder=embedder) if embedder else load_settings(data_dir)


def query_embedder(settings: Settings, threads: int) -> Any:
    """The embedder ``make_embedder`` gives a serving process: ``threads`` intra-op threads
    (the int8 backend reads ``$COUNCILSEARCH_EMBED_THREADS``; torch's thread count is global)."""
    os.environ[EMBED_THREADS_ENV] = str(threads)
    emb = make_embedder(settings)
    if emb.backend == TORCH_BACKEND:
        import torch

        torch.set_num_threads(threads)
    return emb


# -- the corpus store ----------------------------------------------------------------------------


class Corpus:
    """What the synthetic stores are made of: the corpus store's passages and their vectors."""

    def __init__(self, texts: list[str], vectors: np.ndarray) -> None:
        self.texts = texts
        self.vectors = vectors


RESULT_STEPS = ("_candidates", "_pool", "_adjust", "_collapse", "_members", "_hits")


def cpu_per_query(fn: Callable[[str], Any], qs: list[str], embedder: Any, rounds: int) -> float:
    """Mean CPU ms (every thread of the process) per call of ``fn`` over ``qs``, each query
    embedded afresh."""
    cpu = 0.0
    for _ in range(rounds):
        for q in qs:
            clear_query_cache(embedder)
            t = time.process_time()
            fn(q)
            cpu += time.process_time() - t
    return 1000 * cpu / (rounds * len(qs))


def results_run(lib: Library, qemb: Any, qs: list[str], rounds: int) -> dict[str, float]:
    """``Searcher.results`` (a first page of 10 with its total and facets) against the bare
    ``search`` (k=10), CPU per query; then the same search's next page, date sort and export
    from the kept set; then every page ranked afresh (no kept sets); and where a fresh set's
    time goes (wall time of its steps, per query)."""
    searcher = lib.searcher()
    searcher.embedder = qemb
    for q in qs[:3]:  # warm up
        searcher.search(q, k=10)
        searcher.results(q, limit=10)
    out = {"search": cpu_per_query(lambda q: searcher.search(q, k=10), qs, qemb, rounds)}
    kept = ResultSets(len(qs) + 1)  # every dev question's set kept while its other pages are asked for
    searcher.result_sets = kept
    steps = Steps()
    for name in RESULT_STEPS:
        setattr(searcher, name, steps.timed(name, getattr(searcher, name)))

    def first(q: str) -> None:
        kept._sets.clear()  # a new search: its set is ranked afresh
        t = time.perf_counter()
        searcher.results(q, limit=10)
        steps.finish((time.perf_counter() - t) * 1000)

    out["first page"] = cpu_per_query(first, qs, qemb, rounds)
    for q in qs:
        searcher.results(q, limit=10)
    out["next page (kept)"] = cpu_per_query(lambda q: searcher.results(q, offset=10, limit=10), qs, qemb, rounds)
    out["date sort (kept)"] = cpu_per_query(lambda q: searcher.results(q, sort="date", limit=10), qs, qemb, rounds)
    out["export 2,000 (kept)"] = cpu_per_query(lambda q: searcher.results(q, limit=2000), qs, qemb, rounds)
    searcher.result_sets = ResultSets(0)
    out["next page (not kept)"] = cpu_per_query(lambda q: searcher.results(q, offset=10, limit=10), qs, qemb, rounds)
    base = out["search"] or 1.0
    print("        results() against search() (k=10), CPU ms per query (all threads), ratio to search: "
          + ", ".join(f"{k} {v:.1f} ({v / base:.2f}x)" for k, v in out.items()), flush=True)
    total = sum(r["total"] for r in steps.rows) or 1.0
    shares = []
    for name in RESULT_STEPS:
        xs = [r.get(name, 0.0) for r in steps.rows]
        shares.append(f"{name.strip('_')} {np.mean(xs):.1f} ms ({100 * sum(xs) / total:.0f}%)")
    rest = [r["total"] - sum(r.get(n, 0.0) for n in RESULT_STEPS) for r in steps.rows]
    shares.append(f"rest {np.mean(rest):.1f} ms ({100 * sum(rest) / total:.0f}%)")
    print(f"        a fresh result set, wall ms per query (mean {np.mean([r['total'] for r in steps.rows]):.1f}): "
          + ", ".join(shares) + " (candidates at depth 1000; members: facet values and counts)", flush=True)
    return out


def corpus_run(args: argparse.Namespace, qs: list[str]) -> tuple[Corpus, Any, dict]:
    with tempfile.TemporaryDirectory() as d:
        settings = make_settings(args.data_dir or d, args.embedder)
        lib = Library(settings)
        t = time.perf_counter()
        if not args.data_dir:
            lib.ingest_paths([ROOT / "corpus"])
        build = time.perf_counter() - t
        counts = lib.store.counts()
        n_sentences = len(lib.store.unit_ids("sentences"))
        print(f"embedder: {settings.embedder} ({lib.embedder.backend}), {lib.embedder.name}, "
              f"dimension {lib.embedder.dimension}", flush=True)
        ids, vecs = lib.store.embeddings(None, "passages")
        texts_by_id = {pid: p.text for pid, p in lib.store.passages([int(i) for i in ids]).items()}
        keep = [k for k, pid in enumerate(ids) if int(pid) in texts_by_id]
        corpus = Corpus([texts_by_id[int(ids[k])] for k in keep], np.ascontiguousarray(vecs[keep], np.float32))
        qemb = query_embedder(settings, args.query_threads)
        searcher = lib.searcher()
        searcher.embedder = qemb
        lat, steps = time_searches(searcher, qs, args.rounds)
        print(f"corpus: {counts['passages']:,} passages ({n_sentences:,} sentences), ingest+index "
              f"{build:.1f} s; search p50 {pct(lat, 50):.1f} ms, p99 {pct(lat, 99):.1f} ms over {len(lat)} "
              f"queries", flush=True)
        print(f"        {steps.summary()}", flush=True)
        results_run(lib, qemb, qs, args.rounds)
        if args.data_dir:
            lib.store.close()  # not lib.close(): a store given with --data-dir is only read
        else:
            lib.close()
        res = {"size": "corpus", "n": counts["passages"], "p50": pct(lat, 50), "p99": pct(lat, 99),
               "steps": {s: steps.p50(s) for s in STEPS}, "kind": "flat", "recall": None,
               "recall_k10": None}
    return corpus, qemb, res


# -- synthetic stores ------------------------------------------------------------------------------


def synthetic_chunks(corpus: Corpus, n: int, seed: int = 0) -> Iterator[tuple[int, np.ndarray]]:
    """(first row, vectors) for rows 0..n-1, CHUNK at a time, the same on every call."""
    m, d = corpus.vectors.shape
    for start in range(0, n, CHUNK):
        rows = np.arange(start, min(n, start + CHUNK))
        rng = np.random.default_rng([seed, start // CHUNK])
        other = rng.integers(0, m, len(rows))
        w = rng.uniform(0.0, MIX_MAX, (len(rows), 1)).astype(np.float32)
        x = corpus.vectors[rows % m] + w * corpus.vectors[other]
        x += rng.standard_normal((len(rows), d), dtype=np.float32) * np.float32(NOISE / np.sqrt(d))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        yield start, x


def exact_top10(corpus: Corpus, n: int, q: np.ndarray) -> np.ndarray:
    """Ids (row + 1) of the exact top 10 of each query, by brute force over the regenerated rows."""
    best_s = np.full((len(q), 0), -np.inf, np.float32)
    best_i = np.zeros((len(q), 0), np.int64)
    for start, x in synthetic_chunks(corpus, n):
        sc = q @ x.T
        part = np.argpartition(-sc, 10, axis=1)[:, :10] if sc.shape[1] > 10 else np.tile(np.arange(sc.shape[1]), (len(q), 1))
        cand_s = np.concatenate([best_s, np.take_along_axis(sc, part, 1)], axis=1)
        cand_i = np.concatenate([best_i, part + start], axis=1)
        top = np.argsort(-cand_s, axis=1)[:, :10]
        best_s, best_i = np.take_along_axis(cand_s, top, 1), np.take_along_axis(cand_i, top, 1)
    return best_i + 1


def recall10(got: np.ndarray, truth: np.ndarray) -> float:
    """Share of the exact top 10 found in the first 10 of each row of ``got``."""
    return float(np.mean([len(set(a[:10].tolist()) & set(b.tolist())) / 10 for a, b in zip(got, truth, strict=True)]))


def hnsw_sweep(vs: FaissVectorStore, qv: np.ndarray, truth: np.ndarray) -> str:
    """Recall@10 on the dev questions and FAISS latency of the Searcher's dense search (one query
    at a time, k=CANDIDATES) at the efSearch the store uses for it (max(calibrated, k)) and a few
    higher (the store calibrates on query-like probes; see councilsearch/index/vectors/probes.py)."""
    from councilsearch.index.vectors.snapshot import faiss, omp_threads

    index = vs._snap.index  # the bench reads the store's current snapshot
    parts = []
    for ef in sorted({max(vs.ef_search, CANDIDATES), 256, 512, 1024}):
        params = faiss.SearchParametersHNSW(efSearch=ef)
        recall = recall10(index.search(qv, CANDIDATES, params=params)[1], truth)
        lat = []
        with omp_threads(1):
            for row in qv:
                t = time.perf_counter()
                index.search(row.reshape(1, -1), CANDIDATES, params=params)
                lat.append((time.perf_counter() - t) * 1000)
        parts.append(f"ef {ef}: {recall:.3f} ({pct(lat, 50):.2f} ms)")
    how = (vs._snap.calibration or {}).get("method", "leave-one-out")
    return (f"HNSW calibrated efSearch {vs.ef_search} ({how} recall {vs.calibrated_recall}); the Searcher's "
            f"k={CANDIDATES} search on the dev questions, recall@10 (FAISS p50) at " + ", ".join(parts))


def ivf_sweep(vs: FaissVectorStore, qv: np.ndarray, truth: np.ndarray) -> str:
    """Recall@10 on the dev questions and FAISS latency of the Searcher's dense search (one query
    at a time, k=CANDIDATES) at the calibrated nprobe and a few others."""
    from dataclasses import replace

    from councilsearch.index.vectors.ivf import ivf_search
    from councilsearch.index.vectors.snapshot import omp_threads

    snap = vs._snap  # the bench reads the store's current snapshot
    nlist = int(snap.coarse.nlist)
    parts = []
    for nprobe in sorted({max(1, snap.nprobe // 2), snap.nprobe, min(nlist, 2 * snap.nprobe)}):
        s = replace(snap, nprobe=nprobe)
        recall = recall10(ivf_search(s, qv, CANDIDATES, None)[1], truth)
        lat = []
        with omp_threads(1):
            for row in qv:
                t = time.perf_counter()
                ivf_search(s, row.reshape(1, -1), CANDIDATES, None)
                lat.append((time.perf_counter() - t) * 1000)
        parts.append(f"nprobe {nprobe}: {recall:.3f} ({pct(lat, 50):.2f} ms)")
    cal = snap.calibration or {}
    return (f"IVF {nlist} lists, calibrated nprobe {snap.nprobe} (probe recall {cal.get('recall_at_10')}, "
            f"built and calibrated in {cal.get('build_seconds')} s); the Searcher's k={CANDIDATES} search on the "
            "dev questions, recall@10 (FAISS p50) at " + ", ".join(parts))


def build_fts(store: Store, corpus: Corpus, n: int) -> None:
    insert = ("INSERT INTO passages(id, doc_id, section_id, ordinal, start, end, text, pages, path, para_no, kind,"
              " norm_hash, context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
    with store.transaction() as c:
        c.execute(
            "INSERT INTO documents(id, title, council, doc_type, date, source_path, sha256, format, text, page_map,"
            " n_pages) VALUES ('synthetic', 'Synthetic', 'Somewhere Council', 'report', '2026-01-01', 'x', 'x',"
            " 'text', '', '[0]', 1)"
        )
        batch = []
        for i in range(n):
            text = f"{corpus.texts[i % len(corpus.texts)]} (copy {i})"
            batch.append((i + 1, "synthetic", "s", i, 0, 0, text, "[1]", '["Synthetic"]', None, "paragraph",
                          passage_hash(text), "Synthetic"))
            if len(batch) == 20_000:
                c.executemany(insert, batch)
                batch = []
        if batch:
            c.executemany(insert, batch)


def synthetic_run(n: int, corpus: Corpus, qemb: Any, settings: Settings, qs: list[str], rounds: int) -> dict:
    gc.collect()
    with tempfile.TemporaryDirectory() as d:
        proc = psutil.Process()
        rss0 = proc.memory_info().rss
        store = Store(Path(d) / "store.sqlite")
        t = time.perf_counter()
        build_fts(store, corpus, n)
        fts_s = time.perf_counter() - t
        rss1 = proc.memory_info().rss
        dim = corpus.vectors.shape[1]
        t = time.perf_counter()
        vecs = np.empty((n, dim), np.float32)
        for start, x in synthetic_chunks(corpus, n):
            vecs[start : start + len(x)] = x
        gen_s = time.perf_counter() - t
        t = time.perf_counter()
        vs = FaissVectorStore(dim, approx_threshold=settings.approx_threshold)
        vs.add(np.arange(1, n + 1, dtype=np.int64), vecs)
        faiss_s = time.perf_counter() - t
        del vecs
        rss2 = proc.memory_info().rss
        searcher = Searcher(store, vs, qemb, max_query_chars=settings.max_query_chars)
        lat, steps = time_searches(searcher, qs, rounds)
        qv = np.stack([np.asarray(qemb.encode_query(q), np.float32) for q in qs])
        t = time.perf_counter()
        truth = exact_top10(corpus, n, qv)
        exact_s = time.perf_counter() - t
        recall = recall10(vs.search(qv, CANDIDATES)[1], truth)
        recall_k10 = recall10(vs.search(qv, 10)[1], truth)
        print(f"synthetic {n:,}: FTS5 build {fts_s:.1f} s, vectors made in {gen_s:.1f} s, FAISS ({vs.kind}) build "
              f"{faiss_s:.1f} s; recall@10 vs exact {recall:.3f} in the top 10 of the Searcher's k={CANDIDATES} "
              f"search, {recall_k10:.3f} of a k=10 search ({len(qs)} dev questions; exact scan {exact_s:.1f} s)",
              flush=True)
        print(f"        search p50 {pct(lat, 50):.1f} ms, p99 {pct(lat, 99):.1f} ms over {len(lat)} queries; "
              f"resident memory: vector index {(rss2 - rss1) / n:.0f} B/passage, store and model "
              f"{(rss1 - rss0) / n:.0f} B/passage (page cache not counted)", flush=True)
        print(f"        {steps.summary()}", flush=True)
        if vs.kind == "hnsw":
            print(f"        {hnsw_sweep(vs, qv, truth)}", flush=True)
        if vs.kind == "ivf":
            print(f"        {ivf_sweep(vs, qv, truth)}", flush=True)
        store.close()
        return {"size": f"{n:,}", "n": n, "p50": pct(lat, 50), "p99": pct(lat, 99),
                "steps": {s: steps.p50(s) for s in STEPS}, "kind": vs.kind, "recall": recall,
                "recall_k10": recall_k10}


# -- the report -----------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(results: list[dict]) -> None:
    print("\ntargets (issue #15): p50 <= 15 ms at 100,000 passages, <= 25 ms at 1,000,000, recall@10 >= 0.95 "
          f"(query embedding included; recall@10: the exact top 10 found in the top 10 of the Searcher's "
          f"k={CANDIDATES} dense search, and in brackets of a k=10 search)")
    head = (f"{'store':>11} {'index':>5} {'p50 ms':>7} {'p99 ms':>7} {'p50 target':>11} {'':4} "
            f"{'recall@10':>9} {'':4} {'(k=10)':>6}  p50 by step: " + " / ".join(STEPS) + " ms")
    print(head)
    for r in results:
        target = P50_TARGET_MS.get(r["n"]) if r["size"] != "corpus" else None
        lat_t = f"<= {target:.0f}" if target else "-"
        lat_v = verdict(r["p50"] <= target) if target else ""
        rec = r["recall"]
        rec_s = f"{rec:.3f}" if rec is not None else "-"
        rec_v = verdict(rec >= RECALL_TARGET) if rec is not None and r["size"] != "corpus" else ""
        k10 = f"{r['recall_k10']:.3f}" if r["recall_k10"] is not None else "-"
        split = " / ".join(f"{r['steps'][s]:.1f}" for s in STEPS)
        print(f"{r['size']:>11} {r['kind']:>5} {r['p50']:7.1f} {r['p99']:7.1f} {lat_t:>11} {lat_v:4} "
              f"{rec_s:>9} {rec_v:4} {k10:>6}  {split}")
    missing = [n for n in P50_TARGET_MS if n not in {r["n"] for r in results if r["size"] != "corpus"}]
    if missing:
        print("not measured in this run (no verdict): " + ", ".join(f"{n:,}" for n in missing) + " passages")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--embedder", choices=EMBEDDERS, default=None,
                    help="embedding backend (default: the Settings default or $COUNCILSEARCH_EMBEDDER)")
    ap.add_argument("--query-threads", type=int, default=1,
                    help="intra-op threads for query embedding (serve uses 1)")
    ap.add_argument("--approx-threshold", type=int, default=None,
                    help="passages above which FAISS goes approximate (default: the Settings default); lower it "
                         "to try the approximate index on a small store")
    ap.add_argument("--data-dir", default=None,
                    help="the corpus store: a data folder already built (only read) instead of ingesting the corpus")
    ap.add_argument("--vectors", action="store_true", help="then run bench/search_vectors.py (slow at 1M)")
    args = ap.parse_args()
    print(f"cpus {available_cpus()}, load average {os.getloadavg()[0]:.2f}, query threads {args.query_threads}",
          flush=True)
    qs = questions()
    corpus, qemb, res = corpus_run(args, qs)
    results = [res]
    settings = make_settings(tempfile.gettempdir(), args.embedder)
    if args.approx_threshold is not None:
        settings = settings.with_(approx_threshold=args.approx_threshold)
    for n in args.sizes:
        results.append(synthetic_run(n, corpus, qemb, settings, qs, args.rounds))
    report(results)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    if args.vectors:
        cmd = [sys.executable, str(ROOT / "bench" / "search_vectors.py"), "--sizes", *map(str, args.sizes)]
        if args.embedder:
            cmd += ["--embedder", args.embedder]
        subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
