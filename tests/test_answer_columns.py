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
