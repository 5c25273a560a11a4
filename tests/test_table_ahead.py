"""Table forms written ahead of the next corpus (``bench/table_probe_specs_ahead.py``), on invented
tables: a header on three rows (a group over years over a row of units, "%" under each year) is
laid out over its columns; a column of units beside the figures ("£k", "No.", "%", "£ per week")
gives each row its unit; a two-page table not headed again on its second page keeps its columns
past the page's numbered footer; a PDF row that skips a column (an empty cell between two) keeps
its cells in their columns; "n/a" in a row is no phrase broken off; a credit written "1,250 CR"
is negative; a row's number in a column of its own ("No.", "#") is a reference, in a PDF and in
the extraction, and the row's words label it; a running footer read as a row ("Page 1") heads no
table below it."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.table_lines import is_table_row
from councilsearch.ingest.pdf import parse_pdf
from councilsearch.models import Figure


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.table_row}


def _pdf(path: Path, data: list[list[str]], *, spans: tuple[tuple[int, int, int], ...] = (), repeat: int = 1,
         pages: int = 1, intro: str = "Figures for the Orlwick depot are set out below.") -> str:
    """A reportlab grid table (``spans``: (row, first col, last col) merged across), each page
    footed "Orlwick Council  Page N"; returns the parsed text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    def foot(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(40, 20, "Orlwick Council")  # type: ignore[attr-defined]
        canvas.drawRightString(555, 20, f"Page {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    cmds: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)),
                                      ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    cmds += [("SPAN", (c0, r), (c1, r)) for r, c0, c1 in spans]
    cmds += [("ALIGN", (c0, r), (c1, r), "CENTER") for r, c0, c1 in spans]
    story = [Paragraph(intro, getSampleStyleSheet()["Normal"]),
             Table(data, style=TableStyle(cmds), repeatRows=repeat)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(
        story, onFirstPage=foot, onLaterPages=foot)
    parsed = parse_pdf(path.read_bytes(), path.name)
    assert parsed.fallback_pages == 0
    return parsed.text


def test_a_group_over_years_over_a_row_of_percent_signs_is_laid_out_over_its_columns(tmp_path: Path) -> None:
    """"Orlwick" centred over two years, "Region" over the next two, a "%" under each year: the
    group row keeps its place over the columns (it was read as two cells from the left)."""
    text = _pdf(tmp_path / "groups.pdf", [
        ["", "Orlwick", "", "Region", ""],
        ["Measure", "2031/32", "2032/33", "2031/32", "2032/33"],
        ["", "%", "%", "%", "%"],
        ["Residents who walk weekly", "61.5", "63.0", "58.2", "58.9"],
        ["Residents who cycle weekly", "12.4", "13.1", "10.8", "11.0"],
    ], spans=((0, 1, 2), (0, 3, 4)), repeat=3)
    assert "\tOrlwick\t\tRegion\t" in text
    figs = _cells(text)
    assert (figs["58.2"].unit, figs["58.2"].period) == ("percent", "2031/32")
    assert "Region" in (figs["58.2"].table_col or "") and "Orlwick" in (figs["63.0"].table_col or "")


def test_a_column_of_units_gives_each_row_its_unit() -> None:
    text = (
        "Table 3: Leisure key measures\n"
        "Measure\tUnit\t2031/32\t2032/33\n"
        "Spend on tennis coaching\t£k\t1,420\t1,515\n"
        "Tennis sessions given\tNo.\t8,310\t8,745\n"
        "Sessions booked online\t%\t71.5\t76.0\n"
        "Cost of a session\t£ per session\t6.40\t6.75\n"
    )
    figs = _cells(text)
    assert (figs["1,420"].unit, figs["1,420"].value) == ("GBP", 1_420_000.0)
    assert (figs["8,745"].unit, figs["8,745"].value) == ("count", 8745.0)
    assert figs["76.0"].unit == "percent"
    assert (figs["6.40"].unit, figs["6.40"].value) == ("GBP", 6.40)
    assert "per session" in (figs["6.40"].label or "")
    assert figs["1,420"].period == "2031/32" and figs["1,420"].label == "Spend on tennis coaching – 2031/32"


def test_a_units_column_under_a_table_unit_says_no_for_counts() -> None:
    """"No." beside a row counts it though the title gives the table's money unit; a "No" that
    answers a question ("Statutory? No") is no unit."""
    text = (
        "Table 5: Depot budgets (£000)\n"
        "Line\tUnit\tBudget\tForecast\n"
        "Tool hire\t\t410\t455\n"
        "Tools on hire\tNo.\t23\t26\n"
    )
    figs = _cells(text)
    assert figs["455"].unit == "GBP" and figs["26"].unit == "count"
    text = "Table 6: Schemes (£000)\nScheme\tStatutory\tBudget\nVerge cutting\tNo\t310\nFlood defence\tYes\t125\n"
    assert _cells(text)["310"].unit == "GBP"


def test_a_two_page_table_not_headed_again_keeps_its_columns_past_the_numbered_footer(tmp_path: Path) -> None:
    rows = [[f"Hut {k}", f"{100 + 3 * k}", f"{(k % 9) + 0.5:.1f}"] for k in range(1, 76)]
    text = _pdf(tmp_path / "huts.pdf", [["Beach hut", "Holders", "Vacant %"], *rows], repeat=0)
    assert "Page 2" not in text
    figs = {f.table_row: f for f in extract_figures(text) if f.table_row and f.surface == "5.5"}
    late = figs["Hut 68"]
    assert late.unit == "percent" and "Vacant" in (late.label or "")


def test_a_pdf_row_that_skips_a_column_keeps_its_cells_in_their_columns(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "receipts.pdf", [
        ["Site", "2031/32", "2032/33", "2033/34"],
        ["Quarry lane", "215", "180", "90"],
        ["Wyvern goods yard", "tbc", "", "130"],
        ["Orlwick mill", "65", "40", "25"],
    ])
    assert "Wyvern goods yard\ttbc\t\t130" in text


def test_na_in_a_row_is_no_phrase_broken_off() -> None:
    assert is_table_row("Sampleton fields\t115\tn/a\tnil")
    assert not is_table_row("a shortfall because of\tthe delay")


def test_a_credit_written_cr_is_negative() -> None:
    text = "Table 2: Traded services (£)\nAccount\tBudget\tActual\nStreet trading\t9,400\t2,150 CR\nLand searches\t4,300 CR\t(3,910)\n"
    figs = _cells(text)
    assert figs["2,150 CR"].value == -2150.0 and figs["4,300 CR"].value == -4300.0
    assert figs["9,400"].value == 9400.0 and figs["2,150 CR"].unit == "GBP"


def test_a_row_number_in_a_pdf_is_a_cell_of_its_own(tmp_path: Path) -> None:
    """A bare number before a row of cells set wide apart is the row's number in a column of its
    own, as "No." over it is that column's header; not a list item's marker joined to its text."""
    text = _pdf(tmp_path / "bids.pdf", [
        ["No.", "Scheme", "Cost £000", "Grant £000"],
        ["1", "Orlwick bowling green", "145", "50"],
        ["2", "Sampleton boating lake pumps", "380", "0"],
        ["3", "Wyvern bandstand", "72", "30"],
    ])
    assert "No.\tScheme\tCost £000\tGrant £000" in text and "2\tSampleton boating lake pumps\t380\t0" in text
    figs = _cells(text)
    assert figs["380"].label == "Sampleton boating lake pumps – Cost" and figs["380"].unit == "GBP"


def test_a_row_number_under_no_or_hash_is_a_reference_but_under_band_a_name() -> None:
    text = "#\tRisk\tLikelihood\tImpact\n1\tBoiler failure at the civic hall\t3\t4\n2\tLoss of tenancy records\t2\t5\n"
    figs = _cells(text)
    assert figs["4"].label == "Boiler failure at the civic hall – Impact" and figs["5"].table_row == "Loss of tenancy records"
    text = "Band\tFloor area\tCharge\n1\tUnder 40 square metres\t£310\n2\t40 to 90 square metres\t£545\n"
    assert _cells(text)["£310"].table_row == "1"


def test_a_running_footer_read_as_a_row_heads_no_table_below() -> None:
    text = (
        "Orlwick Council\tPage 1\n"
        "The figures for the year are set out below.\n"
        "Council tax 2031/32 at a glance\n"
        "Band D council tax\t£2,215.40\n"
        "Council tax base\t48,120.5\n"
    )
    figs = _cells(text)
    assert figs["£2,215.40"].label == "Band D council tax" and figs["48,120.5"].label == "Council tax base"


def test_a_title_set_as_the_tables_first_row_gives_its_year_before_a_sentence_above() -> None:
    """A PDF keeps a table's title as its first row ("Table 1: ... 2031/32" with TABs after it);
    that year is the table's, not the year of the sentence just above it ("slips into 2032/33")."""
    text = (
        "3.3 Table 1 shows each depot's budget and the part of any underspend that slips into 2032/33.\n\n"
        "Table 1: Depot works 2031/32 by site\t\t\t\n"
        "\tBudget\tForecast\tSlippage to\n"
        "Site\t£k\t£k\t2032/33 £k\n"
        "Orlwick yard\t1,250\t1,100\t150\n"
    )
    figs = _cells(text)
    assert figs["1,250"].period == "2031/32" and figs["1,100"].period == "2031/32"
    assert figs["150"].period == "2032/33"


def test_a_header_centred_over_the_row_labels_stays_over_them(tmp_path: Path) -> None:
    """A header row whose first cell is centred over the row labels ("Service", as a browser or
    a Word template sets a header cell) starts in the first column: no empty cell is put before
    it, so each header stays over its own column of figures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "centred.pdf"
    data = [["Service", "Budget £000", "Forecast £000", "Variance %"],
            ["Orlwick museums and galleries", "3,410", "3,525", "3.4"],
            ["Sampleton street lighting", "1,870", "1,790", "(4.3)"]]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])  # rows set tight, as a browser sets them
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(data, style=style)])
    text = parse_pdf(path.read_bytes(), path.name).text
    assert "Service\tBudget £000\tForecast £000\tVariance %" in text
    figs = _cells(text)
    assert figs["3,410"].unit == "GBP" and figs["3,410"].label == "Orlwick museums and galleries – Budget"
    assert figs["(4.3)"].unit == "percent"


def test_a_year_with_a_percent_sign_is_a_header_cell() -> None:
    """A header wrapped onto one line with its unit ("2031/32 %", the "%" row of a header set
    tight under the years) names its column; it is no row of figures."""
    text = (
        "\tOrlwick\t\tRegion\t\n"
        "Measure\t2031/32 %\t2032/33 %\t2031/32 %\t2032/33 %\n"
        "Residents who walk weekly\t61.5\t63.0\t58.2\t58.9\n"
    )
    figs = _cells(text)
    assert (figs["63.0"].unit, figs["63.0"].period) == ("percent", "2032/33")
    assert "Region" in (figs["58.2"].table_col or "")
