"""One list, one kind: the items of a list are typed by the items the document gives evidence
for, as a table column is (``columns``).

- A list of bodies: a name joined by "and", "&" or a comma to a body the document names with
  evidence (a head noun, a legal form, a rule's match) is a body too, and so is the next one
  joined to it ("awards to Example Kitchen, Sample Haven and the Other Foundation"; "the XYZ and
  Example Police"), unless it is a person or a place with evidence of its own, or the list
  modifies a plural noun after it ("Example Police and XYZ scores"); a name the model
  made of two such bodies ("XYZ and Example Police") is split into the two.
- A list of people with their bodies, items parted by semicolons: when one item is a person
  the document gives evidence for, every item shaped "Name, Body" is a person of that body
  ("Partners: PC Jane Doe (Example Police); John Roe, Sample Watch; Ann Poe, Example Traders"),
  and an item shaped "Name, Post" gives that person's post ("John Roe, Solicitor;").
- A list of officers written post first: "Post (Name)" is the person named, holding the post,
  as "Name (Post)" is ("Officers: Chief Executive (Jane Doe); Director of Example (John Roe)").
"""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, NAME_STOP_SET, TITLE_SET
from councilsearch.extract.entities.evidence import is_post
from councilsearch.extract.entities.names import normalise_role
from councilsearch.extract.entities.shapes import LEGAL_FORMS, fold, last_head_type
from councilsearch.extract.entities.support import body_with_evidence

