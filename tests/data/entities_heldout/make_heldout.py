"""Held-out documents for the entity extractor (issue 17 item 1): two short papers of two more
invented councils, written after the extractor's mechanisms were fixed and scored once as they
are, before anything was tuned on them. Every name, body, programme, acronym and place is made
up. Rendered with the second corpus' own machinery (``flow``, ``wordpdf``: a PDF report; a
Modern.gov-style HTML minutes page), with entity gold in the shared format.

    python tests/data/entities_heldout/make_heldout.py [--out DIR]

writes the two documents and ``entities.jsonl`` to DIR (default: this folder). Score with

    councilsearch eval entities --gold tests/data/entities_heldout/entities.jsonl \\
        --corpus tests/data/entities_heldout
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layout"))
sys.path.insert(0, str(HERE))

import docs_audit  # noqa: E402  (this folder: an eighth document, a thirteenth council)
import docs_cabinet  # noqa: E402  (this folder: a nineteenth document, a twenty-fifth council)
import docs_callin  # noqa: E402  (this folder: a fifteenth document, a twentieth council)
import docs_contracts  # noqa: E402  (this folder: an eleventh document, a sixteenth council)
import docs_council  # noqa: E402  (this folder: a seventh document, a twelfth council)
import docs_covenant  # noqa: E402  (this folder: a twenty-first document, a twenty-seventh council)
import docs_decision  # noqa: E402  (this folder: a fourteenth document, a nineteenth council)
import docs_forum  # noqa: E402  (this folder: an eighteenth document, a twenty-fourth council)
import docs_grants  # noqa: E402  (this folder: a seventeenth document, a twenty-third council)
import docs_health  # noqa: E402  (this folder: a ninth document, a fourteenth council)
import docs_hearing  # noqa: E402  (this folder: a twentieth document, a twenty-sixth council)
import docs_joint  # noqa: E402  (this folder: a sixteenth document, three more councils)
import docs_more  # noqa: E402  (this folder: two more documents, a ninth and a tenth council)
import docs_parish  # noqa: E402  (this folder: a twenty-second document, a twenty-eighth council)
import docs_partnership  # noqa: E402  (this folder: a twelfth document, a seventeenth council)
import docs_plan  # noqa: E402  (this folder: a sixth document, an eleventh council)
import docs_planning  # noqa: E402  (this folder: a tenth document, a fifteenth council)
import docs_safety  # noqa: E402  (this folder: a thirteenth document, an eighteenth council)
from flow import Gold  # noqa: E402
from goldkit import ent, reader_text, run_generator, write_jsonl  # noqa: E402
from reportkit import (  # noqa: E402
    BODY,
    HEAD,
    front_sheet,
    furniture,
    minute_sections,
    minutes_page,
    report_pages,
    running_sections,
    title_lines,
)

# --- a scrutiny report (PDF) ------------------------------------------------------------------

FLOOD = "brackenmoor-flood-resilience-scrutiny-2026-03-04"
B_COUNCIL = "Brackenmoor Borough Council"
FLOOD_FRONT = [
    ("To:", "Overview and Scrutiny Committee"),
    ("Date:", "4 March 2026"),
    ("From:", "Gideon Thwaite, Director of Place and Environment"),
    ("Cabinet Member:", "Councillor Marisol Penhaligon, Cabinet Member for Climate and Communities"),
    ("Subject:", "Flood resilience and community safety: progress report"),
]
FLOOD_SECTIONS: list[tuple[str, list[str]]] = [
    ("Purpose", [
        "This report tells the Committee how the Brackenmoor Flood Resilience Plan (FRP) has progressed since "
        "the floods of November 2024, and how the Community Safety Partnership has used the Safer Riversides "
        "Fund.",
    ]),
    ("Background", [
        "In November 2024 the River Tarn overtopped its banks at Hollinford and Weirby, flooding 212 homes. The "
        "Northern Flood Finance Agency (NFFA) has since awarded the Council £3.4m towards new defences, and "
        "the Tarnside Rivers Trust has surveyed 14 km of riverbank with volunteers.",
        "The FRP sets out 23 actions. Progress is tracked through eight Key Performance Indicators (KPIs); six "
        "KPIs are on target.",
    ]),
    ("Progress", [
        "Work on the Weirby embankment started in January 2026 under the Riverside Homes Protection "
        "Programme. The Office for Coastal and River Resilience has agreed to review the design before the "
        "second phase.",
        "Ruth Ashcombe, Chief Executive of the Tarnside Rivers Trust, will attend the Committee to describe "
        "the volunteer flood wardens scheme.",
        "The Director of Place and Environment will report to Cabinet in June on the options for the "
        "Hollinford pumping station.",
    ]),
    ("Community safety", [
        "The Brackenmoor Community Safety Partnership (BCSP) received £180,000 from the Safer Riversides Fund "
        "for lighting and closed-circuit television (CCTV) on the riverside paths. Reports of anti-social "
        "behaviour (ASB) on the paths fell by 31%.",
        "Inspector Farida Okonjo of Tarnside Police chairs the BCSP's tasking group.",
    ]),
    ("Recommendation", [
        "That the Committee notes the progress made and comments on the priorities for 2026/27.",
    ]),
]
FLOOD_CONTACT = "Contact: Selwyn Marchetti, Flood Risk Manager, flood@brackenmoor.example.gov.uk"

FLOOD_ENTITIES = [
    ent(FLOOD, "ORG", B_COUNCIL),
    ent(FLOOD, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(FLOOD, "COMMITTEE", "Cabinet"),
    ent(FLOOD, "PERSON", "Gideon Thwaite", affiliation=B_COUNCIL, role="Director of Place and Environment"),
    ent(FLOOD, "PERSON", "Marisol Penhaligon", affiliation=B_COUNCIL,
        role="Cabinet Member for Climate and Communities"),
    ent(FLOOD, "PERSON", "Ruth Ashcombe", affiliation="Tarnside Rivers Trust", role="Chief Executive"),
    ent(FLOOD, "PERSON", "Farida Okonjo", affiliation="Tarnside Police", role="Inspector"),
    ent(FLOOD, "PERSON", "Selwyn Marchetti", affiliation=B_COUNCIL, role="Flood Risk Manager"),
    ent(FLOOD, "ROLE", "Director of Place and Environment"),
    ent(FLOOD, "ROLE", "Flood Risk Manager"),
    ent(FLOOD, "ROLE", "Cabinet Member for Climate and Communities"),
    ent(FLOOD, "PROGRAMME", "Brackenmoor Flood Resilience Plan", aliases=("FRP",)),
    ent(FLOOD, "PROGRAMME", "Safer Riversides Fund"),
    ent(FLOOD, "PROGRAMME", "Riverside Homes Protection Programme"),
    ent(FLOOD, "ORG", "Northern Flood Finance Agency", aliases=("NFFA",)),
    ent(FLOOD, "ORG", "Tarnside Rivers Trust"),
    ent(FLOOD, "ORG", "Office for Coastal and River Resilience"),
    ent(FLOOD, "ORG", "Brackenmoor Community Safety Partnership", aliases=("BCSP", "Community Safety Partnership")),
    ent(FLOOD, "ORG", "Tarnside Police"),
    ent(FLOOD, "ACRONYM", "KPIs", aliases=("Key Performance Indicators",)),
    ent(FLOOD, "ACRONYM", "CCTV", aliases=("closed-circuit television",)),
    ent(FLOOD, "ACRONYM", "ASB", aliases=("anti-social behaviour",)),
    ent(FLOOD, "GPE", "Hollinford"),
    ent(FLOOD, "GPE", "Weirby"),
]


def build_flood(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Flood resilience and community safety: progress report", 21, furniture(B_COUNCIL))
    title_lines(f, [(B_COUNCIL, HEAD.sized(16)), ("Flood resilience and community safety", HEAD.sized(14))])
    front_sheet(f, FLOOD_FRONT, value_x=190)
    running_sections(f, FLOOD_SECTIONS)
    f.para(FLOOD_CONTACT, BODY)
    f.p.save()


# --- committee minutes (HTML) ------------------------------------------------------------------

LICENSING = "kestrel-vale-licensing-committee-minutes-2026-02-18"
K_COUNCIL = "Kestrel Vale District Council"
ATTENDANCE = (
    "Present: Councillor Hamish Delacroix-Ward (Chair), Councillor Priyanka Sandhu (Vice-Chair), "
    "Councillors Bartholomew Kitt, Ngozi Ayodele and Wendell Strachan."
)
OFFICERS = (
    "Officers: Leontine Harker (Licensing Manager), Casimir Doyle (Senior Solicitor) and Ffion Marsh "
    "(Democratic Services Officer)."
)
MINUTES: list[tuple[str, str, list[str]]] = [
    ("LC/12", "Apologies", ["Apologies were received from Councillor Ottoline Grieve."]),
    ("LC/13", "Minutes", ["The minutes of the meeting held on 14 January 2026 were agreed as a correct record."]),
    ("LC/14", "Night-Time Economy Strategy 2026-2029", [
        "The Licensing Manager introduced the draft Night-Time Economy Strategy, prepared with the Kestrel "
        "Vale Business Improvement District (BID) and the Wessmoor Ambulance Service.",
        "Members asked how the Safer Nights Initiative would be paid for. The Licensing Manager said that the "
        "Wagering Standards Commission had offered £25,000 and that the BID would match it.",
        "Chief Superintendent Rosalind Abara of Wessmoor Constabulary said that late-night violence in "
        "Ashcombe Street had fallen by a fifth since the taxi marshals started.",
        "RESOLVED that the draft strategy be recommended to Cabinet for consultation.",
    ]),
    ("LC/15", "Temporary Event Notices", [
        "The Committee noted that 146 Temporary Event Notices (TENs) were given in 2025, 19 of them late, and "
        "that the Designated Premises Supervisor (DPS) of each venue must attend the Council's training.",
    ]),
    ("LC/16", "Date of next meeting", ["The next meeting will be held on 15 April 2026 at 7.00 pm in Marlowe "
                                       "House, Kestrel Vale."]),
]

LICENSING_ENTITIES = [
    ent(LICENSING, "ORG", K_COUNCIL),
    ent(LICENSING, "COMMITTEE", "Licensing Committee"),
    ent(LICENSING, "COMMITTEE", "Cabinet"),
    ent(LICENSING, "PERSON", "Hamish Delacroix-Ward", affiliation=K_COUNCIL, role="Chair"),
    ent(LICENSING, "PERSON", "Priyanka Sandhu", affiliation=K_COUNCIL, role="Vice-Chair"),
    ent(LICENSING, "PERSON", "Bartholomew Kitt", affiliation=K_COUNCIL, role="Councillor"),
    ent(LICENSING, "PERSON", "Ngozi Ayodele", affiliation=K_COUNCIL, role="Councillor"),
    ent(LICENSING, "PERSON", "Wendell Strachan", affiliation=K_COUNCIL, role="Councillor"),
    ent(LICENSING, "PERSON", "Ottoline Grieve", affiliation=K_COUNCIL, role="Councillor"),
    ent(LICENSING, "PERSON", "Leontine Harker", affiliation=K_COUNCIL, role="Licensing Manager"),
    ent(LICENSING, "PERSON", "Casimir Doyle", affiliation=K_COUNCIL, role="Senior Solicitor"),
    ent(LICENSING, "PERSON", "Ffion Marsh", affiliation=K_COUNCIL, role="Democratic Services Officer"),
    ent(LICENSING, "PERSON", "Rosalind Abara", affiliation="Wessmoor Constabulary", role="Chief Superintendent"),
    ent(LICENSING, "ROLE", "Licensing Manager"),
    ent(LICENSING, "PROGRAMME", "Night-Time Economy Strategy"),
    ent(LICENSING, "PROGRAMME", "Safer Nights Initiative"),
    ent(LICENSING, "ORG", "Kestrel Vale Business Improvement District", aliases=("BID",)),
    ent(LICENSING, "ORG", "Wessmoor Ambulance Service"),
    ent(LICENSING, "ORG", "Wagering Standards Commission"),
    ent(LICENSING, "ORG", "Wessmoor Constabulary"),
    ent(LICENSING, "ACRONYM", "TENs", aliases=("Temporary Event Notices",)),
    ent(LICENSING, "ACRONYM", "DPS", aliases=("Designated Premises Supervisor",)),
    ent(LICENSING, "GPE", "Kestrel Vale"),
]


def build_licensing(path: Path, gold: Gold) -> None:
    minutes_page(path, gold, council=K_COUNCIL, site="https://kestrelvale.example.gov.uk",
                 title="Minutes: Licensing Committee, Wednesday, 18th February, 2026 6.30 pm",
                 venue="Venue: Council Chamber, Marlowe House, Kestrel Vale", attendance=[ATTENDANCE, OFFICERS],
                 minutes=MINUTES, footer=f"{K_COUNCIL}, Marlowe House, Kestrel Vale")


# --- committee minutes (PDF), a third council: regulatory services ------------------------------

REGULATORY = "wrenfield-regulatory-committee-minutes-2026-03-11"
W_COUNCIL = "Wrenfield Borough Council"
W_PRESENT = (
    "Present: Councillor Tobias Arkwright-Lowe (Chair), Councillor Mehreen Qadir (Vice-Chair), "
    "Councillors Evander Bligh, Sunniva Hale and Cormac Pryor."
)
W_ATTENDING = (
    "In attendance: Dr Imogen Salt, Consultant in Public Health, Stavenhurst Integrated Care Board; "
    "Ravi Chaudhary, Inspector, Drinking Water Inspectorate."
)
W_OFFICERS = (
    "Officers: Delphine Osei (Head of Public Protection), Marcus Fenwick (Principal Environmental Health "
    "Officer) and Agnieszka Wrobel (Committee Clerk)."
)
W_MINUTES: list[tuple[str, str, list[str]]] = [
    ("RP/21", "Apologies", ["Apologies were received from Councillor Hollis Tremayne."]),
    ("RP/22", "Declarations of interest", [
        "Councillor Evander Bligh declared that he is a trustee of the Carnby Fold Allotment Society.",
    ]),
    ("RP/23", "Food Law Enforcement Plan 2026/27", [
        "The Head of Public Protection presented the Food Law Enforcement Plan 2026/27. The Food Standards "
        "Agency (FSA) audited the service in October 2025 and found no major non-conformities; the FSA "
        "requires every food authority to approve such a plan each year.",
        "Of the 1,214 premises rated under the Food Hygiene Rating Scheme (FHRS), 93% were rated 4 or 5.",
        "Dr Imogen Salt summarised UKHSA's latest report on gastrointestinal infections in the region. "
        "Members noted that the HSE would lead on the two workplace investigations.",
        "RESOLVED that the Food Law Enforcement Plan 2026/27 be approved and recommended to Cabinet.",
    ]),
    ("RP/24", "Air quality", [
        "The Principal Environmental Health Officer reported on the Air Quality Action Plan (AQAP), which "
        "covers the two Air Quality Management Areas (AQMAs) in Lowmoss and Hartscombe. Defra has awarded "
        "the Council £96,000 from the Air Quality Grant for an anti-idling campaign outside schools.",
        "The Council also shares the Clean Transport Transition Grant (CTTG) with the Stavenhurst Combined "
        "Authority; the first £410,000 will pay for electric taxi charging points in Wrenfield.",
        "Members asked whether the audit committee had reviewed the risks to the grant. The Head of Public "
        "Protection said that the audit committee would consider them in April.",
    ]),
    ("RP/25", "Private water supplies", [
        "Of the 38 private water supplies in the borough, 6 failed one or more tests in 2025. Ravi "
        "Chaudhary said that the Drinking Water Inspectorate (DWI) would publish its annual report in July "
        "and that the DWI expected sampling to rise.",
        "Members asked whether Ofwat could require Severnmere Water to replace the lead mains in Carnby Fold.",
    ]),
    ("RP/26", "Illegal tobacco and vapes", [
        "The Committee welcomed the joint operation with Stavenhurst Police and HMRC, which seized 4,800 "
        "illegal vapes from 11 shops.",
    ]),
    ("RP/27", "Date of next meeting", [
        "The next meeting will be held on 13 May 2026 at 6.00 pm at the Civic Centre, Lowmoss.",
    ]),
]

REGULATORY_ENTITIES = [
    ent(REGULATORY, "ORG", W_COUNCIL),
    ent(REGULATORY, "COMMITTEE", "Regulatory and Public Protection Committee"),
    ent(REGULATORY, "COMMITTEE", "Cabinet"),
    ent(REGULATORY, "COMMITTEE", "audit committee"),
    ent(REGULATORY, "PERSON", "Tobias Arkwright-Lowe", affiliation=W_COUNCIL, role="Chair"),
    ent(REGULATORY, "PERSON", "Mehreen Qadir", affiliation=W_COUNCIL, role="Vice-Chair"),
    ent(REGULATORY, "PERSON", "Evander Bligh", affiliation=W_COUNCIL, role="Councillor"),
    ent(REGULATORY, "PERSON", "Sunniva Hale", affiliation=W_COUNCIL, role="Councillor"),
    ent(REGULATORY, "PERSON", "Cormac Pryor", affiliation=W_COUNCIL, role="Councillor"),
    ent(REGULATORY, "PERSON", "Hollis Tremayne", affiliation=W_COUNCIL, role="Councillor"),
    ent(REGULATORY, "PERSON", "Imogen Salt", affiliation="Stavenhurst Integrated Care Board",
        role="Consultant in Public Health"),
    ent(REGULATORY, "PERSON", "Ravi Chaudhary", affiliation="Drinking Water Inspectorate", role="Inspector"),
    ent(REGULATORY, "PERSON", "Delphine Osei", affiliation=W_COUNCIL, role="Head of Public Protection"),
    ent(REGULATORY, "PERSON", "Marcus Fenwick", affiliation=W_COUNCIL,
        role="Principal Environmental Health Officer"),
    ent(REGULATORY, "PERSON", "Agnieszka Wrobel", affiliation=W_COUNCIL, role="Committee Clerk"),
    ent(REGULATORY, "ROLE", "Head of Public Protection"),
    ent(REGULATORY, "ROLE", "Principal Environmental Health Officer"),
    ent(REGULATORY, "ROLE", "Consultant in Public Health"),
    ent(REGULATORY, "PROGRAMME", "Food Law Enforcement Plan"),
    ent(REGULATORY, "PROGRAMME", "Food Hygiene Rating Scheme", aliases=("FHRS",)),
    ent(REGULATORY, "PROGRAMME", "Air Quality Action Plan", aliases=("AQAP",)),
    ent(REGULATORY, "PROGRAMME", "Air Quality Grant"),
    ent(REGULATORY, "PROGRAMME", "Clean Transport Transition Grant", aliases=("CTTG",)),
    ent(REGULATORY, "ORG", "Stavenhurst Integrated Care Board"),
    ent(REGULATORY, "ORG", "Drinking Water Inspectorate", aliases=("DWI",)),
    ent(REGULATORY, "ORG", "Food Standards Agency", aliases=("FSA",)),
    ent(REGULATORY, "ORG", "UKHSA"),
    ent(REGULATORY, "ORG", "HSE"),
    ent(REGULATORY, "ORG", "Defra"),
    ent(REGULATORY, "ORG", "Ofwat"),
    ent(REGULATORY, "ORG", "HMRC"),
    ent(REGULATORY, "ORG", "Severnmere Water"),
    ent(REGULATORY, "ORG", "Stavenhurst Police"),
    ent(REGULATORY, "ORG", "Stavenhurst Combined Authority"),
    ent(REGULATORY, "ORG", "Carnby Fold Allotment Society"),
    ent(REGULATORY, "ACRONYM", "Air Quality Management Areas", aliases=("AQMAs", "AQMA")),
    ent(REGULATORY, "GPE", "Wrenfield"),
    ent(REGULATORY, "GPE", "Lowmoss"),
    ent(REGULATORY, "GPE", "Hartscombe"),
    ent(REGULATORY, "GPE", "Carnby Fold"),
]


def build_regulatory(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Minutes: Regulatory and Public Protection Committee, 11 March 2026", 33,
                     furniture(f"{W_COUNCIL} - Regulatory and Public Protection Committee - 11 March 2026"))
    title_lines(f, [(W_COUNCIL, HEAD.sized(16)), ("Regulatory and Public Protection Committee", HEAD.sized(13)),
                    ("Minutes of the meeting held on Wednesday 11 March 2026 at 6.00 pm", BODY)])
    for text in (W_PRESENT, W_ATTENDING, W_OFFICERS):
        f.para(text, BODY, justify=False)
    minute_sections(f, W_MINUTES, indent=48)
    f.p.save()


DOCS = {FLOOD: (".pdf", build_flood), LICENSING: (".html", build_licensing),
        REGULATORY: (".pdf", build_regulatory), **docs_more.DOCS, **docs_plan.DOCS,
        **docs_council.DOCS, **docs_audit.DOCS,
        **docs_health.DOCS, **docs_planning.DOCS,
        **docs_contracts.DOCS, **docs_partnership.DOCS, **docs_safety.DOCS,
        **docs_decision.DOCS, **docs_callin.DOCS, **docs_joint.DOCS,
        **docs_grants.DOCS, **docs_forum.DOCS, **docs_cabinet.DOCS,
        **docs_hearing.DOCS, **docs_covenant.DOCS, **docs_parish.DOCS}
ENTITIES = [*FLOOD_ENTITIES, *LICENSING_ENTITIES, *REGULATORY_ENTITIES, *docs_more.ENTITIES, *docs_plan.ENTITIES,
            *docs_council.ENTITIES, *docs_audit.ENTITIES,
            *docs_health.ENTITIES, *docs_planning.ENTITIES,
            *docs_contracts.ENTITIES, *docs_partnership.ENTITIES, *docs_safety.ENTITIES,
            *docs_decision.ENTITIES, *docs_callin.ENTITIES, *docs_joint.ENTITIES,
            *docs_grants.ENTITIES, *docs_forum.ENTITIES, *docs_cabinet.ENTITIES,
            *docs_hearing.ENTITIES, *docs_covenant.ENTITIES, *docs_parish.ENTITIES]


def write(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    records: list[dict[str, Any]] = []
    for doc, (suffix, build) in DOCS.items():
        gold = Gold(doc)
        build(out / f"{doc}{suffix}", gold)
        records += gold.records
    reader = reader_text(records)
    for row in ENTITIES:  # every entity's name (or an alias) is in its document, case and all
        forms = [row["name"], *row.get("aliases", [])]
        assert any(f in reader[row["doc"]] for f in forms), row
    write_jsonl(out / "entities.jsonl", ENTITIES)


def main(argv: list[str] | None = None) -> None:
    run_generator(__doc__, HERE, write, argv)


if __name__ == "__main__":
    main()
