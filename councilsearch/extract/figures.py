"""Figure extraction, version ``figures.v1``: money, percentages, counts, periods and dates.

``extract_figures(text)`` works on a whole canonical document text and returns ``Figure``
records sorted by span, with ``text[f.span[0]:f.span[1]] == f.surface`` always.

How it works
------------
1. **Mask** what only looks like a number, keeping every offset: e-mail addresses, URLs,
   telephone numbers, postcodes, paragraph / list / heading numbers at the start of a line or a
   table cell ("83. In November", "3.1.", "5.<TAB>"), references ("paragraph 86",
   "(Pages 9 - 62)", "Recommendation 1", "Section 38"), ratios and clock times. Masked digits
   become ``#`` in a working copy of the text, so nothing later can read them.
2. **Split** the text into prose lines and tables (runs of TAB-separated lines).
3. **Prose**: a left-to-right scanner (one regular expression whose alternatives are tried in
   priority order: dates, financial years, money, percentages, durations, years, number words,
   bare numbers). A bare number with "m"/"bn"/"k" is money only when its sentence is about
   money ("an increased forecast dividend from ESPO (0.4m)").
4. **Tables**: header rows give each column a header text, a unit ("£000", "£m", "£k", "%")
   and a financial year; a unit line, the table's title or the row label can give a unit too.
   A cell that is just a number takes that unit ("615,335" under "£000" -> 615335000.0;
   "(20,929)" -> negative). Each cell figure is labelled "row label – column header" and takes
   its period from the column header, the row label or the title. A table interrupted by
   lines without tabs (notes, sub-headings, PDF line breaks) keeps its columns when it
   resumes; a unit row that lost its empty leading cells (PDF text) is aligned to the right.
5. **Labels and periods** for prose figures: spaCy's dependency parse (tok2vec, tagger and
   parser only; ``nlp.pipe`` over small windows around the figures, money written out as
   "£15 million" for the parser) finds the noun phrase a figure measures; the period is the
   financial year named in the same clause (or the only one in the sentence).

Values follow eval/README.md: money/GBP in pounds; percent/percent; count/count;
period/financial_year (starting calendar year), period/year, period/duration (ISO 8601 string);
date/date (ISO string at the precision given).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from councilsearch.ingest.sentences import sentence_spans
from councilsearch.models import Figure, Span

EXTRACTOR = "figures.v1"
log = logging.getLogger(__name__)

MAX_ABS_VALUE = 1e15  # anything larger is not a figure from a council paper
IMPLAUSIBLE_GBP = 1e12  # flagged: beyond £1tn
_MAX_DIGITS = 15

# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = "|".join(
    v for name in sorted(_MONTHS, key=len, reverse=True) for v in (name.capitalize(), name.upper())
)

_WORD_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_WORD_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS_ALT = "|".join(sorted(_WORD_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(_WORD_TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
WORDNUM = rf"(?i:(?:{_TENS_ALT})(?:[- ](?:{_ONES_ALT}))?|{_UNITS_ALT})"
_FRACTION_WORDS = {
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
    "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
}  # fmt: skip
# "one" is a count only before a noun; these words say it is not ("one of", "one-off", "no one")
_ONE_NEXT_STOP = {
    "of", "another", "off", "or", "and", "to", "that", "which", "who", "way", "go", "thing",
    "another's", "hand", "side", "day", "point", "",
}  # fmt: skip
_ONE_PREV_STOP = {"no", "any", "every", "each", "some", "the", "this", "that", "which", "another"}

_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
_DUR_UNITS = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
    "mth": "M", "mths": "M", "week": "W", "weeks": "W", "wk": "W", "wks": "W", "day": "D",
    "days": "D", "hour": "H", "hours": "H", "hr": "H", "hrs": "H", "minute": "TM",
    "minutes": "TM", "min": "TM", "mins": "TM",
}  # fmt: skip

_MONEY_WORDS = re.compile(
    r"£|\b(?:budgets?|costs?|spend|spending|savings?|fund|funding|income|revenue|expenditure|"
    r"deficits?|surplus|overspend|underspend|reserves?|grants?|capital|pounds|dividends?|"
    r"receipts?|payments?|finance|financial|benefits?|value)\b",
    re.IGNORECASE,
)

SP = r"[ \u00a0]"
NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
SCALE = r"(?i:thousand|million|billion|trillion|bn|mn|tn|m|k)(?![A-Za-z0-9])"
_DASH = "-–−"  # hyphen-minus, en dash, minus sign
_DASH_RX = r"\-–−"  # the same inside a regex character class

# ---------------------------------------------------------------------------------------------
# The scanner: one regex, alternatives in priority order
# ---------------------------------------------------------------------------------------------

_ORD = rf"(?:{SP}?(?:st|nd|rd|th))?"
_DUR_UNIT = r"(?i:years?|yrs?|months?|mths?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)(?![A-Za-z])"
_PER_CENT = rf"(?:%|(?i:per{SP}?cent|percent)\b)"
# Alternatives that start with a digit, "£" or a sign, in priority order.
_NUM_ALTS = [
    # 5 November 2025, 1 st September 2026, 29-31 October 2024
    rf"(?P<dmy>(?P<dmy_d1>[0-9]{{1,2}}){_ORD}(?:{SP}?[-–]{SP}?(?P<dmy_d2>[0-9]{{1,2}}){_ORD})?"
    rf"(?:{SP}+of)?{SP}+(?P<dmy_m>{_MON})\.?,?{SP}+(?P<dmy_y>(?:19|20)[0-9]{{2}}))(?![0-9])",
    # 5 November (no year): no figure, but the day must not become a count
    rf"(?P<dmn>[0-9]{{1,2}}{_ORD}{SP}+(?:of{SP}+)?(?:{_MON})\b)",
    # 31/3/2026, 01/04/25
    r"(?P<nd>(?P<nd_d>[0-9]{1,2})/(?P<nd_m>[0-9]{1,2})/(?P<nd_y>(?:19|20)[0-9]{2}|[0-9]{2}))(?![0-9/])",
    # 2026-03-31
    r"(?P<iso>(?P<iso_y>(?:19|20)[0-9]{2})-(?P<iso_m>[0-9]{2})-(?P<iso_d>[0-9]{2}))(?![0-9])",
    # 2025/26, 2024-25, 2025/2026, 2026-30 (a span of years), 20230/31 (a typo)
    rf"(?P<fy>(?P<fy_a>(?:19|20)[0-9]{{2,3}}){SP}?(?P<fy_sep>[/–-]){SP}?"
    r"(?P<fy_b>(?:19|20)[0-9]{2}|[0-9]{2}))(?![0-9]|/[0-9]|\.[0-9])",
    # 28/29 (after "FY" too), 25/26
    r"(?P<fys>(?P<fys_a>[0-9]{2})(?P<fys_sep>[/–-])(?P<fys_b>[0-9]{2}))(?![0-9]|/[0-9]|\.[0-9])",
    # £23m, -£79m, £ 646,197.12, £13,000 to £17,000, £1-5k, £2.5 – £3.5 million
    rf"(?P<money>(?P<m_neg>[{_DASH_RX}]{SP}?)?£{SP}?(?P<m_num>{NUM})(?:{SP}?(?P<m_sc>{SCALE}))?"
    rf"(?:(?P<m_rsep>{SP}?[-–]{SP}?|{SP}+to{SP}+)(?P<m_cur2>£)?{SP}?(?P<m_num2>{NUM})"
    rf"(?:{SP}?(?P<m_sc2>{SCALE}))?)?)",
    # 0.4m, 1.5 billion (money only when the sentence is about money)
    rf"(?P<bm>(?P<bm_neg>[{_DASH_RX}])?(?P<bm_num>{NUM})(?:{SP}?(?P<bm_w>(?i:thousand|million|billion|trillion))|"
    r"(?P<bm_sc>bn|mn|m|k|M|K))(?![A-Za-z0-9]))",
    # 9-30%, 4 to 7 per cent
    rf"(?P<pr>(?P<pr_neg1>[{_DASH_RX}])?(?P<pr_a>{NUM}){SP}?(?:[-–]|to){SP}?(?P<pr_neg2>[{_DASH_RX}])?"
    rf"(?P<pr_b>{NUM}){SP}?{_PER_CENT})",
    # 4.2%, -27%, 100 per cent
    rf"(?P<pct>(?P<p_sign>[{_DASH_RX}+])?(?P<p_num>{NUM}){SP}?{_PER_CENT})",
    # 12 months, 6+ months, 10 years, 12-18 months
    rf"(?P<dur>(?P<d_num>{NUM})(?:{SP}?(?:-|–|to){SP}?(?P<d_num2>{NUM}|{WORDNUM}))?"
    rf"(?:{SP}?\+)?(?:{SP}|[-–])?(?P<d_u>{_DUR_UNIT}))",
    # 24/7, 3/4: codes and fractions, never figures
    r"(?P<slash>[0-9]+(?:[/\\][0-9]+)+)",
    # 2016, 1993
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9]|,[0-9]{3}|\.[0-9]|[A-Za-z%])",
    # 8,786  10  -21
    rf"(?P<bare>(?P<b_sign>[{_DASH_RX}])?(?P<b_num>{NUM}))(?![0-9A-Za-z%])",
]
# Alternatives that start a word.
_WORD_ALTS = [
    # November 5, 2025
    rf"(?P<mdy>(?P<mdy_m>{_MON})\.?{SP}+(?P<mdy_d>[0-9]{{1,2}})(?:st|nd|rd|th)?,{SP}+"
    rf"(?P<mdy_y>(?:19|20)[0-9]{{2}}))(?![0-9])",
    # January 2026, JULY 2024, Apr 26, Mar-26
    rf"(?P<my>(?P<my_m>{_MON})\.?(?:{SP}+|-|{SP}?['’]{SP}?)"
    rf"(?P<my_y>(?:19|20)[0-9]{{2}}|[0-9]{{2}}))(?![0-9/]|[.,][0-9]|{SP}?%)",
    # Autumn 24 (a season and a two-digit year)
    r"(?P<season>(?:Spring|Summer|Autumn|Winter|SPRING|SUMMER|AUTUMN|WINTER)[ ]+['’]?(?P<se_y>[0-9]{2}))"
    r"(?![0-9/]|[.,][0-9])",
    # five per cent
    rf"(?P<pctw>(?P<pw_num>{WORDNUM}){SP}?{_PER_CENT})",
    # three-year, twelve months
    rf"(?P<durw>(?P<dw_num>{WORDNUM})(?:{SP}?(?:-|–|to){SP}?(?P<dw_num2>{NUM}|{WORDNUM}))?"
    rf"(?:{SP}?\+)?(?:{SP}|[-–])(?P<dw_u>{_DUR_UNIT}))",
    # seven, two, twenty-five
    rf"(?P<word>{WORDNUM}\b)",
]
# One scan: a position is tried against the digit branch only when it holds a digit, "£" or a
# sign, and against the word branch only at the start of a word (both fail fast elsewhere).
_SCAN = re.compile(
    rf"(?=[0-9£{_DASH_RX}+])(?:{'|'.join(_NUM_ALTS)})|(?<![A-Za-z0-9])(?=[A-Za-z])(?:{'|'.join(_WORD_ALTS)})"
)
_YEAR_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<year>")))
_DUR_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<dur>")))
_BARE_RE = re.compile(next(a for a in _NUM_ALTS if a.startswith("(?P<bare>")))
_FY_PREFIX = re.compile(r"(?:FY|Q[1-4])[ ]?$")

# ---------------------------------------------------------------------------------------------
# Masking: numbers that are not figures
# ---------------------------------------------------------------------------------------------

_REF_WORDS = (
    r"pages?|pp?\.?|paras?\.?|paragraphs?|sections?|appendix|appendices|annex(?:es)?|items?|"
    r"agenda{SP}+items?|minutes?|tables?|figures?|fig\.?|charts?|graphs?|diagrams?|options?|"
    r"phases?|stages?|strands?|recommendations?|regulations?|rules?|clauses?|articles?|parts?|"
    r"chapters?|steps?|tiers?|levels?|priority|priorities|questions?|period|quarters?|waves?|"
    r"rounds?|wards?|junctions?|routes?|rooms?|no\.?|version|themes?|objectives?|outcomes?|"
    r"principles?|lots?|pillars?|workstreams?|schedules?|exhibits?|footnotes?|notes?|grades?|"
    r"bands?|units?|blocks?|plots?|sites?|zones?|scenarios?|key{SP}+stages?|weeks?|days?|"
    r"actions?|indicators?|standards?|criteri(?:on|a)|s\."
).replace("{SP}", SP)
_REF_NUM = r"[0-9]+[A-Za-z]?(?:\.[0-9]+)*(?:/[0-9]+)?"
_MASKS = [
    re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),  # e-mail
    re.compile(r"(?:https?://|www\.)[^\s<>\"]+"),  # URL
    # telephone: 0116 305 2583, 01530 454545, +44 (0)116 305 2583
    re.compile(
        r"(?<![0-9,.])(?:\+44[ ]?(?:\(0\)[ ]?)?[0-9]{2,4}|\(?0[0-9]{2,4}\)?)[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}(?![0-9])"
    ),
    re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}\b"),  # postcode
    # paragraph, list and heading numbers at the start of a line
    re.compile(
        r"^[ \t]*(?:[-•*▪●◦–#>]+[ \t]*)?(?:"
        r"\(?[0-9]{1,3}\)(?=\s+[A-Za-z(])"  # (1) / 1)
        r"|[0-9]{1,3}(?:\.[0-9]{1,3})*\.(?=\s)"  # 83.  3.1.
        r"|[0-9]{1,3}(?:\.[0-9]{1,3})+(?=[ \t]+[A-Z])"  # 3.1 Heading
        r"|[0-9]{1,2}:(?=\s))",  # 1: Do nothing
        re.MULTILINE,
    ),
    # "12 The city council has no overall control": a paragraph number without a full stop
    re.compile(
        rf"^[ \t]*(?:[-•*▪●◦–#>]+[ \t]*)?[0-9]{{1,3}}(?=[ \t]+[A-Z‘'\"“](?!(?:{_MON})\b))",
        re.MULTILINE,
    ),
    # the same at the start of a table cell or after a tag ("<p>2. Existing strategy")
    re.compile(r"(?:(?<=\t)|(?<=>))[ ]*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.(?=\s)|[0-9]{1,2}:(?=\s))"),
    # page numbers on a line of their own
    re.compile(r"^[ \t]*[0-9]{1,3}[ \t]*$", re.MULTILINE),
    # enumerations in running text: "two things: 1) identify them ... and 2) engage"
    re.compile(r"(?<=[\s:;,])[0-9]{1,2}\)(?=[ ]+[A-Za-z])"),
    # references: paragraph 86, (Pages 9 - 62), Recommendation 1, Section 38, Appendix 2
    re.compile(
        rf"(?i:\b(?:{_REF_WORDS})){SP}*(?:(?i:no)\.?{SP}*)?{_REF_NUM}"
        rf"(?:{SP}*(?:-|–|to|and|&|,|of){SP}*{_REF_NUM})*(?![0-9%]|{SP}+(?:{_MON})\b|{SP}*(?i:per{SP}?cent))"
    ),
    re.compile(r"\b(?i:year)[ ]+[0-9]{1,2}(?![0-9]|[/–-][0-9])"),  # "Year 6" (school), "year 4" (of a plan)
    re.compile(r"(?<![0-9])[0-9]{1,2}:[0-9]{1,2}(?![0-9])"),  # ratios 2:1, times 10:30
    re.compile(r"(?<![0-9])[0-9]{1,2}(?:[.:][0-9]{2})?[ ]?(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"),
    re.compile(r"\.{3,}[ ]*[0-9]+"),  # table-of-contents leaders
]
_DIGIT = re.compile(r"[0-9]")


def _mask(text: str) -> str:
    """Copy of ``text`` with the digits of non-figures replaced by ``#`` (same length)."""
    work = text
    for rx in _MASKS:
        work = rx.sub(lambda m: _DIGIT.sub("#", m.group(0)), work)
    return work


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    value: float | str
    unit: str
    kind: str
    scale: float = 1.0
    period: str | None = None
    label: str | None = None
    table_row: str | None = None
    table_col: str | None = None
    flags: list[str] = field(default_factory=list)
    sentence: Span | None = None
    pair: int | None = None  # id shared by the two ends of a range
    in_table_cell: bool = False  # a numeric table cell: labelled from the table
    row_period: str | None = None  # period of the table row a prose cell sits in


