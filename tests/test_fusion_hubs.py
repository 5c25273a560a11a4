"""A passage near everything (``fusion.hub_corrected``): a report's overview names every subject,
so it is near in meaning to a question about any of them, and outranks the one-subject passage
that answers. The dense list is re-ordered by each candidate's cosine less half its mean cosine
to its nearest fellow candidates. Invented passages and questions, the real embedder."""

from __future__ import annotations

import numpy as np
import pytest

from councilsearch.index.fusion import HUB_NEIGHBOURS, HUB_POOL, hub_corrected

OVERVIEW = 1
PASSAGES = {
    OVERVIEW: "Summary. This report sets out Wyvern's plans for its leisure centres, libraries, parks, parking "
    "charges, waste collection and street lighting over the next three years, and asks the cabinet to agree "
    "the savings in each service.",
    2: "The two leisure centres in Orlwick will close their swimming pools for six months while the old boilers "
    "and filters are replaced, and members of the gym will be offered places at Sampleton.",
    3: "Three branch libraries will open on Saturday mornings only, with a volunteer rota to keep the mobile "
    "library running in the villages.",
    4: "Parking charges in the town centre car parks will rise from April, and the first hour will no longer "
    "be free.",
    5: "Garden waste will be collected every fortnight in summer and once a month in winter, for a yearly charge.",
    6: "The street lights on residential roads will be dimmed after midnight and switched to LED lanterns.",
    7: "Two parks will have their play areas rebuilt with money from housing developers.",
}


@pytest.fixture(scope="module")
def vectors() -> tuple[np.ndarray, np.ndarray]:
    from councilsearch.index.embed import get_embedder

    return np.array(list(PASSAGES)), get_embedder().encode(list(PASSAGES.values()))


def _ranked(question: str, ids: np.ndarray, vecs: np.ndarray) -> list[tuple[int, float]]:
    from councilsearch.index.embed import get_embedder

    qv = get_embedder().encode_query(question)
    return sorted(((int(i), float(v @ qv)) for i, v in zip(ids, vecs, strict=True)), key=lambda x: -x[1])


def test_the_passage_that_answers_outranks_the_overview_near_every_subject(vectors) -> None:  # type: ignore[no-untyped-def]
    ids, vecs = vectors
    ranked = _ranked("what savings are planned for the libraries", ids, vecs)
    assert ranked[0][0] == OVERVIEW  # by cosine alone the overview wins: it says "savings" and "libraries"
    corrected = hub_corrected(ranked, ids, vecs)
    assert [pid for pid, _ in corrected[:2]] == [3, OVERVIEW]
    assert dict(corrected) == dict(ranked)  # each keeps its own cosine: only the order moves


@pytest.mark.parametrize(("question", "answer"), [
    ("why will people not be able to swim in Orlwick for half a year", 2),
    ("will the lamps in the streets be turned down at night", 6),
    ("what is happening to bin collections for garden rubbish", 5),
    ("how will the council save money on parking", 4),
])
def test_a_passage_first_by_cosine_and_about_the_question_stays_first(vectors, question, answer) -> None:  # type: ignore[no-untyped-def]
    ids, vecs = vectors
    ranked = _ranked(question, ids, vecs)
    assert ranked[0][0] == answer
    assert hub_corrected(ranked, ids, vecs)[0][0] == answer


def test_hubness_is_the_mean_cosine_to_the_nearest_fellow_candidates() -> None:
    # invented unit vectors: 10 is near both 11 and 12 (a hub); 11 and 12 are apart
    ids = np.array([10, 11, 12, 13])
    vecs = np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    ranked = [(10, 0.60), (11, 0.55), (12, 0.20), (13, 0.10)]
    assert HUB_NEIGHBOURS >= 3
    # hubness (mean of the 3 nearest): 10 -> (0.707 + 0.707 + 0) / 3 = 0.471; 11 and 12 -> 0.236; 13 -> 0
    # corrected: 10 -> 0.60 - 0.236 = 0.364, 11 -> 0.55 - 0.118 = 0.432, 12 -> 0.082, 13 -> 0.10
    assert [pid for pid, _ in hub_corrected(ranked, ids, vecs)] == [11, 10, 13, 12]
    # a candidate with no stored vector is not lowered; fewer than three candidates: as given
    assert hub_corrected(ranked, ids[:3], vecs[:3])[0][0] == 11
    assert hub_corrected(ranked[:2], ids, vecs) == ranked[:2]
    assert hub_corrected(ranked, np.zeros(0, dtype=np.int64), np.zeros((0, 0))) == ranked


def test_only_the_first_candidates_are_reordered_among_themselves() -> None:
    # HUB_POOL candidates that are all one vector (equal hubness, order kept), then a tail in its own order
    n = HUB_POOL + 3
    ids = np.arange(n)
    vecs = np.tile(np.array([[1.0, 0.0]]), (n, 1))
    ranked = [(int(i), 1.0 - i / n) for i in ids[:HUB_POOL]] + [(HUB_POOL + 2, 0.01), (HUB_POOL, 0.02), (HUB_POOL + 1, 0.5)]
    assert hub_corrected(ranked, ids, vecs) == ranked
