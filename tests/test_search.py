"""Hybrid search over a real index of the corpus: right passage first with its citation,
number questions name the figure, hostile queries never raise, deletes reach both indexes."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from councilsearch import errors
from councilsearch.config import load_settings
from councilsearch.errors import QueryError
from councilsearch.index.library import Library
from councilsearch.index.query import check_filters, councils_named
from councilsearch.index.store.fts import fts_query
from councilsearch.models import Filters
from tests.conftest import CORPUS, DATA, FINANCE


@pytest.fixture(scope="module")
def lib(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Library:
    data = tmp_path_factory.mktemp("search") / "data"
    shutil.copytree(corpus_index, data)
    return Library(load_settings(data))


@pytest.fixture(scope="module")
def searcher(lib: Library):
    return lib.searcher()


@pytest.mark.parametrize(
    ("query", "doc_prefix", "must_contain"),
    [
        ("General Fund reserve as a share of next year's revenue budget",
         "leicestershire-county-cabinet", "General Fund reserve stands at £26m"),
        ("who was the lead peer on Leicester's finance progress review",
         FINANCE, "Lead Peer: Garry Cummings"),
        ("how many additional school places were created during 2025/26",
         "leicestershire-county-cabinet", "1,165 additional school places"),
        ("consultation on school term and holiday dates for 2027 to 2032",
         "leicestershire-county-cabinet", "Leicestershire School Term Dates"),
    ],
)
def test_right_passage_first(searcher, query: str, doc_prefix: str, must_contain: str) -> None:
    hits = searcher.search(query, k=5)
    assert hits, query
    top = hits[0]
    assert top.citation.doc_id.startswith(doc_prefix), [h.citation.label() for h in hits]
    assert must_contain in top.passage.text + " ".join(top.passage.path), [h.passage.text[:120] for h in hits]
    # the citation points at the passage's own span and carries the section path and pages
    assert top.citation.span == top.passage.span and top.citation.pages
    assert top.citation.section_path == top.passage.path
    assert top.retrievers and set(top.retrievers) <= {"bm25", "dense"}


def test_number_question_names_the_figure(searcher) -> None:
    hits = searcher.search("how many additional school places were created during 2025/26", k=3)
    ans = hits[0].answer
    assert ans is not None and ans.kind == "count" and ans.value == pytest.approx(1165)
    hits = searcher.search("what percentage of the revenue budget is the General Fund reserve", k=3)
    ans = hits[0].answer
    assert ans is not None and ans.kind == "percent" and ans.value == pytest.approx(4.2)


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("how much has Leicester's budget been cut each year", "money"),
        ("what percentage of pupils attained five GCSEs", "percent"),
        ("how many children are in residential care", "count"),
        ("total cost of the transformation programme", "money"),  # a keyword query asking for a number
        ("what was the net underspend", "money"),
    ],
)
def test_number_questions_are_recognised(query: str, kind: str) -> None:
    from councilsearch.index.answer import number_question

    nq = number_question(query)
    assert nq is not None and nq.kind == kind


@pytest.mark.parametrize(
    "query",
    [
        "what does Leicester say is wrong with the amount of money councils get from government",
        "why has the number of agency staff fallen",
        "how does the council plan to spend its underspend",
        "staff frustrations with the new accounting software",
    ],
)
def test_questions_about_something_else_are_not_number_questions(query: str) -> None:
    from councilsearch.index.answer import number_question

    assert number_question(query) is None


def test_paragraph_citation_and_highlights(searcher) -> None:
    hits = searcher.search("comprehensive review of its cost base undertaken by Newton Consulting", k=5)
    p83 = [h for h in hits if h.passage.para_no == "83"]
    assert p83, [(h.passage.para_no, h.citation.label()) for h in hits]
    top = p83[0]
    assert "Efficiency Review" in top.citation.section_path and top.citation.para_no == "83"
    marked = {top.passage.text[s:e].lower() for s, e in top.highlights}
    assert {"newton", "consulting"} <= marked


def test_filters_apply_before_ranking(searcher) -> None:
    f = Filters(council="north west leicestershire district council")
    hits = searcher.search("savings delivered", k=5, filters=f)
    assert hits and all(h.citation.council == "North West Leicestershire District Council" for h in hits)
    # by the council's ONS code too; a part of a name is no council, and says which there are
    codes = {v: k for k, v in searcher.store.council_codes().items()}
    by_code = searcher.search("savings delivered", k=5, filters=Filters(council=codes[hits[0].citation.council]))
    assert [h.passage.id for h in by_code] == [h.passage.id for h in hits]
    with pytest.raises(QueryError, match=r"no council called 'Leicester'.*Leicester City Council"):
        searcher.search("savings", k=5, filters=Filters(council="Leicester"))
    assert searcher.search("savings", k=5, filters=Filters(date_from="2030-01-01")) == []
    tables = searcher.search("net underspend updated budget", k=5, filters=Filters(section_kind="table"))
    assert tables and all(h.passage.kind == "table" for h in tables)


COUNCILS = ["Leicester City Council", "Leicestershire County Council", "North West Leicestershire District Council"]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("housing repairs at Leicester", {"Leicester City Council"}),
        ("Leicester's scrutiny committees", {"Leicester City Council"}),
        ("how does Leicestershire plan to spend it", {"Leicestershire County Council"}),
        # the longer name wins: North West Leicestershire is not also Leicestershire
        ("repairs backlog in North West Leicestershire", {"North West Leicestershire District Council"}),
        ("the county's borrowing", {"Leicestershire County Council"}),
        ("was the city’s benefit service slow", {"Leicester City Council"}),
        ("the district council's accounting software", {"North West Leicestershire District Council"}),
        ("money councils get from government", set()),
        ("Leicestershire and Leicester compared", {"Leicester City Council", "Leicestershire County Council"}),
        ("leicestershirebased", set()),
    ],
)
def test_councils_named_in_a_question(query: str, named: set[str]) -> None:
    assert councils_named(query, COUNCILS) == named


@pytest.mark.parametrize(
    ("query", "council"),
    [
        ("housing repairs backlog at Leicester", "Leicester City Council"),
        ("staff morale at Leicestershire", "Leicestershire County Council"),
    ],
)
def test_a_named_council_ranks_its_own_papers_first(searcher, query: str, council: str) -> None:
    hits = searcher.search(query, k=3)
    assert [h.citation.council for h in hits] == [council] * 3
    # the other retrievers alone do not know it: the named council is a hybrid ranking policy
    assert any(h.citation.council != council for h in searcher.search(query, k=3, mode="bm25"))


def test_a_hyphenated_compound_is_found_either_way(lib: Library) -> None:
    # the corpus writes "re-grading"; the tokenizer splits it at the hyphen
    for query in ("regrading", "re-grading"):
        ids = [pid for pid, _ in lib.store.keyword_search(query, 5)]
        texts = [p.text for p in lib.store.passages(ids).values()]
        assert any("re-grading" in t for t in texts), query
    assert fts_query("cooperation") == '"cooperation" OR "co operation"'
    assert fts_query("co-operation") == '"co" OR "operation" OR "cooperation"'
    assert fts_query("reply") == '"reply"'  # a prefix needs four letters after it


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "AND", "NEAR(budget, 3)", "budget*", "((()))", "col:val OR", "!!!???...",
     "доходы бюджета", "予算の削減", "a\x00b", "x" * 999],
)
def test_hostile_queries_never_raise(searcher, query: str) -> None:
    hits = searcher.search(query, k=5)
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ["", "   ", "\x00", "x" * 10_000])
def test_bad_queries_raise_query_error(searcher, query: str) -> None:
    with pytest.raises(errors.QueryError) as info:
        searcher.search(query)
    assert "query" in str(info.value)


def test_bad_dates_raise_query_error(searcher) -> None:
    with pytest.raises(errors.QueryError, match="YYYY-MM-DD"):
        searcher.search("budget", filters=Filters(date_from="last tuesday"))


def test_the_one_filter_validator_normalises_and_rejects() -> None:
    f = check_filters(Filters(council="  ", doc_id=" d1 ", date_from="2024", date_to="2024-02"))
    assert (f.council, f.doc_id, f.date_from, f.date_to) == (None, "d1", "2024-01-01", "2024-02-29")
    assert not check_filters(Filters(date_from=" ", doc_type="", section_kind="")).active
    for bad in (Filters(date_from="2025-02-30"), Filters(date_to="2025-13"), Filters(date_from="0000"),
                Filters(date_from="2026", date_to="2025"), Filters(section_kind="footnote"),
                Filters(doc_type="novel")):
        with pytest.raises(errors.QueryError):
            check_filters(bad)


def test_pdf_version_cites_the_right_page(lib: Library) -> None:
    pdf = DATA / "pdf" / f"{FINANCE}.pdf"
    r = lib.ingest_file(pdf)
    assert r.ok, r.error
    phrase = "capital receipts of £6m have been realised"
    # oracle: the page pypdf itself finds the phrase on
    pages = [i + 1 for i, pg in enumerate(PdfReader(pdf).pages)
             if phrase.replace(" ", "") in " ".join((pg.extract_text() or "").split()).replace(" ", "")]
    assert len(pages) == 1
    hits = lib.searcher().search("capital receipts realised by Leicester", k=5, filters=Filters(doc_id=r.doc_id))
    found = [h for h in hits if phrase in " ".join(h.passage.text.split())]
    assert found, [h.passage.text[:80] for h in hits]  # the passage is found; its citation is what is checked
    top = found[0]
    start = " ".join(top.passage.text.split()).index(phrase)
    assert pages[0] in top.citation.pages and top.citation.pages[0] <= pages[0] <= top.citation.pages[-1]
    assert start >= 0


def test_delete_removes_from_both_indexes_and_reingest_is_a_no_op(lib: Library) -> None:
    nwl = CORPUS / "nw-leicestershire-corporate-peer-challenge-progress-review-2025.txt"
    before = lib.store.digest()
    manifest_before = (lib.vectors_dir / "manifest.json").read_text()
    again = lib.ingest_file(nwl)
    assert again.status == "unchanged"
    assert lib.store.digest() == before and (lib.vectors_dir / "manifest.json").read_text() == manifest_before
    doc_id = again.doc_id
    ids = [p.id for p in lib.store.doc_passages(doc_id)]
    assert ids and set(ids) <= {int(i) for i in lib.vectors.ids()}
    lib.delete(doc_id)
    assert not set(ids) & {int(i) for i in lib.vectors.ids()}
    assert lib.store.doc_passages(doc_id) == []
    hits = lib.searcher().search("housing repairs backlog North West Leicestershire", k=10)
    assert all(h.citation.doc_id != doc_id for h in hits)
    assert lib.store.keyword_search("NWLDC", 10) == [] or all(
        p in lib.store.passages([p]) for p, _ in lib.store.keyword_search("NWLDC", 10)
    )
    assert np.array_equal(np.sort(lib.vectors.ids()), np.sort(np.array(lib.store.passage_ids(), dtype=np.int64)))
    assert lib.ingest_file(nwl).status == "ingested"


def test_another_process_writes_reach_this_ones_searches(corpus_index: Path, tmp_path: Path) -> None:
    """``serve --workers N``: one process ingests or deletes, another's next search sees it
    (``Library.refresh`` catches its vectors up from the embeddings in SQLite)."""
    data = tmp_path / "data"
    shutil.copytree(corpus_index, data)
    writer, reader = Library(load_settings(data)), Library(load_settings(data))
    searcher = reader.searcher()
    assert not reader.refresh()  # nothing written since it opened
    doc = tmp_path / "zebra-crossing-report.txt"
    doc.write_text("Zebra crossings\n\nThe council will paint eleven new zebra crossings near schools in 2027.\n",
                   encoding="utf-8")
    res = writer.ingest_file(doc)
    assert res.ok and res.doc_id
    assert reader.refresh() and not reader.refresh()
    hits = searcher.search("painted zebra crossings near schools", k=3, mode="dense")
    assert hits and hits[0].citation.doc_id == res.doc_id
    writer.delete(res.doc_id)
    assert reader.refresh()
    assert all(h.citation.doc_id != res.doc_id for h in searcher.search("zebra crossings", k=5, mode="dense"))
    writer.close()
    reader.close()
