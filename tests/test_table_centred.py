"""Table cells centred in their row (a browser's default, Word's "centre vertically"), on invented
tables drawn by reportlab with every cell set in the middle: a row whose commentary wraps puts
its label and figures half a line down, between the commentary's two lines; a row label of two
lines puts a one-line cell between them; a cell of three lines puts its neighbours on its middle
line. Each is read as one row, its cells in their columns. A key-facts box with a wrapped value
beside a centred label reads "Label:<TAB>value", and its rows padded apart stay apart, a bold
label wrapped onto a second line staying in its cell. Two columns of prose whose paragraphs are
nearly, not exactly, centred on each other are not a row."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.ingest.pdf import parse_pdf
from councilsearch.models import Figure


def _pdf(path: Path, data: list[list[str]], widths: list[float], *, bold_labels: bool = False,
         head: int = 1) -> str:
    """A reportlab table whose cells are all centred vertically; words wrap in their column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    label = ParagraphStyle("b", parent=body, fontName="Helvetica-Bold") if bold_labels else body
    cells = [[Paragraph(t, label if c == 0 else body) if t else "" for c, t in enumerate(row)] for row in data]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    story = [Paragraph("The Wyvern depot figures are set out below.", getSampleStyleSheet()["Normal"]),
             Table(cells, colWidths=widths, style=style, repeatRows=head)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(story)
    return parse_pdf(path.read_bytes(), path.name).text


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.table_row}


def test_figures_centred_beside_a_wrapped_commentary_are_one_row(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "monitor.pdf", [
        ["Service", "Budget £000", "Forecast £000", "Commentary"],
        ["Orlwick markets", "410", "455", "Stall income fell after the hall roof was shut for repair"],
        ["Sampleton parks", "1,230", "1,190", "On budget"],
    ], [110, 70, 70, 150])
    assert "Orlwick markets\t410\t455\tStall income fell after the hall roof was shut for repair" in text
    figs = _cells(text)
    assert figs["455"].label == "Orlwick markets – Forecast" and figs["455"].value == 455_000.0


def test_a_cell_centred_between_the_two_lines_of_a_row_label_joins_its_row(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "risks.pdf", [
        ["Ref", "Risk", "Score", "Owner"],
        ["R1", "Loss of the Wyvern depot to flooding", "15", "Head of Fleet"],
        ["R2", "Ransomware locks the Orlwick benefits system", "16", "Head of Digital"],
    ], [40, 120, 50, 120])
    assert "R2\tRansomware locks the Orlwick benefits system\t16\tHead of Digital" in text
    assert _cells(text)["16"].label == "Ransomware locks the Orlwick benefits system – Score"


def test_a_cell_on_the_middle_line_of_a_three_line_label_joins_the_rows_top(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "schemes.pdf", [
        ["Scheme", "Budget £000"],
        ["Renewal of the Sampleton bus station shelters, the market square paving and the lamps", "640"],
        ["Wyvern bandstand", "72"],
    ], [150, 80])
    assert "Renewal of the Sampleton bus station shelters, the market square paving and the lamps\t640" in text


def test_a_key_facts_box_with_centred_labels_reads_label_then_value(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "facts.pdf", [
        ["Report to:", "Orlwick Scrutiny Panel"],
        ["Report of:", "Head of Leisure"],
        ["Cabinet Member:", "Councillor Ada Quillfeather, Cabinet Member for Leisure, Parks and Open Spaces"],
        ["Areas covered:", "All"],
    ], [75, 170], bold_labels=True, head=0)
    assert ("Cabinet Member:\tCouncillor Ada Quillfeather, Cabinet Member for Leisure, Parks and Open Spaces"
            in text)
    assert "Report to:\tOrlwick Scrutiny Panel\n" in text and "Report of:\tHead of Leisure\n" in text
    assert "Areas covered:\tAll" in text


def test_two_columns_of_prose_nearly_centred_on_each_other_are_no_row(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    left = ["The Orlwick depot will close for", "three weeks in the spring while its", "roof is replaced."]
    right = ["Sampleton library opens late on", "Thursdays from April, with a new", "homework club and a study room", "for older pupils."]
    path = tmp_path / "news.pdf"
    c = Canvas(str(path))
    c.setFont("Helvetica", 9.5)
    for k, t in enumerate(left):  # its middle a point off the right column's
        c.drawString(56, 700 - 1.0 - 7 - 12 * k, t)
    for k, t in enumerate(right):
        c.drawString(306, 700 - 12 * k, t)
    c.save()
    text = parse_pdf(path.read_bytes(), path.name).text
    assert "\t" not in text


def test_a_header_cell_centred_over_two_header_rows_sets_no_line_pitch(tmp_path: Path) -> None:
    """A header cell spanning both header rows sits half a row down, between their baselines; that
    half-row step is no line pitch of the table's cells. Taken as one, the second line of every
    wrapped label and commentary was a row of its own, cut from its figures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    data = [["No.", "Service", "Budget", "", "Forecast", "Commentary"],
            ["", "", "Original", "Revised", "£000", ""],
            ["1", "Orlwick markets and street trading", "410", "420", "455", "Stall income fell after the hall shut"],
            ["2", "Sampleton parks and open spaces", "1,230", "1,230", "1,190", "Two posts held vacant all year"]]
    cells = [[Paragraph(t, body) if t else "" for t in row] for row in data]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)),
                        ("SPAN", (5, 0), (5, 1))])
    path = tmp_path / "monitor.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(
        [Table(cells, colWidths=[30, 100, 55, 55, 55, 110], style=style, repeatRows=2)])
    text = parse_pdf(path.read_bytes(), path.name).text
    assert "1\tOrlwick markets and street trading\t410\t420\t455\tStall income fell after the hall shut" in text
    assert "2\tSampleton parks and open spaces\t1,230\t1,230\t1,190\tTwo posts held vacant all year" in text
    assert (_cells(text)["455"].label or "").startswith("Orlwick markets and street trading")
