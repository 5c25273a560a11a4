"""The two PDFs of the eighth held-out corpus: an invented borough council's medium term financial
strategy to Cabinet (a front sheet, numbered sections whose recommendations are numbered (i) to
(iv), a four-year £000 forecast whose unit is only in a header cell spanning the four year columns,
row labels with raised footnote markers and the notes under the table, a table of savings by
directorate with a year a column and a total column, reserves in £m), and an invented district
council's year-end corporate performance report set on a landscape page (a table of eleven
measures over nine columns: last year, the target, four quarters each headed by its number over
its months, under a header spanning them, the year and a RAG status; commentary with best and
worst quarters, a range, comparisons). Every name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from reportkit import BODY, SMALL, furniture, numbered_report_sections, report_opening
from wordpdf import A4_LANDSCAPE, BOLD, REGULAR, Painter, Style, plain

HEAD = Style(font=BOLD, size=11)
TAB = Style(font=REGULAR, size=9)

# --- the medium term financial strategy ----------------------------------------------------------

MTFS = "hollinsford-medium-term-financial-strategy-cabinet-2026-02-03"
HOLLINSFORD = "Hollinsford Borough Council"
MTFS_TITLE = "Medium Term Financial Strategy 2026/27 to 2029/30"
MTFS_FRONT = [
    ("Report to:", "Cabinet"),
    ("Date:", "3 February 2026"),
    ("Report of:", "Chief Finance Officer"),
    ("Lead Member:", "Councillor Bartholomew Quennell, Cabinet Member for Finance and Resources"),
    ("Key decision:", "Yes"),
]
YEARS = ("2026/27", "2027/28", "2028/29", "2029/30")
GAP_ROWS = [
    Row("Net budget brought forward", ("23,410", "24,860", "26,390", "27,720")),
    Row("Pay awards^{1}", ("780", "640", "660", "680")),
    Row("Contract and price inflation", ("510", "430", "445", "460")),
    Row("Demand pressures^{2}", ("1,120", "760", "540", "560")),
    Row("Savings agreed in earlier years", ("(960)", "(300)", "(315)", "(140)")),
    Row("Net budget requirement", ("24,860", "26,390", "27,720", "29,280"), bold=True),
    Row("Council tax", ("13,940", "14,470", "15,020", "15,590")),
    Row("Retained business rates^{3}", ("6,980", "7,120", "7,260", "7,400")),
    Row("Other government grants", ("2,710", "1,680", "1,690", "1,700")),
    Row("Total funding", ("23,630", "23,270", "23,970", "24,690"), bold=True),
    Row("Budget gap before new savings", ("1,230", "3,120", "3,750", "4,590"), bold=True),
]
GAP_NOTES = [
    "1 Assumes a pay award of 3% in 2026/27 and 2.5% a year from 2027/28.",
    "2 Mainly temporary accommodation, and waste collection from about 1,450 new homes a year.",
    "3 After the tariff and levy paid to the Government.",
]
SAVINGS_ROWS = [
    Row("Place and Environment", ("420", "510", "380", "290", "1,600")),
    Row("Housing and Communities", ("260", "330", "240", "170", "1,000")),
    Row("Corporate Resources", ("310", "280", "220", "190", "1,000")),
    Row("Chief Executive's Office", ("90", "110", "80", "60", "340")),
    Row("Council-wide: digital and property", ("150", "230", "170", "110", "660")),
    Row("Total new savings", ("1,230", "1,460", "1,090", "820", "4,600"), bold=True),
]
MTFS_SECTIONS: list[tuple[str, str, list[tuple[str, str] | str]]] = [
    ("1", "Purpose of the report", [
        ("1.1", "This report sets out the Medium Term Financial Strategy (MTFS) for the four years from 2026/27 to "
                "2029/30. It forecasts the gap between what the Council expects to spend and the money it expects "
                "to receive, and says how that gap will be closed."),
        ("1.2", "Cabinet is asked to recommend the strategy to full Council on 25 February 2026."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That Cabinet:"),
        ("(i)", "recommends to Council a net revenue budget of £24.86m for 2026/27;"),
        ("(ii)", "notes that the budget gap before new savings is forecast at £3.12m in 2027/28 and £4.59m in "
                 "2029/30;"),
        ("(iii)", "approves new savings of £4.6m over the four years, set out by directorate in Table 2;"),
        ("(iv)", "sets the minimum General Fund balance at 5% of the net budget requirement."),
    ]),
    ("3", "The budget gap", [
        ("3.1", "Table 1 shows the forecast year by year. It assumes that council tax rises by 2.99% each year and "
                "that the tax base grows by 0.9% a year."),
        "GAP",
        ("3.2", "The gap before new savings is £3.12m in 2027/28, £3.75m in 2028/29 and £4.59m in 2029/30."),
        ("3.3", "Other government grants fall by £1.03m in 2027/28, when the Government's reform of local authority "
                "funding takes effect. The Council's own modelling put the loss at between £0.8m and £1.4m."),
        ("3.4", "Each 1% of pay award above the assumption would add about £165,000 a year to the gap."),
    ]),
    ("4", "Closing the gap", [
        ("4.1", "Table 2 sets out the new savings proposed by each directorate. They build up to £4.6m, of which "
                "£1.23m is taken in 2026/27."),
        "SAVINGS",
        ("4.2", "The largest single saving, £380,000 a year, comes from charging for garden waste collection at £52 "
                "a bin; in a pilot area 61% of households said they would subscribe."),
        ("4.3", "After the savings, £430,000 of the 2027/28 gap is still to be closed. It will be met from the "
                "Budget Strategy Reserve while further proposals are worked up."),
        ("4.4", "In 2028/29 and 2029/30 the savings exceed the gap, by £30,000 and £10,000 respectively."),
    ]),
    ("5", "Reserves", [
        ("5.1", "Usable reserves stood at £18.7m on 31 March 2025: a General Fund balance of £2.9m, earmarked "
                "reserves of £11.3m and capital receipts of £4.5m."),
        ("5.2", "Earmarked reserves are forecast to fall to £6.8m by 31 March 2030, a drop of 40%."),
        ("5.3", "At 5% of the net budget requirement the minimum General Fund balance is £1.24m in 2026/27; the "
                "present balance is well above it."),
        ("5.4", "The Budget Strategy Reserve holds £3.6m. Besides the £430,000 for 2027/28 it will meet the "
                "one-off costs of the savings, estimated at £0.85m, mostly redundancy pay and new software."),
    ]),
    ("6", "Consultation", [
        ("6.1", "The budget consultation ran from 3 November 2025 to 14 December 2025 and drew 1,284 responses; "
                "58% of those who answered supported a council tax rise of up to 3%."),
        ("6.2", "The Overview and Scrutiny Committee considered the draft strategy on 20 January 2026 and asked "
                "for the garden waste charge to be reviewed after a year."),
        ("6.3", "Report author: Felicity Ashdown-Okafor, Chief Finance Officer (Section 151 Officer)."),
    ]),
]


def span_table(f: Flow, title: str, span: str, corner: str, cols: list[Col], rows: list[Row], st: Style, *,
               scale: float, notes: tuple[str, ...] | list[str] = ()) -> None:
    """A table whose year columns sit under one header cell spanning them (``span``, centred
    over the columns, a rule under it); row labels may hold raised note markers (``^{1}``),
    and ``notes`` are printed small under the table. Records each row and each figure (its
    value times ``scale``, in pounds) as gold."""
    p = f.p
    lead = round(st.size * 1.35, 2)
    head = st.bold()
    f.need(lead * (len(rows) + 6))
    p.line(cols[0].x0, f.y, title, head)
    f.gold.line(title)
    f.y -= lead * 1.5
    top = f.y + st.size
    x0, x1 = cols[1].x0, cols[-1].x1
    p.centre((x0 + x1) / 2, f.y, span, head)
    f.gold.line(span)
    p.rule(x0, f.y - 3, x1, f.y - 3, 0.5)
    f.y -= lead
    if corner:
        p.line(cols[0].x0, f.y, corner, head)
    for c in cols[1:]:
        p.right(c.x1, f.y, c.name, head)
    f.gold.line(" ".join([corner, *(c.name for c in cols[1:])]).strip())
    f.y -= lead
    p.rule(cols[0].x0, f.y + lead * 0.7, x1, f.y + lead * 0.7)
    for row in rows:
        rst = head if row.bold else st
        p.line(cols[0].x0, f.y, row.label, rst)
        for c, v in zip(cols[1:], row.values, strict=True):
            p.right(c.x1, f.y, v, rst)
        f.gold.line(" ".join([row.label, *row.values]))
        for c, v in zip(cols[1:], row.values, strict=True):
            num = float(v.strip("()").replace(",", "")) * (-1 if v.startswith("(") else 1)
            f.gold.add("cell", table=title, row=plain(row.label), column=c.name, period=c.period, surface=v,
                       value=round(num * scale, 2), unit="GBP")
        f.y -= lead
    p.box(cols[0].x0 - 4, f.y + lead * 0.7, x1 - cols[0].x0 + 8, top - f.y - lead * 0.7 + 4)
    f.y -= 4
    for note in notes:
        p.line(cols[0].x0, f.y, note, SMALL)
        f.gold.line(note)
        f.y -= SMALL.size * 1.4
    f.y -= lead


GAP_COLS = [Col(72, 290, align="l"), *(Col(300 + 56 * k, 350 + 56 * k, (y,), period=y) for k, y in enumerate(YEARS))]
SAVINGS_COLS = [Col(72, 270, align="l"),
                *(Col(270 + 50 * k, 313 + 50 * k, (y,), period=y) for k, y in enumerate(YEARS)),
                Col(470, 523, ("Total",))]


def build_mtfs(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, HOLLINSFORD, MTFS_TITLE, 81,
                       furniture(f"{HOLLINSFORD} | Cabinet, 3 February 2026", "Page {n}"),
                       sizes=(13, 17), front=MTFS_FRONT, value_x=170, head=HEAD)
    numbered_report_sections(f, MTFS_SECTIONS, head=HEAD, tables={
        "GAP": lambda fl: span_table(fl, "Table 1: Budget forecast 2026/27 to 2029/30", "Forecast (£000)", "",
                                     GAP_COLS, GAP_ROWS, TAB, scale=1e3, notes=GAP_NOTES),
        "SAVINGS": lambda fl: span_table(fl, "Table 2: New savings by directorate", "£000", "Directorate",
                                         SAVINGS_COLS, SAVINGS_ROWS, TAB, scale=1e3),
    })
    f.p.save()
    gold.add("meta", council=HOLLINSFORD, date="2026-02-03")


# --- the year-end performance report (landscape) ----------------------------------------------

PERF = "tarrowby-performance-report-year-end-2025-26"
TARROWBY = "Tarrowby District Council"
PERF_TITLE = "Corporate Performance Report: Quarter 4 and Year End 2025/26"
PERF_INTRO = [
    "Report to the Overview and Scrutiny Committee, 9 June 2026. Portfolio Holder: Councillor Imogen "
    "Threlfall-Basu, Portfolio Holder for Corporate Performance.",
    "This report sets out how the Council performed against the 11 measures of its Corporate Plan in 2025/26. "
    "Each measure is rated green when it met its target for the year, amber when it missed by less than 5% and "
    "red when it missed by more.",
]
# (measure, 2024/25, target, Q1, Q2, Q3, Q4, 2025/26, RAG); the unit is in the measure's name
PERF_ROWS = [
    ["Household waste recycled and composted (%)", "41.8", "44.0", "46.2", "47.9", "40.3", "36.8", "42.9", "Amber"],
    ["Missed bin collections per 100,000", "62", "50", "48", "55", "71", "58", "58", "Red"],
    ["Fly-tipping incidents", "1,904", "1,800", "512", "468", "389", "421", "1,790", "Green"],
    ["Major planning applications decided in 13 weeks (%)", "84.6", "80.0", "90.0", "77.8", "85.7", "100.0",
     "88.2", "Green"],
    ["Minor planning applications decided in 8 weeks (%)", "71.2", "75.0", "68.4", "73.9", "79.1", "81.5", "75.6",
     "Green"],
    ["Average days to process a new benefit claim", "21.4", "20.5", "19.6", "22.8", "24.1", "18.3", "21.2", "Amber"],
    ["Council tax collected, cumulative (%)", "96.9", "97.2", "29.8", "57.3", "84.6", "97.0", "97.0", "Amber"],
    ["Households prevented from becoming homeless", "214", "240", "61", "58", "72", "66", "257", "Green"],
    ["Working days lost to sickness per employee", "9.6", "8.5", "2.1", "2.4", "2.9", "2.3", "9.7", "Red"],
    ["Complaints answered within 10 working days (%)", "88.0", "90.0", "91.3", "86.5", "84.2", "92.7", "88.9",
     "Amber"],
    ["Leisure centre visits", "612,400", "640,000", "171,300", "158,200", "149,100", "176,000", "654,600", "Green"],
]
QUARTERS = (("Q1", "Apr–Jun"), ("Q2", "Jul–Sep"), ("Q3", "Oct–Dec"), ("Q4", "Jan–Mar"))
PERF_X = [40, 350, 410, 462, 514, 566, 618, 670, 730, 800]  # left of the label, then each column's right edge
PERF_AFTER: list[tuple[str, list[str]]] = [
    ("Summary", [
        "Of the 11 measures, 5 met their target for the year, 4 were amber and 2 were red. Ten measures "
        "improved on 2024/25 and one, sickness absence, got worse.",
    ]),
    ("Waste and street scene", [
        "Recycling was best in July to September, at 47.9%, and worst in January to March, at 36.8%, when garden "
        "waste is not collected.",
        "Missed collections rose to 71 for every 100,000 in October to December, after new rounds began on 6 "
        "October 2025, and came down to 58 in the last quarter.",
        "Fly-tipping fell for the third year running, to 1,790 incidents, 6% fewer than in 2024/25; officers "
        "issued 37 fixed penalty notices and took 4 cases to court.",
    ]),
    ("Revenues, benefits and housing", [
        "The Government expects a district council to collect between 96% and 98% of its council tax within the "
        "year. Tarrowby collected 97.0%, just short of its own target.",
        "New benefit claims took 24.1 days on average to process in October to December, the slowest quarter, "
        "when two assessors left; the year ended at 21.2 days.",
        "Homelessness was prevented for 257 households, the most in any year since the prevention duty began in "
        "April 2018.",
    ]),
    ("Our workforce and customers", [
        "Sickness absence was 9.7 days per employee against a target of 8.5; the worst quarter, October to "
        "December, lost 2.9 days per employee, the most for three years.",
        "Leisure centres had 654,600 visits, 7% more than the year before, and 2,310 children a week were "
        "learning to swim in March 2026.",
        "Report author: Desmond Achterberg, Performance and Insight Manager. Chief Executive: Ngozi "
        "Hardcastle-Penn.",
    ]),
]


def build_perf(path: str, gold: Gold) -> None:
    p = Painter(Path(path), PERF_TITLE, seed=83)

    def furnish(pp: Painter) -> None:
        pp.line(40, 565, f"{TARROWBY} | Overview and Scrutiny Committee | 9 June 2026", SMALL)
        pp.right(800, 28, f"Page {pp.page_no}", SMALL)

    f = Flow(p, gold, left=40, right=800, top=535, bottom=45, furniture=furnish)
    f.page(A4_LANDSCAPE)
    for text, st in ((TARROWBY, HEAD.sized(12)), (PERF_TITLE, HEAD.sized(15))):
        p.line(40, f.y, text, st)
        gold.line(text)
        f.y -= st.size * 1.8
    for text in PERF_INTRO:
        f.para(text, BODY, after=6)
    # the measures table: a header spanning the quarters, each quarter over its months
    st, lead = TAB, 12.5
    head = st.bold()
    title = "Table 1: Corporate Plan measures 2025/26"
    p.line(40, f.y, title, head)
    gold.line(title)
    f.y -= lead * 1.5
    top = f.y + st.size
    xs = PERF_X
    p.centre((xs[3] + 8 + xs[7]) / 2, f.y, "2025/26 by quarter", head)
    gold.line("2025/26 by quarter")
    p.rule(xs[3] + 8, f.y - 3, xs[7], f.y - 3)
    f.y -= lead
    first = ["", "2024/25", "Target", *(q for q, _ in QUARTERS), "Year", ""]
    second = ["Measure", "outturn", "2025/26", *(m for _, m in QUARTERS), "2025/26", "Status"]
    for cells in (first, second):
        if cells[0]:
            p.line(xs[0], f.y, cells[0], head)
        for x1, h in zip(xs[2:], cells[1:], strict=True):
            if h:
                p.right(x1, f.y, h, head)
        gold.line(" ".join(c for c in cells if c))
        f.y -= lead
    p.rule(xs[0], f.y + lead * 0.7, xs[-1], f.y + lead * 0.7)
    for row in PERF_ROWS:
        label = p.wrap(row[0], st, xs[1] - xs[0])
        for k, ln in enumerate(label):
            p.line(xs[0], f.y - k * lead, ln, st)
        for x1, v in zip(xs[2:], row[1:], strict=True):
            p.right(x1, f.y, v, st)
        gold.line(" ".join([label[0], *row[1:]]))
        for ln in label[1:]:
            gold.line(ln)
        f.y -= lead * len(label)
        p.rule(xs[0], f.y + lead * 0.7, xs[-1], f.y + lead * 0.7, 0.25)
    p.box(xs[0] - 4, f.y + lead * 0.7, xs[-1] - xs[0] + 8, top - f.y - lead * 0.7 + 4)
    f.y -= lead
    f.page()
    for heading, paras in PERF_AFTER:
        f.heading("", heading, HEAD, num_x=f.left, x=f.left, level=1, parent=None, after=3)
        for text in paras:
            f.para(text, BODY, after=6)
    p.save()
    gold.add("meta", council=TARROWBY, date="2026-06-09")


# --- gold ------------------------------------------------------------------------------------

M, P = MTFS, PERF


def _cells(rows: list[Row], heads: tuple[str, ...], periods: tuple[str | None, ...], label: Any) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        name = plain(row.label)
        figs = []
        for v, h, per in zip(row.values, heads, periods, strict=True):
            num = float(v.strip("()").replace(",", "")) * 1e3 * (-1 if v.startswith("(") else 1)
            figs.append(money(v, num, label(name, h), per))
        out.append(fig_item(M, plain(" ".join([row.label, *row.values])), *figs, context_unit="£000"))
    return out


def _strip_marker(name: str) -> str:
    return name[:-1] if name[-1].isdigit() else name


def _perf_items() -> list[dict[str, Any]]:
    out = []
    heads = ("2024/25 outturn", "target 2025/26", "Q1 Apr–Jun", "Q2 Jul–Sep", "Q3 Oct–Dec", "Q4 Jan–Mar", "2025/26")
    periods = ("2024/25", "2025/26", "2025/26", "2025/26", "2025/26", "2025/26", "2025/26")
    for measure, *vals, _rag in PERF_ROWS:
        is_pct = measure.endswith("(%)")
        name = measure.replace(" (%)", "").replace(", cumulative", "").lower()
        make = pct if is_pct else count
        figs = []
        for surface, iso in (("100,000", None), ("13 weeks", "P13W"), ("8 weeks", "P8W"), ("10 working days", "P10D")):
            if surface in measure:
                figs.append(count(surface, 100_000, None) if iso is None else duration(surface, iso))
        for v, h, per in zip(vals, heads, periods, strict=True):
            lab = f"{name} {h}" if h != "2025/26" else name
            figs.append(make(v, float(v.replace(",", "")), lab, per))
        out.append(fig_item(P, " ".join([measure, *vals, _rag]), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(M, "This report sets out the Medium Term Financial Strategy (MTFS) for the four years from 2026/27 to "
                "2029/30.",
             duration("four years", "P4Y"), fy("2026/27", 2026), fy("2029/30", 2029)),
    fig_item(M, "Cabinet is asked to recommend the strategy to full Council on 25 February 2026.",
             date("25 February 2026", "2026-02-25")),
    fig_item(M, "recommends to Council a net revenue budget of £24.86m for 2026/27;",
             money("£24.86m", 24_860_000, "net revenue budget", "2026/27"), fy("2026/27", 2026)),
    fig_item(M, "notes that the budget gap before new savings is forecast at £3.12m in 2027/28 and £4.59m in 2029/30;",
             money("£3.12m", 3_120_000, "budget gap before new savings", "2027/28"), fy("2027/28", 2027),
             money("£4.59m", 4_590_000, "budget gap before new savings", "2029/30"), fy("2029/30", 2029)),
    fig_item(M, "approves new savings of £4.6m over the four years, set out by directorate in Table 2;",
             money("£4.6m", 4_600_000, "new savings over the four years"), duration("four years", "P4Y")),
    fig_item(M, "sets the minimum General Fund balance at 5% of the net budget requirement.",
             pct("5%", 5, "minimum General Fund balance as a share of the net budget requirement")),
    fig_item(M, "It assumes that council tax rises by 2.99% each year and that the tax base grows by 0.9% a year.",
             pct("2.99%", 2.99, "council tax rise each year"), pct("0.9%", 0.9, "tax base growth a year")),
    *_cells(GAP_ROWS, YEARS, YEARS, lambda name, _h: _strip_marker(name).lower()),
    fig_item(M, "Assumes a pay award of 3% in 2026/27 and 2.5% a year from 2027/28.",
             pct("3%", 3, "pay award assumed", "2026/27"), fy("2026/27", 2026),
             pct("2.5%", 2.5, "pay award assumed a year"), fy("2027/28", 2027)),
    fig_item(M, "Mainly temporary accommodation, and waste collection from about 1,450 new homes a year.",
             count("1,450", 1450, "new homes a year")),
    fig_item(M, "The gap before new savings is £3.12m in 2027/28, £3.75m in 2028/29 and £4.59m in 2029/30.",
             money("£3.12m", 3_120_000, "gap before new savings", "2027/28"), fy("2027/28", 2027),
             money("£3.75m", 3_750_000, "gap before new savings", "2028/29"), fy("2028/29", 2028),
             money("£4.59m", 4_590_000, "gap before new savings", "2029/30"), fy("2029/30", 2029)),
    fig_item(M, "Other government grants fall by £1.03m in 2027/28, when the Government's reform of local authority "
                "funding takes effect.",
             money("£1.03m", 1_030_000, "fall in other government grants", "2027/28"), fy("2027/28", 2027)),
    fig_item(M, "The Council's own modelling put the loss at between £0.8m and £1.4m.",
             money("£0.8m", 800_000, "loss of other government grants in the Council's modelling", "2027/28"),
             money("£1.4m", 1_400_000, "loss of other government grants in the Council's modelling", "2027/28")),
    fig_item(M, "Each 1% of pay award above the assumption would add about £165,000 a year to the gap.",
             pct("1%", 1, "pay award above the assumption"),
             money("£165,000", 165_000, "addition to the gap from each 1% of pay award a year")),
    fig_item(M, "They build up to £4.6m, of which £1.23m is taken in 2026/27.",
             money("£4.6m", 4_600_000, "new savings proposed"),
             money("£1.23m", 1_230_000, "new savings taken", "2026/27"), fy("2026/27", 2026)),
    *_cells(SAVINGS_ROWS, (*YEARS, "total"), (*YEARS, None),
            lambda name, h: f"{name.lower()} new savings" + (" total" if h == "total" else "")),
    fig_item(M, "The largest single saving, £380,000 a year, comes from charging for garden waste collection at £52 a "
                "bin; in a pilot area 61% of households said they would subscribe.",
             money("£380,000", 380_000, "saving from charging for garden waste collection a year"),
             money("£52", 52, "garden waste collection charge a bin"),
             pct("61%", 61, "households in a pilot area who said they would subscribe")),
    fig_item(M, "After the savings, £430,000 of the 2027/28 gap is still to be closed.",
             money("£430,000", 430_000, "gap still to be closed after the savings", "2027/28"), fy("2027/28", 2027)),
    fig_item(M, "In 2028/29 and 2029/30 the savings exceed the gap, by £30,000 and £10,000 respectively.",
             fy("2028/29", 2028), fy("2029/30", 2029),
             money("£30,000", 30_000, "savings in excess of the gap", "2028/29"),
             money("£10,000", 10_000, "savings in excess of the gap", "2029/30")),
    fig_item(M, "Usable reserves stood at £18.7m on 31 March 2025: a General Fund balance of £2.9m, earmarked reserves "
                "of £11.3m and capital receipts of £4.5m.",
             money("£18.7m", 18_700_000, "usable reserves"), date("31 March 2025", "2025-03-31"),
             money("£2.9m", 2_900_000, "General Fund balance"), money("£11.3m", 11_300_000, "earmarked reserves"),
             money("£4.5m", 4_500_000, "capital receipts")),
    fig_item(M, "Earmarked reserves are forecast to fall to £6.8m by 31 March 2030, a drop of 40%.",
             money("£6.8m", 6_800_000, "earmarked reserves forecast"), date("31 March 2030", "2030-03-31"),
             pct("40%", 40, "drop in earmarked reserves")),
    fig_item(M, "At 5% of the net budget requirement the minimum General Fund balance is £1.24m in 2026/27; the present "
                "balance is well above it.",
             pct("5%", 5, "minimum General Fund balance as a share of the net budget requirement", "2026/27"),
             money("£1.24m", 1_240_000, "minimum General Fund balance", "2026/27"), fy("2026/27", 2026)),
    fig_item(M, "The Budget Strategy Reserve holds £3.6m.", money("£3.6m", 3_600_000, "Budget Strategy Reserve")),
    fig_item(M, "Besides the £430,000 for 2027/28 it will meet the one-off costs of the savings, estimated at £0.85m, "
                "mostly redundancy pay and new software.",
             money("£430,000", 430_000, "Budget Strategy Reserve for the gap", "2027/28"), fy("2027/28", 2027),
             money("£0.85m", 850_000, "one-off costs of the savings")),
    fig_item(M, "The budget consultation ran from 3 November 2025 to 14 December 2025 and drew 1,284 responses; 58% of "
                "those who answered supported a council tax rise of up to 3%.",
             date("3 November 2025", "2025-11-03"), date("14 December 2025", "2025-12-14"),
             count("1,284", 1284, "budget consultation responses"),
             pct("58%", 58, "respondents who supported a council tax rise of up to 3%"),
             pct("3%", 3, "council tax rise supported")),
    fig_item(M, "The Overview and Scrutiny Committee considered the draft strategy on 20 January 2026",
             date("20 January 2026", "2026-01-20")),
    # the performance report
    fig_item(P, "Report to the Overview and Scrutiny Committee, 9 June 2026.", date("9 June 2026", "2026-06-09")),
    fig_item(P, "This report sets out how the Council performed against the 11 measures of its Corporate Plan in "
                "2025/26.",
             count("11", 11, "measures of the Corporate Plan", "2025/26"), fy("2025/26", 2025)),
    fig_item(P, "Each measure is rated green when it met its target for the year, amber when it missed by less than 5% "
                "and red when it missed by more.",
             pct("5%", 5, "amber rating margin")),
    *_perf_items(),
    fig_item(P, "Of the 11 measures, 5 met their target for the year, 4 were amber and 2 were red.",
             count("11", 11, "measures"), count("5", 5, "measures that met their target"),
             count("4", 4, "amber measures"), count("2", 2, "red measures")),
    fig_item(P, "Ten measures improved on 2024/25 and one, sickness absence, got worse.",
             count("Ten", 10, "measures improved"), fy("2024/25", 2024), count("one", 1, "measures that got worse")),
    fig_item(P, "Recycling was best in July to September, at 47.9%, and worst in January to March, at 36.8%, when "
                "garden waste is not collected.",
             pct("47.9%", 47.9, "recycling July to September"), pct("36.8%", 36.8, "recycling January to March")),
    fig_item(P, "Missed collections rose to 71 for every 100,000 in October to December, after new rounds began on 6 "
                "October 2025, and came down to 58 in the last quarter.",
             count("71", 71, "missed collections for every 100,000 October to December"), count("100,000", 100_000, None),
             date("6 October 2025", "2025-10-06"), count("58", 58, "missed collections for every 100,000 last quarter")),
    fig_item(P, "Fly-tipping fell for the third year running, to 1,790 incidents, 6% fewer than in 2024/25; officers "
                "issued 37 fixed penalty notices and took 4 cases to court.",
             count("1,790", 1790, "fly-tipping incidents"), pct("6%", 6, "fall in fly-tipping incidents"),
             fy("2024/25", 2024), count("37", 37, "fixed penalty notices issued"),
             count("4", 4, "cases taken to court")),
    fig_item(P, "The Government expects a district council to collect between 96% and 98% of its council tax within the "
                "year.",
             pct("96%", 96, "council tax collected within the year expected by the Government"),
             pct("98%", 98, "council tax collected within the year expected by the Government")),
    fig_item(P, "Tarrowby collected 97.0%, just short of its own target.", pct("97.0%", 97.0, "council tax collected")),
    fig_item(P, "New benefit claims took 24.1 days on average to process in October to December, the slowest quarter, "
                "when two assessors left; the year ended at 21.2 days.",
             duration("24.1 days", "P24.1D", "average time to process new benefit claims October to December"),
             count("two", 2, "assessors who left"),
             duration("21.2 days", "P21.2D", "average time to process new benefit claims")),
    fig_item(P, "Homelessness was prevented for 257 households, the most in any year since the prevention duty began in "
                "April 2018.",
             count("257", 257, "households prevented from becoming homeless"), date("April 2018", "2018-04")),
    fig_item(P, "Sickness absence was 9.7 days per employee against a target of 8.5; the worst quarter, October to "
                "December, lost 2.9 days per employee, the most for three years.",
             duration("9.7 days", "P9.7D", "sickness absence per employee"),
             count("8.5", 8.5, "target sickness absence per employee"),
             duration("2.9 days", "P2.9D", "sickness absence per employee October to December"),
             duration("three years", "P3Y")),
    fig_item(P, "Leisure centres had 654,600 visits, 7% more than the year before, and 2,310 children a week were "
                "learning to swim in March 2026.",
             count("654,600", 654_600, "leisure centre visits"), pct("7%", 7, "rise in leisure centre visits"),
             count("2,310", 2310, "children learning to swim a week"), date("March 2026", "2026-03")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(M, "ORG", HOLLINSFORD),
    ent(M, "COMMITTEE", "Cabinet"),
    ent(M, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(M, "PROGRAMME", "Medium Term Financial Strategy", aliases=("MTFS",)),
    ent(M, "PROGRAMME", "Budget Strategy Reserve"),
    ent(M, "PROGRAMME", "General Fund"),
    ent(M, "ORG", "Place and Environment"),
    ent(M, "ORG", "Housing and Communities"),
    ent(M, "ORG", "Corporate Resources"),
    ent(M, "ORG", "Chief Executive's Office"),
    ent(M, "ROLE", "Chief Finance Officer"),
    ent(M, "ROLE", "Section 151 Officer"),
    ent(M, "ROLE", "Cabinet Member for Finance and Resources"),
    ent(M, "PERSON", "Bartholomew Quennell", affiliation=HOLLINSFORD, role="Cabinet Member for Finance and Resources"),
    ent(M, "PERSON", "Felicity Ashdown-Okafor", affiliation=HOLLINSFORD, role="Chief Finance Officer"),
    ent(P, "ORG", TARROWBY),
    ent(P, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(P, "PROGRAMME", "Corporate Plan"),
    ent(P, "GPE", "Tarrowby"),
    ent(P, "ROLE", "Portfolio Holder for Corporate Performance"),
    ent(P, "ROLE", "Performance and Insight Manager"),
    ent(P, "ROLE", "Chief Executive"),
    ent(P, "PERSON", "Imogen Threlfall-Basu", affiliation=TARROWBY, role="Portfolio Holder for Corporate Performance"),
    ent(P, "PERSON", "Desmond Achterberg", affiliation=TARROWBY, role="Performance and Insight Manager"),
    ent(P, "PERSON", "Ngozi Hardcastle-Penn", affiliation=TARROWBY, role="Chief Executive"),
]
