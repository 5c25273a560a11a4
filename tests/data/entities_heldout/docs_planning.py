"""A tenth held-out entity document (issue 17 item 1), of a fifteenth invented council, written
2026-12-07 (fifth session) after the ninth document's fixes were landed and before any further
change: a planning committee officer's report on one application (PDF: a summary table of the
application, consultee responses, representations, the officer's appraisal). Invented council,
people, places, companies and societies; the national bodies are the real ones such reports
name, most of them bare."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, front_sheet, furniture, report_pages, running_sections, title_lines

PLANNING = "tillingford-planning-committee-report-2026-04-08"
T_COUNCIL = "Tillingford District Council"
T_FRONT = [
    ("Application:", "25/01187/OUT"),
    ("Site:", "Land east of Greystoke Lane, Hollowmead"),
    ("Proposal:", "Outline application for up to 180 homes, a community hall and public open space"),
    ("Applicant:", "Oakhurst Homes Ltd"),
    ("Agent:", "Fairlop Planning"),
    ("Case officer:", "Ilse Marwood, Senior Planning Officer"),
    ("Recommendation:", "Approve subject to a section 106 agreement"),
]
T_SECTIONS: list[tuple[str, list[str]]] = [
    ("Consultation responses", [
        "Hollowmead Parish Council objects, saying the village school is full and Greystoke Lane is too "
        "narrow for construction traffic.",
        "Brackwater County Council, as Local Highway Authority, raises no objection subject to a new "
        "footway and a 30 mph limit. As Lead Local Flood Authority (LLFA) it asks for a surface water "
        "drainage scheme to be agreed before work starts; the LLFA's conditions are set out in Appendix 2.",
        "Natural England has no objection, provided the homes contribute to the Merrow Heath mitigation "
        "strategy. The Environment Agency has no comments.",
        "Anglian Water states that the Hollowmead water recycling centre can take the foul flows. The "
        "NHS Brackwater ICB asks for £96,480 towards a new GP surgery in Quenby.",
        "Historic England did not wish to comment. The council's Conservation Officer considers that the "
        "harm to the setting of St Mary's Church is less than substantial.",
    ]),
    ("Representations", [
        "One hundred and twelve letters of objection were received, including one from the Hollowmead "
        "Village Society. Jonas Pettifer, on behalf of the Society, will speak against the application. "
        "CPRE Brackwater also objects.",
    ]),
    ("Appraisal", [
        "The site is allocated for about 170 homes in the Tillingford Local Plan. The Council cannot show a "
        "five-year supply of housing land, so the tilted balance in paragraph 11 of the NPPF applies.",
        "The Senior Planning Officer considers that the benefits of 54 affordable homes, 30% of the total, "
        "outweigh the harm. Homes England has offered grant for the shared ownership homes.",
    ]),
]
T_CONTACT = "Ruby Achterberg, Head of Planning and Building Control, planning@tillingford.example.gov.uk"

T_ENTITIES = [
    ent(PLANNING, "ORG", T_COUNCIL),
    ent(PLANNING, "PERSON", "Ilse Marwood", affiliation=T_COUNCIL, role="Senior Planning Officer"),
    ent(PLANNING, "PERSON", "Jonas Pettifer"),
    ent(PLANNING, "PERSON", "Ruby Achterberg", affiliation=T_COUNCIL, role="Head of Planning and Building Control"),
    ent(PLANNING, "ROLE", "Senior Planning Officer"),
    ent(PLANNING, "ROLE", "Conservation Officer"),
    ent(PLANNING, "ROLE", "Head of Planning and Building Control"),
    ent(PLANNING, "ORG", "Oakhurst Homes Ltd"),
    ent(PLANNING, "ORG", "Fairlop Planning"),
    ent(PLANNING, "ORG", "Hollowmead Parish Council"),
    ent(PLANNING, "ORG", "Brackwater County Council"),
    ent(PLANNING, "ORG", "Lead Local Flood Authority", aliases=("LLFA",)),
    ent(PLANNING, "ORG", "Local Highway Authority"),
    ent(PLANNING, "ORG", "Natural England"),
    ent(PLANNING, "ORG", "Environment Agency"),
    ent(PLANNING, "ORG", "Anglian Water"),
    ent(PLANNING, "ORG", "NHS Brackwater ICB"),
    ent(PLANNING, "ORG", "Historic England"),
    ent(PLANNING, "ORG", "Hollowmead Village Society"),
    ent(PLANNING, "ORG", "CPRE Brackwater"),
    ent(PLANNING, "ORG", "Homes England"),
    ent(PLANNING, "PROGRAMME", "Tillingford Local Plan"),
    ent(PLANNING, "PROGRAMME", "NPPF"),
    ent(PLANNING, "GPE", "Hollowmead"),
    ent(PLANNING, "GPE", "Quenby"),
    ent(PLANNING, "GPE", "Merrow Heath"),
]


def build_planning(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Planning Committee: 25/01187/OUT, land east of Greystoke Lane, Hollowmead", 83,
                     furniture(f"{T_COUNCIL} - Planning Committee - 8 April 2026"))
    title_lines(f, [(T_COUNCIL, HEAD.sized(16)), ("Planning Committee, 8 April 2026: item 5", HEAD.sized(13))])
    front_sheet(f, T_FRONT, value_x=170)
    running_sections(f, T_SECTIONS)
    f.para(T_CONTACT, BODY)
    f.p.save()


DOCS = {PLANNING: (".pdf", build_planning)}
ENTITIES = T_ENTITIES
