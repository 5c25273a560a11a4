"""Number questions read by mechanisms of English that decide which figure answers (issue 17, item
3), on invented questions and passages with the real figure extractor: a question asking how long
(a spell, answered by a duration), what something is expected to cost, what was set aside or
saved, where a place sits in a league table; an amount asked of each of a kind of thing ("what did
each inspection cost") against the total, and an amount restated per unit after its total; the
part a "how much of X will be Y" question asks for; a bracketed aside that does not end a figure's
clause; a part printed as one ("12,000 of them in rural parishes") for a question its own words do not
answer; the lead-in of a list, which every item shares; a question's past verb that is no other thing counted ("how many people moved"); words of
one measure met through their kin ("typical" for "median", "population" for "residents", "meet"
for "pay")."""

from __future__ import annotations

import pytest

from councilsearch.index.answer import number_question
from tests.answering import answer


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("how long do damp repairs take to finish in Orlwick", "count"),
        ("how old is the tree survey the Wyvern parks team relies on", "count"),
        ("what is school transport in Sampleton expected to cost in 2027/28", "money"),
        ("what are the Orlwick parking changes likely to raise next year", "money"),
        ("what had Wyvern set aside for winter gritting this year", "money"),
        ("what is saved each month when a Wyvern library switches to LED lighting", "money"),
        ("where does Sampleton sit in the county's league table for recycling", None),
    ],
)
def test_more_forms_of_number_question(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind, query


def test_a_question_about_long_term_plans_asks_for_no_spell() -> None:
    nq = number_question("how long-term is the Wyvern depot plan")
    assert nq is None or not nq.duration


def test_how_long_is_answered_by_a_spell_not_by_a_count() -> None:
    text = ("Damp repairs in Orlwick took 61 days on average to finish, against 40 days a year earlier; "
            "300 homes needed two repairs.")
    assert answer("how long did damp repairs take to finish in Orlwick", text) == "61 days"
    assert answer("how old is the tree survey Wyvern uses",
                  "The Wyvern parks team still works from a tree survey that is twelve years old.") == "twelve years"


def test_an_amount_of_each_thing_against_the_total() -> None:
    text = ("Officers made 400 food hygiene inspections in 2026. The inspections cost Wyvern £52,000 in 2026, "
            "about £130 for each inspection made. Volunteers are paid £40 a session.")
    assert answer("what did each food hygiene inspection cost Wyvern", text) == "£130"
    assert answer("what did the food hygiene inspections cost Wyvern", text) == "£52,000"


def test_each_payee_asks_for_no_rate() -> None:
    nq = number_question("what will every Orlwick parish clerk be paid next year")
    assert nq is not None and nq.rate is None
    nq = number_question("what is spent on each pupil at the Sampleton schools")
    assert nq is not None and nq.rate == "pupil"


def test_the_part_a_how_much_of_question_asks_for_is_after_its_first_verb() -> None:
    nq = number_question("how much of the price of the Orlwick pool roof will be covered by loans")
    assert nq is not None and "loan" in nq.measures and "roof" in nq.whole
    nq = number_question("how much of the Wyvern road budget remains unspent at the year end")
    assert nq is not None and "unspent" in nq.terms and "road" in nq.whole
    text = ("The pool roof will cost £2.4m. A sports grant gives £0.9m and the Orlwick leisure reserve £0.5m; "
            "£1.0m will come from loans.")
    assert answer("how much of the price of the Orlwick pool roof will be covered by loans", text) == "£1.0m"


def test_a_bracketed_aside_does_not_end_the_clause_of_the_figure_before_it() -> None:
    text = ("The Sampleton bus fleet has 96 buses. Of the 96 buses, 40 (42%) will run on electricity by 2028: "
            "28 single-deckers and 12 double-deckers.")
    assert answer("how many of the Sampleton buses will run on electricity", text) == "40"


def test_what_the_counted_did_is_no_other_thing_counted() -> None:
    text = "Sampleton recorded 620 moves into sheltered housing in 2026, and 14 of its 30 schemes had waiting lists."
    assert answer("how many older people moved into sheltered housing in Sampleton in 2026", text) == "620"


@pytest.mark.parametrize(
    ("query", "text", "want"),
    [
        ("what is the typical garage rent in Orlwick",
         "In Orlwick the median garage rent is £11.40 a week, and the rent of the largest garages is £15 a week.", "£11.40"),
        ("what population does Sampleton have",
         "Sampleton is home to 84,300 residents and 1,240 firms.", "84,300"),
        ("how much will the Wyvern health fund pay towards the new rates",
         "The new rates cost £3.1m in 2026/27. The Wyvern health fund, which holds £12.4m, will meet £0.9m of that cost.",
         "£0.9m"),
    ],
)
def test_words_of_one_measure_met_through_their_kin(query: str, text: str, want: str) -> None:
    assert answer(query, text) == want


@pytest.mark.parametrize(
    "text",
    ["Orlwick has 84,300 residents, 19,800 of them past retirement age.",
     "Orlwick has 84,300 residents, 12,000 of them in rural parishes.",
     "Orlwick has 84,300 people, 12,000 of them in rural parishes."],
)
def test_a_part_printed_as_one_answers_only_what_its_own_words_add(text: str) -> None:
    assert answer("what is the population of Orlwick", text) == "84,300"


def test_a_part_answers_a_question_its_own_words_hold() -> None:
    assert answer("how many Orlwick residents live in rural parishes",
                  "Orlwick has 84,300 residents, 12,000 of them in rural parishes.") == "12,000"


def test_the_items_of_a_list_share_its_lead_in() -> None:
    text = "The Orlwick warden grant pays for 12 wardens in Wyvern, 8 in Orlwick and 5 in Sampleton."
    assert answer("how many wardens does the grant pay for in Sampleton", text) == "5"
