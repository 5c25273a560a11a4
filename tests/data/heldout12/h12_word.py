"""The Word document of the twelfth held-out corpus: an invented county council's members' questions
to a full Council meeting with their written answers (no corpus has this form): each question a
heading naming the councillor who asks and the cabinet member who answers, then "Question:",
"Answer:", "Supplementary question:" and "Supplementary answer:" paragraphs, figures in the
answers (a fund spent in part, households helped, complaints and the Ombudsman's decisions, the
members' allowances as multiples of the basic allowance and per head of population, potholes
repaired against a target, people waiting for an assessment), and one answer with a Word table of
the fund's spending by strand (households, £ and a share). Written with python-docx
(``reportkit.word_report``). Every name, place and figure is made up (the Local Government and
Social Care Ombudsman is the real national body)."""

from __future__ import annotations

import datetime
from typing import Any

from flow import Gold
from goldkit import count, date, ent, fig_item, fy, money, pct
from reportkit import TABLE, WordProps, word_report

QUESTIONS = "harthwaite-county-council-members-questions-2027-02-24"
HARTH = "Harthwaite County Council"
TITLE = "County Council, 24 February 2027: Questions from Members and Written Answers"
FRONT = [
    ("Meeting:", "County Council, Wednesday 24 February 2027, 10.00 am, Shire Hall, Harthwaite"),
    ("Chairman:", "Councillor Perpetua Langridge-Hume"),
    ("Contact:", "Barnabas Varnicombe-Reeve, Democratic Services Manager"),
]

HSF = [
    ("Strand", "Households helped", "Spend £", "Share of spend %"),
    ("Holiday food vouchers for children on free school meals", "18,940", "2,651,000", "42.9"),
    ("Energy and water bills (direct awards)", "9,115", "1,367,000", "22.1"),
    ("Applications through the Local Welfare Scheme", "6,820", "1,023,000", "16.6"),
    ("Pensioners not receiving pension credit", "4,906", "736,000", "11.9"),
    ("Grants to food banks and advice agencies", "1,489", "403,000", "6.5"),
    ("Total", "41,270", "6,180,000", "100.0"),
]

Q1 = ("Question 1 from Councillor Hollis Drummond-Avery to Councillor Cordelia Maybrick, Cabinet Member for "
      "Communities")
Q2 = "Question 2 from Councillor Jago Penhallow to Councillor Cordelia Maybrick, Cabinet Member for Communities"
Q3 = ("Question 3 from Councillor Ottilie Farquharson to Councillor Silas Wainwright-Dey, Leader of the Council")
Q4 = ("Question 4 from Councillor Hollis Drummond-Avery to Councillor Rhodri Ashcombe-Vale, Cabinet Member for "
      "Highways")
Q5 = ("Question 5 from Councillor Mabel Iredale to Councillor Tobiah Selkirk, Cabinet Member for Adult Social "
      "Care")

