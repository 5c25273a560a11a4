"""A fifteenth held-out entity document (issue 17 item 1), of a twentieth invented council,
written 2026-12-07 (seventh session) before any change of that session: minutes of a scrutiny
committee's call-in meeting, written in Word (present / also present / officers / apologies with
"Cllrs" before a list of names, a declaration, the call-in by councillors named by surname only,
a speaker for a friends group, a contractor and a leisure operator with no head noun, national
bodies named bare, a recorded vote by surname). Invented council, people, places and local
bodies; the national bodies are real ones that no other corpus or gold set of the project names."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import WordProps, word_report

CALLIN = "skelbrook-overview-scrutiny-call-in-minutes-2026-03-03"
S_COUNCIL = "Skelbrook District Council"
S_TITLE = "Minutes of the meeting held on Tuesday 3 March 2026 at 7.00 pm in the Council Chamber, Skelbrook House"
S_LISTS = [
    ("Present:", "Cllrs Ambrose Tilley (Chair), Henrietta Vosper (Vice-Chair), Jubal Akinola, Carys Lydiard, "
                 "Morwenna Price and Stanislav Horak"),
    ("Also present:", "Cllr Peregrine Ogunbiyi (Leader of the Council) and Cllr Beatrix Hallworth (Cabinet "
                      "Member for Leisure and Culture)"),
    ("Officers:", "Lucinda Farrow (Monitoring Officer), Gideon Vandersteen (Head of Leisure Services) and "
                  "Roisin Dunleavy (Scrutiny Officer)"),
    ("Apologies:", "Cllr Tamsin Ormerod (substitute: Cllr Neville Brandreth)"),
]
S_MINUTES: list[tuple[str, str, list[str]]] = [
    ("29", "Declarations of interest", [
        "Cllr Price declared a non-registrable interest as a member of the Friends of Scarrow Lido. She "
        "stayed in the room but did not vote.",
    ]),
    ("30", "Call-in of Cabinet decision C/118: Scarrow Lido and Harling Park pavilion", [
        "The Committee considered the call-in of the Cabinet's decision of 10 February 2026 to close Scarrow "
        "Lido and to lease the Harling Park pavilion to Harling Park Community Trust. The call-in was "
        "requested by Cllrs Lydiard, Horak and Akinola on the grounds that the options appraisal had not "
        "been published and that the Public Sector Equality Duty (PSED) had not been met.",
        "Cllr Lydiard said that neither Swim England nor the Royal Life Saving Society had been asked whether "
        "the lido could be made safe, and that the equality impact assessment (EqIA) did not consider older "
        "swimmers.",
        "Kit Mattock, speaking for the Friends of Scarrow Lido, said that 2,300 residents had signed their "
        "petition and that the group had been promised a meeting with Aquaforge Engineering, who inspected "
        "the pool's plant in 2025.",
        "The Leader said that Aquaforge's survey had found the filtration plant beyond repair and that a bid "
        "to the National Lottery Heritage Fund had failed in 2024. Everactive, the Council's leisure "
        "operator, would offer lido members free sessions at the leisure centre in Dunsop.",
        "Mr Vandersteen confirmed that the options appraisal would be published with the Cabinet's next "
        "agenda. The Monitoring Officer advised that the decision was within the budget and policy "
        "framework, so the Committee could refer it back to Cabinet but not to Full Council.",
        "RESOLVED that the decision be referred back to Cabinet with the Committee's recommendation that "
        "the options appraisal and a revised EqIA be published before it decides again.",
        "(For: Cllrs Tilley, Akinola, Lydiard and Horak. Against: Cllrs Vosper and Brandreth.)",
    ]),
    ("31", "Work programme", [
        "The Scrutiny Officer presented the work programme. Members agreed to add a review of the Skelbrook "
        "Playing Pitch Strategy and to invite Dr Selma Hargreave of Northfell University to the April "
        "meeting on health inequalities.",
    ]),
]

S_ENTITIES = [
    ent(CALLIN, "ORG", S_COUNCIL),
    ent(CALLIN, "COMMITTEE", "Overview and Scrutiny Committee"),
    ent(CALLIN, "COMMITTEE", "Cabinet"),
    ent(CALLIN, "COMMITTEE", "Full Council"),
    ent(CALLIN, "PERSON", "Ambrose Tilley", affiliation=S_COUNCIL, role="Chair"),
    ent(CALLIN, "PERSON", "Henrietta Vosper", affiliation=S_COUNCIL, role="Vice-Chair"),
    ent(CALLIN, "PERSON", "Jubal Akinola", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Carys Lydiard", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Morwenna Price", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Stanislav Horak", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Peregrine Ogunbiyi", affiliation=S_COUNCIL, role="Leader of the Council"),
    ent(CALLIN, "PERSON", "Beatrix Hallworth", affiliation=S_COUNCIL, role="Cabinet Member for Leisure and Culture"),
    ent(CALLIN, "PERSON", "Lucinda Farrow", affiliation=S_COUNCIL, role="Monitoring Officer"),
    ent(CALLIN, "PERSON", "Gideon Vandersteen", affiliation=S_COUNCIL, role="Head of Leisure Services"),
    ent(CALLIN, "PERSON", "Roisin Dunleavy", affiliation=S_COUNCIL, role="Scrutiny Officer"),
    ent(CALLIN, "PERSON", "Tamsin Ormerod", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Neville Brandreth", affiliation=S_COUNCIL, role="Councillor"),
    ent(CALLIN, "PERSON", "Kit Mattock", affiliation="Friends of Scarrow Lido"),
    ent(CALLIN, "PERSON", "Selma Hargreave", affiliation="Northfell University"),
    ent(CALLIN, "ROLE", "Leader of the Council"),
    ent(CALLIN, "ROLE", "Cabinet Member for Leisure and Culture"),
    ent(CALLIN, "ROLE", "Monitoring Officer"),
    ent(CALLIN, "ROLE", "Head of Leisure Services"),
    ent(CALLIN, "ROLE", "Scrutiny Officer"),
    ent(CALLIN, "ORG", "Friends of Scarrow Lido"),
    ent(CALLIN, "ORG", "Harling Park Community Trust"),
    ent(CALLIN, "ORG", "Swim England"),
    ent(CALLIN, "ORG", "Royal Life Saving Society"),
    ent(CALLIN, "ORG", "Aquaforge Engineering", aliases=("Aquaforge",)),
    ent(CALLIN, "ORG", "National Lottery Heritage Fund"),
    ent(CALLIN, "ORG", "Everactive"),
    ent(CALLIN, "ORG", "Northfell University"),
    ent(CALLIN, "PROGRAMME", "Skelbrook Playing Pitch Strategy"),
    ent(CALLIN, "ACRONYM", "PSED", aliases=("Public Sector Equality Duty",)),
    ent(CALLIN, "ACRONYM", "EqIA", aliases=("equality impact assessment",)),
    ent(CALLIN, "GPE", "Dunsop"),
]
CALLIN_PROPS = WordProps("Democratic Services", "Overview and Scrutiny Committee minutes, 3 March 2026",
                         datetime.datetime(2026, 3, 5, 9, 15, 0), revision=2)


def build_callin(path: Path, gold: Gold) -> None:
    """The minutes in Word: each minute a "Heading 2" of its number and title."""
    word_report(path, gold, CALLIN_PROPS, council=S_COUNCIL, title="Overview and Scrutiny Committee",
                subtitle=S_TITLE, front=S_LISTS, heading="Heading 2",
                sections=[(f"{number}. {heading}", paras) for number, heading, paras in S_MINUTES])


DOCS = {CALLIN: (".docx", build_callin)}
ENTITIES = S_ENTITIES
