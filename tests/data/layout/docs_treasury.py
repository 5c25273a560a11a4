"""A Word-template committee report (cover sheet, chapter numbers in a margin cell, numbered
paragraphs with and without trailing dots, side headings, superscript ordinals) and the
meeting pack that repeats it. All names, places and figures are invented."""

from __future__ import annotations

from flow import Col, Flow, Gold, Row
from wordpdf import BOLD, REGULAR, Painter, Style

COUNCIL = "Wyvernshire County Council"
BODY = Style(font=REGULAR, size=11)
HEAD = Style(font=BOLD, size=11)
SMALL = Style(font=REGULAR, size=9)
NUM_X, TEXT_X, SIDE_X = 72.0, 108.0, 200.0
MARGIN_X = 40.0  # chapter numbers sit in a margin cell left of the text
CHAPTER = Style(font=BOLD, size=12)
CHAPTER_NUMBER = Style(font=BOLD, size=14)
LABEL_X = 172.0  # the cover sheet's value column: longer labels wrap in the cell before it

COVER = [
    ("From:", "Councillor Priya Halloway, Cabinet Member for Finance and Resources; Tomasz Ellerby, "
              "Corporate Director of Finance"),
    ("To:", "Cabinet"),
    ("Date:", "3^{rd} February 2025"),
    ("Subject:", "Treasury Management Strategy 2025-26"),
    ("Decision no:", "25/00019"),
    ("Decision:", "Yes"),
    ("Classification:", "Unrestricted"),
    ("Past pathway of report:", "Governance and Audit Committee – 22^{nd} January 2025"),
    ("Electoral Division:", "All"),
]

SUMMARY = (
    "This report sets out the Treasury Management Strategy for 2025-26, the borrowing and investment "
    "limits that go with it and the Minimum Revenue Provision policy. The strategy keeps the Council's "
    "approach of borrowing internally against its cash balances for as long as they allow, and plans for "
    "£96.0m of new long-term borrowing during the year to finance the capital programme."
)
RECOMMENDATION = (
    "Cabinet is asked to ENDORSE the Treasury Management Strategy 2025-26 and the prudential indicators in "
    "section 7, and to RECOMMEND them to County Council for approval on 13^{th} February 2025."
)

# chapters: (number as printed, title, [(paragraph number, text)] or a side-heading list)
CHAPTERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("1.", "Introduction", [
        ("1.1", "The Council is required by the Local Government Act 2003 to set out each year how it will "
                "manage its borrowing and investments. Treasury management is the management of the "
                "Council's cash flows, its borrowing and its investments, and of the risks that go with them."),
        ("1.2", "The Council has adopted the CIPFA Treasury Management Code, which expects the strategy to be "
                "approved by full Council before the start of the financial year and to be reviewed at the "
                "middle of the year and after its end."),
        ("1.3", "This strategy covers three areas:"),
        ("1.3.1", "the capital plans and the prudential indicators that limit the borrowing they need;"),
        ("1.3.2", "the Minimum Revenue Provision policy, which sets how much of the debt is repaid from "
                  "revenue each year;"),
        ("1.3.3", "the borrowing and investment strategies, and the creditworthiness policy that governs "
                  "which banks and funds the Council lends to."),
    ]),
    ("2", "Economic Background", [
        ("2.1", "Bank Rate stood at 4.75% in January 2025 after two reductions during 2024. The Council's "
                "advisers expect it to fall to 3.75% by March 2026, with long-term gilt yields staying "
                "between 4.5% and 5.0% over the same period."),
        ("2.2", "Investment Returns and Borrowing Costs Over The Medium Term Financial Plan Period Are "
                "Expected To Converge, as the gap between what the Council earns on cash and what it pays to "
                "borrow narrows when Bank Rate falls."),
    ]),
    ("3.", "Borrowing Strategy", [
        ("3.1", "The Council's capital financing requirement is forecast to reach £1,087m by 31 March 2026. "
                "External borrowing at 31 December 2024 was £812.4m, so the Council is internally borrowed "
                "by some £230m."),
        ("3.2", "New long-term borrowing of £96.0m is planned for 2025-26, taken from the Public Works Loan "
                "Board or from other local authorities when their rates are lower, in tranches that keep the "
                "maturity profile even."),
        ("3.3", "The Council will not borrow more than or in advance of its needs purely to profit from the "
                "investment of the extra sums borrowed."),
    ]),
    ("4.", "Financial Implications", [
        ("4.1", "The 2025-26 revenue budget includes £71.9m for debt charges, of which £38.2m is interest "
                "and £33.7m is Minimum Revenue Provision. Investment income of £9.6m is budgeted on average "
                "balances of £210m."),
    ]),
    ("5", "Legal Implications", [
        ("5.1", "Full Council must approve the strategy, the prudential indicators and the Minimum Revenue "
                "Provision policy under the Local Authorities (Capital Finance and Accounting) (England) "
                "Regulations 2003."),
    ]),
    ("6.", "Equalities Implications", [
        ("6.1", "An equality impact assessment has been screened and found that the strategy has no direct "
                "impact on people with protected characteristics."),
    ]),
]

