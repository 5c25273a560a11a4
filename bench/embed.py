"""Embedding benchmark: bare sentence-transformers fp32 against the int8 backend, in one process.

Usage::

    .venv/bin/python bench/embed.py [--passages 300] [--threads 2] [--repeat 3] [--queries 100]

The same passages (passage-sized chunks of ``corpus/*.txt``, as ingest makes them: 120–200
words) go through ``SentenceTransformer.encode`` (fp32 torch, batch 16, normalised) and
through ``Int8Embedder.encode`` (batch 16), interleaved, ``--repeat`` times each; the best
run of each is reported in wall-clock and CPU time (CPU time is the fairer figure on a
machine shared with other work), with passages/s and the ratio int8 / fp32. Both use
``--threads`` intra-op threads. Then: the mean and minimum cosine between the two sets of
vectors; single queries one at a time with one thread each (p50 / p99 ms, query cache
cleared); and the sentence-vector cost: ``encode_with_sentences`` (one pass per passage)
against embedding the passages and then every sentence again (two passes).

The int8 export is built into the cache first if it is missing (``--cache``; the default
cache otherwise), and that time is printed but not counted.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(])")
QUERIES = (
    "how much of the planned savings has been delivered?",
    "what is the forecast DSG deficit?",
    "who was the lead peer for the North West Leicestershire review?",
    "capital programme slippage",
    "adult social care overspend 2025/26",
)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def best_of(repeat: int, runs: dict[str, Callable[[], object]]) -> dict[str, tuple[float, float]]:
    """Interleaved runs; the best (wall, CPU) of each."""
    best: dict[str, tuple[float, float]] = {k: (float("inf"), float("inf")) for k in runs}
    for _ in range(repeat):
        for name, fn in runs.items():
            wall, cpu = timed(fn)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def percentile_ms(samples: list[float], q: float) -> float:
    return 1000 * float(np.percentile(samples, q))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=int, default=300)
    ap.add_argument("--threads", type=int, default=2, help="intra-op threads for bulk encoding (both backends)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--queries", type=int, default=100, help="single queries timed per backend")
    ap.add_argument("--cache", default=None, help="int8 export cache folder")
    ap.add_argument("--backend", default=None, help="openvino-int8 or onnx-int8")
    args = ap.parse_args(argv)

    import torch
    from sentence_transformers import SentenceTransformer

    from councilsearch.config import default_model_path
    from councilsearch.embedding.calibration import corpus_chunks, evenly
    from councilsearch.embedding.export import ensure_export
    from councilsearch.embedding.int8 import Int8Embedder

    chunks, _ = corpus_chunks(ROOT / "corpus")
    texts = evenly(chunks, args.passages)
    t0 = time.perf_counter()
    export = ensure_export(None, args.backend, args.cache)
    print(f"int8 export ready in {time.perf_counter() - t0:.1f} s: {export.folder}")

    torch.set_num_threads(args.threads)
    st = SentenceTransformer(default_model_path(), device="cpu", local_files_only=True)
    int8 = Int8Embedder(export=export, threads=args.threads)

    def fp32_encode(batch: list[str]) -> np.ndarray:
        return st.encode(batch, batch_size=16, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)

    fp32_encode(texts[:16])
    int8.encode(texts[:16])
    best = best_of(args.repeat, {"fp32": lambda: fp32_encode(texts), "int8": lambda: int8.encode(texts)})
    n = len(texts)
    print(f"\n{n} passages, {args.threads} thread(s), best of {args.repeat} (int8 backend: {int8.backend})")
    print(f"{'':26}{'wall s':>9}{'passages/s':>12}{'CPU s':>9}{'passages/CPU-s':>16}")
    for name, label in (("fp32", "sentence-transformers fp32"), ("int8", f"{int8.backend}")):
        wall, cpu = best[name]
        print(f"{label:26}{wall:9.2f}{n / wall:12.1f}{cpu:9.2f}{n / cpu:16.1f}")
    print(
        f"ratio int8 / fp32: {best['fp32'][0] / best['int8'][0]:.2f}x wall, "
        f"{best['fp32'][1] / best['int8'][1]:.2f}x CPU"
    )
    cos = (fp32_encode(texts) * int8.encode(texts)).sum(axis=1)
    print(f"cosine int8 vs fp32: mean {cos.mean():.4f}, min {cos.min():.4f}")

    torch.set_num_threads(1)
    one = Int8Embedder(export=export, threads=1)
    lat: dict[str, list[float]] = {"fp32": [], "int8": []}
    for i in range(args.queries):
        q = f"{QUERIES[i % len(QUERIES)]} {i}"
        lat["fp32"].append(timed(functools.partial(fp32_encode, [q]))[0])
        one.clear_query_cache()
        lat["int8"].append(timed(functools.partial(one.encode_query, q))[0])
    for name in ("fp32", "int8"):
        s = lat[name]
        print(f"query, 1 thread, {name}: p50 {percentile_ms(s, 50):.1f} ms, p99 {percentile_ms(s, 99):.1f} ms, "
              f"mean {1000 * statistics.fmean(s):.1f} ms")

    spans, sentences = [], []
    for t in texts:
        mine, pos = [], 0
        for sentence in SENTENCE_END.split(t):
            a = t.index(sentence, pos)
            pos = a + len(sentence)
            mine.append((a, pos))
            sentences.append(sentence)
        spans.append(mine)
    best = best_of(args.repeat, {
        "one pass": lambda: int8.encode_with_sentences(texts, spans),
        "two passes": lambda: (int8.encode(texts), int8.encode(sentences)),
    })
    print(f"\nsentence vectors ({len(sentences)} sentences in {n} passages, int8, {args.threads} thread(s)):")
    for name, (wall, cpu) in best.items():
        print(f"  {name:11} {wall:7.2f} s wall {cpu:7.2f} s CPU")
    print(f"  one pass saves {1 - best['one pass'][1] / best['two passes'][1]:.0%} of the CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