SECTIONS: list[tuple[str, list[str]]] = [
    ("Introduction", [
        "Five questions were received from members under Standing Order 11 by the deadline of 17 February 2027. The "
        "written answers were circulated at the start of the meeting; each questioner could ask one supplementary "
        "question.",
    ]),
    (Q1, [
        "Question: How much of the Household Support Fund has the Council spent this year, and who has it helped?",
        "Answer: The Council received £7.36m for the final round of the fund, which runs from April 2026 to March "
        "2027. By 31 January 2027 it had spent £6.18m, 84 per cent, and helped 41,270 households. The table shows "
        "the spending by strand.",
        TABLE,
        "Holiday food vouchers are worth £15 a week for each child, for six weeks in the summer and two at Christmas "
        "and Easter. The rest of the fund, £1.18m, is committed to energy awards in February and March.",
        "Supplementary question: What will happen when the fund ends?",
        "Supplementary answer: The Government has not confirmed a successor scheme. The Cabinet has set aside £1.2m "
        "from reserves for 2027/28 so that the holiday vouchers can continue at a lower rate of £12 a week.",
    ]),
    (Q2, [
        "Question: How many complaints did the Council receive last year, and how often did the Ombudsman find "
        "against it?",
        "Answer: The Council received 1,184 complaints at stage 1 in 2025/26, 9 per cent fewer than in 2024/25, and "
        "176 went on to stage 2. The Local Government and Social Care Ombudsman decided 64 complaints about the "
        "Council and upheld 46 of them, 72 per cent, against an average of 79 per cent for similar councils.",
        "The Council paid remedies of £38,450 in the year, of which £21,900 was for education, health and care plans "
        "that were issued late. In 94 per cent of the upheld cases the Ombudsman was satisfied that the Council had "
        "done what it recommended.",
        "Supplementary question: Is the Council answering complaints on time?",
        "Supplementary answer: 81 per cent of stage 1 complaints were answered within 10 working days, up from 74 "
        "per cent; the target is 90 per cent by March 2028.",
    ]),
    (Q3, [
        "Question: What do members' allowances cost, and will they rise?",
        "Answer: Each of the 63 councillors receives a basic allowance of £13,480 a year, £849,240 in all. Special "
        "responsibility allowances are set as multiples of the basic allowance: 2.0 for the Leader (£26,960), 1.1 "
        "for each cabinet member (£14,828) and 0.4 for a committee chair (£5,392). They cost £301,900 in 2025/26.",
        "Together the allowances come to £1.86 per head of the county's 617,400 residents. The Independent "
        "Remuneration Panel has recommended a rise of 3.2 per cent from May 2027, in line with the staff pay award.",
        "Supplementary question: Will the Leader accept the rise?",
        "Supplementary answer: The Leader said that he would give his increase to the Harthwaite Community "
        "Foundation.",
    ]),
    (Q4, [
        "Question: How many potholes have been filled this year, and how quickly?",
        "Answer: The Council repaired 6,412 potholes between April and December 2026, 83 per cent within the 28-day "
        "standard, against a target of 90 per cent by March 2027. A repair cost £74 on average.",
        "The extra £4.1m the Cabinet added to the highways budget is paying for 38 miles of resurfacing, most of it "
        "on the A-road between Hollinthorpe and Tansleydale.",
        "Supplementary question: Why are the 28 days missed so often in the west of the county?",
        "Supplementary answer: Two of the five repair gangs have been short-staffed since October; a sixth gang "
        "starts in March.",
    ]),
    (Q5, [
        "Question: How many people are waiting for a social care assessment?",
        "Answer: 412 people were waiting for a care assessment at 31 January 2027, down from 688 a year earlier. The "
        "average wait is now 23 days, and no one has waited more than 90 days since November.",
        "The fall came from 14 new assessors, paid for by £620,000 from the Market Sustainability reserve.",
        "Supplementary question: None was asked.",
    ]),
]


def build_questions(path: str, gold: Gold) -> None:
    props = WordProps(author="Barnabas Varnicombe-Reeve", title=TITLE, saved=datetime.datetime(2027, 2, 24, 8, 30, 0),
                      revision=3)
    word_report(path, gold, props, council=HARTH, title=TITLE, front=FRONT, sections=SECTIONS, tables=(HSF,),
                heading="Heading 2", bold_row=lambda k, row: k in (0, len(HSF) - 1))
    gold.add("meta", council=HARTH, date="2027-02-24")


# --- gold ------------------------------------------------------------------------------------

Q = QUESTIONS


