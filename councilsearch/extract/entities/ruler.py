"""The spaCy pipeline of the entity extractor: the small English model without the components
NER does not need, and an EntityRuler placed before the statistical NER, whose patterns know
the shapes of this domain's names (councils, titled people, roles, committees, and names
headed by an organisation or programme noun: "… Agency", "Bank of …", "… Review")."""

from __future__ import annotations

import threading
from typing import Any

from councilsearch.extract.entities.domain import (
    CAP_RE,
    COMMITTEE_HEADS,
    CONT_STOP,
    COUNCIL_TYPES,
    INITIAL_RE,
    MOD_STOP,
    NAME_RE,
    NAME_STOP,
    PLACE_RE,
    PLACE_STOP,
    RANKS,
    RETIRED,
    ROLE_FIXED,
    ROLE_HEADS,
    ROLE_SINGLE,
    SUFFIXES,
    TITLES,
    word_set,
)
from councilsearch.extract.entities.flags import as_lexeme_flags
from councilsearch.extract.entities.shapes import (
    DESCRIPTOR_HEADS,
    FINAL_ONLY_HEADS,
    LEGAL_FORMS,
    OF_HEADS,
    PROGRAMME_HEADS,
    fold,
    head_words,
)
from councilsearch.extract.nlp import load_pipeline

RULER_NAME = "councilsearch_ruler"
# components this extractor never needs
UNUSED = (
    "parser",
    "tagger",
    "attribute_ruler",
    "lemmatizer",
    "senter",
    "morphologizer",
    "trainable_lemmatizer",
)

_ROLE_OF_MODS = (
    "Assistant",
    "Deputy",
    "Strategic",
    "Corporate",
    "Executive",
    "Cabinet",
    "Portfolio",
    "Lead",
    "Interim",
    "Acting",
)
_ROLE_OF_HEAD_WORDS = (
    "Director",
    "Head",
    "Holder",
    "Member",
    "Members",
    "Chair",
    "Chairman",
    "Leader",
    "Minister",
    "Secretary",
)
# words that never start or continue a name headed by a noun (determiners, prepositions,
# document furniture, titles, and the council's own words, which have a pattern of their own)
NAMED_STOP = sorted(
    set(TITLES)
    | (set(RANKS) - {"Major"})  # "Major Projects Board" is a name headed by a noun
    | word_set(
        "The This That These Those A An Our Your Their Its His Her Each Every Any All Some Such No "
        "Both Other Another Many Most Several If As At In On By For From With Within And Or But Of "
        "To Out Over Under Into Since Whilst While When Where Which What Who How Why Although "
        "However Further Following Also Including Item Items Agenda Appendix Appendices Table "
        "Figure Email Tel Contact Note Notes Page Pages Section Paragraph Part Annex Yes None "
        "Council Councils Councillor Councillors Members Officers Staff Residents Partners "
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    )
)
_ROLE_STARTERS = word_set("Deputy Assistant Chief Director Head Senior Interim Acting")
_ROLE_FIELDS = word_set("Policy Budget Partners Government Staff Key")
# no "the": "the Example Borough of Sample and the Royal Borough of Other" is two councils
_PLACE_CONT_RE = r"^(?:[A-Z][a-z][A-Za-z'’]*|-|on|upon|le|under|de|la|in|by|and)$"


