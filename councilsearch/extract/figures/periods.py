"""Periods: when a figure's amount applies (a financial year "2025/26" or a calendar year
"2005"), read from the nearest place that says it:

1. **its own clause**: the financial year (or calendar year that is not a start or a target:
   "since 2016", "by 2030" are not) its clause gives it. Clauses end at ``;`` ``,`` brackets
   holding more than a few words, and spaced dashes. Each year or date of a clause is one
   figure's: the figure written before it ("520 tonnes in 2024/25 to 470 tonnes in 2025/26"),
   unless it leads into the figure after it ("the outturn for 2025/26 of £3.15m"); figures
   joined by "and" share it ("£1m and 5% in 2025/26"); a clause's one year written apart from
   every figure dates all of them. A date ("as at 31 October 2031", "by March 2030") anchors its
   figure to a date: it takes no period from anywhere else. A clause that goes on about the
   figure before it ("…, which will raise £0.58m", "of which £1.25m", "two of them") takes
   that figure's period;
2. **its table**: a cell's column header, row label or title (``tables``);
3. **its sentence**: the year the sentence sets out before every figure ("In 2030/31 it
   composted 38.2% ..., short of the regional mean of 40.6%"), else the one year it names, for
   the figures written after it ("£2.64m for 2031/32 set against a budget of £2.3m, an overspend
   of £370,000"), when it names no date; a year written after a figure in another clause is not its
   ("savings of £19m over the plan, stretching to £47m by 2030/31": the year is the £47m's);
   a rate ("1,200 a year", "£2.30 a school day") takes none of the sentence's years but its own
   clause's; a span of years ("2027 to 2032", "2033/34 to 2037/38"), a bound ("after 2034/35") or
   a start ("since 2025/26") is no period, nor is a comparison's base ("6% more than in 2024",
   "than in the base year of 2019/20", "than in the same quarter of 2029/30", "an increase of £6
   (3%) on 2030/31"), nor the year of the amount a figure is compared with ("5% more than the
   £61,300 paid for 2030/31": that amount's); the same amount put another way after ", or"
   takes the period of the amount before it ("£88 more in 2031/32, or £1.69 a week"); a count
   after "per" is a rate's base ("9.4 per 1,000 residents in 2031") and takes no year; the level a
   change reaches takes the change's year ("rise by £3.40 to £52.90");
   a change's starting value ("up from 4,100") takes no year but its own clause's, and
   its year dates nothing else ("climbed to 112% from 97% at the 2030 review, an excess of
   £180m"); a figure "the year before" (or "the previous year") takes the year before the
   sentence's ("61% in 2024/25, up from 58% the year before": 2023/24), and one whose own clause
   tells its year from the document's time ("against 31.2% by the same month last year") none;
4. **the sentence or heading before it**: money (and a share written beside money) in a
   sentence that names no period and no date (or only the years of later clauses: "£7.1m had
   been spent; the remaining £2.3m moves to 2028/29") takes the financial year the previous sentences
   named (for a few sentences, across a table set out between them, until a heading), else
   the one the heading just before names (a title's year, or a higher heading's, does not reach
   prose under a later heading that names none; it still dates a table's undated columns), unless the sentences just before named a date or a
   time of their own and no year ("Deposits stood at £84m at 30 September. Of these, £21m
   is held for schools": a balance at that date); counts of
   people or things, amounts that never were ("would have saved"), rates ("£3.20 a week",
   "£2,300 each", "£18,000 a year": they recur, no one year is theirs) and the figures of a
   sentence that names its own time (a month, "in the first nine months", "over the next four
   years", a target month "by the close of October", "into next year", a typo'd year) take
   none, nor do the figures of a sentence saying what can be ("a place can cost £900") or
   working an example ("For example, a family of four would pay £12"), nor a limit ("loans of
   up to £20,000", "by up to 4% or £8": the sentence's own year neither, unless its clause
   names it). A table
   without a period of its own takes the same, unless its title or column header gives a date.

A typo'd year ("20250/26") is flagged by the scanner and gives no period."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand, fy_str
from councilsearch.extract.figures.cells import caption_row
from councilsearch.extract.figures.lexicon import MON
from councilsearch.extract.figures.lines import line_spans, prose_runs, run_sentences
from councilsearch.extract.figures.rates import after_per, rate_after
from councilsearch.extract.figures.table_lines import is_table_row, table_title
from councilsearch.models import Span

_CLAUSE_BREAK = re.compile(r"[;,](?=\s)|[\[\]]|\s[–—-]\s")  # not the comma of "173,000"
_PAREN = re.compile(r"\(([^()]*)\)")
_SHORT_PAREN = 25  # brackets holding fewer characters than this are part of their clause
# a calendar year after these words is a start, an end or a target, not the figure's period
_NOT_PERIOD_BEFORE = re.compile(
    r"(?:since|from|by|until|till|before|after|to|between|and|or|through|end\s+of|up\s+to)\s*$", re.IGNORECASE
)
# a date written in a table's title or header ("Balance 31/10/31", "as at 31 October 2031")
_DATE_TEXT = re.compile(
    rf"\b[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}}\b|\bas\s+at\b|\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{MON})\b",
    re.IGNORECASE,
)
# a clause that goes on about the figure before it: "..., which will raise £0.58m", "of which
# £1.25m is ...", "two of them"
_RELATIVE = re.compile(r"[,;]\s*(?:of\s+(?:which|whom|them)|which|whom|including)\b", re.IGNORECASE)
# a calendar year that opens a span of years ("2027 to 2032", "2026-2031"): no period
_SPAN_AFTER = re.compile(r"\s*(?:to|until|till|-|–)\s*(?:19|20)[0-9]{2}\b")
# a financial year that opens a span of them ("2033/34 to 2037/38") or is a bound ("after
# 2034/35", "until 2036/37"; not "by", "to" or "from": "£47m by 2030/31" is the £47m's year,
# and "£1m a year from 2033/34" is dated)
_FY_SPAN_AFTER = re.compile(r"\s*(?:to|until|till|-|–)\s*(?:19|20)[0-9]{2}[/-][0-9]{2}\b")
_FY_NOT_PERIOD_BEFORE = re.compile(r"\b(?:since|until|till|before|after|between|beyond)\s*$", re.IGNORECASE)
# a year a figure is compared with ("6% more than in 2024", "compared with 2023/24", "down 3% on
# 2024", "lower than in the base year of 2019/20"): the
# comparison's base, not the figure's period
_BASE_BEFORE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\b(?:up|down|rise|fall|increase|decrease)\s+(?:of\s+)?\S+(?:\s+\([^()]{1,12}\))?"
    r"\s+(?:on|over|against))(?:\s+(?:in|for|during))?"
    r"(?:\s+the\s+(?:[a-z]+\s+){0,2}?(?:year|period|half|quarter|months?|weeks?|point)\s+(?:of|in))?\s*$", re.IGNORECASE)
# a comparison between a figure and a year written after it: "5% more than the £61,300 paid for
# 2030/31" (the year is the compared amount's, not the 5%'s)
_COMPARED = re.compile(r"\bthan\b|\bcompared\s+(?:with|to)\b", re.IGNORECASE)
# a change's starting value ("up from 900", "fell from over £2m"): not dated by the change's year
# a figure dated by the year before the one its sentence names: "up from 58% the year before"
_YEAR_BEFORE = re.compile(r"\s*(?:in\s+)?(?:the\s+(?:year|twelve\s+months)\s+before|the\s+(?:previous|prior|preceding)"
                          r"\s+year|a\s+year\s+(?:earlier|before)|last\s+year)\b", re.IGNORECASE)
# a change's amount and the level it reaches: "rise by £3.40 to £52.90", "increased by 4% to £9.80"
_CHANGE_BY = re.compile(r"\bby\s+(?:(?:over|under|about|around|nearly|almost|just|some)\s+)?$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:over|under|about|around|nearly|almost|just|some)\s+)?$", re.IGNORECASE)
# a sentence that names its own time, one no year carried from before fits: a month ("peaked at
# £12m in July"), a part of a year ("in the nine months", "during the first quarter"), years
# ("over the next four years"), a target month ("down to £2m by the close of October")
_OWN_TIME = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Bb]y\s+(?:the\s+(?:end|close)\s+of\s+)?(?=(?:{MON})\b))\s*(?:(?:{MON})\b|the\s+(?:first\s+|last\s+|past\s+|next\s+)?(?:[a-z]+\s+)?"
    r"(?:months|weeks|years|quarter|half[\s-]+year)\b)")
# a year told from the document's own time: "last year", "next year", "over the last year", "a
# year earlier" (not "this year", the document's own year, which a year named before may date)
_RELATIVE_YEAR = re.compile(r"\b(?:(?:last|next|previous|coming|following)\s+year|a\s+year\s+(?:earlier|before|ago))\b",
                            re.IGNORECASE)
# an amount that never was ("would have saved £95,000"), one that only can be ("a room can
# cost up to £900"), and a worked example ("For example, a family of four would pay £12"): no
# year reaches it from elsewhere
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should)\s+have\b|\bcan\s+(?!be\b)[a-z]+|\bfor\s+(?:example|instance)\b|\be\.g\.", re.IGNORECASE
)
# the same amount put another way after the figure before it: "£520 a year, or £10 a week",
# "£6.3m a year, or £2,100 for each pupil", "more in 2031/32, or about £1.69 a week"
_RESTATED = re.compile(
    r"[^,;.()]{0,40},\s*or\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?", re.IGNORECASE
)
# a limit: "loans of up to £20,000", "lift it by up to 4%"
_UP_TO = re.compile(r"\bup\s+to\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)
_LEADS_INTO = re.compile(r"\s*(?:of|is|was|were|are|will\s+be|:|=)?\s*", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:and|or|&)\s*", re.IGNORECASE)
_TIGHT = 8  # an anchor this close to a figure ("£87.15 in 2026/27", "2024-25 of £1.3bn") is its own
_HEADING_CHARS = 90
_HEADING_WORDS = 14
CARRY_SENTENCES = 4  # a period named in a sentence carries over this many sentences after it


@dataclass
class _Context:
    carry: str | None = None  # the financial year the sentences just before named
    carry_used: bool = False  # ...and a figure took it, or its sentence introduced what follows
    age: int = 0  # sentences since it was named
    section: str | None = None  # the financial year the last heading named
    dated: bool = False  # the sentences just before named a date or their own time, no year
    own_section: bool = False  # the last heading named the section's year itself

    def inherited(self, within: int = CARRY_SENTENCES, used: bool = False) -> str | None:
        """The year the sentences just before named (at most ``within`` sentences back; with
        ``used``, only a year a figure took or an introducing sentence named), else the
        section's; none when they named a date or a time of their own instead ("Deposits stood
        at £9m at 30 June. Of these, £2m is held for schools": a balance at that date)."""
        if self.dated and self.age <= within:
            return None
        carry = self.carry if self.age <= within and (self.carry_used or not used) else None
        return carry or (self.section if self.own_section or used else None)


