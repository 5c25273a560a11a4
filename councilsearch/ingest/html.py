"""HTML -> canonical text with BeautifulSoup and lxml, as ModernGov publishes minutes.

- Script, style, navigation, page header/footer, forms' controls and other non-content
  elements are dropped; the rest is read in document order, one line per block (p, div, li,
  h1-h6, caption, pre lines; ``<br>`` ends a line).
- ``<h1>``..``<h6>`` lines are returned as heading hints; ``<title>`` as the title.
- List items get "- " (``<ul>``) or their number (``<ol>``, honouring ``start``), with one
  leading space per nesting level, unless the item already starts with its own marker.
- A table row becomes one TAB-separated line (``colspan`` and ``rowspan`` keep columns in
  place: a cell spanning rows leaves an empty cell in the rows below it), except a
  row used for layout (one cell, or cells holding paragraphs, lists or tables), whose cells
  are read as ordinary blocks. ModernGov and similar sites lay whole pages out in tables.
- Bytes are decoded by their byte-order mark, else the ``<meta>`` charset, else UTF-8, else
  Windows-1252 (what browsers assume for undeclared Latin-1).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from councilsearch.errors import CorruptDocumentError, EmptyDocumentError
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.markers import MARKED_ITEM
from councilsearch.models import Span

_DROP = (
    "script", "style", "nav", "noscript", "template", "svg", "head",
    "iframe", "object", "embed", "select", "button", "canvas", "map", "math", "audio", "video",
)  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {
    "p", "div", "li", "tr", "table", "section", "article", "blockquote", "dd", "dt", "dl",
    "ul", "ol", "hr", "caption", "figure", "figcaption", "main", "aside", "address",
    "fieldset", "legend", "center", "tbody", "thead", "tfoot", "body", "html", "details",
    "summary", "form", "menu", "td", "th", *_HEADINGS,
}  # fmt: skip
_LAYOUT_INSIDE = ["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"]
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2009\u200a\u2002\u2003]+")


def decode_html(data: bytes) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    m = _META_CHARSET.search(data[:4096])
    if m:
        label = m.group(1).decode("ascii", "ignore").lower()
        try:
            enc = codecs.lookup(label).name
        except LookupError:
            enc = ""
        if enc:
            if enc in {"latin-1", "iso8859-1", "ascii"}:
                enc = "cp1252"  # as browsers do
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


class _Reader:
    def __init__(self) -> None:
        self.lines: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.prefix: str | None = None

    def flush(self, heading: bool = False) -> None:
        text = _collapse("".join(self.buf))
        self.buf = []
        if not text:
            return
        if self.prefix is not None:
            if not MARKED_ITEM.match(text):
                text = f"{self.prefix} {text}"
            self.prefix = None
        self.lines.append((text, heading))

    def add_line(self, text: str, heading: bool = False) -> None:
        self.flush()
        if text:
            self.lines.append((text, heading))


def _is_layout_row(cells: list[Any]) -> bool:
    return len(cells) <= 1 or any(c.find(_LAYOUT_INSIDE) is not None for c in cells)


def _cell_text(cell: Any) -> str:
    """A table cell's text, its pieces joined by spaces, but a raised or lowered piece (``<sup>``,
    ``<sub>``: a note marker, "m<sup>2</sup>") glued to the text before it, as it is printed and as
    the lines outside tables read it ("Fuel costs<sup>1</sup>": "Fuel costs1", not "Fuel costs 1",
    which would read as a count)."""
    raised = cell.find_all(["sup", "sub"])
    for tag in raised:
        tag.replace_with(tag.get_text())
    if raised:
        cell.smooth()
    return _collapse(cell.get_text(" ")).replace("\t", " ")


def _span_attr(cell: Any, name: str) -> int:
    """A cell's colspan or rowspan: 1 unless it is a number from 1 to 63 ('²' is a digit to
    str.isdigit, not to int)."""
    try:
        n = int(str(cell.get(name) or "1"))
    except ValueError:
        return 1
    return n if 1 <= n < 64 else 1


def _walk(root: Any, r: _Reader) -> None:
    from bs4 import CData, NavigableString, Tag

    # explicit stack: (node, leaving, list context)
    stack: list[tuple[Any, bool]] = [(root, False)]
    lists: list[list[Any]] = []  # [tag name, next number]
    rowspans: dict[int, dict[int, int]] = {}  # table -> column -> rows a cell above still spans
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):
                r.buf.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if leaving:
            if name in ("ul", "ol", "menu") and lists:
                lists.pop()
            if name in _BLOCKS:
                r.flush(heading=name in _HEADINGS)
            if name == "li":
                r.prefix = None  # an item without text leaves no marker behind
            continue
        if name == "br":
            r.flush()
            continue
        if name == "pre":
            r.flush()
            for line in node.get_text().splitlines():
                r.add_line(_collapse(line))
            continue
        if name == "tr":
            cells = node.find_all(["td", "th"], recursive=False)
            if not _is_layout_row(cells):
                table = node.find_parent("table")
                below = rowspans.setdefault(id(table), {})
                row: list[str] = []
                for c in cells:
                    while below.get(len(row), 0) > 0:  # a cell above spans down into this row
                        below[len(row)] -= 1
                        row.append("")
                    down = _span_attr(c, "rowspan") - 1
                    for _ in range(_span_attr(c, "colspan")):
                        if down > 0:
                            below[len(row)] = down
                        row.append(_cell_text(c) if _ == 0 else "")
                while below.get(len(row), 0) > 0:
                    below[len(row)] -= 1
                    row.append("")
                if any(row):
                    r.add_line("\t".join(row).rstrip("\t"))
                continue
        if name in ("ul", "ol", "menu"):
            start = str(node.get("start") or "1")
            lists.append([name, int(start) if start.lstrip("-").isdigit() else 1])
        if name in _BLOCKS:
            r.flush()
        if name == "li":
            depth = max(len(lists) - 1, 0)
            marker = "-"
            if lists and lists[-1][0] == "ol":
                value = str(node.get("value") or "")
                if value.isdigit():
                    lists[-1][1] = int(value)
                marker = f"{lists[-1][1]}."
                lists[-1][1] += 1
            r.prefix = " " * min(depth, 4) + marker
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))


def parse_html(data: bytes, name: str = "") -> ParsedText:
    """Parse an HTML page into canonical text (see the module docstring)."""
    label = name or "the HTML page"
    try:
        from bs4 import BeautifulSoup

        text = decode_html(data)
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:
        raise CorruptDocumentError(f"{label} could not be read as HTML ({exc})", path=name) from exc
    title = None
    if soup.title is not None:
        title = _collapse(soup.title.get_text()) or None
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(["header", "footer"]):
        # the page's banner and footer go; an article's own header (its title) stays
        if tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    for tag in soup.find_all(lambda t: t.get("aria-hidden") == "true"):
        tag.decompose()
    reader = _Reader()
    _walk(soup, reader)
    reader.flush()
    out: list[str] = []
    hints: list[Span] = []
    pos = 0
    for line, heading in reader.lines:
        if out:
            out.append("\n")
            pos += 1
        if heading:
            hints.append((pos, pos + len(line)))
        out.append(line)
        pos += len(line)
    body = "".join(out)
    if not body.strip():
        raise EmptyDocumentError(f"{label} has no visible text", path=name)
    return ParsedText(text=body, page_map=(0,), heading_hints=tuple(hints), title=title)
