"""Two documents that are not PDFs: a scrutiny report written in Word (.docx: a title, heading
styles, typed paragraph numbers, a fee table) and a Modern.gov "Decision details" web page
(.html: navigation, a definition-style list of labelled fields, the decision's numbered
resolutions). Every name, place and figure is made up."""

from __future__ import annotations

import datetime
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import Decision, WordProps, decision_page, word_report

COUNCIL = "Calderbridge City Council"
CARE = "calderbridge-adult-social-care-fees-2026-01-20"
LIBRARIES = "calderbridge-decision-library-opening-hours"

# --- the Word report -------------------------------------------------------------------------

CARE_FRONT = [
    ("Report to:", "Health and Adult Social Care Scrutiny Panel"),
    ("Date:", "20 January 2026"),
    ("Report of:", "Corporate Director of Adults and Health"),
    ("Subject:", "Adult social care fee rates 2026/27"),
]
CARE_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 This report sets out the fee rates that the Council proposes to pay care providers in 2026/27 and "
        "describes the state of the local care market. The Panel is asked to comment before Cabinet decides "
        "the rates on 10 February 2026.",
        "1.2 The proposed rates add £7.9m to the cost of care in 2026/27, mainly because the National Living "
        "Wage rises by 4.1% in April 2026.",
    ]),
    ("2. The local care market", [
        "2.1 The Council arranges care and support for 3,860 adults: 1,140 of them live in care homes and "
        "2,020 receive care at home.",
        "2.2 At 31 December 2025, 187 people were waiting for a home care package, and 94% of the home care "
        "agencies in the city were rated Good or Outstanding by the Care Quality Commission (CQC).",
        "2.3 Three care homes with 118 beds between them closed during 2025, two of them run by Hollins Care "
        "Group. The Head of Commissioning (Adults) found new homes for all 71 residents.",
    ]),
    ("3. Proposed fee rates", [
        "3.1 The table below compares the rates for 2025/26 with those proposed for 2026/27.",
        "TABLE",
        "3.2 The rates were set from a cost of care exercise with 46 providers, carried out with the "
        "Calderbridge Care Association and checked against the regional benchmark of the Association of "
        "Directors of Adult Social Services (ADASS).",
    ]),
    ("4. Financial implications", [
        "4.1 The cost of the new rates, £7.9m, will be met from the adult social care precept (£4.6m), the "
        "Market Sustainability and Improvement Fund (£2.1m) and the Better Care Fund (BCF) (£1.2m).",
        "4.2 The Integrated Care Board (ICB) contributes £14.3m to the BCF in 2026/27, within a pooled budget "
        "of £31.8m.",
    ]),
    ("5. Recommendation", [
        "5.1 That the Panel comments on the proposed fee rates before Cabinet decides them.",
    ]),
    ("Contact", [
        "Report author: Imogen Takahashi-Reyes, Head of Commissioning (Adults).",
        "Corporate Director of Adults and Health: Yolanda Fitzherbert.",
        "Cabinet Member for Adult Social Care and Health: Councillor Ruairi Penhallow.",
    ]),
]
FEE_TABLE = [
    ("Service", "2025/26 rate", "2026/27 proposed", "Increase"),
    ("Home care (per hour)", "£24.60", "£26.10", "6.1%"),
    ("Residential care for older people (per week)", "£1,042.00", "£1,098.00", "5.4%"),
    ("Nursing care for older people (per week)", "£1,186.00", "£1,251.00", "5.5%"),
    ("Supported living (per hour)", "£22.80", "£24.15", "5.9%"),
]
CARE_PROPS = WordProps("Adults and Health Commissioning", "Adult social care fee rates 2026/27",
                      datetime.datetime(2026, 1, 13, 9, 0, 0), revision=3)


def build_care(path: str, gold: Gold) -> None:
    word_report(path, gold, CARE_PROPS, council=COUNCIL,
                title="Adult Social Care: Fee Rates and the Care Market 2026/27", front=CARE_FRONT,
                sections=CARE_SECTIONS, tables=[FEE_TABLE])
    gold.add("meta", council=COUNCIL, date="2026-01-20")


# --- the Modern.gov decision page ------------------------------------------------------------

DECISION_FIELDS: list[tuple[str, str]] = [
    ("Decision Maker:", "Cabinet"),
    ("Decision status:", "Recommendations Approved"),
    ("Is Key decision?:", "Yes"),
    ("Is subject to call in?:", "Yes"),
]
PURPOSE = ("To decide the opening hours of the city's nine branch libraries after the public consultation on the "
           "Library Service Review.")
