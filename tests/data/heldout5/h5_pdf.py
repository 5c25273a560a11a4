"""The two PDFs of the fifth held-out corpus: an invented borough council's treasury
management mid-year review (a front sheet, numbered sections and paragraphs, a £m table of
prudential indicators with "approved" and "forecast" columns, a £000 table of investments at
two dates that breaks across a page) and an invented city council's scrutiny task and finish
group report on temporary accommodation (numbered paragraphs, recommendations, a five-year
£000 appendix table). Every name, place and figure is made up."""

from __future__ import annotations

from typing import Any

from flow import Col, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from h3_pdf import HEAD, TAB
from reportkit import (
    SMALL,
    furniture,
    numbered_report_sections,
    report_opening,
)
from wordpdf import Painter

Para = tuple[str, str]
Sections = list[tuple[str, str, list[Para | str]]]


# --- the treasury management mid-year review --------------------------------------------------

TREASURY = "quenbury-treasury-management-mid-year-review-2025-26"
QUENBURY = "Quenbury Borough Council"
TREASURY_TITLE = "Treasury Management Mid-Year Review 2025/26"
TREASURY_FRONT = [
    ("Report to:", "Governance and Audit Committee, 18 November 2025"),
    ("Report of:", "Director of Finance (Section 151 Officer)"),
    ("Portfolio Holder:", "Councillor Ingrid Thorsby-Mensah, Portfolio Holder for Finance and Assets"),
    ("Exempt:", "No"),
]
TREASURY_SECTIONS: Sections = [
    ("1", "Purpose", [
        ("1.1", "The Council's code of practice requires members to receive a report on treasury management at "
                "least twice a year besides the annual strategy. This report covers the six months from 1 April to "
                "30 September 2025."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That the Committee notes the treasury management activity for the first half of 2025/26 and "
                "commends the report to Council."),
        ("2.2", "That no change be made to the authorised limit or the operational boundary for 2025/26."),
    ]),
    ("3", "Economic background", [
        ("3.1", "The Bank of England cut Bank Rate from 4.25% to 4.00% in August 2025. The Council's treasury "
                "advisers, Linklow Capital Advisory, expect it to fall to 3.50% by March 2027."),
        ("3.2", "Consumer price inflation was 3.8% in September 2025, nearly twice the government's target."),
    ]),
    ("4", "Investments", [
        ("4.1", "The Council held investments of £37.9m at 30 September 2025, against an average of £44.1m over "
                "the half year."),
        ("4.2", "Interest earned on investments was £1.02m in the six months. The forecast for 2025/26 as a whole "
                "is £1.86m, £310,000 more than the budget of £1.55m."),
        ("4.3", "The average return was 4.31%, against a benchmark of 4.12%, the average overnight rate (SONIA) "
                "over the same months."),
        ("4.4", "The Council's £5m holding in the Thornmere Pooled Property Fund was valued at £4.62m, a fall "
                "of £380,000 or 7.6%, which does not reach the revenue account before 31 March 2029 under the "
                "statutory override."),
        ("4.5", "Table 1 shows where the Council's cash was placed at the start and the middle of the year."),
        "INVESTMENTS",
    ]),
    ("5", "Borrowing", [
        ("5.1", "At 30 September 2025 the Council owed £118.6m: £104.2m to the Public Works Loan Board (PWLB) "
                "and £14.4m to other local authorities, including a three-month loan of £10m taken in July at "
                "4.45% to bridge the timing of grant payments."),
        ("5.2", "No new long-term loans were taken in the half year. Two PWLB loans totalling £7.5m matured and "
                "were repaid from cash."),
        ("5.3", "The average rate paid on the Council's debt was 3.62%, down from 3.71% at 31 March 2025."),
        ("5.4", "The capital financing requirement (CFR), the Council's underlying need to borrow, is forecast "
                "at £161.3m at 31 March 2026. The Council is therefore under-borrowed by some £42.7m, using its "
                "own cash in place of new loans."),
        ("5.5", "Debt peaked at £128.6m in July, within both the operational boundary of £142m and the "
                "authorised limit of £158m."),
        ("5.6", "Over the next three years the Council expects to borrow a further £36m for the capital "
                "programme, most of it in 2027/28."),
    ]),
    ("6", "Prudential indicators", [
        ("6.1", "Table 2 compares the indicators approved in February with the latest forecast for the year."),
        "INDICATORS",
        ("6.2", "Financing costs are forecast to take 8.9% of the net revenue stream in 2025/26, against 9.4% in "
                "the strategy, because capital spending has slipped."),
        ("6.3", "No more than 25% of fixed-rate borrowing may fall due within twelve months; at 30 September "
                "2025 the figure was 11%."),
    ]),
    ("7", "Financial implications", [
        ("7.1", "Each quarter of a percentage point on interest rates changes investment income by about "
                "£95,000 a year."),
    ]),
    ("8", "Contact", [
        ("8.1", "Report author: Marguerite Quintrell-Obi, Treasury and Technical Accounting Manager. Director of "
                "Finance (Section 151 Officer): Dominic Askew-Fenchurch."),
    ]),
]
INV_COLS = [
    Col(72, 330, align="l"),
    Col(345, 425, ("31 March", "2025")),
    Col(440, 523, ("30 September", "2025")),
]
INV_ROWS = [
    Row("Banks and building societies", ("12,500", "8,000")),
    Row("Money market funds", ("14,200", "11,400")),
    Row("Other local authorities", ("10,000", "6,000")),
    Row("Debt Management Office", ("4,300", "7,500")),
    Row("Pooled property fund (at cost)", ("5,000", "5,000")),
    Row("Total investments", ("46,000", "37,900"), bold=True),
]
IND_COLS = [
    Col(72, 330, align="l"),
    Col(345, 425, ("2025/26", "Approved"), period="2025/26"),
    Col(440, 523, ("2025/26", "Forecast"), period="2025/26"),
]
IND_ROWS = [
    Row("Capital expenditure", ("48.2", "41.6")),
    Row("Capital financing requirement", ("163.8", "161.3")),
    Row("External debt at 31 March", ("132.5", "121.0")),
    Row("Operational boundary for external debt", ("142.0", "142.0")),
    Row("Authorised limit for external debt", ("158.0", "158.0")),
]


