"""Two measures councils print under another name than a question asks by: a fee is what is paid
for a service ("what will the council pay the trust": "a management fee of £410,000"), and what
something is worth is its value ("what is the fund worth": "the current value of the fund");
invented councils' sentences (the last two hold before the change too and stay as controls)."""

from __future__ import annotations

import pytest

from tests.answering import answer


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("how much will Orlwick pay the trust to run the leisure centres",
     "The trust that runs the Orlwick leisure centres receives a management fee of £410,000 in 2026/27. "
     "The council will also pay £95,000 for new pool covers at the centres.", "£410,000"),
    ("what will the pension fund's advisers be paid in 2026/27",
     "The pension fund will pay £2.4m in pensions to former staff. The fund's budget for adviser fees in "
     "2026/27 is £48,000.", "£48,000"),
    ("what is the Wyvern repairs fund worth at the moment",
     "£0.4m was added to the Wyvern repairs fund as a result of the depot sale; the current value of the "
     "repairs fund is £2.9m.", "£2.9m"),
    ("how much does Sampleton pay its parking contractor",
     "Sampleton pays the contractor's staff costs of £1.3m directly, and the parking contractor's annual "
     "fee is £210,000.", "£210,000"),
    ("what is the value of the Sampleton estate",
     "The Sampleton estate is worth £14m, and £1.1m of estate repairs is valued in the plan.", "£14m"),
])
def test_a_fee_is_paid_and_a_worth_is_a_value(question: str, text: str, surface: str) -> None:
    assert answer(question, text) == surface
