"""The housing rents report of the eleventh held-out corpus, drawn with the second corpus' Word-like
painter (``tests/data/layout``: ``reportkit.report_opening``, ``numbered_report_sections``,
``Flow.table``): an invented borough council's report to Cabinet setting council house rents,
service charges, garage rents and the Housing Revenue Account budget for 2026/27. A front sheet,
numbered sections and paragraphs, lettered recommendations as numbered paragraphs, the rent rule
("CPI plus one percentage point") and its consequences in prose (a week and a year, per cent,
"each 1 per cent of rent", a share of tenants, a minimum balance "a home"), Table 1 of average
weekly rents by size of home with a count of homes and a rise in £ and %, Table 2 of service
charges and garage rents a week, and Table 3, the HRA budget in £000 with income in brackets,
subtotals and a surplus line, this year's and next year's budget side by side. Every name, place
and figure is made up."""

from __future__ import annotations

from typing import Any

from flow import Col, Flow, Gold, Row
from goldkit import count, date, ent, fig_item, fy, money, pct
from reportkit import BODY, furniture, numbered_report_sections, report_opening

RENTS = "ostervale-hra-rents-and-budget-cabinet-2026-01-27"
OSTERVALE = "Ostervale Borough Council"
TITLE = "Council Housing Rents, Service Charges and the Housing Revenue Account Budget 2026/27"
FRONT = [
    ("Meeting:", "Cabinet"),
    ("Date:", "27 January 2026"),
    ("Report of:", "Strategic Director of Housing and Neighbourhoods"),
    ("Portfolio holder:", "Councillor Idris Pennycuick-Laing, Portfolio Holder for Housing"),
    ("Report author:", "Saoirse Delacombe, HRA Finance Business Partner"),
    ("Key decision:", "Yes"),
]

TAB = BODY.sized(8.5)

# Table 1: size of home, homes, 2025/26 £ a week, 2026/27 £ a week, rise £ a week, rise %
RENT_ROWS = [
    ("Bedsit", "212", "84.12", "87.99", "3.87", "4.6"),
    ("One bedroom", "1,486", "96.40", "100.83", "4.43", "4.6"),
    ("Two bedrooms", "2,133", "108.75", "113.75", "5.00", "4.6"),
    ("Three bedrooms", "1,604", "121.30", "126.88", "5.58", "4.6"),
    ("Four bedrooms or more", "187", "137.66", "143.99", "6.33", "4.6"),
    ("Two bedrooms at affordable rent (80 per cent of market rent, capped at the Local Housing Allowance)", "96",
     "152.40", "159.00", "6.60", "4.3"),
    ("All homes", "5,718", "109.83", "114.87", "5.04", "4.6"),
]
RENT_COLS = [
    Col(72, 232, align="l"),
    Col(240, 282, ("Homes",)),
    Col(290, 340, ("2025/26", "£ a week"), period="2025/26"),
    Col(348, 398, ("2026/27", "£ a week"), period="2026/27"),
    Col(406, 456, ("Rise", "£ a week"), period="2026/27"),
    Col(466, 520, ("Rise", "%"), period="2026/27"),
]
# Table 2: charge (a week), 2025/26, 2026/27, change %
CHARGES = [
    ("Cleaning of communal areas", "3.85", "4.10", "6.5"),
    ("Communal lighting and power", "1.92", "2.04", "6.3"),
    ("Grounds maintenance on estates with shared gardens", "2.60", "2.70", "3.8"),
    ("Sheltered housing scheme manager and alarm", "11.48", "12.01", "4.6"),
    ("Garage, rented by a council tenant", "12.00", "12.60", "5.0"),
    ("Garage, rented by anyone else (including VAT)", "14.40", "15.12", "5.0"),
]
CHARGE_COLS = [
    Col(72, 300, align="l"),
    Col(320, 385, ("2025/26", "£ a week"), period="2025/26"),
    Col(400, 465, ("2026/27", "£ a week"), period="2026/27"),
    Col(475, 520, ("Change", "%"), period="2026/27"),
]
# Table 3: HRA budget £000, 2025/26 budget, 2026/27 budget
HRA = [
    ("Dwelling rents", "(31,180)", "(32,615)", False),
    ("Service charges", "(1,226)", "(1,284)", False),
    ("Garage rents", "(398)", "(412)", False),
    ("Interest on balances", "(520)", "(350)", False),
    ("Total income", "(33,324)", "(34,661)", True),
    ("Repairs and maintenance", "9,215", "9,870", False),
    ("Supervision and management", "7,102", "7,436", False),
    ("Depreciation", "7,840", "8,120", False),
    ("Interest on HRA borrowing", "5,211", "5,384", False),
    ("Revenue contribution to capital spending", "3,600", "3,500", False),
    ("Total expenditure", "32,968", "34,310", True),
    ("Surplus for the year", "(356)", "(351)", True),
]
HRA_COLS = [
    Col(72, 330, align="l"),
    Col(360, 435, ("2025/26", "Budget"), period="2025/26"),
    Col(450, 520, ("2026/27", "Budget"), period="2026/27"),
]