_WORD = r"[A-Z][\w'’-]*"
_NAME = _WORD + r"(?:[ \t]+(?:" + _WORD + r"|of|for))*"
# an enumerated list of names: "A, B and the C" (a list ends in "and" or "&"; an address, with
# commas only, is not one)
_LIST = re.compile(
    r"(?<![\w'’-])(?:the[ \t]+)?" + _NAME + r"(?:[ \t]*,[ \t]*(?:the[ \t]+)?" + _NAME + r")*"
    r"[ \t]*,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?" + _NAME
)
# a plural noun after a list ("A and B scores"): the list modifies it and names nothing (a list
# that is a subject takes a verb without -s: "A and B run", "have", "said")
_MODIFIED = re.compile(r"[ \t]+(?!(?:has|is|was)\b)[a-z]+[^s\s]s\b")
_ITEM_SEP = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_POST_NAME = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|&)){0,7})[ \t]*\(((?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+)\)")
_SPLIT = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _strong(c: Cand) -> bool:
    """A person or place the document gives evidence for, or anything a rule typed."""
    return c.priority >= 2 or bool(c.label == "PERSON" and (c.title or c.role))


def _item_ok(words: list[str], ctx: DocContext) -> bool:
    if not words or words[-1] in ("of", "and", "&") or words[0] in NAME_STOP_SET or words[0] in TITLE_SET:
        return False
    if len(words) == 1 and not (words[0].isupper() and len(words[0]) >= 3):
        return False  # a single word: only an acronym ("XYZ"), never a bare place or surname
    proper = [w for w in words if w[:1].isupper() and w not in COMMON_CAPS and not ctx.common(w)]
    return bool(proper)


def _split_merged(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """ "XYZ and Example Police" (one ORG of the model's) -> two bodies, when its first part is
    an acronym or a name the document gives alone and its second has a head noun or is given
    alone."""
    text = ctx.text
    alone = {c.normalised for c in chosen if c.label == "ORG"}
    out: list[Cand] = []
    for c in chosen:
        m = _SPLIT.search(text, c.start, c.end) if c.label == "ORG" else None
        if m is None:
            out.append(c)
            continue
        left, right = text[c.start : m.start()], text[m.end() : c.end]
        lw, rw = left.split(), right.split()
        first = (len(lw) == 1 and lw[0].isupper()) or left in alone
        given = right in alone
        second = bool(rw) and (given or last_head_type(rw) == "ORG" or fold(rw[-1]) in LEGAL_FORMS)
        acronym = len(lw) == 1 and lw[0].isupper()
        if not first or not second or (c.priority >= 2 and not (given and acronym)):
            out.append(c)
            continue
        out.append(Cand(c.start, m.start(), "ORG", left, 1, (c.start, m.start())))
        out.append(Cand(m.end(), c.end, "ORG", right, 1, (m.end(), c.end)))
    return out


def _retype(chosen: list[Cand], s: int, e: int, ctx: DocContext) -> Cand | None:
    """The span ``s:e`` made a body, unless a person or place with evidence or a rule's match
    lies in it; weaker candidates inside it are dropped (returns the body, or None)."""
    inside = [c for c in chosen if c.start < e and s < c.end]
    if any(_strong(c) for c in inside) or any(c.start < s or c.end > e for c in inside):
        return None
    if len(inside) == 1 and inside[0].label == "ORG" and (inside[0].start, inside[0].end) == (s, e):
        return inside[0]
    for c in inside:
        chosen.remove(c)
    body = Cand(s, e, "ORG", " ".join(ctx.text[s:e].split()), 1, (s, e))
    chosen.append(body)
    return body


def _post_or_role(words: list[str], roles: list[Cand]) -> bool:
    return bool(roles) or is_post(words, shaped=True)


def listed_bodies(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """The candidates with the items of lists of bodies typed (see the module's note)."""
    text = ctx.text
    chosen = _split_merged(chosen, ctx)
    for m in _LIST.finditer(text):
        if _MODIFIED.match(text, m.end()):
            continue
        spans: list[tuple[int, int]] = []
        pos = m.start()
        for sep in [*_ITEM_SEP.finditer(text, m.start(), m.end()), None]:
            a, b = pos, (sep.start() if sep is not None else m.end())
            if text.startswith("the ", a):
                a += 4
            spans.append((a, b))
            pos = sep.end() if sep is not None else pos
        near = [c for c in chosen if m.start() <= c.start < m.end()]
        if not any(body_with_evidence(c) and (c.start, c.end) in spans for c in near):
            continue
        for a, b in spans:
            if _item_ok(text[a:b].split(), ctx):
                _retype(chosen, a, b, ctx)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def posts_before_names(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """ "Chief Executive (Jane Doe)": Jane Doe, holding the post (see the module's note)."""
    text = ctx.text
    added: list[Cand] = []
    drop: set[int] = set()
    for m in _POST_NAME.finditer(text):
        post = m.group(1)
        words = post.split()
        roles = [c for c in chosen if c.label == "ROLE" and m.start(1) <= c.start < m.end(1) and c.end >= m.end(1)]
        if roles:  # a post the rules found ("Chief Executive"), perhaps read on into the bracket
            words = text[roles[0].start : m.end(1)].split()
        while words and not _post_or_role(words, roles):
            words = words[1:]  # "Officers: Head of Example": the post is the last words that make one
        if not words:
            continue
        name = m.group(2).split()
        if any(w in NAME_STOP_SET or ctx.common(w) for w in name) or last_head_type(name) is not None:
            continue
        s, e = m.span(2)
        own = [c for c in chosen if c.start < e and s < c.end]
        if any(c.label == "PERSON" for c in own) or any(c.priority >= 2 and c.start >= s for c in own):
            continue
        p1 = m.end(1)
        p0 = p1 - len(" ".join(words))
        if text[p0:p1] != " ".join(words):
            continue
        for c in own:
            if c.start >= s:
                drop.add(id(c))
            else:  # "Director of Example (Jane Doe)" read as one post: the post ends before the bracket
                c.end = p1
                c.occupied = (c.occupied[0], p1)
                c.normalised = normalise_role(text[c.start : p1]) if c.label == "ROLE" else c.normalised
        added.append(Cand(s, e, "PERSON", " ".join(name), 2, (s, e), role=normalise_role(" ".join(words))))
    if not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))


_LABEL = re.compile(r"^[ \t]*[A-Z][\w ]{0,30}:[ \t]*")
_NAME_BODY = re.compile(
    r"[ \t]*((?:[A-Z][a-z][\w'’-]*[ \t]+){1,2}[A-Z][a-z][\w'’-]*),[ \t]+"
    r"((?:[A-Z][\w'’-]*|of|and|&|for)(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|&|for)){0,6})[ \t]*\.?[ \t]*"
)


def semicolon_people(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """The people of "Name, Body" items of a semicolon list that has a supported person (see the
    module's note)."""
    text = ctx.text
    added: list[Cand] = []
    drop: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count(";") < 1:
            continue
        label = _LABEL.match(line)
        lo = start + (label.end() if label else 0)
        items: list[tuple[int, int]] = []
        a = lo
        for k, ch in enumerate(text[lo : start + len(line)], lo):
            if ch == ";":
                items.append((a, k))
                a = k + 1
        items.append((a, start + len(line)))
        near = [c for c in chosen if start <= c.start < start + len(line)]
        supported = any(c.label == "PERSON" and (c.title or c.role or c.affiliation) for c in near)
        for a, b in items:
            m = _NAME_BODY.fullmatch(text, a, b)
            if m is None:
                continue
            words = m.group(1).split()
            if any(w in NAME_STOP_SET or w in TITLE_SET or ctx.common(w) for w in words) or last_head_type(words):
                continue
            body = m.group(2).split()
            s, e = m.span(1)
            own = [c for c in near if c.start < e and s < c.end]
            if is_post(body, shaped=True):  # "Jane Doe, Solicitor;": the item gives the post
                for c in own:
                    if c.label == "PERSON" and (c.start, c.end) == (s, e) and not c.role:
                        c.role = normalise_role(" ".join(body))
                continue
            if not supported or body[-1] in ("of", "and", "&", "for"):
                continue
            person = next((c for c in own if c.label == "PERSON" and (c.start, c.end) == (s, e)), None)
            if person is not None:
                person.affiliation = person.affiliation or " ".join(body)
            elif any(c.label == "PERSON" or c.priority >= 2 for c in own):
                continue
            else:
                drop |= {id(c) for c in own}
                added.append(Cand(s, e, "PERSON", " ".join(words), 2, (s, e), affiliation=" ".join(body)))
            bs, be = m.span(2)
            inside = [c for c in near if c.start < be and bs < c.end]
            if not any(c.priority >= 2 or (c.start, c.end) == (bs, be) for c in inside):
                drop |= {id(c) for c in inside}
                added.append(Cand(bs, be, "ORG", " ".join(body), 2, (bs, be)))
    if not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))
