"""WHERE conditions: search and listing filters (``models.Filters``) as SQL, and the
condition builder the store's other filtered reads share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from councilsearch.models import Filters

Check = tuple[object, str, Sequence[Any]]
"""(test, clause, its arguments): the clause applies when the test is truthy."""


def conditions(*checks: Check) -> tuple[list[str], list[Any]]:
    """The clauses whose test holds, in the order given, and their arguments."""
    clauses: list[str] = []
    args: list[Any] = []
    for test, clause, values in checks:
        if test:
            clauses.append(clause)
            args.extend(values)
    return clauses, args


def filters_sql(f: Filters, alias_p: str = "p", alias_d: str = "d") -> tuple[str, list[Any]]:
    """The WHERE condition of ``f`` and its arguments, over passages aliased ``alias_p``
    joined to their documents aliased ``alias_d`` ("1=1" when no filter is set)."""
    clauses, args = conditions(
        # the council exactly (``Store.check_council`` turns a code or another case into its name)
        (f.council, f"{alias_d}.council = ?", [f.council]),
        (f.doc_type, f"{alias_d}.doc_type = ?", [f.doc_type]),
        (f.doc_id, f"{alias_d}.id = ?", [f.doc_id]),
        (f.date_from, f"{alias_d}.date >= ?", [f.date_from]),
        (f.date_to, f"{alias_d}.date <= ?", [f.date_to]),
        (f.section_kind, f"{alias_p}.kind = ?", [f.section_kind]),
    )
    return (" AND ".join(clauses) if clauses else "1=1"), args
