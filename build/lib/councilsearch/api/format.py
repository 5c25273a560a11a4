"""Presentation helpers shared by the JSON API and the search page: text cut into highlighted
segments (the link that opens a document at a cited span is ``jobs.results.view_url``; a figure is written by
``councilsearch.extract.figures.present``, for the CLI too). No HTML is built here:
templates escape."""

from __future__ import annotations

from collections.abc import Iterable

from councilsearch.models import Citation, Span


def segments(text: str, spans: Iterable[Span], offset: int = 0) -> list[tuple[str, bool]]:
    """Cut ``text`` into (piece, highlighted) pairs. ``spans`` are offsets into the text the
    caller has in mind; ``offset`` is where ``text`` starts in it. Overlapping or
    out-of-range spans are clipped and merged."""
    n = len(text)
    clipped: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        s, e = max(0, s - offset), min(n, e - offset)
        if e <= s:
            continue
        if clipped and s <= clipped[-1][1]:
            clipped[-1] = (clipped[-1][0], max(clipped[-1][1], e))
        else:
            clipped.append((s, e))
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in clipped:
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < n or not out:
        out.append((text[pos:], False))
    return out


def citation_label(c: Citation) -> str:
    return c.label()