def build_treasury(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, QUENBURY, TREASURY_TITLE, 91, furniture(f"{QUENBURY}: {TREASURY_TITLE}", "Page {n}"),
                       sizes=(15, 12.5), front=TREASURY_FRONT, value_x=190, head=HEAD)
    numbered_report_sections(f, TREASURY_SECTIONS, head=HEAD, tables={
        "INVESTMENTS": lambda fl: fl.table("Table 1: Investments by type", INV_COLS, INV_ROWS, TAB, scale=1e3,
                                           corner=("£000",)),
        "INDICATORS": lambda fl: fl.table("Table 2: Prudential indicators 2025/26", IND_COLS, IND_ROWS, TAB,
                                          scale=1e6, corner=("£m",)),
    })
    f.p.save()
    gold.add("meta", council=QUENBURY, date="2025-11-18")


# --- the temporary accommodation task and finish group report ----------------------------------

TA = "haverleigh-temporary-accommodation-task-and-finish-report-2026-02-04"
HAVERLEIGH = "Haverleigh City Council"
TA_TITLE = "Temporary Accommodation: Report of the Scrutiny Task and Finish Group"
TA_FRONT = [
    ("Committee:", "Housing and Communities Scrutiny Committee"),
    ("Date:", "4 February 2026"),
    ("Chair of the group:", "Councillor Rosalind Kettleborough"),
    ("Lead officer:", "Head of Housing Options"),
]
TA_SECTIONS: Sections = [
    ("1", "Introduction", [
        ("1.1", "The task and finish group met six times between June and November 2025 to find out why the "
                "Council's use of temporary accommodation has grown so fast and what it costs."),
        ("1.2", "Its members were Councillors Rosalind Kettleborough (Chair), Emeka Quartey, Bethan Corriedale-Shaw "
                "and Viktor Szabo-Grieve. The group heard from officers, from two housing charities, Haverleigh "
                "Nightstop and the Tenterfield Housing Trust, and from eleven families who had lived in hotels."),
    ]),
    ("2", "What we found", [
        ("2.1", "On 31 December 2025, 684 households were living in temporary accommodation arranged by the "
                "Council, with 1,022 children among them. Five years earlier there were 251, so the number has "
                "nearly trebled."),
        ("2.2", "Of these, 173 households were in bed and breakfast or hotel rooms, and 29 families with "
                "children had been there longer than the legal limit of six weeks."),
        ("2.3", "A nightly-paid room costs on average £68 a night, about £24,800 a year for each household, of "
                "which housing benefit subsidy returns only some £8,900."),
        ("2.4", "The net cost of temporary accommodation to the general fund is forecast at £7.9m in 2025/26, "
                "up from £2.1m in 2021/22 (Appendix A). That is more than the whole budget of the "
                "Council's parks service."),
        ("2.5", "Households asking the Council for help because they were homeless or at risk of it rose by "
                "23% in two years, to 3,460 in 2024/25. Homelessness was prevented or relieved for 58% of them."),
        ("2.6", "Private rents in the city have risen by about a third since 2021, and only 8% of the homes "
                "advertised to let in October 2025 were within the Local Housing Allowance."),
        ("2.7", "The average stay in temporary accommodation is now 14 months, against 7 months in 2020/21."),
    ]),
    ("3", "Recommendations", [
        ("3.1", "That Cabinet buys 120 homes over three years for use as temporary accommodation, at an "
                "estimated cost of £31.2m, which would save about £2.4m a year by 2028/29."),
        ("3.2", "That the use of bed and breakfast for families with children ends, other than in an "
                "emergency, by March 2027."),
        ("3.3", "That the incentive paid to private landlords who let to households on the housing register "
                "rises from £1,500 to £2,500 a tenancy."),
        ("3.4", "That officers report progress to this Committee in six months."),
    ]),
    ("4", "Financial implications", [
        ("4.1", "The purchase of 120 homes would be met by borrowing of £22.6m and £8.6m from the Local "
                "Authority Housing Fund. The interest on the borrowing, about £1.1m a year, is less than the "
                "hotel costs it would replace."),
        ("4.2", "Contact: Tobias Wainwright-Ekuma, Head of Housing Options."),
    ]),
    ("5", "Appendix A", [
        ("5.1", "The table below shows the cost of temporary accommodation since 2021/22."),
        "COSTS",
    ]),
]
TA_YEARS = ("2021/22", "2022/23", "2023/24", "2024/25", "2025/26")
TA_COLS = [Col(72, 250, align="l")] + [
    Col(262 + 53 * k, 308 + 53 * k, (y, "Forecast" if y == "2025/26" else "Actual"), period=y)
    for k, y in enumerate(TA_YEARS)]
