"""Sectioning, sentences and passages: invariants (hypothesis) and the structure of the real corpus."""

from __future__ import annotations

import hashlib
import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councilsearch.ingest.passages import MAX_WORDS, make_passages
from councilsearch.ingest.sections import split_sections
from councilsearch.ingest.sentences import line_sentences, passage_sentence, sentence_at, sentence_spans
from councilsearch.models import Document, Passage
from tests.conftest import CABINET, FINANCE, NWL


def doc_of(text: str, page_map: tuple[int, ...] = (0,)) -> Document:
    return Document(
        id="t-" + hashlib.sha256(text.encode()).hexdigest()[:8], title="t", council="", doc_type="other",
        date=None, source_path="t.txt", text=text, page_map=page_map, sha256="x",
    )


LINES = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "", "1. Introduction", "3.1. Governance and finance", "83. In November 2025 the Council began a review.",
        "Recommendation 2: Develop plans", "PART B", "Revenue Outturn", "\t£000", "Updated budget\t615,335",
        "Net underspend\t-7,322", "- a bullet", "(a) an item", "# Markdown", "**Bold heading**",
        "Appendix A - Reserves", "112. Leicestershire School Term Dates.", "   ", "\t", "£", "…",
    ]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=40), st.sampled_from(["\n", "\n\n"]), st.integers(1, 4))
def test_sections_tile_text_and_passages_lie_inside(lines: list[str], sep: str, pages: int) -> None:
    text = sep.join(lines) or "x"
    step = max(1, len(text) // pages)
    page_map = tuple(sorted({0, *range(step, len(text), step)}))
    doc = doc_of(text, page_map)
    secs = split_sections(doc)
    # sections tile the text: in order, no gaps, no overlaps, concatenating back to the source
    assert secs[0].span[0] == 0 and secs[-1].span[1] == len(text)
    for a, b in itertools.pairwise(secs):
        assert a.span[1] == b.span[0]
    assert "".join(text[s.span[0]:s.span[1]] for s in secs) == text
    assert all(s.span[0] < s.span[1] for s in secs)
    by_id = {s.id: s for s in secs}
    for p in make_passages(doc, secs):
        sec = by_id[p.section_id]
        # a passage holds text of its section; prose passages run on over the paragraphs and
        # headings after it (never into a table), a table's stay inside the table
        assert sec.span[0] < p.span[1] and p.span[0] < sec.span[1] and p.span[0] < p.span[1]
        crossed = [s for s in secs if s.span[0] < p.span[1] and p.span[0] < s.span[1]]
        if sec.kind == "table":
            assert crossed == [sec]
        else:
            assert all(s.kind != "table" for s in crossed) and p.path == sec.path
        assert text[p.span[0]:p.span[1]] == p.text
        assert p.pages and all(1 <= pg <= len(page_map) for pg in p.pages)


@pytest.fixture(scope="module")
def sectioned(corpus_docs):
    return {k: (d, split_sections(d)) for k, d in corpus_docs.items()}


def _headings(secs):
    return [s.heading for s in secs if s.kind == "heading"]


def test_finance_review_recommendations_with_their_text(sectioned) -> None:
    doc, secs = sectioned[FINANCE]
    heads = _headings(secs)
    recs = [h for h in heads if h.startswith("Recommendation")]
    assert [int(re.match(r"Recommendation (\d+)", h).group(1)) for h in recs] == list(range(1, 8))
    # the text under Recommendation 1 is in a section whose path names it
    under = [s for s in secs if s.kind != "heading" and s.path and s.path[-1].startswith("Recommendation 1:")]
    body = " ".join(doc.text[s.span[0]:s.span[1]] for s in under)
    assert "£23m of planned savings of which £13.2m have been delivered" in body
    assert "3. Progress Review - Feedback" in heads and "4. Final thoughts and next steps" in heads


def test_cabinet_agenda_minutes_parts_and_paragraph_83(sectioned) -> None:
    doc, secs = sectioned[CABINET]
    heads = _headings(secs)
    agenda = [h for h in heads if re.match(r"[1-8]\. ", h)]
    assert any(h.startswith("4. Provisional Revenue and Capital Outturn") for h in agenda)
    assert any(h.startswith("5. Efficiency Review") for h in agenda)
    minutes = [int(m.group(1)) for h in heads if (m := re.match(r"(1[01]\d)\. ", h))]
    assert sorted(set(minutes)) == list(range(109, 119))
    assert "PART A" in heads and "PART B" in heads
    p83 = [s for s in secs if s.para_no == "83" and s.kind == "paragraph"]
    assert p83, "paragraph 83 is missing"
    first = doc.text[p83[0].span[0]:p83[0].span[1]]
    assert first.startswith("83. In November 2025 the Council began a comprehensive review")
    assert "Efficiency Review" in p83[0].path and "PART B" in p83[0].path
    # numbered paragraphs are not headings
    assert not any(h.startswith("83. ") for h in heads)


def test_cabinet_thousand_pound_tables_keep_rows(sectioned) -> None:
    doc, secs = sectioned[CABINET]
    tables = [s for s in secs if s.kind == "table"]
    assert len(tables) >= 20
    outturn = next(s for s in tables if "Updated budget\t615,335" in doc.text[s.span[0]:s.span[1]])
    body = doc.text[outturn.span[0]:outturn.span[1]]
    assert body.lstrip("\n").startswith("\t£000")
    for row in ("Updated budget\t615,335", "Provisional outturn\t608,013", "Net underspend\t-7,322",
                "Net position\t0"):
        assert row + "\n" in body
    assert outturn.para_no == "8" and outturn.path[-1] == "Revenue Outturn"
    # passages never cut a table row
    passages = make_passages(doc, secs)
    for p in passages:
        if p.kind == "table":
            for line in p.text.split("\n"):
                assert line in doc.text[outturn.span[0]:] or "\t" in line or line.strip()


def test_nw_review_numbered_subheadings(sectioned) -> None:
    _, secs = sectioned[NWL]
    heads = _headings(secs)
    for h in ("1. Introduction", "3.1. Governance and finance", "3.5. Looking forward", "4. Final thoughts and next steps"):
        assert h in heads
    gov = next(s for s in secs if s.heading == "3.1. Governance and finance")
    assert gov.path[-2:] == ("3. Progress Review - Feedback", "3.1. Governance and finance")


def test_passages_respect_size_sentences_and_sections(corpus_docs) -> None:
    sizes = []
    for doc in corpus_docs.values():
        secs = split_sections(doc)
        by_id = {s.id: s for s in secs}
        ends = {s.span[1] for s in secs}
        for p in make_passages(doc, secs):
            sec = by_id[p.section_id]
            # in its section, or run on from it over the paragraphs and headings under the same heading
            assert sec.span[0] < p.span[1] and p.span[0] < sec.span[1]
            assert all(s.kind != "table" or s is sec for s in secs if s.span[0] < p.span[1] and p.span[0] < s.span[1])
            n = len(p.text.split())
            sizes.append(n)
            if n > MAX_WORDS + 40:
                # only a single long sentence or table line may exceed the window
                assert p.kind == "table" or len(re.findall(r"[.!?]\s+[A-Z]", p.text)) <= 1 or "\n" not in p.text
            # a window ends at a sentence end, a line end, or the end of its section
            after = doc.text[p.span[1]:p.span[1] + 1]
            assert after in ("", "\n", " ", "\t") or p.span[1] in ends
    big = [n for n in sizes if n >= 60]
    assert sum(1 for n in big if n <= MAX_WORDS + 40) / len(big) > 0.9


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_one_sentence_splitter_for_passages_figures_and_context() -> None:
    text = "Mr. Smith spoke. The gap is £60m (c. 5%). “Next” steps! • a bullet. no split. (a) item. Jan. 5 stays"
    assert _sentences(text) == [
        "Mr. Smith spoke.", "The gap is £60m (c. 5%).", "“Next” steps!", "• a bullet. no split.", "(a) item.",
        "Jan. 5 stays",
    ]
    assert _sentences("See para. 5 and No. 3. Then J. Smith came.") == ["See para. 5 and No. 3.", "Then J. Smith came."]
    assert sentence_spans("  one. Two  ") == [(0, 6), (7, 12)]  # untrimmed; what lies between belongs to neither
    text = "First line. Second one.\nRow label\t£5m\t£6m\nCell one. Cell two.\tx"
    at = text.index("£6m")
    assert text[slice(*sentence_at(text, at, at + 3))] == "Row label\t£5m\t£6m"  # a table row, whole
    at = text.index("two")
    assert text[slice(*sentence_at(text, at))] == "Cell two."  # a cell of several sentences
    at = text.index("Second")
    assert text[slice(*sentence_at(text, at))] == "Second one."
    p = Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(100, 100 + len(text)), text=text, pages=(1,),
                path=(), para_no=None, kind="paragraph")
    assert passage_sentence(p, (100 + at, 100 + at + 6)) == "Second one."
    assert passage_sentence(p, (10, 12)) is None


