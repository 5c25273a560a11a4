"""The two documents of the fourth held-out corpus that are not PDFs: an invented county
council's report to Cabinet on home-to-school and SEND transport, written in Word (.docx:
title, a front-sheet table, Heading 1 sections, typed paragraph numbers, a table of spending in
£m by year with actual and forecast columns), and an invented city council's climate action
progress page (.html: a council website page, not Modern.gov, with sections, a table of
emissions by year, a list of next steps and a "last updated" date). Every name, place and
figure is made up."""

from __future__ import annotations

import datetime
import html
from typing import Any

from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import WordProps, word_report

# --- the Word report -------------------------------------------------------------------------

TRANSPORT = "hexcombe-school-transport-cabinet-2026-03-03"
HEXCOMBE = "Hexcombe County Council"
TRANSPORT_TITLE = "Home to School and SEND Transport: Spending and Policy for 2026/27"
TRANSPORT_FRONT = [
    ("Meeting", "Cabinet"),
    ("Date", "3 March 2026"),
    ("Lead officer", "Director of Education and Inclusion"),
    ("Key decision", "Yes"),
    ("Divisions affected", "All"),
]
TRANSPORT_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 Hexcombe is a county of 1.1m residents and 158,000 pupils. The Council must give free transport to "
        "school to children who live beyond walking distance of their nearest suitable school, or who cannot walk "
        "there because of special educational needs or a disability (SEND).",
        "1.2 Spending on school transport is forecast at £61.4m in 2025/26, £8.9m more than the budget of "
        "£52.5m. Most of the overspend is on SEND transport.",
    ]),
    ("2. Who the Council carries", [
        "2.1 In the autumn term 14,320 children received transport: 10,640 on mainstream routes and 3,680 with "
        "SEND. The number with SEND has risen by 41% in three years.",
        "2.2 A mainstream place costs on average £1,170 a year, or £6.16 a school day. A SEND place averages "
        "£11,870 a year, and a place in a taxi with a passenger assistant and no other pupils can cost more than "
        "£43,000.",
        "2.3 Spending by type of transport over three years:",
        "TABLE",
    ]),
    ("3. Why costs are rising", [
        "3.1 Contract prices rose by 14% when the taxi and minibus routes were re-tendered in September 2025, and "
        "38 routes drew a single bid. The largest operator, Fenwold Travel Ltd, holds 203 of the 617 contracted "
        "routes.",
        "3.2 Of the 3,680 children with SEND, 1,215 travel alone in a taxi, and 22% travel more than 20 miles to "
        "a special school outside the county.",
    ]),
    ("4. Proposals", [
        "4.1 Parents who drive their own child to school would be paid 45p a mile, up to £4,800 a year. The "
        "Council expects 310 families to take this up, saving £1.3m a year.",
        "4.2 Coaching for 135 young people a year to make their journeys on their own, at £2,450 each.",
        "4.3 Sixth-form students would pay £720 a year towards their transport, or £380 if their family is on a "
        "low income, from September 2026.",
        "4.4 Together the proposals would save £3.6m in 2026/27 and £5.2m a year by 2028/29.",
    ]),
    ("5. Consultation", [
        "5.1 The consultation ran for eight weeks and drew 2,064 responses. Of those who answered, 57% opposed "
        "the charge for sixth-form students, while 71% supported coaching young people to travel on their own.",
    ]),
    ("6. Recommendations", [
        "6.1 That Cabinet approves the School Travel Assistance Policy 2026/27 at Appendix A.",
        "6.2 That the school transport budget for 2026/27 be set at £60.2m, an increase of £7.7m.",
    ]),
    ("Contact", [
        "Report author: Lowenna Tregarthen, Head of Travel Assistance.",
        "Director of Education and Inclusion: Samuel Adebanjo-Whitby.",
        "Cabinet Member for Children, Families and Schools: Councillor Beatrix Hollingdrake.",
    ]),
]
SPEND_TABLE = [
    ("Spending (£m)", "2023/24 Actual", "2024/25 Actual", "2025/26 Forecast"),
    ("Mainstream", "11.4", "11.9", "12.3"),
    ("SEND", "32.8", "38.7", "45.2"),
    ("Post-16", "2.7", "3.1", "3.9"),
    ("Total", "46.9", "53.7", "61.4"),
]
FIXED_TIME = datetime.datetime(2026, 2, 20, 14, 0, 0)


