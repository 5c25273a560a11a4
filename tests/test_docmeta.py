"""The council and the date a document states about itself (issue 16 item 5), one test per
mechanism, on invented text: a running header that runs the council's name into the
meeting's, a decision page's dates, a date wrapped in a narrow cell, a minutes' "held on"
line. Every council and date here is made up."""

from __future__ import annotations

from pathlib import Path

from councilsearch.ingest.cover import council_name
from councilsearch.ingest.docmeta import council_in_text, date_in_text, find_date, path_hints

HEADER = "Orlwick Borough Council – Budget Council, 26 February 2026\tAppendix C"


def test_a_running_header_names_the_council() -> None:
    text = (
        f"{HEADER}\n\nAppendix C – page 1\nCapital Strategy 2026/27\n\nThe strategy sets out the borough's "
        "capital plans for the next three years.\n\nScheme\t2026/27\nDepot\t1,200\n\n"
        f"{HEADER}\n\nAppendix C – page 2\nThe plans are funded from grants, receipts and borrowing.\n"
    )
    assert council_in_text(text) == "Orlwick Borough Council"


def test_a_meeting_of_the_council_is_not_its_name() -> None:
    assert council_name("Budget Council") is None
    assert council_name("Extraordinary Council, 3 March 2026") is None


def test_a_council_named_once_in_passing_is_not_the_papers() -> None:
    text = ("Cabinet\n\nThe response to Fenby Borough Council's consultation on its local plan, which covers "
            "several sites near the boundary with this county, is set out below for approval.\n")
    assert council_in_text(text) is None


def test_a_decision_page_is_dated_by_its_decision_not_its_publication() -> None:
    text = (
        "Decision details\n\nDecision Maker: Cabinet\nDecision status: Approved\n"
        "Publication date: 19/03/2026\nDate of decision: 17/03/2026\nEffective from: 27/03/2026\n"
    )
    assert date_in_text(text) == "2026-03-17"


def test_a_date_wrapped_in_a_narrow_cell() -> None:
    text = "Report to Cabinet\n\nDate of meeting\t12\nMarch 2026\n\nThe report sets out the plan.\n"
    assert date_in_text(text) == "2026-03-12"


def test_a_long_held_on_line_dates_the_minutes() -> None:
    text = (
        "Minutes of the Licensing Committee\n\n"
        "held on Thursday, 5 February 2026 at 10.00 am in Committee Room 2, Civic Offices, Upper Wexby "
        "Road, Orlwick\n\nPresent: Councillor Ada Brimble (Chair)\n\n"
        "1 Minutes\nThe minutes of the meeting held on 8 January 2026 were approved.\n"
    )
    assert date_in_text(text) == "2026-02-05"


def test_a_long_paragraph_wrapping_after_a_day_number_is_not_a_date() -> None:
    text = ("Report on homelessness\n\nThe Head of Service presented the quarterly update. At 30\n"
            "September 2025 the Council had 214 households in temporary accommodation.\n")
    assert date_in_text(text) is None


def test_a_financial_year_is_never_a_day() -> None:
    assert find_date("Revenue Budget 2026-27 January 2026") is None
    assert find_date("The review team was on site on 1-2 April 2025.") == "2025-04-02"  # a range of days
    assert path_hints("papers/Revenue Budget 2026-27 January 2026.pdf") == ("", None)
    assert path_hints("papers/minutes 2011-12-05.pdf")[1] == "2011-12-05"  # an ISO date, not a year 2011-12


def test_a_meeting_folder_dates_its_papers() -> None:
    assert path_hints("orlwick/Cabinet 20260304/Item 5 - Capital Strategy.pdf")[1] == "2026-03-04"
    assert path_hints("orlwick/Cabinet, Wednesday 4th March 2026 6.30 pm/Item 5.pdf")[1] == "2026-03-04"


# --- page furniture: a council or date printed only in a PDF's running header or footer ---

def test_the_council_and_date_in_a_running_footer_only() -> None:
    from councilsearch.ingest.docmeta import council_in_furniture, date_in_furniture

    furniture = ["Cabinet 12.03.26 | Orlwick Borough Council", "Agenda Item 7"]
    assert council_in_furniture(furniture) == "Orlwick Borough Council"
    assert date_in_furniture(furniture) == "2026-03-12"
    assert date_in_furniture(["Cabinet – 3 February 2026"]) == "2026-02-03"
    # a financial year and a paragraph-like number are no dates
    assert date_in_furniture(["Revenue Budget 2025-26", "Section 12.3.4"]) is None
    assert council_in_furniture(["Budget Council", "Agenda Item 7"]) is None


def _report_with_a_running_footer(path: Path) -> None:
    """A four-page report whose council and meeting date are printed only in a small footer
    on every page (the cover's council name is a logo, so not text)."""
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), invariant=1)
    for page in range(4):
        c.setFont("Helvetica", 11)
        y = 760.0
        if page == 0:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(72, y, "Review of Allotment Charges")
            y -= 30
            c.setFont("Helvetica", 11)
        for i in range(10):
            c.drawString(72, y, f"Paragraph {page}.{i} sets out the allotment charges for the coming years.")
            y -= 18
        c.setFont("Helvetica", 8)
        c.drawString(72, 40, "Orlwick Borough Council – Cabinet 12.03.26")
        c.drawString(500, 40, f"Page {page + 1}")
        c.showPage()
    c.save()


def test_a_pdf_whose_council_and_date_are_only_in_its_footer(tmp_path: Path) -> None:
    from councilsearch.ingest.parse import parse_bytes
    from councilsearch.ingest.sandbox import sandboxed_parser

    path = tmp_path / "allotments.pdf"
    _report_with_a_running_footer(path)
    for parser in (None, sandboxed_parser()):  # in process, and through the sandbox's reply
        doc = parse_bytes(path.read_bytes(), path.name, parser=parser)
        assert "Orlwick Borough Council" not in doc.text  # page furniture stays out of the text
        assert doc.council == "Orlwick Borough Council"
        assert doc.date == "2026-03-12"


def test_a_page_with_no_cover_names_its_council_in_its_text() -> None:
    from councilsearch.ingest.docmeta import council_in_prose

    page = ("Tree planting: our progress\nSampleton City Council planted 4,000 trees this winter, with "
            "help from Orlwick Borough Council's nursery.\nThe next phase starts in March.\n")
    assert council_in_text(page) is None  # no cover, no header: only its sentences name it
    assert council_in_prose(page) == "Sampleton City Council"
    footer = ("Play areas\nTwo play areas reopen in May; Orlwick Borough Council's nursery supplied the hedging.\n"
              + "Paragraph text.\n" * 12 + "Sampleton City Council, Town Hall, Sampleton\n"
              + "Questions to Sampleton City Council by email.\n")
    assert council_in_prose(footer) == "Sampleton City Council"  # named most often, at its foot
    assert council_in_prose("Cabinet\n\nThe response to Fenby Borough Council's consultation is below.\n") is None


def test_a_meeting_of_the_council_before_its_name_is_not_part_of_it() -> None:
    assert council_name("Notes of a gathering of the Cabinet of Wyvern District Council, 4 May") == (
        "Wyvern District Council")


def test_a_web_page_title_names_its_council() -> None:
    from councilsearch.ingest.parse import parse_bytes

    page = ("<html><head><title>Parking review | Kellingford City Council</title></head><body><main>"
            "<h1>Parking review</h1><p>The review looks at nine car parks in the town centre.</p></main></body></html>")
    assert parse_bytes(page.encode(), "parking-review.html").council == "Kellingford City Council"
