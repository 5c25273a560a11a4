"""Sentence vectors: what each way of making them costs and what it buys, on the dev questions.

Usage::

    .venv/bin/python bench/sentence_vectors.py [--queries eval/queries_dev.jsonl] [--corpus corpus]
        [--backends torch,int8] [--repeat 1] [--keep DIR]

Hybrid search ranks passages by keyword, by passage vector and by their best sentence vector
(``Searcher.dense_sentences`` over the sentence index, ``Library.sentence_vectors``). Ingest
embeds every passage once whole and every sentence again on its own, so most of the model's
work goes to the sentence index. This bench compares, for each embedding backend (torch fp32
and int8, ``Settings.embedder``):

- (a) ``separate``: every sentence embedded on its own as its ``sentence_embedding_text``
  (document context, section path, sentence), as ingest does today: a second pass;
- (b) ``pooled+prefix``: sentence vectors pooled from the passage's own forward pass
  (``encode_with_sentences``), the context and section-path tokens in every sentence's mean;
- (c) ``pooled``: the same without the prefix (the sentence's own tokens only);
- (d) ``none``: no sentence index (hybrid runs on keywords and passage vectors alone).

The corpus is ingested once, without embeddings, into a temporary data folder. For each
backend that store is copied and given passage vectors (one pass; the same vectors for every
option) and the sentence vectors of (a); then for each option the in-memory sentence index is
swapped and the retrieval evaluation run (``evaluate_retrieval``, the hybrid system of
``councilsearch eval retrieval``). Printed per backend and option: hybrid Recall@1, Recall@5
and MRR@10, and the embedding cost of the option measured in this run: texts and tokens the
model ran over (tokens after truncation, padding not counted), wall and CPU seconds, and the
ratio to (a). A sentence with no token in its passage's pass (past the 256-token window) is
embedded on its own in (b) and (c): those texts and tokens are counted.

Each embedding step (the passage pass, the separate sentence pass, and each pooled pass) runs
``--repeat`` times, interleaved, and its best run by CPU time is kept; the option's cost is the
sum of its steps. On a busy machine compare CPU seconds, and the token counts, which do not
depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from councilsearch.models import Passage  # noqa: E402

OPTIONS = ("separate", "pooled+prefix", "pooled", "none")
LABELS = {"separate": "(a) separate", "pooled+prefix": "(b) pooled+prefix", "pooled": "(c) pooled", "none": "(d) none"}


@dataclass
class Units:
    """What is embedded, read back from the store: passages (ids, embedding texts, context
    prefix lengths, sentence spans in those texts) and sentences (ids, in passage order, and
    their separate ``sentence_embedding_text``)."""

    passage_ids: list[int]
    texts: list[str]
    prefixes: list[int]
    spans: list[list[tuple[int, int]]]
    sentence_ids: list[int]
    sentence_texts: list[str]


@dataclass
class Cost:
    texts: int = 0
    tokens: int = 0
    wall: float = 0.0
    cpu: float = 0.0

    def __add__(self, other: Cost) -> Cost:
        return Cost(self.texts + other.texts, self.tokens + other.tokens, self.wall + other.wall, self.cpu + other.cpu)


@dataclass
class Row:
    backend: str
    option: str
    metrics: dict[str, float]
    cost: Cost
    notes: dict[str, Any] = field(default_factory=dict)


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


def build_store(corpus: Path, data: Path) -> tuple[int, float]:
    """Ingest ``corpus`` into ``data`` with figures and entities but no embeddings."""
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    t0 = time.perf_counter()
    lib = Library(load_settings(data), embed=False)
    try:
        results = lib.ingest_paths([corpus])
    finally:
        lib.close()
    failed = [(r.path, r.error) for r in results if not r.ok]
    if failed:
        raise SystemExit(f"ingest failed: {failed}")
    return len(results), time.perf_counter() - t0


def _cut(passage: Passage, start: int, end: int) -> str:
    """A sentence's text from its absolute document offsets."""
    return passage.text[start - passage.span[0] : end - passage.span[0]]


def read_units(data: Path) -> Units:
    from councilsearch.index.library import store_path
    from councilsearch.index.store import Store
    from councilsearch.index.store.embedding_text import embedding_text, passage_embedding_spans

    store = Store(store_path(data))
    try:
        rows = store.conn.execute("SELECT id, context FROM passages ORDER BY id").fetchall()
        pids = [int(r[0]) for r in rows]
        context = {int(r[0]): r[1] or "" for r in rows}
        passages = store.passages(pids)
        sentences: dict[int, list[tuple[int, int, int]]] = {pid: [] for pid in pids}
        q = "SELECT s.id, s.passage_id, s.start, s.end FROM sentences s ORDER BY s.passage_id, s.start, s.id"
        for sid, pid, start, end in store.conn.execute(q):
            sentences[int(pid)].append((int(sid), int(start), int(end)))
        stored_texts = store.embedding_texts(pids)
        texts: list[str] = []
        prefixes: list[int] = []
        spans: list[list[tuple[int, int]]] = []
        sids: list[int] = []
        for pid in pids:
            mine = sentences[pid]
            text, prefix, where = passage_embedding_spans(context[pid], passages[pid], [(s, e) for _, s, e in mine])
            assert text == stored_texts[pid], "the store embeds another text for this passage"
            texts.append(text)
            prefixes.append(prefix)
            spans.append(where)
            sids.extend(sid for sid, _, _ in mine)
        # option (a): each sentence embedded on its own, with the passage's document context and
        # heading (the rules of embedding_text, the sentence in place of the passage's text)
        separate = [
            embedding_text(context[pid], replace(passages[pid], text=_cut(passages[pid], start, end)))
            for pid in pids
            for _, start, end in sentences[pid]
        ]
        return Units(pids, texts, prefixes, spans, sids, separate)
    finally:
        store.close()


