"""The two PDFs of the third held-out corpus: a parking services annual report of an invented
borough council (numbered headings, a table of three financial years in mixed units and a
£000 account table) and the minutes of an invented county council's pension fund committee
(attendance lists, numbered minutes, "RESOLVED that" and numbered resolutions). Every name,
place and figure is made up."""

from __future__ import annotations

from typing import Any

from docs_city import simple_table
from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import BODY, Minute, furniture, minutes_pdf, para_sections, report_pages, title_lines
from wordpdf import BOLD, REGULAR, Style

HEAD = Style(font=BOLD, size=11)
TAB = Style(font=REGULAR, size=9.5)

# --- the parking report ----------------------------------------------------------------------

PARKING = "eastmarsh-parking-services-annual-report-2025-10-07"
EASTMARSH = "Eastmarsh Borough Council"
PARKING_TITLE = "Parking Services Annual Report 2024/25"
PARKING_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Introduction", [
        "This is the annual report of the parking service for the year from 1 April 2024 to 31 March 2025. "
        "The Council publishes it each year so that residents can see how parking is managed and where the "
        "money raised from parking is spent.",
    ]),
    ("2. Car parks and streets", [
        "The Council runs 23 car parks with 4,180 spaces between them, of which 212 are bays for Blue Badge "
        "holders and 96 have electric vehicle charge points.",
        "Occupancy across the car parks averaged 71% in 2024/25, up from 66% the year before, and reached 94% "
        "at the Quayside multi-storey on Saturdays.",
        "Civil enforcement officers patrol 38 miles of restricted streets, including nine residents' parking "
        "zones.",
    ]),
    ("3. Enforcement", [
        "Officers issued 41,260 penalty charge notices (PCNs) in 2024/25, 6% fewer than in 2023/24.",
        "Of these notices, 78% were paid, most of them within 14 days at the discounted rate of £35; the full "
        "charge for a higher-level contravention is £70.",
        "Motorists challenged 5,930 notices informally and 1,140 made a formal representation. Of the 262 "
        "appeals heard by the Traffic Penalty Tribunal, the adjudicator found for the Council in 61%.",
    ]),
    ("4. Permits", [
        "Residents hold 6,874 parking permits. A first permit costs £55 a year and a second £95, and a book of "
        "ten visitor sessions will go up from £12 to £14 on 1 April 2026.",
    ]),
    ("5. The parking account", [
        "The parking account made a surplus of £1.92m in 2024/25, after running costs of £3.47m. The law "
        "requires the surplus to be spent on transport: £850,000 went to concessionary bus fares, £620,000 to "
        "highway maintenance and the remaining £450,000 to the Park and Ride service.",
        "Cashless payments made up 83% of pay-and-display transactions. The phone payment contract with "
        "Parkwise Mobile costs the Council 21p a transaction.",
    ]),
    ("6. The year ahead", [
        "The Council will replace 140 pay-and-display machines by March 2027 at a cost of £560,000, and will "
        "consult on a tenth residents' zone around Wherry Lane after a petition signed by 1,318 people.",
        "Report author: Lucinda Pemberley-Osei, Parking Services Manager. Director of Environment and Place: "
        "Oluwaseun Hartigan.",
    ]),
]
PARKING_STATS_HEADER = ["Measure", "2022/23", "2023/24", "2024/25"]
PARKING_STATS = [
    ["Penalty charge notices issued", "45,870", "43,890", "41,260"],
    ["Pay-and-display transactions", "1,602,400", "1,688,150", "1,731,900"],
    ["Resident permits in force", "6,402", "6,655", "6,874"],
    ["Average car park occupancy (%)", "63", "66", "71"],
]
ACCOUNT_COLS = [
    Col(72, 330, align="l"),
    Col(360, 430, ("2023/24", "Actual"), period="2023/24"),
    Col(450, 520, ("2024/25", "Actual"), period="2024/25"),
]
ACCOUNT = [
    Row("Car park charges", ("3,512", "3,690")),
    Row("Penalty charge income", ("1,318", "1,262")),
    Row("Permit income", ("401", "438")),
    Row("Total income", ("5,231", "5,390"), bold=True),
    Row("Running costs", ("3,395", "3,470")),
    Row("Surplus", ("1,836", "1,920"), bold=True),
]


