"""The layout test corpus (tests/data/layout, see its README): the committed files are what its
generator makes, its gold hangs together, and the scorer runs over it through the product's
own parse and reports every measure. How well the product reads the corpus is for the tests
that come with the parser's fixes (issue 16), not for these."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.generators import load_generator

LAYOUT = DATA / "layout"
KINDS = {"line", "heading", "paragraph", "not_heading", "cover", "meta", "cell", "duplicate"}


def _gold() -> list[dict]:
    return [json.loads(ln) for ln in (LAYOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]


def test_committed_files_are_what_the_generator_makes(tmp_path: Path) -> None:
    gen = load_generator("layout")
    gen.write(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    jsonl = ["gold.jsonl", "questions.jsonl", "figures.jsonl", "entities.jsonl"]
    assert made == sorted([*gen.FILES, *jsonl])
    for name in made:
        assert (LAYOUT / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"{name} differs from what tests/data/layout/make_corpus.py makes: run it and commit the result"
        )


def test_the_gold_hangs_together() -> None:
    gold = _gold()
    assert {g["kind"] for g in gold} == KINDS
    docs = {g["doc"] for g in gold}
    assert all(any((LAYOUT / f"{d}{s}").is_file() for s in (".pdf", ".docx", ".html")) for d in docs)
    per_doc = Counter((g["doc"], g["kind"]) for g in gold)
    for d in docs:
        assert per_doc[(d, "line")] >= 20 and per_doc[(d, "meta")] == 1, d
    for g in gold:
        if g["kind"] == "duplicate":
            assert g["doc"] in docs and g["of"] in docs and g["relation"] in ("version", "pack")
        elif g["kind"] == "cell":
            assert g["unit"] == "GBP" and isinstance(g["value"], float) and g["surface"]
        elif g["kind"] == "heading" and g["parent"] is not None:
            assert any(h["kind"] == "heading" and h["doc"] == g["doc"] and h["text"] == g["parent"] for h in gold)
    questions = [json.loads(ln) for ln in (LAYOUT / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(questions) >= 10 and len({q["id"] for q in questions}) == len(questions)
    assert all(q["doc"] in docs and all(a["doc"] in docs for a in q["alt"]) for q in questions)


def test_split_numbers_are_numbers_with_white_space_inside() -> None:
    from councilsearch.evaluate.layout import number_tokens, split_numbers

    tokens = set(number_tokens("a gap of £38.6m in 2025-26, against £1,419m (6.6%)."))
    assert tokens == {"£38.6m", "2025-26", "£1,419m", "6.6%"}
    text = "a gap of £38 .6m in 2025 -26 and again in 2025-26, against £1, 419 m and 6.6%"
    found = sorted(text[s:e] for (s, e), _ in split_numbers(text, tokens))
    assert found == ["2025 -26", "£1, 419 m", "£38 .6m"]


def test_near_copies_are_measured_without_spaces() -> None:
    from councilsearch.evaluate.layout_search import shingles, similarity

    a = shingles("The Revenue Budget Forecast for 2025-26 shows a gap of £38.6m before savings.")
    b = shingles("The Revenu e Budget Forecas t for 2025 -26 shows a gap of £38 .6m before savings.")
    c = shingles("Members of the committee receive treasury management training each autumn.")
    assert similarity(a, b) == 1.0
    assert similarity(a, c) < 0.1


def test_eval_layout_reports_every_measure() -> None:
    """The CLI's ``eval layout`` parses the corpus with the product's pipeline and reports
    each measure as a number (the questions, which need an index, are skipped here)."""
    from typer.testing import CliRunner

    from councilsearch.cli import app

    r = CliRunner().invoke(app, ["eval", "layout", "--corpus", str(LAYOUT), "--no-search", "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    n_docs = len(load_generator("layout").DOCS)
    assert rep["documents"] == n_docs and rep["errors"] == {}
    text, tables, sections = rep["text"], rep["tables"], rep["sections"]
    assert text["tokens"] > 1000 and text["lines"] > 300 and 0 <= text["line_recall"] <= 1
    assert text["split_per_1000"] >= 0 and 0 < text["pypdf"]["lines"] <= text["lines"]  # pypdf reads the PDFs only
    assert tables["cells"] > 100 and 0 <= tables["cells_with_unit"] <= 1 and tables["rows"] > 20
    assert sections["headings"] > 30 and sections["cover_items"] > 20 and sections["paragraphs"] > 40
    assert 0 <= sections["headings_found"] <= 1 and sections["wrapped_first_lines"] > 0
    assert rep["passages"]["passages"] > 0 and rep["passages"]["median_passage_words"] > 0
    assert rep["metadata"]["documents"] == n_docs
    assert "search" not in rep


@pytest.mark.slow
def test_layout_questions_run_against_an_index() -> None:
    from councilsearch.evaluate.layout import evaluate_layout, summary

    rep = evaluate_layout(LAYOUT)
    s = rep["search"]
    assert s["questions"] >= 10 and s["failed_files"] == []
    assert 0 <= s["recall@5"] <= 1 and 0 <= s["mrr@10"] <= 1 and s["near_copy_repeats"] >= 0
    assert any(row[0] == "questions Recall@5" for row in summary(rep))