TA_ROWS = [
    Row("Gross cost", ("4,380", "6,120", "8,740", "11,260", "13,950")),
    Row("Housing benefit subsidy and rents collected", ("2,280", "2,960", "3,840", "4,920", "6,050")),
    Row("Net cost", ("2,100", "3,160", "4,900", "6,340", "7,900"), bold=True),
]


def build_ta(path: str, gold: Gold) -> None:
    def furnish(pp: Painter) -> None:
        pp.line(72, 805, "Housing and Communities Scrutiny Committee – 4 February 2026", SMALL)
        pp.centre(297.6, 36, f"– {pp.page_no} –", SMALL)

    f = report_opening(path, gold, HAVERLEIGH, TA_TITLE, 92, furnish,
                       sizes=(14, 12), front=TA_FRONT, value_x=200, head=HEAD)
    numbered_report_sections(f, TA_SECTIONS, head=HEAD, tables={
        "COSTS": lambda fl: fl.table("Temporary accommodation costs", TA_COLS, TA_ROWS, TAB, scale=1e3,
                                     corner=("£000",)),
    })
    f.p.save()
    gold.add("meta", council=HAVERLEIGH, date="2026-02-04")


# --- gold ------------------------------------------------------------------------------------


def _table_items(doc: str, rows: list[Row], periods: tuple[str | None, ...], labels: tuple[str, ...],
                 scale: float, context_unit: str) -> list[dict[str, Any]]:
    """A table's rows: each cell labelled by its row (and column kind), dated by its column."""
    out = []
    for row in rows:
        figs = [money(v, round(float(v.replace(",", "")) * scale), f"{row.label.lower()}{lab}", per)
                for v, per, lab in zip(row.values, periods, labels, strict=True)]
        out.append(fig_item(doc, " ".join([row.label, *row.values]), *figs, context_unit=context_unit))
    return out


