"""People: untitled names found from their surroundings, the role and the body (affiliation)
given next to a person, a role mentioned elsewhere resolved to the one person holding it, and
a surname alone linked to the one full name the document gives it."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.entities.affiliations import team
from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import (
    COMMON_CAPS,
    GENERIC_COUNCIL,
    NAME_STOP_SET,
    RANK_SET,
    ROLE_HEADS,
    TITLE_SET,
    initial_re,
    name_re,
)
from councilsearch.extract.entities.names import clean_name, span_of, valid_name_tokens
from councilsearch.extract.entities.shapes import (
    after_house_number,
    fold,
    followed_by_figure,
    followed_by_place,
)

_PLURAL_TITLES = frozenset({"Councillors", "Cllrs", "Cllrs."})


def _plural_noun(word: str, ctx: DocContext) -> bool:
    """ "Homes", "Partners": a plural the document also writes in lower case ends a body's name
    ("Example Homes"), not a person's."""
    return fold(word) != word.lower() and ctx.common(word)


def context_people(doc: Any, base: int, cands: list[Cand], ctx: DocContext) -> list[Cand]:
    """Untitled people the small model misses, found from their surroundings:
    "Lead Peer: Jane Doe (…)", "Jane Doe (Director of …)", "Jane Doe, Example Borough Council"."""
    taken = [c.occupied for c in cands if c.priority >= 2]  # the model's spans may be people misread
    roles_at = {c.start: c for c in cands if c.label == "ROLE"}
    role_end = {c.end: c for c in cands if c.label == "ROLE"}
    org_at = {c.start: c for c in cands if c.label == "ORG"}
    out: list[Cand] = []

    def free(i: int) -> bool:
        a = base + doc[i].idx
        return not any(s <= a < e for s, e in taken)

    def name_run(i: int, step: int) -> list[Any]:
        run: list[Any] = []
        while (
            0 <= i < len(doc)
            and free(i)
            and (doc[i].text == "-" or name_re.match(doc[i].text) or initial_re.match(doc[i].text))
        ):
            if doc[i].text in NAME_STOP_SET:
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

    def add(run: list[Any], role: str | None, title: str | None = None, body: str | None = None) -> None:
        if len(run) >= 2 and valid_name_tokens(run, ctx, strict=True):
            end = base + run[-1].idx + len(run[-1].text)
            start = base + run[0].idx
            if followed_by_place(ctx.text, end) or followed_by_figure(ctx.text, end) or after_house_number(ctx.text, start):
                return  # "Sample Vale House", "Example Sums (£2m)"
            s, e = span_of(run, base)
            out.append(Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 2, (s, e), title=title, role=role, affiliation=body))
            taken.append((s, e))

    for i, tok in enumerate(doc):
        a = base + tok.idx
        if tok.text in _PLURAL_TITLES and free(i):  # "Councillors Jane Doe, John Roe and Ann Poe"
            j = i + 1
            while True:
                run = name_run(j, 1)
                if run:
                    add(run, None, "Councillor")
                    j = run[-1].i - doc[0].i + 1
                else:  # a name found already ("Jane Doe (Vice-Chair)"): step over it
                    k = j
                    while k < len(doc) and not free(k) and (name_re.match(doc[k].text) or doc[k].text == "-"):
                        k += 1
                    if k == j:
                        break
                    j = k
                if j < len(doc) and doc[j].text == "(":  # "Jane Doe (Chair), John Roe …": past the post
                    close = next((k for k in range(j, min(len(doc), j + 12)) if doc[k].text == ")"), None)
                    if close is None:
                        break
                    j = close + 1
                if j < len(doc) and doc[j].text in (",", "and", "&"):
                    j += 1 + (j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text == "and")
                else:
                    break
            continue
        if tok.text == ":" and a in role_end:  # "Lead Peer: Jane Doe"
            add(name_run(i + 1, 1), None)
        elif (tok.text == "):" or (tok.text == ":" and i and doc[i - 1].text == ")")) and (
            r := _role_before_bracket(ctx.text, a + len(tok.text) - 1, role_end)
        ):
            add(name_run(i + 1, 1), r.normalised)  # "Director of Example (Section 151 Officer): Jane Doe"
        elif tok.text == "," and a in role_end:  # "The Head of Example, Jane Doe, said": in apposition
            run = name_run(i + 1, 1)
            k = run[-1].i - doc[0].i + 1 if run else len(doc)
            if k < len(doc) and doc[k].text == "," and not _plural_noun(run[-1].text, ctx):
                add(run, role_end[a].normalised)  # not "The Director of Example, Sample Homes, said": a body
        elif tok.text == "," and _WHO_AFTER.match(ctx.text, a + 1):
            add(name_run(i - 1, -1), None)  # "Jane Doe, a resident of Example, asked"
        elif tok.lower_ == "as" and i + 1 < len(doc) and base + doc[i + 1].idx in roles_at:
            add(name_run(i - 1, -1), roles_at[base + doc[i + 1].idx].normalised)  # "appointed Jane Doe as Adviser"
        elif tok.text == "(" and i + 1 < len(doc) and base + doc[i + 1].idx in roles_at:
            add(name_run(i - 1, -1), None)  # "Jane Doe (Director of Finance …)"
        elif tok.text in (",", "(") and i + 1 < len(doc) and base + doc[i + 1].idx in org_at:
            add(name_run(i - 1, -1), None)  # "Jane Doe, Example Borough Council"
        elif tok.text == "," and i + 1 < len(doc) and base + doc[i + 1].idx in roles_at:
            add(name_run(i - 1, -1), None)  # "Jane Doe, Director of Finance"
        elif (
            tok.text == ","
            and i + 3 < len(doc)
            and doc[i + 1].text in RANK_SET
            and doc[i + 2].text == ","
            and base + doc[i + 3].idx in org_at
        ):  # "Jane Doe, Inspector, Example Water Inspectorate": a rank between a name and a body
            add(name_run(i - 1, -1), doc[i + 1].text, body=org_at[base + doc[i + 3].idx].normalised)
        elif (
            tok.text == ","
            and i + 2 < len(doc)
            and doc[i + 1].text in ctx.body_acronyms
            and base + doc[i + 2].idx in roles_at
        ):
            add(name_run(i - 1, -1), None)  # "Jane Doe, XYZ Review Manager"
    return out


