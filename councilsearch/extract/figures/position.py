"""Labels prose figures take from the figures beside them in their sentence, after the parse
has labelled what it could: a figure left without one takes the label before it; a figure in
brackets after another, or a change set in apposition to an amount, is read against that
amount; the two ends of a range share the fuller label."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose
from councilsearch.extract.figures.change import CHANGE_NOUNS
from councilsearch.models import Span

_BARE_PARTICIPLE = re.compile(r"[a-z]+ed")  # a label that is only what was done ("delivered")


def share_in_sentence(cands: Sequence[Cand]) -> None:
    """A prose figure the parse left without a label takes the label of the figure of the
    same kind before it in its sentence ("capital receipts of £8m ..., with a further £12m
    committed and £25m under discussion"); one labelled only by what was done to it
    ("£17.5m have been delivered") takes that label before its own."""
    last: dict[tuple[Span | None, str], str] = {}
    for c in sentence_prose(cands):
        key = (c.sentence, c.kind)
        if c.label and _BARE_PARTICIPLE.fullmatch(c.label) and key in last:
            c.label = f"{last[key]} {c.label}"  # "£36m of hoped-for cuts of which £12.4m have been delivered"
        if c.label:
            last[key] = c.label
        elif key in last:
            c.label = last[key]


# a change named right after an amount, as its apposition: "will be £1,873.16, an increase of 2.99%"
_CHANGE_NOUNS = frozenset([*CHANGE_NOUNS, "uplift", "change"])
_APPOSED = re.compile(r"(?:\s+(?:in|for|by|at)\s+[^,;:()]{2,24})?,\s*(?:an?|the)\s+[a-z]+\s+of\s+")
# "437,000 in 2025, " before "6% more than"; a short aside in brackets ("notices (PCNs) in 2025, ")
# does not end the clause
_APPENDED = re.compile(r"(?:[^,;:()]|\([^,;:()]{1,24}\)){0,60},\s*")
_COMPARED = re.compile(r"\s+(more|higher|up|less|fewer|lower|down)\b", re.IGNORECASE)
_BETWEEN_BRACKET = re.compile(r"[^,;:()]{0,40}\(\s*")
# a second amount that restates the first ("£9.80 a week, or £509.60 a year", "£1,240 a year,
# equivalent to £6.20 a day", "£52, that is £1 a week", "£260 (£5 a week)"): after the first
# figure at most its rate, then the word that makes the second an alternative of it
_RATE = r"(?:\s+(?:a|an|per|each)(?:\s+[a-z]+){1,2})?"
_ALTERNATIVE = re.compile(
    _RATE + r"\s*(?:,\s*(?:or|equivalent\s+to|equating\s+to|that\s+is|i\.e\.)|\()\s*,?\s*"
    r"(?:(?:around|about|some|roughly|approximately|nearly|almost|over|under|just\s+(?:over|under))\s+)?",
    re.IGNORECASE,
)
# the word after the second figure when no noun of its own follows it (its rate, a time, a total)
_NOT_OWN = frozenset(["a", "an", "per", "each", "in", "from", "by", "over", "during", "until", "at", "to", "up"])
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _is_rate(phrase: str) -> bool:
    return phrase.startswith(("a ", "an ", "each ", "per "))


def _alternative(text: str, prev: Cand, c: Cand) -> bool:
    """``c`` restates ``prev`` in another form ("£9.80 a week, or £509.60 a year, from April"):
    the same kind, written as its alternative, with no noun of its own after it."""
    if c.kind != prev.kind or not _ALTERNATIVE.fullmatch(text, prev.end, c.start):
        return False
    m = _NEXT_WORD.match(text, c.end)
    return m is None or m.group(1).lower() in _NOT_OWN


def share_by_position(text: str, cands: Sequence[Cand], restrict: dict[int, list[str]] | None = None) -> None:
    """Labels a figure takes from where it is written: a figure in brackets right after another
    figure's clause is that figure's share or equivalent ("11 were withdrawn (55%)", "23 (35%)");
    an amount that restates the one before it ("£9.80 a week, or £509.60 a year") measures what
    that one does, with that one's restricting phrases and its own rate (``restrict``: ``id``
    of the candidate -> phrases, as ``restrict.add_restrictions`` reads them);
    a change set in apposition to an amount is a change in it ("£1,873.16, an increase of
    2.99%" -> "increase in Band D council tax"); the two ends of a range share the fuller label."""
    prose = sentence_prose(cands)
    for prev, c in itertools.pairwise(prose):
        if prev.sentence != c.sentence or not prev.label:
            continue
        closes = text[c.end : c.end + 2].lstrip().startswith(")")
        if closes and _BETWEEN_BRACKET.fullmatch(text, prev.end, c.start):
            c.label = prev.label
        elif _alternative(text, prev, c):
            c.label = prev.label
            if restrict is not None:
                mine = [p for p in restrict.get(id(c), []) if _is_rate(p)]
                restrict[id(c)] = [p for p in restrict.get(id(prev), []) if not _is_rate(p)] + mine
        elif c.label and c.label.lower() in _CHANGE_NOUNS and _APPOSED.fullmatch(text, prev.end, c.start):
            c.label = f"{c.label} in {prev.label}"
        elif not c.label and (m := _COMPARED.match(text, c.end)) and _APPENDED.fullmatch(text, prev.end, c.start):
            # "Visits rose to 437,000 in 2025, 6% more than in 2024": the change in visits
            c.label = f"{'increase' if m.group(1).lower() in ('more', 'higher', 'up') else 'decrease'} in {prev.label}"
    ends: dict[int, list[Cand]] = {}
    for c in prose:
        if c.pair is not None:
            ends.setdefault(c.pair, []).append(c)
    for pair in ends.values():
        fullest = max((c.label or "" for c in pair), key=len)
        for c in pair:
            if fullest and (not c.label or fullest.startswith(c.label)):
                c.label = fullest
