"""Invented tables of ``bench/table_probes.py`` (councils, services and figures made up) that
combine forms each probed alone elsewhere, since a rule made for one form can break its
neighbour: rows numbered in a column of their own whose labels wrap, beside a units column; a
header on three rows over subtotals, totals and bracketed negatives; a long table run onto the
next page without its header, its rows numbered and wrapped; words where figures stand ("TBC",
"Included", "See note 3", "On track", a RAG word); a recorded vote (names against For, Against
and Abstain) with its totals, and the counts of several votes; a budget monitoring table with a
commentary of prose beside the figures; note markers on figures ("1,234*", "£5.2m¹",
"12%(a)"); quarters and months beside a year's total and a percent change; a table cut by a
page and taken up again under its title with "(continued)"; percent changes beside money
under a group header; each also with its cells centred in their rows."""

from __future__ import annotations

from dataclasses import replace

from table_probe_specs import Col, Probe, _fy

_WARDS = tuple(f"{a}{b}" for a in ("Ash", "Bry", "Cal", "Dun", "Ell") for b in ("brook", "combe", "field", "ley", "mere", "ton"))
_LONG = tuple(
    (str(i + 1), f"{w} ward community hall{' and the adjoining playing field changing rooms' if i % 4 == 1 else ''}",
     f"{120 + 37 * i:,}", f"{(i * 13) % 90 + 5}", f"({(i * 7) % 40 + 1})" if i % 3 == 0 else f"{(i * 11) % 50}")
    for i, w in enumerate(_WARDS)
)

