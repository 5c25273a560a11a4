"""A twelfth held-out entity document (issue 17 item 1), of a seventeenth invented council,
written 2026-12-07 (sixth session) before any change of that session: Modern.gov-style HTML
minutes of a partnership board with voluntary-sector members (members listed "Name (Body)", a
council for voluntary service, charities with and without a head noun, a community interest
company, a housing association, a foundation, funders named bare, appositives "X, a charity").
Invented council, people, places and local bodies; the national bodies are real ones such
minutes name that no other corpus or gold set of the project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import minutes_page

PARTNERSHIP = "hexley-stronger-communities-partnership-board-minutes-2026-01-21"
H_COUNCIL = "Hexley Borough Council"
H_TITLE = "Minutes: Stronger Communities Partnership Board, Wednesday, 21st January, 2026 2.00 pm"
H_PRESENT = (
    "Present: Councillor Wilhelmina Strand (Chair, Hexley Borough Council), Deirdre Faulkes (Community "
    "Action Hexley), Tobiah Mensah (Thistledown Housing Association), Rosalie Penhallow (The Marigold "
    "Foundation), Idris Cawthorne (Brightpath) and Sunita Lall (Hexley Mosque Welfare Committee)."
)
H_OFFICERS = (
    "Officers: Gervase Holloway (Head of Communities) and Mirela Dobos (Partnerships Officer)."
)
H_MINUTES: list[tuple[str, str, list[str]]] = [
    ("14", "Apologies", ["Apologies were received from Inspector Callum Reyes of Wexbury Police."]),
    ("15", "Cost of living", [
        "Deirdre Faulkes reported that Community Action Hexley had referred 640 households to the Larder "
        "Network since October. Pantry Plus, a charity that runs four social supermarkets in the borough, "
        "has seen demand rise by a third.",
        "Tobiah Mensah said that Thistledown had agreed to fund a tenancy sustainment worker at Hearth and "
        "Hollow CIC for two years. Fettle & Mend, a social enterprise, now repairs donated furniture for "
        "new tenants.",
        "The Board welcomed the Warm Welcome Spaces scheme, which opened 22 spaces in libraries, churches "
        "and community centres this winter.",
    ]),
    ("16", "Funding", [
        "Rosalie Penhallow said the foundation would open its Neighbourhood Grants round in March, with "
        "£150,000 to award. The National Lottery Community Fund has given Brightpath £312,000 over three "
        "years for its youth mentoring work in Glasswright and Harbourside.",
        "Arts Council England has turned down the bid for the Old Ropeworks arts hub; the Head of "
        "Communities will ask the Council's funding adviser whether a second bid could succeed.",
    ]),
    ("17", "Governance of small charities", [
        "Mirela Dobos reported that the Charity Commission had opened an inquiry into the accounts of one "
        "of the Board's grant recipients. The Partnerships Officer will check that every recipient has "
        "filed its annual return.",
        "Members asked whether the Information Commissioner's Office guidance on sharing data about "
        "vulnerable people applied to volunteers. Community Action Hexley will run a training session.",
    ]),
    ("18", "Date of next meeting", [
        "The next meeting will be held on 18 March 2026 at 2.00 pm at the Wickham Cross Community Centre.",
    ]),
]

H_ENTITIES = [
    ent(PARTNERSHIP, "ORG", H_COUNCIL),
    ent(PARTNERSHIP, "COMMITTEE", "Stronger Communities Partnership Board"),
    ent(PARTNERSHIP, "PERSON", "Wilhelmina Strand", affiliation=H_COUNCIL, role="Chair"),
    ent(PARTNERSHIP, "PERSON", "Deirdre Faulkes", affiliation="Community Action Hexley"),
    ent(PARTNERSHIP, "PERSON", "Tobiah Mensah", affiliation="Thistledown Housing Association"),
    ent(PARTNERSHIP, "PERSON", "Rosalie Penhallow", affiliation="The Marigold Foundation"),
    ent(PARTNERSHIP, "PERSON", "Idris Cawthorne", affiliation="Brightpath"),
    ent(PARTNERSHIP, "PERSON", "Sunita Lall", affiliation="Hexley Mosque Welfare Committee"),
    ent(PARTNERSHIP, "PERSON", "Gervase Holloway", affiliation=H_COUNCIL, role="Head of Communities"),
    ent(PARTNERSHIP, "PERSON", "Mirela Dobos", affiliation=H_COUNCIL, role="Partnerships Officer"),
    ent(PARTNERSHIP, "PERSON", "Callum Reyes", affiliation="Wexbury Police", role="Inspector"),
    ent(PARTNERSHIP, "ROLE", "Head of Communities"),
    ent(PARTNERSHIP, "ROLE", "Partnerships Officer"),
    ent(PARTNERSHIP, "ORG", "Community Action Hexley"),
    ent(PARTNERSHIP, "ORG", "Thistledown Housing Association", aliases=("Thistledown",)),
    ent(PARTNERSHIP, "ORG", "The Marigold Foundation", aliases=("Marigold Foundation",)),
    ent(PARTNERSHIP, "ORG", "Brightpath"),
    ent(PARTNERSHIP, "ORG", "Hexley Mosque Welfare Committee"),
    ent(PARTNERSHIP, "ORG", "Wexbury Police"),
    ent(PARTNERSHIP, "ORG", "Larder Network"),
    ent(PARTNERSHIP, "ORG", "Pantry Plus"),
    ent(PARTNERSHIP, "ORG", "Hearth and Hollow CIC"),
    ent(PARTNERSHIP, "ORG", "Fettle & Mend"),
    ent(PARTNERSHIP, "ORG", "National Lottery Community Fund"),
    ent(PARTNERSHIP, "ORG", "Arts Council England"),
    ent(PARTNERSHIP, "ORG", "Charity Commission"),
    ent(PARTNERSHIP, "ORG", "Information Commissioner's Office"),
    ent(PARTNERSHIP, "PROGRAMME", "Warm Welcome Spaces"),
    ent(PARTNERSHIP, "PROGRAMME", "Neighbourhood Grants"),
    ent(PARTNERSHIP, "GPE", "Glasswright"),
    ent(PARTNERSHIP, "GPE", "Harbourside"),
    ent(PARTNERSHIP, "GPE", "Hexley"),
]


def build_partnership(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=H_COUNCIL, site="https://hexley.example.gov.uk", title=H_TITLE,
                 venue="Venue: Committee Room 2, Hexley Town Hall", attendance=[H_PRESENT, H_OFFICERS],
                 minutes=H_MINUTES, footer=f"{H_COUNCIL}, Hexley Town Hall")


DOCS = {PARTNERSHIP: (".html", build_partnership)}
ENTITIES = H_ENTITIES
