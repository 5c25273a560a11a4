"""A twenty-first held-out entity document (issue 17 item 1), of a twenty-seventh invented
council, written 2026-12-07 (eighth session) after entities.v8 and before any further change:
an Armed Forces Covenant annual report written in Word (cover rows, a table of partners with a
named contact each, ranks and retired ranks as titles, a veterans' hub and a memorial fund named
after people, a breakfast club and a veterans' group with no head noun, national charities by
initials and by three words with no head noun, a national health service programme, a barracks
named after a person, a post with no holder, a signature). Invented council, people, places and
local bodies; the national bodies are real ones that no other corpus or gold set of the project
names."""

from __future__ import annotations

import datetime
from pathlib import Path

from flow import Gold
from goldkit import ent
from reportkit import WordProps, word_report

COVENANT = "sandmoor-armed-forces-covenant-annual-report-2026-03-24"
S_COUNCIL = "Sandmoor District Council"
S_FRONT = [
    ("Report to:", "Communities Scrutiny Committee"),
    ("Date:", "24 March 2026"),
    ("Report of:", "Councillor Evelyn Tregunna, Armed Forces Member Champion"),
    ("Author:", "Tomasz Wilk, Community Partnerships Officer"),
]
S_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "1.1 This report sets out what the Council and its partners have done in 2025 to meet the Armed "
        "Forces Covenant in Sandmoor, home to 1,900 serving personnel at Carrowby Barracks.",
    ]),
    ("2. Partners", [
        "2.1 The Covenant is delivered with the partners below, who meet as the Sandmoor Covenant Forum.",
        "TABLE",
        "2.2 The Forum is chaired by Lieutenant Colonel Aldous Winstanley, Commanding Officer at Carrowby "
        "Barracks. The post of Forum Secretary has been vacant since October.",
    ]),
    ("3. Housing and health", [
        "3.1 Veterans leaving the forces are given priority on the housing register. Twelve households were "
        "housed through the Harriet Clegg Veterans' Hub, which also hosts Help for Heroes advice sessions.",
        "3.2 GP practices in Sandmoor now refer veterans to Op Courage, the NHS mental health service for "
        "veterans. Dr Marisol Ferreira-Lund of Sandmoor Primary Care Network leads this work.",
    ]),
    ("4. Grants", [
        "4.1 The Walter Prideaux Memorial Fund gave £6,500 to Brew and Banter, a breakfast club for veterans "
        "in Oxley Green, and to Sandmoor Old Comrades.",
    ]),
]
S_TABLE = [
    ("Partner", "Contact"),
    ("SSAFA Sandmoor", "Major (Retd) Cedric Orchardson"),
    ("Royal British Legion", "Glenda Ashcroft"),
    ("Sandmoor Old Comrades", "Sgt (Retd) Barry Tolland"),
    ("Carrowby Barracks Welfare Office", "Captain Priya Seetharam"),
    ("Brew and Banter", "Owain Pritchard"),
]
S_TAIL = [
    "Signed: Evelyn Tregunna, Armed Forces Member Champion",
]

S_ENTITIES = [
    ent(COVENANT, "ORG", S_COUNCIL),
    ent(COVENANT, "COMMITTEE", "Communities Scrutiny Committee"),
    ent(COVENANT, "COMMITTEE", "Sandmoor Covenant Forum"),
    ent(COVENANT, "PERSON", "Evelyn Tregunna", affiliation=S_COUNCIL, role="Armed Forces Member Champion"),
    ent(COVENANT, "PERSON", "Tomasz Wilk", affiliation=S_COUNCIL, role="Community Partnerships Officer"),
    ent(COVENANT, "PERSON", "Aldous Winstanley", affiliation="Carrowby Barracks", role="Commanding Officer"),
    ent(COVENANT, "PERSON", "Marisol Ferreira-Lund", affiliation="Sandmoor Primary Care Network"),
    ent(COVENANT, "PERSON", "Cedric Orchardson", affiliation="SSAFA Sandmoor"),
    ent(COVENANT, "PERSON", "Glenda Ashcroft", affiliation="Royal British Legion"),
    ent(COVENANT, "PERSON", "Barry Tolland", affiliation="Sandmoor Old Comrades"),
    ent(COVENANT, "PERSON", "Priya Seetharam", affiliation="Carrowby Barracks Welfare Office"),
    ent(COVENANT, "PERSON", "Owain Pritchard", affiliation="Brew and Banter"),
    ent(COVENANT, "ROLE", "Armed Forces Member Champion"),
    ent(COVENANT, "ROLE", "Community Partnerships Officer"),
    ent(COVENANT, "ROLE", "Commanding Officer"),
    ent(COVENANT, "ROLE", "Forum Secretary"),
    ent(COVENANT, "PROGRAMME", "Armed Forces Covenant", aliases=("Covenant",)),
    ent(COVENANT, "PROGRAMME", "Op Courage"),
    ent(COVENANT, "PROGRAMME", "Walter Prideaux Memorial Fund"),
    ent(COVENANT, "ORG", "SSAFA Sandmoor"),
    ent(COVENANT, "ORG", "Royal British Legion"),
    ent(COVENANT, "ORG", "Sandmoor Old Comrades"),
    ent(COVENANT, "ORG", "Carrowby Barracks Welfare Office"),
    ent(COVENANT, "ORG", "Brew and Banter"),
    ent(COVENANT, "ORG", "Harriet Clegg Veterans' Hub"),
    ent(COVENANT, "ORG", "Help for Heroes"),
    ent(COVENANT, "ORG", "NHS"),
    ent(COVENANT, "ORG", "Sandmoor Primary Care Network"),
    ent(COVENANT, "GPE", "Sandmoor"),
    ent(COVENANT, "GPE", "Oxley Green"),
]
COVENANT_PROPS = WordProps("Community Partnerships", "Armed Forces Covenant annual report 2025",
                           datetime.datetime(2026, 3, 16, 11, 5, 0), revision=2)


def build_covenant(path: Path, gold: Gold) -> None:
    word_report(path, gold, COVENANT_PROPS, council=S_COUNCIL, title="Armed Forces Covenant: Annual Report 2025",
                front=S_FRONT, sections=S_SECTIONS, tables=[S_TABLE], tail=S_TAIL,
                bold_row=lambda k, _row: k == 0)


DOCS = {COVENANT: (".docx", build_covenant)}
ENTITIES = S_ENTITIES
