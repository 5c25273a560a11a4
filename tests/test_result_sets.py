"""A search's result set is kept between pages (#15 follow-up): paging, sorting again and
exporting the same search do not rank it again, give exactly what ranking again gives, and
never serve a set from before a write (an ingest or a delete)."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.index.facets import ResultSets
from councilsearch.index.library import Library
from councilsearch.models import Filters

# An invented library: two councils' papers on roads and reserves over two years.
DOCS = {
    "fenwick-budget-2024.txt": """Fenwick District Council budget report 2024/25

1. Reserves

1.1 The general reserve stands at £4.2m, and pothole repairs are funded from it this year.

1.2 Members asked how the road maintenance backlog would be cleared.

2. Road maintenance

2.1 Pothole repairs cost £1.1m in 2023/24, against a budget of £0.9m.
""",
    "fenwick-budget-2025.txt": """Fenwick District Council budget report 2025/26

1. Reserves

1.1 The general reserve stands at £3.8m; pothole repairs are now funded from the highways budget.

1.2 The road maintenance backlog fell by a fifth during the year.
""",
    "marlow-minutes-2025.txt": """Marlow Vale Council minutes of the Cabinet meeting

1. Pothole repairs

Members noted that pothole repairs had been completed on 412 roads, and asked for a report on
the road maintenance backlog in the autumn.
""",
}
LATE = """Fenwick District Council highways update

1. Pothole repairs

1.1 A further 96 pothole repairs were made on rural lanes after the winter floods.
"""
QUERIES = ("pothole repairs", "how much is the general reserve?", "road maintenance backlog", "reserve")


def _library(root: Path, names: list[str]) -> Library:
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name in names:
        (docs / name).write_text(DOCS[name])
    lib = Library(load_settings(root / "data"))
    assert all(r.ok for r in lib.ingest_paths([docs], workers=0))
    return lib


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory):
    lib = _library(tmp_path_factory.mktemp("result-sets"), list(DOCS))
    yield lib
    lib.close()


def test_kept_sets_give_exactly_what_ranking_again_gives(lib: Library):
    kept, plain = lib.searcher(), lib.searcher()
    plain.result_sets = ResultSets(0)  # ranks every call again, as before sets were kept
    for q in QUERIES:
        for f in (Filters(), Filters(doc_type="report"), Filters(section_kind="paragraph")):
            for sort in ("relevance", "date"):
                for offset, limit in ((0, 10), (0, 2), (2, 2), (4, 3), (0, 100)):
                    want = plain.results(q, f, sort=sort, offset=offset, limit=limit)
                    assert kept.results(q, f, sort=sort, offset=offset, limit=limit) == want, (q, f, sort, offset)
                    assert kept.results(q, f, sort=sort, offset=offset, limit=limit) == want  # from the kept set


def test_pages_sorts_and_exports_of_one_search_rank_it_once(lib: Library, monkeypatch: pytest.MonkeyPatch):
    s = lib.searcher()
    calls: list[str] = []
    ranked = s._candidates
    monkeypatch.setattr(s, "_candidates", lambda q, *a, **kw: calls.append(q) or ranked(q, *a, **kw))
    s.results("pothole repairs", limit=2)
    s.results("pothole repairs", offset=2, limit=2)
    s.results("pothole repairs", sort="date", limit=2)
    s.results("pothole repairs", limit=100)
    assert calls == ["pothole repairs"]
    s.results("pothole repairs", Filters(doc_type="minutes"), limit=2)  # other filters: another set
    s.results("pothole repairs", limit=2, mode="bm25")  # another mode: another set
    assert len(calls) == 3


def test_a_kept_set_is_never_served_after_a_write(tmp_path: Path):
    lib = _library(tmp_path, ["fenwick-budget-2024.txt", "marlow-minutes-2025.txt"])
    try:
        s = lib.searcher()
        before = s.results("pothole repairs", limit=50)
        assert before.total > 0
        late = tmp_path / "fenwick-highways-2026.txt"
        late.write_text(LATE)
        assert lib.ingest_file(late).ok
        after = s.results("pothole repairs", limit=50)
        new = [h for h in after.hits if "96 pothole repairs" in h.passage.text]
        assert new and after.total > before.total
        assert lib.delete(new[0].passage.doc_id) > 0
        gone = s.results("pothole repairs", limit=50)
        assert not [h for h in gone.hits if "96 pothole repairs" in h.passage.text]
        assert gone == before
    finally:
        lib.close()


def test_the_kept_sets_are_bounded():
    sets = ResultSets(2)
    state = sets.state(1, [])
    for key in ("a", "b", "c"):
        sets.put(key, state, key.upper())
    assert sets.get("a", state) is None and sets.get("b", state) == "B" and sets.get("c", state) == "C"
    assert sets.get("b", sets.state(2, [])) is None  # the store moved: nothing kept is served
    assert sets.get("c", state) is None


def test_a_kept_page_read_after_a_write_is_ranked_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A write between taking a kept set and reading its page's passages (another thread's,
    between two statements) is caught by the page: it ranks the set afresh."""
    lib = _library(tmp_path, ["fenwick-budget-2024.txt"])
    try:
        s = lib.searcher()
        state = s._state()
        before = s.results("pothole repairs", limit=50)
        late = tmp_path / "fenwick-highways-2026.txt"
        late.write_text(LATE)
        assert lib.ingest_file(late).ok
        monkeypatch.setattr(s, "_state", lambda: state)  # the kept set is taken as if nothing had moved
        after = s.results("pothole repairs", limit=50)
        assert after.total > before.total and any("96 pothole repairs" in h.passage.text for h in after.hits)
    finally:
        lib.close()
