"""Committees a document names in lower case: "the audit committee", "the standards
committee". The ruler's committee patterns need capitals; papers often write a council's own
committees in lower case. "the" (or a possessive: "its", "the council's") + one to three
lower-case words + "committee" names one, once
generic words are set aside ("the relevant committee", "the above committee" name none).
A committee's name in capitals on a line of its own, as a front sheet prints the meeting's
("AUDIT, RISK AND STANDARDS COMMITTEE", "LICENSING SUB-COMMITTEE"), names it too.
Generic vocabulary only."""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand
from councilsearch.extract.entities.domain import word_set

_LOWER_COMMITTEE = re.compile(
    r"(?:\b(?:the|its|their|our)|\w['’]s)[ \t]+((?:[a-z][a-z-]*[ \t]+){1,3}?)(committee|sub-committee|subcommittee)\b"
    r"(?![-'’])"
)
# words that say which committee, not what it is for
_GENERIC = word_set(
    "relevant appropriate same above below following next previous last first second new old whole main said "
    "respective individual other former current proposed existing particular specific responsible parent "
    "council council's councils' full special named designated required statutory various each every any "
    "this that these those such own local separate single standing"
)


def lower_case_committees(text: str, chosen: list[Cand]) -> list[Cand]:
    """The lower-case committee names in ``text`` that no chosen candidate covers, in text order."""
    taken = [(c.start, c.end) for c in chosen]
    out: list[Cand] = []
    for m in _LOWER_COMMITTEE.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _GENERIC:
            words.pop(0)
        if not words or any(w in _GENERIC for w in words):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        end = m.end(2)
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(Cand(start, end, "COMMITTEE", " ".join(text[start:end].split()), 2, (start, end)))
    return out


# a line that is a committee's name in capitals: words (commas and "AND" between them), then the head
_CAPS_COMMITTEE = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z'’&-]*,?[ \t]+){1,7}(?:SUB-COMMITTEE|SUBCOMMITTEE|COMMITTEE|BOARD|PANEL|FORUM|SUB-PANEL))"
    r"[ \t]*$",
    re.M,
)
_SMALL = frozenset({"and", "of", "for", "the", "on", "in"})


def _title(words: list[str]) -> str:
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low.strip(",") in _SMALL else "-".join(p.capitalize() for p in low.split("-")))
    return " ".join(out)


def capital_committees(text: str, chosen: list[Cand]) -> list[Cand]:
    """Committees named in capitals on a line of their own (see the module's note) that no chosen
    candidate covers; ``normalised`` is the name in title case."""
    out: list[Cand] = []
    for m in _CAPS_COMMITTEE.finditer(text):
        words = m.group(1).split()
        if words[0] in ("THE", "A", "AN"):
            words = words[1:]
        if len(words) < 2:
            continue
        start, end = m.end(1) - len(" ".join(words)), m.end(1)
        if text[start:end] != " ".join(words):
            start = m.start(1) + m.group(1).find(words[0])
        if any(c.start < end and start < c.end for c in chosen if c.label != "COMMITTEE" or (c.start, c.end) != (start, end)):
            continue
        out.append(Cand(start, end, "COMMITTEE", _title(words), 2, (start, end)))
    return out
