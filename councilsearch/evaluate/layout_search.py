"""The layout corpus's search measure (see ``evaluate.layout``): its gold questions against a
``Library`` of the corpus built in a temporary folder with the real embedder, and the top-five
hits that repeat a near-copy of a hit above them from the other document of a gold duplicate
pair (a draft and its final version, a report and the meeting pack that holds it)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from councilsearch.config import Settings, load_settings
from councilsearch.evaluate.progress import StepProgress

NEAR_COPY = 0.6  # Jaccard similarity of two passages' character 5-grams that makes them near-copies


def shingles(text: str) -> set[str]:
    """Character 5-grams of the text without spaces or punctuation (so a near-copy is still
    one when its words were split or joined differently)."""
    s = re.sub(r"\W+", "", text.lower())
    return {s[i : i + 5] for i in range(max(1, len(s) - 4))}


def similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def score_search(
    files: Sequence[Path],
    questions: Path,
    duplicates: Sequence[tuple[str, str]] = (),
    settings: Settings | None = None,
    progress: StepProgress | None = None,
) -> dict[str, Any]:
    """Ingest ``files`` into a Library in a temporary folder, then run the questions: hybrid
    Recall@5 and MRR@10, and the top-five hits that repeat a near-copy (from the other
    document of a gold duplicate pair) of a hit ranked above them."""
    from councilsearch.evaluate.retrieval import evaluate_retrieval, load_queries
    from councilsearch.index.library import Library

    qs = load_queries(questions)
    pairs = {frozenset(p) for p in duplicates}
    base = settings or load_settings()
    repeats: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="councilsearch-layout-") as tmp:
        lib = Library(base.with_(data_dir=Path(tmp)))
        try:
            results = lib.ingest_paths(list(files), workers=0)
            failed = [r.path for r in results if not r.ok]
            searcher = lib.searcher()
            rep = evaluate_retrieval(searcher, qs, systems=("hybrid",), progress=progress)
            names = {d: Path(src).stem for d, src in searcher.store.source_paths().items()}
            for q in qs:
                hits = searcher.search(q.query, k=5)
                seen: list[tuple[str, set[str]]] = []
                for rank, h in enumerate(hits, 1):
                    name, sh = names.get(h.citation.doc_id, h.citation.doc_id), shingles(h.passage.text)
                    copy_of = next((n for n, s2 in seen if frozenset((n, name)) in pairs
                                    and similarity(sh, s2) >= NEAR_COPY), None)
                    if copy_of is not None:
                        repeats.append({"question": q.id, "rank": rank, "doc": name, "copy_of": copy_of})
                    seen.append((name, sh))
        finally:
            lib.close()
    hybrid = rep["hybrid"]
    return {
        "questions": len(qs),
        "recall@5": round(hybrid["recall@5"], 4),
        "mrr@10": round(hybrid["mrr@10"], 4),
        "ranks": {qid: q.get("hybrid") for qid, q in rep["queries"].items()},
        "near_copy_repeats": len(repeats),
        "crowded_questions": len({r["question"] for r in repeats}),
        "repeats": repeats,
        "failed_files": failed,
    }
