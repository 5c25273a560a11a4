"""The span of time a figure is counted over (figures.v12), read from the parse of its own clause,
on invented sentences: a span hung on the verb that governs the figure ("over ten years it has
returned 5.1% a year") or on the figure ("7.3% over the last year") joins the figure's label, so
two figures that differ only by the time they cover are told apart; a year by number ("in
2025/26") is a period, not a span; a label that already says the span is not repeated; a rate
("£4.04 a week") is left to the text after the figure, not carried in the label, and takes no
year from the sentences before (a budget year named earlier dates the amounts, not a rate)."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_span_on_the_governing_verb_tells_two_returns_apart() -> None:
    lab = _labels("Over the twelve months to June the Wyvern fund returned 7.3%; over ten years it has "
                  "returned 5.1% a year.")
    assert "twelve months" in (lab["7.3%"] or ""), lab
    assert "ten years" in (lab["5.1%"] or ""), lab
    assert lab["5.1%"] != lab["7.3%"], lab


def test_a_span_right_after_the_figure() -> None:
    lab = _labels("Visits to the Orlwick museum rose by 12% over the last year.")
    assert "last year" in (lab["12%"] or ""), lab


def test_a_year_by_number_is_a_period_not_a_span() -> None:
    figs = [f for f in extract_figures("The Orlwick depot spent £2.4m in 2025/26 on new vehicles.") if f.kind == "money"]
    assert figs and "2025" not in (figs[0].label or "") and figs[0].period == "2025/26", figs


def test_a_rate_ends_the_label_and_stays_out_of_the_measure() -> None:
    # the rates convention of eval/README.md (figures.v17): the rate is the label's, not the measure's
    figs = {f.surface: f for f in extract_figures(
        "Each Wyvern tenant on the scheme receives a rebate of £210 a year, or £4.04 a week.")}
    assert (figs["£210"].label or "").endswith("a year") and (figs["£4.04"].label or "").endswith("a week"), figs
    assert figs["£210"].measure == figs["£4.04"].measure == "rebate", figs


def test_a_rate_takes_no_year_from_the_sentences_before() -> None:
    text = ("The Wyvern budget for 2031/32 was set in February. It includes £2.4m for road repairs, and each "
            "household will pay £3.20 a week for garden waste.")
    per = {f.surface: f.period for f in extract_figures(text) if f.kind == "money"}
    assert per["£2.4m"] == "2031/32", per
    assert per["£3.20"] is None, per
