"""Development documents for what figures measure and when (issue 17 item 2, fifth session),
written before that session's label work and scored once as they came: a budget monitoring
report of an invented borough (prose overspends, "of which" parts, a forecast count "rising to
N by" a month, a table of years in mixed units), minutes of an invented district's committee
whose resolutions name amounts, and a Word report of a third on parking (a table of years with
the unit in each row label, rates per week and per year). Every name, place and figure is made
up."""

from __future__ import annotations

import datetime
from typing import Any

from docs_city import simple_table
from docs_figheld import TAB, _report
from flow import Flow, Gold
from goldkit import count, date, duration, fig_item, fy, money, pct, year
from reportkit import WordProps, word_report

MONITORING = "marrowfield-budget-monitoring-q3-2026-02-10"
MINUTES = "penstowe-communities-grants-minutes-2026-03-04"
PARKING = "oxhallow-parking-annual-report-2026-02-24"
MARROWFIELD = "Marrowfield Borough Council"
PENSTOWE = "Penstowe District Council"
OXHALLOW = "Oxhallow District Council"

MONITORING_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "For 2025/26 the council forecasts a net overspend of £1.84m against a net revenue budget of £96.2m. "
        "This is £0.35m better than the position reported at quarter 2.",
    ]),
    ("2. Children's services", [
        "Children's social care is forecast to overspend by £1.2m in 2025/26, of which £780,000 is on "
        "residential placements for looked-after children.",
        "The number of children in residential placements has risen from 31 in April 2025 to 38, and is "
        "expected to keep rising to 45 by March 2027. An average placement costs £5,400 per week.",
    ]),
    ("3. Housing", [
        "In 2025/26 temporary accommodation for homeless households is forecast to cost £2.45m, £610,000 more "
        "than budgeted. There were 212 households in temporary accommodation at the end of December.",
        "Bed and breakfast accounts for 18% of the households placed, down from 27% a year earlier.",
    ]),
    ("4. Income", [
        "Car parking income for 2025/26 is forecast to be £420k below budget, because town-centre visits are "
        "still 12% lower than before the pandemic.",
        "Planning fees are expected to reach £1.9m this year, helped by 42 major applications.",
    ]),
    ("5. Savings and reserves", [
        "Of the £3.6m of savings agreed for 2025/26, £2.9m (81%) has been delivered and £0.7m is at risk.",
        "The overspend would be met from the budget resilience reserve, reducing it to £4.3m at 31 March 2026.",
    ]),
]
INDICATORS_HEADER = ["Measure", "2023/24", "2024/25", "2025/26 forecast"]
INDICATORS = [
    ["Net spend on children's social care (£000)", "18,240", "19,870", "21,070"],
    ["Looked-after children at year end", "262", "274", "281"],
    ["Household waste recycled (%)", "41.2", "42.8", "44.0"],
    ["Average rough sleepers per week", "9", "7", "6"],
    ["Council tax collected in year (%)", "96.1", "96.4", "96.0"],
]

MINUTES_SECTIONS: list[tuple[str, list[str]]] = [
    ("CG/21 Community grants", [
        "The Committee considered applications to the Community Grants Fund for 2026/27, which has a budget of "
        "£250,000.",
        "RESOLVED that (1) grants totalling £184,500 be awarded to the 23 organisations listed in the appendix; "
        "(2) £40,000 be held back for applications from new groups; and (3) the remaining £25,500 be returned "
        "to the general fund.",
    ]),
    ("CG/22 Leisure centre charges", [
        "The Committee noted that swimming pool attendance fell by 6% in 2025, to 212,000 visits.",
        "RESOLVED that the adult swim charge rise by 20p to £4.80 from 1 April 2026, and that under-16s continue "
        "to swim free.",
    ]),
    ("CG/23 Community safety", [
        "The Community Safety Manager reported 1,430 incidents of anti-social behaviour in 2025, 9% fewer than "
        "in 2024.",
        "RESOLVED that £60,000 from the community safety reserve be spent on additional CCTV cameras in the "
        "town centre.",
    ]),
    ("CG/24 Allotments", [
        "There are 640 allotment plots, with a waiting list of 310 people. The annual rent for a full plot is "
        "£68 and for a half plot £38.",
    ]),
]

