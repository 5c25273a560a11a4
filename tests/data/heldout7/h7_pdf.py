"""The two PDFs of the seventh held-out corpus: an invented district council's council tax
setting report to full Council (a front sheet, numbered sections whose recommendations are
lettered resolutions, a £000 funding table with a financial year a column, a table of every
band's charge by preceptor whose unit is only in its caption, a table of Band D amounts by
preceptor with the year before, the increase in pounds and in per cent), and an invented borough
council's newsletter for its tenants, set in two columns under a masthead and a box across
both columns (a table of weekly rents by size of home whose unit is only in the note under it),
headlines over short articles, a quotation. Every name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docs_city import simple_table
from flow import Col, Flow, Gold, Row
from goldkit import count, date, duration, ent, fig_item, fy, money, pct, year
from h3_pdf import HEAD, TAB
from reportkit import (
    BODY,
    SMALL,
    furniture,
    numbered_report_sections,
    report_opening,
)
from wordpdf import BOLD, Painter, Style

Para = tuple[str, str]
Sections = list[tuple[str, str, list[Para | str]]]


# --- the council tax setting report ----------------------------------------------------------

CTAX = "farrowmead-council-tax-setting-2026-27"
FARROWMEAD = "Farrowmead District Council"
CTAX_TITLE = "Setting the Council Tax 2026/27"
CTAX_FRONT = [
    ("Meeting:", "Council, 24 February 2026"),
    ("Report of:", "Chief Finance Officer (Section 151 Officer)"),
    ("Portfolio Holder:", "Councillor Marisol Featherstone-Amadi, Portfolio Holder for Finance and Assets"),
    ("Wards affected:", "All"),
]
CTAX_SECTIONS: Sections = [
    ("1", "Purpose", [
        ("1.1", "This report asks the Council to set the council tax for 2026/27 for every part of the district, "
                "bringing together its own charge and those of Drovenshire County Council, the Drovenshire Police "
                "and Crime Commissioner, Drovenshire Fire and Rescue Authority and the 23 parish and town "
                "councils."),
    ]),
    ("2", "Recommendations", [
        ("2.1", "That the Council resolves:"),
        ("(a)", "that the council tax base for 2026/27 be 38,412.6 Band D equivalent properties, as calculated by "
                "the Chief Finance Officer under delegated powers on 14 January 2026;"),
        ("(b)", "that the Council's own council tax for a Band D property be £214.83 for 2026/27, an increase of "
                "£6.21 (2.98%) on 2025/26;"),
        ("(c)", "that the Council's budget requirement be £12,604,000, of which £8,252,179 is to be met from "
                "council tax;"),
        ("(d)", "that parish precepts totalling £1,486,340 be noted, giving an average Band D parish charge of "
                "£38.69;"),
        ("(e)", "that the precepts of Drovenshire County Council (£1,768.59 at Band D), the Drovenshire Police "
                "and Crime Commissioner (£273.46) and Drovenshire Fire and Rescue Authority (£92.18) be noted;"),
        ("(f)", "that the aggregate council tax for a Band D property in an area with no parish council be "
                "£2,349.06 for 2026/27, as set out for every band in Table 2;"),
        ("(g)", "that the Council's basic amount of council tax for 2026/27 is not excessive under the principles "
                "set by the Ministry of Housing, Communities and Local Government (MHCLG), which let a district "
                "council raise its charge by up to 3% or £5, whichever is higher."),
    ]),
    ("3", "Budget requirement and funding", [
        ("3.1", "The revenue budget was agreed by Cabinet on 10 February 2026. Table 1 shows how it is funded in each "
                "of the two years."),
        "FUNDING",
        ("3.2", "The tax base has grown by 487.2 Band D equivalents (1.3%) since 2025/26, mostly from 412 new "
                "homes completed at Brindlewick Rise and Wickstead Meadows."),
        ("3.3", "The collection fund is forecast to end 2025/26 with a deficit on council tax of £0.79m, of which "
                "the Council's share, 10.2%, is £81,000; its share of the deficit on business rates is £15,000."),
        ("3.4", "The Council will draw £822,000 from the Budget Equalisation Reserve in 2026/27, leaving £1.9m in "
                "it on 31 March 2027."),
    ]),
    ("4", "Council tax by band", [
        ("4.1", "Each band pays a fixed proportion of the Band D charge. Table 2 gives the charge in every band "
                "for a home in an area with no parish council; a parish precept is added to it."),
        "BANDS",
        ("4.2", "Most homes in the district are in Bands B and C. The Council's own share of a Band D bill comes "
                "to £4.13 a week."),
    ]),
    ("5", "The precepting authorities", [
        ("5.1", "The County Council has raised its Band D charge by 4.99%, of which 2% is the adult social care "
                "precept, and the Police and Crime Commissioner by £15, the most allowed. Table 3 compares the "
                "Band D amounts with last year's."),
        "PRECEPTS",
        ("5.2", "A Band D household with no parish council will pay £110.27 more in 2026/27, or £2.12 a week."),
    ]),
    ("6", "Parish and town councils", [
        ("6.1", "The 23 parish and town councils have set precepts totalling £1,486,340 for 2026/27, 6.8% more "
                "than in 2025/26; eight of them have kept their precept the same."),
        ("6.2", "The highest Band D parish charge is £96.40 in Lower Quillham and the lowest £11.85 in "
                "Thistlecombe. Farrowmead Town Council's precept of £612,500 is 41% of the total."),
    ]),
    ("7", "Discounts and support", [
        ("7.1", "The tax base allows for 4,620 households on the Council Tax Reduction Scheme (CTRS), whose "
                "support is worth £5.3m across all the preceptors, and for a collection rate of 98.6%."),
        ("7.2", "From 1 April 2026 second homes pay a premium of 100%, which adds about 310 Band D equivalents to "
                "the base. Homes empty for more than five years pay a premium of 200%."),
    ]),
    ("8", "Robustness of the estimates", [
        ("8.1", "The Chief Finance Officer reports that the estimates are robust and the reserves adequate, with "
                "the General Fund balance at £2.4m, 19% of the net budget."),
        ("8.2", "Report author: Tobias Wetherall-Ince, Revenues and Benefits Manager. Chief Finance Officer: "
                "Ines Szymanek-Dowd."),
    ]),
]
FUND_COLS = [
    Col(72, 330, align="l"),
    Col(370, 440, ("2025/26",), period="2025/26"),
    Col(455, 523, ("2026/27",), period="2026/27"),
]
FUND_ROWS = [
    Row("Net budget requirement", ("11,938", "12,604"), bold=True),
    Row("Revenue Support Grant", ("412", "436")),
    Row("Retained business rates", ("3,075", "3,190")),
    Row("Collection fund surplus / (deficit)", ("214", "(96)")),
    Row("Use of the Budget Equalisation Reserve", ("325", "822")),
    Row("Council tax", ("7,912", "8,252")),
]
BAND_NAMES = ("Farrowmead", "County", "Police", "Fire", "Total")
BAND_COLS = [
    Col(72, 140, align="l"),
    Col(150, 215, ("Farrowmead",), period="2026/27"),
    Col(225, 295, ("County",), period="2026/27"),
    Col(305, 370, ("Police",), period="2026/27"),
    Col(380, 440, ("Fire",), period="2026/27"),
    Col(450, 523, ("Total",), period="2026/27"),
]
BAND_ROWS = [
    Row("Band A", ("143.22", "1,179.06", "182.31", "61.45", "1,566.04")),
    Row("Band B", ("167.09", "1,375.57", "212.69", "71.70", "1,827.05")),
    Row("Band C", ("190.96", "1,572.08", "243.08", "81.94", "2,088.06")),
    Row("Band D", ("214.83", "1,768.59", "273.46", "92.18", "2,349.06"), bold=True),
    Row("Band E", ("262.57", "2,161.61", "334.23", "112.66", "2,871.07")),
    Row("Band F", ("310.31", "2,554.63", "395.00", "133.15", "3,393.09")),
    Row("Band G", ("358.05", "2,947.65", "455.77", "153.63", "3,915.10")),
    Row("Band H", ("429.66", "3,537.18", "546.92", "184.36", "4,698.12")),
]
PRECEPT_HEADER = ["Band D charge", "2025/26 £", "2026/27 £", "Increase £", "Increase %"]
PRECEPT_TABLE = [
    ["Farrowmead District Council", "208.62", "214.83", "6.21", "2.98"],
    ["Drovenshire County Council", "1,684.53", "1,768.59", "84.06", "4.99"],
    ["Police and Crime Commissioner", "258.46", "273.46", "15.00", "5.80"],
    ["Fire and Rescue Authority", "87.18", "92.18", "5.00", "5.74"],
    ["Total", "2,238.79", "2,349.06", "110.27", "4.93"],
]


def build_ctax(path: str, gold: Gold) -> None:
    f = report_opening(path, gold, FARROWMEAD, CTAX_TITLE, 71,
                       furniture(f"{FARROWMEAD} | Council, 24 February 2026", "{n}"),
                       sizes=(14, 16), front=CTAX_FRONT, value_x=175, head=HEAD)
    numbered_report_sections(f, CTAX_SECTIONS, head=HEAD, tables={
        "FUNDING": lambda fl: fl.table("Table 1: Budget requirement and funding", FUND_COLS, FUND_ROWS, TAB,
                                       scale=1e3, corner=("£000",)),
        "BANDS": lambda fl: fl.table("Table 2: Council tax 2026/27 by band, no parish council (£ a year)", BAND_COLS,
                                     BAND_ROWS, TAB, scale=1),
        "PRECEPTS": lambda fl: simple_table(fl, "Table 3: Band D charge by authority", PRECEPT_HEADER,
                                            PRECEPT_TABLE, [72, 330, 390, 455, 523], TAB, 240),
    })
    f.p.save()
    gold.add("meta", council=FARROWMEAD, date="2026-02-24")


# --- the tenants' newsletter (two columns) ----------------------------------------------------

NEWS = "gaunsworth-tenant-times-newsletter-2026-03-02"
GAUNSWORTH = "Gaunsworth Borough Council"
NEWS_TITLE = "Tenant Times"
NEWS_STRAP = "News for Gaunsworth Borough Council tenants and leaseholders | Issue 41 | 2 March 2026"
HEADLINE = Style(font=BOLD, size=12.5)
NEWS_BODY = Style(font=BODY.font, size=9.5)
COL_GAP = 18.0
# (headline, [paragraph | "RENTS"])
NEWS_ARTICLES: list[tuple[str, list[str]]] = [
    ("Your rent from April", [
        "Rents for council homes will rise by 4.8% from 6 April 2026, the most the government allows: the "
        "Consumer Price Index (CPI) plus 1%. The average weekly rent goes up from £98.12 to £102.83, an extra "
        "£4.71 a week.",
        "Cabinet agreed the rise on 20 January 2026. Service charges for the 1,140 homes in blocks with shared "
        "areas go up by 2.9%, and garage rents by 30p a week.",
        "We own 7,610 homes and manage another 1,085 leasehold flats. Last year 46 tenants bought their home "
        "under the Right to Buy, and we built or bought 58 new ones.",
    ]),
    ("What your rent pays for", [
        "Every £1 of rent pays 31p for repairs and maintenance, 27p for interest and repaying the Housing Revenue "
        "Account (HRA) debt, 22p for housing management and 20p for improvements to homes.",
        "In 2026/27 we will spend £14.2m on our homes, including 620 new kitchens, 480 bathrooms and 1,150 "
        "boilers.",
    ]),
    ("Empty homes and repairs", [
        "At the end of December 92 homes stood empty between tenants, 1.2% of all our homes. It took 31 days on "
        "average to let one again, down from 44 days a year earlier. Each empty home loses about £100 of rent a "
        "week.",
        "Between April and December we finished 18,640 day-to-day repairs, and got 94.1% of them right first "
        "time. We aim to make emergency repairs safe within 4 hours.",
    ]),
    ("Help if you are struggling to pay", [
        "Rent arrears were £1.38m at the end of December, 2.9% of the rent due, compared with 3.4% a year "
        "before. About 4,100 tenants, 54% of our households, have Universal Credit or Housing Benefit towards "
        "their rent.",
        "Last year the Money Advice Team helped 730 tenants to claim £1.1m in benefits they were owed.",
        "\u201cWe know that every pound counts,\u201d said Councillor Rhiannon Vossberg, Cabinet Member for "
        "Housing. \u201cThis is the smallest rise for three years, and no tenant who talks to us early will be "
        "left to struggle alone.\u201d",
    ]),
    ("Safety checks in your home", [
        "Gas safety checks are due every 12 months. By the end of January we had checked 99.6% of the 6,940 homes "
        "with a gas supply; the 28 we could not get into are being followed up.",
        "Smoke alarms were fitted or replaced in 1,310 homes last year, and 214 homes had an electrical check, "
        "which is needed every five years.",
    ]),
    ("Estate news", [
        "Work starts in May 2026 on 36 new homes for social rent at Merriton Court, where the old garages stood. "
        "The scheme costs £9.4m, of which £2.7m comes from Homes England.",
        "The Community Chest gave £18,500 to 11 tenants' and residents' groups in 2025, with grants of up to "
        "£2,500 each.",
        "Bulky waste collections from flats are free until 31 May 2026; after that they cost £15 for up to three "
        "items.",
    ]),
    ("Have your say", [
        "The Tenants' Panel, chaired by Dorcas Mwangi-Threadgold, met nine times in 2025 and looked closely at the "
        "repairs contract with Stonecrop Building Services Ltd.",
        "In the survey the Regulator of Social Housing asks every landlord to run, 71.4% of our tenants were "
        "satisfied with our service overall in 2024/25, against a median of 68.9% for councils.",
        "Cressida Omondi-Kertesz, Assistant Director for Housing, thanked the 312 tenants who answered this "
        "winter's survey on estate cleaning.",
        "Tenant Times is published by the Housing Service, Gaunsworth Borough Council, Town Hall, Ferrier "
        "Street, Gaunsworth. Editor: Yusuf Carrodine-Ree.",
    ]),
]
RENT_HEADER = ["Size of home", "2025/26", "2026/27", "Homes"]
RENT_TABLE = [
    ["Bedsit", "76.40", "80.07", "410"],
    ["One bedroom", "86.95", "91.12", "2,380"],
    ["Two bedrooms", "99.30", "104.07", "2,915"],
    ["Three bedrooms", "111.60", "116.96", "1,742"],
    ["Four or more", "126.85", "132.94", "163"],
]
RENT_NOTE = "Average rents in £ a week, over 52 weeks; homes at 1 April 2026."


class ColumnFlow(Flow):
    """A flow down two columns: when the first column is full it goes on at the top of the
    second, and when the second is full, at the top of the first on a new page."""

    def __init__(self, p: Painter, gold: Gold, *, left: float, right: float, gap: float, **kw: Any) -> None:
        super().__init__(p, gold, left=left, right=right, **kw)
        self.width = (right - left - gap) / 2
        self.starts = (left, left + self.width + gap)
        self.column = 0
        self.column_top = self.top
        self._place(0)

    def _place(self, column: int) -> None:
        self.column = column
        self.left = self.starts[column]
        self.right = self.left + self.width

    def columns_from(self, y: float) -> None:
        """The columns begin at ``y`` on this page (below the masthead)."""
        self.column_top = self.y = y

    def need(self, h: float) -> None:
        if self.y - h >= self.bottom:
            return
        if self.column == 0:
            self._place(1)
            self.y = self.column_top
        else:
            self.page()
            self._place(0)
            self.column_top = self.top


def build_news(path: str, gold: Gold) -> None:
    def furnish(pp: Painter) -> None:
        pp.line(56, 36, f"Tenant Times | Issue 41 | page {pp.page_no}", SMALL)

    f = ColumnFlow(Painter(Path(path), f"{NEWS_TITLE}, Issue 41", seed=73), gold,
                   left=56, right=539, gap=COL_GAP, top=790, bottom=60, furniture=furnish)
    f.page()
    p = f.p
    p.line(56, 780, NEWS_TITLE, HEAD.sized(30))
    gold.line(NEWS_TITLE)
    p.line(56, 758, NEWS_STRAP, BODY.sized(9))
    gold.line(NEWS_STRAP)
    p.rule(56, 748, 539, 748, 1.2)
    # the rents box runs across both columns, under the masthead
    f.y = 728
    simple_table(f, "Average weekly rent by size of home", RENT_HEADER, RENT_TABLE, [56, 340, 440, 539], TAB, 200)
    f.y += 6
    p.line(56, f.y, RENT_NOTE, SMALL)
    gold.line(RENT_NOTE)
    p.rule(56, f.y - 10, 539, f.y - 10, 1.2)
    f.columns_from(f.y - 30)
    for headline, paras in NEWS_ARTICLES:
        f.heading("", headline, HEADLINE, num_x=f.left, x=f.left, level=1, parent=None, before=4, after=3)
        for text in paras:
            f.para(text, NEWS_BODY, after=5)
    p.save()
    gold.add("meta", council=GAUNSWORTH, date="2026-03-02")


# --- gold ------------------------------------------------------------------------------------

C, N = CTAX, NEWS


def _money_cells(doc: str, rows: list[Row], names: tuple[str, ...], periods: tuple[str, ...], scale: float,
                 label: Any, context_unit: str | None) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        figs = []
        for v, name, per in zip(row.values, names, periods, strict=True):
            neg = v.startswith("(")
            num = float(v.strip("()").replace(",", "")) * scale * (-1 if neg else 1)
            figs.append(money(v, round(num, 2), label(row.label, name), per))
        out.append(fig_item(doc, " ".join([row.label, *row.values]), *figs, context_unit=context_unit))
    return out


def _precept_items() -> list[dict[str, Any]]:
    out = []
    for name, *vals in PRECEPT_TABLE:
        who = name if name != "Total" else "total"
        figs = [
            money(vals[0], float(vals[0].replace(",", "")), f"{who} Band D charge", "2025/26"),
            money(vals[1], float(vals[1].replace(",", "")), f"{who} Band D charge", "2026/27"),
            money(vals[2], float(vals[2].replace(",", "")), f"{who} Band D charge increase"),
            pct(vals[3], float(vals[3]), f"{who} Band D charge increase"),
        ]
        out.append(fig_item(C, " ".join([name, *vals]), *figs))
    return out


def _rent_items() -> list[dict[str, Any]]:
    out = []
    for size, old, new, homes in RENT_TABLE:
        name = size.lower()
        out.append(fig_item(N, " ".join([size, old, new, homes]),
                            money(old, float(old), f"average rent a week {name}", "2025/26"),
                            money(new, float(new), f"average rent a week {name}", "2026/27"),
                            count(homes, float(homes.replace(",", "")), f"homes {name}")))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(C, "This report asks the Council to set the council tax for 2026/27 for every part of the district, "
                "bringing together its own charge and those of Drovenshire County Council, the Drovenshire Police and "
                "Crime Commissioner, Drovenshire Fire and Rescue Authority and the 23 parish and town councils.",
             fy("2026/27", 2026), count("23", 23, "parish and town councils")),
    fig_item(C, "that the council tax base for 2026/27 be 38,412.6 Band D equivalent properties, as calculated by the "
                "Chief Finance Officer under delegated powers on 14 January 2026;",
             fy("2026/27", 2026), count("38,412.6", 38_412.6, "council tax base Band D equivalent properties", "2026/27"),
             date("14 January 2026", "2026-01-14")),
    fig_item(C, "that the Council's own council tax for a Band D property be £214.83 for 2026/27, an increase of £6.21 "
                "(2.98%) on 2025/26;",
             money("£214.83", 214.83, "Council's own council tax for a Band D property", "2026/27"), fy("2026/27", 2026),
             money("£6.21", 6.21, "increase in the Council's own Band D council tax", "2026/27"),
             pct("2.98%", 2.98, "increase in the Council's own Band D council tax", "2026/27"), fy("2025/26", 2025)),
    fig_item(C, "that the Council's budget requirement be £12,604,000, of which £8,252,179 is to be met from council "
                "tax;",
             money("£12,604,000", 12_604_000, "Council's budget requirement", "2026/27"),
             money("£8,252,179", 8_252_179, "budget requirement met from council tax", "2026/27")),
    fig_item(C, "that parish precepts totalling £1,486,340 be noted, giving an average Band D parish charge of £38.69;",
             money("£1,486,340", 1_486_340, "parish precepts total"),
             money("£38.69", 38.69, "average Band D parish charge")),
    fig_item(C, "that the precepts of Drovenshire County Council (£1,768.59 at Band D), the Drovenshire Police and "
                "Crime Commissioner (£273.46) and Drovenshire Fire and Rescue Authority (£92.18) be noted;",
             money("£1,768.59", 1768.59, "Drovenshire County Council precept at Band D"),
             money("£273.46", 273.46, "Drovenshire Police and Crime Commissioner precept at Band D"),
             money("£92.18", 92.18, "Drovenshire Fire and Rescue Authority precept at Band D")),
    fig_item(C, "that the aggregate council tax for a Band D property in an area with no parish council be £2,349.06 "
                "for 2026/27, as set out for every band in Table 2;",
             money("£2,349.06", 2349.06, "aggregate council tax for a Band D property with no parish council",
                   "2026/27"),
             fy("2026/27", 2026)),
    fig_item(C, "that the Council's basic amount of council tax for 2026/27 is not excessive under the principles set by "
                "the Ministry of Housing, Communities and Local Government (MHCLG), which let a district council raise "
                "its charge by up to 3% or £5, whichever is higher.",
             fy("2026/27", 2026), pct("3%", 3, "district council charge rise allowed"),
             money("£5", 5, "district council charge rise allowed")),
    fig_item(C, "The revenue budget was agreed by Cabinet on 10 February 2026.", date("10 February 2026", "2026-02-10")),
    fig_item(C, "Table 1 shows how it is funded in each of the two years.", count("two", 2, "years")),
    *_money_cells(C, FUND_ROWS, ("2025/26", "2026/27"), ("2025/26", "2026/27"), 1e3,
                  lambda row, _col: row.lower(), "£000"),
    fig_item(C, "The tax base has grown by 487.2 Band D equivalents (1.3%) since 2025/26, mostly from 412 new homes "
                "completed at Brindlewick Rise and Wickstead Meadows.",
             count("487.2", 487.2, "growth in the tax base Band D equivalents"),
             pct("1.3%", 1.3, "growth in the tax base"), fy("2025/26", 2025),
             count("412", 412, "new homes completed")),
    fig_item(C, "The collection fund is forecast to end 2025/26 with a deficit on council tax of £0.79m, of which the "
                "Council's share, 10.2%, is £81,000; its share of the deficit on business rates is £15,000.",
             fy("2025/26", 2025), money("£0.79m", 790_000, "collection fund deficit on council tax", "2025/26"),
             pct("10.2%", 10.2, "Council's share of the collection fund deficit on council tax", "2025/26"),
             money("£81,000", 81_000, "Council's share of the collection fund deficit on council tax", "2025/26"),
             money("£15,000", 15_000, "Council's share of the deficit on business rates", "2025/26")),
    fig_item(C, "The Council will draw £822,000 from the Budget Equalisation Reserve in 2026/27, leaving £1.9m in it "
                "on 31 March 2027.",
             money("£822,000", 822_000, "draw from the Budget Equalisation Reserve", "2026/27"), fy("2026/27", 2026),
             money("£1.9m", 1_900_000, "Budget Equalisation Reserve balance"), date("31 March 2027", "2027-03-31")),
    *_money_cells(C, BAND_ROWS, BAND_NAMES, ("2026/27",) * 5, 1,
                  lambda row, col: f"{row} {col} council tax a year", None),
    fig_item(C, "The Council's own share of a Band D bill comes to £4.13 a week.",
             money("£4.13", 4.13, "Council's own share of a Band D bill a week")),
    fig_item(C, "The County Council has raised its Band D charge by 4.99%, of which 2% is the adult social care "
                "precept, and the Police and Crime Commissioner by £15, the most allowed.",
             pct("4.99%", 4.99, "rise in the County Council Band D charge"),
             pct("2%", 2, "adult social care precept"),
             money("£15", 15, "rise in the Police and Crime Commissioner Band D charge")),
    *_precept_items(),
    fig_item(C, "A Band D household with no parish council will pay £110.27 more in 2026/27, or £2.12 a week.",
             money("£110.27", 110.27, "increase for a Band D household with no parish council", "2026/27"),
             fy("2026/27", 2026),
             money("£2.12", 2.12, "increase for a Band D household with no parish council a week", "2026/27")),
    fig_item(C, "The 23 parish and town councils have set precepts totalling £1,486,340 for 2026/27, 6.8% more than in "
                "2025/26; eight of them have kept their precept the same.",
             count("23", 23, "parish and town councils"),
             money("£1,486,340", 1_486_340, "parish and town council precepts total", "2026/27"), fy("2026/27", 2026),
             pct("6.8%", 6.8, "rise in parish and town council precepts", "2026/27"), fy("2025/26", 2025),
             count("eight", 8, "parish and town councils that kept their precept the same")),
    fig_item(C, "The highest Band D parish charge is £96.40 in Lower Quillham and the lowest £11.85 in Thistlecombe.",
             money("£96.40", 96.40, "highest Band D parish charge", "2026/27"),
             money("£11.85", 11.85, "lowest Band D parish charge", "2026/27")),
    fig_item(C, "Farrowmead Town Council's precept of £612,500 is 41% of the total.",
             money("£612,500", 612_500, "Farrowmead Town Council precept"),
             pct("41%", 41, "Farrowmead Town Council precept share of the total")),
    fig_item(C, "The tax base allows for 4,620 households on the Council Tax Reduction Scheme (CTRS), whose support is "
                "worth £5.3m across all the preceptors, and for a collection rate of 98.6%.",
             count("4,620", 4620, "households on the Council Tax Reduction Scheme"),
             money("£5.3m", 5_300_000, "Council Tax Reduction Scheme support"),
             pct("98.6%", 98.6, "collection rate")),
    fig_item(C, "From 1 April 2026 second homes pay a premium of 100%, which adds about 310 Band D equivalents to the "
                "base.",
             date("1 April 2026", "2026-04-01"), pct("100%", 100, "second homes premium"),
             count("310", 310, "Band D equivalents added to the base")),
    fig_item(C, "Homes empty for more than five years pay a premium of 200%.",
             duration("five years", "P5Y"), pct("200%", 200, "premium for homes empty for more than five years")),
    fig_item(C, "The Chief Finance Officer reports that the estimates are robust and the reserves adequate, with the "
                "General Fund balance at £2.4m, 19% of the net budget.",
             money("£2.4m", 2_400_000, "General Fund balance"),
             pct("19%", 19, "General Fund balance as a share of the net budget")),
    # the newsletter
    fig_item(N, "2 March 2026", date("2 March 2026", "2026-03-02")),
    fig_item(N, "Rents for council homes will rise by 4.8% from 6 April 2026, the most the government allows: the "
                "Consumer Price Index (CPI) plus 1%.",
             pct("4.8%", 4.8, "rise in rents for council homes"), date("6 April 2026", "2026-04-06"),
             pct("1%", 1, "rent rise allowed above the Consumer Price Index")),
    fig_item(N, "The average weekly rent goes up from £98.12 to £102.83, an extra £4.71 a week.",
             money("£98.12", 98.12, "average weekly rent"), money("£102.83", 102.83, "average weekly rent"),
             money("£4.71", 4.71, "rise in average rent a week")),
    fig_item(N, "Cabinet agreed the rise on 20 January 2026.", date("20 January 2026", "2026-01-20")),
    fig_item(N, "Service charges for the 1,140 homes in blocks with shared areas go up by 2.9%, and garage rents by 30p "
                "a week.",
             count("1,140", 1140, "homes in blocks with shared areas"), pct("2.9%", 2.9, "rise in service charges"),
             money("30p", 0.30, "rise in garage rents a week")),
    *_rent_items(),
    fig_item(N, RENT_NOTE, duration("52 weeks", "P52W"), date("1 April 2026", "2026-04-01")),
    fig_item(N, "We own 7,610 homes and manage another 1,085 leasehold flats.",
             count("7,610", 7610, "homes owned"), count("1,085", 1085, "leasehold flats managed")),
    fig_item(N, "Last year 46 tenants bought their home under the Right to Buy, and we built or bought 58 new ones.",
             count("46", 46, "tenants who bought their home under the Right to Buy"),
             count("58", 58, "new homes built or bought")),
    fig_item(N, "Every £1 of rent pays 31p for repairs and maintenance, 27p for interest and repaying the Housing "
                "Revenue Account (HRA) debt, 22p for housing management and 20p for improvements to homes.",
             money("£1", 1, "rent"), money("31p", 0.31, "rent for repairs and maintenance for every £1"),
             money("27p", 0.27, "rent for interest and repaying the Housing Revenue Account debt for every £1"),
             money("22p", 0.22, "rent for housing management for every £1"),
             money("20p", 0.20, "rent for improvements to homes for every £1")),
    fig_item(N, "In 2026/27 we will spend £14.2m on our homes, including 620 new kitchens, 480 bathrooms and 1,150 "
                "boilers.",
             fy("2026/27", 2026), money("£14.2m", 14_200_000, "spending on our homes", "2026/27"),
             count("620", 620, "new kitchens", "2026/27"), count("480", 480, "new bathrooms", "2026/27"),
             count("1,150", 1150, "new boilers", "2026/27")),
    fig_item(N, "At the end of December 92 homes stood empty between tenants, 1.2% of all our homes.",
             count("92", 92, "homes empty between tenants"), pct("1.2%", 1.2, "homes empty between tenants")),
    fig_item(N, "It took 31 days on average to let one again, down from 44 days a year earlier.",
             duration("31 days", "P31D", "average time to let an empty home again"),
             duration("44 days", "P44D", "average time to let an empty home again")),
    fig_item(N, "Each empty home loses about £100 of rent a week.", money("£100", 100, "rent lost a week by an empty home")),
    fig_item(N, "Between April and December we finished 18,640 day-to-day repairs, and got 94.1% of them right first "
                "time.",
             count("18,640", 18_640, "day-to-day repairs finished"), pct("94.1%", 94.1, "repairs right first time")),
    fig_item(N, "We aim to make emergency repairs safe within 4 hours.", duration("4 hours", "PT4H")),
    fig_item(N, "Rent arrears were £1.38m at the end of December, 2.9% of the rent due, compared with 3.4% a year "
                "before.",
             money("£1.38m", 1_380_000, "rent arrears"), pct("2.9%", 2.9, "rent arrears as a share of the rent due"),
             pct("3.4%", 3.4, "rent arrears as a share of the rent due a year before")),
    fig_item(N, "About 4,100 tenants, 54% of our households, have Universal Credit or Housing Benefit towards their rent.",
             count("4,100", 4100, "tenants with Universal Credit or Housing Benefit towards their rent"),
             pct("54%", 54, "households with Universal Credit or Housing Benefit towards their rent")),
    fig_item(N, "Last year the Money Advice Team helped 730 tenants to claim £1.1m in benefits they were owed.",
             count("730", 730, "tenants helped to claim benefits"),
             money("£1.1m", 1_100_000, "benefits claimed with the Money Advice Team")),
    fig_item(N, "Gas safety checks are due every 12 months.", duration("12 months", "P12M")),
    fig_item(N, "By the end of January we had checked 99.6% of the 6,940 homes with a gas supply; the 28 we could not "
                "get into are being followed up.",
             pct("99.6%", 99.6, "homes with a gas supply checked"), count("6,940", 6940, "homes with a gas supply"),
             count("28", 28, "homes with a gas supply we could not get into")),
    fig_item(N, "Smoke alarms were fitted or replaced in 1,310 homes last year, and 214 homes had an electrical check, "
                "which is needed every five years.",
             count("1,310", 1310, "homes with smoke alarms fitted or replaced"),
             count("214", 214, "homes with an electrical check"), duration("five years", "P5Y")),
    fig_item(N, "Work starts in May 2026 on 36 new homes for social rent at Merriton Court, where the old garages stood.",
             date("May 2026", "2026-05"), count("36", 36, "new homes for social rent")),
    fig_item(N, "The scheme costs £9.4m, of which £2.7m comes from Homes England.",
             money("£9.4m", 9_400_000, "cost of the scheme"), money("£2.7m", 2_700_000, "funding from Homes England")),
    fig_item(N, "The Community Chest gave £18,500 to 11 tenants' and residents' groups in 2025, with grants of up to "
                "£2,500 each.",
             money("£18,500", 18_500, "Community Chest grants", "2025"),
             count("11", 11, "tenants' and residents' groups given grants", "2025"), year("2025", 2025),
             money("£2,500", 2_500, "Community Chest grant each")),
    fig_item(N, "Bulky waste collections from flats are free until 31 May 2026; after that they cost £15 for up to three "
                "items.",
             date("31 May 2026", "2026-05-31"), money("£15", 15, "bulky waste collection from flats"),
             count("three", 3, "items")),
    fig_item(N, "This is the smallest rise for three years", duration("three years", "P3Y")),
    fig_item(N, "The Tenants' Panel, chaired by Dorcas Mwangi-Threadgold, met nine times in 2025",
             count("nine", 9, "Tenants' Panel meetings", "2025"), year("2025", 2025)),
    fig_item(N, "71.4% of our tenants were satisfied with our service overall in 2024/25, against a median of 68.9% for "
                "councils.",
             pct("71.4%", 71.4, "tenants satisfied with our service overall", "2024/25"), fy("2024/25", 2024),
             pct("68.9%", 68.9, "median tenants satisfied for councils", "2024/25")),
    fig_item(N, "thanked the 312 tenants who answered this winter's survey on estate cleaning.",
             count("312", 312, "tenants who answered the survey on estate cleaning")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(C, "ORG", FARROWMEAD),
    ent(C, "ORG", "Drovenshire County Council", aliases=("County Council",)),
    ent(C, "ORG", "Drovenshire Police and Crime Commissioner", aliases=("Police and Crime Commissioner",)),
    ent(C, "ORG", "Drovenshire Fire and Rescue Authority", aliases=("Fire and Rescue Authority",)),
    ent(C, "ORG", "Ministry of Housing, Communities and Local Government", aliases=("MHCLG",)),
    ent(C, "ORG", "Farrowmead Town Council"),
    ent(C, "COMMITTEE", "Cabinet"),
    ent(C, "PROGRAMME", "Budget Equalisation Reserve"),
    ent(C, "PROGRAMME", "Council Tax Reduction Scheme", aliases=("CTRS",)),
    ent(C, "PROGRAMME", "Revenue Support Grant"),
    ent(C, "GPE", "Lower Quillham"),
    ent(C, "GPE", "Thistlecombe"),
    ent(C, "GPE", "Brindlewick Rise"),
    ent(C, "GPE", "Wickstead Meadows"),
    ent(C, "ROLE", "Chief Finance Officer"),
    ent(C, "ROLE", "Section 151 Officer"),
    ent(C, "ROLE", "Portfolio Holder for Finance and Assets"),
    ent(C, "ROLE", "Revenues and Benefits Manager"),
    ent(C, "PERSON", "Marisol Featherstone-Amadi", affiliation=FARROWMEAD, role="Portfolio Holder for Finance and Assets"),
    ent(C, "PERSON", "Tobias Wetherall-Ince", affiliation=FARROWMEAD, role="Revenues and Benefits Manager"),
    ent(C, "PERSON", "Ines Szymanek-Dowd", affiliation=FARROWMEAD, role="Chief Finance Officer"),
    ent(N, "ORG", GAUNSWORTH),
    ent(N, "ORG", "Regulator of Social Housing"),
    ent(N, "ORG", "Stonecrop Building Services Ltd"),
    ent(N, "COMMITTEE", "Money Advice Team"),
    ent(N, "ORG", "Housing Service"),
    ent(N, "COMMITTEE", "Cabinet"),
    ent(N, "COMMITTEE", "Tenants' Panel"),
    ent(N, "PROGRAMME", "Right to Buy"),
    ent(N, "PROGRAMME", "Community Chest"),
    ent(N, "ORG", "Homes England"),
    ent(N, "GPE", "Merriton Court"),
    ent(N, "PROGRAMME", "Housing Revenue Account", aliases=("HRA",)),
    ent(N, "ACRONYM", "Consumer Price Index", aliases=("CPI",)),
    ent(N, "GPE", "Gaunsworth"),
    ent(N, "ROLE", "Cabinet Member for Housing"),
    ent(N, "ROLE", "Assistant Director for Housing"),
    ent(N, "ROLE", "Editor"),
    ent(N, "PERSON", "Rhiannon Vossberg", affiliation=GAUNSWORTH, role="Cabinet Member for Housing"),
    ent(N, "PERSON", "Dorcas Mwangi-Threadgold", affiliation="Tenants' Panel", role="Chair"),
    ent(N, "PERSON", "Cressida Omondi-Kertesz", affiliation=GAUNSWORTH, role="Assistant Director for Housing"),
    ent(N, "PERSON", "Yusuf Carrodine-Ree", affiliation=GAUNSWORTH, role="Editor"),
]
