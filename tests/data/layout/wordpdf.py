"""Word-365-style PDF drawing for the layout corpus: hand-written content streams on a
reportlab canvas.

Word 365 and Modern.gov write a line of text as several pieces, each its own ``BT … ET``
placed with ``Tm`` and shown with a ``TJ`` array. The pieces break wherever the document's
runs break (revision ids, proofing marks, a font change), often inside a word or a number.
Inside a piece the glyphs are moved by TJ adjustments (kerning, wider figures, justified
spaces), by character spacing (``Tc``), word spacing (``Tw``) and horizontal scaling
(``Tz``). A reader sees ordinary text; a parser that places each piece by its font's glyph
widths alone sees gaps inside words and numbers, or none between words.

``Painter`` draws such lines; ``flow.Flow`` lays out pages with them. Every position is computed from the real advances, so the pages render as plain text would.
Randomness (where pieces break) comes from a seeded ``random.Random``: the same seed gives
the same file, byte for byte (with ``invariant=1`` and no compression).
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

REGULAR = "LayoutSans"
BOLD = "LayoutSans-Bold"
pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))  # Bitstream Vera, shipped with reportlab
pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)

# pairs a kerning font tightens (TJ adjustment in thousandths of an em; positive = closer)
_KERN_PAIRS = {"Te": 70, "To": 80, "Tr": 60, "Ta": 70, "Yo": 90, "Wa": 50, "AV": 70, "r.": 40, "r,": 40, "y.": 50, "P.": 60}
_NUMERIC_PUNCT = ",.-–/"


def fmt(v: float) -> str:
    """A number as PDF writes it: at most three decimals, no trailing zeros."""
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


@dataclass(frozen=True)
class Style:
    """How a run is drawn. ``kern`` (thousandths of an em) spreads figures apart inside a
    number the way a font with wider tabular figures is set (TJ adjustments), on top of pair
    kerning; ``pieces`` is the chance that a new piece (BT … ET) starts after a character;
    ``num_pieces`` the chance at each boundary inside a number (digit, separator, £, m)."""

    font: str = REGULAR
    size: float = 11.0
    tc: float = 0.0
    tz: float = 100.0
    kern: int = 0
    pieces: float = 0.0
    num_pieces: float = 0.0
    rise: float = 0.0
    justify: str = "tj"  # how justified lines take up their slack: "tj" (at spaces) or "tw"

    def bold(self) -> Style:
        return replace(self, font=BOLD)

    def sized(self, size: float) -> Style:
        return replace(self, size=size)


def _noise(a: str, b: str) -> int:
    """The small rounding adjustments Word writes between most glyphs (deterministic)."""
    return (ord(a) * 31 + ord(b) * 17) % 9 - 4


def _in_number(a: str, b: str) -> bool:
    starts = a.isdigit() or a == "£"
    goes_on = b.isdigit() or b in _NUMERIC_PUNCT or b in "mk%"
    return (starts and goes_on) or (a in _NUMERIC_PUNCT and b.isdigit())


def adjustments(text: str, st: Style) -> list[int]:
    """TJ adjustment after each character but the last (0: none)."""
    out = []
    for a, b in itertools.pairwise(text):
        adj = 0
        if st.kern:
            adj = _KERN_PAIRS.get(a + b, 0) + _noise(a, b)
            if _in_number(a, b):
                adj -= st.kern
        out.append(adj)
    return out


@dataclass
class Painter:
    """One PDF file: pages, text pieces and the gold lines drawn on them."""

    path: Path
    title: str
    seed: int
    pagesize: tuple[float, float] = A4
    page_no: int = 0

    def __post_init__(self) -> None:
        self.c = Canvas(str(self.path), pagesize=self.pagesize, invariant=1, pageCompression=0)
        self.c.setTitle(self.title)
        self.c.setAuthor("Democratic Services")
        self.c.setCreator("Microsoft® Word for Microsoft 365")
        self.rng = random.Random(self.seed)
        self._state: tuple[float, float, float] = (0.0, 0.0, 100.0)
        self._open = False

    # --- pages ---------------------------------------------------------------------------

    def new_page(self, pagesize: tuple[float, float] | None = None) -> None:
        if self._open:
            self.c.showPage()
        if pagesize is not None:
            self.c.setPageSize(pagesize)
            self.pagesize = pagesize
        self._open = True
        self.page_no += 1
        self._state = (0.0, 0.0, 100.0)

    def save(self) -> None:
        self.c.showPage()
        self.c.save()

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.line(x0, y0, x1, y1)

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.c.setLineWidth(0.5)
        self.c.rect(x, y, w, h)

    # --- measuring -----------------------------------------------------------------------

    def advances(self, text: str, st: Style, tw: float = 0.0, adjs: list[int] | None = None) -> list[float]:
        """Each character's real advance (user space), TJ adjustments, Tc, Tw and Tz included."""
        adjs = adjustments(text, st) if adjs is None else adjs
        h = st.tz / 100.0
        out = []
        for i, ch in enumerate(text):
            a = pdfmetrics.stringWidth(ch, st.font, st.size) + st.tc + (tw if ch == " " else 0.0)
            if i < len(adjs):
                a -= adjs[i] / 1000.0 * st.size
            out.append(a * h)
        return out

    def width(self, text: str, st: Style) -> float:
        """The width of ``text``, superscript markup (``3^{rd}``) included."""
        return sum(sum(self.advances(t, s)) for t, s in segments(text, st))

    def wrap(self, text: str, st: Style, width: float) -> list[str]:
        """Greedy line breaks at spaces so that no line is wider than ``width``."""
        lines: list[str] = []
        cur = ""
        for word in text.split(" "):
            trial = f"{cur} {word}" if cur else word
            if cur and self.width(trial, st) > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    # --- drawing -------------------------------------------------------------------------

    def _breaks(self, text: str, st: Style) -> list[int]:
        """Where new pieces start (indices > 0)."""
        out = []
        for i in range(1, len(text)):
            a, b = text[i - 1], text[i]
            p = st.num_pieces if _in_number(a, b) else st.pieces
            if p and self.rng.random() < p:
                out.append(i)
        return out

    def _piece(self, x: float, y: float, text: str, st: Style, tw: float, adjs: list[int]) -> None:
        font = pdfmetrics.getFont(st.font)
        doc = self.c._doc
        parts = font.splitString(text, doc)
        assert len(parts) == 1, "one font subset per piece"
        subset, data = parts[0]
        name = font.getSubsetInternalName(subset, doc)
        items: list[str] = []
        buf = bytearray()
        for i, byte in enumerate(data):
            buf.append(byte)
            adj = adjs[i] if i < len(text) - 1 else 0
            if adj:
                items += [f"({self.c._escape(bytes(buf))})", str(adj)]
                buf = bytearray()
        if buf:
            items.append(f"({self.c._escape(bytes(buf))})")
        ops = ["BT", f"{name} {fmt(st.size)} Tf"]
        tc0, tw0, tz0 = self._state
        if st.tc != tc0:
            ops.append(f"{fmt(st.tc)} Tc")
        if tw != tw0:
            ops.append(f"{fmt(tw)} Tw")
        if st.tz != tz0:
            ops.append(f"{fmt(st.tz)} Tz")
        self._state = (st.tc, tw, st.tz)
        ops += [f"1 0 0 1 {fmt(x)} {fmt(y + st.rise)} Tm", "0 g", f"[{''.join(items)}] TJ", "ET"]
        self.c._code.append("\n".join(ops))

    def run(self, x: float, y: float, text: str, st: Style, slack: float = 0.0) -> float:
        """Draw ``text`` from ``x`` on baseline ``y`` in pieces; ``slack`` (justified text) is
        spread over its spaces. Returns where the run ends."""
        if not text:
            return x
        adjs = adjustments(text, st)
        tw = 0.0
        n_spaces = text.count(" ")
        if slack > 0 and n_spaces:
            h = st.tz / 100.0
            if st.justify == "tw":
                tw = slack / n_spaces / h
            else:
                extra = -round(slack / n_spaces / h / st.size * 1000)
                adjs = [a + extra if text[i] == " " else a for i, a in enumerate(adjs)]
        adv = self.advances(text, st, tw, adjs)
        starts = [0, *self._breaks(text, st), len(text)]
        pos = x
        for a, b in itertools.pairwise(starts):
            piece = text[a:b]
            if piece.strip():
                self._piece(pos, y, piece, st, tw, adjs[a:b])
            pos += sum(adv[a:b])
        return pos

    def line(self, x: float, y: float, text: str, st: Style, slack: float = 0.0) -> float:
        """A line that may hold superscripts (``3^{rd}``): one run per segment, the slack of a
        justified line shared out by their spaces."""
        segs = segments(text, st)
        spaces = sum(t.count(" ") for t, _ in segs) or 1
        for t, s in segs:
            x = self.run(x, y, t, s, slack * t.count(" ") / spaces)
        return x

    def right(self, x1: float, y: float, text: str, st: Style) -> None:
        """Right-aligned at ``x1`` (a figure in a table column)."""
        self.line(x1 - self.width(text, st), y, text, st)

    def centre(self, xc: float, y: float, text: str, st: Style) -> None:
        self.line(xc - self.width(text, st) / 2, y, text, st)

    def justified(self, x: float, y: float, lines: list[str], st: Style, width: float, leading: float) -> float:
        """A paragraph's lines, justified but for the last; returns the baseline after it."""
        for k, ln in enumerate(lines):
            slack = width - self.width(ln, st) if k < len(lines) - 1 else 0.0
            self.line(x, y, ln, st, slack)
            y -= leading
        return y


_SUP = re.compile(r"\^\{([^}]*)\}")


def segments(text: str, st: Style) -> list[tuple[str, Style]]:
    """``text`` split at superscript markup: ``3^{rd} May`` -> 3 | rd (raised, smaller) | May."""
    out: list[tuple[str, Style]] = []
    pos = 0
    for m in _SUP.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], st))
        out.append((m.group(1), replace(st, size=round(st.size * 0.65, 2), rise=round(st.size * 0.35, 2))))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], st))
    return out


def plain(text: str) -> str:
    """What a reader sees: superscript markup dropped, white space single."""
    return " ".join(_SUP.sub(r"\1", text).split())
