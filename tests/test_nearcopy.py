"""Near-copies collapse into one hit (issue 16, cause 6): two versions of a report, and a report
and the meeting pack that reprints it, from the layout corpus through the real parser,
extractors and embedder; and the similarity rules on their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.evaluate.layout_search import NEAR_COPY as SCORER_NEAR_COPY
from councilsearch.evaluate.layout_search import shingles as scorer_shingles
from councilsearch.evaluate.layout_search import similarity as scorer_similarity
from councilsearch.index.library import Library
from councilsearch.index.nearcopy import (
    Candidate,
    collapse_copies,
    is_copy,
    lead_first,
    overlaps,
    shingles,
    similarity,
)
from councilsearch.models import Hit
from tests.conftest import DATA

LAYOUT = DATA / "layout"
DRAFT, FINAL = "draft-revenue-budget-2025-26", "revenue-budget-2025-26"
REPORT, PACK = "treasury-management-strategy-2025-26", "cabinet-03-feb-2025-reports-pack"


@pytest.fixture(scope="module")
def layout_lib(tmp_path_factory: pytest.TempPathFactory):
    lib = Library(load_settings(tmp_path_factory.mktemp("nearcopy")))
    results = lib.ingest_paths([LAYOUT / f"{n}.pdf" for n in (DRAFT, FINAL, REPORT, PACK)], workers=0)
    assert all(r.ok for r in results), [(r.path, r.error) for r in results if not r.ok]
    yield lib
    lib.close()


def _name(lib: Library, doc_id: str) -> str:
    return Path(lib.searcher().store.source_paths()[doc_id]).stem


def _repeats(lib: Library, hits: list[Hit], pair: set[str]) -> list[tuple[int, int]]:
    """(rank, rank above) of hits from the two documents of ``pair`` that are near-copies by
    the layout scorer's own measure."""
    out = []
    for i, h in enumerate(hits):
        for j in range(i):
            names = {_name(lib, h.citation.doc_id), _name(lib, hits[j].citation.doc_id)}
            near = scorer_similarity(scorer_shingles(h.passage.text), scorer_shingles(hits[j].passage.text))
            if names == pair and near >= SCORER_NEAR_COPY:
                out.append((i + 1, j + 1))
    return out


@pytest.mark.parametrize("query", [
    "What is the 2025-26 budget for adult social care by directorate?",
    "What budget gap does the draft budget forecast for 2025-26 before savings?",
    "spending pressures in adult social care and children's services",
])
def test_two_versions_of_a_report_collapse_into_one_hit(layout_lib: Library, query: str) -> None:
    hits = layout_lib.searcher().search(query, k=5)
    assert _repeats(layout_lib, hits, {DRAFT, FINAL}) == []
    versions = [h for h in hits if _name(layout_lib, h.citation.doc_id) in (DRAFT, FINAL)]
    collapsed = [h for h in versions if {_name(layout_lib, c.doc_id) for c in h.also_in} & {DRAFT, FINAL}]
    assert collapsed, [(h.citation.doc_id, h.passage.text[:60]) for h in versions]
    for h in collapsed:  # the hit and its copies come from the two versions
        docs = {_name(layout_lib, h.citation.doc_id), *(_name(layout_lib, c.doc_id) for c in h.also_in)}
        assert docs == {DRAFT, FINAL}


def test_the_standalone_report_leads_its_copy_in_the_meeting_pack(layout_lib: Library) -> None:
    hits = layout_lib.searcher().search("What is the authorised limit for external debt in 2025-26?", k=5)
    assert _repeats(layout_lib, hits, {REPORT, PACK}) == []
    in_both = [h for h in hits if PACK in {_name(layout_lib, c.doc_id) for c in h.also_in}]
    assert in_both and all(_name(layout_lib, h.citation.doc_id) == REPORT for h in in_both)


def test_collapse_off_keeps_every_copy(layout_lib: Library) -> None:
    hits = layout_lib.searcher().search("spending pressures in adult social care", k=5, collapse=False)
    assert all(h.also_in == () for h in hits)


# -- the rules on their own ----------------------------------------------------------------

PARA = ("The Council holds a general reserve of £47.5m, 3.3% of the net revenue budget, which is "
        "within the range of 3% to 5% set in the reserves policy. Earmarked reserves are forecast "
        "at £163.9m on 31 March 2025.")
NEXT = "No use of the general reserve is proposed to balance the budget for the coming year."


def _c(pid: int, doc: str, text: str, **kw: object) -> Candidate:
    return Candidate(pid, doc, text, **kw)  # type: ignore[arg-type]


def _copy(a: Candidate, b: Candidate) -> bool:
    shared = overlaps([a.text, b.text])
    return is_copy(a, b, int(shared[0, 1]), int(shared[0, 0]), int(shared[1, 1]))


def test_the_overlap_matrix_counts_what_the_shingle_sets_share() -> None:
    texts = [PARA, PARA.replace("47.5", "49.1"), NEXT, "", "abc"]
    shared = overlaps(texts)
    sets = [shingles(t) for t in texts]
    assert [[len(a & b) for b in sets] for a in sets] == shared.tolist()
    assert similarity(sets[0], sets[0]) == 1.0 and similarity(sets[0], sets[3]) == 0.0


