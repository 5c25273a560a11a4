"""An eleventh held-out entity document (issue 17 item 1), of a sixteenth invented council,
written 2026-12-07 (sixth session) before any change of that session: a contract award report
written in Word (.docx) that names the bidders (companies with and without a suffix, a social
enterprise, a group), the buying framework and its owner, the legal advisers, and a table of
tender scores. Invented council, people, places and companies; the national bodies are real ones
such reports name that no other corpus or gold set of the project names."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import WordProps, word_report

CONTRACT = "fenwold-cabinet-grounds-maintenance-contract-award-2026-02-03"
F_COUNCIL = "Fenwold District Council"
F_FRONT = [
    ("Meeting:", "Cabinet"),
    ("Date:", "3 February 2026"),
    ("Lead Member:", "Councillor Anselm Rookwood, Portfolio Holder for Environment and Open Spaces"),
    ("Lead officer:", "Philippa Garside, Strategic Procurement Manager"),
    ("Key decision:", "Yes"),
]
F_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Summary", [
        "1.1 This report asks Cabinet to award the grounds maintenance contract for 2026 to 2033 to Halberd "
        "Landscapes Ltd, which submitted the most advantageous tender.",
    ]),
    ("2. The procurement", [
        "2.1 The contract was tendered through a competitive flexible procedure under the new procurement "
        "regime. The Council did not use a framework: the Crown Commercial Service lot for grounds "
        "maintenance covers only the south of England, and CCS advised that a call-off would not reach "
        "local firms.",
        "2.2 Five tenders were received, from Halberd Landscapes Ltd, Corvane Group plc, Tessaly Green "
        "Spaces Limited, Millbrook Outdoor and Greenreach Contracting. The scores are set out below.",
        "TABLE",
        "2.3 Corvane Group plc scored highest on price but lowest on social value. Millbrook Outdoor, a "
        "family firm from Saxby, was not compliant because its insurance certificate had expired.",
        "2.4 Halberd Landscapes will subcontract the maintenance of the cemeteries at Tollgate and Crane "
        "Lane to Copperbeech Works CIC, a social enterprise that trains adults with learning "
        "disabilities.",
    ]),
    ("3. Legal and financial implications", [
        "3.1 Drumlin Pike LLP advised on the terms and conditions. The Council's Legal Services Manager, "
        "Oswin Farrant, has confirmed that the award complies with the Procurement Act 2023.",
        "3.2 The contract is worth £7.9m over seven years. A standstill period of eight working days will "
        "follow the notice published on the central digital platform run by the Cabinet Office's "
        "procurement team.",
        "3.3 In 2024 the Competition and Markets Authority fined two landscaping firms for bid rigging. "
        "Each bidder has declared that it is not subject to any such finding, and the Chief Finance Officer "
        "has checked each bidder's accounts at Companies House.",
    ]),
    ("4. Staffing", [
        "4.1 Nineteen staff will transfer from Greenreach Contracting, the outgoing contractor, under TUPE. "
        "Kasimir Lodge, Managing Director of Halberd Landscapes, has met them with the GMB.",
    ]),
    ("5. Recommendation", [
        "5.1 That Cabinet awards the contract to Halberd Landscapes Ltd and delegates the signing of it to "
        "the Strategic Procurement Manager in consultation with the Portfolio Holder for Environment and "
        "Open Spaces.",
    ]),
]
F_TABLE = [
    ("Bidder", "Quality (60)", "Price (30)", "Social value (10)", "Total"),
    ("Halberd Landscapes Ltd", "51", "26", "9", "86"),
    ("Corvane Group plc", "44", "30", "4", "78"),
    ("Tessaly Green Spaces Limited", "47", "24", "6", "77"),
    ("Greenreach Contracting", "40", "27", "5", "72"),
]
F_CONTACT = "Contact: Philippa Garside, Strategic Procurement Manager, procurement@fenwold.example.gov.uk"

F_ENTITIES = [
    ent(CONTRACT, "ORG", F_COUNCIL),
    ent(CONTRACT, "COMMITTEE", "Cabinet"),
    ent(CONTRACT, "PERSON", "Anselm Rookwood", affiliation=F_COUNCIL,
        role="Portfolio Holder for Environment and Open Spaces"),
    ent(CONTRACT, "PERSON", "Philippa Garside", affiliation=F_COUNCIL, role="Strategic Procurement Manager"),
    ent(CONTRACT, "PERSON", "Oswin Farrant", affiliation=F_COUNCIL, role="Legal Services Manager"),
    ent(CONTRACT, "PERSON", "Kasimir Lodge", affiliation="Halberd Landscapes Ltd", role="Managing Director"),
    ent(CONTRACT, "ROLE", "Portfolio Holder for Environment and Open Spaces"),
    ent(CONTRACT, "ROLE", "Strategic Procurement Manager"),
    ent(CONTRACT, "ROLE", "Legal Services Manager"),
    ent(CONTRACT, "ROLE", "Chief Finance Officer"),
    ent(CONTRACT, "ORG", "Halberd Landscapes Ltd", aliases=("Halberd Landscapes",)),
    ent(CONTRACT, "ORG", "Corvane Group plc"),
    ent(CONTRACT, "ORG", "Tessaly Green Spaces Limited"),
    ent(CONTRACT, "ORG", "Millbrook Outdoor"),
    ent(CONTRACT, "ORG", "Greenreach Contracting"),
    ent(CONTRACT, "ORG", "Copperbeech Works CIC"),
    ent(CONTRACT, "ORG", "Drumlin Pike LLP"),
    ent(CONTRACT, "ORG", "Crown Commercial Service", aliases=("CCS",)),
    ent(CONTRACT, "ORG", "Cabinet Office"),
    ent(CONTRACT, "ORG", "Competition and Markets Authority"),
    ent(CONTRACT, "ORG", "Companies House"),
    ent(CONTRACT, "ORG", "GMB"),
    ent(CONTRACT, "ACRONYM", "TUPE"),
    ent(CONTRACT, "GPE", "Saxby"),
    ent(CONTRACT, "GPE", "Tollgate"),
    ent(CONTRACT, "GPE", "Crane Lane"),
]
CONTRACT_PROPS = WordProps("Strategic Procurement", "Award of the grounds maintenance contract 2026-2033",
                           datetime.datetime(2026, 1, 23, 14, 30, 0), revision=3)


def build_contract(path: Path, gold: Gold) -> None:
    word_report(path, gold, CONTRACT_PROPS, council=F_COUNCIL, title="Award of the Grounds Maintenance Contract 2026-2033",
                front=F_FRONT, sections=F_SECTIONS, tables=[F_TABLE], tail=[F_CONTACT])


DOCS = {CONTRACT: (".docx", build_contract)}
ENTITIES = F_ENTITIES
