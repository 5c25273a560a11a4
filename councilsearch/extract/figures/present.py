"""A figure written for people, the one way the CLI, the JSON API and the web pages show it:
its value as a council report would write it ("£13.2m", "£500k", "4.2%", "8,786"), what it
measures, and both with its period as a chip ("£13.2m · savings delivered · 2025/26")."""

from __future__ import annotations

from councilsearch.models import Figure


def figure_value(f: Figure) -> str:
    """The figure's value written the way a council report would write it."""
    v = f.value
    if isinstance(v, str):
        return v or f.surface
    if f.kind == "money":
        sign = "-" if v < 0 else ""
        a = abs(v)
        if a >= 1e9:
            return f"{sign}£{_trim(f'{a / 1e9:,.2f}')}bn"
        if a >= 1e6:
            return f"{sign}£{_trim(f'{a / 1e6:,.1f}')}m"
        if a >= 1e4:
            return f"{sign}£{a / 1e3:,.0f}k"
        return f"{sign}£{a:,.0f}" if float(a).is_integer() else f"{sign}£{a:,.2f}"
    if f.kind == "percent":
        return f"{v:g}%"
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
    """'£13.2m · savings delivered · 2025/26'."""
    bits = [figure_value(f)]
    label = figure_label(f)
    if label:
        bits.append(label)
    if f.period and f.period not in bits[0]:
        bits.append(f.period)
    return " · ".join(bits)
