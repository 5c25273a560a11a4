"""The two documents of the third held-out corpus that are not PDFs: a Cabinet report on a council
tax support scheme written in Word (.docx: title, bold front-sheet labels, Heading 1 sections,
typed paragraph numbers, a table of income bands) and a Modern.gov "Decision details" page
(.html) on the homes a city council finds for the children in its care. Every name, place and
figure is made up."""

from __future__ import annotations

import datetime
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct
from reportkit import Decision, WordProps, decision_page, word_report

# --- the Word report -------------------------------------------------------------------------

SUPPORT = "thornbury-vale-council-tax-support-scheme-2026-01-13"
THORNBURY = "Thornbury Vale District Council"
SUPPORT_FRONT = [
    ("Report to:", "Cabinet"),
    ("Date:", "13 January 2026"),
    ("Report of:", "Director of Resources"),
    ("Subject:", "Council Tax Support Scheme 2026/27"),
]
SUPPORT_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 This report proposes a new income-banded Council Tax Support (CTS) scheme for working-age "
        "residents from 1 April 2026, after a public consultation that ran from 1 September to 26 October 2025.",
        "1.2 The new scheme is expected to cost £7.42m in 2026/27, compared with £7.65m for the present scheme "
        "in 2025/26.",
    ]),
    ("2. Who receives support", [
        "2.1 At 30 November 2025, 6,318 households received Council Tax Support: 2,741 of pension age and 3,577 "
        "of working age.",
        "2.2 Pensioners are protected by national rules and can have their whole bill met. Under the present "
        "scheme every working-age household pays at least 20% of its bill, however low its income.",
        "2.3 In 2024/25 the Council sent a summons for unpaid council tax to 1,105 working-age households on "
        "support, and collected 84.5% of what they owed, against 97.8% from all households.",
    ]),
    ("3. The proposed scheme", [
        "3.1 Support will depend on a household's net weekly income, in four bands. The table shows the bands "
        "for a single person; they are higher for couples and for families with children.",
        "TABLE",
        "3.2 An award will stay the same for six months unless the household's income changes by more than £25 "
        "a week.",
        "3.3 For example, a working-age couple with two children in a Band B home, with net income of £195 a "
        "week, would receive £679.60 a year, or £13.07 a week, towards a bill of £1,699.",
    ]),
    ("4. Consultation", [
        "4.1 The consultation drew 873 responses: 64% agreed with moving to income bands and 22% disagreed.",
        "4.2 Thornbury Vale Citizens Advice and the Larkhill Foodbank Trust asked for a fund for households "
        "that would lose support. A hardship fund of £150,000 is proposed for 2026/27, of which the County "
        "Council and the Police and Crime Commissioner will pay £128,000.",
    ]),
    ("5. Financial implications", [
        "5.1 The Council keeps 11% of the council tax it collects, so most of the cost of the scheme falls on "
        "the major preceptors.",
        "5.2 Banded awards will need about 9,500 fewer reassessments a year, saving an estimated £84,000 in "
        "staff time.",
    ]),
    ("6. Recommendation", [
        "6.1 That Cabinet recommends the Council Tax Support Scheme 2026/27 to Full Council for adoption on "
        "24 February 2026.",
    ]),
    ("Contact", [
        "Report author: Bartholomew Nkemelu, Revenues and Benefits Manager.",
        "Director of Resources: Ingrid Felsham.",
        "Cabinet Member for Finance: Councillor Hugo Mbeki-Lawson.",
    ]),
]
BAND_TABLE = [
    ("Band", "Net weekly income (single person)", "Discount"),
    ("1", "Up to £120.00", "80%"),
    ("2", "£120.01 to £180.00", "60%"),
    ("3", "£180.01 to £240.00", "40%"),
    ("4", "£240.01 to £300.00", "20%"),
]


SUPPORT_PROPS = WordProps("Revenues and Benefits", "Council Tax Support Scheme 2026/27",
                          datetime.datetime(2026, 1, 5, 9, 0, 0), revision=2)


def build_support(path: str, gold: Gold) -> None:
    word_report(path, gold, SUPPORT_PROPS, council=THORNBURY, title="Council Tax Support Scheme 2026/27",
                front=SUPPORT_FRONT, sections=SUPPORT_SECTIONS, tables=[BAND_TABLE])
    gold.add("meta", council=THORNBURY, date="2026-01-13")


# --- the Modern.gov decision page ------------------------------------------------------------

CARE = "pellmouth-decision-children-placement-sufficiency"
PELLMOUTH = "Pellmouth City Council"
CARE_TITLE = "Placement Sufficiency Strategy: homes for children in care"
CARE_FIELDS = [
    ("Decision Maker:", "Cabinet"),
    ("Decision status:", "Recommendations Approved"),
    ("Is Key decision?:", "Yes"),
    ("Is subject to call in?:", "Yes"),
]
CARE_PURPOSE = ("To report on how the city finds homes for the children it looks after, and to agree the next "
                "steps of the Placement Sufficiency Strategy 2025-2028.")
