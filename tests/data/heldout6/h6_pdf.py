"""The two PDFs of the sixth held-out corpus: an invented borough council's quarter 2 revenue
budget monitoring report to Cabinet (a front sheet, numbered sections and paragraphs, a £000
table of budget, forecast outturn and variance by directorate with underspends in brackets that
breaks across a page, a savings table whose unit is only in its caption and whose last column is
a red/amber/green rating) and an invented county council's public health outcomes report to a
health and wellbeing board (headings over plain paragraphs, rates per 1,000 and per 100,000
against England's, "down from", a table of indicators with a period column). Every name, place
and figure is made up."""

from __future__ import annotations

from typing import Any

from docs_city import simple_table
from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from h3_pdf import HEAD, TAB
from reportkit import (
    BODY,
    furniture,
    numbered_report_sections,
    para_sections,
    report_opening,
)

Para = tuple[str, str]
Sections = list[tuple[str, str, list[Para | str]]]


# --- the revenue budget monitoring report ------------------------------------------------------

MONITOR = "sallowfield-revenue-budget-monitoring-q2-2025-26"
SALLOWFIELD = "Sallowfield Borough Council"
MONITOR_TITLE = "Revenue Budget Monitoring 2025/26: Quarter 2"
MONITOR_FRONT = [
    ("Report to:", "Cabinet, 11 November 2025"),
    ("Report of:", "Chief Finance Officer"),
    ("Cabinet Member:", "Councillor Perpetua Gallimore-Nwosu, Cabinet Member for Finance and Resources"),
    ("Key decision:", "No"),
]
MONITOR_SECTIONS: Sections = [
    ("1", "Purpose", [
        ("1.1", "This report forecasts the Council's revenue spending for the year at the end of September, the "
                "second quarter, and sets out how far the savings agreed in the budget are being delivered."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That Cabinet notes a forecast overspend of £2.84m for 2025/26 on a net budget of £148.2m, or "
                "1.9%."),
        ("2.2", "That Cabinet approves a transfer of £650,000 from the Transformation Reserve to meet the one-off "
                "costs of redesigning the waste rounds."),
        ("2.3", "That directors bring forward recovery plans to bring the overspend down to no more than £1m by "
                "the end of December."),
    ]),
    ("3", "Forecast outturn", [
        ("3.1", "Table 1 sets each directorate's budget beside its forecast outturn. An overspend is shown as a "
                "positive variance and an underspend in brackets."),
        "OUTTURN",
        ("3.2", "Children's Services carries the largest pressure. Children looked after numbered 318 at the end "
                "of September, up from 291 in March 2025, and eleven of them are in residential homes that cost "
                "more than £7,500 a week each."),
        ("3.3", "Adults and Health forecasts an overspend of £1.83m, mainly because home care hours are running "
                "6% above the level the budget assumed."),
        ("3.4", "The underspend in Resources comes from vacant posts and from court costs recovered, which are "
                "£210,000 above budget."),
        ("3.5", "Interest on the Council's cash is forecast at £3.4m in 2025/26, £1.1m more than budgeted, and "
                "the £500,000 contingency has not been drawn on."),
    ]),
    ("4", "Savings", [
        ("4.1", "The 2025/26 budget relies on savings of £6.4m, of which £4.9m (77%) is forecast to be "
                "delivered in the year. Table 2 rates each proposal Green (delivered or on track), Amber (at "
                "risk) or Red (will not be delivered this year)."),
        "SAVINGS",
        ("4.2", "The £1.5m shortfall is part of the overspend forecast above. Of it, £600,000 from fostering "
                "is now expected in 2026/27."),
    ]),
    ("5", "Reserves", [
        ("5.1", "If nothing is done, the General Fund balance would fall from £12.6m at 1 April 2025 to £9.8m "
                "at 31 March 2026, below the minimum of £10.5m set by the Medium Term Financial Strategy."),
        ("5.2", "Earmarked reserves stood at £41.3m at 30 September 2025, including £7.2m in the "
                "Transformation Reserve."),
    ]),
    ("6", "Collection", [
        ("6.1", "By the end of September the Council had collected 56.1% of the council tax due for 2025/26, "
                "against 56.8% at the same point last year. For business rates the figure was 57.4%."),
        ("6.2", "Sundry debts more than 90 days old came to £2.37m, down from £2.95m at 31 March 2025."),
    ]),
    ("7", "Workforce", [
        ("7.1", "Agency staff cost £3.9m in the first half of 2025/26, 14% less than in the same half of "
                "2024/25. The Council employed 1,412 full-time equivalent staff at 30 September 2025."),
    ]),
    ("8", "Contact", [
        ("8.1", "Report author: Cormac Delahunty-Shore, Head of Corporate Finance. Chief Finance Officer: "
                "Oyelaran Beauchamp-Ruiz."),
    ]),
]
OUT_COLS = [
    Col(72, 300, align="l"),
    Col(315, 385, ("Budget",), period="2025/26"),
    Col(395, 465, ("Forecast", "outturn"), period="2025/26"),
    Col(475, 523, ("Variance",), period="2025/26"),
]
OUT_ROWS = [
    Row("Adults and Health", ("52,480", "54,310", "1,830")),
    Row("Children's Services", ("38,915", "41,120", "2,205")),
    Row("Place and Environment", ("24,760", "25,190", "430")),
    Row("Housing and Communities", ("9,840", "10,420", "580")),
    Row("Resources", ("14,230", "13,615", "(615)")),
    Row("Corporate and central budgets", ("7,975", "6,380", "(1,595)")),
    Row("Net budget", ("148,200", "151,035", "2,835"), bold=True),
]
SAV_COLS = [
    Col(72, 330, align="l"),
    Col(345, 400, ("Target",), period="2025/26"),
    Col(410, 465, ("Forecast",), period="2025/26"),
]
SAV_NOTE = Col(478, 523, ("Rating",), align="l")
SAV_ROWS = [
    Row("ASC-03 Reablement before long-term care", ("1,800", "1,450"), note="Amber"),
    Row("CS-11 Recruiting more foster carers", ("1,200", "600"), note="Red"),
    Row("PE-02 Garden waste charge", ("950", "950"), note="Green"),
    Row("HC-05 Leasing homes for temporary accommodation", ("700", "350"), note="Amber"),
    Row("RES-08 Customer contact online", ("1,050", "1,050"), note="Green"),
    Row("CC-01 Procurement review", ("700", "500"), note="Amber"),
    Row("Total", ("6,400", "4,900"), bold=True),
]


