"""Forms of number question the reading of a question missed on fresh question sets (issue 17,
item 3), on invented questions: how far apart or short, how fast, what fraction, what someone is
paid or gets, what must be found in savings, what limit was set, what the most is that someone
can earn, and a second ask ("which ... the most and how much") that says which figure the first
ask means."""

from __future__ import annotations

import pytest

from councilsearch.index.answer import number_question


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("how far did Orlwick ticket sales fall short of the forecast", None),
        ("how far apart were the two Wyvern tenders for the bridge", None),
        ("how far is the Sampleton pothole fund likely to overshoot its target", "money"),
        ("what fraction of the Wyvern grant went on staff", "percent"),
        ("what portion of the deficit falls to the Orlwick district", "percent"),
        ("which Orlwick market trader pays the most rent and how much does that trader pay", "money"),
        ("what is a Wyvern lifeguard paid for a Sunday shift", "money"),
        ("what are Orlwick apprentices paid an hour", "money"),
        ("what will a Sampleton committee chair get besides the basic allowance", "money"),
        ("what must the Wyvern parks service find in savings next year", "money"),
        ("what could Orlwick raise in fees from the new car park", "money"),
        ("what limit did Orlwick set on its borrowing", "money"),
        ("what target did Sampleton set for replying to letters within a week", None),
        ("what is the most a Wyvern head of service can earn", "money"),
    ],
)
def test_a_form_of_number_question_is_read_as_one(query: str, kind: str | None) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind, query


def test_how_fast_asks_for_a_change_of_any_kind() -> None:
    nq = number_question("how quickly are Wyvern's bus passenger numbers rising")
    assert nq is not None and nq.kind is None and nq.change


def test_a_first_ask_says_which_end_the_second_ask_means() -> None:
    nq = number_question("which Wyvern allotment site charges the most and how much rent does it ask a year")
    assert nq is not None and nq.extreme == "high" and "allot" in nq.terms
    nq = number_question("which Orlwick ward has the fewest and how many are there")
    assert nq is not None and nq.extreme == "low"


@pytest.mark.parametrize(
    "query",
    [
        "what does the Orlwick report say is wrong with the money councils get from government",
        "what did the Wyvern review get wrong about the depot",
        "what did the Sampleton panel find in its review of the depot",
        "how far is the Orlwick depot from the town centre car park",
    ],
)
def test_other_what_and_how_far_questions_ask_for_no_amount(query: str) -> None:
    nq = number_question(query)
    assert nq is None or nq.kind is None, query
