"""A third held-out document for what figures measure and when (issue 17 item 2), written
before the label and period work of 2026-12-06's fourth session and scored once as it came: a
Cabinet report of a seventh invented council reviewing a leisure operating contract (visits,
swimming lessons, members, the management fee, a lido's plant), prose around a small table of
two financial years. Every name, place and figure is made up."""

from __future__ import annotations

from typing import Any

from docs_city import simple_table
from docs_figheld import TAB, _report
from flow import Flow, Gold
from goldkit import count, date, duration, fig_item, fy, money

LEISURE = "kelsby-leisure-contract-cabinet-report-2026-03-03"
KELSBY = "Kelsby Borough Council"

LEISURE_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "To review the third year of the leisure operating contract and to agree the management fee the council "
        "will pay the operator in 2026/27.",
    ]),
    ("2. Use of the centres", [
        "Since April 2023 the council's two leisure centres and its outdoor lido have been run by Kelsby Active "
        "Trust, a charity, under a ten-year contract. The council keeps the buildings and pays the trust a "
        "management fee each year.",
        "Visits to the centres reached 684,000 in 2024/25, up from 598,000 in the first year of the contract.",
        "The swimming programme teaches 2,950 children each week, and the waiting list for lessons has fallen to "
        "140 from over 400 when the trust took over.",
        "Members number 7,420, of whom 1,310 hold a concession card.",
    ]),
    ("3. Finance", [
        "The trust proposes a management fee of £575,000 for 2026/27, £37,000 less than this year, because its "
        "energy contract was renewed at a lower price.",
        "Energy remains the largest risk to the contract. It cost the trust £1.04m in 2025/26, almost a fifth of "
        "its running costs.",
        "Income from swimming lessons was £1.26m in 2025/26, of which £210,000 came from intensive courses in the "
        "school holidays.",
        "Adult swim prices will rise from £5.10 to £5.40 in April 2026, the first rise since the contract began.",
    ]),
    ("4. Lido filtration plant", [
        "The lido's filtration plant is over 30 years old and failed twice last summer. A replacement is "
        "estimated to cost £385,000 and would be paid for from the capital programme for 2026/27.",
        "The work has to be finished by May 2027 if the lido is to open for the summer season.",
    ]),
    ("5. Recommendations", [
        "Cabinet is asked to agree a management fee of £575,000 for 2026/27 and to add £385,000 to the 2026/27 "
        "capital programme for the lido's filtration plant.",
    ]),
]
CONTRACT_HEADER = ["Measure", "2024/25", "2025/26"]
CONTRACT = [
    ["Management fee paid to the trust (£000)", "648", "612"],
    ["Visits by people over 65", "71,200", "78,950"],
    ["Days the lido opened", "104", "96"],
]


def build_leisure(path: str, gold: Gold) -> None:
    def table(f: Flow) -> None:
        simple_table(f, "Table 1: The contract in figures", CONTRACT_HEADER, CONTRACT, [72, 420, 500],
                     TAB, 300)

    _report(path, gold, "Leisure Operating Contract: Year Three Review", KELSBY, "Cabinet, 3 March 2026", 63,
            LEISURE_SECTIONS, after=table)
    gold.add("meta", council=KELSBY, date="2026-03-03")


K = LEISURE
FIGURES: list[dict[str, Any]] = [
    fig_item(K, "To review the third year of the leisure operating contract and to agree the management fee the "
                "council will pay the operator in 2026/27.", fy("2026/27", 2026)),
    fig_item(K, "Since April 2023 the council's two leisure centres and its outdoor lido have been run by Kelsby "
                "Active Trust, a charity, under a ten-year contract.", date("April 2023", "2023-04")),
    fig_item(K, "Visits to the centres reached 684,000 in 2024/25, up from 598,000 in the first year of the "
                "contract.",
             count("684,000", 684_000, "visits to the centres", "2024/25"), fy("2024/25", 2024),
             count("598,000", 598_000, "visits to the centres")),
    fig_item(K, "The swimming programme teaches 2,950 children each week, and the waiting list for lessons has "
                "fallen to 140 from over 400 when the trust took over.",
             count("2,950", 2_950, "children taught to swim each week"),
             count("140", 140, "waiting list for swimming lessons"),
             count("400", 400, "waiting list for swimming lessons")),
    fig_item(K, "Members number 7,420, of whom 1,310 hold a concession card.",
             count("7,420", 7_420, "members"), count("1,310", 1_310, "members holding a concession card")),
    fig_item(K, "The trust proposes a management fee of £575,000 for 2026/27, £37,000 less than this year, because "
                "its energy contract was renewed at a lower price.",
             money("£575,000", 575_000, "proposed management fee", "2026/27"), fy("2026/27", 2026),
             money("£37,000", 37_000, "reduction in the management fee", "2026/27")),
    fig_item(K, "It cost the trust £1.04m in 2025/26, almost a fifth of its running costs.",
             money("£1.04m", 1_040_000, "energy cost to the trust", "2025/26"), fy("2025/26", 2025)),
    fig_item(K, "Income from swimming lessons was £1.26m in 2025/26, of which £210,000 came from intensive courses "
                "in the school holidays.",
             money("£1.26m", 1_260_000, "income from swimming lessons", "2025/26"), fy("2025/26", 2025),
             money("£210,000", 210_000, "income from intensive swimming courses in the school holidays",
                   "2025/26")),
    fig_item(K, "Adult swim prices will rise from £5.10 to £5.40 in April 2026, the first rise since the contract "
                "began.",
             money("£5.10", 5.10, "adult swim price"), money("£5.40", 5.40, "adult swim price"),
             date("April 2026", "2026-04")),
    fig_item(K, "The lido's filtration plant is over 30 years old and failed twice last summer.",
             duration("30 years", "P30Y", "age of the lido's filtration plant")),
    fig_item(K, "A replacement is estimated to cost £385,000 and would be paid for from the capital programme for "
                "2026/27.",
             money("£385,000", 385_000, "estimated cost of replacing the filtration plant", "2026/27"),
             fy("2026/27", 2026)),
    fig_item(K, "The work has to be finished by May 2027 if the lido is to open for the summer season.",
             date("May 2027", "2027-05")),
    fig_item(K, "Cabinet is asked to agree a management fee of £575,000 for 2026/27 and to add £385,000 to the "
                "2026/27 capital programme for the lido's filtration plant.",
             money("£575,000", 575_000, "management fee", "2026/27"), fy("2026/27", 2026),
             money("£385,000", 385_000, "capital programme addition for the lido's filtration plant", "2026/27"),
             fy("2026/27", 2026)),
    fig_item(K, "Management fee paid to the trust (£000) 648 612",
             money("648", 648_000, "management fee paid to the trust", "2024/25"),
             money("612", 612_000, "management fee paid to the trust", "2025/26")),
    fig_item(K, "Visits by people over 65 71,200 78,950",
             count("71,200", 71_200, "visits by people over 65", "2024/25"),
             count("78,950", 78_950, "visits by people over 65", "2025/26")),
    fig_item(K, "Days the lido opened 104 96",
             count("104", 104, "days the lido opened", "2024/25"), count("96", 96, "days the lido opened", "2025/26")),
]
