"""How one search's candidate lists become scores and judgements: the dense list corrected for
passages near everything (``hub_corrected``), reciprocal rank fusion of the retrievers' ranked
lists (``fuse``), each passage's best dense cosine (``best_similarity``), and what is judged
from them: a weak match (``weak_match``), the relevance cut of a result set
(``relevant``) and whether a retriever's list was full (``capped``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from councilsearch.embedding.pooling import one_blas_thread
from councilsearch.models import Hit

RRF_K = 10  # a small k trusts each retriever's top ranks (measured on the dev set: 60 is worse)
Ranked = list[tuple[int, float]]  # (passage or sentence id, the retriever's score), best first

# A weak match (``weak_match``), measured with bench/weak_match.py on both dev question sets
# (bundled corpus and tests/data/layout) against 15 off-topic questions: the best cosine of a
# dev question's hits was never below 0.467 and 0.322; an off-topic question's never above
# 0.324 and 0.280, and keyword search found words of half of those in some passage.
WEAK_SIMILARITY = 0.40  # weak when no hit holds the query's words and none is this close
VERY_WEAK_SIMILARITY = 0.30  # weak whatever the keywords matched


# A passage that covers several subjects (a report's overview, a front sheet with its summary, a
# window across two chapters) is near in meaning to many questions, and outranks the one-subject
# passage that answers. Such a passage is a hub: near many of the other candidates too. Each dense
# candidate's cosine is lowered by HUB_WEIGHT times its mean cosine to its HUB_NEIGHBOURS nearest
# fellow candidates (the cross-domain similarity local scaling of Conneau et al. 2018, with the
# query's candidates as the neighbourhood). Measured on the 592 dev retrieval questions (bundled,
# second corpus, heldout3-7): answer passage first 456 -> 466, in the top five 571 -> 572, number
# questions' top-hit figure 328 -> 329; weight 0.3: 464, 0.7: 461, 1.0: 464; 5 or 20 neighbours:
# 463; the same correction of the sentence list: 454.
HUB_WEIGHT = 0.5
HUB_NEIGHBOURS = 10
HUB_POOL = 100  # the candidates re-ordered, and the neighbourhood: a search's whole dense list (``CANDIDATES``)


def hub_corrected(ranked: Ranked, ids: np.ndarray, vectors: np.ndarray) -> Ranked:
    """``ranked`` (dense candidates, best first) with its first ``HUB_POOL`` re-ordered by each
    one's cosine less ``HUB_WEIGHT`` times its mean cosine to its ``HUB_NEIGHBOURS`` nearest
    fellows among them, whose vectors are ``vectors`` (rows in the order of ``ids``; a
    candidate without one is not lowered); the rest follow as they were. Each keeps its own
    cosine as its score: the fusion reads ranks only, and what is judged from a cosine
    (``weak_match``, ``relevant``) stays measured on cosines."""
    head, tail = ranked[:HUB_POOL], ranked[HUB_POOL:]
    at = {int(i): n for n, i in enumerate(ids)}
    rows = [at[pid] for pid, _ in head if pid in at]
    if len(rows) < 3:
        return ranked
    unit = vectors[rows] / np.maximum(np.linalg.norm(vectors[rows], axis=1, keepdims=True), 1e-12)
    with one_blas_thread():  # a small product: BLAS's threads would cost more than it (0.3 ms on one)
        sims = unit @ unit.T
    np.fill_diagonal(sims, -np.inf)
    k = min(HUB_NEIGHBOURS, len(rows) - 1)
    hubness = dict(zip((int(ids[r]) for r in rows), np.sort(sims, axis=1)[:, -k:].mean(axis=1).tolist(), strict=True))

    def corrected(pair: tuple[int, float]) -> float:
        return pair[1] - HUB_WEIGHT * hubness.get(pair[0], 0.0)

    return sorted(head, key=lambda pair: -corrected(pair)) + tail


def best_similarity(lists: dict[str, Ranked]) -> dict[int, float]:
    """Passage id -> the best cosine the dense retrievers gave it (its own or its best
    sentence's)."""
    best: dict[int, float] = {}
    for name, ranked in lists.items():
        if name.startswith("dense"):
            for pid, sc in ranked:
                if sc > best.get(pid, -1.0):
                    best[pid] = sc
    return best


def weak_match(hits: Sequence[Hit]) -> bool:
    """Whether the best of ``hits`` is a weak match: no hit holds the query's words (keyword
    search found none of them) and none is as close in meaning as a relevant passage is
    (``WEAK_SIMILARITY``), or none is even remotely close (``VERY_WEAK_SIMILARITY``). Both were
    measured on the dev questions. The hits are still shown, labelled as weak."""
    if not hits:
        return False
    sims = [h.similarity for h in hits if h.similarity is not None]
    if not sims:
        return False  # keyword search alone: no measure of meaning to judge by
    best = max(sims)
    keyword = any("bm25" in h.retrievers for h in hits)
    return best < VERY_WEAK_SIMILARITY or (not keyword and best < WEAK_SIMILARITY)


def relevant(found_by: Sequence[str], similarity: float | None) -> bool:
    """The relevance cut of a result set (``facets``): a passage holds the query's words
    (keyword search found it) or is as close in meaning as a relevant passage is
    (``WEAK_SIMILARITY``). A property of the passage alone, so narrowing a set by a filter
    keeps exactly its passages that pass the filter."""
    return "bm25" in found_by or (similarity is not None and similarity >= WEAK_SIMILARITY)


def capped(lists: dict[str, Ranked], depth: int) -> bool:
    """Whether a retriever's list of ``depth`` candidates was full of passing ones: the
    result set may hold more than it found."""
    return any(
        len(ranked) >= depth and (name == "bm25" or min(sc for _, sc in ranked) >= WEAK_SIMILARITY)
        for name, ranked in lists.items()
    )


def fuse(lists: dict[str, Ranked], keyword_weight: float = 1.0) -> tuple[dict[int, float], dict[int, list[str]]]:
    """Reciprocal rank fusion: each list adds 1 / (RRF_K + rank) to a passage's score, the
    keyword list ``keyword_weight`` times that. Also which retrievers found each passage (both
    dense lists count as ``dense``)."""
    scores: dict[int, float] = {}
    found_by: dict[int, list[str]] = {}
    for name, candidates in lists.items():
        retriever = "dense" if name.startswith("dense") else name
        w = keyword_weight if retriever == "bm25" else 1.0
        for rank, (pid, _score) in enumerate(candidates):
            scores[pid] = scores.get(pid, 0.0) + w / (RRF_K + rank + 1)
            if retriever not in found_by.setdefault(pid, []):
                found_by[pid].append(retriever)
    return scores, found_by
