"""A figure printed as a comparison base (a national or England average, a median of councils, a
regional average) answers a question asking for that base, and not one asking for the council's
own figure; invented councils' sentences."""

from __future__ import annotations

import pytest

from tests.answering import answer

RECYCLING = "Wyvern's recycling rate was 27.3% in 2024/25, under the England average of 31.6%."
SATISFACTION = "Satisfaction with Orlwick's repairs service stood at 77.2% in 2024/25 against a median of 74.5% for councils."
PLANS = "In Sampleton 3.9% of pupils have a support plan, against 3.1% across England."
OLDEST = "The borough has 8,260 residents aged over 85, and there are 1,540,000 nationally."
RENT = "The average rent in Orlwick is £87.60 a week, against a regional average of £93.35 a week."
FALLS = ("Admissions for falls ran at 2,110 per 100,000 people aged 65 and over in Orlwick in 2024/25, "
         "compared with the England average of 1,930.")


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("what is the national recycling rate", RECYCLING, "31.6%"),
    ("what is Wyvern's recycling rate", RECYCLING, "27.3%"),
    ("what share of waste is recycled across England", RECYCLING, "31.6%"),
    ("what is the usual level of satisfaction with repairs across similar councils", SATISFACTION, "74.5%"),
    ("what share of Orlwick tenants are satisfied with repairs", SATISFACTION, "77.2%"),
    ("what proportion of pupils in England have a support plan", PLANS, "3.1%"),
    ("what proportion of pupils in Sampleton have a support plan", PLANS, "3.9%"),
    ("how many residents aged over 85 are there nationally", OLDEST, "1,540,000"),
    ("how many residents aged over 85 live in the borough", OLDEST, "8,260"),
    ("what is the regional average rent a week", RENT, "£93.35"),
    ("what is the average weekly rent in Orlwick", RENT, "£87.60"),
    ("what is the national rate of admissions for falls", FALLS, "1,930"),
])
def test_a_comparison_base_answers_a_question_asking_for_it(question: str, text: str, surface: str) -> None:
    assert answer(question, text) == surface
