"""The two PDFs of the ninth held-out corpus: an invented borough council's capital programme
monitoring report to Cabinet (a front sheet, numbered sections, lettered recommendations, a
table of eighteen schemes under four portfolios with budget, spend to date, forecast, a
bracketed variance and slippage into next year, each header cell ending in "£k", that runs over a
page break with its title marked "(continued)" and its header repeated; a funding table in £m
whose changes are written with a minus sign; a variance written "-£6.92m" in prose), and an
invented city council's housing allocations annual report (headings with the number in a cell of
their own, a register table by band at two dates with signed changes, a lettings table by size of
home whose units sit in a column of their own: "No.", "%", "weeks", "£ a week"). Every name,
place and figure is made up."""

from __future__ import annotations

from typing import Any

from flow import Flow, Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from reportkit import BODY, SMALL, furniture, numbered_report_sections, para_sections, report_opening
from wordpdf import BOLD, REGULAR, Style

HEAD = Style(font=BOLD, size=11)
TAB = Style(font=REGULAR, size=9)

# --- the capital programme monitoring report -------------------------------------------------

CAP = "kessingford-capital-programme-monitoring-q3-cabinet-2026-02-17"
KESSINGFORD = "Kessingford Borough Council"
CAP_TITLE = "Capital Programme 2025/26: Monitoring at Quarter 3"
CAP_FRONT = [
    ("Report to:", "Cabinet"),
    ("Date:", "17 February 2026"),
    ("Report of:", "Director of Finance and Property"),
    ("Cabinet Member:", "Councillor Rosalind Akinwande-Tate, Cabinet Member for Finance and Assets"),
    ("Wards affected:", "All"),
]
# (portfolio, [(scheme, revised budget, spend to 31 December, forecast outturn, slippage)]), £k
SCHEMES: list[tuple[str, list[tuple[str, int, int, int, int]]]] = [
    ("Housing and Regeneration", [
        ("Disabled facilities grants", 2150, 1480, 2050, 0),
        ("Temporary accommodation purchases", 4800, 3920, 4800, 0),
        ("Market Hall regeneration", 6300, 2140, 3900, 2400),
        ("Empty homes loans", 450, 120, 260, 190),
    ]),
    ("Environment and Leisure", [
        ("Riverside Depot roof", 800, 940, 1150, 0),
        ("Vehicle fleet replacement", 3600, 2710, 3100, 500),
        ("Play area renewals", 380, 205, 380, 0),
        ("Leisure centre decarbonisation", 5200, 3050, 4100, 1100),
        ("Cemetery extension", 640, 35, 120, 520),
        ("Millbrook flood alleviation", 1900, 1260, 1700, 0),
    ]),
    ("Transport and Highways", [
        ("Highways resurfacing", 4250, 3480, 4250, 0),
        ("Eastgate footbridge", 520, 0, 0, 0),
        ("Active travel routes", 1340, 410, 890, 450),
        ("Car park lighting", 290, 240, 310, 0),
    ]),
    ("Corporate and Digital", [
        ("ICT infrastructure", 1750, 1020, 1500, 250),
        ("Civic Centre refurbishment", 2950, 1640, 2950, 0),
        ("Customer portal", 480, 310, 420, 0),
        ("Capital Contingency", 1000, 0, 0, 650),
    ]),
]
SCHEME_HEADS = (("Revised", "budget £k"), ("Spend to", "31 Dec £k"), ("Forecast", "outturn £k"), ("Variance", "£k"),
                ("Slippage to", "2026/27 £k"))
SCHEME_LABELS = ("revised budget", "spend to 31 December", "forecast outturn", "variance", "slippage")
SCHEME_PERIODS = ("2025/26", "2025/26", "2025/26", "2025/26", "2026/27")
SCHEME_X = (72, 250, 298, 354, 410, 462, 523)  # label left edge, then each column's right edge
FUNDING = [
    ("Government grants", "11.42", "9.86", "-1.56"),
    ("Prudential borrowing", "17.30", "13.05", "-4.25"),
    ("Capital receipts", "5.10", "4.62", "-0.48"),
    ("Section 106 contributions", "2.48", "2.11", "-0.37"),
    ("Revenue contributions and reserves", "2.50", "2.24", "-0.26"),
    ("Total funding", "38.80", "31.88", "-6.92"),
]
FUNDING_HEADS = ("Budget £m", "Forecast £m", "Change £m")


def _k(v: int) -> str:
    """A £k cell as printed: thousands separated, an underspend in brackets, nothing as a dash."""
    if v == 0:
        return "–"
    return f"({-v:,})" if v < 0 else f"{v:,}"


