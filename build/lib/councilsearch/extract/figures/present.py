"""A figure written for people, the one way the CLI, the JSON API and the web pages show it:
its value as a council report would write it ("£8.7m", "£500k", "3.7%", "6,412"), what it
measures, and both with its period as a chip ("£8.7m · savings delivered · 2025/26")."""

from __future__ import annotations

import re

from councilsearch.models import Figure

MINUS = "\u2212"  # a real minus sign: "−£4.7m", never "£-4.7m"
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$")


def duration_words(iso: str) -> str | None:
    """'P3Y' -> '3 years', 'P1Y6M' -> '1 year 6 months', 'P12M' -> '12 months'; None when
    ``iso`` is not an ISO 8601 duration of years, months, weeks and days."""
    m = _DURATION.match(iso)
    if not m or not any(m.groups()):
        return None
    out = []
    for n, unit in zip(m.groups(), ("year", "month", "week", "day"), strict=True):
        if n:
            out.append(f"{n} {unit}{'' if n == '1' else 's'}")
    return " ".join(out)


def figure_value(f: Figure) -> str:
    """The figure's value written the way a council report would write it (a duration in
    words, a negative amount with a minus sign before the pound sign)."""
    v = f.value
    if isinstance(v, str):
        if f.unit == "duration":
            return duration_words(v) or f.surface
        return v or f.surface
    if f.kind == "money":
        sign = MINUS if v < 0 else ""
        a = abs(v)
        if a >= 1e9:
            return f"{sign}£{_trim(f'{a / 1e9:,.2f}')}bn"
        if a >= 1e6:
            return f"{sign}£{_trim(f'{a / 1e6:,.1f}')}m"
        if a >= 1e4:
            return f"{sign}£{a / 1e3:,.0f}k"
        return f"{sign}£{a:,.0f}" if float(a).is_integer() else f"{sign}£{a:,.2f}"
    if f.kind == "percent":
        return f"{MINUS}{-v:g}%" if v < 0 else f"{v:g}%"
    if f.kind in ("period", "date"):
        return f.surface
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}"


def _trim(number: str) -> str:
    """'23.0' -> '23', '1.50' -> '1.5'."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def figure_label(f: Figure) -> str:
    """What the figure measures: its label, else its table row and column."""
    if f.label:
        return f.label
    return " / ".join(x for x in (f.table_row, f.table_col) if x)


def figure_chip(f: Figure) -> str:
    """'£8.7m · savings delivered · 2025/26'."""
    bits = [figure_value(f)]
    label = figure_label(f)
    if label:
        bits.append(label)
    if f.period and f.period not in bits[0]:
        bits.append(f.period)
    return " · ".join(bits)
