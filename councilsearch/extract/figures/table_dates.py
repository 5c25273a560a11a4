"""The dates and years a table's headers and cells write: a column header that is a date ("31 March
2031", "30 Sept 2031 forecast") or a financial year written short ("30-31", "Apr 2030 - Mar
2031"); a row of such headers over the figures; a row's own year under a "Period" or "Year"
header; the financial year a table's title names. Used by `tables.TableReader`."""

from __future__ import annotations

import re

from councilsearch.extract.figures.candidates import fy_str
from councilsearch.extract.figures.cells import Cell, one_fy, strip_units, unit_marker
from councilsearch.extract.figures.lexicon import MON

_TITLE_FY_CHARS = 160


# a column header that is a date or a part of one: "30 June", "30 Sept 2031", "30/06/31", "June 2031"
_DATE_HEAD = re.compile(
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{MON})\.?(?:\s+(?:19|20)[0-9]{{2}})?|(?:{MON})\.?\s+(?:19|20)?[0-9]{{2}}"
    r"|[0-9]{1,2}[/.][0-9]{1,2}[/.](?:19|20)?[0-9]{2}",
    re.IGNORECASE,
)
_DATE_HEAD_WORDS = 3
YEAR_HEAD = re.compile(r"(?:19|20)[0-9]{2}")
# a column header over each row's own year: "Period", "Year", "Financial year", "Reporting period"
WHEN_HEAD = re.compile(r"(?:(?:latest|reporting|data|time|financial|academic)\s+)?(?:period|year)", re.IGNORECASE)
# a financial year written short with a dash ("30-31") or as its months ("Apr 2030 - Mar 2031"):
# only as a column header, where it cannot be a range of ages or days
_SHORT_FY = re.compile(r"([0-9]{2})\s?[-–]\s?([0-9]{2})")
_FY_MONTHS = re.compile(r"apr(?:il)?\.?\s+((?:19|20)[0-9]{2})\s*(?:[-–]|to)\s*mar(?:ch)?\.?\s+((?:19|20)[0-9]{2})", re.IGNORECASE)


def when_cell(text: str, cells: list[Cell], when_cols: set[int], label_cell: Cell | None) -> str | None:
    """The year a row's cell under a "Period" or "Year" header gives it ("2023", "2023/24"): the
    period of the row's figures ("Rough sleepers per 10,000 households | 2031/32 | 2.1 | 1.8")."""
    for i in sorted(when_cols):
        if i >= len(cells) or cells[i] is label_cell or cells[i].kind not in ("value", "period"):
            continue
        raw = text[cells[i].inner[0] : cells[i].inner[1]].strip()
        if YEAR_HEAD.fullmatch(raw):
            return raw
        fy = one_fy(raw)
        if fy and _FY_CELL.fullmatch(raw):
            return fy
    return None


_FY_CELL = re.compile(r"(?:19|20)[0-9]{2}\s?[/-]\s?[0-9]{2}(?:[0-9]{2})?")


def short_fy(raw: str) -> str | None:
    """The financial year a column header writes short ("30-31" -> "2030/31") or as its months
    ("Apr 2030 - Mar 2031"), or None."""
    m = _SHORT_FY.fullmatch(raw.strip())
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return fy_str(2000 + int(m.group(1)))
    m = _FY_MONTHS.search(raw)
    if m and int(m.group(1)) + 1 == int(m.group(2)):
        return fy_str(int(m.group(1)))
    return None


def _date_head(raw: str) -> bool:
    """Is a cell a date written as a column header, with at most a few words of no figures
    beside it ("31 March 2031", "30 Sept 2031 forecast", "31/03/31 (estimate)")?"""
    m = _DATE_HEAD.search(raw)
    if m is None:
        return False
    rest = raw[: m.start()] + raw[m.end() :]
    if unit_marker(rest):  # "31 Dec £k", "30 June (£000)": the unit of the figures under the date
        rest = strip_units(rest)
    return not re.search(r"[0-9£%]", rest) and len(rest.split()) <= _DATE_HEAD_WORDS


