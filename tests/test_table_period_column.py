"""A table with a "Period" or "Year" column (figures.v32): the year in a row's cell under that
header is the period of the row's figures ("Rough sleepers per 10,000 | 2031/32 | 2.1 | 1.8"),
and the year cell itself is no figure of that year. Invented measures tables, as plain text and
read back from a grid table drawn into a PDF, a Word table and an HTML table."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures

_ROWS = [
    ["Measure", "Period", "Wyvern", "Region"],
    ["Rough sleepers per 10,000 households", "2031/32", "2.1", "1.8"],
    ["Adults who cycle weekly (%)", "2030", "12.1", "11.6"],
    ["Library visits per 1,000 residents", "2029/30", "3,412", "2,977"],
]


def _periods(text: str) -> dict[str, str | None]:
    return {f.surface: f.period for f in extract_figures(text) if f.table_row and f.kind in ("count", "percent")}


def _check(got: dict[str, str | None]) -> None:
    assert got["2.1"] == "2031/32" and got["1.8"] == "2031/32"
    assert got["12.1"] == "2030" and got["11.6"] == "2030"
    assert got["3,412"] == "2029/30" and got["2,977"] == "2029/30"


def test_a_rows_period_cell_dates_its_figures() -> None:
    text = "Table 4: Wyvern measures\n" + "\n".join("\t".join(r) for r in _ROWS) + "\n"
    _check(_periods(text))
    year = [f for f in extract_figures(text) if f.surface == "2030"]
    assert [(f.unit, f.period) for f in year] == [("year", None)]  # the row's year, not a figure of it


def test_a_year_column_headed_year_dates_its_rows() -> None:
    text = (
        "Sampleton recycling\n"
        "Year\tHouseholds served\tRecycled (%)\n"
        "2028\t41,200\t44.0\n"
        "2029\t41,950\t46.5\n"
    )
    got = {f.surface: f.period for f in extract_figures(text) if f.table_row}
    assert got["41,950"] == "2029" and got["46.5"] == "2029"


def test_a_period_column_in_a_grid_table_drawn_into_a_pdf(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    path = tmp_path / "wyvern-measures.pdf"
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
    SimpleDocTemplate(str(path)).build([Table(_ROWS, colWidths=[220, 60, 60, 60], style=style)])
    _check(_periods(parse_file(path).text))


def test_a_period_column_in_a_word_table(tmp_path: Path) -> None:
    import docx as python_docx

    from councilsearch.ingest.parse import parse_file

    d = python_docx.Document()
    d.add_paragraph("Orlwick measures set beside the region's.")
    table = d.add_table(rows=len(_ROWS), cols=len(_ROWS[0]))
    for i, row in enumerate(_ROWS):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    path = tmp_path / "orlwick-measures.docx"
    d.save(str(path))
    _check(_periods(parse_file(path).text))


def test_a_period_column_in_an_html_table(tmp_path: Path) -> None:
    from councilsearch.ingest.parse import parse_file

    def row(i: int, values: list[str]) -> str:
        tag = "th" if i == 0 else "td"
        return "<tr>" + "".join(f"<{tag}>{v}</{tag}>" for v in values) + "</tr>"

    path = tmp_path / "sampleton-measures.html"
    rows = "".join(row(i, r) for i, r in enumerate(_ROWS))
    path.write_text(f"<html><body><h2>Sampleton measures</h2><table>{rows}</table></body></html>", encoding="utf-8")
    _check(_periods(parse_file(path).text))


def test_a_dated_column_header_still_wins_over_the_period_cell() -> None:
    text = (
        "Measure\tPeriod\t2031/32 actual\n"
        "Complaints answered in 10 days (%)\t2030/31\t88\n"
    )
    assert next(f for f in extract_figures(text) if f.surface == "88").period == "2031/32"
