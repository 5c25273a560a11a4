"""How much the keyword list counts in the fusion (``fusion.fuse``, ``search._keyword_weight``):
for a number question, as much as the dense retriever's two lists (passage and best sentence)
together; for any other query, as much as one list. Invented questions and passage ids."""

from __future__ import annotations

import pytest

from councilsearch.index.answer import number_question
from councilsearch.index.fusion import RRF_K, Ranked, fuse
from councilsearch.index.search import _keyword_weight

SPECIFIC, OVERVIEW, OTHER = 1, 2, 3


def _lists() -> dict[str, Ranked]:
    """The keyword list puts the passage that names the thing measured first; both dense lists put
    an overview of the whole report (which touches every subject) first and it second or third."""
    return {
        "bm25": [(SPECIFIC, 9.1), (OTHER, 6.0), (OVERVIEW, 5.2)],
        "dense": [(OVERVIEW, 0.61), (SPECIFIC, 0.55), (OTHER, 0.41)],
        "dense_sentence": [(OVERVIEW, 0.66), (OTHER, 0.58), (SPECIFIC, 0.57)],
    }


def test_the_keyword_list_counts_as_much_as_its_weight() -> None:
    lists = _lists()
    once, found_by = fuse(lists)
    twice, _ = fuse(lists, keyword_weight=2.0)
    assert once[SPECIFIC] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2) + 1 / (RRF_K + 3))
    assert twice[SPECIFIC] - once[SPECIFIC] == pytest.approx(1 / (RRF_K + 1))
    assert twice[OVERVIEW] - once[OVERVIEW] == pytest.approx(1 / (RRF_K + 3))
    assert found_by[SPECIFIC] == ["bm25", "dense"]  # both dense lists are one retriever


def test_a_number_question_weighs_keywords_as_much_as_the_two_dense_lists() -> None:
    lists = _lists()
    nq = number_question("how much did replacing the Orlwick pool boilers cost")
    assert nq is not None
    assert _keyword_weight(nq, lists) == 2.0
    scores, _ = fuse(lists, _keyword_weight(nq, lists))
    assert max(scores, key=lambda p: scores[p]) == SPECIFIC
    # a question that asks for no number ranks as before: the overview first
    assert number_question("why were the Orlwick pool boilers replaced") is None
    assert _keyword_weight(None, lists) == 1.0
    plain, _ = fuse(lists, _keyword_weight(None, lists))
    assert max(plain, key=lambda p: plain[p]) == OVERVIEW


def test_without_dense_lists_the_keyword_list_is_one_list() -> None:
    nq = number_question("how many visits did the Wyvern pools have")
    assert nq is not None
    assert _keyword_weight(nq, {"bm25": [(SPECIFIC, 3.0)]}) == 1.0
    assert _keyword_weight(nq, {"bm25": [], "dense": [(SPECIFIC, 0.5)]}) == 1.0
