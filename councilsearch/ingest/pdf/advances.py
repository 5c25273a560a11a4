"""Where each run of text really starts and ends: the glyph advances of the text shown.

pypdf's ``visitor_text`` reports a run with the text matrix where it started, but not where it
ends, and its own estimate of a run's width leaves out horizontal scaling (``Tz``) and word
spacing (``Tw``). Word 365 and Modern.gov write a line as many pieces, each placed with its own
``Tm``, and move glyphs inside a piece with TJ adjustments, character spacing (``Tc``), word
spacing and horizontal scaling. A run's end computed from its font's widths alone then falls
short of (or beyond) where the next piece starts, and the gap between two pieces of one word
or number reads as a space ("2025 -26", "Revenu e").

``Tracker`` follows the text state from the operators pypdf reports to ``visitor_operand_after``
(Tc, Tw, Tz, Tf, the positioning operators and q/Q) and queues every string shown and every TJ
adjustment. When ``visitor_text`` reports a run, ``take`` replays the queue with the run's font
(a run never spans a font change: pypdf reports the run before ``Tf``) and returns the
run's first and last ink in user space (PDF 32000-1, 9.4.4: tx = ((w0 - Tj/1000) * Tfs + Tc +
Tw) * Th), so the gap to the next run is the gap a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_POSITIONING = {b"BT", b"Td", b"TD", b"Tm", b"T*"}


@dataclass(slots=True)
class _State:
    tc: float = 0.0
    tw: float = 0.0
    th: float = 1.0
    fs: float = 0.0


@dataclass(slots=True)
class Extent:
    """A run's first and last ink (user space x), the horizontal scaling it was shown with,
    and its non-space characters (to check that it is the run pypdf reported)."""

    x0: float
    x1: float
    th: float
    chars: str


def _num(v: Any, default: float) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def _matrix(tm: Any, cm: Any) -> tuple[float, float] | None:
    """(a, e) of tm x cm: user x = e + a * tx for a point (tx, 0) of text space."""
    try:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        return float(a), float(e)
    except (TypeError, IndexError, ValueError):
        return None


@dataclass
class Tracker:
    """The text state and the strings shown since the last run pypdf reported."""

    state: _State = field(default_factory=_State)
    stack: list[_State] = field(default_factory=list)
    # queued events: ("s", data, tc, tw, th, fs, matrix) a string; ("k", adjustment, fs, th) a TJ
    # number; ("o",) a new line origin (the pen back to the line matrix)
    queue: list[tuple[Any, ...]] = field(default_factory=list)
    pen: float = 0.0  # text-space x from the line origin
    broken: bool = False  # an operator we could not follow: this run's extent is unknown
    lost: bool = False  # a string on this line could not be measured: the pen is unknown
    glyph_cache: dict[int, dict[Any, tuple[tuple[str, float, bool], ...]]] = field(default_factory=dict)

    def after(self, op: bytes, operands: Any, cm: Any, tm: Any) -> None:
        """``visitor_operand_after``: follow the text state, queue what is shown."""
        st = self.state
        if op == b"TJ":
            items = operands[0] if operands else None
            if isinstance(items, (list, tuple)):
                # every string of one TJ is shown with the matrices pypdf reports after it
                m: tuple[float, float] | None = None
                name_type = _name_type()
                queue = self.queue
                for item in items:
                    if isinstance(item, (str, bytes)):
                        if isinstance(item, name_type):
                            continue
                        if m is None:
                            m = _matrix(tm, cm)
                            if m is None:
                                self.broken = True
                                continue
                        queue.append(("s", item, st.tc, st.tw, st.th, st.fs, m))
                    elif isinstance(item, (int, float)):
                        queue.append(("k", float(item), st.fs, st.th))
        elif op == b"Tj":
            self._show(operands[0] if operands else None, cm, tm)
        elif op in _POSITIONING:
            self.queue.append(("o",))
        elif op == b"Tc":
            st.tc = _num(operands[0] if operands else 0, 0.0)
        elif op == b"Tw":
            st.tw = _num(operands[0] if operands else 0, 0.0)
        elif op == b"Tz":
            st.th = _num(operands[0] if operands else 100, 100.0) / 100.0
        elif op == b"Tf":
            st.fs = _num(operands[1] if len(operands) > 1 else st.fs, st.fs)
        elif op == b"q":
            self.stack.append(_State(st.tc, st.tw, st.th, st.fs))
        elif op in (b"Q", b"Do"):  # Do: the form painted, the state it saved comes back
            if self.stack:
                self.state = self.stack.pop()
        elif op == b"'":
            self.queue.append(("o",))
            self._show(operands[0] if operands else None, cm, tm)
        elif op == b'"' and len(operands) >= 3:
            st.tw = _num(operands[0], st.tw)
            st.tc = _num(operands[1], st.tc)
            self.queue.append(("o",))
            self._show(operands[2], cm, tm)

    def before(self, op: bytes, operands: Any, cm: Any, tm: Any) -> None:
        """``visitor_operand_before``: a form XObject paints with its own copy of the state."""
        if op == b"Do":
            st = self.state
            self.stack.append(_State(st.tc, st.tw, st.th, st.fs))

    def _show(self, data: Any, cm: Any, tm: Any) -> None:
        if not isinstance(data, (str, bytes)) or isinstance(data, _name_type()):
            return
        m = _matrix(tm, cm)
        if m is None:
            self.broken = True
            return
        st = self.state
        self.queue.append(("s", data, st.tc, st.tw, st.th, st.fs, m))

    def take(self, font: Any) -> Extent | None:
        """Replay the queue with the run's font (a pypdf ``Font``); the run's extent, or None
        when it cannot be known (no font, a Type3 font, an operator not followed, or a string
        before it on its line that could not be measured)."""
        queue, self.queue = self.queue, []
        broken, self.broken = self.broken, False
        usable = font is not None and not broken and getattr(font, "sub_type", "") != "Type3"
        cache = self.glyph_cache.setdefault(id(font), {}) if usable else {}
        x0 = x1 = None
        th = 1.0
        chars: list[str] = []
        for ev in queue:
            kind = ev[0]
            if kind == "o":
                self.pen, self.lost = 0.0, False
            elif kind == "k":
                self.pen -= ev[1] / 1000.0 * ev[2] * ev[3]
            elif not usable:
                self.lost = True  # the pen is lost until the next line origin
            else:
                _, data, tc, tw, th, fs, (a, e) = ev
                glyphs = cache.get(data)
                if glyphs is None:
                    glyphs = cache[data] = _glyphs(data, font)
                for uni, w, is_space_code in glyphs:
                    start = self.pen
                    ink = (w / 1000.0 * fs + tc) * th
                    self.pen += ink + (tw * th if is_space_code else 0.0)
                    if uni.strip():
                        chars.append(uni)
                        if x0 is None:
                            x0 = e + a * start
                        x1 = e + a * (start + ink)
        if not usable or self.lost or x0 is None or x1 is None:
            return None
        return Extent(min(x0, x1), max(x0, x1), th, "".join(chars))


_NAME_TYPE: list[type] = []


def _name_type() -> type:
    """pypdf's NameObject (a str subclass: a name in a TJ array is not text), imported late."""
    if not _NAME_TYPE:
        from pypdf.generic import NameObject

        _NAME_TYPE.append(NameObject)
    return _NAME_TYPE[0]


