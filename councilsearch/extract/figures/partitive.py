"""A sentence that opens by naming the whole it divides ("Of the 240 pupils on the roll, 31 walk
and 12 cycle"; "Of these permits, ...") counts parts of that whole: each figure of the clause
after the comma measures the whole's noun as well as what its own clause says of it ("pupils on
roll walk"). English shape only, no word of any corpus: the opening "Of" with a determiner (after a paragraph's number), the
whole up to the first comma (its numbers left out), and the figures up to the clause's end (a
semicolon or the sentence's end); a label that already names the whole is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.cells import clean_label
from councilsearch.extract.figures.words import content_words

_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?of\s+(?:the|these|those|its|their|our|all)\s+((?:[^,;:()]|(?<=\d),(?=\d)){2,80}?),\s+", re.IGNORECASE)
_NUMBER = re.compile(r"^[£$€]?\d[\d,./-]*\w{0,2}%?$")
_RELATIVE = re.compile(r"^(?:who|whom|which|that|whose)\b", re.IGNORECASE)  # "Of those who replied": no noun
_LEAD = re.compile(r"^(?:(?:the|a|an|of|some|about|around|over|nearly|almost)\s+)+", re.IGNORECASE)
_TRAIL = re.compile(r"(?:\s+(?:for|in|of|during|to))+$", re.IGNORECASE)  # a year left out leaves its preposition


def _whole(phrase: str) -> str | None:
    if _RELATIVE.match(phrase):
        return None
    words = [w for w in phrase.split() if not _NUMBER.match(w)]
    return clean_label(_TRAIL.sub("", _LEAD.sub("", " ".join(words)))) or None


def divided_whole(text: str, cands: Sequence[Cand]) -> None:
    """Give the figures of a clause that follows "Of the X," the whole X in their labels."""
    for c in cands:
        if c.kind not in LABEL_KINDS or c.in_table_cell or c.sentence is None:
            continue
        ss, se = c.sentence
        m = _OPENING.match(text, ss, se)
        if m is None or c.start < m.end():
            continue
        if ";" in text[m.end() : c.start]:
            continue  # a second clause: no longer the parts of the whole
        whole = _whole(m.group(1))
        if not whole or not content_words(whole):
            continue
        if c.label and content_words(whole) & content_words(c.label):
            continue
        c.label = f"{whole} {c.label}" if c.label else whole
