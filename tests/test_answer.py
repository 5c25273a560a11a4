"""Number questions by mechanism (councilsearch.index.answer): the kind a question asks for,
and the figure chosen by the question's measure words against each figure's label, own clause
and period, on invented passages with the real figure extractor (spaCy labels included)."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question
from councilsearch.models import Passage


def _passage(text: str) -> Passage:
    return Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(text)), text=text, pages=(1,),
                   path=("Finance",), para_no=None, kind="paragraph")


def _answer(question: str, text: str) -> str | None:
    nq = number_question(question)
    assert nq is not None, question
    fig, _ = best_answer(_passage(text), extract_figures(text), nq)
    return None if fig is None else fig.surface


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("what population does the borough serve", "count"),
        ("how many households were on the waiting list", "count"),
        ("what proportion of roads need repair", "percent"),
        ("how much did the library refurbishment cost", "money"),
        ("what was the council tax increase per band D property in pence", "money"),
        ("how big is the pension fund deficit", "money"),
    ],
)
def test_the_kind_a_question_asks_for(query: str, kind: str) -> None:
    nq = number_question(query)
    assert nq is not None and nq.kind == kind


def test_measure_words_choose_between_figures_of_one_passage() -> None:
    text = ("The borough has a resident population of 143,210 living in 61,400 households, and "
            "the county as a whole has 712,000 residents.")
    assert _answer("how many households are there in the borough", text) == "61,400"
    assert _answer("what population does the borough have", text) == "143,210"


def test_the_clause_decides_between_figures_sharing_a_noun() -> None:
    text = "The plan sets out £41m of planned savings of which £17.5m have been delivered so far."
    assert _answer("how much of the planned savings have been delivered", text) == "£17.5m"
    assert _answer("how much is the total of planned savings", text) == "£41m"


def test_no_figure_is_named_when_none_fits() -> None:
    text = "The new depot cost £4.2m and opened in May 2025 with 38 staff."
    assert _answer("what percentage of residents recycle their waste", text) is None  # no percent at all
    assert _answer("how much did the council spend on school transport", text) is None  # money, but not this


def test_a_year_in_the_question_must_agree_with_the_figure() -> None:
    text = "Spending on highways was £12.1m in 2023/24; in 2024/25 it was £13.4m."
    assert _answer("how much was spent on highways in 2024/25", text) == "£13.4m"
    assert _answer("how much was spent on highways in 2023/24", text) == "£12.1m"


def test_pence_and_per_week_amounts_are_money_answers() -> None:
    text = "The charge rises by 31 pence a week, which is £16.12 a year for each tenant."
    assert _answer("how much does the weekly charge rise", text) == "31 pence"
