"""A seventeenth held-out entity document (issue 17 item 1), of a twenty-third invented council,
written 2026-12-07 (eighth session) before any change of that session: a community grants panel
report written in Word (cover rows with a post and no holder, a table of awards whose last column
names each group's contact, groups with no head noun, a trust and a boxing club named after
people, a residents' association named after a building that is named after a person, national
charities known by one word or by initials, a post named alone, a signature). Invented council,
people, places and local bodies; the national bodies are real ones that no other corpus or gold
set of the project names."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import TABLE, WordProps, word_report

GRANTS = "thrushcombe-community-grants-panel-report-2026-03-19"
C_COUNCIL = "Thrushcombe Borough Council"
C_FRONT = [
    ("Report to:", "Community Grants Panel"),
    ("Date:", "19 March 2026"),
    ("Report of:", "Head of Communities"),
    ("Lead officer:", "Rosamund Quayne, Voluntary Sector Liaison Officer"),
    ("Portfolio holder:", "Cllr Lorcan Renwick, Cabinet Member for Communities"),
]
C_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "1.1 This report asks the Panel to agree awards from the Thrushcombe Community Chest for 2026/27 and "
        "to note the work of the Hattie Brennan Trust, which matches the Council's awards in the east of the "
        "borough.",
    ]),
    ("2. Background", [
        "2.1 The Community Chest is open to charities, community interest companies and constituted groups. "
        "Applications were scored by the Voluntary Sector Liaison Officer with Thrushcombe CVS, using the "
        "framework agreed with NAVCA in 2024.",
        "2.2 Forty-one applications were received, asking for £118,400 in all. The Head of Communities "
        "recommends the eight awards in the table below.",
    ]),
    ("3. Recommended awards", [
        "TABLE",
        "3.1 Brightwell Larder and Hollowmere Voices have both had awards before and reported on time. The "
        "award to the Florrie Quayle Court Residents' Association is for seating in the garden of the "
        "sheltered housing at Florrie Quayle Court.",
    ]),
    ("4. Match funding and partners", [
        "4.1 The Hattie Brennan Trust will match the awards to Brightwell Larder and Open Door Quellham. Its "
        "director, Jonah Kestle, has asked that both groups report to the Trust and the Council on one form.",
        "4.2 Mencap and Age UK Thrushcombe have asked the Panel to set aside part of next year's fund for "
        "groups run by older and disabled residents.",
        "4.3 Two applications were withdrawn: Quellham Pantry merged with Brightwell Larder in January, and "
        "Lantern Yard Arts could not show a constitution.",
    ]),
    ("5. Financial implications", [
        "5.1 Awards of more than £5,000 are paid in two instalments. The Section 151 Officer has confirmed "
        "that the recommended awards are within the budget for 2026/27.",
    ]),
    ("6. Recommendation", [
        "6.1 That the Panel agrees the awards in section 3.",
    ]),
]
C_TABLE = [
    ("Organisation", "Project", "Award (£)", "Contact"),
    ("Brightwell Larder", "Community fridge and cookery sessions", "4,500", "Odile Ferrars"),
    ("Hollowmere Voices", "Intergenerational choir", "2,000", "Revd Clement Yarrow"),
    ("Kettlemere Men's Shed", "Tools and workshop rent", "3,200", "Barnaby Fitch"),
    ("Open Door Quellham", "Drop-in advice for private renters", "6,000", "Sadia Rahman"),
    ("Sustrans", "Bike library at Lantern Yard", "5,000", "Ellis Moorcroft"),
    ("Wilf Danby Boxing Club", "Sessions for girls", "1,800", "Keziah Goodhew"),
    ("Florrie Quayle Court Residents' Association", "Garden seating", "750", "Mrs Lettice Hume"),
    ("Age UK Thrushcombe", "Digital skills for older people", "3,900", "Gwilym Parry"),
]
C_TAIL = [
    "Signed: Lorcan Renwick, Cabinet Member for Communities",
    "Contact: Rosamund Quayne, Voluntary Sector Liaison Officer, grants@thrushcombe.example.gov.uk",
]

C_ENTITIES = [
    ent(GRANTS, "ORG", C_COUNCIL),
    ent(GRANTS, "COMMITTEE", "Community Grants Panel"),
    ent(GRANTS, "PERSON", "Rosamund Quayne", affiliation=C_COUNCIL, role="Voluntary Sector Liaison Officer"),
    ent(GRANTS, "PERSON", "Lorcan Renwick", affiliation=C_COUNCIL, role="Cabinet Member for Communities"),
    ent(GRANTS, "PERSON", "Odile Ferrars", affiliation="Brightwell Larder"),
    ent(GRANTS, "PERSON", "Clement Yarrow", affiliation="Hollowmere Voices"),
    ent(GRANTS, "PERSON", "Barnaby Fitch", affiliation="Kettlemere Men's Shed"),
    ent(GRANTS, "PERSON", "Sadia Rahman", affiliation="Open Door Quellham"),
    ent(GRANTS, "PERSON", "Ellis Moorcroft", affiliation="Sustrans"),
    ent(GRANTS, "PERSON", "Keziah Goodhew", affiliation="Wilf Danby Boxing Club"),
    ent(GRANTS, "PERSON", "Lettice Hume", affiliation="Florrie Quayle Court Residents' Association"),
    ent(GRANTS, "PERSON", "Gwilym Parry", affiliation="Age UK Thrushcombe"),
    ent(GRANTS, "PERSON", "Jonah Kestle", affiliation="Hattie Brennan Trust", role="Director"),
    ent(GRANTS, "ROLE", "Voluntary Sector Liaison Officer"),
    ent(GRANTS, "ROLE", "Cabinet Member for Communities"),
    ent(GRANTS, "ROLE", "Head of Communities"),
    ent(GRANTS, "ROLE", "Section 151 Officer"),
    ent(GRANTS, "PROGRAMME", "Thrushcombe Community Chest", aliases=("Community Chest",)),
    ent(GRANTS, "ORG", "Hattie Brennan Trust"),
    ent(GRANTS, "ORG", "Thrushcombe CVS"),
    ent(GRANTS, "ORG", "NAVCA"),
    ent(GRANTS, "ORG", "Brightwell Larder"),
    ent(GRANTS, "ORG", "Hollowmere Voices"),
    ent(GRANTS, "ORG", "Kettlemere Men's Shed"),
    ent(GRANTS, "ORG", "Open Door Quellham"),
    ent(GRANTS, "ORG", "Sustrans"),
    ent(GRANTS, "ORG", "Wilf Danby Boxing Club"),
    ent(GRANTS, "ORG", "Florrie Quayle Court Residents' Association"),
    ent(GRANTS, "ORG", "Age UK Thrushcombe"),
    ent(GRANTS, "ORG", "Mencap"),
    ent(GRANTS, "ORG", "Quellham Pantry"),
    ent(GRANTS, "ORG", "Lantern Yard Arts"),
]
GRANTS_PROPS = WordProps("Communities Team", "Community Grants Panel: recommended awards 2026/27",
                         datetime.datetime(2026, 3, 11, 14, 20, 0), revision=3)


def build_grants(path: Path, gold: Gold) -> None:
    word_report(path, gold, GRANTS_PROPS, council=C_COUNCIL, title="Community Chest: Recommended Awards 2026/27",
                front=C_FRONT, sections=C_SECTIONS, tables=[C_TABLE], tail=C_TAIL,
                bold_row=lambda k, _row: k == 0)


assert TABLE in C_SECTIONS[2][1]
DOCS = {GRANTS: (".docx", build_grants)}
ENTITIES = C_ENTITIES