CARE_SUMMARY = [
    "At 31 December 2025 the Council looked after 486 children, a rate of 88 per 10,000 children in the city, "
    "against 70 per 10,000 in England.",
    "Of those children, 301 lived with foster carers (212 with the Council's own carers and 89 through "
    "independent fostering agencies), 47 lived in children's homes and 38 with relatives or friends under "
    "kinship care.",
    "An agency foster placement costs on average £1,040 a week, against £560 a week with one of the Council's "
    "own carers, and a place in a private children's home averages £6,850 a week.",
    "The Council's own fostering households fell from 198 in March 2023 to 176 in December 2025.",
    "Spending on placements is forecast at £58.6m in 2025/26, which is £7.2m more than the budget.",
]
CARE_DECISIONS = [
    "the allowances paid to the Council's own foster carers be raised by 12% from 1 April 2026, at a cost of "
    "£1.1m a year;",
    "two children's homes with four beds each be opened in the city by September 2027, funded from a capital "
    "budget of £3.2m, of which £1.45m comes from the Department for Education (DfE);",
    "a recruitment campaign aim to approve 40 new fostering households by March 2027.",
]
CARE_REASONS = [
    "Once both homes are full they are expected to avoid costs of £2.3m a year, because fewer children will "
    "be placed in private homes outside the city; 31% of the children in residential care now live more "
    "than 20 miles from Pellmouth.",
]
CARE_ALTERNATIVES = ("Block-booking six beds with a private provider at £5,900 a week each was considered, but "
                     "would have cost more over five years.")
CARE_TAIL = [
    ("Interests and Dispensations:", "None declared."),
    ("Publication date:", "26/02/2026"),
    ("Date of decision:", "24/02/2026"),
    ("Decided at meeting:", "24/02/2026 - Cabinet"),
    ("Effective from:", "06/03/2026"),
    ("Contact:", "Rosalind Adeyemi-Clarke, Head of Children's Placements. Cabinet Member: Councillor Edmund "
                 "Trelawney, Cabinet Member for Children and Young People."),
]
CARE_PAGE = Decision(
    council=PELLMOUTH, site="https://pellmouth.example.gov.uk", title=CARE_TITLE, fields=CARE_FIELDS,
    before=[("Purpose:", [CARE_PURPOSE]), ("Content:", CARE_SUMMARY)], resolved="Cabinet RESOLVED that:",
    decisions=CARE_DECISIONS,
    after=[("Reasons for the decision:", CARE_REASONS), ("Alternative options considered:", [CARE_ALTERNATIVES])],
    tail=CARE_TAIL,
    document=("documents/s52214/Placement%20Sufficiency.pdf", "Placement Sufficiency Strategy - update report"),
    footer=f"{PELLMOUTH}, Guildhall, Pellmouth",
)


def build_care(path: str, gold: Gold) -> None:
    decision_page(path, gold, CARE_PAGE)
    gold.add("meta", council=PELLMOUTH, date="2026-02-24")


# --- gold ------------------------------------------------------------------------------------

