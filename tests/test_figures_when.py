"""When a figure applies (figures.v4), on invented sentences: a year carried from the sentences
or heading before dates money, not counts of people or things; a counterfactual amount takes
no carried year; a comparison's base year ("more than in 2019") is not the figure's; a change's
starting value ("up from 900") is not dated by the change's year; a sentence broken over PDF
lines is read as one."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


def test_a_carried_year_dates_money_but_not_counts() -> None:
    text = ("The cemetery service will cost £845,000 in 2027/28.\n"
            "The service looks after 14 burial grounds and employs 23 gardeners.\n"
            "Grave fees will bring in £310,000.\n")
    f = _figs(text)
    assert f["£845,000"].period == "2027/28"
    assert f["£310,000"].period == "2027/28"  # money: the year the sentences before named
    assert f["14"].period is None and f["23"].period is None  # a count of things: not dated by it


def test_a_headings_year_does_not_reach_counts() -> None:
    text = ("Parks budget 2026/27\n"
            "The parks team maintains 61 playgrounds.\n"
            "Spending on them is £1.2m, and 8% of it goes on repairs.\n")
    f = _figs(text)
    assert f["61"].period is None
    assert f["£1.2m"].period == "2026/27" and f["8%"].period == "2026/27"


def test_a_share_without_money_takes_no_carried_year() -> None:
    text = ("The consultation on the 2026/27 budget closed in January.\n"
            "Of the 812 residents who replied, 64% supported the proposal.\n")
    f = _figs(text)
    assert f["812"].period is None and f["64%"].period is None


def test_a_counterfactual_amount_takes_no_carried_year() -> None:
    text = ("Net spending on markets will be £2.4m in 2026/27.\n"
            "Closing the indoor market would have saved £95,000 a year but was rejected.\n")
    assert _figs(text)["£95,000"].period is None


def test_a_comparisons_base_year_is_not_the_figures() -> None:
    text = "Footfall rose to 48,000 in 2024, 6% more than in 2019, and takings reached £0.6m."
    f = _figs(text)
    assert f["48,000"].period == "2024" and f["6%"].period == "2024" and f["£0.6m"].period == "2024"


def test_a_changes_starting_value_is_not_dated_by_its_year() -> None:
    text = "Bookings reached 5,300 in 2025/26, up from 4,100 in the first year of the scheme."
    f = _figs(text)
    assert f["5,300"].period == "2025/26" and f["4,100"].period is None


def test_a_sentence_broken_over_pdf_lines_is_read_as_one() -> None:
    text = ("\tThe Bereavement Services Manager said that 318 cremations paid for by\n"
            "\tthe council were held in 2023/24, at an average\n"
            "cost of £1,020, and that waiting times had fallen.\n")
    f = _figs(text)
    assert f["318"].period == "2023/24" and f["£1,020"].period == "2023/24"
    one = {fig.sentence_span for fig in extract_figures(text, labels=False) if fig.surface in ("318", "£1,020")}
    assert len(one) == 1
