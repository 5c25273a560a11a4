"""Tables run over a page, on invented material: a header repeated at the top of the next page
with the unit cells of its own columns ("£000" and "%" under a "Variance" set over two columns)
is the same header, so the caption's unit and year still reach the other columns of the rows
after it; a header with units of its own different from the part before is a new table's."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure

_HEAD = "No.\tService\tBudget\tForecast\tVariance\t\n\t\t\t\t£000\t%\n"
FORECAST = (
    "Wyvern District Council\n\n"
    "Table 4: Spending forecast 2031/32 by service, at 30 September 2031 (£000)\n\n"
    + _HEAD
    + "1\tParks and open spaces\t1,200\t1,250\t50\t4.2\n"
    "2\tStreet lighting\t700\t690\t(10)\t(1.4)\n\n"
    + _HEAD
    + "3\tLibraries\t900\t880\t(20)\t(2.2)\n"
    "4\tMuseums\t300\t330\t30\t10.0\n\n"
    "The forecast will be updated at the next quarter.\n"
)


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.table_row}


def test_a_header_repeated_with_its_unit_cells_keeps_the_caption_unit_and_year() -> None:
    cells = _cells(FORECAST)
    for surface, value in (("900", 900_000.0), ("880", 880_000.0), ("300", 300_000.0), ("330", 330_000.0)):
        assert cells[surface].unit == "GBP" and cells[surface].value == value, surface
        assert cells[surface].period == "2031/32", surface
    assert cells["(20)"].value == -20_000.0 and cells["(2.2)"].unit == "percent"
    assert cells["1,200"].unit == "GBP" and cells["1,200"].period == "2031/32"


def test_a_header_with_other_units_of_its_own_is_a_new_table() -> None:
    text = FORECAST.replace(_HEAD + "3\t", "No.\tService\tBudget\tForecast\tVariance\t\n\t\t\t\tNo.\t%\n3\t", 1)
    cells = _cells(text)
    assert cells["900"].unit == "count"


def test_a_bare_money_unit_over_the_years_heads_the_empty_cells_before_it() -> None:
    text = (
        "Table 5: Net budget by directorate\n\n"
        "\t\t£000\t\tChange\n"
        "Directorate\t2030/31\t2031/32\t2032/33\t%\n"
        "Adults and health\t41,200\t43,950\t46,100\t4.9\n"
        "Children and families\t28,730\t29,400\t30,020\t2.1\n\n"
        "Orlwick will review the budget in the spring.\n"
    )
    cells = _cells(text)
    for surface in ("41,200", "43,950", "46,100", "28,730"):
        assert cells[surface].unit == "GBP" and cells[surface].value == float(surface.replace(",", "")) * 1000
    assert cells["41,200"].period == "2030/31"
    assert cells["4.9"].unit == "percent" and "Change" in (cells["4.9"].label or "")