def _clause_breaks(text: str, ss: int, se: int) -> list[int]:
    """Offsets where the sentence's clauses end: punctuation, spaced dashes and long brackets
    (a short bracket, "(£1.3m)", "(2011 estimates)", stays in its clause)."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, ss, se)]
    for m in _PAREN.finditer(text, ss, se):
        if len(m.group(1)) >= _SHORT_PAREN:
            breaks += [m.start(), m.end() - 1]
    return sorted(breaks)


# a line ending in one of these words breaks off a sentence; it is no heading ("... a gap of")
_OPEN_END = re.compile(r"\b(?:of|the|a|an|and|or|to|for|from|in|on|at|by|with|before|after|than|is|are|was|were)$",
                       re.IGNORECASE)


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation that neither opens in lower case (the rest of
    a sentence wrapped onto it) nor ends in a word that leads on ("... after spending pressures
    of")."""
    s = line.strip()
    return (
        0 < len(s) <= _HEADING_CHARS
        and len(s.split()) <= _HEADING_WORDS
        and s[-1] not in ".:;,!?"
        and not s.startswith(("-", "•", "*"))
        and not s[0].islower()
        and not _OPEN_END.search(s)
    )


def _anchor_kind(text: str, c: Cand, ss: int) -> str | None:
    """What a period or date candidate says about the figures near it: "fy" (a financial year,
    a period), "year" (a calendar year that is a period), "date" (a date, a start or a target)
    or None (a typo'd year, a duration)."""
    if c.kind == "date":
        return "date"
    if c.kind != "period" or c.flags:
        return None
    if _BASE_BEFORE.search(text, max(ss, c.start - 48), c.start):
        return None  # "more than in 2024": what the figure is compared with
    if c.unit == "financial_year":
        if not c.period:
            return None
        if _FY_SPAN_AFTER.match(text, c.end) or _FY_NOT_PERIOD_BEFORE.search(text, max(ss, c.start - 12), c.start):
            return "date"  # "for 2033/34 to 2037/38", "after 2034/35": a span, a bound
        return "fy"
    if c.unit == "year":
        if c.pair is not None or _SPAN_AFTER.match(text, c.end):
            return "date"  # "2026-30", "2027 to 2032": a span of years, not one period
        return "date" if _NOT_PERIOD_BEFORE.search(text, max(ss, c.start - 12), c.start) else "year"
    return None