COMBO: tuple[Probe, ...] = (
    Probe(
        name="numbered-wrapped-units", form="numbered rows x wrapped labels x units column", council="Wyvern", lead=2,
        wrap_label=True, label_width=125,
        title="Table 3: Housing options performance 2026/27",
        head=(("No.", "Measure", "Unit", "2025/26", "2026/27", "Change"),),
        rows=(("1", "Households placed in temporary accommodation outside the district", "No.", "142", "118", "(24)"),
              ("2", "Bed and breakfast spend for families", "£k", "1,240", "985", "(255)"),
              ("3", "Cases where the tenancy was saved within 8 weeks", "%", "61.5", "64.0", "2.5"),
              ("4", "Average weekly cost of a nightly paid room", "£ per week", "412.50", "398.00", "(14.50)")),
        text_cols=(0,),
        row_units=(("Households placed in temporary accommodation outside the district", "count", 1.0),
                   ("Bed and breakfast spend for families", "GBP", 1e3),
                   ("Cases where the tenancy was saved within 8 weeks", "percent", 1.0),
                   ("Average weekly cost of a nightly paid room", "GBP", 1.0)),
        cols=(Col(), Col("count", 1, "2025/26", ("2025/26",)), Col("count", 1, "2026/27", ("2026/27",)),
              Col("count", 1, "2026/27", ("Change",))),  # (the title's year: the change made in it)
    ),
    Probe(
        name="three-head-totals", form="three-row header x totals x negatives x wrapped labels", council="Orlwick",
        wrap_label=True, label_width=120, landscape=True,
        title="Table 5: Budget monitoring 2026/27",
        head=(("", "Revenue", "", "Capital", ""),
              ("Directorate", "Budget", "Variance", "Budget", "Variance"),
              ("", "£000", "£000", "£000", "£000")),
        spans=((0, 1, 2), (0, 3, 4)),
        rows=(("Adult social care and health commissioning", "48,210", "(1,520)", "3,400", "(210)"),
              ("Children's services and education", "31,400", "1,650", "2,100", "0"),
              ("Subtotal people directorates", "79,610", "130", "5,500", "(210)"),
              ("Place and environment", "12,980", "(370)", "6,750", "415"),
              ("Total", "92,590", "(240)", "12,250", "205")),
        cols=(Col("GBP", 1e3, "2026/27", ("Revenue", "Budget")), Col("GBP", 1e3, "2026/27", ("Revenue", "Variance")),
              Col("GBP", 1e3, "2026/27", ("Capital", "Budget")), Col("GBP", 1e3, "2026/27", ("Capital", "Variance"))),
    ),
    Probe(
        name="long-numbered-no-repeat", form="page break without header x numbered rows x wrapped labels",
        council="Sampleton", lead=2, wrap_label=True, wrap_head=True, label_width=170, repeat_head=False,
        title="Table 9: Community hall grants 2026/27",
        head=(("No.", "Centre", "Grant £", "Users a week", "Change on last year £"),),
        rows=_LONG,
        cols=(Col("GBP", 1, "2026/27", ("Grant",)), Col("count", 1, "2026/27", ("Users",)),
              Col("GBP", 1, "2026/27", ("Change",))),
    ),
    Probe(
        name="word-cells", form="word cells among figures", council="Wyvern",
        title="Table 4: Capital receipts forecast (£000)",
        head=(("Site", "2025/26", "2026/27", "2027/28", "Status"),),
        rows=(("Former depot, Orlwick Road", "TBC", "1,850", "Included", "On track"),
              ("Sampleton clinic", "640", "See note 3", "—", "Amber"),
              ("Wyvern library annexe", "Nil return", "215", "TBC", "Green"),
              ("Total", "640", "2,065", "0", "")),
        note="Note 3: the sale depends on planning consent for the site.",
        text_cols=(3,),
        cols=(*(Col("GBP", 1e3, _fy(y), (_fy(y),)) for y in (2025, 2026, 2027)), Col()),
    ),
    Probe(
        name="vote-names", form="recorded vote: names x For, Against, Abstain", council="Orlwick",
        intro="The amendment on the 2027/28 car parking charges was put to a recorded vote.",
        title="Recorded vote on the amendment",
        head=(("Councillor", "For", "Against", "Abstain"),),
        rows=(("Councillor Amara Bellwood", "X", "", ""), ("Councillor Tobias Fernhill", "", "X", ""),
              ("Councillor Priya Oakhanger", "X", "", ""), ("Councillor Lewis Quarrington", "", "", "X"),
              ("Total", "2", "1", "1")),
        cols=(Col("count", 1, None, ("For",)), Col("count", 1, None, ("Against",)), Col("count", 1, None, ("Abstain",))),
    ),
    Probe(
        name="vote-counts", form="vote counts of several motions", council="Sampleton",
        intro="Council debated the 2027/28 budget and two amendments; the votes were as follows.",
        title="Votes",
        head=(("Motion", "For", "Against", "Abstentions"),),
        rows=(("First amendment (Green group)", "12", "31", "4"),
              ("Second amendment (Liberal Democrat group)", "17", "28", "2"),
              ("Substantive budget motion", "30", "15", "2")),
        cols=(Col("count", 1, None, ("For",)), Col("count", 1, None, ("Against",)),
              Col("count", 1, None, ("Abstentions",))),
    ),
    Probe(
        name="monitoring-commentary", form="budget monitoring with a commentary column", council="Wyvern", landscape=True,
        title="Table 2: Revenue budget monitoring 2026/27, quarter 2 (£000)",
        head=(("Service", "Budget", "Forecast outturn", "Variance", "Variance %", "Commentary"),),
        rows=(("Children in care placements", "18,400", "19,950", "1,550", "8.4",
               "More children placed since the last report, some of them in residential homes at a higher weekly cost."),
              ("School travel assistance", "6,250", "6,610", "360", "5.8", "New routes for the autumn term."),
              ("Waste disposal", "9,730", "9,385", "(345)", "(3.5)",
               "Lower tonnages than budgeted and a better price for recycled paper and card."),
              ("Total", "34,380", "35,945", "1,565", "4.6", "")),
        text_cols=(4,),
        cols=(Col("GBP", 1e3, "2026/27", ("Budget",)), Col("GBP", 1e3, "2026/27", ("Forecast",)),
              Col("GBP", 1e3, "2026/27", ("Variance",)), Col("percent", 1, "2026/27", ("Variance",)), Col()),
    ),
    Probe(
        name="marked-figures", form="note markers on figures", council="Sampleton",
        title="Table 6: Key financial measures 2026/27",
        head=(("Measure", "Budget", "Forecast", "Change"),),
        rows=(("Council tax income", "£61.4m", "£62.1m¹", "1.1%"),
              ("Business rates retained", "£18.9m*", "£17.6m", "(6.9%)(a)"),
              ("Households on the tax reduction scheme", "1,234*", "1,310", "6.2%(a)")),
        note="¹ After the collection fund surplus. * Restated. (a) Change on the budget.",
        row_units=(("Households on the tax reduction scheme", "count", 1.0),),
        cols=(Col("GBP", 1, "2026/27", ("Budget",)), Col("GBP", 1, "2026/27", ("Forecast",)),
              Col("percent", 1, "2026/27", ("Change",))),
    ),
    Probe(
        name="quarters-total-change", form="quarters x year total x percent change", council="Orlwick", landscape=True,
        title="Table 7: Swimming and gym visits 2026/27",
        head=(("Centre", "Q1", "Q2", "Q3", "Q4", "Year", "2025/26", "Change %"),),
        rows=(("Orlwick Pool", "41,250", "39,870", "35,410", "44,120", "160,650", "151,300", "6.2"),
              ("Sampleton Sports Hall", "22,400", "19,850", "21,300", "23,950", "87,500", "90,120", "(2.9)")),
        cols=(*(Col("count", 1, "2026/27", (f"Q{q}",)) for q in range(1, 5)), Col("count", 1, "2026/27", ("Year",)),
              Col("count", 1, "2025/26", ("2025/26",)), Col("percent", 1, "2026/27", ("Change",))),
    ),
    Probe(
        name="months-units-rag", form="months x units column x RAG", council="Wyvern", landscape=True,
        title="Table 3: Contact centre 2026/27",
        head=(("Measure", "Unit", "Oct", "Nov", "Dec", "Target", "RAG"),),
        rows=(("Calls answered", "No.", "18,240", "17,905", "15,120", "17,000", "Green"),
              ("Calls answered within 2 minutes", "%", "71.5", "68.0", "74.2", "75.0", "Amber"),
              ("Cost per call", "£", "3.85", "4.10", "4.02", "3.75", "Red")),
        text_cols=(0, 5),
        row_units=(("Calls answered", "count", 1.0), ("Calls answered within 2 minutes", "percent", 1.0),
                   ("Cost per call", "GBP", 1.0)),
        cols=(Col(), *(Col("count", 1, "2026/27", (m,)) for m in ("Oct", "Nov", "Dec")),
              Col("count", 1, "2026/27", ("Target",)), Col()),
    ),
    Probe(
        name="continued-title", form='"(continued)" title on the next page', council="Sampleton",
        title="Table 8: Capital programme 2026/27 (£000)",
        head=(("Scheme", "Budget", "Spend to date", "Forecast"),),
        rows=(("Orlwick bridge strengthening", "2,400", "1,150", "2,380"),
              ("Sampleton depot roof", "860", "410", "905"),
              ("Wyvern cycle routes", "1,320", "220", "1,100"),
              ("Market hall lift", "310", "0", "310"),
              ("Burial ground extension", "545", "95", "560")),
        cont=3,
        cols=tuple(Col("GBP", 1e3, "2026/27", (k,)) for k in ("Budget", "Spend", "Forecast")),
    ),
    Probe(
        name="percent-beside-money", form="percent change beside money under a group", council="Orlwick",
        title="Table 3: Net budget by service (£000)",
        head=(("", "Net budget", "", "Change", ""), ("Service", "2025/26", "2026/27", "£000", "%")),
        spans=((0, 1, 2), (0, 3, 4)),
        rows=(("Libraries", "2,410", "2,295", "(115)", "(4.8)"),
              ("Parks and open spaces", "3,175", "3,390", "215", "6.8"),
              ("Total", "5,585", "5,685", "100", "1.8")),
        cols=(Col("GBP", 1e3, "2025/26", ("2025/26",)), Col("GBP", 1e3, "2026/27", ("2026/27",)),
              Col("GBP", 1e3, None, ("Change",)), Col("percent", 1, None, ("Change",))),
    ),
)

# each again with its cells centred in their rows (Word's "centre vertically"; a browser's default)
COMBO = (*COMBO, *(replace(p, name=f"{p.name}-mid", valign="MIDDLE", renderers=("pdf-grid",))
                   for p in COMBO if p.name in ("numbered-wrapped-units", "three-head-totals", "monitoring-commentary",
                                                "long-numbered-no-repeat")))
