"""Figure and entity gold for the five Wyvernshire documents of the layout corpus, and the
retrieval questions over the documents added after them (README.md, "Gold for the whole
corpus"). Written from what the documents say (docs_*.py), never from an extractor's output."""

from __future__ import annotations

from typing import Any

from goldkit import count, date, ent, fig_item, fy, money, pct, question, year

DRAFT = "draft-revenue-budget-2025-26"
FINAL = "revenue-budget-2025-26"
TREASURY = "treasury-management-strategy-2025-26"
TABLES = "capital-programme-tables-2025-26"
PACK = "cabinet-03-feb-2025-reports-pack"
WCC = "Wyvernshire County Council"

FIGURES: list[dict[str, Any]] = [
    fig_item(DRAFT, "The net revenue budget requirement for 2025-26 is £1,419m, an increase of £87.3m or 6.6% on the "
                    "approved budget for 2024-25 of £1,331.7m.",
             fy("2025-26", 2025), money("£1,419m", 1_419_000_000, "net revenue budget requirement", "2025/26"),
             money("£87.3m", 87_300_000, "increase in net revenue budget", "2025/26"),
             pct("6.6%", 6.6, "increase in net revenue budget", "2025/26"), fy("2024-25", 2024),
             money("£1,331.7m", 1_331_700_000, "approved budget", "2024/25")),
    fig_item(DRAFT, "The Revenue Budget Forecast for 2025-26 shows a gap of £38.6m before the savings and income "
                    "proposals in section 4, after spending pressures of £52.4m and funding changes of £13.8m.",
             fy("2025-26", 2025), money("£38.6m", 38_600_000, "budget gap before savings", "2025/26"),
             money("£52.4m", 52_400_000, "spending pressures", "2025/26"),
             money("£13.8m", 13_800_000, "funding changes", "2025/26")),
    fig_item(DRAFT, "The draft budget includes a 4.99% proposed increase in Council Tax for 2025-26, of which 2.00% is "
                    "the adult social care precept, raising £41.8m.",
             pct("4.99%", 4.99, "proposed increase in Council Tax", "2025/26"), fy("2025-26", 2025),
             pct("2.00%", 2.0, "adult social care precept", "2025/26"),
             money("£41.8m", 41_800_000, "raised by the adult social care precept", "2025/26")),
    fig_item(DRAFT, "A Band D Council Tax would rise by £81.27 to £1,709.91 a year.",
             money("£81.27", 81.27, "rise in Band D Council Tax", "2025/26"),
             money("£1,709.91", 1709.91, "Band D Council Tax a year", "2025/26")),
    fig_item(DRAFT, "The Council holds a general reserve of £47.5m, 3.3% of the net revenue budget, which is within "
                    "the range of 3% to 5% set in the reserves policy.",
             money("£47.5m", 47_500_000, "general reserve"),
             pct("3.3%", 3.3, "general reserve as a share of the net revenue budget"),
             pct("3%", 3, "range set in the reserves policy"), pct("5%", 5, "range set in the reserves policy")),
    fig_item(FINAL, "The consultation ran from 15 January 2025 to 29 January 2025 and received 1,146 responses.",
             date("15 January 2025", "2025-01-15"), date("29 January 2025", "2025-01-29"),
             count("1,146", 1146, "consultation responses")),
    fig_item(FINAL, "Most respondents supported protecting adult social care, and 58% agreed with the proposed "
                    "increase in Council Tax.",
             pct("58%", 58, "respondents who agreed with the proposed increase in Council Tax")),
    fig_item(FINAL, "The spending pressures for 2025-26 total £53.0m: £30.3m in adult social care, £14.1m in "
                    "children's services and £8.6m for home to school transport.",
             fy("2025-26", 2025), money("£53.0m", 53_000_000, "spending pressures", "2025/26"),
             money("£30.3m", 30_300_000, "spending pressures in adult social care", "2025/26"),
             money("£14.1m", 14_100_000, "spending pressures in children's services", "2025/26"),
             money("£8.6m", 8_600_000, "spending pressures for home to school transport", "2025/26")),
    fig_item(TREASURY, "Bank Rate stood at 4.75% in January 2025 after two reductions during 2024.",
             pct("4.75%", 4.75, "Bank Rate"), date("January 2025", "2025-01"),
             count("two", 2, "reductions in Bank Rate", "2024"), year("2024", 2024)),
    fig_item(TREASURY, "The Council's capital financing requirement is forecast to reach £1,087m by 31 March 2026.",
             money("£1,087m", 1_087_000_000, "capital financing requirement"), date("31 March 2026", "2026-03-31")),
    fig_item(TREASURY, "External borrowing at 31 December 2024 was £812.4m, so the Council is internally borrowed by "
                       "some £230m.",
             date("31 December 2024", "2024-12-31"), money("£812.4m", 812_400_000, "external borrowing"),
             money("£230m", 230_000_000, "internal borrowing")),
    fig_item(TREASURY, "The 2025-26 revenue budget includes £71.9m for debt charges, of which £38.2m is interest and "
                       "£33.7m is Minimum Revenue Provision.",
             fy("2025-26", 2025), money("£71.9m", 71_900_000, "debt charges", "2025/26"),
             money("£38.2m", 38_200_000, "interest", "2025/26"),
             money("£33.7m", 33_700_000, "Minimum Revenue Provision", "2025/26")),
    fig_item(TREASURY, "Investment income of £9.6m is budgeted on average balances of £210m.",
             money("£9.6m", 9_600_000, "investment income", "2025/26"),
             money("£210m", 210_000_000, "average balances", "2025/26")),
    fig_item(TREASURY, "Authorised limit for external debt 1,180 1,250 1,310",
             money("1,180", 1_180_000_000, "authorised limit for external debt", "2024/25"),
             money("1,250", 1_250_000_000, "authorised limit for external debt", "2025/26"),
             money("1,310", 1_310_000_000, "authorised limit for external debt", "2026/27"), context_unit="£m"),
    fig_item(TABLES, "Prudential borrowing 97.5 124.9 88.2 61.0 274.1",
             money("97.5", 97_500_000, "prudential borrowing", "2024/25"),
             money("124.9", 124_900_000, "prudential borrowing", "2025/26"),
             money("88.2", 88_200_000, "prudential borrowing", "2026/27"),
             money("61.0", 61_000_000, "prudential borrowing", "2027/28"),
             money("274.1", 274_100_000, "prudential borrowing", None), context_unit="£m"),
    fig_item(TABLES, "Adult Social Care 512,430 551,870 39,440",
             money("512,430", 512_430_000, "Adult Social Care net revenue budget", "2024/25"),
             money("551,870", 551_870_000, "Adult Social Care net revenue budget", "2025/26"),
             money("39,440", 39_440_000, "change in Adult Social Care net revenue budget"), context_unit="£000"),
    fig_item(PACK, "Cabinet approved the Winter Service Plan 2024-25, under which 1,420 miles of priority routes are "
                   "gritted by a fleet of 38 gritters.",
             fy("2024-25", 2024), count("1,420", 1420, "miles of priority routes gritted", "2024/25"),
             count("38", 38, "gritters", "2024/25")),
]

