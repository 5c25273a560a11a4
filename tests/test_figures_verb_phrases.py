"""What a verb's phrases say of a figure (figures.v45), on invented sentences: a phrase that
says when ("in November", "on 31 March 2027") is not what it measures (a span the figure is
counted over stays, as "spans" reads it); a
relative clause whose verb states a level ("which reached £2m") describes the noun before it;
a subject keeps its "of" phrase ("the sale of the garage fetched £3m")."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_month_after_the_verb_is_no_part_of_the_label() -> None:
    lab = _labels("The old Orlwick depot was put up for auction, and it fetched £1.2m in March 2025.")
    assert "March" not in (lab["£1.2m"] or ""), lab


def test_a_date_at_a_year_end_is_no_part_of_the_label() -> None:
    lab = _labels("Sampleton will draw £0.4m from the ferry reserve, leaving £1.3m in it on 31 March 2027.")
    assert "March" not in (lab["£1.3m"] or ""), lab


def test_which_reached_describes_the_noun_before() -> None:
    lab = _labels("Wyvern's spending on taxis, which reached £2.2m in 2024/25, is now falling.")
    assert "spending" in (lab["£2.2m"] or "") and "taxis" in (lab["£2.2m"] or ""), lab


def test_a_subject_keeps_its_of_phrase() -> None:
    lab = _labels("The sale of the Wyvern bus garage fetched £3.4m.")
    assert "garage" in (lab["£3.4m"] or ""), lab