S, C = SUPPORT, CARE
FIGURES: list[dict[str, Any]] = [
    fig_item(S, "The new scheme is expected to cost £7.42m in 2026/27, compared with £7.65m for the present scheme in "
                "2025/26.",
             money("£7.42m", 7_420_000, "cost of the new scheme", "2026/27"), fy("2026/27", 2026),
             money("£7.65m", 7_650_000, "cost of the present scheme", "2025/26"), fy("2025/26", 2025)),
    fig_item(S, "At 30 November 2025, 6,318 households received Council Tax Support: 2,741 of pension age and 3,577 of "
                "working age.",
             date("30 November 2025", "2025-11-30"), count("6,318", 6318, "households receiving Council Tax Support"),
             count("2,741", 2741, "pension-age households receiving support"),
             count("3,577", 3577, "working-age households receiving support")),
    fig_item(S, "Under the present scheme every working-age household pays at least 20% of its bill, however low its "
                "income.",
             pct("20%", 20, "share of the bill every working-age household pays")),
    fig_item(S, "In 2024/25 the Council sent a summons for unpaid council tax to 1,105 working-age households on "
                "support, and collected 84.5% of what they owed, against 97.8% from all households.",
             fy("2024/25", 2024), count("1,105", 1105, "working-age households sent a summons", "2024/25"),
             pct("84.5%", 84.5, "collection from households on support", "2024/25"),
             pct("97.8%", 97.8, "collection from all households", "2024/25")),
    fig_item(S, "For example, a working-age couple with two children in a Band B home, with net income of £195 a week, "
                "would receive £679.60 a year, or £13.07 a week, towards a bill of £1,699.",
             count("two", 2, "children"), money("£195", 195, "net income a week"),
             money("£679.60", 679.60, "support a year"), money("£13.07", 13.07, "support a week"),
             money("£1,699", 1699, "bill")),
    fig_item(S, "The consultation drew 873 responses: 64% agreed with moving to income bands and 22% disagreed.",
             count("873", 873, "consultation responses"), pct("64%", 64, "agreed with moving to income bands"),
             pct("22%", 22, "disagreed with moving to income bands")),
    fig_item(S, "A hardship fund of £150,000 is proposed for 2026/27, of which the County Council and the Police and "
                "Crime Commissioner will pay £128,000.",
             money("£150,000", 150_000, "hardship fund", "2026/27"), fy("2026/27", 2026),
             money("£128,000", 128_000, "paid by the County Council and the Police and Crime Commissioner",
                   "2026/27")),
    fig_item(S, "The Council keeps 11% of the council tax it collects",
             pct("11%", 11, "share of council tax the Council keeps")),
    fig_item(S, "Banded awards will need about 9,500 fewer reassessments a year, saving an estimated £84,000 in staff "
                "time.",
             count("9,500", 9500, "fewer reassessments a year"), money("£84,000", 84_000, "saving in staff time")),
    fig_item(C, "Of those children, 301 lived with foster carers (212 with the Council's own carers and 89 through "
                "independent fostering agencies), 47 lived in children's homes and 38 with relatives or friends under "
                "kinship care.",
             count("301", 301, "children with foster carers"), count("212", 212, "children with the Council's own carers"),
             count("89", 89, "children through independent fostering agencies"),
             count("47", 47, "children in children's homes"), count("38", 38, "children in kinship care")),
    fig_item(C, "An agency foster placement costs on average £1,040 a week, against £560 a week with one of the "
                "Council's own carers, and a place in a private children's home averages £6,850 a week.",
             money("£1,040", 1040, "average cost of an agency foster placement a week"),
             money("£560", 560, "cost a week with the Council's own carers"),
             money("£6,850", 6850, "average cost of a place in a private children's home a week")),
    fig_item(C, "The Council's own fostering households fell from 198 in March 2023 to 176 in December 2025.",
             count("198", 198, "the Council's own fostering households"), date("March 2023", "2023-03"),
             count("176", 176, "the Council's own fostering households"), date("December 2025", "2025-12")),
    fig_item(C, "Spending on placements is forecast at £58.6m in 2025/26, which is £7.2m more than the budget.",
             money("£58.6m", 58_600_000, "spending on placements", "2025/26"), fy("2025/26", 2025),
             money("£7.2m", 7_200_000, "spending on placements over budget", "2025/26")),
    fig_item(C, "the allowances paid to the Council's own foster carers be raised by 12% from 1 April 2026, at a cost "
                "of £1.1m a year;",
             pct("12%", 12, "rise in foster carers' allowances"), date("1 April 2026", "2026-04-01"),
             money("£1.1m", 1_100_000, "cost of raising the allowances a year")),
    fig_item(C, "two children's homes with four beds each be opened in the city by September 2027, funded from a "
                "capital budget of £3.2m, of which £1.45m comes from the Department for Education (DfE);",
             count("two", 2, "children's homes"), count("four", 4, "beds each"), date("September 2027", "2027-09"),
             money("£3.2m", 3_200_000, "capital budget"),
             money("£1.45m", 1_450_000, "funding from the Department for Education")),
    fig_item(C, "a recruitment campaign aim to approve 40 new fostering households by March 2027.",
             count("40", 40, "new fostering households"), date("March 2027", "2027-03")),
    fig_item(C, "Once both homes are full they are expected to avoid costs of £2.3m a year",
             money("£2.3m", 2_300_000, "costs avoided a year")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(S, "ORG", THORNBURY),
    ent(S, "COMMITTEE", "Cabinet"),
    ent(S, "COMMITTEE", "Full Council"),
    ent(S, "PROGRAMME", "Council Tax Support Scheme", aliases=("Council Tax Support", "CTS")),
    ent(S, "ORG", "Thornbury Vale Citizens Advice"),
    ent(S, "ORG", "Larkhill Foodbank Trust"),
    ent(S, "ROLE", "Police and Crime Commissioner"),
    ent(S, "ROLE", "Director of Resources"),
    ent(S, "ROLE", "Revenues and Benefits Manager"),
    ent(S, "PERSON", "Bartholomew Nkemelu", affiliation=THORNBURY, role="Revenues and Benefits Manager"),
    ent(S, "PERSON", "Ingrid Felsham", affiliation=THORNBURY, role="Director of Resources"),
    ent(S, "PERSON", "Hugo Mbeki-Lawson", affiliation=THORNBURY, role="Cabinet Member for Finance"),
    ent(C, "ORG", PELLMOUTH),
    ent(C, "COMMITTEE", "Cabinet"),
    ent(C, "PROGRAMME", "Placement Sufficiency Strategy"),
    ent(C, "ORG", "Department for Education", aliases=("DfE",)),
    ent(C, "PERSON", "Rosalind Adeyemi-Clarke", affiliation=PELLMOUTH, role="Head of Children's Placements"),
    ent(C, "PERSON", "Edmund Trelawney", affiliation=PELLMOUTH, role="Cabinet Member for Children and Young People"),
    ent(C, "ROLE", "Head of Children's Placements"),
    ent(C, "GPE", "Pellmouth"),
    ent(C, "GPE", "England"),
]
