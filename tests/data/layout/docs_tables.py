"""A landscape budget appendix: three tables whose unit is declared in three places (the title,
a header row, a unit line above the table), two-line header cells, row labels wrapped in
their cell and a commentary column. All names and figures are invented."""

from __future__ import annotations

from pathlib import Path

from flow import Col, Flow, Gold, Row
from wordpdf import A4_LANDSCAPE, BOLD, REGULAR, Painter, Style

COUNCIL = "Wyvernshire County Council"
BODY = Style(font=REGULAR, size=10)
HEAD = Style(font=BOLD, size=12)
SMALL = Style(font=REGULAR, size=8)

FINANCING_COLS = [
    Col(60, 300, align="l"),
    Col(330, 410, ("2024-25", "Forecast"), period="2024/25"),
    Col(420, 500, ("2025-26", "Budget"), period="2025/26"),
    Col(510, 590, ("2026-27", "Plan"), period="2026/27"),
    Col(600, 680, ("2027-28", "Plan"), period="2027/28"),
    Col(690, 770, ("Total", "2025-28"), period=None),
]
FINANCING = [
    Row("Prudential borrowing", ("97.5", "124.9", "88.2", "61.0", "274.1")),
    Row("Government grants", ("142.3", "156.8", "131.4", "118.9", "407.1")),
    Row("Developer contributions", ("18.6", "22.4", "19.7", "15.2", "57.3")),
    Row("Capital receipts", ("9.8", "12.5", "8.0", "6.5", "27.0")),
    Row("Revenue contributions to capital", ("4.1", "3.6", "2.9", "2.9", "9.4")),
    Row("Total financing", ("272.3", "320.2", "250.2", "204.5", "774.9"), bold=True),
]

DIRECTORATE_COLS = [
    Col(60, 330, align="l"),
    Col(360, 470, ("2024-25 Budget",), period="2024/25"),
    Col(490, 600, ("2025-26 Budget",), period="2025/26"),
    Col(620, 720, ("Change",), period=None),
]
DIRECTORATES = [
    Row("Adult Social Care", ("512,430", "551,870", "39,440")),
    Row("Children, Young People and Education", ("318,205", "337,960", "19,755")),
    Row("Growth, Environment and Transport", ("189,640", "196,310", "6,670")),
    Row("Chief Executive's Department", ("42,118", "43,905", "1,787")),
    Row("Total net budget", ("1,062,393", "1,130,045", "67,652"), bold=True),
]

OUTTURN_COLS = [
    Col(60, 220, align="l"),
    Col(235, 290, ("Budget",), period="2024/25"),
    Col(300, 360, ("Forecast",), period="2024/25"),
    Col(370, 430, ("Variance",), period="2024/25"),
]
OUTTURN_NOTE = Col(450, 780, ("Commentary",), align="l")
OUTTURN = [
    Row("Older Adults – Residential and Nursing Care", ("212.6", "231.9", "+19.3"),
        note="Care home fee uplift of 9.2% from April and 38 more placements than the budget assumed."),
    Row("Adults with Learning Disabilities – Supported Living", ("148.2", "159.6", "+11.4"),
        note="+£11.4m pressure on this service line from 64 new placements since April 2024, most of them "
             "young people moving from children's services."),
    Row("Home to School Transport", ("61.7", "70.3", "+8.6"),
        note="More pupils with education, health and care plans travelling to independent schools."),
    Row("Highways Maintenance", ("44.0", "42.2", "-1.8"),
        note="Lower winter service costs after a mild autumn."),
    Row("Total", ("466.5", "504.0", "+37.5"), bold=True),
]


def build_tables(path: str, gold: Gold) -> None:
    p = Painter(Path(path), "Appendix B: Capital Programme and Revenue Budget Tables 2025-26", seed=3)

    def furniture(pp: Painter) -> None:
        pp.line(60, 560, COUNCIL, SMALL)
        pp.right(780, 560, "Cabinet – 3 February 2025", SMALL)
        pp.centre(421, 30, f"Page {pp.page_no}", SMALL)

    f = Flow(p, gold, left=60, right=780, top=520, bottom=50, furniture=furniture)
    f.page(A4_LANDSCAPE)
    p.line(60, f.y, "Appendix B: Capital Programme and Revenue Budget Tables 2025-26", HEAD.sized(14))
    gold.line("Appendix B: Capital Programme and Revenue Budget Tables 2025-26")
    f.y -= 30
    f.para("The tables below support the Capital Programme 2025-28 and the Revenue Budget 2025-26 reports on "
           "this agenda. Figures for 2024-25 are the forecast at the end of December 2024.", BODY, after=18)
    # 1: the unit only in the title; header cells of two lines
    f.table("Table 1: Capital financing in £millions", FINANCING_COLS, FINANCING, BODY, scale=1e6,
            corner=("Source of financing",))
    f.para("Prudential borrowing falls after 2025-26 as the schools expansion programme completes.", BODY,
           after=18)
    # 2: the unit in the header row
    f.table("Table 2: Net revenue budget by directorate", DIRECTORATE_COLS, DIRECTORATES, BODY, scale=1e3,
            corner=("£000s",))
    f.page()
    # 3: the unit on a line above the table; wrapped row labels and a commentary column
    f.table("Table 3: Forecast outturn 2024-25 for the main service lines", OUTTURN_COLS, OUTTURN, BODY,
            scale=1e6, unit_line="All figures in £m", corner=("Service line",), note_col=OUTTURN_NOTE)
    f.para("A positive variance is a forecast overspend. The forecast is at the end of December 2024 and "
           "includes the effect of the recovery plans agreed in October.", BODY)
    p.save()
    gold.add("meta", council=COUNCIL, date="2025-02-03")