def _ruler_patterns() -> list[dict[str, Any]]:
    """Patterns for the EntityRuler. Phrases are matched on LOWER; token patterns are kept few
    and broad (the Matcher's cost grows with the number of patterns), and what they match is
    checked and trimmed afterwards in ``from_ruler``."""
    pats: list[dict[str, Any]] = []

    def add(label: str, pattern: Any, pid: str) -> None:
        pats.append({"label": label, "pattern": pattern, "id": pid})

    # phrases: fixed roles and committees
    for phrase in ROLE_FIXED:
        add("ROLE", phrase, "role")
    for phrase in ("Cabinet", "Full Council", "Scrutiny Commission", "Overview and Scrutiny"):
        add("COMMITTEE", phrase, "committee")

    # councils: Place[-on-Place] [and Place] [Borough|City|County|...] Council
    place = {"TEXT": {"REGEX": PLACE_RE, "NOT_IN": PLACE_STOP}}
    place_cont = {"TEXT": {"REGEX": _PLACE_CONT_RE, "NOT_IN": PLACE_STOP}, "OP": "*"}
    ctype = {"ORTH": {"IN": list(COUNCIL_TYPES)}, "OP": "*"}
    add("ORG", [place, place_cont, ctype, {"ORTH": "Council"}], "council")
    # "To: County Council", "for approval by City Council": the meeting of all members
    add("COMMITTEE", [{"ORTH": {"IN": list(COUNCIL_TYPES)}}, {"ORTH": "Council"}], "council-meeting")
    add(
        "ORG",
        [
            place,
            {"ORTH": "Borough"},
            {"ORTH": "of"},
            place,
            place_cont,
            {"ORTH": "Council", "OP": "?"},
        ],
        "council-of",
    )

    # "East Example of Exampleshire Council", "City of Example Council"
    add("ORG", [place, place_cont, {"ORTH": "of"}, place, place_cont, {"ORTH": "Council"}], "council-of")

    # people with a title: Mr. J. Example CC, Councillor Jane Sample, Baroness Example-Sample
    add(
        "PERSON",
        [
            {"ORTH": {"IN": list(TITLES)}, "OP": "+"},
            {"TEXT": {"REGEX": INITIAL_RE}, "OP": "*"},
            {"TEXT": {"REGEX": NAME_RE, "NOT_IN": NAME_STOP}, "OP": "+"},
            {"ORTH": {"IN": list(SUFFIXES)}, "OP": "*"},
        ],
        "person",
    )

    # people after a rank: "Inspector Jane Doe", "Chief Superintendent John Roe"
    add(
        "PERSON",
        [
            {"ORTH": "Chief", "OP": "?"},
            {"ORTH": {"IN": list(RANKS)}, "OP": "+"},
            {"ORTH": "(", "OP": "?"},
            {"ORTH": {"IN": list(RETIRED)}, "OP": "?"},
            {"ORTH": ")", "OP": "?"},
            {"TEXT": {"REGEX": INITIAL_RE}, "OP": "*"},
            {"TEXT": {"REGEX": NAME_RE, "NOT_IN": NAME_STOP}, "OP": "+"},
        ],
        "person-rank",
    )

    # roles: single words, "Director of X, Y and Z", "… Adviser"
    add("ROLE", [{"ORTH": {"IN": list(ROLE_SINGLE)}}], "role")
    add("ROLE", [{"ORTH": "Vice"}, {"ORTH": "-", "OP": "?"}, {"ORTH": {"IN": ["Chairman", "Chair"]}}], "role")
    w = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": CONT_STOP}, "OP": "+"}
    # "Head of Children's Services": a possessive inside the field, after a word of it
    wp = [{"TEXT": {"REGEX": CAP_RE, "NOT_IN": CONT_STOP}}, {"TEXT": {"REGEX": CAP_POSS_RE, "NOT_IN": CONT_STOP}, "OP": "*"}]
    conj = {"LOWER": {"IN": ["and", "&"]}}
    comma = {"ORTH": ","}
    conts: list[list[dict[str, Any]]] = [
        [w],
        [w, conj, w],
        [w, comma, w, conj, w],
        [w, comma, w, comma, w, conj, w],
    ]
    head: list[dict[str, Any]] = [
        {"ORTH": {"IN": list(_ROLE_OF_MODS)}, "OP": "*"},
        {"ORTH": {"IN": list(_ROLE_OF_HEAD_WORDS)}},
    ]
    add("ROLE", [*head, {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}, *wp], "role")
    for cont in conts:
        add("ROLE", [*head, {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}, *cont], "role")
        # "Head of Example Services (Adults)": a qualifier in brackets is part of the post
        add("ROLE", [*head, {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}, *cont,
                     {"ORTH": "("}, w, {"ORTH": ")"}], "role")
        if len(cont) > 1:
            add("ROLE", [*head, comma, *cont], "role")
            add("ROLE", [*head, {"ORTH": "("}, *cont, {"ORTH": ")"}], "role")
    # nouns that are common capitals elsewhere but name a post's field: "Planning Policy Manager"
    for cont in conts:  # "Secretary of State for Example Affairs"
        add("ROLE", [{"ORTH": "Secretary"}, {"LOWER": "of"}, {"ORTH": "State"}, {"LOWER": "for"}, *cont], "role")
    role_stop = sorted((set(MOD_STOP) - _ROLE_FIELDS) | set(ROLE_HEADS) | _ROLE_STARTERS)
    first = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": sorted(set(MOD_STOP) | set(ROLE_HEADS))}}
    add(
        "ROLE",
        [
            first,
            # "Young People's Harbour Adviser": a possessive inside the post's name
            {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&|['’]s)$", "NOT_IN": role_stop}, "OP": "*"},
            {"ORTH": {"IN": list(ROLE_HEADS)}},
        ],
        "role-h",
    )
    # "Audit Engagement Lead": "Lead" heads a post only as its last word ("Lead Practitioner" goes on)
    add("ROLE", [first, {"TEXT": {"REGEX": CAP_RE, "NOT_IN": role_stop}, "OP": "+"}, {"ORTH": "Lead"}], "role-h")
    # "Revenues Finance Business Partner", "Key Audit Partner": a partner is a post only as a business or
    # audit partner (a "Delivery Partner" is a body)
    add("ROLE", [{"TEXT": {"REGEX": CAP_RE, "NOT_IN": role_stop}, "OP": "*"}, {"ORTH": {"IN": ["Business", "Audit"]}},
                 {"ORTH": "Partner"}], "role-h")
    # "Clinical Director", "Finance Director": a director named by a field before the word
    add("ROLE", [first, {"TEXT": {"REGEX": CAP_RE, "NOT_IN": role_stop}, "OP": "*"}, {"ORTH": "Director"}], "role-h")
    # "Consultant in Example Health", "Senior Lecturer in Law": a post in a field
    add(
        "ROLE",
        [
            {"TEXT": {"REGEX": CAP_RE, "NOT_IN": sorted(set(MOD_STOP) | set(ROLE_HEADS))}, "OP": "*"},
            {"ORTH": {"IN": list(ROLE_HEADS)}},
            {"ORTH": "in"},
            {"TEXT": {"REGEX": r"^[A-Z][a-z]+$", "NOT_IN": role_stop}, "OP": "+"},
        ],
        "role-in",
    )

    # committees and boards; programmes, schemes, funds, strategies
    mod = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": MOD_STOP}}
    # "Example Allotment Holders' Association": a plural possessive is a token of its own ("'")
    ccont = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&|['’])$", "NOT_IN": MOD_STOP}, "OP": "*"}
    add("COMMITTEE", [mod, ccont, {"ORTH": {"IN": list(COMMITTEE_HEADS)}}], "committee")
    # "Example Scrutiny Sub-Committee", "Sample Sub-Panel": the hyphen is a token of its own
    add("COMMITTEE", [mod, ccont, {"ORTH": "Sub"}, {"ORTH": "-"}, {"ORTH": {"IN": list(COMMITTEE_HEADS)}}], "committee")
    # "Children's Services Scrutiny Committee": an irregular plural's possessive opens the name
    owners = [{"TEXT": {"REGEX": CAP_RE, "NOT_IN": MOD_STOP}, "OP": "?"}, {"ORTH": {"IN": ["Children", "People", "Women", "Men"]}},
              {"ORTH": {"IN": ["'s", "’s"]}}, ccont]
    add("COMMITTEE", [*owners, {"ORTH": {"IN": list(COMMITTEE_HEADS)}}], "committee")
    add("COMMITTEE", [*owners, {"ORTH": "Sub"}, {"ORTH": "-"}, {"ORTH": {"IN": list(COMMITTEE_HEADS)}}], "committee")
    add(
        "COMMITTEE",
        [
            {"ORTH": {"IN": ["Corporate", "Senior", "Executive", "Extended"]}, "OP": "*"},
            {"ORTH": {"IN": ["Leadership", "Management"]}},
            {"ORTH": "Team"},
        ],
        "committee",
    )
    # names headed by an organisation or programme noun, in any case and number:
    # "Example Flood Agency", "Harbour Review", "Homes for Example Programme", "CAPITAL PLAN"
    heads = head_words()
    nmod = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": NAMED_STOP}}
    ncont = {
        "TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&-]*|and|&|in|for|of|to|on|['’]s?)$", "NOT_IN": NAMED_STOP},
        "OP": "*",
    }
    add("ORG", [nmod, ncont, {"LOWER": {"IN": heads}}], "named")
    # "Members' Allowances Scheme", "Residents' Parking Strategy": a plural possessive of people
    # (words that open no name alone) is the name's first word
    add("ORG", [{"ORTH": {"IN": list(_PEOPLE_PLURALS)}}, {"ORTH": {"IN": ["'", "’"]}}, ncont,
                {"LOWER": {"IN": heads}}], "named")
    # "Council Tree Planting Scheme", "Council Housing Programme": the council's own programme, named
    # with "Council" as its first word (which starts no other named body: that is a council's shape)
    add("ORG", [{"ORTH": "Council"}, nmod, ncont, {"LOWER": {"IN": [h for h in heads if fold(h) in PROGRAMME_HEADS or h in PROGRAMME_HEADS]}}], "named")
    # "Example Lyle Partners LLP", "Sample Group plc": before a legal form every capitalised word is
    # the company's, even one that is a common capital elsewhere ("Partners", "Services")
    legal_cont = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&-]*|and|&)$", "NOT_IN": _LEGAL_STOP}, "OP": "*"}
    # "... Services Ltd." at a sentence's end is one token: the form with its dot
    add("ORG", [nmod, legal_cont, {"LOWER": {"IN": sorted(LEGAL_FORMS | {f + "." for f in LEGAL_FORMS})}}], "named")
    # "the Example Renewal reforms", "a Sample Burdens grant": a name used before a lower-case
    # word for a programme is a programme's name
    add("ORG", [nmod, ncont, {"ORTH": {"IN": sorted(DESCRIPTOR_HEADS)}}], "named")
    # "the" only after "for" ("Services for the Example Programme"), never after
    # "and" ("the Bank of Example and the Institute …" is two names)
    the = [{"LOWER": "for"}, {"LOWER": "the"}, {**nmod, "OP": "+"}]
    add("ORG", [nmod, ncont, *the, {"LOWER": {"IN": heads}}], "named")
    # "X of/for Y": "Bank of Atlantis", "Institute for Coastal Studies", "Department for A, B and C"
    cap_head = {"TEXT": {"REGEX": r"^[A-Z]"}, "LOWER": {"IN": [h for h in heads if h not in FINAL_ONLY_HEADS] + sorted(OF_HEADS)}}
    for cont in conts:
        add("ORG", [{**nmod, "OP": "*"}, cap_head, {"LOWER": {"IN": ["of", "for"]}}, *cont], "named-of")
    return pats


