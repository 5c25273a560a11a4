"""Passages (issue 16, item 4): windows of 120–200 words inside a section; short chapters go on
into their siblings under the same parent heading, never out of it; a paragraph that fills a
window stands alone; a table's introduction stays apart; a hit is cited at the paragraph its
best-matching sentence is in. Real sectioner and passage maker on invented reports."""

from __future__ import annotations

import hashlib
import shutil
import statistics
from pathlib import Path

from councilsearch.config import load_settings
from councilsearch.index.cite import cited_offset
from councilsearch.index.library import Library
from councilsearch.ingest.passages import MAX_WORDS, MIN_WORDS, make_passages
from councilsearch.ingest.sections import split_sections
from councilsearch.models import Document, Figure, Passage
from councilsearch.pipeline import analyse, read_document
from tests.conftest import DATA

LAYOUT = DATA / "layout"


def _doc(*blocks: str) -> Document:
    text = "\n\n".join(blocks)
    return Document(
        id="p-" + hashlib.sha256(text.encode()).hexdigest()[:8], title="t", council="", doc_type="other",
        date=None, source_path="t.txt", text=text, page_map=(0,), sha256="x",
    )


def _words(n: int, topic: str) -> str:
    """Sentences about ``topic`` adding up to at least ``n`` words."""
    out: list[str] = []
    k = 0
    while sum(len(s.split()) for s in out) < n:
        out.append(f"The {topic} item {k} was reviewed by the committee and found to be in line with the plan.")
        k += 1
    return " ".join(out)


def _passages(doc: Document) -> list[Passage]:
    return [p for p in make_passages(doc, split_sections(doc)) if p.kind != "table"]


def _holding(passages: list[Passage], needle: str) -> Passage:
    return next(p for p in passages if needle in p.text)


def test_short_sibling_chapters_share_a_window_under_the_first_ones_path() -> None:
    doc = _doc(
        "1. Summary", "1.1 " + _words(40, "summary"),
        "2. Finances", "2.1 " + _words(40, "finance"),
        "3. Risks", "3.1 " + _words(40, "risk"),
        "4. Other Matters", "Treasury Advice", _words(20, "advice"), "Training", _words(20, "training"),
        "5. Recommendations", "5.1 " + _words(20, "recommendation"),
    )
    ps = _passages(doc)
    first = _holding(ps, "summary item 0")
    # three chapters of about 55 words each make one window of 120 or more words ...
    assert first is _holding(ps, "finance item 0") is _holding(ps, "risk item 0")
    assert MIN_WORDS <= len(first.text.split()) <= MAX_WORDS
    # ... that keeps the path and number of the section it starts in, with the later headings in its text
    assert first.path == ("1. Summary",) and first.para_no == "1.1"
    assert "2. Finances" in first.text and "3. Risks" in first.text
    # sub-headings of one chapter share a window; the window does not go on out of that chapter
    advice = _holding(ps, "advice item 0")
    assert advice is _holding(ps, "training item 0") and "Training" in advice.text
    assert "recommendation item 0" not in advice.text
    assert _holding(ps, "recommendation item 0").path == ("5. Recommendations",)


def test_a_paragraph_that_fills_a_window_stands_alone() -> None:
    doc = _doc("Revenue Outturn", "9. " + _words(50, "underspend"), "10. " + _words(125, "reserve"))
    ps = _passages(doc)
    assert _holding(ps, "underspend item 0") is not _holding(ps, "reserve item 0")
    assert _holding(ps, "reserve item 0").para_no == "10"


