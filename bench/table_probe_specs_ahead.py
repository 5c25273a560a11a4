"""Invented tables of ``bench/table_probes.py`` written *ahead* of the next corpus (councils,
services and figures made up): forms councils print that no corpus has shown yet. A header on
three rows (a group over years over a unit); the unit as a column of its own beside the values
("£k", "No.", "%", "£ per week"); a long table run onto the next page without its header drawn
again; row labels wrapped with the figures on the label's last or middle line; spacer columns
left empty through the header and the rows; credits written "1,234 CR" beside "(1,234)" and
"-1,234"; every way of writing no figure; a fees-and-charges schedule (current and proposed
charge, % change, VAT status); a risk register (likelihood and impact scores: counts, not
money); rows numbered in a column of their own; months written "Apr-25"; a table of a label
and a figure with no header row."""

from __future__ import annotations

from dataclasses import replace

from table_probe_specs import PDF_HTML, PROBES, Col, Probe, _fy

_BASE = {p.name: p for p in PROBES}
_LONG_ROWS = tuple(
    (f"{a}{b} ward", f"{310 + 11 * i:,}", f"{2.5 + (i % 7) * 0.4:.1f}", f"{1200 + 57 * i:,}")
    for i, (a, b) in enumerate((a, b) for a in ("Alder", "Bram", "Coom", "Dray", "Eske", "Fell", "Garth")
                               for b in ("gate", "holme", "side", "ton", "well", "moor", "field", "brook", "stead"))
)
_MONTHS = ("Oct-25", "Nov-25", "Dec-25", "Jan-26", "Feb-26", "Mar-26")

