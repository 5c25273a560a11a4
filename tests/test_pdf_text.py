"""Faithful PDF text (issue 16, cause 1): word gaps from the real glyph advances, and the
per-page check against pypdf's own reading. On the layout corpus (tests/data/layout), whose
budget reports are drawn the way Word 365 writes a PDF: lines in pieces that break inside
words and numbers, TJ kerning, character spacing (Tc), word spacing (Tw) and horizontal
scaling (Tz)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from councilsearch.evaluate.figures import find_all
from councilsearch.evaluate.layout import number_tokens, split_numbers
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.pdf import parse_pdf
from tests.conftest import DATA

LAYOUT = DATA / "layout"
BUDGET = "draft-revenue-budget-2025-26"
LAYOUT_DOCS = (
    BUDGET,
    "revenue-budget-2025-26",
    "treasury-management-strategy-2025-26",
    "capital-programme-tables-2025-26",
    "cabinet-03-feb-2025-reports-pack",
)


@cache
def _parsed(path: Path) -> ParsedText:
    return parse_pdf(path.read_bytes(), path.name)


@cache
def _gold_lines(doc: str) -> tuple[str, ...]:
    gold = [json.loads(ln) for ln in (LAYOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    return tuple(g["text"] for g in gold if g["kind"] == "line" and g["doc"] == doc)


def test_kerned_financial_year_reads_as_one_token() -> None:
    """"2025-26" drawn in pieces (breaking inside it) with its figures spread apart by TJ
    adjustments reads as one token, never "2025 -26" or "202 5-26"."""
    text = _parsed(LAYOUT / f"{BUDGET}.pdf").text
    tokens = [t.strip(".,;:()") for t in text.split()]
    assert tokens.count("2025-26") >= 5
    spaced = [m.group(0) for m in re.finditer(r"2\s*0\s*2\s*5\s*-\s*2\s*6", text)]
    assert spaced and all(s == "2025-26" for s in spaced), spaced


@pytest.mark.parametrize("doc", LAYOUT_DOCS)
def test_no_number_is_split(doc: str) -> None:
    """No number of the gold lines ("£38.6m", "£1,419m", "2024-25", "4.99%") comes back
    with white space inside it."""
    text = _parsed(LAYOUT / f"{doc}.pdf").text
    tokens = {t for ln in _gold_lines(doc) for t in number_tokens(ln)}
    assert tokens
    found = [text[s:e] for (s, e), _ in split_numbers(text, tokens)]
    assert found == []


@pytest.mark.parametrize("doc", LAYOUT_DOCS[:2])
def test_spaced_and_scaled_lines_read_as_printed(doc: str) -> None:
    """Every printed line of the budget reports is in the text word for word: headings set
    with character spacing ("Revenue", not "Revenu e"), the section set with horizontal
    scaling and word spacing, and the section set with character spacing."""
    text = _parsed(LAYOUT / f"{doc}.pdf").text
    missed = [ln for ln in _gold_lines(doc) if not find_all(text, ln)]
    assert missed == []


def test_margin_chapter_number_reads_before_its_title() -> None:
    """A chapter number in a margin frame, written after its title in the content stream,
    is read where it is printed: before the title, on its line."""
    text = _parsed(LAYOUT / "treasury-management-strategy-2025-26.pdf").text
    for line in ("1. Introduction", "2 Economic Background", "10 Contact details"):
        assert find_all(text, line), line


@pytest.mark.parametrize("doc", LAYOUT_DOCS)
def test_the_rebuild_is_kept_where_it_reads_well(doc: str) -> None:
    assert _parsed(LAYOUT / f"{doc}.pdf").fallback_pages == 0


def test_bundled_pdfs_keep_the_rebuild() -> None:
    for path in sorted((DATA / "pdf").glob("*.pdf")):
        assert _parsed(path).fallback_pages == 0, path.name


def test_a_page_the_rebuild_reads_worse_takes_pypdfs_reading(tmp_path: Path) -> None:
    """A producer the rebuild has not met: headings letter-spaced by placing every glyph on
    its own, a little apart (less than pypdf's word gap, more than the rebuild's). The rebuild
    reads "R e v e n u e"; pypdf reads "Revenue". That page falls back, the other does not."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "spaced.pdf"
    c = Canvas(str(path), invariant=1)
    y = 780.0
    for line in ("Revenue Budget Forecast", "Savings and Income Proposals", "Capital Financing Requirement"):
        for _ in range(4):
            x = 72.0
            for ch in line:
                if ch == " ":
                    x += 0.5 * 12
                    continue
                t = c.beginText(x, y)  # BT x y Tm (ch) Tj ET: no line break
                t.setFont("Helvetica", 12)
                t.textOut(ch)
                c.drawText(t)
                x += stringWidth(ch, "Helvetica", 12) + 0.12 * 12
            y -= 20
    c.showPage()
    c.setFont("Helvetica", 11)
    for i in range(12):
        c.drawString(72, 780 - 16 * i, f"Line {i} of the second page reads the same either way.")
    c.save()
    parsed = parse_pdf(path.read_bytes(), path.name)
    assert parsed.fallback_pages == 1
    assert "Revenue Budget Forecast" in parsed.text
    assert "Line 11 of the second page reads the same either way." in parsed.text


