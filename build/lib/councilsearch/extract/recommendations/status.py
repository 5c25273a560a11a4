"""A recommendation's status read from what a later text says about it.

The verdict is the first sentence of the commentary with a status cue (progress reviews open
each item with it); within that sentence the stronger claim wins: no longer relevant, then
not started, then progressing, then done. A RAG colour printed in the commentary is kept and,
when no words say more, decides the status (blue and green: done; amber: progressing; red:
not started). No cue at all: ``unclear``, citing the commentary's first sentence.
"""

from __future__ import annotations

import re

from councilsearch.ingest.sentences import line_sentences
from councilsearch.models import Span

_DONE_VERBS = (
    "completed?|approved|implemented|introduced|established|adopted|agreed|delivered|launched|created|"
    "published|appointed|formalised|formalized|finalised|finalized|put in place|set up|simplified|"
    "rationalised|streamlined|restructured|achieved|addressed|actioned|resolved|embedded|signed off|"
    "commissioned|recruited|held|undertaken|carried out|concluded"
)
CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("no_longer_relevant", re.compile(
        r"\bno longer (?:relevant|applicable|required|needed|a priority|appropriate)\b|\bsuperseded\b|"
        r"\bovertaken by\b|\bwithdrawn\b|\bnot (?:being )?(?:taken forward|pursued)\b", re.I)),
    ("not_started", re.compile(
        r"\bnot (?:yet )?(?:been )?(?:started|begun|commenced|progressed|actioned|addressed)\b|"
        r"\byet to (?:start|begin|commence|be (?:started|progressed|addressed|implemented|actioned))\b|"
        r"\bno (?:progress|action|work) (?:has|have|had) been\b|\bno (?:progress|action) (?:to date|so far|yet)\b|"
        r"\bhas not started\b|\bnot started\b", re.I)),
    ("progressing", re.compile(
        r"\b(?:ongoing|underway|under way|in progress|progressing|in development|in train|on track|"
        r"partially|partly|early stages?|further work|making progress|work continues|"
        r"(?:is|are) (?:now )?(?:being|beginning|starting|continuing|working)\b|"
        r"(?:continues|continue|continuing) to (?:develop|work|progress|embed|implement|improve)|"
        r"(?:beginning|begun|started) to|needs? to progress|"
        r"(?:progress|improvements?|steps|headway) (?:has|have|had) (?:also )?been (?:made|taken)|"
        r"(?:some|good|early|measurable|significant) progress|"
        r"work (?:is|has) (?:started|begun|commenced|progressing)|plans? (?:are|is) (?:in place )?to|"
        r"commitment (?:for|to)\b[^.]{0,80}\bto be (?:implemented|delivered|introduced))", re.I)),
    ("done", re.compile(
        rf"\b(?:has|have|had|was|were|is|are) (?:now )?(?:been )?(?:fully |successfully |formally )?(?:{_DONE_VERBS})\b|"
        r"\b(?:fully (?:implemented|delivered|completed|achieved)|now in place|(?:is|are) in place|"
        r"has been done|complete(?:d)? in full)\b", re.I)),
)
_RAG = re.compile(r"\b(Blue|Green|Amber|Red|BLUE|GREEN|AMBER|RED)\b|\b(?:rag|rated?|status)\b[^.]{0,40}?\b(blue|green|amber|red)\b",
                  re.I)
_RAG_STATUS = {"blue": "done", "green": "done", "amber": "progressing", "red": "not_started"}


def sentences(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]``, line by line, trimmed."""
    out: list[Span] = []
    for a, b in line_sentences(text, start, end):
        while a < b and text[a] in " \t-\u2022*":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def sentence_status(sentence: str) -> str | None:
    """The strongest status cue in one sentence, or None."""
    for status, rx in CUES:
        if rx.search(sentence):
            return status
    return None


def rag_of(text: str) -> str | None:
    m = _RAG.search(text)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    if m.group(1) and m.group(1).islower():
        return None
    return word.lower()


def read_status(text: str, start: int, end: int, max_sentences: int = 12) -> tuple[str, str | None, Span]:
    """(status, rag colour or None, the span of the sentence that says it) for the
    commentary ``text[start:end]``; ``unclear`` (with the first sentence) when nothing does."""
    spans = [s for s in sentences(text, start, end) if text[s[0]:s[1]].strip()][:max_sentences]
    if not spans:
        return "unclear", None, (start, start)
    rag = rag_of(text[start:end])
    for s in spans:
        status = sentence_status(text[s[0]:s[1]])
        if status is not None:
            return status, rag, s
    if rag is not None:
        for s in spans:
            if rag_of(text[s[0]:s[1]]):
                return _RAG_STATUS[rag], rag, s
    return "unclear", rag, spans[0]
