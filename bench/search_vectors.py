"""Vector-index and embedding benchmark (bench/search.py --vectors runs it after its own run).

    .venv/bin/python bench/search_vectors.py                  # everything (the 1M HNSW build takes a while)
    .venv/bin/python bench/search_vectors.py --sizes 100000   # quick: exact index at 100k only
    .venv/bin/python bench/search_vectors.py --skip-index     # embedding throughput only

Prints, for random 384-d unit vectors:
- build time, search latency p50/p99 for single queries at k=50, resident memory per vector
  (psutil RSS growth over the build / n) - exact IndexFlatIP at 100k, HNSW at 1M (plus exact at
  1M for comparison, unless --no-flat-1m);
- HNSW recall@10 against exact top-10 (numpy brute force) on 200 fresh random queries, at the
  calibrated efSearch and a few others, and on 200 "data-like" queries (a stored vector plus
  noise, cosine ~0.9 to it) - uniformly random 384-d vectors are the worst case for any graph
  index, real embeddings are far easier;
- filtered search latency, save/load time;
- embedding throughput, passages/s, of the product's embedder (``make_embedder``; ``--embedder
  int8|torch``, default the Settings default) vs a bare fp32 ``SentenceTransformer.encode`` over
  the same ~2,000 corpus lines (lines > 20 words), and the cosine between their vectors
  (bench/ingest.py does the same over the texts ingest embeds).

The HNSW run is repeated on 200k "structured" vectors (a 64-d Gaussian mixture mapped to
384-d), whose low intrinsic dimension is closer to real text embeddings (--structured 0: skip).

Each index configuration runs in its own subprocess so one's memory cannot hide in the next
one's RSS. A JSON summary is printed at the end.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from councilsearch.config import EMBEDDERS, available_cpus  # noqa: E402
from councilsearch.index.vectors.faiss_store import EF_CONSTRUCTION  # noqa: E402

D = 384
K = 50


def _pct(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def random_unit(n: int, d: int, seed: int, chunk: int = 100_000) -> np.ndarray:
    """n x d unit vectors, generated in chunks (1M x 384 float32 is 1.5 GB)."""
    rng = np.random.default_rng(seed)
    x = np.empty((n, d), np.float32)
    for s in range(0, n, chunk):
        block = rng.standard_normal((min(chunk, n - s), d), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        x[s : s + len(block)] = block
    return x


def structured_unit(n: int, d: int, seed: int, world: int = 12345, latent: int = 64) -> np.ndarray:
    """Unit vectors with low intrinsic dimension, closer to text embeddings than uniform noise:
    a 64-d mixture of 512 Gaussians mapped to d dims by one fixed random matrix, plus a little
    noise. ``world`` fixes the matrix and the mixture, ``seed`` the sample."""
    w = np.random.default_rng(world)
    proj = w.standard_normal((latent, d)).astype(np.float32) / np.sqrt(latent)
    centres = w.standard_normal((512, latent)).astype(np.float32)
    rng = np.random.default_rng(seed)
    x = np.empty((n, d), np.float32)
    for s in range(0, n, 100_000):
        m = min(100_000, n - s)
        z = centres[rng.integers(0, 512, m)] + rng.standard_normal((m, latent), dtype=np.float32)
        block = z @ proj + 0.1 * rng.standard_normal((m, d), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        x[s : s + m] = block
    return x


def exact_top(x: np.ndarray, q: np.ndarray, k: int, chunk: int = 100_000) -> np.ndarray:
    """Row indices of the exact top-k of q against x (numpy, chunked)."""
    best_s = np.full((len(q), 0), -np.inf, np.float32)
    best_i = np.zeros((len(q), 0), np.int64)
    for s in range(0, len(x), chunk):
        sc = q @ x[s : s + chunk].T
        part = np.argpartition(-sc, min(k, sc.shape[1] - 1), axis=1)[:, :k]
        cand_s = np.concatenate([best_s, np.take_along_axis(sc, part, 1)], axis=1)
        cand_i = np.concatenate([best_i, part + s], axis=1)
        top = np.argsort(-cand_s, axis=1)[:, :k]
        best_s, best_i = np.take_along_axis(cand_s, top, 1), np.take_along_axis(cand_i, top, 1)
    return best_i


def recall_at(truth: np.ndarray, got: np.ndarray, k: int = 10) -> float:
    return float(
        np.mean([len(set(a[:k]) & set(b[:k])) / k for a, b in zip(truth.tolist(), got.tolist(), strict=True)])
    )


def latencies(fn, queries: np.ndarray, warm: int = 5) -> list[float]:
    for i in range(min(warm, len(queries))):
        fn(queries[i : i + 1])
    out = []
    for i in range(len(queries)):
        t = time.perf_counter()
        fn(queries[i : i + 1])
        out.append((time.perf_counter() - t) * 1000)
    return out


# -- one index configuration (run in a child process) -------------------------------------------


def bench_index(n: int, kind: str, data: str, n_queries: int, ef_construction: int, seed: int = 0) -> dict:
    from councilsearch.index.vectors.faiss_store import FaissVectorStore
    from councilsearch.index.vectors.snapshot import faiss, omp_threads

    make = random_unit if data == "random" else structured_unit
    x = make(n, D, seed)
    ids = np.arange(n, dtype=np.int64)
    q = make(n_queries, D, seed + 1)
    gc.collect()
    rss0 = _rss()
    store = FaissVectorStore(D, kind=kind, ef_construction=ef_construction, model_name="bench")
    t = time.perf_counter()
    store.add(ids, x)
    build_s = time.perf_counter() - t
    gc.collect()
    rss1 = _rss()
    res: dict = {
        "n": n,
        "data": data,
        "kind": store.kind,
        "build_s": round(build_s, 2),
        "rss_bytes_per_vector": round((rss1 - rss0) / n, 1),
        "raw_vector_bytes": D * 4,
    }
    lat = latencies(lambda qq: store.search(qq, K), q)
    res.update(p50_ms=round(_pct(lat, 50), 3), p99_ms=round(_pct(lat, 99), 3))
    truth = exact_top(x, q, 10)

    if store.kind == "hnsw":
        snap = store._snap
        res.update(
            ef_construction=ef_construction,
            ef_search=store.ef_search,
            calibrated_recall_loo=store.calibrated_recall,
            calibration_s=snap.calibration_s,  # part of build_s
        )
        _, got = store.search(q, 10)
        res["recall_at_10_random_queries"] = round(recall_at(truth, got), 4)
        # data-like queries: a stored vector plus noise, cosine ~0.9 to it
        rng = np.random.default_rng(seed + 2)
        base = x[rng.choice(n, n_queries, replace=False)]
        noise = rng.standard_normal(base.shape, dtype=np.float32)
        noise /= np.linalg.norm(noise, axis=1, keepdims=True)
        q2 = 0.9 * base + np.sqrt(1 - 0.81) * noise
        q2 /= np.linalg.norm(q2, axis=1, keepdims=True)
        truth2 = exact_top(x, q2, 10)
        _, got2 = store.search(q2, 10)
        res["recall_at_10_datalike_queries"] = round(recall_at(truth2, got2), 4)
        sweep = []
        for ef_try in sorted({64, 128, 256, 512, 1024, 2048, store.ef_search}):
            params = faiss.SearchParametersHNSW(efSearch=ef_try)

            def run(qq, params=params):
                with omp_threads(1):  # as FaissVectorStore.search does for small batches
                    return snap.index.search(qq, K, params=params)

            lat_ef = latencies(run, q[:100])
            _, g = snap.index.search(q, 10, params=params)
            _, g2 = snap.index.search(q2, 10, params=params)
            sweep.append(
                {
                    "ef": ef_try,
                    "recall_random": round(recall_at(truth, g), 4),
                    "recall_datalike": round(recall_at(truth2, g2), 4),
                    "p50_ms_k50": round(_pct(lat_ef, 50), 3),
                }
            )
        res["ef_sweep"] = sweep
    else:
        _, got = store.search(q, 10)
        res["recall_at_10_random_queries"] = round(recall_at(truth, got), 4)  # exact: must be 1.0

    # filtered search: 1% and 20% of the ids allowed
    rng = np.random.default_rng(seed + 3)
    for frac in (0.01, 0.2):
        allowed = np.sort(rng.choice(ids, int(n * frac), replace=False))
        lat_f = latencies(lambda qq, a=allowed: store.search(qq, K, allowed_ids=a), q[:50])
        res[f"filtered_{int(frac * 100)}pct_p50_ms"] = round(_pct(lat_f, 50), 2)

    del x
    gc.collect()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        t = time.perf_counter()
        store.save(tmp)
        res["save_s"] = round(time.perf_counter() - t, 2)
        res["file_bytes"] = (Path(tmp) / "vectors.faiss").stat().st_size
        store = None  # type: ignore[assignment]  # free it before loading the copy
        gc.collect()
        t = time.perf_counter()
        loaded = FaissVectorStore.load(tmp, expected_model="bench", expected_dim=D)
        res["load_s_verified"] = round(time.perf_counter() - t, 2)
        assert len(loaded) == n
    return res


# -- embedding throughput -----------------------------------------------------------------------


def corpus_passages(n: int) -> tuple[list[str], int]:
    lines = []
    for f in sorted((ROOT / "corpus").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line.split()) > 20:
                lines.append(line.strip())
    unique = len(lines)
    out = [lines[i % unique] for i in range(n)] if unique else []
    return out, unique


def bench_embedding(n: int, rounds: int, embedder: str | None) -> dict:
    """Passages/s of the product's embedder (``make_embedder``: ``--embedder`` or the Settings
    default) against a bare fp32 ``SentenceTransformer.encode`` over the same texts, both at the
    product's batch size and with as many threads as the product's bulk embedder uses."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from councilsearch.config import load_settings
    from councilsearch.index.library import make_embedder

    texts, unique = corpus_passages(n)
    with tempfile.TemporaryDirectory() as d:
        settings = load_settings(d, embedder=embedder) if embedder else load_settings(d)
    emb = make_embedder(settings)
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(int(getattr(emb, "threads", 0) or available_cpus()))
    model = SentenceTransformer(settings.resolved_model_path, device="cpu", local_files_only=True)
    batch = settings.embed_batch_size

    def bare() -> np.ndarray:
        return model.encode(
            texts, batch_size=batch, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    def ours() -> np.ndarray:
        return emb.encode(texts)

    model.encode(texts[:128], batch_size=batch, show_progress_bar=False)  # warm up
    emb.encode(texts[:128])
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "embedder": []}
    last: dict[str, np.ndarray] = {}
    for r in range(rounds):  # alternate, so a noisy neighbour hurts both alike
        for name, fn in (
            (("bare", bare), ("embedder", ours)) if r % 2 == 0 else (("embedder", ours), ("bare", bare))
        ):
            c, t = time.process_time(), time.perf_counter()
            last[name] = fn()
            runs[name].append((time.perf_counter() - t, time.process_time() - c))
    a, b = last["bare"], last["embedder"]
    cos = (a * b).sum(axis=1)
    res = {
        "passages": len(texts),
        "unique_passages": unique,
        "batch_size": batch,
        "backend": emb.backend,
        "torch_threads": torch.get_num_threads(),
        "cosine_mean": float(cos.mean()),
        "cosine_min": float(cos.min()),
    }
    for name, rr in runs.items():
        wall = statistics.median(w for w, _ in rr)
        cpu = statistics.median(c for _, c in rr)
        res[f"{name}_passages_per_s"] = round(len(texts) / wall, 1)
        res[f"{name}_passages_per_cpu_s"] = round(len(texts) / cpu, 1)
    res["ratio_wall"] = round(res["embedder_passages_per_s"] / res["bare_passages_per_s"], 3)
    res["ratio_cpu"] = round(res["embedder_passages_per_cpu_s"] / res["bare_passages_per_cpu_s"], 3)
    return res