_FINANCE = "Cabinet Member for Finance and Resources"
_CDF = "Corporate Director of Finance"
ENTITIES: list[dict[str, Any]] = []
for _doc in (DRAFT, FINAL):
    ENTITIES += [
        ent(_doc, "ORG", WCC),
        ent(_doc, "PERSON", "Priya Halloway", affiliation=WCC, role=_FINANCE),
        ent(_doc, "PERSON", "Tomasz Ellerby", affiliation=WCC, role=_CDF),
        ent(_doc, "ROLE", _CDF),
        ent(_doc, "PROGRAMME", "Medium Term Financial Plan"),
    ]
ENTITIES += [
    ent(DRAFT, "COMMITTEE", "Cabinet"),
    ent(FINAL, "COMMITTEE", "County Council"),
]
for _doc in (TREASURY, PACK):
    ENTITIES += [
        ent(_doc, "ORG", WCC),
        ent(_doc, "COMMITTEE", "Cabinet"),
        ent(_doc, "COMMITTEE", "Governance and Audit Committee"),
        ent(_doc, "PERSON", "Priya Halloway", affiliation=WCC, role=_FINANCE),
        ent(_doc, "PERSON", "Tomasz Ellerby", affiliation=WCC, role=_CDF),
        ent(_doc, "PERSON", "Morwenna Castell", affiliation=WCC, role="Head of Treasury and Investments"),
        ent(_doc, "ORG", "Larchfield Treasury Advisory Services"),
        ent(_doc, "ORG", "Public Works Loan Board"),
        ent(_doc, "ORG", "CIPFA"),
        ent(_doc, "PROGRAMME", "Treasury Management Strategy"),
    ]
