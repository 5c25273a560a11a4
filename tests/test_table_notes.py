"""Table units given outside the header, on invented tables: a note just below a table ("Figures
are in £000", "All figures £m unless stated") is the unit of every cell nothing else gives one,
but not a unit line over the next table nor a heading with a unit ("Capital (£m)") over prose; a column of bare nouns headed "Per" or "Unit" ("visit",
"item") gives each row's money its rate, while a "Unit" column of counts ("tonnes") is their
measure, not a rate."""

from __future__ import annotations

import io
from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _cells(text: str) -> dict[tuple[str | None, str | None], Figure]:
    return {(f.table_row, f.table_col): f for f in extract_figures(text) if f.table_row}


WYVERN_CAPITAL = (
    "3.1 The Wyvern capital programme is summarised below.\n"
    "\n"
    "Scheme\t2031/32\t2032/33\n"
    "Orlwick bridge\t1,250\t800\n"
    "Sampleton depot\t400\t(60)\n"
    "Total\t1,650\t740\n"
    "{note}\n"
    "\n"
    "3.2 The next section covers borrowing.\n"
)


def test_a_note_below_a_table_gives_its_cells_their_unit() -> None:
    figs = _cells(WYVERN_CAPITAL.format(note="Amounts given in £000."))
    bridge = figs[("Orlwick bridge", "2031/32")]
    assert (bridge.unit, bridge.value, bridge.period) == ("GBP", 1_250_000.0, "2031/32")
    assert figs[("Sampleton depot", "2032/33")].value == -60_000.0
    millions = _cells(WYVERN_CAPITAL.format(note="\nAll figures £m unless stated otherwise"))
    assert (millions[("Total", "2032/33")].unit, millions[("Total", "2032/33")].value) == ("GBP", 740_000_000.0)


def test_a_note_gives_no_unit_a_header_gave_and_a_next_tables_unit_line_is_not_a_note() -> None:
    shares = (
        "Scheme\tSpend\tShare\n"
        "\t£000\t%\n"
        "Orlwick bridge\t1,250\t60\n"
        "Figures in £m\n"
    )
    figs = _cells(shares)
    assert figs[("Orlwick bridge", "Spend")].value == 1_250_000.0  # its own header's unit
    assert figs[("Orlwick bridge", "Share")].unit == "percent"
    two = (
        "Visitors\t2031\t2032\n"
        "Sampleton museum\t41,200\t43,900\n"
        "\n"
        "Running costs £000\n"
        "Service\t2031\t2032\n"
        "Sampleton library\t310\t325\n"
    )
    figs = _cells(two)
    visitors = figs[("Sampleton museum", "2031")]
    assert visitors.value == 41_200.0 and visitors.unit != "GBP"  # the line opens the next table
    assert [f.value for f in extract_figures(two) if f.surface == "325"] == [325_000.0]


def test_a_note_below_a_word_table_gives_its_cells_their_unit() -> None:
    from docx import Document

    from councilsearch.ingest.docx import parse_docx

    d = Document()
    d.add_paragraph("Orlwick reserves at year end")
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Reserve", "2031", "2032"), ("General fund", "4,500", "4,100"), ("Insurance", "900", "950")]):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    d.add_paragraph("All figures £'000s unless stated")
    buf = io.BytesIO()
    d.save(buf)
    figs = _cells(parse_docx(buf.getvalue(), "orlwick.docx").text)
    assert (figs[("Insurance", "2032")].unit, figs[("Insurance", "2032")].value) == ("GBP", 950_000.0)


