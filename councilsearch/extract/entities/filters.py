"""The checks on what the ruler and the statistical NER found: each match is kept (trimmed,
named, given a label and a priority) or dropped. The small model is noisy on committee
papers, so its output is filtered hard."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import (
    COMMON_CAPS,
    FAC_HEADS,
    GENERIC_ORG,
    NAME_STOP_SET,
    ORG_WORDS,
    RANK_SET,
    RETIRED,
    TITLE_SET,
    canonical_body,
)
from councilsearch.extract.entities.evidence import TRADE_WORDS
from councilsearch.extract.entities.named import named, role_shaped
from councilsearch.extract.entities.names import (
    clean_name,
    normalise_role,
    org_shaped,
    span_of,
    split_title,
    strip_tokens,
    tidy_name,
    valid_council,
    valid_name_tokens,
)
from councilsearch.extract.entities.shapes import (
    after_house_number,
    fold,
    followed_by_figure,
    followed_by_place,
    head_type,
    last_head_type,
    never_a_surname,
    opens_table_row,
    surname_head,
)

# spaCy labels that never leave this package: numbers belong to figures.v2, and the rest are
# (on these documents) almost always wrong.
DROPPED_LABELS = frozenset(
    {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}
    | {"EVENT", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
_DEMONYM = re.compile(r"(?:ans?|ish|ese|is?|us?|ats?|ves?|ic|ics)$")

def from_ruler(ent: Any, base: int, ctx: DocContext) -> Cand | list[Cand] | None:
    pid = ent.ent_id_
    toks = list(ent)
    occupied = span_of(toks, base)
    if pid == "council-of":  # "Capital Borough of Example upon Sea Council"
        while toks and toks[-1].text == "and":  # "... Borough of Example and the Royal Borough of ..."
            toks = toks[:-1]
        s, e = span_of(toks, base)
        surface = ctx.text[s:e]
        return Cand(s, e, "ORG", canonical_body(surface), 3, (s, e))
    if pid == "council":
        if [t.text.lower() for t in toks[-2:]] == ["full", "council"]:
            s, e = span_of(toks[-2:], base)
            return Cand(s, e, "COMMITTEE", "Full Council", 3, (s, e))  # the meeting of all members
        toks = valid_council(toks, ctx)
        if not toks:
            return None
        s, e = span_of(toks, base)
        surface = ctx.text[s:e]
        return Cand(s, e, "ORG", canonical_body(surface), 3, occupied)
    if pid == "council-meeting":
        return council_meeting(toks, base, ctx)
    if pid == "person-rank":  # "Chief Superintendent Jane Doe": the rank is her role
        i = next((k for k, t in enumerate(toks) if t.text not in RANK_SET and t.text != "Chief"), len(toks))
        rank, name_toks = " ".join(t.text for t in toks[:i]), toks[i:]
        while name_toks and name_toks[0].text in ("(", ")", *RETIRED):
            name_toks = name_toks[1:]  # "Major (Retd) John Roe"
        # a rank the text also writes in lower case ("major works") needs a name of no common word
        strict: bool | str = "any" if any(ctx.common(t.text) for t in toks[:i]) else False
        if not name_toks or not valid_name_tokens(name_toks, ctx, strict=strict):
            return None
        if followed_by_place(ctx.text, occupied[1]):
            return None
        s, e = span_of(name_toks, base)
        return Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 3, occupied, title=rank, role=rank)
    if pid == "person":
        name_toks, title = split_title(toks)
        if not name_toks or not valid_name_tokens(name_toks, ctx, strict=False):
            return None
        if followed_by_place(ctx.text, occupied[1]):
            return None
        s, e = span_of(name_toks, base)
        return Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 3, occupied, title=" ".join(title) or None)
    toks = strip_tokens(toks)
    if not toks:
        return None
    s, e = span_of(toks, base)
    surface = ctx.text[s:e]
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if pid == "role-in":  # a field, not a place: two words or more, or a word also written in lower case
        field = [t.text for t in toks[[t.text for t in toks].index("in") + 1 :]]
        if len(field) < 2 and not all(ctx.common(w) for w in field):
            return None
        return Cand(s, e, "ROLE", normalise_role(surface), 3, occupied)
    if pid in ("role", "role-h"):
        if pid == "role-h" and nxt is not None and nxt.is_alpha and nxt.text[0].isupper():
            return None  # "Example Peer" in "Example Peer Challenge"
        if pid == "role-h" and len(toks) > 2 and toks[0].text in ctx.body_acronyms:
            toks = toks[1:]  # "XYZ Senior Adviser": XYZ, defined as a body, is an entity of its own
            s, e = span_of(toks, base)
            surface = ctx.text[s:e]
            occupied = (s, e)
        return Cand(s, e, "ROLE", normalise_role(surface), 3, occupied)
    if nxt is not None and nxt.text in ("Room", "Rooms", "Meeting"):
        return None  # "Example Committee Room" is a room
    if pid == "committee":  # a commission may be a body ("Example Quality Commission")
        kind = last_head_type([t.text for t in toks])
        label = "ORG" if kind == "ORG" and fold(toks[-1].text) == "commission" else "COMMITTEE"
        return Cand(s, e, label, tidy_name(canonical_body(surface)), 3, occupied)
    if pid in ("named", "named-of"):
        return named(toks, base, ctx, pid)
    return None


_OWNER = frozenset({"the", "this", "that", "a", "an", "each", "every", "our", "your", "its", "their", "any", "no"})


def council_meeting(toks: list[Any], base: int, ctx: DocContext) -> Cand | None:
    """ "To: County Council", "for approval by City Council", "District Council is asked to …":
    a council's type and "Council" with no place and no article before them name the meeting of
    all its members (a COMMITTEE); after a capitalised word (a place on the line before), an
    article or a possessive ("the County Council", "this City Council"), or before a name
    ("County Council Tax") or coordinated with a body ("the Borough Council and County Council"),
    they name the body or something else."""
    s, e = span_of(toks, base)
    before = re.search(r"([\w'’]+)([^\w]*)$", ctx.text[max(0, s - 40) : s])
    if before and before.group(1).lower() in _OWNER:
        return None
    if before and before.group(1)[0].isupper() and not before.group(2).strip():
        return None  # "Example\nCounty Council": the place is on the line before
    if before and before.group(1).lower() in ("and", "or") and re.search(r"Council\s+\S+\s*$", ctx.text[max(0, s - 40) : s]):
        return None  # "the Borough Council and County Council": the article covers both
    after = ctx.text[e : e + 3]
    if re.match(r"['’]s|\s+[A-Z]|[ \t]*\n[ \t]*[a-z]", after + ctx.text[e + 3 : e + 6]):
        return None
    return Cand(s, e, "COMMITTEE", ctx.text[s:e], 3, (s, e))


# a council's name in capitals, as title blocks and running heads print it ("EXAMPLE AND SAMPLE
# BOROUGH COUNCIL"): the words of the place, its kind, then "COUNCIL"
_CAPS_COUNCIL = re.compile(
    r"(?<![\w'’-])((?:[A-Z][A-Z'’]+(?:-[A-Z]+)*[ \t]+(?:(?:AND|UPON|ON)[ \t]+)?){1,4})"
    r"((?:METROPOLITAN[ \t]+)?(?:BOROUGH|CITY|COUNTY|DISTRICT|TOWN|PARISH)[ \t]+COUNCIL)(?![\w'’-])"
)
_CAPS_LINKS = frozenset({"and", "upon", "on"})


def _title_word(word: str, first: bool) -> str:
    low = word.lower()
    if low in _CAPS_LINKS and not first:
        return low
    return "-".join(p if p in ("on", "upon", "le") else p.capitalize() for p in low.split("-"))


def capital_councils(ctx: DocContext) -> list[Cand]:
    """Councils named in capitals ("EXAMPLE BOROUGH COUNCIL", "MEETING OF SAMPLE CITY COUNCIL"):
    the words right before the council's kind that the document never writes in lower case
    ("MEETING", "OF", "THE" are not among them) name its place; the entity's
    ``normalised`` is the name in title case."""
    out: list[Cand] = []
    for m in _CAPS_COUNCIL.finditer(ctx.text):
        words: list[str] = []
        for w in reversed(m.group(1).split()):  # "MEETING OF THE CABINET OF EXAMPLE": from the right
            if w.lower() not in _CAPS_LINKS and ctx.common(w):
                break
            words.insert(0, w)
        while words and words[0].lower() in _CAPS_LINKS:
            words = words[1:]
        if not words:
            continue
        s = m.start(1) + m.group(1).find(words[0])
        e = m.end()
        name = " ".join(_title_word(w, i == 0) for i, w in enumerate([*words, *m.group(2).split()]))
        out.append(Cand(s, e, "ORG", name, 3, (s, e)))
    return out


_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})


def _trade_name(words: list[str], ctx: DocContext) -> bool:
    """ "Example Haulage", "Sample Water": a name (a first word the document never writes in
    lower case) followed by a trade or field of business is a firm, whatever the model called
    it (a person, a place, a work of art)."""
    return (
        2 <= len(words) <= 4
        and words[-1].lower() in TRADE_WORDS
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not ctx.common(words[0])
        and words[0] not in NAME_STOP_SET
        and not any(w in TITLE_SET for w in words)
    )


def from_model(ent: Any, base: int, ctx: DocContext) -> Cand | None:
    label = ent.label_
    if label not in _NAMED_LABELS and label in DROPPED_LABELS:
        return None
    toks = strip_tokens(ent)
    if not toks:
        return None
    words = [t.text for t in toks]
    s, e = span_of(toks, base)
    surface = ctx.text[s:e]
    if any(t.is_space or t.like_num or t.like_email or t.like_url for t in toks):
        return None
    if _trade_name(words, ctx):
        return Cand(s, e, "ORG", clean_name(surface), 1, (s, e))
    if label in DROPPED_LABELS:
        return None
    if label == "ORG" and role_shaped(words):  # "Director of Example Services"
        return Cand(s, e, "ROLE", normalise_role(surface), 1, (s, e))
    kind = head_type(words) if label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP") else None
    if kind is not None and surname_head(words, ctx.common):
        kind = None  # "Jane Grant" is a person
    if kind is not None:  # the model saw a name; its head noun says what kind
        if len(words) > 10 or not words[0][:1].isupper():
            return None
        content = [w for w in words if w not in ("of", "for", "and", "&", "the", "on", "upon", "-")]
        if all(ctx.common(w) or w in GENERIC_ORG or w in COMMON_CAPS for w in content):
            return None  # "County Council", "Support Services": no name in it
        return Cand(s, e, kind, tidy_name(canonical_body(surface)), 1, (s, e))
    if label == "PERSON":
        dash = next((i for i, t in enumerate(toks) if i and t.text in ("-", "–", "—") and toks[i - 1].whitespace_), None)
        if dash is not None:  # "Jane Doe - Solicitor": a spaced dash ends a name (the post follows it)
            toks = strip_tokens(toks[:dash])
            if not toks:
                return None
            words = [t.text for t in toks]
            s, e = span_of(toks, base)
        if (
            never_a_surname(words[-1])
            or followed_by_place(ctx.text, e)
            or followed_by_figure(ctx.text, e)
            or after_house_number(ctx.text, s)
            or opens_table_row(ctx.text, s)
        ):
            return None  # "Sample Vale House": a building; "Example Sums (£2m)": a budget line
        name, title = split_title(toks)
        if not name or not valid_name_tokens(name, ctx, strict=False if title else "any"):
            return None
        s, e = span_of(name, base)
        return Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 1, (s, e), title=" ".join(title) or None)
    if label == "ORG":
        if not org_shaped(toks):
            return None
        content = [w for w in words if w not in ("of", "for", "and", "&", "the", "on", "upon", "-")]
        if all(ctx.common(w) or w in GENERIC_ORG or w in COMMON_CAPS for w in content):
            return None  # "County Council", "Support Services", "Partner Authorities"
        if len(content) == 1 and (content[0].isupper() or len(content[0]) < 3):
            return None  # an acronym is the acronyms' business
        return Cand(s, e, "ORG", clean_name(surface), 1, (s, e))
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
        if all(ctx.common(w) for w in words) or any(w in COMMON_CAPS or w in ORG_WORDS for w in words):
            return None
        return Cand(s, e, "GPE" if label == "LOC" else label, clean_name(surface), 1, (s, e))
    if label == "FAC":
        if len(words) >= 2 and words[-1] in FAC_HEADS and all(w[0].isupper() for w in words):
            return Cand(s, e, "FAC", clean_name(surface), 1, (s, e))
        return None
    if label == "LAW":
        if "Act" in words and all(w[0].isupper() or w.isdigit() or w in ("of", "and") for w in words):
            return Cand(s, e, "LAW", clean_name(surface), 1, (s, e))
        return None
    return None
