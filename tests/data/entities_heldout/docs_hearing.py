"""A twentieth held-out entity document (issue 17 item 1), of a twenty-sixth invented council,
written 2026-12-07 (eighth session) after entities.v8 and before any further change: Modern.gov
style HTML minutes of a licensing sub-committee hearing (an applicant company and its solicitor
from a firm named by surnames, a pub named after a person, objectors with and without titles,
a residents' group and a pub watch scheme with no head noun, a night-time charity by one word,
a national scheme and a national charity, police and public health as responsible authorities,
a post with no holder). Invented council, people, places and local bodies; the national bodies
and schemes are real ones that no other corpus or gold set of the project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import minutes_page

HEARING = "wexcombe-licensing-sub-committee-hearing-2026-03-16"
X_COUNCIL = "Wexcombe Borough Council"
X_PRESENT = "Present: Councillors Perdita Quarrie (Chair), Lionel Stainforth-Gray and Saoirse Mulvaney."
X_OFFICERS = (
    "Officers: Dominic Threlkeld, Licensing Officer; Farah Chaudri, Solicitor; Iona MacRae, Democratic "
    "Services Officer."
)
X_OTHERS = (
    "Also present: Ms Beatrice Hallgarth of Grahame Ellwood Solicitors, for the applicant; Rupert Vane, director "
    "of Tallowgate Taverns Ltd; PC Ewan Lockyer, Wexcombe Police licensing team; Nuala Brennock, Public "
    "Health Wexcombe; objectors Mr Cyril Amberley, Jocasta Trevithick and the Hartington Residents' Group."
)
X_MINUTES: list[tuple[str, str, list[str]]] = [
    ("LSC/7", "Declarations of interest", ["None."]),
    ("LSC/8", "Application to vary a premises licence: The Admiral Penrose, 14 Fitzroy Street", [
        "The Licensing Officer introduced the application by Tallowgate Taverns Ltd to extend the hours of "
        "The Admiral Penrose to 1.00 am on Fridays and Saturdays. Four representations had been received.",
        "Ms Hallgarth said that the premises had held a Best Bar None award since 2023 and that the company "
        "would pay for door staff trained with Drinkaware. Mr Vane added that the premises belonged to "
        "Ferrybridge Pubwatch, which shares the names of banned customers.",
        "PC Lockyer said that Wexcombe Police did not object if the conditions agreed with the applicant were "
        "added. Nuala Brennock said that Public Health Wexcombe was concerned about alcohol-related hospital "
        "admissions in the Fitzroy ward.",
        "Mr Amberley, who lives in Cardew Terrace, said that noise from the smoking area kept him awake. "
        "Jocasta Trevithick spoke for the Hartington Residents' Group, who asked for the garden to close at "
        "10.00 pm. Nightsafe, whose volunteers patrol the town centre, had written in support.",
        "The Licensing Team Leader had advised that the sub-committee must decide on the evidence before it.",
        "RESOLVED that the variation be granted with the conditions agreed with the police, and that the "
        "garden close at 10.30 pm.",
    ]),
]

X_ENTITIES = [
    ent(HEARING, "ORG", X_COUNCIL),
    ent(HEARING, "COMMITTEE", "Licensing Sub-Committee"),
    ent(HEARING, "PERSON", "Perdita Quarrie", affiliation=X_COUNCIL, role="Chair"),
    ent(HEARING, "PERSON", "Lionel Stainforth-Gray", affiliation=X_COUNCIL, role="Councillor"),
    ent(HEARING, "PERSON", "Saoirse Mulvaney", affiliation=X_COUNCIL, role="Councillor"),
    ent(HEARING, "PERSON", "Dominic Threlkeld", affiliation=X_COUNCIL, role="Licensing Officer"),
    ent(HEARING, "PERSON", "Farah Chaudri", affiliation=X_COUNCIL, role="Solicitor"),
    ent(HEARING, "PERSON", "Iona MacRae", affiliation=X_COUNCIL, role="Democratic Services Officer"),
    ent(HEARING, "PERSON", "Beatrice Hallgarth", affiliation="Grahame Ellwood Solicitors"),
    ent(HEARING, "PERSON", "Rupert Vane", affiliation="Tallowgate Taverns Ltd", role="director"),
    ent(HEARING, "PERSON", "Ewan Lockyer", affiliation="Wexcombe Police", role="PC"),
    ent(HEARING, "PERSON", "Nuala Brennock", affiliation="Public Health Wexcombe"),
    ent(HEARING, "PERSON", "Cyril Amberley"),
    ent(HEARING, "PERSON", "Jocasta Trevithick", affiliation="Hartington Residents' Group"),
    ent(HEARING, "ROLE", "Licensing Officer"),
    ent(HEARING, "ROLE", "Democratic Services Officer"),
    ent(HEARING, "ROLE", "Licensing Team Leader"),
    ent(HEARING, "ORG", "Grahame Ellwood Solicitors"),
    ent(HEARING, "ORG", "Tallowgate Taverns Ltd"),
    ent(HEARING, "ORG", "Wexcombe Police"),
    ent(HEARING, "ORG", "Public Health Wexcombe"),
    ent(HEARING, "ORG", "Hartington Residents' Group"),
    ent(HEARING, "ORG", "Ferrybridge Pubwatch"),
    ent(HEARING, "ORG", "Drinkaware"),
    ent(HEARING, "ORG", "Nightsafe"),
    ent(HEARING, "PROGRAMME", "Best Bar None"),
    ent(HEARING, "GPE", "Fitzroy Street"),
    ent(HEARING, "GPE", "Cardew Terrace"),
]


def build_hearing(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=X_COUNCIL, site="https://wexcombe.example.gov.uk",
                 title="Minutes: Licensing Sub-Committee, Monday, 16th March, 2026 10.00 am",
                 venue="Venue: Committee Room 3, Wexcombe Town Hall", attendance=[X_PRESENT, X_OFFICERS, X_OTHERS],
                 minutes=X_MINUTES, footer=f"{X_COUNCIL}, Town Hall, Wexcombe")


DOCS = {HEARING: (".html", build_hearing)}
ENTITIES = X_ENTITIES
