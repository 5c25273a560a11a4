"""Answering number questions: whether a query asks for a number ("how much", "what
percentage", "what was the …") and of which kind, how well a figure answers it, and which of a
passage's figures is the answer."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from councilsearch.index.query import query_terms, stem, stems_of
from councilsearch.ingest.sentences import passage_sentence
from councilsearch.models import Figure, Passage

_ASKS_NUMBER = re.compile(
    r"\bhow\s+(?:much|many|big|large|high|low)\b|\bwhat\s+(?:is|was|were|are|will\s+be)\s+the\b|"
    r"\bwhat\s+(?:is|was|were|are)\s+\w+'s\b|\bwhat's\s+the\b|\b(?:what|which)\s+(?:percentage|proportion|share|rate|amount|number|level|value|size|total)\b",
    re.I,
)
# "total cost of the programme" asks for a number as a keyword query; inside a question
# that asks something else ("why is the amount of funding wrong") it does not
_NUMBER_NOUN_OF = re.compile(r"\b(?:total|average|amount|number|value|cost|size|level)\s+of\b", re.I)
_OTHER_QUESTION = re.compile(
    r"^\s*(?:why|how|what|who|whom|whose|when|where|which|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b",
    re.I,
)
_KIND_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:percentage|proportion|per\s*cent|percent|share|rate)\b|%", re.I), "percent"),
    (re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I), "count"),
    (re.compile(
        r"\bhow\s+much\b|£|\b(?:cost|costs|spend|spending|budget|savings?|deficit|debt|reserves?|underspend|"
        r"overspend|gap|funding|investment|income|grant|borrowing|money)\b", re.I), "money"),
)


@dataclass(frozen=True)
class NumberQuestion:
    kind: str | None  # money | percent | count | None (any number)
    terms: tuple[str, ...]


def number_question(query: str) -> NumberQuestion | None:
    """Does this question ask for a number ("how much", "how many", "what percentage",
    "what was the …")? Which kind (money, percent, count, or any), and about what?"""
    q = query.strip()
    if not _ASKS_NUMBER.search(q) and not (_NUMBER_NOUN_OF.search(q) and not _OTHER_QUESTION.match(q)):
        return None
    kind = next((k for pat, k in _KIND_WORDS if pat.search(q)), None)
    return NumberQuestion(kind, tuple(query_terms(q)))


def answers_kind(fig: Figure, nq: NumberQuestion) -> bool:
    """Can this figure answer the question at all: a number (not a period or date) of the
    asked-for kind, if the question names one."""
    return fig.kind not in ("period", "date") and (nq.kind is None or fig.kind == nq.kind)


def figure_match(fig: Figure, nq: NumberQuestion, context: str, window: str = "") -> float:
    """How well a figure answers a number question: 0 when the kind is wrong, else 0.5 plus
    the share of the question's words found in its label and sentence, plus a tie-breaker for
    words close to the figure ("£13.2m have been delivered" over "£23m of planned savings"
    for "how much … has been delivered?")."""
    if not answers_kind(fig, nq):
        return 0.0
    terms = [stem(t) for t in nq.terms if not t.isdigit()]
    if not terms:
        return 0.5

    def share(text: str) -> float:
        words = stems_of(text)
        return sum(1 for t in terms if t in words) / len(terms)

    label = " ".join(x for x in (fig.label, fig.table_row, fig.table_col) if x)
    return 0.5 + 0.3 * share(f"{label} {context}") + 0.2 * share(f"{label} {window}")


def best_answer(p: Passage, figures: Iterable[Figure], nq: NumberQuestion) -> tuple[Figure | None, float]:
    """The figure of passage ``p`` that best answers ``nq``, and how well (None, 0.0 when
    none of them can)."""
    best, best_score = None, 0.0
    for fig in figures:
        if not answers_kind(fig, nq):
            continue  # the wrong kind scores 0: skip reading its sentence
        s = figure_match(fig, nq, _sentence_around(p, fig), _window(p, fig))
        if s > best_score:
            best, best_score = fig, s
    return best, best_score


def _window(p: Passage, fig: Figure, words: int = 6) -> str:
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    left = p.text[max(0, start - 200):start].split()[-words:]
    right = p.text[end:end + 200].split()[:words]
    return " ".join(left + right)


def _sentence_around(p: Passage, fig: Figure) -> str:
    return passage_sentence(p, fig.span) or ""
