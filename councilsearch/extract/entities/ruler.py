"""The spaCy pipeline of entities.v1: the small English model without the components NER does
not need, and an EntityRuler placed before the statistical NER, whose patterns know this
domain (bodies, places, titled people, roles, committees, programmes)."""

from __future__ import annotations

import threading
from typing import Any

from councilsearch.extract.entities.domain import (
    ALIASES,
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
    PLACES,
    PROGRAMME_HEADS,
    ROLE_FIXED,
    ROLE_HEADS,
    ROLE_SINGLE,
    SUFFIXES,
    TITLES,
    word_set,
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
_ROLE_STARTERS = word_set("Deputy Assistant Chief Director Head Senior Interim Acting")
_PLACE_CONT_RE = r"^(?:[A-Z][a-z][A-Za-z'’]*|-|on|upon|le|under|de|la|in|by|the|and)$"


def _ruler_patterns() -> list[dict[str, Any]]:
    """Patterns for the EntityRuler. Phrases are matched on LOWER; token patterns are kept few
    and broad (the Matcher's cost grows with the number of patterns), and what they match is
    checked and trimmed afterwards in ``from_ruler``."""
    pats: list[dict[str, Any]] = []

    def add(label: str, pattern: Any, pid: str) -> None:
        pats.append({"label": label, "pattern": pattern, "id": pid})

    # phrases: bodies, places, fixed roles and committees
    for surface, canon in ALIASES.items():
        add("ORG", surface, f"body:{canon}")
    for place_name in PLACES:
        add("GPE", place_name, "place")
    for phrase in ROLE_FIXED:
        add("ROLE", phrase, "role")
    for phrase in ("Cabinet", "Full Council", "Scrutiny Commission", "Overview and Scrutiny"):
        add("COMMITTEE", phrase, "committee")

    # councils: Place[-on-Place] [and Place] [Borough|City|County|...] Council
    place = {"TEXT": {"REGEX": PLACE_RE, "NOT_IN": PLACE_STOP}}
    place_cont = {"TEXT": {"REGEX": _PLACE_CONT_RE, "NOT_IN": PLACE_STOP}, "OP": "*"}
    ctype = {"ORTH": {"IN": list(COUNCIL_TYPES)}, "OP": "*"}
    add("ORG", [place, place_cont, ctype, {"ORTH": "Council"}], "council")
    add(
        "ORG",
        [
            {"ORTH": {"IN": ["London", "Royal"]}},
            {"ORTH": "Borough"},
            {"ORTH": "of"},
            place,
            place_cont,
            {"ORTH": "Council", "OP": "?"},
        ],
        "council-of",
    )

    # people with a title: Mr. D. Harrison CC, Councillor Nazia Rehman, Baroness Grey-Thompson
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

    # roles: single words, "Director of X, Y and Z", "… Adviser"
    add("ROLE", [{"ORTH": {"IN": list(ROLE_SINGLE)}}], "role")
    add("ROLE", [{"ORTH": "Vice"}, {"ORTH": "-", "OP": "?"}, {"ORTH": {"IN": ["Chairman", "Chair"]}}], "role")
    w = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": CONT_STOP}, "OP": "+"}
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
    for cont in conts:
        add("ROLE", [*head, {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}, *cont], "role")
        if len(cont) > 1:
            add("ROLE", [*head, comma, *cont], "role")
            add("ROLE", [*head, {"ORTH": "("}, *cont, {"ORTH": ")"}], "role")
    role_stop = sorted(set(MOD_STOP) | set(ROLE_HEADS) | _ROLE_STARTERS)
    first = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": sorted(set(MOD_STOP) | set(ROLE_HEADS))}}
    add(
        "ROLE",
        [
            first,
            {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&)$", "NOT_IN": role_stop}, "OP": "*"},
            {"ORTH": {"IN": list(ROLE_HEADS)}},
        ],
        "role-h",
    )

    # committees and boards; programmes, schemes, funds, strategies
    mod = {"TEXT": {"REGEX": CAP_RE, "NOT_IN": MOD_STOP}}
    ccont = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&)$", "NOT_IN": MOD_STOP}, "OP": "*"}
    add("COMMITTEE", [mod, ccont, {"ORTH": {"IN": list(COMMITTEE_HEADS)}}], "committee")
    add(
        "COMMITTEE",
        [
            {"ORTH": {"IN": ["Corporate", "Senior", "Executive", "Extended"]}, "OP": "*"},
            {"ORTH": {"IN": ["Leadership", "Management"]}},
            {"ORTH": "Team"},
        ],
        "committee",
    )
    pcont = {
        "TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&|in|for|of|to)$", "NOT_IN": MOD_STOP},
        "OP": "*",
    }
    add("PROGRAMME", [mod, pcont, {"ORTH": {"IN": list(PROGRAMME_HEADS)}}], "programme")
    return pats


_NLP: Any = None
_NLP_LOCK = threading.Lock()


def add_ruler(nlp: Any) -> Any:
    """Add the entities.v1 EntityRuler to ``nlp`` (before its "ner"), if it is not there yet."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    where: dict[str, str] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": False, "validate": False, "phrase_matcher_attr": "LOWER"},
        **where,
    )
    ruler.add_patterns(_ruler_patterns())
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