def _period_of(c: Cand, kind: str) -> str:
    return c.period if kind == "fy" and c.period else str(int(float(c.value)))


def _owners(
    text: str, by_clause: dict[int, list[tuple[Cand, str]]], measures: list[Cand], clause: Any
) -> dict[int, Cand]:
    """Each anchor's figure, keyed by the anchor's start: the figure of its clause written
    before it ("520 tonnes in 2024/25 to 470 tonnes in 2025/26"), unless the anchor leads into
    the figure after it ("the outturn for 2025/26 of £3.15m", "in 2026/27 is £2.85m") or no figure
    of its clause comes before it."""
    figs: dict[int, list[Cand]] = {}
    for c in measures:  # in text order
        figs.setdefault(clause(c.start), []).append(c)
    out: dict[int, Cand] = {}
    for k, anchors in by_clause.items():
        mine = figs.get(k, [])
        starts = [c.start for c in mine]
        for a, _ in anchors:
            j = bisect.bisect_left(starts, a.end)
            before = mine[j - 1] if j > 0 and mine[j - 1].end <= a.start else None
            after = mine[j] if j < len(mine) else None
            if after is not None and (before is None or _LEADS_INTO.fullmatch(text, a.end, after.start)):
                out[a.start] = after
            elif before is not None:
                out[a.start] = before
    return out


