"""The Word document of the tenth held-out corpus: an invented city council's corporate peer
challenge progress review, written as the feedback letter a peer team sends (the review's facts
in a front-sheet table, the peers, then a section for each theme that restates the original
recommendation and says how far the council has got, figures in prose: a gap "over three years",
a share "almost half", reserves falling by a per cent, changes in percentage points, counts in
words), a table of every recommendation with its progress and a date, and a table of the budget
gap in £m with a financial year a column and a total column. Every name, place and figure is made
up (the real bodies named are the Local Government Association and the NHS)."""

from __future__ import annotations

import datetime
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import TABLE, WordProps, word_report

PEER = "yelverby-peer-challenge-progress-review-2026-03"
YELVERBY = "Yelverby City Council"
TITLE = "Corporate Peer Challenge: Progress Review"
FRONT = [
    ("Council", YELVERBY),
    ("Review held", "3 and 4 February 2026"),
    ("Original peer challenge", "June 2025"),
    ("Letter to", "Lysander Petrakis-Boyd, Chief Executive"),
    ("Peer team", "Winifred Sallowmere, former Chief Executive of Tamberley District Council (lead peer); Councillor "
                  "Oswin Treharne-Vale, Leader of Marshbury Borough Council; Rhiannon Aldgate, Director of Finance, "
                  "Ravensholt County Council; Tobiah Ellingsworth, Peer Challenge Manager, Local Government "
                  "Association"),
]
PROGRESS = [
    ("No.", "Recommendation", "Progress", "Due"),
    ("1", "Set out a credible plan to close the budget gap over the medium term", "Under way", "February 2027"),
    ("2", "Put the Digital Yelverby programme on a firm footing with clear benefits", "Slower", "September 2026"),
    ("3", "Rebuild usable reserves", "Slower", "March 2028"),
    ("4", "Review the Council's land and buildings", "Under way", "March 2027"),
    ("5", "Agree a small number of corporate priorities", "Done", "October 2025"),
    ("6", "Make scrutiny fewer, sharper committees", "Done", "May 2025"),
    ("7", "Publish a forward plan of key decisions", "Done", "July 2025"),
    ("8", "Fill the senior posts with permanent staff", "Done", "January 2026"),
    ("9", "Act on the staff survey", "Under way", "December 2026"),
    ("10", "Give Yelverby Together a plan with shared outcomes", "Slower", "June 2026"),
    ("11", "Train councillors on finance and risk", "Not started", "April 2026"),
]
GAP = [
    ("£m", "2026/27", "2027/28", "2028/29", "Total"),
    ("Budget gap before savings", "5.2", "4.4", "5.0", "14.6"),
    ("Savings in the plan", "5.2", "1.5", "1.1", "7.8"),
    ("Gap still to close", "0.0", "2.9", "3.9", "6.8"),
]

SECTIONS: list[tuple[str, list[str]]] = [
    ("Introduction", [
        "This letter sets out what the peer team found when it went back to Yelverby City Council on 4 February "
        "2026, eight months after the Corporate Peer Challenge of June 2025. The four peers met 46 "
        "people, among them councillors, staff and partners, in 14 meetings.",
        "The original challenge made eleven recommendations. The peers found that seven are done or well under way, "
        "three are moving more slowly than the Council hoped and one has not started. Table 1 lists them.",
        "Table 1: Progress against the peer challenge's recommendations",
        TABLE,
    ]),
    ("Recommendation 1: closing the budget gap", [
        "At the peer challenge the Council faced a gap of £14.6m over three years. The Medium Term Financial Plan "
        "approved in February 2026 balances 2026/27 with savings of £5.2m, but leaves £6.8m to be found in "
        "2027/28 and 2028/29 (Table 2).",
        "Table 2: The budget gap and the savings planned",
        TABLE,
        "About £2.4m of next year's savings, almost half, depend on the Digital Yelverby programme, which the peers "
        "regard as the riskiest part of the plan.",
    ]),
    ("Recommendations 2 and 3: digital change and reserves", [
        "Digital Yelverby has a new board and a programme director, but only 6 of its 17 projects have a signed-off "
        "business case.",
        "Usable reserves fell from £38.1m at 31 March 2024 to £29.7m at 31 March 2025, a fall of 22 per cent, and "
        "are forecast to reach £24.5m by March 2027. The peers suggest a floor of no less than 5% of gross "
        "spending.",
    ]),
    ("Recommendation 4: land and buildings", [
        "The Council owns 612 buildings. The review has so far found 58 that it no longer needs, worth an "
        "estimated £17m, and 21 of them have been sold for £6.3m. Closing two depots cut the energy bill for the "
        "estate by 13% in 2025/26.",
    ]),
    ("Recommendations 5 to 7: priorities and decision-making", [
        "Council agreed four corporate priorities in October 2025, down from eleven. Scrutiny now has three "
        "committees instead of five, and key decisions are published 28 days ahead; call-ins fell from nine in "
        "2024/25 to two since May 2025.",
    ]),
    ("Recommendations 8 and 9: leadership and staff", [
        "All five director posts are now filled by permanent appointments; the Council spent £4.6m on interim and "
        "agency managers in 2024/25.",
        "The staff survey of November 2025 had a response rate of 58%, up from 37% in 2024, and 71% of staff said "
        "they would recommend the Council as a place to work, up 12 percentage points. Staff turnover is 13.9%, "
        "against 17.2% a year earlier.",
    ]),
    ("Recommendations 10 and 11: partners and councillors", [
        "Yelverby Together, the city's partnership board with the NHS, the police and the voluntary sector, has "
        "agreed a joint fund of £3.5m for neighbourhood health hubs, the first of which opens in Quillgate "
        "Street in June 2026. Training for councillors on finance and risk is planned for after the elections in "
        "May 2026, when a third of the seats are contested.",
        "The peer team would be glad to return in a year. Our thanks go to everyone who gave their time.",
    ]),
]