def scheme_rows() -> list[tuple[str, tuple[int, ...] | None, bool]]:
    """Table 1's rows: a portfolio's name alone, its schemes, its total; the programme's total
    last. Each row: label, the five £k figures (None for a portfolio's name), bold."""
    out: list[tuple[str, tuple[int, ...] | None, bool]] = []
    grand = [0, 0, 0, 0, 0]
    for portfolio, schemes in SCHEMES:
        out.append((portfolio, None, True))
        sub = [0, 0, 0, 0, 0]
        for name, b, s, fc, slip in schemes:
            vals = (b, s, fc, fc - b, slip)
            out.append((name, vals, False))
            sub = [a + v for a, v in zip(sub, vals, strict=True)]
        out.append((f"{portfolio} total", tuple(sub), True))
        grand = [a + v for a, v in zip(grand, sub, strict=True)]
    out.append(("Total capital programme", tuple(grand), True))
    return out


def _scheme_header(f: Flow, title: str) -> float:
    p, lead = f.p, 12.0
    head = TAB.bold()
    p.line(SCHEME_X[0], f.y, title, head)
    f.gold.line(title)
    f.y -= lead * 1.5
    top = f.y + TAB.size
    for k in range(2):
        cells = ["Scheme" if k == 1 else "", *(h[k] for h in SCHEME_HEADS)]
        if cells[0]:
            p.line(SCHEME_X[0], f.y, cells[0], head)
        for x1, h in zip(SCHEME_X[2:], cells[1:], strict=True):
            p.right(x1, f.y, h, head)
        f.gold.line(" ".join(c for c in cells if c))
        f.y -= lead
    p.rule(SCHEME_X[0], f.y + lead * 0.7, SCHEME_X[-1], f.y + lead * 0.7)
    return top


def scheme_table(f: Flow) -> None:
    """Table 1: when the page is full the box is closed, and on the next page the title comes
    again with "(continued)" and the two header lines are repeated."""
    p, lead = f.p, 12.0
    title = "Table 1: Capital programme 2025/26 by scheme"
    f.need(lead * 6)
    top = _scheme_header(f, title)
    x0, x1 = SCHEME_X[0], SCHEME_X[-1]
    for label, vals, bold in scheme_rows():
        if f.y - lead < f.bottom:
            p.box(x0 - 4, f.y + lead * 0.7, x1 - x0 + 8, top - f.y - lead * 0.7 + 4)
            f.page()
            top = _scheme_header(f, f"{title} (continued)")
        st = TAB.bold() if bold else TAB
        p.line(x0, f.y, label, st)
        cells = [_k(v) for v in vals] if vals is not None else []
        for xr, c in zip(SCHEME_X[2:], cells, strict=False):
            p.right(xr, f.y, c, st)
        f.gold.line(" ".join([label, *cells]))
        for c, v, head, per in zip(cells, vals or (), SCHEME_HEADS, SCHEME_PERIODS, strict=False):
            if v:
                f.gold.add("cell", table=title, row=label, column=" ".join(head), period=per, surface=c,
                           value=v * 1000.0, unit="GBP")
        f.y -= lead
        p.rule(x0, f.y + lead * 0.7, x1, f.y + lead * 0.7, 0.25)
    p.box(x0 - 4, f.y + lead * 0.7, x1 - x0 + 8, top - f.y - lead * 0.7 + 4)
    f.y -= 4
    for note in ("Brackets show a forecast underspend. Slippage is spending that moves into 2026/27 with its "
                 "budget.",):
        p.line(x0, f.y, note, SMALL)
        f.gold.line(note)
        f.y -= SMALL.size * 1.4
    f.y -= lead


def funding_table(f: Flow) -> None:
    p, lead = f.p, 12.5
    head = TAB.bold()
    title = "Table 2: Funding of the capital programme 2025/26"
    xs = (72, 330, 390, 450, 510)
    f.need(lead * (len(FUNDING) + 4))
    p.line(xs[0], f.y, title, head)
    f.gold.line(title)
    f.y -= lead * 1.5
    top = f.y + TAB.size
    p.line(xs[0], f.y, "Source", head)
    for x1, h in zip(xs[2:], FUNDING_HEADS, strict=True):
        p.right(x1, f.y, h, head)
    f.gold.line(" ".join(("Source", *FUNDING_HEADS)))
    f.y -= lead
    p.rule(xs[0], f.y + lead * 0.7, xs[-1], f.y + lead * 0.7)
    for label, *vals in FUNDING:
        st = head if label.startswith("Total") else TAB
        p.line(xs[0], f.y, label, st)
        for x1, v in zip(xs[2:], vals, strict=True):
            p.right(x1, f.y, v, st)
        f.gold.line(" ".join([label, *vals]))
        for v, h in zip(vals, FUNDING_HEADS, strict=True):
            f.gold.add("cell", table=title, row=label, column=h, period="2025/26", surface=v,
                       value=round(float(v) * 1e6, 2), unit="GBP")
        f.y -= lead
    p.box(xs[0] - 4, f.y + lead * 0.7, xs[-1] - xs[0] + 8, top - f.y - lead * 0.7 + 4)
    f.y -= lead


