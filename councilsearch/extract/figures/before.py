"""A prose figure whose own clause names nothing it measures takes what the sentence before it
measures (English grammar only, no word of any corpus). Such a figure is one after "there
were" with nothing after it ("Two years earlier there were 204,"), a share "of them" with
nothing before it in its sentence, one whose label only says how sure it is ("The forecast for
the year is £1.9m" after "Interest earned was £1.1m in the half year"), and one with no label
a few words after a pronoun ("taking it to about £8m"). It stands for the subject of the
sentence before: the first figure of that sentence of the same kind (a count for a count, an
amount for an amount) in the same paragraph. A status word of its own label ("forecast") stays
in front.

"The figure" (or "the equivalent figure") stands for the figure written before it: the first
same-kind figure before it in its own sentence ("14.6% of tenants were in arrears; in 2022 the
figure was 17.3%"), else the sentence before's; unless a phrase put first says what it is now
("For bus lane fines the figure was 28.9%": bus lane fines)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose
from councilsearch.extract.figures.measure import key_words, status_words
from councilsearch.extract.figures.words import only_time

_THERE = re.compile(r"\bthere\s+(?:is|are|was|were|will\s+be|had\s+been|have\s+been|has\s+been)\s+"
                    r"(?:(?:about|around|some|nearly|almost|over|under|only|just)\s+)?$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_ALONE = re.compile(r"\s*(?:[,.;:)]|$)")  # nothing after the figure says what it counts
# "the figure", "the equivalent figure": a word that only points back at another figure
_ANAPHOR_WORDS = frozenset(["figure", "equivalent", "comparable"])
# "For bus lane fines the figure was": the phrase put first names what the figure is now
_ANAPHOR_STEMS = key_words(" ".join(_ANAPHOR_WORDS))
_FRONTED = re.compile(r"^\s*(?:For|Among)\s+(?:the\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s*,?\s+"
                      r"the\s+(?:equivalent\s+|comparable\s+)?figures?\b")
_PRONOUN_NEAR = re.compile(r"\b(?:it|they|them)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


def _empty(label: str | None) -> bool:
    return not label or not key_words(label)


def from_sentence_before(text: str, cands: Sequence[Cand]) -> None:
    """Label each prose figure whose clause names nothing it measures (see the module
    docstring) with the label of the first same-kind figure of the sentence before it."""
    prose = sentence_prose(cands)
    by_sentence: dict[tuple[int, int], list[Cand]] = {}
    for c in prose:
        by_sentence.setdefault(c.sentence, []).append(c)  # type: ignore[arg-type]
    ends = {s[1]: s for s in by_sentence}
    for c in prose:
        start, _end = c.sentence  # type: ignore[misc]
        lead = text[start:c.start]
        if _anaphor(c.label):
            _the_figure(c, lead, by_sentence[c.sentence], _sentence_before(text, start, ends, by_sentence))  # type: ignore[index]
            continue
        first = by_sentence[c.sentence][0] is c  # type: ignore[index]
        there = bool(_THERE.search(lead)) and bool(_ALONE.match(text, c.end))
        of_them = first and bool(_OF_THEM.match(text, c.end))
        status_only = bool(c.label) and _empty(c.label)
        pronoun = not c.label and bool(_PRONOUN_NEAR.search(lead))  # "taking it to about £8m"
        if not (there or of_them or status_only or pronoun):
            continue
        before = _sentence_before(text, start, ends, by_sentence)
        ante = next((b for b in before if b.kind == c.kind and b.label and not _empty(b.label)), None)
        if ante is None or ante.label is None:
            continue
        status = [w for w in status_words(c.label) if w not in status_words(ante.label)]
        c.label = " ".join([*status[:1], ante.label])


def _anaphor(label: str | None) -> bool:
    """A label that only points back ("figure", "equivalent figure")."""
    words = key_words(label)
    return bool(words) and words <= _ANAPHOR_STEMS


def _the_figure(c: Cand, lead: str, same: list[Cand], before: list[Cand]) -> None:
    """Label "the figure" (see the module docstring)."""
    if (m := _FRONTED.match(lead)) and not only_time(m.group(1)) and key_words(m.group(1)):
        c.label = m.group(1)
        return
    earlier = [p for p in same if p.start < c.start and p.kind == c.kind and p.label and not _anaphor(p.label)]
    ante = earlier[0] if earlier else next(
        (b for b in before if b.kind == c.kind and b.label and not _empty(b.label) and not _anaphor(b.label)), None)
    if ante is not None:
        c.label = ante.label


def _sentence_before(text: str, start: int, ends: dict[int, tuple[int, int]],
                     by_sentence: dict[tuple[int, int], list[Cand]]) -> list[Cand]:
    """The figures of the sentence that ends right before ``start`` in the same paragraph."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    for back in range(k, max(k - 3, 0) - 1, -1):  # a sentence's span may leave out its closing mark
        if back in ends:
            return by_sentence[ends[back]]
    return []