def copy_store(src: Path, dest: Path) -> None:
    """A consistent copy of the SQLite store of ``src`` into the data folder ``dest``."""
    from councilsearch.index.library import store_path

    dest.mkdir(parents=True, exist_ok=True)
    a, b = sqlite3.connect(store_path(src)), sqlite3.connect(store_path(dest))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


class TokenCounter:
    """Tokens the model runs over, counted with the model's own tokenizer and truncation."""

    def __init__(self, model_path: str, max_seq_length: int) -> None:
        from councilsearch.embedding.pooling import load_tokenizer

        self.tok = load_tokenizer((Path(model_path) / "tokenizer.json").read_bytes(), max_seq_length)

    def encodings(self, texts: list[str]) -> list[Any]:
        return list(self.tok.encode_batch(texts))

    def count(self, texts: list[str]) -> int:
        return sum(len(e.ids) for e in self.encodings(texts))

    def orphans(self, units: Units, prefixed: bool) -> list[str]:
        """The texts (b) or (c) embed on their own: sentences with no token of their own in
        their passage's pass."""
        from councilsearch.embedding.pooling import span_membership

        out = []
        for text, prefix, spans, enc in zip(units.texts, units.prefixes, units.spans, self.encodings(units.texts), strict=True):
            if not spans:
                continue
            _, own = span_membership(enc, spans)
            for k in np.flatnonzero(own == 0):
                a, b = spans[int(k)]
                out.append((text[:prefix] if prefixed else "") + text[a:b])
        return out


def embed_options(
    embedder: Any, counter: TokenCounter, units: Units, repeat: int
) -> tuple[np.ndarray, dict[str, np.ndarray | None], dict[str, Cost], dict[str, Any]]:
    """Passage vectors, each option's sentence vectors and each option's embedding cost (the
    best of ``repeat`` interleaved runs of each step, by CPU time)."""
    # warm up on the longest texts (the largest batch shapes) outside the timings
    longest = sorted(range(len(units.texts)), key=lambda i: -len(units.texts[i]))[:32]
    embedder.encode([units.texts[i] for i in longest])
    embedder.encode_with_sentences([units.texts[i] for i in longest], [units.spans[i] for i in longest])

    steps: dict[str, Callable[[], Any]] = {
        "passages": lambda: embedder.encode(units.texts),
        "separate": lambda: embedder.encode(units.sentence_texts),
        "pooled+prefix": lambda: embedder.encode_with_sentences(units.texts, units.spans, prefix_chars=units.prefixes),
        "pooled": lambda: embedder.encode_with_sentences(units.texts, units.spans),
    }
    out: dict[str, Any] = {}
    best: dict[str, tuple[float, float]] = {k: (float("inf"), float("inf")) for k in steps}
    for _ in range(max(1, repeat)):
        for name, fn in steps.items():
            out[name], wall, cpu = timed(fn)
            if cpu < best[name][1]:
                best[name] = (wall, cpu)

    n_pass_tokens = counter.count(units.texts)
    passages = out["passages"]
    passage_cost = Cost(len(units.texts), n_pass_tokens, *best["passages"])
    separate = out["separate"]
    sentence_cost = Cost(len(units.sentence_texts), counter.count(units.sentence_texts), *best["separate"])
    vectors: dict[str, np.ndarray | None] = {"separate": separate, "none": None}
    costs = {"separate": passage_cost + sentence_cost, "none": passage_cost}
    notes: dict[str, Any] = {}
    for option in ("pooled+prefix", "pooled"):
        pooled_passages, pooled = out[option]
        alone = counter.orphans(units, prefixed=option == "pooled+prefix")
        costs[option] = Cost(len(units.texts) + len(alone), n_pass_tokens + counter.count(alone), *best[option])
        vectors[option] = pooled
        notes[option] = {
            "passage cosine to encode (min)": float((pooled_passages * passages).sum(axis=1).min()),
            "sentence cosine to (a) (mean)": float((pooled * separate).sum(axis=1).mean()),
            "sentences embedded alone": len(alone),
        }
    return passages, vectors, costs, notes


