"""Which of a number question's candidate figures it means by what their own words say besides
what they measure (``answer.figure_fit`` weighs these in): the financial year a figure is of
against the year the question means without naming it ("this year", "next year's grant", "in
December 2025": ``asking.NumberQuestion.year_meant``), the quarter a column names against the
month the question names ("by the close of December": the third), and a figure that says it is a
total, for a question asking for a whole ("in total", "altogether", "as a whole"); a figure
printed as a comparison base ("under the national average of 24.0%", "against a median of 61.2%
for all authorities") for a question asking for that base, and not for one asking for the
council's own; the end of a range or the side of a bound ("between £0.6m and £0.95m", "up to
£12m", a cell "71,200 – 79,900") a question asking for the top or the bottom ("at worst", "the
lowest") means, and a label saying it is the top or the bottom ("the dearest rent"); a column naming
the one quarter the question names, over one naming none; a target for a question asking for one,
and what happened for a question that does not; a figure its clause says is of the year before ("down from
22% a year earlier") for a question asking for a year back; and when a table column stands (``column_when``: its
period, or a date in its header), against a document's date (``when_iso``)."""

from __future__ import annotations

import re

from councilsearch.index.asking import COUNCILS_WORD, WHOLE_SAID, NumberQuestion, quarters_named
from councilsearch.index.stages import stage_fit
from councilsearch.models import Figure

# of the year "this year"/"next year"/"December 2025" means: a figure of that financial year, of another
YEAR_MEANT_W, YEAR_OTHER_W = 0.05, 0.15
# a figure whose clause says it is of the year before ("down from 31% a year earlier"), for a question asking
# for a year ago; the figure of now beside it is the other
YEAR_EARLIER = re.compile(r"\b(?:a|one|the)\s+year\s+(?:earlier|before|ago|previously)\b|\bthe\s+(?:previous|preceding)\s+year\b",
                          re.I)
YEAR_AGO_W = 0.05
QUARTER_W = 0.03  # of a row's quarter columns, the quarter of the month the question names
QUARTER_NAMED_W = 0.05  # a column naming the quarter the question names, over one naming none (a year's)
WHOLE_W = 0.05  # a figure that says it is a total, for a question asking for a whole
BASE_W = 0.1  # a comparison base, for a question asking for one (and less, for one that does not)

# what a figure's own clause says when it is the base a council's figure is set against
BASE_SAID = re.compile(
    r"\b(?:nationally|national\s+(?:average|median|rate|figure|level|benchmark)|(?:across|in|for|of)\s+England\b|"
    r"England\s+(?:average|median|as\s+a\s+whole|rate|figure|level)|median|benchmark\w*|comparator\w*|"
    r"statistical\s+neighbours?|(?:regional|national|county|family|peer|group)\s+average|"
    rf"average\s+(?:for|of|across|among)\s+(?:all\s+|other\s+|similar\s+)?{COUNCILS_WORD})\b", re.I)


EXTREME_W = 0.1  # the other end of a range, or a bound on the other side, for a question asking for one end
# what a figure's label says of the end it is at ("the highest Band D charge", "lowest quartile")
_TOP_WORDS = frozenset({"highest", "most", "largest", "biggest", "greatest", "maximum", "dearest", "top"})
_BOTTOM_WORDS = frozenset({"lowest", "least", "smallest", "fewest", "minimum", "cheapest", "bottom"})
_END_SAID = re.compile(rf"\b(?:{'|'.join(sorted(_TOP_WORDS | _BOTTOM_WORDS))})\b", re.I)
# a figure printed as what is aimed at ("its target had been 75%", a Target column), for a question asking
# what happened, or the reverse
TARGET_W = 0.1
_TARGET_SAID = re.compile(r"\b(?:targets?|targeted|aims?|ambitions?|goals?|profiled?)\b", re.I)
# a question asking what is aimed at or expected ("what saving was expected", "the target for 2027")
_AIM_ASKED = re.compile(r"\b(?:targets?|targeted|aim\w*|ambitions?|goals?|profiled?|expect\w*|intend\w*|planned|supposed|meant|"
                        r"should)\b", re.I)
# a figure printed as a bound ("up to £12m", "at least 40"), and the words that open a range "between X and Y"
_HIGH_BOUND = re.compile(r"(?:up\s+to|as\s+much\s+as|maximum\s+of|at\s+(?:the\s+)?most|no\s+more\s+than|capped\s+at|"
                         r"(?:limit|ceiling)\s+of)\s*[£$]?$", re.I)
_LOW_BOUND = re.compile(r"(?:at\s+least|minimum\s+of|as\s+little\s+as|no\s+less\s+than|floor\s+of)\s*[£$]?$", re.I)
_RANGE_OPEN = re.compile(r"(?:between|from|range\s+of|ranging\s+from)\s*[£$]?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*[£$]?", re.I)
_DASH_JOIN = re.compile(r"\s*[-–]\s*[£$]?")