AHEAD: tuple[Probe, ...] = (
    Probe(
        name="three-row-head", form="header on three rows (group, year, unit)", council="Wyvern", landscape=True,
        title="Table 6: Revenue and capital budgets by directorate",
        head=(("", "Revenue", "", "", "Capital", "", ""),
              ("Directorate", "2026/27", "2027/28", "2028/29", "2026/27", "2027/28", "2028/29"),
              ("", "£000", "£000", "£000", "£000", "£000", "£000")),
        spans=((0, 1, 3), (0, 4, 6)),
        rows=(("Communities", "14,250", "14,810", "15,300", "2,100", "3,450", "900"),
              ("Environment", "22,600", "23,150", "23,900", "6,750", "4,200", "3,800"),
              ("Resources", "9,870", "10,020", "10,240", "1,150", "600", "450")),
        cols=(*(Col("GBP", 1e3, _fy(y), ("Revenue", _fy(y))) for y in (2026, 2027, 2028)),
              *(Col("GBP", 1e3, _fy(y), ("Capital", _fy(y))) for y in (2026, 2027, 2028))),
    ),
    Probe(
        name="three-row-head-percent", form="header on three rows (group, year, unit)", council="Orlwick",
        title="Table 2: Resident survey",
        head=(("", "Orlwick homes", "", "Regional median", ""),
              ("Measure", "2024/25", "2025/26", "2024/25", "2025/26"),
              ("", "%", "%", "%", "%")),
        spans=((0, 1, 2), (0, 3, 4)),
        rows=(("Satisfied with repairs", "71.4", "74.9", "69.0", "70.2"),
              ("Satisfied with the landlord", "68.1", "70.5", "66.3", "67.8")),
        cols=(*(Col("percent", 1, _fy(y), ("Orlwick", _fy(y))) for y in (2024, 2025)),
              *(Col("percent", 1, _fy(y), ("Regional", _fy(y))) for y in (2024, 2025))),
    ),
    Probe(
        name="units-column", form="a units column", council="Sampleton",
        title="Table 4: Adult social care key measures",
        head=(("Measure", "Unit", "2024/25", "2025/26"),),
        rows=(("Spend on home care", "£k", "18,420", "19,870"),
              ("People in extra care flats", "No.", "642", "618"),
              ("Reviews completed on time", "%", "78.5", "83.1"),
              ("Average cost of a nursing bed", "£ per week", "912.40", "968.15")),
        text_cols=(0,),
        row_units=(("Spend on home care", "GBP", 1e3), ("People in extra care flats", "count", 1.0),
                   ("Reviews completed on time", "percent", 1.0), ("Average cost of a nursing bed", "GBP", 1.0)),
        cols=(Col(), Col("count", 1, "2024/25", ("2024/25",)), Col("count", 1, "2025/26", ("2025/26",))),
    ),
    replace(
        _BASE["continued"], name="continued-no-repeat", form="continued across pages, header not repeated",
        council="Orlwick", repeat_head=False, renderers=("pdf-grid", "pdf-open"),
        title="Table 8: Ward electorate and turnout 2026/27", head=(("Ward", "Electors", "Turnout %", "Postal votes"),),
        rows=_LONG_ROWS,
        cols=(Col("count", 1, "2026/27", ("Electors",)), Col("percent", 1, "2026/27", ("Turnout",)),
              Col("count", 1, "2026/27", ("Postal",))),
    ),
    replace(_BASE["wrapped-labels"], name="wrapped-labels-bottom", form="wrapped row labels, figures on the last line",
            council="Wyvern", valign="BOTTOM", renderers=("pdf-grid", "pdf-open")),
    replace(_BASE["wrapped-labels"], name="wrapped-labels-middle", form="wrapped row labels, figures on a middle line",
            council="Sampleton", valign="MIDDLE", renderers=("pdf-grid", "pdf-open"),
            rows=(("Replacement of the Sampleton town centre public conveniences and the bus station shelters",
                   "420", "115", "410"),
                  ("Wyvern market hall roof", "730", "12", "730"),
                  ("Flood alleviation works at Orlwick brook, the lower meadows and the mill race culvert",
                   "1,850", "960", "1,900"))),
    Probe(
        name="spacer-columns", form="header padded with empty spacer columns", council="Orlwick",
        title="Table 5: Budget monitoring 2025/26 (£000)",
        head=(("Service", "", "Budget", "", "Forecast", "", "Variance"),),
        rows=(("Libraries", "", "2,410", "", "2,380", "", "(30)"),
              ("Parks", "", "3,175", "", "3,290", "", "115"),
              ("Car parks", "", "(1,640)", "", "(1,520)", "", "120")),
        text_cols=(0, 2, 4),
        cols=(Col(), Col("GBP", 1e3, "2025/26", ("Budget",)), Col(), Col("GBP", 1e3, "2025/26", ("Forecast",)), Col(),
              Col("GBP", 1e3, "2025/26", ("Variance",))),
    ),
    Probe(
        name="credits-cr", form="negatives written CR, brackets and minus", council="Wyvern",
        title="Table 3: Traded services 2025/26 (£)",
        head=(("Account", "Budget", "Actual", "Variance"),),
        rows=(("Land charges", "12,400", "18,950 CR", "31,350 CR"),
              ("Markets", "8,300 CR", "(6,120)", "2,180"),
              ("Crematorium", "-45,600", "-52,075", "-6,475")),
        cols=tuple(Col("GBP", 1, "2025/26", (k,)) for k in ("Budget", "Actual", "Variance")),
    ),
    Probe(
        name="no-figure-cells", form="blank, dash and n/a cells", council="Sampleton",
        title="Table 6: Section 106 receipts by year (£000)",
        head=(("Site", "2023/24", "2024/25", "2025/26"),),
        rows=(("North quarry", "—", "240", "0"),
              ("Mill lane", "N/A", "-", "85"),
              ("Station yard", "tbc", "", "130"),
              ("Old dairy", "115", "n/a", "nil")),
        cols=tuple(Col("GBP", 1e3, _fy(y), (_fy(y),)) for y in (2023, 2024, 2025)),
    ),
    Probe(
        name="fees-charges", form="fees and charges schedule", council="Orlwick",
        title="Table 9: Fees and charges 2026/27",
        head=(("Service", "Unit", "Current charge 2025/26 £", "Proposed charge 2026/27 £", "Change %", "VAT"),),
        rows=(("Sports hall hire", "per hour", "46.00", "48.50", "5.4", "Exempt"),
              ("Allotment plot", "per year", "62.00", "65.00", "4.8", "Outside scope"),
              ("Pest control visit", "each", "85.00", "89.25", "5.0", "Standard"),
              ("Pre-application advice", "per meeting", "250.00", "260.00", "4.0", "Standard")),
        text_cols=(0, 4),
        cols=(Col(), Col("GBP", 1, "2025/26", ("Current",)), Col("GBP", 1, "2026/27", ("Proposed",)),
              Col("percent", 1, "2026/27", ("Change",)), Col()),  # (the title's year: the change made for it)
    ),
    Probe(
        name="fees-charges-vat", form="fees and charges schedule", council="Wyvern",
        title="Table 4: Cemetery charges",
        head=(("Charge", "2025/26 excl VAT", "2026/27 excl VAT", "VAT rate", "2026/27 incl VAT"),),
        rows=(("Exclusive right of burial", "£1,150.00", "£1,210.00", "0%", "£1,210.00"),
              ("Memorial permit", "£140.00", "£147.00", "20%", "£176.40"),
              ("Chapel use", "£95.00", "£100.00", "20%", "£120.00")),
        cols=(Col("GBP", 1, "2025/26", ("2025/26",)), Col("GBP", 1, "2026/27", ("2026/27", "excl")),
              Col("percent", 1, None, ("VAT",)), Col("GBP", 1, "2026/27", ("incl",))),
    ),
    Probe(
        name="risk-register", form="risk register scores", council="Sampleton", lead=2,
        title="Table 2: Strategic risks",
        head=(("Ref", "Risk", "Likelihood", "Impact", "Risk score", "Residual score", "Owner"),),
        rows=(("1", "Loss of the waste depot to flooding", "3", "5", "15", "10", "Director of Place"),
              ("2", "Cyber attack on council systems", "4", "4", "16", "12", "Chief Digital Officer"),
              ("3", "Overspend on the school meals contract", "4", "3", "12", "9", "Director of Education")),
        text_cols=(4,),
        cols=(Col("count", 1, None, ("Likelihood",)), Col("count", 1, None, ("Impact",)),
              Col("count", 1, None, ("Risk score",)), Col("count", 1, None, ("Residual",)), Col()),
    ),
    Probe(
        name="numbered-rows", form="rows numbered in a column of their own", council="Wyvern", lead=2,
        title="Table 7: Capital bids 2026/27",
        head=(("No.", "Scheme", "Cost £000", "External funding £000"),),
        rows=(("1", "Orlwick skate park", "180", "60"), ("2", "Sampleton cemetery railings", "640", "0"),
              ("3", "Wyvern splash pad", "95", "45")),
        cols=(Col("GBP", 1e3, "2026/27", ("Cost",)), Col("GBP", 1e3, "2026/27", ("External",))),
    ),
    Probe(
        name="month-year-heads", form="months written Apr-25", council="Orlwick", landscape=True,
        title="Table 5: Fly-posting removed",
        head=(("Measure", *_MONTHS),),
        rows=(("Fly-posters removed", "212", "248", "305", "261", "230", "219"),
              ("Fly-posters per 10,000 homes", "41.2", "47.9", "58.8", "50.3", "44.1", "42.0")),
        cols=tuple(Col("count", 1, None, (m,)) for m in _MONTHS),  # (a month is no financial year)
    ),
    Probe(
        name="headless-pairs", form="a label and a figure, no header row", council="Sampleton",
        title="Council tax 2026/27 at a glance",
        head=(),
        rows=(("Band D council tax 2026/27", "£2,104.37"), ("Increase on the year before", "4.99%"),
              ("Council tax requirement", "£96,415,220"), ("Tax base (Band D equivalent homes)", "45,817.6")),
        cols=(Col("count", 1, "2026/27", ()),),  # (the title's year)
        renderers=PDF_HTML,
    ),
)
