"""Table forms combined (``bench/table_probe_specs_combo.py``), on invented tables: a recorded vote
marked "X" under For, Against and Abstain is read as rows (a letter alone is no evidence against
the rebuilt reading, and a row that ends in a column, short of the table's widest line, does not
take in the next); a header set at the left of its column over figures set at its right heads
them; a group header over a unit ("Change" over "£000" and "%") keeps its columns; a note
marked by a letter after a figure ("(6.9%)(a)") leaves the figure negative; a long row label
whose clause defines a bare noun ("Cases where ...") stays whole; a key-facts box of words
only is rows, not one header."""

from __future__ import annotations

from pathlib import Path

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.cells import head_phrase
from councilsearch.ingest.pdf import parse_pdf
from councilsearch.models import Figure


def _cells(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text) if f.table_row}


def _pdf(path: Path, data: list[list[object]], cmds: list[tuple[object, ...]], widths: list[float] | None = None,
         prose: int = 1) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    ss = getSampleStyleSheet()
    story: list[object] = [Paragraph("The Wyvern figures are set out below.", ss["Normal"])]
    story += [Table(data, colWidths=widths, style=TableStyle(cmds))]
    story += [Paragraph("The panel noted the figures.", ss["Normal"])] * prose
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40).build(story)
    parsed = parse_pdf(path.read_bytes(), path.name)
    assert parsed.fallback_pages == 0
    return parsed.text


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5)), ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
         ("ALIGN", (1, 0), (-1, -1), "RIGHT")]


def test_a_recorded_vote_marked_x_is_read_as_rows(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "vote.pdf", [
        ["Councillor", "For", "Against", "Abstain"],
        ["Councillor Ada Wrenfield", "X", "", ""],
        ["Councillor Bo Marchbank", "", "X", ""],
        ["Councillor Cy Tolliver", "X", "", ""],
        ["Councillor Di Ravensworth", "", "", "X"],
        ["Total", "2", "1", "1"],
    ], _GRID, [150, 60, 60, 60])
    assert "Councillor Ada Wrenfield\tX\n" in text and "Councillor Bo Marchbank\t\tX\n" in text
    assert "Councillor Cy Tolliver\tX\n" in text
    assert _cells(text)["2"].label == "Total – For"


def test_a_header_at_the_left_of_its_column_heads_the_figures_at_its_right(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
    label = ParagraphStyle("l", fontName="Helvetica", fontSize=8.5, leading=10.5)
    rows = [[Paragraph(t, head) for t in ("Centre", "Grant £", "Users a week", "Change on last year £")]]
    rows += [[Paragraph(f"Orlwick {w} community hall and the adjoining playing field", label), g, u, c]
             for w, g, u, c in (("north", "1,250", "5", "(12)"), ("south", "980", "18", "40"))]
    text = _pdf(tmp_path / "grants.pdf", rows, [*_GRID, ("VALIGN", (0, 0), (-1, -1), "TOP")], [170, 60, 60, 70])
    assert "Centre\tGrant £\tUsers a week\tChange on last year £\n" in text
    assert _cells(text)["18"].table_col == "Users a week"


def test_a_group_header_over_a_unit_keeps_its_columns(tmp_path: Path) -> None:
    text = _pdf(tmp_path / "change.pdf", [
        ["", "Net budget", "", "Change", ""],
        ["Service", "2031/32", "2032/33", "£000", "%"],
        ["Libraries", "2,410", "2,295", "(115)", "(4.8)"],
        ["Parks", "3,175", "3,390", "215", "6.8"],
    ], [*_GRID, ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("ALIGN", (1, 0), (-1, 0), "CENTER")],
        [120, 60, 60, 60, 60])
    figs = _cells(text)
    assert (figs["2,295"].table_col, figs["2,295"].period) == ("Net budget 2032/33", "2032/33")
    assert figs["215"].table_col == "Change" and figs["215"].unit == "GBP"
    assert figs["6.8"].table_col == "Change" and figs["6.8"].unit == "percent"


def test_a_note_letter_after_a_bracketed_figure_leaves_it_negative() -> None:
    text = "Measure\tBudget\tChange\nBusiness rates retained\t£18.9m\t(6.9%)(a)\nCouncil tax\t£61.4m\t1.1%(b)\n"
    figs = _cells(text)
    assert (figs["(6.9%)"].value, figs["(6.9%)"].unit) == (-6.9, "percent")
    assert figs["1.1%"].value == 1.1


def test_a_clause_defining_a_bare_noun_stays_in_the_row_label() -> None:
    assert head_phrase("Cases where the tenancy was saved within 8 weeks") == (
        "Cases where the tenancy was saved within 8 weeks")
    assert head_phrase("Widen the dial-a-ride service so that fewer people hire cars") == "Widen the dial-a-ride service"


def test_a_key_facts_box_of_words_is_rows_not_one_header(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
    rows = [[Paragraph(a, body), Paragraph(b, body)] for a, b in (
        ("Report to:", "Sampleton Audit Panel"),
        ("Report of:", "Head of Revenues"),
        ("Cabinet Member:", "Councillor Ivo Pemberthy, Cabinet Member for Finance, Assets and Procurement"),
        ("Exempt:", "No"),
    )]
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    text = _pdf(tmp_path / "facts.pdf", rows, cmds, [80, 170])
    assert "Report to:\tSampleton Audit Panel\n" in text and "Report of:\tHead of Revenues\n" in text
    assert "Cabinet Member:\tCouncillor Ivo Pemberthy, Cabinet Member for Finance, Assets and Procurement\n" in text


def test_a_caption_set_as_the_tables_first_row_keeps_a_year_of_the_sentence_above_off_its_figures() -> None:
    text = ("Councillor Ember moved that the Orlwick ferry fares rise by 2% in 2031/32, and a named vote followed.\n\n"
            "Result of the named vote\t\nVoting\tCouncillors\nIn favour\t23\nOpposed\t29\n")
    figs = _cells(text)
    assert (figs["23"].label, figs["23"].period) == ("In favour – Councillors", None)


def test_rows_padded_apart_under_a_caption_row_keep_the_sentences_year_off_too() -> None:
    text = ("Councillor Ember moved that the Orlwick ferry fares rise by 2% in 2031/32, and a named vote followed.\n\n"
            "Result of the named vote\t\nVoting\tCouncillors\n\nIn favour\t23\n\nOpposed\t29\n")
    assert _cells(text)["29"].period is None
