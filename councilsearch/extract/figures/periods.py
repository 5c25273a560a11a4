"""Periods: when a figure's amount applies (a financial year "2025/26" or a calendar year
"2005"), read from the nearest place that says it:

1. **its own clause**: the nearest financial year (or calendar year that is not a start or a
   target: "since 2016", "by 2030" are not) in the clause the figure sits in. Clauses end at
   ``;`` ``,`` brackets holding more than a few words, and spaced dashes. A date in the clause
   ("as at 31 March 2026", "by March 2030") anchors the figure to a date: it takes no period
   from anywhere else;
2. **its table**: a cell's column header, row label or title (``tables``);
3. **its sentence**: the one financial year the sentence names, unless that year belongs to
   another figure's clause ("savings of £27m over the plan, stretching to £60m by 2030/31":
   the year is the £60m's, not the £27m's);
4. **the sentence or heading before it**: a sentence that names no period and no date takes
   the financial year the previous sentences named (for a few sentences, across a table set
   out between them, until a heading), else the one its section's heading names. A table
   without a period of its own takes the same, unless its title or column header gives a date.

A typo'd year ("20230/31") is flagged by the scanner and gives no period."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.lexicon import MON
from councilsearch.extract.figures.tables import is_table_row, table_title
from councilsearch.ingest.sentences import sentence_spans
from councilsearch.models import Span

_CLAUSE_BREAK = re.compile(r"[;,](?=\s)|[\[\]]|\s[–—-]\s")  # not the comma of "288,000"
_PAREN = re.compile(r"\(([^()]*)\)")
_SHORT_PAREN = 25  # brackets holding fewer characters than this are part of their clause
# a calendar year after these words is a start, an end or a target, not the figure's period
_NOT_PERIOD_BEFORE = re.compile(
    r"(?:since|from|by|until|till|before|after|to|between|and|or|through|end\s+of|up\s+to)\s*$", re.IGNORECASE
)
# a date written in a table's title or header ("Balance 31/03/26", "as at 31 March 2026")
_DATE_TEXT = re.compile(
    rf"\b[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}}\b|\bas\s+at\b|\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{MON})\b",
    re.IGNORECASE,
)
_HEADING_CHARS = 90
_HEADING_WORDS = 14
CARRY_SENTENCES = 4  # a period named in a sentence carries over this many sentences after it


@dataclass
class _Context:
    carry: str | None = None  # the financial year the sentences just before named
    carry_used: bool = False  # ...and a figure took it, or its sentence introduced what follows
    age: int = 0  # sentences since it was named
    section: str | None = None  # the financial year the last heading named

    def inherited(self, within: int = CARRY_SENTENCES, used: bool = False) -> str | None:
        """The year the sentences just before named (at most ``within`` sentences back; with
        ``used``, only a year a figure took or an introducing sentence named), else the
        section's."""
        carry = self.carry if self.age <= within and (self.carry_used or not used) else None
        return carry or self.section