DECISIONS = [
    "from 6 April 2026 the nine branch libraries open for 268 hours a week in total, down from 312 hours;",
    "the Central Library keeps its present opening hours of 62 hours a week;",
    "self-service Open Access technology be installed at Marlow Street and Fenby libraries at a cost of £74,000, "
    "funded from the Libraries Capital Fund.",
]
REASONS = [
    "The new hours save £186,000 a year towards the savings in the 2026/27 budget (proposal LIB-03).",
    "Of the 1,940 people who responded to the consultation, 61% preferred to keep Saturday opening rather than "
    "weekday evenings, so every branch stays open on Saturdays.",
]
ALTERNATIVES = ("Closing two branch libraries would have saved £240,000 a year but was rejected, because 38% of "
                "the people who use those two branches do not have a car.")
TAIL_FIELDS = [
    ("Interests and Dispensations:", "None declared."),
    ("Publication date:", "11/12/2025"),
    ("Date of decision:", "09/12/2025"),
    ("Decided at meeting:", "09/12/2025 - Cabinet"),
    ("Effective from:", "17/12/2025"),
    ("Contact:", "Dominic Achterberg, Head of Libraries and Heritage. Cabinet Member: Councillor Farida "
                 "Lockhart, Cabinet Member for Communities and Culture."),
]
LIBRARIES_PAGE = Decision(
    council=COUNCIL, site="https://calderbridge.example.gov.uk",
    title="Library Service Review: branch library opening hours", fields=DECISION_FIELDS,
    before=[("Purpose:", [PURPOSE])], resolved="Cabinet RESOLVED that:", decisions=DECISIONS,
    after=[("Reasons for the decision:", REASONS), ("Alternative options considered:", [ALTERNATIVES])],
    tail=TAIL_FIELDS, document=("documents/s41877/Library%20Service%20Review.pdf", "Library Service Review - report"),
    footer="Calderbridge City Council, Civic Centre, Calderbridge",
)


def build_libraries(path: str, gold: Gold) -> None:
    decision_page(path, gold, LIBRARIES_PAGE)
    gold.add("meta", council=COUNCIL, date="2025-12-09")


# --- gold ------------------------------------------------------------------------------------