def build_monitor(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, SALLOWFIELD, MONITOR_TITLE, 61,
                       furniture(f"{SALLOWFIELD}: {MONITOR_TITLE}", "Page {n}"),
                       sizes=(15, 12.5), front=MONITOR_FRONT, value_x=190, head=HEAD)

    def outturn(fl: Flow) -> None:
        # the table starts low on the page, so that it breaks across two (its header not repeated)
        fl.skip(max(0.0, fl.y - fl.bottom - 118))
        fl.table("Table 1: Forecast outturn 2025/26 by directorate", OUT_COLS, OUT_ROWS, TAB, scale=1e3,
                 corner=("£000",))

    numbered_report_sections(f, MONITOR_SECTIONS, head=HEAD, tables={
        "OUTTURN": outturn,
        "SAVINGS": lambda fl: fl.table("Table 2: Savings 2025/26 (£000)", SAV_COLS, SAV_ROWS, TAB, scale=1e3,
                                       note_col=SAV_NOTE),
    })
    f.p.save()
    gold.add("meta", council=SALLOWFIELD, date="2025-11-11")


# --- the public health outcomes report ---------------------------------------------------------

HEALTH = "ashbrandon-public-health-outcomes-report-2025-12-03"
ASHBRANDON = "Ashbrandon County Council"
HEALTH_TITLE = "Public Health Outcomes Report 2025"
HEALTH_FRONT = [
    ("Report to:", "Ashbrandon Health and Wellbeing Board"),
    ("Date:", "3 December 2025"),
    ("Report of:", "Director of Public Health"),
    ("Board sponsor:", "Councillor Tamsin Vandermeer-Lowe, Cabinet Member for Public Health and Prevention"),
]
HEALTH_SECTIONS = [
    ("1. Introduction", [
        "This report compares the health of Ashbrandon's 486,000 residents with England's, using the latest "
        "published indicators. Most of them are for 2023/24, the latest year with national figures.",
    ]),
    ("2. Life expectancy", [
        "A boy born in Ashbrandon can expect to live 78.9 years and a girl 82.6 years, both a little below the "
        "England average. Men in the most deprived tenth of neighbourhoods die 9.4 years sooner than men in the "
        "least deprived tenth.",
    ]),
    ("3. Smoking", [
        "In 2024, 11.2% of adults in Ashbrandon smoked, against 10.8% across England; in 2021 the figure was "
        "13.5%.",
        "At the time of delivery, 8.7% of mothers were smokers in 2023/24, compared with 7.4% in England.",
        "The stop smoking service helped 1,640 people to give up for at least four weeks in 2024/25, 21% more "
        "than the year before, at a cost of £312 for each quitter.",
    ]),
    ("4. Children and young people", [
        "Teenage conceptions fell to 13.6 per 1,000 young women in 2023, down from 19.2 in 2018; the England "
        "rate was 13.1.",
        "Among children in their final year of primary school, 37.8% were overweight or obese in 2024/25, "
        "against 35.8% across England.",
        "The Maud Ellery Centre in Wrackley, the county's first family hub, saw 2,310 families in its first year.",
    ]),
    ("5. Alcohol", [
        "Hospital admissions for alcohol-specific conditions ran at 612 per 100,000 people in 2023/24, compared "
        "with the England average of 475. That is 2,980 admissions, which cost the NHS an estimated £6.1m.",
    ]),
    ("6. Vaccination", [
        "Uptake of both doses of the MMR vaccine among young children was 88.4% in 2024/25, short of the 95% "
        "needed to stop measles spreading.",
    ]),
    ("7. The public health grant", [
        "The public health grant for 2025/26 is £31.6m, 5.4% more than in 2024/25. Of this, £9.8m pays for "
        "sexual health services, £8.2m for drug and alcohol treatment and £1.1m for the stop smoking service.",
        "The Office for Health Improvement and Disparities (OHID) publishes the indicators in this report; Table "
        "1 shows five more of them.",
    ]),
]
IND_HEADER = ["Indicator", "Period", "Ashbrandon", "England"]
IND_TABLE = [
    ["Infant deaths per 1,000 live births", "2023", "4.6", "4.1"],
    ["Falls admissions in older people per 100,000", "2023/24", "2,214", "1,984"],
    ["Physically active adults (%)", "2023/24", "64.1", "67.1"],
    ["Deaths from preventable cancers per 100,000", "2024", "51.7", "49.5"],
    ["Families made homeless per 1,000 households", "2024/25", "3.2", "2.9"],
]
HEALTH_CONTACT = [
    "Report author: Ravi Castellane-Brooke, Consultant in Public Health.",
    "Director of Public Health: Dr Ngozi Ashdown-Lind.",
]