def _loose(text: str, c: Cand, mine: list[tuple[Cand, str]], owner: dict[int, Cand]) -> list[tuple[Cand, str]]:
    """The clause's one anchor (``mine``: the anchors of ``c``'s clause) when it is a year
    written apart from every figure ("costs of £1.75m and a contribution of £0.3m towards costs
    incurred in 2025/26"): it dates all of them. An anchor written right by a figure ("the budget
    for 2024-25 of £1,208.3m") is that figure's alone, and so is a date (a target, an "as at")."""
    if len(mine) != 1 or mine[0][1] == "date":
        return []
    a = mine[0][0]
    if c.end <= a.start and _COMPARED.search(text, c.end, a.start):
        return []  # "5% more than the £61,300 paid for 2030/31": the compared amount's year
    other = owner.get(a.start)
    return mine if other is None or _distance(other, a) > _TIGHT else []


def _assign_sentence(text: str, span: Span, group: list[Cand], ctx: _Context | None) -> None:
    """Periods for the figures of one sentence; ``ctx`` (prose only) is read and updated."""
    ss, se = span
    anchors = [(c, k) for c in group if (k := _anchor_kind(text, c, ss))]
    measures = sorted((c for c in group if c.kind in LABEL_KINDS and not c.in_table_cell), key=lambda c: c.start)
    breaks = _clause_breaks(text, ss, se) if anchors else []

    def clause(pos: int) -> int:
        return bisect.bisect_right(breaks, pos)

    by_clause: dict[int, list[tuple[Cand, str]]] = {}
    for a, k in anchors:
        by_clause.setdefault(clause(a.start), []).append((a, k))
    owner = _owners(text, by_clause, measures, clause)
    periods = [(a, k) for a, k in anchors if k in ("fy", "year")]
    first_measure = measures[0].start if measures else se
    # the sentence's year: one set out before every figure ("In 2030/31 it composted 38.2% ..."),
    # else its only year, for the figures written after it ("... £2.64m for 2031/32 set against a
    # budget of £2.3m, an overspend of £340,000"), when the sentence names no date
    lead = anchors[0] if anchors and anchors[0][1] in ("fy", "year") and anchors[0][0].start < first_measure else None
    values = {_period_of(a, k) for a, k in periods}
    single = periods[0] if len(values) == 1 and all(k != "date" for _, k in anchors) else None
    if single is not None and (start := owner.get(single[0].start)) is not None and _FROM_BEFORE.search(
        text, max(ss, start.start - 30), start.start
    ):
        single = None  # "risen to 104% from 91% at the 2019 valuation": the year is the starting value's
    prev: Cand | None = None
    capped: set[int] = set()  # the starts of figures that are limits
    for i, c in enumerate(measures):
        if c.period is not None:
            prev = c
            continue
        if c.kind == "count" and after_per(text, c.start, ss):
            continue  # "9.4 per 1,000 residents in 2031": a rate's base, no measure of a year
        mine = by_clause.get(clause(c.start), [])
        own = [(a, k) for a, k in mine if owner.get(a.start) is c] or _loose(text, c, mine, owner)
        nxt = measures[i + 1] if i + 1 < len(measures) else None
        if not own and nxt is not None and _JOINED.fullmatch(text, c.end, nxt.start):
            # "rose by £1m and 5% in 2025/26": figures joined by "and" share the year after them
            own = [(a, k) for a, k in mine if owner.get(a.start) is nxt and a.start >= nxt.end]
        if own:
            a, k = min(own, key=lambda ak: _distance(c, ak[0]))
            c.period = _period_of(a, k) if k in ("fy", "year") else None  # a date anchors it to no period
        elif prev is not None and _RELATIVE.search(text, prev.end, c.start):
            c.period = prev.period  # "..., which will raise £0.58m", "of which £1.25m", "two of them"
        elif prev is not None and prev.kind == c.kind and _RESTATED.fullmatch(text, prev.end, c.start):
            c.period = prev.period  # "£88 more in 2031/32, or £1.69 a week": the same amount put another way
        elif prev is not None and prev.period and _CHANGE_TO.fullmatch(text, prev.end, c.start) and _CHANGE_BY.search(
            text, max(ss, prev.start - 12), prev.start
        ):
            c.period = prev.period  # "rise by £3.40 to £52.90 a year": the level the change reaches, then
        elif _YEAR_BEFORE.match(text, c.end) and (base := _sentence_period(prev, lead, single)):
            c.period = _year_before(base)  # "averaged 63% in 2024/25, up from 58% the year before"
        elif _FROM_BEFORE.search(text, max(ss, c.start - 30), c.start):
            pass  # "up from 4,100": a change's starting value, of another time than the change
        elif _UP_TO.search(text, max(ss, c.start - 12), c.start) or (
            prev is not None and prev.start in capped and _JOINED.fullmatch(text, prev.end, c.start)
        ):
            capped.add(c.start)  # "loans of up to £20,000", "by up to 4% or £8": a limit, of no one year
        elif _RELATIVE_YEAR.search(text, *_clause_of(breaks, c.start, ss, se)):
            pass  # "against 31.2% by the same month last year": its own time, not the sentence's year
        elif lead is not None:
            c.period = _period_of(*lead)
        elif single is not None and single[0].start < c.start and not rate_after(text, c.end):
            c.period = _period_of(*single)
        elif ctx is not None and _carried_to(text, span, c, group) and all(
            k != "date" and a.start > c.end and clause(a.start) != clause(c.start) for a, k in anchors
        ):  # no year, or only years of later clauses ("£2m was spent; £1m goes on to 2026/27")
            c.period = ctx.inherited()
        if c.period is None:
            c.period = c.row_period
        prev = c
    only = next(iter(values)) if len(values) == 1 and all(k == "fy" for _, k in periods) else None
    if ctx is None:
        return
    own_time = not periods and (
        any(c.kind == "date" and not _NOT_PERIOD_BEFORE.search(text, max(ss, c.start - 12), c.start) for c in group)
        or bool(_OWN_TIME.search(text, ss, se))
    )
    if own_time:
        ctx.carry, ctx.carry_used, ctx.dated, ctx.age = None, False, True, 0
    elif not anchors:
        if re.search(r"[^\W\d_]{2}", text[ss:se]):  # a paragraph number alone is no sentence
            ctx.age += 1
    else:
        ctx.dated = False
        # a year carries on when a figure of this sentence took it, or when the sentence
        # introduces what follows ("A summary of the 2025/26 position is set out below:")
        ctx.carry = only if only is not None and all(k == "fy" for _, k in anchors) else None
        ctx.carry_used = any(c.period == only for c in measures) or text[ss:se].rstrip().endswith(":")
        ctx.age = 0