@pytest.mark.parametrize("stem", [FINANCE, NWL, "leicester-city-productivity-plan-2024", "leicester-city-idea-peer-review-2006",
                                  CABINET])
def test_pdf_and_text_versions_give_the_same_headings(corpus_docs, stem: str) -> None:
    import difflib

    from councilsearch.ingest.parse import parse_file
    from tests.conftest import DATA

    pdf = parse_file(DATA / "pdf" / f"{stem}.pdf")
    from_text = [s.heading for s in split_sections(corpus_docs[stem]) if s.kind == "heading"]
    from_pdf = [s.heading for s in split_sections(pdf) if s.kind == "heading"]
    ratio = difflib.SequenceMatcher(None, from_text, from_pdf).ratio()
    print(f"{stem}: {len(from_text)} headings from text, {len(from_pdf)} from PDF, sequence ratio {ratio:.3f}")
    if stem != CABINET:
        assert from_pdf == from_text
        return
    # The cabinet pack's text rendering holds paragraphs typed into table cells with their HTML
    # ("<p>Delivery approach and timelines</p><TAB>"); both renderings now read the tags as
    # structure (ingest/markup.py), and the PDF's layout then shows some of those one-cell rows
    # as short lines set apart, i.e. headings, where the text rendering keeps them as rows (14
    # such, 280 headings against 266). Every heading of the text rendering but one is found in
    # the PDF, in order.
    assert ratio >= 0.95
    found = set(from_pdf)
    assert sum(1 for h in from_text if h not in found) <= 1


@given(st.text(alphabet="ab .!?\n\t“”", max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_line_sentences_are_each_lines_sentences(text: str, a: int, b: int) -> None:
    """line_sentences (the one per-line sentence loop) is sentence_spans of each line in turn,
    over any slice, and no sentence runs over a line break."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = []
    pos = start
    for line in text[start:end].split("\n"):
        expected.extend(sentence_spans(text, pos, pos + len(line)))
        pos += len(line) + 1
    got = line_sentences(text, start, end)
    assert got == expected
    assert all("\n" not in text[s:e] for s, e in got)