CAP_SECTIONS: list[tuple[str, str, list[tuple[str, str] | str]]] = [
    ("1", "Purpose of the report", [
        ("1.1", "This report sets out the position of the capital programme for 2025/26 at the end of December 2025, "
                "the outturn now expected and the schemes whose spending will move into 2026/27."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That Cabinet:"),
        ("(a)", "notes a forecast capital outturn of £31.88m against a revised budget of £38.80m;"),
        ("(b)", "approves slippage of £6.06m into the 2026/27 capital programme;"),
        ("(c)", "approves an increase of £0.35m in the budget for the Riverside Depot roof, met from the Capital "
                "Contingency;"),
        ("(d)", "removes the Eastgate footbridge scheme (£0.52m) from the programme."),
    ]),
    ("3", "Summary", [
        ("3.1", "Council approved a capital programme of £34.95m for 2025/26 in February 2025. Slippage of £4.40m "
                "from 2024/25 and new grant of £0.97m, less £1.52m of schemes taken out, gave the revised budget of "
                "£38.80m."),
        ("3.2", "Spending to 31 December 2025 was £22.96m, just under three fifths (59%) of the revised budget. In "
                "the same nine months of last year the Council had spent 48%."),
        ("3.3", "Table 1 shows each scheme's revised budget, what it has spent, its forecast for the year and the "
                "part of any underspend that slips into 2026/27."),
        "SCHEMES",
        ("3.4", "The forecast outturn is £31.88m, a variance of -£6.92m. Of this, £6.06m is slippage, money that "
                "will still be spent but in 2026/27, and £0.86m is a true underspend."),
        ("3.5", "Three schemes account for over two thirds of the slippage: the Market Hall, the leisure centres and "
                "the unspent Capital Contingency."),
    ]),
    ("4", "Schemes", [
        ("4.1", "The Market Hall contractor went into administration in September 2025. A new contractor started on "
                "12 January 2026, and £2.4m of the budget moves to 2026/27; the hall is now due to reopen in "
                "spring 2027, eight months late."),
        ("4.2", "Asbestos found in the Riverside Depot roof has put its cost up by £350,000 to £1.15m. Cabinet is "
                "asked to meet this from the Capital Contingency, whose remaining £650,000 slips into 2026/27."),
        ("4.3", "Heat pumps at two of the three leisure centres have been installed; the third, at Kessingford Pool, "
                "waits for a grid connection, so £1.1m slips into next year."),
        ("4.4", "The Eastgate footbridge is no longer needed now that the developer of the Eastgate site will build "
                "a crossing under its section 106 agreement. Its £520,000 budget is taken out of the programme, "
                "together with the borrowing that would have paid for it."),
        ("4.5", "Disabled facilities grants are forecast at £2.05m, £100,000 under budget, after seven large "
                "adaptations were delayed by a shortage of occupational therapists."),
    ]),
    ("5", "Funding", [
        ("5.1", "Table 2 shows how the programme is paid for. The changes are the funding no longer needed this year, "
                "most of which moves into 2026/27 with the slippage."),
        "FUNDING",
        ("5.2", "Borrowing is forecast at £13.05m, £4.25m less than budgeted, which saves about £170,000 of interest "
                "and minimum revenue provision in 2026/27. Borrowing pays for about two fifths of the forecast."),
        ("5.3", "Capital receipts of £3.90m have come in from the sale of 14 sites; a further £0.72m is expected from "
                "two sales that have exchanged contracts."),
    ]),
    ("6", "The 2026/27 programme and risks", [
        ("6.1", "The slippage of £6.06m takes the capital programme for 2026/27 from the £38.64m approved by Council "
                "on 25 February 2026 to £44.70m."),
        ("6.2", "The Council's cost consultant expects construction prices to rise by between 4% and 6% in 2026/27. "
                "Each 1% on the schemes still to be let would add about £210,000 to their cost."),
        ("6.3", "Contact: Barnaby Quist-Ellery, Capital Finance Manager. Director of Finance and Property: "
                "Theodora Vance-Mbeki."),
    ]),
]


def build_capital(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, KESSINGFORD, CAP_TITLE, 91,
                       furniture(f"{KESSINGFORD} | Cabinet | 17 February 2026", "Page {n}"),
                       sizes=(13, 16), front=CAP_FRONT, value_x=175, head=HEAD)
    numbered_report_sections(f, CAP_SECTIONS, head=HEAD, tables={"SCHEMES": scheme_table, "FUNDING": funding_table})
    f.p.save()
    gold.add("meta", council=KESSINGFORD, date="2026-02-17")


# --- the housing allocations annual report ------------------------------------------------------

ALLOC = "ellendon-housing-allocations-annual-report-2025-26"
ELLENDON = "Ellendon City Council"
ALLOC_TITLE = "Housing Allocations Annual Report 2025/26"
ALLOC_FRONT = [
    ("Meeting:", "Housing Scrutiny Panel"),
    ("Date:", "16 June 2026"),
    ("Lead officer:", "Anneliese Brannock, Director of Housing"),
    ("Portfolio:", "Councillor Marguerite Oduya-Fenwick, Cabinet Member for Housing and Homelessness"),
]
REGISTER = [
    ("Band A (urgent need)", "212", "248", "+36"),
    ("Band B (high need)", "1,486", "1,392", "-94"),
    ("Band C (identified need)", "3,905", "4,310", "+405"),
    ("Band D (no identified need)", "2,117", "1,640", "-477"),
    ("All bands", "7,720", "7,590", "-130"),
]
REGISTER_HEADS = ("Band", "1 April 2025", "31 March 2026", "Change")
LETTINGS = [
    ("Lettings", "No.", "612", "538", "244", "31", "1,425"),
    ("Let to Bands A and B", "%", "58.2", "61.7", "70.5", "87.1", "62.3"),
    ("Average wait before letting", "weeks", "41", "58", "96", "183", "60"),
    ("Average rent", "£ a week", "112.40", "128.75", "141.60", "163.20", "124.68"),
]
LETTINGS_HEADS = ("", "Unit", "1 bed", "2 bed", "3 bed", "4+ bed", "All")


def _grid(f: Flow, title: str, heads: tuple[str, ...], rows: list[tuple[str, ...]], xs: tuple[float, ...],
          left_cols: int = 1) -> None:
    """A plain ruled table: the title, one header line, the rows; the first ``left_cols`` columns
    are set left (at ``xs[k]``), the rest right-aligned at their right edge ``xs[k + 1]``."""
    p, lead = f.p, 12.5
    head = TAB.bold()
    f.need(lead * (len(rows) + 4))
    p.line(xs[0], f.y, title, head)
    f.gold.line(title)
    f.y -= lead * 1.5
    top = f.y + TAB.size

    def cells(values: tuple[str, ...], st: Style) -> None:
        for k, v in enumerate(values):
            if not v:
                continue
            if k < left_cols:
                p.line(xs[k], f.y, v, st)
            else:
                p.right(xs[k + 1], f.y, v, st)
        f.gold.line(" ".join(v for v in values if v))
        f.y -= lead

    cells(heads, head)
    p.rule(xs[0], f.y + lead * 0.7, xs[-1], f.y + lead * 0.7)
    for row in rows:
        cells(row, head if row[0].startswith(("All", "Total")) else TAB)
    p.box(xs[0] - 4, f.y + lead * 0.7, xs[-1] - xs[0] + 8, top - f.y - lead * 0.7 + 4)
    f.y -= lead


ALLOC_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Introduction", [
        "This report tells the Panel how social homes in the city were let under the Council's Housing Allocations "
        "Policy in 2025/26, who was on the register and how long they waited. Homes are advertised through "
        "HomeChoice Ellendon, the choice-based lettings scheme the Council runs with its partner housing "
        "associations.",
    ]),
    ("2. The housing register", [
        "At 31 March 2026 there were 7,590 households on the register, 130 fewer than a year earlier, because a "
        "review removed 1,210 households who no longer qualified or did not reply.",
        "Band A, the most urgent, rose by 36 to 248 households; one in six of them need a home adapted for a "
        "wheelchair. Band D shrank by almost a quarter, to 1,640, as the review took out many who had never bid.",
    ]),
    ("3. Lettings", [
        "The Council and the housing associations let 1,425 homes in 2025/26, 9% fewer than the 1,566 let in "
        "2024/25. Of them, 1,018 were housing association homes and 407 the Council's own.",
        "Just over three fifths of the lettings (62.3%) went to households in Bands A and B, against a target of "
        "60%. A further 412 lettings, 28.9% of the total, went to homeless households owed the main housing duty.",
        "A household needing a home with four or more bedrooms waited 183 weeks on average, three times as long as "
        "one needing two bedrooms; only 31 such homes were let in the year.",
    ]),
    ("4. Bids and refusals", [
        "Each advertised home drew 48 bids on average, and homes in Sallowfield and Brinkmoor drew more than 150. "
        "A quarter of offers (25%) were refused, most often because of where the home was; applicants who refuse "
        "three reasonable offers drop one band for twelve months.",
    ]),
    ("5. Cost and the policy review", [
        "The allocations service cost £684,000 in 2025/26, of which £151,000 was recharged to the housing "
        "associations under the nomination agreement.",
        "A review of the policy will go to Cabinet in October 2026. It proposes that applicants need to have lived "
        "in the city for three years rather than five years, and that care leavers be placed in Band B. The "
        "Regulator of Social Housing and the Housing Ombudsman have both asked councils to publish waiting times "
        "by size of home, as Table 2 does.",
        "Report author: Tobias Kerrigan-Shaw, Allocations and Lettings Manager.",
    ]),
]


