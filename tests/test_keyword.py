"""Keyword (FTS5 BM25) search at scale, on a real store of the corpus: which terms a query
ranks when together they would match too many passages to score quickly, that leaving terms
out changes no ranking where BM25 gives them no weight, and that filters and fresh writes
still reach the results."""

from __future__ import annotations

from pathlib import Path

import pytest

import councilsearch.index.store.fts as fts_mod
from councilsearch.config import load_settings
from councilsearch.index.library import Library
from councilsearch.index.store.fts import fts_terms, keyword_match
from councilsearch.models import Filters
from tests.conftest import CORPUS

FULL = "SELECT rowid, bm25(passages_fts, 1.0, 0.4, 0.2) AS s FROM passages_fts WHERE passages_fts MATCH ? ORDER BY s LIMIT ?"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """The corpus in a store without vectors: keyword search needs only SQLite."""
    data = tmp_path_factory.mktemp("keyword") / "data"
    lib = Library(load_settings(data), embed=False, extract=False)
    results = lib.ingest_paths([CORPUS])
    assert all(r.ok for r in results), [(r.path, r.error) for r in results if not r.ok]
    return lib


def full_ranking(lib: Library, query: str, k: int) -> list[tuple[int, float]]:
    """BM25 over every term of ``query``, nothing left out."""
    rows = lib.store.conn.execute(FULL, [" OR ".join(fts_terms(query)), k]).fetchall()
    return [(int(r[0]), -float(r[1])) for r in rows]


def texts(lib: Library, hits: list[tuple[int, float]]) -> list[str]:
    """What FTS5 indexes of each hit (text, section path, document context), in lower case."""
    sql = "SELECT text || ' ' || path || ' ' || context FROM passages WHERE id = ?"
    return [lib.store.conn.execute(sql, (pid,)).fetchone()[0].lower() for pid, _ in hits]


def test_match_counts_stop_at_the_cap(lib: Library) -> None:
    exact = lib.store.keyword_match_count('"council"')
    assert exact > 100
    assert lib.store.keyword_match_count('"council"', 50) == 50
    assert lib.store.keyword_match_count('"council"', exact + 10) == exact
    assert lib.store.keyword_match_count('"zqxjkv"', 50) == 0


def test_a_spelling_that_matches_nothing_does_not_crowd_out_the_words(lib: Library, monkeypatch) -> None:
    # "council" is also searched as the compound "co uncil", which matches nothing; over the
    # budget it was once kept as the "rarest" term alone, and the search found nothing
    assert '"co uncil"' in fts_terms("council")
    monkeypatch.setattr(fts_mod, "KEYWORD_BUDGET", 20)
    hits = lib.store.keyword_search("council", 5)
    assert len(hits) == 5 and all("council" in t for t in texts(lib, hits))


def test_words_in_half_the_passages_are_left_out_and_no_ranking_changes(lib: Library) -> None:
    """BM25's weight for a word in at least half the passages is nil (FTS5 floors its IDF at
    1e-6): such a word only adds passages to score (here every passage, through the document
    context), so it is left out and the passages the other words match rank exactly as before."""
    n = lib.store.passage_count()
    count = lib.store.keyword_match_count
    query = "council reserves forecast"
    assert count('"council"') >= n / 2 and all(0 < count(f'"{w}"') < n / 2 for w in ("reserves", "forecast"))
    match = keyword_match(fts_terms(query), count, n)
    assert '"council"' not in match and '"reserves"' in match and '"forecast"' in match
    assert count(" OR ".join(fts_terms(query))) == n  # what every query naming the council used to score
    got = lib.store.keyword_search(query, 30)
    want = full_ranking(lib, query, 30)
    assert [pid for pid, _ in got] == [pid for pid, _ in want]
    assert all(abs(a - b) < 1e-4 for (_, a), (_, b) in zip(got, want, strict=True))
    # alone it is still searched: it is the only word there is
    assert lib.store.keyword_search("council", 3)


def test_over_budget_the_rarest_words_are_kept(lib: Library, monkeypatch) -> None:
    count = lib.store.keyword_match_count
    rare, common = "xantura", "budget"
    assert 0 < count(f'"{rare}"') <= 20 < count(f'"{common}"')
    monkeypatch.setattr(fts_mod, "KEYWORD_BUDGET", 20)
    assert keyword_match(fts_terms(f"{common} {rare}"), count, lib.store.passage_count()) == f'"{rare}"'
    hits = lib.store.keyword_search(f"{common} {rare}", 5)
    assert hits and all(rare in t for t in texts(lib, hits))