def _role_before_bracket(text: str, colon: int, role_end: dict[int, Cand]) -> Cand | None:
    """The post before "(...)" that ends at ``colon``: "Director of Example (Deputy Chief Executive):"."""
    close = text.rfind(")", 0, colon)
    opening = text.rfind("(", max(0, close - 80), close)
    if opening < 0 or text[close + 1 : colon].strip():
        return None
    return role_end.get(len(text[:opening].rstrip()))


# who a person is, in apposition: "Jane Doe, a resident of Example", "John Roe, a local parent,"
_WHO_AFTER = re.compile(
    r"[ \t]+(?:a|an)[ \t]+(?:local[ \t]+)?(?:resident|tenant|parent|trustee|volunteer|pupil|student|governor|"
    r"carer|landlord|shopkeeper|farmer)\b(?!['’])"
)
_SEP = re.compile(r"[ \t]*(?:[,(/–—&-]|\band\b|\bat\b|\bof\b)[ \t]*(?:[Tt]he[ \t]+)?")
_AFFILIATE = ("ORG",)


# posts held on a committee, not in a body's employ
_SEAT_WORDS = frozenset({"chair", "chairman", "vice-chair", "vice", "member", "members", "co-opted", "independent"})


def _employs(board: Cand, post: Cand) -> bool:
    """A board named after a post held there that is not a seat on it is the person's employer:
    a body (an NHS board, a lender), not the council's committee."""
    words = board.normalised.split()
    return bool(words) and fold(words[-1]) in ("board", "commission") and not (
        set(post.normalised.lower().split()) & _SEAT_WORDS
    )


def _after_chain(p: Cand, by_start: dict[int, Cand], text: str) -> None:
    """Fill the role and affiliation from what follows the name: "Jane Doe, Director of
    Finance, Example Borough Council", "Jane Doe (XYZ Senior Adviser)", "Jane Doe (Example
    Council)". Up to three items, each after a comma, bracket or dash."""
    pos = p.occupied[1]
    prev: Cand | None = None
    for _ in range(3):
        m = _SEP.match(text, pos)
        nxt = by_start.get(m.end()) if m else None
        if nxt is None and prev is not None and prev.label in _AFFILIATE:
            nxt = by_start.get(pos + 1) if text[pos : pos + 1] == " " else None  # "(XYZ Senior Adviser)"
        if nxt is None:
            return
        if nxt.label == "ROLE":
            p.role = p.role or nxt.normalised
        elif nxt.label in _AFFILIATE and p.affiliation is None:
            p.affiliation = nxt.normalised
        elif nxt.label == "PERSON" and prev is not None and prev.label == "ROLE" and p.affiliation is None:
            nxt.label, nxt.role = "ORG", None  # "Jane Doe, Chief Executive, Example Watch": her body
            p.affiliation = nxt.normalised
        elif nxt.label == "COMMITTEE" and prev is not None and prev.label == "ROLE" and _employs(nxt, prev):
            nxt.label = "ORG"  # "Jane Doe, Consultant in Example Health, Example Care Board": her employer
            p.affiliation = p.affiliation or nxt.normalised
        else:
            return
        pos, prev = nxt.end, nxt


