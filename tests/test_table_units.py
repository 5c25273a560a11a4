"""Table figures by table structure, on invented tables (the TAB-separated text the readers
write): a unit over the row labels reaches every cell even when the column headers are dates
written over two lines ("30 June" over "2031"); a table broken across a page without its header
repeated keeps the header and unit of the part before; a unit column ("a meal", "per night")
gives each row's figures their rate; a bare quarter column ("Q2") takes the financial year of
the quarters the document named before it; a row of years under dates is a header, not a row of
figures, and a continuation row's passage keeps its table's title."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.ingest.table_rows import row_spans
from councilsearch.models import Figure
from councilsearch.pipeline import analyse, read_document


def _cells(text: str) -> list[Figure]:
    return [f for f in extract_figures(text) if f.table_row]


WYVERN_DEPOSITS = (
    "4.2 Table 1 shows where the Wyvern fund's cash was held.\n"
    "\n"
    "Table 6: Deposits by counterparty\t\t\n"
    "£000\t31 March\t30 June\n"
    "\t2031\t2031\n"
    "Clearing banks\t7,250\t6,100\n"
    "Building societies\t3,300\t(150)\n"
    "\n"  # the page breaks here: the header is not repeated
    "Orlwick Council\t2,000\t4,000\n"
    "Total deposits\t12,550\t9,950\n"
    "\n"
    "5. Borrowing\n"
)


def test_a_unit_over_the_row_labels_reaches_cells_under_date_headers() -> None:
    figs = {(f.table_row, f.table_col): f for f in _cells(WYVERN_DEPOSITS)}
    banks = figs[("Clearing banks", "31 March 2031")]
    assert (banks.unit, banks.value, banks.surface) == ("GBP", 7_250_000.0, "7,250")
    assert banks.period is None  # a date column is no financial year
    neg = figs[("Building societies", "30 June 2031")]
    assert (neg.unit, neg.value) == ("GBP", -150_000.0)  # a bracketed negative, scaled once


def test_a_table_broken_across_a_page_keeps_its_header_and_unit() -> None:
    figs = {(f.table_row, f.table_col): f for f in _cells(WYVERN_DEPOSITS)}
    after = figs[("Orlwick Council", "30 June 2031")]
    assert (after.unit, after.value, after.period) == ("GBP", 4_000_000.0, None)
    total = figs[("Total deposits", "31 March 2031")]
    assert (total.unit, total.value) == ("GBP", 12_550_000.0)
    assert "31 March 2031" in (total.label or "")


def test_years_under_dates_are_a_header_not_figures() -> None:
    assert not [f for f in extract_figures(WYVERN_DEPOSITS) if f.surface == "2031" and f.kind == "count"]
    start = WYVERN_DEPOSITS.index("Table 6:")
    end = WYVERN_DEPOSITS.index("Building societies")
    end = WYVERN_DEPOSITS.index("\n", end)
    spans = row_spans(WYVERN_DEPOSITS, (start, end))
    texts = [WYVERN_DEPOSITS[a:b] for a, b in spans]
    assert texts[0].endswith("\t2031\t2031")  # the head holds both header lines
    assert texts[1] == "Clearing banks\t7,250\t6,100"


SAMPLETON_CHARGES = (
    "Table 3: Community care charges\n"
    "Service\tUnit\t2030/31 charge\t2031/32 charge\tChange\n"
    "Meals at home\ta meal\t£4.20\t£4.40\t4.8%\n"
    "Day centre\ta day\t£38.00\t£39.50\t3.9%\n"
    "Respite care\tper night\t£96\t£101\t5.2%\n"
)


def test_a_unit_column_gives_each_rows_figures_their_rate() -> None:
    figs = {(f.table_row, f.table_col): f for f in _cells(SAMPLETON_CHARGES)}
    meal = figs[("Meals at home", "2031/32 charge")]
    assert (meal.value, meal.period) == (4.4, "2031/32")
    assert meal.label is not None and meal.label.endswith("a meal")
    night = figs[("Respite care", "2030/31 charge")]
    assert night.label is not None and night.label.endswith("per night")
    day = figs[("Day centre", "Change")]
    assert day.kind == "percent" and "a day" not in (day.label or "")  # a change is no rate


ORLWICK_QUARTERS = (
    "2.1 Table 1 shows the tonnes collected in each quarter.\n"
    "Tonnes\tQ1 2031/32\tQ2 2031/32\n"
    "Residual waste\t1,200\t1,300\n"
    "\n"
    "3.1 Table 2 sets the standards beside each quarter's result.\n"
    "Standard\tTarget\tQ1\tQ2\n"
    "Complaints answered on time\t95%\t91%\t93%\n"
    "Missed collections\t40\t52\t47\n"
)


def test_a_bare_quarter_column_takes_the_year_of_the_documents_quarters() -> None:
    figs = {(f.table_row, f.table_col): f for f in _cells(ORLWICK_QUARTERS)}
    assert figs[("Complaints answered on time", "Q2")].period == "2031/32"
    assert figs[("Missed collections", "Q1")].period == "2031/32"
    assert figs[("Missed collections", "Target")].period is None  # a target column is no quarter


def test_a_bare_quarter_column_with_no_year_named_stays_undated() -> None:
    text = "Standard\tTarget\tQ1\tQ2\nComplaints answered on time\t95%\t91%\t93%\n"
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    assert figs[("Complaints answered on time", "Q1")].period is None


def test_the_rows_after_a_page_break_keep_their_tables_title(tmp_path: Path) -> None:
    path = tmp_path / "wyvern-treasury-review.txt"
    path.write_text("Wyvern District Council\n\n4. Investments\n\n" + WYVERN_DEPOSITS)
    a = analyse(read_document(path), entities=False)
    rows = {p.text.split("\t", 1)[0]: p for p in a.passages if p.kind == "table"}
    assert rows["Clearing banks"].path[-1] == "Table 6: Deposits by counterparty – £000"
    assert rows["Orlwick Council"].path == rows["Clearing banks"].path
    assert rows["Total deposits"].path == rows["Clearing banks"].path


def test_a_calendar_year_column_dates_its_cells() -> None:
    text = (
        "Table 5: Sampleton library use\n"
        "Indicator\t2029\t2030\t2031\n"
        "Visits\t41,200\t43,900\t45,100\n"
    )
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    assert [figs[("Visits", y)].period for y in ("2029", "2030", "2031")] == ["2029", "2030", "2031"]
    assert figs[("Visits", "2030")].value == 43_900.0


def test_a_pound_rate_in_the_title_makes_money_with_that_rate() -> None:
    text = (
        "Table 3: Orlwick care home fees (£ per week)\n"
        "Home type\t2030/31\t2031/32\n"
        "Residential\t812\t851\n"
    )
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    fee = figs[("Residential", "2031/32")]
    assert (fee.unit, fee.value, fee.period) == ("GBP", 851.0, "2031/32")
    assert fee.label is not None and fee.label.endswith("per week")


WYVERN_PAGE = b"""<html><head><title>Wyvern budget monitoring</title></head><body>
<h1>Wyvern District Council</h1>
<table>
<caption>Table 1: Forecast outturn (\xc2\xa3000)</caption>
<tr><th rowspan="2">Service</th><th colspan="2">2031/32</th><th rowspan="2">Variance</th></tr>
<tr><th>Budget</th><th>Forecast</th></tr>
<tr><td>Libraries</td><td>1,200</td><td>1,350</td><td>150</td></tr>
<tr><td>Parks</td><td>2,400</td><td>2,310</td><td>(90)</td></tr>
</table>
<table>
<tr><th>Charge</th><th>Unit</th><th>2031/32</th></tr>
<tr><td>Pest control</td><td>per visit</td><td>\xc2\xa365</td></tr>
</table>
</body></html>"""


def test_an_html_header_spanning_rows_and_columns_keeps_each_column_its_header() -> None:
    from councilsearch.ingest.html import parse_html

    text = parse_html(WYVERN_PAGE, "wyvern.html").text
    assert "Service\t2031/32\t\tVariance\n\tBudget\tForecast\n" in text
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    budget = figs[("Libraries", "2031/32 Budget")]
    assert (budget.unit, budget.value, budget.period) == ("GBP", 1_200_000.0, "2031/32")
    forecast = figs[("Parks", "2031/32 Forecast")]  # under the spanning year too
    assert (forecast.value, forecast.period) == (2_310_000.0, "2031/32")
    assert figs[("Parks", "Variance")].value == -90_000.0
    # the next table straight after has its own unit column
    assert (figs[("Pest control", "2031/32")].label or "").endswith("per visit")


def test_a_merged_header_cell_names_the_columns_a_header_row_below_splits_it_into() -> None:
    # a Word table: "Net cost" merged over two columns, "Actual" and "Forecast" below it
    text = "£000\tNet cost\t\tChange\n\tActual 2030/31\tForecast 2031/32\t\nOrlwick depot\t410\t455\t45\n"
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    assert figs[("Orlwick depot", "Net cost Forecast 2031/32")].value == 455_000.0
    assert figs[("Orlwick depot", "Net cost Actual 2030/31")].period == "2030/31"


def test_a_header_repeated_over_the_next_page_keeps_the_units_it_lost() -> None:
    text = (
        "Table 2: Sampleton capital schemes\n"
        "Scheme\t2030/31\t2031/32\n"
        "£000\t\t\n"
        "New depot\t1,500\t250\n"
        "\n"
        "Page 7\n"
        "\n"
        "Scheme\t2030/31\t2031/32\n"  # the header again, its unit line not
        "Orlwick bridge\t700\t90\n"
    )
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    bridge = figs[("Orlwick bridge", "2031/32")]
    assert (bridge.unit, bridge.value) == ("GBP", 90_000.0)


def test_a_new_table_with_the_same_header_keeps_no_units() -> None:
    text = (
        "Scheme\t2030/31\t2031/32\n"
        "£000\t\t\n"
        "New depot\t1,500\t250\n"
        "Homes delivered\t\t\n"  # another table's title
        "Scheme\t2030/31\t2031/32\n"
        "Orlwick Road\t40\t25\n"
    )
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    assert figs[("New depot", "2030/31")].unit == "GBP"
    homes = figs[("Orlwick Road", "2030/31")]
    assert (homes.unit, homes.value) == ("count", 40.0)


def test_a_percent_declared_over_the_row_labels_or_in_the_title_makes_shares() -> None:
    stub = "%\t2030/31\t2031/32\nRecycling rate\t45.2\t47.1\n"
    cell = {(f.table_row, f.table_col): f for f in _cells(stub)}[("Recycling rate", "2031/32")]
    assert (cell.unit, cell.value, cell.period) == ("percent", 47.1, "2031/32")
    titled = "Table 4: Orlwick recycling rates (%)\nDistrict\t2030/31\t2031/32\nNorth ward\t45.2\t47.1\n"
    cell = {(f.table_row, f.table_col): f for f in _cells(titled)}[("North ward", "2030/31")]
    assert (cell.unit, cell.value) == ("percent", 45.2)
    # a title that only mentions a share declares no unit
    mention = "Table 5: Wyvern visits after a 5% rise\nCentre\t2030/31\nSampleton pool\t41,200\n"
    assert {f.table_row: f for f in _cells(mention)}["Sampleton pool"].unit == "count"


def test_a_pound_rate_over_the_row_labels_joins_the_labels() -> None:
    text = "£ per week\t2030/31\t2031/32\nResidential\t812\t851\n"
    fee = {(f.table_row, f.table_col): f for f in _cells(text)}[("Residential", "2030/31")]
    assert (fee.unit, fee.value) == ("GBP", 812.0)
    assert (fee.label or "").endswith("per week")


def test_rows_under_a_header_repeated_after_a_page_break_keep_their_tables_title(tmp_path: Path) -> None:
    path = tmp_path / "sampleton-capital.txt"
    path.write_text(
        "Sampleton Town Council\n\n5. Capital schemes\n\n"
        "Table 2: Sampleton capital schemes\nScheme\t2030/31\t2031/32\n£000\t\t\nNew depot\t1,500\t250\n\n"
        "Scheme\t2030/31\t2031/32\nOrlwick bridge\t700\t90\n\n6. Risks\n"
    )
    a = analyse(read_document(path), entities=False)
    rows = {p.text.split("\t", 1)[0]: p for p in a.passages if p.kind == "table"}
    assert rows["New depot"].path[-1].startswith("Table 2: Sampleton capital schemes")
    assert rows["Orlwick bridge"].path == rows["New depot"].path


def test_a_financial_year_written_short_or_as_its_months_heads_its_column() -> None:
    text = "Scheme\t30-31\t31-32\nWyvern depot\t1,500\t250\n"
    figs = {(f.table_row, f.table_col): f for f in _cells(text)}
    assert [figs[("Wyvern depot", c)].period for c in ("30-31", "31-32")] == ["2030/31", "2031/32"]
    months = "Scheme\tApr 2030 - Mar 2031\nWyvern depot\t1,500\n"
    assert _cells(months)[0].period == "2030/31"


def test_a_row_label_led_by_a_number_labels_its_row_and_is_no_value() -> None:
    text = "Age band\tResidents\n18-24\t1,200\n65+\t300\n"
    figs = {f.table_row: f for f in _cells(text)}
    assert figs["18-24"].value == 1_200.0 and figs["18-24"].label == "18-24 – Residents"
    assert figs["65+"].value == 300.0
    assert not [f for f in extract_figures(text) if f.table_col == "Age band"]  # a band is not a figure of its column
    years = "Year\tVisits to Sampleton library\n2029\t41,200\n2030\t43,900\n"
    by_year = {f.table_row: f for f in _cells(years)}
    assert (by_year["2030"].value, by_year["2030"].period) == (43_900.0, "2030")


def test_a_word_table_with_merged_header_cells_keeps_each_column_its_header() -> None:
    import io

    from docx import Document

    from councilsearch.ingest.docx import parse_docx

    d = Document()
    d.add_paragraph("Table 2: Wyvern budget monitoring (£000)")
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Service"  # down two rows
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2031/32"  # across two columns
    t.cell(0, 3).merge(t.cell(1, 3)).text = "Variance"
    t.cell(1, 1).text, t.cell(1, 2).text = "Budget", "Forecast"
    for r, row in enumerate([("Libraries", "1,200", "1,350", "150"), ("Parks", "2,400", "2,310", "(90)")], start=2):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    buf = io.BytesIO()
    d.save(buf)
    figs = {(f.table_row, f.table_col): f for f in _cells(parse_docx(buf.getvalue(), "wyvern.docx").text)}
    forecast = figs[("Parks", "2031/32 Forecast")]
    assert (forecast.unit, forecast.value, forecast.period) == ("GBP", 2_310_000.0, "2031/32")
    assert figs[("Libraries", "2031/32 Budget")].value == 1_200_000.0
    assert figs[("Parks", "Variance")].value == -90_000.0


def test_a_pdf_table_drawn_string_by_string_keeps_every_cell(tmp_path: Path) -> None:
    # reportlab's drawString writes each string in its own text object, ending it with T*: pypdf
    # hands the run over as "150\n", and the line break must not close the table row
    from reportlab.pdfgen.canvas import Canvas

    from councilsearch.ingest.parse import parse_file

    path = tmp_path / "orlwick-services.pdf"
    c = Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "Table 4: Orlwick service costs (£000)")
    for y, row in ((700, ("Libraries", "1,200", "150")), (687, ("Parks", "2,400", "(90)"))):
        for x, s in zip((72, 300, 400), row, strict=True):
            c.drawString(x, y, s)
    c.drawString(72, 650, "The costs above are for the year to date.")
    c.save()
    text = parse_file(path).text
    assert "Libraries\t1,200\t150\nParks\t2,400\t(90)" in text
    figs = {f.table_row: f for f in _cells(text) if f.surface == "(90)"}
    assert (figs["Parks"].unit, figs["Parks"].value) == ("GBP", -90_000.0)
