"""The vector store publishes a generation (what kept result sets are keyed by), and two
processes holding the same vectors rank alike whatever order their indexes were filled in
(``serve --workers N``: page 2 of a search may be ranked again by another worker)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from councilsearch.config import load_settings
from councilsearch.index.library import Library
from councilsearch.index.search import Searcher
from councilsearch.index.vectors.faiss_store import FaissVectorStore
from councilsearch.models import Filters

# invented papers: one report filed twice (its passages the same text in the same context, so
# the same vectors), and another council's minutes
REPORT = """Orlwick Borough Council highways and reserves report

1. Pothole repairs

1.1 Pothole repairs on rural lanes cost £1.3m this year against a budget of £1.0m. The overspend
came from the number of lanes damaged in the cold spell, the price of asphalt, and the contractor's
night-time rates, which the council agreed in order to keep the main routes open during the day.

1.2 The road maintenance backlog stands at 640 roads. Members asked officers to bring a plan to
clear it within three years, setting out which roads come first, what each year would cost, and
how the work would be shared between the council's own crews and the term contractor.

2. Reserves

2.1 The general reserve stands at £5.1m. Repairs after the winter floods were funded from it,
and the section 151 officer advised that it should not fall below £4.5m, which is the level the
council's risk assessment of its budget sets as prudent for an authority of its size.

2.2 Members agreed the report. Officers will report on the reserve and on the repairs programme to the next meeting
of the Cabinet, with the figures for the first quarter of the year and a forecast for the rest.
"""
MINUTES = """Sampleton Town Council minutes of the Cabinet meeting

1. Road maintenance

Members noted that pothole repairs had been completed on 212 roads and that the backlog of road
maintenance would be reported in the spring. The general reserve was not drawn on this year, and
the winter floods caused no damage to the town's roads that the council had to repair.
"""
QUERIES = ("pothole repairs", "road maintenance backlog", "general reserve", "winter floods")


def test_a_write_moves_the_generation_and_a_search_does_not() -> None:
    rng = np.random.default_rng(0)
    vs = FaissVectorStore(8)
    seen = [vs.generation]
    vs.add(np.arange(10), rng.normal(size=(10, 8)))
    seen.append(vs.generation)
    vs.search(rng.normal(size=8), 3)
    assert vs.generation == seen[-1]  # reading publishes nothing
    vs.remove([3])
    seen.append(vs.generation)
    vs.remove([3])  # nothing removed: nothing published
    assert vs.generation == seen[-1]
    vs.rebuild()
    seen.append(vs.generation)
    other = FaissVectorStore(8)
    assert len(set(seen)) == len(seen) and other.generation not in seen  # unique across stores


def test_a_saved_store_loads_under_a_new_generation(tmp_path: Path) -> None:
    vs = FaissVectorStore(8, model_name="m")
    vs.add(np.arange(4), np.eye(4, 8, dtype=np.float32))
    vs.save(tmp_path / "v")
    assert FaissVectorStore.load(tmp_path / "v").generation != vs.generation


def test_equal_scores_rank_by_id_whatever_order_the_vectors_came_in() -> None:
    rng = np.random.default_rng(1)
    vecs = rng.normal(size=(40, 16)).astype(np.float32)
    vecs[[5, 17, 30]] = vecs[2]  # one text stored four times
    ids = np.arange(40) * 7
    queries = vecs[[2, 0, 9]]
    got = []
    for order in (np.arange(40), np.arange(40)[::-1], rng.permutation(40)):
        vs = FaissVectorStore(16)
        for part in np.array_split(order, 3):  # filled in three writes, in this order
            vs.add(ids[part], vecs[part])
        got.append([vs.search(queries, 12), vs.search(queries, 6, allowed_ids=ids[::2])])
    for other in got[1:]:
        for (s0, l0), (s1, l1) in zip(got[0], other, strict=True):
            assert np.array_equal(l0, l1) and np.array_equal(s0, s1)
    assert list(got[0][0][1][0][:4]) == sorted(ids[[2, 5, 17, 30]])


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("generation")
    docs = root / "docs"
    docs.mkdir()
    for copy, end in (("cabinet", ""), ("council", "\n\n")):  # one report filed twice, saved again
        (docs / copy).mkdir()  # one file name, so one title: the copies' passages share their context
        (docs / copy / "orlwick-report.txt").write_text(REPORT + end)
    (docs / "sampleton-minutes.txt").write_text(MINUTES)
    lib = Library(load_settings(root / "data"), extract=False)
    assert all(r.ok for r in lib.ingest_paths([docs]))
    return lib


def _refilled(lib: Library, table: str) -> FaissVectorStore:
    """The same vectors as the library's index of ``table``, filled one at a time in reverse."""
    ids, vecs = lib.store.embeddings(None, table)
    vs = FaissVectorStore(vecs.shape[1])
    for i in range(len(ids) - 1, -1, -1):
        vs.add(ids[i : i + 1], vecs[i : i + 1])
    return vs


def test_two_searchers_on_one_store_give_the_same_page_two(lib: Library) -> None:
    """A second process (here a second Searcher) over the same store, whose indexes were filled
    in another order, ranks every search alike: the same whole order, the same page 2."""
    ours = lib.searcher()
    theirs = Searcher(lib.store, _refilled(lib, "passages"), lib.embedder,
                      sentence_vectors=_refilled(lib, "sentences"))
    ties = 0
    for q in QUERIES:
        for mode in ("hybrid", "dense"):
            a = [(h.passage.id, h.score) for h in ours.search(q, k=12, mode=mode, collapse=False)]
            b = [(h.passage.id, h.score) for h in theirs.search(q, k=12, mode=mode, collapse=False)]
            assert a == b, (q, mode)
            dense = ours.dense(q, 12, Filters())
            ties += len(dense) - len({s for _, s in dense})
            pa, pb = ours.results(q, offset=3, limit=3, mode=mode), theirs.results(q, offset=3, limit=3, mode=mode)
            assert [h.passage.id for h in pa.hits] == [h.passage.id for h in pb.hits] and pa.total == pb.total
    assert ties  # the report's two copies' passages tie in the dense ranking
