"""What the entity extractor knows about this domain: titles and post-nominals, officer roles,
the heads of committee, programme and organisation names, and the capitalised words that are
not names. Generic vocabulary only: no body, place or person is named here (bodies and places
come from the shape of their names, the statistical model and the document's own definitions)."""

from __future__ import annotations

import re

TITLES = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr.", "Councillor", "Cllr",
    "Cllr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Professor", "Prof", "Prof.",
    "Rev", "Rev.", "Revd", "Alderman", "Canon", "Archdeacon", "Rabbi", "Imam", "Pastor",
)  # fmt: skip
SUFFIXES = (
    "CC", "OBE", "MBE", "CBE", "DBE", "KBE", "BEM", "MP", "MEP", "JP", "DL", "KC", "QC", "FCA",
    "CPFA", "PhD",
)  # fmt: skip
TITLE_SET = frozenset(TITLES)
# ranks written before a name ("Inspector Jane Doe", "Chief Superintendent John Roe", "Major
# (Retd) John Roe"): the rank is the person's role; "Chief" only before one of them
RANKS = (
    "Inspector", "Superintendent", "Sergeant", "Sgt", "Sgt.", "Constable", "PC", "PCSO", "Detective",
    "Commander", "Lieutenant", "Lt", "Lt.", "Colonel", "Col", "Col.", "Captain", "Capt", "Capt.",
    "Brigadier", "Corporal", "Cpl", "Major",
)  # fmt: skip
RETIRED = ("Retd", "Retd.", "retd", "Rtd", "retired", "Retired")  # "(Retd)" after a rank
RANK_SET = frozenset(RANKS)
SUFFIX_SET = frozenset(SUFFIXES)


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROLE_WORDS = word_set(
    "Chief Executive Director Deputy Assistant Head Leader Lead Member Members Portfolio Holder "
    "Chairman Chair Chairs Vice President Officer Officers Mayor Peer Manager Adviser Advisor "
    "Secretary Treasurer Clerk Practitioner Commissioner Minister Principal Senior Regional"
)
ORG_WORDS = word_set(
    "Council Councils County City Borough District Parish Town Cabinet Committee Commission Board "
    "Panel Programme Service Services Department Association Agency Authority Office Team "
    "Partnership Trust Fund Group"
)
COMMON_CAPS = word_set(
    "The This That These Those A An Our Your Their Its His Her Each Every Any All Some Such No Both "
    "Other Another Many Most Several New Former Previous Whole Please If As At In On By For From "
    "With Within And Or But Of To Out Over Under Into Since Whilst While When Where Which What "
    "Who How Why Although However Further Following Also Including Item Items Agenda Report Minutes "
    "Appendix Appendices Table Figure Email Tel Contact Note Notes Page Pages Key Decision Section "
    "Recommendation Recommendations Paragraph Part Annex Background Summary Introduction Purpose "
    "Yes None Total Meeting Date Time Location Members Staff Peers Officers Councillors Residents "
    "Partners Local Full National Government Budget Policy Phase Stage January February March April "
    "May June July August September October November December Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday Easter Christmas Spring Summer Autumn Winter"
)
NAME_STOP = sorted(ROLE_WORDS | ORG_WORDS | COMMON_CAPS)
PLACE_STOP = sorted(
    COMMON_CAPS
    | ROLE_WORDS
    | frozenset(
        [
            "Council",
            "Councils",
            "County",
            "City",
            "Borough",
            "District",
            "Parish",
            "Town",
            "Metropolitan",
            "Unitary",
            "Combined",
            "Cabinet",
            "Committee",
            "Lead",
            "Partner",
            "Neighbouring",
            "District",
            "Districts",
        ]
    )
)
CONT_STOP = sorted(ROLE_WORDS | TITLE_SET | word_set("Council Borough City County District The"))
MOD_STOP = sorted(COMMON_CAPS | TITLE_SET)
DIRECTIONS = word_set("North South East West Central Mid Greater Upper Lower Great Little Royal")
GENERIC_COUNCIL = word_set(
    "The the County City Borough District Parish Town Metropolitan Unitary Combined Full Council "
    "Councils Local Existing New Shadow Whole"
)

GENERIC_ORG = word_set(
    "County City Borough District Council Councils Local Authority Authorities Government Member "
    "Partner Service Services Department Cross Total National Central"
)
FAC_HEADS = word_set("Hall House Centre Hub Park Library Museum Building Depot Station Court")
COMMITTEE_HEADS = ("Committee", "Commission", "Board", "Panel", "Forum", "Assembly")
ROLE_FIXED = (
    "chief executive", "deputy chief executive", "chief operating officer", "chief finance officer",
    "chief financial officer", "chief legal officer", "monitoring officer", "section 151 officer",
    "s151 officer", "s.151 officer", "deputy s151 officer", "deputy section 151 officer",
    "head of paid service", "leader of the council", "deputy leader", "city mayor", "lead peer",
    "member peer", "officer peer", "senior officer peer", "peer challenge manager", "principal adviser",
    "portfolio holder", "lead member", "cabinet lead member", "cabinet member", "executive member",
    "executive members", "lord mayor", "deputy lord mayor", "deputy mayor", "lord provost",
)  # fmt: skip
ROLE_SINGLE = ("Chairman", "Chair", "Mayor", "Leader", "President", "Director", "Treasurer", "Secretary", "Clerk", "Editor")
ROLE_HEADS = (
    "Officer",
    "Adviser",
    "Advisor",
    "Manager",
    "Peer",
    "Practitioner",
    "Commissioner",
    "Auditor",
    "Accountant",
    "Solicitor",
    "Lawyer",
    "Surveyor",
    "Engineer",
    "Planner",
    "Analyst",
    "Coordinator",
    "Co-ordinator",
    "Administrator",
    "Consultant",
    "Librarian",
    "Clerk",
    # professions that are posts: "Senior Youth Worker", "Educational Psychologist"
    "Worker",
    "Psychologist",
    "Therapist",
    "Nurse",
    "Specialist",
    "Technician",
    "Architect",
    "Actuary",
    "Valuer",
    "Ecologist",
    "Archaeologist",
    # a councillor's brief: "Heritage Member Champion", "Carers Champion"
    "Champion",
    # a post named by the team, group or body it serves: "Example Team Leader", "Panel Secretary"
    "Leader",
    "Secretary",
    "Editor",
)

NAME_RE = r"^(?:[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[A-Z][a-z]+)*|-)$"
INITIAL_RE = r"^[A-Z]\.?$"
CAP_RE = r"^[A-Z][A-Za-z0-9'’.&]*$"
PLACE_RE = r"^[A-Z][a-z][A-Za-z'’]*$"

name_re = re.compile(NAME_RE)
initial_re = re.compile(INITIAL_RE)
lower_word_re = re.compile(r"(?<![\w'’@.-])[a-z][a-z'’]+(?![\w@]|\.\w)")


HYPHEN_LC = word_set("on upon le under de la in by the")
COUNCIL_TYPES = ("Borough", "City", "County", "District", "Metropolitan", "Town", "Parish")


NOT_SURNAMES = word_set(
    "Rd Road Street St Lane Walk Way Close Avenue Drive Library Hall Centre Center Park Parks "
    "Hub House Court Farm Grange Green Square Place Gardens Estate"
)
NAME_STOP_SET = frozenset(NAME_STOP)


def canonical_body(name: str) -> str:
    """One way of writing a body's name: single spaces, no leading "the", no possessive."""
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    return re.sub(r"['’]s$", "", name)
