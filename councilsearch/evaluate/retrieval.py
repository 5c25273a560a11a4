"""Retrieval evaluation: Recall@1, Recall@5, MRR@10, nDCG@10 for our hybrid search and two
baselines in the same run (keyword-only over the same passages, and dense-only over fixed
1,000-character chunks with 200 overlap), on a gold file in the format of
``eval/queries_dev.jsonl`` (see ``eval/README.md``)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.errors import InputError
from councilsearch.evaluate.progress import StepProgress
from councilsearch.index.answer import top_answer
from councilsearch.index.search import Searcher

K_EVAL = 10


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'")).strip().lower()


@dataclass(frozen=True)
class Query:
    id: str
    query: str
    targets: tuple[tuple[str, str], ...]  # (doc name, normalised quote)
    kind: str
    answer: dict[str, Any] | None


def load_queries(path: str | Path) -> list[Query]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no query file at {p}")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
            targets = [(o["doc"], norm_ws(o["quote"]))]
            targets += [(a["doc"], norm_ws(a["quote"])) for a in o.get("alt") or []]
            out.append(Query(o["id"], o["query"], tuple(targets), o.get("kind", ""), o.get("answer")))
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise InputError(f"{p}:{n} is not a valid query line ({exc})") from exc
    return out


Unit = tuple[str, str]  # (doc name, normalised text)


def is_correct(unit: Unit, q: Query) -> bool:
    doc, text = unit
    return any(doc == d and quote in text for d, quote in q.targets)


def metrics(ranked: Sequence[Sequence[bool]], n_relevant: Sequence[int]) -> dict[str, float]:
    n = len(ranked)
    r1 = r5 = mrr = ndcg = 0.0
    for rels, total in zip(ranked, n_relevant, strict=True):
        rels = list(rels)[:K_EVAL]
        first = next((i for i, r in enumerate(rels) if r), None)
        if first is not None:
            r1 += first < 1
            r5 += first < 5
            mrr += 1.0 / (first + 1)
        dcg = sum(1.0 / math.log2(i + 2) for i, r in enumerate(rels) if r)
        ideal_n = min(K_EVAL, max(total, sum(rels)))
        idcg = sum(1.0 / math.log2(i + 2) for i in range(ideal_n))
        ndcg += dcg / idcg if idcg else 0.0
    d = max(1, n)
    return {"recall@1": r1 / d, "recall@5": r5 / d, "mrr@10": mrr / d, "ndcg@10": ndcg / d}


def chunk_text(text: str, size: int = 1000, overlap: int = 200) -> list[str]:
    step = size - overlap
    return [text[i:i + size] for i in range(0, max(1, len(text) - overlap), step)]


def _doc_names(searcher: Searcher) -> dict[str, str]:
    return {doc_id: Path(source).stem for doc_id, source in searcher.store.source_paths().items()}


def evaluate_retrieval(
    searcher: Searcher,
    queries: Sequence[Query],
    embed: Callable[[list[str]], np.ndarray] | None = None,
    systems: Sequence[str] = ("hybrid", "bm25", "dense_chunks"),
    progress: StepProgress | None = None,
) -> dict[str, Any]:
    """Recall@1/5, MRR@10 and nDCG@10 of each of ``systems`` over ``queries``; ``progress``
    hears ``(system, queries done, queries)`` as each query is answered."""
    tell = progress or _quiet
    names = _doc_names(searcher)
    all_passages = [(names.get(doc_id, doc_id), norm_ws(text)) for doc_id, text in searcher.store.passage_texts()]
    report: dict[str, Any] = {"n": len(queries)}
    per_query: dict[str, dict[str, Any]] = {q.id: {"query": q.query, "kind": q.kind} for q in queries}

    def run_store_system(mode: str) -> dict[str, float]:
        ranked, totals = [], []
        fig_ok, fig_n, box_ok = 0, 0, 0
        for n, q in enumerate(queries, 1):
            hits = searcher.search(q.query, k=K_EVAL, mode=mode)
            tell(mode, n, len(queries))
            rels = []
            for h in hits:
                docs = {names.get(h.citation.doc_id, h.citation.doc_id)} | {
                    names.get(c.doc_id, c.doc_id) for c in h.also_in
                }
                text = norm_ws(h.passage.text)
                rels.append(any(is_correct((d, text), q) for d in docs))
            ranked.append(rels)
            totals.append(sum(1 for u in all_passages if is_correct(u, q)))
            first = next((i for i, r in enumerate(rels) if r), None)
            per_query[q.id][mode] = None if first is None else first + 1
            if mode == "hybrid" and q.kind == "figure" and q.answer:
                fig_n += 1
                top = hits[0] if hits else None
                val = top.answer.value if top and top.answer else None
                ok = isinstance(val, (int, float)) and value_matches(float(val), float(q.answer["value"]))
                fig_ok += ok
                per_query[q.id]["named_figure"] = None if top is None or top.answer is None else top.answer.surface
                # what the page and the API put on top: the answer box (top_answer, first three hits)
                boxed = top_answer(hits)
                bval = boxed[1].answer.value if boxed is not None and boxed[1].answer is not None else None
                box_ok += isinstance(bval, (int, float)) and value_matches(float(bval), float(q.answer["value"]))
        m = metrics(ranked, totals)
        if mode == "hybrid":
            m["figure_accuracy"] = fig_ok / fig_n if fig_n else 0.0
            m["answer_box_accuracy"] = box_ok / fig_n if fig_n else 0.0
        return m

    for system in systems:
        if system in ("hybrid", "bm25", "dense"):
            report[system] = run_store_system(system)
        elif system == "dense_chunks":
            if embed is None:
                continue
            tell(system, 0, len(queries))
            report[system] = _dense_chunks(searcher, queries, embed, names, per_query)
            tell(system, len(queries), len(queries))
    report["by_kind"] = _by_kind(queries, per_query)
    report["queries"] = per_query
    return report


def _quiet(step: str, done: int, total: int) -> None:
    return None


def value_matches(a: float, b: float) -> bool:
    """Is a figure's value the expected answer's (within half a per cent of it): the one test of an answer value."""
    return abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def _dense_chunks(
    searcher: Searcher,
    queries: Sequence[Query],
    embed: Callable[[list[str]], np.ndarray],
    names: dict[str, str],
    per_query: dict[str, dict[str, Any]],
) -> dict[str, float]:
    units: list[Unit] = []
    texts: list[str] = []
    for doc_id, text in searcher.store.document_texts():
        for ch in chunk_text(text):
            units.append((names.get(doc_id, doc_id), norm_ws(ch)))
            texts.append(ch)
    vecs = embed(texts)
    qvecs = embed([q.query for q in queries])
    ranked, totals = [], []
    for qi, q in enumerate(queries):
        scores = vecs @ qvecs[qi]
        top = np.argsort(-scores)[:K_EVAL]
        rels = [is_correct(units[i], q) for i in top]
        ranked.append(rels)
        totals.append(sum(1 for u in units if is_correct(u, q)))
        first = next((i for i, r in enumerate(rels) if r), None)
        per_query[q.id]["dense_chunks"] = None if first is None else first + 1
    return metrics(ranked, totals)


def _by_kind(queries: Sequence[Query], per_query: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    kinds = sorted({q.kind for q in queries})
    for kind in kinds:
        qs = [q for q in queries if q.kind == kind]
        ranks = [per_query[q.id].get("hybrid") for q in qs]
        out[kind] = {
            "n": len(qs),
            "recall@5": sum(1 for r in ranks if r is not None and r <= 5) / len(qs),
            "mrr@10": sum(1.0 / r for r in ranks if r is not None and r <= K_EVAL) / len(qs),
        }
    return out
