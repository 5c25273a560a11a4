"""Which figure a number question means among figures that hold its words alike (issue 17, item 3),
on invented text with the real figure extractor: the column naming the quarter the question names
over one naming none; the end of a range printed with a dash alone ("71,200 – 79,900"); the figure
whose label says it is the top or the bottom, for a question asking for the most or the least; a
target for a question asking for one, and what happened for a question that does not; and words
of the same meaning met through their kin ("delivered" for "achieve", "developer" for "builder")."""

from __future__ import annotations

import pytest

from tests.answering import answer

BINS = "Measure\tLast year\tQ1 Apr-Jun\tQ2 Jul-Sep\nWyvern missed bins\t1,904\t512\t468\n"
GRADES = "Grade\tSalary range (£)\tPosts\nHead of Service\t71,200 – 79,900\t6\n"
SITE = "A Wyvern site manager earns £31,000-£34,500 a year."
PLOTS = ("The dearest allotment rent is £88.10, at Upper Wyvern. "
         "The cheapest allotment rent is £9.40, at Orlwick Parva.")
AUDIT = "The Sampleton audit team finished 47 reviews in the year, or 90% of those it planned; its target had been 95%."


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("how many Wyvern missed bins were there in the first quarter", BINS, "512"),
    ("what is the most a head of service can earn", GRADES, "79,900"),
    ("what is the least a head of service can be paid", GRADES, "71,200"),
    ("what is the most a Wyvern site manager can earn", SITE, "£34,500"),
    ("which allotment site charges the most rent and how much does it ask", PLOTS, "£88.10"),
    ("which allotment site charges the least rent and how much does it ask", PLOTS, "£9.40"),
    ("what share of its planned reviews did the Sampleton audit team finish", AUDIT, "90%"),
    ("what target had the Sampleton audit team set for finished reviews", AUDIT, "95%"),
])
def test_the_quarter_the_end_or_the_aim_the_question_names(question: str, text: str, surface: str) -> None:
    assert answer(question, text) == surface


@pytest.mark.parametrize(("question", "text", "surface"), [
    ("how much in savings did Orlwick achieve last year",
     "Orlwick identified savings of £600,000 last year and delivered savings of £410,000.", "£410,000"),
    ("how much did the house builder put towards the Sampleton crossing",
     "The Sampleton crossing cost £70,000. The county paid £45,000 of it. The developer of the mill site "
     "paid £25,000.", "£25,000"),
])
def test_a_word_met_through_its_kin(question: str, text: str, surface: str) -> None:
    assert answer(question, text) == surface
