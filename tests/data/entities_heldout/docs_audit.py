"""An eighth held-out entity document (issue 17 item 1), of a thirteenth invented council, written
2026-12-07 (fifth session) after the seventh document's fixes were landed and before any further
change: an audit committee report written in Word (.docx) with a table of audit opinions.
Invented council, people, places, local bodies and firms; the national bodies and standards are
the real ones such reports name, most of them bare. Rendered with python-docx."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import WordProps, word_report

AUDIT = "ormsworth-audit-committee-internal-audit-2026-03-17"
O_COUNCIL = "Ormsworth Borough Council"
O_FRONT = [
    ("Committee:", "Audit and Standards Committee"),
    ("Date:", "17 March 2026"),
    ("Report of:", "Lysander Moncrieff, Head of Internal Audit and Risk"),
    ("Report author:", "Ingrid Solberg, Principal Auditor"),
]
O_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "1.1 This report gives the Committee the Head of Internal Audit and Risk's progress against the "
        "2025/26 internal audit plan and the results of the counter fraud work.",
    ]),
    ("2. Internal audit", [
        "2.1 Fourteen of the 19 planned audits are complete. The work conforms with the Global Internal Audit "
        "Standards issued by the IIA, as applied in the UK public sector by CIPFA.",
        "2.2 The table below gives the opinion for each audit completed since the last meeting.",
        "TABLE",
        "2.3 The limited assurance opinion on council tax reflects a backlog of 2,300 changes of address. "
        "The Revenues and Benefits Manager, Tarquin Okonedo, has agreed an action plan and will attend the "
        "June meeting.",
    ]),
    ("3. Counter fraud", [
        "3.1 The Council takes part in the National Fraud Initiative (NFI), run by the Cabinet Office. The "
        "2024/25 exercise matched 1,846 records; 212 single person discounts were cancelled.",
        "3.2 Two cases of tenancy fraud were referred to Kestrelbury Homes, which manages the Council's "
        "housing stock, and one case of benefit fraud was passed to the DWP. HMRC is investigating a "
        "contractor that used false VAT invoices.",
    ]),
    ("4. External audit", [
        "4.1 Greyfriars Audit LLP, the Council's external auditor, issued a disclaimed opinion on the "
        "2023/24 accounts under the backstop arrangements. The Audit Engagement Lead, Celeste Farquhar, will "
        "present the annual report in July. The FRC has not yet published its review of the firm.",
    ]),
    ("5. Risk management", [
        "5.1 The corporate risk register now includes the risk that Wrayburn Leisure Trust, which runs the "
        "Calloway Road and Ashdown Fold leisure centres, cannot meet its energy bills.",
    ]),
    ("6. Recommendation", [
        "6.1 That the Committee notes the progress report and asks the Head of Internal Audit and Risk to "
        "report again in June.",
    ]),
]
O_TABLE = [
    ("Audit", "Opinion", "Lead officer"),
    ("Council tax", "Limited", "Revenues and Benefits Manager"),
    ("Payroll", "Substantial", "HR Manager"),
    ("Disabled Facilities Grants", "Reasonable", "Private Sector Housing Manager"),
    ("Cyber security", "Reasonable", "ICT Manager"),
]
O_CONTACT = "Contact: Ingrid Solberg, Principal Auditor, internal.audit@ormsworth.example.gov.uk"

O_ENTITIES = [
    ent(AUDIT, "ORG", O_COUNCIL),
    ent(AUDIT, "COMMITTEE", "Audit and Standards Committee"),
    ent(AUDIT, "PERSON", "Lysander Moncrieff", affiliation=O_COUNCIL, role="Head of Internal Audit and Risk"),
    ent(AUDIT, "PERSON", "Ingrid Solberg", affiliation=O_COUNCIL, role="Principal Auditor"),
    ent(AUDIT, "PERSON", "Tarquin Okonedo", affiliation=O_COUNCIL, role="Revenues and Benefits Manager"),
    ent(AUDIT, "PERSON", "Celeste Farquhar", affiliation="Greyfriars Audit LLP", role="Audit Engagement Lead"),
    ent(AUDIT, "ROLE", "Head of Internal Audit and Risk"),
    ent(AUDIT, "ROLE", "Revenues and Benefits Manager"),
    ent(AUDIT, "ROLE", "HR Manager"),
    ent(AUDIT, "ROLE", "Private Sector Housing Manager"),
    ent(AUDIT, "ROLE", "ICT Manager"),
    ent(AUDIT, "ROLE", "Principal Auditor"),
    ent(AUDIT, "ROLE", "Audit Engagement Lead"),
    ent(AUDIT, "ORG", "IIA"),
    ent(AUDIT, "ORG", "CIPFA"),
    ent(AUDIT, "ORG", "Cabinet Office"),
    ent(AUDIT, "ORG", "Kestrelbury Homes"),
    ent(AUDIT, "ORG", "DWP"),
    ent(AUDIT, "ORG", "HMRC"),
    ent(AUDIT, "ORG", "Greyfriars Audit LLP"),
    ent(AUDIT, "ORG", "FRC"),
    ent(AUDIT, "ORG", "Wrayburn Leisure Trust"),
    ent(AUDIT, "PROGRAMME", "National Fraud Initiative", aliases=("NFI",)),
    ent(AUDIT, "PROGRAMME", "Global Internal Audit Standards"),
    ent(AUDIT, "GPE", "Ashdown Fold"),
]
AUDIT_PROPS = WordProps("Internal Audit", "Internal audit and counter fraud progress report",
                        datetime.datetime(2026, 3, 10, 9, 0, 0), revision=4)


def build_audit(path: Path, gold: Gold) -> None:
    word_report(path, gold, AUDIT_PROPS, council=O_COUNCIL, title="Internal Audit and Counter Fraud Progress Report",
                front=O_FRONT, sections=O_SECTIONS, tables=[O_TABLE], tail=[O_CONTACT])


DOCS = {AUDIT: (".docx", build_audit)}
ENTITIES = O_ENTITIES