def build_transport(path: str, gold: Gold) -> None:
    """The report by the shared Word writer: its front sheet a table, the header row and the
    total row of its tables in bold, re-zipped with fixed times (the same bytes on every run)."""
    props = WordProps("Travel Assistance", TRANSPORT_TITLE, FIXED_TIME, 4, zipped=datetime.datetime(2026, 1, 13, 9, 0, 0))
    word_report(path, gold, props, council=HEXCOMBE, title=TRANSPORT_TITLE, front=TRANSPORT_FRONT,
                sections=TRANSPORT_SECTIONS, tables=[SPEND_TABLE], front_table=True,
                bold_row=lambda k, row: k == 0 or row[0] == "Total")
    gold.add("meta", council=HEXCOMBE, date="2026-03-03")


# --- the climate action progress page --------------------------------------------------------

CLIMATE = "marlingford-climate-action-progress-2024-25"
MARLINGFORD = "Marlingford City Council"
CLIMATE_TITLE = "Climate action: our progress in 2024/25"
CLIMATE_INTRO = ("Marlingford City Council declared a climate emergency in July 2019. It aims for the council's own "
                 "operations to be net zero by 2030, and for the city as a whole by 2040.")
Block = tuple[str, list[str]]
CLIMATE_BLOCKS: list[tuple[str, list[str | Block]]] = [
    ("The council's own emissions", [
        "The council's own emissions were 9,850 tonnes of carbon dioxide equivalent (tCO2e) in 2024/25, 46% "
        "lower than in the baseline year of 2018/19.",
        ("TABLE", []),
        "Converting all 24,300 street lights to LED cut their electricity use by 68% and saves about £910,000 a "
        "year at an average price of 27p a kWh.",
        "57 of the council's 223 vehicles are now electric, and the refuse lorries will follow by March 2031.",
    ]),
    ("Paying for it", [
        "The climate programme had a budget of £14.6m in 2024/25.",
        "By the end of the year £11.9m had been spent and a further £2.2m committed; the remaining £0.5m has been "
        "carried forward to 2025/26.",
        "Of the budget, £6.8m was a grant administered by Salix Finance for heat pumps at eleven council "
        "buildings.",
    ]),
    ("Across the city", [
        "Emissions across the city were estimated at 1.21m tonnes in 2023, or 4.3 tonnes for each of "
        "Marlingford's 281,000 residents. The Department for Energy Security and Net Zero publishes these local "
        "estimates two years after the year they describe.",
        "Through the Warmer Marlingford scheme 1,380 homes were insulated at an average cost of £7,240 a home, and "
        "energy bills in those homes fell by an average of £410 a year, or £7.88 a week.",
        "Journeys recorded by the city's cycle counters rose by 11% to 3.9 million.",
        "The council planted 16,500 trees in the 2024-25 planting season, against a target of 20,000 a year.",
    ]),
    ("What comes next", [
        ("LIST", [
            "A heat network for the city centre, costing between £38m and £45m; its business case will go to "
            "Cabinet in October 2026.",
            "Solar panels on 30 more schools by 2027/28.",
            "A community climate fund offering grants of up to £12,500 to local groups, from a pot of £235,000 a "
            "year for three years.",
        ]),
    ]),
]
EMISSIONS_TABLE = [
    ("Source (tCO2e)", "2018/19", "2023/24", "2024/25"),
    ("Buildings", "8,940", "5,290", "4,710"),
    ("Street lighting", "3,150", "1,020", "960"),
    ("Vehicle fleet", "2,840", "2,610", "2,450"),
    ("Business travel", "3,330", "1,890", "1,730"),
    ("Total", "18,260", "10,810", "9,850"),
]
CLIMATE_CONTACT = ("Contact: Jasper Ellingham-Roe, Climate Programme Manager. Cabinet Member for Climate and "
                   "Transport: Councillor Delphine Varley-Lennox.")


