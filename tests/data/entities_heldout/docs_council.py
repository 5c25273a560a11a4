"""A seventh held-out entity document (issue 17 item 1), of a twelfth invented council, written
2026-12-07 (fifth session) after the sixth document's fixes were landed and before any further
change: full council minutes as a Modern.gov-style HTML page (attendance with a civic head in
the chair, apologies, declarations, public questions, a motion, the budget and an electoral
review). Invented council, people, places, local bodies and companies; the national bodies are
the real ones such minutes name, most of them bare."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import minutes_page

COUNCIL_DOC = "quarrington-full-council-minutes-2026-02-26"
Q_COUNCIL = "Quarrington City Council"
Q_TITLE = "Minutes: Council, Thursday, 26th February, 2026 6.00 pm"
Q_PRESENT = (
    "Present: The Lord Mayor (Councillor Ines Marchbank) in the Chair; Councillors Dario Ferrante (Leader of "
    "the Council), Folasade Ogunleye (Deputy Leader), Hugo Desrosiers, Niamh Kilbride, Piers Saltram and "
    "Yuki Nakamura."
)
Q_OFFICERS = (
    "Officers: Marcus Quennell (Chief Executive), Beatrix Eastwick (Director of Finance and Section 151 "
    "Officer) and Conrad Dunmore (Monitoring Officer)."
)
Q_MINUTES: list[tuple[str, str, list[str]]] = [
    ("101", "Apologies for absence", [
        "Apologies were received from Councillors Ottilie Haverstock and Ravi Sedgwick-Palmer.",
    ]),
    ("102", "Declarations of interest", [
        "Councillor Hugo Desrosiers declared an interest in item 105 as a non-executive director of "
        "Quarrington Buses Limited. Councillor Niamh Kilbride declared that her husband works for "
        "the Sedgecote Fire and Rescue Service.",
    ]),
    ("103", "Lord Mayor's announcements", [
        "The Lord Mayor thanked the volunteers of the Brindlecombe Food Bank and congratulated Thornwick "
        "Primary School on its Ofsted report.",
    ]),
    ("104", "Questions from the public", [
        "Aurelia Treloar, a resident of Hasselby, asked why the number 12 bus no longer served Hasselby "
        "Road after 7 pm. Councillor Yuki Nakamura, Cabinet Member for Transport, replied that the DfT had "
        "cut the Bus Service Improvement Plan (BSIP) grant by a third and that operators had withdrawn "
        "evening journeys across the city.",
    ]),
    ("105", "Motion: protecting bus services", [
        "Moved by Councillor Piers Saltram and seconded by Councillor Niamh Kilbride: that this Council asks "
        "the Leader to write to the Secretary of State for Transport and to Active Travel England, and "
        "works through the Enhanced Partnership with Quarrington Buses and Veltham Coaches to restore "
        "evening services.",
        "RESOLVED that the motion be carried.",
    ]),
    ("106", "Budget and council tax 2026/27", [
        "The Director of Finance said that the settlement from MHCLG was confirmed on 4 February and that "
        "the ONS mid-year estimates had been used for the tax base. The precepts of the Police and Crime "
        "Commissioner for Sedgecote and of Sedgecote Fire and Rescue Authority were noted.",
        "RESOLVED that the revenue budget, the capital programme and a Band D council tax of £2,184.36 be "
        "approved.",
    ]),
    ("107", "External audit", [
        "The Leader of the Council reported that Haverstock Audit LLP, appointed by PSAA, had not yet given an "
        "opinion on the 2023/24 accounts because of the national backlog. The NAO expects the backstop date "
        "to be met.",
    ]),
    ("108", "Electoral review", [
        "The Chief Executive reported that the Local Government Boundary Commission for England (LGBCE) will "
        "consult on new ward boundaries in the summer. The LGBCE proposes 51 councillors, down from 57.",
    ]),
]

Q_ENTITIES = [
    ent(COUNCIL_DOC, "ORG", Q_COUNCIL),
    ent(COUNCIL_DOC, "PERSON", "Ines Marchbank", affiliation=Q_COUNCIL, role="Lord Mayor"),
    ent(COUNCIL_DOC, "PERSON", "Dario Ferrante", affiliation=Q_COUNCIL, role="Leader of the Council"),
    ent(COUNCIL_DOC, "PERSON", "Folasade Ogunleye", affiliation=Q_COUNCIL, role="Deputy Leader"),
    ent(COUNCIL_DOC, "PERSON", "Hugo Desrosiers", affiliation=Q_COUNCIL, role="Councillor"),
    ent(COUNCIL_DOC, "PERSON", "Niamh Kilbride", affiliation=Q_COUNCIL, role="Councillor"),
    ent(COUNCIL_DOC, "PERSON", "Piers Saltram", affiliation=Q_COUNCIL, role="Councillor"),
    ent(COUNCIL_DOC, "PERSON", "Yuki Nakamura", affiliation=Q_COUNCIL, role="Cabinet Member for Transport"),
    ent(COUNCIL_DOC, "PERSON", "Ottilie Haverstock", affiliation=Q_COUNCIL, role="Councillor"),
    ent(COUNCIL_DOC, "PERSON", "Ravi Sedgwick-Palmer", affiliation=Q_COUNCIL, role="Councillor"),
    ent(COUNCIL_DOC, "PERSON", "Marcus Quennell", affiliation=Q_COUNCIL, role="Chief Executive"),
    ent(COUNCIL_DOC, "PERSON", "Beatrix Eastwick", affiliation=Q_COUNCIL,
        role="Director of Finance and Section 151 Officer"),
    ent(COUNCIL_DOC, "PERSON", "Conrad Dunmore", affiliation=Q_COUNCIL, role="Monitoring Officer"),
    ent(COUNCIL_DOC, "PERSON", "Aurelia Treloar"),
    ent(COUNCIL_DOC, "ROLE", "Lord Mayor"),
    ent(COUNCIL_DOC, "ROLE", "Leader of the Council"),
    ent(COUNCIL_DOC, "ROLE", "Director of Finance"),
    ent(COUNCIL_DOC, "ROLE", "Chief Executive"),
    ent(COUNCIL_DOC, "ROLE", "Secretary of State for Transport"),
    ent(COUNCIL_DOC, "ROLE", "Police and Crime Commissioner for Sedgecote"),
    ent(COUNCIL_DOC, "ORG", "Quarrington Buses Limited", aliases=("Quarrington Buses",)),
    ent(COUNCIL_DOC, "ORG", "Veltham Coaches"),
    ent(COUNCIL_DOC, "ORG", "Sedgecote Fire and Rescue Service"),
    ent(COUNCIL_DOC, "ORG", "Sedgecote Fire and Rescue Authority"),
    ent(COUNCIL_DOC, "ORG", "Brindlecombe Food Bank"),
    ent(COUNCIL_DOC, "ORG", "Thornwick Primary School"),
    ent(COUNCIL_DOC, "ORG", "Ofsted"),
    ent(COUNCIL_DOC, "ORG", "DfT"),
    ent(COUNCIL_DOC, "ORG", "Active Travel England"),
    ent(COUNCIL_DOC, "ORG", "MHCLG"),
    ent(COUNCIL_DOC, "ORG", "ONS"),
    ent(COUNCIL_DOC, "ORG", "Haverstock Audit LLP"),
    ent(COUNCIL_DOC, "ORG", "PSAA"),
    ent(COUNCIL_DOC, "ORG", "NAO"),
    ent(COUNCIL_DOC, "ORG", "Local Government Boundary Commission for England", aliases=("LGBCE",)),
    ent(COUNCIL_DOC, "ORG", "Enhanced Partnership"),
    ent(COUNCIL_DOC, "PROGRAMME", "Bus Service Improvement Plan", aliases=("BSIP",)),
    ent(COUNCIL_DOC, "GPE", "Hasselby"),
    ent(COUNCIL_DOC, "GPE", "Quarrington"),
]


def build_council(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=Q_COUNCIL, site="https://quarrington.example.gov.uk", title=Q_TITLE,
                 venue="Venue: Council Chamber, The Guildhall, Quarrington", attendance=[Q_PRESENT, Q_OFFICERS],
                 minutes=Q_MINUTES, footer=f"{Q_COUNCIL}, The Guildhall, Quarrington")


DOCS = {COUNCIL_DOC: (".html", build_council)}
ENTITIES = Q_ENTITIES