def test_bare_nouns_under_per_or_unit_are_the_rows_rates(tmp_path: Path) -> None:
    from councilsearch.ingest.parse import parse_file

    page = (
        "<html><body><p>Table 2: Wyvern leisure charges</p><table>"
        "<tr><th>Service</th><th>Charge</th><th>Per</th></tr>"
        "<tr><td>Swim</td><td>£4.50</td><td>visit</td></tr>"
        "<tr><td>Locker</td><td>£1.00</td><td>item</td></tr>"
        "<tr><td>Nursery</td><td>£48.00</td><td>place</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "wyvern-charges.html"
    path.write_text(page, encoding="utf-8")
    figs = _cells(parse_file(path).text)
    swim = figs[("Swim", "Charge")]
    assert (swim.value, swim.label) == (4.5, "Swim – Charge per visit")
    assert (figs[("Nursery", "Charge")].label or "").endswith("per place")
    unit = (
        "Table 3: Sampleton charges\n"
        "Service\tUnit\tCharge 2031/32\n"
        "Bulky waste\titem\t£22.00\n"
        "Pest control\tvisit\t£65.00\n"
    )
    pest = _cells(unit)[("Pest control", "Charge 2031/32")]
    assert (pest.value, pest.period, pest.label) == (65.0, "2031/32", "Pest control – Charge 2031/32 per visit")


def test_a_unit_column_of_counts_is_their_measure_not_a_rate() -> None:
    waste = "Table 4: Wyvern waste\nStream\tUnit\t2031/32\nResidual waste\ttonnes\t1,200\nRecycling\ttonnes\t800\n"
    figs = _cells(waste)
    assert figs[("Residual waste", "2031/32")].label == "Residual waste – 2031/32"


def _pdf_table(
    path: Path, head: list[tuple[float, str]], centred: bool, cells: tuple[tuple[float, float, str], ...] = ()
) -> str:
    from reportlab.pdfgen.canvas import Canvas

    from councilsearch.ingest.parse import parse_file

    c = Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Table 5: Wyvern service budgets (£000)")
    for x, s in head:
        (c.drawCentredString if centred else c.drawString)(x, 720, s)
    for x, y, s in cells:  # header cells drawn one by one, each cell's lines before the next cell's
        c.drawCentredString(x, y, s)
    xs = (72, 280, 335, 430, 485)
    rows = (
        (706, ("Service", "Budget", "Forecast", "Budget", "Forecast")),
        (690, ("Libraries", "1,200", "1,350", "1,260", "1,300")),
        (676, ("Parks", "2,400", "2,310", "2,500", "2,450")),
    )
    for y, row in rows:
        for x, s in zip(xs, row, strict=True):
            c.drawString(x, y, s)
    c.drawString(72, 640, "The forecasts above are at month six.")
    c.save()
    return parse_file(path).text


def test_a_pdf_table_of_five_columns_drawn_string_by_string_keeps_its_cells_apart(tmp_path: Path) -> None:
    # pypdf's own reading runs such cells together ("ServiceBudgetForecast"): one word of its,
    # against five of the rebuild's, must not make the rebuild look the worse reading
    text = _pdf_table(tmp_path / "wyvern-plain.pdf", [], centred=False)
    assert "Service\tBudget\tForecast\tBudget\tForecast\nLibraries\t1,200\t1,350\t1,260\t1,300" in text


def test_a_pdf_header_centred_over_two_columns_names_both(tmp_path: Path) -> None:
    text = _pdf_table(tmp_path / "wyvern-span.pdf", [(325, "2031/32"), (475, "2032/33")], centred=True)
    assert "\t2031/32\t\t2032/33\t\nService\tBudget\tForecast\tBudget\tForecast\n" in text
    figs = _cells(text)
    late = figs[("Parks", "2032/33 Forecast")]
    assert (late.value, late.period) == (2_450_000.0, "2032/33")
    assert figs[("Libraries", "2031/32 Forecast")].value == 1_350_000.0


def test_a_pdf_header_wrapped_onto_two_lines_over_two_columns_names_both(tmp_path: Path) -> None:
    # drawn cell by cell (as Word writes a table), each header's two lines come before the next
    # header's: the pieces of each baseline over the table are one header line again
    cells = ((325, 734, "Net revenue"), (325, 720, "budget 2031/32"), (475, 734, "Net revenue"), (475, 720, "budget 2032/33"))
    text = _pdf_table(tmp_path / "wyvern-wrapped.pdf", [], centred=True, cells=cells)
    assert "\tNet revenue budget 2031/32\t\tNet revenue budget 2032/33\t\nService\tBudget\tForecast" in text
    late = _cells(text)[("Parks", "Net revenue budget 2032/33 Forecast")]
    assert (late.value, late.period) == (2_450_000.0, "2032/33")


def test_a_pdf_header_of_units_wrapped_under_each_column_gives_the_units(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from councilsearch.ingest.parse import parse_file

    path = tmp_path / "orlwick-wrapped.pdf"
    c = Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Table 2: Orlwick outturn")
    for x, top, unit in ((296, "Net", "budget"), (354, "Forecast", "outturn"), (446, "Variance", "£000"), (504, "Variance", "%")):
        c.drawCentredString(x, 734, top)  # each header cell's two lines, then the next cell's
        c.drawCentredString(x, 720, unit)
    for y, row in ((706, ("Libraries", "1,200", "1,350", "150", "12.5")), (692, ("Parks", "2,400", "2,310", "(90)", "-3.8"))):
        for x, cell in zip((72, 280, 335, 430, 485), row, strict=True):
            c.drawString(x, y, cell)
    c.save()
    figs = [f for f in extract_figures(parse_file(path).text) if f.table_row]
    over = [f for f in figs if (f.table_row, f.table_col) == ("Libraries", "Variance")]
    assert sorted((f.unit, f.value) for f in over) == [("GBP", 150_000.0), ("percent", 12.5)]
    assert any((f.table_row, f.table_col) == ("Parks", "Forecast outturn") for f in figs)


def test_a_numbered_heading_below_a_table_is_no_note() -> None:
    text = WYVERN_CAPITAL.format(note="\n4. Orlwick borrowing (£m)\nThe council borrowed twice in the year.")
    bridge = _cells(text)[("Orlwick bridge", "2031/32")]
    assert (bridge.unit, bridge.value) == ("count", 1_250.0)


def test_a_heading_with_a_unit_below_a_table_is_no_note() -> None:
    # "Capital (£m)" names a subject: it heads the prose after it, while a note speaks of the
    # figures ("Amounts in £000", "Source: ... (£000)") or is the unit alone
    prose = "The Orlwick schemes for the next two years are set out in the appendix to this report, by service."
    for heading in ("Capital (£m)", "Sampleton depot works £000"):
        bridge = _cells(WYVERN_CAPITAL.format(note=f"\n{heading}\n\n{prose}"))[("Orlwick bridge", "2031/32")]
        assert (bridge.unit, bridge.value) == ("count", 1_250.0), heading
    for note in ("Amounts in £000", "Source: Wyvern finance ledger (£000)", "(£000)"):
        bridge = _cells(WYVERN_CAPITAL.format(note=f"{note}\n\n{prose}"))[("Orlwick bridge", "2031/32")]
        assert (bridge.unit, bridge.value) == ("GBP", 1_250_000.0), note
