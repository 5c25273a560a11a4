"""The span of time a prose figure is counted over, read from the dependency parse of its own
clause (English units of time and prepositions, no word of any corpus): a phrase "over",
"across", "during", "within", "for" or "in" whose noun is a unit of time (a day, week, month,
quarter, year, term; "over ten years", "over the last quarter", "across the eighteen months
to May", "in the year", "for three years"), hung on the figure itself or on the verb that governs
it ("over ten years it has returned 5.1% a year", "visits rose by 12% over the last year"); of
several, the nearest with no other figure between. A year named by number ("in 2031/32") is a
period, not a span, and is left to ``periods``.

The span joins the end of the figure's label as written, so that two figures that differ only
by the time they cover (a fund's one-year and ten-year returns) are told apart. (Number
questions do not yet prefer the figure whose span a question states: a question "over the past
year" still weighs both returns alike.) A label that already holds the
span's words is left as it is, and so is a figure with no label (a span alone does not say what
is measured). A rate ("£14 a week", "per mile") is added after every label pass by ``restrict``
(figures.v17, the gold convention of eval/README.md), with the label before it kept as the
figure's measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.words import content_words, fold

_PREPS = frozenset(["over", "across", "during", "within", "for", "in"])
_UNITS = frozenset(fold(w) for w in ["day", "days", "week", "weeks", "fortnight", "month", "months", "quarter",
                                     "quarters", "year", "years", "term", "terms"])
_MAX_WORDS = 6
_YEAR = re.compile(r"^(?:1[89]|2[01])[0-9]{2}\b")
_STEPS = 3  # how far up from the figure the verb that governs it may be


def _phrase(t: Any, owner: dict[int, int]) -> list[Any] | None:
    """The words of a span whose noun is ``t`` ("across the eighteen months to May"), from its
    preposition; None when ``t`` is no unit of time led by one of the prepositions, or the phrase
    names a year by number or holds a figure."""
    if fold(t.lower_) not in _UNITS or t.i in owner:
        return None
    sub = list(t.subtree)
    if t.dep_ == "pobj" and t.head.lower_ in _PREPS:
        sub = [t.head, *sub]
    elif sub[0].lower_ not in _PREPS:  # the parser's "over ten years" as a quantity: the same words
        return None
    if any(x.i in owner or _YEAR.match(x.text) for x in sub):
        return None  # "in the year to March 2026" names its period
    after = [x for x in sub if x.i > t.i]
    if len(after) > 2:  # "in the second week of the Orlwick trial": the span, not what follows
        sub = [x for x in sub if x.i <= t.i]
    return sub[-_MAX_WORDS:] if len(sub) > _MAX_WORDS else sub


def clause_spans(doc: Any, groups: dict[int, list[Any]], owner: dict[int, int]) -> dict[int, str]:
    """Each figure's span of time (``groups``: figure -> its tokens, in ``doc``): of the unit
    phrases in the clause of the verb that governs it (else of the figure's own words), the one
    nearest the figure with no other figure between them."""
    out: dict[int, str] = {}
    for k, toks in groups.items():
        ids = {t.i for t in toks}
        top = next((x for x in toks if x.head.i not in ids or x.head.i == x.i), toks[-1])
        for _ in range(_STEPS):
            if top.head.i == top.i or top.tag_.startswith("VB"):
                break
            top = top.head
        root = top if top.tag_.startswith("VB") else next(x for x in toks if x.head.i not in ids or x.head.i == x.i)
        best: tuple[int, list[Any]] | None = None
        for t in root.subtree:
            sub = _phrase(t, owner)
            if sub is None:
                continue
            lo, hi = (sub[-1].i, min(ids)) if sub[-1].i < min(ids) else (max(ids), sub[0].i)
            if any(owner.get(i, k) != k for i in range(lo + 1, hi)):
                continue  # another figure's span
            if best is None or hi - lo < best[0]:
                best = (hi - lo, sub)
        if best is not None:
            out[k] = " ".join(x.text for x in best[1])
    return out


def add_spans(cands: Sequence[Cand], spans: dict[int, str]) -> None:
    """Each labelled prose figure's label gains its span of time (``spans``: ``id`` of the
    candidate -> the phrase), unless the label already holds the span's words."""
    for c in cands:
        said = spans.get(id(c))
        if not said or not c.label or c.in_table_cell or c.kind not in LABEL_KINDS:
            continue
        if not content_words(said) <= content_words(c.label):
            c.label = f"{c.label} {said}"