INDICATOR_COLS = [
    Col(108, 330, align="l"),
    Col(340, 400, ("2024-25",), period="2024/25"),
    Col(410, 460, ("2025-26",), period="2025/26"),
    Col(470, 520, ("2026-27",), period="2026/27"),
]
INDICATORS = [
    Row("Authorised limit for external debt", ("1,180", "1,250", "1,310")),
    Row("Operational boundary for external debt", ("1,080", "1,150", "1,210")),
    Row("Capital financing requirement", ("1,041", "1,087", "1,123")),
]

SIDE_HEADINGS = [
    ("8.4", "Minimum Revenue Provision",
     "The Council will charge Minimum Revenue Provision on borrowing for assets acquired since 2008 over the "
     "expected life of each asset on an annuity basis, at a rate of 4.2% for 2025-26. Borrowing before 2008 "
     "continues to be provided for at 2% a year on a straight-line basis."),
    ("8.5", "Treasury Management Advice",
     "The Council uses Larchfield Treasury Advisory Services as its external treasury management advisers, "
     "under a contract that runs until 31 March 2027. The Council recognises that responsibility for "
     "treasury decisions remains with it at all times and does not rest with the advisers, and it keeps "
     "the quality of their advice under review."),
    ("8.6", "Training",
     "Members of the Governance and Audit Committee receive treasury management training each autumn, "
     "and a session for all councillors is held after each election. Officers involved in treasury "
     "management attend courses run by CIPFA and the advisers, and their training needs are reviewed in "
     "their annual appraisals."),
]

# the closing chapters' paragraph numbers end with a dot, as another template's do
CLOSING: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("9.", "Recommendations", [
        ("9.1.", "Cabinet is asked to endorse the Treasury Management Strategy 2025-26, the prudential "
                "indicators in section 7 and the Minimum Revenue Provision policy in paragraph 8.4, and to "
                "recommend them to County Council."),
    ]),
    ("10", "Contact details", [
        ("10.1.", "Report author: Morwenna Castell, Head of Treasury and Investments, telephone 01632 960418. "
                 "Relevant director: Tomasz Ellerby, Corporate Director of Finance."),
    ]),
]


def cover(f: Flow, gold: Gold) -> None:
    """The cover sheet: the council's name, the key/value block, summary and recommendation."""
    p = f.p
    p.right(f.right, f.y, COUNCIL, BODY)
    gold.line(COUNCIL)
    gold.add("cover", label=None, value=COUNCIL, page=p.page_no)
    f.y -= 40
    for label, value in COVER:
        f.keyvalue(label, value, HEAD, BODY, value_x=LABEL_X)
    f.y -= 10
    for label, text in (("Summary:", SUMMARY), ("Recommendation(s):", RECOMMENDATION)):
        p.line(f.left, f.y, label, HEAD)
        gold.line(label)
        f.y -= 16
        f.para(text, BODY, after=12)


