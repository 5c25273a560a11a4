"""Which column of a table row answers a number question when the row's words fit every column
alike: the quarter holding the month the question names, the total for a question asking for a
whole, the variance for one asking how far over or under budget. Invented councils' tables."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question
from tests.answering import one_passage

QUARTERS = ("Measure\tQ1 2025/26\tQ2 2025/26\tQ3 2025/26\tQ3 2024/25\n"
            "Orlwick homes let (year to date)\t120\t255\t390\t361\n"
            "Households in bed and breakfast (end of quarter)\t40\t46\t51\t38\n")
PLAN = "£m\t2025/26\t2026/27\t2027/28\tTotal\nWyvern new borrowing\t12.0\t9.5\t4.0\t25.5\n"
MONITORING = ("£000\tBudget\tForecast\tVariance\nPlace directorate\t8,400\t8,150\t(250)\n"
              "People directorate\t12,100\t12,640\t540\n")


def _answer(question: str, text: str, as_of: str | None = "2026-02-12") -> str | None:
    nq = number_question(question)
    assert nq is not None, question
    fig, _ = best_answer(one_passage(text), extract_figures(text), nq, as_of=as_of)
    return None if fig is None else fig.surface


@pytest.mark.parametrize(("question", "surface"), [
    ("how many homes were let between April and December 2025", "390"),
    ("how many homes had been let by the end of September", "255"),
    ("how many homes had Orlwick let by the end of June 2025", "120"),
    ("how many households were in bed and breakfast at the end of December 2025", "51"),
    ("how many households were in bed and breakfast at the end of December", "51"),
    ("how many households were in bed and breakfast in December 2024", "38"),
])
def test_a_month_names_its_quarter_column(question: str, surface: str) -> None:
    assert _answer(question, QUARTERS) == surface


@pytest.mark.parametrize("question", [
    "how much will Wyvern borrow over the three years as a whole",
    "how much new borrowing is planned in total",
    "what is the new borrowing altogether",
])
def test_a_question_asking_for_a_whole_takes_the_total(question: str) -> None:
    assert _answer(question, PLAN) == "25.5"


@pytest.mark.parametrize(("question", "surface"), [
    ("by how much is the place directorate under budget", "(250)"),
    ("how far over budget is the people directorate", "540"),
    ("what is the people directorate's overspend", "540"),
])
def test_how_far_over_or_under_budget_is_the_variance(question: str, surface: str) -> None:
    assert _answer(question, MONITORING) == surface


def test_a_forecast_question_still_takes_the_forecast() -> None:
    assert _answer("what is the place directorate forecast to spend", MONITORING) == "8,150"



# one row's amount at each stage, side by side: what was planned, spent so far, expected; charged now and proposed
STAGES = ("£000\tApproved budget\tActual to date\tProjected year end\n"
          "Orlwick pavilion rebuild\t2,400\t1,150\t2,050\n"
          "Wyvern salt barn\t900\t310\t980\n")
FEES = ("Charge (£)\tBasis\tExisting 2027/28\tProposed 2028/29 incl. VAT\n"
        "Sports pitch hire\tper match\t31.00\t34.50\n")
SAVINGS = ("£000\tPlanned\tAchieved\n"
           "Sampleton kiosk self-service\t180\t142\n")


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("what has the pavilion rebuild actually cost so far", STAGES, "1,150"),
    ("what is the pavilion rebuild now expected to cost", STAGES, "2,050"),
    ("what is the salt barn likely to cost once the year closes", STAGES, "980"),
    ("how much was set aside for the pavilion rebuild", STAGES, "2,400"),
    ("how much will sports pitch hire cost a team", FEES, "34.50"),
    ("what will a club pay to hire a sports pitch from April", FEES, "34.50"),
    ("what does sports pitch hire cost at present", FEES, "31.00"),
    ("what has kiosk self-service really saved to date", SAVINGS, "142"),
    ("how much had kiosk self-service been meant to save", SAVINGS, "180"),
])
def test_how_a_question_is_asked_picks_the_stage_of_a_rows_amount(question: str, text: str, surface: str) -> None:
    assert _answer(question, text) == surface