def range_ends(text: str, offset: int, figures: list[Figure]) -> dict[int, str]:
    """Which of ``figures`` (in text order; ``text`` starts at ``offset``) are a range's top ("high")
    or bottom ("low"), or printed as a bound ("up to £12m": "high"), by their index."""
    out: dict[int, str] = {}
    for i, f in enumerate(figures):
        before = text[max(0, f.span[0] - offset - 24):f.span[0] - offset]
        if _HIGH_BOUND.search(before):
            out[i] = "high"
        elif _LOW_BOUND.search(before):
            out[i] = "low"
        if i + 1 < len(figures):
            g = figures[i + 1]
            # "between £0.6m and £0.95m", "from £40,000 to £65,000"; a dash alone joins a range too
            # ("86,700 – 97,400" in a salary-range cell, "£58-£68k")
            join = _RANGE_JOIN if _RANGE_OPEN.search(before) else _DASH_JOIN
            if (g.kind == f.kind and join.fullmatch(text, f.span[1] - offset, g.span[0] - offset)
                    and isinstance(f.value, float) and isinstance(g.value, float) and f.value < g.value):
                out[i], out[i + 1] = "low", "high"
    return out


def which_column(fig: Figure, nq: NumberQuestion, labelled: str, own: str) -> float:
    """What ``fig``'s year, quarter and "total" add to its fit (``labelled``: its label, table row
    and column; ``own``: its own clause)."""
    out = 0.0
    if nq.year_meant and fig.period and "/" in fig.period:
        out += YEAR_MEANT_W if fig.period == nq.year_meant else -YEAR_OTHER_W
    if nq.years_on == -1 and YEAR_EARLIER.search(own):
        out += YEAR_AGO_W  # "what share was it a year before": "down from N% a year earlier", N any share
    named = quarters_named(f"{fig.table_col or ''} {fig.label or ''}")
    if nq.quarter_meant and named == (nq.quarter_meant,):
        out += QUARTER_W  # "by the close of December", "from April to December": the third quarter's column
    if len(nq.quarters) == 1 and named == nq.quarters:
        out += QUARTER_NAMED_W  # "in the first quarter": the Q1 column, over a column naming no quarter
    if nq.whole_asked and WHOLE_SAID.search(f"{labelled} {own}"):
        out += WHOLE_W  # "what is the flood fund worth in total": "a total of £6m", a Total column
    ends = {m.group(0).lower() in _TOP_WORDS for m in _END_SAID.finditer(labelled)}
    if nq.extreme and len(ends) == 1:  # "which site charges the most rent": "the dearest rent", not "the cheapest"
        out += EXTREME_W / 4 if ends == {nq.extreme == "high"} else -EXTREME_W / 2
    aim, asked = bool(_TARGET_SAID.search(f"{labelled} {own}")), " ".join(w for _, w in nq.words)
    if (aim and not _AIM_ASKED.search(asked)) or (not aim and _TARGET_SAID.search(asked)):
        out -= TARGET_W  # "what share of the repairs was done": "82% of them", not "an aim of 85%"
    if fig.table_col:  # "what has it actually saved": the Delivered column, not the Planned one
        out += stage_fit(nq.stage, fig.table_col)
    if BASE_SAID.search(own):
        out += BASE_W if nq.base_asked else -BASE_W / 2  # "under the national average of 24.0%"
    return out


_COL_DATE = re.compile(r"(?<![0-9])([0-9]{1,2})[/.]([0-9]{1,2})[/.]((?:19|20)?[0-9]{2})(?![0-9])")
_COL_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def when_iso(date: str | None) -> float | None:
    """'2026-05-26' -> 2026.33 (a year and its months as a fraction); None when not a date."""
    m = re.match(r"((?:19|20)[0-9]{2})(?:-([0-9]{2}))?", date or "")
    return int(m.group(1)) + (int(m.group(2)) - 1) / 12 if m and m.group(2) else (float(m.group(1)) if m else None)


def column_when(fig: Figure) -> float | None:
    """When a table figure's column stands: its period (a financial year from its April) or a date
    or year in its column header ("Closing Balance 30/09/25"); None when the column names none."""
    if fig.period:
        y = int(fig.period[:4])
        return y + 0.25 if "/" in fig.period else float(y)
    col = fig.table_col or ""
    m = _COL_DATE.search(col)
    if m:
        year = int(m.group(3))
        return (year if year > 100 else 2000 + year) + (int(m.group(2)) - 1) / 12
    m = _COL_YEAR.search(col)
    return float(m.group(1)) if m else None