def test_a_copy_whose_words_were_split_or_figures_edited_is_a_copy() -> None:
    split = PARA.replace("general", "gener al").replace("£47.5m", "£4 7.5 m").replace("Council", "Counc\til")
    assert _copy(_c(1, "a", PARA), _c(2, "b", split))
    assert _copy(_c(1, "a", PARA), _c(2, "b", PARA.replace("47.5", "49.1").replace("163.9", "158.0")))
    assert _copy(_c(1, "a", PARA), _c(2, "b", f"{PARA}\n\n{NEXT}"))  # another window of the version


def test_unrelated_passages_and_other_councils_papers_are_not_copies() -> None:
    other = "Bank Rate stood at 4.75% in January 2025 after two reductions during the autumn."
    assert not _copy(_c(1, "a", PARA), _c(2, "b", other))
    assert not _copy(_c(1, "a", PARA, council="A"), _c(2, "b", PARA.replace("47.5", "12.0"), council="B"))
    # a template line filled in for two departments inside one document is two facts
    line = "The Department has a net underspend of £{} ({}). The main variances are:"
    assert not _copy(_c(1, "a", line.format("5.7m", "4.6%")), _c(2, "a", line.format("0.9m", "2.1%")))
    # a short label inside a longer passage is no copy of it
    assert not _copy(_c(1, "a", "general reserve"), _c(2, "b", PARA))


def test_the_report_leads_the_pack_then_the_newest_version() -> None:
    report = _c(1, "report", PARA, doc_size=30, doc_type="report", date="2025-01-20")
    pack = _c(2, "pack", PARA, doc_size=200, doc_type="agenda", date="2025-02-03")
    assert [c.pid for c in lead_first([pack, report])] == [1, 2]
    draft = _c(3, "draft", PARA, doc_size=30, date="2025-01-14")
    final = _c(4, "final", PARA.replace("47.5", "49.1"), doc_size=31, date="2025-02-13")
    assert [c.pid for c in lead_first([draft, final])] == [4, 3]
    undated = _c(5, "copy", PARA, doc_size=30)
    assert [c.pid for c in lead_first([undated, draft])] == [3, 5]


def test_a_paged_copy_leads_a_text_rendering_whatever_its_rank_date_or_container() -> None:
    # the text rendering is ranked first, newer and standalone; the PDF copy is in a pack
    text = _c(1, "report-txt", PARA, doc_size=30, doc_type="report", date="2025-03-01", paged=False)
    pdf = _c(2, "pack-pdf", PARA, doc_size=200, doc_type="agenda", date="2025-02-03")
    assert [c.pid for c in lead_first([text, pdf])] == [2, 1]
    # with no paged copy the usual order holds
    other = _c(3, "pack-txt", PARA, doc_size=200, doc_type="agenda", date="2025-02-03", paged=False)
    assert [c.pid for c in lead_first([other, text])] == [1, 3]


def test_collapse_keeps_k_distinct_hits_and_lists_the_copies() -> None:
    other = ("Bank Rate stood at 4.75% in January 2025 after two reductions during the autumn, and the "
             "forecast is for further cuts to 3.75% by the end of 2026.")
    ranked = [
        _c(1, "draft", PARA, date="2025-01-14"),
        _c(2, "final", PARA.replace("47.5", "49.1"), date="2025-02-13"),
        _c(3, "treasury", other),
        _c(4, "pack", other, norm_hash="h", doc_type="agenda"),
    ]
    chosen, copies = collapse_copies(ranked, k=5)
    assert chosen == [2, 3] and copies == {2: [1], 3: [4]}
    chosen, copies = collapse_copies(ranked, k=1)
    assert chosen == [2] and copies == {2: [1]}


def test_one_passage_of_a_version_does_not_merge_two_paragraphs_of_the_other() -> None:
    first = PARA
    second = ("The net revenue budget requirement for 2025-26 is £1,419m, an increase of £87.3m or 6.6% "
              "on the approved budget for 2024-25 of £1,331.7m, met from council tax and business rates.")
    ranked = [_c(1, "final", second), _c(2, "draft", f"{first}\n\n{second}"), _c(3, "final", first)]
    chosen, _ = collapse_copies(ranked, k=5)
    assert 1 in chosen and 3 in chosen


def test_a_passage_spanning_two_of_the_other_version_leads_them_both() -> None:
    second = ("The net revenue budget requirement for 2025-26 is £1,419m, an increase of £87.3m or 6.6% "
              "on the approved budget for 2024-25 of £1,331.7m, met from council tax and business rates.")
    ranked = [_c(1, "final", f"{PARA}\n\n{second}", date="2025-02-13"), _c(2, "draft", second, date="2025-01-14"),
              _c(3, "draft", PARA, date="2025-01-14")]
    chosen, copies = collapse_copies(ranked, k=5)
    assert chosen == [1] and copies == {1: [2, 3]}
