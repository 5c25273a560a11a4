"""Companies, charities and other bodies whose names have no head noun, typed by what the text
says about them rather than by a list of names:

- a name described in apposition is what the description says ("Example Trails, a small
  firm from Sampleton, …", "Sample Lifeline, a local charity, …", "Example Active, the
  Council's leisure operator, …"): a body, not a person, and a
  name the model did not see at all is found there;
- a firm named for its profession in the plural ("Example Orlwick Valuers", "Sample Ward
  Surveyors") is a body: people are not named in the plural;
- one name, one thing: a name the document types as a body once is a body wherever the model
  took it for a person, and a body listed with two bodies is one too ("X, Example Group plc,
  Y and Sample Outdoor": the model's "person" between companies is a company).

Generic vocabulary only: no company, charity or body is listed here.
"""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, ROLE_WORDS, TITLE_SET, word_set
from councilsearch.extract.entities.shapes import fold, is_place_head

# what a body is called when it is described: "a charity", "the housing association", "a local
# social enterprise", "a family firm", "the incumbent contractor"
BODY_NOUNS = (
    r"charity|charities|firm|company|business|enterprise|contractor|supplier|provider|consultancy|"
    r"association|trust|foundation|society|union|co-?operative|organisation|organization|group|"
    r"regulator|watchdog|agency|body|department|ministry|inspectorate|authority|partnership|"
    r"network|institute|federation|ombudsman|commission|landlord|operator|developer|practice|club"
)
# the description ends the clause or goes on to say more of the body ("that trains …", "from
# Sampleton", "based in …"), not "a company director", "the charity's chief executive"
_ENDS = (
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|whose|who|from|in|of|for|based|with|and|run|set|"
    r"working|providing|offering|serving)\b)"
)
_APPOSITION = re.compile(
    r"((?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’-]*[\w]),[ \t]+(?:a|an|the|its|our)[ \t]+"
    r"(?:[A-Z][\w-]*['’]s[ \t]+)?"  # an owner: "the Council's leisure operator"
    r"(?:(?!(?:of|for|at|to|with|in|on|by|from)\b)[a-z][\w-]*[ \t]+){0,3}(?:" + BODY_NOUNS + r")" + _ENDS,
    re.M,
)
# professions whose plural names a firm ("Example Actuaries", "Sample Architects")
_PROFESSIONS = word_set(
    "actuary solicitor architect surveyor accountant auditor consultant engineer planner associate "
    "partner adviser advisor valuer lawyer contractor builder developer designer landscaper"
)
_NOT_FIRST = COMMON_CAPS | ROLE_WORDS | TITLE_SET | word_set("Councillor Councillors Cllr")
_LEGAL_END = re.compile(r"[ \t]+(?:Limited|Ltd\.?|LLP|plc|PLC|CIC|LLC)$")
_COMMA = re.compile(r"^[ \t]*,[ \t]*$")
_AND = re.compile(r"^[ \t]*,?[ \t]*(?:and|&)[ \t]+(?:the[ \t]+)?$")
_SEP = re.compile(r"^[ \t]*(?:,[ \t]*(?:and|or)?|and|or|&)[ \t]+(?:the[ \t]+)?$")


def _weak_person(c: Cand) -> bool:
    return c.label == "PERSON" and c.priority < 2 and not c.title


def _to_org(c: Cand, name: str | None = None) -> None:
    c.label, c.role, c.affiliation, c.title = "ORG", None, None, None
    if name:
        c.normalised = name


def _firm_by_profession(c: Cand) -> bool:
    words = c.normalised.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and last[:1].isupper() and fold(last) != last.lower() and fold(last) in _PROFESSIONS


