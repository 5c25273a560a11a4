"""A fourteenth held-out entity document (issue 17 item 1), of a nineteenth invented council,
written 2026-12-07 (seventh session) before any change of that session: a record of a decision
taken by an individual cabinet member (PDF: cover rows naming the decision maker with "Cllr" and
the report's author, the decision in numbered points, reasons, the people consulted with a
surname repeated after the full name, a tenants' forum and its chair, alternatives, interests,
call-in, a signature line). Invented council, people, places and local bodies; the national
bodies are real ones such records name that no other corpus or gold set of the project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, front_sheet, furniture, report_pages, running_sections, title_lines

DECISION = "tollerby-cabinet-member-decision-retrofit-grant-2026-02-12"
T_COUNCIL = "Tollerby Borough Council"
T_FRONT = [
    ("Decision maker:", "Cllr Josephine Ardagh, Cabinet Member for Housing and Regeneration"),
    ("Decision reference:", "CMD 2026/014"),
    ("Date of decision:", "12 February 2026"),
    ("Report author:", "Nikhil Baptiste, Housing Strategy Officer"),
    ("Wards affected:", "Marlpit; Underhill"),
    ("Key decision:", "Yes"),
]
T_SECTIONS: list[tuple[str, list[str]]] = [
    ("Decision", [
        "1. To accept the offer of £2.4m from the Department for Energy Security and Net Zero (DESNZ) under "
        "Wave 3 of the Social Housing Decarbonisation Fund, and to add the scheme to the capital programme.",
        "2. To appoint Kelderwick Energy Services Ltd as delivery partner through the Northwold Procurement "
        "Hub's retrofit framework.",
        "3. To delegate the signing of the grant agreement to the Director of Housing and Communities after "
        "consulting the Section 151 Officer.",
    ]),
    ("Reasons for the decision", [
        "The stock condition survey carried out by Pellory Surveying in 2025 found 640 council homes below "
        "band C of the Energy Performance Certificate (EPC) scale, most of them in Marlpit and Underhill.",
        "Retrofit works will be certified under TrustMark, and each new EPC will be lodged with the national "
        "register. Council tax bands will not change: the Valuation Office Agency has confirmed that it does "
        "not treat insulation as an improvement.",
        "The Tollerby Retrofit Accelerator, which the Council ran with Calderholme Community Energy in 2024, "
        "showed that tenants' bills fell by a quarter after external wall insulation.",
    ]),
    ("Consultation", [
        "The Cabinet Member consulted Amara Quilliam, Director of Housing and Communities, the Section 151 "
        "Officer and the ward councillors, Cllr Desmond Ferrie and Cllr Yusra Malik. Mr Ferrie supported "
        "the decision; Cllr Malik asked that works in Underhill start first.",
        "Tenants were consulted through the Tollerby Tenants' Forum. Its chair, Glenys Aubrey, asked for a "
        "named liaison officer for each street.",
    ]),
    ("Alternatives considered and rejected", [
        "Not accepting the grant: rejected, as the Council would have to meet the full cost of the works "
        "from its own housing budget.",
    ]),
    ("Conflicts of interest", [
        "None declared by the decision maker.",
    ]),
    ("Call-in", [
        "This decision may be called in by five members of the Overview and Scrutiny Committee before "
        "5.00 pm on 19 February 2026. If it is not called in, it takes effect on 20 February 2026.",
    ]),
]
T_TAIL = [
    "Signed: Josephine Ardagh, Cabinet Member for Housing and Regeneration",
    "Published by: Rhiannon Trewin, Democratic Services Manager, 12 February 2026",
]

T_ENTITIES = [
    ent(DECISION, "ORG", T_COUNCIL),
    ent(DECISION, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(DECISION, "PERSON", "Josephine Ardagh", affiliation=T_COUNCIL,
        role="Cabinet Member for Housing and Regeneration"),
    ent(DECISION, "PERSON", "Nikhil Baptiste", affiliation=T_COUNCIL, role="Housing Strategy Officer"),
    ent(DECISION, "PERSON", "Amara Quilliam", affiliation=T_COUNCIL, role="Director of Housing and Communities"),
    ent(DECISION, "PERSON", "Desmond Ferrie", affiliation=T_COUNCIL, role="Councillor"),
    ent(DECISION, "PERSON", "Yusra Malik", affiliation=T_COUNCIL, role="Councillor"),
    ent(DECISION, "PERSON", "Glenys Aubrey", affiliation="Tollerby Tenants' Forum"),
    ent(DECISION, "PERSON", "Rhiannon Trewin", affiliation=T_COUNCIL, role="Democratic Services Manager"),
    ent(DECISION, "ROLE", "Cabinet Member for Housing and Regeneration"),
    ent(DECISION, "ROLE", "Housing Strategy Officer"),
    ent(DECISION, "ROLE", "Director of Housing and Communities"),
    ent(DECISION, "ROLE", "Section 151 Officer"),
    ent(DECISION, "ROLE", "Democratic Services Manager"),
    ent(DECISION, "ORG", "Department for Energy Security and Net Zero", aliases=("DESNZ",)),
    ent(DECISION, "PROGRAMME", "Social Housing Decarbonisation Fund"),
    ent(DECISION, "ORG", "Kelderwick Energy Services Ltd"),
    ent(DECISION, "ORG", "Northwold Procurement Hub"),
    ent(DECISION, "ORG", "Pellory Surveying"),
    ent(DECISION, "ORG", "TrustMark"),
    ent(DECISION, "ORG", "Valuation Office Agency"),
    ent(DECISION, "ORG", "Calderholme Community Energy"),
    ent(DECISION, "ORG", "Tollerby Tenants' Forum"),
    ent(DECISION, "PROGRAMME", "Tollerby Retrofit Accelerator"),
    ent(DECISION, "ACRONYM", "EPC", aliases=("Energy Performance Certificate",)),
    ent(DECISION, "GPE", "Marlpit"),
    ent(DECISION, "GPE", "Underhill"),
]


def build_decision(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Record of decision by an individual Cabinet Member", 29,
                     furniture(f"{T_COUNCIL} - Individual Cabinet Member decision"))
    title_lines(f, [(T_COUNCIL, HEAD.sized(16)), ("Record of decision by an individual Cabinet Member",
                                                  HEAD.sized(13)),
                    ("Acceptance of retrofit grant and appointment of delivery partner", BODY)])
    front_sheet(f, T_FRONT, value_x=170)
    running_sections(f, T_SECTIONS)
    for text in T_TAIL:
        f.para(text, BODY)
    f.p.save()


DOCS = {DECISION: (".pdf", build_decision)}
ENTITIES = T_ENTITIES
