"""Number questions by mechanism (councilsearch.index.answer): the kind a question asks for,
and the figure chosen by the question's measure words against each figure's label, own clause
and period, on invented passages with the real figure extractor (spaCy labels included)."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import fold
from councilsearch.index.answer import best_answer, number_question
from tests.answering import answer, one_passage

_passage = one_passage
_answer = answer


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what population does the borough serve", "count"),
        ("how many households were on the waiting list", "count"),
        ("what proportion of roads need repair", "percent"),
        ("how much did the library refurbishment cost", "money"),
        ("what was the council tax increase per band D property in pence", "money"),
        ("how big is the pension fund deficit", "money"),
    ],
)
def test_the_kind_a_question_asks_for(query: str, kind: str) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


def test_measure_words_choose_between_figures_of_one_passage() -> None:
    text = ("The borough has a resident population of 143,210 living in 61,400 households, and "
            "the county as a whole has 712,000 residents.")
    assert _answer("how many households are there in the borough", text) == "61,400"
    assert _answer("what population does the borough have", text) == "143,210"


def test_the_clause_decides_between_figures_sharing_a_noun() -> None:
    text = "The plan sets out £41m of planned savings of which £17.5m have been delivered so far."
    assert _answer("how much of the planned savings have been delivered", text) == "£17.5m"
    assert _answer("how much is the total of planned savings", text) == "£41m"


def test_no_figure_is_named_when_none_fits() -> None:
    text = "The new depot cost £4.2m and opened in May 2025 with 38 staff."
    assert _answer("what percentage of residents recycle their waste", text) is None  # no percent at all
    assert _answer("how much did the council spend on school transport", text) is None  # money, but not this


def test_a_year_in_the_question_must_agree_with_the_figure() -> None:
    text = "Spending on highways was £12.1m in 2023/24; in 2024/25 it was £13.4m."
    assert _answer("how much was spent on highways in 2024/25", text) == "£13.4m"
    assert _answer("how much was spent on highways in 2023/24", text) == "£12.1m"


def test_pence_and_per_week_amounts_are_money_answers() -> None:
    text = "The charge rises by 31 pence a week, which is £16.12 a year for each tenant."
    assert _answer("how much does the weekly charge rise", text) == "31 pence"


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what will the annual fee for a resident's boat mooring be next year", "money"),
        ("how far over budget is the ferry service", "money"),
        ("by how much will allotment rents go up", None),
        ("what hourly rate will the council pay for respite care", "money"),
        ("what will band D council tax be for the borough's share", "money"),
        ("what money will the developer pay towards the bus service", "money"),
    ],
)
def test_more_ways_of_asking_for_a_number(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


def test_over_budget_is_an_overspend() -> None:
    nq = number_question("how far over budget is the ferry service")
    assert nq is not None and fold("overspend") in nq.terms and fold("budget") not in nq.terms
    text = "Against a budget of £1.9m, the forecast is an overspend of £400,000."
    assert _answer("how far over budget is the ferry service", text) == "£400,000"


def test_a_question_about_now_or_next_takes_the_latest_year() -> None:
    text = "Mooring permit (per year)\t£310.00\t£325.00\n"
    table = "Charge\t2025/26\t2026/27\n" + text
    assert _answer("how much will a mooring permit cost from April", table) == "£325.00"
    assert _answer("how much did a mooring permit cost in 2025/26", table) == "£310.00"


def test_a_number_the_question_states_is_not_its_answer() -> None:
    text = "About 9,500 students attend the borough's two colleges."
    assert _answer("how many students attend the two colleges", text) == "9,500"


def test_what_someone_will_pay_is_money_and_from_to_goes_to_the_later_value() -> None:
    nq = number_question("what will a ferry passenger pay for a return ticket after the rise")
    assert nq is not None and nq.kind == "money" and nq.latest
    text = "The operator has asked for the return ticket to go up from £6.40 to £7.10 in the summer."
    assert _answer("what will a ferry passenger pay for a return ticket after the rise", text) == "£7.10"
    assert _answer("what did a return ticket on the ferry cost before the rise", text) == "£6.40"


def test_how_much_of_a_whole_asks_for_the_part() -> None:
    nq = number_question("how much of the harbour's running cost is paid from mooring fees")
    # the whole ("the harbour's running cost") only says where to look: its words weigh half, its measure none
    assert nq is not None and fold("mooring") in nq.terms and nq.weight(fold("harbour")) == nq.weight(fold("mooring")) / 2
    assert fold("cost") not in nq.terms
    text = "The harbour is expected to cost £520,000 in 2026/27 and to recover £310,000 of that from mooring fees."
    assert _answer("how much of the harbour's running cost is paid from mooring fees", text) == "£310,000"


def test_licence_and_licensed_meet() -> None:
    assert fold("licence") == fold("licensed") == fold("licenses")


def test_a_month_the_question_names_picks_the_figure_dated_so() -> None:
    text = ("Berth fees be increased by 5.1% from 1 May 2026; winter storage fees be increased by 2.0% to £88.00 "
            "a month.")
    assert _answer("by how much will berth fees go up in May 2026", text) == "5.1%"


def test_a_share_question_keeps_its_whole_a_part_question_drops_it() -> None:
    """'what percentage of X is Y': a share is printed with its whole ('6.1% of the net budget'),
    so X's words are measure words too and a range in Y's policy does not outbid it; 'how much
    of X is Y' still asks for Y."""
    text = ("The Wyvern contingency reserve is £9m, representing 6.1% of the 2026/27 net budget, "
            "within the reserves policy range of 5% to 8% of net spending.")
    assert _answer("what percentage of the net budget is the contingency reserve", text) == "6.1%"
    nq = number_question("how much of the bus service's cost is paid from fares")
    assert nq is not None and "cost" not in nq.terms