def build_climate(path: str, gold: Gold) -> None:
    """A council website page (a content management system's article), written out as served."""
    e = html.escape
    lines = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(CLIMATE_TITLE)} | {e(MARLINGFORD)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">', "</head>", "<body>",
        '<header class="site-header"><a class="logo" href="/">' + e(MARLINGFORD) + "</a>",
        '<nav><a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> '
        '<a href="/climate">Climate</a></nav></header>',
        '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/climate">Climate change</a> &gt; Progress</nav>',
        '<main id="content">',
        f"<h1>{e(CLIMATE_TITLE)}</h1>",
        f'<p class="lead">{e(CLIMATE_INTRO)}</p>',
    ]
    for text in (MARLINGFORD, CLIMATE_TITLE, CLIMATE_INTRO):
        gold.line(text)
    gold.add("heading", text=CLIMATE_TITLE, number=None, level=1, parent=None)
    for heading, blocks in CLIMATE_BLOCKS:
        lines.append(f"<h2>{e(heading)}</h2>")
        gold.line(heading)
        gold.add("heading", text=heading, number=None, level=2, parent=CLIMATE_TITLE)
        for block in blocks:
            if isinstance(block, str):
                lines.append(f"<p>{e(block)}</p>")
                gold.line(block)
            elif block[0] == "TABLE":
                lines.append("<table>")
                lines.append("<caption>Council emissions by source</caption>")
                gold.line("Council emissions by source")
                head, *body = EMISSIONS_TABLE
                lines.append("<thead><tr>" + "".join(f'<th scope="col">{e(c)}</th>' for c in head) + "</tr></thead>")
                lines.append("<tbody>")
                for row in body:
                    lines.append(f'<tr><th scope="row">{e(row[0])}</th>' + "".join(f"<td>{e(c)}</td>" for c in row[1:])
                                 + "</tr>")
                lines.append("</tbody></table>")
                for row in EMISSIONS_TABLE:
                    gold.line(" ".join(row))
            else:
                lines.append("<ul>")
                for item in block[1]:
                    lines.append(f"<li>{e(item)}</li>")
                    gold.line(item)
                lines.append("</ul>")
    lines.append(f"<p>{e(CLIMATE_CONTACT)}</p>")
    gold.line(CLIMATE_CONTACT)
    lines.append('<p class="updated">Last updated: 14 November 2025</p>')
    gold.line("Last updated: 14 November 2025")
    lines += ["</main>", f'<footer><p>{e(MARLINGFORD)}, Civic Centre, Marlingford</p></footer>', "</body>", "</html>", ""]
    gold.line(f"{MARLINGFORD}, Civic Centre, Marlingford")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    gold.add("meta", council=MARLINGFORD, date="2025-11-14")


# --- gold ------------------------------------------------------------------------------------


def _rows(doc: str, table: list[tuple[str, ...]], periods: tuple[str, ...], make: Any, labels: dict[str, str],
          kinds: tuple[str, ...] = ("", "", ""), context_unit: str | None = None) -> list[dict[str, Any]]:
    """A table's rows: each cell labelled by its row (and column kind), dated by its column."""
    out = []
    for row in table[1:]:
        figs = [make(v, per, f"{labels[row[0]]}{kind}") for v, per, kind in zip(row[1:], periods, kinds, strict=True)]
        out.append(fig_item(doc, " ".join(row), *figs, context_unit=context_unit))
    return out


def _million(v: str, per: str, label: str) -> Any:
    return money(v, round(float(v) * 1_000_000), label, per)


def _tonnes(v: str, per: str, label: str) -> Any:
    return count(v, float(v.replace(",", "")), label, per)


