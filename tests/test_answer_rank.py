"""Number questions in the ranking (``index.answer_rank``) and the figure a candidate passage
names for it, on invented passages with the real figure extractor: a number in a table row's
label names the row rather than giving one of its values."""

from __future__ import annotations

from dataclasses import replace

from councilsearch.extract.figures import extract_figures
from councilsearch.index.answer import best_answer, number_question
from councilsearch.index.answer_rank import weigh_answers
from councilsearch.index.fusion import RRF_K
from councilsearch.index.search import _Pool
from councilsearch.models import Passage
from tests.answering import one_passage


def _pool(texts: list[str], scores: list[float], kind: str = "paragraph") -> _Pool:
    passages = {i + 1: replace(one_passage(t), id=i + 1, ordinal=i, kind=kind) for i, t in enumerate(texts)}
    pool = _Pool({pid: s for pid, s in zip(passages, scores, strict=True)}, {}, list(passages), passages, {})
    pool.figures = {pid: extract_figures(p.text) for pid, p in passages.items()}
    return pool


def test_a_number_in_a_table_rows_label_is_not_its_value() -> None:
    row = "Wyvern home to school transport 5 - 16\t1,240\t3%"
    nq = number_question("how many pupils use Wyvern home to school transport")
    assert nq is not None
    p = Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(row)), text=row, pages=(1,),
                path=("Report",), para_no=None, kind="table")
    fig, _ = best_answer(p, extract_figures(row), nq)
    assert fig is not None and fig.surface == "1,240"


def test_a_number_in_a_table_rows_label_alone_names_nothing() -> None:
    row = "Wyvern pupils transport 5 - 16\t£1.2m"
    nq = number_question("how many pupils use Wyvern transport")
    assert nq is not None
    p = Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(0, len(row)), text=row, pages=(1,),
                path=("Report",), para_no=None, kind="table")
    fig, _ = best_answer(p, extract_figures(row), nq)
    assert fig is None


def test_a_row_whose_only_count_is_in_its_label_drops_below_a_passage_that_counts() -> None:
    nq = number_question("how many pupils use Wyvern transport")
    assert nq is not None
    pool = _pool(["Wyvern pupils transport 5 - 16\t£1.2m"], [0.27], kind="table")
    prose = _pool(["Wyvern transport carried 1,240 pupils to school each day this year."], [0.25])
    pool.passages[2] = replace(prose.passages[1], id=2)
    pool.figures[2], pool.scores[2] = prose.figures[1], 0.25
    pool.ids.append(2)
    weigh_answers(pool, nq, 1 / (RRF_K + 1))
    assert pool.answers[1] is None
    assert pool.answers[2] is not None and pool.answers[2].surface == "1,240"
    assert pool.ranked()[0] == 2


def _fused(*ranks: int) -> float:
    """The fused score of a passage at these 1-based ranks of the keyword list (counted twice for a
    number question) and the two dense lists."""
    keyword, *dense = ranks
    return 2 / (RRF_K + keyword) + sum(1 / (RRF_K + r) for r in dense)


WEAK = ("Wyvern central library will reopen after its refit; the library service received £40,000 in donations "
        "from residents last year.")
FULL = "The refit of the central library will cost £2.4m, met from capital receipts and a grant."


def test_a_figure_that_fits_fully_outranks_a_passage_retrieved_first_whose_figure_barely_fits() -> None:
    # in a store of many papers on one subject the retrievers' first places are close calls: the
    # passage that says what the refit costs, a few places down every list, answers; the one
    # that names the library and its refit most often holds a figure of something else
    nq = number_question("how much will the refit of the Wyvern central library cost")
    assert nq is not None
    pool = _pool([WEAK, FULL], [_fused(1, 1, 1), _fused(4, 6, 8)])
    weigh_answers(pool, nq, 1 / (RRF_K + 1))
    assert pool.answers[2] is not None and pool.answers[2].surface == "£2.4m"
    assert pool.ranked()[0] == 2


def test_a_fitting_figure_found_far_down_one_list_does_not_overtake_the_first_hit() -> None:
    nq = number_question("how much will the refit of the Wyvern central library cost")
    assert nq is not None
    pool = _pool([WEAK, FULL], [_fused(1, 1, 1), 1 / (RRF_K + 30)])
    weigh_answers(pool, nq, 1 / (RRF_K + 1))
    assert pool.ranked()[0] == 1