def build_parking(path: str, gold: Gold) -> None:
    f = report_pages(path, gold, PARKING_TITLE, 71, furniture(f"{EASTMARSH} | {PARKING_TITLE}", "Page {n}"))
    title_lines(f, [(EASTMARSH, HEAD.sized(15)), (PARKING_TITLE, HEAD.sized(13)),
                    ("Environment and Transport Committee, 7 October 2025", BODY)])

    def tables(f: Flow, heading: str) -> None:
        if heading.startswith("3."):
            simple_table(f, "Table 1: Parking in numbers", PARKING_STATS_HEADER, PARKING_STATS,
                         [72, 370, 445, 520], TAB, 280)
        if heading.startswith("5."):
            f.table("Table 2: Parking account", ACCOUNT_COLS, ACCOUNT, TAB, scale=1e3, corner=("£000",))

    para_sections(f, PARKING_SECTIONS, head=HEAD, number_gap=22, then=tables)
    f.p.save()
    gold.add("meta", council=EASTMARSH, date="2025-10-07")


# --- the pension fund committee minutes ------------------------------------------------------

PENSION = "kettlewick-pension-fund-committee-minutes-2026-03-12"
KETTLEWICK = "Kettlewick County Council"
ATTENDANCE = [
    ("Present:", "Councillor Margery Holloway-Finch (Chair), Councillor Desmond Okwuosa (Vice-Chair), "
                 "Councillors Petra Halvorsen, Anand Ramaswamy and Gareth Pennock."),
    ("Co-opted:", "Sheila Mackworth (scheme member representative) and Neville Ashdown (employer representative, "
                  "Kettlewick College)."),
    ("Also present:", "Fenella Drummond (Independent Investment Adviser) and Marcus Oyelowo (Fund Actuary, "
                      "Hallam Pryde Actuaries)."),
    ("Officers:", "Harriet Quennell (Director of Finance), Tobias Wrenshaw (Head of Pensions) and Ifeoma "
                  "Castleton (Democratic Services Officer)."),
]
PENSION_ITEMS: list[Minute] = [
    ("PC/31", "Apologies for Absence", [
        "Apologies were received from Councillor Rosalind Achebe.",
    ]),
    ("PC/32", "Declarations of Interest", [
        "Councillor Petra Halvorsen declared that she is a deferred member of the Kettlewick Pension Fund.",
    ]),
    ("PC/33", "Minutes", [
        "RESOLVED that the minutes of the meeting held on 4 December 2025 be approved as a correct record.",
    ]),
    ("PC/34", "Investment Performance", [
        "The Independent Investment Adviser reported that the Fund's assets were valued at £3,842m at 31 "
        "December 2025, up from £3,607m a year earlier.",
        "Over the twelve months to December the Fund returned 9.4% against its benchmark of 8.1%; over five "
        "years it has returned 6.2% a year.",
        "Assets of £2,730m, or 71% of the Fund, are now managed through the Northmoor Pensions Pool, which the "
        "Fund shares with five other funds.",
        "RESOLVED that the report be noted.",
    ]),
    ("PC/35", "Actuarial Valuation 2025", [
        "The Fund Actuary presented the results of the valuation at 31 March 2025. The funding level has risen "
        "to 112% from 98% at the 2022 valuation, a surplus of £402m.",
        "The County Council's employer contribution rate will fall from 21.5% to 17.9% of pay from 1 April "
        "2026, which is expected to save the Council £6.3m a year.",
        "The Fund has 171 participating employers and 62,480 members: 21,905 contributing members, 23,310 "
        "deferred members and 17,265 pensioners.",
        "RESOLVED that:",
        [
            "the results of the valuation be noted;",
            "the revised Funding Strategy Statement be approved;",
            "the Head of Pensions be authorised to agree contribution rates with the academy trusts that "
            "join the Fund before the next valuation.",
        ],
    ]),
    ("PC/36", "Pensions Administration", [
        "The Head of Pensions reported that 94% of retirement quotes were issued within ten working days in "
        "the quarter to December, against a target of 95%, and that the team closed 4,612 cases in the "
        "quarter.",
        "Annual benefit statements reached 99.2% of contributing members by the deadline of 31 August 2025. "
        "Administration costs £24.70 per member a year, below the average of £28.10 for county funds.",
        "The Fund pays out £11.4m in pensions each month.",
        "RESOLVED that the target for retirement quotes be raised to 97% in the Pensions Administration "
        "Strategy from 1 April 2026.",
    ]),
    ("PC/37", "Budget 2026/27", [
        "The Committee considered the Fund's budget for 2026/27 of £38.9m, of which £33.2m is for investment "
        "management fees, £4.1m for administration and £1.6m for oversight and governance.",
        "RESOLVED that the budget for 2026/27 be approved.",
    ]),
    ("PC/38", "Responsible Investment", [
        "The carbon footprint of the Fund's listed equities has fallen by 47% since 2019.",
        "Members discussed a proposal to invest up to £150m in local infrastructure, with £60m of it set aside "
        "for affordable housing in the county.",
        "RESOLVED that:",
        [
            "the commitment of up to £150m to local infrastructure be approved;",
            "the Director of Finance report on its progress to the Committee every six months.",
        ],
    ]),
]


