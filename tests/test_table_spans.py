"""Table forms where a header stands over several columns or a row label carries a note marker
(found by ``bench/table_probes.py``), on invented tables: a unit written only in a header cell
over all the value columns ("Projection (£000)" over the years, "£000" centred over the years
and a Total) is every column's unit; a year in such a cell ("Quarters of 2031/32") is the year of
the columns under it; a "Year" column of the year's figures (beside the quarters) is no column
of each row's year; a PDF header row that lost its empty cell over the row labels, set apart from
the next header row by padding, is put back over its columns; a note marker raised after a row
label ("Fuel costs" + "1", over a note "1 Includes ...") is no part of the figures' label, and an
HTML ``<sup>`` in a cell is read glued to its word, as it is printed."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.table_row}


def test_a_unit_only_in_a_header_cell_over_the_years_is_the_unit_of_every_year() -> None:
    text = (
        "Table 2: Medium term forecast\n"
        "\tProjection (£000)\n"
        "\t2031/32\t2032/33\t2033/34\n"
        "Service budgets\t52,617\t54,093\t55,871\n"
        "Transformation savings\t(763)\t(581)\t(427)\n"
    )
    figs = _cells(text)
    assert (figs["54,093"].value, figs["54,093"].unit, figs["54,093"].period) == (54_093_000.0, "GBP", "2032/33")
    assert (figs["(427)"].value, figs["(427)"].unit, figs["(427)"].period) == (-427_000.0, "GBP", "2033/34")


def test_a_unit_centred_over_the_years_and_a_total_is_the_unit_of_all_of_them() -> None:
    """A PDF reads the centred cell into the middle column; it is the table's unit all the same."""
    text = (
        "Table 4: Income targets by service area\n"
        "\t\t\t£000\n"
        "Service area\t2031/32\t2032/33\t2033/34\t2034/35\tTotal\n"
        "Highways\t347\t293\t187\t113\t940\n"
    )
    figs = _cells(text)
    assert {(f.unit, f.value) for s, f in figs.items() if s in ("347", "293", "940")} == {
        ("GBP", 347_000.0), ("GBP", 293_000.0), ("GBP", 940_000.0)}
    assert figs["940"].period is None and figs["347"].period == "2031/32"


def test_a_lone_percent_header_stays_with_its_own_column() -> None:
    text = "\t\t\t%\nService\tBudget\tSpend\tShare\nLibraries\t1,237\t1,163\t94.0\n"
    figs = _cells(text)
    assert figs["94.0"].unit == "percent"
    assert figs["1,237"].unit == "count"


def test_a_year_over_the_quarters_is_their_year_and_not_that_of_the_columns_before_it() -> None:
    text = (
        "Table 1: Service measures\n"
        "\t\tQuarters of 2031/32\n"
        "\tTarget\tQ1\tQ2\tQ3\tQ4\n"
        "Pest call-outs per 1,000 homes\t37\t33\t41\t29\t36\n"
    )
    figs = _cells(text)
    assert [figs[s].period for s in ("33", "41", "29", "36")] == ["2031/32"] * 4
    assert figs["37"].period is None


def test_a_year_column_of_the_years_figures_keeps_the_rows_unit() -> None:
    text = (
        "Measure\tQ1\tQ2\tYear\n"
        "\tApr–Jun\tJul–Sep\t2031/32\n"
        "Bulky items collected on time (%)\t63.0\t65.5\t64.2\n"
    )
    figs = _cells(text)
    assert (figs["64.2"].unit, figs["64.2"].period) == ("percent", "2031/32")


def test_a_column_of_each_rows_year_is_still_no_figure() -> None:
    text = "Year\tRecycling rate (%)\n2030\t38.3\n2031\t39.7\n"
    figs = _cells(text)
    assert (figs["39.7"].unit, figs["39.7"].period) == ("percent", "2031")
    assert "2031" not in figs or figs["2031"].unit not in ("percent", "count")


def test_a_padded_pdf_header_row_that_lost_its_first_cell_is_put_back_over_its_columns(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    data = [
        ["", "2030/31", "Target", "Q1", "Q2", "Year", ""],
        ["Indicator", "actual", "2031/32", "Apr–Jun", "Jul–Sep", "2031/32", "RAG"],
        ["Staff turnover (%)", "13.7", "12.0", "3.3", "3.1", "12.5", "Green"],
        ["Museum admissions", "63,417", "66,000", "15,833", "17,269", "66,550", "Amber"],
    ]
    style = TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
    path = tmp_path / "sampleton.pdf"
    SimpleDocTemplate(str(path)).build([Table(data, style=style)])
    figs = _cells(parse_file(path).text)
    assert (figs["63,417"].table_col, figs["63,417"].period) == ("2030/31 actual", "2030/31")
    assert figs["15,833"].table_col == "Q1 Apr–Jun"
    assert (figs["12.5"].unit, figs["12.5"].table_col) == ("percent", "Year 2031/32")


def test_a_note_marker_after_a_row_label_is_no_part_of_the_label() -> None:
    text = (
        "Table 6: Budget pressures (£000)\n"
        "Pressure\tAdults\tChildren\n"
        "Fuel costs1\t1,367\t893\n"
        "Vehicle hire2\t227\t163\n"
        "1 Includes the new depot lease.\n"
        "2 Cover for vacant posts.\n"
    )
    figs = _cells(text)
    assert figs["893"].label == "Fuel costs – Children"
    assert figs["893"].table_row == "Fuel costs1"  # the row as printed
    assert figs["227"].label == "Vehicle hire – Adults"
    assert not any(f.unit == "count" for f in figs.values())


def test_a_digit_ending_a_row_label_stays_without_a_note_it_keys() -> None:
    text = "Pressure\tAdults\tChildren\nFuel costs1\t1,367\t893\n\nThe pressures are funded from reserves.\n"
    assert _cells(text)["893"].label == "Fuel costs1 – Children"


def test_an_html_superscript_in_a_cell_is_glued_to_its_word(tmp_path: Path) -> None:
    from councilsearch.ingest.parse import parse_file

    path = tmp_path / "orlwick.html"
    path.write_text(
        "<html><body><p>Table 6: Budget pressures (£000)</p><table>"
        "<tr><th>Pressure</th><th>Adults</th><th>Children</th></tr>"
        "<tr><td>Fuel costs<sup>1</sup></td><td>1,367</td><td>893</td></tr>"
        "<tr><td>Vehicle hire<sup>2</sup></td><td>227</td><td>163</td></tr>"
        "</table><p><sup>1</sup> Includes the new depot lease. <sup>2</sup> Street lighting.</p></body></html>",
        encoding="utf-8",
    )
    text = parse_file(path).text
    assert "Fuel costs1\t1,367" in text
    figs = extract_figures(text)
    table = (text.index("Pressure"), text.index("1 Includes"))
    assert not any(f.surface in ("1", "2") for f in figs if table[0] <= f.span[0] < table[1])
    assert {f.label for f in figs if f.surface == "893"} == {"Fuel costs – Children"}
