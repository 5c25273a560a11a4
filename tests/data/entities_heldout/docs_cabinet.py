"""A nineteenth held-out entity document (issue 17 item 1), of a twenty-fifth invented council,
written 2026-12-07 (eighth session) before any change of that session: Modern.gov-style HTML
minutes of a cabinet (members with posts in brackets, officers listed as "Post (Name)", a
public question from a resident of a street named after a person, a library and an almshouse
charity named after people, a law firm and a developer named by surnames alone, a charity with
no head noun in apposition, a post with no holder, a former alderman, villages whose names look
like people's, a national body by its initials, a signature). Invented council, people, places
and local bodies; the national bodies are real ones that no other corpus or gold set of the
project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import minutes_page

CABINET = "cobbledene-cabinet-minutes-2026-03-12"
B_COUNCIL = "Cobbledene City Council"
B_PRESENT = (
    "Present: Councillor Seraphina Holt (Leader of the Council, in the Chair), Councillor Rhodri Penwarden "
    "(Deputy Leader and Cabinet Member for Finance), Councillors Abigail Fothergill, Osric Ndlovu and Tancred "
    "Lowry."
)
B_ALSO = "Also present: Councillor Verity Scanlon (Leader of the Opposition)."
B_OFFICERS = (
    "Officers: Chief Executive (Hywel Abernant); Director of Finance (Maude Ibbotson); Monitoring Officer "
    "(Ruben Zamora)."
)
B_MINUTES: list[tuple[str, str, list[str]]] = [
    ("C/101", "Declarations of interest", [
        "Councillor Fothergill declared an interest as a trustee of the Agnes Scoresby Almshouses Charity and "
        "took no part in item C/104.",
    ]),
    ("C/102", "Public questions", [
        "Chidinma Eze-Porter, of Greyling Street, asked why the Barnabas Hurd Library would close on "
        "Saturdays. Councillor Ndlovu replied that the library would open on Sunday afternoons instead.",
    ]),
    ("C/103", "Cornmarket regeneration", [
        "The Cabinet Member for Growth, Councillor Lowry, introduced the report. Pemberton Lisle, the "
        "Council's legal advisers, had reviewed the land agreement with Quarles Dunstable, the developer.",
        "The scheme is supported by the Cobbledene Civic Society and by Kinship, the homelessness charity, "
        "and is funded by the Cobbledene Town Deal.",
        "Councillor Scanlon asked whether the Merriman Arcade would be kept. The Chief Executive said that "
        "its facade would be restored.",
        "RESOLVED that the Director of Finance be authorised to complete the land agreement.",
    ]),
    ("C/104", "Budget monitoring, quarter 3", [
        "The Director of Finance reported a forecast overspend of £2.1m, mainly on temporary accommodation. "
        "The OBR's latest forecast meant that inflation would fall more slowly than the budget assumed.",
        "New bus routes to Kingsley Vale and Holt Endby would be paid for from the Cobbledene Town Deal.",
    ]),
    ("C/105", "Appointments to outside bodies", [
        "RESOLVED that Councillor Lowry be appointed to the board of Cobbledene Leisure Trust. The Cabinet "
        "noted that the post of Armed Forces Champion remains vacant.",
    ]),
    ("C/106", "Tribute", [
        "The Leader paid tribute to former Alderman Cuthbert Oakes, who died in February, and to his forty "
        "years of service to the people of Cobbledene.",
        "Signed: Seraphina Holt, Leader of the Council (Chair)",
    ]),
]

B_ENTITIES = [
    ent(CABINET, "ORG", B_COUNCIL),
    ent(CABINET, "COMMITTEE", "Cabinet"),
    ent(CABINET, "PERSON", "Seraphina Holt", affiliation=B_COUNCIL, role="Leader of the Council"),
    ent(CABINET, "PERSON", "Rhodri Penwarden", affiliation=B_COUNCIL, role="Deputy Leader"),
    ent(CABINET, "PERSON", "Abigail Fothergill", affiliation=B_COUNCIL, role="Councillor"),
    ent(CABINET, "PERSON", "Osric Ndlovu", affiliation=B_COUNCIL, role="Councillor"),
    ent(CABINET, "PERSON", "Tancred Lowry", affiliation=B_COUNCIL, role="Cabinet Member for Growth"),
    ent(CABINET, "PERSON", "Verity Scanlon", affiliation=B_COUNCIL, role="Leader of the Opposition"),
    ent(CABINET, "PERSON", "Hywel Abernant", affiliation=B_COUNCIL, role="Chief Executive"),
    ent(CABINET, "PERSON", "Maude Ibbotson", affiliation=B_COUNCIL, role="Director of Finance"),
    ent(CABINET, "PERSON", "Ruben Zamora", affiliation=B_COUNCIL, role="Monitoring Officer"),
    ent(CABINET, "PERSON", "Chidinma Eze-Porter"),
    ent(CABINET, "PERSON", "Cuthbert Oakes", role="Alderman"),
    ent(CABINET, "ROLE", "Leader of the Council"),
    ent(CABINET, "ROLE", "Leader of the Opposition"),
    ent(CABINET, "ROLE", "Cabinet Member for Growth"),
    ent(CABINET, "ROLE", "Chief Executive"),
    ent(CABINET, "ROLE", "Director of Finance"),
    ent(CABINET, "ROLE", "Monitoring Officer"),
    ent(CABINET, "ROLE", "Armed Forces Champion"),
    ent(CABINET, "ORG", "Agnes Scoresby Almshouses Charity"),
    ent(CABINET, "ORG", "Pemberton Lisle"),
    ent(CABINET, "ORG", "Quarles Dunstable"),
    ent(CABINET, "ORG", "Cobbledene Civic Society"),
    ent(CABINET, "ORG", "Kinship"),
    ent(CABINET, "ORG", "OBR"),
    ent(CABINET, "ORG", "Cobbledene Leisure Trust"),
    ent(CABINET, "PROGRAMME", "Cobbledene Town Deal"),
    ent(CABINET, "GPE", "Cobbledene"),
    ent(CABINET, "GPE", "Kingsley Vale"),
    ent(CABINET, "GPE", "Holt Endby"),
]


def build_cabinet(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=B_COUNCIL, site="https://cobbledene.example.gov.uk",
                 title="Minutes: Cabinet, Thursday, 12th March, 2026 6.00 pm",
                 venue="Venue: Committee Room 2, Guildhall, Cobbledene", attendance=[B_PRESENT, B_ALSO, B_OFFICERS],
                 minutes=B_MINUTES, footer=f"{B_COUNCIL}, Guildhall, Cobbledene")


DOCS = {CABINET: (".html", build_cabinet)}
ENTITIES = B_ENTITIES
