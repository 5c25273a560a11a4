"""A sixth held-out entity document (issue 17 item 1), of an eleventh invented council, written
2026-12-07 (fifth session) after that session's entity mechanisms were landed and before any
further change: a cabinet report on a local plan (PDF: cover rows, numbered paragraphs, an
appendix of consultees). Invented council, people, places and local bodies; the national
bodies, agencies and companies are the real ones a planning report names, most of them bare.
Rendered with the second corpus' machinery (``flow``, ``wordpdf``)."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, decimal_sections, front_sheet, furniture, report_pages, title_lines

PLAN = "ellerbeck-cabinet-local-plan-submission-2026-01-29"
E_COUNCIL = "Ellerbeck District Council"
E_FRONT = [
    ("Meeting:", "Cabinet"),
    ("Date:", "29 January 2026"),
    ("Report of:", "Hollis Achebe, Strategic Director of Place"),
    ("Portfolio Holder:", "Councillor Winifred Galbraith, Portfolio Holder for Planning and Growth"),
    ("Key decision:", "Yes"),
]
E_SECTIONS: list[tuple[str, list[str]]] = [
    ("Summary", [
        "The Council consulted on the pre-submission Ellerbeck Local Plan 2024-2041 between 6 October and 17 "
        "November 2025. This report summarises the 1,412 comments received and asks Cabinet to agree that "
        "the plan be submitted for examination.",
    ]),
    ("Recommendations", [
        "That Cabinet approves the submission of the Local Plan, with the minor modifications in Appendix B, "
        "to the Planning Inspectorate.",
        "That the Strategic Director of Place be authorised to agree a statement of common ground on housing "
        "need with Fellgate Borough Council and Marrowby County Council.",
    ]),
    ("Background", [
        "The plan allocates land for 6,850 homes, including a new settlement of 2,400 homes at Kelderby Moor, "
        "and 38 hectares of employment land beside the A591 at Oxenholt.",
        "The revised National Planning Policy Framework (NPPF), published in December 2024, raised the "
        "Council's housing requirement from 310 to 402 homes a year. Officers tested the plan against the "
        "new standard method with help from the Planning Advisory Service (PAS).",
    ]),
    ("Consultation responses", [
        "Natural England objected to the Kelderby Moor allocation until a Habitats Regulations Assessment "
        "(HRA) showed no harm to the Rushmere Mosses, a Special Area of Conservation (SAC). The HRA has been "
        "updated and the objection withdrawn.",
        "The Environment Agency asked for the Strategic Flood Risk Assessment (SFRA) to cover the Nethercott "
        "Beck catchment; the Agency's comments are met by a new policy on surface water.",
        "National Highways raised concerns about queues at junction 36 of the M6; a transport assessment "
        "agreed with Marrowby County Council as highway authority proposes £14.2m of improvements. Network "
        "Rail supports a new station at Kelderby Moor.",
        "United Utilities has confirmed that the Oxenholt wastewater treatment works has capacity for the "
        "first 1,500 homes.",
        "Historic England welcomed the new policy on the conservation area in Larkspur. Sport England asked "
        "that the Playing Pitch Strategy be refreshed before the examination.",
        "The ICB and NHS Property Services asked for land for a health centre at Kelderby Moor. CPRE, the "
        "countryside charity, argued that the housing figure is too high, and the Kelderby Moor Action Group "
        "handed in a petition of 2,106 signatures opposing the new settlement.",
    ]),
    ("Duty to cooperate", [
        "Officers have met Fellgate Borough Council, Marrowby County Council and the Lake Fells National Park "
        "Authority (LFNPA) eleven times since 2023. The LFNPA supports the plan.",
    ]),
    ("Financial implications", [
        "The examination will cost about £420,000, including the Inspector's fees, and is met from an "
        "earmarked reserve.",
        "The new settlement needs £96m of infrastructure. The Council has bid to the Housing Infrastructure "
        "Fund and expects a decision from Homes England in the spring.",
    ]),
    ("Next steps", [
        "The Planning Policy Manager, Tobias Whitcombe, will lead the examination team with Sorrel Oduya, "
        "Principal Planning Officer. Programme Officer Gwendolyn Pike will be employed by the Council but "
        "will work for the Inspector.",
        "The Planning Policy Manager will report the Inspector's findings to Cabinet.",
    ]),
]
E_APPENDIX = [
    ("Natural England", "Objection withdrawn after the HRA was updated"),
    ("Environment Agency", "Comments met by the new surface water policy"),
    ("National Highways", "Holding objection: junction 36 improvements"),
    ("Lake Fells National Park Authority", "Support"),
    ("Kelderby Moor Action Group", "Objection: petition of 2,106 signatures"),
]
E_CONTACT = "Contact: Tobias Whitcombe, Planning Policy Manager, planning.policy@ellerbeck.example.gov.uk"

E_ENTITIES = [
    ent(PLAN, "ORG", E_COUNCIL),
    ent(PLAN, "COMMITTEE", "Cabinet"),
    ent(PLAN, "PERSON", "Hollis Achebe", affiliation=E_COUNCIL, role="Strategic Director of Place"),
    ent(PLAN, "PERSON", "Winifred Galbraith", affiliation=E_COUNCIL, role="Portfolio Holder for Planning and Growth"),
    ent(PLAN, "PERSON", "Tobias Whitcombe", affiliation=E_COUNCIL, role="Planning Policy Manager"),
    ent(PLAN, "PERSON", "Sorrel Oduya", affiliation=E_COUNCIL, role="Principal Planning Officer"),
    ent(PLAN, "PERSON", "Gwendolyn Pike", affiliation=E_COUNCIL, role="Programme Officer"),
    ent(PLAN, "ROLE", "Strategic Director of Place"),
    ent(PLAN, "ROLE", "Planning Policy Manager"),
    ent(PLAN, "ROLE", "Portfolio Holder for Planning and Growth"),
    ent(PLAN, "ORG", "Fellgate Borough Council"),
    ent(PLAN, "ORG", "Marrowby County Council"),
    ent(PLAN, "ORG", "Planning Inspectorate"),
    ent(PLAN, "ORG", "Planning Advisory Service", aliases=("PAS",)),
    ent(PLAN, "ORG", "Natural England"),
    ent(PLAN, "ORG", "Environment Agency"),
    ent(PLAN, "ORG", "National Highways"),
    ent(PLAN, "ORG", "Network Rail"),
    ent(PLAN, "ORG", "United Utilities"),
    ent(PLAN, "ORG", "Historic England"),
    ent(PLAN, "ORG", "Sport England"),
    ent(PLAN, "ORG", "ICB"),
    ent(PLAN, "ORG", "NHS Property Services"),
    ent(PLAN, "ORG", "CPRE"),
    ent(PLAN, "ORG", "Kelderby Moor Action Group"),
    ent(PLAN, "ORG", "Lake Fells National Park Authority", aliases=("LFNPA",)),
    ent(PLAN, "ORG", "Homes England"),
    ent(PLAN, "PROGRAMME", "Ellerbeck Local Plan"),
    ent(PLAN, "PROGRAMME", "National Planning Policy Framework", aliases=("NPPF",)),
    ent(PLAN, "PROGRAMME", "Playing Pitch Strategy"),
    ent(PLAN, "PROGRAMME", "Housing Infrastructure Fund"),
    ent(PLAN, "ACRONYM", "HRA", aliases=("Habitats Regulations Assessment",)),
    ent(PLAN, "ACRONYM", "SFRA", aliases=("Strategic Flood Risk Assessment",)),
    ent(PLAN, "ACRONYM", "SAC", aliases=("Special Area of Conservation",)),
    ent(PLAN, "GPE", "Ellerbeck"),
    ent(PLAN, "GPE", "Kelderby Moor"),
    ent(PLAN, "GPE", "Oxenholt"),
    ent(PLAN, "GPE", "Larkspur"),
    ent(PLAN, "GPE", "Rushmere Mosses"),
]


def build_plan(path: Path, gold: Gold) -> None:
    title = "Ellerbeck Local Plan: submission for examination"
    f = report_pages(path, gold, title, 59, furniture(f"{E_COUNCIL} | Cabinet | 29 January 2026"))
    title_lines(f, [(E_COUNCIL, HEAD.sized(16)), (title, HEAD.sized(13))])
    front_sheet(f, E_FRONT, value_x=180)
    decimal_sections(f, E_SECTIONS)
    f.para(E_CONTACT, BODY)
    f.heading("", "Appendix A: Summary of responses from consultees", HEAD, num_x=f.left, x=f.left, level=1,
              parent=None, after=4)
    for label, value in E_APPENDIX:
        f.keyvalue(label, value, BODY.bold(), BODY, value_x=260, after=3)
    f.p.save()


DOCS = {PLAN: (".pdf", build_plan)}
ENTITIES = E_ENTITIES
