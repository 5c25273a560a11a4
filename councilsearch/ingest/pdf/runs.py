"""Runs of text -> lines: the ``visitor_text`` collector fed by pypdf.

One ``page.extract_text(visitor_text=...)`` call per page reports every run of text with its
text matrix, font and size. ``collect`` turns those runs into the page's lines (positions,
widths from the font's metrics, size and weight); ``lines.finish_lines`` then gives each line
its cells, kind and text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from councilsearch.ingest.pdf.advances import Extent, Tracker

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


def _clean(text: str) -> str:
    text = text.translate(_CHAR_MAP)
    if "\x00" <= min(text, default=" ") < " ":
        text = _CONTROL.sub("", text)
    return text


# --- fonts ------------------------------------------------------------------------------


@dataclass(slots=True)
class FontInfo:
    widths: dict[str, float]  # unicode character -> glyph width in 1/1000 em
    default: float
    bold: bool
    keep: Any = None  # the font dictionary, so its id() stays unique while cached
    mono: bool = False  # every glyph has the same width (then ``default`` is it)
    font: Any = None  # pypdf's Font, to replay the glyph advances of a run (``advances``)


def _font_info(font_dict: Any, cache: dict[int, FontInfo]) -> FontInfo:
    key = id(font_dict)
    info = cache.get(key)
    if info is not None:
        return info
    widths: dict[str, float] = {}
    default = 500.0
    bold = False
    font = None
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
            widths, font = {}, None
    if default <= 0:
        default = 500.0
    mono = False
    distinct = set(widths.values())
    if len(distinct) == 1:
        default, mono = distinct.pop(), True
    info = FontInfo(widths, default, bold, font_dict, mono, font)
    cache[key] = info
    return info


# --- runs and lines ---------------------------------------------------------------------


@dataclass(slots=True)
class Seg:
    x0: float
    x1: float
    text: str
    size: float
    bold: bool
    scale: float  # glyph units -> user space (size * horizontal scale / 1000)
    font: FontInfo
    abut: int = 0  # 1/2: a separately placed run that starts where the last ended (2: after a space)
    exact: bool = False  # x0 and x1 from the glyph advances (``advances``), not estimated
    # a row's number or bullet joined to this run as part of an item ("2 Contact centre"): its run
    # and the gap after it, kept so the join can be undone once the line is known to be a table row
    marker: Seg | None = None
    marker_gap: float = 0.0

    def width(self, s: str) -> float:
        font = self.font
        if font.mono:
            return len(s) * font.default * self.scale
        return sum(map(font.widths.get, s, repeat(font.default))) * self.scale


@dataclass(slots=True)
class Line:
    page: int
    y: float | None  # baseline; None when unknown (text after a newline inside one run)
    segs: list[Seg]
    gaps: list[float] = field(default_factory=list)  # gap before segs[1:]
    text: str = ""
    kind: str = "prose"  # prose | table | heading
    size: float = 0.0
    bold: bool = False
    trail: bool = False  # the line's last run ended with a space (the line wrapped there)
    cells: list[Cell] = field(default_factory=list)  # the segments grouped into cells (set when finished)
    raw: list[str] = field(default_factory=list)  # pypdf's own text of the line's runs, as it reported them

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segs)


@dataclass
class PageRuns:
    lines: list[Line] = field(default_factory=list)
    cur: Line | None = None
    pending_space: bool = False
    last_run: str = ""  # text of the previous run, to tell abutting cells from split words
    last_font: FontInfo | None = None
    n_runs: int = 0
    n_single: int = 0  # runs of one character: a producer that places glyph by glyph

    @property
    def glyph_by_glyph(self) -> bool:
        return self.n_single > 0.3 * max(self.n_runs, 1)


@dataclass(slots=True)
class Cell:
    x0: float
    x1: float
    text: str


def collect(page_no: int, fonts: dict[int, FontInfo]) -> tuple[PageRuns, Visitors]:
    """A page's line collector and the visitor functions that feed it (pass them to
    ``page.extract_text``: ``visitor_text``, ``visitor_operand_before``, ``visitor_operand_after``)."""
    state = PageRuns()
    tracker = Tracker()

    def visitor(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        info = _font_info(font_dict, fonts) if font_dict is not None or text.strip() else None
        ext = tracker.take(info.font if info is not None else None)
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
                    cur.raw.append(text)
            return
        assert info is not None
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
        if ext is not None and (not upright or ext.chars != "".join(text.split())):
            ext = None  # not the run pypdf reported (or not laid out left to right)
        scale = (abs(fs) * sx / 1000.0 or size / 1000.0) * (ext.th if ext is not None else 1.0)
        if not (text.isascii() and text.isprintable()):
            text = _clean(text)
            if "\n" in text:
                parts = text.split("\n")
                solo = sum(1 for part in parts if part.strip()) == 1
                for i, part in enumerate(parts):
                    if part.strip():
                        yy = y if upright and i == 0 else None
                        _add_run(state, page_no, x, yy, part, size, info, scale, ext if solo else None)
                    if any(rest.strip() for rest in parts[i + 1 :]):
                        state.cur = None  # a line break inside the run; a trailing one ("150\n" before
                        # T*) leaves the line open: the next run's baseline decides
                return
        _add_run(state, page_no, x, y if upright else None, text, size, info, scale, ext)

    return state, Visitors(visitor, tracker.before, tracker.after)


@dataclass(frozen=True, slots=True)
class Visitors:
    text: Any
    operand_before: Any
    operand_after: Any


def _add_run(
    state: PageRuns,
    page_no: int,
    x: float,
    y: float | None,
    text: str,
    size: float,
    info: FontInfo,
    scale: float,
    ext: Extent | None = None,
) -> None:
    body = text.rstrip(" ")
    trail = len(body) < len(text)
    lead = len(body) - len(body.lstrip(" "))
    if ext is not None:  # where its glyphs really are
        seg = Seg(ext.x0, ext.x1, body.strip(" "), size, info.bold, scale, info, exact=True)
    else:  # estimated from the font's widths
        seg_x0 = x + (sum(info.widths.get(ch, info.default) for ch in body[:lead]) * scale if lead else 0.0)
        seg = Seg(seg_x0, 0.0, body.strip(" "), size, info.bold, scale, info)
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
        if abutting and _one_token(last, seg, gap, state.pending_space):
            abutting = False  # a word or number drawn in pieces: read on as one
        if abutting and gap <= 0.15 * max(size, last.size):
            # a separately placed run in the same font that starts where the previous one
            # ended: a table cell whose tab stop fell at the end of the previous cell, unless
            # this producer places glyph by glyph (decided per page in finish_lines)
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
            last.exact = last.exact and seg.exact
        else:
            cur.segs.append(seg)
            cur.gaps.append(gap)
        cur.raw.append(text)
        cur.trail = trail
        state.pending_space = False
        state.last_run, state.last_font = seg.text, info
        return
    if (
        cur is not None
        and y is not None
        and cur.y is not None
        and seg.exact
        and cur.segs[0].exact
        and abs(y - cur.y) <= 0.45 * min(size, cur.size)
        and 0 <= cur.x0 - seg.x1 <= 4 * max(size, cur.size)
    ):
        # on the line's baseline, ending just left of where it starts: written after it (a
        # chapter number in a margin frame), read before it, as a reader does
        cur.gaps.insert(0, cur.x0 - seg.x1)
        cur.segs.insert(0, seg)
        cur.raw.insert(0, text.rstrip() + " ")
        return
    line = Line(page=page_no, y=y, segs=[seg], size=size, trail=trail, raw=[text])
    state.lines.append(line)
    state.cur = line
    state.pending_space = False
    state.last_run, state.last_font = seg.text, info


# a number as printed, or the first part of one (a piece may end inside it): "2025-26",
# "2025-", "£1,208.3m", "4.1", "(11.6)", "5.8%", "31/03/2025"
_NUMBER_TOKEN = re.compile(r"[(\-–−+]?[£$€]?\d[\d,.]*(?:[-–/][\d,.]*)*(?:%|m|bn|k|p|x)?\)?[.,;:]?")


def _one_token(last: Seg, seg: Seg, gap: float, spaced: bool) -> bool:
    """Does ``seg`` go on the token ``last`` ends with? Both placed by their glyph advances,
    no space between them, and either the gap is no wider than hairline (under 0.02 em) or it
    is narrow (under 0.15 em, the figures of a number spread apart) and the two halves make one
    number ("2025-" + "26", "£27." + "4m"). A cell whose figure starts where its row label ends
    ("drawdown" + "12,480") does not."""
    if spaced or not (last.exact and seg.exact) or not last.text or not seg.text or last.text[-1] == " ":
        return False
    size = max(seg.size, last.size)
    if gap > 0.15 * size:
        return False
    if gap <= 0.02 * size:
        return True
    tail = last.text.rsplit(" ", 1)[-1]
    head = seg.text.split(" ", 1)[0]
    return _NUMBER_TOKEN.fullmatch(tail + head) is not None