def assign_roles(people: list[Cand], others: list[Cand], text: str) -> list[Cand]:
    roles = [c for c in others if c.label == "ROLE"]
    by_end = {c.end: c for c in roles}
    by_start = {c.start: c for c in roles}
    linked = {c.start: c for c in others if c.label in ("ROLE", "COMMITTEE", *_AFFILIATE)}
    # the model's untitled "person" after a post in a list ("Jane Doe, Chief Executive, Example Watch")
    linked.update({c.start: c for c in others if c.label == "PERSON" and c.priority < 2 and not c.title})
    for p in people:
        if p.label != "PERSON":
            continue  # found to be a body after a post in a list above
        os_, oe = p.occupied
        line_start = text.rfind("\n", 0, os_) + 1
        before = text[line_start:os_]
        _after_chain(p, linked, text)  # the post given after the name comes first
        m = re.search(r"([^\s:])\s*:\s*$", before)
        if m and (r := by_end.get(line_start + m.end(1)) or _role_before_bracket(text, line_start + m.end(), by_end)):
            p.role = p.role or r.normalised  # "Chief Executive: Jane Doe", "Director of X (Deputy Y): Jane Doe"
        if p.role:
            continue
        lo = max(0, os_ - 60)
        m = re.search(r"(\S)[ \t]*\([ \t]*$", text[lo:os_])
        if m and (r := by_end.get(lo + m.end(1))):
            p.role = r.normalised  # "The Lord Mayor (Councillor Jane Doe) in the Chair"
            continue
        m = re.search(r"(\S)[ \t]*,[ \t]*$", text[lo:os_])
        if m and _APPOSITION_ENDS.match(text, oe) and (r := by_end.get(lo + m.end(1))):
            p.role = r.normalised  # "The Cabinet Member for Example, Councillor Doe, said": in apposition
            continue  # a list of those present: "the Mayor, Councillor Doe (in the Chair); ..."
        gap = len(text[:os_]) - len(text[:os_].rstrip())
        if 0 < gap <= 3 and "\n" not in text[os_ - gap : os_] and (r := by_end.get(os_ - gap)):
            p.role = r.normalised  # "Senior Policy Officer Jane Doe" (on one line: a post ending a line is another's)
            continue
        m = _POST_BEFORE.search(text, max(0, os_ - 80), os_)
        words = m.group(1).split() if m else []
        while words and words[0] in COMMON_CAPS:
            words.pop(0)
        if len(words) >= 2:  # "Programme Officer Jane Doe will ...": a post named right before the name
            p.role = " ".join(words)
            continue
        after = text[oe : oe + 200]
        m = re.match(r"\s*\(\s*(?:in the Chair|in the chair)\s*\)", after)
        if m:
            p.role = "Chair"
            continue
        # a signature block: the name alone on its line, the role alone on the next
        m = re.match(r"[ \t]*\n[ \t]*", after)
        if m and not before.strip(" \t-•*") and (r := by_start.get(oe + m.end())):
            line_end = text.find("\n", r.end)
            if not text[r.end : line_end if line_end >= 0 else len(text)].strip():
                p.role = r.normalised
    return people


