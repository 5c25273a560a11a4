"""Page furniture: running headers and footers, and page numbers.

Lines at the top or bottom of three or more pages that are the same once digits are ignored,
and bare page numbers there, are dropped (a small header, or one that numbers its page, on both
pages of a two-page paper is kept once, on the first); so is a repeated block of boilerplate that
interrupts a sentence or sits beside a page number (a footer that an earlier extraction left in
the middle of the text).
"""

from __future__ import annotations

import re
from collections import Counter

from councilsearch.ingest.pdf.metrics import Metrics
from councilsearch.ingest.pdf.paragraphs import Block, ends_sentence, join_wrapped
from councilsearch.ingest.pdf.runs import Line

PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)


_NUMBER = re.compile(r"(?<![\d.,/£$%-])\d{1,4}(?![\d.,/%])")


def _numbered(text: str, page: int) -> bool:
    """Does a line at a page's edge number the page (a number of its own that is the page's)?"""
    return any(int(n.group()) == page for n in _NUMBER.finditer(text))


def _edge_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _edges(lines: list[Line], n: int = 2) -> tuple[list[int], list[int]]:
    """Indices of the lines at the top and the bottom of a page (by position)."""
    ys = sorted({ln.y for ln in lines if ln.y is not None}, reverse=True)
    if not ys:
        return [], []
    top_y, bottom_y = set(ys[:n]), set(ys[-n:])
    top = [i for i, ln in enumerate(lines) if ln.y in top_y]
    bottom = [i for i, ln in enumerate(lines) if ln.y in bottom_y and ln.y not in top_y]
    return top, bottom


def drop_running_lines(pages: list[list[Line]], m: Metrics) -> list[str]:
    """Drop the running headers and footers (see the module doc) from ``pages``; return the
    text of each one dropped, once, in reading order (page numbers aside)."""
    n_pages = len(pages)
    dropped: dict[str, str] = {}
    counts: Counter[tuple[str, str]] = Counter()
    edge_sets: list[tuple[list[int], list[int]]] = []
    for lines in pages:
        top, bottom = _edges(lines)
        edge_sets.append((top, bottom))
        seen: set[tuple[str, str]] = set()
        for where, idx in (("top", top), ("bottom", bottom)):
            for i in idx:
                seen.add((where, _edge_key(lines[i].text)))
        counts.update(seen)
    printed: set[tuple[str, str]] = set()  # running lines already kept once
    for p, lines in enumerate(pages):
        top, bottom = edge_sets[p]
        drop: set[int] = set()
        for where, idx in (("top", top), ("bottom", bottom)):
            for i in idx:
                ln = lines[i]
                text = ln.text.replace("\t", " ").strip()
                if PAGE_NUMBER.match(text) and len(lines) > 1:
                    drop.add(i)
                    continue
                key = _edge_key(ln.text)
                c = counts[(where, key)]
                if c >= 3 and (
                    c >= 0.25 * n_pages or "#" in key or len(key) >= 40 or ln.size < 0.9 * m.body_size
                ):
                    drop.add(i)
                    dropped.setdefault(key, text)
                elif c == n_pages == 2 and (
                    (len(key) >= 20 and ln.size < 0.9 * m.body_size) or _numbered(text, p + 1)
                ):
                    # a small header, or one that numbers the page ("Orlwick Council  Page 2"), on both
                    # pages of a short paper: kept where it is first printed (it names the paper
                    # there), dropped where it would cut a sentence or a table
                    if (where, key) in printed:
                        drop.add(i)
                    printed.add((where, key))
        if drop:
            pages[p] = [ln for i, ln in enumerate(lines) if i not in drop]
    return list(dropped.values())


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    """Drop a block repeated 3+ times that behaves like a footer left in the text, and bare
    page numbers that interrupt a sentence; then rejoin the sentences they split."""
    texts = [b.text for b in blocks]
    is_num = [b.kind != "table" and bool(PAGE_NUMBER.match(t.strip())) for b, t in zip(blocks, texts, strict=True)]
    n = len(blocks)

    def splits(i: int) -> bool:
        prev = next((j for j in range(i - 1, -1, -1) if j not in drop), None)
        nxt = next((j for j in range(i + 1, n) if j not in drop), None)
        return (
            prev is not None
            and nxt is not None
            and blocks[prev].kind == "prose"
            and not ends_sentence(texts[prev])
            and texts[nxt][:1].islower()
        )

    drop: set[int] = set()
    where: dict[str, list[int]] = {}
    for i, (b, t) in enumerate(zip(blocks, texts, strict=True)):
        if len(t) >= 20 and b.kind != "table":
            where.setdefault(t, []).append(i)
    for idx in where.values():
        if len(idx) < 3 or len({blocks[i].first_page for i in idx}) < 3:
            continue
        # a footer left in the text sits beside its page number
        if any((i > 0 and is_num[i - 1]) or (i + 1 < n and is_num[i + 1]) for i in idx):
            for i in idx:
                drop.add(i)
                for j in (i - 1, i + 1):
                    if 0 <= j < n and is_num[j]:
                        drop.add(j)
    for i in range(n):
        if is_num[i] and i not in drop and splits(i):
            drop.add(i)
    if not drop:
        return blocks
    out: list[Block] = []
    dropped_since = False
    for i, b in enumerate(blocks):
        if i in drop:
            dropped_since = True
            continue
        prev = out[-1] if out else None
        if (
            dropped_since
            and prev is not None
            and prev.kind == "prose"
            and b.kind == "prose"
            and not ends_sentence(prev.text)
            and texts[i][:1].islower()
            and b.first_page - prev.last_page <= 1
        ):
            pg, before, t = prev.pieces[-1]
            end, joiner = join_wrapped(t, texts[i], set(), set())
            prev.pieces[-1] = (pg, before, end)
            first = b.pieces[0]
            prev.pieces.append((first[0], joiner, first[2]))
            prev.pieces.extend(b.pieces[1:])
        else:
            out.append(b)
        dropped_since = False
    return out
