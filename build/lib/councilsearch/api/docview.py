"""What the document page shows: the document's sections as blocks a template can render
(headings as headings, numbered paragraphs with their number and page, tables as tables,
lists as lists), the cited span marked inside them, where the span is ("page 8 of 96 ·
4. Findings › Recommendation 1"), and the sections before and after it.

A long document is shown a window at a time, cut at section boundaries around the cited
span (or from an offset when the document is browsed), so a 400,000-character meeting pack
opens at once; the window's neighbours are links, never a "characters 45243–69883" notice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from councilsearch.models import Document, Section, Span

WINDOW_CHARS = 12_000  # text shown either side of the cited span in a long document
FULL_TEXT_LIMIT = 150_000  # a document up to this size is shown whole


@dataclass(frozen=True)
class Piece:
    """A run of text, marked when it is part of the cited span (``anchor``: the first such run,
    the one the citation's ``#hl`` lands on)."""

    text: str
    cited: bool = False
    anchor: bool = False


@dataclass
class Block:
    kind: str  # heading | paragraph | list | table
    anchor: str  # the section's element id ("s12")
    level: int = 2  # heading level (h2..h4)
    para_no: str | None = None
    page: str = ""  # "p. 8" or "pp. 8–9" where the document has pages
    pieces: list[Piece] = field(default_factory=list)
    rows: list[list[list[Piece]]] = field(default_factory=list)  # tables: rows of cells of pieces
    cited: bool = False


def _pieces(text: str, start: int, span: Span | None, anchored: list[bool]) -> list[Piece]:
    """``text`` (which starts at ``start`` in the document) cut where the cited span begins
    and ends; the first cited piece of the page is the anchor."""
    if span is None or span[1] <= start or span[0] >= start + len(text) or span[0] == span[1]:
        return [Piece(text)] if text else []
    a = max(0, span[0] - start)
    b = min(len(text), span[1] - start)
    out = [Piece(text[:a])] if a else []
    out.append(Piece(text[a:b], cited=True, anchor=not anchored[0]))
    anchored[0] = True
    if b < len(text):
        out.append(Piece(text[b:]))
    return out


def _pages(doc: Document, s: Section) -> str:
    if doc.n_pages <= 1 or not s.pages:
        return ""
    return f"p. {s.pages[0]}" if len(s.pages) == 1 else f"pp. {s.pages[0]}–{s.pages[-1]}"


def block_of(doc: Document, s: Section, span: Span | None, anchored: list[bool]) -> Block:
    """One section as a block."""
    start, end = s.span
    text = doc.text[start:end]
    cited = span is not None and span[0] < end and span[1] > start and span[0] != span[1]
    b = Block(kind=s.kind if s.kind in ("heading", "list", "table") else "paragraph", anchor=f"s{s.ordinal}",
              level=min(4, max(2, s.level + 1)), para_no=s.para_no, page=_pages(doc, s), cited=cited)
    if b.kind == "table":
        pos = start
        for line in text.split("\n"):
            if line.strip():
                cells = []
                cpos = pos
                for cell in line.split("\t"):
                    cells.append(_pieces(cell, cpos, span, anchored))
                    cpos += len(cell) + 1
                while cells and not any(p.text.strip() for p in cells[-1]):
                    cells.pop()  # trailing tabs make no empty columns
                b.rows.append(cells)
            pos += len(line) + 1
        width = max((len(r) for r in b.rows), default=0)
        for r in b.rows:
            r.extend([] for _ in range(width - len(r)))
    else:
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        b.pieces = _pieces(body, start + lead, span, anchored)
    return b


@dataclass(frozen=True)
class Neighbour:
    title: str
    start: int
    anchor: str


@dataclass
class View:
    blocks: list[Block]
    where: str  # "page 8 of 96 · 4. Findings › Recommendation 1"
    first: int  # the window's first and last character
    last: int
    earlier: Neighbour | None  # the heading before the window (or before the cited section)
    later: Neighbour | None


def _heading_title(s: Section) -> str:
    return s.heading or (s.path[-1] if s.path else "")


def document_view(doc: Document, sections: Sequence[Section], span: Span | None, offset: int = 0) -> View:
    """The blocks to show of ``doc``: all of it when short, else the sections around ``span``
    (or from ``offset``), with where the span is and the headings either side."""
    n = len(doc.text)
    at = span[0] if span is not None else min(offset, n)
    if n <= FULL_TEXT_LIMIT:
        lo, hi = 0, n
    elif span is not None:
        lo, hi = max(0, span[0] - WINDOW_CHARS), min(n, span[1] + WINDOW_CHARS)
    else:
        lo, hi = at, min(n, at + 2 * WINDOW_CHARS)
    shown = [s for s in sections if s.span[1] > lo and s.span[0] < hi]
    anchored = [False]
    blocks = [block_of(doc, s, span, anchored) for s in shown]
    shown_page = ""
    for b in blocks:  # a page number where the page changes, not on every paragraph
        page, b.page = b.page, (b.page if b.page != shown_page else "")
        shown_page = page or shown_page
    holder = next((s for s in sections if s.span[0] <= at < s.span[1]), None)
    where = []
    if holder is not None and span is not None:
        pages = doc.pages_for((span[0], max(span[0], span[1]))) if doc.n_pages > 1 else ()
        if pages:
            where.append(f"page {pages[0]} of {doc.n_pages}" if len(pages) == 1
                         else f"pages {pages[0]}–{pages[-1]} of {doc.n_pages}")
        if holder.path:
            where.append(" › ".join(holder.path))
        if holder.para_no and not (holder.path and holder.path[-1].startswith(holder.para_no)):
            where.append(f"paragraph {holder.para_no}")
    heads = [s for s in sections if s.kind == "heading"]
    first = shown[0].span[0] if shown else lo
    last = shown[-1].span[1] if shown else hi
    if n <= FULL_TEXT_LIMIT and holder is not None:  # the whole text is shown: the cited section's neighbours
        before = [s for s in heads if s.span[0] < holder.span[0]]
        after = [s for s in heads if s.span[0] > holder.span[0]]
    else:  # a window: the headings outside it
        ref = holder.span[0] if holder is not None and span is not None else first
        before = [s for s in heads if s.span[0] < min(ref, first)]
        after = [s for s in heads if s.span[0] >= max(last, ref + 1)]
    earlier = Neighbour(_heading_title(before[-1]), before[-1].span[0], f"s{before[-1].ordinal}") if before else None
    later = Neighbour(_heading_title(after[0]), after[0].span[0], f"s{after[0].ordinal}") if after else None
    return View(blocks, " · ".join(where), first, last, earlier, later)
