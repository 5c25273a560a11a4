"""Committees a document names in lower case: "the audit committee", "the standards
committee". The ruler's committee patterns need capitals; papers often write a council's own
committees in lower case. "the" (or a possessive: "its", "the council's") + one to three
lower-case words + "committee" names one, once
generic words are set aside ("the relevant committee", "the above committee" name none).
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