ENTITIES += [
    ent(TABLES, "ORG", WCC),
    ent(TABLES, "PROGRAMME", "Capital Programme"),
    ent(PACK, "PERSON", "Gideon Marsh", affiliation=WCC, role="Leader"),
    ent(PACK, "PERSON", "Rhiannon Tate", affiliation=WCC, role="Councillor"),
    ent(PACK, "PERSON", "Ifeoma Brack", affiliation=WCC, role="Councillor"),
    ent(PACK, "PERSON", "Declan Fairweather", affiliation=WCC, role="Councillor"),
    ent(PACK, "PERSON", "Adaeze Okonkwo-Reid", affiliation=WCC, role="Democratic Services"),
    ent(PACK, "ORG", "Kestlemoor Community Recycling Trust"),
    ent(PACK, "PROGRAMME", "Winter Service Plan"),
    ent(PACK, "GPE", "Castlebridge"),
]

# --- questions over the documents added for issue 17 ----------------------------------------

MIN = "harrowby-housing-committee-minutes-2025-11-12"
AGE = "harrowby-planning-committee-agenda-2026-01-14"
WST = "calderbridge-waste-strategy-cabinet-2025-12-09"
ANX = "calderbridge-budget-annex-2026-27"
ASC = "calderbridge-adult-social-care-fees-2026-01-20"
LIB = "calderbridge-decision-library-opening-hours"

