"""A fitted figure fit for number questions, as measured by ``bench/numfit_train.py`` (not used
by the search: fitted and scored by leaving one question set out, it did not beat the hand-set
fit of ``councilsearch.index.answer``; see that script). A linear score over the parts of the
hand-set fit (``answer.figure_fit``'s ``into``), what the text right around a figure says
(``context_parts``) and the candidate passage's retrieval score and rank, with weights fitted by a
softmax over each question's candidate figures. The model is the hand-set rule plus a fitted
correction: with every other weight nought it ranks as the rule does.

A passage's lift is its best figure's score over the retrieval score's weight (in the fused
score's own unit, one retriever's first place), plus the offset that centres the correction."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from councilsearch.extract.figures.words import content_words
from councilsearch.index.answer_rank import FIGURE_BASE, FIGURE_GAIN
from councilsearch.index.asking import NumberQuestion, quarters_named
from councilsearch.models import Figure

RETRIEVAL, RANK = "retrieval", "rank"  # the passage's fused score (in first places) and log(1 + its rank in the pool)
RULE = "rule"  # the hand-set rule's lift (``answer_rank``): the model is the rule plus a fitted correction


YEARLY = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.a\.", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|reach(?:es|ed|ing)?)\s*$", re.I)  # a level arrived at: "rise by £81 to £1,709"
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:a|an|some|around|about|nearly|almost|over|net)\s+)*$", re.I)  # a change: "fell by 12%"
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\s*,?\s*$", re.I)  # a part of the figure before
_YEARLY_AFTER = re.compile(r"^\W{0,2}\s*(?:(?:a|per|each|every)\s+(?:year|annum)\b|p\.?a\.?\b|annually\b|yearly\b)", re.I)
NEAR = 60  # characters either side of a figure read for the question's words close to it


def context_parts(text: str, start: int, end: int, fig: Figure, nq: NumberQuestion, query: str) -> dict[str, float]:
    """What the text right around a figure (``text[start:end]``) says of it: a level a change
    arrives at, a change, a part of the figure before, in brackets; an amount a year for a
    question asking one; the quarter of the year it is for against the one the question names;
    the weighted share of the question's measure words just before it and just after it."""
    before, after = text[max(0, start - NEAR):start], text[end:end + NEAR]
    out = {"to_before": float(bool(_TO_BEFORE.search(before[-12:]))), "by_before": float(bool(_BY_BEFORE.search(before[-24:]))),
           "of_which": float(bool(_OF_WHICH.search(before[-14:]))), "bracket": float(before.rstrip().endswith("("))}
    yearly = bool(_YEARLY_AFTER.match(after)) or bool(YEARLY.search(f"{fig.label or ''} {fig.table_col or ''}"))
    if YEARLY.search(query):
        out["yearly_same" if yearly else "yearly_not"] = 1.0
    asked = quarters_named(query)
    if asked:
        q = quarters_named(f"{fig.table_col or ''} {fig.label or ''} {fig.period or ''}")
        if q:
            out["quarter_same" if set(q) & set(asked) else "quarter_other"] = 1.0
    terms = nq.terms
    total = sum(nq.weight(t) for t in terms)
    if total:
        for name, part in (("near_before", before), ("near_after", after)):
            words = content_words(part)
            out[name] = sum(nq.weight(t) for t in terms if t in words) / total
    return out


def features(got: dict[str, float]) -> dict[str, float]:
    """The model's features of a candidate figure from the parts of its fit: the parts as they
    are, the number of fitting figures in its passage as a log, and the figure's kind when the
    question names none ("by how much": money, a share or a count may answer)."""
    out = dict(got)
    out[RULE] = FIGURE_BASE + FIGURE_GAIN * (got.get("hand", 0.5) - 0.5)
    out["figures"] = math.log1p(got.get("figures", 0.0))
    anykind = got.get("kind", 0.0)
    for k in ("money", "percent", "count"):
        out[f"any_{k}"] = anykind * got.get(f"is_{k}", 0.0)
    return out


@dataclass(frozen=True)
class FitModel:
    weights: dict[str, float]  # feature -> weight (features not named weigh 0)
    offset: float  # the lift of a figure scoring 0, in first places

    def figure_score(self, got: dict[str, float]) -> float:
        """A candidate figure's score apart from its passage's retrieval (which every figure of a
        passage shares): which figure of a passage answers."""
        w = self.weights
        return sum(w.get(k, 0.0) * v for k, v in features(got).items())

    def lift(self, score: float, rank: float) -> float:
        """How far a passage whose best figure scores ``score`` moves up, in first places: its
        score and rank term over the retrieval score's weight, so that passages holding figures
        that fit rank by the fitted score."""
        return (score + self.weights.get(RANK, 0.0) * rank) / self.weights[RETRIEVAL] + self.offset


def from_json(data: dict[str, object]) -> FitModel:
    weights = data["weights"]
    offset = data["offset"]
    if not isinstance(weights, dict) or not isinstance(offset, (int, float)):
        raise ValueError("not a figure fit model")
    ws = {str(k): float(v) for k, v in weights.items()}
    if ws.get(RETRIEVAL, 0.0) <= 0:
        raise ValueError("a figure fit model must weigh retrieval score positively")
    return FitModel(ws, float(offset))