def _t1(f: Flow) -> None:
    f.table("Table 1: Average weekly rents by size of home (rents charged over 52 weeks)", RENT_COLS,
            [Row(r[0], r[1:], bold=r[0] == "All homes") for r in RENT_ROWS], TAB, scale=1.0, corner=("Size of home",))


def _t2(f: Flow) -> None:
    f.table("Table 2: Service charges and garage rents", CHARGE_COLS,
            [Row(r[0], r[1:]) for r in CHARGES], TAB, scale=1.0, corner=("Charge",))


def _t3(f: Flow) -> None:
    f.table("Table 3: Housing Revenue Account budget", HRA_COLS,
            [Row(lab, (a, b), bold=bold) for lab, a, b, bold in HRA], TAB, scale=1e3,
            unit_line="£000; income in brackets", corner=("",))


SECTIONS: list[tuple[str, str, list[tuple[str, str] | str]]] = [
    ("1", "Purpose", [
        ("1.1", "This report asks Cabinet to set rents, service charges and garage rents for the Council's 5,718 "
                "homes from 6 April 2026, and to recommend the Housing Revenue Account (HRA) budget for 2026/27 to "
                "Council on 24 February 2026."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That Cabinet (a) raises social and affordable rents by 4.6 per cent from 6 April 2026, in line with "
                "the Government's rent standard; (b) sets the service charges and garage rents in Table 2; and (c) "
                "recommends to Council an HRA budget for 2026/27 with a surplus of £351,000."),
    ]),
    ("3", "Rents", [
        ("3.1", "The rent standard lets social landlords raise rents each April by up to the Consumer Prices Index "
                "(CPI) of the September before, plus one percentage point. CPI was 3.6 per cent in September 2025, "
                "so rents may rise by up to 4.6 per cent in 2026/27."),
        ("3.2", "A rise of 4.6 per cent adds £5.04 a week to the average rent, taking it to £114.87, or £262.08 "
                "over the year. Table 1 shows the rents by size of home."),
        "T1",
        ("3.3", "About 61 per cent of tenants receive housing benefit or the housing costs element of Universal "
                "Credit, which will meet the rise in full for most of them. For the rest, the Tenancy Sustainment "
                "Fund of £120,000 can help those who fall behind."),
        ("3.4", "Rent is the HRA's main income: each 1 per cent of rent not charged costs the account about "
                "£312,000 a year, which is roughly the cost of re-roofing 26 houses."),
        ("3.5", "The Government will also let rents that are below formula rent rise by up to £1 a week more from "
                "April 2026. Officers do not propose to use this for 2026/27; for the 1,340 homes it would apply to, "
                "it would have raised £69,680 in a full year."),
    ]),
    ("4", "Service charges and garage rents", [
        ("4.1", "Service charges pay for services to shared areas and are set to recover their cost, so they can "
                "rise faster or slower than rents. Cleaning goes up 6.5% because the cleaning contract was "
                "re-tendered in the autumn; grounds maintenance rises by 10p a week."),
        "T2",
        ("4.2", "Garage rents rise by 5 per cent. Of the Council's 1,032 garages, 817 are let, and 96 of the empty "
                "ones are too narrow for a modern car."),
    ]),
    ("5", "The HRA budget", [
        ("5.1", "Table 3 sets out the HRA budget. Spending on repairs rises by £655,000 to meet the new damp and "
                "mould standard: 412 cases were reported in the nine months to December 2025, up from 297 a year "
                "earlier."),
        "T3",
        ("5.2", "Empty homes took 38 days on average to re-let in 2024/25, against a target of 28 days; each "
                "week a home stands empty costs about £115 in lost rent."),
        ("5.3", "The HRA working balance is forecast at £4.2m on 31 March 2026. The minimum balance is £1.8m, "
                "about £315 a home, which is kept for emergencies such as a major fire."),
        ("5.4", "The HRA capital programme for 2026/27 is £18.6m, including £6.2m for 48 new council homes at "
                "Rookery Lane and £2.4m to bring 530 homes up to the revised Decent Homes Standard by 2030."),
    ]),
]


