"""Number questions read as what they MEASURE against what a figure measures (issue 17, item 3),
on invented passages and questions with the real figure extractor: more ways of asking for an
amount, word numbers that count the question's subject, durations as counts of days or hours,
words of the same thing met through their kin, a list item read with its lead-in, "of whom"
and "(24%)" read with the figure they refer to, the date a question names, and what "the council itself"
pays against what another body named beside it pays."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question
from councilsearch.models import Passage
from tests.answering import answer, one_passage

_passage = one_passage
_answer = answer


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what did the Orlwick trust give the council towards the new lido", "money"),
        ("what will the health board put into the pooled fund next year", "money"),
        ("what are the two remaining property bonds worth", "money"),
        ("where do the treasury advisers expect the base rate to be by June 2027", "percent"),
        ("what shortfall was forecast for 2027/28 when the plan was agreed", "money"),
        ("what is held in the harbour dredging reserve", "money"),
    ],
)
def test_more_ways_of_asking_for_an_amount(query: str, kind: str) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


@pytest.mark.parametrize(
    "query",
    ["what did residents get from the consultation", "what is needed to finish the Orlwick scheme",
     "what day will the council collect bins", "what will the new hub provide"],
)
def test_what_is_done_with_no_amount_asks_for_none(query: str) -> None:
    assert number_question(query) is None


def test_a_word_number_is_a_count_never_an_amount() -> None:
    text = "The carrying value of the three remaining property bonds is £4.1m."
    assert _answer("what are the remaining property bonds worth", text) == "£4.1m"


def test_a_count_of_the_subject_does_not_answer_how_many_of_something_else() -> None:
    text = "Sampleton runs two swimming pools for the borough. Visits rose to 410,000 in 2026, 6% more than in 2025."
    assert _answer("how many people used Sampleton's swimming pools in 2026", text) == "410,000"


def test_a_duration_answers_how_many_days_or_hours() -> None:
    text = "The lido at Orlwick closed for 17 days after a pump failed, and 2,100 swimmers moved to the town pool."
    nq = number_question("for how many days was the Orlwick lido closed")
    assert nq is not None and nq.counted == "day"
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    assert fig is not None and fig.surface == "17 days" and fig.value == 17
    text = ("From 1 May the six village libraries will open for 140 hours a week in total, and the town "
            "library keeps its opening hours of 58 hours a week.")
    assert _answer("how many hours a week will the village libraries be open from May", text) == "140 hours"


def test_of_whom_counts_what_the_figure_before_counts() -> None:
    text = ("At 30 June 2027 the council had 190 families in temporary accommodation, of whom 27 were in "
            "hotels, compared with 150 families a year earlier. Another 9 households with children stayed in "
            "hotels for longer than six weeks.")
    assert _answer("how many families were placed in hotels at the end of June 2027", text) == "27"


def test_words_of_the_same_thing_meet_through_their_kin() -> None:
    text = ("A total of £12.4m was invested in the road network:\n- £9.1m on carriageways.\n"
            "- £1.7m on footways.\n- £1.6m on street lighting.")
    # "pavements" is printed nowhere: it weighs as "footways" does, and a list item is read with its lead-in
    counts = {"pavements": 0, "pavement": 0, "pav": 0, "footway": 3}
    assert _answer("how much went on pavements", text, lambda w: counts.get(w, 40)) == "£1.7m"
    text = "Sampleton will buy 12 refuse collection vehicles at a cost of £2.9m, and the depot canteen will cost £0.4m."
    counts = {"lorries": 0, "lorri": 0, "lorry": 0, "vehicl": 4, "bin": 6, "new": 500, "cost": 600}
    assert _answer("how much will the new bin lorries cost", text, lambda w: counts.get(w, 40)) == "£2.9m"


def test_what_is_measured_outweighs_what_it_is_of() -> None:
    text = ("Flooding at Orlwick damaged 40 homes in 2024. The Wyvern Agency will pay £1.2m from its flood grant "
            "towards the scheme, which is estimated to cost £3.4m in all.")
    common = {"scheme", "schem", "cost"}  # the papers say "cost" everywhere, "flood" rarely
    assert _answer("what will the Orlwick flood scheme cost", text, lambda w: 900 if w in common else 5) == "£3.4m"


def test_the_date_a_question_names_picks_the_figure_dated_so() -> None:
    text = "The schools deficit stands at £12.1m at 31 March 2027 (31 March 2026 deficit £8.4m)."
    assert _answer("what was the schools deficit a year earlier at 31 March 2026", text) == "£8.4m"


def test_a_bracketed_share_is_a_share_of_the_figure_before_it() -> None:
    text = ("The outturn for the highways capital budget is net reprofiling of £6.2m (24%) into next year; "
            "highways capital spending still rose by 3% on the year before.")
    assert _answer("what percentage of the highways capital budget slipped", text) == "24%"


def test_how_much_asks_for_an_amount_not_a_count() -> None:
    text = ("The council's 2,100 homes will have rents 3.1% higher from April, which will raise £0.41m of "
            "additional rent income.")
    assert _answer("how much more rent will the housing account collect after the rise", text) == "£0.41m"


def test_a_closed_compound_holds_both_its_words() -> None:
    text = "Currently there are 1,480 homecare service users, and the council employs 95 care staff."
    assert _answer("how many people get care at home from the council now", text) == "1,480"


def test_a_weekly_thing_is_no_weekly_amount() -> None:
    nq = number_question("what did the Orlwick trust give towards weekly food collections")
    assert nq is not None and nq.rate is None
    nq = number_question("how much does a weekly garden waste permit cost")
    assert nq is not None and nq.rate is None
    nq = number_question("what weekly rent will tenants pay")
    assert nq is not None and nq.rate == "week"


def test_a_figure_near_no_measure_word_fits_less() -> None:
    """A figure whose clause holds what the question is about but none of what it measures (nor
    its kin) fits less than the share of words it holds would say."""
    from councilsearch.index.answer import figure_fit

    text = "The harbour estate ended the year with a £0.8m adverse variance."
    fig = next(f for f in extract_figures(text) if f.kind == "money")
    nq = number_question("how much was invested in the harbour estate")
    assert nq is not None and nq.measures == ("invest",)
    share = 2 * 0.7 / 3  # "harbour" and "estate" in its own clause, "invested" nowhere
    assert figure_fit(fig, nq, text, text) < 0.5 + 0.4 * share - 0.05
    text = "The harbour estate ended the year with a £0.8m adverse variance on what was invested."
    fig = next(f for f in extract_figures(text) if f.kind == "money")
    assert figure_fit(fig, nq, text, text) > 0.5 + 0.4 * share


def test_a_table_title_says_what_its_cells_measure() -> None:
    """Two tables print the same row: the one titled with what the question asks fits better."""
    text = "Service\t2026/27 Budget\t2027/28 Budget\nHarbour Services\t£4.12m\t£4.38m\n"
    nq = number_question("what is the 2026/27 budget for harbour services by directorate")
    assert nq is not None
    scores = []
    for title in ("Table 4: Net revenue budget by directorate", "Table 9: Savings proposals"):
        p = Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(text)), text=text, pages=(1,),
                    path=("Budget 2026/27", title, "£000s"), para_no=None, kind="table")
        fig, score = best_answer(p, extract_figures(text), nq)
        assert fig is not None and fig.surface == "£4.12m"
        scores.append(score)
    assert scores[0] > scores[1] + 0.04  # the title reads as the cells' own clause, not as the passage around them


def test_a_flow_does_not_say_how_large_a_stock_is() -> None:
    text = ("A contribution of £1.1m from the harbour reserve paid for dredging, and the harbour reserve "
            "stands at £4.2m.")
    assert _answer("how large is the harbour reserve", text) == "£4.2m"
    text = "The harbour reserve stands at £4.2m, and £1.1m was taken from the harbour reserve."
    assert _answer("how much was taken from the harbour reserve", text) == "£1.1m"


def test_a_part_counting_another_noun_does_not_answer_how_many_of_the_asked_noun() -> None:
    # "Of these, 140 households" takes its whole's words ("staying in emergency housing"), but it counts
    # households: the question counts children, which the count printed with them answers
    text = ("At the end of March 2027, 512 households were staying in emergency housing found by Wyvern Council, "
            "with 903 children among them. Three years earlier there were 190, so the number has more than doubled. "
            "Of these, 140 households were in guest houses in Orlwick, and 17 families with children had been there "
            "since the spring.")
    question = "how many children were staying in emergency housing"
    assert _answer(question, text) == "903"
    assert _answer(question, text, lambda w: {"children": 5}.get(w, 40)) == "903"
    assert _answer("how many households were in guest houses in Orlwick", text) == "140"


def test_a_rate_per_a_unit_is_an_amount_and_a_bare_rate_charged_may_be_a_share() -> None:
    text = ("Of the 940 pupils on Orlwick school transport, 16% travel more than 15 miles. "
            "Carers who drive a pupil themselves would be paid 52p a mile, up to £3,900 a year.")
    nq = number_question("what rate per mile will carers get for driving a pupil")
    assert nq is not None and nq.kind == "money" and nq.rate is not None
    assert _answer("what rate per mile will carers get for driving a pupil", text) == "52p"
    nq = number_question("what interest rate was charged on the Wyvern bridging loan")
    assert nq is not None and nq.kind is None  # printed as a share or as money


def test_the_unit_printed_after_an_amount_says_what_it_is_per_and_a_hyphened_ly_word_names_none() -> None:
    # "weekly-let" says how the bedsit is let, not that £9,900 or £4,100 is a weekly amount
    text = ("In Orlwick a weekly-let bedsit costs on average £190 a week, about £9,900 a year for each lodger, "
            "of which a rent subsidy returns only some £4,100.")
    for question in ("what does a week in a bedsit for a lodger cost", "what does a bedsit cost a lodger each week"):
        assert _answer(question, text) == "£190"
        assert _answer(question, text, lambda w: {"lodger": 2}.get(w, 40)) == "£190"


def test_a_paragraph_number_at_a_line_start_counts_nothing() -> None:
    text = ("3.1 The Orlwick depot reopened after its refit.\n"
            "3.2 4,210 households subscribe to the Wyvern green waste round at £40 a year.")
    assert _answer("how many households pay for the green waste round", text) == "4,210"
    assert _answer("how many households pay for the green waste round", "3.2 The round has 4,210 households.") == "4,210"


def test_a_signed_or_variance_figure_answers_a_level_question_less_than_the_level() -> None:
    """A variance cell ("-£0.34m") fits a question about what was spent less than the amount spent
    does; a question about a difference (an underspend) still takes it as it did."""
    table = "Service\tVariance\nStreet cleaning in Orlwick\t-£0.34m\n"
    p = Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(table)), text=table, pages=(1,),
                path=("Outturn 2026/27", "Table 2: Environment", "£m"), para_no=None, kind="table")
    prose = "Wyvern spent £2.6m on street cleaning in Orlwick this year."
    level = number_question("how much went on street cleaning in Orlwick")
    under = number_question("by how much was street cleaning in Orlwick under budget")
    assert level is not None and under is not None
    cell, level_fit = best_answer(p, extract_figures(table), level)
    spent, prose_fit = best_answer(_passage(prose), extract_figures(prose), level)
    assert cell is not None and spent is not None and spent.surface == "£2.6m"
    assert level_fit < prose_fit
    assert best_answer(p, extract_figures(table), under)[1] >= level_fit


def test_how_many_counts_the_head_of_nouns_joined_by_and() -> None:
    nq = number_question("how many ferry and minibus routes had a single bidder")
    assert nq is not None and nq.counted == "rout"
    nq = number_question("how many free school meal pupils are there")
    assert nq is not None and nq.counted == "pupil"
    text = ("Wyvern put its ferry and minibus routes out to tender in May, and 27 routes drew a single bidder. "
            "Some 940 pupils from Orlwick travel to school by minibus each day.")
    assert _answer("how many ferry and minibus routes had a single bidder", text) == "27"


def test_how_much_something_rose_by_is_a_change_printed_as_a_share_or_an_amount() -> None:
    nq = number_question("how much did home care fees in Orlwick rise by last year")
    assert nq is not None and nq.kind is None and nq.change
    text = "Home care fees in Orlwick rose by 6.4% last year, which Wyvern met from its contingency of £2.0m."
    assert _answer("how much did home care fees in Orlwick rise by last year", text) == "6.4%"
    nq = number_question("how much was set by the cabinet for the Orlwick fund")
    assert nq is not None and not nq.change


def test_what_the_council_itself_pays_is_not_another_bodys() -> None:
    text = ("The Orlwick relief road will cost £8.4m. The Wyvern Valley Transport Board will pay £5.9m towards the "
            "road from its growth fund, and the remaining £2.5m will come from the county.")
    assert answer("what will the county itself pay towards the relief road", text) == "£2.5m"
    from councilsearch.index.answer_clause import names_other_body
    assert names_other_body("with the precept of Sampleton Fire Authority (£88.40)")
    assert names_other_body("the Government will meet £1.2m")
    assert not names_other_body("the County Council will meet £2m")
    assert not names_other_body("Full Council approved £3m")
    assert not names_other_body("as the Local Government Act 2003 requires")
