"""Edge input through the extractors and the analysis of a document (found robust in review;
kept so that it stays so): empty and blank text, text with no sentence, a table of one column,
a table of headers only, lines of separators only, and unicode (full-width digits, ligatures,
zero-width and line-separator characters, curly quotes). Invented text, the real models."""

from __future__ import annotations

from pathlib import Path

import pytest

from councilsearch.errors import EmptyDocumentError
from councilsearch.extract.entities import extract_entities
from councilsearch.extract.figures import extract_figures
from councilsearch.pipeline import analyse, read_document

EDGES = {
    "empty": "",
    "blank": "  \n\n\t\n",
    "no sentence": "£5m",
    "no full stop": "Wyvern Council spent £5m on roads",
    "one column": "Table 1: Costs (£000)\nItem\nRoads\nParks\n12\n",
    "headers only": "\t2030/31\t2031/32\n\t\tBudget\tForecast\n",
    "separators": ";;;\n; ; ;\nPartners: ; ; ,\n()\n-\n",
    "titles alone": "Councillor\nCanon\nMajor (Retd)\nChair ()\n",
    "unicode": "Ünïcødé — £５m “Orlwick” ﬁnance\u200b\u00a0£3.2m\u2028 rise of 5% ½ €4.\n",
}


@pytest.mark.parametrize("text", EDGES.values(), ids=EDGES.keys())
def test_the_extractors_take_edge_text(text: str) -> None:
    figures = extract_figures(text)
    entities = extract_entities(text, council="Wyvern Council")
    for f in figures:
        assert text[f.span[0]:f.span[1]] == f.surface
    for e in entities:
        assert 0 <= e.span[0] < e.span[1] <= len(text)


def test_edge_unicode_keeps_the_figures_it_can_read() -> None:
    surfaces = {f.surface for f in extract_figures(EDGES["unicode"])}
    assert {"£3.2m", "5%"} <= surfaces


@pytest.mark.parametrize("name", ["no sentence", "one column", "unicode", "headers only"])
def test_a_document_of_edge_text_is_analysed(name: str, tmp_path: Path) -> None:
    path = tmp_path / "wyvern-note.txt"
    path.write_text(EDGES[name])
    a = analyse(read_document(path))
    assert a.passages and all(p.text.strip() for p in a.passages)


@pytest.mark.parametrize("name", ["empty", "blank"])
def test_a_document_of_no_text_is_refused_by_name(name: str, tmp_path: Path) -> None:
    path = tmp_path / "wyvern-note.txt"
    path.write_text(EDGES[name])
    with pytest.raises(EmptyDocumentError, match=r"wyvern-note\.txt"):
        read_document(path)


def test_an_html_table_with_odd_span_attributes_is_read(tmp_path: Path) -> None:
    """A span that is no plain number ('²' is a digit to str.isdigit but not to int, ' 2 ' has
    spaces, 'x', '0', '999') spans one cell, or its number; it never stops the reader."""
    path = tmp_path / "wyvern-table.html"
    path.write_text(
        "<html><body><h1>Wyvern budget</h1><table>"
        '<tr><th colspan="²">Service</th><th colspan=" 2 ">2031/32</th><th rowspan="x">Note</th></tr>'
        '<tr><td rowspan="²">Parks</td><td colspan="0">1,200</td><td colspan="999">150</td></tr>'
        "</table></body></html>", encoding="utf-8")
    text = read_document(path).text
    assert "Service\t2031/32\t\tNote" in text and "Parks\t1,200\t150" in text