T, M = TRANSPORT, CLIMATE
FIGURES: list[dict[str, Any]] = [
    fig_item(T, "Hexcombe is a county of 1.1m residents and 158,000 pupils.",
             count("1.1m", 1_100_000, "residents of the county"), count("158,000", 158_000, "pupils")),
    fig_item(T, "Spending on school transport is forecast at £61.4m in 2025/26, £8.9m more than the budget of £52.5m.",
             money("£61.4m", 61_400_000, "forecast spending on school transport", "2025/26"), fy("2025/26", 2025),
             money("£8.9m", 8_900_000, "school transport overspend", "2025/26"),
             money("£52.5m", 52_500_000, "school transport budget", "2025/26")),
    fig_item(T, "In the autumn term 14,320 children received transport: 10,640 on mainstream routes and 3,680 with SEND.",
             count("14,320", 14320, "children receiving transport"), count("10,640", 10640, "children on mainstream routes"),
             count("3,680", 3680, "children with SEND receiving transport")),
    fig_item(T, "The number with SEND has risen by 41% in three years.",
             pct("41%", 41, "rise in children with SEND receiving transport"), duration("three years", "P3Y")),
    fig_item(T, "A mainstream place costs on average £1,170 a year, or £6.16 a school day.",
             money("£1,170", 1170, "average cost of a mainstream place a year"),
             money("£6.16", 6.16, "average cost of a mainstream place a school day")),
    fig_item(T, "A SEND place averages £11,870 a year, and a place in a taxi with a passenger assistant and no other "
                "pupils can cost more than £43,000.",
             money("£11,870", 11870, "average cost of a SEND place a year"),
             money("£43,000", 43000, "cost of a place in a taxi with a passenger assistant and no other pupils")),
    fig_item(T, "Spending by type of transport over three years:", duration("three years", "P3Y")),
    *_rows(T, SPEND_TABLE, ("2023/24", "2024/25", "2025/26"), _million,
           {"Mainstream": "mainstream transport spending", "SEND": "SEND transport spending",
            "Post-16": "post-16 transport spending", "Total": "total school transport spending"},
           (" actual", " actual", " forecast"), context_unit="£m"),
    fig_item(T, "Contract prices rose by 14% when the taxi and minibus routes were re-tendered in September 2025, and 38 "
                "routes drew a single bid.",
             pct("14%", 14, "rise in contract prices"), date("September 2025", "2025-09"),
             count("38", 38, "routes drawing a single bid")),
    fig_item(T, "The largest operator, Fenwold Travel Ltd, holds 203 of the 617 contracted routes.",
             count("203", 203, "routes held by Fenwold Travel Ltd"), count("617", 617, "contracted routes")),
    fig_item(T, "Of the 3,680 children with SEND, 1,215 travel alone in a taxi, and 22% travel more than 20 miles to a "
                "special school outside the county.",
             count("3,680", 3680, "children with SEND"), count("1,215", 1215, "children with SEND travelling alone in a taxi"),
             pct("22%", 22, "children with SEND travelling to a special school outside the county"),
             count("20", 20, "miles to a special school outside the county")),
    fig_item(T, "Parents who drive their own child to school would be paid 45p a mile, up to £4,800 a year.",
             money("45p", 0.45, "payment to parents a mile"), money("£4,800", 4800, "limit on payment to parents a year")),
    fig_item(T, "The Council expects 310 families to take this up, saving £1.3m a year.",
             count("310", 310, "families expected to take up mileage payments"),
             money("£1.3m", 1_300_000, "saving from mileage payments a year")),
    fig_item(T, "Coaching for 135 young people a year to make their journeys on their own, at £2,450 each.",
             count("135", 135, "young people coached a year"), money("£2,450", 2450, "cost of coaching each young person")),
    fig_item(T, "Sixth-form students would pay £720 a year towards their transport, or £380 if their family is on a "
                "low income, from September 2026.",
             money("£720", 720, "sixth-form students' contribution to transport a year"),
             money("£380", 380, "contribution for families on a low income"), date("September 2026", "2026-09")),
    fig_item(T, "Together the proposals would save £3.6m in 2026/27 and £5.2m a year by 2028/29.",
             money("£3.6m", 3_600_000, "saving from the proposals", "2026/27"), fy("2026/27", 2026),
             money("£5.2m", 5_200_000, "saving from the proposals a year", "2028/29"), fy("2028/29", 2028)),
    fig_item(T, "The consultation ran for eight weeks and drew 2,064 responses.",
             duration("eight weeks", "P8W"), count("2,064", 2064, "consultation responses")),
    fig_item(T, "Of those who answered, 57% opposed the charge for sixth-form students, while 71% supported coaching "
                "young people to travel on their own.",
             pct("57%", 57, "respondents opposing the charge for sixth-form students"),
             pct("71%", 71, "respondents supporting coaching young people to travel on their own")),
    fig_item(T, "That Cabinet approves the School Travel Assistance Policy 2026/27 at Appendix A.", fy("2026/27", 2026)),
    fig_item(T, "That the school transport budget for 2026/27 be set at £60.2m, an increase of £7.7m.",
             fy("2026/27", 2026), money("£60.2m", 60_200_000, "school transport budget", "2026/27"),
             money("£7.7m", 7_700_000, "increase in the school transport budget", "2026/27")),
    fig_item(M, "Marlingford City Council declared a climate emergency in July 2019. It aims for the council's own "
                "operations to be net zero by 2030, and for the city as a whole by 2040.",
             date("July 2019", "2019-07"), year("2030", 2030), year("2040", 2040)),
    fig_item(M, "The council's own emissions were 9,850 tonnes of carbon dioxide equivalent (tCO2e) in 2024/25, 46% "
                "lower than in the baseline year of 2018/19.",
             count("9,850", 9850, "tonnes of the council's own emissions", "2024/25"), fy("2024/25", 2024),
             pct("46%", 46, "fall in the council's own emissions", "2024/25"), fy("2018/19", 2018)),
    *_rows(M, list(EMISSIONS_TABLE), ("2018/19", "2023/24", "2024/25"), _tonnes,
           {"Buildings": "emissions from buildings", "Street lighting": "emissions from street lighting",
            "Vehicle fleet": "emissions from the vehicle fleet", "Business travel": "emissions from business travel",
            "Total": "total council emissions"}),
    fig_item(M, "Converting all 24,300 street lights to LED cut their electricity use by 68% and saves about £910,000 a "
                "year at an average price of 27p a kWh.",
             count("24,300", 24300, "street lights converted to LED"), pct("68%", 68, "cut in street lights' electricity use"),
             money("£910,000", 910_000, "saving from LED street lights a year"),
             money("27p", 0.27, "average electricity price a kWh")),
    fig_item(M, "57 of the council's 223 vehicles are now electric, and the refuse lorries will follow by March 2031.",
             count("57", 57, "electric vehicles in the council's fleet"), count("223", 223, "council vehicles"),
             date("March 2031", "2031-03")),
    fig_item(M, "The climate programme had a budget of £14.6m in 2024/25.",
             money("£14.6m", 14_600_000, "climate programme budget", "2024/25"), fy("2024/25", 2024)),
    fig_item(M, "By the end of the year £11.9m had been spent and a further £2.2m committed; the remaining £0.5m has been "
                "carried forward to 2025/26.",
             money("£11.9m", 11_900_000, "climate programme spent", "2024/25"),
             money("£2.2m", 2_200_000, "climate programme committed", "2024/25"),
             money("£0.5m", 500_000, "climate programme carried forward", "2025/26"), fy("2025/26", 2025)),
    fig_item(M, "Of the budget, £6.8m was a grant administered by Salix Finance for heat pumps at eleven council "
                "buildings.",
             money("£6.8m", 6_800_000, "grant administered by Salix Finance for heat pumps", "2024/25"),
             count("eleven", 11, "council buildings with heat pumps")),
    fig_item(M, "Emissions across the city were estimated at 1.21m tonnes in 2023, or 4.3 tonnes for each of "
                "Marlingford's 281,000 residents.",
             count("1.21m", 1_210_000, "tonnes of emissions across the city", "2023"), year("2023", 2023),
             count("4.3", 4.3, "tonnes of emissions for each resident", "2023"),
             count("281,000", 281_000, "Marlingford's residents", "2023")),
    fig_item(M, "The Department for Energy Security and Net Zero publishes these local estimates two years after the "
                "year they describe.",
             duration("two years", "P2Y")),
    fig_item(M, "Through the Warmer Marlingford scheme 1,380 homes were insulated at an average cost of £7,240 a home, "
                "and energy bills in those homes fell by an average of £410 a year, or £7.88 a week.",
             count("1,380", 1380, "homes insulated through the Warmer Marlingford scheme"),
             money("£7,240", 7240, "average cost of insulation a home"),
             money("£410", 410, "average fall in energy bills a year"),
             money("£7.88", 7.88, "average fall in energy bills a week")),
    fig_item(M, "Journeys recorded by the city's cycle counters rose by 11% to 3.9 million.",
             pct("11%", 11, "rise in journeys recorded by cycle counters"),
             count("3.9 million", 3_900_000, "journeys recorded by cycle counters")),
    fig_item(M, "The council planted 16,500 trees in the 2024-25 planting season, against a target of 20,000 a year.",
             count("16,500", 16500, "trees planted", "2024/25"), fy("2024-25", 2024),
             count("20,000", 20000, "target for trees planted a year")),
    fig_item(M, "A heat network for the city centre, costing between £38m and £45m; its business case will go to "
                "Cabinet in October 2026.",
             money("£38m", 38_000_000, "cost of a heat network for the city centre"),
             money("£45m", 45_000_000, "cost of a heat network for the city centre"), date("October 2026", "2026-10")),
    fig_item(M, "Solar panels on 30 more schools by 2027/28.",
             count("30", 30, "more schools with solar panels", "2027/28"), fy("2027/28", 2027)),
    fig_item(M, "A community climate fund offering grants of up to £12,500 to local groups, from a pot of £235,000 a "
                "year for three years.",
             money("£12,500", 12_500, "community climate fund grants to local groups"),
             money("£235,000", 235_000, "community climate fund pot a year"), duration("three years", "P3Y")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(T, "ORG", HEXCOMBE),
    ent(T, "COMMITTEE", "Cabinet"),
    ent(T, "ORG", "Fenwold Travel Ltd"),
    ent(T, "PROGRAMME", "School Travel Assistance Policy"),
    ent(T, "ACRONYM", "special educational needs or a disability", aliases=("SEND",)),
    ent(T, "ROLE", "Director of Education and Inclusion"),
    ent(T, "ROLE", "Head of Travel Assistance"),
    ent(T, "ROLE", "Cabinet Member for Children, Families and Schools"),
    ent(T, "PERSON", "Lowenna Tregarthen", affiliation=HEXCOMBE, role="Head of Travel Assistance"),
    ent(T, "PERSON", "Samuel Adebanjo-Whitby", affiliation=HEXCOMBE, role="Director of Education and Inclusion"),
    ent(T, "PERSON", "Beatrix Hollingdrake", affiliation=HEXCOMBE,
        role="Cabinet Member for Children, Families and Schools"),
    ent(T, "GPE", "Hexcombe"),
    ent(M, "ORG", MARLINGFORD),
    ent(M, "ORG", "Salix Finance"),
    ent(M, "ORG", "Department for Energy Security and Net Zero"),
    ent(M, "PROGRAMME", "Warmer Marlingford scheme", aliases=("Warmer Marlingford",)),
    ent(M, "ACRONYM", "tonnes of carbon dioxide equivalent", aliases=("tCO2e",)),
    ent(M, "ACRONYM", "LED"),
    ent(M, "COMMITTEE", "Cabinet"),
    ent(M, "ROLE", "Climate Programme Manager"),
    ent(M, "ROLE", "Cabinet Member for Climate and Transport"),
    ent(M, "PERSON", "Jasper Ellingham-Roe", affiliation=MARLINGFORD, role="Climate Programme Manager"),
    ent(M, "PERSON", "Delphine Varley-Lennox", affiliation=MARLINGFORD, role="Cabinet Member for Climate and Transport"),
    ent(M, "GPE", "Marlingford"),
]