def build_pension(path: str, gold: Gold) -> None:
    minutes_pdf(path, gold, meta_title="Minutes: Pension Fund Committee, 12 March 2026", seed=72,
                footer="Pension Fund Committee – 12.03.26", council=KETTLEWICK,
                committee="Minutes of the Pension Fund Committee",
                held="held on Thursday, 12 March 2026 at 10.00 am in Committee Room 2, County Hall, Kettlewick",
                attendance=ATTENDANCE, minutes=PENSION_ITEMS, closed="The meeting closed at 12.40 pm.", label_gap=34)
    gold.add("meta", council=KETTLEWICK, date="2026-03-12")


# --- gold ------------------------------------------------------------------------------------

P, K = PARKING, PENSION
FIGURES: list[dict[str, Any]] = [
    fig_item(P, "The Council runs 23 car parks with 4,180 spaces between them, of which 212 are bays for Blue Badge "
                "holders and 96 have electric vehicle charge points.",
             count("23", 23, "car parks"), count("4,180", 4180, "car park spaces"),
             count("212", 212, "bays for Blue Badge holders"),
             count("96", 96, "spaces with electric vehicle charge points")),
    fig_item(P, "Occupancy across the car parks averaged 71% in 2024/25, up from 66% the year before, and reached 94% "
                "at the Quayside multi-storey on Saturdays.",
             pct("71%", 71, "average car park occupancy", "2024/25"), fy("2024/25", 2024),
             pct("66%", 66, "average car park occupancy", "2023/24"),
             pct("94%", 94, "occupancy at the Quayside multi-storey on Saturdays", "2024/25")),
    fig_item(P, "Civil enforcement officers patrol 38 miles of restricted streets, including nine residents' parking "
                "zones.",
             count("38", 38, "miles of restricted streets"), count("nine", 9, "residents' parking zones")),
    fig_item(P, "Officers issued 41,260 penalty charge notices (PCNs) in 2024/25, 6% fewer than in 2023/24.",
             count("41,260", 41260, "penalty charge notices issued", "2024/25"), fy("2024/25", 2024),
             pct("6%", 6, "fall in penalty charge notices issued", "2024/25"), fy("2023/24", 2023)),
    fig_item(P, "Of these notices, 78% were paid, most of them within 14 days at the discounted rate of £35; the full "
                "charge for a higher-level contravention is £70.",
             pct("78%", 78, "notices paid", "2024/25"), duration("14 days", "P14D"),
             money("£35", 35, "discounted rate", "2024/25"),
             money("£70", 70, "full charge for a higher-level contravention", "2024/25")),
    fig_item(P, "Motorists challenged 5,930 notices informally and 1,140 made a formal representation.",
             count("5,930", 5930, "notices challenged informally"), count("1,140", 1140, "formal representations")),
    fig_item(P, "Of the 262 appeals heard by the Traffic Penalty Tribunal, the adjudicator found for the Council in 61%.",
             count("262", 262, "appeals heard by the Traffic Penalty Tribunal"),
             pct("61%", 61, "appeals found for the Council")),
    fig_item(P, "Penalty charge notices issued 45,870 43,890 41,260",
             count("45,870", 45870, "penalty charge notices issued", "2022/23"),
             count("43,890", 43890, "penalty charge notices issued", "2023/24"),
             count("41,260", 41260, "penalty charge notices issued", "2024/25")),
    fig_item(P, "Pay-and-display transactions 1,602,400 1,688,150 1,731,900",
             count("1,602,400", 1602400, "pay-and-display transactions", "2022/23"),
             count("1,688,150", 1688150, "pay-and-display transactions", "2023/24"),
             count("1,731,900", 1731900, "pay-and-display transactions", "2024/25")),
    fig_item(P, "Resident permits in force 6,402 6,655 6,874",
             count("6,402", 6402, "resident permits in force", "2022/23"),
             count("6,655", 6655, "resident permits in force", "2023/24"),
             count("6,874", 6874, "resident permits in force", "2024/25")),
    fig_item(P, "Average car park occupancy (%) 63 66 71",
             pct("63", 63, "average car park occupancy", "2022/23"),
             pct("66", 66, "average car park occupancy", "2023/24"),
             pct("71", 71, "average car park occupancy", "2024/25")),
    fig_item(P, "Residents hold 6,874 parking permits.", count("6,874", 6874, "parking permits held by residents")),
    fig_item(P, "A first permit costs £55 a year and a second £95, and a book of ten visitor sessions will go up from "
                "£12 to £14 on 1 April 2026.",
             money("£55", 55, "first permit a year"), money("£95", 95, "second permit"),
             count("ten", 10, "visitor sessions"), money("£12", 12, "book of visitor sessions"),
             money("£14", 14, "book of visitor sessions"), date("1 April 2026", "2026-04-01")),
    fig_item(P, "The parking account made a surplus of £1.92m in 2024/25, after running costs of £3.47m.",
             money("£1.92m", 1_920_000, "parking account surplus", "2024/25"), fy("2024/25", 2024),
             money("£3.47m", 3_470_000, "running costs", "2024/25")),
    fig_item(P, "The law requires the surplus to be spent on transport: £850,000 went to concessionary bus fares, "
                "£620,000 to highway maintenance and the remaining £450,000 to the Park and Ride service.",
             money("£850,000", 850_000, "surplus spent on concessionary bus fares", "2024/25"),
             money("£620,000", 620_000, "surplus spent on highway maintenance", "2024/25"),
             money("£450,000", 450_000, "surplus spent on the Park and Ride service", "2024/25")),
    fig_item(P, "Cashless payments made up 83% of pay-and-display transactions.",
             pct("83%", 83, "cashless payments of pay-and-display transactions")),
    fig_item(P, "The phone payment contract with Parkwise Mobile costs the Council 21p a transaction.",
             money("21p", 0.21, "cost of the phone payment contract a transaction")),
    fig_item(P, "Car park charges 3,512 3,690",
             money("3,512", 3_512_000, "car park charges", "2023/24"),
             money("3,690", 3_690_000, "car park charges", "2024/25"), context_unit="£000"),
    fig_item(P, "Penalty charge income 1,318 1,262",
             money("1,318", 1_318_000, "penalty charge income", "2023/24"),
             money("1,262", 1_262_000, "penalty charge income", "2024/25"), context_unit="£000"),
    fig_item(P, "Total income 5,231 5,390",
             money("5,231", 5_231_000, "total income", "2023/24"),
             money("5,390", 5_390_000, "total income", "2024/25"), context_unit="£000"),
    fig_item(P, "Surplus 1,836 1,920",
             money("1,836", 1_836_000, "surplus", "2023/24"),
             money("1,920", 1_920_000, "surplus", "2024/25"), context_unit="£000"),
    fig_item(P, "The Council will replace 140 pay-and-display machines by March 2027 at a cost of £560,000",
             count("140", 140, "pay-and-display machines replaced"), date("March 2027", "2027-03"),
             money("£560,000", 560_000, "cost of replacing pay-and-display machines")),
    fig_item(K, "The Independent Investment Adviser reported that the Fund's assets were valued at £3,842m at 31 "
                "December 2025, up from £3,607m a year earlier.",
             money("£3,842m", 3_842_000_000, "value of the Fund's assets"), date("31 December 2025", "2025-12-31"),
             money("£3,607m", 3_607_000_000, "value of the Fund's assets")),
    fig_item(K, "Over the twelve months to December the Fund returned 9.4% against its benchmark of 8.1%; over five "
                "years it has returned 6.2% a year.",
             pct("9.4%", 9.4, "Fund return over twelve months"), pct("8.1%", 8.1, "benchmark return"),
             pct("6.2%", 6.2, "Fund return a year over five years")),
    fig_item(K, "Assets of £2,730m, or 71% of the Fund, are now managed through the Northmoor Pensions Pool, which "
                "the Fund shares with five other funds.",
             money("£2,730m", 2_730_000_000, "assets managed through the Northmoor Pensions Pool"),
             pct("71%", 71, "share of the Fund managed through the Northmoor Pensions Pool"),
             count("five", 5, "other funds sharing the pool")),
    fig_item(K, "The funding level has risen to 112% from 98% at the 2022 valuation, a surplus of £402m.",
             pct("112%", 112, "funding level"), pct("98%", 98, "funding level", "2022"), year("2022", 2022),
             money("£402m", 402_000_000, "funding surplus")),
    fig_item(K, "The County Council's employer contribution rate will fall from 21.5% to 17.9% of pay from 1 April "
                "2026, which is expected to save the Council £6.3m a year.",
             pct("21.5%", 21.5, "County Council's employer contribution rate"),
             pct("17.9%", 17.9, "County Council's employer contribution rate"), date("1 April 2026", "2026-04-01"),
             money("£6.3m", 6_300_000, "saving to the Council a year")),
    fig_item(K, "The Fund has 171 participating employers and 62,480 members: 21,905 contributing members, 23,310 "
                "deferred members and 17,265 pensioners.",
             count("171", 171, "participating employers"), count("62,480", 62480, "members of the Fund"),
             count("21,905", 21905, "contributing members"), count("23,310", 23310, "deferred members"),
             count("17,265", 17265, "pensioners")),
    fig_item(K, "Administration costs £24.70 per member a year, below the average of £28.10 for county funds.",
             money("£24.70", 24.70, "administration cost per member a year"),
             money("£28.10", 28.10, "average administration cost for county funds")),
    fig_item(K, "The Fund pays out £11.4m in pensions each month.", money("£11.4m", 11_400_000, "pensions paid each month")),
    fig_item(K, "The Committee considered the Fund's budget for 2026/27 of £38.9m, of which £33.2m is for investment "
                "management fees, £4.1m for administration and £1.6m for oversight and governance.",
             fy("2026/27", 2026), money("£38.9m", 38_900_000, "the Fund's budget", "2026/27"),
             money("£33.2m", 33_200_000, "investment management fees", "2026/27"),
             money("£4.1m", 4_100_000, "administration", "2026/27"),
             money("£1.6m", 1_600_000, "oversight and governance", "2026/27")),
    fig_item(K, "The carbon footprint of the Fund's listed equities has fallen by 47% since 2019.",
             pct("47%", 47, "fall in the carbon footprint of the Fund's listed equities"), year("2019", 2019)),
]
ENTITIES: list[dict[str, Any]] = [
    ent(P, "ORG", EASTMARSH),
    ent(P, "COMMITTEE", "Environment and Transport Committee"),
    ent(P, "ORG", "Traffic Penalty Tribunal"),
    ent(P, "ORG", "Parkwise Mobile"),
    ent(P, "ACRONYM", "PCNs", aliases=("penalty charge notices",)),
    ent(P, "PERSON", "Lucinda Pemberley-Osei", affiliation=EASTMARSH, role="Parking Services Manager"),
    ent(P, "PERSON", "Oluwaseun Hartigan", affiliation=EASTMARSH, role="Director of Environment and Place"),
    ent(P, "ROLE", "Parking Services Manager"),
    ent(P, "ROLE", "Director of Environment and Place"),
    ent(K, "ORG", KETTLEWICK),
    ent(K, "COMMITTEE", "Pension Fund Committee", aliases=("Committee",)),
    ent(K, "PROGRAMME", "Kettlewick Pension Fund"),
    ent(K, "ORG", "Northmoor Pensions Pool"),
    ent(K, "ORG", "Kettlewick College"),
    ent(K, "ORG", "Hallam Pryde Actuaries"),
    ent(K, "PROGRAMME", "Funding Strategy Statement"),
    ent(K, "PROGRAMME", "Pensions Administration Strategy"),
    ent(K, "PERSON", "Margery Holloway-Finch", affiliation=KETTLEWICK, role="Chair"),
    ent(K, "PERSON", "Desmond Okwuosa", affiliation=KETTLEWICK, role="Vice-Chair"),
    ent(K, "PERSON", "Petra Halvorsen", affiliation=KETTLEWICK, role="Councillor"),
    ent(K, "PERSON", "Anand Ramaswamy", affiliation=KETTLEWICK, role="Councillor"),
    ent(K, "PERSON", "Gareth Pennock", affiliation=KETTLEWICK, role="Councillor"),
    ent(K, "PERSON", "Rosalind Achebe", affiliation=KETTLEWICK, role="Councillor"),
    ent(K, "PERSON", "Sheila Mackworth", affiliation=KETTLEWICK, role="scheme member representative"),
    ent(K, "PERSON", "Neville Ashdown", affiliation="Kettlewick College", role="employer representative"),
    ent(K, "PERSON", "Fenella Drummond", affiliation=KETTLEWICK, role="Independent Investment Adviser"),
    ent(K, "PERSON", "Marcus Oyelowo", affiliation="Hallam Pryde Actuaries", role="Fund Actuary"),
    ent(K, "PERSON", "Harriet Quennell", affiliation=KETTLEWICK, role="Director of Finance"),
    ent(K, "PERSON", "Tobias Wrenshaw", affiliation=KETTLEWICK, role="Head of Pensions"),
    ent(K, "PERSON", "Ifeoma Castleton", affiliation=KETTLEWICK, role="Democratic Services Officer"),
    ent(K, "ROLE", "Independent Investment Adviser"),
    ent(K, "ROLE", "Fund Actuary"),
    ent(K, "ROLE", "Director of Finance"),
    ent(K, "ROLE", "Head of Pensions"),
    ent(K, "ROLE", "Democratic Services Officer"),
    ent(K, "GPE", "Kettlewick"),
]