def _alloc_tables(f: Flow, heading: str) -> None:
    if heading.startswith("2."):
        _grid(f, "Table 1: Households on the housing register by band", REGISTER_HEADS, REGISTER,
              (72, 280, 365, 450, 510))
    elif heading.startswith("3."):
        _grid(f, "Table 2: Lettings in 2025/26 by size of home", LETTINGS_HEADS, LETTINGS,
              (72, 245, 300, 345, 390, 435, 480, 523), left_cols=2)


def build_alloc(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, ELLENDON, ALLOC_TITLE, 93, furniture(None, "Ellendon City Council – {n}"),
                       sizes=(13, 17), front=ALLOC_FRONT, value_x=160, head=HEAD)
    para_sections(f, ALLOC_SECTIONS, head=HEAD, body=BODY, number_gap=24, then=_alloc_tables)
    f.p.save()
    gold.add("meta", council=ELLENDON, date="2026-06-16")


# --- gold ------------------------------------------------------------------------------------

K, E = CAP, ALLOC


def _scheme_items() -> list[dict[str, Any]]:
    out = []
    for label, vals, _bold in scheme_rows():
        if vals is None:
            continue
        cells = [_k(v) for v in vals]
        figs = [money(c, v * 1000.0, f"{label} {lab}", per)
                for c, v, lab, per in zip(cells, vals, SCHEME_LABELS, SCHEME_PERIODS, strict=True) if v]
        out.append(fig_item(K, " ".join([label, *cells]), *figs, context_unit="£000"))
    return out


