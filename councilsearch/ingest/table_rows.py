"""Table passages: a table is embedded and searched row by row, each row with its table's title.

A table section holds TAB-separated lines: title or unit rows and header rows over the rows of
figures. Each row of figures is a passage of its own (a row label over empty cells, a group
heading, goes with the row after it; notes at the foot with the last row); the lines above the
first row of figures (title, unit, column headers) are one more. Every passage of the table
carries the table's title at the end of its section path, so a row's figures are found by the
words of the title as well as by its label.
"""

from __future__ import annotations

import re

from councilsearch.ingest.sections import content_span
from councilsearch.models import Span

_FIGURE = re.compile(r"^[-–+(£]*\s*£?\d[\d,.]*\s*(?:%|m|bn|k)?\)?$")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_TERMINAL = (".", ":", ";", "?", "!")
_TITLE_WORDS = 20
_HEADING_WORDS = 12


def _lines(text: str, span: Span) -> list[Span]:
    out = []
    pos, end = span
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a:
            out.append((pos, stop))
        pos = stop + 1
    return out


def has_figures(line: str) -> bool:
    """Does a TAB-separated line hold a figure after its first cell?"""
    return any(_FIGURE.match(c.strip()) for c in line.split("\t")[1:] if c.strip())


def _year_header(line: str) -> bool:
    """A header line of years under the column headers, with no row label ("<TAB>2031<TAB>2031"
    under "£000<TAB>31 March<TAB>30 June")."""
    cells = [c.strip() for c in line.split("\t")]
    return not cells[0] and all(_YEAR.fullmatch(c) for c in cells[1:] if c)


def _heading_row(line: str) -> bool:
    """A row of one short cell that does not end a sentence: a title, unit or group heading
    (not notes on the row above)."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) != 1 or "<" in cells[0]:
        return False
    return len(cells[0].split()) <= _HEADING_WORDS and not cells[0].endswith(_TERMINAL)


def row_spans(text: str, span: Span) -> list[Span]:
    """The table's passages inside ``span``: its head (the lines above the first row of
    figures), then each row of figures, with a group heading just above it and the notes
    or commentary lines below it."""
    groups: list[list[Span]] = []
    cur: list[Span] = []  # lines waiting for the next row of figures
    seen = False
    for ls, le in _lines(text, span):
        line = text[ls:le]
        if has_figures(line) and (seen or not _year_header(line)):
            if cur and not seen:
                groups.append(cur)  # the head
                cur = []
            groups.append([*cur, (ls, le)])
            cur, seen = [], True
        elif seen and not cur and not _heading_row(line):
            groups[-1].append((ls, le))  # notes on the row above
        else:
            cur.append((ls, le))
    if cur:
        if groups and seen:
            groups[-1].extend(cur)  # label rows at the foot go with the last row
        else:
            groups.append(cur)
    return [content_span(text, (g[0][0], g[-1][1])) for g in groups]


def table_title(text: str, span: Span, path: tuple[str, ...]) -> str | None:
    """The title of the table in ``span``: the line just above it when that reads as a title
    (short, not a sentence), with the table's own title or unit rows (a first cell over empty
    cells, before the column headers) after it. None when there is none or the section path
    already ends with it."""
    parts: list[str] = []
    above = text[: span[0]].rstrip()
    line = above[above.rfind("\n") + 1 :].strip()
    if _title_line(line):
        parts.append(line)
    for ls, le in _lines(text, span):
        cells = [c.strip() for c in text[ls:le].split("\t")]
        if has_figures(text[ls:le]) or not cells[0] or not (any(cells[1:]) or _heading_row(cells[0])):
            break
        if any(cells[1:]):  # the column headers: a unit over the row labels is the table's
            if "£" in cells[0] and len(cells[0].split()) <= 3:
                parts.append(cells[0])
            break
        parts.append(cells[0])
    if parts and path and _names(path[-1], parts[0]):
        parts = parts[1:]  # a heading already names the table: only its unit rows
    return " – ".join(parts) or None


def continues(text: str, before: Span, span: Span) -> bool:
    """Does the table in ``span`` go on from the one in ``before`` (a table broken across a
    page): it starts straight with a row of figures, as wide as the last row of figures before
    it, or with a header line of the one before repeated."""
    first = next(iter(_lines(text, span)), None)
    if first is None:
        return False
    line = text[first[0] : first[1]]
    lines = [text[a:b] for a, b in _lines(text, before)]
    if not has_figures(line):  # its header repeated at the top of the page
        head = [x for x in lines[: next((k for k, x in enumerate(lines) if has_figures(x)), 0)] if "\t" in x]
        return any(_same_cells(line, x) for x in head)
    rows = [x for x in lines if has_figures(x)]
    return bool(rows) and rows[-1].count("\t") == line.count("\t")


def _same_cells(a: str, b: str) -> bool:
    cells = [c.strip() for c in a.split("\t")]
    return len([c for c in cells if c]) >= 2 and cells == [c.strip() for c in b.split("\t")]


def _title_line(line: str) -> bool:
    """Does the line above a table read as its title (short, capitalised, not a sentence, a
    list item or an aside)?"""
    if not line or "\t" in line or "<" in line or len(line.split()) > _TITLE_WORDS:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line.rstrip(")]”’\"'").endswith(_TERMINAL):
        return False
    return not line.endswith((")", ","))


def _names(label: str, line: str) -> bool:
    """Is a section path's label (a heading, maybe cut short with "…") this line?"""
    norm = " ".join(line.split())
    return norm == label or (label.endswith("…") and norm.startswith(label[:-1].rstrip()))
