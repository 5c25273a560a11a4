"""Presentation helpers shared by the JSON API and the search page: a figure as a readable
chip ("£13.2m · savings delivered · 2025/26"), text cut into highlighted segments, and the
link that opens a document at a cited span. No HTML is built here: templates escape."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import quote, urlencode

from councilsearch.models import Citation, Figure, Span


def figure_value(f: Figure) -> str:
    """The figure's value written the way a council report would write it."""
    v = f.value
    if isinstance(v, str):
        return v or f.surface
    if f.kind == "money":
        sign = "-" if v < 0 else ""
        a = abs(v)
        if a >= 1e9:
            return f"{sign}£{_trim(f'{a / 1e9:,.2f}')}bn"
        if a >= 1e6:
            return f"{sign}£{_trim(f'{a / 1e6:,.1f}')}m"
        if a >= 1e4:
            return f"{sign}£{a / 1e3:,.0f}k"
        return f"{sign}£{a:,.0f}" if float(a).is_integer() else f"{sign}£{a:,.2f}"
    if f.kind == "percent":
        return f"{v:g}%"
    if f.kind in ("period", "date"):
        return f.surface
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}"


def _trim(number: str) -> str:
    """'23.0' -> '23', '1.50' -> '1.5'."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def figure_label(f: Figure) -> str:
    """What the figure measures: its label, else its table row and column."""
    if f.label:
        return f.label
    return " / ".join(x for x in (f.table_row, f.table_col) if x)


def figure_chip(f: Figure) -> str:
    """'£13.2m · savings delivered · 2025/26'."""
    bits = [figure_value(f)]
    label = figure_label(f)
    if label:
        bits.append(label)
    if f.period and f.period not in bits[0]:
        bits.append(f.period)
    return " · ".join(bits)


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


def view_url(doc_id: str, span: Span | Sequence[int], q: str | None = None) -> str:
    """The page that opens a document at a cited span, scrolled to the highlight."""
    params: dict[str, str | int] = {"start": int(span[0]), "end": int(span[1])}
    if q:
        params["q"] = q
    return f"/view/{quote(doc_id, safe='')}?{urlencode(params)}#hl"


def citation_label(c: Citation) -> str:
    return c.label()
