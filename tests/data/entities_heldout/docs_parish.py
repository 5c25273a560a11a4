"""A twenty-second held-out entity document (issue 17 item 1), of a twenty-eighth invented
council, written 2026-12-07 (eighth session) after entities.v10 and before any further change:
notes of a district council's parish liaison meeting drawn as a PDF (parish clerks and
councillors listed "Name (Parish Council)", a canon and a PCSO, a church, a centre and a field
trust named after people, a family firm "& Sons", a community shop and a warm space with no
head noun, a hamlet whose name looks like a person's, a lane, a post with no holder, an action
log with initials, a national company with no head noun, a signature). Invented council, people, places
and local bodies; the national company is a real one that no other corpus or gold set of the
project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, furniture, minute_sections, report_pages, title_lines

PARISH = "kestleton-parish-liaison-meeting-notes-2026-02-19"
K_COUNCIL = "Kestleton District Council"
K_PRESENT = (
    "Present: Councillor Esmond Quillan (Chair, Kestleton District Council); Marisa Gowan (Clerk, Broadwell "
    "Parish Council); Councillor Hal Marrowgate (Broadwell Parish Council); Rhona Dewsbury (Clerk, Aldwick "
    "and Tupton Parish Council); Canon Felix Ambler (St Aidan's Church, Broadwell)."
)
K_OFFICERS = "Officers: Yasmin Adeyemi-Lowe, Parish Liaison Officer; PCSO Dylan Fretwell, Kestleton Rural Policing Team."
K_NOTES: list[tuple[str, str, list[str]]] = [
    ("1", "Welcome and apologies", [
        "Apologies were received from Councillor Nerys Blakemore and from the Winifred Ashby Fields Trust.",
    ]),
    ("2", "Rural crime", [
        "PCSO Fretwell reported thefts of quad bikes from farms near Thorne Radley and Aldwick. Hollin & Sons, "
        "the agricultural engineers on Parkes Lane, had lost two trailers.",
    ]),
    ("3", "Warm spaces and the community shop", [
        "Marisa Gowan said that Broadwell Warm Hub had opened three afternoons a week at the Beatrice Lomas "
        "Centre since November. Kestleton Community Larder supplies it, and Broadwell Village Shop, which is "
        "run by volunteers, stocks its leaflets.",
        "The Parish Liaison Officer will ask the Rural Services Coordinator to visit both.",
    ]),
    ("4", "Highways", [
        "Councillor Marrowgate asked when Openreach would replace the broken telegraph poles at Thorne "
        "Radley. Councillor Quillan agreed to write to the Cabinet Member for Transport.",
    ]),
    ("5", "Actions", [
        "YAL to circulate the warm spaces map; HM to send photographs of the poles to the Chair.",
    ]),
]
K_TAIL = "Notes agreed by Esmond Quillan, Chair"

K_ENTITIES = [
    ent(PARISH, "ORG", K_COUNCIL),
    ent(PARISH, "ORG", "Broadwell Parish Council"),
    ent(PARISH, "ORG", "Aldwick and Tupton Parish Council"),
    ent(PARISH, "PERSON", "Esmond Quillan", affiliation=K_COUNCIL, role="Chair"),
    ent(PARISH, "PERSON", "Marisa Gowan", affiliation="Broadwell Parish Council", role="Clerk"),
    ent(PARISH, "PERSON", "Hal Marrowgate", affiliation="Broadwell Parish Council", role="Councillor"),
    ent(PARISH, "PERSON", "Rhona Dewsbury", affiliation="Aldwick and Tupton Parish Council", role="Clerk"),
    ent(PARISH, "PERSON", "Felix Ambler", affiliation="St Aidan's Church"),
    ent(PARISH, "PERSON", "Yasmin Adeyemi-Lowe", affiliation=K_COUNCIL, role="Parish Liaison Officer"),
    ent(PARISH, "PERSON", "Dylan Fretwell", affiliation="Kestleton Rural Policing Team", role="PCSO"),
    ent(PARISH, "PERSON", "Nerys Blakemore", role="Councillor"),
    ent(PARISH, "ROLE", "Parish Liaison Officer"),
    ent(PARISH, "ROLE", "Rural Services Coordinator"),
    ent(PARISH, "ROLE", "Cabinet Member for Transport"),
    ent(PARISH, "ORG", "St Aidan's Church"),
    ent(PARISH, "ORG", "Kestleton Rural Policing Team"),
    ent(PARISH, "ORG", "Winifred Ashby Fields Trust"),
    ent(PARISH, "ORG", "Hollin & Sons"),
    ent(PARISH, "ORG", "Broadwell Warm Hub"),
    ent(PARISH, "ORG", "Kestleton Community Larder"),
    ent(PARISH, "ORG", "Broadwell Village Shop"),
    ent(PARISH, "ORG", "Openreach"),
    ent(PARISH, "GPE", "Thorne Radley"),
    ent(PARISH, "GPE", "Aldwick"),
    ent(PARISH, "GPE", "Parkes Lane"),
]


def build_parish(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, "Notes: Parish Liaison Meeting, 19 February 2026", 41,
                     furniture(f"{K_COUNCIL} - Parish Liaison Meeting - 19 February 2026"))
    title_lines(f, [(K_COUNCIL, HEAD.sized(16)), ("Parish Liaison Meeting", HEAD.sized(13)),
                    ("Notes of the meeting held on Thursday 19 February 2026 at 2.00 pm, Broadwell Village Hall",
                     BODY)])
    for text in (K_PRESENT, K_OFFICERS):
        f.para(text, BODY, justify=False)
    minute_sections(f, K_NOTES, indent=36)
    f.para(K_TAIL, BODY)
    f.p.save()


DOCS = {PARISH: (".pdf", build_parish)}
ENTITIES = K_ENTITIES