def build_health(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, ASHBRANDON, HEALTH_TITLE, 63,
                       furniture(None, "Ashbrandon Health and Wellbeing Board, 3 December 2025 | {n}"),
                       sizes=(15, 13), front=HEALTH_FRONT, value_x=180, head=HEAD)

    def tables(fl: Flow, heading: str) -> None:
        if heading.startswith("7."):
            simple_table(fl, "Table 1: Further indicators", IND_HEADER, IND_TABLE, [72, 360, 430, 515], TAB, 280)

    para_sections(f, HEALTH_SECTIONS, head=HEAD, number_gap=22, then=tables)
    f.heading("", "Contact", HEAD, num_x=f.left, x=f.left, level=1, parent=None, after=2)
    for text in HEALTH_CONTACT:
        f.para(text, BODY, after=4)
    f.p.save()
    gold.add("meta", council=ASHBRANDON, date="2025-12-03")


# --- gold ------------------------------------------------------------------------------------

M, H = MONITOR, HEALTH


def _outturn_items() -> list[dict[str, Any]]:
    out = []
    for row in OUT_ROWS:
        name = row.label.lower()
        figs = [money(v, round(float(v.strip("()").replace(",", "")) * (-1e3 if v.startswith("(") else 1e3)),
                      f"{name} {kind}", "2025/26")
                for v, kind in zip(row.values, ("budget", "forecast outturn", "variance"), strict=True)]
        out.append(fig_item(M, " ".join([row.label, *row.values]), *figs, context_unit="£000"))
    return out


def _savings_items() -> list[dict[str, Any]]:
    out = []
    for row in SAV_ROWS:
        name = row.label.split(" ", 1)[1].lower() if row.label != "Total" else "total savings"
        figs = [money(v, float(v.replace(",", "")) * 1e3, f"{name} savings {kind}", "2025/26")
                for v, kind in zip(row.values, ("target", "forecast"), strict=True)]
        out.append(fig_item(M, " ".join([row.label, *row.values]), *figs, context_unit="£000"))
    return out