def _hsf_items() -> list[dict[str, Any]]:
    out = []
    for strand, n, spend, share in HSF[1:]:
        lab = strand.lower()
        out.append(fig_item(Q, " ".join((strand, n, spend, share)), count(n, int(n.replace(",", "")),
                                                                          f"{lab} households helped"),
                            money(spend, float(spend.replace(",", "")), f"{lab} spend"),
                            pct(share, float(share), f"{lab} share of spend")))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(Q, "Five questions were received from members under Standing Order 11 by the deadline of 17 February "
                "2027.",
             count("Five", 5, "questions received"), date("17 February 2027", "2027-02-17")),
    fig_item(Q, "The Council received £7.36m for the final round of the fund, which runs from April 2026 to March 2027.",
             money("£7.36m", 7_360_000, "final round of the fund"), date("April 2026", "2026-04"),
             date("March 2027", "2027-03")),
    fig_item(Q, "By 31 January 2027 it had spent £6.18m, 84 per cent, and helped 41,270 households.",
             date("31 January 2027", "2027-01-31"), money("£6.18m", 6_180_000, "spent"),
             pct("84 per cent", 84, "fund spent"), count("41,270", 41_270, "households helped")),
    *_hsf_items(),
    fig_item(Q, "Holiday food vouchers are worth £15 a week for each child, for six weeks in the summer and two at "
                "Christmas and Easter.",
             money("£15", 15, "holiday food vouchers a week for each child"),
             ("six weeks", "P6W", "duration", "period", None, None)),
    fig_item(Q, "The rest of the fund, £1.18m, is committed to energy awards in February and March.",
             money("£1.18m", 1_180_000, "rest of the fund committed to energy awards")),
    fig_item(Q, "The Cabinet has set aside £1.2m from reserves for 2027/28 so that the holiday vouchers can continue at "
                "a lower rate of £12 a week.",
             money("£1.2m", 1_200_000, "set aside from reserves", "2027/28"), fy("2027/28", 2027),
             money("£12", 12, "holiday vouchers a week", "2027/28")),
    fig_item(Q, "The Council received 1,184 complaints at stage 1 in 2025/26, 9 per cent fewer than in 2024/25, and "
                "176 went on to stage 2.",
             count("1,184", 1184, "complaints at stage 1", "2025/26"), fy("2025/26", 2025),
             pct("9 per cent", 9, "fewer complaints"), fy("2024/25", 2024),
             count("176", 176, "complaints went on to stage 2", "2025/26")),
    fig_item(Q, "The Local Government and Social Care Ombudsman decided 64 complaints about the Council and upheld 46 "
                "of them, 72 per cent, against an average of 79 per cent for similar councils.",
             count("64", 64, "complaints decided by the Ombudsman"), count("46", 46, "complaints upheld"),
             pct("72 per cent", 72, "complaints upheld"), pct("79 per cent", 79, "average upheld for similar councils")),
    fig_item(Q, "The Council paid remedies of £38,450 in the year, of which £21,900 was for education, health and care "
                "plans that were issued late.",
             money("£38,450", 38_450, "remedies paid"),
             money("£21,900", 21_900, "remedies for education, health and care plans issued late")),
    fig_item(Q, "In 94 per cent of the upheld cases the Ombudsman was satisfied that the Council had done what it "
                "recommended.",
             pct("94 per cent", 94, "upheld cases where the Ombudsman was satisfied")),
    fig_item(Q, "Supplementary answer: 81 per cent of stage 1 complaints were answered within 10 working days, up from "
                "74 per cent; the target is 90 per cent by March 2028.",
             pct("81 per cent", 81, "stage 1 complaints answered within 10 working days"),
             ("10 working days", "P10D", "duration", "period", None, None),
             pct("74 per cent", 74, "stage 1 complaints answered within 10 working days"),
             pct("90 per cent", 90, "target"), date("March 2028", "2028-03")),
    fig_item(Q, "Answer: Each of the 63 councillors receives a basic allowance of £13,480 a year, £849,240 in all.",
             count("63", 63, "councillors"), money("£13,480", 13_480, "basic allowance a year"),
             money("£849,240", 849_240, "basic allowances in all")),
    fig_item(Q, "Special responsibility allowances are set as multiples of the basic allowance: 2.0 for the Leader "
                "(£26,960), 1.1 for each cabinet member (£14,828) and 0.4 for a committee chair (£5,392).",
             count("2.0", 2.0, "multiple of the basic allowance for the Leader"),
             money("£26,960", 26_960, "special responsibility allowance for the Leader"),
             count("1.1", 1.1, "multiple of the basic allowance for each cabinet member"),
             money("£14,828", 14_828, "special responsibility allowance for each cabinet member"),
             count("0.4", 0.4, "multiple of the basic allowance for a committee chair"),
             money("£5,392", 5392, "special responsibility allowance for a committee chair")),
    fig_item(Q, "They cost £301,900 in 2025/26.",
             money("£301,900", 301_900, "special responsibility allowances cost", "2025/26"), fy("2025/26", 2025)),
    fig_item(Q, "Together the allowances come to £1.86 per head of the county's 617,400 residents.",
             money("£1.86", 1.86, "allowances per head"), count("617,400", 617_400, "residents")),
    fig_item(Q, "The Independent Remuneration Panel has recommended a rise of 3.2 per cent from May 2027, in line with "
                "the staff pay award.",
             pct("3.2 per cent", 3.2, "rise in allowances"), date("May 2027", "2027-05")),
    fig_item(Q, "Answer: The Council repaired 6,412 potholes between April and December 2026, 83 per cent within the "
                "28-day standard, against a target of 90 per cent by March 2027.",
             count("6,412", 6412, "potholes repaired"), date("December 2026", "2026-12"),
             pct("83 per cent", 83, "potholes repaired within the 28-day standard"),
             ("28-day", "P28D", "duration", "period", None, None), pct("90 per cent", 90, "target"),
             date("March 2027", "2027-03")),
    fig_item(Q, "A repair cost £74 on average.", money("£74", 74, "repair cost on average")),
    fig_item(Q, "The extra £4.1m the Cabinet added to the highways budget is paying for 38 miles of resurfacing, most of "
                "it on the A-road between Hollinthorpe and Tansleydale.",
             money("£4.1m", 4_100_000, "extra added to the highways budget"), count("38", 38, "miles of resurfacing")),
    fig_item(Q, "Supplementary answer: Two of the five repair gangs have been short-staffed since October; a sixth gang "
                "starts in March.",
             count("Two", 2, "repair gangs short-staffed"), count("five", 5, "repair gangs")),
    fig_item(Q, "Answer: 412 people were waiting for a care assessment at 31 January 2027, down from 688 a year earlier.",
             count("412", 412, "people waiting for a care assessment"), date("31 January 2027", "2027-01-31"),
             count("688", 688, "people waiting for a care assessment")),
    fig_item(Q, "The average wait is now 23 days, and no one has waited more than 90 days since November.",
             ("23 days", "P23D", "duration", "period", "average wait", None),
             ("90 days", "P90D", "duration", "period", None, None)),
    fig_item(Q, "The fall came from 14 new assessors, paid for by £620,000 from the Market Sustainability reserve.",
             count("14", 14, "new assessors"), money("£620,000", 620_000, "Market Sustainability reserve")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(Q, "ORG", HARTH),
    ent(Q, "ORG", "Local Government and Social Care Ombudsman"),
    ent(Q, "ORG", "Harthwaite Community Foundation"),
    ent(Q, "PERSON", "Perpetua Langridge-Hume", role="Chairman", affiliation=HARTH),
    ent(Q, "PERSON", "Barnabas Varnicombe-Reeve", role="Democratic Services Manager", affiliation=HARTH),
    ent(Q, "PERSON", "Hollis Drummond-Avery", affiliation=HARTH),
    ent(Q, "PERSON", "Jago Penhallow", affiliation=HARTH),
    ent(Q, "PERSON", "Ottilie Farquharson", affiliation=HARTH),
    ent(Q, "PERSON", "Mabel Iredale", affiliation=HARTH),
    ent(Q, "PERSON", "Cordelia Maybrick", role="Cabinet Member for Communities", affiliation=HARTH),
    ent(Q, "PERSON", "Silas Wainwright-Dey", role="Leader of the Council", affiliation=HARTH),
    ent(Q, "PERSON", "Rhodri Ashcombe-Vale", role="Cabinet Member for Highways", affiliation=HARTH),
    ent(Q, "PERSON", "Tobiah Selkirk", role="Cabinet Member for Adult Social Care", affiliation=HARTH),
    ent(Q, "ROLE", "Cabinet Member for Communities"),
    ent(Q, "ROLE", "Leader of the Council"),
    ent(Q, "ROLE", "Cabinet Member for Highways"),
    ent(Q, "ROLE", "Cabinet Member for Adult Social Care"),
    ent(Q, "ROLE", "Democratic Services Manager"),
    ent(Q, "ROLE", "Chairman"),
    ent(Q, "COMMITTEE", "Cabinet"),
    ent(Q, "COMMITTEE", "Independent Remuneration Panel"),
    ent(Q, "COMMITTEE", "County Council"),
    ent(Q, "PROGRAMME", "Household Support Fund"),
    ent(Q, "PROGRAMME", "Local Welfare Scheme"),
    ent(Q, "PROGRAMME", "Market Sustainability reserve"),
    ent(Q, "GPE", "Shire Hall"),
    ent(Q, "GPE", "Hollinthorpe"),
    ent(Q, "GPE", "Tansleydale"),
    ent(Q, "GPE", "Harthwaite"),
]
