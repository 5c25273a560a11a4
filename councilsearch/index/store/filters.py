"""Search and listing filters (``models.Filters``) as an SQL condition."""

from __future__ import annotations

from typing import Any

from councilsearch.models import Filters


def filters_sql(f: Filters, alias_p: str = "p", alias_d: str = "d") -> tuple[str, list[Any]]:
    """The WHERE condition of ``f`` and its arguments, over passages aliased ``alias_p``
    joined to their documents aliased ``alias_d`` ("1=1" when no filter is set)."""
    clauses: list[str] = []
    args: list[Any] = []
    if f.council:
        clauses.append(f"lower({alias_d}.council) LIKE ?")
        args.append(f"%{f.council.lower()}%")
    for value, clause in (
        (f.doc_type, f"{alias_d}.doc_type = ?"),
        (f.doc_id, f"{alias_d}.id = ?"),
        (f.date_from, f"{alias_d}.date >= ?"),
        (f.date_to, f"{alias_d}.date <= ?"),
        (f.section_kind, f"{alias_p}.kind = ?"),
    ):
        if value:
            clauses.append(clause)
            args.append(value)
    return (" AND ".join(clauses) if clauses else "1=1"), args
