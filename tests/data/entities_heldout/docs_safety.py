"""A thirteenth held-out entity document (issue 17 item 1), of an eighteenth invented council,
written 2026-12-07 (sixth session) before any change of that session: a community safety
scrutiny report (PDF: cover rows, numbered paragraphs, a partnership's members in one sentence,
an acronym used before it is expanded, criminal justice bodies named bare, a monitoring company,
victims' charities, a duty and a strategy). Invented council, people, places and local bodies;
the national bodies are real ones such reports name that no other corpus or gold set of the
project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, front_sheet, furniture, report_pages, running_sections, title_lines

SAFETY = "ashmarket-community-safety-scrutiny-report-2026-03-25"
A_COUNCIL = "Ashmarket City Council"
A_FRONT = [
    ("Report to:", "Communities Scrutiny Panel"),
    ("Date:", "25 March 2026"),
    ("Report of:", "Benedikt Aldous, Director of Neighbourhoods"),
    ("Author:", "Marguerite Oyelaran, Community Safety Partnership Lead"),
]
A_SECTIONS: list[tuple[str, list[str]]] = [
    ("Purpose", [
        "This report sets out the work of the Safer Ashmarket Partnership in 2025/26 and the draft "
        "priorities for 2026/27. The SVRP's first annual review is also summarised.",
    ]),
    ("The partnership", [
        "The Safer Ashmarket Partnership brings together the Council, Wexmere Police, the Probation Service, "
        "the Wexmere Fire and Rescue Service and the Ashmarket and Dunholt Integrated Care Board. The Home "
        "Office requires each partnership to review its strategy every year.",
        "Under the Serious Violence Duty the partners set up the Serious Violence Reduction Partnership "
        "(SVRP) in 2024. It is chaired by Chief Inspector Yolanda Birtwistle of Wexmere Police.",
    ]),
    ("Performance", [
        "Knife crime fell by 14% in 2025. The Crown Prosecution Service charged 61 people with possession "
        "of a bladed article, and the Youth Justice Board has praised the Council's diversion scheme for "
        "first-time offenders.",
        "British Transport Police reported fewer assaults at Ashmarket Central station after Sentinel "
        "Watch Ltd began monitoring the station car park for the Council.",
        "Two complaints about the handling of a domestic abuse case were referred to the IOPC, which has "
        "not yet reported.",
    ]),
    ("Victims", [
        "Victim Support and Lifeline Ashmarket, a local domestic abuse charity, now share a hub at "
        "Pelham Yard. Safe Harbour, which runs the city's refuge, has asked for a longer grant.",
        "Crimestoppers ran a campaign in Dunholt and Kettleby Moor on reporting county lines.",
    ]),
    ("Priorities for 2026/27", [
        "The draft Community Safety Strategy 2026-2029 proposes three priorities: serious violence, "
        "violence against women and girls (VAWG), and anti-social behaviour in the city centre.",
        "The Director of Neighbourhoods will bring the final strategy to the panel in July.",
    ]),
]
A_CONTACT = "Contact: Marguerite Oyelaran, Community Safety Partnership Lead, safer@ashmarket.example.gov.uk"

A_ENTITIES = [
    ent(SAFETY, "ORG", A_COUNCIL),
    ent(SAFETY, "COMMITTEE", "Communities Scrutiny Panel"),
    ent(SAFETY, "PERSON", "Benedikt Aldous", affiliation=A_COUNCIL, role="Director of Neighbourhoods"),
    ent(SAFETY, "PERSON", "Marguerite Oyelaran", affiliation=A_COUNCIL, role="Community Safety Partnership Lead"),
    ent(SAFETY, "PERSON", "Yolanda Birtwistle", affiliation="Wexmere Police", role="Chief Inspector"),
    ent(SAFETY, "ROLE", "Director of Neighbourhoods"),
    ent(SAFETY, "ROLE", "Community Safety Partnership Lead"),
    ent(SAFETY, "ORG", "Safer Ashmarket Partnership"),
    ent(SAFETY, "ORG", "Serious Violence Reduction Partnership", aliases=("SVRP",)),
    ent(SAFETY, "ORG", "Wexmere Police"),
    ent(SAFETY, "ORG", "Probation Service"),
    ent(SAFETY, "ORG", "Wexmere Fire and Rescue Service"),
    ent(SAFETY, "ORG", "Ashmarket and Dunholt Integrated Care Board"),
    ent(SAFETY, "ORG", "Home Office"),
    ent(SAFETY, "ORG", "Crown Prosecution Service"),
    ent(SAFETY, "ORG", "Youth Justice Board"),
    ent(SAFETY, "ORG", "British Transport Police"),
    ent(SAFETY, "ORG", "Sentinel Watch Ltd"),
    ent(SAFETY, "ORG", "IOPC"),
    ent(SAFETY, "ORG", "Victim Support"),
    ent(SAFETY, "ORG", "Lifeline Ashmarket"),
    ent(SAFETY, "ORG", "Safe Harbour"),
    ent(SAFETY, "ORG", "Crimestoppers"),
    ent(SAFETY, "PROGRAMME", "Serious Violence Duty"),
    ent(SAFETY, "PROGRAMME", "Community Safety Strategy"),
    ent(SAFETY, "ACRONYM", "VAWG", aliases=("violence against women and girls",)),
    ent(SAFETY, "GPE", "Dunholt"),
    ent(SAFETY, "GPE", "Kettleby Moor"),
    ent(SAFETY, "GPE", "Pelham Yard"),
]


def build_safety(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Community safety: annual report of the Safer Ashmarket Partnership", 97,
                     furniture(f"{A_COUNCIL} - Communities Scrutiny Panel - 25 March 2026"))
    title_lines(f, [(A_COUNCIL, HEAD.sized(16)), ("Community safety: annual report", HEAD.sized(13))])
    front_sheet(f, A_FRONT, value_x=170)
    running_sections(f, A_SECTIONS)
    f.para(A_CONTACT, BODY)
    f.p.save()


DOCS = {SAFETY: (".pdf", build_safety)}
ENTITIES = A_ENTITIES
