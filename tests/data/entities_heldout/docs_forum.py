"""An eighteenth held-out entity document (issue 17 item 1), of a twenty-fourth invented council,
written 2026-12-07 (eighth session) before any change of that session: minutes of a community
forum drawn as a PDF (attendance with police ranks and partners listed "Name, Body" and "Name
(Body)", a residents' watch group and a traders' group with no head noun that speak and ask, a
park, a street, a close and a centre named after people, a foundation named after a person, a
village whose name looks like a person's, a post with no holder, a resident without a title,
a national agency by its initials, a signature line). Invented council, people, places and local
bodies; the national bodies are real ones that no other corpus or gold set of the project names."""

from __future__ import annotations

from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import BODY, HEAD, furniture, minute_sections, report_pages, title_lines

FORUM = "harrowdene-dunmere-community-forum-minutes-2026-02-25"
H_COUNCIL = "Harrowdene District Council"
H_FORUM = "Dunmere and Sedgeley Community Forum"
H_PRESENT = (
    "Present: Councillor Augustin Pell (Chair), Councillor Winifred Onslow, Councillor Gervase Tunnicliffe "
    "and Councillor Octavia Roskell."
)
H_PARTNERS = (
    "Partners: PC Emlyn Kavanagh (Dunmere Neighbourhood Policing Team); Sergeant Holly Brabazon, British "
    "Transport Police; Kamran Siddiqi, Sedgeley Green Watch; Norah Pentreath, Dunmere Traders."
)
H_OFFICERS = "Officers: Linus Brook (Community Safety Coordinator) and Tabitha Gillingham (Democratic Services)."
H_MINUTES: list[tuple[str, str, list[str]]] = [
    ("CF/41", "Apologies", [
        "Apologies were received from Councillor Lachlan Temple and from the Friends of Walter Hesketh Park.",
    ]),
    ("CF/42", "Police update", [
        "PC Kavanagh reported that shoplifting in Dunmere had risen by 14% since the autumn, mostly from the "
        "two supermarkets on Bertram Lowe Avenue. Two people had been charged.",
        "Sergeant Brabazon said that the DVSA and British Transport Police had carried out joint checks on "
        "coaches at Sedgeley Green station in January.",
    ]),
    ("CF/43", "Open forum", [
        "Lucan Tharp, a resident of Eleanor Vane Close, asked when the street lights there would be repaired. "
        "The Community Safety Coordinator said that the contractor would replace them in March.",
        "Sedgeley Green Watch said that its volunteers had logged 37 vehicles speeding through Upton Lacey "
        "and asked for a speed camera. Dunmere Traders asked for more patrols on market days.",
        "The Chair of the Harrowdene Community Safety Partnership had sent a written update, which was noted.",
    ]),
    ("CF/44", "Dunmere Safer Streets Fund", [
        "The Community Safety Coordinator reported awards from the Dunmere Safer Streets Fund to Kindred "
        "Kitchen, Safe Haven Dunmere and the Maisie Threlfall Foundation.",
        "Jas Olawale, youth worker at Sedgeley Youth Hub, said the Friday sessions now drew forty young people "
        "and thanked the Forum for its support.",
    ]),
    ("CF/45", "Date of next meeting", [
        "The next meeting will be held on 29 April 2026 at 7.00 pm at the Josiah Marlow Centre, Dunmere.",
    ]),
]
H_TAIL = "Signed: Augustin Pell, Chair"

H_ENTITIES = [
    ent(FORUM, "ORG", H_COUNCIL),
    ent(FORUM, "COMMITTEE", H_FORUM),
    ent(FORUM, "PERSON", "Augustin Pell", affiliation=H_COUNCIL, role="Chair"),
    ent(FORUM, "PERSON", "Winifred Onslow", affiliation=H_COUNCIL, role="Councillor"),
    ent(FORUM, "PERSON", "Gervase Tunnicliffe", affiliation=H_COUNCIL, role="Councillor"),
    ent(FORUM, "PERSON", "Octavia Roskell", affiliation=H_COUNCIL, role="Councillor"),
    ent(FORUM, "PERSON", "Lachlan Temple", affiliation=H_COUNCIL, role="Councillor"),
    ent(FORUM, "PERSON", "Emlyn Kavanagh", affiliation="Dunmere Neighbourhood Policing Team", role="PC"),
    ent(FORUM, "PERSON", "Holly Brabazon", affiliation="British Transport Police", role="Sergeant"),
    ent(FORUM, "PERSON", "Kamran Siddiqi", affiliation="Sedgeley Green Watch"),
    ent(FORUM, "PERSON", "Norah Pentreath", affiliation="Dunmere Traders"),
    ent(FORUM, "PERSON", "Linus Brook", affiliation=H_COUNCIL, role="Community Safety Coordinator"),
    ent(FORUM, "PERSON", "Tabitha Gillingham", affiliation=H_COUNCIL),
    ent(FORUM, "PERSON", "Lucan Tharp"),
    ent(FORUM, "PERSON", "Jas Olawale", affiliation="Sedgeley Youth Hub", role="youth worker"),
    ent(FORUM, "ROLE", "Community Safety Coordinator"),
    ent(FORUM, "ROLE", "Chair of the Harrowdene Community Safety Partnership"),
    ent(FORUM, "ORG", "Dunmere Neighbourhood Policing Team"),
    ent(FORUM, "ORG", "British Transport Police"),
    ent(FORUM, "ORG", "Sedgeley Green Watch"),
    ent(FORUM, "ORG", "Dunmere Traders"),
    ent(FORUM, "ORG", "Friends of Walter Hesketh Park"),
    ent(FORUM, "ORG", "DVSA"),
    ent(FORUM, "ORG", "Harrowdene Community Safety Partnership"),
    ent(FORUM, "ORG", "Kindred Kitchen"),
    ent(FORUM, "ORG", "Safe Haven Dunmere"),
    ent(FORUM, "ORG", "Maisie Threlfall Foundation"),
    ent(FORUM, "ORG", "Sedgeley Youth Hub"),
    ent(FORUM, "PROGRAMME", "Dunmere Safer Streets Fund"),
    ent(FORUM, "GPE", "Dunmere"),
    ent(FORUM, "GPE", "Upton Lacey"),
]


def build_forum(path: Path, gold: Gold) -> None:
    f = report_pages(path, gold, f"Minutes: {H_FORUM}, 25 February 2026", 37,
                     furniture(f"{H_COUNCIL} - {H_FORUM} - 25 February 2026"))
    title_lines(f, [(H_COUNCIL, HEAD.sized(16)), (H_FORUM, HEAD.sized(13)),
                    ("Minutes of the meeting held on Wednesday 25 February 2026 at 7.00 pm, Dunmere Library", BODY)])
    for text in (H_PRESENT, H_PARTNERS, H_OFFICERS):
        f.para(text, BODY, justify=False)
    minute_sections(f, H_MINUTES, indent=48)
    f.para(H_TAIL, BODY)
    f.p.save()


DOCS = {FORUM: (".pdf", build_forum)}
ENTITIES = H_ENTITIES
