"""The two PDFs of the fourth held-out corpus: the minutes of an invented district council's
audit and governance committee (an attendance paragraph, minute numbers in the margin with
mixed-case titles, "RESOLVED:" with lettered resolutions, internal and external audit
figures) and an invented borough council's housing revenue account business plan report
(numbered paragraphs, a £000 table with budget and forecast columns, a five-year £000
capital table). Every name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from h3_pdf import HEAD, TAB
from reportkit import BODY, SMALL
from wordpdf import Painter

# --- the audit and governance committee minutes ----------------------------------------------

AUDIT = "corvenham-audit-governance-committee-minutes-2026-01-28"
CORVENHAM = "Corvenham District Council"
MIN_X, MIN_TEXT_X = 64.0, 104.0
AUDIT_PRESENT = ("Present: Councillors Alistair Brennagh (Chair), Wendy Loxley-Harte (Vice-Chair), Tomasz "
                 "Wisniewski, Priya Venkataraman and Julian Dearsley; Catriona Mayhew (Independent Co-opted Member).")
AUDIT_ATTENDING = ("In attendance: Elspeth Rowntree (Chief Finance Officer), Kofi Amankwah (Chief Internal Auditor, "
                   "Wyeland Audit Partnership), Sabrina Colquhoun (Key Audit Partner, Harcourt Lyle LLP) and Desmond "
                   "Ravenhill (Monitoring Officer).")
Minute = tuple[str, str, list[str | list[str]]]
AUDIT_MINUTES: list[Minute] = [
    ("52.", "Apologies", [
        "Apologies were received from Councillor Rhiannon Gethin.",
    ]),
    ("53.", "Declarations of interest", [
        "None were declared.",
    ]),
    ("54.", "Minutes", [
        "RESOLVED: That the minutes of the meeting held on 19 November 2025 be confirmed as a correct record and "
        "signed by the Chair.",
    ]),
    ("55.", "Internal audit progress report 2025/26", [
        "The Chief Internal Auditor reported that 21 of the 34 audits in the 2025/26 plan had been completed by "
        "the end of December, 62% of the plan, against a profile of 70% at that point in the year.",
        "Of the reports issued, four gave substantial assurance, eleven reasonable assurance, five limited "
        "assurance and one no assurance.",
        "The audit of garage lettings gave no assurance: rent of £41,700 a year had not been charged on 64 "
        "garages let without a tenancy agreement.",
        "Management had agreed 93% of the 127 recommendations made in the year. At 31 December 2025, 17 "
        "high-priority recommendations were overdue, of which 6 were more than six months late.",
        "The internal audit service costs the Council £186,348 in 2025/26, delivered in 636 audit days at a day "
        "rate of £293.",
        "RESOLVED:",
        [
            "That the progress report be noted.",
            "That the Assistant Director for Housing Property attend the next meeting to explain the action taken on the garage "
            "lettings audit.",
        ],
    ]),
    ("56.", "Auditor's annual report 2024/25", [
        "Sabrina Colquhoun presented the external auditor's annual report. An unqualified opinion on the "
        "financial statements had been issued on 12 December 2025, and no significant weaknesses had been found "
        "in the Council's arrangements for securing value for money.",
        "The scale fee for the audit of 2024/25 was £142,800, set by Public Sector Audit Appointments. Additional "
        "fees of £23,650 are sought for extra work on the valuation of land and buildings, which the Chief "
        "Finance Officer has agreed to challenge.",
        "Members noted that land and buildings had been restated by £4.7m, 2.9% of their carrying value.",
        "RESOLVED: That the auditor's annual report for 2024/25 be received.",
    ]),
    ("57.", "Strategic risk register", [
        "The register holds 14 strategic risks, three of which remain red after mitigation: the medium-term "
        "budget, cyber security and the recruitment of planning officers.",
        "The Chief Finance Officer reported a budget gap of between £1.2m and £1.9m in 2027/28, depending on the "
        "reset of business rates.",
        "In the October phishing exercise 7.5% of staff clicked the test link, down from 12.1% a year earlier, "
        "and 96% of staff have completed the cyber awareness course.",
        "RESOLVED:",
        [
            "That the strategic risk register be noted.",
            "That the cyber security risk be examined in depth at the meeting on 25 March 2026.",
        ],
    ]),
    ("58.", "Counter fraud annual report", [
        "Lorna Birtwhistle, Counter Fraud Officer, presented the report.",
        "Data matching in 2024/25 led to the recovery of £61,300 of overpaid housing benefit.",
        "It also ended 207 discounts claimed by households that were no longer eligible, worth £78,900 a year "
        "in council tax.",
        "Four tenancy fraud cases were proved and two council homes were recovered.",
        "RESOLVED: That the counter fraud annual report be noted.",
    ]),
    ("59.", "Work programme", [
        "RESOLVED: That the Committee's work programme for 2026/27 be approved.",
    ]),
]


def build_audit(path: str, gold: Gold) -> None:
    p = Painter(Path(path), "Audit, Standards and Governance Committee - Minutes - 28 January 2026", seed=81)

    def furniture(pp: Painter) -> None:
        pp.line(MIN_X, 40, "Audit, Standards and Governance Committee", SMALL)
        pp.right(531, 40, f"{pp.page_no}", SMALL)

    f = Flow(p, gold, left=MIN_X, right=531, furniture=furniture)
    f.page()
    for text, st in ((CORVENHAM, HEAD.sized(14)), ("AUDIT, STANDARDS AND GOVERNANCE COMMITTEE", HEAD.sized(12))):
        p.line(MIN_X, f.y, text, st)
        gold.line(text)
        f.y -= st.size * 1.7
    f.para("Minutes of the meeting held at the Council Offices, Bridge Street, Corvenham on Wednesday 28 January "
           "2026 at 6.30 pm", BODY, after=10, justify=False)
    f.para(AUDIT_PRESENT, BODY, after=6, justify=False)
    f.para(AUDIT_ATTENDING, BODY, after=14, justify=False)
    for number, title, paras in AUDIT_MINUTES:
        f.need(60)
        p.line(MIN_X, f.y, number, HEAD.sized(10.5))
        p.line(MIN_TEXT_X, f.y, title, HEAD.sized(10.5))
        gold.line(f"{number} {title}")
        gold.add("heading", text=f"{number} {title}", number=number.rstrip("."), level=1, parent=None)
        f.y -= 17
        for para in paras:
            if isinstance(para, list):
                for k, text in enumerate(para):
                    f.numbered(f"({'abcdef'[k]})", text, BODY, num_x=MIN_TEXT_X, x=MIN_TEXT_X + 24, after=4)
                f.y -= 4
            else:
                f.para(para, BODY, x=MIN_TEXT_X, after=7)
        f.y -= 6
    f.para("The meeting ended at 8.05 pm.", BODY, x=MIN_TEXT_X, after=20)
    p.save()
    gold.add("meta", council=CORVENHAM, date="2026-01-28")


# --- the housing revenue account business plan ----------------------------------------------

HRA = "stannerley-hra-business-plan-cabinet-2026-02-10"
STANNERLEY = "Stannerley Borough Council"
HRA_TITLE = "Housing Revenue Account Business Plan 2026 to 2056 and Rents for 2026/27"
HRA_FRONT = [
    ("Report to:", "Cabinet, 10 February 2026"),
    ("Report of:", "Strategic Director of Housing and Communities"),
    ("Portfolio Holder:", "Councillor Naomi Whitlingham, Portfolio Holder for Homes and Neighbourhoods"),
    ("Key decision:", "Yes"),
]
Para = tuple[str, str]
HRA_SECTIONS: list[tuple[str, str, list[Para | str]]] = [
    ("1", "Purpose", [
        ("1.1", "This report presents the 30-year business plan for the Housing Revenue Account (HRA) and asks "
                "Cabinet to set rents and charges for council homes for 2026/27."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That rents for council homes rise by 4.8% from 6 April 2026, the most that the government's "
                "limit allows."),
        ("2.2", "That garage rents rise to £11.40 a week and that service charges in sheltered schemes be set "
                "as shown in Appendix B."),
        ("2.3", "That a capital programme of £96.3m for 2026/27 to 2030/31 be approved."),
    ]),
    ("3", "Homes and rents", [
        ("3.1", "The Council owns 5,214 homes and the freehold of 388 leasehold flats. In 2024/25 it sold 41 "
                "homes under the Right to Buy and added 29 by building and buying back."),
        ("3.2", "The average rent in 2025/26 is £98.62 a week over 52 weeks. From 6 April 2026 it will be "
                "£103.35, an increase of £4.73 a week, or £245.96 a year."),
        ("3.3", "Some 68% of tenants get help with their rent through housing benefit or universal credit, so "
                "most of the increase will be met by benefits."),
    ]),
    ("4", "The business plan", [
        ("4.1", "The plan assumes inflation of 2.0% a year from 2027/28 and rent rises of 3.0% a year after "
                "2030/31."),
        ("4.2", "Table 1 compares this year's budget and the latest forecast with the budget proposed for next "
                "year."),
        "TABLE1",
        ("4.3", "Repairs are forecast to overspend by £695,000 in 2025/26 because of damp and mould work. Since "
                "the new standard came in, the Council has inspected 1,135 homes and 226 of them needed work."),
        ("4.4", "The HRA's working balance will be £4.1m at 31 March 2026, against a minimum of £2.5m, or "
                "about £480 a home."),
        ("4.5", "The HRA owes £162.4m. The plan borrows a further £38m by 2030/31 and repays all of its debt by "
                "2052/53, three years earlier than last year's plan."),
        ("4.6", "On these assumptions the HRA holds reserves of £33.6m at the end of the plan in 20255/56."),
    ]),
    ("5", "Capital programme", [
        ("5.1", "Table 2 shows the five-year capital programme."),
        "TABLE2",
        ("5.2", "The energy works will bring 1,460 homes up to an energy rating of C by 2030, helped by a "
                "government grant of £5.25m, which meets up to 50% of the cost of each home's works."),
        ("5.3", "Of the 176 new homes in the programme, 109 will be built on the Plover Lane site by March "
                "2029, and the first of them will be let in 2027."),
    ]),
    ("6", "Financial implications", [
        ("6.1", "Each 1% on rents is worth about £275,000 a year to the HRA."),
        ("6.2", "The Building Safety Regulator has been told that fire safety works at the Council's three "
                "tower blocks will be finished by December 2026."),
    ]),
    ("7", "Contact", [
        ("7.1", "Report author: Gwendolyn Ashby-Nwosu, Housing Finance Manager. Strategic Director of Housing "
                "and Communities: Rupert Valancourt."),
    ]),
]
HRA_COLS = [
    Col(72, 300, align="l"),
    Col(320, 385, ("2025/26", "Budget"), period="2025/26"),
    Col(395, 455, ("2025/26", "Forecast"), period="2025/26"),
    Col(465, 523, ("2026/27", "Budget"), period="2026/27"),
]
HRA_ROWS = [
    Row("Dwelling rents", ("26,140", "26,085", "27,512")),
    Row("Service charges and other income", ("1,930", "1,962", "2,044")),
    Row("Total income", ("28,070", "28,047", "29,556"), bold=True),
    Row("Repairs and maintenance", ("8,420", "9,115", "8,960")),
    Row("Management", ("6,330", "6,255", "6,580")),
    Row("Interest on loans", ("4,880", "4,790", "5,330")),
    Row("Depreciation", ("7,150", "7,150", "7,440")),
    Row("Total expenditure", ("26,780", "27,310", "28,310"), bold=True),
    Row("Surplus for the year", ("1,290", "737", "1,246"), bold=True),
]
CAP_YEARS = ("2026/27", "2027/28", "2028/29", "2029/30", "2030/31")
CAP_COLS = [Col(72, 250, align="l")] + [Col(262 + 53 * k, 308 + 53 * k, (y,), period=y) for k, y in enumerate(CAP_YEARS)]
CAP_ROWS = [
    Row("Kitchens, bathrooms and roofs", ("9,850", "10,120", "10,400", "10,650", "10,900")),
    Row("Energy efficiency works", ("3,600", "4,200", "4,200", "3,900", "3,500")),
    Row("New council homes", ("6,800", "5,200", "4,100", "3,000", "2,540")),
    Row("Fire safety works", ("1,370", "660", "430", "440", "470")),
    Row("Total", ("21,620", "20,180", "19,130", "17,990", "17,410"), bold=True),
]


def build_hra(path: str, gold: Gold) -> None:
    p = Painter(Path(path), HRA_TITLE, seed=82)

    def furniture(pp: Painter) -> None:
        pp.line(72, 805, f"{STANNERLEY} – Cabinet – 10 February 2026", SMALL)
        pp.right(523, 36, f"Page {pp.page_no}", SMALL)

    f = Flow(p, gold, furniture=furniture)
    f.page()
    for text, st in ((STANNERLEY, HEAD.sized(15)), (HRA_TITLE, HEAD.sized(12))):
        for ln in p.wrap(text, st, f.right - f.left):
            p.line(f.left, f.y, ln, st)
            gold.line(ln)
            f.y -= st.size * 1.6
        f.y -= 4
    for label, value in HRA_FRONT:
        f.keyvalue(label, value, BODY.bold(), BODY, value_x=190, after=3)
    f.y -= 8
    for number, title, paras in HRA_SECTIONS:
        f.heading(f"{number}.", title, HEAD, num_x=f.left, x=f.left + 22, level=1, parent=None, after=4)
        for para in paras:
            if para == "TABLE1":
                f.table("Table 1: HRA summary", HRA_COLS, HRA_ROWS, TAB, scale=1e3, corner=("£000",))
            elif para == "TABLE2":
                f.table("Table 2: HRA capital programme", CAP_COLS, CAP_ROWS, TAB, scale=1e3, corner=("£000",))
            else:
                assert isinstance(para, tuple)
                f.numbered(para[0], para[1], BODY, num_x=f.left, x=f.left + 30, after=6, parent=number)
    p.save()
    gold.add("meta", council=STANNERLEY, date="2026-02-10")


# --- gold ------------------------------------------------------------------------------------


def typo_item(doc: str, text: str, surface: str, *figs: Any) -> dict[str, Any]:
    """An item with a financial year typed wrongly: kept as printed and flagged, never corrected."""
    item = fig_item(doc, text, *figs, (surface, surface, "financial_year", "period", None, None))
    item["figures"][-1] = {**item["figures"][-1], "flags": ["typo_year"]}
    return item


def _table_items(doc: str, rows: list[Row], periods: tuple[str, ...], kinds: tuple[str, ...],
                 total: str = "total") -> list[dict[str, Any]]:
    """A £000 table's rows: each cell labelled by its row (and column kind), dated by its column."""
    out = []
    for row in rows:
        name = total if row.label == "Total" else row.label.lower()
        figs = [money(v, float(v.replace(",", "")) * 1000, f"{name}{kind}", per)
                for v, per, kind in zip(row.values, periods, kinds, strict=True)]
        out.append(fig_item(doc, " ".join([row.label, *row.values]), *figs, context_unit="£000"))
    return out