PARKING_FRONT = [
    ("Report to:", "Overview and Scrutiny Committee"),
    ("Date:", "24 February 2026"),
    ("Report of:", "Head of Environmental Services"),
]
PARKING_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "1.1 This report reviews the council's parking service in 2025/26 and proposes charges for 2026/27.",
    ]),
    ("2. Income and costs", [
        "2.1 Parking income is forecast at £4.61m in 2025/26, £190,000 above budget, mainly from the new "
        "Riverside car park.",
        "2.2 Enforcement costs rose by 8% to £1.37m, of which £245,000 was spent on the new camera enforcement "
        "contract.",
        "2.3 The council manages 2,140 off-street spaces in 14 car parks, and 186 of the spaces have electric "
        "vehicle chargers.",
        "TABLE",
    ]),
    ("3. Proposed charges", [
        "3.1 It is proposed that the all-day charge in town-centre car parks rises from £6.50 to £7.00 in "
        "2026/27. The charge for the first hour will stay at £1.20.",
        "3.2 Together these changes are expected to raise £115,000 a year.",
    ]),
    ("4. Resident permits", [
        "4.1 Resident permits cost £62 a year; 4,870 were issued in 2025/26, 5% more than in 2024/25.",
    ]),
]
PARKING_TABLE = [
    ("Measure", "2023/24", "2024/25", "2025/26"),
    ("Pay and display income (£000)", "3,410", "3,655", "3,820"),
    ("Penalty charge notices issued", "21,880", "24,310", "22,950"),
    ("Notices paid within 14 days (%)", "68", "71", "73"),
    ("Season tickets sold per week", "145", "152", "160"),
    ("Average cost of a resident permit (£)", "55.00", "58.00", "62.00"),
]


def build_monitoring(path: str, gold: Gold) -> None:
    def table(f: Flow) -> None:
        simple_table(f, "Table 1: Service indicators", INDICATORS_HEADER, INDICATORS, [72, 330, 410, 510], TAB,
                     250)

    _report(path, gold, "Revenue Budget Monitoring: Quarter 3 2025/26", MARROWFIELD, "Cabinet, 10 February 2026",
            64, MONITORING_SECTIONS, after=table)
    gold.add("meta", council=MARROWFIELD, date="2026-02-10")


def build_minutes(path: str, gold: Gold) -> None:
    _report(path, gold, "Minutes of the Communities and Grants Committee", PENSTOWE,
            "Meeting held on 4 March 2026", 65, MINUTES_SECTIONS)
    gold.add("meta", council=PENSTOWE, date="2026-03-04")


# the zip's entries keep the time of the office report it was first written beside
PARKING_PROPS = WordProps("Environmental Services", "Parking Service Annual Report 2025/26",
                          datetime.datetime(2026, 2, 16, 9, 0, 0), revision=2,
                          zipped=datetime.datetime(2026, 1, 13, 9, 0, 0))


def build_parking(path: str, gold: Gold) -> None:
    word_report(path, gold, PARKING_PROPS, council=OXHALLOW, title="Parking Service Annual Report 2025/26",
                front=PARKING_FRONT, sections=PARKING_SECTIONS, tables=[PARKING_TABLE])
    gold.add("meta", council=OXHALLOW, date="2026-02-24")


