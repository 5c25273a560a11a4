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
# -> 0.808, the bundled dev set's retrieval unchanged). Later measured again over all 552 dev number
# questions (29 sets), each corpus in its own store and all 47 dev documents in one store (1,523
# passages, as a council's whole library puts many papers on one subject side by side): top-hit figure
# right, own stores / one store, GAIN 3: 370 / 301, 6: 373 / 319, 8: 376 / 323, 10: 376 / 325, 12:
# 374 / 323; the retrieval sets' R@1 121-122 / 86-89 throughout. The more papers, the closer the
# retrievers' first places are, and the more the figure's fit has to say.
FIGURE_BASE = 0.3
FIGURE_GAIN = 8.0
# a number question demotes passages holding no figure of the asked-for kind (dev set: MRR
# 0.729 -> 0.741, figure accuracy 0.75 -> 0.83; 0.7-0.9 all do as well)
NO_FIGURE_FACTOR = 0.8
# Other ways of combining retrieval and fit, measured on the 162 tuning number questions (bundled dev and
# holdouts 1-2, second corpus dev and held-out, heldout3; this rule 134-135 right): GAIN 2-8 131-136;
# demoting a hit whose fit is clearly below the pool's (or the top ten's) best 129-137; a fit that counts
# more when the top retrieval scores are close 132-135; fit as a third ranked list fused by RRF 117-134;
# multiplicative lift 130-134; naming no figure below a weak-fit threshold (0.52-0.6) 126-133; a discount
# for passages holding many figures 131-134. A plateau: most remaining misses are fits that do not
# separate the right figure (equal fits, or the right one fits less), not the way they are combined.
# A fitted model over the fit's parts, the words around a figure and the retrieval score (softmax over each
# question's candidates, bench/numfit_train.py): leaving one of 14 sets out, 232-240 of 342 against 242.


def weigh_answers(pool: _Pool, nq: NumberQuestion, first: float) -> dict[int, float]:
    """Each candidate's best answer to the number question lifts it; none demotes it. ``first``:
    the fused score one retriever's first place gives (``search.RRF_K``). Returns how well each
    candidate's answer fits (``answer.figure_fit``), by passage id."""
    fits: dict[int, float] = {}
    for pid in pool.ids:
        cand = pool.passages.get(pid)
        if cand is None:
            continue
        best, best_score = best_answer(cand, pool.figures.get(pid, []), nq, doc_date(pool.meta.get(cand.doc_id, {})))
        pool.answers[pid] = best
        if best is not None:
            fits[pid] = best_score
            pool.scores[pid] += (FIGURE_BASE + FIGURE_GAIN * (best_score - 0.5)) * first
        else:
            pool.scores[pid] *= NO_FIGURE_FACTOR
    return fits


def doc_date(meta: dict[str, object]) -> str | None:
    """A document's date from its metadata (None when it has none)."""
    d = meta.get("date")
    return d if isinstance(d, str) and d else None
