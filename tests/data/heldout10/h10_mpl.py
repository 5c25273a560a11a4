"""The full council minutes of the tenth held-out corpus, set with matplotlib's PDF backend (a
producer none of the other corpora uses: every line a text object of its own, DejaVu Sans
embedded as TrueType): an invented borough council's budget meeting with members present (the
Mayor and Deputy Mayor named by office), officers, apologies, a declaration, the Mayor's
announcements, public questions and answers, the budget moved and seconded, the Section 151
Officer's statement, **an amendment lost and the substantive motion carried on recorded votes
printed as three columns of surnames** (For / Against / Abstained, each with its count), the
council tax resolution's lettered figures, a motion on notice amended by agreement and carried, the
members' allowances and a member's question. Every name, place and figure is made up."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt
from flow import Gold
from goldkit import count, date, duration, ent, fig_item, fy, money, pct
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

MINS = "garnsby-full-council-minutes-2026-02-26"
GARNSBY = "Garnsby Borough Council"
W, H = 595.0, 842.0
LEFT, NUM_X, TEXT_X, RIGHT = 56.0, 56.0, 100.0, 540.0
SIZE = 9.5

PRESENT = ("The Mayor, Councillor Beatrix Wolstenholme (in the Chair); the Deputy Mayor, Councillor Caspar Wetherden; "
           "Councillors Adaeze Thornquist (Leader of the Council), Rufus Brackwell-Hine (Cabinet Member for Finance), "
           "Ottoline Massey (Cabinet Member for Environment), Thaddeus Cranmore-Wright (Leader of the Opposition), "
           "Delphine Vandermolen, Jonas Etherington, Perpetua Grimshaw-Lee, Sunniva Haldane, Ines Cartwright-Bose, "
           "Leocadia Pemberlow, Evander Pocklington, Cuthbert Ramsbottom-Yeo, Yusuf Sorensby-Marsh, Gwilym Stourton, "
           "Niamh Ebury-Reilly and Hamish Ugwuanyi (18).")
OFFICERS = ("Cressida Vellacourt (Chief Executive), Ptolemy Harrowgate (Section 151 Officer), Hester Imrie-Nunn "
            "(Monitoring Officer) and Ansel Moberly-Keane (Democratic Services Manager).")
APOLOGIES = "Councillors Wendell Farraday and Lucinda Beckwith-Oduro."

MAJORITY = ["Brackwell-Hine", "Etherington", "Grimshaw-Lee", "Massey", "Pemberlow", "Sorensby-Marsh", "Thornquist",
            "Ugwuanyi", "Vandermolen", "Wetherden", "Wolstenholme"]
OPPOSITION = ["Cartwright-Bose", "Cranmore-Wright", "Ebury-Reilly", "Haldane", "Pocklington", "Stourton"]
INDEPENDENT = ["Ramsbottom-Yeo"]

# the recorded votes: (title, for, against, abstained)
VOTES: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "AMEND": ("Recorded vote on the amendment", OPPOSITION, MAJORITY, INDEPENDENT),
    "BUDGET": ("Recorded vote on the substantive motion", sorted(MAJORITY + INDEPENDENT),
               [n for n in OPPOSITION if n != "Haldane"], ["Haldane"]),
}

# (minute number, title, paragraphs); a paragraph "VOTE:KEY" is the recorded vote KEY, a list is a
# resolution's lettered items
MINUTES: list[tuple[str, str, list[Any]]] = [
    ("81", "Minutes", [
        "The minutes of the meeting held on 11 December 2025 were approved as a correct record and signed by the "
        "Mayor.",
    ]),
    ("82", "Declarations of interest", [
        "Councillor Jonas Etherington declared an interest in minute 86 as a trustee of Garnsby Community Transport "
        "and left the meeting while it was discussed.",
    ]),
    ("83", "Mayor's announcements", [
        "The Mayor said that her charity appeal had so far raised £14,260 for three local charities, and thanked the "
        "212 people who had taken part in the sponsored walk on 7 February 2026.",
    ]),
    ("84", "Questions from the public", [
        "Mr Ewan Drysdale asked why the public toilets in Cordwainer Street were to close. Councillor Ottoline "
        "Massey, Cabinet Member for Environment, replied that the toilets cost £38,500 a year to run and were used "
        "by fewer than 40 people a day. Instead the Council would pay a grant of £1,500 a year to each of the six "
        "town centre businesses that open their toilets to the public under the Community Toilet Scheme.",
        "Ms Aurelia Fensome asked how many affordable homes had been built in the borough in 2024/25. The Leader "
        "replied that 187 affordable homes had been completed, 41 of them for social rent, against the Local Plan's "
        "target of 240 a year.",
    ]),
    ("85", "Budget and council tax", [
        "The Council considered the recommendations of Cabinet of 12 February 2026 on the revenue budget, the "
        "capital programme and the council tax for 2026/27. Councillor Rufus Brackwell-Hine moved the "
        "recommendations and Councillor Adaeze Thornquist seconded them.",
        "The Section 151 Officer reported, as the law requires, that the estimates were robust and the reserves "
        "adequate: the general fund balance is forecast at £2.85m at 31 March 2026, above the minimum of £2.0m.",
        "Councillor Thaddeus Cranmore-Wright moved, and Councillor Ines Cartwright-Bose seconded, an amendment to "
        "keep the Cordwainer Street toilets open in 2026/27 at a cost of £38,500, to be met by taking £26,500 from "
        "the Budget Equalisation Reserve and cutting the events budget by £12,000.",
        "VOTE:AMEND",
        "The amendment was lost. The Council then voted on the substantive motion.",
        "VOTE:BUDGET",
        "RESOLVED that:",
        [
            "the net revenue budget for 2026/27 of £16,482,300 be approved;",
            "the capital programme of £9.76m for 2026/27 to 2028/29 be approved;",
            "the council tax base for 2026/27 be 39,746.5 Band D equivalent properties;",
            "the Council's council tax requirement for 2026/27 be £9,214,660;",
            "the Council's council tax for a Band D property in 2026/27 be £231.84, an increase of £6.73 or 2.99 per "
            "cent on 2025/26;",
            "with the precepts of Wealdshire County Council (£1,812.69), the Police and Crime Commissioner for "
            "Wealdshire (£283.14) and Wealdshire Fire Authority (£92.37), the total council tax for a Band D "
            "property in the borough be £2,420.04.",
        ],
    ]),
    ("86", "Motion on notice: rural bus services", [
        "Councillor Niamh Ebury-Reilly moved, and Councillor Gwilym Stourton seconded, the following motion: "
        "\"This Council notes that three bus routes serving the borough's villages were withdrawn in January 2026, "
        "leaving 14 villages with no bus on Sundays, and asks the Leader to write to Wealdshire County Council, the "
        "transport authority, asking it to use its £2.1m share of the Bus Service Improvement Plan to restore them.\"",
        "Councillor Ottoline Massey moved an amendment to add \"and offers £25,000 from the Council's Rural "
        "Transport Fund towards a bus that passengers book in advance\". The mover accepted the amendment, which "
        "became part of the motion.",
        "The motion as amended was carried by 17 votes to none.",
    ]),
    ("87", "Members' allowances", [
        "The Council considered the report of the Independent Remuneration Panel.",
        "RESOLVED that the basic allowance rise from £5,120 to £5,280 a year from 1 April 2026, an increase of 3.1 "
        "per cent, in line with the staff pay award, and that the Leader's special responsibility allowance stay at "
        "£13,200 a year. (For 15, against 3.)",
    ]),
    ("88", "Questions from members", [
        "Councillor Sunniva Haldane asked how many homes had stood empty for more than two years. Councillor Rufus "
        "Brackwell-Hine replied that there were 312 on 1 January 2026. From April 2026 homes empty for more than a "
        "year would pay a premium of 100 per cent, bringing in an estimated £190,000, of which the Council keeps "
        "about 11p in every pound.",
        "The meeting closed at 9.42 pm.",
    ]),
]

_T2P = TextToPath()


def _width(s: str, size: float, bold: bool = False) -> float:
    prop = FontProperties(family="DejaVu Sans", size=size, weight="bold" if bold else "normal")
    return float(_T2P.get_text_width_height_descent(s, prop, ismath=False)[0])


def _wrap(s: str, width: float, size: float = SIZE, bold: bool = False) -> list[str]:
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


class Book:
    """Pages of a matplotlib PDF, a cursor in points from the top and the gold."""

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
        self.put(RIGHT, 30, f"Full Council 26 February 2026 – Minutes – page {self.n}", 7.5, ha="right")
        self.y = 70.0

    def put(self, x: float, y: float, s: str, size: float = SIZE, *, bold: bool = False, ha: str = "left") -> None:
        self.fig.text(x / W, 1 - y / H, s, fontsize=size, fontweight="bold" if bold else "normal", ha=ha,
                      va="baseline", family="DejaVu Sans")

    def need(self, h: float) -> None:
        if self.y + h > H - 60:
            self.page()

    def lines(self, x: float, width: float, s: str, size: float = SIZE, *, bold: bool = False,
              lead: float = 13.0) -> list[str]:
        out = _wrap(s, width, size, bold)
        for ln in out:
            self.need(lead)
            self.put(x, self.y, ln, size, bold=bold)
            self.y += lead
        return out

    def para(self, x: float, s: str, *, after: float = 6.0) -> None:
        out = self.lines(x, RIGHT - x, s)
        for ln in out:
            self.gold.line(ln)
        if len(out) > 1:
            self.gold.add("not_heading", text=out[0])
        self.y += after

    def save(self) -> None:
        self.pdf.savefig(self.fig)
        plt.close(self.fig)


def _vote(b: Book, key: str) -> None:
    """A recorded vote: its title, then three columns side by side, each headed with its count,
    one surname a line."""
    title, yes, no, abstained = VOTES[key]
    b.need(13 * (max(len(yes), len(no)) + 3))
    b.put(TEXT_X, b.y, title, bold=True)
    b.gold.line(title)
    b.y += 15
    cols = ((TEXT_X, f"For ({len(yes)})", yes), (TEXT_X + 150, f"Against ({len(no)})", no),
            (TEXT_X + 300, f"Abstained ({len(abstained)})", abstained))
    for x, head, _names in cols:
        b.put(x, b.y, head, bold=True)
    b.gold.line(" ".join(c[1] for c in cols))
    b.y += 13
    for k in range(max(len(c[2]) for c in cols)):
        row = []
        for x, _head, names in cols:
            if k < len(names):
                b.put(x, b.y, f"Councillor {names[k]}")
                row.append(f"Councillor {names[k]}")
        b.gold.line(" ".join(row))
        b.y += 13
    b.y += 8


def build_minutes(path: str, gold: Gold) -> None:
    meta = {"Title": "Full Council minutes 26 February 2026", "Author": "Democratic Services",
            "Creator": "Minutes publisher", "CreationDate": datetime.datetime(2026, 3, 2, 9, 15, 0,
                                                                                tzinfo=datetime.UTC),
            "ModDate": None}
    with matplotlib.rc_context({"pdf.fonttype": 42, "pdf.compression": 6}), PdfPages(Path(path), metadata=meta) as pdf:
        b = Book(pdf, gold)
        b.page()
        for text, size in ((GARNSBY, 15.0), ("Minutes of the meeting of the Council", 12.0)):
            b.put(W / 2, b.y, text, size, bold=True, ha="center")
            gold.line(text)
            b.y += size * 1.8
        b.para(LEFT, "Held on Thursday 26 February 2026 at 7.00 pm in the Assembly Hall, Garnsby Town Hall", after=12)
        for label, text in (("Present:", PRESENT), ("Officers:", OFFICERS), ("Apologies:", APOLOGIES)):
            b.put(LEFT, b.y, label, bold=True)
            out = b.lines(LEFT + 70, RIGHT - LEFT - 70, text)
            gold.line(f"{label} {out[0]}")
            for ln in out[1:]:
                gold.line(ln)
            b.y += 6
        b.y += 8
        for number, title, paras in MINUTES:
            b.need(60)
            b.put(NUM_X, b.y, number, bold=True)
            b.put(TEXT_X, b.y, title.upper(), bold=True)
            gold.line(f"{number} {title.upper()}")
            gold.add("heading", text=f"{number} {title.upper()}", number=number, level=1, parent=None)
            b.y += 17
            for para in paras:
                if isinstance(para, list):
                    for k, text in enumerate(para):
                        label = f"({'abcdefgh'[k]})"
                        b.need(13)
                        b.put(TEXT_X, b.y, label)
                        out = b.lines(TEXT_X + 24, RIGHT - TEXT_X - 24, text)
                        gold.line(f"{label} {out[0]}")
                        for ln in out[1:]:
                            gold.line(ln)
                        gold.add("paragraph", number=label, text=" ".join(text.split()[:8]), parent=number)
                        b.y += 4
                    b.y += 4
                elif para.startswith("VOTE:"):
                    _vote(b, para[5:])
                else:
                    b.para(TEXT_X, para, after=8)
            b.y += 6
        b.para(TEXT_X, "Mayor", after=0)
        b.save()
    gold.add("meta", council=GARNSBY, date="2026-02-26")


# --- gold ------------------------------------------------------------------------------------

G = MINS


def _vote_items() -> list[dict[str, Any]]:
    out = []
    for key, what in (("AMEND", "the amendment"), ("BUDGET", "the substantive motion")):
        _title, yes, no, abstained = VOTES[key]
        out.append(fig_item(G, f"For ({len(yes)}) Against ({len(no)}) Abstained ({len(abstained)})",
                            count(f"{len(yes)}", len(yes), f"votes for {what}"),
                            count(f"{len(no)}", len(no), f"votes against {what}"),
                            count(f"{len(abstained)}", len(abstained), f"abstentions on {what}")))
    return out


FIGURES: list[dict[str, Any]] = [
    fig_item(G, "Niamh Ebury-Reilly and Hamish Ugwuanyi (18).", count("18", 18, "councillors present")),
    fig_item(G, "The minutes of the meeting held on 11 December 2025 were approved as a correct record and signed by "
                "the Mayor.", date("11 December 2025", "2025-12-11")),
    fig_item(G, "The Mayor said that her charity appeal had so far raised £14,260 for three local charities, and "
                "thanked the 212 people who had taken part in the sponsored walk on 7 February 2026.",
             money("£14,260", 14_260, "raised by the Mayor's charity appeal"), count("three", 3, "local charities"),
             count("212", 212, "people who took part in the sponsored walk"), date("7 February 2026", "2026-02-07")),
    fig_item(G, "Councillor Ottoline Massey, Cabinet Member for Environment, replied that the toilets cost £38,500 a "
                "year to run and were used by fewer than 40 people a day.",
             money("£38,500", 38_500, "cost to run the toilets a year"),
             count("40", 40, "people using the toilets a day")),
    fig_item(G, "Instead the Council would pay a grant of £1,500 a year to each of the six town centre businesses that "
                "open their toilets to the public under the Community Toilet Scheme.",
             money("£1,500", 1500, "grant to each business a year"), count("six", 6, "town centre businesses")),
    fig_item(G, "Ms Aurelia Fensome asked how many affordable homes had been built in the borough in 2024/25.",
             fy("2024/25", 2024)),
    fig_item(G, "The Leader replied that 187 affordable homes had been completed, 41 of them for social rent, against "
                "the Local Plan's target of 240 a year.",
             count("187", 187, "affordable homes completed"),
             count("41", 41, "affordable homes for social rent"),
             count("240", 240, "Local Plan's target for affordable homes a year")),
    fig_item(G, "The Council considered the recommendations of Cabinet of 12 February 2026 on the revenue budget, the "
                "capital programme and the council tax for 2026/27.",
             date("12 February 2026", "2026-02-12"), fy("2026/27", 2026)),
    fig_item(G, "The Section 151 Officer reported, as the law requires, that the estimates were robust and the reserves "
                "adequate: the general fund balance is forecast at £2.85m at 31 March 2026, above the minimum of £2.0m.",
             money("£2.85m", 2_850_000, "general fund balance forecast"), date("31 March 2026", "2026-03-31"),
             money("£2.0m", 2_000_000, "minimum general fund balance")),
    fig_item(G, "Councillor Thaddeus Cranmore-Wright moved, and Councillor Ines Cartwright-Bose seconded, an amendment "
                "to keep the Cordwainer Street toilets open in 2026/27 at a cost of £38,500, to be met by taking "
                "£26,500 from the Budget Equalisation Reserve and cutting the events budget by £12,000.",
             fy("2026/27", 2026), money("£38,500", 38_500, "cost to keep the Cordwainer Street toilets open", "2026/27"),
             money("£26,500", 26_500, "taken from the Budget Equalisation Reserve"),
             money("£12,000", 12_000, "cut in the events budget")),
    *_vote_items(),
    fig_item(G, "the net revenue budget for 2026/27 of £16,482,300 be approved;",
             fy("2026/27", 2026), money("£16,482,300", 16_482_300, "net revenue budget", "2026/27")),
    fig_item(G, "the capital programme of £9.76m for 2026/27 to 2028/29 be approved;",
             money("£9.76m", 9_760_000, "capital programme"), fy("2026/27", 2026), fy("2028/29", 2028)),
    fig_item(G, "the council tax base for 2026/27 be 39,746.5 Band D equivalent properties;",
             fy("2026/27", 2026), count("39,746.5", 39_746.5, "council tax base Band D equivalent properties", "2026/27")),
    fig_item(G, "the Council's council tax requirement for 2026/27 be £9,214,660;",
             fy("2026/27", 2026), money("£9,214,660", 9_214_660, "council tax requirement", "2026/27")),
    fig_item(G, "the Council's council tax for a Band D property in 2026/27 be £231.84, an increase of £6.73 or 2.99 "
                "per cent on 2025/26;",
             fy("2026/27", 2026), money("£231.84", 231.84, "council tax for a Band D property", "2026/27"),
             money("£6.73", 6.73, "increase in council tax for a Band D property", "2026/27"),
             pct("2.99 per cent", 2.99, "increase in council tax for a Band D property", "2026/27"),
             fy("2025/26", 2025)),
    fig_item(G, "with the precepts of Wealdshire County Council (£1,812.69), the Police and Crime Commissioner for "
                "Wealdshire (£283.14) and Wealdshire Fire Authority (£92.37), the total council tax for a Band D "
                "property in the borough be £2,420.04.",
             money("£1,812.69", 1812.69, "precept of Wealdshire County Council"),
             money("£283.14", 283.14, "precept of the Police and Crime Commissioner for Wealdshire"),
             money("£92.37", 92.37, "precept of Wealdshire Fire Authority"),
             money("£2,420.04", 2420.04, "total council tax for a Band D property")),
    fig_item(G, "This Council notes that three bus routes serving the borough's villages were withdrawn in January "
                "2026, leaving 14 villages with no bus on Sundays, and asks the Leader to write to Wealdshire County "
                "Council, the transport authority, asking it to use its £2.1m share of the Bus Service Improvement "
                "Plan to restore them.",
             count("three", 3, "bus routes withdrawn"), date("January 2026", "2026-01"),
             count("14", 14, "villages with no bus on Sundays"),
             money("£2.1m", 2_100_000, "share of the Bus Service Improvement Plan")),
    fig_item(G, "Councillor Ottoline Massey moved an amendment to add \"and offers £25,000 from the Council's Rural "
                "Transport Fund towards a bus that passengers book in advance\".",
             money("£25,000", 25_000, "offered from the Rural Transport Fund")),
    fig_item(G, "The motion as amended was carried by 17 votes to none.",
             count("17", 17, "votes for the motion as amended")),
    fig_item(G, "RESOLVED that the basic allowance rise from £5,120 to £5,280 a year from 1 April 2026, an increase of "
                "3.1 per cent, in line with the staff pay award, and that the Leader's special responsibility "
                "allowance stay at £13,200 a year.",
             money("£5,120", 5120, "basic allowance a year"), money("£5,280", 5280, "basic allowance a year"),
             date("1 April 2026", "2026-04-01"), pct("3.1 per cent", 3.1, "increase in the basic allowance"),
             money("£13,200", 13_200, "Leader's special responsibility allowance a year")),
    fig_item(G, "(For 15, against 3.)", count("15", 15, "votes for the members' allowances"),
             count("3", 3, "votes against the members' allowances")),
    fig_item(G, "Councillor Sunniva Haldane asked how many homes had stood empty for more than two years.",
             duration("two years", "P2Y")),
    fig_item(G, "Councillor Rufus Brackwell-Hine replied that there were 312 on 1 January 2026.",
             count("312", 312, "homes empty for more than two years"), date("1 January 2026", "2026-01-01")),
    fig_item(G, "From April 2026 homes empty for more than a year would pay a premium of 100 per cent, bringing in an "
                "estimated £190,000, of which the Council keeps about 11p in every pound.",
             date("April 2026", "2026-04"), pct("100 per cent", 100, "premium on homes empty for more than a year"),
             money("£190,000", 190_000, "estimated income from the empty homes premium"),
             money("11p", 0.11, "share the Council keeps in every pound")),
]

ENTITIES: list[dict[str, Any]] = [
    ent(G, "ORG", GARNSBY),
    ent(G, "COMMITTEE", "Cabinet"),
    ent(G, "COMMITTEE", "Independent Remuneration Panel"),
    ent(G, "PERSON", "Beatrix Wolstenholme", affiliation=GARNSBY, role="Mayor"),
    ent(G, "PERSON", "Caspar Wetherden", affiliation=GARNSBY, role="Deputy Mayor"),
    ent(G, "PERSON", "Adaeze Thornquist", affiliation=GARNSBY, role="Leader of the Council"),
    ent(G, "PERSON", "Rufus Brackwell-Hine", affiliation=GARNSBY, role="Cabinet Member for Finance"),
    ent(G, "PERSON", "Ottoline Massey", affiliation=GARNSBY, role="Cabinet Member for Environment"),
    ent(G, "PERSON", "Thaddeus Cranmore-Wright", affiliation=GARNSBY, role="Leader of the Opposition"),
    *(ent(G, "PERSON", n, affiliation=GARNSBY) for n in (
        "Delphine Vandermolen", "Jonas Etherington", "Perpetua Grimshaw-Lee", "Sunniva Haldane", "Ines Cartwright-Bose",
        "Leocadia Pemberlow", "Evander Pocklington", "Cuthbert Ramsbottom-Yeo", "Yusuf Sorensby-Marsh",
        "Gwilym Stourton", "Niamh Ebury-Reilly", "Hamish Ugwuanyi", "Wendell Farraday", "Lucinda Beckwith-Oduro")),
    ent(G, "PERSON", "Cressida Vellacourt", affiliation=GARNSBY, role="Chief Executive"),
    ent(G, "PERSON", "Ptolemy Harrowgate", affiliation=GARNSBY, role="Section 151 Officer"),
    ent(G, "PERSON", "Hester Imrie-Nunn", affiliation=GARNSBY, role="Monitoring Officer"),
    ent(G, "PERSON", "Ansel Moberly-Keane", affiliation=GARNSBY, role="Democratic Services Manager"),
    ent(G, "PERSON", "Ewan Drysdale"),
    ent(G, "PERSON", "Aurelia Fensome"),
    ent(G, "ROLE", "Mayor"),
    ent(G, "ROLE", "Deputy Mayor"),
    ent(G, "ROLE", "Leader of the Council"),
    ent(G, "ROLE", "Leader of the Opposition"),
    ent(G, "ROLE", "Cabinet Member for Finance"),
    ent(G, "ROLE", "Cabinet Member for Environment"),
    ent(G, "ROLE", "Section 151 Officer"),
    ent(G, "ROLE", "Monitoring Officer"),
    ent(G, "ROLE", "Democratic Services Manager"),
    ent(G, "ROLE", "Police and Crime Commissioner for Wealdshire"),
    ent(G, "ORG", "Wealdshire County Council"),
    ent(G, "ORG", "Wealdshire Fire Authority"),
    ent(G, "ORG", "Garnsby Community Transport"),
    ent(G, "PROGRAMME", "Community Toilet Scheme"),
    ent(G, "PROGRAMME", "Bus Service Improvement Plan"),
    ent(G, "PROGRAMME", "Rural Transport Fund"),
    ent(G, "PROGRAMME", "Budget Equalisation Reserve"),
    ent(G, "PROGRAMME", "Local Plan"),
    ent(G, "GPE", "Garnsby"),
    ent(G, "GPE", "Cordwainer Street"),
    ent(G, "GPE", "Wealdshire"),
]
