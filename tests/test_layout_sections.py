"""Sections, passages and metadata of the layout corpus (tests/data/layout, issue 16): Word
cover sheets, margin chapter numbers, side headings, paragraphs set at 1.5 line spacing,
read through the real PDF parser and sectioner. The gold says what a reader sees."""

from __future__ import annotations

import json
import re
import statistics
from functools import cache

import pytest

from councilsearch.pipeline import Analysis, analyse, read_document
from tests.conftest import DATA

LAYOUT = DATA / "layout"
TREASURY = "treasury-management-strategy-2025-26"
REPORTS = ("draft-revenue-budget-2025-26", "revenue-budget-2025-26", TREASURY, "cabinet-03-feb-2025-reports-pack")


def _gold(kind: str, doc: str | None = None) -> list[dict]:
    rows = [json.loads(ln) for ln in (LAYOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    return [g for g in rows if g["kind"] == kind and (doc is None or g["doc"] == doc)]


@cache
def _read(name: str) -> Analysis:
    return analyse(read_document(LAYOUT / f"{name}.pdf"), entities=False)


def _norm(s: str) -> str:
    """Headings compared as the scorer does: one space, lower case, no dot after the number."""
    t = re.sub(r"\s+", " ", s).strip().lower()
    return re.sub(r"^(\d+(?:\.\d+)*)\.(?=\s|$)", r"\1", t).rstrip(":").strip()


def _headings(a: Analysis) -> list[str]:
    return [_norm(s.heading) for s in a.sections if s.kind == "heading" and s.heading]


@pytest.mark.parametrize("name", REPORTS)
def test_a_wrapped_paragraphs_first_line_is_not_a_heading(name: str) -> None:
    heads = _headings(_read(name))
    for g in _gold("not_heading", name):
        first = _norm(g["text"])
        made = [h for h in heads if len(h.split()) >= 4 and (first.startswith(h) or h.startswith(first))]
        assert not made, f"{name}: the first line of a paragraph made a heading: {made}"


def test_side_heading_8_5_is_in_the_outline_under_its_chapter() -> None:
    a = _read(TREASURY)
    for g in _gold("heading", TREASURY):
        if g["number"] not in ("8.4", "8.5", "8.6"):
            continue
        sec = next((s for s in a.sections if s.kind == "heading" and _norm(s.heading or "") == _norm(g["text"])), None)
        assert sec is not None, f"side heading {g['text']!r} is not in the outline: {_headings(a)}"
        assert _norm(g["parent"]) in [_norm(p) for p in sec.path[:-1]]
        # the paragraph beside it sits under it, as text, not as a table row
        body = next(s for s in a.sections if s.ordinal == sec.ordinal + 1)
        assert body.kind == "paragraph" and body.path == sec.path
        assert "\t" not in a.doc.text[body.span[0]:body.span[1]]


def test_margin_chapter_numbers_are_read_with_their_titles() -> None:
    heads = _headings(_read(TREASURY))
    for g in _gold("heading", TREASURY):
        assert _norm(g["text"]) in heads, f"{g['text']!r} not among {heads}"


@pytest.mark.parametrize("name", REPORTS)
def test_cover_sheet_labels_are_metadata_not_headings(name: str) -> None:
    a = _read(name)
    on_page = {}
    for s in a.sections:
        if s.kind == "heading" and s.heading:
            for p in s.pages:
                on_page.setdefault(p, []).append(_norm(s.heading))
    for g in _gold("cover", name):
        label, value = _norm(g["label"] or ""), _norm(g["value"])
        heads = on_page.get(g["page"], [])
        assert value not in heads and not (label and any(h.startswith(label) for h in heads)), (g, heads)
    meta = _gold("meta", name)[0]
    assert (a.doc.council, a.doc.date) == (meta["council"], meta["date"])


def test_every_document_has_its_council_and_date() -> None:
    """The issue-16 PDFs; the documents added for issue 17 are tests/test_second_corpus.py's."""
    for meta in _gold("meta"):
        if not meta["doc"].startswith(("draft-", "revenue-", "treasury-", "capital-", "cabinet-")):
            continue
        doc = _read(meta["doc"]).doc
        assert (doc.council, doc.date) == (meta["council"], meta["date"]), meta["doc"]


def test_numbered_paragraphs_carry_their_numbers() -> None:
    a = _read(TREASURY)
    for g in _gold("paragraph", TREASURY):
        first = " ".join(g["text"].split()[:3])
        assert any(
            s.para_no == g["number"] and first in re.sub(r"\s+", " ", a.doc.text[s.span[0]:s.span[1]])
            for s in a.sections
        ), g


def test_prose_passages_are_windows_not_fragments() -> None:
    a = _read(TREASURY)
    prose = [p for p in a.passages if p.kind != "table"]
    words = [len(p.text.split()) for p in prose]
    assert 120 <= statistics.median(words) <= 200, words
    assert all(w >= 10 for w in words), words
    assert all(p.path for p in prose if p.para_no), "a numbered paragraph's passage carries its heading path"
