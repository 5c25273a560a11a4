"""People: untitled names found from their surroundings, the role given next to a person,
and a surname alone linked to the one full name the document gives it."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import NAME_STOP_SET, initial_re, name_re
from councilsearch.extract.entities.names import clean_name, span_of, valid_name_tokens


def context_people(doc: Any, base: int, cands: list[Cand], ctx: DocContext) -> list[Cand]:
    """Untitled people the small model misses, found from their surroundings:
    "Lead Peer: Garry Cummings (…)", "Sara Pitt (Director of …)", "Larissa Reed, Swale Borough Council"."""
    taken = [c.occupied for c in cands]
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

    def add(run: list[Any], role: str | None) -> None:
        if len(run) >= 2 and valid_name_tokens(run, ctx, strict=True):
            s, e = span_of(run, base)
            out.append(Cand(s, e, "PERSON", clean_name(ctx.text[s:e]), 2, (s, e), role=role))
            taken.append((s, e))

    for i, tok in enumerate(doc):
        a = base + tok.idx
        if tok.text == ":" and a in role_end:  # "Lead Peer: Garry Cummings"
            add(name_run(i + 1, 1), None)
        elif tok.text == "(" and i + 1 < len(doc) and base + doc[i + 1].idx in roles_at:
            add(name_run(i - 1, -1), None)  # "Sara Pitt (Director of Finance …)"
        elif tok.text == "," and i + 1 < len(doc) and base + doc[i + 1].idx in org_at:
            add(name_run(i - 1, -1), None)  # "Larissa Reed, Swale Borough Council"
    return out


def assign_roles(people: list[Cand], others: list[Cand], text: str) -> list[Cand]:
    roles = [c for c in others if c.label == "ROLE"]
    by_end = {c.end: c for c in roles}
    by_start = {c.start: c for c in roles}
    for p in people:
        if p.role:
            continue
        os_, oe = p.occupied
        line_start = text.rfind("\n", 0, os_) + 1
        before = text[line_start:os_]
        m = re.search(r"([^\s:])\s*:\s*$", before)
        if m:
            r = by_end.get(line_start + m.end(1))
            if r:
                p.role = r.normalised
                continue
        after = text[oe : oe + 200]
        m = re.match(r"\s*\(\s*(?:in the Chair|in the chair)\s*\)", after)
        if m:
            p.role = "Chair"
            continue
        m = re.match(r"\s*(?:\(|,)\s*", after)
        if m:
            r = by_start.get(oe + m.end())
            if r:
                p.role = r.normalised
                continue
            # "(LGA Senior Regional Adviser)": one acronym before the role
            m2 = re.match(r"\s*\(\s*[A-Z]{2,6}\s+", after)
            if m2 and (r := by_start.get(oe + m2.end())):
                p.role = r.normalised
                continue
        # a signature block: the name alone on its line, the role alone on the next
        m = re.match(r"[ \t]*\n[ \t]*", after)
        if m and not before.strip(" \t-•*") and (r := by_start.get(oe + m.end())):
            line_end = text.find("\n", r.end)
            if not text[r.end : line_end if line_end >= 0 else len(text)].strip():
                p.role = r.normalised
    return people


def surname_links(cands: list[Cand]) -> None:
    """ "Mr. Pugsley CC" -> "C. Pugsley" when the document names exactly one Pugsley."""
    full: dict[str, set[str]] = {}
    for c in cands:
        if c.label == "PERSON" and " " in c.normalised:
            full.setdefault(c.normalised.split()[-1], set()).add(c.normalised)
    for c in cands:
        if c.label == "PERSON" and " " not in c.normalised:
            names = full.get(c.normalised, set())
            if len(names) == 1:
                c.normalised = next(iter(names))