_PEOPLE_PLURALS = word_set("Members Councillors Officers Staff Residents Partners Tenants Carers Users")
_LEGAL_STOP = sorted(set(TITLES) | word_set("The This That These Those A An Our Their Its And Or Of To From With By For"))
CAP_POSS_RE = r"^(?:[A-Z][A-Za-z0-9'’.&]*|['’]s?)$"
_NLP: Any = None
_NLP_LOCK = threading.Lock()


def add_ruler(nlp: Any) -> Any:
    """Add the entity EntityRuler to ``nlp`` (before its "ner"), if it is not there yet."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    where: dict[str, str] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": False, "validate": False, "phrase_matcher_attr": "LOWER"},
        **where,
    )
    ruler.add_patterns(as_lexeme_flags(nlp.vocab, _ruler_patterns()))
    return nlp


def build_nlp(name: str | None = None) -> Any:
    """Load the spaCy pipeline (default: the one ``COUNCILSEARCH_SPACY`` names) with only what
    NER needs, plus the domain EntityRuler."""
    nlp = load_pipeline(UNUSED, name)
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if not any(c in nlp.pipe_names for c in listeners):
            nlp.remove_pipe("tok2vec")  # en_core_web_sm's NER has its own embedding layer
    return add_ruler(nlp)


def get_nlp() -> Any:
    """The pipeline, loaded once per process."""
    global _NLP
    if _NLP is None:
        with _NLP_LOCK:
            if _NLP is None:
                _NLP = build_nlp()
    return _NLP
