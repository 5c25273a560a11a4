"""Table forms found by rendering invented tables with real tools and reading them back
(``bench/table_probes.py``), on invented tables: a year merged over three columns (centred over
the middle one in a PDF; its empty cells dropped at the end of a Word or HTML row) names all
three; a unit over the row labels in a header row that kept its empty cells is the table's
unit; column headers that are dates with a word beside them ("31 March 2032 forecast") are
headers, also when the PDF dropped the empty cell over the row labels."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _cells(text: str) -> list[Figure]:
    return [f for f in extract_figures(text) if f.table_row]


def _grid_pdf(
    path: Path, data: list[list[str]], spans: list[tuple[int, int, int]], *, grid: bool = True, tight: bool = False
) -> str:
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    cmds: list[tuple[object, ...]] = [("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    cmds += [("SPAN", (a, r), (b, r)) for r, a, b in spans] + [("ALIGN", (a, r), (b, r), "CENTER") for r, a, b in spans]
    cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey) if grid else ("LINEBELOW", (0, 1), (-1, 1), 0.75, colors.black))
    if tight:  # rows set solid, as a header cell wrapped onto two lines is
        cmds += [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    SimpleDocTemplate(str(path)).build([Table(data, style=TableStyle(cmds))])
    return parse_file(path).text


THREE = ["Budget", "Forecast", "Variance"]


def test_a_year_merged_over_three_columns_of_a_pdf_names_all_three(tmp_path: Path) -> None:
    data = [
        ["£000", "2031/32", "", "", "2032/33", "", ""],
        ["Service", *THREE, *THREE],
        ["Orlwick libraries", "1,240", "1,310", "70", "1,290", "1,300", "10"],
        ["Sampleton parks", "2,170", "2,100", "(70)", "2,250", "2,290", "40"],
    ]
    for grid in (True, False):
        text = _grid_pdf(tmp_path / f"wyvern-{grid}.pdf", data, [(0, 1, 3), (0, 4, 6)], grid=grid)
        figs = {(f.table_row, f.table_col): f for f in _cells(text)}
        early = figs[("Orlwick libraries", "2031/32 Variance")]
        late = figs[("Sampleton parks", "2032/33 Budget")]
        assert (early.value, early.unit, early.period) == (70_000.0, "GBP", "2031/32")
        assert (late.value, late.unit, late.period) == (2_250_000.0, "GBP", "2032/33")


def test_a_header_wrapped_onto_a_second_line_is_no_span(tmp_path: Path) -> None:
    """"Budget" under "2031/32" and under "2032/33" is the second line of those headers, though
    it stands at the start and the end of two runs of two columns."""
    data = [
        ["£000", "2031/32", "Pressures", "Savings", "2032/33"],
        ["", "Budget", "", "", "Budget"],
        ["Orlwick libraries", "1,240", "310", "(120)", "1,430"],
        ["Sampleton parks", "2,170", "95", "(60)", "2,205"],
    ]
    text = _grid_pdf(tmp_path / "orlwick.pdf", data, [], grid=False, tight=True)
    figs = {f.surface: f for f in _cells(text)}
    assert figs["(120)"].table_col == "Savings"
    assert figs["1,430"].table_col == "2032/33 Budget"


def test_the_last_span_of_a_row_that_lost_its_trailing_empty_cells_covers_as_many_columns() -> None:
    text = (
        "Table 4: Service budgets (£000)\n"
        "\t2031/32\t\t\t2032/33\n"
        "Service\tBudget\tForecast\tVariance\tBudget\tForecast\tVariance\n"
        "Orlwick libraries\t1,240\t1,310\t70\t1,290\t1,300\t10\n"
    )
    figs = {f.surface: f for f in _cells(text)}
    assert (figs["1,300"].table_col, figs["1,300"].period) == ("2032/33 Forecast", "2032/33")
    assert (figs["10"].table_col, figs["10"].period) == ("2032/33 Variance", "2032/33")


def test_a_unit_over_the_row_labels_in_a_row_with_empty_cells_is_the_tables_unit() -> None:
    text = (
        "Table 2: Directorate budgets\n"
        "£000\t2031/32\t\t2032/33\n"  # (a Word or HTML row: its empty cells at the end dropped)
        "Directorate\tBudget\tForecast\tBudget\tForecast\n"
        "Orlwick libraries\t1,240\t1,310\t1,290\t1,300\n"
    )
    figs = {f.surface: f for f in _cells(text)}
    assert (figs["1,240"].value, figs["1,240"].unit, figs["1,240"].period) == (1_240_000.0, "GBP", "2031/32")
    assert (figs["1,300"].value, figs["1,300"].table_col) == (1_300_000.0, "2032/33 Forecast")


def test_dates_with_a_word_beside_them_are_column_headers() -> None:
    text = (
        "Table 12: Borrowing (£m)\n"
        "\t31 March 2031\t30 September 2031\t31 March 2032 forecast\n"
        "Wyvern bond\t184.5\t179.2\t176.0\n"
        "Orlwick loans\t(42.7)\t(58.1)\t(30.0)\n"
    )
    figs = {f.surface: f for f in _cells(text)}
    assert (figs["176.0"].unit, figs["176.0"].table_col, figs["176.0"].period) == (
        "GBP", "31 March 2032 forecast", None,
    )
    assert figs["(58.1)"].value == -58_100_000.0


def test_a_row_of_dates_that_lost_the_empty_cell_over_the_row_labels_heads_the_figures() -> None:
    text = (
        "Table 12: Borrowing (£m)\n"
        "31 March 2031\t30 September 2031\t31 March 2032\n"
        "Wyvern bond\t184.5\t179.2\t176.0\n"
    )
    figs = {f.surface: f for f in _cells(text)}
    assert figs["184.5"].table_col == "31 March 2031"
    assert figs["176.0"].table_col == "31 March 2032"
    assert not [f for f in extract_figures(text) if f.kind == "count"]


def test_a_reference_before_a_rows_words_leaves_the_label_to_the_words() -> None:
    text = (
        "Table 5: Savings proposals\n"
        "Ref\tService\tProposal\t2031/32 £000\n"
        "SAV-01\tWyvern customers\tMerge the two Orlwick contact centres\t250\n"
        "SAV-02\tSampleton fleet\tReduce the fleet by six vans\t120\n"
    )
    figs = {f.surface: f for f in _cells(text)}
    assert figs["250"].table_row == "Merge the two Orlwick contact centres"
    assert (figs["120"].label, figs["120"].value) == ("Reduce the fleet by six vans – 2031/32", 120_000.0)


GROUPED = (
    "Table 4: Care packages\n"
    "Client group\tService\tPackages\tWeekly cost £\n"
    "Older people\tResidential care\t412\t812.40\n"
    "\tNursing care\t233\t1,046.10\n"
    "Working age adults\tSupported living\t318\t1,420.00\n"
    "\tDay services\t205\t265.30\n"
    "Total\t\t1,168\t\n"
)


def test_a_group_cell_merged_down_names_each_of_its_rows() -> None:
    figs = {f.surface: f for f in _cells(GROUPED)}
    assert figs["412"].table_row == "Older people – Residential care"
    assert figs["1,046.10"].table_row == "Older people – Nursing care"
    assert (figs["1,046.10"].unit, figs["1,046.10"].table_col) == ("GBP", "Weekly cost")
    assert figs["205"].table_row == "Working age adults – Day services"
    assert figs["1,168"].table_row == "Total"


def test_a_pdf_grid_row_under_a_cell_merged_down_keeps_its_columns(tmp_path: Path) -> None:
    """A PDF row of a group drops the empty cell under the group's merged cell; the row's
    cells start under the next column, so the empty cell is given back; the rows are padded
    apart (a blank line between), so the group shows only at its second row."""
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    data = [line.split("\t") for line in GROUPED.splitlines()[1:-1]]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 4)), ("ALIGN", (2, 0), (-1, -1), "RIGHT")])
    path = tmp_path / "sampleton-care.pdf"
    SimpleDocTemplate(str(path)).build([Table(data, style=style)])
    text = parse_file(path).text
    assert "\n\tNursing care\t233\t1,046.10\n" in text
    figs = {f.surface: f for f in _cells(text)}
    assert figs["412"].table_row == "Older people – Residential care"
    assert (figs["233"].table_row, figs["233"].table_col) == ("Older people – Nursing care", "Packages")
    assert (figs["1,046.10"].unit, figs["1,046.10"].value) == ("GBP", 1046.1)


def test_a_header_wrapped_onto_two_lines_gives_its_unit_to_its_own_column(tmp_path: Path) -> None:
    """The last line of a header cell wrapped at the page's edge ("£000") stands alone under its
    column, its row otherwise empty; the empty cells before it are given back, so its unit is
    that column's."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from councilsearch.ingest.parse import parse_file

    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    heads = ["Reserve", "Balance at 1 April 2031 £000", "Planned use 2031/32 £000", "Balance at 31 March 2032 £000"]
    data = [[Paragraph(h, head) for h in heads],
            ["General fund balance", "12,500", "(1,500)", "11,000"],
            ["Transformation reserve", "4,250", "(2,000)", "2,250"],
            ["Insurance reserve", "1,900", "0", "1,900"]]
    style = TableStyle([("FONT", (0, 1), (-1, -1), "Helvetica", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
    path = tmp_path / "sampleton-reserves.pdf"
    SimpleDocTemplate(str(path), leftMargin=40, rightMargin=40).build([Table(data, style=style)])
    text = parse_file(path).text
    assert "\n\t\t\t£000\n" in text
    figs = {f.surface: f for f in _cells(text)}
    assert (figs["11,000"].unit, figs["11,000"].value) == ("GBP", 11_000_000.0)
    assert (figs["(1,500)"].unit, figs["(1,500)"].value) == ("GBP", -1_500_000.0)
