"""Council entities linked to the council register: each ORG whose whole name is a council's
name the register knows ("Kent County Council", "Kent CC", "the London Borough of Camden")
carries the council's ONS code, its tier and its upper-tier council (a district's county; a
single-tier council's own). A council the register does not know (an invented one, a parish,
a Scottish council) keeps no link, never a guess; nor does a body that only holds a council's
place ("Kent Police"). The reading of the name is ``councils.find_councils``, the one that
gives documents their council metadata."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from councilsearch.councils import RegisterUnavailableError, default_register, find_councils
from councilsearch.models import Entity


@lru_cache(maxsize=4096)
def council_link(name: str) -> tuple[str, str, str, str] | None:
    """(ONS code, tier, upper-tier council's code, its name) of the register's council that
    ``name`` is the whole name of, or None (also when the register is not installed)."""
    whole = name.strip()
    if whole[:4].lower() == "the ":
        whole = whole[4:]
    try:
        found = find_councils(whole)
        reg = default_register()
    except RegisterUnavailableError:
        return None
    if len(found) != 1 or found[0].span != (0, len(whole)):
        return None
    c = found[0].council
    upper = reg.upper(c)
    return c.code, c.tier, upper.code, found[0].name if upper.code == c.code else upper.name


def link_councils(entities: list[Entity]) -> list[Entity]:
    """``entities`` with every council the register knows carrying its link."""
    out: list[Entity] = []
    for e in entities:
        link = council_link(e.normalised) if e.label == "ORG" else None
        if link is None:
            out.append(e)
            continue
        code, tier, upper_code, upper_name = link
        out.append(replace(e, council_code=code, council_tier=tier, upper_council_code=upper_code,
                           upper_council=upper_name))
    return out
