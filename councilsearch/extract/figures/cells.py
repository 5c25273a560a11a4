"""Table cells: what a cell holds (a value, a period, a short text led by a number, text,
nothing) and what a header, a title or a row label says about the cells under it (a unit such
as "£000" or "%", a financial year); which of a row's leading cells label it (a reference, a
group merged down over rows)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilsearch.extract.figures.candidates import Cand, fy_str, parse_num
from councilsearch.extract.figures.lexicon import DASH_RX, NUM, SP
from councilsearch.extract.figures.rates import RATE_PATTERN, is_rate_cell
from councilsearch.models import Span

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_CELL_NUM = re.compile(
    rf"(?P<s1>[{DASH_RX}+])?{SP}?(?P<open>\()?{SP}?(?P<s2>[{DASH_RX}+])?{SP}?(?P<cur>£)?{SP}?"
    rf"(?P<num>{NUM}){SP}?(?P<sc>(?i:thousand|million|billion|bn|mn|m|k))?{SP}?(?P<pct>%)?{SP}?"
    r"(?P<close>\))?(?:\s?(?P<cr>CR|Cr|DR|Dr))?"  # a credit ("1,250 CR": a negative sum) or a debit
)
_FOOTNOTE = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
_LETTER_NOTE = re.compile(r"(?<=[0-9%)])\s?\([a-z]\)")  # "12%(a)", "(6.9%)(a)", "1,234 (b)"
SHORT_CELL = 40
# a short cell led by a number: "-1400 [-5120]", "38 (volume increase)", "586 LAC", "£518 per year"
# ...but not a heading led by a year: "26/27 Levy", "2025/26 Budget", "2040 target", "2025/26 %"
_PERIOD_LEAD = re.compile(
    r"(?:FY\s?)?(?:(?:19|20)[0-9]{2}(?:\s?[/–-]\s?[0-9]{2,4})?|[0-9]{2}/[0-9]{2})(?![0-9,.%])\s*[A-Za-z(£%]"
)
_NUMTEXT = re.compile(rf"(?:[{DASH_RX}+~(\[]|c\.?|<)?{SP}?£?{SP}?(?:[1-9]|0(?![0-9]))")
# a cell that says no figure is written: a dash, "n/a", "tbc", "nil"; and a charge that is none ("Free",
# "No charge"), which in a fees schedule's row stands where the amounts stand and heads nothing
_BLANK_CELL = re.compile(r"(?i:[-–—]+|n/?a|tbc|tbd|nil|none|x|\?|—|free|no\s+charge)")
_PERIOD_CELL = re.compile(
    r"(?:(?:FY|Q[1-4])\s?)?(?:(?:19|20)[0-9]{2}(?:\s?[/–-]\s?(?:(?:19|20)?[0-9]{2}))?|[0-9]{2}/[0-9]{2})"
    r"(?:\s?Q[1-4])?"
)
_U_THOUSAND = re.compile(
    r"£\s?['’]?000['’]?s?|['’]000s?\b|£\s?thousands?|£\s?['’]?k\b|\(\s?£k\s?\)|£\s?000s?", re.IGNORECASE
)
_U_MILLION = re.compile(r"£\s?m\b|£\s?millions?\b|£\s?mn\b|\(\s?£m\s?\)", re.IGNORECASE)
_U_BILLION = re.compile(r"£\s?bn\b|£\s?billions?\b", re.IGNORECASE)
_U_POUND = re.compile(rf"\(\s?£\s?\)|£(?!\s?[0-9#'’a-zA-Z])|£(?=\s?{RATE_PATTERN})", re.IGNORECASE)
_U_PERCENT = re.compile(
    r"(?<![0-9#.\s])[ ]?(?:%|\bper\s?cent\b)|^%|\bpercentage\b|[(\s]%(?![0-9])", re.IGNORECASE
)
_U_YEARS = re.compile(r"\((?:years?|yrs?)\)", re.IGNORECASE)
_U_MONTHS = re.compile(r"\(months?\)", re.IGNORECASE)
_ANY_UNIT = re.compile(
    "|".join(r.pattern for r in (_U_THOUSAND, _U_MILLION, _U_BILLION, _U_POUND)) + r"|%|\bper\s?cent\b",
    re.IGNORECASE,
)
_FY_IN = re.compile(
    r"(?<![0-9])(?:(?P<a>(?:19|20)[0-9]{2})\s?[/–-]\s?(?P<b>(?:19|20)?[0-9]{2})|(?P<c>[0-9]{2})/(?P<d>[0-9]{2}))(?![0-9])"
)


@dataclass(frozen=True)
class Unit:
    unit: str  # GBP | percent | count | duration_Y | duration_M
    scale: float = 1.0


def unit_marker(s: str, *, allow_percent: bool = True) -> Unit | None:
    if _U_THOUSAND.search(s):
        return Unit("GBP", 1e3)
    if _U_MILLION.search(s):
        return Unit("GBP", 1e6)
    if _U_BILLION.search(s):
        return Unit("GBP", 1e9)
    if allow_percent and _U_PERCENT.search(s):
        return Unit("percent")
    if _U_POUND.search(s):
        return Unit("GBP", 1.0)
    if _U_YEARS.search(s):
        return Unit("duration_Y")
    if _U_MONTHS.search(s):
        return Unit("duration_M")
    return None


# a cell that says a row's figures are counted: "No.", "Number", "Nos"
_COUNT_CELL = re.compile(r"no\.|nos\.?|number|count", re.IGNORECASE)  # ("No" alone: a yes/no answer)


def unit_cell(s: str) -> Unit | None:
    """The unit a cell holding a unit and nothing else gives its row's figures ("£k", "£000",
    "%", "£ per week"; "No." or "Number": counted, whatever the table's unit): a column of
    units beside the figures."""
    s = s.strip()
    if _COUNT_CELL.fullmatch(s):
        return Unit("count")
    u = unit_marker(s)
    if u is None:
        return None
    rest = strip_units(s)
    return u if not rest or (u.unit == "GBP" and is_rate_cell(rest)) else None


def _fys_in(s: str) -> list[str]:
    out = []
    for m in _FY_IN.finditer(s):
        if m["a"]:
            a, b = int(m["a"]), int(m["b"][-2:])
        else:
            a, b = int(m["c"]), int(m["d"])
            a = 2000 + a if a < 70 else 1900 + a
        if (a + 1) % 100 == b:
            out.append(fy_str(a))
    return out


def one_fy(s: str) -> str | None:
    fys = set(_fys_in(s))
    return fys.pop() if len(fys) == 1 else None


def clean_label(s: str) -> str:
    s = _TAG.sub(" ", s)
    s = re.sub(r"(?<=[a-z])- (?=[a-z])", "", s)  # a word broken across a line: "Regenera- tion"
    s = re.sub(r"\s+", " ", s).strip(" \t:;,*–-")
    return s


# a note under a table keyed by a marker ("1 Includes the new depot lease", "² At the standard rate"),
# at a line's start, after a TAB or after the note before it on the same line
_NOTE_LINE = re.compile(r"(?:^|(?<=\t)|(?<=[.;] ))[ ]*([1-9¹²³⁴⁵⁶⁷⁸⁹*†‡])[ \t]+(?=[A-Z])", re.MULTILINE)
_NOTE_REACH = 8  # lines after a table's last row that may hold its notes
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def note_marks(text: str, lines: list[Span]) -> set[str]:
    """The markers of the notes written under a table (and in its last rows, where a PDF's note
    set beside another is read as a row): each line led by a digit or a note sign and a space."""
    if not lines:
        return set()
    end = lines[-1][1]
    for _ in range(_NOTE_REACH):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
        if nxt < 0:
            break
    return {m.group(1).translate(_SUPERSCRIPT) for m in _NOTE_LINE.finditer(text, lines[0][0], end)}


# a note marker raised after a row label's last word and read glued to it ("Fuel costs1", "Hire
# costs²")
_GLUED_MARK = re.compile(r"(?<=[a-z]{2})([1-9¹²³⁴⁵⁶⁷⁸⁹*†‡])$")


def unmark(label: str, marks: set[str]) -> str:
    """A row label without a note marker glued to its end, when a note under the table is keyed by
    it ("Fuel costs1" over "1 Includes the new depot lease": "Fuel costs")."""
    m = _GLUED_MARK.search(label)
    if m and m.group(1).translate(_SUPERSCRIPT) in marks:
        return label[: m.start()].rstrip()
    return label


_CAPTION_WORDS = 10


def caption_row(line: str) -> bool:
    """A table row that is a caption: one cell of a few words, no sentence and no figure, the
    rest empty ("Result of the named vote<TAB>")."""
    cells = [c.strip() for c in line.split("\t")]
    head = cells[0]
    return (len(cells) > 1 and bool(head) and not any(cells[1:]) and len(head.split()) <= _CAPTION_WORDS
            and not head.endswith(".") and not any(ch.isdigit() for ch in head))


# a proposal's reference before a row's words ("TRN-04", "K9")
_ROW_REF = re.compile(r"^[A-Z]{1,5}[-/.]?[0-9]{1,4}[a-z]?\s+")
# where a long row label's head phrase ends: a clause saying why or how ("so that", "in order to")
_ROW_CLAUSE = re.compile(r"\s+(?:so\s+that|so\s+as\s+to|in\s+order\s+to|which|where|because|while)\s", re.IGNORECASE)
_ROW_WORDS = 6  # a row label of more words than this is cut to its head phrase
_HEAD_WORDS = 2  # ...and is cut only to a phrase of this many words or more ("Cases where ..." stays whole)


def head_phrase(row: str) -> str:
    """A long table row label cut to its head phrase for the figure's label, the way a
    prose label is the noun phrase and not the sentence: a leading reference dropped and the
    clause that says why cut off ("WYV-07 Widen the dial-a-ride service so that fewer residents rely on
    hire cars" -> "Widen the dial-a-ride service"). A short label is kept whole, and so is one
    whose clause defines a bare noun ("Cases where the tenancy was saved within 8 weeks":
    "Cases" alone says nothing)."""
    if len(row.split()) <= _ROW_WORDS:
        return row
    cut = _ROW_REF.sub("", row)
    m = _ROW_CLAUSE.search(cut)
    if m and len(cut[: m.start()].split()) >= _HEAD_WORDS:
        cut = cut[: m.start()]
    return clean_label(cut) or row


def strip_units(s: str) -> str:
    s = _ANY_UNIT.sub(" ", s)
    s = re.sub(r"\(\s*\)", " ", s)
    return clean_label(s)


@dataclass
class Cell:
    start: int
    end: int  # raw cell bounds
    kind: str  # empty | blank | value | period | text
    inner: Span = (0, 0)  # bounds without tags and surrounding spaces
    match: re.Match[str] | None = None


def _inner_bounds(work: str, s: int, e: int) -> Span:
    while True:
        while s < e and work[s].isspace():
            s += 1
        while e > s and work[e - 1].isspace():
            e -= 1
        m = _TAG.match(work, s, e)
        if m and m.start() == s:
            s = m.end()
            continue
        tail = work[s:e]
        mt = re.search(r"</?[A-Za-z][^<>]{0,200}>$", tail)
        if mt:
            e = s + mt.start()
            continue
        break
    return s, e


def _classify_cell(work: str, s: int, e: int) -> Cell:
    a, b = _inner_bounds(work, s, e)
    if a >= b:
        return Cell(s, e, "empty", (a, b))
    core_e = b
    while core_e > a and (work[core_e - 1] in _FOOTNOTE or work[core_e - 1].isspace()):
        core_e -= 1
    note = _LETTER_NOTE.search(work, a, core_e)
    if note and note.end() == core_e:  # a note marked by a letter after the figure: "(6.9%)(a)"
        core_e = note.start()
    if core_e > a:
        m = _CELL_NUM.fullmatch(work, a, core_e)
        if (
            m
            and bool(m["open"]) == bool(m["close"])
            and not (m["s1"] and m["s2"])
            and parse_num(m["num"]) is not None
        ):
            return Cell(s, e, "value", (a, core_e), m)
    inner = work[a:b]
    if _BLANK_CELL.fullmatch(inner):
        return Cell(s, e, "blank", (a, b))
    if _PERIOD_CELL.fullmatch(inner):
        return Cell(s, e, "period", (a, b))
    if b - a <= SHORT_CELL and _NUMTEXT.match(inner) and not _PERIOD_LEAD.match(inner):
        return Cell(s, e, "numtext", (a, b))
    return Cell(s, e, "text", (a, b))


def split_cells(work: str, ls: int, le: int) -> list[Cell]:
    cells = []
    s = ls
    while True:
        t = work.find("\t", s, le)
        e = le if t < 0 else t
        cells.append(_classify_cell(work, s, e))
        if t < 0:
            break
        s = t + 1
    return cells


# a reference leading a row ("SAV-01", "K9", "CP/12", "A.3"): its words follow in the next cell
REF_CELL = re.compile(r"[A-Z]{1,5}\s?[-/.]?\s?[0-9]{1,4}[a-z]?(?:\.[0-9]{1,2})?")
# a row's number alone ("1", "12.", "(3)"): a reference in a column headed "No.", "#" or "Ref"
ROW_NUMBER = re.compile(r"\(?[0-9]{1,3}[.)]?")


def leading_texts(cells: list[Cell], rate_cols: set[int] | tuple[int, ...]) -> list[int]:
    """The columns of a row's text cells before its first figure (not a rate's); an empty
    first cell is passed over."""
    out = []
    for i, c in enumerate(cells):
        if c.kind in ("value", "numtext"):
            break
        if c.kind == "text" and i not in rate_cols:
            out.append(i)
        elif c.kind != "empty" or i > 0:
            break
    return out


def grouped_rows(rows: list[list[Cell]]) -> bool:
    """Is the first column of a table's rows a group merged down over several rows (Word's
    merged cells, HTML rowspan): a row with text in its first two cells before figures, and a
    row with its first cell empty and text in the second before figures?"""
    def shape(cells: list[Cell]) -> tuple[str, ...]:
        return tuple(c.kind for c in cells[:2]) if any(c.kind == "value" for c in cells[2:]) else ()

    shapes = {shape(cells) for cells in rows}
    return ("text", "text") in shapes and ("empty", "text") in shapes


def regroup(row: tuple[str, str, list[Cand]]) -> str:
    """Label a group's first row, read before its group was known, as the group's rows are
    ("Older people – Residential care"); returns the group."""
    group, item, cands = row
    for cand in cands:
        if cand.table_row == group:
            cand.table_row = f"{group} – {item}"
            if cand.label and cand.label.startswith(group):
                cand.label = f"{group} – {item}{cand.label[len(group):]}"
    return group