def _indicator_items() -> list[dict[str, Any]]:
    out = []
    for label, period, local, eng in IND_TABLE:
        name = label.replace(" (%)", "").lower()
        per = fy(period, int(period[:4])) if "/" in period else year(period, int(period))
        make = pct if "(%)" in label else count
        figs = [per, make(local, float(local.replace(",", "")), f"{name} Ashbrandon", period),
                make(eng, float(eng.replace(",", "")), f"{name} England", period)]
        base = "1,000" if "1,000" in label else "100,000" if "100,000" in label else None
        if base:
            what = label.split(f"per {base}")[1].strip() or "people"
            figs.insert(0, count(base, float(base.replace(",", "")), what))
        out.append(fig_item(H, " ".join([label, period, local, eng]), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(M, "That Cabinet notes a forecast overspend of £2.84m for 2025/26 on a net budget of £148.2m, or 1.9%.",
             money("£2.84m", 2_840_000, "forecast overspend", "2025/26"), fy("2025/26", 2025),
             money("£148.2m", 148_200_000, "net budget", "2025/26"),
             pct("1.9%", 1.9, "forecast overspend as a share of the net budget", "2025/26")),
    fig_item(M, "That Cabinet approves a transfer of £650,000 from the Transformation Reserve to meet the one-off costs "
                "of redesigning the waste rounds.",
             money("£650,000", 650_000, "transfer from the Transformation Reserve")),
    fig_item(M, "That directors bring forward recovery plans to bring the overspend down to no more than £1m by the end "
                "of December.",
             money("£1m", 1_000_000, "overspend after recovery plans")),
    *_outturn_items(),
    fig_item(M, "Children looked after numbered 318 at the end of September, up from 291 in March 2025, and eleven of "
                "them are in residential homes that cost more than £7,500 a week each.",
             count("318", 318, "children looked after"), count("291", 291, "children looked after"),
             date("March 2025", "2025-03"), count("eleven", 11, "children looked after in residential homes"),
             money("£7,500", 7_500, "cost of a residential home a week")),
    fig_item(M, "Adults and Health forecasts an overspend of £1.83m, mainly because home care hours are running 6% "
                "above the level the budget assumed.",
             money("£1.83m", 1_830_000, "Adults and Health forecast overspend"),
             pct("6%", 6, "home care hours above the level the budget assumed")),
    fig_item(M, "The underspend in Resources comes from vacant posts and from court costs recovered, which are "
                "£210,000 above budget.",
             money("£210,000", 210_000, "court costs recovered above budget")),
    fig_item(M, "Interest on the Council's cash is forecast at £3.4m in 2025/26, £1.1m more than budgeted, and the "
                "£500,000 contingency has not been drawn on.",
             money("£3.4m", 3_400_000, "interest on the Council's cash forecast", "2025/26"), fy("2025/26", 2025),
             money("£1.1m", 1_100_000, "interest on cash above budget", "2025/26"),
             money("£500,000", 500_000, "contingency", "2025/26")),
    fig_item(M, "The 2025/26 budget relies on savings of £6.4m, of which £4.9m (77%) is forecast to be delivered in the "
                "year.",
             fy("2025/26", 2025), money("£6.4m", 6_400_000, "savings the budget relies on", "2025/26"),
             money("£4.9m", 4_900_000, "savings forecast to be delivered", "2025/26"),
             pct("77%", 77, "savings forecast to be delivered", "2025/26")),
    *_savings_items(),
    fig_item(M, "The £1.5m shortfall is part of the overspend forecast above.",
             money("£1.5m", 1_500_000, "savings shortfall")),
    fig_item(M, "Of it, £600,000 from fostering is now expected in 2026/27.",
             money("£600,000", 600_000, "fostering savings expected", "2026/27"), fy("2026/27", 2026)),
    fig_item(M, "If nothing is done, the General Fund balance would fall from £12.6m at 1 April 2025 to £9.8m at 31 "
                "March 2026, below the minimum of £10.5m set by the Medium Term Financial Strategy.",
             money("£12.6m", 12_600_000, "General Fund balance"), date("1 April 2025", "2025-04-01"),
             money("£9.8m", 9_800_000, "General Fund balance"), date("31 March 2026", "2026-03-31"),
             money("£10.5m", 10_500_000, "minimum General Fund balance")),
    fig_item(M, "Earmarked reserves stood at £41.3m at 30 September 2025, including £7.2m in the Transformation "
                "Reserve.",
             money("£41.3m", 41_300_000, "earmarked reserves"), date("30 September 2025", "2025-09-30"),
             money("£7.2m", 7_200_000, "Transformation Reserve")),
    fig_item(M, "By the end of September the Council had collected 56.1% of the council tax due for 2025/26, against "
                "56.8% at the same point last year.",
             pct("56.1%", 56.1, "council tax collected", "2025/26"), fy("2025/26", 2025),
             pct("56.8%", 56.8, "council tax collected at the same point last year")),
    fig_item(M, "For business rates the figure was 57.4%.", pct("57.4%", 57.4, "business rates collected")),
    fig_item(M, "Sundry debts more than 90 days old came to £2.37m, down from £2.95m at 31 March 2025.",
             duration("90 days", "P90D"), money("£2.37m", 2_370_000, "sundry debts more than 90 days old"),
             money("£2.95m", 2_950_000, "sundry debts more than 90 days old"), date("31 March 2025", "2025-03-31")),
    fig_item(M, "Agency staff cost £3.9m in the first half of 2025/26, 14% less than in the same half of 2024/25.",
             money("£3.9m", 3_900_000, "agency staff cost in the first half", "2025/26"), fy("2025/26", 2025),
             pct("14%", 14, "fall in agency staff cost", "2025/26"), fy("2024/25", 2024)),
    fig_item(M, "The Council employed 1,412 full-time equivalent staff at 30 September 2025.",
             count("1,412", 1412, "full-time equivalent staff"), date("30 September 2025", "2025-09-30")),
    fig_item(H, "This report compares the health of Ashbrandon's 486,000 residents with England's, using the latest "
                "published indicators.",
             count("486,000", 486_000, "Ashbrandon residents")),
    fig_item(H, "Most of them are for 2023/24, the latest year with national figures.", fy("2023/24", 2023)),
    fig_item(H, "A boy born in Ashbrandon can expect to live 78.9 years and a girl 82.6 years, both a little below the "
                "England average.",
             duration("78.9 years", "P78.9Y", "life expectancy of a boy born in Ashbrandon"),
             duration("82.6 years", "P82.6Y", "life expectancy of a girl born in Ashbrandon")),
    fig_item(H, "Men in the most deprived tenth of neighbourhoods die 9.4 years sooner than men in the least deprived "
                "tenth.",
             duration("9.4 years", "P9.4Y", "gap in life expectancy between the most and least deprived men")),
    fig_item(H, "In 2024, 11.2% of adults in Ashbrandon smoked, against 10.8% across England; in 2021 the figure was "
                "13.5%.",
             year("2024", 2024), pct("11.2%", 11.2, "adults in Ashbrandon who smoked", "2024"),
             pct("10.8%", 10.8, "adults across England who smoked", "2024"), year("2021", 2021),
             pct("13.5%", 13.5, "adults in Ashbrandon who smoked", "2021")),
    fig_item(H, "At the time of delivery, 8.7% of mothers were smokers in 2023/24, compared with 7.4% in England.",
             pct("8.7%", 8.7, "mothers smokers at the time of delivery", "2023/24"), fy("2023/24", 2023),
             pct("7.4%", 7.4, "mothers smokers at the time of delivery in England", "2023/24")),
    fig_item(H, "The stop smoking service helped 1,640 people to give up for at least four weeks in 2024/25, 21% more "
                "than the year before, at a cost of £312 for each quitter.",
             count("1,640", 1640, "people helped to give up smoking by the stop smoking service", "2024/25"),
             duration("four weeks", "P4W"), fy("2024/25", 2024),
             pct("21%", 21, "rise in people helped to give up smoking", "2024/25"),
             money("£312", 312, "cost of the stop smoking service for each quitter", "2024/25")),
    fig_item(H, "Teenage conceptions fell to 13.6 per 1,000 young women in 2023, down from 19.2 in 2018; the England "
                "rate was 13.1.",
             count("13.6", 13.6, "teenage conceptions per 1,000 young women", "2023"),
             count("1,000", 1000, "young women"), year("2023", 2023),
             count("19.2", 19.2, "teenage conceptions per 1,000 young women", "2018"), year("2018", 2018),
             count("13.1", 13.1, "England teenage conception rate")),
    fig_item(H, "Among children in their final year of primary school, 37.8% were overweight or obese in 2024/25, "
                "against 35.8% across England.",
             pct("37.8%", 37.8, "children in their final year of primary school overweight or obese", "2024/25"),
             fy("2024/25", 2024),
             pct("35.8%", 35.8, "children in their final year of primary school overweight or obese across England",
                 "2024/25")),
    fig_item(H, "The Maud Ellery Centre in Wrackley, the county's first family hub, saw 2,310 families in its first "
                "year.",
             count("2,310", 2310, "families seen by the family hub in its first year")),
    fig_item(H, "Hospital admissions for alcohol-specific conditions ran at 612 per 100,000 people in 2023/24, compared "
                "with the England average of 475.",
             count("612", 612, "hospital admissions for alcohol-specific conditions per 100,000 people", "2023/24"),
             count("100,000", 100_000, "people"), fy("2023/24", 2023),
             count("475", 475, "England average hospital admissions for alcohol-specific conditions", "2023/24")),
    fig_item(H, "That is 2,980 admissions, which cost the NHS an estimated £6.1m.",
             count("2,980", 2980, "hospital admissions for alcohol-specific conditions"),
             money("£6.1m", 6_100_000, "estimated cost to the NHS of alcohol-specific admissions")),
    fig_item(H, "Uptake of both doses of the MMR vaccine among young children was 88.4% in 2024/25, short of the 95% "
                "needed to stop measles spreading.",
             pct("88.4%", 88.4, "uptake of both doses of the MMR vaccine among young children", "2024/25"),
             fy("2024/25", 2024), pct("95%", 95, "MMR uptake needed to stop measles spreading")),
    fig_item(H, "The public health grant for 2025/26 is £31.6m, 5.4% more than in 2024/25.",
             fy("2025/26", 2025), money("£31.6m", 31_600_000, "public health grant", "2025/26"),
             pct("5.4%", 5.4, "rise in the public health grant", "2025/26"), fy("2024/25", 2024)),
    fig_item(H, "Of this, £9.8m pays for sexual health services, £8.2m for drug and alcohol treatment and £1.1m for the "
                "stop smoking service.",
             money("£9.8m", 9_800_000, "public health grant for sexual health services", "2025/26"),
             money("£8.2m", 8_200_000, "public health grant for drug and alcohol treatment", "2025/26"),
             money("£1.1m", 1_100_000, "public health grant for the stop smoking service", "2025/26")),
    fig_item(H, "Table 1 shows five more of them.", count("five", 5, "further indicators in Table 1")),
    *_indicator_items(),
]
ENTITIES: list[dict[str, Any]] = [
    ent(M, "ORG", SALLOWFIELD),
    ent(M, "COMMITTEE", "Cabinet"),
    ent(M, "PROGRAMME", "Transformation Reserve"),
    ent(M, "PROGRAMME", "Medium Term Financial Strategy"),
    ent(M, "ROLE", "Chief Finance Officer"),
    ent(M, "ROLE", "Cabinet Member for Finance and Resources"),
    ent(M, "ROLE", "Head of Corporate Finance"),
    ent(M, "PERSON", "Perpetua Gallimore-Nwosu", affiliation=SALLOWFIELD, role="Cabinet Member for Finance and Resources"),
    ent(M, "PERSON", "Cormac Delahunty-Shore", affiliation=SALLOWFIELD, role="Head of Corporate Finance"),
    ent(M, "PERSON", "Oyelaran Beauchamp-Ruiz", affiliation=SALLOWFIELD, role="Chief Finance Officer"),
    ent(H, "ORG", ASHBRANDON),
    ent(H, "COMMITTEE", "Ashbrandon Health and Wellbeing Board"),
    ent(H, "ORG", "Office for Health Improvement and Disparities", aliases=("OHID",)),
    ent(H, "ORG", "NHS"),
    ent(H, "ORG", "Maud Ellery Centre"),
    ent(H, "GPE", "Wrackley"),
    ent(H, "GPE", "England"),
    ent(H, "ACRONYM", "MMR"),
    ent(H, "ROLE", "Director of Public Health"),
    ent(H, "ROLE", "Consultant in Public Health"),
    ent(H, "ROLE", "Cabinet Member for Public Health and Prevention"),
    ent(H, "PERSON", "Tamsin Vandermeer-Lowe", affiliation=ASHBRANDON, role="Cabinet Member for Public Health and Prevention"),
    ent(H, "PERSON", "Ravi Castellane-Brooke", affiliation=ASHBRANDON, role="Consultant in Public Health"),
    ent(H, "PERSON", "Ngozi Ashdown-Lind", affiliation=ASHBRANDON, role="Director of Public Health"),
]
