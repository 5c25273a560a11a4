"""Tables laid out as a browser prints them, on invented tables drawn by reportlab: header cells
centred in their columns (a browser's default for ``th``) and body cells centred down their rows
(``td``'s default), so a row whose label and commentary both wrap puts their second lines on a
baseline of their own below the row's figures. Those lines continue the row's cells also when the
row is the last before a row of fewer cells (a total with no number in the first column) or the
last of the table; a header centred over a wide column of left-set row labels is that column's,
with no empty cell before it."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.ingest.pdf import parse_pdf
from councilsearch.models import Figure


def _pdf(path: Path, title: str, data: list[list[str]], widths: list[float], numbers: tuple[int, int]) -> str:
    """A table as a browser sets it: the header row bold and centred, body cells in the middle of
    their rows, figures set right; words wrap in their column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
    cells: list[list[object]] = [list(data[0])]
    for row in data[1:]:
        cells.append([t if numbers[0] <= c <= numbers[1] or not t else Paragraph(t, body) for c, t in enumerate(row)])
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                        ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                        ("ALIGN", (numbers[0], 1), (numbers[1], -1), "RIGHT"),
                        ("GRID", (0, 0), (-1, -1), 0.5, "#888888")])
    normal = getSampleStyleSheet()["Normal"]
    story = [Paragraph("The Wyvern finance team sets out the position below.", normal), Paragraph(title, normal),
             Table(cells, colWidths=widths, style=style, repeatRows=1),
             Paragraph("The position is reviewed each month.", normal)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(story)
    return parse_pdf(path.read_bytes(), path.name).text


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.table_row}


FORECAST = [
    ["No.", "Service", "Budget", "Forecast", "Commentary"],
    ["1", "Orlwick markets and street trading", "410", "455", "Stall income fell while the hall roof was shut"],
    ["2", "Sampleton parks", "1,230", "1,190", "On budget"],
    ["3", "Wyvern depot fleet and workshop", "2,040", "2,115", "Tyres and parts cost more than planned"],
    ["", "Net total", "3,680", "3,760", ""],
]


def test_the_wrapped_cells_of_a_row_over_a_total_stay_in_their_row(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "forecast.pdf", "Table 2: Forecast by service, 2031/32 (£000)", FORECAST,
                [30, 110, 50, 50, 130], (2, 3))
    assert "\tTyres and parts cost more than planned" in text
    assert "\tNet total\t3,680\t3,760" in text
    cells = _cells(text)
    assert cells["3,760"].unit == "GBP" and cells["3,760"].value == 3_760_000.0
    assert cells["3,760"].label == "Net total – Forecast" and cells["3,760"].period == "2031/32"
    assert cells["2,115"].label == "Wyvern depot fleet and workshop – Forecast"


def test_the_wrapped_cells_of_the_last_row_stay_in_their_row(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "forecast.pdf", "Table 2: Forecast by service, 2031/32 (£000)", FORECAST[:4],
                [30, 110, 50, 50, 130], (2, 3))
    assert "Wyvern depot fleet and workshop\t2,040\t2,115\tTyres and parts cost more than planned" in text


def test_a_header_centred_over_wide_row_labels_heads_their_column(tmp_path: Path) -> None:
    data = [["Status", "Number of schemes", "Value £000"], ["Delivered", "6", "412"], ["On course", "9", "655"],
            ["Not deliverable in the year", "1", "45"], ["Total", "16", "1,112"]]
    text = _pdf(tmp_path / "savings.pdf", "Table 3: Orlwick savings by status, 2031/32", data, [200, 90, 80], (1, 2))
    assert "\nStatus\tNumber of schemes\tValue £000\n" in text
    cells = _cells(text)
    assert cells["412"].unit == "GBP" and cells["412"].value == 412_000.0 and cells["412"].label == "Delivered – Value"
    assert cells["9"].unit == "count" and cells["9"].label == "On course – Number of schemes"