def build_rents(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, OSTERVALE, TITLE, 1127, furniture(f"{OSTERVALE} – Cabinet 27 January 2026",
                                                                      "Page {n}"),
                       sizes=(13, 15), front=FRONT, value_x=190)
    numbered_report_sections(f, SECTIONS, {"T1": _t1, "T2": _t2, "T3": _t3})
    f.p.save()
    # a table's count and per cent columns are not money: keep the gold cells of £ columns only
    gold.records[:] = [r for r in gold.records
                       if not (r["kind"] == "cell" and r["column"] in ("Homes", "Rise %", "Change %"))]
    gold.add("meta", council=OSTERVALE, date="2026-01-27")


# --- gold ------------------------------------------------------------------------------------

R = RENTS
FY, LY = "2026/27", "2025/26"


def _rent_items() -> list[dict[str, Any]]:
    out = []
    for lab, homes, old, new, rise, p in RENT_ROWS:
        low = lab.lower()
        out.append(fig_item(R, " ".join((lab, homes, old, new, rise, p)),
                            count(homes, float(homes.replace(",", "")), f"{low} homes"),
                            money(old, float(old), f"{low} rent a week", LY),
                            money(new, float(new), f"{low} rent a week", FY),
                            money(rise, float(rise), f"{low} rise a week", FY),
                            pct(p, float(p), f"{low} rise", FY)))
    return out


def _charge_items() -> list[dict[str, Any]]:
    return [fig_item(R, " ".join(r), money(r[1], float(r[1]), f"{r[0].lower()} a week", LY),
                     money(r[2], float(r[2]), f"{r[0].lower()} a week", FY),
                     pct(r[3], float(r[3]), f"{r[0].lower()} change", FY)) for r in CHARGES]


def _hra_items() -> list[dict[str, Any]]:
    def k(s: str) -> float:
        s = s.replace(",", "")
        return -float(s[1:-1]) * 1000 if s.startswith("(") else float(s) * 1000

    return [fig_item(R, f"{lab} {a} {b}", money(a, k(a), f"{lab.lower()} budget", LY),
                     money(b, k(b), f"{lab.lower()} budget", FY), context_unit="£000")
            for lab, a, b, _ in HRA if a]