def _clause_of(breaks: list[int], pos: int, ss: int, se: int) -> Span:
    """The start and end of the clause that holds ``pos`` (``breaks``: its sentence's clause ends)."""
    k = bisect.bisect_right(breaks, pos)
    return (breaks[k - 1] if k > 0 else ss), (breaks[k] if k < len(breaks) else se)


def _sentence_period(prev: Cand | None, lead: tuple[Cand, str] | None, single: tuple[Cand, str] | None) -> str | None:
    if prev is not None and prev.period:
        return prev.period
    ref = lead or single
    return _period_of(*ref) if ref is not None else None


def _year_before(period: str) -> str | None:
    """The period a year before ``period``: "2024/25" -> "2023/24", "2024" -> "2023"."""
    if re.fullmatch(r"[0-9]{4}/[0-9]{2}", period):
        return fy_str(int(period[:4]) - 1)
    return str(int(period) - 1) if period.isdigit() else None


def _carried_to(text: str, span: Span, c: Cand, group: list[Cand]) -> bool:
    """Does a year named in the sentences or heading before reach ``c``? A financial year is a
    budget's period: it dates money, and a share written beside money ("an increase of 2.99%"
    on a Band D charge); counts of people or things ("maintains 61 playgrounds", "436
    residents replied") say how many there are, not in which budget year; an amount that
    never was ("would have saved £95,000"), only can be ("can cost up to £900") or is worked
    as an example ("For example, a couple would pay £12") has no year, nor has a rate ("£3.20 a week", "45p a
    visit", "£18,000 a year": it recurs, and neither a year named sentences before nor its
    section's heading dates it), nor has a figure of a sentence that names its own time ("in
    August", "in the first nine months", a typo'd year)."""
    if _COUNTERFACTUAL.search(text, span[0], span[1]) or _OWN_TIME.search(text, span[0], span[1]):
        return False
    if _RELATIVE_YEAR.search(text, span[0], span[1]):
        return False  # "so £0.4m moves into next year": the sentence tells its own year
    if any(o.kind == "period" and o.flags for o in group):
        return False  # a typo'd year ("in 20344/45"): the sentence names its own, unreadable, year
    if rate_after(text, c.end):
        return False  # "£3.20 a week", "45p a visit": a rate recurs; no budget year reaches it
    if c.kind == "money":
        return True
    return c.kind == "percent" and any(o.kind == "money" for o in group)