# where a name in apposition to the post before it ends: a comma, or, in a list of those present,
# a semicolon, the list's end or "(in the Chair)"
_APPOSITION_ENDS = re.compile(r",|;|[ \t]*(?:\n|$)|[ \t]*\(\s*in the chair\s*\)", re.I)
# a post right before a name, at the start of a sentence or a line: "Senior Policy Officer Jane Doe"
_POST_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\n)((?:[A-Z][\w'’-]*\s+){0,4}(?:" + "|".join(ROLE_HEADS) + r"))\s+$"
)
_COUNCIL_TITLES = frozenset({"Councillor", "Cllr", "Cllr.", "CC", "Alderman"})
_COUNCIL_POSTS = re.compile(
    r"\b(?:Director|Head of|Chief Executive|Cabinet Member|Portfolio Holder|Lead Member|Leader|Mayor|"
    r"Monitoring Officer|Section 151|Officer|Manager|Chair|Chairman|Vice-Chair|"
    r"Solicitor|Lawyer|Surveyor|Engineer|Planner|Analyst|Accountant|Librarian|Co-?ordinator|Administrator|Auditor|"
    r"Worker|Psychologist|Therapist|Technician|Business Partner|Co-?opted|Independent (?:\w+ )?(?:Member|Person|Adviser|Advisor))\b"
)


# the label of a list of the council's own people: "Officers:", "Officers present:", "Author:",
# "Report of:", "Co-opted members:" (a label that names another body, "Officers of X:", is not one)
_OWN_LIST = re.compile(  # after a paragraph's number, if any ("5.4 Report author:")
    r"(?:\d+(?:\.\d+)*[ \t]+)?(?:(?:[A-Z][a-z]+|[a-z]+)[ \t]+)?(?:[Oo]fficers?|[Aa]uthors?|[Rr]eport[ \t]+of|[Cc]o-?opted)"
    r"(?:[ \t]+(?:present|in[ \t]+attendance|members?))?[ \t]*:"
)


def _own_list_label(text: str, start: int) -> bool:
    """Is the name at ``start`` an item of a list labelled as the council's own people: the
    label opens the name's line, or stands alone on the line before it?"""
    line = text.rfind("\n", 0, start) + 1
    if _OWN_LIST.match(text, line) and text.find(":", line, start) >= 0:
        return True
    if line == 0:
        return False
    prev = text.rfind("\n", 0, line - 1) + 1
    return bool(_OWN_LIST.fullmatch(text[prev : line - 1].strip()))


def default_affiliation(cands: list[Cand], own: str | None = None, head: int = 300, text: str = "") -> None:
    """A councillor or council officer whose body the text does not give serves the document's
    own council: ``own`` when the caller knows it (the document's metadata), else the council
    the document names in its first ``head`` characters (its letterhead or title). A council
    officer is known by a council post (a co-opted or independent member or adviser of its
    committees too), or by being listed under a label of the council's own people ("Officers:",
    "Author:"). A councillor with no other role has the role "Councillor" (an alderman
    "Alderman"). A person given a team of the council for a body ("Jane Doe, Legal Services")
    holds a post in that team (the role) and serves the council."""
    if own is None:
        top = [c for c in cands if c.label == "ORG" and c.start < head and c.normalised.endswith(" Council")]
        own = top[0].normalised if top else None
    for c in cands:
        if c.label != "PERSON":
            continue
        if own and c.affiliation and team(c.affiliation, cands):  # "Jane Doe, Legal Services": a team of the council
            c.role, c.affiliation = c.role or c.affiliation, own
        if own and c.affiliation and all(w in GENERIC_COUNCIL for w in c.affiliation.split()):
            c.affiliation = own  # "Leader of the Council": the document's own council
        titled = bool(c.title and _COUNCIL_TITLES & set(c.title.split()))
        if titled and not c.role:  # an alderman is an honorary title, not a seat
            words = (c.title or "").split()
            c.role = "Alderman" if "Alderman" in words and "Councillor" not in words else "Councillor"
        if own and not c.affiliation and (
            titled or (c.role and _COUNCIL_POSTS.search(c.role)) or (text and _own_list_label(text, c.start))
        ):
            c.affiliation = own


def resolve_holders(cands: list[Cand]) -> None:
    """A role mentioned anywhere ("the Director of Example Services will …") names its holder
    when the document gives that role to exactly one person."""
    holders: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "PERSON" and c.role:
            holders.setdefault(c.role.lower(), set()).add(c.normalised)
    for c in cands:
        if c.label == "ROLE":
            names = holders.get(c.normalised.lower(), set())
            if len(names) == 1:
                c.holder = next(iter(names))


def surname_links(cands: list[Cand]) -> None:
    """ "Mr. Doe CC" -> "J. Doe" when the document names exactly one Doe."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "PERSON" and " " in c.normalised:
            full.setdefault(c.normalised.split()[-1], set()).add(c.normalised)
    for c in cands:
        if c.label == "PERSON" and " " not in c.normalised:
            names = full.get(c.normalised, set())
            if len(names) == 1:
                c.normalised = next(iter(names))


_NEXT_LINE_WORD = re.compile(r"[ \t]*\r?\n[ \t]*([A-Z][a-z][\w'’-]*)(?![\w'’-])")


def wrapped_names(cands: list[Cand], text: str, ctx: DocContext) -> list[Cand]:
    """A name broken over two lines ("Councillor Jane\\nDoe attended") is one person: a
    one-word person whose next line opens with a word that completes a full name the document
    gives elsewhere, or (after a title) a capitalised word the text never writes in lower case.
    Returns the candidates without those the joined name now covers."""
    full = {c.normalised for c in cands if c.label == "PERSON" and " " in c.normalised}
    drop: set[int] = set()
    for c in cands:
        if c.label != "PERSON" or " " in c.normalised:
            continue
        m = _NEXT_LINE_WORD.match(text, c.end)
        if not m:
            continue
        word = m.group(1)
        if word in TITLE_SET or word in RANK_SET:
            continue  # a title opens the next name ("Councillor Doe\nCouncillor Roe", a column of names)
        joined = f"{c.normalised} {word}"
        if joined not in full and not (c.title and not ctx.common(word) and word not in NAME_STOP_SET):
            continue
        s, e = m.span(1)
        drop |= {id(o) for o in cands if o is not c and o.start < e and s < o.end}
        c.end, c.normalised = e, joined
        c.occupied = (c.occupied[0], max(c.occupied[1], e))
    return [c for c in cands if id(c) not in drop]
