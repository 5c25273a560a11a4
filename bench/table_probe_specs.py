"""The invented tables of ``bench/table_probes.py``: councils, services and figures are made up.
Each probe gives its header rows and rows as text (as printed) and, for each value column, its
unit, scale, financial year and the words that tell it from its neighbours; the expected
figure of each cell follows from them (``expected_cells``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

ALL = ("pdf-grid", "pdf-open", "docx", "html")
PDF_HTML = ("pdf-grid", "pdf-open", "html")
BLANKS = {"–", "-", "—", "n/a", "N/A", "nil", "Nil", "", "tbc", "x"}
# words written where a figure stands: no figure (and none of a note's number, "See note 3")
WORD_CELLS = {"TBC", "Included", "See note 3", "On track", "Nil return", "Green", "Amber", "Red", "X", "Free",
              "Not applicable", "Exempt"}
_FOOT = "¹²³*†‡"
_LETTER_NOTE = re.compile(r"\([a-z]\)$")  # a note marked by a letter: "12%(a)"


@dataclass(frozen=True)
class Col:
    unit: str = "count"  # GBP | percent | count
    scale: float = 1.0
    period: str | None = None
    key: tuple[str, ...] = ()  # words the figure's label or column must carry


@dataclass(frozen=True)
class Probe:
    name: str
    form: str
    council: str
    head: tuple[tuple[str, ...], ...]  # header rows, full width ("" = empty or merged away)
    rows: tuple[tuple[str, ...], ...]  # label cell(s), then values
    cols: tuple[Col, ...]  # one per value column
    title: str = ""
    note: str = ""
    intro: str = "The table below sets out the position at the end of the period."
    spans: tuple[tuple[int, int, int], ...] = ()  # (header row, first col, last col) merged across
    vspans: tuple[tuple[int, int, int], ...] = ()  # (row, col, rows) merged down (rows counted after the header)
    lead: int = 1  # label columns before the values
    row_units: tuple[tuple[str, str, float], ...] = ()  # (row label, unit, scale): a row's own unit
    row_periods: tuple[tuple[str, str | None], ...] = ()  # (row label, period): a row's own year
    text_cols: tuple[int, ...] = ()  # value-column indexes holding text (status, commentary)
    landscape: bool = False
    wrap_label: bool = False
    wrap_head: bool = False
    label_width: float | None = None
    th_labels: bool = False  # HTML: the row labels are <th scope="row">
    twin: Probe | None = None  # a second table drawn beside this one
    renderers: tuple[str, ...] = ALL
    raised_marks: bool = False  # note markers (¹²³) of row labels and the note drawn raised: "Fuel costs" + "1"
    html_caption: bool = False  # HTML: the title is the table's <caption>
    valign: str = "TOP"  # PDF: where a row's cells sit when its label wraps (TOP, MIDDLE, BOTTOM)
    repeat_head: bool = True  # PDF: the header is drawn again on each page the table runs onto
    cont: int = 0  # cut the table before this row: the rest on the next page, under "<title> (continued)"


@dataclass(frozen=True)
class Expect:
    row: str
    col: str
    surface: str
    value: float | None  # None: no figure (a blank, "n/a", "nil")
    unit: str
    label: str
    period: str | None
    key: tuple[str, ...] = field(default=())
    marked: bool = False  # the row label carried a note marker (not part of the label)


def cell_value(surface: str) -> float | None:
    """The number a cell prints (its own scale, "m" or "k", applied), or None for a blank."""
    s = _LETTER_NOTE.sub("", surface.strip().rstrip(_FOOT).strip()).strip()
    if s in BLANKS or s in WORD_CELLS:
        return None
    neg = s.startswith("(") and s.endswith(")")
    if s.upper().endswith("CR"):  # a credit: "1,234 CR"
        neg, s = True, s[:-2].strip()
    s = s.strip("()").replace(",", "").replace("£", "").replace("%", "").strip()
    if s[:1] in "-−–":
        neg, s = True, s[1:]
    s = s.lstrip("+")
    scale = {"m": 1e6, "k": 1e3}.get(s[-1:], 1.0)
    v = float(s.rstrip("mk")) * scale
    return -v if neg else v


def expected_cells(p: Probe) -> list[Expect]:
    out: list[Expect] = []
    n_cols = len(p.head[0]) if p.head else len(p.rows[0])
    col_words = []
    for c in range(n_cols):
        words = []
        for r, row in enumerate(p.head):
            text = row[c]
            if not text:  # the text of a header merged across this column
                text = next((row[c0] for rr, c0, c1 in p.spans if rr == r and c0 <= c <= c1), "")
            if text:
                words.append(text)
        col_words.append(" ".join(words))
    last: dict[int, str] = {}
    for row in p.rows:
        for i in range(p.lead):
            if row[i]:
                last[i] = row[i]
        label = row[p.lead - 1] or last.get(p.lead - 1, "")
        bare = label.rstrip(_FOOT)
        units = {r: (u, s) for r, u, s in p.row_units}
        periods = dict(p.row_periods)
        for k, surface in enumerate(row[p.lead:]):
            if k in p.text_cols:
                continue
            col = p.cols[k]
            unit, scale = units.get(label, (col.unit, col.scale))
            v = cell_value(surface)
            if v is not None and _LETTER_NOTE.sub("", surface.strip().rstrip(_FOOT)).strip().endswith("%"):
                unit, scale = "percent", 1.0
            elif v is not None and "£" in surface:
                unit, scale = "GBP", 1.0  # a cell's own "£" (and "m", "k": in its value)
            period = periods.get(label, col.period)
            out.append(Expect(
                row=bare, col=col_words[p.lead + k], surface=surface.strip(),
                value=None if v is None else round(v * scale, 6), unit=unit,
                label=f"{bare} {col_words[p.lead + k]}", period=period, key=col.key, marked=bare != label,
            ))
    return out


def _fy(a: int) -> str:
    return f"{a}/{(a + 1) % 100:02d}"


def _budget_rows() -> tuple[tuple[str, ...], ...]:
    return (
        ("Orlwick libraries", "1,240", "1,310", "70", "1,290", "1,300", "10"),
        ("Sampleton parks and open spaces", "2,170", "2,100", "(70)", "2,250", "2,290", "40"),
        ("Street cleansing", "3,020", "3,150", "130", "3,100", "3,080", "(20)"),
        ("Total", "6,430", "6,560", "130", "6,640", "6,670", "30"),
    )


_BFV = ("Budget", "Forecast", "Variance")
_CAPITAL = (
    ("Wyvern depot renewal", "1.2", "3.4", "5.6", "2.1", "0.8", "0.0", "0.0", "0.0", "13.1"),
    ("Orlwick bridge strengthening", "0.4", "0.9", "1.6", "2.2", "2.5", "1.1", "0.3", "0.0", "9.0"),
    ("Sampleton leisure centre", "0.0", "0.6", "4.2", "7.9", "6.3", "2.0", "0.5", "0.2", "21.7"),
    ("Highway resurfacing programme", "3.0", "3.0", "3.1", "3.1", "3.2", "3.2", "3.3", "3.3", "25.2"),
    ("Total capital programme", "4.6", "7.9", "14.5", "15.3", "12.8", "6.3", "4.1", "3.5", "69.0"),
)

PROBES: tuple[Probe, ...] = (
    Probe(
        name="merged-years", form="merged header", council="Wyvern",
        title="Table 4: Service budgets (£000)",
        head=(("", "2025/26", "", "", "2026/27", "", ""), ("Service", *_BFV, *_BFV)),
        spans=((0, 1, 3), (0, 4, 6)),
        rows=_budget_rows(),
        cols=tuple(Col("GBP", 1e3, _fy(y), (w,)) for y in (2025, 2026) for w in _BFV),
    ),
    Probe(
        name="merged-years-unit-row", form="merged header", council="Orlwick",
        title="Table 2: Directorate budgets",
        head=(("£000", "2025/26", "", "", "2026/27", "", ""), ("Directorate", *_BFV, *_BFV)),
        spans=((0, 1, 3), (0, 4, 6)),
        rows=_budget_rows(),
        cols=tuple(Col("GBP", 1e3, _fy(y), (w,)) for y in (2025, 2026) for w in _BFV),
    ),
    Probe(
        name="landscape-years", form="landscape many columns", council="Sampleton", landscape=True,
        title="Table 1: Capital programme 2025/26 to 2032/33 (£m)",
        head=(("Scheme", *(_fy(y) for y in range(2025, 2033)), "Total"),),
        rows=_CAPITAL,
        cols=(*(Col("GBP", 1e6, _fy(y), (_fy(y),)) for y in range(2025, 2033)), Col("GBP", 1e6, None, ("Total",))),
    ),
    Probe(
        name="quarters-q-year", form="quarters", council="Wyvern",
        title="Table 3: Housing performance",
        head=(("Measure", "Target", "Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26"),),
        rows=(
            ("Households in temporary accommodation", "120", "131", "128", "119", "112"),
            ("Homelessness cases prevented", "300", "71", "84", "77", "90"),
            ("Average days to relet a home", "28", "31", "29", "27", "26"),
        ),
        cols=(Col("count", 1, None, ("Target",)),
              *(Col("count", 1, "2025/26", (f"Q{q}",)) for q in range(1, 5))),
    ),
    Probe(
        name="quarters-bare", form="quarters", council="Orlwick",
        title="Table 5: Waste performance 2025/26",
        head=(("Indicator", "Q1", "Q2", "Q3", "Q4"),),
        rows=(
            ("Household waste recycled (%)", "48.2", "51.0", "44.7", "42.9"),
            ("Pest call-outs per 1,000 homes collections", "62", "58", "71", "66"),
            ("Fly-tipping incidents", "412", "388", "405", "366"),
        ),
        row_units=(("Household waste recycled (%)", "percent", 1.0),),
        cols=tuple(Col("count", 1, "2025/26", (f"Q{q}",)) for q in range(1, 5)),
    ),
    Probe(
        name="quarters-months", form="quarters", council="Sampleton",
        title="Table 2: Contact centre performance 2025/26",
        head=(("Measure", "Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"),),
        rows=(
            ("Calls answered", "41,200", "38,950", "36,400", "44,100"),
            ("Calls answered within 60 seconds (%)", "81.5", "84.0", "79.2", "77.8"),
        ),
        row_units=(("Calls answered within 60 seconds (%)", "percent", 1.0),),
        cols=tuple(Col("count", 1, "2025/26", (m,)) for m in ("Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar")),
    ),
    Probe(
        name="quarters-words", form="quarters", council="Wyvern",
        title="Table 6: Council tax collection",
        head=(("", "Quarter 1 2025/26", "Quarter 2 2025/26", "Quarter 3 2025/26"),),
        rows=(
            ("Council tax collected (£m)", "28.4", "55.9", "83.1"),
            ("Collection rate (%)", "29.1", "57.3", "85.0"),
        ),
        row_units=(("Council tax collected (£m)", "GBP", 1e6), ("Collection rate (%)", "percent", 1.0)),
        cols=tuple(Col("count", 1, "2025/26", (f"Quarter {q}",)) for q in range(1, 4)),
    ),
    Probe(
        name="unit-header", form="unit in header", council="Orlwick",
        title="Table 3: Budget monitoring at month 8",
        head=(("Service", "Budget £000", "Forecast £000", "Variance £000", "Variance %"),),
        rows=(
            ("Adult social care", "48,210", "49,730", "1,520", "3.2"),
            ("Children's services", "31,400", "33,050", "1,650", "5.3"),
            ("Place and environment", "12,980", "12,610", "(370)", "(2.9)"),
        ),
        cols=(Col("GBP", 1e3, None, ("Budget",)), Col("GBP", 1e3, None, ("Forecast",)),
              Col("GBP", 1e3, None, ("Variance",)), Col("percent", 1, None, ("Variance",))),
    ),
    Probe(
        name="unit-header-two-line", form="unit in header", council="Sampleton", wrap_head=True,
        title="Table 7: Reserves forecast",
        head=(("Reserve", "Balance at 1 April 2025 £000", "Planned use 2025/26 £000", "Balance at 31 March 2026 £000"),),
        rows=(
            ("General fund balance", "12,500", "(1,500)", "11,000"),
            ("Transformation reserve", "4,250", "(2,000)", "2,250"),
            ("Insurance reserve", "1,900", "0", "1,900"),
        ),
        cols=(Col("GBP", 1e3, None, ("Balance", "1 April")), Col("GBP", 1e3, "2025/26", ("Planned use",)),
              Col("GBP", 1e3, None, ("31 March",))),
    ),
    Probe(
        name="unit-caption", form="unit in caption", council="Wyvern",
        title="Table 8: Garden waste and bulky item charges (£)",
        head=(("Service", "2025/26", "2026/27"),),
        rows=(
            ("Garden waste bin (annual)", "52.00", "55.00"),
            ("Bulky items, first three", "28.50", "30.00"),
            ("Replacement wheeled bin", "35.00", "37.50"),
        ),
        cols=(Col("GBP", 1, "2025/26", ("2025/26",)), Col("GBP", 1, "2026/27", ("2026/27",))),
    ),
    Probe(
        name="unit-note", form="unit in note", council="Sampleton",
        title="Table 9: Earmarked reserves 2025/26",
        head=(("Reserve", "Opening balance", "Contributions", "Use of reserve", "Closing balance"),),
        rows=(
            ("Business rates smoothing", "6,200", "1,000", "(2,400)", "4,800"),
            ("Highways maintenance", "2,750", "500", "(1,250)", "2,000"),
            ("Local plan", "640", "150", "(300)", "490"),
        ),
        note="All figures in the table are shown in £000.",
        cols=tuple(Col("GBP", 1e3, "2025/26", (k,)) for k in ("Opening", "Contributions", "Use", "Closing")),
    ),
    Probe(
        name="row-units", form="unit per row", council="Orlwick",
        title="Table 4: Housing benefit administration",
        head=(("Measure", "2024/25", "2025/26"),),
        rows=(
            ("New claims processed (number)", "3,412", "3,655"),
            ("Average days to process a new claim", "19.5", "17.2"),
            ("Claims processed accurately (%)", "96.1", "97.4"),
            ("Administration cost (£m)", "1.42", "1.51"),
            ("Cost per claim (£)", "41.60", "39.90"),
        ),
        row_units=(("Claims processed accurately (%)", "percent", 1.0), ("Administration cost (£m)", "GBP", 1e6),
                   ("Cost per claim (£)", "GBP", 1.0)),
        cols=(Col("count", 1, "2024/25", ("2024/25",)), Col("count", 1, "2025/26", ("2025/26",))),
    ),
    Probe(
        name="negatives-blanks", form="negatives and blanks", council="Wyvern",
        title="Table 5: Savings delivery",
        head=(("£000", "Target", "Delivered", "Shortfall"),),
        rows=(
            ("Digital customer services", "1,250", "1,100", "(150)"),
            ("Fleet rationalisation", "400", "−340", "−740"),
            ("Procurement savings", "900", "–", "n/a"),
            ("Office accommodation", "600", "nil", "-600"),
        ),
        cols=(Col("GBP", 1e3, None, ("Target",)), Col("GBP", 1e3, None, ("Delivered",)),
              Col("GBP", 1e3, None, ("Shortfall",))),
    ),
    Probe(
        name="footnotes", form="footnote markers", council="Sampleton",
        title="Table 3: Recycling and recovery rates (%)",
        head=(("Waste stream", "2023/24", "2024/25", "2025/26"),),
        rows=(
            ("Dry recycling", "24.1", "25.3", "26.0¹"),
            ("Garden and food waste", "18.4", "19.0*", "19.6*"),
            ("Energy recovery", "44.0", "43.2", "42.9†"),
        ),
        note="¹ Provisional. * Includes trade food waste. † Subject to audit.",
        cols=tuple(Col("percent", 1, _fy(y), (_fy(y),)) for y in (2023, 2024, 2025)),
    ),
    Probe(
        name="separators", form="separators and decimals", council="Orlwick",
        title="Table 6: Grants paid to voluntary groups",
        head=(("Grant", "Amount £", "Share of total %"),),
        rows=(
            ("Orlwick Community Transport", "1,234,567", "61.73"),
            ("Sampleton Food Network", "612,000.50", "30.6"),
            ("Wyvern Youth Link", "153,432.75", "7.67"),
        ),
        cols=(Col("GBP", 1, None, ("Amount",)), Col("percent", 1, None, ("Share",))),
    ),
    Probe(
        name="totals", form="totals and subtotals", council="Wyvern",
        title="Table 10: Net revenue budget 2026/27 (£m)",
        head=(("Directorate", "Gross expenditure", "Income", "Net budget"),),
        rows=(
            ("Adults", "142.6", "(38.1)", "104.5"),
            ("Children", "96.3", "(21.7)", "74.6"),
            ("Subtotal people services", "238.9", "(59.8)", "179.1"),
            ("Place", "61.2", "(24.9)", "36.3"),
            ("Corporate", "22.4", "(5.0)", "17.4"),
            ("Total net budget", "322.5", "(89.7)", "232.8"),
        ),
        cols=tuple(Col("GBP", 1e6, "2026/27", (k,)) for k in ("Gross", "Income", "Net")),
    ),
    Probe(
        name="rag-status", form="status column", council="Sampleton",
        title="Table 2: Corporate performance scorecard 2025/26",
        head=(("Indicator", "Target", "Actual", "Status", "Commentary"),),
        rows=(
            ("Planning applications decided in time (%)", "90", "93", "Green", "Above target all year"),
            ("Sickness days per employee", "8.0", "9.4", "Red", "Rising in waste services"),
            ("Complaints answered within 10 days (%)", "85", "82", "Amber", "Close to target"),
        ),
        text_cols=(2, 3),
        row_units=(("Planning applications decided in time (%)", "percent", 1.0),
                   ("Complaints answered within 10 days (%)", "percent", 1.0)),
        cols=(Col("count", 1, "2025/26", ("Target",)), Col("count", 1, "2025/26", ("Actual",)), Col(), Col()),
    ),
    Probe(
        name="wrapped-labels", form="wrapped row labels", council="Orlwick", wrap_label=True, label_width=150,
        title="Table 7: Capital schemes 2026/27 (£000)",
        head=(("Scheme", "Budget", "Spend to date", "Forecast"),),
        rows=(
            ("Replacement of the Orlwick town centre public conveniences", "420", "115", "410"),
            ("Flood alleviation works at Sampleton brook and the lower meadows", "1,850", "960", "1,900"),
            ("Wyvern market hall roof", "730", "12", "730"),
            ("Energy efficiency retrofit of council owned community buildings", "2,400", "1,005", "2,250"),
        ),
        cols=tuple(Col("GBP", 1e3, "2026/27", (k,)) for k in ("Budget", "Spend", "Forecast")),
    ),
    Probe(
        name="continued", form="continued across pages", council="Wyvern",
        title="Table 11: Parish precepts 2026/27",
        head=(("Parish", "Tax base", "Precept £", "Band D charge £"),),
        rows=tuple(
            (f"{a}{b} parish", f"{1000 + 37 * i:,}.{i % 10}", f"{20000 + 913 * i:,}", f"{40 + i * 0.73:.2f}")
            for i, (a, b) in enumerate((a, b) for a in ("Ash", "Birch", "Crick", "Dun", "Elm", "Farrow", "Gorse",
                                                        "Holm", "Ivy", "Juniper", "Kestle", "Lang")
                                       for b in ("by", "mere", "ford", "wick", "leigh", "combe", "stow", "thorpe", "ley"))
        ),
        cols=(Col("count", 1, "2026/27", ("Tax base",)), Col("GBP", 1, "2026/27", ("Precept",)),
              Col("GBP", 1, "2026/27", ("Band D",))),
    ),
    Probe(
        name="side-by-side", form="two tables side by side", council="Orlwick",
        title="Table 3: Fees 2026/27 (£)",
        head=(("Room hire", "Hourly rate"),),
        rows=(("Main hall", "45.00"), ("Meeting room", "18.50"), ("Kitchen", "12.00")),
        cols=(Col("GBP", 1, "2026/27", ("Hourly",)),),
        twin=Probe(
            name="side-by-side-b", form="two tables side by side", council="Orlwick",
            head=(("Sports pitch", "Per match"),),
            rows=(("Adult football", "62.00"), ("Junior football", "31.00"), ("Cricket square", "88.00")),
            cols=(Col("GBP", 1, "2026/27", ("match",)),),
        ),
        renderers=PDF_HTML,
    ),
    Probe(
        name="group-rows", form="cells merged down", council="Sampleton", lead=2,
        title="Table 4: Care packages and weekly cost",
        head=(("Client group", "Service", "Packages", "Average weekly cost £"),),
        rows=(
            ("Older people", "Residential care", "412", "812.40"),
            ("", "Nursing care", "233", "1,046.10"),
            ("", "Home care", "1,190", "298.75"),
            ("Working age adults", "Supported living", "318", "1,420.00"),
            ("", "Day services", "205", "265.30"),
        ),
        vspans=((0, 0, 3), (3, 0, 2)),
        cols=(Col("count", 1, None, ("Packages",)), Col("GBP", 1, None, ("weekly",))),
    ),
    Probe(
        name="date-columns", form="date columns", council="Wyvern",
        title="Table 12: Borrowing and investments (£m)",
        head=(("", "31 March 2025", "30 September 2025", "31 March 2026 forecast"),),
        rows=(
            ("Public Works Loan Board", "184.5", "179.2", "176.0"),
            ("Market loans", "20.0", "20.0", "20.0"),
            ("Short-term investments", "(42.7)", "(58.1)", "(30.0)"),
        ),
        cols=(Col("GBP", 1e6, None, ("31 March 2025",)), Col("GBP", 1e6, None, ("30 September",)),
              Col("GBP", 1e6, None, ("31 March 2026",))),
    ),
)

# the same table over two pages only: the running footer ("Wyvern Council  Page 2") is not dropped as
# furniture (it is on two pages), so it stands between the page's rows and the repeated header
PROBES = (*PROBES, replace(PROBES[[p.name for p in PROBES].index("continued")], name="continued-two-pages",
                           rows=PROBES[[p.name for p in PROBES].index("continued")].rows[:64]))

PROBES = (
    *PROBES,
    Probe(
        name="ref-proposals", form="reference column", council="Sampleton",
        title="Table 5: Savings proposals",
        head=(("Ref", "Proposal", "2026/27 £000", "2027/28 £000"),), lead=2,
        rows=(
            ("SAV-01", "Merge the two customer contact centres", "250", "400"),
            ("SAV-02", "Reduce the fleet by six vehicles", "120", "120"),
            ("SAV-03", "Move library stock ordering online", "45", "60"),
        ),
        cols=(Col("GBP", 1e3, "2026/27", ("2026/27",)), Col("GBP", 1e3, "2027/28", ("2027/28",))),
    ),
    Probe(
        name="years-as-rows", form="years as rows", council="Wyvern",
        title="Table 2: Collection fund history",
        head=(("Year", "Council tax base", "Band D £", "Collection rate %"),),
        rows=(("2022/23", "41,250", "1,512.40", "97.8"), ("2023/24", "41,870", "1,587.90", "97.5"),
              ("2024/25", "42,310", "1,667.10", "97.9")),
        row_periods=(("2022/23", "2022/23"), ("2023/24", "2023/24"), ("2024/25", "2024/25")),
        cols=(Col("count", 1, None, ("tax base",)), Col("GBP", 1, None, ("Band D",)),
              Col("percent", 1, None, ("Collection",))),
    ),
    Probe(
        name="fy-forms", form="financial years written short", council="Orlwick",
        title="Table 3: Medium term financial plan (£m)",
        head=(("", "2025-26", "2026-2027", "FY27/28", "28/29"),),
        rows=(("Net budget requirement", "182.4", "188.9", "195.1", "201.6"),
              ("Funding gap", "0.0", "4.2", "7.9", "11.3")),
        cols=(Col("GBP", 1e6, "2025/26", ("2025-26",)), Col("GBP", 1e6, "2026/27", ("2026-2027",)),
              Col("GBP", 1e6, "2027/28", ("27/28",)), Col("GBP", 1e6, "2028/29", ("28/29",))),
    ),
    Probe(
        name="inline-units", form="units in the cells", council="Wyvern",
        title="Table 6: Major contracts",
        head=(("Contract", "Annual value", "Contract length", "Savings achieved"),),
        rows=(("Waste collection", "£4.2m", "8", "£350k"), ("Grounds maintenance", "£880,000", "5", "£45,500"),
              ("Cleaning", "£0.6m", "3", "12%")),
        cols=(Col("GBP", 1, None, ("Annual",)), Col("count", 1, None, ("length",)), Col("GBP", 1, None, ("Savings",))),
    ),
    Probe(
        name="unit-row", form="unit row under the header", council="Sampleton",
        title="Table 7: Directorate outturn 2025/26",
        head=(("Directorate", "Budget", "Outturn", "Variance"), ("", "£000", "£000", "£000")),
        rows=(("People", "98,400", "101,250", "2,850"), ("Place", "44,100", "43,620", "(480)"),
              ("Resources", "21,750", "21,900", "150")),
        cols=tuple(Col("GBP", 1e3, "2025/26", (k,)) for k in ("Budget", "Outturn", "Variance")),
    ),
    Probe(
        name="sparse-second-header", form="header on two rows", council="Orlwick",
        title="Table 1: Net budget by service (£000)",
        head=(("Service", "2025/26", "Pressures", "Savings", "2026/27"), ("", "Budget", "", "", "Budget")),
        rows=(("Adult care", "96,420", "8,310", "(2,150)", "102,580"), ("Waste", "18,960", "1,120", "(410)", "19,670")),
        cols=(Col("GBP", 1e3, "2025/26", ("2025/26",)), Col("GBP", 1e3, None, ("Pressures",)),
              Col("GBP", 1e3, None, ("Savings",)), Col("GBP", 1e3, "2026/27", ("2026/27",))),
    ),
    Probe(
        name="monthly", form="month columns", council="Wyvern", landscape=True,
        title="Table 4: Planning applications received 2025/26",
        head=(("Type", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"),),
        rows=(("Householder", *(str(60 + 3 * k) for k in range(12))), ("Minor", *(str(20 + k) for k in range(12)))),
        cols=tuple(Col("count", 1, "2025/26", (m,)) for m in
                   ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")),
    ),
    Probe(
        name="status-first", form="status column", council="Orlwick",
        title="Table 8: Project tracker",
        head=(("Project", "RAG", "Budget £000", "Spend to date £000"),),
        rows=(("Sampleton pool refit", "Green", "1,450", "620"), ("Wyvern depot roof", "Amber", "390", "410"),
              ("Orlwick path network", "Red", "720", "95")),
        text_cols=(0,),
        cols=(Col(), Col("GBP", 1e3, None, ("Budget",)), Col("GBP", 1e3, None, ("Spend",))),
    ),
    Probe(
        name="row-headers-th", form="HTML row headers", council="Sampleton", th_labels=True,
        title="Table 3: Visits to leisure centres",
        head=(("Centre", "2024/25", "2025/26", "Change %"),),
        rows=(("Orlwick Leisure", "312,400", "329,900", "5.6"), ("Wyvern Pool", "188,250", "181,020", "-3.8")),
        cols=(Col("count", 1, "2024/25", ("2024/25",)), Col("count", 1, "2025/26", ("2025/26",)),
              Col("percent", 1, None, ("Change",))),
        renderers=("html",),
    ),
    Probe(
        name="of-which-rows", form="sub-rows", council="Wyvern",
        title="Table 9: Staffing costs 2025/26 (£000)",
        head=(("", "Budget", "Forecast"),),
        rows=(("Employee costs", "24,800", "25,960"), ("of which: agency staff", "1,200", "2,480"),
              ("of which: overtime", "640", "910")),
        cols=(Col("GBP", 1e3, "2025/26", ("Budget",)), Col("GBP", 1e3, "2025/26", ("Forecast",))),
    ),
    Probe(
        name="points-change", form="percentage point changes", council="Orlwick",
        title="Table 4: Employment rates (%)",
        head=(("Area", "2024", "2025", "Change"),),
        rows=(("Orlwick", "74.2", "75.1", "+0.9"), ("Region", "75.8", "75.4", "-0.4")),
        cols=(Col("percent", 1, "2024", ("2024",)), Col("percent", 1, "2025", ("2025",)),
              Col("percent", 1, None, ("Change",))),
    ),
)
