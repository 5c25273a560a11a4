"""What an amount is counted per has one home (``extract.figures.rates``): a table's column of
rates, a pound unit written with a rate, a prose figure's rate from the parse and a number
question's rate read the same words. Invented councils and sentences."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures, periods, rates
from councilsearch.index import asking


def test_one_home_for_the_rate_of_an_amount() -> None:
    assert asking.rate_unit is rates.rate_unit
    assert periods.rate_after is rates.rate_after  # periods reads a rate after an amount from here too


def test_a_rate_after_an_amount() -> None:
    text = "Wyvern charges £3.20 a week, £45 per visit, £2,300 each, £5m a quarter and £9m in 2031/32."
    def after(amount: str) -> bool:
        return rates.rate_after(text, text.index(amount) + len(amount))
    assert after("£3.20") and after("£45") and after("£2,300") and after("£5m")
    assert not after("£9m")
    assert not rates.rate_after("a share of 4 per cent.", len("a share of 4"))


def test_a_rate_written_with_every_is_a_rate_in_a_question_and_over_a_table() -> None:
    # "every" was a rate in a table's column of rates only; a question and a unit read it too
    assert rates.rate_unit("how much does Wyvern pay its carers every week") == "week"
    assert rates.pound_rate("Orlwick day centre charges (£ every day)") == "every day"
    text = (
        "Table 2: Orlwick day centre charges (£ every day)\n"
        "Service\t2030/31\t2031/32\n"
        "Day care\t41\t43\n"
    )
    fee = next(f for f in extract_figures(text) if f.table_row == "Day care" and f.table_col == "2031/32")
    assert (fee.unit, fee.value) == ("GBP", 43.0)
    assert fee.label is not None and fee.label.endswith("every day")


def test_per_cent_and_a_year_are_no_rate_to_compare() -> None:
    assert rates.rate_unit("what per cent of Sampleton bins were missed") is None
    assert rates.rate_unit("how much is the Sampleton grant per year") is None  # most totals are a year's
    assert not rates.is_rate_cell("per cent")
    assert rates.pound_rate("Share of spend (£ per cent)") is None


def test_the_same_words_make_a_rate_cell_and_a_rate_in_text() -> None:
    for cell, unit in (("weekly", "week"), ("per night", "night"), ("a month", "month"), ("every hour", "hour")):
        assert rates.is_rate_cell(cell)
        assert rates.rate_unit(f"the Wyvern charge {cell}") == unit
    assert rates.is_rate_cell("annually") and rates.rate_unit("the Wyvern charge annually") is None
    found = rates.find_rate("weekly collections cost £3 per bin")
    assert found is not None and found.ly and found.unit == "week"
