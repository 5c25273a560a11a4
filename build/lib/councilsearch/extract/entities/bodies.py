"""A board that lends, pays or is paid is an organisation, not a committee.

"Board" heads both the council's own meetings ("Example Programme Board") and bodies of their
own (a lender, an NHS body). What the text does with the name tells them apart: committees
meet, consider and report; they hold no money. A name headed by "Board" (or "Commission")
that money flows from or to ("borrowing … from the Example Loan Board", "£78,000 to the
Example Care Board", "Example Loan Board debt", "the Example Care Board (ECB) contributes
£11m") is an organisation, and so is every other mention of it (its acronym included, whose
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





_LINE_END_CAPS = re.compile(r"(?<![\w'’-])[a-z]+[ \t]+((?:[A-Z][a-z][\w'’-]*[ \t]+){0,2}[A-Z][a-z][\w'’-]*)[ \t]*$")
_NAMED_LABELS = frozenset({"ORG", "PROGRAMME", "COMMITTEE"})


def wrapped_heads(chosen: list[Cand], text: str, stop: frozenset[str]) -> list[Cand]:
    """A name broken over lines ("… and the Example\\n\\nGrowth Plan 2025-28 …"): a body's or
    programme's name that opens its line takes the capitalised words that end the line before,
    when a lower-case word comes right before them (mid-sentence, not a heading), the line
    before is prose (30 characters or more, no table cells) and none of them is a stop word (``stop``: determiners, months, document furniture). Returns the
    candidates without those the longer name now covers."""
    drop: set[int] = set()
    for c in chosen:
        if c.label not in _NAMED_LABELS:
            continue
        ls = text.rfind("\n", 0, c.start) + 1
        if text[ls : c.start].strip() or ls == 0:
            continue
        prev_end = ls - 1
        while prev_end > 0 and text[prev_end - 1] in "\n\r \t" and ls - prev_end < 4:
            prev_end -= 1
        if text.count("\n", prev_end, ls) > 2:
            continue
        pls = text.rfind("\n", 0, prev_end) + 1
        le = text.find("\n", c.end)
        if prev_end - pls < 30 or "\t" in text[pls : le if le >= 0 else len(text)]:
            continue  # a short line or a table's cells, not a wrapped sentence
        m = _LINE_END_CAPS.search(text, pls, prev_end)
        if not m or any(w in stop for w in m.group(1).split()):
            continue
        s = m.start(1)
        drop |= {id(o) for o in chosen if o is not c and o.start < prev_end and s < o.end}
        c.normalised = f"{m.group(1)} {c.normalised}"
        c.start = s
        c.occupied = (min(c.occupied[0], s), c.occupied[1])
    return [c for c in chosen if id(c) not in drop]
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’]*-(?:[a-z]+-)*)+)$")


def hyphenated_heads(chosen: list[Cand], text: str) -> None:
    """ "the Late-Night Transport Strategy", "our Door-to-Door Support Strategy": the ruler's words
    stop at a hyphen, so a name glued by one to the capitalised word before it takes that word
    (in place)."""
    for c in chosen:
        if c.label not in _NAMED_LABELS:
            continue
        m = _GLUED_BEFORE.search(text, max(0, c.start - 60), c.start)
        if not m or m.end() != c.start:
            continue
        c.normalised = m.group(1) + c.normalised
        c.start = m.start(1)
        c.occupied = (min(c.occupied[0], c.start), c.occupied[1])


_CAPS = r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|&))*"
# "… for Parks\n and Libraries" (the connector opens the next line) or "… Member for\n
# Parks and Libraries" (it ends the first): the next line holds the rest of the name only
_AND_NEXT_LINE = re.compile(
    r"(?:[ \t]*\r?\n[ \t]*((?:and|&)[ \t]+" + _CAPS + r")"
    r"|[ \t]+((?:of|for|and|&)[ \t]*\r?\n[ \t]*" + _CAPS + r"))[ \t]*[.,;]?[ \t]*(?=\n|$)"
)


def continued_names(chosen: list[Cand], text: str) -> list[Cand]:
    """ "Cabinet Member for Parks\n and Libraries", "Cabinet Member for\n Parks and
    Libraries": a post's or body's name that ends its line and goes on at the next (after
    "and", "for", "of") to that line's end (a cell wrapped in two) is one name. Returns the candidates without those the longer name now covers."""
    drop: set[int] = set()
    for c in chosen:
        if c.label not in _NAMED_LABELS and c.label != "ROLE":
            continue
        m = _AND_NEXT_LINE.match(text, c.end)
        if not m:
            continue
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        drop |= {id(o) for o in chosen if o is not c and o.start < e and s < o.end}
        c.normalised = f"{c.normalised} {' '.join(m.group(g).split())}"
        c.end = e
        c.occupied = (c.occupied[0], max(c.occupied[1], e))
    return [c for c in chosen if id(c) not in drop]


__all__ = ["continued_names", "hyphenated_heads", "money_bodies", "wrapped_heads"]