# -- how candidates are compared (issue 17, item 3) -------------------------------------------
def _weighed(question: str, common: set[str], passages: int = 1000):
    """The question with its measure words weighed as a store of ``passages`` would: the words
    in ``common`` are in every passage, the others in two."""
    from councilsearch.index.answer import weigh

    nq = number_question(question)
    assert nq is not None
    return weigh(nq, lambda w: passages if w in common else 2, passages)


def test_a_rare_measure_word_outweighs_common_ones() -> None:
    text = "The council's total spend this winter was £3.2m, and gritting took £0.6m."
    q = "how much did the council spend on gritting"
    nq = _weighed(q, {"council", "spend", "spent"})
    assert dict(nq.weights)[fold("gritting")] > dict(nq.weights)[fold("council")]
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    assert fig is not None and fig.surface == "£0.6m"


def test_a_word_no_passage_holds_weighs_nothing() -> None:
    from councilsearch.index.answer import weigh

    nq = number_question("how much did the council spend on gritting")
    assert nq is not None
    nq = weigh(nq, lambda w: 0 if w.startswith("grit") else 5, 1000)
    assert dict(nq.weights)[fold("gritting")] == 0.0 and dict(nq.weights)[fold("council")] > 0


def test_a_rate_question_wants_an_amount_per_that_unit() -> None:
    text = "Home support will cost £2.6m in 2026/27, paid at £25.40 an hour or £180.00 a week for live-in care."
    assert _answer("what hourly rate will the council pay for home support", text) == "£25.40"
    assert _answer("what weekly rate will the council pay for live-in care", text) == "£180.00"
    assert _answer("how much will home support cost in 2026/27", text) == "£2.6m"


def test_what_would_have_happened_is_not_what_happens() -> None:
    text = ("Closing the depot at weekends would have saved £70,000 a year; "
            "the shorter opening hours save £45,000 a year.")
    assert _answer("how much does the depot change save", text) == "£45,000"
    assert _answer("how much would closing the depot at weekends have saved", text) == "£70,000"


def test_codes_and_ratios_are_not_counts() -> None:
    text = ("1 in 10 children in residential care are placed out of the county. At the year end numbers in "
            "residential provision were 122.")
    assert _answer("how many children were in residential care at the year end", text) == "122"
    text = "HC/44\tTEMPORARY ACCOMMODATION: 214 households were in temporary accommodation."
    assert _answer("how many households were in temporary accommodation", text) == "214"


def test_an_undated_question_takes_the_latest_column_not_after_the_document() -> None:
    table = "£000\tBalance 01/04/25\tBalance 31/03/26\nFlood recovery reserve\t4,120\t5,360\n"
    nq = number_question("how large is the flood recovery reserve")
    assert nq is not None
    fig, _ = best_answer(_passage(table), extract_figures(table), nq, as_of="2026-05-20")
    assert fig is not None and fig.surface == "5,360"
    plan = "£m\t2025-26\t2026-27\t2027-28\nFerry subsidy gap\t3.1\t4.4\t5.0\n"
    nq = number_question("what is the ferry subsidy gap")
    assert nq is not None
    fig, _ = best_answer(_passage(plan), extract_figures(plan), nq, as_of="2025-02-10")
    assert fig is not None and fig.surface == "3.1"  # this year's, not a later year's plan


def test_words_of_the_passage_and_its_headings_count_a_little() -> None:
    from councilsearch.extract.figures.words import content_words
    from councilsearch.index.answer import figure_fit

    text = "The forecast is an overspend of £440,000."
    fig = next(f for f in extract_figures(text) if f.kind == "money")
    nq = number_question("how far over budget is the ferry service")
    assert nq is not None
    bare = figure_fit(fig, nq, text, text)
    assert figure_fit(fig, nq, text, text, context=content_words("Ferry service " + text)) > bare > 0


def test_a_change_question_wants_a_change_not_a_level() -> None:
    text = ("The Board considered the proposed charges for the 2,140 moorings in the harbour. "
            "Mooring charges be increased by 3.9% from 1 April 2026.")
    assert _answer("by how much will harbour mooring charges go up in April 2026", text) == "3.9%"


def test_a_whole_measures_what_its_parts_measure() -> None:
    text = "The capital cost of £4.1m comprises £3.6m for new gritters and £0.5m for salt barns."
    assert _answer("how much will the new gritters and salt barns cost", text) == "£4.1m"
    assert _answer("how much will the salt barns cost", text) == "£0.5m"


def test_past_forms_of_amount_verbs_meet_their_present() -> None:
    """'the fee paid by the council' is what 'what does the council pay' asks for; 'spent' meets
    'spend' and 'held' meets 'hold', as 'rose' already meets 'rise'."""
    nq = number_question("what does the harbour board pay for dredging")
    assert nq is not None
    text = "The harbour board paid £310,000 for dredging, and £45,000 was recovered from the marina's fees."
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    assert fig is not None and fig.surface == "£310,000"
    from councilsearch.index.answer import figure_fit

    own = "The harbour board paid £310,000 for dredging"
    assert figure_fit(fig, nq, own, text) > 0.5 + 0.4 * 0.9  # every measure word found in the label