def _new_section(ctx: _Context, text: str, span: Span, group: list[Cand]) -> None:
    """A heading: the financial year it names sets its section's; a heading naming another
    period or a date, or a heading in capitals (a new part of the document), clears it; any
    other heading (a sub-heading) keeps it for tables, but the prose under it takes no year
    from a heading above it ("Budget 2027/28" ... "4. Reserves": the reserves' balance is not
    dated by the title)."""
    kinds = [(c, _anchor_kind(text, c, span[0])) for c in group]
    fys = {c.period for c, k in kinds if k == "fy"}
    letters = [ch for ch in text[span[0] : span[1]] if ch.isalpha()]
    ctx.own_section = False
    if len(fys) == 1 and all(k in ("fy", None) for _, k in kinds):
        ctx.section = fys.pop()
        ctx.own_section = True
    elif any(k is not None for _, k in kinds) or (len(letters) >= 6 and all(ch.isupper() for ch in letters)):
        ctx.section = None
    ctx.carry, ctx.carry_used, ctx.dated, ctx.age = ctx.section if ctx.own_section else None, True, False, 0


def _distance(a: Cand, b: Cand) -> int:
    s, e = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return max(0, e - s)


_YEAR_IN_HEAD = re.compile(r"\d\d[/-]\d\d|\b(?:19|20)\d\d\b")