def _clause_breaks(text: str, ss: int, se: int) -> list[int]:
    """Offsets where the sentence's clauses end: punctuation, spaced dashes and long brackets
    (a short bracket, "(£1.3m)", "(2005 estimates)", stays in its clause)."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, ss, se)]
    for m in _PAREN.finditer(text, ss, se):
        if len(m.group(1)) >= _SHORT_PAREN:
            breaks += [m.start(), m.end() - 1]
    return sorted(breaks)


def _is_heading(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= _HEADING_CHARS
        and len(s.split()) <= _HEADING_WORDS
        and s[-1] not in ".:;,!?"
        and not s.startswith(("-", "•", "*"))
    )


def _anchor_kind(text: str, c: Cand, ss: int) -> str | None:
    """What a period or date candidate says about the figures near it: "fy" (a financial year,
    a period), "year" (a calendar year that is a period), "date" (a date, a start or a target)
    or None (a typo'd year, a duration)."""
    if c.kind == "date":
        return "date"
    if c.kind != "period" or c.flags:
        return None
    if c.unit == "financial_year":
        return "fy" if c.period else None
    if c.unit == "year":
        if c.pair is not None:
            return "date"  # "2026-30": a span of years, not one period
        return "date" if _NOT_PERIOD_BEFORE.search(text, max(ss, c.start - 12), c.start) else "year"
    return None


def _period_of(c: Cand, kind: str) -> str:
    return c.period if kind == "fy" and c.period else str(int(float(c.value)))


def _assign_sentence(text: str, span: Span, group: list[Cand], ctx: _Context | None) -> None:
    """Periods for the figures of one sentence; ``ctx`` (prose only) is read and updated."""
    ss, se = span
    anchors = [(c, k) for c in group if (k := _anchor_kind(text, c, ss))]
    measures = [c for c in group if c.kind in LABEL_KINDS and not c.in_table_cell]
    breaks = _clause_breaks(text, ss, se) if anchors else []

    def clause(pos: int) -> int:
        return bisect.bisect_right(breaks, pos)

    measure_clauses = {clause(c.start) for c in measures}
    fys = {c.period for c, k in anchors if k == "fy"}
    only = next(iter(fys)) if len(fys) == 1 else None
    # the sentence's one financial year belongs to a figure when it sits in that figure's clause
    claimed = any(clause(a.start) in measure_clauses for a, k in anchors if k == "fy")
    first_fy = min((a.start for a, k in anchors if k == "fy"), default=se)
    first_measure = min((c.start for c in measures), default=se)
    by_clause: dict[int, list[tuple[Cand, str]]] = {}
    for a, k in anchors:
        by_clause.setdefault(clause(a.start), []).append((a, k))
    for c in measures:
        if c.period is not None:
            continue
        own = by_clause.get(clause(c.start), [])
        periods = [(a, k) for a, k in own if k in ("fy", "year")]  # in text order
        if periods:
            j = bisect.bisect_left([a.start for a, _ in periods], c.start)
            a, k = min(periods[max(0, j - 1) : j + 1], key=lambda ak: _distance(c, ak[0]))
            c.period = _period_of(a, k)
        elif any(k == "date" for _, k in own):
            c.period = None  # anchored to a date
        elif only is not None and first_fy < c.start and (not claimed or first_fy < first_measure):
            # "During 2025/26, 1,165 places were created", "The budget for 2025/26 shows a gap of
            # £38m, after pressures of £52m": a year set out before every figure is the sentence's
            c.period = only
        elif not anchors and ctx is not None:
            c.period = ctx.inherited()
        if c.period is None:
            c.period = c.row_period
    if ctx is None:
        return
    if not anchors:
        if re.search(r"[^\W\d_]{2}", text[ss:se]):  # a paragraph number alone is no sentence
            ctx.age += 1
    else:
        # a year carries on when a figure of this sentence took it, or when the sentence
        # introduces what follows ("A summary of the outturn for 2025/26 is set out below:")
        ctx.carry = only if only is not None and all(k == "fy" for _, k in anchors) else None
        ctx.carry_used = any(c.period == only for c in measures) or text[ss:se].rstrip().endswith(":")
        ctx.age = 0


def _new_section(ctx: _Context, text: str, span: Span, group: list[Cand]) -> None:
    """A heading: the financial year it names sets its section's; a heading naming another
    period or a date, or a heading in capitals (a new part of the document), clears it; any
    other heading (a sub-heading) keeps it."""
    kinds = [(c, _anchor_kind(text, c, span[0])) for c in group]
    fys = {c.period for c, k in kinds if k == "fy"}
    letters = [ch for ch in text[span[0] : span[1]] if ch.isalpha()]
    if len(fys) == 1 and all(k in ("fy", None) for _, k in kinds):
        ctx.section = fys.pop()
    elif any(k is not None for _, k in kinds) or (len(letters) >= 6 and all(ch.isupper() for ch in letters)):
        ctx.section = None
    ctx.carry, ctx.carry_used, ctx.age = ctx.section, True, 0


def _distance(a: Cand, b: Cand) -> int:
    s, e = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return max(0, e - s)


def _line_spans(text: str) -> list[Span]:
    spans = []
    s = 0
    while s <= len(text):
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        spans.append((s, e))
        s = e + 1
    return spans


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
    lines = _line_spans(text)
    title_has_date = False
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if is_table_row(line):
            if i == 0 or not is_table_row(text[lines[i - 1][0] : lines[i - 1][1]]):
                title_has_date = bool(_DATE_TEXT.search(table_title(text, lines, i)))
            lo, hi = bisect.bisect_left(cell_starts, ls), bisect.bisect_right(cell_starts, le)
            inherited = ctx.inherited(within=1, used=True)  # a table: its introducing sentence, else its heading
            for c in cells[lo:hi]:
                if (
                    c.period is None
                    and c.kind in LABEL_KINDS
                    and inherited
                    and not title_has_date
                    and not _DATE_TEXT.search(f"{c.table_col or ''} {c.table_row or ''}")
                ):
                    c.period = inherited
            continue
        if not line.strip():
            continue
        heading = _is_heading(line)
        for span in sentence_spans(text, ls, le):
            group = by_sent.get(span, [])
            done.add(span)
            _assign_sentence(text, span, group, ctx)
            if heading:
                _new_section(ctx, text, span, group)
    for span, group in by_sent.items():
        if span not in done:  # text inside a table cell: its clause, its sentence, its row
            _assign_sentence(text, span, group, None)