def _glyphs(data: str | bytes, font: Any) -> tuple[tuple[str, float, bool], ...]:
    """(unicode, width in 1/1000 em, a single-byte code 32) for each glyph of a string, decoded
    as pypdf decodes it (so the characters are those of the run it reports)."""
    widths = font.character_widths
    default = widths.get("default", 0.0) or 0.0
    space_char = font.space_char
    space_width = font.space_width
    cmap = font.character_map
    out: list[tuple[str, float, bool]] = []
    if isinstance(data, str):  # already text (no encoding known): the widths are a guess
        for ch in data:
            w = space_width if ch == space_char else widths.get(ch, default)
            out.append((ch, float(w), ch == " "))
        return tuple(out)
    enc = font.encoding
    if isinstance(enc, str):
        try:
            text = data.decode(enc, "surrogatepass")
        except (UnicodeDecodeError, LookupError):
            try:
                text = data.decode(enc, "replace")
            except LookupError:
                text = data.decode("latin-1")
        single = len(text) == len(data)
        for ch in text:
            w = space_width if ch == space_char else widths.get(ch, default)
            out.append((cmap.get(ch, ch), float(w), single and ch == " "))
        return tuple(out)
    for byte in data:
        raw = chr(byte)
        w = space_width if raw == space_char else widths.get(raw, default)
        ch = enc.get(byte, raw)
        out.append((cmap.get(ch, ch), float(w), byte == 32))
    return tuple(out)
