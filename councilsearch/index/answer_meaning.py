"""Number questions in the ranking, by meaning: of the best candidates, those whose figures the
question's words fit alike are weighed by how near in meaning the words around each figure are to the
question, as the embedding model reads them in their passage, and by how near its passage is as a
whole. Word overlap (``answer.figure_fit``) misses a question that says the same thing in other words
("how many volumes were borrowed" of "lent 48,000 books"), and its fits often tie across candidates; a
figure's words, embedded with the text around them as context (one model pass over the figure's stretch
of passage, the window's token vectors pooled: ``SentencePooling.encode_with_sentences``), say what it
is about as the question does.

Used by ``search`` after ``answer_rank.weigh_answers``. Measured over the 692 dev number questions (28
sets; the top hit names the gold figure), each corpus in its own store and all dev documents in one
store (``bench/number_misses.py``, ``bench/one_store.py``): 465 -> 468 and 389 -> 394 (the later sets,
heldout7-10 and holdout7-10: +3 and +2; one question lost, one store); the bundled dev set's retrieval
unchanged, one store's R@1 491 -> 495 of 838. The search costs about a fifth more (p50 49 -> 56 ms, 692
questions, a busy 2-core machine). Replaying the searches' pools, what did not help:
choosing a passage's own figure by meaning (the figure nearest the question, or only among figures whose
word fits tie: 458-464 of 465, a passage's figures all share its subject); the figure's words embedded
alone, without their passage (458-467); the whole passage as context instead of 300 characters either
side (471 against 473 before the band, and three times the work); a table cell's window widened to its
row's label (no better).

What did not help either: weighing the top candidates whatever their word fits (own stores 472-474, but
one store's later sets 114 -> 109-112: a word fit that separates the figures, of the quarter asked or of
starts rather than of those in care, knows more than nearness in meaning, which reads the subject; again
on 40321d9 with the passage's nearness added, 762 questions: own stores 515 -> 524, one store 428 -> 429,
its sets numbered 8-11 130 -> 126); the passage's own dense similarity alone as the lift (465-468).

Of candidates whose words fit alike, the figure's nearness and its passage's together (``PASSAGE_SHARE``):
a figure's window is a sentence or a table row, and the passage around it says which report and
subject it belongs to. Measured on 40321d9's stores over the 762 dev number questions: own stores 515 ->
517 (bundled holdout9 and holdout10 one more each, no set losing), one store 428 -> 431 (four sets one
more, the second corpus's heldout set one fewer; R@1 537 -> 541 of 920, R@5 780 alike); the bundled dev
set's retrieval unchanged (R@1/R@5/MRR 0.675/0.925/0.776), the second corpus's questions R@1 0.846 ->
0.865, MRR 0.913 -> 0.923. No more model work: the passages' cosines are the dense lists' own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from councilsearch.embedding.gate import QueryCache
from councilsearch.index.answer_rank import FIGURE_GAIN
from councilsearch.ingest.sentences import line_sentences
from councilsearch.models import Figure, Passage

if TYPE_CHECKING:
    from councilsearch.index.search import _Pool

MEANING_TOP = 3  # the best-scored candidates naming a figure that are weighed by meaning
# ...those whose score is within reach of the first's: the cosines of the top candidates' figures to a
# question differ by less than REACH in 95 of 100 dev questions, so one further behind than REACH's
# worth of lift stays behind (the same figures named as weighing all three, at a third of the model's work)
REACH = 0.5
MEANING_GAIN = 0.3  # of ``answer_rank.FIGURE_GAIN``, per unit of cosine above the candidates' mean
# ...and only those whose figures fit the question's words alike: a word fit that separates them (a
# figure of the quarter or the year asked, a count of starts rather than of those in care) says more
# than their nearness in meaning, which reads the subject, not such detail
TIE_BAND = 0.03
# ...each also by how much nearer in meaning its passage is as a whole (its best dense cosine, passage or
# sentence: ``search._Pool.similarity``), at this share of its figure's. Chosen leaving sets out on the
# replayed pools of the 762 dev number questions (own stores and one store): on the sets numbered 8-11
# 0.8-1.2 gain most (+3), which gain +2 on those numbered 3-7; on 3-7, 0.4-1.2 gain alike (+2), 0.8 +3 on 8-11
PASSAGE_SHARE = 0.8
WINDOW = 50  # characters either side of the figure, within its sentence
CONTEXT = 300  # characters of its passage either side of the window the model reads it with
CACHE_SIZE = 4096  # figure vectors kept, by (model, text read, span)

_CACHE = QueryCache(CACHE_SIZE)


def figure_window(p: Passage, fig: Figure) -> tuple[str, tuple[int, int]]:
    """(the text the model reads, the span in it of ``fig`` and the ``WINDOW`` characters either side
    of it that its sentence holds): the passage's ``CONTEXT`` characters either side of that span."""
    start = max(0, min(len(p.text), fig.span[0] - p.span[0]))
    end = max(start, min(len(p.text), fig.span[1] - p.span[0]))
    ss, se = next(((a, b) for a, b in line_sentences(p.text) if a <= start < b), (0, len(p.text)))
    ws, we = max(ss, start - WINDOW), min(se, end + WINDOW)
    cut = max(0, ws - CONTEXT)
    return p.text[cut:min(len(p.text), we + CONTEXT)], (ws - cut, we - cut)


