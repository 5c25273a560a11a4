"""More invented tables of ``bench/table_probes.py`` (councils, services and figures made up), in
forms that a fresh corpus showed were not read: a unit written only in a header cell spanning
the value columns ("Projection (£000)" over four years, "£000" over the years and a Total), or
over some of them beside a column with its own unit; quarters under a header spanning them with
a year, a "Year" column of the year's figures and a status word; note markers raised on row
labels ("Fuel costs¹", drawn as a superscript); calendar years as columns with the unit only in
the row label; a recorded vote as a two-column table under an HTML ``<caption>``."""

from __future__ import annotations

from table_probe_specs import Col, Probe, _fy

_QUARTERS = ("Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar")

MORE: tuple[Probe, ...] = (
    Probe(
        name="unit-span-years", form="unit in a spanning header", council="Orlwick",
        title="Table 2: Spending projection",
        head=(("", "Projection (£000)", "", "", ""), ("", "2027/28", "2028/29", "2029/30", "2030/31")),
        spans=((0, 1, 4),),
        rows=(
            ("Service budgets", "52,617", "54,093", "55,871", "57,239"),
            ("Energy price rises", "1,583", "1,247", "1,019", "1,137"),
            ("Transformation savings", "(763)", "(581)", "(427)", "(219)"),
            ("Total spending", "53,437", "54,759", "56,463", "58,157"),
        ),
        cols=tuple(Col("GBP", 1e3, _fy(y), (_fy(y),)) for y in range(2027, 2031)),
    ),
    Probe(
        name="unit-span-total", form="unit in a spanning header", council="Wyvern",
        title="Table 4: Income targets by service area",
        head=(("", "£000", "", "", "", ""), ("Service area", "2027/28", "2028/29", "2029/30", "2030/31", "Total")),
        spans=((0, 1, 5),),
        rows=(
            ("Highways", "347", "293", "187", "113", "940"),
            ("Leisure and culture", "163", "171", "93", "47", "474"),
            ("Customer services", "97", "73", "59", "37", "266"),
            ("Total income", "607", "537", "339", "197", "1,704"),
        ),
        cols=(*(Col("GBP", 1e3, _fy(y), (_fy(y),)) for y in range(2027, 2031)), Col("GBP", 1e3, None, ("Total",))),
    ),
    Probe(
        name="unit-span-part", form="unit in a spanning header", council="Sampleton",
        title="Table 3: Income from fees",
        head=(("", "Income (£000)", "", "Change"), ("Service", "2025/26", "2026/27", "%")),
        spans=((0, 1, 2),),
        rows=(
            ("Car parks", "2,463", "2,619", "6.3"),
            ("Planning fees", "877", "923", "5.3"),
            ("Building control", "437", "419", "(4.1)"),
        ),
        cols=(Col("GBP", 1e3, "2025/26", ("2025/26",)), Col("GBP", 1e3, "2026/27", ("2026/27",)),
              Col("percent", 1, None, ("Change",))),
    ),
    Probe(
        name="quarters-span-year", form="quarters under a spanning year", council="Wyvern", landscape=True,
        title="Table 1: Service measures",
        head=(
            ("", "", "", "Quarters of 2026/27", "", "", "", "", ""),
            ("", "2025/26", "Target", "Q1", "Q2", "Q3", "Q4", "Year", ""),
            ("Indicator", "actual", "2026/27", *_QUARTERS, "2026/27", "RAG"),
        ),
        spans=((0, 3, 6),),
        rows=(
            ("Bulky items collected on time (%)", "67.3", "70.0", "68.2", "71.9", "66.4", "69.1", "68.9", "Amber"),
            ("Street lights out per 1,000", "17", "13", "15", "19", "14", "16", "16", "Red"),
            ("Average days to clear graffiti", "6.7", "5.0", "6.3", "5.9", "7.2", "4.8", "6.0", "Amber"),
            ("Museum admissions", "63,417", "66,000", "15,833", "17,269", "14,507", "18,941", "66,550", "Green"),
            ("Staff turnover (%)", "13.7", "12.0", "3.3", "3.1", "2.8", "3.2", "12.5", "Green"),
        ),
        row_units=(("Bulky items collected on time (%)", "percent", 1.0), ("Staff turnover (%)", "percent", 1.0)),
        text_cols=(7,),
        cols=(
            Col("count", 1, "2025/26", ("2025/26",)), Col("count", 1, "2026/27", ("Target",)),
            *(Col("count", 1, "2026/27", (f"Q{q}",)) for q in range(1, 5)),
            Col("count", 1, "2026/27", ("Year",)), Col(),
        ),
    ),
    Probe(
        name="label-markers", form="note markers on row labels", council="Sampleton",
        title="Table 6: Budget pressures 2026/27 (£000)",
        head=(("Pressure", "Adults", "Children", "Place"),),
        rows=(
            ("Fuel costs¹", "1,367", "893", "517"),
            ("Vehicle hire²", "227", "163", "359"),
            ("Rising client numbers", "2,183", "1,427", "–"),
            ("Landfill tax³", "–", "–", "673"),
        ),
        note="¹ Includes the new depot lease. ² Cover for vacant posts. ³ At the standard rate.",
        cols=tuple(Col("GBP", 1e3, "2026/27", (k,)) for k in ("Adults", "Children", "Place")),
        raised_marks=True,
    ),
    Probe(
        name="calendar-years-row-unit", form="calendar years as columns", council="Orlwick",
        title="Table 2: Residents survey",
        head=(("Measure", "2023", "2024", "2025"),),
        rows=(
            ("Residents satisfied with their area (%)", "71.3", "72.9", "74.8"),
            ("Adults who volunteer monthly (%)", "23.7", "24.9", "26.3"),
            ("Homes with superfast broadband (%)", "57.1", "61.3", "66.7"),
        ),
        row_units=tuple((r, "percent", 1.0) for r in (
            "Residents satisfied with their area (%)", "Adults who volunteer monthly (%)", "Homes with superfast broadband (%)")),
        cols=tuple(Col("count", 1, str(y), (str(y),)) for y in (2023, 2024, 2025)),
    ),
    Probe(
        name="vote-table", form="recorded vote table", council="Wyvern",
        intro="Councillor Ember proposed that car park charges rise by 2% in 2027/28, and a named vote followed.",
        title="Result of the named vote",
        head=(("Voting", "Councillors"),),
        rows=(("In favour", "23"), ("Opposed", "29"), ("Abstentions", "4")),
        cols=(Col("count", 1, None, ("Councillors",)),),
        html_caption=True,
    ),
    Probe(
        name="wrapped-head-date-unit", form="two-row header, cells wrapped, unit in each", council="Sampleton",
        title="Table 1: Capital schemes 2026/27",
        head=(("", "Approved", "Spent to", "Forecast", "Variance"),
              ("Scheme", "budget £k", "30 Sept £k", "outturn £k", "£k")),
        rows=(
            ("Depot solar panels", "1,730", "655", "1,610", "(120)"),
            ("Town square paving", "2,940", "1,185", "3,075", "135"),
            ("Cycle hire docks", "415", "–", "205", "(210)"),
        ),
        cols=(Col("GBP", 1e3, "2026/27", ("budget",)), Col("GBP", 1e3, "2026/27", ("Spent",)),
              Col("GBP", 1e3, "2026/27", ("outturn",)), Col("GBP", 1e3, "2026/27", ("Variance",))),
    ),
    Probe(
        name="wrapped-head-moves-to", form="two-row header, cells wrapped, unit in each", council="Wyvern",
        title="Table 3: Grants to community groups 2027/28",
        head=(("", "Awarded", "Paid by", "Moves to"),
              ("Fund", "in year £000", "31 Jan £000", "2028/29 £000")),
        rows=(
            ("Village halls", "86", "51", "35"),
            ("Youth clubs", "143", "97", "46"),
            ("Sports associations", "118", "64", "54"),
        ),
        cols=(Col("GBP", 1e3, "2027/28", ("Awarded",)), Col("GBP", 1e3, "2027/28", ("Paid",)),
              Col("GBP", 1e3, "2028/29", ("Moves",))),
    ),
)
