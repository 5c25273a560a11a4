"""Bodies by what they do: a name with no head noun (an acronym the document never expands, a
one-word name) is an organisation when the text uses it as only a body is used.

Councils' papers name national bodies constantly and rarely spell them out; their shape says
nothing ("XYZA", "Ofexample"), and the small model labels them ORG, GPE or PERSON at random. What
they do in the sentence does: they act ("XYZA has awarded the Council £1m", "the XYZA would
lead", "XYZA ran the pilot", "could require Example Homes to"), own outputs ("the XYZA's annual
report", "an XYZA rating", "XYZA's Example platform"), have volunteers or staff ("XYZA, whose
trustees met"), are acted for or by ("inspected by XYZA", "as adopted across the region
by XYZA", "guidance from the XYZA", "respond to XYZA", "agreed with XYZA") and are listed with
bodies ("with Example Police and XYZA", "neither XYZA nor the Sample Trust"), and stand on
their own after "the" ("leaves the XYZA with a bill", "views came from several bodies, among them
the XYZA."). One such use
types every use of the name in the document.
Generic vocabulary only: no body is listed here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, word_set
from councilsearch.extract.entities.shapes import head_type

# verbs only an agent does: a body or a person, never a plan, a measure or a law. Forms that are
# also plural nouns ("awards", "grants", "issues", "leads") or bare ("lead") count only after an
# auxiliary ("has awarded", "would lead"), since "European awards" and "KPI leads" act on nothing
_AGENT_VERBS = (
    r"said|says|told|tells|announced|announces|published|publishes|issued|awarded|inspected|inspects|rated|"
    r"regulates|regulated|audited|confirmed|confirms|warned|warns|recommended|recommends|wrote|writes|"
    r"consulted|consults|visited|launched|allocated|allocates|commissioned|funded|granted|intervened|"
    r"investigated|investigates|licensed|fined|judged|judges|offered|asked|appointed|upheld|upholds|"
    r"reprimanded|carried[ \t]+out|carries[ \t]+out|objected|objects|welcomed|welcomes|argued|argues|raised|"
    r"supports|responded|commented|requested|expects|investigating|inspecting|auditing|consulting|ran"
)
_AUX_ONLY_VERBS = (
    r"lead|award|grant|issue|fund|inspect|publish|rate|regulate|audit|visit|fine|commission|consult|run|"
    r"require(?=[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}to[ \t])"  # "could require Example Homes to": of a named party
)
_AUX_WORDS = (
    r"has|have|had|will|would|could|can|may|might|must|should|shall|did|does|is|was|also|now|then|"
    r"already|recently|not|jointly|formally|been|to|expected|yet|still|since|once"
)
_AUX = r"(?:(?:" + _AUX_WORDS + r")[ \t]+){0,3}"
_ACTS_AFTER = re.compile(
    r"[ \t]+(?:" + _AUX + r"(?:" + _AGENT_VERBS + r")|(?:(?:" + _AUX_WORDS + r")[ \t]+){1,3}(?:" + _AUX_ONLY_VERBS
    + r"))\b",
    re.I,
)
# "the XYZA's annual report", "XYZA's guidance"; "an XYZA rating", "its XYZA registration"
_OUTPUT = (
    r"reports?|guidance|advice|inspections?|ratings?|registration|reviews?|surveys?|statistics|"
    r"standards|requirements|recommendations|findings|judgements?|consultations?|letters?|funding|"
    r"grants?|offer|chief|chair|inspectors?|officials?|regulations|rules|framework|remit|website|"
    r"index|indices|toolkit|benchmarks?|benchmarking|research|briefings?|"
    r"opinion|response|conference|membership|platform|helpline|software"
)
_OWNS_AFTER = re.compile(r"['’]s[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}(?:" + _OUTPUT + r")\b")
# "XYZA, whose trustees met ...": a body has volunteers, staff and trustees
_WHOSE_PEOPLE = re.compile(
    r",[ \t]+whose[ \t]+(?:[a-z]+[ \t]+)?(?:volunteers|staff|members|trustees|workers|employees|officers|"
    r"advisers|advisors|chair|director|chief[ \t]+executive)\b"
)
# not "rating": "a RAG rating" is a colour code
# "the XYZA's own assessment": with the article, a possessive before a noun (not "the KPI's are")
_THE_OWNS = re.compile(r"\bthe[ \t]+$", re.I)
_OWNS_NOUN_AFTER = re.compile(
    r"['’]s[ \t]+(?!(?:are|is|were|was|have|has|had|will|would|should|must|can|could|may|might|need|needs|"
    r"show|shows|and|or|to|for|in|on|of|at|by|with|that|which|being|been)\b)[a-z]"
)
_ATTRIBUTE_AFTER = re.compile(r"[ \t]+(?:registration|inspections?|inspectors?)\b")
# "the board's RAG rated tracker", "a XYZ funded post": a modifier, not an actor
_MODIFIER_BEFORE = re.compile(r"(?:['’]s|\b(?:a|an|its|their|our|his|her))[ \t]+$", re.I)
# "courses run by XYZA", "a dividend from XYZA", "guidance published by the XYZA", "the framework
# agreed with XYZA", "met staff with the XYZA"
_AGENT_BEFORE = re.compile(
    r"\b(?:(?:run|published|issued|provided|funded|commissioned|inspected|regulated|rated|awarded|audited|"
    r"appointed|recognised|recognized|judged|assessed|accredited|endorsed|designated|employed|operated|owned|"
    r"applied|adopted|agreed|approved|"
    r"registered|licensed|sponsored|administered|allocated|hosted|chaired|led|produced|prepared|set|monitored)"
    # "as adopted across the region by XYZA": a short phrase of place or scope before "by"
    r"(?:[ \t]+(?:in|across|throughout|for|to)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)?[ \t]+by|(?:dividends?|grants?|funding|loans?|guidance|advice|letters?|allocations?|support|money|"
    r"a[ \t]+visit|an[ \t]+inspection|payments?)[ \t]+from|(?:respond(?:ed|s|ing)?|submit(?:ted|s)?|"
    r"demonstrate[ds]?|appl(?:y|ied|ies)|complain(?:ed|s)?|accountable|answerable|report(?:ed|s)?|passed|referred|"
    r"sent|notified)[ \t]+to|"
    r"(?:registered|pilots?|partnerships?|agreements?|contracts?|negotiations|discussions|talks|agreed|"
    r"liais(?:ed|es|ing)|work(?:s|ed|ing)?|(?:met|meets|meeting)(?:[ \t]+(?:them|him|her|us|staff))?)[ \t]+with)"
    r"[ \t]+(?:the[ \t]+)?$",
    re.I,
)
# "led by XYZ timescales": the name modifies the noun after it (a lower-case word that is not a
# preposition, conjunction or relative word)
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:in|on|at|for|and|or|to|with|from|as|since|until|which|who|that|of|by|under|during|"
    r"before|after|this|last|next|each|every|when|where|but|so|because|through|is|are|was|were|has|have|had|"
    r"will|would|could|should|can|may|might|must|did|does)\b)[a-z]"
)
# listed with a body: "Example Police and XYZA", "XYZA, the Council and ..."
_COORD = re.compile(r"^[ \t]*(?:,[ \t]*(?:and|or)?|and|or|nor|&)[ \t]+(?:the[ \t]+)?$")
_AFTER_LISTED = re.compile(r"(?:[ \t]*[,;.:)]|[ \t]+(?:and|or|&)\b|[ \t]*$)")

# "Ofexample" (a one-word name), "DfX", "MoX" (an acronym in mixed case)
_ONE_WORD = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]{3,}[A-Za-z]*|[A-Z][a-z]{1,2}[A-Z][A-Za-z]?)(?![\w&-]|['’][a-rt-z])")
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w&'’-])(?:National|Regional|Central|Royal|United|General|Joint|Northern|Southern|Eastern|Western)"
    r"[ \t]+$"
)
# "its Ofexample report", "an Ofexample rating": what a one-word name's holder publishes about others
_ONE_WORD_OUTPUT = re.compile(r"[ \t]+(?:reports?|ratings?|judgements?|grades?)\b")
# "DfX", "DoX", "MoX": a department's or ministry's initials ("Department for X", "Ministry of X")
_DEPARTMENT = re.compile(r"(?:Df|Do|Mo)[A-Z][A-Za-z]?")
_CAP_BEFORE = re.compile(r"(?<![\w&'’-])([A-Z][\w'’-]*)[ \t]+$")
_WHICH_AFTER = re.compile(r",?[ \t]+which\b")
_NOT_BODIES = word_set("Members Member Officers Councillors Council Cabinet Committee Government Minutes Appendix")


# "XYZA, the countryside charity, said": a body described in apposition
_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?:the|a|an|its)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}(?:charity|body|regulator|watchdog|agency|association|"
    r"trust|organisation|organization|company|department|ministry|inspectorate|authority|partnership|network|"
    r"institute|federation|union|provider|ombudsman|commission)\b"
)


# "the XYZ mid-year estimates", "XYZ data show", "XYZ peer benchmarks": an acronym the document
# never expands, written before what a body publishes about others (estimates, statistics,
# benchmarks, guidance; data or figures that show something), names the body that publishes it
_SOURCE_AFTER = re.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:estimates|statistics|benchmarks|guidance)\b"
    r"|[ \t]+(?:data|figures)[ \t]+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates)\b"
)


# "leaves the XYZA with a bill", "a pilot run jointly with the XYZA, which ...", "among them the XYZA.": an
# acronym of three letters or more, after "the" and before the end of a clause or a word that
# cannot be the noun it would modify, is a name used on its own; an undefined one names a body
# (a plan, a measure or a kind of thing is written before its noun: "the XYZ budget")
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+$", re.I)
_STANDS_ALONE_AFTER = re.compile(
    r"[ \t]*(?:[,;:)]|\.(?!\w)|$)|[ \t]+(?:and|or|an?|the|to|in|on|for|with|is|was|has|have|had|will|would|should|"
    r"must|can|may|might|could|are|were|which|who)\b",
    re.M,
)


def stands_alone(text: str, start: int, end: int) -> bool:
    """Is the undefined acronym at ``text[start:end]`` a name used on its own (see above)?"""
    return (
        end - start >= 3
        and _THE_BEFORE.search(text, max(0, start - 5), start) is not None
        and _STANDS_ALONE_AFTER.match(text, end) is not None
    )


def publishes(text: str, end: int) -> bool:
    """Is the undefined acronym ending at ``end`` the source of what follows it (see above)?"""
    return _SOURCE_AFTER.match(text, end) is not None


def acts_as_body(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` used here as only a body is used?"""
    return bool(
        _APPOSITION_AFTER.match(text, end)
        or _WHOSE_PEOPLE.match(text, end)
        or (_ACTS_AFTER.match(text, end) and not _MODIFIER_BEFORE.search(text, max(0, start - 12), start))
        or _OWNS_AFTER.match(text, end)
        or (_OWNS_NOUN_AFTER.match(text, end) and _THE_OWNS.search(text, max(0, start - 6), start))
        or _ATTRIBUTE_AFTER.match(text, end)
        or (_AGENT_BEFORE.search(text, max(0, start - 60), start) and not _NOUN_AFTER.match(text, end))
    )


