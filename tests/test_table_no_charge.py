"""A fees schedule's row that charges nothing ("Free", "No charge" where the amounts stand) is a
row of the table, not a header: read as a header after the rows of figures, it renamed every
column ("Free") and the rows under it lost their money and percent units."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures

_FEES = (
    "Table 2: Wyvern fees\n"
    "Charge\tUnit\tCurrent £\tProposed £\tChange %\n"
    "Garden waste bin\tper bin a year\t48.00\t51.00\t6.3\n"
    "Pest control\t\t\t\t\n"
    "Mice, domestic premises\tper treatment\tFree\tFree\t–\n"
    "Ants, domestic premises\tper treatment\t60.00\t63.00\t5.0\n"
    "Orlwick pavilion hire\tper hour\tNo charge\t12.00\t–\n"
)


def test_rows_after_a_free_row_keep_their_columns_and_units() -> None:
    got = {f.surface: (f.unit, f.label) for f in extract_figures(_FEES) if f.kind != "period"}
    assert got["60.00"] == ("GBP", "Ants, domestic premises – Current per treatment")
    assert got["63.00"][0] == "GBP" and got["5.0"][0] == "percent"
    assert got["12.00"] == ("GBP", "Orlwick pavilion hire – Proposed per hour")


def test_free_is_no_figure() -> None:
    assert not [f for f in extract_figures(_FEES) if "Free" in f.surface or "charge" in f.surface]