def test_when_even_the_rarest_word_is_over_budget_the_words_are_searched_together(
    lib: Library, monkeypatch
) -> None:
    count = lib.store.keyword_match_count
    query = "budget savings"
    both = count('"budget" AND "savings"')
    assert 5 <= both < min(count('"budget"'), count('"savings"'))
    monkeypatch.setattr(fts_mod, "KEYWORD_BUDGET", both)
    match = keyword_match(fts_terms(query), count, lib.store.passage_count())
    assert match in ('"budget" AND "savings"', '"savings" AND "budget"')
    hits = lib.store.keyword_search(query, 100)
    assert len(hits) == both
    assert all("budget" in t and "saving" in t for t in texts(lib, hits))


def test_filters_apply_over_budget(lib: Library, monkeypatch) -> None:
    monkeypatch.setattr(fts_mod, "KEYWORD_BUDGET", 30)
    doc_id = next(d for d, _ in lib.store.passage_texts())
    for f in (Filters(doc_id=doc_id), Filters(section_kind="table"), Filters(council="Leicester City Council")):
        allowed = set(lib.store.passage_ids(f))
        hits = lib.store.keyword_search("budget savings reserves", 50, f)
        assert hits and {pid for pid, _ in hits} <= allowed, f


def test_a_filter_that_leaves_too_few_looks_again_with_the_words_dropped(lib: Library, monkeypatch) -> None:
    """Over the budget a query keeps its rarest word, counted over the whole store; a filter
    on a document without that word would leave nothing, though the common word is there."""
    count = lib.store.keyword_match_count
    rare, common = "xantura", "reserves"
    assert 0 < count(f'"{rare}"') <= 20 < count(f'"{common}"')
    docs = {d for d, t in lib.store.passage_texts() if common in t.lower() and rare not in t.lower()}
    other = next(d for d in sorted(docs) if not lib.store.keyword_search(rare, 5, Filters(doc_id=d)))
    monkeypatch.setattr(fts_mod, "KEYWORD_BUDGET", 20)
    monkeypatch.setattr(fts_mod, "FILTERED_BUDGET", 20)
    assert lib.store.keyword_search(f"{common} {rare}", 10, Filters(doc_id=other)) == []
    monkeypatch.setattr(fts_mod, "FILTERED_BUDGET", count(f'"{common}"') + 20)  # room for the common word
    hits = lib.store.keyword_search(f"{common} {rare}", 10, Filters(doc_id=other))
    assert hits and set(lib.store.passages([p for p, _ in hits])) <= set(lib.store.passage_ids(Filters(doc_id=other)))
    assert all("reserve" in t for t in texts(lib, hits))


def test_a_write_reaches_the_next_search(tmp_path: Path) -> None:
    """Match counts are kept between searches, until the store is next written."""
    lib = Library(load_settings(tmp_path / "data"), embed=False, extract=False)
    first = tmp_path / "first.txt"
    first.write_text("Parking charges\n\nThe council reviewed parking charges in the town centre.\n", encoding="utf-8")
    assert lib.ingest_file(first).ok
    assert lib.store.keyword_search("parking quokka", 5)  # counted: "quokka" matches nothing yet
    assert lib.store.keyword_search("quokka", 5) == []
    second = tmp_path / "second.txt"
    second.write_text("Wildlife\n\nA quokka was seen near the parking area.\n", encoding="utf-8")
    assert lib.ingest_file(second).ok
    hits = lib.store.keyword_search("parking quokka", 5)
    assert hits and "quokka" in texts(lib, hits)[0]


def test_a_searching_connection_reads_through_a_memory_map(lib: Library) -> None:
    import threading

    seen: list[int] = []

    def search() -> None:  # a thread of its own: a connection of its own
        before = int(lib.store.conn.execute("PRAGMA mmap_size").fetchone()[0])
        lib.store.keyword_search("reserves", 3)
        seen.extend([before, int(lib.store.conn.execute("PRAGMA mmap_size").fetchone()[0])])

    t = threading.Thread(target=search)
    t.start()
    t.join()
    assert seen[0] == 0 and seen[1] > 0
