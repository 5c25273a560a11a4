"""Number questions in the ranking: each candidate passage's best answer (``answer.best_answer``)
moves it up by how well it fits; a passage holding no figure that fits moves down. Used by
``search`` on the pool of fused candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from councilsearch.index.answer import NumberQuestion, best_answer

if TYPE_CHECKING:
    from councilsearch.index.search import _Pool

# a passage holding a figure that fits a number question moves up a few ranks (BASE), and the
# better its figure fits (answer.figure_fit: 0.5 barely, 1.0 fully) the further (GAIN). Measured
# over the dev number questions of both corpora (bundled 12, held-out 40, second corpus 30): a
# flat 0.6 x fit named 61/82 right; GAIN 1.5: 65, 2.5: 66, 3-4: 66 (the second corpus's R@1 0.769
# -> 0.808, the bundled dev set's retrieval unchanged)
FIGURE_BASE = 0.3
FIGURE_GAIN = 3.0
# a number question demotes passages holding no figure of the asked-for kind (dev set: MRR
# 0.729 -> 0.741, figure accuracy 0.75 -> 0.83; 0.7-0.9 all do as well)
NO_FIGURE_FACTOR = 0.8


def weigh_answers(pool: _Pool, nq: NumberQuestion, first: float) -> None:
    """Each candidate's best answer to the number question lifts it; none demotes it. ``first``:
    the fused score one retriever's first place gives (``search.RRF_K``)."""
    for pid in pool.ids:
        cand = pool.passages.get(pid)
        if cand is None:
            continue
        best, best_score = best_answer(cand, pool.figures.get(pid, []), nq, _date(pool.meta.get(cand.doc_id, {})))
        pool.answers[pid] = best
        if best is not None:
            pool.scores[pid] += (FIGURE_BASE + FIGURE_GAIN * (best_score - 0.5)) * first
        else:
            pool.scores[pid] *= NO_FIGURE_FACTOR


def _date(meta: dict[str, object]) -> str | None:
    d = meta.get("date")
    return d if isinstance(d, str) and d else None
