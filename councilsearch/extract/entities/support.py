"""A person the model alone saw must not be contradicted by the document.

Every person the rules find has evidence of being one: a title ("Councillor", "Mrs", a police
rank), a post given beside the name, a body given for the name in a list, or a rule's shape
(attendance lists, "Name (Post)"). The statistical model also reads as a person any two or
three capitalised words that look like a name, and on fresh documents most of its mistakes
are bodies and places with no head noun: a watchdog or forum named for its town ("Example
Voice Sampleton"), a firm named by two surnames, a charity with a one-word name, a moor or a
hamlet ("the Example Scarth"). Such a "person" is judged by the whole document, never by a
list of names:

- **support**: any mention of the same name (after surnames are linked to full names) with a
  title, a post, a body, or a rule's evidence. A supported name is a person.
- **contradiction**, for a name with no support:
  * a word of it that is not a common word is a word of a body's or a place's name the
    document gives (a body with a head noun, the council, a place a rule found): people are
    rarely named like the places and bodies of their own paper, bodies very often are;
  * "the" before it ("the Example Scarth"): a person takes no article; nor does a person
    stand after a preposition of place ("homes at Example Wharf");
  * it is an item of a list of bodies: a body the document names with evidence is joined to
    it by "and" or "&", or bodies stand on both sides of it, each beyond a comma or a semicolon
    ("from Example Ltd, Sample Outdoor and Other Contracting"); one body beyond a comma or a
    semicolon is not enough ("Jane Doe, Example Trust"; "…, Example Agency; Jane Doe, Chief
    Executive, …" gives people with their bodies);
  * what follows it speaks of a body: a non-restrictive "which" ("X, which runs …"), a plural
    noun in apposition ("X, the Council's legal advisers,"), or "its" as the object of the
    verb the name is the subject of ("X said that its members …").
  A contradicted name is not a person: a place when a mention of it follows a preposition of
  place, else a body.
- a name with neither stays a person (the model's label is the evidence left).
"""

from __future__ import annotations

import re
from collections import defaultdict

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import COMMON_CAPS, GENERIC_ORG, NAME_STOP_SET, ORG_WORDS
from councilsearch.extract.entities.shapes import LEGAL_FORMS, fold, last_head_type

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around|across|through)[ \t]+$")
_JOINED = re.compile(r"[ \t]*(?:[,;][ \t]*)?(?:and|&)[ \t]+(?:the[ \t]+)?")
_COMMA = re.compile(r"[ \t]*[,;][ \t]*(?:the[ \t]+)?")
_WHICH_AFTER = re.compile(r"[ \t]*,[ \t]*which\b")
# "X, the Council's legal advisers,", "X, the national service for veterans." (the apposition's
# head: its last word before a preposition or the end)
_APPOSITION = re.compile(r",[ \t]+(?:the|a|an|its|their|our)[ \t]+([^,;.()\n]{2,80}?)[ \t]*[,;.\n]")
_CUT = re.compile(r"[ \t]+(?:of|for|in|at|to|on|with|from|who|which|that|whose)[ \t]")
_PLURAL = re.compile(r"[a-z]+[^s'’\s]s")
_ITS_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+(?:that[ \t]+)?its\b")
_WORD = re.compile(r"[A-Z][\w'’-]+")


def _supported(c: Cand) -> bool:
    return bool(c.title or c.role or c.affiliation or c.priority >= 2)


def _name_words(chosen: list[Cand], ctx: DocContext) -> set[str]:
    """The distinctive words of the bodies and places the document names with evidence (a
    head noun, or a rule's match): not common words, not head nouns, not generic ones."""
    out: set[str] = set()
    for c in chosen:
        if c.label not in ("ORG", "GPE", "COMMITTEE", "PROGRAMME"):
            continue
        words = c.normalised.split()
        if c.priority < 2 and last_head_type(words) is None:
            continue
        for w in _WORD.findall(c.normalised):
            if w in GENERIC_ORG or w in COMMON_CAPS or w in ORG_WORDS or w in NAME_STOP_SET or ctx.common(w):
                continue
            if last_head_type([w]) is not None:
                continue
            out.add(w)
    return out