_pair_ids = iter(range(1, 1 << 62))


def _fy_str(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def _parse_num(s: str) -> float | None:
    raw = s.replace(",", "")
    intpart = raw.split(".")[0]
    if len(intpart) > _MAX_DIGITS:
        return None
    if len(intpart) > 1 and intpart[0] == "0":
        return None  # 0116, 000: codes and unit markers
    try:
        v = float(raw)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _word_value(s: str) -> int | None:
    w = s.lower().replace("-", " ").split()
    if not w:
        return None
    if len(w) == 1:
        return _WORD_UNITS.get(w[0], _WORD_TENS.get(w[0]))
    tens, ones = _WORD_TENS.get(w[0]), _WORD_UNITS.get(w[1])
    if tens is None or ones is None or ones > 9:
        return None
    return tens + ones


def _num_or_word(s: str) -> float | None:
    if s and s[0].isdigit():
        return _parse_num(s)
    v = _word_value(s)
    return float(v) if v is not None else None


def _valid_date(y: int, m: int, d: int | None = None) -> bool:
    if not 1 <= m <= 12 or not 1800 <= y <= 2200:
        return False
    if d is None:
        return True
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
             31, 31, 30, 31, 30, 31]  # fmt: skip
    return 1 <= d <= mdays[m - 1]