def _listed_with_body(text: str, c: Cand, bodies: list[Cand]) -> bool:
    for b in bodies:
        if b.end <= c.start and c.start - b.end <= 12 and _COORD.match(text[b.end : c.start]):
            return bool(_AFTER_LISTED.match(text, c.end) or _ACTS_AFTER.match(text, c.end))
        if c.end <= b.start and b.start - c.end <= 12 and _COORD.match(text[c.end : b.start]):
            # not "XYZ, Example Council led or ...", but "XYZ and the QRS carried out ...": both act
            return bool(_AFTER_LISTED.match(text, b.end) or _ACTS_AFTER.match(text, b.end))
    return False


# "Example England", "Example Wales": a body named for what it does and the nation it serves,
# when the words before the nation are ones the document also writes in lower case ("homes",
# "sport", "historic"): not a place ("North East England", "Sampleton England")
_NATION_BODY = re.compile(r"(?<![\w&'’-])((?:[A-Z][a-z]+[ \t]+){1,3})(?:England|Wales|Scotland)(?![\w&-])")
# "Example England has no objection", "... had nothing to add": the name is a clause's subject
_SUBJECT_AFTER = re.compile(
    r"[ \t]+(?:(?:has|have|had|is|was|will|would|did|does|can|could|may|might|should|must)[ \t]+"
    r"(?:not|no|also|now|already|yet)\b|(?:has|have|had)[ \t]+(?:[a-z]+ed|given|written|taken|made|"
    r"sent|set|run|won|lost|put|held|done|paid|told)\b)"
)  # "... has refused the application": a perfect tense acts (a passive would be "has been …")
_DIRECTIONS = word_set("North South East West Central Mid Greater Upper Lower Great Little Rural Urban The Of")
_COUNCIL_KINDS = word_set("County City Borough District Town Parish Metropolitan Unitary Combined and")


