"""Labels prose figures take from the figures beside them in their sentence, after the parse
has labelled what it could: a figure left without one takes the label before it; a figure in
brackets after another, or a change set in apposition to an amount, is read against that
amount; the two ends of a range share the fuller label."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose
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
_CHANGE_NOUNS = frozenset(["increase", "rise", "decrease", "reduction", "fall", "cut", "growth", "uplift", "change", "drop"])
_APPOSED = re.compile(r"(?:\s+(?:in|for|by|at)\s+[^,;:()]{2,24})?,\s*(?:an?|the)\s+[a-z]+\s+of\s+")
# "437,000 in 2025, " before "6% more than"; a short aside in brackets ("notices (PCNs) in 2025, ")
# does not end the clause
_APPENDED = re.compile(r"(?:[^,;:()]|\([^,;:()]{1,24}\)){0,60},\s*")
_COMPARED = re.compile(r"\s+(more|higher|up|less|fewer|lower|down)\b", re.IGNORECASE)
_BETWEEN_BRACKET = re.compile(r"[^,;:()]{0,40}\(\s*")


def share_by_position(text: str, cands: Sequence[Cand]) -> None:
    """Labels a figure takes from where it is written: a figure in brackets right after another
    figure's clause is that figure's share or equivalent ("11 were withdrawn (55%)", "23 (35%)");
    a change set in apposition to an amount is a change in it ("£1,873.16, an increase of
    2.99%" -> "increase in Band D council tax"); the two ends of a range share the fuller label."""
    prose = sentence_prose(cands)
    for prev, c in itertools.pairwise(prose):
        if prev.sentence != c.sentence or not prev.label:
            continue
        closes = text[c.end : c.end + 2].lstrip().startswith(")")
        if closes and _BETWEEN_BRACKET.fullmatch(text, prev.end, c.start):
            c.label = prev.label
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