def build_peer(path: str, gold: Gold) -> None:
    props = WordProps(author="Tobiah Ellingsworth", title=TITLE, saved=datetime.datetime(2026, 3, 4, 11, 20, 0),
                      revision=3)
    word_report(path, gold, props, council=YELVERBY, title=TITLE, front=FRONT, front_table=True,
                subtitle="Letter from the peer team, 4 March 2026", sections=SECTIONS, tables=(PROGRESS, GAP),
                bold_row=lambda k, row: k == 0 or row[0] == "Gap still to close")
    gold.add("meta", council=YELVERBY, date="2026-03-04")


# --- gold ------------------------------------------------------------------------------------

Y = PEER


def _progress_items() -> list[dict[str, Any]]:
    months = {"January": "01", "February": "02", "March": "03", "April": "04", "May": "05", "June": "06",
              "July": "07", "September": "09", "October": "10", "December": "12"}
    out = []
    for row in PROGRESS[1:]:
        month, yr = row[3].split()
        out.append(fig_item(Y, " ".join(row), date(row[3], f"{yr}-{months[month]}")))
    return out


def _gap_items() -> list[dict[str, Any]]:
    out = []
    for label, *vals in GAP[1:]:
        figs = [money(v, round(float(v) * 1e6, 2), f"{label.lower()} {col.lower()}" if col == "Total" else label.lower(),
                      None if col == "Total" else col)
                for v, col in zip(vals, GAP[0][1:], strict=True)]
        out.append(fig_item(Y, " ".join([label, *vals]), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(Y, "This letter sets out what the peer team found when it went back to Yelverby City Council on 4 February "
                "2026, eight months after the Corporate Peer Challenge of June 2025.",
             date("4 February 2026", "2026-02-04"), duration("eight months", "P8M"),
             date("June 2025", "2025-06")),
    fig_item(Y, "The four peers met 46 people, among them councillors, staff and partners, in 14 meetings.",
             count("four", 4, "peers"), count("46", 46, "people the peers met"), count("14", 14, "meetings")),
    fig_item(Y, "The original challenge made eleven recommendations.",
             count("eleven", 11, "recommendations of the original challenge")),
    fig_item(Y, "The peers found that seven are done or well under way, three are moving more slowly than the Council "
                "hoped and one has not started.",
             count("seven", 7, "recommendations done or well under way"),
             count("three", 3, "recommendations moving more slowly"),
             count("one", 1, "recommendations not started")),
    *_progress_items(),
    fig_item(Y, "At the peer challenge the Council faced a gap of £14.6m over three years.",
             money("£14.6m", 14_600_000, "budget gap over three years"),
             duration("three years", "P3Y")),
    fig_item(Y, "The Medium Term Financial Plan approved in February 2026 balances 2026/27 with savings of £5.2m, but "
                "leaves £6.8m to be found in 2027/28 and 2028/29 (Table 2).",
             date("February 2026", "2026-02"), fy("2026/27", 2026), money("£5.2m", 5_200_000, "savings", "2026/27"),
             money("£6.8m", 6_800_000, "gap to be found"), fy("2027/28", 2027), fy("2028/29", 2028)),
    *_gap_items(),
    fig_item(Y, "About £2.4m of next year's savings, almost half, depend on the Digital Yelverby programme, which the "
                "peers regard as the riskiest part of the plan.",
             money("£2.4m", 2_400_000, "next year's savings that depend on the Digital Yelverby programme")),
    fig_item(Y, "Digital Yelverby has a new board and a programme director, but only 6 of its 17 projects have a "
                "signed-off business case.",
             count("6", 6, "projects with a signed-off business case"), count("17", 17, "Digital Yelverby projects")),
    fig_item(Y, "Usable reserves fell from £38.1m at 31 March 2024 to £29.7m at 31 March 2025, a fall of 22 per cent, "
                "and are forecast to reach £24.5m by March 2027.",
             money("£38.1m", 38_100_000, "usable reserves"), date("31 March 2024", "2024-03-31"),
             money("£29.7m", 29_700_000, "usable reserves"), date("31 March 2025", "2025-03-31"),
             pct("22 per cent", 22, "fall in usable reserves"),
             money("£24.5m", 24_500_000, "usable reserves forecast"), date("March 2027", "2027-03")),
    fig_item(Y, "The peers suggest a floor of no less than 5% of gross spending.",
             pct("5%", 5, "floor for usable reserves as a share of gross spending")),
    fig_item(Y, "The Council owns 612 buildings.", count("612", 612, "buildings the Council owns")),
    fig_item(Y, "The review has so far found 58 that it no longer needs, worth an estimated £17m, and 21 of them have "
                "been sold for £6.3m.",
             count("58", 58, "buildings no longer needed"), money("£17m", 17_000_000, "estimated worth of the buildings "
                                                                   "no longer needed"),
             count("21", 21, "buildings sold"), money("£6.3m", 6_300_000, "sale of buildings")),
    fig_item(Y, "Closing two depots cut the energy bill for the estate by 13% in 2025/26.",
             count("two", 2, "depots closed"), pct("13%", 13, "cut in the energy bill for the estate", "2025/26"),
             fy("2025/26", 2025)),
    fig_item(Y, "Council agreed four corporate priorities in October 2025, down from eleven.",
             count("four", 4, "corporate priorities"), date("October 2025", "2025-10"),
             count("eleven", 11, "corporate priorities before")),
    fig_item(Y, "Scrutiny now has three committees instead of five, and key decisions are published 28 days ahead; "
                "call-ins fell from nine in 2024/25 to two since May 2025.",
             count("three", 3, "scrutiny committees"), count("five", 5, "scrutiny committees before"),
             duration("28 days", "P28D", "notice of key decisions"),
             count("nine", 9, "call-ins", "2024/25"), fy("2024/25", 2024), count("two", 2, "call-ins since May 2025"),
             date("May 2025", "2025-05")),
    fig_item(Y, "All five director posts are now filled by permanent appointments; the Council spent £4.6m on interim "
                "and agency managers in 2024/25.",
             count("five", 5, "director posts filled by permanent appointments"),
             money("£4.6m", 4_600_000, "spent on interim and agency managers", "2024/25"), fy("2024/25", 2024)),
    fig_item(Y, "The staff survey of November 2025 had a response rate of 58%, up from 37% in 2024, and 71% of staff "
                "said they would recommend the Council as a place to work, up 12 percentage points.",
             date("November 2025", "2025-11"), pct("58%", 58, "staff survey response rate"),
             pct("37%", 37, "staff survey response rate", "2024"), year("2024", 2024),
             pct("71%", 71, "staff who would recommend the Council as a place to work"),
             pct("12 percentage points", 12, "rise in staff who would recommend the Council as a place to work")),
    fig_item(Y, "Staff turnover is 13.9%, against 17.2% a year earlier.",
             pct("13.9%", 13.9, "staff turnover"), pct("17.2%", 17.2, "staff turnover a year earlier")),
    fig_item(Y, "Yelverby Together, the city's partnership board with the NHS, the police and the voluntary sector, "
                "has agreed a joint fund of £3.5m for neighbourhood health hubs, the first of which opens in "
                "Quillgate Street in June 2026.",
             money("£3.5m", 3_500_000, "joint fund for neighbourhood health hubs"), date("June 2026", "2026-06")),
    fig_item(Y, "Training for councillors on finance and risk is planned for after the elections in May 2026, when a "
                "third of the seats are contested.", date("May 2026", "2026-05")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(Y, "ORG", YELVERBY),
    ent(Y, "ORG", "Local Government Association", aliases=("LGA",)),
    ent(Y, "ORG", "Tamberley District Council"),
    ent(Y, "ORG", "Marshbury Borough Council"),
    ent(Y, "ORG", "Ravensholt County Council"),
    ent(Y, "ORG", "NHS"),
    ent(Y, "ORG", "Yelverby Together"),
    ent(Y, "PERSON", "Lysander Petrakis-Boyd", affiliation=YELVERBY, role="Chief Executive"),
    ent(Y, "PERSON", "Winifred Sallowmere", affiliation="Tamberley District Council", role="Chief Executive"),
    ent(Y, "PERSON", "Oswin Treharne-Vale", affiliation="Marshbury Borough Council", role="Leader"),
    ent(Y, "PERSON", "Rhiannon Aldgate", affiliation="Ravensholt County Council", role="Director of Finance"),
    ent(Y, "PERSON", "Tobiah Ellingsworth", affiliation="Local Government Association", role="Peer Challenge Manager"),
    ent(Y, "ROLE", "Chief Executive"),
    ent(Y, "ROLE", "Director of Finance"),
    ent(Y, "ROLE", "Peer Challenge Manager"),
    ent(Y, "PROGRAMME", "Corporate Peer Challenge"),
    ent(Y, "PROGRAMME", "Medium Term Financial Plan"),
    ent(Y, "PROGRAMME", "Digital Yelverby"),
    ent(Y, "GPE", "Quillgate Street"),
]
