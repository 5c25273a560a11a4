"""A person's post and body stated in the sentence around the name, in the ways English gives
them beyond "Name, Post, Body" (``people._after_chain``):

- a post *of* or *at* a body in apposition: "Jane Doe, Managing Director of Example Grounds
  Ltd, said", "John Roe, youth worker at Sample Youth Hub," (the post is the words before the
  preposition, the body a body the document names; a post that swallowed the body, "Director
  of Example Grounds", is cut back to the post);
- the body a person speaks for: "Jane Doe, speaking for Example Park Users,", "John Roe spoke
  in objection on behalf of Sample Parish Council", "Ann Poe, for Example Tool Library, will
  speak" (a name there that nothing else typed is a body; "the Trust" is the Trust named before);
- a back-reference to the body just named: "... the Example Trust. Its director, Jane Doe,
  asked ..." (the post is the person's; the body the first one named in the sentence before),
  and "the Example Forum, whose chair, Jane Doe, said" (the body named right before "whose");
- the chair of a body: "the Example Forum, chaired by Jane Doe," (the name after "chaired by" is
  a person, whatever the model made of it);
- a body in brackets after a list of councillors is every one's: "Councillors Jane Doe and
  John Roe (Example District Council); Councillors ...".
"""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import DIRECTIONS, GENERIC_COUNCIL, NAME_STOP_SET, RANK_SET
from councilsearch.extract.entities.evidence import is_post
from councilsearch.extract.entities.names import normalise_role
from councilsearch.extract.entities.shapes import LEGAL_FORMS, fold, head_type, last_head_type