def dates_as_headers(text: str, cells: list[Cell], head_rows: int) -> None:
    """A row above the table's figures whose cells are dates or years ("£000<TAB>31 March<TAB>30
    June" over "<TAB>2031<TAB>2031") is a header row: its cells become header cells (kind
    "period", naming their column) instead of figures. Only when the row's first cell holds no
    row label (empty, or a unit over the row labels), or when it is the table's first row and
    names at least two dates ("Counterparty<TAB>31 March 2031<TAB>30 June 2031"), or when a cell of
    the row names a money unit ("Scheme<TAB>budget £k<TAB>31 Dec £k": a data row holds no unit
    without a figure)."""
    if len(cells) < 2:
        return
    first = text[cells[0].inner[0] : cells[0].inner[1]]
    stub = cells[0].kind == "empty" or (cells[0].kind == "text" and not strip_units(first))
    dated: list[Cell] = []
    unit_said = False
    for c in cells[1:]:
        if c.kind in ("empty", "blank", "period", "text"):
            unit_said = unit_said or (c.kind == "text" and _money_unit(text[c.inner[0] : c.inner[1]]))
            continue
        if _dated(text, c):
            dated.append(c)
            unit_said = unit_said or _money_unit(text[c.inner[0] : c.inner[1]])
            continue
        return  # a figure: a row of data
    if dated and (stub or unit_said or (head_rows == 0 and len(dated) >= 2)):
        for c in dated:
            c.kind = "period"
        if head_rows == 0 and len(dated) == len(cells) - 1 and _dated(text, cells[0]):
            cells[0].kind = "period"  # every cell a date: the empty cell over the row labels was dropped


def _money_unit(raw: str) -> bool:
    u = unit_marker(raw, allow_percent=False)
    return u is not None and u.unit == "GBP"


def _dated(text: str, c: Cell) -> bool:
    raw = text[c.inner[0] : c.inner[1]]
    return bool(
        (c.kind == "value" and YEAR_HEAD.fullmatch(raw)) or (c.kind == "numtext" and _date_head(raw)) or short_fy(raw)
    )


# a calendar year a title names as the table's time ("Appeals heard in 2031", "Visits 2031"),
# not a date's ("at 31 March 2031"), a start, an end or a span's ("since 2028", "2028 to 2031")
_TITLE_YEAR = re.compile(r"(?<![0-9/–-])((?:19|20)[0-9]{2})(?![0-9/–-])")
_NOT_ITS_TIME = re.compile(rf"(?:\b(?:since|by|from|until|till|to|before|after|between|and|{MON})\.?|[0-9])\s*$",
                           re.IGNORECASE)


def _calendar_year(line: str) -> str | None:
    years = {m.group(1) for m in _TITLE_YEAR.finditer(line)}
    if len(years) != 1 or len(_TITLE_YEAR.findall(line)) != 1:
        return None
    m = _TITLE_YEAR.search(line)
    assert m is not None
    if _NOT_ITS_TIME.search(line[: m.start()]) or re.match(r"\s*(?:to|and|[–-])\s*\d", line[m.end() :]):
        return None
    return m.group(1)


def fy_of_title(title: str) -> str | None:
    """The financial year a table's title names: its nearest line's, or the line above a unit
    line ("Table 2: Projected outturn 2023-24" over "Sums shown in £m"); else the one calendar
    year the title names as its time ("Table 3: Appeals heard in 2031")."""
    for line in title.split("\n"):
        if not 0 < len(line) <= _TITLE_FY_CHARS:
            return None
        fy = one_fy(line) or _calendar_year(line)
        if fy or not (unit_marker(line, allow_percent=False) and len(strip_units(line).split()) <= 4):
            return fy
    return None
