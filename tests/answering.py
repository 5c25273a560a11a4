"""What the answer tests share: one passage of invented text, and the figure a number question
takes from it with the real figure extractor (``None`` when no figure fits)."""

from __future__ import annotations

from collections.abc import Callable

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question, weigh
from councilsearch.models import Passage


def one_passage(text: str) -> Passage:
    return Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(text)), text=text, pages=(1,),
                   path=("Report",), para_no=None, kind="paragraph")


def answer(question: str, text: str, passages_with: Callable[[str], int] | None = None) -> str | None:
    """The surface of the figure that answers ``question`` in ``text``; ``passages_with`` (how
    many passages hold a word) weighs the question's words as a store would."""
    nq = number_question(question)
    assert nq is not None, question
    if passages_with is not None:
        nq = weigh(nq, passages_with, 1000)
    fig, _ = best_answer(one_passage(text), extract_figures(text), nq)
    return None if fig is None else fig.surface
