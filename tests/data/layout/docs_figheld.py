"""Two held-out documents for what figures measure and when, and for number questions (issue 17
items 2 and 3), written after that code and scored before anything was tuned on them: a
licensing committee report of a fifth invented council (taxi licensing, street trading) and a
Cabinet report of a sixth on highways and flood defences, with a small table of years. Every
name, place and figure is made up."""

from __future__ import annotations

from typing import Any

from docs_city import simple_table
from flow import Flow, Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, question, year
from reportkit import furniture, para_sections, report_pages, title_lines
from wordpdf import BOLD, REGULAR, Style

LICENSING = "ashcombe-licensing-committee-report-2026-02-10"
HIGHWAYS = "fernleigh-highways-cabinet-report-2026-01-27"
ASHCOMBE = "Ashcombe District Council"
FERNLEIGH = "Fernleigh County Council"
BODY = Style(font=REGULAR, size=10.5)
HEAD = Style(font=BOLD, size=11)
TAB = Style(font=REGULAR, size=9.5)

LICENSING_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "To ask the Committee to agree the hackney carriage fares and the licence fees for taxis and street "
        "trading that will apply from 1 April 2026.",
    ]),
    ("2. Taxi licensing", [
        "The district licenses 186 hackney carriages and 342 private hire vehicles, and 611 drivers hold a "
        "licence to drive them.",
        "Drivers' fuel and insurance costs rose by 7.5% over the last year, and the trade has asked for the fare "
        "for the first mile to go up from £3.80 to £4.20.",
        "During 2025/26 officers made 94 vehicle inspections outside the booked tests, and 17 vehicles were "
        "suspended until repairs were done.",
    ]),
    ("3. Street trading", [
        "Street trading consents bring in £38,600 a year. The fee for an annual consent is proposed to rise to "
        "£1,150 in 2026/27, while a one-day consent for a charity stall stays free.",
    ]),
    ("4. Financial implications", [
        "The licensing service is expected to cost £412,000 in 2026/27 and to recover £389,000 of that from "
        "fees, leaving £23,000 to be met from the General Fund.",
    ]),
]

HIGHWAYS_SECTIONS: list[tuple[str, list[str]]] = [
    ("Summary", [
        "This report sets out the condition of the county's roads and asks Cabinet to approve a flood "
        "defence scheme for the village of Wendover Marsh.",
    ]),
    ("Road condition", [
        "The county maintains 3,240 miles of road. Of these, 9% of A roads should be considered for "
        "maintenance, against 4% in England as a whole.",
        "Potholes reported by residents fell to 21,350 in 2025, and 96% of dangerous ones were repaired within "
        "24 hours.",
    ]),
    ("Flood defence at Wendover Marsh", [
        "Flooding in February 2025 entered 57 homes in the village. The proposed embankment and pumping "
        "station will protect 212 properties and is estimated to cost £4.75m.",
        "The Environment Agency will pay £3.1m from Flood Defence Grant in Aid, and the remaining £1.65m will "
        "come from the council's capital programme for 2026/27.",
    ]),
]
ROADS_HEADER = ["Measure", "2023/24", "2024/25"]
ROADS = [
    ["Highways maintenance spending (£000)", "28,400", "30,150"],
    ["Gritting runs", "1,080", "1,265"],
]


def _report(path: str, gold: Gold, title: str, council: str, date_line: str, seed: int,
            sections: list[tuple[str, list[str]]], after: Any = None) -> None:
    f = report_pages(path, gold, title, seed, furniture(council, "Page {n}"))
    title_lines(f, [(council, HEAD.sized(15)), (title, HEAD.sized(13)), (date_line, BODY)])

    def then(f: Flow, heading: str) -> None:
        if after is not None and heading == sections[1][0]:
            after(f)

    para_sections(f, sections, head=HEAD, body=BODY, then=then)
    f.p.save()


def build_licensing(path: str, gold: Gold) -> None:
    _report(path, gold, "Taxi Fares and Licence Fees 2026/27", ASHCOMBE, "Licensing Committee, 10 February 2026",
            61, LICENSING_SECTIONS)
    gold.add("meta", council=ASHCOMBE, date="2026-02-10")


def build_highways(path: str, gold: Gold) -> None:
    def table(f: Flow) -> None:
        simple_table(f, "Table 1: Highways in numbers", ROADS_HEADER, ROADS, [72, 420, 500], TAB, 300)

    _report(path, gold, "Highways Condition and Flood Defence", FERNLEIGH, "Cabinet, 27 January 2026", 62,
            HIGHWAYS_SECTIONS, after=table)
    gold.add("meta", council=FERNLEIGH, date="2026-01-27")


