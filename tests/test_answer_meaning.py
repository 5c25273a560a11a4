"""Number questions weighed by meaning (``index.answer_meaning``): of candidates whose figures fit a
question's words alike, the one whose figure's words, and whose passage as a whole, mean what the
question asks moves up. Invented
passages and questions, the real figure extractor and the real embedder."""

from __future__ import annotations

from dataclasses import replace

import pytest

from councilsearch.embedding.int8 import Int8Embedder
from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import number_question
from councilsearch.index.answer_meaning import figure_vectors, figure_window, weigh_meaning
from councilsearch.index.answer_rank import weigh_answers
from councilsearch.index.fusion import RRF_K
from councilsearch.index.search import _Pool
from tests.answering import one_passage

FIRST = 1 / (RRF_K + 1)


@pytest.fixture(scope="module")
def embedder() -> Int8Embedder:
    return Int8Embedder(threads=1)


def _pool(texts: list[str], scores: list[float]) -> _Pool:
    passages = {i + 1: replace(one_passage(t), id=i + 1, ordinal=i) for i, t in enumerate(texts)}
    pool = _Pool({pid: s for pid, s in zip(passages, scores, strict=True)}, {}, list(passages), passages, {})
    pool.figures = {pid: extract_figures(p.text) for pid, p in passages.items()}
    return pool


# the question shares one word ("library") with each passage: its words fit both figures alike
PASSAGES = [
    "The Orlwick library bus called at 42 villages on its spring round of the district.",
    "Over the year the Orlwick library lent out 48,000 books to its readers.",
    "The Orlwick library car park has 35 spaces for cars.",
]
QUESTION = "how many volumes did people borrow from the Orlwick library"


def test_of_figures_fitting_alike_the_one_meaning_what_is_asked_ranks_first(embedder: Int8Embedder) -> None:
    nq = number_question(QUESTION)
    assert nq is not None
    pool = _pool(PASSAGES, [0.30, 0.29, 0.28])
    fits = weigh_answers(pool, nq, FIRST)
    assert sorted(fits) == [1, 2, 3] and max(fits.values()) - min(fits.values()) < 1e-9  # the words fit all alike
    assert pool.ranked()[0] == 1  # word overlap alone: the bus's villages stay first
    weigh_meaning(pool, fits, QUESTION, embedder, FIRST)
    top = pool.ranked()[0]
    answer = pool.answers[top]
    assert answer is not None and answer.surface == "48,000"


def test_a_figures_window_stays_in_its_sentence_and_its_vector_is_kept(embedder: Int8Embedder) -> None:
    text = "Sampleton opened two parks. " + PASSAGES[1] + " The café made a loss of £3,000."
    p = one_passage(text)
    fig = next(f for f in extract_figures(text) if f.surface == "48,000")
    read, (a, b) = figure_window(p, fig)
    assert "48,000" in read[a:b] and "parks" not in read[a:b] and "café" not in read[a:b]
    first = figure_vectors(embedder, [(p, fig)])
    again = figure_vectors(embedder, [(p, fig)])
    assert first.shape == (1, embedder.dimension)
    assert (first == again).all()


def test_a_figure_the_words_fit_clearly_better_is_not_moved_by_meaning(embedder: Int8Embedder) -> None:
    nq = number_question(QUESTION)
    assert nq is not None
    pool = _pool(PASSAGES, [0.30, 0.29, 0.28])
    pool.similarity = {1: 0.5, 2: 0.9, 3: 0.9}
    fits = weigh_answers(pool, nq, FIRST)
    fits[1] += 0.1  # as if the bus's figure held more of the question's words
    before = dict(pool.scores)
    weigh_meaning(pool, fits, QUESTION, embedder, FIRST)
    assert pool.scores[1] == before[1] and pool.ranked()[0] == 1


def test_of_figures_fitting_alike_the_one_in_a_passage_nearer_as_a_whole_gains(embedder: Int8Embedder) -> None:
    # the same three candidates, their figures' windows as they are, and the passages' own nearness to
    # the question (the dense lists' cosines) told two ways: when the bus's passage is much the nearer
    # as a whole (a passage about lending, say, whose one sentence names the bus), it stays first
    nq = number_question(QUESTION)
    assert nq is not None
    tops = []
    for near in ({1: 0.5, 2: 0.5, 3: 0.5}, {1: 0.9, 2: 0.5, 3: 0.5}):
        pool = _pool(PASSAGES, [0.30, 0.29, 0.28])
        pool.similarity = near
        fits = weigh_answers(pool, nq, FIRST)
        weigh_meaning(pool, fits, QUESTION, embedder, FIRST)
        tops.append(pool.ranked()[0])
    assert tops == [2, 1]


def test_a_passage_no_dense_list_found_counts_as_the_farthest(embedder: Int8Embedder) -> None:
    nq = number_question(QUESTION)
    assert nq is not None
    pool = _pool(PASSAGES, [0.30, 0.29, 0.28])
    pool.similarity = {1: 0.9, 3: 0.5}  # the lending passage found by its words alone
    fits = weigh_answers(pool, nq, FIRST)
    weigh_meaning(pool, fits, QUESTION, embedder, FIRST)
    assert pool.ranked()[0] == 1