def _year2(s: str) -> int:
    v = int(s)
    return v if len(s) == 4 else 2000 + v


def _is_alnum(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Scanner:
    """Scans one stretch of text (a sentence, a table cell) for figures."""

    def __init__(self, text: str, work: str) -> None:
        self.text = text
        self.work = work

    # -- boundaries -----------------------------------------------------------------------

    def _sign(self, s: int, sign: str | None, seg_start: int) -> tuple[int, bool, bool]:
        """Resolve a leading dash at ``s``: returns (core start, negative, reject)."""
        w = self.work
        if not sign:
            return s, False, False
        core = s + len(sign)
        before = w[s - 1] if s > seg_start else ""
        if before and _is_alnum(before):
            # a hyphen: "COVID-19" (reject bare numbers), "1-2" (a range: keep unsigned)
            return core, False, before.isalpha()
        if sign.endswith((" ", "\u00a0")):
            return core, False, False  # a spaced dash is a bullet or a dash: "- £23m", "X - 5"
        return core, True, False

    def _left_ok(self, i: int, seg_start: int) -> bool:
        """May a number start at ``i``? Not inside a word, code or dotted/slashed number."""
        if i <= seg_start:
            return True
        w = self.work
        prev = w[i - 1]
        if _is_alnum(prev):
            # allow the circa abbreviation: c30%, c.£30m is handled by the "." branch
            j = i - 1
            while j > seg_start and w[j - 1].isalpha():
                j -= 1
            return w[j:i].lower() in ("c", "ca") and (j == seg_start or not _is_alnum(w[j - 1]))
        if prev in "./,\\:" and i - 2 >= seg_start and w[i - 2].isdigit():
            return False
        return not (prev == "#" or (prev in "-–" and i - 2 >= seg_start and w[i - 2] == "#"))

    # -- the scan --------------------------------------------------------------------------

    def scan(self, start: int, end: int, money_ctx: bool) -> list[_Cand]:
        out: list[_Cand] = []
        pos = start
        w = self.work
        self._end = end
        while pos < end:
            m = _SCAN.search(w, pos, end)
            if m is None:
                break
            res = self._handle(m, start, money_ctx)
            if res is None:
                nxt = m.end()
            else:
                cands, nxt = res
                out.extend(cands)
            pos = max(nxt, m.start() + 1)
        return out

    def _fallback(self, pos: int, seg: int, skip_dur: bool = False) -> tuple[list[_Cand], int]:
        """Read a duration, a plain year or a number at ``pos`` (a richer pattern was refused)."""
        steps = [(_DUR_RE, self._h_dur)] if not skip_dur else []
        steps += [(_YEAR_RE, self._h_year), (_BARE_RE, self._h_bare)]
        for rx, handler in steps:
            m = rx.match(self.work, pos, self._end)
            if m is not None:
                res = handler(m, seg, False)
                if res is not None:
                    return res
        return [], pos + 1

    def _handle(self, m: re.Match[str], seg: int, money_ctx: bool) -> tuple[list[_Cand], int] | None:
        kind = m.lastgroup
        handler = getattr(self, f"_h_{kind}", None)
        if handler is None:
            return None
        return handler(m, seg, money_ctx)

    # dates ------------------------------------------------------------------------------

    def _h_dmy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("dmy")
        if not self._left_ok(s, seg):
            return [], m.end("dmy_d1")
        y, mon = int(m["dmy_y"]), _MONTHS[m["dmy_m"].lower()]
        d1 = int(m["dmy_d1"])
        if not _valid_date(y, mon, d1):
            return [], m.end("dmy_d1")
        c1 = _Cand(s, e, f"{y:04d}-{mon:02d}-{d1:02d}", "date", "date")
        if m["dmy_d2"] is None:
            return [c1], e
        d2 = int(m["dmy_d2"])
        if not _valid_date(y, mon, d2):
            return [c1], e
        c2 = _Cand(s, e, f"{y:04d}-{mon:02d}-{d2:02d}", "date", "date")
        c1.pair = c2.pair = next(_pair_ids)
        return [c1, c2], e

    def _h_dmn(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        return [], m.end()

    def _h_mdy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("mdy")
        y, mon, d = int(m["mdy_y"]), _MONTHS[m["mdy_m"].lower()], int(m["mdy_d"])
        if not _valid_date(y, mon, d):
            return [], m.end("mdy_m")
        return [_Cand(s, e, f"{y:04d}-{mon:02d}-{d:02d}", "date", "date")], e

    def _h_my(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("my")
        y = _year2(m["my_y"])
        mon = _MONTHS[m["my_m"].lower()]
        if not _valid_date(y, mon):
            return [], m.end("my_m")
        return [_Cand(s, e, f"{y:04d}-{mon:02d}", "date", "date")], e

    def _h_nd(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("nd")
        if not self._left_ok(s, seg):
            return [], e
        d, mon, y = int(m["nd_d"]), int(m["nd_m"]), _year2(m["nd_y"])
        if not _valid_date(y, mon, d):
            return [], e
        return [_Cand(s, e, f"{y:04d}-{mon:02d}-{d:02d}", "date", "date")], e

    def _h_iso(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("iso")
        if not self._left_ok(s, seg):
            return [], e
        y, mon, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
        if not _valid_date(y, mon, d):
            return [], e
        return [_Cand(s, e, f"{y:04d}-{mon:02d}-{d:02d}", "date", "date")], e

    # financial years ----------------------------------------------------------------------

    def _prefixed(self, s: int, seg: int) -> bool:
        """Is the number at ``s`` written after "FY" or "Q4" ("FY 28/29", "FY2025/26")?"""
        return bool(_FY_PREFIX.search(self.work, max(seg, s - 3), s))

    def _h_fy(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("fy_a")
        e = m.end("fy_b")
        if not (self._left_ok(s, seg) or self._prefixed(s, seg)):
            return [], e
        a_raw, b_raw, sep = m["fy_a"], m["fy_b"], m["fy_sep"]
        flags: list[str] = []
        if len(a_raw) == 5:
            # "20230/31": a stray digit; the two outer pairs give the year
            cand = int(a_raw[:2] + a_raw[3:])
            if (cand + 1) % 100 != int(b_raw[-2:]):
                return [], e
            a = cand
            flags.append("typo_year")
        else:
            a = int(a_raw)
        if len(b_raw) == 2:
            b2 = int(b_raw)
            if (a + 1) % 100 == b2:
                return [_Cand(s, e, float(a), "financial_year", "period", period=_fy_str(a), flags=flags)], e
            b = (a // 100) * 100 + b2
        else:
            b = int(b_raw)
            if b == a + 1:
                return [_Cand(s, e, float(a), "financial_year", "period", period=_fy_str(a), flags=flags)], e
        if sep == "/" or b <= a or b - a > 50:
            # not a span of years: keep the first year alone
            ea = m.end("fy_a")
            if len(a_raw) == 5:
                return [], e
            return [_Cand(s, ea, float(a), "year", "period")], ea
        c1 = _Cand(s, e, float(a), "year", "period")
        c2 = _Cand(s, e, float(b), "year", "period")
        c1.pair = c2.pair = next(_pair_ids)
        return [c1, c2], e

    def _h_fys(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.start("fys_a"), m.end("fys_b")
        prefixed = self._prefixed(s, seg)
        if not (prefixed or self._left_ok(s, seg)):
            return [], e
        a, b = int(m["fys_a"]), int(m["fys_b"])
        if (a + 1) % 100 != b or (m["fys_sep"] != "/" and not prefixed):
            if m["fys_sep"] == "/":
                return [], e  # 12/25: a code or a fraction
            return self._fallback(s, seg)  # "10-11": two counts
        year = 2000 + a if a < 70 else 1900 + a
        return [_Cand(s, e, float(year), "financial_year", "period", period=_fy_str(year))], e

    # money --------------------------------------------------------------------------------

    def _h_money(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("money")
        core, neg, _ = self._sign(s, m["m_neg"], seg)
        if core > s and not neg:
            s = core  # a hyphen, not a minus: keep it out of the surface
        v1 = _parse_num(m["m_num"])
        if v1 is None:
            return [], m.end("m_num")
        sc1 = m["m_sc"]
        e1 = m.end("m_sc") if sc1 else m.end("m_num")
        if m["m_num2"] is None:
            return self._money_cands([(s, e1, v1, sc1, neg)]), e1
        v2 = _parse_num(m["m_num2"])
        sc2 = m["m_sc2"]
        own_cur = m["m_cur2"] is not None
        if (
            v2 is None
            or (not own_cur and sc1 and not sc2)
            or (not own_cur and not sc1 and not sc2 and m["m_rsep"].strip() == "to")
        ):
            # "£5m – 10 schools": not a range; rescan after the first amount
            return self._money_cands([(s, e1, v1, sc1, neg)]), e1
        s2 = m.start("m_cur2") if own_cur else m.start("m_num2")
        e2 = m.end("m_sc2") if sc2 else m.end("m_num2")
        # "£1-5k", "£2.5 – £3.5 million": the first end takes the second's scale
        eff1 = sc1 or sc2
        if sc1 is None and sc2 and v1 > v2 * 1.0001 and not own_cur:
            eff1 = None
        cands = self._money_cands([(s, e1, v1, eff1, neg), (s2, e2, v2, sc2, False)])
        if len(cands) == 2:
            cands[0].pair = cands[1].pair = next(_pair_ids)
        return cands, e2

    def _money_cands(self, parts: Sequence[tuple[int, int, float, str | None, bool]]) -> list[_Cand]:
        out = []
        for s, e, v, sc, neg in parts:
            scale = _SCALES[sc.lower()] if sc else 1.0
            value = v * scale * (-1.0 if neg else 1.0)
            c = _money(s, e, value, scale)
            if c is not None:
                out.append(c)
        return out

    def _h_bm(self, m: re.Match[str], seg: int, money_ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("bm")
        core, neg, reject = self._sign(s, m["bm_neg"], seg)
        e = m.end("bm")
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg:
            s = core
        v = _parse_num(m["bm_num"])
        if v is None:
            return [], e
        word = m["bm_w"]
        sc = (word or m["bm_sc"]).lower()
        scale = _SCALES[sc]
        value = v * scale * (-1.0 if neg else 1.0)
        if money_ctx:
            c = _money(s, e, value, scale)
            return ([c] if c else []), e
        if word:
            if abs(value) > MAX_ABS_VALUE:
                return [], e
            return [_Cand(s, e, value, "count", "count", scale=scale)], e
        return [], e  # "6m" (months?), "100m" (metres?): not sure, so no figure

    # percentages --------------------------------------------------------------------------

    def _h_pr(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("pr")
        core, neg1, reject = self._sign(s, m["pr_neg1"], seg)
        e = m.end("pr")
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg1:
            s = core
        a, b = _parse_num(m["pr_a"]), _parse_num(m["pr_b"])
        if a is None or b is None:
            return [], e
        va = -a if neg1 else a
        vb = -b if m["pr_neg2"] else b
        c1 = _Cand(s, e, va, "percent", "percent")
        c2 = _Cand(s, e, vb, "percent", "percent")
        c1.pair = c2.pair = next(_pair_ids)
        return [c1, c2], e

    def _h_pct(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("pct")
        sign = m["p_sign"]
        e = m.end("pct")
        neg = False
        if sign == "+":
            s += 1
        elif sign:
            core, neg, reject = self._sign(s, sign, seg)
            if reject:
                return [], e
            if core > s and not neg:
                s = core
        if not self._left_ok(m.start("p_num"), seg):
            return [], e
        v = _parse_num(m["p_num"])
        if v is None or abs(v) > MAX_ABS_VALUE:
            return [], e
        return [_Cand(s, e, -v if neg else v, "percent", "percent")], e

    def _h_pctw(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("pctw")
        v = _word_value(m["pw_num"])
        if v is None:
            return [], e
        return [_Cand(s, e, float(v), "percent", "percent")], e

    # durations ----------------------------------------------------------------------------

    def _h_dur(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        return self._duration(m, seg, "dur", "d_num", "d_num2", "d_u")

    def _h_durw(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        return self._duration(m, seg, "durw", "dw_num", "dw_num2", "dw_u")

    def _duration(
        self, m: re.Match[str], seg: int, g: str, g_num: str, g_num2: str, g_unit: str
    ) -> tuple[list[_Cand], int] | None:
        s, e = m.span(g)
        if not self._left_ok(s, seg):
            return [], e
        raw = m[g_num]
        if raw[0].isdigit() and re.fullmatch(r"(?:19|20)[0-9]{2}", raw):
            return self._fallback(s, seg, skip_dur=True)  # "the 2025 year": a year
        if raw.lower() == "one" and self._one_blocked(s):
            return [], e
        letter = _DUR_UNITS[m[g_unit].lower()]
        values = [_num_or_word(raw)]
        if m[g_num2] is not None:
            values.append(_num_or_word(m[g_num2]))
        cands = []
        for v in values:
            if v is None or v > 1000:
                return [], e
            num = f"{v:g}" if v != int(v) else str(int(v))
            if letter == "H":
                iso = f"PT{num}H"
            elif letter == "TM":
                iso = f"PT{num}M"
            else:
                iso = f"P{num}{letter}"
            cands.append(_Cand(s, e, iso, "duration", "period"))
        if len(cands) == 2:
            cands[0].pair = cands[1].pair = next(_pair_ids)
        return cands, e

    def _h_slash(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        return [], m.end()

    # years and counts ---------------------------------------------------------------------

    def _h_year(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("year")
        if not self._left_ok(s, seg) or (s > seg and self.work[s - 1] in "£$€"):
            return [], e
        if s > seg and self.work[s - 1] in _DASH and s - 2 >= seg and self.work[s - 2].isalpha():
            return [], e
        return [_Cand(s, e, float(int(m["year"])), "year", "period")], e

    def _h_season(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("se_y")
        return [_Cand(s, e, float(2000 + int(m["se_y"])), "year", "period")], e

    def _one_blocked(self, s: int) -> bool:
        w = self.text
        before = re.findall(r"[A-Za-z']+", w[max(0, s - 20) : s])
        return bool(before and before[-1].lower() in _ONE_PREV_STOP)

    def _h_word(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s, e = m.span("word")
        v = _word_value(m["word"])
        if v is None:
            return [], e
        after = self.text[e : e + 30]
        nxt = re.match(r"[ \u00a0]*-?([A-Za-z']*)", after)
        next_word = nxt.group(1).lower() if nxt else ""
        if next_word in _FRACTION_WORDS:
            return [], e  # "two thirds"
        if after[:1] == "-" and next_word in ("off", "to", "way", "fold", "and"):
            return [], e  # "one-off", "one-to-one"
        if v == 1 and (next_word in _ONE_NEXT_STOP or self._one_blocked(s)):
            return [], e  # "one of", "no one"
        return [_Cand(s, e, float(v), "count", "count")], e

    def _h_bare(self, m: re.Match[str], seg: int, _ctx: bool) -> tuple[list[_Cand], int] | None:
        s = m.start("bare")
        e = m.end("bare")
        core, neg, reject = self._sign(s, m["b_sign"], seg)
        if reject or not self._left_ok(core, seg):
            return [], e
        if core > s and not neg:
            return self._fallback(core, seg)  # "12-18 months": the dash was a hyphen
        v = _parse_num(m["b_num"])
        if v is None or abs(v) > MAX_ABS_VALUE:
            return [], e
        return [_Cand(s, e, -v if neg else v, "count", "count")], e


def _money(s: int, e: int, value: float, scale: float) -> _Cand | None:
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        return None
    value = round(value, 6)  # 64.4 * 1e6 -> 64400000.0, not 64400000.00000001
    c = _Cand(s, e, value, "GBP", "money", scale=scale)
    if abs(value) > IMPLAUSIBLE_GBP:
        c.flags.append("implausible_value")
    return c


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_CELL_NUM = re.compile(
    rf"(?P<s1>[{_DASH_RX}+])?{SP}?(?P<open>\()?{SP}?(?P<s2>[{_DASH_RX}+])?{SP}?(?P<cur>£)?{SP}?"
    rf"(?P<num>{NUM}){SP}?(?P<sc>(?i:thousand|million|billion|bn|mn|m|k))?{SP}?(?P<pct>%)?{SP}?"
    r"(?P<close>\))?"
)
_FOOTNOTE = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
_SHORT_CELL = 40
# a short cell led by a number: "-1900 [-6280]", "52 (volume increase)", "734 CYP", "£624 per year"
# ...but not a heading led by a year: "26/27 Charge", "2025/26 Budget", "2040 target"
_PERIOD_LEAD = re.compile(
    r"(?:FY\s?)?(?:(?:19|20)[0-9]{2}(?:\s?[/–-]\s?[0-9]{2,4})?|[0-9]{2}/[0-9]{2})(?![0-9,.%])\s*[A-Za-z(]"
)
_NUMTEXT = re.compile(rf"(?:[{_DASH_RX}+~(\[]|c\.?|<)?{SP}?£?{SP}?(?:[1-9]|0(?![0-9]))")
_BLANK_CELL = re.compile(r"(?i:[-–—]+|n/?a|tbc|tbd|nil|none|x|\?|—)")
_PERIOD_CELL = re.compile(
    r"(?:(?:FY|Q[1-4])\s?)?(?:(?:19|20)[0-9]{2}(?:\s?[/–-]\s?(?:(?:19|20)?[0-9]{2}))?|[0-9]{2}/[0-9]{2})"
    r"(?:\s?Q[1-4])?"
)
_U_THOUSAND = re.compile(
    r"£\s?['’]?000['’]?s?|['’]000s?\b|£\s?thousands?|£\s?['’]?k\b|\(\s?£k\s?\)|£\s?000s?", re.IGNORECASE
)
_U_MILLION = re.compile(r"£\s?m\b|£\s?millions?\b|£\s?mn\b|\(\s?£m\s?\)", re.IGNORECASE)
_U_BILLION = re.compile(r"£\s?bn\b|£\s?billions?\b", re.IGNORECASE)
_U_POUND = re.compile(r"\(\s?£\s?\)|£(?!\s?[0-9#'’a-zA-Z])")
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
class _Unit:
    unit: str  # GBP | percent | count | duration_Y | duration_M
    scale: float = 1.0


def _unit_marker(s: str, *, allow_percent: bool = True) -> _Unit | None:
    if _U_THOUSAND.search(s):
        return _Unit("GBP", 1e3)
    if _U_MILLION.search(s):
        return _Unit("GBP", 1e6)
    if _U_BILLION.search(s):
        return _Unit("GBP", 1e9)
    if allow_percent and _U_PERCENT.search(s):
        return _Unit("percent")
    if _U_POUND.search(s):
        return _Unit("GBP", 1.0)
    if _U_YEARS.search(s):
        return _Unit("duration_Y")
    if _U_MONTHS.search(s):
        return _Unit("duration_M")
    return None


def _fys_in(s: str) -> list[str]:
    out = []
    for m in _FY_IN.finditer(s):
        if m["a"]:
            a, b = int(m["a"]), int(m["b"][-2:])
        else:
            a, b = int(m["c"]), int(m["d"])
            a = 2000 + a if a < 70 else 1900 + a
        if (a + 1) % 100 == b:
            out.append(_fy_str(a))
    return out


def _one_fy(s: str) -> str | None:
    fys = set(_fys_in(s))
    return fys.pop() if len(fys) == 1 else None


def _clean_label(s: str) -> str:
    s = _TAG.sub(" ", s)
    s = re.sub(r"\s+", " ", s).strip(" \t:;,*–-")
    return s


def _strip_units(s: str) -> str:
    s = _ANY_UNIT.sub(" ", s)
    s = re.sub(r"\(\s*\)", " ", s)
    return _clean_label(s)


@dataclass
class _Cell:
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


def _classify_cell(work: str, s: int, e: int) -> _Cell:
    a, b = _inner_bounds(work, s, e)
    if a >= b:
        return _Cell(s, e, "empty", (a, b))
    core_e = b
    while core_e > a and (work[core_e - 1] in _FOOTNOTE or work[core_e - 1].isspace()):
        core_e -= 1
    if core_e > a:
        m = _CELL_NUM.fullmatch(work, a, core_e)
        if (
            m
            and bool(m["open"]) == bool(m["close"])
            and not (m["s1"] and m["s2"])
            and _parse_num(m["num"]) is not None
        ):
            return _Cell(s, e, "value", (a, core_e), m)
    inner = work[a:b]
    if _BLANK_CELL.fullmatch(inner):
        return _Cell(s, e, "blank", (a, b))
    if _PERIOD_CELL.fullmatch(inner):
        return _Cell(s, e, "period", (a, b))
    if b - a <= _SHORT_CELL and _NUMTEXT.match(inner) and not _PERIOD_LEAD.match(inner):
        return _Cell(s, e, "numtext", (a, b))
    return _Cell(s, e, "text", (a, b))


def _split_cells(work: str, ls: int, le: int) -> list[_Cell]:
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


@dataclass
class _TableState:
    title_unit: _Unit | None = None
    title_fy: str | None = None
    is_toc: bool = False
    col_head: dict[int, str] = field(default_factory=dict)
    col_unit: dict[int, _Unit] = field(default_factory=dict)
    col_fy: dict[int, str] = field(default_factory=dict)
    seen_data: bool = False
    widths: set[int] = field(default_factory=set)  # widths of its header and data rows
    value_cols: set[int] = field(default_factory=set)  # columns that held numbers
    pending: list[tuple[int, str]] = field(default_factory=list)  # header cells placed from the right
    head_rows: int = 0  # header rows read since the last data row


_INDEX_HEADERS = {"#", "no", "no.", "ref", "ref.", "item", "para", "para.", "paragraph", "number"}
_TITLE_FY_CHARS = 160
_MAX_HEAD_ROWS = 4  # a column header is written on at most four rows...
_MAX_HEAD_CHARS = 80  # ...and is short; longer "headers" are rows of a text-only table  # a longer line above a table is prose, not its title
_CONTINUE_GAP = 8  # lines between two table blocks that may be one table


class _TableReader:
    def __init__(self, text: str, work: str, scanner: _Scanner) -> None:
        self.text = text
        self.work = work
        self.scanner = scanner

    def read(
        self, lines: list[Span], title: str, inherit: _TableState | None = None
    ) -> tuple[list[_Cand], _TableState]:
        """Figures of one table block. ``inherit``: the state of a table just above, taken
        over when this block starts straight with data rows of the same width (a table
        interrupted by full-width prose rows)."""
        text = self.text
        out: list[_Cand] = []
        nearest = title.split("\n", 1)[0]
        st = _TableState(
            title_unit=_unit_marker(title, allow_percent=False) if title else None,
            title_fy=_one_fy(nearest) if 0 < len(nearest) <= _TITLE_FY_CHARS else None,
            is_toc=bool(re.search(r"\bcontents\b", title, re.IGNORECASE)),
        )
        col_head, col_unit, col_fy = st.col_head, st.col_unit, st.col_fy
        for ls, le in lines:
            cells = _split_cells(self.work, ls, le)
            has_value = any(c.kind in ("value", "numtext") for c in cells)
            if inherit is not None and has_value:
                if (
                    inherit.head_rows <= _MAX_HEAD_ROWS
                    if not inherit.seen_data
                    else 2 <= len(cells) <= max(inherit.widths)
                ):
                    st = inherit
                    col_head, col_unit, col_fy = st.col_head, st.col_unit, st.col_fy
                inherit = None
            if not has_value:
                heads = [i for i, c in enumerate(cells) if c.kind in ("text", "period")]
                is_header = any(i >= 1 for i in heads)
                known = (
                    st if st.seen_data else (inherit if inherit is not None and inherit.seen_data else None)
                )
                if is_header and known is not None:
                    # after data rows, a header names the columns that held numbers, or gives
                    # a unit / year; a row of notes with those columns empty does not
                    is_header = any(
                        i in known.value_cols
                        or cells[i].kind == "period"
                        or _unit_marker(text[cells[i].inner[0] : cells[i].inner[1]])
                        for i in heads
                    )
                if is_header:
                    inherit = None
                    if st.seen_data:
                        col_head.clear()
                        col_unit.clear()
                        col_fy.clear()
                        st.value_cols.clear()
                        st.widths.clear()
                        st.pending.clear()
                        st.head_rows = 0
                        st.seen_data = False
                    st.widths.add(len(cells))
                    st.head_rows += 1
                    first_raw = text[cells[0].inner[0] : cells[0].inner[1]]
                    # a row led by a unit ("£000<TAB>%") lost its empty leading cells (PDF text):
                    # its cells belong to the right-hand columns, placed at the first data row
                    right = (
                        cells[0].kind == "text"
                        and bool(_unit_marker(first_raw))
                        and not _strip_units(first_raw)
                    )
                    for i, c in enumerate(cells):
                        if c.kind not in ("text", "period"):
                            continue
                        raw = text[c.inner[0] : c.inner[1]]
                        if right:
                            st.pending.append((len(cells) - i, raw))
                        else:
                            self._head_cell(st, i, raw)
                # figures written in header / text rows (FY headers, dates, prose cells)
                for c in cells:
                    if c.kind in ("text", "period"):
                        out.extend(self._prose_cell(c, row_period=None))
                continue
            if st.pending:
                for k, raw in st.pending:
                    self._head_cell(st, max(0, len(cells) - k), raw)
                st.pending.clear()
            st.seen_data = True
            st.widths.add(len(cells))
            st.value_cols.update(i for i, c in enumerate(cells) if c.kind in ("value", "numtext"))
            label_cell = next((c for c in cells if c.kind in ("text", "period")), None)
            row_label = _clean_label(text[label_cell.inner[0] : label_cell.inner[1]]) if label_cell else None
            row_unit = _unit_marker(row_label) if row_label else None
            row_fy = _one_fy(row_label) if row_label else None
            title_unit, title_fy, is_toc = st.title_unit, st.title_fy, st.is_toc
            for i, c in enumerate(cells):
                col = col_head.get(i)
                period = col_fy.get(i) or row_fy or title_fy
                if c.kind in ("text", "period", "numtext"):
                    if is_toc and c.kind == "numtext":
                        continue
                    unit = None
                    if c is not label_cell:
                        unit = row_unit or col_unit.get(i) or title_unit
                    cands = self._prose_cell(c, row_period=period, unit=unit)
                    if c.kind == "numtext":
                        for cand in cands:
                            if cand.kind in _LABEL_KINDS:
                                self._as_cell(cand, row_label, col, period, (ls, le))
                    out.extend(cands)
                    continue
                if c.kind != "value" or is_toc or (col or "").lower() in _INDEX_HEADERS:
                    continue  # a row number under "#" or "No." is not a figure
                unit = row_unit or col_unit.get(i) or title_unit
                got = self._value_cell(c, unit)
                if got is None:
                    continue
                self._as_cell(got, row_label, col, period, (ls, le))
                out.append(got)
        return out, st

    @staticmethod
    def _head_cell(st: _TableState, i: int, raw: str) -> None:
        """Record a header cell of column ``i``: its unit, financial year and words."""
        u = _unit_marker(raw)
        if u is not None:
            st.col_unit[i] = u
        fy = _one_fy(raw)
        if fy:
            st.col_fy[i] = fy
        words = _strip_units(raw)
        if words and len(words) <= _MAX_HEAD_CHARS and st.head_rows <= _MAX_HEAD_ROWS:
            st.col_head[i] = f"{st.col_head[i]} {words}" if i in st.col_head else words

    @staticmethod
    def _as_cell(cand: _Cand, row: str | None, col: str | None, period: str | None, line: Span) -> None:
        cand.table_row = row or None
        cand.table_col = col or None
        cand.label = " – ".join(x for x in (row, col) if x) or None
        cand.period = period
        cand.sentence = line
        cand.in_table_cell = True

    def _value_cell(self, c: _Cell, unit: _Unit | None) -> _Cand | None:
        m = c.match
        assert m is not None
        s, e = c.inner
        v = _parse_num(m["num"])
        if v is None:
            return None
        neg = bool(m["open"]) or any(x and x in _DASH for x in (m["s1"], m["s2"]))
        sc = m["sc"]
        if m["cur"] or sc:
            scale = _SCALES[sc.lower()] if sc else 1.0
            if m["pct"]:
                return None
            return _money(s, e, (-v if neg else v) * scale, scale)
        if m["pct"]:
            return _Cand(s, e, -v if neg else v, "percent", "percent")
        if unit is not None:
            if unit.unit == "GBP":
                return _money(s, e, (-v if neg else v) * unit.scale, unit.scale)
            if unit.unit == "percent":
                return _Cand(s, e, -v if neg else v, "percent", "percent")
            if unit.unit.startswith("duration"):
                num = f"{v:g}"
                return _Cand(s, e, f"P{num}{unit.unit[-1]}", "duration", "period")
        raw = self.work[m.start("num") : m.end("num")]
        if not neg and re.fullmatch(r"(?:19|20)[0-9]{2}", raw):
            return _Cand(s, e, v, "year", "period")
        return _Cand(s, e, -v if neg else v, "count", "count")

    def _prose_cell(self, c: _Cell, row_period: str | None, unit: _Unit | None = None) -> list[_Cand]:
        s, e = c.inner
        out: list[_Cand] = []
        short = e - s <= _SHORT_CELL
        for ss, se in sentence_spans(self.text, s, e):
            ctx = bool(_MONEY_WORDS.search(self.text, ss, se))
            cands = self.scanner.scan(ss, se, ctx)
            for cand in cands:
                cand.sentence = (ss, se)
                cand.row_period = row_period
                if short and unit is not None and cand.kind == "count" and cand.scale == 1.0:
                    # "-1900 [-6280]" under "(£k)", "-120 (Surplus)" under "£000's"
                    v = float(cand.value)
                    if unit.unit == "GBP":
                        conv = _money(cand.start, cand.end, v * unit.scale, unit.scale)
                        if conv is not None:
                            conv.sentence, conv.row_period = cand.sentence, row_period
                            cand = conv
                    elif unit.unit == "percent":
                        cand.unit, cand.kind = "percent", "percent"
                out.append(cand)
        return out


# ---------------------------------------------------------------------------------------------
# Document pass
# ---------------------------------------------------------------------------------------------


def _line_spans(text: str) -> list[Span]:
    spans = []
    s = 0
    n = len(text)
    while s <= n:
        e = text.find("\n", s)
        if e < 0:
            e = n
        spans.append((s, e))
        s = e + 1
    return spans


def _raw_candidates(text: str) -> list[_Cand]:
    work = _mask(text)
    scanner = _Scanner(text, work)
    tables = _TableReader(text, work, scanner)
    lines = _line_spans(text)
    out: list[_Cand] = []
    i = 0
    n = len(lines)
    prev: tuple[int, _TableState] | None = None  # (line after the last table, its state)
    while i < n:
        ls, le = lines[i]
        if "\t" in text[ls:le]:
            j = i
            while j < n and "\t" in text[lines[j][0] : lines[j][1]]:
                j += 1
            title = _table_title(text, lines, i)
            inherit = None
            if prev is not None and i - prev[0] <= _CONTINUE_GAP:
                between = [text[a:b] for a, b in lines[prev[0] : i]]
                if not any(_starts_table(line) for line in between):
                    inherit = prev[1]
            cands, state = tables.read(lines[i:j], title, inherit)
            out.extend(cands)
            prev = (j, state)
            i = j
            continue
        for ss, se in sentence_spans(text, ls, le):
            ctx = bool(_MONEY_WORDS.search(text, ss, se))
            for c in scanner.scan(ss, se, ctx):
                c.sentence = (ss, se)
                out.append(c)
        i += 1
    return out


def _starts_table(line: str) -> bool:
    """A line that opens a new table (so the one above does not continue): a unit line
    ("£000", "Actual Balance 31/03/26 £000") or a title in capitals."""
    if _unit_marker(line, allow_percent=False):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def _table_title(text: str, lines: list[Span], i: int) -> str:
    """Up to two non-blank prose lines just above a table (within four lines)."""
    got: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 4 and len(got) < 2:
        ls, le = lines[k]
        line = text[ls:le]
        if "\t" in line:
            break
        if line.strip():
            got.append(line.strip()[:300])
        k -= 1
    return "\n".join(got)


# ---------------------------------------------------------------------------------------------
# Periods for prose figures
# ---------------------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[;,()\[\]]|\s[–—-]\s")


def _assign_periods(text: str, cands: list[_Cand]) -> None:
    """The period of a prose figure: the financial year named in the same clause (nearest
    first), else the only financial year in its sentence, else its table row's."""
    by_sent: dict[Span, list[_Cand]] = {}
    for c in cands:
        if c.sentence is not None and not c.in_table_cell:
            by_sent.setdefault(c.sentence, []).append(c)
    for (ss, se), group in by_sent.items():
        fys = [c for c in group if c.unit == "financial_year"]
        only = fys[0].period if fys and len({f.period for f in fys}) == 1 else None
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, ss, se)] if fys else []
        clause_fys: dict[int, list[_Cand]] = {}
        for f in fys:
            clause_fys.setdefault(bisect.bisect_right(breaks, f.start), []).append(f)
        for c in group:
            if c.kind in ("period", "date") or c.period is not None:
                continue
            chosen = None
            same = clause_fys.get(bisect.bisect_right(breaks, c.start))
            if same:
                starts = [f.start for f in same]
                k = bisect.bisect_left(starts, c.start)
                near = [f for f in same[max(0, k - 1) : k + 1]]
                chosen = min(near, key=lambda f: _distance(c, f)).period
            c.period = chosen or only or c.row_period


def _between(a: _Cand, b: _Cand) -> tuple[int, int]:
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def _distance(a: _Cand, b: _Cand) -> int:
    s, e = _between(a, b)
    return max(0, e - s)


# ---------------------------------------------------------------------------------------------
# Labels (spaCy)
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Any:
    """The spaCy pipeline for labels, loaded once per process: tok2vec, tagger and parser."""
    import spacy

    if name is None:
        from councilsearch.config import load_settings

        name = load_settings().spacy_model
    return spacy.load(name, exclude=["ner", "lemmatizer", "senter", "attribute_ruler"])


_LABEL_KINDS = ("money", "percent", "count")
_WINDOW_BEFORE = 120
_WINDOW_AFTER = 60
_CLUSTER_GAP = 200
_CLUSTER_MAX = 600  # a window never grows past this (plus its margins)
# Penn Treebank tags from the tagger (the attribute ruler that maps them to coarse POS is not
# loaded: it costs more than the tagger itself)
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_STOP_TAGS = {"CD", "PRP", "PRP$", "DT", "PDT", "WDT", "WP", "WP$"}
_BAD_HEADS = {"which", "that", "this", "these", "those", "it", "they", "what", "who", "there"}
_FIG_TEXT = re.compile(r"^[£$€%]$|^[0-9][0-9,./-]*$|^(?:m|bn|k|million|billion)$", re.IGNORECASE)


@dataclass
class _Window:
    start: int
    end: int
    cands: list[_Cand]
    parse_text: str = ""
    spans: list[Span] = field(default_factory=list)  # each cand's span in parse_text


_MONEY_PARTS = re.compile(rf"£?{SP}?({NUM}){SP}?(k|m|bn|mn|million|billion|thousand)?", re.IGNORECASE)
_SCALE_WORDS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}


def _plain_money(surface: str) -> str:
    """Money written out, "£15m" -> "£15 million": the small model tags "m" as a verb and
    parses the sentence around it badly; the written-out form is what it saw in training."""
    m = _MONEY_PARTS.search(surface)
    if m is None:
        return surface
    scale = (m.group(2) or "").lower()
    word = _SCALE_WORDS.get(scale, scale)
    return f"£{m.group(1)}" + (f" {word}" if word else "")


def _prepare(text: str, win: _Window) -> None:
    """The text the parser sees: the window, with money written out ("£15m" -> "£15 million")."""
    parts: list[str] = []
    pos = win.start
    out_len = 0
    spans: list[Span] = []
    for c in sorted(win.cands, key=lambda c: c.start):
        if c.start < pos:  # overlapping ends of one range share a surface
            spans.append(spans[-1] if spans else (0, 0))
            continue
        parts.append(text[pos : c.start])
        out_len += c.start - pos
        surface = text[c.start : c.end]
        if c.kind == "money":
            surface = _plain_money(surface)
        parts.append(surface)
        spans.append((out_len, out_len + len(surface)))
        out_len += len(surface)
        pos = c.end
    parts.append(text[pos : win.end])
    order = sorted(range(len(win.cands)), key=lambda k: win.cands[k].start)
    win.spans = [(0, 0)] * len(win.cands)
    for k, sp in zip(order, spans, strict=True):
        win.spans[k] = sp
    win.parse_text = "".join(parts)


def _windows(text: str, cands: list[_Cand]) -> list[_Window]:
    by_sent: dict[Span, list[_Cand]] = {}
    for c in cands:
        if c.kind in _LABEL_KINDS and not c.in_table_cell and c.sentence is not None:
            by_sent.setdefault(c.sentence, []).append(c)
    out: list[_Window] = []
    for (ss, se), group in by_sent.items():
        group.sort(key=lambda c: c.start)
        cluster = [group[0]]
        clusters = [cluster]
        for c in group[1:]:
            if c.start - cluster[-1].end > _CLUSTER_GAP or c.end - cluster[0].start > _CLUSTER_MAX:
                cluster = [c]
                clusters.append(cluster)
            else:
                cluster.append(c)
        for cl in clusters:
            ws = max(ss, cl[0].start - _WINDOW_BEFORE)
            we = min(se, max(c.end for c in cl) + _WINDOW_AFTER)
            if ws > ss:
                sp = text.find(" ", ws, cl[0].start)
                ws = sp + 1 if sp >= 0 else ws
            if we < se:
                sp = text.rfind(" ", max(c.end for c in cl), we)
                we = sp if sp >= 0 else we
            out.append(_Window(ws, we, cl))
    return out


def _label_windows(text: str, windows: list[_Window], docs: Iterable[Any]) -> None:
    for win, doc in zip(windows, docs, strict=True):
        groups: dict[int, list[Any]] = {}
        tok_owner: dict[int, int] = {}
        for k, (cs, ce) in enumerate(win.spans):
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            groups[k] = list(span)
            for t in span:
                tok_owner.setdefault(t.i, k)
        labels: dict[int, str | None] = {}
        pending: dict[int, int] = {}
        for k, toks in groups.items():
            lab, ref = _label_from_parse(toks, tok_owner, k)
            labels[k] = lab
            if lab is None and ref is not None:
                pending[k] = ref
        for k, ref in pending.items():
            seen = {k}
            while ref in pending and ref not in seen:
                seen.add(ref)
                ref = pending[ref]
            labels[k] = labels.get(ref)
        for k, lab in labels.items():
            if lab:
                win.cands[k].label = lab


def _head_of(toks: list[Any]) -> Any:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


def _is_nominal(t: Any) -> bool:
    return t.tag_ in _NOUN_TAGS and t.lower_ not in _BAD_HEADS


def _is_verb(t: Any) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _label_from_parse(toks: list[Any], owner: dict[int, int], me: int) -> tuple[str | None, int | None]:
    """(label, other figure whose label to share)."""
    ids = {t.i for t in toks}
    h = _head_of(toks)

    def other_fig(t: Any) -> int | None:
        k = owner.get(t.i)
        return k if k is not None and k != me else None

    # "£23m of planned savings", "4.2% of the revenue budget"
    for t in toks:
        for ch in t.children:
            if ch.i in ids or ch.dep_ != "prep" or ch.lower_ != "of":
                continue
            for p in ch.children:
                if p.dep_ == "pobj" and _is_nominal(p) and other_fig(p) is None:
                    return _chunk(p, owner), None
    head = h.head
    # "8,786 active EHCP's", "£16m savings", "23% increase"
    if h.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod") and head.i not in ids:
        if other_fig(head) is not None:
            return None, other_fig(head)
        if _is_nominal(head):
            return _chunk(head, owner), None
    # "a net underspending of £7.0m", "capital receipts of £6m"
    if h.dep_ == "pobj" and head.dep_ == "prep":
        noun = head.head
        if head.lower_ == "of" and noun.i not in ids:
            if other_fig(noun) is not None:
                return None, other_fig(noun)
            if _is_nominal(noun):
                return _chunk(noun, owner), None
        if head.lower_ in ("at", "to", "by", "around", "about") and _is_verb(noun):
            for dep in ("dobj", "nsubj", "nsubjpass"):
                for ch in noun.children:
                    if ch.dep_ == dep and _is_nominal(ch) and ch.i not in ids and other_fig(ch) is None:
                        return _chunk(ch, owner), None
    # "£0.9m" joined to "an underspend of £2.9m ... and"
    if h.dep_ in ("conj", "appos") and head.i not in ids:
        if other_fig(head) is not None:
            return None, other_fig(head)
        if _is_nominal(head):
            return _chunk(head, owner), None
    # "the gap is £60m"
    if h.dep_ in ("attr", "oprd") and _is_verb(head):
        for ch in head.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and _is_nominal(ch) and other_fig(ch) is None:
                return _chunk(ch, owner), None
    return None, None


_CHUNK_DEPS = {"compound", "amod", "nmod", "npadvmod", "advmod"}


def _chunk(noun: Any, owner: dict[int, int]) -> str | None:
    """The noun with the modifiers written right before it: "net underspending",
    "General Fund reserve", "active EHCP's"; numbers, years and determiners stay out."""
    doc = noun.doc
    keep = [noun]
    i = noun.i - 1
    while i >= 0 and noun.i - i <= 6:
        t = doc[i]
        hyphen = t.text == "-" and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        joined = i + 1 < len(doc) and doc[i + 1].text == "-" and not t.whitespace_
        if i in owner or _FIG_TEXT.match(t.text) or t.tag_ in _STOP_TAGS:
            break
        if not (hyphen or joined or t.dep_ in _CHUNK_DEPS):
            break
        keep.insert(0, t)
        i -= 1
    while keep and keep[0].text == "-":
        keep.pop(0)
    j = noun.i + 1
    if j < len(doc) and doc[j].dep_ == "case" and doc[j].head.i == noun.i:
        keep.append(doc[j])
    out = "".join(t.text_with_ws for t in keep[:-1]) + keep[-1].text
    return _clean_label(out) or None


# ---------------------------------------------------------------------------------------------
# Finishing
# ---------------------------------------------------------------------------------------------

_RANGE_GAP = re.compile(r"[ \u00a0]*(?:-|–|to)[ \u00a0]*")


def _link_ranges(text: str, cands: list[_Cand]) -> None:
    for a, b in itertools.pairwise(cands):
        if a.pair is not None or b.pair is not None or a.end > b.start:
            continue
        if a.unit != b.unit or a.unit not in ("GBP", "percent", "year", "financial_year"):
            continue
        if a.in_table_cell or b.in_table_cell:
            continue
        if _RANGE_GAP.fullmatch(text, a.end, b.start):
            a.pair = b.pair = next(_pair_ids)


def _finish(text: str, cands: list[_Cand]) -> list[Figure]:
    # drop exact duplicates (same span, unit and value)
    seen: set[tuple[int, int, str, str]] = set()
    uniq = []
    for c in sorted(cands, key=lambda c: (c.start, c.end, str(c.value))):
        key = (c.start, c.end, c.unit, str(c.value))
        if key in seen or c.start >= c.end:
            continue
        seen.add(key)
        uniq.append(c)
    _link_ranges(text, uniq)
    where: dict[int, list[int]] = {}
    for i, c in enumerate(uniq):
        if c.pair is not None:
            where.setdefault(c.pair, []).append(i)
    figs = []
    for i, c in enumerate(uniq):
        other = None
        if c.pair is not None:
            mates = [j for j in where[c.pair] if j != i]
            other = mates[0] if mates else None
        value: float | str = c.value if isinstance(c.value, str) else float(c.value)
        if isinstance(value, float) and value == 0.0:
            value = 0.0  # no negative zero
        figs.append(
            Figure(
                surface=text[c.start : c.end],
                span=(c.start, c.end),
                value=value,
                unit=c.unit,
                kind=c.kind,
                extractor=EXTRACTOR,
                scale=c.scale,
                period=c.period,
                label=c.label,
                table_row=c.table_row,
                table_col=c.table_col,
                range_with=other,
                flags=tuple(c.flags),
                sentence_span=c.sentence,
            )
        )
    return figs


# ---------------------------------------------------------------------------------------------
# Public entry points
# ---------------------------------------------------------------------------------------------


def extract_figures(text: str, *, nlp: Any = None, labels: bool = True) -> list[Figure]:
    """Figures in one canonical document text, sorted by span.

    ``nlp``: a spaCy pipeline for labels (default: :func:`load_nlp`). ``labels=False`` skips
    the parse (figures, units, values and periods are unchanged; prose figures get no label).
    """
    return extract_figures_batch([text], nlp=nlp, labels=labels)[0]


def extract_figures_batch(
    texts: Sequence[str], *, nlp: Any = None, labels: bool = True
) -> list[list[Figure]]:
    """Figures for several texts; one ``nlp.pipe`` run covers all of them."""
    all_cands = []
    for text in texts:
        cands = _raw_candidates(text)
        _assign_periods(text, cands)
        all_cands.append(cands)
    if labels:
        wins: list[tuple[int, _Window]] = []
        for d, (text, cands) in enumerate(zip(texts, all_cands, strict=True)):
            wins.extend((d, w) for w in _windows(text, cands))
        model = nlp
        if wins and model is None:
            try:
                model = load_nlp()
            except (OSError, ImportError) as exc:  # no spaCy model: figures without labels
                log.warning("figure labels skipped: spaCy pipeline not available (%s)", exc)
        if wins and model is not None:
            for d, w in wins:
                _prepare(texts[d], w)
            docs = model.pipe((w.parse_text for _, w in wins), batch_size=128)
            by_doc: dict[int, list[tuple[_Window, Any]]] = {}
            for (d, w), doc in zip(wins, docs, strict=True):
                by_doc.setdefault(d, []).append((w, doc))
            for d, pairs in by_doc.items():
                _label_windows(texts[d], [w for w, _ in pairs], [doc for _, doc in pairs])
    return [_finish(text, cands) for text, cands in zip(texts, all_cands, strict=True)]


__all__ = ["EXTRACTOR", "extract_figures", "extract_figures_batch", "load_nlp"]