M, P, X = MONITORING, MINUTES, PARKING
FIGURES: list[dict[str, Any]] = [
    # the budget monitoring report
    fig_item(M, "For 2025/26 the council forecasts a net overspend of £1.84m against a net revenue budget of £96.2m.",
             fy("2025/26", 2025), money("£1.84m", 1_840_000, "forecast net overspend", "2025/26"),
             money("£96.2m", 96_200_000, "net revenue budget", "2025/26")),
    fig_item(M, "This is £0.35m better than the position reported at quarter 2.",
             money("£0.35m", 350_000, "improvement on the position reported at quarter 2", "2025/26")),
    fig_item(M, "Children's social care is forecast to overspend by £1.2m in 2025/26, of which £780,000 is on "
                "residential placements for looked-after children.",
             money("£1.2m", 1_200_000, "forecast overspend on children's social care", "2025/26"),
             fy("2025/26", 2025),
             money("£780,000", 780_000, "overspend on residential placements for looked-after children", "2025/26")),
    fig_item(M, "The number of children in residential placements has risen from 31 in April 2025 to 38, and is "
                "expected to keep rising to 45 by March 2027.",
             count("31", 31, "children in residential placements"), date("April 2025", "2025-04"),
             count("38", 38, "children in residential placements"),
             count("45", 45, "children in residential placements"), date("March 2027", "2027-03")),
    fig_item(M, "An average placement costs £5,400 per week.",
             money("£5,400", 5_400, "average placement cost per week")),
    fig_item(M, "In 2025/26 temporary accommodation for homeless households is forecast to cost £2.45m, £610,000 "
                "more than budgeted.",
             fy("2025/26", 2025),
             money("£2.45m", 2_450_000, "forecast cost of temporary accommodation for homeless households",
                   "2025/26"),
             money("£610,000", 610_000, "temporary accommodation cost more than budgeted", "2025/26")),
    fig_item(M, "There were 212 households in temporary accommodation at the end of December.",
             count("212", 212, "households in temporary accommodation")),
    fig_item(M, "Bed and breakfast accounts for 18% of the households placed, down from 27% a year earlier.",
             pct("18%", 18, "households placed in bed and breakfast"),
             pct("27%", 27, "households placed in bed and breakfast")),
    fig_item(M, "Car parking income for 2025/26 is forecast to be £420k below budget, because town-centre visits are "
                "still 12% lower than before the pandemic.",
             fy("2025/26", 2025), money("£420k", 420_000, "car parking income below budget", "2025/26"),
             pct("12%", 12, "town-centre visits lower than before the pandemic")),
    fig_item(M, "Planning fees are expected to reach £1.9m this year, helped by 42 major applications.",
             money("£1.9m", 1_900_000, "planning fees", "2025/26"), count("42", 42, "major planning applications")),
    fig_item(M, "Of the £3.6m of savings agreed for 2025/26, £2.9m (81%) has been delivered and £0.7m is at risk.",
             money("£3.6m", 3_600_000, "savings agreed", "2025/26"), fy("2025/26", 2025),
             money("£2.9m", 2_900_000, "savings delivered", "2025/26"), pct("81%", 81, "savings delivered", "2025/26"),
             money("£0.7m", 700_000, "savings at risk", "2025/26")),
    fig_item(M, "The overspend would be met from the budget resilience reserve, reducing it to £4.3m at 31 March "
                "2026.",
             money("£4.3m", 4_300_000, "budget resilience reserve"), date("31 March 2026", "2026-03-31")),
    fig_item(M, "Net spend on children's social care (£000) 18,240 19,870 21,070",
             money("18,240", 18_240_000, "net spend on children's social care", "2023/24"),
             money("19,870", 19_870_000, "net spend on children's social care", "2024/25"),
             money("21,070", 21_070_000, "net spend on children's social care forecast", "2025/26")),
    fig_item(M, "Looked-after children at year end 262 274 281",
             count("262", 262, "looked-after children at year end", "2023/24"),
             count("274", 274, "looked-after children at year end", "2024/25"),
             count("281", 281, "looked-after children at year end forecast", "2025/26")),
    fig_item(M, "Household waste recycled (%) 41.2 42.8 44.0",
             pct("41.2", 41.2, "household waste recycled", "2023/24"),
             pct("42.8", 42.8, "household waste recycled", "2024/25"),
             pct("44.0", 44.0, "household waste recycled forecast", "2025/26")),
    fig_item(M, "Average rough sleepers per week 9 7 6",
             count("9", 9, "average rough sleepers per week", "2023/24"),
             count("7", 7, "average rough sleepers per week", "2024/25"),
             count("6", 6, "average rough sleepers per week forecast", "2025/26")),
    fig_item(M, "Council tax collected in year (%) 96.1 96.4 96.0",
             pct("96.1", 96.1, "council tax collected in year", "2023/24"),
             pct("96.4", 96.4, "council tax collected in year", "2024/25"),
             pct("96.0", 96.0, "council tax collected in year forecast", "2025/26")),
    # the committee minutes
    fig_item(P, "The Committee considered applications to the Community Grants Fund for 2026/27, which has a budget "
                "of £250,000.",
             fy("2026/27", 2026), money("£250,000", 250_000, "Community Grants Fund budget", "2026/27")),
    fig_item(P, "RESOLVED that (1) grants totalling £184,500 be awarded to the 23 organisations listed in the "
                "appendix; (2) £40,000 be held back for applications from new groups; and (3) the remaining "
                "£25,500 be returned to the general fund.",
             money("£184,500", 184_500, "grants awarded", "2026/27"),
             count("23", 23, "organisations awarded grants"),
             money("£40,000", 40_000, "held back for applications from new groups", "2026/27"),
             money("£25,500", 25_500, "remaining budget returned to the general fund", "2026/27")),
    fig_item(P, "The Committee noted that swimming pool attendance fell by 6% in 2025, to 212,000 visits.",
             pct("6%", 6, "fall in swimming pool attendance", "2025"), year("2025", 2025),
             count("212,000", 212_000, "swimming pool visits", "2025")),
    fig_item(P, "RESOLVED that the adult swim charge rise by 20p to £4.80 from 1 April 2026, and that under-16s "
                "continue to swim free.",
             money("20p", 0.20, "rise in the adult swim charge"), money("£4.80", 4.80, "adult swim charge"),
             date("1 April 2026", "2026-04-01")),
    fig_item(P, "The Community Safety Manager reported 1,430 incidents of anti-social behaviour in 2025, 9% fewer "
                "than in 2024.",
             count("1,430", 1_430, "incidents of anti-social behaviour", "2025"), year("2025", 2025),
             pct("9%", 9, "fewer incidents of anti-social behaviour", "2025"), year("2024", 2024)),
    fig_item(P, "RESOLVED that £60,000 from the community safety reserve be spent on additional CCTV cameras in the "
                "town centre.",
             money("£60,000", 60_000, "community safety reserve spent on additional CCTV cameras")),
    fig_item(P, "There are 640 allotment plots, with a waiting list of 310 people.",
             count("640", 640, "allotment plots"), count("310", 310, "allotment waiting list")),
    fig_item(P, "The annual rent for a full plot is £68 and for a half plot £38.",
             money("£68", 68, "annual rent for a full plot"), money("£38", 38, "annual rent for a half plot")),
    # the parking report (Word)
    fig_item(X, "1.1 This report reviews the council's parking service in 2025/26 and proposes charges for 2026/27.",
             fy("2025/26", 2025), fy("2026/27", 2026)),
    fig_item(X, "2.1 Parking income is forecast at £4.61m in 2025/26, £190,000 above budget, mainly from the new "
                "Riverside car park.",
             money("£4.61m", 4_610_000, "forecast parking income", "2025/26"), fy("2025/26", 2025),
             money("£190,000", 190_000, "parking income above budget", "2025/26")),
    fig_item(X, "2.2 Enforcement costs rose by 8% to £1.37m, of which £245,000 was spent on the new camera "
                "enforcement contract.",
             pct("8%", 8, "rise in enforcement costs", "2025/26"), money("£1.37m", 1_370_000, "enforcement costs",
                                                                        "2025/26"),
             money("£245,000", 245_000, "spent on the camera enforcement contract", "2025/26")),
    fig_item(X, "2.3 The council manages 2,140 off-street spaces in 14 car parks, and 186 of the spaces have electric "
                "vehicle chargers.",
             count("2,140", 2_140, "off-street parking spaces"), count("14", 14, "car parks"),
             count("186", 186, "spaces with electric vehicle chargers")),
    fig_item(X, "Pay and display income (£000) 3,410 3,655 3,820",
             money("3,410", 3_410_000, "pay and display income", "2023/24"),
             money("3,655", 3_655_000, "pay and display income", "2024/25"),
             money("3,820", 3_820_000, "pay and display income", "2025/26")),
    fig_item(X, "Penalty charge notices issued 21,880 24,310 22,950",
             count("21,880", 21_880, "penalty charge notices issued", "2023/24"),
             count("24,310", 24_310, "penalty charge notices issued", "2024/25"),
             count("22,950", 22_950, "penalty charge notices issued", "2025/26")),
    fig_item(X, "Notices paid within 14 days (%) 68 71 73",
             duration("14 days", "P14D"),
             pct("68", 68, "notices paid within 14 days", "2023/24"),
             pct("71", 71, "notices paid within 14 days", "2024/25"),
             pct("73", 73, "notices paid within 14 days", "2025/26")),
    fig_item(X, "Season tickets sold per week 145 152 160",
             count("145", 145, "season tickets sold per week", "2023/24"),
             count("152", 152, "season tickets sold per week", "2024/25"),
             count("160", 160, "season tickets sold per week", "2025/26")),
    fig_item(X, "Average cost of a resident permit (£) 55.00 58.00 62.00",
             money("55.00", 55, "average cost of a resident permit", "2023/24"),
             money("58.00", 58, "average cost of a resident permit", "2024/25"),
             money("62.00", 62, "average cost of a resident permit", "2025/26")),
    fig_item(X, "3.1 It is proposed that the all-day charge in town-centre car parks rises from £6.50 to £7.00 in "
                "2026/27.",
             money("£6.50", 6.50, "all-day charge in town-centre car parks"),
             money("£7.00", 7.00, "all-day charge in town-centre car parks", "2026/27"), fy("2026/27", 2026)),
    fig_item(X, "The charge for the first hour will stay at £1.20.",
             money("£1.20", 1.20, "charge for the first hour", "2026/27")),
    fig_item(X, "3.2 Together these changes are expected to raise £115,000 a year.",
             money("£115,000", 115_000, "expected income from these changes a year")),
    fig_item(X, "4.1 Resident permits cost £62 a year; 4,870 were issued in 2025/26, 5% more than in 2024/25.",
             money("£62", 62, "cost of a resident permit a year"),
             count("4,870", 4_870, "resident permits issued", "2025/26"), fy("2025/26", 2025),
             pct("5%", 5, "more resident permits issued", "2025/26"), fy("2024/25", 2024)),
]
