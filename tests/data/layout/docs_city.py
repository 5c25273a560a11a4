"""An invented city council's papers: a Cabinet report whose paragraphs are numbered straight
through under unnumbered headings, with a key-facts block and a statistical appendix, and a
budget annex of service budgets, savings and fees and charges. Every name, place and figure
is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from reportkit import front_sheet, furniture, report_pages, running_sections, title_lines
from wordpdf import A4_LANDSCAPE, BOLD, REGULAR, Painter, Style

COUNCIL = "Calderbridge City Council"
BODY = Style(font=REGULAR, size=11)
HEAD = Style(font=BOLD, size=12)
SMALL = Style(font=REGULAR, size=8)
TAB = Style(font=REGULAR, size=9.5)

WASTE = "calderbridge-waste-strategy-cabinet-2025-12-09"
ANNEX = "calderbridge-budget-annex-2026-27"


def simple_table(f: Flow, title: str, header: list[str], rows: list[list[str]], xs: list[float], st: Style,
                 label_width: float) -> None:
    """A table of mixed units (rates, counts, prices): label column at ``xs[0]``, figures
    right-aligned at ``xs[1:]``. Records its lines as gold (no cells: they are not all money)."""
    p, lead = f.p, round(st.size * 1.35, 2)
    f.need(lead * (len(rows) + 4))
    p.line(xs[0], f.y, title, st.bold())
    f.gold.line(title)
    f.y -= lead * 1.4
    for x1, h in zip(xs[1:], header[1:], strict=True):
        p.right(x1, f.y, h, st.bold())
    p.line(xs[0], f.y, header[0], st.bold())
    f.gold.line(" ".join(header))
    f.y -= lead
    for row in rows:
        label = p.wrap(row[0], st, label_width)
        for k, ln in enumerate(label):
            p.line(xs[0], f.y - k * lead, ln, st)
        for x1, v in zip(xs[1:], row[1:], strict=True):
            p.right(x1, f.y, v, st)
        p.rule(xs[0], f.y - lead * len(label) + lead * 0.7, xs[-1], f.y - lead * len(label) + lead * 0.7, 0.25)
        f.gold.line(" ".join([label[0], *row[1:]]))
        for ln in label[1:]:
            f.gold.line(ln)
        f.y -= lead * len(label)
    f.y -= lead


# --- the waste strategy report ---------------------------------------------------------------

KEY_FACTS = [
    ("Report to:", "Cabinet"),
    ("Date of meeting:", "9 December 2025"),
    ("Report of:", "Director of Place"),
    ("Cabinet Member:", "Councillor Matilda Greaves, Cabinet Member for Environment and Climate"),
    ("Wards affected:", "All"),
    ("Key decision:", "Yes"),
]
WASTE_SECTIONS: list[tuple[str, list[str]]] = [
    ("Purpose of the report", [
        "This report asks Cabinet to adopt the Resources and Waste Strategy 2026 to 2031 and to approve the "
        "purchase of 26 new collection vehicles for the weekly food waste service that the Council must "
        "provide from 31 March 2026.",
    ]),
    ("Recommendations", [
        "Cabinet is recommended to adopt the Resources and Waste Strategy at Appendix B; to approve capital "
        "spending of £6.8m on vehicles and food waste caddies; and to delegate the award of the vehicle "
        "contract to the Director of Place, in consultation with the Cabinet Member for Environment and "
        "Climate.",
    ]),
    ("Background", [
        "The Council collects waste from 118,500 households. In 2024/25 it recycled or composted 38.4% of "
        "household waste, below the England average of 43.0% and well short of the Strategy's target of 55% "
        "by 2030.",
        "Under the Government's Simpler Recycling reforms every English council must collect food waste weekly "
        "from 31 March 2026. The Council has received a New Burdens capital grant of £2.95m from the Department "
        "for Environment, Food and Rural Affairs (Defra) towards the cost of the new service.",
        "From 2025/26 the Council also receives payments under the Extended Producer Responsibility (EPR) "
        "scheme, which makes the producers of packaging pay for collecting it. The first year's payment is "
        "£3.42m.",
    ]),
    ("Financial implications", [
        "The capital cost of £6.8m comprises £5.9m for 26 vehicles and £0.9m for 121,000 kitchen caddies and "
        "outdoor bins. After the New Burdens grant, £3.85m will be met from prudential borrowing, costing "
        "£0.52m a year in capital financing charges over eight years.",
        "Running the food waste service will cost £1.74m a year from 2026/27, of which £1.10m is expected to "
        "be met by New Burdens revenue funding. The remaining £0.64m is included in the Medium Term Financial "
        "Strategy (MTFS).",
    ]),
    ("Legal implications", [
        "The collection contract with Veltra Environmental Services Ltd runs until 31 March 2027. The vehicles "
        "will be bought through the Northern Fleet Procurement Framework, which meets the Procurement Act "
        "rules on competition.",
    ]),
    ("Equality implications", [
        "An assisted collection will continue for the 2,870 households whose residents cannot move their own "
        "bins, and food caddies will be collected from the same place as their other bins.",
    ]),
    ("Background papers and contact", [
        "Report author: Jasper Whitlow, Waste Strategy Manager. Director: Soren Ekwueme, Director of Place.",
    ]),
]
PERFORMANCE_HEADER = ["Measure", "2022/23", "2023/24", "2024/25"]
PERFORMANCE = [
    ["Households served", "116,200", "117,400", "118,500"],
    ["Recycling and composting rate (%)", "36.1", "37.2", "38.4"],
    ["Residual waste per household (kg)", "498", "486", "471"],
    ["Net cost of waste collection (£000)", "11,240", "11,870", "12,615"],
    ["Fly-tipping incidents", "3,904", "3,611", "3,288"],
]


def build_waste(path: str, gold: Gold) -> None:
    title = "Resources and Waste Strategy 2026 to 2031"
    f = report_pages(path, gold, title, 9, furniture(COUNCIL, header_right="Cabinet, 9 December 2025"))
    p = f.p
    title_lines(f, [(COUNCIL, HEAD.sized(16)), (title, HEAD.sized(14))])
    front_sheet(f, KEY_FACTS, value_x=200, key=BODY.bold(), val=BODY)
    running_sections(f, WASTE_SECTIONS, head=HEAD, body=BODY)
    f.page()
    p.line(f.left, f.y, "Appendix A: Household waste performance", HEAD)
    gold.line("Appendix A: Household waste performance")
    f.y -= 28
    simple_table(f, "Table A1: Household waste, 2022/23 to 2024/25", PERFORMANCE_HEADER, PERFORMANCE,
                 [72, 380, 450, 520], TAB, 290)
    f.para("Source: WasteDataFlow returns. The recycling rate counts household waste sent for reuse, recycling "
           "or composting.", BODY)
    p.save()
    gold.add("meta", council=COUNCIL, date="2025-12-09")


# --- the budget annex ------------------------------------------------------------------------

SERVICE_COLS = [
    Col(50, 330, align="l"),
    Col(340, 440, ("2025/26", "Budget"), period="2025/26"),
    Col(450, 540, ("Pressures",), period="2026/27"),
    Col(550, 640, ("Savings",), period="2026/27"),
    Col(650, 760, ("2026/27", "Budget"), period="2026/27"),
]
SERVICES = [
    Row("Adult Social Care", ("96,420", "8,310", "(2,150)", "102,580")),
    Row("Children's Services", ("71,880", "5,240", "(1,600)", "75,520")),
    Row("Waste and Street Cleansing", ("18,960", "1,120", "(410)", "19,670")),
    Row("Libraries and Culture", ("6,840", "190", "(520)", "6,510")),
    Row("Planning and Regulatory Services", ("4,720", "260", "(180)", "4,800")),
    Row("Housing and Homelessness", ("5,310", "1,450", "(300)", "6,460")),
    Row("Corporate and Democratic Core", ("12,940", "380", "(640)", "12,680")),
    Row("Net service budget", ("217,070", "16,950", "(5,800)", "228,220"), bold=True),
]
SAVINGS_COLS = [
    Col(50, 560, align="l"),
    Col(580, 660, ("2026/27",), period="2026/27"),
    Col(680, 760, ("2027/28",), period="2027/28"),
]
SAVINGS = [
    Row("ASC-07 Expand reablement so that fewer people need long-term home care", ("1,250", "1,900")),
    Row("ASC-09 Review high-cost placements for adults with learning disabilities", ("900", "1,400")),
    Row("WST-02 Raise the garden waste subscription", ("240", "240")),
    Row("WST-05 Re-plan collection rounds after the food waste service starts", ("170", "310")),
    Row("LIB-03 Reduce opening hours at the nine branch libraries", ("186", "186")),
    Row("LIB-04 Move the Central Library into the Civic Quarter", ("334", "520")),
]
FEES_HEADER = ["Charge", "2025/26", "2026/27", "Change"]
FEES = [
    ["Garden waste subscription (per bin per year)", "£52.00", "£58.00", "11.5%"],
    ["Bulky waste collection (up to three items)", "£35.00", "£38.00", "8.6%"],
    ["Replacement wheeled bin", "£28.50", "£30.00", "5.3%"],
    ["Householder pre-application planning advice", "£120.00", "£132.00", "10.0%"],
]
ANNEX_CLOSING = [
    "The council tax requirement for 2026/27 is £118.62m. A Band D council tax for the City Council's "
    "services will be £2,041.37, an increase of 4.99%.",
    "The General Fund balance is forecast at £14.5m on 31 March 2026, 6.4% of the net service budget, "
    "within the range of 5% to 8% set by the Section 151 Officer.",
]


def build_annex(path: str, gold: Gold) -> None:
    p = Painter(Path(path), "Annex 2: Revenue Budget 2026/27 by Service", seed=24)

    def furniture(pp: Painter) -> None:
        pp.line(50, 560, f"{COUNCIL} – Budget Council, 24 February 2026", SMALL)
        pp.right(790, 560, "Annex 2", SMALL)
        pp.centre(421, 28, f"Annex 2 – page {pp.page_no}", SMALL)

    f = Flow(p, gold, left=50, right=790, top=525, bottom=50, furniture=furniture)
    f.page(A4_LANDSCAPE)
    p.line(50, f.y, "Annex 2: Revenue Budget 2026/27 by Service", HEAD.sized(14))
    gold.line("Annex 2: Revenue Budget 2026/27 by Service")
    f.y -= 28
    f.para("This annex sets out the net revenue budget of each service for 2026/27, the main savings proposals "
           "and the changes to fees and charges. Figures are in £000 unless stated otherwise.", BODY, after=14)
    f.table("Table 1: Net revenue budget by service", SERVICE_COLS, SERVICES, TAB, scale=1e3, corner=("£000",))
    f.table("Table 2: Main savings proposals", SAVINGS_COLS, SAVINGS, TAB, scale=1e3, corner=("Ref and proposal (£000)",))
    f.page()
    simple_table(f, "Table 3: Fees and charges", FEES_HEADER, FEES, [50, 470, 570, 670], TAB, 380)
    for text in ANNEX_CLOSING:
        f.para(text, BODY)
    p.save()
    gold.add("meta", council=COUNCIL, date="2026-02-24")


# --- gold ------------------------------------------------------------------------------------

W, B = WASTE, ANNEX
FIGURES: list[dict[str, Any]] = [
    fig_item(W, "This report asks Cabinet to adopt the Resources and Waste Strategy 2026 to 2031 and to approve the "
                "purchase of 26 new collection vehicles for the weekly food waste service that the Council must "
                "provide from 31 March 2026.",
             year("2026", 2026), year("2031", 2031), count("26", 26, "new collection vehicles"),
             date("31 March 2026", "2026-03-31")),
    fig_item(W, "to approve capital spending of £6.8m on vehicles and food waste caddies",
             money("£6.8m", 6_800_000, "capital spending on vehicles and food waste caddies")),
    fig_item(W, "The Council collects waste from 118,500 households.",
             count("118,500", 118_500, "households")),
    fig_item(W, "In 2024/25 it recycled or composted 38.4% of household waste, below the England average of 43.0% "
                "and well short of the Strategy's target of 55% by 2030.",
             fy("2024/25", 2024), pct("38.4%", 38.4, "household waste recycled or composted", "2024/25"),
             pct("43.0%", 43.0, "England average", "2024/25"), pct("55%", 55, "target"), year("2030", 2030)),
    fig_item(W, "The Council has received a New Burdens capital grant of £2.95m from the Department for "
                "Environment, Food and Rural Affairs (Defra) towards the cost of the new service.",
             money("£2.95m", 2_950_000, "New Burdens capital grant")),
    fig_item(W, "The first year's payment is £3.42m.",
             money("£3.42m", 3_420_000, "Extended Producer Responsibility payment", "2025/26")),
    fig_item(W, "The capital cost of £6.8m comprises £5.9m for 26 vehicles and £0.9m for 121,000 kitchen caddies "
                "and outdoor bins.",
             money("£6.8m", 6_800_000, "capital cost"), money("£5.9m", 5_900_000, "vehicles"),
             count("26", 26, "vehicles"), money("£0.9m", 900_000, "kitchen caddies and outdoor bins"),
             count("121,000", 121_000, "kitchen caddies and outdoor bins")),
    fig_item(W, "After the New Burdens grant, £3.85m will be met from prudential borrowing, costing £0.52m a year in "
                "capital financing charges over eight years.",
             money("£3.85m", 3_850_000, "prudential borrowing"),
             money("£0.52m", 520_000, "capital financing charges a year"), duration("eight years", "P8Y")),
    fig_item(W, "Running the food waste service will cost £1.74m a year from 2026/27, of which £1.10m is expected to "
                "be met by New Burdens revenue funding.",
             money("£1.74m", 1_740_000, "cost of running the food waste service a year", "2026/27"), fy("2026/27", 2026),
             money("£1.10m", 1_100_000, "New Burdens revenue funding", "2026/27")),
    fig_item(W, "An assisted collection will continue for the 2,870 households whose residents cannot move their "
                "own bins",
             count("2,870", 2870, "households with an assisted collection")),
    fig_item(W, "Recycling and composting rate (%) 36.1 37.2 38.4",
             pct("36.1", 36.1, "recycling and composting rate", "2022/23"),
             pct("37.2", 37.2, "recycling and composting rate", "2023/24"),
             pct("38.4", 38.4, "recycling and composting rate", "2024/25")),
    fig_item(W, "Net cost of waste collection (£000) 11,240 11,870 12,615",
             money("11,240", 11_240_000, "net cost of waste collection", "2022/23"),
             money("11,870", 11_870_000, "net cost of waste collection", "2023/24"),
             money("12,615", 12_615_000, "net cost of waste collection", "2024/25")),
    fig_item(W, "Fly-tipping incidents 3,904 3,611 3,288",
             count("3,904", 3904, "fly-tipping incidents", "2022/23"),
             count("3,611", 3611, "fly-tipping incidents", "2023/24"),
             count("3,288", 3288, "fly-tipping incidents", "2024/25")),
    fig_item(B, "Adult Social Care 96,420 8,310 (2,150) 102,580",
             money("96,420", 96_420_000, "Adult Social Care budget", "2025/26"),
             money("8,310", 8_310_000, "Adult Social Care pressures", "2026/27"),
             money("(2,150)", -2_150_000, "Adult Social Care savings", "2026/27"),
             money("102,580", 102_580_000, "Adult Social Care budget", "2026/27"), context_unit="£000"),
    fig_item(B, "Libraries and Culture 6,840 190 (520) 6,510",
             money("6,840", 6_840_000, "Libraries and Culture budget", "2025/26"),
             money("190", 190_000, "Libraries and Culture pressures", "2026/27"),
             money("(520)", -520_000, "Libraries and Culture savings", "2026/27"),
             money("6,510", 6_510_000, "Libraries and Culture budget", "2026/27"), context_unit="£000"),
    fig_item(B, "Net service budget 217,070 16,950 (5,800) 228,220",
             money("217,070", 217_070_000, "net service budget", "2025/26"),
             money("16,950", 16_950_000, "net service budget pressures", "2026/27"),
             money("(5,800)", -5_800_000, "net service budget savings", "2026/27"),
             money("228,220", 228_220_000, "net service budget", "2026/27"), context_unit="£000"),
    fig_item(B, "ASC-07 Expand reablement so that fewer people need long-term home care 1,250 1,900",
             money("1,250", 1_250_000, "reablement saving", "2026/27"),
             money("1,900", 1_900_000, "reablement saving", "2027/28"), context_unit="£000"),
    fig_item(B, "Garden waste subscription (per bin per year) £52.00 £58.00 11.5%",
             money("£52.00", 52, "garden waste subscription", "2025/26"),
             money("£58.00", 58, "garden waste subscription", "2026/27"),
             pct("11.5%", 11.5, "change in garden waste subscription", "2026/27")),
    fig_item(B, "The council tax requirement for 2026/27 is £118.62m.",
             fy("2026/27", 2026), money("£118.62m", 118_620_000, "council tax requirement", "2026/27")),
    fig_item(B, "A Band D council tax for the City Council's services will be £2,041.37, an increase of 4.99%.",
             money("£2,041.37", 2041.37, "Band D council tax", "2026/27"),
             pct("4.99%", 4.99, "increase in Band D council tax", "2026/27")),
    fig_item(B, "The General Fund balance is forecast at £14.5m on 31 March 2026, 6.4% of the net service budget, "
                "within the range of 5% to 8% set by the Section 151 Officer.",
             money("£14.5m", 14_500_000, "General Fund balance"), date("31 March 2026", "2026-03-31"),
             pct("6.4%", 6.4, "General Fund balance as a share of the net service budget"),
             pct("5%", 5, "range for the General Fund balance"), pct("8%", 8, "range for the General Fund balance")),
]

CCC = COUNCIL
ENTITIES: list[dict[str, Any]] = [
    ent(W, "ORG", CCC),
    ent(W, "COMMITTEE", "Cabinet"),
    ent(W, "PERSON", "Matilda Greaves", affiliation=CCC, role="Cabinet Member for Environment and Climate"),
    ent(W, "PERSON", "Jasper Whitlow", affiliation=CCC, role="Waste Strategy Manager"),
    ent(W, "PERSON", "Soren Ekwueme", affiliation=CCC, role="Director of Place"),
    ent(W, "ROLE", "Director of Place"),
    ent(W, "ROLE", "Cabinet Member for Environment and Climate"),
    ent(W, "PROGRAMME", "Resources and Waste Strategy"),
    ent(W, "PROGRAMME", "Simpler Recycling"),
    ent(W, "PROGRAMME", "New Burdens"),
    ent(W, "PROGRAMME", "Northern Fleet Procurement Framework"),
    ent(W, "ACRONYM", "EPR", aliases=("Extended Producer Responsibility",)),
    ent(W, "PROGRAMME", "Medium Term Financial Strategy", aliases=("MTFS",)),
    ent(W, "ORG", "Veltra Environmental Services Ltd"),
    ent(W, "ORG", "Department for Environment, Food and Rural Affairs", aliases=("Defra",)),
    ent(W, "GPE", "England"),
    ent(B, "ORG", CCC),
    ent(B, "ORG", "Central Library"),
    ent(B, "ROLE", "Section 151 Officer"),
    ent(B, "PROGRAMME", "General Fund"),
]
