"""The two documents of the fifth held-out corpus that are not PDFs: an invented county
council's adult social care fee uplift, published as a Modern.gov-style "Decision details"
page (.html: labelled fields, the decision's numbered items, a table of weekly and hourly
rates by type of care with old and new columns, reasons and alternatives), and an invented
borough council's waste and recycling contract performance report to a scrutiny panel, written
in Word (.docx: a front sheet, Heading 1 sections, typed paragraph numbers, a tonnage table
with quarter columns and a measures table with a target column). Every name, place and figure
is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from reportkit import TABLE, WordProps, word_report

# --- the fee uplift decision page --------------------------------------------------------------

FEES = "ellerthwaite-adult-social-care-fee-uplift-decision-2026-03-09"
ELLERTHWAITE = "Ellerthwaite County Council"
FEES_TITLE = "Adult social care: fees paid to care providers from April 2026"
FEES_FIELDS = [
    ("Decision Maker:", "Cabinet Member for Adult Social Care and Health"),
    ("Decision status:", "Recommendations Approved"),
    ("Is Key decision?:", "Yes"),
    ("Is subject to call in?:", "Yes"),
]
FEES_BEFORE: list[tuple[str, list[str]]] = [
    ("Purpose:", [
        "To set the rates the Council pays independent providers of adult social care in 2026/27.",
    ]),
    ("Content:", [
        "Ellerthwaite has 612,000 residents, 139,000 of them over pension age. The Council buys care for about "
        "6,900 adults from 214 independent providers. Its spending on these services is forecast at £187.4m in "
        "2025/26.",
        "The National Living Wage goes up to £12.71 an hour from April 2026, 4.1% more than now. The fee model "
        "assumes that pay makes up 72% of a home care provider's costs, and that its other costs rise with inflation of 2.3%, the "
        "Consumer Prices Index in the year to December 2025.",
        "Home care hours bought each week have grown from 41,500 to 46,200 over two years, and around a fifth of care "
        "homes (19%) had more than a tenth of their beds empty in January 2026.",
        "Providers' own cost returns put the median cost of home care at £26.40 an hour. People who pay for "
        "themselves are charged on average £1,140 a week in residential homes in the county, about a third more "
        "than the Council's rate.",
        "The current and proposed rates are:",
    ]),
]
RATES_TABLE = [
    ("Type of care", "Unit", "2025/26 rate", "2026/27 rate", "Uplift"),
    ("Home care", "an hour", "£23.84", "£25.10", "5.3%"),
    ("Supported living", "an hour", "£21.60", "£22.75", "5.3%"),
    ("Residential care (older people)", "a week", "£812", "£851", "4.8%"),
    ("Nursing care (older people)", "a week", "£906", "£948", "4.6%"),
    ("Day opportunities", "a day", "£68.50", "£70.60", "3.1%"),
]
FEES_RESOLVED = "The Cabinet Member for Adult Social Care and Health RESOLVED that:"
FEES_DECISIONS = [
    "The rates in the table above be paid from 6 April 2026 for home care, supported living and day "
    "opportunities, and from 1 June 2026 for residential and nursing care.",
    "The rate for direct payments to people who employ their own personal assistants rises from £15.90 to "
    "£16.80 an hour.",
    "The Director of Adult Social Care be authorised to agree higher rates for individual placements where "
    "needs are complex, within the budget.",
]
FEES_AFTER: list[tuple[str, list[str]]] = [
    ("Reasons for the decision:", [
        "The new rates cost £10.8m in a full year. Because the care home rates start in June, the cost in "
        "2026/27 is £9.9m, which is met from the adult social care precept of 2%, raising £7.3m, and from the "
        "Social Care Grant.",
        "Without an uplift that meets providers' pay costs, the Council risks losing home care capacity. Inspectors "
        "from the Care Quality Commission (CQC) judge 84% of the county's care homes to be good or better.",
    ]),
    ("Alternative options considered:", [
        "A flat uplift of 3.5% for every type of care would have cost £6.9m a year but would not have met the "
        "rise in providers' pay costs.",
    ]),
]
FEES_TAIL = [
    ("Publication date:", "09/03/2026"),
    ("Date of decision:", "09/03/2026"),
    ("Effective from:", "17/03/2026"),
    ("Decision taken by:", "Councillor Hartley Obuya-Grant, Cabinet Member for Adult Social Care and Health"),
    ("Report author:", "Imogen Pellinore-Dunne, Head of Commissioning (Adults)"),
    ("Consultees:", "Ellerthwaite Care Association; Healthwatch Ellerthwaite"),
]
FEES_FOOTER = f"{ELLERTHWAITE}, County Hall, Ellerthwaite"


def build_fees(path: str, gold: Gold) -> None:
    """A Modern.gov-style decision page with a table of rates, written out as the site serves it."""
    e = html.escape
    out = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>Decision - {e(FEES_TITLE)}</title>",
        '<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">', "</head>", "<body>",
        f'<div id="header"><a href="https://democracy.ellerthwaite.example">{e(ELLERTHWAITE)}</a></div>',
        '<ul id="breadcrumb"><li><a href="mgCommitteeStructure.aspx">Councillors and committees</a></li>'
        '<li><a href="mgDelegatedDecisions.aspx">Decisions</a></li><li>Issue</li></ul>',
        '<div id="modgov"><div class="mgContent">', "<h1>Decision details</h1>",
        f'<h2 class="mgSubTitleTxt">{e(FEES_TITLE)}</h2>',
    ]
    for text in (ELLERTHWAITE, "Decision details", FEES_TITLE):
        gold.line(text)

    def field(label: str, value: str) -> None:
        out.append(f'<p><span class="mgLabel">{e(label)}</span> {e(value)}</p>')
        gold.line(f"{label} {value}")

    def section(heading: str, paras: list[str]) -> None:
        out.append(f'<h3 class="mgSectionTitle">{e(heading)}</h3>')
        gold.line(heading)
        for text in paras:
            out.append(f"<p>{e(text)}</p>")
            gold.line(text)

    for label, value in FEES_FIELDS:
        field(label, value)
    for heading, paras in FEES_BEFORE:
        section(heading, paras)
    out.append('<table class="mgStatsTable">')
    head, *body = RATES_TABLE
    out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>")
    for row in body:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    for row in RATES_TABLE:
        gold.line(" ".join(row))
    section("Decision:", [FEES_RESOLVED])
    out.append("<ol>")
    for text in FEES_DECISIONS:
        out.append(f"<li>{e(text)}</li>")
        gold.line(text)
    out.append("</ol>")
    for heading, paras in FEES_AFTER:
        section(heading, paras)
    for label, value in FEES_TAIL:
        field(label, value)
    out.append('<h3 class="mgSectionTitle">Accompanying Documents:</h3>')
    out.append('<ul class="mgActionList"><li><a href="documents/s41207/Fees%202026-27.pdf">'
               "Care fees 2026/27 report PDF 412 KB</a></li></ul>")
    gold.line("Accompanying Documents:")
    gold.line("Care fees 2026/27 report PDF 412 KB")
    out += ["</div></div>", f'<div id="footer">{e(FEES_FOOTER)}</div>', "</body>", "</html>", ""]
    gold.line(FEES_FOOTER)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    gold.add("meta", council=ELLERTHWAITE, date="2026-03-09")


# --- the waste contract performance report (Word) ---------------------------------------------

WASTE = "tollerby-waste-recycling-contract-performance-2026-01-21"
TOLLERBY = "Tollerby Borough Council"
WASTE_TITLE = "Waste and Recycling Contract: Performance April to December 2025"
WASTE_FRONT = [
    ("Meeting:", "Environment Scrutiny Panel"),
    ("Date:", "21 January 2026"),
    ("Report of:", "Head of Environmental Services"),
    ("Wards:", "All"),
]
WASTE_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 Greystane Environmental Services Ltd has collected the borough's household waste and recycling "
        "since October 2019 under a twelve-year contract. This report sets out its performance from April to "
        "December 2025.",
        "1.2 The household recycling rate was 49.3% from April to December 2025, up from 47.6% in the same months "
        "of 2024/25, but still short of the contract's target of 50% by March 2028.",
    ]),
    ("2. What was collected", [
        "2.1 Table 1 shows the tonnes collected in each quarter of 2025/26.",
        TABLE,
        "2.2 Each household put out 352 kg of residual waste in the nine months, against 361 kg a year earlier.",
        "2.3 28,940 households subscribe to the garden waste service at £52 a year, which will bring in about "
        "£1.5 million in 2025/26.",
    ]),
    ("3. Service standards", [
        "3.1 Table 2 sets the contract's service standards beside the results for each quarter.",
        TABLE,
        "3.2 Crews made about 3.1 million collections in the nine months, so 62 missed bins per 100,000 means "
        "roughly 640 missed bins in the third quarter.",
        "3.3 Under the contract's performance deductions, the Council withheld £18,450 from Greystane's payments "
        "for April to September and a further £6,200 for October to December.",
        "3.4 Two of the 26 refuse vehicles were off the road for more than ten days in November, and rounds were "
        "covered by hired vehicles at a cost of £14,300, which Greystane bore.",
    ]),
    ("4. Finance", [
        "4.1 The contract costs £7.84m in 2025/26. Indexation under the contract adds 3.2% from April 2026, "
        "taking it to about £8.09m in 2026/27.",
        "4.2 Income from selling recycled materials was £412,000 in the nine months, £58,000 below budget, "
        "because the price of mixed paper fell from £78 to £41 a tonne.",
        "4.3 Weekly food waste collections for every home, which the Simpler Recycling reforms require from "
        "31 March 2026, will cost a further £640,000 a year, of which the government is expected to pay "
        "£455,000.",
    ]),
    ("5. Recommendations", [
        "5.1 That the Panel notes the performance of the contract.",
        "5.2 That Greystane's Contract Director be invited to the Panel in June 2026 to explain the missed "
        "collections.",
    ]),
    ("Contact", [
        "Report author: Anwen Prothero-Bailey, Waste Contract Manager.",
        "Head of Environmental Services: Rashid Penberthy-Clarke.",
        "Portfolio Holder for Environment: Councillor Faisal Okonjo-Brand.",
    ]),
]
TONNES_TABLE = [
    ("Tonnes", "Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "2025/26 to date"),
    ("Residual waste", "6,120", "5,940", "6,310", "18,370"),
    ("Dry recycling", "3,050", "2,980", "3,240", "9,270"),
    ("Garden waste", "2,610", "2,140", "1,180", "5,930"),
    ("Food waste", "890", "870", "930", "2,690"),
    ("Total", "12,670", "11,930", "11,660", "36,260"),
]
STANDARDS_TABLE = [
    ("Service standard", "Target", "Q1", "Q2", "Q3"),
    ("Missed bins per 100,000 collections", "50", "71", "58", "62"),
    ("Missed bins put right by the next working day", "95%", "91%", "94%", "96%"),
    ("Assisted collections missed", "10", "14", "9", "11"),
]
WASTE_PROPS = WordProps(author="Environmental Services", title=WASTE_TITLE,
                        saved=datetime.datetime(2026, 1, 9, 11, 30, 0), revision=3)


def build_waste(path: str, gold: Gold) -> None:
    word_report(path, gold, WASTE_PROPS, council=TOLLERBY, title=WASTE_TITLE, front=WASTE_FRONT,
                sections=WASTE_SECTIONS, tables=(TONNES_TABLE, STANDARDS_TABLE))
    gold.add("meta", council=TOLLERBY, date="2026-01-21")


# --- gold ------------------------------------------------------------------------------------

B, W = FEES, WASTE


def _rate_items() -> list[dict[str, Any]]:
    out = []
    for care, unit, old, new, up in RATES_TABLE[1:]:
        name = care.lower()
        out.append(fig_item(B, " ".join((care, unit, old, new, up)),
                            money(old, float(old[1:]), f"{name} rate {unit}", "2025/26"),
                            money(new, float(new[1:]), f"{name} rate {unit}", "2026/27"),
                            pct(up, float(up[:-1]), f"{name} uplift")))
    return out


def _tonnes_items() -> list[dict[str, Any]]:
    out = []
    for row in TONNES_TABLE[1:]:
        name = row[0].lower() if row[0] != "Total" else "total waste"
        figs = [count(v, float(v.replace(",", "")), f"{name} tonnes{kind}", "2025/26")
                for v, kind in zip(row[1:], (" Q1", " Q2", " Q3", " total to date"), strict=True)]
        out.append(fig_item(W, " ".join(row), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(B, "Ellerthwaite has 612,000 residents, 139,000 of them over pension age.",
             count("612,000", 612_000, "Ellerthwaite residents"), count("139,000", 139_000, "residents over pension age")),
    fig_item(B, "The Council buys care for about 6,900 adults from 214 independent providers.",
             count("6,900", 6900, "adults the Council buys care for"), count("214", 214, "independent providers")),
    fig_item(B, "Its spending on these services is forecast at £187.4m in 2025/26.",
             money("£187.4m", 187_400_000, "spending on care from independent providers", "2025/26"),
             fy("2025/26", 2025)),
    fig_item(B, "The National Living Wage goes up to £12.71 an hour from April 2026, 4.1% more than now.",
             money("£12.71", 12.71, "National Living Wage an hour"), date("April 2026", "2026-04"),
             pct("4.1%", 4.1, "rise in the National Living Wage")),
    fig_item(B, "The fee model assumes that pay makes up 72% of a home care provider's costs, and that its other costs "
                "rise with inflation of 2.3%, the Consumer Prices Index in the year to December 2025.",
             pct("72%", 72, "pay as a share of a home care provider's costs"),
             pct("2.3%", 2.3, "inflation assumed for other costs"), date("December 2025", "2025-12")),
    fig_item(B, "Home care hours bought each week have grown from 41,500 to 46,200 over two years, and around a fifth of care "
                "homes (19%) had more than a tenth of their beds empty in January 2026.",
             count("41,500", 41_500, "home care hours bought each week"),
             count("46,200", 46_200, "home care hours bought each week"), duration("two years", "P2Y"),
             pct("19%", 19, "care homes with more than a tenth of beds empty"), date("January 2026", "2026-01")),
    fig_item(B, "Providers' own cost returns put the median cost of home care at £26.40 an hour.",
             money("£26.40", 26.40, "median cost of home care an hour")),
    fig_item(B, "People who pay for themselves are charged on average £1,140 a week in residential homes in the "
                "county, about a third more than the Council's rate.",
             money("£1,140", 1_140, "average charge a week to people who pay for themselves in residential homes")),
    *_rate_items(),
    fig_item(B, "The rates in the table above be paid from 6 April 2026 for home care, supported living and day "
                "opportunities, and from 1 June 2026 for residential and nursing care.",
             date("6 April 2026", "2026-04-06"), date("1 June 2026", "2026-06-01")),
    fig_item(B, "The rate for direct payments to people who employ their own personal assistants rises from £15.90 to "
                "£16.80 an hour.",
             money("£15.90", 15.90, "direct payments rate an hour"), money("£16.80", 16.80, "direct payments rate an hour")),
    fig_item(B, "The new rates cost £10.8m in a full year.",
             money("£10.8m", 10_800_000, "cost of the new rates in a full year")),
    fig_item(B, "Because the care home rates start in June, the cost in 2026/27 is £9.9m, which is met from the adult "
                "social care precept of 2%, raising £7.3m, and from the Social Care Grant.",
             fy("2026/27", 2026), money("£9.9m", 9_900_000, "cost of the new rates", "2026/27"),
             pct("2%", 2, "adult social care precept", "2026/27"),
             money("£7.3m", 7_300_000, "raised by the adult social care precept", "2026/27")),
    fig_item(B, "Inspectors from the Care Quality Commission (CQC) judge 84% of the county's care homes to be good or "
                "better.",
             pct("84%", 84, "care homes judged good or better")),
    fig_item(B, "A flat uplift of 3.5% for every type of care would have cost £6.9m a year but would not have met the "
                "rise in providers' pay costs.",
             pct("3.5%", 3.5, "flat uplift for every type of care"),
             money("£6.9m", 6_900_000, "cost of a flat uplift a year")),
    fig_item(W, "Greystane Environmental Services Ltd has collected the borough's household waste and recycling since "
                "October 2019 under a twelve-year contract.",
             date("October 2019", "2019-10"), duration("twelve-year", "P12Y")),
    fig_item(W, "The household recycling rate was 49.3% from April to December 2025, up from 47.6% in the same months "
                "of 2024/25, but still short of the contract's target of 50% by March 2028.",
             pct("49.3%", 49.3, "household recycling rate"),
             pct("47.6%", 47.6, "household recycling rate", "2024/25"), fy("2024/25", 2024),
             pct("50%", 50, "contract target for the household recycling rate"), date("March 2028", "2028-03")),
    fig_item(W, "Table 1 shows the tonnes collected in each quarter of 2025/26.", fy("2025/26", 2025)),
    *_tonnes_items(),
    fig_item(W, "Each household put out 352 kg of residual waste in the nine months, against 361 kg a year earlier.",
             count("352", 352, "kg of residual waste for each household"),
             count("361", 361, "kg of residual waste for each household"), duration("nine months", "P9M")),
    fig_item(W, "28,940 households subscribe to the garden waste service at £52 a year, which will bring in about £1.5 "
                "million in 2025/26.",
             count("28,940", 28_940, "households subscribing to the garden waste service"),
             money("£52", 52, "garden waste subscription a year"),
             money("£1.5 million", 1_500_000, "income from garden waste subscriptions", "2025/26"),
             fy("2025/26", 2025)),
    fig_item(W, "Missed bins per 100,000 collections 50 71 58 62",
             count("100,000", 100_000, "collections"),
             count("50", 50, "target for missed bins per 100,000 collections"),
             count("71", 71, "missed bins per 100,000 collections Q1", "2025/26"),
             count("58", 58, "missed bins per 100,000 collections Q2", "2025/26"),
             count("62", 62, "missed bins per 100,000 collections Q3", "2025/26")),
    fig_item(W, "Missed bins put right by the next working day 95% 91% 94% 96%",
             pct("95%", 95, "target for missed bins put right by the next working day"),
             pct("91%", 91, "missed bins put right by the next working day Q1", "2025/26"),
             pct("94%", 94, "missed bins put right by the next working day Q2", "2025/26"),
             pct("96%", 96, "missed bins put right by the next working day Q3", "2025/26")),
    fig_item(W, "Assisted collections missed 10 14 9 11",
             count("10", 10, "target for assisted collections missed"),
             count("14", 14, "assisted collections missed Q1", "2025/26"),
             count("9", 9, "assisted collections missed Q2", "2025/26"),
             count("11", 11, "assisted collections missed Q3", "2025/26")),
    fig_item(W, "Crews made about 3.1 million collections in the nine months, so 62 missed bins per 100,000 means "
                "roughly 640 missed bins in the third quarter.",
             count("3.1 million", 3_100_000, "collections made by crews"), duration("nine months", "P9M"),
             count("62", 62, "missed bins per 100,000 collections"), count("100,000", 100_000, "collections"),
             count("640", 640, "missed bins in the third quarter")),
    fig_item(W, "Under the contract's performance deductions, the Council withheld £18,450 from Greystane's payments "
                "for April to September and a further £6,200 for October to December.",
             money("£18,450", 18_450, "performance deductions withheld for April to September"),
             money("£6,200", 6_200, "performance deductions withheld for October to December")),
    fig_item(W, "Two of the 26 refuse vehicles were off the road for more than ten days in November, and rounds were "
                "covered by hired vehicles at a cost of £14,300, which Greystane bore.",
             count("Two", 2, "refuse vehicles off the road for more than ten days"),
             count("26", 26, "refuse vehicles"), duration("ten days", "P10D"),
             money("£14,300", 14_300, "cost of hired vehicles")),
    fig_item(W, "The contract costs £7.84m in 2025/26.",
             money("£7.84m", 7_840_000, "contract cost", "2025/26"), fy("2025/26", 2025)),
    fig_item(W, "Indexation under the contract adds 3.2% from April 2026, taking it to about £8.09m in 2026/27.",
             pct("3.2%", 3.2, "indexation under the contract"), date("April 2026", "2026-04"),
             money("£8.09m", 8_090_000, "contract cost", "2026/27"), fy("2026/27", 2026)),
    fig_item(W, "Income from selling recycled materials was £412,000 in the nine months, £58,000 below budget, because "
                "the price of mixed paper fell from £78 to £41 a tonne.",
             money("£412,000", 412_000, "income from selling recycled materials"), duration("nine months", "P9M"),
             money("£58,000", 58_000, "income from selling recycled materials below budget"),
             money("£78", 78, "price of mixed paper a tonne"), money("£41", 41, "price of mixed paper a tonne")),
    fig_item(W, "Weekly food waste collections for every home, which the Simpler Recycling reforms require from 31 March "
                "2026, will cost a further £640,000 a year, of which the government is expected to pay £455,000.",
             date("31 March 2026", "2026-03-31"),
             money("£640,000", 640_000, "cost of weekly food waste collections a year"),
             money("£455,000", 455_000, "government funding for food waste collections")),
    fig_item(W, "That Greystane's Contract Director be invited to the Panel in June 2026 to explain the missed "
                "collections.", date("June 2026", "2026-06")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(B, "ORG", ELLERTHWAITE),
    ent(B, "ORG", "Care Quality Commission", aliases=("CQC",)),
    ent(B, "ORG", "Ellerthwaite Care Association"),
    ent(B, "ORG", "Healthwatch Ellerthwaite"),
    ent(B, "PROGRAMME", "Social Care Grant"),
    ent(B, "ROLE", "Cabinet Member for Adult Social Care and Health"),
    ent(B, "ROLE", "Director of Adult Social Care"),
    ent(B, "ROLE", "Head of Commissioning (Adults)"),
    ent(B, "PERSON", "Hartley Obuya-Grant", affiliation=ELLERTHWAITE,
        role="Cabinet Member for Adult Social Care and Health"),
    ent(B, "PERSON", "Imogen Pellinore-Dunne", affiliation=ELLERTHWAITE, role="Head of Commissioning (Adults)"),
    ent(B, "GPE", "Ellerthwaite"),
    ent(W, "ORG", TOLLERBY),
    ent(W, "ORG", "Greystane Environmental Services Ltd", aliases=("Greystane",)),
    ent(W, "COMMITTEE", "Environment Scrutiny Panel", aliases=("Panel",)),
    ent(W, "PROGRAMME", "Simpler Recycling"),
    ent(W, "ROLE", "Head of Environmental Services"),
    ent(W, "ROLE", "Waste Contract Manager"),
    ent(W, "ROLE", "Portfolio Holder for Environment"),
    ent(W, "ROLE", "Contract Director"),
    ent(W, "PERSON", "Anwen Prothero-Bailey", affiliation=TOLLERBY, role="Waste Contract Manager"),
    ent(W, "PERSON", "Rashid Penberthy-Clarke", affiliation=TOLLERBY, role="Head of Environmental Services"),
    ent(W, "PERSON", "Faisal Okonjo-Brand", affiliation=TOLLERBY, role="Portfolio Holder for Environment"),
]
