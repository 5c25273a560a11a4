"""A question asking for the top or the bottom of a range ("the worst case", "the lowest",
"the dearest", "the most Wyvern may spend") takes that end of a range printed "between X
and Y" or "from X to Y", and a figure printed as a bound ("up to £X", "at least £X"); invented text."""

from __future__ import annotations

import pytest

from tests.answering import answer

GAP = "Officers put the shortfall in the Sampleton waste budget for 2028/29 at between £0.6m and £0.95m."
PLACEMENTS = "Agency foster placements cost between £4,500 and £9,000 a week."
REPAIRS = "The roof repairs at Orlwick library are estimated at from £40,000 to £65,000."
GRANT = ("Wyvern could receive up to £12.5m of grant towards the scheme; on the department's stricter "
         "test the grant would be reduced to £10.2m.")


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("how large could the waste budget shortfall be at worst", GAP, "£0.95m"),
    ("in the best case, how big is the waste budget shortfall", GAP, "£0.6m"),
    ("what is the smallest the waste budget shortfall could be", GAP, "£0.6m"),
    ("what is the lowest a week of agency foster care costs", PLACEMENTS, "£4,500"),
    ("what is the dearest an agency foster placement costs a week", PLACEMENTS, "£9,000"),
    ("what is the lowest estimate for the roof repairs at the library", REPAIRS, "£40,000"),
    ("what is the maximum the roof repairs could cost", REPAIRS, "£65,000"),
    ("what is the smallest grant Wyvern could end up with for the scheme", GRANT, "£10.2m"),
    ("what is the most Wyvern could receive in grant for the scheme", GRANT, "£12.5m"),
])
def test_a_question_for_an_end_of_a_range_takes_that_end(question: str, text: str, surface: str) -> None:
    assert answer(question, text) == surface
