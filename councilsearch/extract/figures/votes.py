"""Votes recorded in minutes (English shapes of how a vote is written, no word of any corpus):
"lost by 14 votes to 20, with 4 abstentions", "For (23) Against (8) Abstained (2)", "(For 31,
against 7.)", "26 in favour and 5 against": each count is the votes for, the votes against or
the abstentions, on the motion, amendment or recommendation the sentence names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose

_N = r"([0-9]{1,3}|[A-Za-z]+)"
# "lost by 14 votes to 20", ", with 4 abstentions" / "and 2 abstentions"
_BY_VOTES = re.compile(rf"\bby\s+{_N}\s+votes?\s+to\s+{_N}\b(?:\s*(?:,\s*)?(?:with|and)\s+{_N}\s+abstentions?\b)?",
                       re.IGNORECASE)
# "For (23) Against (8) Abstained (2)", "For: 31, against: 7", "(For 31, against 7.)"
_SIDE = re.compile(r"\b(for|against|in\s+favour|abstained|abstentions?|abstaining|abstain)\s*(?:\(\s*|:\s*)?"
                   r"([0-9]{1,3})\s*\)?(?=\s*(?:[,;.)]|$|\s+(?:for|against|abstain|and|with)\b))", re.IGNORECASE)
# "26 in favour and 5 against", "19 for, 8 against, 6 abstaining"
_COUNT_SIDE = re.compile(r"\b([0-9]{1,3})\s+(?:votes?\s+)?(in\s+favour|for|against|abstentions?|abstaining|abstained)\b(?=\s*(?:[,;.)]|$|\s+(?:and|with)\b))",
                         re.IGNORECASE)
_WHAT = re.compile(r"\bthe\s+((?:[A-Za-z'’-]+\s+){0,3}?(?:motion|amendment|recommendations?|resolution|proposal))\b",
                   re.IGNORECASE)


def _label(side: str, what: str | None) -> str:
    s = side.lower()
    if s.startswith("abst"):
        return f"abstentions on the {what}" if what else "abstentions"
    word = "against" if s == "against" else "for"
    return f"votes {word} the {what}" if what else f"votes {word}"


def _what(text: str, start: int, at: int) -> str | None:
    """The motion or amendment voted on: the last one named before the tally in its line, else
    in the line before ("Vote on the second amendment" over "For (23) Against (8)")."""
    named = list(_WHAT.finditer(text, start, at))
    if not named:
        prev = text.rfind("\n", 0, max(0, start - 1)) + 1
        named = list(_WHAT.finditer(text, prev, start))
    return named[-1].group(1) if named else None


def label_votes(text: str, cands: Sequence[Cand]) -> None:
    """Label the counts of a recorded vote: for, against, abstained (see the module docstring).
    A tally is read within its line: minutes often print "For (23)", "Against (8)" and
    "Abstained (1)" as the columns of one line."""
    by_start = {c.start: c for c in sentence_prose(cands) if c.kind == "count"}
    lines: set[int] = set()
    for c in by_start.values():
        ls = text.rfind("\n", 0, c.start) + 1
        if ls in lines:
            continue
        lines.add(ls)
        le = text.find("\n", c.start)
        line = text[ls : le if le >= 0 else len(text)]
        found: list[tuple[int, str]] = []
        for m in _BY_VOTES.finditer(line):
            found.extend((m.start(g), side) for g, side in ((1, "for"), (2, "against"), (3, "abstained"))
                         if m.group(g) is not None)
        sides = list(_SIDE.finditer(line))
        if len(sides) >= 2 and any(m.group(1).lower() == "against" for m in sides):
            found.extend((m.start(2), m.group(1)) for m in sides)  # a tally, not "for 12 months"
        counts = list(_COUNT_SIDE.finditer(line))
        if len(counts) >= 2 and any(m.group(2).lower() == "against" for m in counts):
            found.extend((m.start(1), m.group(2)) for m in counts)
        for at, side in found:
            if (fig := by_start.get(ls + at)) is not None:
                fig.label = _label(side, _what(text, ls, ls + at))


__all__ = ["label_votes"]