def chapters(f: Flow, chapters: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    for number, title, paras in chapters:
        head = f.heading(number, title, CHAPTER, num_x=MARGIN_X, x=NUM_X, level=1, parent=None,
                         num_style=CHAPTER_NUMBER)
        for n, text in paras:
            deep = n.count(".") >= 2  # 1.3.1: a sub-paragraph, indented a step further
            num_x, x = (TEXT_X, TEXT_X + 36) if deep else (NUM_X, TEXT_X)
            f.numbered(n, text, BODY, num_x=num_x, x=x, parent=head)


def report(f: Flow, gold: Gold) -> None:
    """The whole report from its cover sheet on; the flow is at the top of a fresh page."""
    cover(f, gold)
    f.page()
    chapters(f, CHAPTERS)
    head = f.heading("7.", "Prudential Indicators", CHAPTER, num_x=MARGIN_X, x=NUM_X, level=1, parent=None,
                     num_style=CHAPTER_NUMBER)
    f.numbered("7.1", "The indicators below limit the Council's external debt. The authorised limit is the "
               "legal maximum set under section 3 of the Local Government Act 2003.", BODY,
               num_x=NUM_X, x=TEXT_X, parent=head)
    f.table("Table 2: Prudential indicators", INDICATOR_COLS, INDICATORS, BODY, scale=1e6, corner=("£m",))
    head = f.heading("8.", "Other Treasury Matters", CHAPTER, num_x=MARGIN_X, x=NUM_X, level=1, parent=None,
                     num_style=CHAPTER_NUMBER)
    for number, title, text in SIDE_HEADINGS:
        f.side(number, title, text, HEAD, BODY, x=NUM_X, split=SIDE_X, level=2, parent=head)
    chapters(f, CLOSING)


def footer(p: Painter, page: int | None = None) -> None:
    p.centre(297.6, 40, f"Page {p.page_no if page is None else page}", SMALL)


def build_report(path: str, gold: Gold) -> None:
    from pathlib import Path

    p = Painter(Path(path), "Treasury Management Strategy 2025-26", seed=16)
    f = Flow(p, gold, furniture=footer)
    f.page()
    report(f, gold)
    p.save()
    gold.add("meta", council=COUNCIL, date="2025-02-03")


# --- the meeting pack ------------------------------------------------------------------------

AGENDA = [
    ("1.", "Apologies and Substitutes"),
    ("2.", "Declarations of Interest by Members in items on the Agenda"),
    ("3.", "Minutes of the meeting held on 9 December 2024 (Page 2)"),
    ("4.", "Treasury Management Strategy 2025-26 (Pages 3 - 6)"),
]
MINUTES = [
    ("1.", "Apologies", "Apologies were received from Councillor Rhiannon Tate."),
    ("2.", "Declarations of Interest", "Councillor Ifeoma Brack declared an interest in item 4 as a trustee of "
     "the Kestlemoor Community Recycling Trust and left the meeting for that item."),
    ("3.", "Kestlemoor Household Waste Recycling Centre", "Cabinet considered the consultation on reducing the "
     "opening hours of the Kestlemoor Household Waste Recycling Centre. RESOLVED that the centre will keep its "
     "seven-day opening, with winter hours of 9am to 4pm from 1 November to 28 February, saving £0.18m a year."),
    ("4.", "Highways Winter Service Plan", "Cabinet approved the Winter Service Plan 2024-25, under which 1,420 "
     "miles of priority routes are gritted by a fleet of 38 gritters."),
]


def build_pack(path: str, gold: Gold) -> None:
    """Agenda front sheet, the last meeting's minutes, then the report exactly as it is
    published on its own, each page stamped with the pack's page number."""
    from pathlib import Path

    p = Painter(Path(path), "Agenda reports pack: Cabinet, 3 February 2025", seed=16)
    item = {"start": 0}  # the pack page where the report starts (0: not yet)

    def furniture(pp: Painter) -> None:
        # the pack's own page number, stamped under whatever footer the page already has
        pp.centre(297.6, 18, f"Page {pp.page_no}", HEAD)
        if item["start"]:
            footer(pp, pp.page_no - item["start"] + 1)
        if pp.page_no == item["start"]:
            pp.right(523, 805, "Agenda Item 4", HEAD)

    f = Flow(p, gold, furniture=furniture)
    f.page()
    for text, st in ((COUNCIL, HEAD.sized(16)), ("Cabinet", HEAD.sized(14)),
                     ("Monday, 3^{rd} February, 2025 at 10.00 am", BODY),
                     ("Council Chamber, County Hall, Castlebridge", BODY)):
        p.line(f.left, f.y, text, st)
        gold.line(text)
        f.y -= st.size * 1.6
    f.y -= 12
    f.para("Membership: Councillor Gideon Marsh (Leader, Chair), Councillor Priya Halloway, Councillor "
           "Rhiannon Tate, Councillor Ifeoma Brack and Councillor Declan Fairweather.", BODY, after=14)
    p.line(f.left, f.y, "AGENDA", HEAD.sized(13))
    gold.line("AGENDA")
    f.y -= 24
    for number, title in AGENDA:
        f.need(30)
        p.line(NUM_X, f.y, number, HEAD)
        f.lines(TEXT_X, f.right - TEXT_X, title, HEAD, justify=False)
        gold.line(f"{number} {title}")
        f.y -= 10
    f.para("Enquiries to: Adaeze Okonkwo-Reid, Democratic Services, telephone 01632 960771.", BODY)
    f.page()
    p.line(f.left, f.y, "Minutes of a meeting of the Cabinet held on Monday, 9 December 2024", HEAD)
    gold.line("Minutes of a meeting of the Cabinet held on Monday, 9 December 2024")
    f.y -= 24
    for number, title, text in MINUTES:
        f.need(40)
        p.line(NUM_X, f.y, number, HEAD)
        p.line(TEXT_X, f.y, title, HEAD)
        gold.line(f"{number} {title}")
        f.y -= 16
        f.para(text, BODY, x=TEXT_X, after=10)
    item["start"] = p.page_no + 1
    f.page()
    report(f, gold)
    p.save()
    gold.add("meta", council=COUNCIL, date="2025-02-03")
