"""The checks on what the ruler and the statistical NER found: each match is kept (trimmed,
named, given a label and a priority) or dropped. The small model is noisy on committee
papers, so its output is filtered hard."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import (
    ALIASES,
    COMMON_CAPS,
    FAC_HEADS,
    GENERIC_ORG,
    ORG_WORDS,
    PLACES_LOWER,
    canonical_body,
)
from councilsearch.extract.entities.names import (
    clean_name,
    looks_like_org,
    normalise_role,
    span_of,
    split_title,
    strip_tokens,
    tidy_name,
    valid_council,
    valid_name_tokens,
)

# spaCy labels that never leave this package: numbers belong to figures.v1, and the rest are
# (on these documents) almost always wrong.
DROPPED_LABELS = frozenset(
    {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}
    | {"EVENT", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
)
_DEMONYM = re.compile(r"(?:ans?|ish|ese|is?|us?|ats?|ves?|ic|ics)$")

def from_ruler(ent: Any, base: int, ctx: DocContext) -> Cand | None:
    pid = ent.ent_id_
    toks = list(ent)
    occupied = span_of(toks, base)
    if pid.startswith("body:"):
        s, e = span_of(toks, base)
        return Cand(s, e, "ORG", pid[5:], 3, occupied)
    if pid == "place":
        s, e = span_of(toks, base)
        name = " ".join(ctx.text[s:e].split())
        return Cand(s, e, "GPE", PLACES_LOWER.get(name.lower(), name), 3, occupied)
    if pid == "council-of":  # "London Borough of Richmond upon Thames Council"
        s, e = span_of(toks, base)
        surface = ctx.text[s:e]
        return Cand(s, e, "ORG", canonical_body(surface) or clean_name(surface), 3, occupied)
    if pid == "council":
        toks = valid_council(toks, ctx)
        if not toks:
            return None
        s, e = span_of(toks, base)
        surface = ctx.text[s:e]
        return Cand(s, e, "ORG", canonical_body(surface) or clean_name(surface), 3, occupied)
    if pid == "person":
        name_toks, title = split_title(toks)
        if not name_toks or not valid_name_tokens(name_toks, ctx, strict=False):
            return None
        s, e = span_of(name_toks, base)
        return Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 3, occupied, title=" ".join(title) or None)
    toks = strip_tokens(toks)
    if not toks:
        return None
    s, e = span_of(toks, base)
    surface = ctx.text[s:e]
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if pid in ("role", "role-h"):
        if pid == "role-h" and nxt is not None and nxt.is_alpha and nxt.text[0].isupper():
            return None  # "Finance Peer" in "Finance Peer Challenge"
        if pid == "role-h" and len(toks) > 2 and toks[0].text in ALIASES and toks[0].is_upper:
            toks = toks[1:]  # "LGA Senior Regional Adviser": the LGA is a body of its own
            s, e = span_of(toks, base)
            surface = ctx.text[s:e]
            occupied = (s, e)
        return Cand(s, e, "ROLE", normalise_role(surface), 3, occupied)
    if nxt is not None and nxt.text in ("Room", "Rooms", "Meeting"):
        return None  # "Sparkenhoe Committee Room"
    if pid in ("committee", "programme"):
        canon = canonical_body(surface)
        if canon:
            return Cand(s, e, "ORG", canon, 3, occupied)
        label = "COMMITTEE" if pid == "committee" else "PROGRAMME"
        return Cand(s, e, label, tidy_name(surface), 3, occupied)
    return None


def from_model(ent: Any, base: int, ctx: DocContext) -> Cand | None:
    label = ent.label_
    if label in DROPPED_LABELS:
        return None
    toks = strip_tokens(ent)
    if not toks:
        return None
    words = [t.text for t in toks]
    s, e = span_of(toks, base)
    surface = ctx.text[s:e]
    canon = canonical_body(surface)
    if canon:
        return Cand(s, e, "ORG", canon, 1, (s, e))
    if any(t.is_space or t.like_num or t.like_email or t.like_url for t in toks):
        return None
    if label == "PERSON":
        name, title = split_title(toks)
        if not name or not valid_name_tokens(name, ctx, strict=False if title else "any"):
            return None
        s, e = span_of(name, base)
        return Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 1, (s, e), title=" ".join(title) or None)
    if label == "ORG":
        if not looks_like_org(toks):
            return None
        content = [w for w in words if w not in ("of", "for", "and", "&", "the", "on", "upon", "-")]
        if all(ctx.common(w) or w in GENERIC_ORG for w in content):
            return None  # "County Council", "Legal Services", "Participating Authorities"
        head = words[-1]
        return Cand(s, e, "ORG", clean_name(surface), 1, (s, e)) if head not in ("Board",) else None
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
        return Cand(s, e, label, clean_name(surface), 1, (s, e))
    if label == "FAC":
        if len(words) >= 2 and words[-1] in FAC_HEADS and all(w[0].isupper() for w in words):
            return Cand(s, e, "FAC", clean_name(surface), 1, (s, e))
        return None
    if label == "LAW":
        if "Act" in words and all(w[0].isupper() or w.isdigit() or w in ("of", "and") for w in words):
            return Cand(s, e, "LAW", clean_name(surface), 1, (s, e))
        return None
    return None