def _funding_items() -> list[dict[str, Any]]:
    labs = ("budget", "forecast", "change")
    return [fig_item(K, " ".join([label, *vals]),
                     *(money(v, round(float(v) * 1e6, 2), f"{label} {lab}", "2025/26")
                       for v, lab in zip(vals, labs, strict=True)))
            for label, *vals in FUNDING]


def _register_items() -> list[dict[str, Any]]:
    out = []
    for band, a, b, ch in REGISTER:
        name = band.split(" (")[0]
        out.append(fig_item(E, f"{band} {a} {b} {ch}",
                            count(a, float(a.replace(",", "")), f"households on the register in {name} 1 April 2025"),
                            count(b, float(b.replace(",", "")), f"households on the register in {name} 31 March 2026"),
                            count(ch, float(ch.replace(",", "")), f"change in households on the register in {name}")))
    return out


def _lettings_items() -> list[dict[str, Any]]:
    out = []
    sizes = ("1 bed", "2 bed", "3 bed", "4+ bed", "all homes")
    for measure, unit, *vals in LETTINGS:
        figs = []
        for v, size in zip(vals, sizes, strict=True):
            num = float(v.replace(",", ""))
            if unit == "%":
                figs.append(pct(v, num, f"{measure.lower()} {size}", "2025/26"))
            elif unit == "weeks":
                figs.append(count(v, num, f"{measure.lower()} in weeks {size}", "2025/26"))
            elif unit == "£ a week":
                figs.append(money(v, num, f"{measure.lower()} a week {size}", "2025/26"))
            else:
                figs.append(count(v, num, f"{measure.lower()} {size}", "2025/26"))
        out.append(fig_item(E, " ".join([measure, unit, *vals]), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    # the capital programme report
    fig_item(K, "This report sets out the position of the capital programme for 2025/26 at the end of December 2025, "
                "the outturn now expected and the schemes whose spending will move into 2026/27.",
             fy("2025/26", 2025), date("December 2025", "2025-12"), fy("2026/27", 2026)),
    fig_item(K, "notes a forecast capital outturn of £31.88m against a revised budget of £38.80m;",
             money("£31.88m", 31_880_000, "forecast capital outturn"), money("£38.80m", 38_800_000, "revised budget")),
    fig_item(K, "approves slippage of £6.06m into the 2026/27 capital programme;",
             money("£6.06m", 6_060_000, "slippage into the capital programme", "2026/27"), fy("2026/27", 2026)),
    fig_item(K, "approves an increase of £0.35m in the budget for the Riverside Depot roof, met from the Capital "
                "Contingency;",
             money("£0.35m", 350_000, "increase in the budget for the Riverside Depot roof")),
    fig_item(K, "removes the Eastgate footbridge scheme (£0.52m) from the programme.",
             money("£0.52m", 520_000, "Eastgate footbridge scheme")),
    fig_item(K, "Council approved a capital programme of £34.95m for 2025/26 in February 2025.",
             money("£34.95m", 34_950_000, "capital programme approved", "2025/26"), fy("2025/26", 2025),
             date("February 2025", "2025-02")),
    fig_item(K, "Slippage of £4.40m from 2024/25 and new grant of £0.97m, less £1.52m of schemes taken out, gave the "
                "revised budget of £38.80m.",
             money("£4.40m", 4_400_000, "slippage from 2024/25", "2025/26"), fy("2024/25", 2024),
             money("£0.97m", 970_000, "new grant", "2025/26"),
             money("£1.52m", 1_520_000, "schemes taken out", "2025/26"),
             money("£38.80m", 38_800_000, "revised budget", "2025/26")),
    fig_item(K, "Spending to 31 December 2025 was £22.96m, just under three fifths (59%) of the revised budget.",
             date("31 December 2025", "2025-12-31"), money("£22.96m", 22_960_000, "spending to 31 December 2025"),
             pct("59%", 59, "spending as a share of the revised budget")),
    fig_item(K, "In the same nine months of last year the Council had spent 48%.",
             duration("nine months", "P9M"), pct("48%", 48, "spent in the same nine months of last year")),
    fig_item(K, "The forecast outturn is £31.88m, a variance of -£6.92m.",
             money("£31.88m", 31_880_000, "forecast outturn"), money("-£6.92m", -6_920_000, "variance")),
    fig_item(K, "Of this, £6.06m is slippage, money that will still be spent but in 2026/27, and £0.86m is a true "
                "underspend.",
             money("£6.06m", 6_060_000, "slippage", "2026/27"), fy("2026/27", 2026),
             money("£0.86m", 860_000, "true underspend")),
    fig_item(K, "Three schemes account for over two thirds of the slippage",
             count("Three", 3, "schemes that account for over two thirds of the slippage")),
    *_scheme_items(),
    fig_item(K, "Brackets show a forecast underspend. Slippage is spending that moves into 2026/27 with its budget.",
             fy("2026/27", 2026)),
    fig_item(K, "The Market Hall contractor went into administration in September 2025.",
             date("September 2025", "2025-09")),
    fig_item(K, "A new contractor started on 12 January 2026, and £2.4m of the budget moves to 2026/27; the hall is "
                "now due to reopen in spring 2027, eight months late.",
             date("12 January 2026", "2026-01-12"), money("£2.4m", 2_400_000, "Market Hall budget moved", "2026/27"),
             fy("2026/27", 2026), duration("eight months", "P8M", "delay to the Market Hall reopening")),
    fig_item(K, "Asbestos found in the Riverside Depot roof has put its cost up by £350,000 to £1.15m.",
             money("£350,000", 350_000, "rise in the cost of the Riverside Depot roof"),
             money("£1.15m", 1_150_000, "cost of the Riverside Depot roof")),
    fig_item(K, "Cabinet is asked to meet this from the Capital Contingency, whose remaining £650,000 slips into "
                "2026/27.",
             money("£650,000", 650_000, "remaining Capital Contingency that slips", "2026/27"), fy("2026/27", 2026)),
    fig_item(K, "Heat pumps at two of the three leisure centres have been installed; the third, at Kessingford Pool, "
                "waits for a grid connection, so £1.1m slips into next year.",
             count("two", 2, "leisure centres with heat pumps installed"), count("three", 3, "leisure centres"),
             money("£1.1m", 1_100_000, "leisure centre decarbonisation slippage into next year")),
    fig_item(K, "Its £520,000 budget is taken out of the programme, together with the borrowing that would have paid "
                "for it.",
             money("£520,000", 520_000, "Eastgate footbridge budget taken out")),
    fig_item(K, "Disabled facilities grants are forecast at £2.05m, £100,000 under budget, after seven large "
                "adaptations were delayed by a shortage of occupational therapists.",
             money("£2.05m", 2_050_000, "disabled facilities grants forecast"),
             money("£100,000", 100_000, "disabled facilities grants under budget"),
             count("seven", 7, "large adaptations delayed")),
    *_funding_items(),
    fig_item(K, "Borrowing is forecast at £13.05m, £4.25m less than budgeted, which saves about £170,000 of interest "
                "and minimum revenue provision in 2026/27.",
             money("£13.05m", 13_050_000, "borrowing forecast"), money("£4.25m", 4_250_000, "borrowing less than budgeted"),
             money("£170,000", 170_000, "saving of interest and minimum revenue provision", "2026/27"),
             fy("2026/27", 2026)),
    fig_item(K, "Capital receipts of £3.90m have come in from the sale of 14 sites; a further £0.72m is expected from "
                "two sales that have exchanged contracts.",
             money("£3.90m", 3_900_000, "capital receipts come in"), count("14", 14, "sites sold"),
             money("£0.72m", 720_000, "further capital receipts expected"), count("two", 2, "sales exchanged")),
    fig_item(K, "The slippage of £6.06m takes the capital programme for 2026/27 from the £38.64m approved by Council on "
                "25 February 2026 to £44.70m.",
             money("£6.06m", 6_060_000, "slippage", "2026/27"), fy("2026/27", 2026),
             money("£38.64m", 38_640_000, "capital programme approved by Council", "2026/27"),
             date("25 February 2026", "2026-02-25"), money("£44.70m", 44_700_000, "capital programme", "2026/27")),
    fig_item(K, "The Council's cost consultant expects construction prices to rise by between 4% and 6% in 2026/27.",
             pct("4%", 4, "rise in construction prices", "2026/27"), pct("6%", 6, "rise in construction prices", "2026/27"),
             fy("2026/27", 2026)),
    fig_item(K, "Each 1% on the schemes still to be let would add about £210,000 to their cost.",
             pct("1%", 1, "rise in prices on the schemes still to be let", "2026/27"),
             money("£210,000", 210_000, "addition to the cost of the schemes still to be let for each 1%", "2026/27")),
    # the housing allocations report
    fig_item(E, "This report tells the Panel how social homes in the city were let under the Council's Housing "
                "Allocations Policy in 2025/26, who was on the register and how long they waited.",
             fy("2025/26", 2025)),
    fig_item(E, "At 31 March 2026 there were 7,590 households on the register, 130 fewer than a year earlier, because a "
                "review removed 1,210 households who no longer qualified or did not reply.",
             date("31 March 2026", "2026-03-31"), count("7,590", 7590, "households on the register"),
             count("130", 130, "fall in households on the register"),
             count("1,210", 1210, "households removed by the review")),
    *_register_items(),
    fig_item(E, "Band A, the most urgent, rose by 36 to 248 households; one in six of them need a home adapted for a "
                "wheelchair.",
             count("36", 36, "rise in Band A households"), count("248", 248, "Band A households")),
    fig_item(E, "Band D shrank by almost a quarter, to 1,640, as the review took out many who had never bid.",
             count("1,640", 1640, "Band D households")),
    fig_item(E, "The Council and the housing associations let 1,425 homes in 2025/26, 9% fewer than the 1,566 let in "
                "2024/25.",
             count("1,425", 1425, "homes let", "2025/26"), fy("2025/26", 2025),
             pct("9%", 9, "fall in homes let"), count("1,566", 1566, "homes let", "2024/25"), fy("2024/25", 2024)),
    fig_item(E, "Of them, 1,018 were housing association homes and 407 the Council's own.",
             count("1,018", 1018, "housing association homes let"), count("407", 407, "Council homes let")),
    *_lettings_items(),
    fig_item(E, "Just over three fifths of the lettings (62.3%) went to households in Bands A and B, against a target "
                "of 60%.",
             pct("62.3%", 62.3, "lettings to households in Bands A and B"),
             pct("60%", 60, "target for lettings to households in Bands A and B")),
    fig_item(E, "A further 412 lettings, 28.9% of the total, went to homeless households owed the main housing duty.",
             count("412", 412, "lettings to homeless households owed the main housing duty"),
             pct("28.9%", 28.9, "lettings to homeless households as a share of the total")),
    fig_item(E, "A household needing a home with four or more bedrooms waited 183 weeks on average, three times as long "
                "as one needing two bedrooms; only 31 such homes were let in the year.",
             count("four", 4, "bedrooms"), duration("183 weeks", "P183W", "average wait for a home with four or more bedrooms"),
             count("two", 2, "bedrooms"), count("31", 31, "homes with four or more bedrooms let")),
    fig_item(E, "Each advertised home drew 48 bids on average, and homes in Sallowfield and Brinkmoor drew more than "
                "150.",
             count("48", 48, "bids on average for each advertised home"),
             count("150", 150, "bids for homes in Sallowfield and Brinkmoor")),
    fig_item(E, "A quarter of offers (25%) were refused, most often because of where the home was; applicants who "
                "refuse three reasonable offers drop one band for twelve months.",
             pct("25%", 25, "offers refused"), count("three", 3, "reasonable offers refused"),
             count("one", 1, "band dropped"), duration("twelve months", "P12M")),
    fig_item(E, "The allocations service cost £684,000 in 2025/26, of which £151,000 was recharged to the housing "
                "associations under the nomination agreement.",
             money("£684,000", 684_000, "cost of the allocations service", "2025/26"), fy("2025/26", 2025),
             money("£151,000", 151_000, "cost recharged to the housing associations")),
    fig_item(E, "A review of the policy will go to Cabinet in October 2026.", date("October 2026", "2026-10")),
    fig_item(E, "It proposes that applicants need to have lived in the city for three years rather than five years, "
                "and that care leavers be placed in Band B.",
             duration("three years", "P3Y", "residence in the city proposed"),
             duration("five years", "P5Y", "residence in the city")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(K, "ORG", KESSINGFORD),
    ent(K, "COMMITTEE", "Cabinet"),
    ent(K, "ROLE", "Director of Finance and Property"),
    ent(K, "ROLE", "Cabinet Member for Finance and Assets"),
    ent(K, "ROLE", "Capital Finance Manager"),
    ent(K, "PERSON", "Rosalind Akinwande-Tate", affiliation=KESSINGFORD, role="Cabinet Member for Finance and Assets"),
    ent(K, "PERSON", "Barnaby Quist-Ellery", affiliation=KESSINGFORD, role="Capital Finance Manager"),
    ent(K, "PERSON", "Theodora Vance-Mbeki", affiliation=KESSINGFORD, role="Director of Finance and Property"),
    ent(K, "PROGRAMME", "Capital Contingency"),
    ent(K, "PROGRAMME", "Market Hall regeneration"),
    ent(K, "PROGRAMME", "Millbrook flood alleviation"),
    ent(K, "ORG", "Housing and Regeneration"),
    ent(K, "ORG", "Environment and Leisure"),
    ent(K, "ORG", "Transport and Highways"),
    ent(K, "ORG", "Corporate and Digital"),
    ent(K, "GPE", "Eastgate"),
    ent(E, "ORG", ELLENDON),
    ent(E, "COMMITTEE", "Housing Scrutiny Panel"),
    ent(E, "COMMITTEE", "Cabinet"),
    ent(E, "ROLE", "Director of Housing"),
    ent(E, "ROLE", "Cabinet Member for Housing and Homelessness"),
    ent(E, "ROLE", "Allocations and Lettings Manager"),
    ent(E, "PERSON", "Anneliese Brannock", affiliation=ELLENDON, role="Director of Housing"),
    ent(E, "PERSON", "Marguerite Oduya-Fenwick", affiliation=ELLENDON, role="Cabinet Member for Housing and Homelessness"),
    ent(E, "PERSON", "Tobias Kerrigan-Shaw", affiliation=ELLENDON, role="Allocations and Lettings Manager"),
    ent(E, "PROGRAMME", "Housing Allocations Policy"),
    ent(E, "PROGRAMME", "HomeChoice Ellendon"),
    ent(E, "ORG", "Regulator of Social Housing"),
    ent(E, "ORG", "Housing Ombudsman"),
    ent(E, "GPE", "Sallowfield"),
    ent(E, "GPE", "Brinkmoor"),
    ent(E, "GPE", "Ellendon"),
]
