"""Names headed by an organisation or programme noun, as the ruler's "named" patterns find
them ("Example Agency", "Bank of Example", "Example Harbour Review"), trimmed to the name:
not the words before a connector ("Report to the Example Commission"), not "Quality of
Reviews" (a head right after "of" is a common noun), split where two names are coordinated
("Example Agency and Local Example schemes"), and a role rather than a body when a role word
heads it ("Director of Example Services")."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import RANK_SET, TITLE_SET, canonical_body, word_set
from councilsearch.extract.entities.names import (
    clean_name,
    normalise_role,
    span_of,
    tidy_name,
    valid_name_tokens,
)
from councilsearch.extract.entities.shapes import (
    DESCRIPTOR_HEADS,
    LEGAL_FORMS,
    PROPER_ONLY_HEADS,
    fold,
    head_type,
    last_head_type,
    surname_head,
)

_GENERIC_FIRST = word_set("programme project service services team group panel board committee fund")
_CUT = frozenset({"to", "on"})  # "Report to the X Commission": the name starts after "to"
_BEFORE_HEAD = frozenset({"of", "for", "the", "to", "on", "in", "and", "&"})
_LEAD = frozenset({"the", "and", "&", "of", "for", "in", "-"})
# role words that head "X of/for Y" ("Director of Example Services", "Head of Service")
ROLE_HEADS = word_set(
    "Director Head Chief Leader Member Holder Officer Manager Chair Chairman Secretary Minister Commissioner"
)


def role_shaped(words: list[str]) -> bool:
    """ "Director of Example Services", "Assistant Director for Example": a role, not a body."""
    for i, w in enumerate(words[:-1]):
        if words[i + 1] in ("of", "for"):
            return w in ROLE_HEADS and all(x[:1].isupper() or x in ("and", "&") for x in words[:i])
    return False


def named(toks: list[Any], base: int, ctx: DocContext, pid: str) -> list[Cand]:
    words = [t.text for t in toks]
    # "the Example Commissioner for Sample and of Sample Fire Authority": two names
    split = next((i for i in range(1, len(words) - 2) if words[i] == "and" and words[i + 1] in ("of", "for")), None)
    if split is not None:
        return named(toks[:split], base, ctx, pid) + named(toks[split + 2 :], base, ctx, "named")
    if len(words) > 12 or toks[0].like_num:
        return []
    if any(
        w in ("'", "’") and not (words[i - 1][-1:] in ("s", "S") and words[i + 1][:1].isupper())
        for i, w in enumerate(words[1:-1], 1)
    ):
        return []  # a closing quote ("the ‘Example Futures’ scheme"), not "Example Allotment Holders' Association"
    if role_shaped(words):
        s, e = span_of(toks, base)
        return [Cand(s, e, "ROLE", normalise_role(ctx.text[s:e]), 3, (s, e))]
    if pid == "named":
        cut = max(
            (i for i, w in enumerate(words[:-1]) if w.lower() in _CUT and "-" not in (words[i - 1] if i else "", words[i + 1])),
            default=-1,
        )  # not the "to" of "Door-to-Door"
        toks = toks[cut + 1 :]
        while toks and toks[0].text.lower() in _LEAD:
            toks = toks[1:]
        if toks and toks[-1].text in DESCRIPTOR_HEADS:  # "the Government's Example reforms": after the owner
            own = max((i for i, t in enumerate(toks[:-1]) if t.text in ("'s", "’s")), default=-1)
            toks = toks[own + 1 :]
    out: list[Cand] = []
    # "Example Agency and Local Example schemes": two names, split at the inner head
    for i in range(1, len(toks) - 2):
        inner_head = toks[i].text[:1].isupper() and last_head_type([toks[i].text]) is not None
        if toks[i + 1].text.lower() in ("and", "&") and inner_head:
            out += _one(toks[: i + 1], base, ctx, pid)
            out += _one(toks[i + 2 :], base, ctx, pid)
            return out
    return _one(toks, base, ctx, pid)


def _titled_person(toks: list[Any], base: int, ctx: DocContext) -> list[Cand]:
    """The words before "of" in "[Inspector] Jane Doe of Example Police": a person, when a title
    or rank comes right before them (the title and rank are not part of the match)."""
    if not toks or toks[0].i == 0:
        return []
    doc = toks[0].doc
    j = toks[0].i
    title: list[str] = []
    while j > 0 and (doc[j - 1].text in TITLE_SET or doc[j - 1].text in RANK_SET or doc[j - 1].text == "Chief"):
        j -= 1
        title.insert(0, doc[j].text)
    if not title or title == ["Chief"] or not valid_name_tokens(toks, ctx, strict=False):
        return []
    s, e = span_of(toks, base)
    rank = " ".join(title) if any(w in RANK_SET for w in title) else None
    return [Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 3, (base + doc[j].idx, e), title=" ".join(title), role=rank)]


def _one(toks: list[Any], base: int, ctx: DocContext, pid: str) -> list[Cand]:
    words = [t.text for t in toks]
    dot = bool(words) and words[-1].endswith(".") and words[-1].lower()[:-1] in LEGAL_FORMS
    if dot:  # "Example Services Ltd." at a sentence's end: the form without the full stop
        words[-1] = words[-1][:-1]
    if len(words) < 2 or (pid == "named" and words[-2].lower() in _BEFORE_HEAD):
        return []  # "Scope of Audits", "Delivery of the Scheme"
    mods = [w for w in words[:-1] if w[:1].isupper()]
    if pid == "named" and fold(words[-1]) != words[-1].lower() and all(ctx.common(w) for w in mods):
        return []  # "Consider Plans", "Main Schemes": a plural head after common words
    if fold(words[-1]) in PROPER_ONLY_HEADS and all(ctx.common(w) or w.isupper() for w in mods):
        return []  # "Special School", "XYZ Hub": a kind of school or service, no name
    kind = head_type(words) if "of" in words[:-1] or "for" in words[:-1] else None
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    if pid == "named-of" and kind == "PROGRAMME" and cut >= 2:
        return _one(toks[:cut], base, ctx, "named")  # "Example Care Fund for Sample Grants": the fund
    if kind is None and pid == "named" and last_head_type(words) == "ORG" and "of" in words[:-1]:
        i = words.index("of")  # "Funding of Example Agency": the body's name follows "of"
        body = _one(toks[i + 1 :], base, ctx, pid) if i + 2 < len(toks) else []
        return _titled_person(toks[:i], base, ctx) + body  # "Inspector Jane Doe of Example Police"

    kind = kind or last_head_type(words)
    if kind is None or surname_head(words, ctx.common):
        return []
    occupied = span_of(toks, base)
    if words[-1] in DESCRIPTOR_HEADS:  # "the Example Renewal reforms": two words or more, no acronym
        front = [t for t in toks[:-1] if t.text not in ctx.body_acronyms]
        if len(front) < 2 or any(t.text.isupper() for t in front):
            return []
        s, e = span_of(front, base)
        return [Cand(s, e, kind, tidy_name(ctx.text[s:e]), 3, occupied)]
    legal = words[-1].lower().rstrip(".") in LEGAL_FORMS  # "Example Group plc": the form is part of the name
    if toks[-1].text.islower() and not legal and not all(t.text.isupper() for t in toks[:-1]):
        if fold(words[-1]) != words[-1] and any(w in ("and", "&") for w in words[:-1]):
            return []  # "the Example Street and Sample libraries": two names, each untyped
        front = toks[:-1]  # "the Bright Example Futures programme": the name is the capitalised words
        while front and front[-1].text.lower() in _BEFORE_HEAD:
            front.pop()
        if len(front) >= 2:
            s, e = span_of(front, base)
            return [Cand(s, e, kind, tidy_name(ctx.text[s:e]), 3, occupied)]
    if len(words) == 2 and words[0].lower() in _GENERIC_FIRST:
        return []  # "Service Review", "Board Programme": two common words of this domain
    s, e = occupied
    e -= dot
    return [Cand(s, e, kind, tidy_name(canonical_body(ctx.text[s:e])), 3, occupied)]