def _body_apposition(text: str, end: int) -> bool:
    """Is the name at ``end`` followed by an apposition headed by a plural noun or by a body's or
    programme's head noun ("the Council's legal advisers", "the national service for veterans")?"""
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    head = _CUT.split(m.group(1), maxsplit=1)[0].split()
    if not head or not head[-1].isalpha() or not head[-1].islower():
        return False
    word = head[-1]
    return bool(_PLURAL.fullmatch(word)) or last_head_type([word.capitalize()]) in ("ORG", "PROGRAMME")


def body_with_evidence(c: Cand | None, labels: tuple[str, ...] = ("ORG",)) -> bool:
    """A body (of ``labels``) the document gives evidence for: a rule typed it, or its name ends
    in a head noun ("Trust", "Police") or a legal form ("Ltd"). Lists and table columns take
    their kind from such bodies."""
    if c is None or c.label not in labels:
        return False
    words = c.normalised.split()
    return c.priority >= 2 or last_head_type(words) is not None or fold(words[-1]) in LEGAL_FORMS



def _listed_with_bodies(m: Cand, before: Cand | None, after: Cand | None, text: str) -> bool:
    """Is ``m`` an item of a list whose neighbour items are bodies (see the module's note)?"""
    if (before is not None and before.label == "PERSON") or (after is not None and after.label == "PERSON"):
        return False
    joined_before = body_with_evidence(before) and before is not None and _JOINED.fullmatch(text, before.end, m.start)
    joined_after = body_with_evidence(after) and after is not None and _JOINED.fullmatch(text, m.end, after.start)
    if joined_before or joined_after:
        return True
    return bool(
        body_with_evidence(before) and body_with_evidence(after) and before is not None and after is not None
        and _COMMA.fullmatch(text, before.end, m.start)
        and (_COMMA.fullmatch(text, m.end, after.start) or _JOINED.fullmatch(text, m.end, after.start))
    )


def _contradicted(
    mentions: list[Cand], words: set[str], text: str, neighbours: dict[int, tuple[Cand | None, Cand | None]],
) -> bool:
    if any(w in words for w in mentions[0].normalised.split()):
        return True
    for m in mentions:
        if _THE_BEFORE.search(text, max(0, m.start - 6), m.start):
            return True
        if _PLACE_BEFORE.search(text, max(0, m.start - 10), m.start) and not text.startswith(("'", "’"), m.end):
            return True
        if _listed_with_bodies(m, *neighbours[id(m)], text):
            return True
        if _WHICH_AFTER.match(text, m.end) or _ITS_AFTER.match(text, m.end):
            return True
        if _body_apposition(text, m.end):
            return True
    return False


_HYPHEN_TAIL = re.compile(r"-[A-Z][a-z][\w'’]*")


def double_barrelled(chosen: list[Cand], text: str) -> list[Cand]:
    """A person's name cut at a hyphen ("Dr Jane Doe-Roe" read as "Jane Doe") ends after the
    second part of the surname; what was read inside that part is dropped."""
    drop: set[int] = set()
    for c in chosen:
        m = _HYPHEN_TAIL.match(text, c.end) if c.label == "PERSON" and text[c.end - 1 : c.end].isalpha() else None
        if m is None:
            continue
        c.end = m.end()
        c.occupied = (c.occupied[0], max(c.occupied[1], c.end))
        c.normalised = f"{c.normalised}{m.group()}"
        drop |= {id(x) for x in chosen if x is not c and c.start <= x.start < c.end}
    return [c for c in chosen if id(c) not in drop] if drop else chosen


def unsupported_people(chosen: list[Cand], ctx: DocContext) -> None:
    """Retype, in place, the people of ``chosen`` (surnames already linked) that nothing
    supports and the document contradicts (see the module's note)."""
    groups: dict[str, list[Cand]] = defaultdict(list)
    for c in chosen:
        if c.label == "PERSON":
            groups[c.normalised].append(c)
    doubtful = {n: ms for n, ms in groups.items() if not any(_supported(m) for m in ms)}
    if not doubtful:
        return
    words = _name_words(chosen, ctx)
    text = ctx.text
    order = sorted(chosen, key=lambda c: (c.start, c.end))
    neighbours = {
        id(c): (order[i - 1] if i else None, order[i + 1] if i + 1 < len(order) else None)
        for i, c in enumerate(order)
    }
    for mentions in doubtful.values():
        if not _contradicted(mentions, words, text, neighbours):
            continue
        place = any(_PLACE_BEFORE.search(text, max(0, m.start - 10), m.start) for m in mentions)
        for m in mentions:
            m.label = "GPE" if place else "ORG"