def test_reading_counts_split_numbers_and_unknown_words() -> None:
    from councilsearch.ingest.pdf.fidelity import reading, words

    vocab = words("The Revenue Budget for 2025-26 shows a gap of £38.6m and £1,419m")
    good = reading("The Revenue Budget for 2025-26 shows a gap of £38.6m", vocab)
    bad = reading("The Revenu e Budget for 2025 -26 shows a gap of £38 .6m and £1, 419m", vocab)
    assert good.problems == 0
    assert bad.split_numbers == 3 and bad.unknown_words == 2
    assert bad.per_1000 > good.per_1000


def test_ingest_reports_the_pages_that_fell_back(tmp_path: Path) -> None:
    """The count reaches the ingest result and the CLI summary, per document."""
    from typer.testing import CliRunner

    from councilsearch.cli import app

    test_a_page_the_rebuild_reads_worse_takes_pypdfs_reading(tmp_path)  # writes spaced.pdf
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "spaced.pdf").rename(docs / "spaced.pdf")
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), "ingest", "--no-embed", str(docs)])
    assert result.exit_code == 0, result.output
    assert "1 page(s) of 1 PDF(s)" in result.output and "spaced.pdf: 1 of 2 pages" in result.output



def test_minutes_body_under_a_numbered_title_row_is_prose() -> None:
    """Minutes set the minute's reference and title in bold side by side, like a table row,
    and the body at the title's indent right below. The body's lines are prose (a sentence
    wrapped over lines reads as one line of text), not one-cell rows of a table: a date, a
    name or a figure's clause broken over rows was read in pieces. (The layout corpus's
    invented minutes.)"""
    text = _parsed(LAYOUT / "harrowby-housing-committee-minutes-2025-11-12.pdf").text
    assert "At 30 September 2025 the Council had 214 households in temporary accommodation" in text
    assert "Councillor Lionel Stannard attended as her substitute." in text
    assert "\n\t" not in text.split("HOMELESSNESS AND TEMPORARY ACCOMMODATION UPDATE")[1][:400]


def test_reading_counts_cells_run_together() -> None:
    """pypdf's reading of a table drawn cell by cell runs the cells together: a word glued to a
    short one ("Fundin") counts once for each word, as the rebuild's words kept apart count once
    each, and a word run into a number ("clubs7438") is a problem of its own."""
    from councilsearch.ingest.pdf.fidelity import reading, words, worse

    rebuilt = "Fund\tin year £000\tSpent by\t30 Nov £000\nBowls clubs\t74\t38\nChoirs\t65\t21"
    plain = "Fundin year £000Spent by30 Nov £000\nBowls clubs7438\nChoirs6521"
    a, b = reading(rebuilt, words(plain)), reading(plain, words(rebuilt))
    assert b.run_on == 3 and a.run_on == 0  # "by30", "clubs74", "Choirs65"
    assert b.problems >= a.problems
    assert not worse(a, b)


def test_a_small_table_drawn_cell_by_cell_keeps_its_cells(tmp_path: Path) -> None:
    """A small grid table whose header names its columns in short words over two rows
    ("Spent" over "by 30 Nov £000") is read as a table, one TAB between cells, not run
    together into one line of text by falling back to pypdf's reading of the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "grants.pdf"
    ss = getSampleStyleSheet()
    data = [["", "Granted", "Spent by", "Carried to"], ["Fund", "in year £000", "30 Nov £000", "2029/30 £000"],
            ["Bowls clubs", "74", "38", "36"], ["Choirs", "65", "21", "44"], ["Tennis clubs", "131", "90", "41"]]
    story = [Paragraph("Grants from the Orlwick community chest are set out below.", ss["Normal"]),
             Table(data, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0.5, 0.5, 0.5))]))]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    parsed = parse_pdf(path.read_bytes(), path.name)
    assert parsed.fallback_pages == 0
    assert "Bowls clubs\t74\t38\t36" in parsed.text


def test_a_numbered_row_whose_label_wraps_keeps_its_number_label_and_figures_apart(tmp_path: Path) -> None:
    """Rows numbered in a column of their own, some labels wrapped onto a second line with the
    figures on the first: the number was joined to the label while the label's first line stood
    apart from the row's figures, so those rows lost their number cell and the wrapped words were
    set after the last cell ("2 Repairs to the Orlwick\t140\t95\tDone\tdepot"), moving the figures
    out of their columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "actions.pdf"
    st = getSampleStyleSheet()["Normal"]
    rows = [("1", "Sampleton kiosk", "90", "40", "Open"), ("2", "Repairs to the Orlwick depot and its yard", "140", "95", "Done"),
            ("3", "Wyvern footpaths", "60", "12", "Open"), ("4", "New signs for the three market towns", "75", "30", "Late")]
    data = [["No.", "Action", "Budget £000", "Spent £000", "Status"]] + [
        [n, Paragraph(label, st), a, b, s] for n, label, a, b, s in rows]
    table = Table(data, colWidths=[30, 120, 70, 70, 60],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, (0, 0, 0))]))
    story = [Paragraph("The Sampleton actions are listed below.", st), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    text = parse_pdf(path.read_bytes(), path.name).text
    assert "2\tRepairs to the Orlwick depot and its yard\t140\t95\tDone" in text
    assert "4\tNew signs for the three market towns\t75\t30\tLate" in text
