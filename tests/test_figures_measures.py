"""What figures measure and when (figures.v3), on invented sentences: a period from a column
header, a date target, a typo'd year, clause-level attachment, the sentence before, pence,
and a count written with "m"."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure
from councilsearch.models import Figure


def _figs(text: str, labels: bool = False) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=labels) if f.kind in ("money", "percent", "count")}


def test_period_from_a_column_header() -> None:
    text = (
        "Table 4: Library service budget\n"
        "Service\t2026/27 £000\t2027/28 £000\n"
        "Mobile libraries\t1,240\t1,315\n"
    )
    f = _figs(text)
    assert f["1,240"].period == "2026/27" and f["1,315"].period == "2027/28"
    assert f["1,240"].value == 1240000 and "Mobile libraries" in (f["1,240"].table_row or "")


def test_a_table_takes_the_year_of_the_sentence_that_introduces_it() -> None:
    text = (
        "A summary of the parks outturn for 2024/25 is set out below:\n"
        "\t£000\n"
        "Grounds maintenance\t3,105\n"
    )
    assert _figs(text)["3,105"].period == "2024/25"


def test_a_date_in_the_header_is_no_year() -> None:
    head = "Spending of £4m on flood defences in 2024/25 was met from reserves.\nThey are shown below:\n"
    dated = head + "Reserve\tBalance 01/04/24 £000\tBalance 31/03/25 £000\nFlood resilience\t410\t655\n"
    f = _figs(dated)
    assert f["410"].period is None and f["655"].period is None  # a balance at a date
    plain = head + "Reserve\tRevised £000\tActual £000\nFlood resilience\t410\t655\n"
    assert _figs(plain)["410"].period == "2024/25"  # the year of the sentences before it


def test_a_date_target_is_a_date_not_a_financial_year() -> None:
    text = ("If costs follow the 2025/26 trend, the cumulative transport overspend could reach £112m by "
            "March 2031.")
    f = _figs(text)
    assert f["£112m"].period is None
    text = "The harbour reserve stands at £3.1m as at 31 March 2026, which is 2.5% of the 2026/27 budget."
    f = _figs(text)
    assert f["£3.1m"].period is None and f["2.5%"].period == "2026/27"


def test_a_typod_year_is_flagged_not_corrected() -> None:
    text = "Savings of £12m are planned over the plan, rising to £19m by 20228/29."
    figs = extract_figures(text, labels=False)
    typo = next(f for f in figs if f.surface == "20228/29")
    assert "typo_year" in typo.flags and typo.value == "20228/29" and typo.period is None
    f = _figs(text)
    assert f["£12m"].period is None and f["£19m"].period is None  # nobody takes the broken year


def test_a_year_belongs_to_the_figure_in_its_clause() -> None:
    text = "The review found savings of £14m over the next four years, with scope to reach £22m by 2029/30."
    f = _figs(text)
    assert f["£22m"].period == "2029/30"
    assert f["£14m"].period is None  # not the year that belongs to £22m
    text = "During 2025/26, 340 new homes were completed at 6 sites."
    f = _figs(text)
    assert f["340"].period == "2025/26" and f["6"].period == "2025/26"  # a year set out before both


def test_money_takes_the_year_named_in_the_sentence_before() -> None:
    text = ("The leisure budget for 2025/26 was approved in February. Spending on pools is £2.3m and "
            "spending on gyms is £1.1m.")
    f = _figs(text)
    assert f["£2.3m"].period == "2025/26" and f["£1.1m"].period == "2025/26"


def test_pence_are_money() -> None:
    f = _figs("Band D tax rises by 31 pence a week, and parking by 20p an hour.")
    assert f["31 pence"].kind == "money" and f["31 pence"].value == 0.31
    assert f["20p"].kind == "money" and f["20p"].value == 0.2


def test_millions_of_people_are_a_count_not_pounds() -> None:
    text = "The region has a 1.9m resident population and its transport budget is 2.4m."
    f = _figs(text)
    assert f["1.9m"].kind == "count" and f["1.9m"].value == 1.9e6  # a sentence about money all the same
    assert f["2.4m"].kind == "money" and f["2.4m"].value == 2.4e6


def test_labels_say_of_what() -> None:
    text = ("The outturn shows an overspend of £6.2m on waste collection, offset by an underspend "
            "of £1.4m on street lighting and £0.8m on parks.")
    f = _figs(text, labels=True)
    assert f["£6.2m"].label == "overspend on waste collection"
    assert f["£0.8m"].label == "underspend on parks"  # the noun shared, the phrase its own


def test_delivered_achieved_and_target_amounts_are_told_apart_in_labels() -> None:
    from councilsearch.extract.figures import extract_figures

    text = ("Planned efficiencies of £12m for the year, of which £7.5m have been delivered. Income of £3.1m "
            "was achieved against an income target of £4m.")
    labels = {f.surface: f.label or "" for f in extract_figures(text) if f.kind == "money"}
    assert "delivered" in labels["£7.5m"] and "delivered" not in labels["£12m"]
    # "was achieved" is no longer added to the label (figures.v12: the pass that did it was worth
    # nothing on label accuracy and measures by counts and cost a number question); the amount
    # achieved and its target are still told apart
    assert "income" in labels["£3.1m"].lower() and "target" not in labels["£3.1m"]
    assert "target" in labels["£4m"] and "achieved" not in labels["£4m"]


def test_tabs_that_only_indent_or_number_prose_do_not_make_a_table() -> None:
    text = (
        "PK/12\tALLOTMENT RENTS 2026/27\n"
        "\tThe Panel noted that the waiting list for plots had grown to 96 residents over the\n"
        "summer.\n"
        "Plot rents will rise by 6% to £41.50 a year.\n"
    )
    f = _figs(text)
    assert f["6%"].period == "2026/27" and f["£41.50"].period == "2026/27"  # the numbered heading's year
    assert f["96"].table_row is None  # an indented line is prose, not a one-cell table row


def test_a_year_written_by_one_figure_is_that_figures_alone() -> None:
    text = ("The parking income target for 2026/27 is £2.6m, a rise of £0.3m on the outturn for 2025/26 "
            "of £2.3m.")
    f = _figs(text)
    assert f["£2.3m"].period == "2025/26"
    assert f["£0.3m"].period == "2026/27"  # the sentence's year, set out before every figure
    text = "Grit use fell from 410 tonnes in 2024/25 to 365 tonnes in 2025/26, which saved £21,000."
    f = _figs(text)
    assert f["410"].period == "2024/25" and f["365"].period == "2025/26"
    assert f["£21,000"].period == "2025/26"  # a "which" clause goes on about the figure before it


def test_a_year_apart_from_the_figures_dates_all_of_its_clause() -> None:
    text = "Repairs of £0.8m and a grant of £0.2m to the rowing club for work finished in 2025/26 were paid."
    f = _figs(text)
    assert f["£0.8m"].period == "2025/26" and f["£0.2m"].period == "2025/26"


def test_the_sentences_only_year_dates_the_figures_after_it() -> None:
    text = "Of the 40 ferry crossings cancelled in 2025, 31 were due to weather (78%), against 52% nationally."
    f = _figs(text)
    assert f["31"].period == "2025" and f["78%"].period == "2025" and f["52%"].period == "2025"
    text = "In 2024/25 the marina let 61% of its berths, below the regional 70% and short of the 80% target by 2029."
    f = _figs(text)
    assert f["70%"].period == "2024/25" and f["80%"].period is None  # the target's date is its own


def test_a_span_of_years_is_no_period() -> None:
    text = "The Coastal Plan 2026 to 2031 provides 14 new beach huts."
    assert _figs(text)["14"].period is None


def _labels(text: str) -> dict[str, str | None]:
    return {s: f.label for s, f in _figs(text, labels=True).items()}


def test_a_figure_that_is_the_object_of_a_verb_takes_the_subject_and_the_verb() -> None:
    lab = _labels("The later closing times cost £52,000 a year.")
    assert same_measure(lab["£52,000"], "cost of later closing times")
    lab = _labels("The harbour trust contributes £0.6m to the dredging fund.")
    assert same_measure(lab["£0.6m"], "harbour trust contribution to the dredging fund")


def test_a_figure_that_is_the_subject_of_a_verb_takes_what_the_verb_says() -> None:
    lab = _labels("In the survey, 64% agreed with the proposed parking charges.")
    assert same_measure(lab["64%"], "agreed with the proposed parking charges")
    lab = _labels("After the grant, £2.2m will be met from capital receipts.")
    assert same_measure(lab["£2.2m"], "capital receipts")


def test_a_counted_subject_takes_its_verb() -> None:
    lab = _labels("On 1 March, 243 tenants were waiting for a transfer.")
    assert same_measure(lab["243"], "tenants waiting for a transfer")


def test_labels_from_where_a_figure_is_written() -> None:
    lab = _labels("Of the 48 complaints closed in 2025, 30 were upheld (63%), against 55% the year before.")
    assert lab["63%"] == lab["30"]  # the bracket restates the figure before it
    lab = _labels("A season ticket for the marina car park will be £240.00, an increase of 6.2%.")
    assert same_measure(lab["6.2%"], "increase in season ticket for the marina car park")
    lab = _labels("Ferry crossings rose to 41,200 in 2025, 12% more than in 2024.")
    assert same_measure(lab["12%"], "increase in ferry crossings")
    lab = _labels("The harbour balance is within the range of 4% to 9% set in the moorings policy.")
    assert same_measure(lab["9%"], "range set in the moorings policy") and lab["4%"] == lab["9%"]
    lab = _labels("The pier is expected to cost £90,000 and to earn £70,000, leaving £20,000 to be met from reserves.")
    assert same_measure(lab["£20,000"], "met from reserves")
    lab = _labels("Fuel and maintenance costs rose by 6.5% over the year.")
    assert same_measure(lab["6.5%"], "rise in maintenance costs")
