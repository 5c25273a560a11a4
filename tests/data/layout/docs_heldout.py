"""A held-out document for the outline and metadata (issue 16 items 3 and 5), written after
the code it tests and scored before anything was tuned on it: the minutes of a scrutiny
committee of a fourth invented council, in a numbering and layout none of the other documents
use. A running header on every page names the council and the committee ("… | …"), a cover
block gives the meeting's date ("Date of meeting:"), the minutes are numbered "OSC.58" with
their titles in bold title case (not capitals), one minute's paragraphs are numbered under it
(61.1, 61.2) and its resolutions lettered, and the minutes end on a signature block. Every
name, place and figure is made up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flow import Flow, Gold
from goldkit import count, ent, fig_item, money, pct, question, year
from wordpdf import BOLD, REGULAR, Painter, Style

COUNCIL = "Brackenfold Borough Council"
COMMITTEE = "Overview and Scrutiny Committee"
SCRUTINY = "brackenfold-scrutiny-committee-minutes-2026-03-18"
BODY = Style(font=REGULAR, size=10.5)
HEAD = Style(font=BOLD, size=10.5)
SMALL = Style(font=REGULAR, size=8)
NUM_X, TEXT_X = 62.0, 122.0

COVER = [
    ("Date of meeting:", "Wednesday 18 March 2026"),
    ("Time:", "6.30 pm to 8.45 pm"),
    ("Venue:", "Council Chamber, Brackenfold Town Hall, Quay Street"),
    ("Clerk:", "Priyanka Hollins, Democratic Services Officer"),
]
PRESENT = ("Councillors Morwenna Tallis (Chair), Desmond Oyelaran (Vice-Chair), Keturah Blythe, Anselm Varga "
           "and Ffion Maddox.")

# (number, title, body); a body entry is a paragraph, a (number, text) pair, or a list of lettered items
Body = list[str | tuple[str, str] | list[str]]
ITEMS: list[tuple[str, str, Body]] = [
    ("OSC.58", "Apologies and Substitutions", [
        "Apologies were received from Councillor Rashida Penhale, for whom Councillor Ffion Maddox attended as "
        "substitute.",
    ]),
    ("OSC.59", "Declarations of Interest", [
        "There were no declarations of interest.",
    ]),
    ("OSC.60", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 21 January 2026 were agreed as a correct record.",
    ]),
    ("OSC.61", "Leisure Centre Contract Performance", [
        ("61.1", "The Head of Leisure and Culture reported on the second year of the contract with Tidewater "
                 "Leisure Trust for the borough's three leisure centres. Visits rose to 612,000 in 2025, 9% more "
                 "than in 2024, and the management fee paid by the Council fell to £1.18m."),
        ("61.2", "Members were concerned that the swimming pool at Saltings Leisure Centre had closed for 23 days "
                 "because of plant failures and asked how the trust was held to account for lost sessions."),
        ("61.3", "The Head of Leisure and Culture said that the contract allows deductions for closures and that "
                 "£42,500 had been deducted from the fee for the year."),
        "RESOLVED that:",
        [
            "the report be noted;",
            "a plan for replacing the pool plant at Saltings Leisure Centre be brought to the Committee in "
            "July 2026.",
        ],
    ]),
    ("OSC.62", "Council Housing Repairs Backlog", [
        "The Assistant Director of Housing presented an update on responsive repairs. At the end of February 2026 "
        "there were 1,347 open repair jobs, of which 212 had been open for more than 90 days.",
        "Members asked about damp and mould cases. The Assistant Director said that every such case reported since "
        "October 2025 had been inspected within ten working days.",
        "RESOLVED that the Committee review the repairs backlog again at its meeting in September 2026.",
    ]),
    ("OSC.63", "Work Programme 2026/27", [
        "The Committee agreed its work programme for 2026/27, adding a review of the Council's use of agency staff.",
    ]),
]


def build_scrutiny(path: str, gold: Gold) -> None:
    p = Painter(Path(path), f"Minutes: {COMMITTEE}, 18 March 2026", seed=58)

    def furniture(pp: Painter) -> None:
        pp.line(NUM_X, 808, f"{COUNCIL} | {COMMITTEE}", SMALL)
        pp.right(535, 808, "Minutes", SMALL)
        pp.centre(297.6, 30, f"Page {pp.page_no}", SMALL)

    f = Flow(p, gold, left=NUM_X, right=535, top=770, furniture=furniture)
    f.page()
    p.line(NUM_X, f.y, COMMITTEE, HEAD.sized(15))
    gold.line(COMMITTEE)
    f.y -= 22
    p.line(NUM_X, f.y, "Minutes", HEAD.sized(12))
    gold.line("Minutes")
    f.y -= 24
    for label, value in COVER:
        f.keyvalue(label, value, HEAD, BODY, value_x=190, after=3)
    f.y -= 10
    p.line(NUM_X, f.y, "Present:", HEAD)
    out = f.lines(TEXT_X, f.right - TEXT_X, PRESENT, BODY, justify=False)
    gold.line(f"Present: {out[0]}")
    for ln in out[1:]:
        gold.line(ln)
    f.y -= 14
    for number, title, body in ITEMS:
        f.need(70)
        p.line(NUM_X, f.y, number, HEAD)
        p.line(TEXT_X, f.y, title, HEAD)
        gold.line(f"{number} {title}")
        gold.add("heading", text=f"{number} {title}", number=number, level=1, parent=None)
        f.y -= 17
        for part in body:
            if isinstance(part, tuple):
                f.numbered(part[0], part[1], BODY, num_x=TEXT_X, x=TEXT_X + 30, parent=f"{number} {title}")
            elif isinstance(part, list):
                for k, text in enumerate(part):
                    f.numbered(f"({'abcdefgh'[k]})", text, BODY, num_x=TEXT_X, x=TEXT_X + 24, after=4)
                f.y -= 4
            else:
                f.para(part, BODY, x=TEXT_X, after=8)
        f.y -= 8
    f.para("The meeting ended at 8.45 pm.", BODY, x=TEXT_X, after=28)
    f.para("Chair", BODY, x=TEXT_X, after=10)
    f.para("Date", BODY, x=TEXT_X)
    p.save()
    gold.add("meta", council=COUNCIL, date="2026-03-18")


# --- the other corpora's gold: one question, one figure item, a few entities -----------------

S = SCRUTINY
QUESTIONS: list[dict[str, Any]] = [
    question("L47", "How much was taken off the leisure trust's fee for pool closures?", S,
             "£42,500 had been deducted from the fee", "figure", answer=(42_500, "GBP")),
]
FIGURES: list[dict[str, Any]] = [
    fig_item(S, "Visits rose to 612,000 in 2025, 9% more than in 2024, and the management fee paid by the Council "
                "fell to £1.18m.",
             count("612,000", 612_000, "leisure centre visits", "2025"), year("2025", 2025),
             pct("9%", 9, "increase in visits", "2025"), year("2024", 2024),
             money("£1.18m", 1_180_000, "management fee", "2025")),
]
ENTITIES: list[dict[str, Any]] = [
    ent(S, "ORG", COUNCIL),
    ent(S, "COMMITTEE", COMMITTEE),
    ent(S, "ORG", "Tidewater Leisure Trust"),
    ent(S, "PERSON", "Morwenna Tallis", affiliation=COUNCIL, role="Chair"),
    ent(S, "PERSON", "Priyanka Hollins", affiliation=COUNCIL, role="Democratic Services Officer"),
    # every person the minutes name (the PERSON rows of a document are exhaustive: README, Gold)
    ent(S, "PERSON", "Desmond Oyelaran", affiliation=COUNCIL, role="Vice-Chair"),
    ent(S, "PERSON", "Keturah Blythe", affiliation=COUNCIL, role="Councillor"),
    ent(S, "PERSON", "Anselm Varga", affiliation=COUNCIL, role="Councillor"),
    ent(S, "PERSON", "Ffion Maddox", affiliation=COUNCIL, role="Councillor"),
    ent(S, "PERSON", "Rashida Penhale", affiliation=COUNCIL, role="Councillor"),
    ent(S, "ROLE", "Head of Leisure and Culture"),
    ent(S, "ROLE", "Assistant Director of Housing"),
    ent(S, "ORG", "Saltings Leisure Centre"),
]