def described_bodies(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """Bodies by apposition and by a plural profession (see the module's note); returns the
    candidates, with names the model missed added, in text order."""
    text = ctx.text
    for c in chosen:
        if _weak_person(c) and _firm_by_profession(c):
            _to_org(c)
    added: list[Cand] = []
    for m in _APPOSITION.finditer(text):
        s, e = m.span(1)
        toks = [(s + w.start(), s + w.end(), w.group()) for w in re.finditer(r"\S+", text[s:e])]
        while toks and (toks[0][2] in _NOT_FIRST or ctx.common(toks[0][2])):
            toks.pop(0)  # "The Example Outdoor", "Yesterday Example …": not part of the name
        if not toks:
            continue
        s, words = toks[0][0], [t[2] for t in toks]
        own = [c for c in chosen if c.start < e and s < c.end]
        if any(not (_weak_person(c) or c.label in ("GPE", "ACRONYM")) or c.priority >= 2 for c in own):
            continue  # a name a rule typed (a councillor, a body by its head noun) keeps its type
        if any(c.label == "PERSON" and (c.start < s or c.end > e) for c in own):
            continue
        name = " ".join(words)
        for c in own:
            chosen.remove(c)
        added.append(Cand(s, e, "ORG", name, 2, (s, e)))
    if added:
        chosen = sorted(chosen + added, key=lambda c: (c.start, c.end))
    return chosen


def one_name_one_thing(chosen: list[Cand], ctx: DocContext) -> None:
    """A name typed as a body anywhere is not a person elsewhere; a weak "person" between two
    bodies of a list is a body (in place)."""
    text = ctx.text
    bodies = {c.normalised for c in chosen if c.label == "ORG"}
    bodies |= {_LEGAL_END.sub("", b) for b in bodies}  # "Example Outdoor Ltd" is "Example Outdoor"
    for c in chosen:
        if _weak_person(c) and c.normalised in bodies:
            _to_org(c)
    items = [c for c in chosen if c.label in ("ORG", "PERSON")]
    for i in range(1, len(items) - 1):
        a, c, b = items[i - 1], items[i], items[i + 1]
        if not _weak_person(c) or a.label != "ORG" or b.label != "ORG":
            continue
        if _SEP.match(text[a.end : c.start]) and _SEP.match(text[c.end : b.start]):
            _to_org(c)
    # "works with Example Homes, Sample Living and the Other Group": "Name, Body" read a person
    # from the first two, but the list goes on with a third body, so the first is one of them
    # when its last word is one the document also writes in lower case ("homes"; not "Jane Doe")
    for i in range(len(items) - 2):
        c, a, b = items[i], items[i + 1], items[i + 2]
        if c.label != "PERSON" or c.title or c.role or c.priority > 2 or a.label != "ORG" or b.label != "ORG":
            continue
        last = c.normalised.split()[-1] if c.normalised else ""
        if ctx.common(last) and _COMMA.match(text[c.end : a.start]) and _AND.match(text[a.end : b.start]):
            _to_org(c)


# "Jane Doe (Example Action)": a name in brackets after a person's, with no post in it
_BRACKET_NAME = re.compile(
    r"[ \t]*\([ \t]*(?:(?:the|The)[ \t]+)?([A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&-]*|and|&|of|for|in|on))*)[ \t]*\)"
)
_NOT_BODY_WORDS = ROLE_WORDS | TITLE_SET | word_set(
    "Representative Observer Substitute Trustee Governor Volunteer Resident Guest Speaker Apologies Present "
    "Absent Vacancy Vacant Acting Interim Elect Independent"
)
_COUNCIL_TITLES = word_set("Councillor Councillors Cllr Cllr. CC Alderman Mayor")


def bracketed_bodies(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """ "Present: Jane Doe (Example Action), John Roe (Sample Homes)": the name in brackets after
    a person who is not a councillor (a councillor's bracket holds a party or a post) is the body
    she comes from, when no word of it names a post and it is a name (two words or more, or a
    word the document also uses outside the brackets). Returns the candidates in text order."""
    text = ctx.text
    added: list[Cand] = []
    for p in [c for c in chosen if c.label == "PERSON"]:
        if p.title and set(p.title.split()) & _COUNCIL_TITLES:
            continue
        m = _BRACKET_NAME.match(text, p.occupied[1])
        if not m:
            continue
        s, e = m.span(1)
        words = m.group(1).split()
        parts = [x for w in words for x in w.split("-") if x]
        if words[-1] in ("and", "&", "of", "for", "in", "on") or any(
            x in _NOT_BODY_WORDS or not x[:1].isupper() for x in parts if x not in ("and", "&", "of", "for", "in", "on")
        ):
            continue
        if all(w in COMMON_CAPS or ctx.common(w) for w in words if w[:1].isupper()):
            continue
        if len(words) == 1 and len(re.findall(r"(?<![\w-])" + re.escape(words[0]) + r"(?![\w-])", text)) < 2:
            continue
        own = [c for c in chosen if c.start < e and s < c.end]
        if any(c.label == "ORG" and c.priority >= 2 for c in own) or any(
            c.label in ("ROLE", "PROGRAMME") or (c.label == "PERSON" and c.priority >= 2) for c in own
        ):
            continue
        for c in own:
            chosen.remove(c)
        added.append(Cand(s, e, "ORG", " ".join(words), 2, (s, e)))
    if not added:
        return chosen
    names = {a.normalised for a in added}
    for c in chosen:  # the same name elsewhere, where the model guessed a person or a place
        if c.priority < 2 and c.label in ("PERSON", "GPE") and not c.title and c.normalised in names:
            _to_org(c)
    return sorted(chosen + added, key=lambda c: (c.start, c.end))


# "Ms Jane Doe of Example Planning, the agent, spoke": a name after a person and "of", whose last
# word the document also writes in lower case ("planning", "design"; not a surname or a town)
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’&-]*[ \t]+){1,3}[A-Z][\w'’-]*)(?=[ \t]*(?:[,.;:)]|$))", re.M)
# "Agent:\tExample Planning", "Applicant: Sample Homes Ltd": the party a planning report names
_PARTY_LINE = re.compile(
    r"^[ \t]*(?i:applicant|agent|applicant['’]s[ \t]+agent)[ \t]*:[ \t]*((?:[A-Z][\w'’&-]*[ \t]+){1,4}[A-Z][\w'’-]*)[ \t]*$",
    re.M,
)
_NOT_FIRM_LAST = word_set("village town ward parish division area estate street road lane council")
# the trades firms are named for ("Example Planning", "Sample Developments"), a firm's last word
# even where the document never writes it in lower case
_TRADES = word_set(
    "planning design designs consulting consultancy consultants development developments homes property "
    "properties land estates energy architecture landscape landscapes engineering surveying environmental "
    "heritage ecology transport"
)


def _firm_shaped(words: list[str], ctx: DocContext) -> bool:
    return (
        len(words) >= 2
        and not any(w in _NOT_FIRST for w in words)
        and not ctx.common(words[0])
        and (ctx.common(words[-1]) or words[-1].lower() in _TRADES)
        and words[-1].lower() not in _NOT_FIRM_LAST
        and not is_place_head(words[-1])
    )


def firms_of_people(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """A firm named by its trade after a person ("Ms Jane Doe of Example Planning") or as the
    agent or applicant of a planning report ("Agent: Example Planning"): a body (the person's
    own, for the first), not a person or a place. Returns the candidates in text order."""
    text = ctx.text
    found: list[tuple[int, int, Cand | None]] = []
    for p in chosen:
        if p.label != "PERSON" or (p.title and set(p.title.split()) & _COUNCIL_TITLES):
            continue
        m = _OF_NAME.match(text, p.occupied[1])
        if m and _firm_shaped(m.group(1).split(), ctx):
            found.append((*m.span(1), p))
    found += [(*m.span(1), None) for m in _PARTY_LINE.finditer(text) if _firm_shaped(m.group(1).split(), ctx)]
    added: list[Cand] = []
    for s, e, who in found:
        own = [c for c in chosen if c.start < e and s < c.end]
        if any(c.priority >= 2 or c.label not in ("PERSON", "ORG", "GPE") for c in own):
            continue  # a name a rule typed keeps its type
        name = " ".join(text[s:e].split())
        for c in own:
            chosen.remove(c)
        added.append(Cand(s, e, "ORG", name, 2, (s, e)))
        if who is not None and who.affiliation is None:
            who.affiliation = name
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: (c.start, c.end))