def _council_inside(c: Cand, s: int, e: int) -> bool:
    """ "Example Council England": a council's shape inside a body named for its nation (no local
    council's name ends in a nation)."""
    return s <= c.start and c.end < e and c.normalised.endswith("Council")


def _nation_bodies(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    found: list[Cand] = []
    matches = list(_NATION_BODY.finditer(ctx.text))
    acting = {
        " ".join(m.group().split())
        for m in matches
        if acts_as_body(ctx.text, m.start(), m.end()) or _SUBJECT_AFTER.match(ctx.text, m.end())
    }
    for m in matches:
        words = m.group(1).split()
        if any(w in _DIRECTIONS for w in words):
            continue
        if not all(ctx.common(w) for w in words) and " ".join(m.group().split()) not in acting:
            continue  # "Example England" acts as a body somewhere ("Example England objected")
        s, e = m.span()
        if any(c.priority >= 2 and c.start < e and s < c.end and not _council_inside(c, s, e) for c in chosen):
            continue
        found.append(Cand(s, e, "ORG", " ".join(m.group().split()), 2, (s, e)))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(f.start < c.end and c.start < f.end for f in found)]
    return sorted(kept + found, key=lambda c: (c.start, c.end))


_LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or|&)\s+(?:the\s+)?$")


def _boards_listed_with_bodies(chosen: list[Cand], text: str) -> None:
    """ "brings together the Example Care Board, Example Police and the Example Trust": a board
    listed with two or more bodies (none of them a council) and nothing else is a body too; so is
    an office named for a place the document's councils serve, listed with two bodies or more
    ("the charges of Example County Council, the Example Police Commissioner and Example Fire
    Authority": an office that levies, contracts or is consulted as a body, a corporation sole)."""
    places = {w for c in chosen if c.label == "ORG" and c.normalised.endswith(" Council") for w in c.normalised.split()[:-1]}
    places -= _DIRECTIONS | _COUNCIL_KINDS
    items = [c for c in chosen if c.label in ("ORG", "COMMITTEE", "ROLE")]
    chain: list[Cand] = []
    for c in [*items, None]:
        if c is not None and chain and c.start - chain[-1].end <= 14 and _LIST_SEP.match(text[chain[-1].end : c.start]):
            chain.append(c)
            continue
        boards = [b for b in chain if b.label == "COMMITTEE" and b.normalised.split()[-1:] == ["Board"]]
        offices = [b for b in chain if b.label == "ROLE" and b.normalised.split()[0] in places]
        bodies = [b for b in chain if b.label == "ORG"]
        others = [b for b in chain if b not in boards]
        if (
            boards
            and len(others) >= 2
            and all(o.label == "ORG" and not o.normalised.endswith("Council") for o in others)
        ):
            for b in boards:
                b.label = "ORG"
        if offices and len(bodies) >= 2:
            for b in offices:
                b.label = "ORG"
        chain = [c] if c is not None else []


