"""A sixteenth held-out entity document (issue 17 item 1), of three more invented councils,
written 2026-12-07 (seventh session) before any change of that session: a Modern.gov-style HTML
agenda of a joint committee of two districts and a county (membership listed by council with
"Councillors A and B (Council)", officers "Name, Post", a substitute, public speakers with and
without a title, a contractor and national bodies with no head noun, a repair group and a
furniture charity whose names end like programmes, a fund, two acronyms). Invented councils,
people, places and local bodies; the national bodies are real ones that no other corpus or gold
set of the project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import minutes_page

JOINT = "gorsefield-lydmouth-joint-waste-committee-agenda-2026-03-05"
G_COUNCIL = "Gorsefield District Council"
L_COUNCIL = "Lydmouth Borough Council"
M_COUNCIL = "Marrick County Council"
J_TITLE = "Agenda: Gorsefield and Lydmouth Joint Waste Committee, Thursday, 5th March, 2026 10.00 am"
J_MEMBERS = (
    f"Membership: Councillors Ottilie Braithwaite and Rufus Penberthy ({G_COUNCIL}); Councillors Zainab "
    f"Wisniewska and Hugo Trevaskis ({L_COUNCIL}); Councillor Isadora Quint ({M_COUNCIL}, as waste disposal "
    "authority, non-voting)."
)
J_OFFICERS = (
    "Officers attending: Cedric Vanstone, Joint Waste Manager; Philomena Adair, Treasurer to the Joint "
    "Committee; Bartosz Nowicki, Clerk to the Joint Committee."
)
J_ITEMS: list[tuple[str, str, list[str]]] = [
    ("1", "Election of Chair", [
        "To elect a Chair for the rest of the 2025/26 municipal year. Under the joint agreement the chair "
        "passes between the councils each year; Lydmouth nominates Councillor Wisniewska.",
    ]),
    ("2", "Apologies for absence and substitutions", [
        "Councillor Trevaskis has sent apologies; Councillor Leopold Cadwallader will substitute.",
    ]),
    ("3", "Public participation", [
        "Mrs Enid Carrow of Tidemill Row, Lydmouth, has given notice of a question about missed garden waste "
        "collections. Amos Reddaway, for Gorsefield Repair Café, will speak on item 5.",
    ]),
    ("4", "Recycling performance, quarter 3", [
        "Report of the Joint Waste Manager. The combined recycling rate was 51.2%. WRAP's latest benchmarking "
        "puts the partnership in the top quartile of similar authorities, but contamination at the materials "
        "recovery facility (MRF) is still above the 8% target.",
        "Veridian Waste Solutions, the collection contractor, missed 0.3% of scheduled collections.",
    ]),
    ("5", "Reuse and repair", [
        "The Joint Waste Manager proposes a two-year pilot with Gorsefield Repair Café and the Lydvale "
        "Furniture Project, paid for from the Waste Prevention Fund, to keep bulky items out of landfill.",
    ]),
    ("6", "Budget monitoring", [
        "Report of the Treasurer. The forecast underspend of £142,000 comes largely from Extended Producer "
        "Responsibility (EPR) payments made by PackUK in December.",
    ]),
    ("7", "Exclusion of the press and public", [
        "To consider excluding the press and public for item 8 under paragraph 3 of Schedule 12A to the "
        "Local Government Act 1972.",
    ]),
    ("8", "Collection contract extension", [
        "Report of the Joint Waste Manager on extending the contract with Veridian Waste Solutions to 2030.",
    ]),
]

J_ENTITIES = [
    ent(JOINT, "ORG", G_COUNCIL),
    ent(JOINT, "ORG", L_COUNCIL),
    ent(JOINT, "ORG", M_COUNCIL),
    ent(JOINT, "COMMITTEE", "Gorsefield and Lydmouth Joint Waste Committee"),
    ent(JOINT, "PERSON", "Ottilie Braithwaite", affiliation=G_COUNCIL, role="Councillor"),
    ent(JOINT, "PERSON", "Rufus Penberthy", affiliation=G_COUNCIL, role="Councillor"),
    ent(JOINT, "PERSON", "Zainab Wisniewska", affiliation=L_COUNCIL, role="Councillor"),
    ent(JOINT, "PERSON", "Hugo Trevaskis", affiliation=L_COUNCIL, role="Councillor"),
    ent(JOINT, "PERSON", "Isadora Quint", affiliation=M_COUNCIL, role="Councillor"),
    ent(JOINT, "PERSON", "Leopold Cadwallader", role="Councillor"),
    ent(JOINT, "PERSON", "Cedric Vanstone", role="Joint Waste Manager"),
    ent(JOINT, "PERSON", "Philomena Adair", role="Treasurer to the Joint Committee"),
    ent(JOINT, "PERSON", "Bartosz Nowicki", role="Clerk to the Joint Committee"),
    ent(JOINT, "PERSON", "Enid Carrow"),
    ent(JOINT, "PERSON", "Amos Reddaway", affiliation="Gorsefield Repair Café"),
    ent(JOINT, "ROLE", "Joint Waste Manager"),
    ent(JOINT, "ROLE", "Treasurer to the Joint Committee"),
    ent(JOINT, "ROLE", "Clerk to the Joint Committee"),
    ent(JOINT, "ORG", "Gorsefield Repair Café"),
    ent(JOINT, "ORG", "Lydvale Furniture Project"),
    ent(JOINT, "ORG", "Veridian Waste Solutions"),
    ent(JOINT, "ORG", "WRAP"),
    ent(JOINT, "ORG", "PackUK"),
    ent(JOINT, "PROGRAMME", "Waste Prevention Fund"),
    ent(JOINT, "ACRONYM", "MRF", aliases=("materials recovery facility",)),
    ent(JOINT, "ACRONYM", "EPR", aliases=("Extended Producer Responsibility",)),
    ent(JOINT, "GPE", "Lydmouth"),
    ent(JOINT, "GPE", "Tidemill Row"),
]


def build_joint(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=L_COUNCIL, site="https://lydmouth.example.gov.uk", title=J_TITLE,
                 venue="Venue: Committee Room 1, Lydmouth Civic Offices", attendance=[J_MEMBERS, J_OFFICERS],
                 minutes=J_ITEMS, footer=f"{L_COUNCIL}, Lydmouth Civic Offices")


DOCS = {JOINT: (".html", build_joint)}
ENTITIES = J_ENTITIES
