"""Which stage of an amount a table column holds and a number question asks for. A monitoring table
prints one row's amount at each stage side by side ("Budget | Paid to date | Projected"), a
schedule of charges a row's current and proposed charge, a savings tracker what was planned and what
was delivered; the row's words fit every column alike, and the question says which it means by how it
is asked ("actually", "so far", "now expected to", "will … from April", "set aside") more often than
by naming the column. Stages: what was planned (a budget, a target), what is expected (a forecast),
what has happened (actual, spent or delivered to date), what is charged now (current) and what is
proposed (proposed, new)."""

from __future__ import annotations

import re

PLAN, FORECAST, ACTUAL, CURRENT, PROPOSED = "plan", "forecast", "actual", "current", "proposed"

# what a column header says of its stage, the first that matches ("Forecast outturn" is a forecast,
# "Outturn" alone what happened; "Proposed budget" is proposed, "Current budget" what is charged now)
_COLUMN = (
    (FORECAST, re.compile(r"\b(?:forecast\w*|projected|projections?|expected|estimated|likely|predicted)\b", re.I)),
    (ACTUAL, re.compile(r"\b(?:actuals?|to\s+date|ytd|(?:spen[dt]|paid|received|collected)\s+(?:to|by|at)\b|spent|delivered|"
                        r"achieved|outturn)\b", re.I)),
    (PROPOSED, re.compile(r"\b(?:proposed|new|future|recommended|draft)\b", re.I)),
    (CURRENT, re.compile(r"\b(?:current|existing|present)\b", re.I)),
    (PLAN, re.compile(r"\b(?:budget\w*|planned|plan|targets?|profiled?|original|approved|allocat\w*)\b", re.I)),
)
# what a question says of the stage it asks for, the first that matches
_ASKED = (
    (ACTUAL, re.compile(r"\b(?:actually|so\s+far|to\s+date|in\s+practice|in\s+the\s+end|ended\s+up|turned\s+out|delivered|"
                        r"achieved|(?:has|have|had)\s+(?:been\s+)?(?:paid|spent|received|collected|drawn|used)(?:\s+out)?)\b", re.I)),
    (FORECAST, re.compile(r"\b(?:now|currently|still)\s+(?:expected|forecast|projected|estimated|likely|predicted)\b|"
                          r"\b(?:is|are)\s+(?:[\w'’-]+\s+){0,6}?(?:expected|forecast|projected|likely|predicted)\s+to\b|"
                          r"\b(?:end\s+up|on\s+course|on\s+track)\b", re.I)),
    (PLAN, re.compile(r"\b(?:budgeted|set\s+aside|allocated|planned|meant\s+to|supposed\s+to|originally|aimed?)\b", re.I)),
    (CURRENT, re.compile(r"\b(?:now|currently|at\s+present|presently|existing|today)\b", re.I)),
    (PROPOSED, re.compile(r"\b(?:will|new|proposed|next\s+year|from\s+(?:next|april)|going\s+to)\b", re.I)),
)
# the stages a column may hold that a question asking for one does not mean
_OTHER = {
    ACTUAL: frozenset({PLAN, FORECAST, PROPOSED}),
    FORECAST: frozenset({PLAN, ACTUAL}),
    PLAN: frozenset({ACTUAL, FORECAST}),
    CURRENT: frozenset({PROPOSED}),
    PROPOSED: frozenset({CURRENT, ACTUAL}),
}
STAGE_W = 0.05  # a column of the stage asked for, over one of another stage (and under it, one of another)


def stage_asked(question: str) -> str | None:
    """The stage ``question`` asks for ("what has it actually saved": ``ACTUAL``), None when it says none."""
    return next((stage for stage, said in _ASKED if said.search(question)), None)


def column_stage(col: str | None) -> str | None:
    """The stage a table column's header names ("Paid to 30 June": ``ACTUAL``), None when it names none."""
    return next((stage for stage, said in _COLUMN if said.search(col or "")), None)


def stage_fit(asked: str | None, col: str | None) -> float:
    """What a column's stage adds to a figure's fit for a question asking for ``asked``: ``STAGE_W``
    for the stage asked, ``-STAGE_W`` for another it does not mean, 0 when either says none."""
    held = column_stage(col) if asked else None
    if held is None or asked is None:
        return 0.0
    return STAGE_W if held == asked else (-STAGE_W if held in _OTHER[asked] else 0.0)