def figure_vectors(embedder: Any, named: Sequence[tuple[Passage, Figure]]) -> np.ndarray:
    """One unit vector per (passage, figure): the figure's window (``figure_window``) pooled from
    the model's pass over its whole passage; batched, and kept for the passages asked of again."""
    name = str(getattr(embedder, "name", type(embedder).__name__))
    keys = [(name, *figure_window(p, f)) for p, f in named]
    got = {k: v for k in keys if (v := _CACHE.get(k)) is not None}
    todo: dict[str, set[tuple[int, int]]] = {}
    for _, text, span in keys:
        if (name, text, span) not in got:
            todo.setdefault(text, set()).add(span)
    if todo:
        texts = list(todo)
        spans = [sorted(todo[t]) for t in texts]
        _, vecs = embedder.encode_with_sentences(texts, spans)
        rows = iter(vecs)
        for text, sp in zip(texts, spans, strict=True):
            for span in sp:
                got[(name, text, span)] = _CACHE.put((name, text, span), next(rows))
    out = np.empty((len(keys), int(embedder.dimension)), dtype=np.float32)
    for i, k in enumerate(keys):
        out[i] = got[k]
    return out


def weigh_meaning(pool: _Pool, fits: dict[int, float], query: str, embedder: Any, first: float) -> None:
    """Of the ``MEANING_TOP`` best candidates naming a figure (``pool.answers``), those whose figures fit
    the question's words alike (``fits``: within ``TIE_BAND`` of the best of them) and within reach of
    the first each move by how much nearer in meaning its figure's words are to ``query`` than the
    others' on average, and its passage as a whole (``PASSAGE_SHARE``; a passage no dense list found
    counts as the farthest of them). ``first``: the fused score one retriever's first place gives
    (``search.RRF_K``), as in ``answer_rank.weigh_answers``."""
    named = [pid for pid in sorted(pool.ids, key=lambda i: -pool.scores.get(i, 0.0))
             if pid in pool.passages and pid in fits and pool.answers.get(pid) is not None][:MEANING_TOP]
    if len(named) < 2:
        return
    gain = MEANING_GAIN * FIGURE_GAIN * first
    best_fit = max(fits[pid] for pid in named)
    named = [pid for pid in named
             if pool.scores[pid] >= pool.scores[named[0]] - REACH * gain and fits[pid] >= best_fit - TIE_BAND]
    pairs = [(pool.passages[pid], fig) for pid in named if (fig := pool.answers.get(pid)) is not None]
    if len(pairs) < 2:
        return
    sims = figure_vectors(embedder, pairs) @ embedder.encode_query(query)
    known = [s for pid in named if (s := pool.similarity.get(pid)) is not None]
    near = [pool.similarity.get(pid, min(known, default=0.0)) for pid in named]
    mean, mean_near = float(sims.mean()), sum(near) / len(near)
    for pid, s, n in zip(named, sims, near, strict=True):
        pool.scores[pid] += gain * (float(s) - mean + PASSAGE_SHARE * (n - mean_near))
