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

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.names import normalise_role
from councilsearch.extract.entities.shapes import fold, last_head_type

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


# "Chair of the ", "Clerk to ", "Cabinet Member for ": where the body a post serves begins
_POST_OF = re.compile(r"[ \t\n]+(?:of|for|to)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_BODY_LABELS = ("ORG", "COMMITTEE")
# "Secretary to the Standing Panel": a kind of committee, not its name (given elsewhere)
_KIND_ONLY = frozenset({"Joint", "Sub", "Select", "Standing", "Main", "Full"})
# each further word of a name on the same line: capitalised, or "of"/"and" inside it
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:of|and|&)[ \t]+)?[A-Z][\w'’-]*")


def bodies_in_posts(chosen: list[Cand], cands: list[Cand], ctx: DocContext) -> tuple[list[Cand], list[Cand]]:
    """ "Chair of the Example Appeals Committee", "Leader of Example Borough Council": a committee
    or body named inside a post is an entity of its own. A post cut short before a body's name
    the candidates hold ("Leader of Example" + "Borough Council") takes the whole name. The
    bodies are typed by the head noun of the words after "of"/"for"/"to" (two words or more; a
    council's own service, "... Services", and a list of fields are parts of the post); a body must also
    start with a word the document never writes in lower case (a proper name), a committee need
    not ("Licensing Committee"). Returns the candidates (without those a lengthened post now
    covers) and the bodies, which overlap their posts and are added last."""
    text = ctx.text
    starts: dict[int, list[Cand]] = {}
    for b in cands:
        if b.label in _BODY_LABELS:
            starts.setdefault(b.start, []).append(b)
    drop: set[int] = set()
    nested: list[Cand] = []
    for c in chosen:
        if c.label != "ROLE" or id(c) in drop:
            continue
        m = _POST_OF.search(text, c.start, c.end)
        if not m or m.end() >= c.end:
            continue
        s = m.end()
        end = max((b.end for b in starts.get(s, []) if b.end > c.end and "\n" not in text[c.end : b.end]), default=c.end)
        if end == c.end:  # the words after the post that end in a body's head ("... of Way Committee")
            pos, ends = c.end, list[int]()
            while (w := _NAME_GOES_ON.match(text, pos)) and len(ends) < 6:
                pos = w.end()
                ends.append(pos)
            end = next((e for e in reversed(ends) if last_head_type(text[s:e].split()) in _BODY_LABELS), c.end)
        if end > c.end:
            drop |= {id(o) for o in chosen if o is not c and o.start < end and o.end > c.end}
            c.end = end
            c.occupied = (c.occupied[0], max(c.occupied[1], end))
            c.normalised = normalise_role(text[c.start : c.end])
        words = text[s : c.end].split()
        kind = last_head_type(words)
        if len(words) < 2 or kind not in _BODY_LABELS or fold(words[-1]) == "service" or "," in text[s : c.end]:
            continue  # a portfolio's fields ("for Waste, Parks and Leisure") are no body
        if (kind == "ORG" and ctx.common(words[0])) or (len(words) == 2 and words[0] in _KIND_ONLY):
            continue
        nested.append(Cand(s, c.end, kind, " ".join(words), 0, (s, c.end)))
    return [c for c in chosen if id(c) not in drop], nested


def add_nested(chosen: list[Cand], nested: list[Cand]) -> list[Cand]:
    """The bodies named inside posts, each typed as the same name is elsewhere in the document
    (a board that pays is a body everywhere), unless a candidate has that span already."""
    spans = {(c.start, c.end) for c in chosen}
    label = {c.normalised: c.label for c in chosen if c.label in _BODY_LABELS}
    add = [n for n in nested if (n.start, n.end) not in spans]
    for n in add:
        n.label = label.get(n.normalised, n.label)
    return sorted(chosen + add, key=lambda c: (c.start, c.end)) if add else chosen


__all__ = ["add_nested", "bodies_in_posts", "continued_names", "hyphenated_heads", "money_bodies", "wrapped_heads"]