def evaluate(lib: Any, queries: list[Any], sentence_ids: list[int], vectors: np.ndarray | None) -> dict[str, float]:
    """Hybrid retrieval metrics with ``vectors`` as the library's sentence index."""
    from councilsearch.evaluate.retrieval import evaluate_retrieval

    index = lib._new_vectors()
    if vectors is not None:
        index.add(np.asarray(sentence_ids, dtype=np.int64), vectors)
    with lib._vec_lock:
        lib._sent_vectors = index  # the searcher reads the current index through the library
    report = evaluate_retrieval(lib.searcher(), queries, systems=("hybrid",))
    return dict(report["hybrid"])


def run_backend(backend: str, base: Path, work: Path, units: Units, queries: list[Any], repeat: int) -> list[Row]:
    from councilsearch.config import load_settings
    from councilsearch.index import identity
    from councilsearch.index.identity import EMBEDDING_META, embedding_tag
    from councilsearch.index.library import Library, make_embedder, store_path
    from councilsearch.index.store import Store

    data = work / backend
    copy_store(base, data)
    settings = load_settings(data, embedder=backend)
    embedder, load_s, _ = timed(lambda: make_embedder(settings))
    print(f"\n[{backend}] {embedder!r} loaded in {load_s:.1f} s; embedding {len(units.texts)} passages "
          f"and {len(units.sentence_ids)} sentences ...", flush=True)
    counter = TokenCounter(settings.resolved_model_path, int(embedder.max_seq_length))
    passages, vectors, costs, notes = embed_options(embedder, counter, units, repeat)

    store = Store(store_path(data))  # passage vectors and (a) kept in SQLite, as after an ingest today
    try:
        store.set_embeddings(units.passage_ids, passages, "passages")
        store.set_embeddings(units.sentence_ids, vectors["separate"], "sentences")  # type: ignore[arg-type]
        store.set_meta(EMBEDDING_META, embedding_tag(embedder))
        identity.record(store, identity.embedder_identity(embedder))  # who made them, as ingest records
    finally:
        store.close()
    lib = Library(settings, extract=False)
    rows = []
    try:
        assert len(lib.vectors) == len(units.passage_ids), "the passage index is the store's"
        for option in OPTIONS:
            metrics = evaluate(lib, queries, units.sentence_ids, vectors[option])
            rows.append(Row(backend, option, metrics, costs[option], notes.get(option, {})))
            m = metrics
            print(f"[{backend}] {LABELS[option]:18s} R@1 {m['recall@1']:.3f}  R@5 {m['recall@5']:.3f}  "
                  f"MRR@10 {m['mrr@10']:.3f}", flush=True)
    finally:
        lib.close()
    return rows


def print_table(rows: list[Row], n_queries: int) -> None:
    print(f"\nSentence vectors on {n_queries} dev questions (hybrid search; cost = embedding the corpus for "
          "passage and sentence vectors, ratio to (a) of the same backend)")
    head = (f"{'backend':8s} {'option':18s} {'R@1':>6s} {'R@5':>6s} {'MRR@10':>7s} {'texts':>7s} {'tokens':>9s} "
            f"{'tok/(a)':>8s} {'wall s':>8s} {'CPU s':>8s} {'CPU/(a)':>8s}")
    print(head)
    print("-" * len(head))
    for backend in dict.fromkeys(r.backend for r in rows):
        mine = [r for r in rows if r.backend == backend]
        ref = next(r.cost for r in mine if r.option == "separate")
        for r in mine:
            m, c = r.metrics, r.cost
            print(f"{r.backend:8s} {LABELS[r.option]:18s} {m['recall@1']:6.3f} {m['recall@5']:6.3f} {m['mrr@10']:7.3f} "
                  f"{c.texts:7d} {c.tokens:9d} {c.tokens / max(ref.tokens, 1):8.2f} {c.wall:8.1f} {c.cpu:8.1f} "
                  f"{c.cpu / max(ref.cpu, 1e-9):8.2f}")
    print()
    for r in rows:
        if r.notes:
            print(f"{r.backend:8s} {LABELS[r.option]:18s} " + "; ".join(
                f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.notes.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=Path, default=ROOT / "eval" / "queries_dev.jsonl")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--backends", default="torch,int8", help="comma-separated: torch, int8")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs of each embedding step (the best is kept)")
    ap.add_argument("--keep", type=Path, default=None, help="build the stores here and keep them")
    args = ap.parse_args()

    from councilsearch.config import check_embedder
    from councilsearch.evaluate.retrieval import load_queries

    backends = [check_embedder(b, "--backends") for b in args.backends.split(",") if b.strip()]
    queries = load_queries(args.queries)
    work = args.keep or Path(tempfile.mkdtemp(prefix="sentence-vectors-"))
    try:
        base = work / "base"
        n_files, ingest_s = build_store(args.corpus, base)
        units = read_units(base)
        print(f"store: {n_files} files ingested without embeddings in {ingest_s:.1f} s; {len(units.texts)} passages, "
              f"{len(units.sentence_ids)} sentences ({len(units.sentence_ids) / max(len(units.texts), 1):.1f} a passage)")
        rows: list[Row] = []
        for backend in backends:
            rows.extend(run_backend(backend, base, work, units, queries, args.repeat))
        print_table(rows, len(queries))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
