"""The figures a table cell gives: a cell that is just a number takes its column's or row's
unit (``value_cell``: "482,117" under "£000" is £482,117,000; "(17,304)" or "1,250 CR" is
negative); a cell of words is read sentence by sentence by the scanner, its short bare numbers
taking the unit (``prose_cell``); a cell figure is labelled by its row and column (``as_cell``).
What a row's leading cells are: a reference ("SAV-01", a number under "No."), a label led by a
number ("18-24"), the row's year under "Period" or "Year"."""

from __future__ import annotations

import re

from councilsearch.extract.figures.candidates import Cand, money_cand, parse_num
from councilsearch.extract.figures.cells import (
    REF_CELL,
    ROW_NUMBER,
    SHORT_CELL,
    Cell,
    Unit,
    head_phrase,
    unmark,
)
from councilsearch.extract.figures.lexicon import DASH, MONEY_WORDS, SCALES
from councilsearch.extract.figures.scanner import Scanner
from councilsearch.extract.figures.table_dates import YEAR_HEAD
from councilsearch.ingest.sentences import sentence_spans
from councilsearch.models import Span

INDEX_HEADERS = {"#", "no", "no.", "ref", "ref.", "item", "para", "para.", "paragraph", "number"}


def as_cell(
    cand: Cand, row: str | None, col: str | None, period: str | None, line: Span, rate: str | None = None,
    money_only: bool = False, marks: set[str] | None = None,
) -> None:
    """Make ``cand`` the cell of ``row`` (as printed) under ``col``; its label names the row
    without a note marker glued to it (one of ``marks``, the markers of the notes under the
    table) and the column."""
    cand.table_row = row or None
    cand.table_col = col or None
    name = unmark(row, marks) if row and marks else row
    cand.label = " – ".join(x for x in (head_phrase(name) if name else None, col) if x) or None
    if rate and cand.label and cand.kind in (("money",) if money_only else ("money", "count")):
        cand.label = f"{cand.label} {rate}"  # "Meals at home – 2031/32 charge a meal"
    cand.period = period
    cand.sentence = line
    cand.in_table_cell = True


def value_cell(work: str, c: Cell, unit: Unit | None) -> Cand | None:
    m = c.match
    assert m is not None
    s, e = c.inner
    v = parse_num(m["num"])
    if v is None:
        return None
    neg = bool(m["open"]) or any(x and x in DASH for x in (m["s1"], m["s2"])) or (m["cr"] or "").upper() == "CR"
    sc = m["sc"]
    if m["cur"] or sc:
        scale = SCALES[sc.lower()] if sc else 1.0
        if m["pct"]:
            return None
        return money_cand(s, e, (-v if neg else v) * scale, scale)
    if m["pct"]:
        return Cand(s, e, -v if neg else v, "percent", "percent")
    if unit is not None:
        if unit.unit == "GBP":
            return money_cand(s, e, (-v if neg else v) * unit.scale, unit.scale)
        if unit.unit == "percent":
            return Cand(s, e, -v if neg else v, "percent", "percent")
        if unit.unit.startswith("duration"):
            num = f"{v:g}"
            return Cand(s, e, f"P{num}{unit.unit[-1]}", "duration", "period")
    raw = work[m.start("num") : m.end("num")]
    if not neg and re.fullmatch(r"(?:19|20)[0-9]{2}", raw):
        return Cand(s, e, v, "year", "period")
    return Cand(s, e, -v if neg else v, "count", "count")


def prose_cell(
    text: str, scanner: Scanner, c: Cell, row_period: str | None, unit: Unit | None = None
) -> list[Cand]:
    s, e = c.inner
    out: list[Cand] = []
    short = e - s <= SHORT_CELL
    for ss, se in sentence_spans(text, s, e):
        ctx = bool(MONEY_WORDS.search(text, ss, se))
        cands = scanner.scan(ss, se, ctx)
        for cand in cands:
            cand.sentence = (ss, se)
            cand.row_period = row_period
            if short and unit is not None and cand.kind == "count" and cand.scale == 1.0:
                # "-1400 [-5120]" under "(£k)", "-85 (Surplus)" under "£000's"
                v = float(cand.value)
                if unit.unit == "GBP":
                    conv = money_cand(cand.start, cand.end, v * unit.scale, unit.scale)
                    if conv is not None:
                        conv.sentence, conv.row_period = cand.sentence, row_period
                        cand = conv
                elif unit.unit == "percent":
                    cand.unit, cand.kind = "percent", "percent"
            out.append(cand)
    return out


# a row label led by a number: a band ("18-24", "65+", "5 to 9"), a count of something ("1 person",
# "3 bedrooms"), a year ("2029")
_NUMBER_LABEL = re.compile(
    r"[0-9]{1,3}(?:\s?(?:[-–]|to)\s?[0-9]{1,3}|\s?\+|\s+[^\W\d_]{2,}(?:\s+[^\W\d_]+)*)|(?:19|20)[0-9]{2}",
    re.IGNORECASE,
)


def when_value(work: str, c: Cell) -> bool:
    """Is a cell under a "Period" or "Year" header the row's year (a year, a financial year, text),
    not a figure of the year ("61.4" under "Year" beside the quarters)?"""
    if c.kind != "value" or c.match is None:
        return True
    raw = work[c.match.start("num") : c.match.end("num")]
    return bool(YEAR_HEAD.fullmatch(raw)) and not (c.match["cur"] or c.match["pct"] or c.match["open"])


def ref_cell(text: str, c: Cell, head: str | None) -> bool:
    """Is a row's leading text cell a reference to the row ("SAV-01"; a number alone, "1", under
    "No.", "#" or "Ref" or no header: under "Band" or "Year" the number is the row's name)?"""
    raw = text[c.inner[0] : c.inner[1]]
    if REF_CELL.fullmatch(raw):
        return True
    return bool(ROW_NUMBER.fullmatch(raw)) and (not head or head.lower() in INDEX_HEADERS)


def number_label(text: str, cells: list[Cell]) -> bool:
    """Is a data row's first cell, led by a number, the row's label rather than a figure: it is
    a band, a count of things or a year ("18-24", "1 person", "2029"), and figures follow it."""
    if len(cells) < 2 or cells[0].kind not in ("numtext", "value"):
        return False
    raw = text[cells[0].inner[0] : cells[0].inner[1]]
    return bool(_NUMBER_LABEL.fullmatch(raw)) and any(c.kind in ("value", "numtext") for c in cells[1:])

