"""PDF -> canonical text with pypdf, in one extraction pass per page.

One ``page.extract_text(visitor_text=...)`` call per page reports every run of text with its
text matrix, font and size. From those runs this module rebuilds the page's lines itself
(positions, widths from the font's metrics, size and weight), then:

- table rows: a line whose runs sit at separate x positions with a gap between them becomes
  TAB-separated cells when it holds two or more numeric cells, has a wide gap (a contents
  entry, an agenda row), or sits next to another such line (a header row above its table).
  A block of lines at line pitch that holds such a row is then read as one table, by layout:
  a row wrapped at the right margin is joined back into one line, and the block's other
  lines (row labels, header rows, rows whose cells but the first are empty) become rows too,
  a one-cell row keeping TABs for its empty cells; short rows set apart from the table by a
  blank line stay in it when they start in one of its columns, as do a lone line between
  rows that are set a blank line apart and a row label over the paragraphs of its cell (see
  ``_extend_tables``);
- running headers and footers: lines at the top or bottom of three or more pages that are the
  same once digits are ignored, and bare page numbers there, are dropped; so is a repeated
  block of boilerplate that interrupts a sentence or sits beside a page number (a footer that
  an earlier extraction left in the middle of the text);
- paragraphs: hard-wrapped lines are joined with one space when the previous line is full (the
  next line's first word would not have fitted at its end) and no vertical gap, list marker
  or numbered paragraph says a new block starts; a paragraph that runs over a page break is
  joined too. Words hyphenated at a line end are mended only when the document itself spells
  the joined word elsewhere and never the hyphenated one; otherwise the hyphen is kept
  ("medium-term", "Stockton-on-Tees");
- headings: a line set larger than the body text, or bold when the body is not, is a heading
  line; its span is returned as a heading hint.

``page_map`` holds the offset in the final text where each page starts (a page without text
gets an empty line of its own so the map stays strictly increasing).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from itertools import repeat
from typing import Any

from councilsearch.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ResourceLimitError,
)
from councilsearch.ingest.base import ParsedText
from councilsearch.models import Span

# --- text clean-up ------------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\t": " ",
        "\r": " ",
        "\uf0b7": "•",  # Symbol-font bullets mapped to the private use area
        "\uf0a7": "•",
        "\uf076": "•",
        "\uf0d8": "•",
        "\uf0fc": "•",
        "\u25aa": "•",
        "\u2010": "-",
        "\u2011": "-",
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r" {2,}")

# A line that starts a new block: a bullet, "(a)", "a)", "A.", "83.", "5.2", "(iv)".
_MARKER = re.compile(
    r"^(?:[-–—•◦▪●■*](?:\s|$)|\(?[a-zA-Z]\)\s|[A-Z]\.\s|\((?:[ivxlc]{1,6}|\d{1,3})\)\s|"
    r"(?:[ivxlc]{1,6})[.)]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=[A-Z(£“\"'‘])|\d{1,3}(?:\.\d{1,3})+\s)"
)
# A marker printed as its own run before the item's text (bullet glyph, "1.", "(a)").
_MARKER_ONLY = re.compile(r"^(?:[-–—•◦▪●■*o]|\(?[a-zA-Z]{1,3}[.)]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\([ivxlc]{1,6}\))$")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_NUMERIC_CELL = re.compile(
    r"^[(\-–−+]?\s*[£$€]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|m|bn|k|p|x)?\s*\)?%?$|^[-–—]$|^nil$", re.IGNORECASE
)
_TERMINAL = ".:;!?"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")


def _clean(text: str) -> str:
    text = text.translate(_CHAR_MAP)
    if "\x00" <= min(text, default=" ") < " ":
        text = _CONTROL.sub("", text)
    return text


# --- fonts ------------------------------------------------------------------------------


@dataclass(slots=True)
class _FontInfo:
    widths: dict[str, float]  # unicode character -> glyph width in 1/1000 em
    default: float
    bold: bool
    keep: Any = None  # the font dictionary, so its id() stays unique while cached
    mono: bool = False  # every glyph has the same width (then ``default`` is it)


def _font_info(font_dict: Any, cache: dict[int, _FontInfo]) -> _FontInfo:
    key = id(font_dict)
    info = cache.get(key)
    if info is not None:
        return info
    widths: dict[str, float] = {}
    default = 500.0
    bold = False
    if font_dict is not None:
        try:
            from pypdf.generic._font import Font

            font = Font.from_font_resource(font_dict)
            raw = font.character_widths
            default = float(raw.get("default") or 500.0)
            for k, w in raw.items():
                if len(k) == 1 and w:
                    widths[k] = float(w)
            if isinstance(font.encoding, dict):
                for code, ch in font.encoding.items():
                    cw = raw.get(chr(code)) if isinstance(code, int) else None
                    if cw and isinstance(ch, str) and len(ch) == 1:
                        widths[ch] = float(cw)
            for code_ch, uni in font.character_map.items():
                if isinstance(code_ch, str) and isinstance(uni, str) and len(uni) == 1:
                    uw = raw.get(code_ch)
                    if uw:
                        widths[uni] = float(uw)
            desc = font.font_descriptor
            weight = getattr(desc, "weight", None)
            flags = int(getattr(desc, "flags", 0) or 0)
            name = str(font_dict.get("/BaseFont", "")).lower()
            bold = (
                any(t in name for t in ("bold", "black", "heavy", "semibold", "demi"))
                or bool(flags & (1 << 18))
                or (isinstance(weight, (int, float)) and weight >= 600)
            )
        except Exception:  # font metrics are a nicety: fall back to an average width
            widths = {}
    if default <= 0:
        default = 500.0
    mono = False
    distinct = set(widths.values())
    if len(distinct) == 1:
        default, mono = distinct.pop(), True
    info = _FontInfo(widths, default, bold, font_dict, mono)
    cache[key] = info
    return info


# --- lines --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Seg:
    x0: float
    x1: float
    text: str
    size: float
    bold: bool
    scale: float  # glyph units -> user space (size * horizontal scale / 1000)
    font: _FontInfo
    abut: int = 0  # 1/2: a separately placed run that starts where the last ended (2: after a space)

    def width(self, s: str) -> float:
        font = self.font
        if font.mono:
            return len(s) * font.default * self.scale
        return sum(map(font.widths.get, s, repeat(font.default))) * self.scale


@dataclass(slots=True)
class _Line:
    page: int
    y: float | None  # baseline; None when unknown (text after a newline inside one run)
    segs: list[_Seg]
    gaps: list[float] = field(default_factory=list)  # gap before segs[1:]
    text: str = ""
    kind: str = "prose"  # prose | table | heading
    size: float = 0.0
    bold: bool = False
    trail: bool = False  # the line's last run ended with a space (the line wrapped there)
    cells: list[_Cell] = field(default_factory=list)  # the segments grouped into cells (set when finished)

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segs)


@dataclass
class _PageRuns:
    lines: list[_Line] = field(default_factory=list)
    cur: _Line | None = None
    pending_space: bool = False
    last_run: str = ""  # text of the previous run, to tell abutting cells from split words
    last_font: _FontInfo | None = None
    n_runs: int = 0
    n_single: int = 0  # runs of one character: a producer that places glyph by glyph

    @property
    def glyph_by_glyph(self) -> bool:
        return self.n_single > 0.3 * max(self.n_runs, 1)


def collect(page_no: int, fonts: dict[int, _FontInfo]) -> tuple[_PageRuns, Any]:
    """A page's line collector and the visitor_text function that feeds it."""
    state = _PageRuns()

    def visitor(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        if not text:
            return
        if not text.strip():
            cur = state.cur
            if cur is not None and "\n" not in text:
                try:
                    y_ws = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                except (TypeError, IndexError):
                    return
                if cur.y is not None and abs(y_ws - cur.y) <= 0.45 * cur.size:
                    state.pending_space = True
                    cur.trail = True
            return
        try:
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            fs = float(font_size or 0.0)
        except (TypeError, IndexError, ValueError):
            a, b, c, d, x, y, fs = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 10.0
        sx = math.hypot(a, b) or 1.0
        size = abs(fs) * (math.hypot(c, d) or 1.0) or 10.0
        upright = a > 0 and abs(b) <= 0.1 * a
        info = _font_info(font_dict, fonts)
        scale = abs(fs) * sx / 1000.0 or size / 1000.0
        if not (text.isascii() and text.isprintable()):
            text = _clean(text)
            if "\n" in text:
                for i, part in enumerate(text.split("\n")):
                    if part.strip():
                        _add_run(state, page_no, x, y if upright and i == 0 else None, part, size, info, scale)
                    state.cur = None
                return
        _add_run(state, page_no, x, y if upright else None, text, size, info, scale)

    return state, visitor


def _add_run(
    state: _PageRuns, page_no: int, x: float, y: float | None, text: str, size: float, info: _FontInfo, scale: float
) -> None:
    body = text.rstrip(" ")
    trail = len(body) < len(text)
    lead = len(body) - len(body.lstrip(" "))
    seg_x0 = x + (sum(info.widths.get(ch, info.default) for ch in body[:lead]) * scale if lead else 0.0)
    seg = _Seg(seg_x0, 0.0, body.strip(" "), size, info.bold, scale, info)
    seg.x1 = seg.x0 + seg.width(seg.text)
    state.n_runs += 1
    if len(seg.text) == 1:
        state.n_single += 1
    cur = state.cur
    if (
        cur is not None
        and y is not None
        and cur.y is not None
        and abs(y - cur.y) <= 0.45 * max(size, cur.size)
        and seg.x0 >= cur.segs[-1].x1 - 0.6 * max(size, cur.size)
    ):
        last = cur.segs[-1]
        gap = seg.x0 - last.x1
        end, start = state.last_run[-1:], seg.text[:1]
        abutting = (
            info is state.last_font
            and abs(size - last.size) <= 0.05 * size
            and (end.isalnum() or end in ".,:;)%")
            and (start.isalnum() or start in "-–(£$€")
            and not (end.isalpha() and start.islower())
        )
        if abutting and gap <= 0.15 * max(size, last.size):
            # a separately placed run in the same font that starts where the previous one
            # ended: a table cell whose tab stop fell at the end of the previous cell, unless
            # this producer places glyph by glyph (decided per page in _finish_lines)
            seg.abut = 2 if state.pending_space else 1
            cur.segs.append(seg)
            cur.gaps.append(0.0)
        elif gap <= 0.15 * max(size, last.size):
            # contiguous (a font change inside a sentence): same segment
            if state.pending_space or gap > 0.1 * size:
                last.text += " "
            last.text += seg.text
            last.x1 = max(last.x1, seg.x1)
            last.bold = last.bold and seg.bold
        else:
            cur.segs.append(seg)
            cur.gaps.append(gap)
        cur.trail = trail
        state.pending_space = False
        state.last_run, state.last_font = seg.text, info
        return
    line = _Line(page=page_no, y=y, segs=[seg], size=size, trail=trail)
    state.lines.append(line)
    state.cur = line
    state.pending_space = False
    state.last_run, state.last_font = seg.text, info


def _settle_abutting(ln: _Line, glyph_by_glyph: bool) -> None:
    """Abutting runs are cells (gap of a third of an em), or, on a page placed glyph by
    glyph, pieces of the same words (merged back)."""
    segs, gaps = [ln.segs[0]], []
    for seg, gap in zip(ln.segs[1:], ln.gaps, strict=True):
        if not seg.abut:
            segs.append(seg)
            gaps.append(gap)
        elif glyph_by_glyph:
            last = segs[-1]
            last.text += (" " if seg.abut == 2 else "") + seg.text
            last.x1 = max(last.x1, seg.x1)
            last.bold = last.bold and seg.bold
        else:
            segs.append(seg)
            gaps.append(0.34 * seg.size)
    ln.segs, ln.gaps = segs, gaps


def _is_numeric(cell: str) -> bool:
    return bool(_NUMERIC_CELL.match(cell.strip()))


def _finish_lines(lines: list[_Line], glyph_by_glyph: bool = False) -> None:
    """Give each line its style and text; mark table rows (TAB-separated)."""
    for ln in lines:
        if len(ln.segs) > 1:
            _settle_abutting(ln, glyph_by_glyph)
        # a bullet or number set as its own run is part of the item, not a cell
        if (
            len(ln.segs) > 1
            and _MARKER_ONLY.match(ln.segs[0].text)
            and ln.segs[1].text[:1].isalpha()
            and ln.gaps[0] < 4 * ln.segs[0].size
        ):
            first, second = ln.segs[0], ln.segs[1]
            second.text = first.text + " " + second.text
            second.x0 = first.x0
            ln.segs.pop(0)
            ln.gaps.pop(0)
        chars = sum(len(s.text) for s in ln.segs) or 1
        ln.size = sum(s.size * len(s.text) for s in ln.segs) / chars
        ln.bold = all(s.bold for s in ln.segs if any(ch.isalnum() for ch in s.text))
    # Cells: segments split by a gap. Where this page places words one by one (many small
    # gaps), only a gap of most of an em separates cells; else any separately placed run does.
    n_small = sum(1 for ln in lines for g in ln.gaps if g < 0.5 * ln.size)
    word_by_word = len(lines) >= 5 and n_small > 0.5 * len(lines)
    min_gap = 0.8 if word_by_word else 0.15
    cells: list[list[_Cell]] = [_cells(ln, min_gap) if len(ln.segs) > 1 else [] for ln in lines]
    for ln, c in zip(lines, cells, strict=True):
        ln.cells = c
    multi = [len(c) > 1 and max(ln.gaps) >= 0.33 * ln.size for c, ln in zip(cells, lines, strict=True)]
    for i, ln in enumerate(lines):
        if not multi[i]:
            continue
        numeric = sum(1 for c in cells[i] if _is_numeric(c.text))
        wide = any(g >= 1.5 * ln.size for g in ln.gaps)
        near = False
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and multi[j]:
                upper, lower = (lines[j], ln) if j < i else (ln, lines[j])
                related = (
                    numeric > 0 or any(_is_numeric(c.text) for c in cells[j]) or _aligned(cells[i], cells[j])
                )
                near = near or (_close(upper, lower) and related)
        if numeric >= 2 or wide or near:
            ln.kind = "table"
    # a row whose first cell starts well right of its table's left edge has an empty first cell
    i = 0
    while i < len(lines):
        if lines[i].kind != "table":
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind == "table":
            j += 1
        left = min(ln.x0 for ln in lines[i:j])
        for k in range(i, j):
            ln = lines[k]
            lead = "\t" if ln.x0 > left + ln.size else ""
            ln.text = lead + "\t".join(c.text for c in cells[k])
        i = j
    for ln in lines:
        if ln.kind != "table":
            ln.text = _SPACES.sub(" ", " ".join(s.text for s in ln.segs)).strip()


@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    text: str


def _cells(ln: _Line, min_gap_em: float) -> list[_Cell]:
    first = ln.segs[0]
    out = [_Cell(first.x0, first.x1, first.text)]
    for seg, gap in zip(ln.segs[1:], ln.gaps, strict=True):
        if gap >= min_gap_em * ln.size:
            out.append(_Cell(seg.x0, seg.x1, seg.text))
        else:
            last = out[-1]
            last.text += " " + seg.text
            last.x1 = seg.x1
    return out


def _aligned(a: list[_Cell], b: list[_Cell]) -> bool:
    """Do two rows share a column (a cell after the first starting or ending at the same x)?"""
    for s in b[1:]:
        for c in a[1:]:
            if abs(s.x0 - c.x0) <= 1.5 or abs(s.x1 - c.x1) <= 1.5:
                return True
    return False


def _close(upper: _Line, lower: _Line) -> bool:
    if upper.y is None or lower.y is None:
        return True
    return 0 < upper.y - lower.y <= 3.0 * max(upper.size, lower.size)


def _tight(upper: _Line, lower: _Line, m: _Metrics) -> bool:
    """Is ``lower`` the next line of ``upper``'s block (same size, no vertical gap)?"""
    if upper.y is None or lower.y is None or not upper.text or not lower.text:
        return False
    size = max(upper.size, lower.size)
    if abs(upper.size - lower.size) > 0.1 * size:
        return False
    return 0 < upper.y - lower.y <= max(1.4 * m.pitch, 1.4 * size)


_ITEM_NO = re.compile(r"^\(?(\d{1,3})[.)]?(?:\s|$)")


def _column_stops(pages: list[list[_Line]]) -> set[float]:
    """x positions where three or more cells of the document's table rows start (its column
    or tab stops), other than a row's first cell."""
    counts: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            if ln.kind == "table":
                counts.update(round(c.x0, 1) for c in ln.cells[1:])
    return {x for x, k in counts.items() if k >= 3}


def _extend_tables(
    lines: list[_Line], m: _Metrics, stops: set[float]
) -> tuple[_Line, float, set[float]] | None:
    """Table rows by layout. A block of lines set at line pitch (no vertical gap between them)
    that holds a table row is read as one table, so that its other lines are rows too:

    - a line continues the row above when that row's last line is full (the line's first word
      would not have fitted at its end): the row was wrapped at the right margin, so its text
      goes on at the left edge (joined to the last cell) or at a tab stop (new cells). Not
      when the row ends in a column (a number, a right-aligned cell) or the two lines hold
      more cells than any line of the block (see ``_group_rows``);
    - every other line starts a row of its own: a row label, a header over the columns, a
      row whose cells other than the first are empty. A row of one cell keeps TAB separators
      for its empty cells, as the source table had;
    - above the first and below the last row already known to be a table, a row joins the
      table only when it has cells of its own, is one short line that does not end a
      sentence, or carries the next item number of the rows beside it; a paragraph that
      introduces or follows the table stays prose.

    After a table, a block set apart from it by a blank line or two (row padding, or empty
    cells that wrapped onto a line of their own) is more of the table when its first line has
    cells of its own, or when its rows start right of the table's left edge, the first in one
    of its columns (or the document's), and none ends a sentence: rows whose first cell is
    empty. Two more kinds of block below a table are rows of it:

    - a row label over the paragraphs of its cell: a block whose first line is a short line
      at the table's left edge that does not end a sentence, followed at line pitch by two or
      more paragraphs with no space between them; each paragraph is a row (``_cell_rows``);
    - a lone line between rows: a table whose last line sits a blank line below the line
      above it (rows set apart), then one short line, in one of its columns, that same step
      below, and the table going on below it, on the page or at the top of the next. Such a row
      is only known once the next page is read, so it is returned: ``(line, left, columns)``
      of the table, for ``_lone_row`` to decide.
    """
    n = len(lines)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        j = i + 1
        while j < n and _tight(lines[j - 1], lines[j], m):
            j += 1
        runs.append((i, j))
        i = j
    left = 0.0
    columns: set[float] = set()  # where the cells of the table above start
    above: _Line | None = None  # the last line of the table above, when the block before was one
    step: float | None = None  # the table's last step down (a blank line when its rows are set apart)
    lone: _Line | None = None  # a lone line in the table's rhythm: a row if the table goes on
    for a, b in runs:
        run = lines[a:b]
        head = run[0]
        if (
            above is not None
            and head.kind != "table"
            and len(head.cells) > 1
            and _below(above, head)
            and (above is not lone or _in_column(head, left, columns | stops))
        ):
            head.kind = "table"  # a row with cells of its own, a blank line or two below the table
        if any(ln.kind == "table" for ln in run):
            rows = _rebuild_table(run, m)
        else:
            rows = _bridge(run, left, columns | stops, above, m) or _cell_rows(run, left, above, m)
        if lone is not None:
            if rows and rows[0] is head and _in_column(head, left, columns | stops):
                _emit_rows([[lone]], left)  # the table goes on below the lone line: it was a row
            else:
                above = None  # it does not: the lone line stays as it is, a table below starts afresh
            lone = None
        if not rows:
            if _lone_candidate(run, left, columns | stops, above, step, m):
                lone = above = head
                continue
            above = step = None
            continue
        if above is None:
            left, columns = rows[0].x0, set()
        # the table's last step: from the line above its last line down to that line
        upper = run[-2] if len(run) > 1 else above
        low = run[-1]
        step = upper.y - low.y if upper is not None and upper.y is not None and low.y is not None else None
        left = min(left, *(ln.x0 for ln in rows))
        columns |= {c.x0 for ln in rows for c in ln.cells} | {ln.x0 for ln in rows}
        above = run[-1] if run[-1].kind == "table" else None
    return (lone, left, columns | stops) if lone is not None else None


def _in_column(ln: _Line, left: float, columns: set[float]) -> bool:
    return any(abs(ln.x0 - c) <= 1.5 for c in (left, *columns))


def _lone_candidate(
    run: list[_Line], left: float, columns: set[float], above: _Line | None, step: float | None, m: _Metrics
) -> bool:
    """Is ``run`` one short line in the rhythm of the table above: as far below the table's
    last line as that line is below the one above it, in one of the table's columns and in
    its style (see ``_extend_tables``)?"""
    if above is None or step is None or len(run) != 1:
        return False
    ln = run[0]
    if ln.y is None or above.y is None or not ln.text or len(ln.cells) > 1 or _MARKER.match(ln.text):
        return False
    if abs((above.y - ln.y) - step) > 0.2 * ln.size or not _below(above, ln):
        return False
    if abs(ln.size - above.size) > 0.1 * ln.size or (ln.bold and not above.bold and not m.body_bold):
        return False
    return _short_line(ln) and _in_column(ln, left, columns)


def _lone_row(lone: tuple[_Line, float, set[float]], next_page: list[_Line]) -> None:
    """The lone line at the foot of a page (see ``_extend_tables``) is a row when the next
    page starts with a row of the table, in one of its columns."""
    ln, left, columns = lone
    first = next((x for x in next_page if x.text), None)
    if first is not None and first.kind == "table" and _in_column(first, left, columns):
        _emit_rows([[ln]], left)


def _cell_rows(run: list[_Line], left: float, above: _Line | None, m: _Metrics) -> list[_Line]:
    """A row label a blank line below the table, over the paragraphs of its cell set solid
    (see ``_extend_tables``): each paragraph is a row. Returns the rows' first lines."""
    if above is None or len(run) < 3 or not _below(above, run[0]):
        return []
    head = run[0]
    if abs(head.x0 - left) > 0.5 * head.size or not _short_line(head) or _MARKER.match(head.text):
        return []
    if abs(head.size - above.size) > 0.1 * head.size or (head.bold and not above.bold and not m.body_bold):
        return []
    if any(not ln.text or len(ln.cells) > 1 or _MARKER.match(ln.text) for ln in run):
        return []
    rows = _group_rows(run, m)
    if len(rows[0]) > 1 or len(rows) < 3:
        return []
    _emit_rows(rows, left)
    return [row[0] for row in rows]


def _below(upper: _Line, lower: _Line) -> bool:
    """Is ``lower`` at most a few blank lines below ``upper``?"""
    if upper.y is None or lower.y is None:
        return False
    return 0 < upper.y - lower.y <= 4.0 * max(upper.size, lower.size)


def _cell_texts(ln: _Line) -> list[str]:
    if ln.cells:
        return [c.text for c in ln.cells]
    return [_SPACES.sub(" ", " ".join(s.text for s in ln.segs)).strip()]


def _short_line(ln: _Line) -> bool:
    return not _terminal(ln.text) and len(ln.text.split()) <= 12


def _item_no(ln: _Line) -> int | None:
    mt = _ITEM_NO.match(ln.text)
    return int(mt.group(1)) if mt else None


def _group_rows(run: list[_Line], m: _Metrics) -> list[list[_Line]]:
    """Physical lines -> rows. A line continues the row above when that row's last line is
    full and the two together do not hold more cells than the widest line of the block (a
    header row that runs to the margin does not take in the row below it), unless the row
    ends in a column: a number, or a cell that ends where a cell of another line does (a
    right-aligned column). A row of prose takes in a table row that way only inside a table
    (a paragraph above a table stays apart from it)."""
    left = min(ln.x0 for ln in run)

    def n_cells(ln: _Line) -> int:
        return max(1, len(ln.cells)) + (ln.x0 > left + ln.size)

    width = max(n_cells(ln) for ln in run)
    starts_by_end: dict[int, set[int]] = {}  # last cells: where they start, by where they end
    for ln in run:
        if len(ln.cells) > 1:
            starts_by_end.setdefault(round(ln.cells[-1].x1), set()).add(round(ln.cells[-1].x0))
    rows: list[list[_Line]] = []
    counts: list[int] = []
    seen_table = False  # a table row above the current row
    for ln in run:
        if rows:
            row = rows[-1]
            prev = row[-1]
            prose = all(len(r.cells) <= 1 and r.kind != "table" for r in row)
            # the last cell ends where a last cell that starts elsewhere ends (right-aligned),
            # and the line does not go on with a word in lower case
            column_end = (
                len(prev.cells) > 1
                and len(starts_by_end.get(round(prev.cells[-1].x1), ())) > 1
                and not ln.text[:1].islower()
            )
            # wrapped at the margin, the line goes on at the left edge (in the last cell) or
            # at a tab stop (new cells)
            joined = counts[-1] + max(1, len(ln.cells)) - (ln.x0 <= left + 0.5 * ln.size)
            if (
                joined <= width
                and not _is_numeric(_cell_texts(prev)[-1])
                and not column_end
                and not _fits(prev, ln, m)
                and not (prose and ln.kind == "table" and (len(row) > 1 or not seen_table))
            ):
                row.append(ln)
                counts[-1] = joined
                continue
            seen_table = seen_table or any(r.kind == "table" for r in row)
        rows.append([ln])
        counts.append(n_cells(ln))
    return rows


def _emit_rows(table: list[list[_Line]], left: float) -> None:
    """Give each row's first line the row's TAB-separated text; its other lines are emptied."""
    built: list[list[str]] = []
    for row in table:
        head = row[0]
        cells = ([""] if head.x0 > left + head.size else []) + _cell_texts(head)
        for cont in row[1:]:
            more = _cell_texts(cont)
            if cont.x0 <= left + 0.5 * cont.size and cells[-1]:
                end, joiner = _joiner(cells[-1], more[0], set(), set())
                cells[-1] = end + joiner + more[0]
                more = more[1:]
            cells.extend(more)
        built.append(cells)
    width = max(len(c) for c in built)
    for row, cells in zip(table, built, strict=True):
        text = "\t".join(cells)
        if "\t" not in text:
            text += "\t" * max(1, width - 1)
        row[0].text, row[0].kind = text, "table"
        for cont in row[1:]:
            cont.text, cont.kind = "", "table"


def _rebuild_table(run: list[_Line], m: _Metrics) -> list[_Line]:
    """Read a block holding table rows as one table (see ``_extend_tables``); returns the
    first line of each of its rows."""
    rows = _group_rows(run, m)
    strong = [k for k, row in enumerate(rows) if any(r.kind == "table" for r in row)]
    if not strong:
        return []
    first, last = strong[0], strong[-1]
    style = rows[first][0]

    def joins(row: list[_Line], beside: list[_Line], step: int) -> bool:
        if any(len(r.cells) > 1 for r in row):
            return True
        ln = row[0]
        if ln.bold and not style.bold and not m.body_bold:
            return False  # a heading over the table
        no, near = _item_no(ln), _item_no(beside[0])
        if no is not None and near is not None and no == near + step:
            return True
        return len(row) == 1 and _short_line(ln) and not _MARKER.match(ln.text)

    while first > 0 and joins(rows[first - 1], rows[first], -1):
        first -= 1
    while last + 1 < len(rows) and joins(rows[last + 1], rows[last], 1):
        last += 1
    table = rows[first : last + 1]
    _emit_rows(table, min(row[0].x0 for row in table))
    return [row[0] for row in table]


def _bridge(
    run: list[_Line], left: float, columns: set[float], above: _Line | None, m: _Metrics
) -> list[_Line]:
    """Rows of the table above that blank space set apart (see ``_extend_tables``)."""
    if above is None or not columns or not run or not _below(above, run[0]):
        return []
    if any(not ln.text or len(ln.cells) > 1 or _MARKER.match(ln.text) for ln in run):
        return []
    rows = _group_rows(run, m)
    if not any(abs(run[0].x0 - c) <= 1.5 for c in columns):
        return []
    for row in rows:
        if row[0].x0 <= left + row[0].size or _terminal(row[-1].text):
            return []
    _emit_rows(rows, left)
    return [row[0] for row in rows]


# --- document-level measures -------------------------------------------------------------


@dataclass
class _Metrics:
    body_size: float
    body_bold: bool
    pitch: float
    right: float
    left: float = 0.0
    columns: dict[int, float] = field(default_factory=dict)  # line start bucket -> its right margin
    trail: bool = False  # this producer leaves a space at the end of a wrapped line only


def _metrics(pages: list[list[_Line]]) -> _Metrics:
    sizes: Counter[float] = Counter()
    bold_chars = 0
    total = 0
    for lines in pages:
        for ln in lines:
            n = len(ln.text)
            sizes[round(ln.size * 2) / 2] += n
            total += n
            if ln.bold:
                bold_chars += n
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: Counter[float] = Counter()
    rights: list[tuple[float, float]] = []
    lefts: Counter[float] = Counter()
    for lines in pages:
        prev = None
        for ln in lines:
            if abs(ln.size - body) <= 0.1 * body and ln.kind == "prose":
                if prev is not None and prev.y is not None and ln.y is not None:
                    g = prev.y - ln.y
                    if 0.8 * body <= g <= 2.5 * body:
                        gaps[round(g * 2) / 2] += 1
                if ln.text.count(" ") >= 2:
                    rights.append((ln.x1, ln.x0))
                    lefts[round(ln.x0)] += 1
                prev = ln
            else:
                prev = None
    pitch = gaps.most_common(1)[0][0] if gaps else 1.2 * body
    right = _margin([r for r, _ in rights], body)
    m = _Metrics(body, total > 0 and bold_chars > 0.6 * total, pitch, right)
    m.left = lefts.most_common(1)[0][0] if lefts else 0.0
    # columns: lines starting at the same x whose right edge stops well short of the page's
    by_start: dict[int, list[float]] = {}
    for r, x0 in rights:
        by_start.setdefault(_bucket(x0), []).append(r)
    for key, rs in by_start.items():
        if len(rs) >= 20:
            col = _margin(rs, body)
            if 0 < col < 0.85 * right:
                m.columns[key] = col
    m.trail = _trail_convention(pages, m)
    return m


def _bucket(x0: float) -> int:
    return int(x0 // 20)


def _margin(rights: list[float], body: float) -> float:
    """The right margin: the widest line, ignoring a few that overshoot the rest."""
    if not rights:
        return 0.0
    rights = sorted(rights)
    p90 = rights[int(0.9 * (len(rights) - 1))]
    limit = p90 + 1.5 * body
    return max(r for r in rights if r <= limit)


def _trail_convention(pages: list[list[_Line]], m: _Metrics) -> bool:
    """Does a trailing space mark a wrapped line? True when lines that are full (by width)
    mostly end with a space and lines that are clearly short (a paragraph's last line)
    mostly do not."""
    full = [0, 0]
    short = [0, 0]
    for lines in pages:
        for a, b in itertools.pairwise(lines):
            if a.kind != "prose" or b.kind != "prose" or a.text.count(" ") < 2:
                continue
            bucket = short if _fits(a, b, m) else full
            bucket[0] += 1
            bucket[1] += a.trail
    if full[0] < 10 or short[0] < 5:
        return False
    return full[1] >= 0.6 * full[0] and short[1] <= 0.15 * short[0]


def _mark_headings(pages: list[list[_Line]], m: _Metrics) -> None:
    for lines in pages:
        for ln in lines:
            if ln.kind != "prose" or len(ln.text) > 200 or not any(ch.isalpha() for ch in ln.text):
                continue
            if _PAGE_NUMBER.match(ln.text):
                continue
            if ln.size >= 1.15 * m.body_size or (ln.bold and not m.body_bold and ln.size >= 0.95 * m.body_size):
                ln.kind = "heading"


# --- running headers and footers ----------------------------------------------------------


def _edge_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _edges(lines: list[_Line], n: int = 2) -> tuple[list[int], list[int]]:
    """Indices of the lines at the top and the bottom of a page (by position)."""
    ys = sorted({ln.y for ln in lines if ln.y is not None}, reverse=True)
    if not ys:
        return [], []
    top_y, bottom_y = set(ys[:n]), set(ys[-n:])
    top = [i for i, ln in enumerate(lines) if ln.y in top_y]
    bottom = [i for i, ln in enumerate(lines) if ln.y in bottom_y and ln.y not in top_y]
    return top, bottom


def _drop_running_lines(pages: list[list[_Line]], m: _Metrics) -> None:
    n_pages = len(pages)
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
    for p, lines in enumerate(pages):
        top, bottom = edge_sets[p]
        drop: set[int] = set()
        for where, idx in (("top", top), ("bottom", bottom)):
            for i in idx:
                ln = lines[i]
                text = ln.text.replace("\t", " ").strip()
                if _PAGE_NUMBER.match(text) and len(lines) > 1:
                    drop.add(i)
                    continue
                key = _edge_key(ln.text)
                c = counts[(where, key)]
                if c >= 3 and (
                    c >= 0.25 * n_pages or "#" in key or len(key) >= 40 or ln.size < 0.9 * m.body_size
                ):
                    drop.add(i)
        if drop:
            pages[p] = [ln for i, ln in enumerate(lines) if i not in drop]


# --- blocks -----------------------------------------------------------------------------


@dataclass
class _Block:
    kind: str
    pieces: list[tuple[int, str, str]]  # (page, joiner before this piece, text)
    gap_before: bool = False
    last: _Line | None = None

    @property
    def text(self) -> str:
        return "".join(j + t for _, j, t in self.pieces)

    @property
    def first_page(self) -> int:
        return self.pieces[0][0]

    @property
    def last_page(self) -> int:
        return self.pieces[-1][0]


def _terminal(text: str) -> bool:
    t = text.rstrip(" )]\"'”’*")
    return bool(t) and t[-1] in _TERMINAL


def _fits(prev: _Line, nxt: _Line, m: _Metrics) -> bool:
    """Would the first word of ``nxt`` have fitted at the end of ``prev``?"""
    right = m.columns.get(_bucket(prev.x0), m.right) if m.columns else m.right
    if right <= 0:
        return False
    last = prev.segs[-1]
    first_seg = nxt.segs[0]
    word = first_seg.text.split(" ", 1)[0]
    need = last.width(" ") + first_seg.width(word)
    return prev.x1 + need <= right + 0.15 * max(prev.size, 1.0)


def _joiner(prev_text: str, next_text: str, vocab: set[str], hyphenated: set[str]) -> tuple[str, str]:
    """How to join two wrapped lines: returns (new end of prev, joiner)."""
    if prev_text.endswith("\u00ad"):
        return prev_text[:-1], ""
    if prev_text.endswith(("-", "–")) and len(prev_text) >= 2 and prev_text[-2] not in " -–":
        head = prev_text[:-1]
        a = head.rsplit(" ", 1)[-1]
        m = _WORD.match(next_text)
        b = m.group(0) if m else ""
        if a.isalpha() and a.islower() and b.isalpha() and b.islower() and prev_text[-1] == "-":
            joined = (a + b).lower()
            if joined in vocab and f"{a}-{b}".lower() not in hyphenated:
                return head, ""
        return prev_text, ""
    if prev_text.endswith("/") and not prev_text.endswith(" /"):
        return prev_text, ""
    return prev_text, " "


def _build_blocks(pages: list[list[_Line]], m: _Metrics, vocab: set[str], hyphenated: set[str]) -> list[_Block]:
    blocks: list[_Block] = []
    para_gap = 1.4 * m.pitch
    prev_page = -1
    for p, lines in enumerate(pages):
        for i, ln in enumerate(lines):
            if not ln.text:
                continue
            cur = blocks[-1] if blocks else None
            same_page = i > 0
            gap = False
            if same_page and ln.y is not None and lines[i - 1].y is not None:
                gap = (lines[i - 1].y or 0.0) - ln.y > max(para_gap, 1.4 * ln.size)
            if (
                cur is not None
                and cur.last is not None
                and (same_page or p == prev_page + 1)
                and _continues(cur, ln, same_page, gap, m)
            ):
                end, joiner = _joiner(cur.pieces[-1][2], ln.text, vocab, hyphenated)
                pg, j, _ = cur.pieces[-1]
                cur.pieces[-1] = (pg, j, end)
                cur.pieces.append((p, joiner, ln.text))
                cur.last = ln
                continue
            text = ln.text
            if ln.kind == "prose" and ln.x0 > m.left + 0.5 * ln.size and _MARKER.match(text):
                text = " " + text  # an indented (nested) list item
            blocks.append(_Block(ln.kind, [(p, "", text)], gap_before=gap or i == 0, last=ln))
        if lines:
            prev_page = p
    return blocks


def _continues(block: _Block, ln: _Line, same_page: bool, gap: bool, m: _Metrics) -> bool:
    prev = block.last
    assert prev is not None
    if block.kind != ln.kind or ln.kind == "table":
        return False
    prev_text = block.pieces[-1][2]
    if ln.kind == "heading":
        # a heading set over two lines, in the same style
        return (
            same_page
            and not gap
            and abs(prev.size - ln.size) <= 0.05 * prev.size
            and prev.bold == ln.bold
            and not _terminal(prev_text)
            and len(block.text) + len(ln.text) < 250
        )
    if same_page and (gap or abs(prev.size - ln.size) > 0.15 * prev.size):
        return False
    terminal = _terminal(prev_text)
    marker = bool(_MARKER.match(ln.text))
    if re.search(r"[a-z]-$", prev_text) and ln.text[:1].islower():
        return True  # a word hyphenated at the line end
    if m.trail and not prev.trail and not prev_text.endswith(("-", "/")) and prev.x1 < m.right - 0.3 * prev.size:
        return False  # this producer leaves a space where it wraps: none here, so the paragraph ended
    if not same_page:
        if terminal:
            return False
        if ln.text[:1].islower():
            return True
        return not marker and not _fits(prev, ln, m)
    if _fits(prev, ln, m):
        return False
    return not (marker and terminal)


def _drop_boilerplate(blocks: list[_Block]) -> list[_Block]:
    """Drop a block repeated 3+ times that behaves like a footer left in the text, and bare
    page numbers that interrupt a sentence; then rejoin the sentences they split."""
    texts = [b.text for b in blocks]
    is_num = [b.kind != "table" and bool(_PAGE_NUMBER.match(t.strip())) for b, t in zip(blocks, texts, strict=True)]
    n = len(blocks)

    def splits(i: int) -> bool:
        prev = next((j for j in range(i - 1, -1, -1) if j not in drop), None)
        nxt = next((j for j in range(i + 1, n) if j not in drop), None)
        return (
            prev is not None
            and nxt is not None
            and blocks[prev].kind == "prose"
            and not _terminal(texts[prev])
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
    out: list[_Block] = []
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
            and not _terminal(prev.text)
            and texts[i][:1].islower()
            and b.first_page - prev.last_page <= 1
        ):
            pg, before, t = prev.pieces[-1]
            end, joiner = _joiner(t, texts[i], set(), set())
            prev.pieces[-1] = (pg, before, end)
            first = b.pieces[0]
            prev.pieces.append((first[0], joiner, first[2]))
            prev.pieces.extend(b.pieces[1:])
        else:
            out.append(b)
        dropped_since = False
    return out


def _vocabulary(pages: list[list[_Line]]) -> tuple[set[str], set[str]]:
    vocab: set[str] = set()
    for lines in pages:
        for ln in lines:
            vocab.update(w.lower() for w in _WORD.findall(ln.text))
    plain = {w for w in vocab if "-" not in w}
    hyph = {w for w in vocab if "-" in w}
    return plain, hyph


def _assemble(blocks: list[_Block], n_pages: int) -> tuple[str, tuple[int, ...], tuple[Span, ...]]:
    out: list[str] = []
    pos = 0
    starts: list[int | None] = [None] * n_pages
    hints: list[Span] = []
    next_page = 0  # first page whose start is not yet recorded

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += len(s)

    for b in blocks:
        if out:
            emit("\n\n" if b.gap_before else "\n")
        # pages with no text before this block get an empty line each
        while next_page < b.first_page:
            if starts[next_page] is None:
                starts[next_page] = pos
                emit("\n")
            next_page += 1
        block_start = pos
        for page, joiner, text in b.pieces:
            emit(joiner)
            if starts[page] is None:
                starts[page] = pos
            emit(text)
            next_page = max(next_page, page + 1)
        if b.kind == "heading":
            hints.append((block_start, pos))
    for p in range(n_pages):
        if starts[p] is None:
            if out:
                emit("\n")
            starts[p] = pos
            emit("\n")
    text = "".join(out)
    # keep the map strictly increasing: a page whose start coincides with the next one's
    fixed: list[int] = []
    for s in starts:
        v = int(s or 0)
        if fixed and v <= fixed[-1]:
            v = fixed[-1] + 1
        fixed.append(v)
    fixed[0] = 0
    return text, tuple(fixed), tuple(hints)


# --- entry point --------------------------------------------------------------------------


def _page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)


def _open(data: bytes, label: str, name: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(BytesIO(data), strict=False)
    except MemoryError as exc:
        raise ResourceLimitError(f"{label} needs more memory than allowed to open", path=name) from exc
    except Exception as exc:
        raise CorruptDocumentError(
            f"{label} is not a readable PDF (it may be damaged or truncated): {exc}", path=name
        ) from exc
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise CorruptDocumentError(f"{label} is a damaged PDF: {exc}", path=name) from exc
    if encrypted:
        try:
            ok = reader.decrypt("")  # many PDFs only restrict printing/copying, with no password
        except (DependencyError, NotImplementedError) as exc:
            raise EncryptedDocumentError(
                f"{label} is password-protected with an encryption this installation cannot open; "
                "save an unprotected copy and try again",
                path=name,
            ) from exc
        except Exception as exc:
            raise EncryptedDocumentError(
                f"{label} is password-protected; save an unprotected copy and try again", path=name
            ) from exc
        if not ok:
            raise EncryptedDocumentError(
                f"{label} is password-protected; save an unprotected copy and try again", path=name
            )
    return reader


def _pdf_title(reader: Any) -> str | None:
    try:
        meta = reader.metadata
        title = str(meta.title).strip() if meta is not None and meta.title else ""
    except Exception:
        return None
    if not title or len(title) > 300:
        return None
    low = title.lower()
    if low in {"untitled", "title", "document", "slide 1"} or low.startswith("microsoft word -"):
        return None
    if re.search(r"\.(docx?|pdf|rtf|odt|xlsx?)$", low):
        return None
    return title


def parse_pdf(data: bytes, name: str = "") -> ParsedText:
    """Parse a PDF's text layer into canonical text (see the module docstring)."""
    label = name or "the PDF"
    if not data:
        raise EmptyDocumentError(f"{label} is empty (0 bytes)", path=name)
    reader = _open(data, label, name)
    try:
        n_pages = len(reader.pages)
    except Exception as exc:
        raise CorruptDocumentError(f"{label} is a damaged PDF: its page tree cannot be read ({exc})", path=name) from exc
    if n_pages == 0:
        raise CorruptDocumentError(f"{label} has no pages", path=name)

    fonts: dict[int, _FontInfo] = {}
    pages: list[list[_Line]] = []
    glyphy: list[bool] = []
    for p in range(n_pages):
        state, visitor = collect(p, fonts)
        try:
            reader.pages[p].extract_text(visitor_text=visitor)
        except MemoryError as exc:
            raise ResourceLimitError(f"{label}: page {p + 1} needs more memory than allowed", path=name) from exc
        except RecursionError as exc:
            raise CorruptDocumentError(f"{label} is damaged: page {p + 1} is nested too deeply", path=name) from exc
        except Exception as exc:
            raise CorruptDocumentError(
                f"{label} is damaged: page {p + 1} could not be read ({type(exc).__name__}: {exc})", path=name
            ) from exc
        pages.append(state.lines)
        glyphy.append(state.glyph_by_glyph)

    empty = [p + 1 for p, lines in enumerate(pages) if not lines]
    if len(empty) == n_pages:
        what = f"page {empty[0]} has" if n_pages == 1 else f"pages {_page_ranges(empty)} have"
        raise NoTextLayerError(
            f"{label}: {what} no text layer: scanned PDFs are not supported "
            "(run OCR on the file first, e.g. with ocrmypdf)",
            path=name,
        )

    text, page_map, hints = layout(pages, glyphy)
    return ParsedText(text=text, page_map=page_map, heading_hints=hints, title=_pdf_title(reader))


def layout(pages: list[list[_Line]], glyphy: list[bool]) -> tuple[str, tuple[int, ...], tuple[Span, ...]]:
    """Lines collected per page -> (canonical text, page map, heading hints)."""
    for lines, by_glyph in zip(pages, glyphy, strict=True):
        _finish_lines(lines, by_glyph)
    m = _metrics(pages)
    stops = _column_stops(pages)
    lone = [_extend_tables(lines, m, stops) for lines in pages]
    for p, found in enumerate(lone[:-1]):
        if found is not None:
            _lone_row(found, pages[p + 1])
    _mark_headings(pages, m)
    _drop_running_lines(pages, m)
    vocab, hyphenated = _vocabulary(pages)
    blocks = _build_blocks(pages, m, vocab, hyphenated)
    blocks = _drop_boilerplate(blocks)
    return _assemble(blocks, len(pages))

