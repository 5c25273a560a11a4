"""A ninth held-out entity document (issue 17 item 1), of a fourteenth invented council, written
2026-12-07 (fifth session) after the eighth document's fixes were landed and before any further
change: health and wellbeing board minutes (PDF: attendance of partners with their bodies,
numbered minutes, actions). Invented council, people, places, local bodies and trusts; the
national bodies are the real ones such minutes name, most of them bare."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, furniture, minute_sections, report_pages, title_lines

HEALTH = "saltcombe-health-wellbeing-board-minutes-2026-02-11"
S_COUNCIL = "Saltcombe Council"
S_MEMBERS = (
    "Board members present: Councillor Fenella Rookhaven (Chair), Cabinet Member for Adult Social Care and "
    "Health; Lorcan Dunlin, Director of Public Health; Dr Zainab Oduwole, Clinical Director, Keldmoor Primary "
    "Care Network; Hepzibah Stannary, Chief Executive, Healthwatch Saltcombe; Ossian Wendlebury, Deputy Chief "
    "Executive, Saltcombe and Tamworthy NHS Foundation Trust; Superintendent Perpetua Kell, Saltcombe Police."
)
S_MINUTES: list[tuple[str, str, list[str]]] = [
    ("HWB/31", "Apologies", [
        "Apologies were received from Ambrose Kellaway, Director of Adult Social Services.",
    ]),
    ("HWB/32", "Declarations of interest", [
        "Dr Zainab Oduwole declared that her practice holds a contract with the ICB for the diabetes pilot.",
    ]),
    ("HWB/33", "Joint Local Health and Wellbeing Strategy", [
        "The Director of Public Health presented the annual review of the Joint Local Health and Wellbeing "
        "Strategy. Healthy life expectancy in Tamworthy is nine years lower than in Keldmoor. OHID data show "
        "that smoking in pregnancy has fallen to 8%.",
        "Members noted that UKHSA had confirmed two cases of measles at a nursery in Tamworthy, and that "
        "uptake of the MMR vaccine among two-year-olds is 84%.",
    ]),
    ("HWB/34", "Better Care Fund plan 2026/27", [
        "The Board approved the Better Care Fund (BCF) plan for submission to NHS England. The plan pools "
        "£41.6m, including £12.3m of the Disabled Facilities Grant.",
        "Hepzibah Stannary said that Healthwatch had heard from 212 people about delays in hospital "
        "discharge, and asked the Trust to publish its discharge data monthly.",
    ]),
    ("HWB/35", "Suicide prevention", [
        "Superintendent Perpetua Kell reported that the Samaritans and Mind in Saltcombe now take referrals "
        "from police officers. The Clinical Director asked whether the CCG's old crisis line would close; "
        "it closed in 2022 when the ICB took over.",
        "ACTION: the Director of Public Health to bring the suicide prevention action plan to the June meeting.",
    ]),
]

S_ENTITIES = [
    ent(HEALTH, "ORG", S_COUNCIL),
    ent(HEALTH, "COMMITTEE", "Health and Wellbeing Board"),
    ent(HEALTH, "PERSON", "Fenella Rookhaven", affiliation=S_COUNCIL, role="Chair"),
    ent(HEALTH, "PERSON", "Lorcan Dunlin", affiliation=S_COUNCIL, role="Director of Public Health"),
    ent(HEALTH, "PERSON", "Zainab Oduwole", affiliation="Keldmoor Primary Care Network", role="Clinical Director"),
    ent(HEALTH, "PERSON", "Hepzibah Stannary", affiliation="Healthwatch Saltcombe", role="Chief Executive"),
    ent(HEALTH, "PERSON", "Ossian Wendlebury", affiliation="Saltcombe and Tamworthy NHS Foundation Trust",
        role="Deputy Chief Executive"),
    ent(HEALTH, "PERSON", "Perpetua Kell", affiliation="Saltcombe Police", role="Superintendent"),
    ent(HEALTH, "PERSON", "Ambrose Kellaway", affiliation=S_COUNCIL, role="Director of Adult Social Services"),
    ent(HEALTH, "ROLE", "Director of Public Health"),
    ent(HEALTH, "ROLE", "Clinical Director"),
    ent(HEALTH, "ROLE", "Cabinet Member for Adult Social Care and Health"),
    ent(HEALTH, "ORG", "Keldmoor Primary Care Network"),
    ent(HEALTH, "ORG", "Healthwatch Saltcombe", aliases=("Healthwatch",)),
    ent(HEALTH, "ORG", "Saltcombe and Tamworthy NHS Foundation Trust"),
    ent(HEALTH, "ORG", "Saltcombe Police"),
    ent(HEALTH, "ORG", "ICB"),
    ent(HEALTH, "ORG", "OHID"),
    ent(HEALTH, "ORG", "UKHSA"),
    ent(HEALTH, "ORG", "NHS England"),
    ent(HEALTH, "ORG", "Samaritans"),
    ent(HEALTH, "ORG", "Mind in Saltcombe"),
    ent(HEALTH, "ORG", "CCG"),
    ent(HEALTH, "PROGRAMME", "Joint Local Health and Wellbeing Strategy"),
    ent(HEALTH, "PROGRAMME", "Better Care Fund", aliases=("BCF",)),
    ent(HEALTH, "PROGRAMME", "Disabled Facilities Grant"),
    ent(HEALTH, "ACRONYM", "MMR"),
    ent(HEALTH, "GPE", "Tamworthy"),
    ent(HEALTH, "GPE", "Keldmoor"),
]


def build_health(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Minutes: Health and Wellbeing Board, 11 February 2026", 71,
                     furniture(f"{S_COUNCIL} Health and Wellbeing Board, 11 February 2026", "Page {n}"))
    title_lines(f, [(S_COUNCIL, HEAD.sized(16)), ("Health and Wellbeing Board", HEAD.sized(13)),
                    ("Minutes of the meeting held on Wednesday 11 February 2026 at 2.00 pm", BODY)])
    f.para(S_MEMBERS, BODY, justify=False)
    minute_sections(f, S_MINUTES, indent=56)
    f.p.save()


DOCS = {HEALTH: (".pdf", build_health)}
ENTITIES = S_ENTITIES
