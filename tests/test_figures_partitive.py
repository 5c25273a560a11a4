"""A sentence that opens by naming the whole it divides ("Of the 240 pupils, 31 walk") counts
parts of that whole (figures.v14), on invented sentences: the whole's noun joins each part's
label, after a paragraph's number too and with a number written in the whole; a relative
opening ("Of those who replied") names no noun; a second clause after a semicolon is not a part."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import content_words


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_each_part_names_the_whole() -> None:
    lab = _labels("Of the 1,240 pupils on the Wyvern roll, 310 walk to school and 95 cycle.")
    assert "pupil" in content_words(lab["310"]), lab
    assert "pupil" in content_words(lab["95"]), lab


def test_after_a_paragraph_number() -> None:
    lab = _labels("4.1 Of the 2,600 permits issued, 340 went to visitors to the Orlwick zone.")
    assert "permit" in content_words(lab["340"]) and "visitor" in content_words(lab["340"]), lab


def test_a_relative_opening_names_no_whole_and_a_new_clause_is_not_a_part() -> None:
    lab = _labels("Of those who replied, 40% backed the Sampleton plan.")
    assert "who" not in (lab["40%"] or "").lower().split(), lab
    lab = _labels("Of the 80 stalls, 62 were let; the market made £41,000.")
    assert "stall" not in content_words(lab["£41,000"]), lab