_ACRONYM_AND = re.compile(r"([A-Z]{2,6})[ \t]+and[ \t]+(?:the[ \t]+)?")


def _split_coordinated(chosen: list[Cand], text: str) -> list[Cand]:
    """ "XYZ and QRS Property Services" is two bodies: an acronym, and a name that starts with
    another and that a head noun makes a body (not "XYZ and Example Services", one department)."""
    out: list[Cand] = []
    for c in chosen:
        m = _ACRONYM_AND.match(text, c.start)
        rest = text[m.end() : c.end].split() if m else []
        if m is None or c.label != "ORG" or not rest or not re.fullmatch(r"[A-Z]{2,6}", rest[0]) or head_type(rest) != "ORG":
            out.append(c)
            continue
        a, b = m.span(1)
        out.append(Cand(a, b, "ORG", m.group(1), c.priority, (a, b)))
        out.append(Cand(m.end(), c.end, "ORG", " ".join(rest), c.priority, (m.end(), c.end)))
    return out


def bodies_by_context(chosen: list[Cand], ctx: DocContext, stop: Iterable[str] = ()) -> list[Cand]:
    """Type the undefined acronyms and one-word names that act as bodies (see the module's
    note): every use of one becomes an ORG. ``chosen`` is the resolved candidates in text order;
    the result is too."""
    chosen = _nation_bodies(chosen, ctx)
    text = ctx.text
    _boards_listed_with_bodies(chosen, text)
    chosen = _split_coordinated(chosen, text)
    stop_words = frozenset(stop) | COMMON_CAPS | _NOT_BODIES
    bodies = [c for c in chosen if c.label == "ORG"]
    # undefined acronyms (the acronym finder gives them as themselves, at the lowest priority)
    bare = [c for c in chosen if c.label == "ACRONYM" and c.priority == 0 and text[c.start : c.end] == c.normalised]
    acting = {c.normalised for c in bare if acts_as_body(text, c.start, c.end) or stands_alone(text, c.start, c.end)}
    for _ in range(3):  # "Example Police, XYZ and QRS": a body found lets the next in the list be one
        acting |= {c.normalised for c in bare if c.normalised not in acting and _listed_with_body(text, c, bodies)}
        new = [c for c in bare if c.normalised in acting and c.label != "ORG"]
        for c in new:
            c.label = "ORG"
        if not new:
            break
        bodies += new
    # the model's untitled "person" listed with a body ("with Example Buses and Sample Coaches to ..."),
    # or described by "which" ("Example Homes, which manages ..."): people are "who"
    for c in chosen:
        if c.label == "PERSON" and c.priority < 2 and not c.title and _WHICH_AFTER.match(text, c.end):
            c.label, c.role = "ORG", None
        weak_person = c.label == "PERSON" and c.priority < 2 and not c.title and not _NOUN_AFTER.match(text, c.end)
        if weak_person and any(
            (b.end <= c.start and c.start - b.end <= 12 and _COORD.match(text[b.end : c.start]))
            or (c.end <= b.start and b.start - c.end <= 12 and _COORD.match(text[c.end : b.start]))
            for b in bodies
            if not b.normalised.endswith("Council")
        ):
            c.label, c.role = "ORG", None
    # one-word names: not a person's, not a common word, free or only the model's guess
    person_words = {w for c in chosen if c.label == "PERSON" for w in c.normalised.split()}
    # a council's place ("funding from Sampleton" is its council's money, not a new body)
    person_words |= {w for c in chosen if c.label == "ORG" and c.normalised.endswith("Council") for w in c.normalised.split()}
    covering = {(c.start, c.end): c for c in chosen}
    uses: dict[str, list[tuple[int, int]]] = {}
    for m in _ONE_WORD.finditer(text):
        w = m.group(1)
        if w in stop_words or w in person_words or ctx.common(w):
            continue
        before = _CAP_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        if before and before.group(1) not in stop_words:
            continue  # "Example Actuary": the last word of a longer name, not a name of its own
        uses.setdefault(w, []).append(m.span(1))
    added: list[Cand] = []
    expanded = {text[c.start : c.end]: c.normalised for c in chosen if c.label == "ORG" and c.normalised != text[c.start : c.end]}
    # the spans by start with the furthest end so far: a use that no span starting at or before it
    # reaches past is inside none (most are; only the others are checked one by one)
    spans_by_start = sorted((c.start, c.end) for c in chosen)
    starts = [a for a, _ in spans_by_start]
    reach = list(accumulate((b for _, b in spans_by_start), max))
    for w, spans in uses.items():
        free = []
        for s, e in spans:
            own = covering.get((s, e))
            k = bisect_right(starts, s)
            inside = bool(k) and reach[k - 1] >= e and any(
                c.start <= s and e <= c.end and (c.start, c.end) != (s, e) for c in chosen
            )
            if inside or (own is not None and own.priority > 1):
                continue  # part of a longer name, or typed by a rule
            free.append((s, e, own))
        probe = [Cand(s, e, "ORG", w, 1, (s, e)) for s, e, _ in free]
        if not (
            _DEPARTMENT.fullmatch(w)
            or any(
                acts_as_body(text, p.start, p.end) or _listed_with_body(text, p, bodies) or _ONE_WORD_OUTPUT.match(text, p.end)
                for p in probe
            )
        ):
            continue
        for s, e, own in free:
            adj = _ADJECTIVE_BEFORE.search(text, max(0, s - 16), s)
            if adj:  # "National Examplers": the adjective is part of the name
                s = adj.start()
                added.append(Cand(s, e, "ORG", " ".join(text[s:e].split()), 1, (s, e)))
                if own is not None:
                    chosen.remove(own)
            elif own is not None:
                if own.label != "ORG":  # a body already (typed by its expansion) keeps its name
                    own.label, own.normalised = "ORG", w
            else:  # a use the acronym finder missed ("DfX's") takes the expansion found elsewhere
                added.append(Cand(s, e, "ORG", expanded.get(w, w), 1, (s, e)))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: (c.start, c.end))
