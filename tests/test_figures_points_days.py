"""Two units the scanner read as bare counts, on invented sentences: a change in a share written in
"percentage points" is a percentage ("narrowed by 1.5 percentage points", "five percentage
points"), and a count of days or weeks with a word saying which days count is a duration ("within
15 working days", "28 calendar days", "three school weeks")."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The attainment gap at Orlwick narrowed by 1.5 percentage points in a year.", "1.5 percentage points", 1.5),
        ("Turnout in Wyvern rose by five percentage points.", "five percentage points", 5.0),
        ("Sampleton's share fell 0.7 percentage point on the year before.", "0.7 percentage point", 0.7),
    ],
)
def test_percentage_points_are_a_percentage(sentence: str, surface: str, value: float) -> None:
    figs = [f for f in extract_figures(sentence) if f.surface == surface]
    assert [(f.value, f.unit) for f in figs] == [(value, "percent")]


@pytest.mark.parametrize(
    ("sentence", "surface", "iso"),
    [
        ("Orlwick answers 93% of letters within 15 working days.", "15 working days", "P15D"),
        ("Objections must reach Wyvern within 28 calendar days of the notice.", "28 calendar days", "P28D"),
        ("The Sampleton pool closes for three school weeks each summer.", "three school weeks", "P3W"),
    ],
)
def test_a_kind_of_days_is_still_a_duration(sentence: str, surface: str, iso: str) -> None:
    figs = extract_figures(sentence)
    assert [(f.value, f.unit) for f in figs if f.surface == surface] == [(iso, "duration")]
    assert not any(f.unit == "count" for f in figs)
