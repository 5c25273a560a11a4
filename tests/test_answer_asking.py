"""Number questions the reading of a question missed on fresh question sets (issue 17, item 3), on
invented questions and passages with the real figure extractor: a what-question whose subject
holds a financial year ("a study of 2026/27 bus routes") or runs past nine words, a what-question with a
noun before its verb ("what fee did Wyvern pay"), and "what is X expected to be"; and the parts a
figure's fit is made of, which the figure model's measurement (bench/numfit_*.py) reads."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, fit_candidates, number_question
from tests.answering import answer, one_passage


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what did the Wyvern consultants' study of 2026/27 bus routes cost", "money"),  # a year in the subject
        ("what does a season ticket for the Orlwick park and ride bus cost", "money"),  # ten words between
        ("what compensation did Sampleton council pay to leave its lease early", "money"),  # a noun before the verb
        ("what is Orlwick leisure centre income now projected to be in 2027", "money"),
        ("what are Wyvern pupil numbers forecast to be next year", None),
        ("what will be left in the Orlwick repairs reserve at the end of the year", "money"),  # what stands after
        ("what would remain of the Sampleton grant if the bid failed", "money"),
        ("what average cash balance does the Wyvern treasury budget assume", "money"),  # a lead noun of money
    ],
)
def test_a_what_question_asks_for_a_number(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


@pytest.mark.parametrize(
    "query",
    ["what did the Wyvern panel decide about the depot", "what colour did the Orlwick board paint the library",
     "what are Sampleton councillors expected to decide"],
)
def test_a_what_question_about_no_amount_is_no_number_question(query: str) -> None:
    assert number_question(query) is None


def test_what_is_left_is_answered_by_the_balance_it_falls_to() -> None:
    text = "The Orlwick repairs reserve will stand at £3.7m at 31 March, after £2.4m is drawn for the depot roof."
    assert answer("what will be left in the Orlwick repairs reserve at the end of March", text) == "£3.7m"


def test_a_cost_asked_past_a_financial_year_is_answered() -> None:
    text = ("The consultants' study of the Wyvern 2026/27 bus routes cost £48,500, "
            "against £41,000 for the study the year before.")
    assert answer("what did the Wyvern consultants' study of 2026/27 bus routes cost", text) == "£48,500"


def test_the_parts_of_a_fit_add_up_to_the_fit_the_answer_takes() -> None:
    text = ("Sampleton's library service spent £2.4m on staff in 2026/27. Its book fund was £310,000, "
            "and 14 branch libraries opened on Saturdays.")
    nq = number_question("how much did the Sampleton library service spend on staff")
    assert nq is not None
    p = one_passage(text)
    cands = fit_candidates(p, extract_figures(text), nq, record=True)
    assert cands and all(got["hand"] == s for _, s, _, got in cands)
    best, score = best_answer(p, extract_figures(text), nq)
    top = max(cands, key=lambda c: c[1])
    assert best is not None and best.surface == top[0].surface == "£2.4m" and score == top[1]
    assert {"share", "in_label", "in_own", "in_sentence", "same_year", "table"} <= set(top[3])


def test_a_quarter_the_question_names_picks_that_quarters_column() -> None:
    table = "Tonnes\tQ1\tQ2\tQ3\tQ4\nWyvern garden waste collected\t1,310\t1,480\t920\t410\n"
    assert answer("how many tonnes of Wyvern garden waste were collected in the third quarter", table) == "920"
    assert answer("how many tonnes of Wyvern garden waste were collected from July to September", table) == "1,480"
    assert answer("how many tonnes of Wyvern garden waste were collected in Q4", table) == "410"


def test_quarters_named_in_a_question() -> None:
    from councilsearch.index.asking import quarters_named

    assert quarters_named("in the second quarter") == (2,)
    assert quarters_named("over its first half") == (1, 2)
    assert quarters_named("from October to December") == (3,)  # a financial year's third
    assert quarters_named("in Q1 2026/27") == (1,)
    assert quarters_named("from 1 May 2027") == ()
