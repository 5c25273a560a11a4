"""Rows whose label wraps in its cell while the other cells sit on its first line, under a header
cell set over two columns ("Actions agreed" over "High" and "Low", wider than either), on an invented reportlab grid table
(platypus, cells set at the top): each row is one row, its label whole, its counts under the
right one of the two columns."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.ingest.pdf import parse_pdf

REVIEWS = [
    ["Review", "Grade", "Actions agreed", "", "Last action due"],
    ["", "", "High", "Low", ""],
    ["Orlwick depot fuel cards: issue, use and return of cards to stores", "Limited", "2", "3", "May 2032"],
    ["Sampleton market tolls", "Limited", "1", "4", "June 2032"],
    ["Wyvern payroll: overtime claimed through the online self-service forms", "Weak", "3", "2", "April 2032"],
    ["Grants to village halls", "Limited", "–", "5", "July 2032"],
]


def _pdf(path: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=10.5)
    data = [REVIEWS[0], REVIEWS[1], *([Paragraph(r[0], small), *r[1:]] for r in REVIEWS[2:])]
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 8.5), ("FONT", (0, 2), (-1, -1), "Helvetica", 8.5),
                        ("ALIGN", (1, 2), (-1, -1), "RIGHT"), ("ALIGN", (1, 2), (1, -1), "LEFT"),
                        ("ALIGN", (4, 2), (4, -1), "LEFT"), ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)),
                        ("SPAN", (1, 0), (1, 1)), ("SPAN", (4, 0), (4, 1))])
    normal = ParagraphStyle("body", parent=getSampleStyleSheet()["Normal"], fontSize=10, leading=13, spaceAfter=7)
    prose = ("The audit team reviewed the controls of each service named in the plan for the year and graded "
             "each review by how far its controls can be relied on; the grades are set out in the table below, "
             "with the actions the services agreed and the month the last of them falls due.")
    story = [*(Paragraph(prose, normal) for _ in range(4)),
             Paragraph("Table 4: Reviews with weak or limited grades, 2031/32", normal),
             Table(data, colWidths=[210, 70, 45, 50, 85], style=style, repeatRows=2),
             Paragraph("The committee will see each follow-up review.", normal)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50).build(story)
    return parse_pdf(path.read_bytes(), path.name).text


def test_wrapped_row_labels_under_a_header_over_two_columns(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "reviews.pdf")
    assert "Orlwick depot fuel cards: issue, use and return of cards to stores\tLimited\t2\t3\tMay 2032" in text
    assert "Wyvern payroll: overtime claimed through the online self-service forms\tWeak\t3\t2\tApril 2032" in text
    labels = {(f.surface, f.table_row): f.label for f in extract_figures(text, labels=False) if f.table_row}
    assert labels[("3", "Wyvern payroll: overtime claimed through the online self-service forms")] == (
        "Wyvern payroll: overtime claimed through the online self-service forms – Actions agreed High")
    assert labels[("4", "Sampleton market tolls")] == "Sampleton market tolls – Actions agreed Low"



def test_wrapped_numbered_labels_with_the_other_cells_at_their_foot(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = [["No.", "Service", "Budget 2031/32", "", "Forecast"], ["", "", "Original", "Revised", ""]]
    rows = [["1", "Orlwick leisure centres and the outdoor lido", "2,140", "2,140", "2,265"],
            ["2", "Sampleton markets", "(310)", "(310)", "(284)"],
            ["3", "Wyvern homelessness prevention and temporary housing", "1,480", "1,530", "1,702"],
            ["4", "Street lighting", "905", "905", "897"]]
    data = [*head, *([r[0], Paragraph(r[1], small), *r[2:]] for r in rows)]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                        ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("SPAN", (2, 0), (3, 0)),
                        ("ALIGN", (2, 0), (3, 0), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.5, "#808080")])
    normal = getSampleStyleSheet()["Normal"]
    path = tmp_path / "forecast.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(
        [Paragraph("Table 2: Forecast by service, 2031/32 (£000)", normal),
         Table(data, colWidths=[30, 150, 70, 70, 70], style=style, repeatRows=2),
         Paragraph("The forecast is reviewed each month.", normal)])
    text = parse_pdf(path.read_bytes(), path.name).text
    assert "1\tOrlwick leisure centres and the outdoor lido\t2,140\t2,140\t2,265" in text
    assert "3\tWyvern homelessness prevention and temporary housing\t1,480\t1,530\t1,702" in text
