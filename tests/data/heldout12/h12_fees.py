"""The fees and charges schedule of the twelfth held-out corpus, drawn with matplotlib's PDF backend
in a way no other corpus uses: a page of text lines set with ``fig.text``, then the schedule as
**matplotlib tables** (``ax.table``: every cell a text object in its own box, the service areas as
shaded rows with one filled cell, the header row drawn again on the second page). An invented city
council's appendix to a Cabinet report: 26 charges in seven service areas, each with its basis ("each",
"a year", "per match"), last year's and next year's charge, the change in per cent and a VAT code,
with a key, and a page of prose on the income the charges raise ("up by £x to £y", a share of the
total, a range of increases, subscribers and a rate a year). Every name, place and figure is made up."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt
from flow import Gold
from goldkit import count, ent, fig_item, fy, money, pct
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

FEES = "caswinford-fees-and-charges-schedule-2027-28"
CASW = "Caswinford City Council"
TITLE = "Appendix B: Schedule of Fees and Charges 2027/28"
W, H = 595.0, 842.0
LEFT, RIGHT = 60.0, 535.0
SIZE = 9.5

HEAD = ("Charge", "Basis", "2026/27 £", "2027/28 £", "Change %", "VAT")
# (service area, [(charge, basis, old, new, change, vat)])
SCHEDULE: list[tuple[str, list[tuple[str, str, str, str, str, str]]]] = [
    ("Bereavement services", [
        ("Adult cremation", "each", "1,046.00", "1,098.00", "5.0", "O"),
        ("Direct cremation (no service)", "each", "495.00", "520.00", "5.1", "O"),
        ("New grave and exclusive right of burial (75 years)", "each", "1,380.00", "1,450.00", "5.1", "O"),
        ("Memorial bench with plaque (10 years)", "each", "1,150.00", "1,150.00", "0.0", "S"),
    ]),
    ("Parks, sports and allotments", [
        ("Adult football pitch with changing rooms", "per match", "78.50", "82.00", "4.5", "E"),
        ("Junior football pitch", "per match", "36.00", "36.00", "0.0", "E"),
        ("Allotment plot (250 square metres)", "a year", "96.00", "104.00", "8.3", "E"),
        ("Allotment plot, concession", "a year", "48.00", "52.00", "8.3", "E"),
    ]),
    ("Waste and recycling", [
        ("Garden waste bin", "a year", "52.00", "56.00", "7.7", "O"),
        ("Bulky waste collection (up to 3 items)", "each", "32.00", "35.00", "9.4", "O"),
        ("Replacement wheeled bin (240 litres)", "each", "38.00", "40.00", "5.3", "O"),
        ("Commercial waste, 1,100 litre bin emptied weekly", "a year", "1,248.00", "1,310.00", "5.0", "O"),
    ]),
    ("Licensing", [
        ("Hackney carriage vehicle licence", "a year", "265.00", "271.00", "2.3", "O"),
        ("Private hire driver licence", "3 years", "312.00", "319.00", "2.2", "O"),
        ("Street trading consent", "a month", "140.00", "145.00", "3.6", "O"),
    ]),
    ("Planning and street naming", [
        ("Pre-application advice, householder", "each", "90.00", "96.00", "6.7", "S"),
        ("Pre-application advice, 10 or more homes", "each", "1,800.00", "1,900.00", "5.6", "S"),
        ("Street naming and numbering", "per plot", "62.00", "66.00", "6.5", "O"),
    ]),
    ("Environmental health", [
        ("Pest control, rats (domestic)", "per treatment", "85.00", "90.00", "5.9", "S"),
        ("Pest control, rats, concession", "per treatment", "Free", "Free", "–", "S"),
        ("Food hygiene rescore visit", "each", "210.00", "225.00", "7.1", "O"),
    ]),
    ("Car parks", [
        ("Town centre car parks, up to 2 hours", "each stay", "2.60", "2.80", "7.7", "S"),
        ("Town centre car parks, all day", "each stay", "7.50", "8.00", "6.7", "S"),
        ("Resident parking permit, first vehicle", "a year", "45.00", "50.00", "11.1", "O"),
        ("Resident parking permit, second vehicle", "a year", "90.00", "100.00", "11.1", "O"),
    ]),
]
PAGE_SPLIT = 4  # service areas on the first page of the schedule
KEY = ("VAT: S standard rated, the charge includes VAT at 20 per cent; E exempt; O outside the scope of VAT. "
       "Charges set by law (planning applications, premises licences) are not in this schedule.")

PROSE = [
    ("1. Purpose", [
        "This appendix sets out the fees and charges the Council proposes for 2027/28, to take effect from 1 April "
        "2027 unless a charge says otherwise. It goes with the budget report to Cabinet on 2 February 2027.",
    ]),
    ("2. The approach", [
        "Most charges rise by 5 per cent, in line with the pay award and the inflation assumed in the budget. Some "
        "rise by more to recover the full cost of the service, and a few are frozen where demand would fall. The "
        "increases range from nil to 11.1 per cent.",
        "Concessions are kept at half the full charge for residents who receive council tax reduction; 214 "
        "allotment plots are let at the concession rate.",
    ]),
    ("3. Income", [
        "Income from fees and charges is budgeted at £6.84m in 2027/28, up by £412,000 from £6.43m in 2026/27. Car "
        "parks bring in £2.94m of it, 43 per cent of the total, and bereavement services £1.37m.",
        "The garden waste service has 18,460 subscribers; at £56 a year the bins will raise £1.03m, £74,000 more "
        "than this year.",
        "Resident parking permits rise by £5 to £50, the first increase since 2022. The permit for a second "
        "vehicle stays at twice the first.",
        "An adult cremation will still cost less than the average of £1,184 charged by the 12 nearest crematoria.",
    ]),
]


_T2P = TextToPath()


def _width(s: str, size: float, bold: bool = False) -> float:
    prop = FontProperties(family="DejaVu Sans", size=size, weight="bold" if bold else "normal")
    return float(_T2P.get_text_width_height_descent(s, prop, ismath=False)[0])


def _wrap(s: str, width: float, size: float, bold: bool = False) -> list[str]:
    out: list[str] = []
    line = ""
    for word in s.split(" "):
        trial = f"{line} {word}".strip()
        if line and _width(trial, size, bold) > width:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


class Pages:
    """Pages of a matplotlib PDF with a cursor in points from the top."""

    def __init__(self, pdf: PdfPages, gold: Gold):
        self.pdf, self.gold = pdf, gold
        self.fig: Any = None
        self.n = 0
        self.y = 0.0

    def page(self) -> None:
        if self.fig is not None:
            self.pdf.savefig(self.fig)
            plt.close(self.fig)
        self.fig = plt.figure(figsize=(W / 72, H / 72))
        self.n += 1
        self.put(LEFT, 32, f"{CASW} – Cabinet 2 February 2027 – Appendix B", 7.5)
        self.put(RIGHT, 815, f"B{self.n}", 7.5, ha="right")
        self.y = 70.0

    def put(self, x: float, y: float, s: str, size: float = SIZE, *, bold: bool = False, ha: str = "left") -> None:
        self.fig.text(x / W, 1 - y / H, s, fontsize=size, fontweight="bold" if bold else "normal", ha=ha,
                      va="baseline", family="DejaVu Sans")

    def para(self, s: str, size: float = SIZE, *, bold: bool = False, after: float = 7.0) -> None:
        out = _wrap(s, RIGHT - LEFT, size, bold)
        for ln in out:
            self.put(LEFT, self.y, ln, size, bold=bold)
            self.y += size * 1.38
        self.gold.line(s)
        if len(out) > 1:
            self.gold.add("not_heading", text=out[0])
        self.y += after

    def table(self, areas: list[tuple[str, list[tuple[str, ...]]]], top: float) -> float:
        rows: list[tuple[str, ...]] = [HEAD]
        shade: list[int] = []
        for area, charges in areas:
            shade.append(len(rows))
            rows.append((area, "", "", "", "", ""))
            rows.extend(charges)
        row_h = 17.0
        height = row_h * len(rows)
        ax = self.fig.add_axes((LEFT / W, 1 - (top + height) / H, (RIGHT - LEFT) / W, height / H))
        ax.axis("off")
        tab = ax.table(cellText=[list(r) for r in rows], colWidths=[0.47, 0.13, 0.12, 0.12, 0.10, 0.06],
                       cellLoc="right", loc="upper left", bbox=(0, 0, 1, 1))
        tab.auto_set_font_size(False)
        for (r, c), cell in tab.get_celld().items():
            cell.set_fontsize(8)
            cell.set_linewidth(0.4)
            txt = cell.get_text()
            txt.set_fontfamily("DejaVu Sans")
            if c in (0, 1) or r in shade:
                cell.set_text_props(ha="left")
                cell.PAD = 0.02
            if r == 0:
                cell.set_facecolor("#d8dee8")
                txt.set_fontweight("bold")
            elif r in shade:
                cell.set_facecolor("#eef0f4")
                txt.set_fontweight("bold")
                if c > 0:
                    cell.visible_edges = "TB"
                else:
                    cell.visible_edges = "LTB"
                if c == 5:
                    cell.visible_edges = "RTB"
        self.gold.line(" ".join(HEAD))
        for k, r in enumerate(rows[1:], 1):
            self.gold.line(" ".join(x for x in r if x))
            del k
        return top + height

    def save(self) -> None:
        self.pdf.savefig(self.fig)
        plt.close(self.fig)


def build_fees(path: str, gold: Gold) -> None:
    meta = {"Title": TITLE, "Author": "Caswinford City Council Finance", "Creator": "Schedule publisher",
            "CreationDate": datetime.datetime(2027, 1, 22, 11, 40, 0, tzinfo=datetime.UTC), "ModDate": None}
    with matplotlib.rc_context({"pdf.fonttype": 42, "pdf.compression": 6}), PdfPages(Path(path), metadata=meta) as pdf:
        p = Pages(pdf, gold)
        p.page()
        p.para(CASW, 12.0, bold=True, after=4)
        p.para(TITLE, 15.0, bold=True, after=14)
        for heading, paras in PROSE:
            p.para(heading, 11.0, bold=True, after=4)
            gold.add("heading", text=heading, number=heading.split(".")[0], level=1, parent=None)
            for text in paras:
                p.para(text)
        p.page()
        cap = "Table B1: Fees and charges 2027/28 by service area"
        p.para(cap, 10.0, bold=True, after=4)
        p.y = p.table(SCHEDULE[:PAGE_SPLIT], p.y)
        p.page()
        p.para(f"{cap} (continued)", 10.0, bold=True, after=4)
        p.y = p.table(SCHEDULE[PAGE_SPLIT:], p.y) + 16
        p.para(KEY, 8.0)
        p.save()
    gold.add("meta", council=CASW, date="2027-02-02")


# --- gold ------------------------------------------------------------------------------------

F = FEES
OY, NY = "2026/27", "2027/28"
BASIS = {"each": "", "a year": " a year", "per match": " per match", "3 years": "", "a month": " a month",
         "per plot": " per plot", "per treatment": " per treatment", "each stay": " each stay"}


# figures printed in the charges' own names
LABEL_FIGS: dict[str, tuple[Any, ...]] = {
    "New grave and exclusive right of burial (75 years)": (("75 years", "P75Y", "duration", "period", None, None),),
    "Memorial bench with plaque (10 years)": (("10 years", "P10Y", "duration", "period", None, None),),
    "Allotment plot (250 square metres)": (count("250", 250, "allotment plot square metres"),),
    "Bulky waste collection (up to 3 items)": (count("3", 3, "bulky waste items"),),
    "Replacement wheeled bin (240 litres)": (count("240", 240, "wheeled bin litres"),),
    "Commercial waste, 1,100 litre bin emptied weekly": (count("1,100", 1100, "commercial waste bin litres"),),
    "Pre-application advice, 10 or more homes": (count("10", 10, "homes"),),
    "Town centre car parks, up to 2 hours": (("2 hours", "PT2H", "duration", "period", None, None),),
}


def _row_items() -> list[dict[str, Any]]:
    out = []
    for _area, charges in SCHEDULE:
        for charge, basis, old, new, change, vat in charges:
            lab = f"{charge.lower()}{BASIS[basis]}"
            figs = []
            if old != "Free":
                figs += [money(old, float(old.replace(",", "")), lab, OY),
                         money(new, float(new.replace(",", "")), lab, NY),
                         pct(change, float(change), f"change in {charge.lower()}", NY)]
            figs = [*LABEL_FIGS.get(charge, ()), *figs]
            if basis == "3 years":
                figs.append(("3 years", "P3Y", "duration", "period", None, None))
            if figs:
                out.append(fig_item(F, " ".join((charge, basis, old, new, change, vat)), *figs))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(F, "This appendix sets out the fees and charges the Council proposes for 2027/28, to take effect from 1 "
                "April 2027 unless a charge says otherwise.",
             fy("2027/28", 2027), ("1 April 2027", "2027-04-01", "date", "date", None, None)),
    fig_item(F, "It goes with the budget report to Cabinet on 2 February 2027.",
             ("2 February 2027", "2027-02-02", "date", "date", None, None)),
    fig_item(F, "Most charges rise by 5 per cent, in line with the pay award and the inflation assumed in the budget.",
             pct("5 per cent", 5, "rise in most charges")),
    fig_item(F, "The increases range from nil to 11.1 per cent.", pct("11.1 per cent", 11.1, "increases")),
    fig_item(F, "Concessions are kept at half the full charge for residents who receive council tax reduction; 214 "
                "allotment plots are let at the concession rate.",
             count("214", 214, "allotment plots let at the concession rate")),
    fig_item(F, "Income from fees and charges is budgeted at £6.84m in 2027/28, up by £412,000 from £6.43m in 2026/27.",
             money("£6.84m", 6_840_000, "income from fees and charges", NY), fy("2027/28", 2027),
             money("£412,000", 412_000, "rise in income from fees and charges", NY),
             money("£6.43m", 6_430_000, "income from fees and charges", OY), fy("2026/27", 2026)),
    fig_item(F, "Car parks bring in £2.94m of it, 43 per cent of the total, and bereavement services £1.37m.",
             money("£2.94m", 2_940_000, "car parks income", NY), pct("43 per cent", 43, "car parks share of income", NY),
             money("£1.37m", 1_370_000, "bereavement services income", NY)),
    fig_item(F, "The garden waste service has 18,460 subscribers; at £56 a year the bins will raise £1.03m, £74,000 "
                "more than this year.",
             count("18,460", 18_460, "garden waste subscribers"), money("£56", 56, "garden waste bin a year"),
             money("£1.03m", 1_030_000, "garden waste income"), money("£74,000", 74_000, "more garden waste income")),
    fig_item(F, "Resident parking permits rise by £5 to £50, the first increase since 2022.",
             money("£5", 5, "rise in resident parking permits"), money("£50", 50, "resident parking permits"),
             ("2022", 2022, "year", "period", None, None)),
    fig_item(F, "An adult cremation will still cost less than the average of £1,184 charged by the 12 nearest "
                "crematoria.",
             money("£1,184", 1184, "average adult cremation charge of the nearest crematoria"),
             count("12", 12, "nearest crematoria")),
    *_row_items(),
    fig_item(F, "VAT: S standard rated, the charge includes VAT at 20 per cent; E exempt; O outside the scope of VAT.",
             pct("20 per cent", 20, "VAT")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(F, "ORG", CASW),
    ent(F, "COMMITTEE", "Cabinet"),
    ent(F, "ACRONYM", "VAT"),
]
