"""Which year a number question means when it names none by number: "this year" and "next year"
are read against the document's date (a paper of February 2026 is in 2025/26; an outturn report
of May 2026 still reports on 2025/26), on invented councils' text."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question
from councilsearch.index.asking import in_document_year
from tests.answering import answer, one_passage


def _answer(question: str, text: str, as_of: str) -> str | None:
    nq = number_question(question)
    assert nq is not None, question
    fig, _ = best_answer(one_passage(text), extract_figures(text), nq, as_of=as_of)
    return None if fig is None else fig.surface


@pytest.mark.parametrize(("question", "as_of", "period"), [
    ("what is the weekly rent this year", "2026-02-12", "2025/26"),
    ("how much will the council spend in the current financial year", "2025-10-07", "2025/26"),
    ("how much has been collected so far this year", "2026-01-20", "2025/26"),
    ("what is next year's budget for libraries", "2026-02-12", "2026/27"),
    ("how much will be drawn from reserves in the coming year", "2025-11-18", "2026/27"),
    ("what will the grant be next year", "2026-05-19", "2026/27"),  # an outturn report of May reports on the year ended
    ("what did the depot cost this year", "2026-06-30", "2025/26"),
    ("what did the depot cost this year", "2026-07-01", "2026/27"),
])
def test_this_and_next_year_are_read_against_the_document_date(question: str, as_of: str, period: str) -> None:
    nq = number_question(question)
    assert nq is not None
    assert in_document_year(nq, as_of).year_meant == period


def test_a_year_named_by_number_or_no_date_leaves_the_question_as_it_is() -> None:
    nq = number_question("what is the weekly rent in 2024/25 this year")
    assert nq is not None and in_document_year(nq, "2026-02-12").year_meant is None
    nq = number_question("what is the weekly rent this year")
    assert nq is not None and in_document_year(nq, None).year_meant is None
    nq = number_question("what was the weekly rent last year")  # "last year's budget" is said of either year
    assert nq is not None and in_document_year(nq, "2026-02-12").year_meant is None


def test_this_year_takes_the_current_years_figure_not_the_later_one() -> None:
    text = "Wyvern's average weekly rent is £91.40 in 2025/26 and will be £95.10 in 2026/27."
    assert _answer("what is the average rent a week this year, before the rise", text, "2026-02-12") == "£91.40"
    assert _answer("what will the average weekly rent be next year", text, "2026-02-12") == "£95.10"
    contract = "The Orlwick collection contract costs £5.26m in 2025/26 and £5.47m in 2026/27."
    assert _answer("how much does the collection contract cost this year", contract, "2026-01-21") == "£5.26m"


def test_next_year_in_an_outturn_report_is_the_year_after_the_one_reported() -> None:
    text = ("In 2025/26 £3.9m was drawn from general reserves to balance the budget. For 2026/27 a "
            "use of reserves of £11.8m is planned to balance the budget.")
    assert _answer("how much will come out of reserves to balance the budget next year", text, "2026-05-19") == "£11.8m"


def test_a_table_column_of_the_year_this_year_names() -> None:
    table = "£000\t2025/26 Budget\t2026/27 Budget\nInterest on Sampleton loans\t2,615\t2,940\n"
    assert _answer("how much interest will be paid on the loans this year", table, "2026-02-10") == "2,615"
    assert _answer("how much interest will be paid on the loans next year", table, "2026-02-10") == "2,940"


def test_a_figure_a_year_earlier_is_of_the_year_before_its_sentences_date() -> None:
    text = ("At 31 October 2026 the Orlwick council was housing 88 families in hostels, "
            "compared with 67 families a year earlier.")
    assert answer("how many families were in Orlwick hostels in October 2025", text) == "67"
    assert answer("how many families were in Orlwick hostels in October 2026", text) == "88"


def test_a_year_ago_means_the_year_before_the_papers_own() -> None:
    table = ("Measure\tQ1 2026/27\tQ2 2026/27\tQ2 2025/26\n"
             "Wyvern letters answered in time\t81%\t84%\t77%\n")
    nq = number_question("what share of Wyvern letters were answered in time a year ago in the same quarter")
    assert nq is not None
    fig, _ = best_answer(one_passage(table), extract_figures(table), nq, as_of="2026-11-20")
    assert fig is not None and fig.surface == "77%"