A, H = AUDIT, HRA
FIGURES: list[dict[str, Any]] = [
    fig_item(A, "The Chief Internal Auditor reported that 21 of the 34 audits in the 2025/26 plan had been completed by "
                "the end of December, 62% of the plan, against a profile of 70% at that point in the year.",
             count("21", 21, "audits completed", "2025/26"), count("34", 34, "audits in the plan", "2025/26"),
             fy("2025/26", 2025), pct("62%", 62, "share of the audit plan completed", "2025/26"),
             pct("70%", 70, "profile of the audit plan completed", "2025/26")),
    fig_item(A, "Of the reports issued, four gave substantial assurance, eleven reasonable assurance, five limited "
                "assurance and one no assurance.",
             count("four", 4, "audit reports giving substantial assurance"),
             count("eleven", 11, "audit reports giving reasonable assurance"),
             count("five", 5, "audit reports giving limited assurance"),
             count("one", 1, "audit reports giving no assurance")),
    fig_item(A, "The audit of garage lettings gave no assurance: rent of £41,700 a year had not been charged on 64 "
                "garages let without a tenancy agreement.",
             money("£41,700", 41_700, "garage rent not charged a year"),
             count("64", 64, "garages let without a tenancy agreement")),
    fig_item(A, "Management had agreed 93% of the 127 recommendations made in the year.",
             pct("93%", 93, "audit recommendations agreed by management"),
             count("127", 127, "audit recommendations made in the year")),
    fig_item(A, "At 31 December 2025, 17 high-priority recommendations were overdue, of which 6 were more than six "
                "months late.",
             date("31 December 2025", "2025-12-31"), count("17", 17, "overdue high-priority recommendations"),
             count("6", 6, "high-priority recommendations more than six months late"),
             duration("six months", "P6M")),
    fig_item(A, "The internal audit service costs the Council £186,348 in 2025/26, delivered in 636 audit days at a "
                "day rate of £293.",
             money("£186,348", 186_348, "cost of the internal audit service", "2025/26"), fy("2025/26", 2025),
             count("636", 636, "audit days", "2025/26"), money("£293", 293, "audit day rate", "2025/26")),
    fig_item(A, "The scale fee for the audit of 2024/25 was £142,800, set by Public Sector Audit Appointments.",
             fy("2024/25", 2024), money("£142,800", 142_800, "scale fee for the audit", "2024/25")),
    fig_item(A, "Additional fees of £23,650 are sought for extra work on the valuation of land and buildings",
             money("£23,650", 23_650, "additional audit fees for work on the valuation of land and buildings",
                   "2024/25")),
    fig_item(A, "Members noted that land and buildings had been restated by £4.7m, 2.9% of their carrying value.",
             money("£4.7m", 4_700_000, "restatement of land and buildings"),
             pct("2.9%", 2.9, "restatement as a share of the carrying value of land and buildings")),
    fig_item(A, "The register holds 14 strategic risks, three of which remain red after mitigation",
             count("14", 14, "strategic risks"), count("three", 3, "strategic risks red after mitigation")),
    fig_item(A, "The Chief Finance Officer reported a budget gap of between £1.2m and £1.9m in 2027/28, depending on "
                "the reset of business rates.",
             money("£1.2m", 1_200_000, "budget gap", "2027/28"), money("£1.9m", 1_900_000, "budget gap", "2027/28"),
             fy("2027/28", 2027)),
    fig_item(A, "In the October phishing exercise 7.5% of staff clicked the test link, down from 12.1% a year earlier, "
                "and 96% of staff have completed the cyber awareness course.",
             pct("7.5%", 7.5, "staff who clicked the phishing test link"),
             pct("12.1%", 12.1, "staff who clicked the phishing test link"),
             pct("96%", 96, "staff who completed the cyber awareness course")),
    fig_item(A, "Data matching in 2024/25 led to the recovery of £61,300 of overpaid housing benefit.",
             fy("2024/25", 2024), money("£61,300", 61_300, "overpaid housing benefit recovered", "2024/25")),
    fig_item(A, "It also ended 207 discounts claimed by households that were no longer eligible, worth £78,900 a year "
                "in council tax.",
             count("207", 207, "discounts ended for households no longer eligible"),
             money("£78,900", 78_900, "council tax a year from discounts ended", "2024/25")),
    fig_item(A, "Four tenancy fraud cases were proved and two council homes were recovered.",
             count("Four", 4, "tenancy fraud cases proved"), count("two", 2, "council homes recovered")),
    fig_item(H, "This report presents the 30-year business plan for the Housing Revenue Account (HRA) and asks Cabinet "
                "to set rents and charges for council homes for 2026/27.",
             duration("30-year", "P30Y"), fy("2026/27", 2026)),
    fig_item(H, "That rents for council homes rise by 4.8% from 6 April 2026, the most that the government's limit "
                "allows.",
             pct("4.8%", 4.8, "rise in rents for council homes"), date("6 April 2026", "2026-04-06")),
    fig_item(H, "That garage rents rise to £11.40 a week", money("£11.40", 11.40, "garage rent a week")),
    fig_item(H, "That a capital programme of £96.3m for 2026/27 to 2030/31 be approved.",
             money("£96.3m", 96_300_000, "capital programme"), fy("2026/27", 2026), fy("2030/31", 2030)),
    fig_item(H, "The Council owns 5,214 homes and the freehold of 388 leasehold flats.",
             count("5,214", 5214, "homes owned by the Council"), count("388", 388, "leasehold flats")),
    fig_item(H, "In 2024/25 it sold 41 homes under the Right to Buy and added 29 by building and buying back.",
             fy("2024/25", 2024), count("41", 41, "homes sold under the Right to Buy", "2024/25"),
             count("29", 29, "homes added by building and buying back", "2024/25")),
    fig_item(H, "The average rent in 2025/26 is £98.62 a week over 52 weeks.",
             fy("2025/26", 2025), money("£98.62", 98.62, "average rent a week", "2025/26"), duration("52 weeks", "P52W")),
    fig_item(H, "From 6 April 2026 it will be £103.35, an increase of £4.73 a week, or £245.96 a year.",
             date("6 April 2026", "2026-04-06"), money("£103.35", 103.35, "average rent a week"),
             money("£4.73", 4.73, "increase in average rent a week"),
             money("£245.96", 245.96, "increase in average rent a year")),
    fig_item(H, "Some 68% of tenants get help with their rent through housing benefit or universal credit",
             pct("68%", 68, "tenants getting help with their rent")),
    fig_item(H, "The plan assumes inflation of 2.0% a year from 2027/28 and rent rises of 3.0% a year after 2030/31.",
             pct("2.0%", 2.0, "inflation assumed a year"), fy("2027/28", 2027),
             pct("3.0%", 3.0, "rent rises assumed a year"), fy("2030/31", 2030)),
    *_table_items(H, HRA_ROWS, ("2025/26", "2025/26", "2026/27"), (" budget", " forecast", " budget")),
    fig_item(H, "Repairs are forecast to overspend by £695,000 in 2025/26 because of damp and mould work.",
             money("£695,000", 695_000, "forecast overspend on repairs", "2025/26"), fy("2025/26", 2025)),
    fig_item(H, "Since the new standard came in, the Council has inspected 1,135 homes and 226 of them needed work.",
             count("1,135", 1135, "homes inspected for damp and mould"),
             count("226", 226, "homes inspected that needed work")),
    fig_item(H, "The HRA's working balance will be £4.1m at 31 March 2026, against a minimum of £2.5m, or about £480 "
                "a home.",
             money("£4.1m", 4_100_000, "HRA working balance"), date("31 March 2026", "2026-03-31"),
             money("£2.5m", 2_500_000, "minimum working balance"),
             money("£480", 480, "minimum working balance a home")),
    fig_item(H, "The HRA owes £162.4m.", money("£162.4m", 162_400_000, "HRA debt")),
    fig_item(H, "The plan borrows a further £38m by 2030/31 and repays all of its debt by 2052/53, three years earlier "
                "than last year's plan.",
             money("£38m", 38_000_000, "further borrowing", "2030/31"), fy("2030/31", 2030), fy("2052/53", 2052),
             duration("three years", "P3Y")),
    typo_item(H, "On these assumptions the HRA holds reserves of £33.6m at the end of the plan in 20255/56.",
              "20255/56", money("£33.6m", 33_600_000, "HRA reserves at the end of the plan")),
    fig_item(H, "Table 2 shows the five-year capital programme.", duration("five-year", "P5Y")),
    *_table_items(H, CAP_ROWS, CAP_YEARS, ("",) * 5, total="total capital programme"),
    fig_item(H, "The energy works will bring 1,460 homes up to an energy rating of C by 2030, helped by a government "
                "grant of £5.25m, which meets up to 50% of the cost of each home's works.",
             count("1,460", 1460, "homes brought up to an energy rating of C"), year("2030", 2030),
             money("£5.25m", 5_250_000, "government grant for energy works"),
             pct("50%", 50, "share of the cost of each home's works met by the grant")),
    fig_item(H, "Of the 176 new homes in the programme, 109 will be built on the Plover Lane site by March 2029, and "
                "the first of them will be let in 2027.",
             count("176", 176, "new homes in the programme"), count("109", 109, "new homes built on the Plover Lane site"),
             date("March 2029", "2029-03"), year("2027", 2027)),
    fig_item(H, "Each 1% on rents is worth about £275,000 a year to the HRA.",
             pct("1%", 1, "rents"), money("£275,000", 275_000, "worth of each 1% on rents a year")),
    fig_item(H, "The Building Safety Regulator has been told that fire safety works at the Council's three tower "
                "blocks will be finished by December 2026.",
             count("three", 3, "tower blocks"), date("December 2026", "2026-12")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(A, "ORG", CORVENHAM),
    ent(A, "COMMITTEE", "Audit, Standards and Governance Committee", aliases=("Committee",)),
    ent(A, "ORG", "Wyeland Audit Partnership"),
    ent(A, "ORG", "Harcourt Lyle LLP"),
    ent(A, "ORG", "Public Sector Audit Appointments"),
    ent(A, "PERSON", "Alistair Brennagh", affiliation=CORVENHAM, role="Chair"),
    ent(A, "PERSON", "Wendy Loxley-Harte", affiliation=CORVENHAM, role="Vice-Chair"),
    ent(A, "PERSON", "Tomasz Wisniewski", affiliation=CORVENHAM, role="Councillor"),
    ent(A, "PERSON", "Priya Venkataraman", affiliation=CORVENHAM, role="Councillor"),
    ent(A, "PERSON", "Julian Dearsley", affiliation=CORVENHAM, role="Councillor"),
    ent(A, "PERSON", "Rhiannon Gethin", affiliation=CORVENHAM, role="Councillor"),
    ent(A, "PERSON", "Catriona Mayhew", affiliation=CORVENHAM, role="Independent Co-opted Member"),
    ent(A, "PERSON", "Elspeth Rowntree", affiliation=CORVENHAM, role="Chief Finance Officer"),
    ent(A, "PERSON", "Kofi Amankwah", affiliation="Wyeland Audit Partnership", role="Chief Internal Auditor"),
    ent(A, "PERSON", "Sabrina Colquhoun", affiliation="Harcourt Lyle LLP", role="Key Audit Partner"),
    ent(A, "PERSON", "Desmond Ravenhill", affiliation=CORVENHAM, role="Monitoring Officer"),
    ent(A, "PERSON", "Lorna Birtwhistle", affiliation=CORVENHAM, role="Counter Fraud Officer"),
    ent(A, "ROLE", "Chief Finance Officer"),
    ent(A, "ROLE", "Chief Internal Auditor"),
    ent(A, "ROLE", "Monitoring Officer"),
    ent(A, "ROLE", "Counter Fraud Officer"),
    ent(A, "ROLE", "Assistant Director for Housing Property"),
    ent(A, "GPE", "Corvenham"),
    ent(H, "ORG", STANNERLEY),
    ent(H, "COMMITTEE", "Cabinet"),
    ent(H, "PROGRAMME", "Housing Revenue Account Business Plan"),
    ent(H, "ACRONYM", "Housing Revenue Account", aliases=("HRA",)),
    ent(H, "PROGRAMME", "Right to Buy"),
    ent(H, "ORG", "Building Safety Regulator"),
    ent(H, "ROLE", "Strategic Director of Housing and Communities"),
    ent(H, "ROLE", "Portfolio Holder for Homes and Neighbourhoods"),
    ent(H, "ROLE", "Housing Finance Manager"),
    ent(H, "PERSON", "Naomi Whitlingham", affiliation=STANNERLEY, role="Portfolio Holder for Homes and Neighbourhoods"),
    ent(H, "PERSON", "Gwendolyn Ashby-Nwosu", affiliation=STANNERLEY, role="Housing Finance Manager"),
    ent(H, "PERSON", "Rupert Valancourt", affiliation=STANNERLEY, role="Strategic Director of Housing and Communities"),
]
