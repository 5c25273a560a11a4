"""Where a hit is cited: the paragraph its best-matching sentence is in.

A passage is a window of 120–200 words and may run over several numbered paragraphs, or go
on from a short chapter into the sibling chapters after it (``ingest.passages``); it carries
the heading path and paragraph number of the section it starts in. A citation names the
paragraph a reader should look at: the one holding the figure that answers a number
question, else the passage's sentence that holds the most of the query's words (the first
of equals). The citation's span and pages stay the passage's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from councilsearch.ingest.passages import passage_sentences
from councilsearch.models import Figure, Passage, Span


def cited_offset(p: Passage, highlights: Sequence[Span], answer: Figure | None = None) -> int | None:
    """The document offset of the passage's best-matching sentence (see module doc), or None
    when nothing in it matches (the passage is cited where it starts). ``highlights`` are
    offsets in the passage's text, ``answer`` a figure with document offsets."""
    if answer is not None and p.span[0] <= answer.span[0] < p.span[1]:
        return answer.span[0]
    if not highlights:
        return None
    best: tuple[int, int] | None = None  # (distinct matched words, start)
    for _sid, _pid, start, end in passage_sentences(p):
        a, b = start - p.span[0], end - p.span[0]
        words = {p.text[s:e].lower() for s, e in highlights if a <= s < b}
        if words and (best is None or len(words) > best[0]):
            best = (len(words), start)
    return None if best is None else best[1]