QUESTIONS: list[dict[str, Any]] = [
    question("L13", "How many households were in temporary accommodation in Harrowby at the end of September?", MIN,
             "214 households in temporary accommodation", "figure", answer=(214, "count")),
    question("L14", "How far over budget is the district's spending on emergency housing for homeless families?",
             MIN, "an overspend of £440,000", "figure", answer=(440_000, "GBP")),
    question("L15", "Were any families kept in B&B past the six-week limit?", MIN,
             "there had been 11 such cases since 1 April 2025", "paraphrase"),
    question("L16", "By how much will council house rents go up in April 2026?", MIN,
             "social and affordable rents be increased by 4.8% from 6 April 2026", "figure", answer=(4.8, "percent")),
    question("L17", "What will the typical weekly rent for a council tenant be next year?", MIN,
             "The average weekly social rent will rise from £93.91 in 2025/26 to £98.42 in 2026/27", "figure",
             answer=(98.42, "GBP")),
    question("L18", "How long do disabled people wait for home adaptations to be finished?", MIN,
             "the average time from referral to completion had fallen from 39 weeks to 27 weeks", "paraphrase"),
    question("L19", "Which councillor declared an interest as a housing association tenant?", MIN,
             "Councillor Hafsa Qureshi declared a non-registrable interest", "lexical"),
    question("L20", "How many homes are standing vacant long term in the district?", MIN,
             "There were 412 long-term empty homes in the district", "figure", answer=(412, "count")),
    question("L21", "How many houses are proposed on the Pellow Lane site and how many are affordable?", AGE,
             "The scheme provides 64 homes, of which 19 (30%) will be affordable", "figure", answer=(64, "count")),
    question("L22", "What money will the developer pay towards extra school places?", AGE,
             "a contribution of £412,800 to Wyvernshire County Council towards primary school places", "figure",
             answer=(412_800, "GBP")),
    question("L23", "Why does the village object to the new estate?", AGE,
             "citing traffic on Pellow Lane and the lack of places at Tressick Primary School", "paraphrase"),
    question("L24", "Does the district have a five-year supply of land for housing?", AGE,
             "housing land supply of only 4.1 years against the five-year requirement", "paraphrase"),
    question("L25", "What share of planning appeals did the council win last year?", AGE,
             "17 were dismissed (74%)", "figure", answer=(74, "percent")),
    question("L26", "Who is the case officer for the Pellow Lane application?", AGE,
             "Ines Valdivia, Principal Planning Officer", "lexical"),
    question("L27", "What proportion of rubbish did the city recycle or compost last year?", WST,
             "recycled or composted 38.4% of household waste", "figure", answer=(38.4, "percent")),
    question("L28", "When must councils start collecting kitchen scraps every week?", WST,
             "must collect food waste weekly from 31 March 2026", "paraphrase"),
    question("L29", "How much will the new bin lorries and caddies cost?", WST,
             "The capital cost of £6.8m comprises £5.9m for 26 vehicles", "figure", answer=(6_800_000, "GBP")),
    question("L30", "How much does the packaging producer payment scheme bring in?", WST,
             "The first year's payment is £3.42m", "figure", answer=(3_420_000, "GBP")),
    question("L31", "What is EPR?", WST,
             "Extended Producer Responsibility (EPR) scheme, which makes the producers of packaging pay for collecting "
             "it", "lexical"),
    question("L32", "What is the adult social care budget for 2026/27?", ANX,
             "Adult Social Care 96,420 8,310 (2,150) 102,580", "figure", answer=(102_580_000, "GBP")),
    question("L33", "How much will a brown bin garden waste permit cost from April?", ANX,
             "Garden waste subscription (per bin per year) £52.00 £58.00 11.5%", "figure", answer=(58, "GBP")),
    question("L34", "What will Band D council tax be for the city council's share?", ANX,
             "A Band D council tax for the City Council's services will be £2,041.37", "figure",
             answer=(2041.37, "GBP")),
    question("L35", "How much is saved by getting people independent again after hospital instead of ongoing care?",
             ANX, "ASC-07 Expand reablement so that fewer people need long-term home care 1,250 1,900", "paraphrase"),
    question("L36", "What hourly rate will the council pay home care agencies in 2026/27?", ASC,
             "Home care (per hour) £24.60 £26.10 6.1%", "figure", answer=(26.10, "GBP")),
    question("L37", "How many people are on the waiting list for care at home?", ASC,
             "187 people were waiting for a home care package", "figure", answer=(187, "count")),
    question("L38", "Why are care fees going up so much?", ASC,
             "mainly because the National Living Wage rises by 4.1% in April 2026", "paraphrase"),
    question("L39", "How will the extra cost of care be paid for?", ASC,
             "will be met from the adult social care precept (£4.6m)", "thematic"),
    question("L40", "Which care homes shut down in the city?", ASC,
             "Three care homes with 118 beds between them closed during 2025", "paraphrase"),
    question("L41", "How many hours a week will branch libraries be open after the review?", LIB,
             "the nine branch libraries open for 268 hours a week in total, down from 312 hours", "paraphrase"),
    question("L42", "How much money does cutting library hours save?", LIB,
             "The new hours save £186,000 a year", "figure", answer=(186_000, "GBP")),
    question("L43", "Why did the council not shut two libraries instead?", LIB,
             "38% of the people who use those two branches do not have a car", "paraphrase"),
    question("L44", "What did people say they wanted from library opening times?", LIB,
             "61% preferred to keep Saturday opening rather than weekday evenings", "paraphrase"),
    question("L45", "Who is the head of libraries?", LIB, "Dominic Achterberg, Head of Libraries and Heritage",
             "lexical"),
    question("L46", "What is being saved by cutting library opening hours?", ANX,
             "LIB-03 Reduce opening hours at the nine branch libraries 186 186", "multi",
             alt=((LIB, "The new hours save £186,000 a year"),)),
]