def _spanned_year(row: list[Cand]) -> str | None:
    """The one year that two or more columns' headers of a table row name ("Budget 2031/32"
    over "Original" and "Revised"): a year written over several columns is the table's, and
    dates the row's columns that name none (the forecast, the variance); a year in one
    column's header is that column's own."""
    dated = {(c.table_col, c.period) for c in row if c.period and c.kind in LABEL_KINDS
             and c.table_col and _YEAR_IN_HEAD.search(c.table_col)}
    years = {p for _, p in dated}
    return next(iter(years)) if len(years) == 1 and len(dated) >= 2 else None


def assign_periods(text: str, cands: list[Cand]) -> None:
    """Set the period of every money, percent and count candidate that has none yet (see the
    module's docstring for the order of the places it is read from)."""
    by_sent: dict[Span, list[Cand]] = {}
    cells: list[Cand] = []
    for c in cands:
        if c.in_table_cell:
            cells.append(c)
        elif c.sentence is not None:
            by_sent.setdefault(c.sentence, []).append(c)
    cells.sort(key=lambda c: c.start)
    cell_starts = [c.start for c in cells]
    ctx = _Context()
    done: set[Span] = set()
    lines = line_spans(text)
    title_has_date = False
    i = 0
    while i < len(lines):
        ls, le = lines[i]
        line = text[ls:le]
        if is_table_row(line):
            k = i - 1
            while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
                k -= 1  # (rows padded apart by blank lines are one table)
            if k < 0 or not is_table_row(text[lines[k][0] : lines[k][1]]):
                # a dated title; or a caption set as the table's first row, which stands between the
                # table and the sentence above as a caption line would
                title_has_date = bool(_DATE_TEXT.search(table_title(text, lines, i))) or caption_row(line)
            lo, hi = bisect.bisect_left(cell_starts, ls), bisect.bisect_right(cell_starts, le)
            inherited = ctx.inherited(within=1, used=True)  # a table: its introducing sentence, else its heading
            agreed = _spanned_year(cells[lo:hi])
            for c in cells[lo:hi]:
                if c.period is not None or c.kind not in LABEL_KINDS:
                    continue
                if agreed and c.table_col is not None:
                    c.period = agreed  # "Budget 2031/32: Original | Revised | Forecast | Variance"
                elif (
                    inherited
                    and not title_has_date
                    and not _DATE_TEXT.search(f"{c.table_col or ''} {c.table_row or ''}")
                ):
                    c.period = inherited
            i += 1
            continue
        if not line.strip():
            i += 1
            continue
        j = prose_runs(text, lines, i, is_table_row)  # the sentences the document pass read
        heading = j == i + 1 and _is_heading(line)
        for span in run_sentences(text, lines, i, j):
            group = by_sent.get(span, [])
            done.add(span)
            _assign_sentence(text, span, group, ctx)
            if heading:
                _new_section(ctx, text, span, group)
        i = j
    for span, group in by_sent.items():
        if span not in done:  # text inside a table cell: its clause, its sentence, its row
            _assign_sentence(text, span, group, None)
