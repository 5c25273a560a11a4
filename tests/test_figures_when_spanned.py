"""A year written over several columns of a table (a two-row header: "Budget 2031/32" over
"Original" and "Revised") is the table's year: it dates the row's columns that name none (the
forecast, the variance), while a year in one column's header alone stays that column's.
Invented Sampleton tables, set out with no title and no sentence naming a year."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures

_SPANNED = (
    "Sampleton leisure services are forecast to overspend.\n\n"
    "Service\tBudget 2031/32\t\tForecast outturn\tVariance\t\n"
    "\tOriginal\tRevised\t\t£000\t%\n"
    "Swimming pools\t1,210\t1,250\t1,302\t52\t4.2\n"
    "Sports halls\t860\t860\t841\t(19)\t(2.2)\n"
)


def test_a_year_over_two_columns_dates_the_forecast_and_variance() -> None:
    got = {(f.table_row, f.surface): f.period for f in extract_figures(_SPANNED) if f.table_row}
    assert got[("Swimming pools", "1,302")] == "2031/32"
    assert got[("Swimming pools", "52")] == "2031/32" and got[("Swimming pools", "4.2")] == "2031/32"
    assert got[("Sports halls", "(19)")] == "2031/32"


def test_a_year_in_one_columns_header_stays_its_own() -> None:
    text = (
        "Sampleton fees are reviewed each year.\n\n"
        "Service\tFee for 31/32\tNew fee\tBookings forecast\n"
        "Pitch hire\t£48\t£50\t1,240\n"
    )
    got = {f.surface: f.period for f in extract_figures(text) if f.table_row}
    assert got["£48"] == "2031/32"
    assert got["£50"] is None and got["1,240"] is None


def test_two_years_over_their_columns_date_only_their_own() -> None:
    text = (
        "Sampleton garage rents.\n\n"
        "Garage\t2030/31 £ a week\t2031/32 £ a week\tRise %\n"
        "Lock-up garage\t12.00\t12.60\t5.0\n"
    )
    got = {f.surface: f.period for f in extract_figures(text) if f.table_row}
    assert got["12.00"] == "2030/31" and got["12.60"] == "2031/32"


def test_a_calendar_year_in_a_tables_title_dates_its_figures() -> None:
    text = (
        "Sampleton school transport.\n\n"
        "Table 3: Transport appeals heard in 2031\n"
        "\tPrimary\tSecondary\tTotal\n"
        "Appeals lodged\t41\t118\t159\n"
        "Upheld\t9\t27\t36\n"
    )
    got = {(f.table_row, f.table_col): f.period for f in extract_figures(text) if f.table_row}
    assert got[("Appeals lodged", "Primary")] == "2031" and got[("Upheld", "Total")] == "2031"


def test_a_date_or_a_span_in_a_tables_title_is_no_year_of_its_figures() -> None:
    for title in ("Table 1: Sampleton reserves at 31 March 2031", "Table 1: Sampleton reserves 2028 to 2031"):
        text = f"{title}\n\tGeneral\tEarmarked\nBalance\t4,100\t9,300\n"
        got = {f.surface: f.period for f in extract_figures(text) if f.table_row}
        assert got["4,100"] is None, (title, got)