# -- driver ---------------------------------------------------------------------------------------


def _child(args: argparse.Namespace) -> None:
    n, kind, data = args.one
    print(
        "RESULT " + json.dumps(bench_index(int(n), kind, data, args.queries, args.ef_construction)),
        flush=True,
    )


def _run_child(n: int, kind: str, data: str, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--one", str(n), kind, data, "--queries", str(args.queries)]
    cmd += ["--ef-construction", str(args.ef_construction)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{n} {kind} {data} failed:\n{proc.stderr[-3000:]}")
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))
    res = json.loads(line[len("RESULT ") :])
    res["wall_s"] = round(time.perf_counter() - t, 1)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ef-construction", type=int, default=EF_CONSTRUCTION,
                    help=f"HNSW build width (default: the product's, {EF_CONSTRUCTION})")
    ap.add_argument("--passages", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--skip-embed", action="store_true")
    ap.add_argument("--embedder", choices=EMBEDDERS, default=None,
                    help="the product's embedding backend to time (default: the Settings default)")
    ap.add_argument("--skip-index", action="store_true")
    ap.add_argument("--no-flat-1m", action="store_true", help="skip the exact index at 1M")
    ap.add_argument(
        "--structured",
        type=int,
        default=200_000,
        help="also build HNSW over this many low-intrinsic-dimension vectors (0: skip)",
    )
    ap.add_argument("--one", nargs=3, metavar=("N", "KIND", "DATA"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _child(args)
        return
    print(f"cpus={available_cpus()} load_avg={os.getloadavg()}", flush=True)
    summary: dict = {"indexes": []}
    if not args.skip_embed:
        e = bench_embedding(args.passages, args.rounds, args.embedder)
        summary["embedding"] = e
        print(
            f"embedding: {e['passages']} passages ({e['unique_passages']} unique lines >20 words), "
            f"our {e['backend']} encode {e['embedder_passages_per_s']}/s vs bare fp32 SentenceTransformer.encode "
            f"{e['bare_passages_per_s']}/s -> ratio {e['ratio_wall']} (per CPU-second: {e['ratio_cpu']}), "
            f"batch {e['batch_size']}, torch threads {e['torch_threads']}, "
            f"cosine mean {e['cosine_mean']:.4f} min {e['cosine_min']:.4f}",
            flush=True,
        )
    if not args.skip_index:
        plan = []
        for n in args.sizes:
            plan.append((n, "flat" if n <= 200_000 else "hnsw", "random"))
            if n > 200_000 and not args.no_flat_1m:
                plan.append((n, "flat", "random"))
        if args.structured:
            plan.append((args.structured, "hnsw", "structured"))
        for n, kind, data in plan:
            r = _run_child(n, kind, data, args)
            summary["indexes"].append(r)
            print(
                f"{kind:>4} {data:>10} n={n:>9,}: build {r['build_s']} s, k={K} p50 {r['p50_ms']} ms p99 {r['p99_ms']} ms, "
                f"RSS {r['rss_bytes_per_vector']} B/vector (raw {r['raw_vector_bytes']}), "
                f"recall@10 random {r['recall_at_10_random_queries']}, "
                f"filtered 1% {r['filtered_1pct_p50_ms']} ms / 20% {r['filtered_20pct_p50_ms']} ms, "
                f"save {r['save_s']} s, load+verify {r['load_s_verified']} s",
                flush=True,
            )
            if kind == "hnsw":
                print(
                    f"      efConstruction {r['ef_construction']}, calibrated efSearch {r['ef_search']} "
                    f"(leave-one-out recall {r['calibrated_recall_loo']}, calibration {r['calibration_s']} s), "
                    f"recall@10 data-like queries {r['recall_at_10_datalike_queries']}",
                    flush=True,
                )
                for s in r["ef_sweep"]:
                    print(
                        f"      ef={s['ef']:>5}: recall@10 random {s['recall_random']}, "
                        f"data-like {s['recall_datalike']}, p50 {s['p50_ms_k50']} ms",
                        flush=True,
                    )
    print(f"load_avg_end={os.getloadavg()}")
    print("SUMMARY " + json.dumps(summary))


if __name__ == "__main__":
    main()