C, L = CARE, LIBRARIES
FIGURES: list[dict[str, Any]] = [
    fig_item(C, "The proposed rates add £7.9m to the cost of care in 2026/27, mainly because the National Living "
                "Wage rises by 4.1% in April 2026.",
             money("£7.9m", 7_900_000, "cost of the proposed rates", "2026/27"), fy("2026/27", 2026),
             pct("4.1%", 4.1, "rise in the National Living Wage"), date("April 2026", "2026-04")),
    fig_item(C, "The Council arranges care and support for 3,860 adults: 1,140 of them live in care homes and 2,020 "
                "receive care at home.",
             count("3,860", 3860, "adults receiving care and support"), count("1,140", 1140, "adults in care homes"),
             count("2,020", 2020, "adults receiving care at home")),
    fig_item(C, "At 31 December 2025, 187 people were waiting for a home care package, and 94% of the home care "
                "agencies in the city were rated Good or Outstanding by the Care Quality Commission (CQC).",
             date("31 December 2025", "2025-12-31"), count("187", 187, "people waiting for a home care package"),
             pct("94%", 94, "home care agencies rated Good or Outstanding")),
    fig_item(C, "Three care homes with 118 beds between them closed during 2025, two of them run by Hollins Care "
                "Group.",
             count("Three", 3, "care homes closed", "2025"), count("118", 118, "beds", "2025"), year("2025", 2025),
             count("two", 2, "care homes run by Hollins Care Group", "2025")),
    fig_item(C, "Home care (per hour) £24.60 £26.10 6.1%",
             money("£24.60", 24.60, "home care rate per hour", "2025/26"),
             money("£26.10", 26.10, "home care rate per hour", "2026/27"),
             pct("6.1%", 6.1, "increase in home care rate", "2026/27")),
    fig_item(C, "Residential care for older people (per week) £1,042.00 £1,098.00 5.4%",
             money("£1,042.00", 1042, "residential care rate per week", "2025/26"),
             money("£1,098.00", 1098, "residential care rate per week", "2026/27"),
             pct("5.4%", 5.4, "increase in residential care rate", "2026/27")),
    fig_item(C, "The cost of the new rates, £7.9m, will be met from the adult social care precept (£4.6m), the "
                "Market Sustainability and Improvement Fund (£2.1m) and the Better Care Fund (BCF) (£1.2m).",
             money("£7.9m", 7_900_000, "cost of the new rates", "2026/27"),
             money("£4.6m", 4_600_000, "adult social care precept", "2026/27"),
             money("£2.1m", 2_100_000, "Market Sustainability and Improvement Fund", "2026/27"),
             money("£1.2m", 1_200_000, "Better Care Fund", "2026/27")),
    fig_item(C, "The Integrated Care Board (ICB) contributes £14.3m to the BCF in 2026/27, within a pooled budget of "
                "£31.8m.",
             money("£14.3m", 14_300_000, "Integrated Care Board contribution to the BCF", "2026/27"),
             fy("2026/27", 2026), money("£31.8m", 31_800_000, "pooled budget", "2026/27")),
    fig_item(L, "from 6 April 2026 the nine branch libraries open for 268 hours a week in total, down from 312 hours;",
             date("6 April 2026", "2026-04-06"), count("nine", 9, "branch libraries"),
             duration("268 hours", "PT268H", "weekly opening hours of branch libraries"),
             duration("312 hours", "PT312H", "weekly opening hours of branch libraries")),
    fig_item(L, "the Central Library keeps its present opening hours of 62 hours a week;",
             duration("62 hours", "PT62H", "weekly opening hours of the Central Library")),
    fig_item(L, "at a cost of £74,000, funded from the Libraries Capital Fund.",
             money("£74,000", 74_000, "cost of Open Access technology")),
    fig_item(L, "The new hours save £186,000 a year towards the savings in the 2026/27 budget (proposal LIB-03).",
             money("£186,000", 186_000, "saving from the new hours a year", "2026/27"), fy("2026/27", 2026)),
    fig_item(L, "Of the 1,940 people who responded to the consultation, 61% preferred to keep Saturday opening "
                "rather than weekday evenings",
             count("1,940", 1940, "consultation responses"), pct("61%", 61, "preferred Saturday opening")),
    fig_item(L, "Closing two branch libraries would have saved £240,000 a year but was rejected, because 38% of the "
                "people who use those two branches do not have a car.",
             count("two", 2, "branch libraries closed"), money("£240,000", 240_000, "saving from closing libraries a year"),
             pct("38%", 38, "users without a car"), count("two", 2, "branches")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(C, "ORG", COUNCIL),
    ent(C, "COMMITTEE", "Health and Adult Social Care Scrutiny Panel", aliases=("Panel",)),
    ent(C, "COMMITTEE", "Cabinet"),
    ent(C, "PERSON", "Imogen Takahashi-Reyes", affiliation=COUNCIL, role="Head of Commissioning (Adults)"),
    ent(C, "PERSON", "Yolanda Fitzherbert", affiliation=COUNCIL, role="Corporate Director of Adults and Health"),
    ent(C, "PERSON", "Ruairi Penhallow", affiliation=COUNCIL,
        role="Cabinet Member for Adult Social Care and Health"),
    ent(C, "ROLE", "Corporate Director of Adults and Health"),
    ent(C, "ROLE", "Head of Commissioning (Adults)"),
    ent(C, "ORG", "Care Quality Commission", aliases=("CQC",)),
    ent(C, "ORG", "Integrated Care Board", aliases=("ICB",)),
    ent(C, "PROGRAMME", "Better Care Fund", aliases=("BCF",)),
    ent(C, "PROGRAMME", "Market Sustainability and Improvement Fund"),
    ent(C, "PROGRAMME", "National Living Wage"),
    ent(C, "ORG", "Hollins Care Group"),
    ent(C, "ORG", "Calderbridge Care Association"),
    ent(C, "ORG", "Association of Directors of Adult Social Services", aliases=("ADASS",)),
    ent(L, "ORG", COUNCIL),
    ent(L, "COMMITTEE", "Cabinet"),
    ent(L, "PERSON", "Dominic Achterberg", affiliation=COUNCIL, role="Head of Libraries and Heritage"),
    ent(L, "PERSON", "Farida Lockhart", affiliation=COUNCIL, role="Cabinet Member for Communities and Culture"),
    ent(L, "PROGRAMME", "Library Service Review"),
    ent(L, "PROGRAMME", "Libraries Capital Fund"),
    ent(L, "ORG", "Central Library"),
    ent(L, "GPE", "Calderbridge"),
]
