"""A person needs evidence; a post, a trade or a list is not a person.

The small model reads any two capitalised words as a person when the first looks like a given
name ("Example Finance", "Sample Engineering": a firm named for its founder and its trade), and
attendance lists give posts in brackets that it reads as names ("Jane Doe (Engagement Partner,
Example LLP)"). What is done here uses the shape of the text, not a list of names:

- a plural council title ("Cllrs", "Councillors") is a title before each name of a list, never
  part of a name: "Cllrs Doe, Roe and Poe" names three councillors by surname, each of whom the
  document names in full elsewhere (the surnames are linked to the full names later), and a
  single word the model took for a place or body that is the surname of a person the document
  names in full is that person;
- a name followed by a bracket, a dash, or (alone on a list's line) a comma, whose first
  item ends in a post word ("Member", "Partner", "Representative", an officer's post) is a
  person, the first item is the post and the second, if any, the body: "Jane Doe (Lay
  Member)", "John Roe (staff side representative, Example College)", "- Jane Doe, independent
  adviser"; nothing inside that bracket is a person;
- an untitled "person" only the model saw whose last word is a trade or a field of business
  ("Finance", "Engineering", "Haulage") is a firm, unless the text gives evidence of a person
  (a title, a post beside the name); one whose last word is a street's ("Rise", "Mews") is a
  place;
- a programme or body owned by another is named without its owner ("the Example Fund's
  Sample Strategy Statement");
- a committee named for a list keeps the whole list ("Audit, Risk and Example Committee");
- a post followed by "to the" and a body or committee is one post ("Secretary to the Joint
  Board", "Treasurer to the Authority").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import NAME_STOP_SET, ROLE_HEADS, ROLE_SINGLE, word_set
from councilsearch.extract.entities.named import role_shaped
from councilsearch.extract.entities.names import normalise_role
from councilsearch.extract.entities.shapes import LEGAL_FORMS, fold, last_head_type

PLURAL_TITLES = ("Cllrs.", "Cllrs", "Councillors")
_PLURAL = re.compile(r"(?:Cllrs\.?|Councillors)[ \t]+")

# a trade or field of business as the last word of a name: the name is a firm's ("Example
# Haulage"), not a person's; plural forms are listed as written, so "Waters" (a surname) is not
# "water"
TRADE_WORDS = word_set(
    "finance financial engineering haulage catering cleaning construction contracting consulting "
    "consultancy surveying planning design developments properties estates lettings logistics "
    "transport travel coaches buses taxis motors recycling waste environmental landscapes landscaping "
    "leisure fitness healthcare support solutions systems technologies technology digital media "
    "communications security training recruitment insurance investments holdings ventures enterprises "
    "industries manufacturing foods farming outdoor outdoors printing publishing analytics software "
    "utilities energy water homes housing electrical plumbing heating roofing scaffolding demolition "
    "civils infrastructure maintenance facilities arts youth heritage sport sports music dance wellbeing "
    "allotments playgroup"
)
# the last word of a street or a site, never a surname (unlike Lane, Green, Hall, Way, Close):
# an untitled "person" only the model saw that ends in one is a place
STREET_WORDS = word_set("avenue crescent terrace rise mews row parade quay wharf yard gardens drive")
# the last word of a post in brackets after a name: an officer's post or a seat
POST_WORDS = frozenset(w.lower() for w in (*ROLE_HEADS, *ROLE_SINGLE)) | word_set(
    "member partner representative chair chairman vice-chair secretary treasurer clerk governor trustee "
    "observer lead leader head deputy mayor chief"
)
_NAME = r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,3}"
_BRACKET = re.compile(r"(" + _NAME + r")[ \t]*\(([^(),;\n]{3,70}?)(?:,[ \t]*([^(),;\n]{2,80}?))?\)")
_PRESIDES = re.compile(r"in[ \t]+the[ \t]+chair\b", re.I)
# a list item that is a name and a post (and a body): "- Jane Doe, independent consultant"
_LINE_POST = re.compile(
    r"^[ \t]*(?:[-•*–][ \t]*)?(" + _NAME + r"),[ \t]+([^,()\n]{3,60}?)(?:,[ \t]*([^,()\n]{2,80}?))?[ \t.;]*$", re.M
)
# a list item "Jane Doe – Head of Example" (a dash between the name and the post)
_DASH_POST = re.compile(r"(" + _NAME + r")[ \t]+[–—-][ \t]+([^;,()\n–—]{3,60}?)()(?=[ \t]*(?:[;.]|\n|$))", re.M)
_LIST_BEFORE = re.compile(r"(?:^|[,;:(]|\band|&)[ \t]*(?:(?:[A-Z][a-z]*\.?)[ \t]+)?$")
_LIST_NAME = re.compile(r"(?:[A-Z][a-z][\w'’-]*,[ \t]+)+$")
_TO_BODY = re.compile(r"[ \t]+to[ \t]+the[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)")
_POST_START = re.compile(r"(?<![\w'’-])(" + "|".join(sorted({*ROLE_SINGLE, "Secretary", "Clerk"})) + r")(?=[ \t]+to[ \t])")


def is_post(words: Sequence[str], *, within: bool = False, shaped: bool = False) -> bool:
    """Is the phrase given as ``words`` a post? The one test of the package, in three readings:

    - by default, its last word is a post word and no head noun makes it a body ("Lay Member",
      "staff side representative"; not "Example Member Board"): a post in brackets or a list;
    - ``within``: a post word comes before the first "of"/"for" ("youth worker", "Head of
      Planning", "Managing Director"): a post in apposition, whatever follows it;
    - ``shaped``: it starts with a capital and is a post by default or shaped as a role
      ("Director of Example Services"): an item of a list."""
    if within:
        for w in words:
            if w.lower() in ("of", "for"):
                break
            if w.lower() in POST_WORDS:
                return True
        return False
    if shaped and not (words and words[0][:1].isupper()):
        return False
    plain = bool(words) and words[-1].lower() in POST_WORDS and last_head_type(words) is None
    return plain or (shaped and role_shaped(list(words)))


def _is_body(phrase: str, bodies: set[str]) -> bool:
    words = phrase.split()
    if not words or not words[0][:1].isupper():
        return False
    return phrase in bodies or fold(words[-1]) in LEGAL_FORMS or last_head_type(words) in ("ORG", "COMMITTEE")


def _name_ok(name: str, ctx: DocContext) -> bool:
    words = name.split()
    return not any(w in NAME_STOP_SET for w in words) and not all(ctx.common(w) for w in words)


def _drop_plural_titles(chosen: list[Cand], text: str) -> None:
    """ "Cllrs Doe" read as one name (a person or a body): the councillor Doe."""
    for c in chosen:
        if c.label not in ("PERSON", "ORG") or (c.priority >= 2 and (c.label != "PERSON" or c.title)):
            continue
        m = _PLURAL.match(text, c.start, c.end)
        if not m:
            continue
        rest = text[m.end() : c.end].split()
        if not rest or last_head_type(rest) is not None or not all(w[:1].isupper() for w in rest):
            continue
        c.label, c.normalised, c.title, c.role, c.affiliation = "PERSON", " ".join(rest), "Councillor", None, None
        c.start = m.end()


def _firms_by_trade(chosen: list[Cand]) -> None:
    for c in chosen:
        if c.label != "PERSON" or c.priority > 2 or c.title or c.role:  # the model's or "Name, Body"
            continue
        words = c.normalised.split()
        if len(words) >= 2 and words[-1].lower() in TRADE_WORDS:
            c.label, c.affiliation = "ORG", None
        elif len(words) >= 2 and words[-1].lower() in STREET_WORDS and c.priority < 2:
            c.label, c.affiliation = "GPE", None


_SURNAME = r"[A-Z][a-z][\w'’-]+"
_SURNAME_LIST = re.compile(
    r"(?<![\w-])(?:Cllrs\.?|Councillors)[ \t]+(" + _SURNAME + r"(?:,[ \t]+" + _SURNAME + r")*(?:,?[ \t]+(?:and|&)[ \t]+"
    + _SURNAME + r")?)(?![\w'’-]|[ \t]+[A-Z])"
)


def _listed_surnames(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """ "Cllrs Doe and Roe": each surname after a plural council title is a councillor (linked
    to the full name later), whatever a place list or the model made of it."""
    text = ctx.text
    drop: set[int] = set()
    added: list[Cand] = []
    for m in _SURNAME_LIST.finditer(text):
        for w in re.finditer(_SURNAME, m.group(1)):
            s, e = m.start(1) + w.start(), m.start(1) + w.end()
            if w.group() in NAME_STOP_SET or ctx.common(w.group()):
                continue
            own = [c for c in chosen if c.start < e and s < c.end]
            if any(c.label == "PERSON" for c in own) or any(c.priority >= 2 for c in own):
                continue
            drop |= {id(c) for c in own}
            added.append(Cand(s, e, "PERSON", w.group(), 2, (s, e), title="Councillor"))
    if not drop and not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))


def _posts_after_names(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    text = ctx.text
    bodies = {c.normalised for c in chosen if c.label == "ORG"}
    drop: set[int] = set()
    added: list[Cand] = []
    for pattern in (_BRACKET, _LINE_POST, _DASH_POST):
        for m in pattern.finditer(text):
            post, body = m.group(2).strip(), (m.group(3) or "").strip()
            if _PRESIDES.match(post) or not is_post(post.split()) or (body and not _is_body(body, bodies)):
                continue  # "(in the Chair)" says who presides, not what post is held
            s, e = m.span(1)
            words = text[s:e].split()
            while len(words) > 1 and (words[0] in PLURAL_TITLES or words[0].rstrip(".") in ("Cllr", "Councillor")):
                s = text.index(words[1], s + len(words[0]))
                words = words[1:]
            if len(words) < 2 or not _name_ok(" ".join(words), ctx):
                continue
            if pattern is not _LINE_POST and not _LIST_BEFORE.search(text[max(0, s - 40) : s]):
                continue
            if pattern is _DASH_POST and (any(ctx.common(w) for w in words) or last_head_type(words)):
                continue  # "Waste Strategy – Project Officer": a heading and a post, no name
            inside = [c for c in chosen if m.start(2) <= c.start and c.end <= m.end() and c.label == "PERSON"]
            drop |= {id(c) for c in inside}
            own = [c for c in chosen if c.start < e and s < c.end and id(c) not in drop]
            person = next((c for c in own if c.label == "PERSON"), None)
            if person is None:
                if any(c.priority >= 2 for c in own):
                    continue  # a rule typed the name as something else
                drop |= {id(c) for c in own}
                person = Cand(s, e, "PERSON", " ".join(words), 2, (s, e))
                added.append(person)
            if not person.role or person.role == "Councillor":
                person.role = normalise_role(post)
            if body and not person.affiliation:
                person.affiliation = body
            ps = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip())
            pe = ps + len(post)
            if post[:1].isupper() and not any(c.start < pe and ps < c.end and id(c) not in drop for c in chosen):
                added.append(Cand(ps, pe, "ROLE", normalise_role(post), 2, (ps, pe)))  # the post is a post
    if not drop and not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))


def _listed_committees(chosen: list[Cand], text: str) -> None:
    """ "the Audit, Risk and Example Committee": the words listed before the name are in it."""
    for c in chosen:
        if c.label != "COMMITTEE" or " and " not in text[c.start : c.end]:
            continue
        m = _LIST_NAME.search(text, max(0, c.start - 80), c.start)
        if m and m.end() == c.start:
            c.start = m.start()
            c.occupied = (min(c.occupied[0], c.start), c.occupied[1])
            c.normalised = " ".join(text[c.start : c.end].split())


def posts_to_bodies(block: list[Cand], text: str, lo: int, hi: int) -> list[Cand]:
    """Posts "to the" body they serve in ``text[lo:hi]``: an existing post is lengthened, a bare
    post word ("Secretary", "Treasurer") before "to the <Body>" becomes one; returns the new ones."""
    out: list[Cand] = []
    roles = {c.end: c for c in block if c.label == "ROLE"}
    starts = [(m.start(1), m.end(1)) for m in _POST_START.finditer(text, lo, hi)]
    for s, e in starts:
        if e not in roles and not any(c.start <= s < c.end for c in block):
            r = Cand(s, e, "ROLE", text[s:e], 3, (s, e))
            roles[e] = r
            out.append(r)
    for end, r in roles.items():
        m = _TO_BODY.match(text, end, hi)
        if not m:
            continue
        words = m.group(1).split()
        if last_head_type(words) not in ("ORG", "COMMITTEE") and words[-1] not in ("Authority", "Council"):
            continue
        r.end = m.end(1)
        r.occupied = (r.occupied[0], max(r.occupied[1], r.end))
        r.normalised = normalise_role(text[r.start : r.end])
    return out


_OWNER = re.compile(r"((?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)['’]s[ \t]+(?=[A-Z])")


def _owned_names(chosen: list[Cand], text: str) -> None:
    """ "the Example Fund's Investment Strategy Statement": a body or programme that owns the
    named thing is not part of its name when each has a head noun of its own."""
    for c in chosen:
        if c.label not in ("PROGRAMME", "ORG", "COMMITTEE"):
            continue
        m = _OWNER.match(text, c.start, c.end)
        if not m:
            continue
        rest = text[m.end() : c.end].split()
        if len(rest) >= 2 and last_head_type(m.group(1).split()) and last_head_type(rest) == c.label:
            c.start = m.end()
            c.normalised = " ".join(rest)


def _surnames_as_places(chosen: list[Cand]) -> None:
    """One name, one thing: a single word the model took for a place or a body, where the
    document names a titled person in full with that surname, is that person ("Cllrs Doe, Roe and
    Poe": the model's place "Roe")."""
    surnames = {c.normalised.split()[-1] for c in chosen if c.label == "PERSON" and c.title and " " in c.normalised}
    for c in chosen:
        if c.label in ("GPE", "ORG") and c.priority < 2 and " " not in c.normalised and c.normalised in surnames:
            c.label = "PERSON"


def person_evidence(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """The passes of this module's note over the chosen candidates (in text order)."""
    _drop_plural_titles(chosen, ctx.text)
    _surnames_as_places(chosen)
    chosen = _listed_surnames(chosen, ctx)
    _firms_by_trade(chosen)
    chosen = _posts_after_names(chosen, ctx)
    _listed_committees(chosen, ctx.text)
    _owned_names(chosen, ctx.text)
    return chosen
