"""Page flow for the layout corpus: paragraphs, numbered paragraphs, chapter headings with the
number in a margin cell, side headings, cover-sheet rows and tables, laid out on ``Painter``
pages, and the gold recorded as they are drawn (see README.md for the gold's format)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wordpdf import Painter, Style, plain

Furniture = Callable[[Painter], None]  # draws a page's running header and footer


@dataclass
class Gold:
    """The gold records of one document."""

    doc: str
    records: list[dict[str, Any]] = field(default_factory=list)

    def add(self, kind: str, **fields: Any) -> None:
        self.records.append({"kind": kind, "doc": self.doc, **fields})

    def line(self, text: str) -> None:
        if text.strip():
            self.add("line", text=plain(text))


@dataclass
class Col:
    """A table column: where its cells sit, how they align, and what its header means."""

    x0: float
    x1: float
    header: tuple[str, ...] = ()  # the header cell's lines
    align: str = "r"  # l | r
    period: str | None = None  # the financial year the column's figures are for

    @property
    def name(self) -> str:
        return " ".join(self.header)


@dataclass
class Row:
    label: str
    values: tuple[str, ...] = ()
    note: str = ""  # a commentary cell after the values, wrapped in the last column
    bold: bool = False


class Flow:
    """A cursor down the pages of one Painter; a new page (with its furniture) when full."""

    def __init__(
        self,
        p: Painter,
        gold: Gold,
        *,
        left: float = 72.0,
        right: float = 523.0,
        top: float = 770.0,
        bottom: float = 72.0,
        furniture: Furniture | None = None,
    ):
        self.p, self.gold = p, gold
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.furniture = furniture
        self.y = top

    def page(self, pagesize: tuple[float, float] | None = None) -> None:
        self.p.new_page(pagesize)
        if self.furniture is not None:
            self.furniture(self.p)
        self.y = self.top

    def need(self, h: float) -> None:
        if self.y - h < self.bottom:
            self.page()

    def skip(self, h: float) -> None:
        self.y -= h

    # --- prose ---------------------------------------------------------------------------

    def lines(
        self, x: float, width: float, text: str, st: Style, *, justify: bool = True, leading: float | None = None,
        cont_x: float | None = None,
    ) -> list[str]:
        """A paragraph from the cursor, its lines justified but for the last; the page breaks
        between lines when it must. Lines after the first start at ``cont_x`` (default ``x``).
        Returns its lines (as drawn)."""
        lead = leading or round(st.size * 1.25, 2)
        out = self.p.wrap(text, st, width)
        if cont_x is not None and len(out) > 1:
            rest = text.split(" ", len(out[0].split(" ")))[-1]
            out = [out[0], *self.p.wrap(rest, st, width + x - cont_x)]
        for k, ln in enumerate(out):
            self.need(lead)
            lx = x if k == 0 or cont_x is None else cont_x
            slack = width + x - lx - self.p.width(ln, st) if justify and k < len(out) - 1 else 0.0
            self.p.line(lx, self.y, ln, st, slack)
            self.y -= lead
        return out

    def para(self, text: str, st: Style, *, x: float | None = None, after: float = 6.0, justify: bool = True) -> list[str]:
        x = self.left if x is None else x
        out = self.lines(x, self.right - x, text, st, justify=justify)
        for ln in out:
            self.gold.line(ln)
        if len(out) > 1:
            self.gold.add("not_heading", text=plain(out[0]))
        self.y -= after
        return out

    def numbered(
        self, number: str, text: str, st: Style, *, num_x: float, x: float, after: float = 6.0,
        parent: str | None = None, hanging: bool = True, leading: float | None = None,
    ) -> list[str]:
        """A numbered paragraph: the number at ``num_x``, the text at ``x`` (the tab stop after
        the number); its continuation lines at ``x`` too (a hanging indent) or, when not
        ``hanging``, back at ``num_x``."""
        self.need(st.size * 1.25)
        self.p.line(num_x, self.y, number, st)
        out = self.lines(x, self.right - x, text, st, cont_x=None if hanging else num_x, leading=leading)
        self.gold.line(f"{number} {out[0]}")
        for ln in out[1:]:
            self.gold.line(ln)
        if len(out) > 1:  # the first line of a wrapped paragraph is never a heading
            self.gold.add("not_heading", text=plain(f"{number} {out[0]}"))
        self.gold.add("paragraph", number=number.rstrip("."), text=plain(" ".join(text.split()[:8])), parent=parent)
        self.y -= after
        return out

    def heading(
        self, number: str, title: str, st: Style, *, num_x: float, x: float, level: int, parent: str | None,
        before: float = 8.0, after: float = 8.0, num_style: Style | None = None,
    ) -> str:
        """A chapter title with its number in a cell of its own at ``num_x`` (in the margin, when
        left of the body), the title beside it; ``num_style`` sets the number larger."""
        self.y -= before
        self.need(3 * st.size)
        ns = num_style or st
        if number and num_x >= self.left:
            self.p.line(num_x, self.y - (ns.size - st.size) / 2, number, ns)
        self.p.line(x, self.y, title, st)
        if number and num_x < self.left:
            # a number in the margin is a frame of its own, which Word writes after the text
            self.p.line(num_x, self.y - (ns.size - st.size) / 2, number, ns)
        text = f"{number} {title}".strip()
        self.gold.line(text)
        self.gold.add("heading", text=text, number=number.rstrip(".") or None, level=level, parent=parent)
        self.y -= round(st.size * 1.25, 2) + after
        return text

    def side(
        self, number: str, title: str, text: str, head: Style, body: Style, *,
        x: float, split: float, level: int, parent: str | None, after: float = 8.0,
    ) -> str:
        """A side heading: number and title wrapped in a left column (``x`` to ``split``), the
        paragraph beside it in the right column, both from the same baseline."""
        heading = f"{number} {title}"
        left = self.p.wrap(heading, head, split - x - 10)
        right = self.p.wrap(text, body, self.right - split)
        lead = round(body.size * 1.25, 2)
        self.need(lead * min(3, len(right)))
        y0 = self.y
        for k, ln in enumerate(left):
            self.p.line(x, y0 - k * lead, ln, head)
        self.y = y0
        for k, ln in enumerate(right):
            self.need(lead)
            slack = self.right - split - self.p.width(ln, body) if k < len(right) - 1 else 0.0
            self.p.line(split, self.y, ln, body, slack)
            self.y -= lead
        self.y = min(self.y, y0 - lead * len(left))
        for ln in left + right:
            self.gold.line(ln)
        self.gold.add("heading", text=heading, number=number.rstrip("."), level=level, parent=parent)
        self.y -= after
        return heading

    def keyvalue(
        self, label: str, value: str, key: Style, val: Style, *, value_x: float, after: float = 6.0
    ) -> None:
        """A cover-sheet row of a Word table: the label wrapped in the left cell (up to
        ``value_x``), the value wrapped in the right, the shorter cell centred against the
        taller one (the cells' vertical alignment)."""
        lead = round(val.size * 1.25, 2)
        labels = self.p.wrap(label, key, value_x - self.left - 8)
        values = self.p.wrap(value, val, self.right - value_x)
        n = max(len(labels), len(values))
        self.need(lead * (n + 1))
        y0 = self.y
        for cells, x, st in ((labels, self.left, key), (values, value_x, val)):
            y = y0 - (n - len(cells)) * lead / 2
            for ln in cells:
                self.p.line(x, y, ln, st)
                y -= lead
        self.y = y0 - n * lead
        for ln in labels + values:
            self.gold.line(ln)
        self.gold.add("cover", label=label, value=plain(value), page=self.p.page_no)
        self.y -= after

    # --- tables --------------------------------------------------------------------------

    def table(
        self, title: str, cols: list[Col], rows: list[Row], st: Style, *,
        scale: float, unit_line: str = "", corner: tuple[str, ...] = (), note_col: Col | None = None,
    ) -> None:
        """A table: its title, an optional unit line, header cells of one or more lines (the
        first column's header is ``corner``), then the rows, each label wrapped in the first
        column with its figures on the label's first line. Records each row as a gold line
        and each figure as a gold cell (its value times ``scale``, in pounds)."""
        p = self.p
        lead = round(st.size * 1.3, 2)
        head = st.bold()
        self.need(lead * 6)
        p.line(cols[0].x0, self.y, title, head)
        self.gold.line(title)
        self.y -= lead * 1.4
        if unit_line:
            p.line(cols[0].x0, self.y, unit_line, st)
            self.gold.line(unit_line)
            self.y -= lead * 1.2
        n_head = max([len(corner)] + [len(c.header) for c in cols[1:]] + ([len(note_col.header)] if note_col else []))
        top = self.y + st.size
        all_cols = [*cols, *([note_col] if note_col else [])]
        for k in range(n_head):
            if k < len(corner):
                p.line(cols[0].x0, self.y, corner[k], head)
            for c in all_cols[1:]:
                if k < len(c.header):
                    if c.align == "r":
                        p.right(c.x1, self.y, c.header[k], head)
                    else:
                        p.line(c.x0, self.y, c.header[k], head)
            self.y -= lead
        p.rule(cols[0].x0, self.y + lead * 0.72, all_cols[-1].x1, self.y + lead * 0.72)
        for row in rows:
            rst = head if row.bold else st
            label = p.wrap(row.label, rst, cols[0].x1 - cols[0].x0)
            note = p.wrap(row.note, st, note_col.x1 - note_col.x0) if note_col and row.note else []
            height = lead * max(len(label), len(note), 1)
            self.need(height + lead)
            y0 = self.y
            for k, ln in enumerate(label):
                p.line(cols[0].x0, y0 - k * lead, ln, rst)
            for c, v in zip(cols[1:], row.values, strict=True):
                p.right(c.x1, y0, v, rst)
            for k, ln in enumerate(note):
                p.line(note_col.x0 if note_col else 0, y0 - k * lead, ln, st)
            self.y = y0 - height
            p.rule(cols[0].x0, self.y + lead * 0.72, all_cols[-1].x1, self.y + lead * 0.72, 0.25)
            self.gold.line(" ".join([row.label, *row.values]))
            for ln in note:
                self.gold.line(ln)
            for c, v in zip(cols[1:], row.values, strict=True):
                self.gold.add(
                    "cell", table=title, row=row.label, column=c.name, period=c.period,
                    surface=v, value=round(_number(v) * scale, 2), unit="GBP",
                )
        p.box(cols[0].x0 - 4, self.y + lead * 0.72, all_cols[-1].x1 - cols[0].x0 + 8, top - self.y - lead * 0.72 + 4)
        self.y -= lead


def _number(surface: str) -> float:
    s = surface.replace(",", "").replace("£", "").replace("+", "").strip()
    if s.startswith("(") and s.endswith(")"):
        return -float(s[1:-1])
    return float(s.replace("–", "-"))