Q, V = TREASURY, TA
FIGURES: list[dict[str, Any]] = [
    fig_item(Q, "This report covers the six months from 1 April to 30 September 2025.",
             duration("six months", "P6M"), date("30 September 2025", "2025-09-30")),
    fig_item(Q, "The Bank of England cut Bank Rate from 4.25% to 4.00% in August 2025.",
             pct("4.25%", 4.25, "Bank Rate"), pct("4.00%", 4.0, "Bank Rate"), date("August 2025", "2025-08")),
    fig_item(Q, "The Council's treasury advisers, Linklow Capital Advisory, expect it to fall to 3.50% by March 2027.",
             pct("3.50%", 3.5, "Bank Rate expected"), date("March 2027", "2027-03")),
    fig_item(Q, "Consumer price inflation was 3.8% in September 2025",
             pct("3.8%", 3.8, "consumer price inflation"), date("September 2025", "2025-09")),
    fig_item(Q, "At 30 September 2025 the Council owed £118.6m: £104.2m to the Public Works Loan Board (PWLB) and "
                "£14.4m to other local authorities, including a three-month loan of £10m taken in July at 4.45% to "
                "bridge the timing of grant payments.",
             date("30 September 2025", "2025-09-30"), money("£118.6m", 118_600_000, "Council debt"),
             money("£104.2m", 104_200_000, "debt owed to the Public Works Loan Board"),
             money("£14.4m", 14_400_000, "debt owed to other local authorities"),
             duration("three-month", "P3M"), money("£10m", 10_000_000, "three-month loan from other local authorities"),
             pct("4.45%", 4.45, "interest rate on the three-month loan")),
    fig_item(Q, "Two PWLB loans totalling £7.5m matured and were repaid from cash.",
             count("Two", 2, "PWLB loans matured"), money("£7.5m", 7_500_000, "PWLB loans matured and repaid")),
    fig_item(Q, "The average rate paid on the Council's debt was 3.62%, down from 3.71% at 31 March 2025.",
             pct("3.62%", 3.62, "average rate paid on the Council's debt"),
             pct("3.71%", 3.71, "average rate paid on the Council's debt"), date("31 March 2025", "2025-03-31")),
    fig_item(Q, "The capital financing requirement (CFR), the Council's underlying need to borrow, is forecast at "
                "£161.3m at 31 March 2026.",
             money("£161.3m", 161_300_000, "capital financing requirement forecast"),
             date("31 March 2026", "2026-03-31")),
    fig_item(Q, "The Council is therefore under-borrowed by some £42.7m, using its own cash in place of new loans.",
             money("£42.7m", 42_700_000, "under-borrowing")),
    fig_item(Q, "Debt peaked at £128.6m in July, within both the operational boundary of £142m and the authorised "
                "limit of £158m.",
             money("£128.6m", 128_600_000, "peak debt"), money("£142m", 142_000_000, "operational boundary"),
             money("£158m", 158_000_000, "authorised limit")),
    fig_item(Q, "Over the next three years the Council expects to borrow a further £36m for the capital programme, "
                "most of it in 2027/28.",
             duration("three years", "P3Y"), money("£36m", 36_000_000, "further borrowing for the capital programme"),
             fy("2027/28", 2027)),
    fig_item(Q, "The Council held investments of £37.9m at 30 September 2025, against an average of £44.1m over the "
                "half year.",
             money("£37.9m", 37_900_000, "investments held"), date("30 September 2025", "2025-09-30"),
             money("£44.1m", 44_100_000, "average investments over the half year")),
    fig_item(Q, "Interest earned on investments was £1.02m in the six months.",
             money("£1.02m", 1_020_000, "interest earned on investments"), duration("six months", "P6M")),
    fig_item(Q, "The forecast for 2025/26 as a whole is £1.86m, £310,000 more than the budget of £1.55m.",
             fy("2025/26", 2025), money("£1.86m", 1_860_000, "investment interest forecast for the year", "2025/26"),
             money("£310,000", 310_000, "investment interest above budget", "2025/26"),
             money("£1.55m", 1_550_000, "investment interest budget", "2025/26")),
    fig_item(Q, "The average return was 4.31%, against a benchmark of 4.12%, the average overnight rate (SONIA) over "
                "the same months.",
             pct("4.31%", 4.31, "average return on investments"), pct("4.12%", 4.12, "benchmark average overnight rate")),
    fig_item(Q, "The Council's £5m holding in the Thornmere Pooled Property Fund was valued at £4.62m, a fall of "
                "£380,000 or 7.6%, which does not reach the revenue account before 31 March 2029 under the statutory "
                "override.",
             money("£5m", 5_000_000, "holding in the Thornmere Pooled Property Fund"),
             money("£4.62m", 4_620_000, "value of the holding in the Thornmere Pooled Property Fund"),
             money("£380,000", 380_000, "fall in value of the property fund holding"),
             pct("7.6%", 7.6, "fall in value of the property fund holding"), date("31 March 2029", "2029-03-31")),
    *_table_items(Q, INV_ROWS, (None, None), (" at 31 March 2025", " at 30 September 2025"), 1e3, "£000"),
    *_table_items(Q, IND_ROWS, ("2025/26", "2025/26"), (" approved", " forecast"), 1e6, "£m"),
    fig_item(Q, "Financing costs are forecast to take 8.9% of the net revenue stream in 2025/26, against 9.4% in the "
                "strategy, because capital spending has slipped.",
             pct("8.9%", 8.9, "financing costs as a share of the net revenue stream", "2025/26"), fy("2025/26", 2025),
             pct("9.4%", 9.4, "financing costs as a share of the net revenue stream in the strategy", "2025/26")),
    fig_item(Q, "No more than 25% of fixed-rate borrowing may fall due within twelve months; at 30 September 2025 the "
                "figure was 11%.",
             pct("25%", 25, "limit on fixed-rate borrowing falling due within twelve months"),
             duration("twelve months", "P12M"), date("30 September 2025", "2025-09-30"),
             pct("11%", 11, "fixed-rate borrowing falling due within twelve months")),
    fig_item(Q, "Each quarter of a percentage point on interest rates changes investment income by about £95,000 a "
                "year.",
             money("£95,000", 95_000, "change in investment income a year")),
    fig_item(V, "The task and finish group met six times between June and November 2025",
             count("six", 6, "meetings of the task and finish group")),
    fig_item(V, "The group heard from officers, from two housing charities, Haverleigh Nightstop and the Tenterfield "
                "Housing Trust, and from eleven families who had lived in hotels.",
             count("two", 2, "housing charities heard"), count("eleven", 11, "families who had lived in hotels")),
    fig_item(V, "On 31 December 2025, 684 households were living in temporary accommodation arranged by the Council, "
                "with 1,022 children among them.",
             date("31 December 2025", "2025-12-31"),
             count("684", 684, "households living in temporary accommodation"),
             count("1,022", 1022, "children living in temporary accommodation")),
    fig_item(V, "Five years earlier there were 251, so the number has nearly trebled.",
             duration("Five years", "P5Y"), count("251", 251, "households living in temporary accommodation")),
    fig_item(V, "Of these, 173 households were in bed and breakfast or hotel rooms, and 29 families with children had "
                "been there longer than the legal limit of six weeks.",
             count("173", 173, "households in bed and breakfast or hotel rooms"),
             count("29", 29, "families with children in bed and breakfast longer than the legal limit"),
             duration("six weeks", "P6W")),
    fig_item(V, "A nightly-paid room costs on average £68 a night, about £24,800 a year for each household, of which "
                "housing benefit subsidy returns only some £8,900.",
             money("£68", 68, "average cost of a nightly-paid room a night"),
             money("£24,800", 24_800, "cost of a nightly-paid room a year for each household"),
             money("£8,900", 8_900, "housing benefit subsidy returned a year for each household")),
    fig_item(V, "The net cost of temporary accommodation to the general fund is forecast at £7.9m in 2025/26, up from "
                "£2.1m in 2021/22 (Appendix A).",
             money("£7.9m", 7_900_000, "net cost of temporary accommodation to the general fund", "2025/26"),
             fy("2025/26", 2025), money("£2.1m", 2_100_000, "net cost of temporary accommodation", "2021/22"),
             fy("2021/22", 2021)),
    fig_item(V, "Households asking the Council for help because they were homeless or at risk of it rose by 23% in two "
                "years, to 3,460 in 2024/25.",
             pct("23%", 23, "rise in households asking for help because homeless or at risk"),
             duration("two years", "P2Y"),
             count("3,460", 3460, "households asking for help because homeless or at risk", "2024/25"),
             fy("2024/25", 2024)),
    fig_item(V, "Homelessness was prevented or relieved for 58% of them.",
             pct("58%", 58, "households for whom homelessness was prevented or relieved")),
    fig_item(V, "Private rents in the city have risen by about a third since 2021, and only 8% of the homes advertised "
                "to let in October 2025 were within the Local Housing Allowance.",
             year("2021", 2021), pct("8%", 8, "homes advertised to let within the Local Housing Allowance"),
             date("October 2025", "2025-10")),
    fig_item(V, "The average stay in temporary accommodation is now 14 months, against 7 months in 2020/21.",
             duration("14 months", "P14M", "average stay in temporary accommodation"),
             duration("7 months", "P7M", "average stay in temporary accommodation"), fy("2020/21", 2020)),
    fig_item(V, "That Cabinet buys 120 homes over three years for use as temporary accommodation, at an estimated cost "
                "of £31.2m, which would save about £2.4m a year by 2028/29.",
             count("120", 120, "homes bought for use as temporary accommodation"), duration("three years", "P3Y"),
             money("£31.2m", 31_200_000, "estimated cost of buying homes for temporary accommodation"),
             money("£2.4m", 2_400_000, "saving a year from buying homes", "2028/29"), fy("2028/29", 2028)),
    fig_item(V, "That the use of bed and breakfast for families with children ends, other than in an emergency, by "
                "March 2027.", date("March 2027", "2027-03")),
    fig_item(V, "That the incentive paid to private landlords who let to households on the housing register rises from "
                "£1,500 to £2,500 a tenancy.",
             money("£1,500", 1_500, "incentive paid to private landlords a tenancy"),
             money("£2,500", 2_500, "incentive paid to private landlords a tenancy")),
    fig_item(V, "The purchase of 120 homes would be met by borrowing of £22.6m and £8.6m from the Local Authority "
                "Housing Fund.",
             count("120", 120, "homes purchased"), money("£22.6m", 22_600_000, "borrowing for the purchase of homes"),
             money("£8.6m", 8_600_000, "funding from the Local Authority Housing Fund")),
    fig_item(V, "The interest on the borrowing, about £1.1m a year, is less than the hotel costs it would replace.",
             money("£1.1m", 1_100_000, "interest on the borrowing a year")),
    *_table_items(V, TA_ROWS, TA_YEARS, (" actual",) * 4 + (" forecast",), 1e3, "£000"),
]
ENTITIES: list[dict[str, Any]] = [
    ent(Q, "ORG", QUENBURY),
    ent(Q, "COMMITTEE", "Governance and Audit Committee", aliases=("Committee",)),
    ent(Q, "ORG", "Bank of England"),
    ent(Q, "ORG", "Linklow Capital Advisory"),
    ent(Q, "ORG", "Public Works Loan Board", aliases=("PWLB",)),
    ent(Q, "ORG", "Debt Management Office"),
    ent(Q, "PROGRAMME", "Thornmere Pooled Property Fund"),
    ent(Q, "ACRONYM", "capital financing requirement", aliases=("CFR",)),
    ent(Q, "ACRONYM", "SONIA"),
    ent(Q, "ROLE", "Director of Finance"),
    ent(Q, "ROLE", "Section 151 Officer"),
    ent(Q, "ROLE", "Portfolio Holder for Finance and Assets"),
    ent(Q, "ROLE", "Treasury and Technical Accounting Manager"),
    ent(Q, "PERSON", "Ingrid Thorsby-Mensah", affiliation=QUENBURY, role="Portfolio Holder for Finance and Assets"),
    ent(Q, "PERSON", "Marguerite Quintrell-Obi", affiliation=QUENBURY, role="Treasury and Technical Accounting Manager"),
    ent(Q, "PERSON", "Dominic Askew-Fenchurch", affiliation=QUENBURY, role="Director of Finance"),
    ent(V, "ORG", HAVERLEIGH),
    ent(V, "COMMITTEE", "Housing and Communities Scrutiny Committee", aliases=("Committee",)),
    ent(V, "COMMITTEE", "Cabinet"),
    ent(V, "ORG", "Haverleigh Nightstop"),
    ent(V, "ORG", "Tenterfield Housing Trust"),
    ent(V, "PROGRAMME", "Local Authority Housing Fund"),
    ent(V, "ROLE", "Head of Housing Options"),
    ent(V, "PERSON", "Rosalind Kettleborough", affiliation=HAVERLEIGH, role="Chair"),
    ent(V, "PERSON", "Emeka Quartey", affiliation=HAVERLEIGH, role="Councillor"),
    ent(V, "PERSON", "Bethan Corriedale-Shaw", affiliation=HAVERLEIGH, role="Councillor"),
    ent(V, "PERSON", "Viktor Szabo-Grieve", affiliation=HAVERLEIGH, role="Councillor"),
    ent(V, "PERSON", "Tobias Wainwright-Ekuma", affiliation=HAVERLEIGH, role="Head of Housing Options"),
]