_BODY_LABELS = ("ORG", "FAC")
# the head of a council's own team or department: "Director of Example Services" names a post
_TEAM_HEADS = frozenset({"service", "team", "unit", "directorate", "department", "division", "section"})
# the end of an apposition: a comma, semicolon, bracket, line end or a sentence's full stop
_CLAUSE = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?([^,;()\n]{3,110}?)[ \t]*(?=[,;)\n]|\.(?:\s|$)|$)")
_PREP = re.compile(r"[ \t]+(?:of|at|with)[ \t]+(?:the[ \t]+)?")
_SPEAKS_FOR = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:(?:who[ \t]+)?(?:spoke|speaking|speaks|spoken|appeared|appearing)"
    r"(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:for|on[ \t]+behalf[ \t]+of)|representing|on[ \t]+behalf[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?"
)
_COMMA_FOR = re.compile(r",[ \t]*for[ \t]+(?:the[ \t]+)?")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|and|&|on|the|[A-Z][\w'’.-]*)){0,6}")
_ITS = re.compile(r"(?:^|(?<=[.;:])[ \t]+|\n|,[ \t]+and[ \t]+)[ \t]*(?:Its|its|Their|their)[ \t]+"
                  r"((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+),[ \t]*$")
# "the Example Forum, whose chair, Jane Doe, said": the body is the name right before "whose"
_WHOSE = re.compile(r",[ \t]+whose[ \t]+((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+),[ \t]*$")
# "the Example Forum, chaired by Jane Doe,", "the Example Group is chaired by John Roe": the name
# after "chaired by" is the chair of the body before it
_CHAIRED_BY = re.compile(
    r"(?:,[ \t]+(?:which[ \t]+is[ \t]+)?|[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be)[ \t]+)"
    r"chaired[ \t]+by[ \t]+"
)
# "the Example Forum, whose chair, Jane Doe, said", "... Forum. Its chair, Jane Doe, asked": the name
# between commas after the chair of a body just named is a person's too
_ITS_CHAIR = re.compile(
    r"(?:,[ \t]+whose|(?:(?<=[.;])[ \t]+|^)Its)[ \t]+(?:chair|chairman|chairwoman|chairperson),[ \t]*(?=[^,\n]{3,60},)",
    re.M,
)
_CHAIR_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3}(?![\w'’-]|[ \t]+[A-Z])")
# the last word of an area a councillor speaks for, not a body: "for Example North Ward"
_AREA_WORDS = frozenset({"ward", "division", "parish", "village", "town", "area", "constituency"})
_PLURAL_LIST = re.compile(r"(?:Councillors|Cllrs\.?)[ \t]+([^();\n]{3,200}?)[ \t]*\(([^()\n]{3,80})\)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])|\n")


def _rank_only(role: str | None) -> bool:
    return role is None or role == "Councillor" or all(w in RANK_SET for w in role.split())


class _Bodies:
    """The bodies a document names: by start, and by name (a shorter name finds the one it
    begins, "Example Grounds" -> "Example Grounds Ltd")."""

    def __init__(self, chosen: list[Cand], labels: tuple[str, ...]) -> None:
        self.at = {c.start: c for c in chosen if c.label in labels}
        self.names = sorted({c.normalised for c in chosen if c.label == "ORG"}, key=len)

    def named(self, phrase: str) -> str | None:
        words = phrase.split()
        if not words or not words[0][:1].isupper():
            return None
        for n in self.names:
            rest = n[len(phrase) + 1 :].split() if n.startswith(phrase + " ") else None
            # one word begins a longer name only before a legal form ("Example Ltd"): "Director of
            # Housing" is a post's field, not the "Housing Example Report" a heading named
            if n == phrase or (rest is not None and (len(words) > 1 or all(fold(w) in LEGAL_FORMS for w in rest))):
                return n
        if fold(words[-1]) in LEGAL_FORMS or last_head_type(words) == "ORG":
            return phrase
        return None


def _post_of_body(p: Cand, chosen: list[Cand], bodies: _Bodies, text: str) -> None:
    m = _CLAUSE.match(text, p.occupied[1])
    if not m:
        return
    lo, hi = m.span(1)
    for prep in _PREP.finditer(text, lo, hi):
        post = text[lo : prep.start()]
        if not is_post(post.split(), within=True):
            continue
        at = bodies.at.get(prep.end())
        if at is not None and at.end == hi:
            body: str | None = at.normalised
        elif at is None and (prep.group().strip().startswith("at")) and (g := _place_at(chosen, prep.end(), hi)):
            body = g
        else:
            body = bodies.named(text[prep.end() : hi]) if at is None else None
        if body is None or (prep.group().strip().startswith("of") and team(body, chosen)):
            continue  # "Director of Children's Services": the post's own name
        if prep.group().strip().startswith("of") and all(w in GENERIC_COUNCIL for w in body.split()):
            # "Leader of the Council": a post of the council itself, named whole; the body is the
            # council (the document's own, when it is known: ``default_affiliation``)
            if _rank_only(p.role):
                p.role = normalise_role(text[lo:hi])
            p.affiliation = p.affiliation or body
            return
        if at is not None and at.label == "FAC":
            at.label = "ORG"  # "youth worker at Example Youth Hub": an employer
        for r in chosen:  # a post that swallowed the body is cut back to the post
            if r.label == "ROLE" and r.start < prep.start() < r.end and r.end > prep.end():
                r.end = prep.start()
                r.occupied = (r.occupied[0], r.end)
                r.normalised = normalise_role(text[r.start : r.end])
        role = normalise_role(post)
        if _rank_only(p.role) or (p.role and text[prep.end() : hi].lower() in p.role.lower()):
            p.role = role
        if p.affiliation is None or p.affiliation in post:  # "Operations" read as a body of its own
            p.affiliation = body
        return


def team(name: str, chosen: list[Cand]) -> bool:
    """A council's own team or department: its name ends in a team's head and holds no place
    (no word of a place or of a council's name: "Adult Social Services", not "Example Rural
    Policing Team")."""
    words = name.replace("'s", "").replace("’s", "").split()
    if not words or fold(words[-1]) not in _TEAM_HEADS:
        return False
    places = {
        w
        for c in chosen
        if c.label == "GPE" or (c.label == "ORG" and c.normalised.endswith(" Council"))
        for w in c.normalised.split()
        if w not in GENERIC_COUNCIL
    }
    return not (set(words) & places)


def council_teams(chosen: list[Cand]) -> None:
    """ "the Example Lettings Team answered 400 calls": a team holding no place the document
    names is a team of the council itself, typed as the council's committees are; a team named for a
    place ("Example Rural Policing Team", where the document names Example) is a body of its
    own. Run after the people's bodies are given (a person's team is her post at the council:
    ``people.default_affiliation``)."""
    for c in chosen:
        words = c.normalised.split()
        if c.label == "ORG" and len(words) >= 2 and fold(words[-1]) == "team" and team(c.normalised, chosen):
            c.label = "COMMITTEE"


def _place_at(chosen: list[Cand], s: int, e: int) -> str | None:
    """ "Duty Manager at Example Quay": a place of two words or more is where the post is."""
    for c in chosen:
        if c.label == "GPE" and c.start == s and c.end == e and " " in c.normalised:
            return c.normalised
    return None


def _speaks_for(p: Cand, chosen: list[Cand], bodies: _Bodies, text: str, drop: set[int]) -> list[Cand]:
    pos = p.occupied[1]
    m = _SPEAKS_FOR.match(text, pos)
    comma = m is None
    if m is None:
        m = _COMMA_FOR.match(text, pos)
    if m is None:
        return []
    at = bodies.at.get(m.end())
    if at is not None and (at.label == "ORG" or not p.title):
        name = at.normalised
        if " " not in name:  # "for the Trust": the one named before
            name = next((c.normalised for c in reversed(chosen) if c.end <= at.start and c.label in ("ORG", "COMMITTEE")
                         and c.normalised.endswith(" " + name)), "")
        p.affiliation = p.affiliation or name or None
        return []
    run = _NAME_RUN.match(text, m.end()) if not p.title else None  # "Councillor Doe, for Example North": a ward
    if not run:
        return []
    toks = list(re.finditer(r"\S+", run.group()))
    for k, t in enumerate(toks[:-1]):  # "for the Example Group. Sample said": the sentence ends there
        if t.group().endswith(".") and len(t.group()) > 4 and not t.group()[:-1].isupper():
            toks = toks[: k + 1]
            break
    while toks and toks[-1].group() in ("of", "for", "and", "&", "on", "the"):
        toks.pop()
    if len(toks) < 2 or toks[-1].group() in DIRECTIONS or fold(toks[-1].group()) in _AREA_WORDS:
        return []
    last = toks[-1].group()
    s, e = m.end(), m.end() + toks[-1].end() - (last.endswith(".") and len(last) > 4 and not last[:-1].isupper())
    if (comma and not re.match(r"[ \t]*,", text[e:])) or not re.match(r"[ \t]*(?:[,;.)\n]|$)", text[e:]):
        return []
    inside = [c for c in chosen if c.start < e and s < c.end]
    if any(not (s <= c.start and c.end <= e and (c.label == "GPE" or c.priority < 2)) for c in inside):
        return []  # typed already as something else (a place in the name is part of it)
    name = " ".join(text[s:e].split())
    p.affiliation = p.affiliation or name
    drop.update(id(c) for c in inside)
    return [Cand(s, e, "ORG", name, 2, (s, e))]


def _its_post(p: Cand, chosen: list[Cand], text: str) -> None:
    s = p.occupied[0]
    w = _WHOSE.search(text, max(0, s - 60), s)
    if w and is_post(w.group(1).split(), within=True):
        labels = ("ORG",) if p.title else ("ORG", "COMMITTEE")
        body = next((c for c in chosen if c.label in labels and c.end == w.start()), None)
        if body is not None:
            if _rank_only(p.role):
                p.role = normalise_role(w.group(1))
            p.affiliation = p.affiliation or body.normalised
            _chaired_forum(body, chosen)
        return
    m = _ITS.search(text, max(0, s - 60), s)
    if not m or not is_post(m.group(1).split(), within=True):
        return
    start = m.start()
    win = max(0, start - 400)
    ends = [win] + [x.end() for x in _SENTENCE_END.finditer(text, win, start)]
    # "its" opening a sentence: the body is named in the sentence before; inside one, earlier in it
    lo = ends[-1] if text[ends[-1] : start].strip() else ends[-2] if len(ends) >= 2 else win
    labels = ("ORG",) if p.title else ("ORG", "COMMITTEE")
    body = next((c for c in chosen if c.label in labels and lo <= c.start and c.end <= start), None)
    if body is None:
        return
    if _rank_only(p.role):
        p.role = normalise_role(m.group(1))
    p.affiliation = p.affiliation or body.normalised
    _chaired_forum(body, chosen)


def _chaired_forum(body: Cand, chosen: list[Cand]) -> None:
    """ "the Example Tenants' Forum. Its chair, Jane Doe, asked ...": a forum whose chair is no
    councillor (the person has no title) is a group of its own, a body, not a meeting of the
    council; every mention of it is."""
    if body.label != "COMMITTEE" or fold(body.normalised.split()[-1]) != "forum":
        return
    for c in chosen:
        if c.label == "COMMITTEE" and c.normalised == body.normalised:
            c.label = "ORG"


def _listed_councillors(chosen: list[Cand], bodies: _Bodies, text: str) -> None:
    for m in _PLURAL_LIST.finditer(text):
        at = bodies.at.get(m.start(2))
        if at is None or at.end != m.end(2) or at.label != "ORG":
            continue
        for p in chosen:
            if p.label == "PERSON" and m.start(1) <= p.start < m.end(1) and p.affiliation is None:
                p.affiliation = at.normalised


def chaired_by(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """ "The Example Forum, chaired by Jane Doe, met …": a name of two to four capitalised words
    (none a common word or a head noun) after "chaired by" is a person, the chair of the body
    named right before; the model's or a rule's weaker reading of it as a body or place gives way.
    So is the name between commas after "whose chair" or "Its chair". A titled name found already
    takes the post and the body."""
    text = ctx.text
    bodies = {c.end: c for c in chosen if c.label in ("ORG", "COMMITTEE")}
    added: list[Cand] = []
    drop: set[int] = set()
    for m in [*_CHAIRED_BY.finditer(text), *_ITS_CHAIR.finditer(text)]:
        body = bodies.get(m.start())
        n = _CHAIR_NAME.match(text, m.end())
        if n is None:
            continue
        s, e = n.span()
        words = n.group().split()
        if any(w in NAME_STOP_SET or ctx.common(w) for w in words) or head_type(words) or last_head_type(words):
            continue
        own = [c for c in chosen if c.start < e and s < c.end]
        person = next((c for c in own if c.label == "PERSON" and c.priority >= 2), None)
        if person is None:
            if any(c.priority >= 2 for c in own):
                continue  # a rule typed the name as something else
            drop |= {id(c) for c in own}
            person = Cand(s, e, "PERSON", " ".join(words), 2, (s, e))
            added.append(person)
        if _rank_only(person.role) and not re.match(r",[ \t]+[A-Z]", text[e:]):
            person.role = "Chair"  # not "chaired by Jane Doe, Director of Example": her own post
        if body is not None and person.affiliation is None:
            person.affiliation = body.normalised
        if body is not None and not person.title:
            _chaired_forum(body, chosen)
    if not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))


def stated_affiliations(chosen: list[Cand], text: str) -> list[Cand]:
    """The passes of the module's note over the chosen candidates; returns them with the bodies
    found after "for"/"on behalf of" added."""
    bodies = _Bodies(chosen, _BODY_LABELS)
    _listed_councillors(chosen, bodies, text)
    loose = _Bodies(chosen, ("ORG", "COMMITTEE"))
    added: list[Cand] = []
    drop: set[int] = set()
    for p in chosen:
        if p.label != "PERSON":
            continue
        _post_of_body(p, chosen, bodies, text)
        if p.affiliation is None:
            added += _speaks_for(p, chosen + added, loose, text, drop)
        if p.affiliation is None or p.role is None:
            _its_post(p, chosen, text)
    if not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))