FIGURES: list[dict[str, Any]] = [
    fig_item(R, "This report asks Cabinet to set rents, service charges and garage rents for the Council's 5,718 "
                "homes from 6 April 2026",
             count("5,718", 5718, "homes"), date("6 April 2026", "2026-04-06")),
    fig_item(R, "to recommend the Housing Revenue Account (HRA) budget for 2026/27 to Council on 24 February 2026.",
             fy("2026/27", 2026), date("24 February 2026", "2026-02-24")),
    fig_item(R, "raises social and affordable rents by 4.6 per cent from 6 April 2026",
             pct("4.6 per cent", 4.6, "rise in social and affordable rents"), date("6 April 2026", "2026-04-06")),
    fig_item(R, "recommends to Council an HRA budget for 2026/27 with a surplus of £351,000.",
             fy("2026/27", 2026), money("£351,000", 351_000, "HRA budget surplus", FY)),
    fig_item(R, "CPI was 3.6 per cent in September 2025, so rents may rise by up to 4.6 per cent in 2026/27.",
             pct("3.6 per cent", 3.6, "CPI"), date("September 2025", "2025-09"),
             pct("4.6 per cent", 4.6, "rise in rents", FY), fy("2026/27", 2026)),
    fig_item(R, "A rise of 4.6 per cent adds £5.04 a week to the average rent, taking it to £114.87, or £262.08 over "
                "the year.",
             pct("4.6 per cent", 4.6, "rise"), money("£5.04", 5.04, "rise in the average rent a week"),
             money("£114.87", 114.87, "average rent a week"), money("£262.08", 262.08, "rise over the year")),
    *_rent_items(),
    fig_item(R, "About 61 per cent of tenants receive housing benefit or the housing costs element of Universal "
                "Credit, which will meet the rise in full for most of them.",
             pct("61 per cent", 61, "tenants receive housing benefit or Universal Credit")),
    fig_item(R, "For the rest, the Tenancy Sustainment Fund of £120,000 can help those who fall behind.",
             money("£120,000", 120_000, "Tenancy Sustainment Fund")),
    fig_item(R, "Rent is the HRA's main income: each 1 per cent of rent not charged costs the account about £312,000 "
                "a year, which is roughly the cost of re-roofing 26 houses.",
             pct("1 per cent", 1, "rent not charged"), money("£312,000", 312_000, "cost to the account a year"),
             count("26", 26, "houses re-roofed")),
    fig_item(R, "The Government will also let rents that are below formula rent rise by up to £1 a week more from "
                "April 2026.",
             money("£1", 1, "rise in rents below formula rent a week"), date("April 2026", "2026-04")),
    fig_item(R, "Officers do not propose to use this for 2026/27; for the 1,340 homes it would apply to, it would "
                "have raised £69,680 in a full year.",
             fy("2026/27", 2026), count("1,340", 1340, "homes"), money("£69,680", 69_680, "raised in a full year")),
    fig_item(R, "Cleaning goes up 6.5% because the cleaning contract was re-tendered in the autumn; grounds "
                "maintenance rises by 10p a week.",
             pct("6.5%", 6.5, "rise in cleaning"), money("10p", 0.10, "rise in grounds maintenance a week")),
    *_charge_items(),
    fig_item(R, "Garage rents rise by 5 per cent.", pct("5 per cent", 5, "rise in garage rents")),
    fig_item(R, "Of the Council's 1,032 garages, 817 are let, and 96 of the empty ones are too narrow for a modern "
                "car.",
             count("1,032", 1032, "garages"), count("817", 817, "garages let"),
             count("96", 96, "empty garages too narrow")),
    fig_item(R, "Spending on repairs rises by £655,000 to meet the new damp and mould standard: 412 cases were "
                "reported in the nine months to December 2025, up from 297 a year earlier.",
             money("£655,000", 655_000, "rise in spending on repairs"), count("412", 412, "damp and mould cases"),
             ("nine months", "P9M", "duration", "period", None, None), date("December 2025", "2025-12"),
             count("297", 297, "damp and mould cases")),
    *_hra_items(),
    fig_item(R, "Empty homes took 38 days on average to re-let in 2024/25, against a target of 28 days; each week a "
                "home stands empty costs about £115 in lost rent.",
             ("38 days", "P38D", "duration", "period", "average time to re-let empty homes", None),
             fy("2024/25", 2024), ("28 days", "P28D", "duration", "period", "target", None),
             money("£115", 115, "lost rent each week a home stands empty")),
    fig_item(R, "The HRA working balance is forecast at £4.2m on 31 March 2026.",
             money("£4.2m", 4_200_000, "HRA working balance"), date("31 March 2026", "2026-03-31")),
    fig_item(R, "The minimum balance is £1.8m, about £315 a home, which is kept for emergencies such as a major fire.",
             money("£1.8m", 1_800_000, "minimum balance"), money("£315", 315, "minimum balance a home")),
    fig_item(R, "The HRA capital programme for 2026/27 is £18.6m, including £6.2m for 48 new council homes at Rookery "
                "Lane and £2.4m to bring 530 homes up to the revised Decent Homes Standard by 2030.",
             fy("2026/27", 2026), money("£18.6m", 18_600_000, "HRA capital programme", FY),
             money("£6.2m", 6_200_000, "new council homes", FY), count("48", 48, "new council homes"),
             money("£2.4m", 2_400_000, "bring homes up to the Decent Homes Standard", FY),
             count("530", 530, "homes brought up to the Decent Homes Standard"), date("2030", "2030")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(R, "ORG", OSTERVALE),
    ent(R, "PERSON", "Idris Pennycuick-Laing", role="Portfolio Holder for Housing", affiliation=OSTERVALE),
    ent(R, "PERSON", "Saoirse Delacombe", role="HRA Finance Business Partner", affiliation=OSTERVALE),
    ent(R, "ROLE", "Portfolio Holder for Housing"),
    ent(R, "ROLE", "HRA Finance Business Partner"),
    ent(R, "ROLE", "Strategic Director of Housing and Neighbourhoods"),
    ent(R, "COMMITTEE", "Cabinet"),
    ent(R, "PROGRAMME", "Housing Revenue Account", aliases=("HRA",)),
    ent(R, "ACRONYM", "Consumer Prices Index", aliases=("CPI",)),
    ent(R, "PROGRAMME", "Universal Credit"),
    ent(R, "PROGRAMME", "Tenancy Sustainment Fund"),
    ent(R, "PROGRAMME", "Decent Homes Standard"),
    ent(R, "ACRONYM", "Local Housing Allowance"),
    ent(R, "GPE", "Rookery Lane"),
]