L, H = LICENSING, HIGHWAYS
QUESTIONS: list[dict[str, Any]] = [
    question("L48", "What will a taxi passenger pay for the first mile after the fare rise?", L,
             "the fare for the first mile to go up from £3.80 to £4.20", "figure", answer=(4.20, "GBP")),
    question("L49", "How many taxi drivers are licensed in the district?", L,
             "611 drivers hold a licence", "figure", answer=(611, "count")),
    question("L50", "How much of the licensing service's cost is paid from fees?", L,
             "to recover £389,000 of that from fees", "figure", answer=(389_000, "GBP")),
    question("L51", "How many homes will the Wendover Marsh flood scheme protect?", H,
             "will protect 212 properties", "figure", answer=(212, "count")),
    question("L52", "How much is the Environment Agency contributing to the flood embankment?", H,
             "The Environment Agency will pay £3.1m", "figure", answer=(3_100_000, "GBP")),
]
FIGURES: list[dict[str, Any]] = [
    fig_item(L, "The district licenses 186 hackney carriages and 342 private hire vehicles, and 611 drivers hold a "
                "licence to drive them.",
             count("186", 186, "hackney carriages licensed"), count("342", 342, "private hire vehicles licensed"),
             count("611", 611, "licensed drivers")),
    fig_item(L, "Drivers' fuel and insurance costs rose by 7.5% over the last year, and the trade has asked for the "
                "fare for the first mile to go up from £3.80 to £4.20.",
             pct("7.5%", 7.5, "rise in drivers' fuel and insurance costs"),
             money("£3.80", 3.80, "fare for the first mile"), money("£4.20", 4.20, "fare for the first mile")),
    fig_item(L, "During 2025/26 officers made 94 vehicle inspections outside the booked tests, and 17 vehicles were "
                "suspended until repairs were done.",
             fy("2025/26", 2025), count("94", 94, "vehicle inspections", "2025/26"),
             count("17", 17, "vehicles suspended", "2025/26")),
    fig_item(L, "Street trading consents bring in £38,600 a year.",
             money("£38,600", 38_600, "income from street trading consents a year")),
    fig_item(L, "The fee for an annual consent is proposed to rise to £1,150 in 2026/27, while a one-day consent for "
                "a charity stall stays free.",
             money("£1,150", 1_150, "fee for an annual consent", "2026/27"), fy("2026/27", 2026)),
    fig_item(L, "The licensing service is expected to cost £412,000 in 2026/27 and to recover £389,000 of that from "
                "fees, leaving £23,000 to be met from the General Fund.",
             money("£412,000", 412_000, "cost of the licensing service", "2026/27"), fy("2026/27", 2026),
             money("£389,000", 389_000, "cost recovered from fees", "2026/27"),
             money("£23,000", 23_000, "cost met from the General Fund", "2026/27")),
    fig_item(H, "The county maintains 3,240 miles of road.", count("3,240", 3_240, "miles of road maintained")),
    fig_item(H, "Of these, 9% of A roads should be considered for maintenance, against 4% in England as a whole.",
             pct("9%", 9, "A roads to be considered for maintenance"),
             pct("4%", 4, "A roads to be considered for maintenance in England")),
    fig_item(H, "Potholes reported by residents fell to 21,350 in 2025, and 96% of dangerous ones were repaired "
                "within 24 hours.",
             count("21,350", 21_350, "potholes reported by residents", "2025"), year("2025", 2025),
             pct("96%", 96, "dangerous potholes repaired within 24 hours", "2025"), duration("24 hours", "PT24H")),
    fig_item(H, "Flooding in February 2025 entered 57 homes in the village.",
             date("February 2025", "2025-02"), count("57", 57, "homes flooded")),
    fig_item(H, "The proposed embankment and pumping station will protect 212 properties and is estimated to cost "
                "£4.75m.",
             count("212", 212, "properties protected"), money("£4.75m", 4_750_000, "estimated cost of the scheme")),
    fig_item(H, "The Environment Agency will pay £3.1m from Flood Defence Grant in Aid, and the remaining £1.65m will "
                "come from the council's capital programme for 2026/27.",
             money("£3.1m", 3_100_000, "Environment Agency payment from Flood Defence Grant in Aid"),
             money("£1.65m", 1_650_000, "remaining cost from the capital programme", "2026/27"), fy("2026/27", 2026)),
    fig_item(H, "Highways maintenance spending (£000) 28,400 30,150",
             money("28,400", 28_400_000, "highways maintenance spending", "2023/24"),
             money("30,150", 30_150_000, "highways maintenance spending", "2024/25")),
    fig_item(H, "Gritting runs 1,080 1,265",
             count("1,080", 1_080, "gritting runs", "2023/24"), count("1,265", 1_265, "gritting runs", "2024/25")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(L, "ORG", ASHCOMBE),
    ent(H, "ORG", FERNLEIGH),
    ent(H, "ORG", "Environment Agency"),
]
