"""Tables whose rows are padded apart (a Word or grid table in a PDF: a blank line between rows
in the text), on invented tables: a header spanning columns over a header row ("2031/32" over
"Budget" and "Forecast") names both columns though a blank line parts them, while a header row
after figures does not lend its words to the next table's header; a column of two rates ("per
bin per year") is a column of rates; a year under a "Period" or "Year" header is a year, though
its row's label says "(%)"."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _cells(text: str) -> list[Figure]:
    return [f for f in extract_figures(text) if f.table_row]


def test_a_spanning_header_padded_apart_from_the_header_below_names_both_columns() -> None:
    text = (
        "3.2 The Wyvern budgets are set out below.\n\n"
        "\t2031/32\t\t2032/33\t\n\n"
        "Service\tBudget £m\tForecast £m\tBudget £m\tForecast £m\n\n"
        "Orlwick libraries\t12.4\t13.1\t12.9\t13.0\n\n"
        "Sampleton parks\t21.7\t22.0\t22.5\t22.9\n"
    )
    late = next(f for f in _cells(text) if f.surface == "22.9")
    assert (late.table_col, late.period, late.value) == ("2032/33 Forecast", "2032/33", 22_900_000.0)


def test_a_header_row_after_figures_lends_nothing_to_the_next_tables_header() -> None:
    text = (
        "Scheme\tCost\n"
        "Orlwick bridge\t£1.2m\n"
        "Later phases\tFull cost known in 2032/33 after the design stage\t\n"
        "\n"
        "Option\tShare achievable\t\n"
        "Sampleton depot\t40%\t\n"
    )
    share = next(f for f in _cells(text) if f.surface == "40%")
    assert (share.table_col, share.period) == ("Share achievable", None)


def test_a_column_of_two_rates_gives_each_row_its_rate() -> None:
    text = (
        "Service\tUnit\tCharge 2031/32\n"
        "Garden waste\tper bin per year\t£58.00\n"
        "Pest control\tper visit\t£70.00\n"
    )
    figs = {f.table_row: f for f in _cells(text)}
    assert (figs["Garden waste"].label or "").endswith("per bin per year")
    assert (figs["Pest control"].label or "").endswith("per visit")


def test_a_grid_table_in_a_pdf_with_a_merged_header_gives_years_to_its_columns(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    data = [
        ["", "2031/32", "", "2032/33", ""],
        ["Service", "Budget £m", "Forecast £m", "Budget £m", "Forecast £m"],
        ["Orlwick highways", "12.4", "13.1", "12.9", "13.0"],
        ["Sampleton waste", "21.7", "22.0", "22.5", "22.9"],
    ]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("ALIGN", (1, 0), (-1, 0), "CENTER"),
    ])
    path = tmp_path / "wyvern-grid.pdf"
    SimpleDocTemplate(str(path)).build([Table(data, colWidths=[150, 70, 70, 70, 70], style=style)])
    text = parse_file(path).text
    assert "\t2031/32\t\t2032/33\t" in text
    got = [(f.table_row, f.table_col, f.value, f.period) for f in _cells(text) if f.surface in ("12.4", "22.9")]
    assert got == [
        ("Orlwick highways", "2031/32 Budget", 12_400_000.0, "2031/32"),
        ("Sampleton waste", "2032/33 Forecast", 22_900_000.0, "2032/33"),
    ]


def test_a_year_under_a_period_header_in_a_row_of_shares_is_a_year() -> None:
    text = (
        "Indicator\tPeriod\tWyvern\tEngland\n"
        "Adults who cycle weekly (%)\t2031\t12.1\t11.6\n"
        "Orlwick spend on grit (£m)\t2031/32\t3.1\t4.2\n"
    )
    figs = extract_figures(text)
    assert [(f.unit, f.value) for f in figs if f.surface == "2031"] == [("year", 2031.0)]
    assert not [f for f in figs if f.unit == "percent" and f.value == 2031.0]
    assert next(f for f in figs if f.surface == "12.1").unit == "percent"
