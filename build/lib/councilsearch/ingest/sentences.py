"""Sentences: the one splitter of running text into sentences.

Passages are windows of whole sentences (and the sentences they store for sentence-level
matching); a figure is read in its sentence (its money context, its period, the window its
label is parsed in, the span exported with it); and a figure is shown with the sentence
around it. All of them split here, so the sentence of a figure is the sentence of its passage.

A sentence ends at ``.``, ``!`` or ``?`` (optionally closed by quotes or brackets) followed by
white space and something that can start a sentence: a capital, a digit, an opening quote or
bracket, "£" or a bullet. An abbreviation common in council papers ("Mr.", "e.g.", "c.",
"no.", "para.", "Jan.") or a single capital ("J. Smith") does not end one. Splitting works
inside one stretch of a line (a line, a table cell): a line break always ends a sentence, and
a table row (a line holding TABs) is shown whole.
"""

from __future__ import annotations

import re

from councilsearch.models import Passage, Span

SENTENCE_END = re.compile(r"([.!?][\"”’')\]]*)\s+(?=[\"“‘'(\[£0-9A-Z•])")
ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|Cllr|St|No|no|Nos|c|ca|approx|incl|excl|vs|cf|Prof|Rev|Sir|"
    r"Co|Ltd|Inc|para|paras|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))\.$"
)
_LOOK_BACK = 12  # characters before a full stop that can hold an abbreviation


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` (one line, or a part of one), in order. A sentence
    runs from its first character to its closing mark and the quotes or brackets that close
    it (``…the person.”``); the white space between two sentences belongs to neither. Spans
    are not trimmed."""
    end = len(text) if end is None else end
    out: list[Span] = []
    s = start
    for m in SENTENCE_END.finditer(text, start, end):
        if ABBREVIATION.search(text[max(s, m.start() - _LOOK_BACK) : m.start() + 1]):
            continue
        out.append((s, m.end(1)))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def line_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` line by line (no sentence runs over a line break),
    in order, untrimmed: ``sentence_spans`` of each line."""
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.extend(sentence_spans(text, pos, stop))
        pos = stop + 1
    return out


def sentence_at(text: str, start: int, end: int | None = None) -> Span:
    """The sentence of ``text`` holding ``text[start:end]``, found in its line. In a table row
    (a line holding TABs) that is the sentence in its cell when the cell holds several, else
    the whole row."""
    end = start if end is None else end
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    cs = text.rfind("\t", ls, start) + 1 or ls
    ce = text.find("\t", start, le)
    ce = le if ce < 0 else ce
    spans = sentence_spans(text, cs, ce)
    if (cs, ce) != (ls, le) and len(spans) < 2:
        return ls, le
    inside = [sp for sp in spans if sp[0] < max(end, start + 1) and start < sp[1]]
    if not inside:
        return next(((s, e) for s, e in spans if start <= e), (cs, ce))
    return inside[0][0], inside[-1][1]


def passage_sentence(p: Passage, span: Span) -> str | None:
    """The sentence of passage ``p`` holding ``span`` (document offsets), trimmed; None when
    the span is not in the passage."""
    s, e = span[0] - p.span[0], span[1] - p.span[0]
    if not 0 <= s <= len(p.text):
        return None
    a, b = sentence_at(p.text, s, e)
    return p.text[a:b].strip() or None