def test_short_paragraphs_under_one_heading_are_packed() -> None:
    doc = _doc("Resource Implications", *(f"{k}. " + _words(25, f"topic{k}") for k in range(1, 9)))
    words = [len(p.text.split()) for p in _passages(doc)]
    assert len(words) == 2 and all(MIN_WORDS // 2 <= w <= MAX_WORDS for w in words), words


def test_a_tables_introduction_is_not_merged_into_the_text_before() -> None:
    doc = _doc(
        "Revenue Outturn", "8. " + _words(130, "revenue"),
        "Capital Outturn", "11. A summary of the capital outturn is set out below:",
        "\t£000\nUpdated budget\t205,364\nLess provisional outturn\t140,213\nNet Variance\t-65,151",
    )
    secs = split_sections(doc)
    assert any(s.kind == "table" for s in secs)
    ps = _passages(doc)
    assert "summary of the capital outturn" not in _holding(ps, "revenue item 0").text
    assert _holding(ps, "summary of the capital outturn").path[-1] == "Capital Outturn"


def test_no_fragments_where_text_can_join_a_neighbour() -> None:
    doc = _doc(
        "1. Background", "1.1 " + _words(150, "background"), "1.2 This is noted.",
        "2. Scope", "2.1 " + _words(150, "scope"),
    )
    ps = _passages(doc)
    assert all(len(p.text.split()) >= 10 for p in ps), [p.text[:40] for p in ps]
    assert "This is noted." in _holding(ps, "background item 0").text


def test_citation_points_at_the_best_matching_sentence() -> None:
    text = "4.1 The debt charges are set out below. 5.1 Full Council must approve the borrowing strategy."
    p = Passage(
        id=1, doc_id="d", section_id="s4", ordinal=0, span=(100, 100 + len(text)), text=text, pages=(1,),
        path=("4. Financial Implications",), para_no="4.1", kind="paragraph",
    )
    at = text.index("approve")
    hl = ((at, at + len("approve")), (text.index("borrowing"), text.index("borrowing") + 9))
    assert cited_offset(p, hl) == 100 + text.index("5.1")
    assert cited_offset(p, ()) is None  # nothing matched: cited where the passage starts
    charges = text.index("debt")
    fig = Figure(surface="debt", span=(100 + charges, 104 + charges), value=1.0, unit="GBP", kind="money")
    assert cited_offset(p, hl, fig) == 100 + charges  # a number question: the answer's own sentence


def test_layout_corpus_median_prose_passage_is_a_window() -> None:
    """The issue's target on the layout corpus (Word-template reports of 20–60-word chapters,
    tables between them): median prose passage 120–200 words."""
    words = []
    for path in sorted(LAYOUT.glob("*.pdf")):
        a = analyse(read_document(path), figures=False, entities=False)
        words += [len(p.text.split()) for p in a.passages if p.kind != "table"]
    assert MIN_WORDS <= statistics.median(words) <= MAX_WORDS, sorted(words)


def test_a_hit_is_cited_at_the_paragraph_of_its_matching_sentence(corpus_index: Path, tmp_path: Path) -> None:
    """A passage that starts in one numbered paragraph and runs on into the next is cited at
    the paragraph (and heading) its best-matching sentence is in; span and pages stay its own."""
    data = tmp_path / "data"
    shutil.copytree(corpus_index, data)
    lib = Library(load_settings(data))
    try:
        hits = lib.searcher().search("revenue reserve that holds MTFS contributions to fund the approved capital programme", k=3)
    finally:
        lib.close()
    top = hits[0]
    assert "106. Capital Financing" in top.passage.text
    assert top.citation.para_no == "106" and top.citation.section_path[-1] == "Capital"
    assert top.citation.span == top.passage.span and top.citation.pages == top.passage.pages
    # the passage starts in an earlier paragraph: its own path and number are not the ones cited
    assert not top.passage.text.startswith("106.") and top.passage.para_no != "106"


def test_a_table_row_is_not_demoted_as_a_short_passage() -> None:
    """Short passages (a lone heading, a date line) move down in hybrid ranking; a table row
    with a label and figures is a whole record however few its words, and does not."""
    from councilsearch.index.search import _table_row

    def row(text: str, kind: str = "table") -> Passage:
        return Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(text)), text=text,
                       pages=(1,), path=(), para_no=None, kind=kind)

    assert _table_row(row("Authorised limit for external debt\t1,180\t1,250\t1,310"))
    assert not _table_row(row("£m\t2024-25\t2025-26"))  # a table's head
    assert not _table_row(row("All figures in £m"))  # a unit line
    assert not _table_row(row("Cabinet – 3 February 2025", kind="paragraph"))
