"""A board that lends, pays or is paid is an organisation, not a committee.

"Board" heads both the council's own meetings ("Example Programme Board") and bodies of their
own (a lender, an NHS body). What the text does with the name tells them apart: committees
meet, consider and report; they hold no money. A name headed by "Board" (or "Commission")
that money flows from or to ("borrowing … from the Example Loan Board", "£96,000 to the
Example Care Board", "Example Loan Board debt", "the Example Care Board (ECB) contributes
£14m") is an organisation, and so is every other mention of it (its acronym included, whose
``normalised`` is the expansion)."""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand
from councilsearch.extract.entities.shapes import fold

_BODY_HEADS = frozenset({"board", "commission"})
_MONEY = r"£\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?"
# the clause before the name: money or lending, then "from (the)", or an amount "to (the)"
_BEFORE = re.compile(
    r"(?:\b(?:borrow\w*|loans?|lending|grants?|funding)\b(?:[^.;:\n]|(?<=\d)\.(?=\d)){0,80}?\bfrom"
    r"|" + _MONEY + r"\s+(?:\w+\s+)?(?:to|from))\s+(?:the\s+)?$",
    re.I,
)
# the words after it: what it lends, or a verb of paying
_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:\([A-Za-z&]{2,10}\)\s*)?"
    r"(?:debts?|loans?|borrowing|lending|rates?|contribut(?:es|ed|ions?)|pays|paid|lends|lent|"
    r"funds|funded|awards|awarded|allocates|allocated)\b",
    re.I,
)


def _money_flow(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE.search(text[max(0, start - 140) : start]) or _AFTER.match(text[end : end + 60]))


def money_bodies(chosen: list[Cand], text: str) -> None:
    """Re-type as ORG the committees headed by "Board"/"Commission" that money flows from or to
    (in place, every mention of the same name)."""
    names = {
        c.normalised for c in chosen
        if c.label == "COMMITTEE" and c.normalised.split() and fold(c.normalised.split()[-1]) in _BODY_HEADS
    }
    bodies = {
        c.normalised for c in chosen
        if c.label == "COMMITTEE" and c.normalised in names and _money_flow(text, c.start, c.end)
    }
    for c in chosen:
        if c.label == "COMMITTEE" and c.normalised in bodies:
            c.label = "ORG"


__all__ = ["money_bodies"]
