"""A table's header says what its rows name; a grouped table's groups are the council's parts.

Councils' budget and capital tables list their rows under a header cell that says what each row
is: a column headed "Directorate", "Department", "Service" or "Portfolio" lists the council's
parts (bodies: "Growth and Waterways", "Corporate Core"), one headed "Scheme", "Project"
or "Programme" lists schemes (programmes: "Harbour wall repairs", "Example Road improvements").
The cells' words alone say neither (common words, often in lower case), so the header types
them. A grouped table writes a group's name alone on a row (its other cells empty), its rows
under it, then a "… total" row ("Homes and Streets" … "Homes and Streets
total"): the groups of a council's tables are its directorates or portfolios, so a group named
in capitalised words is a body. Totals, notes and cells with figures are no names.
Generic vocabulary only: the header words are kinds of row, never a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.columns import Cell, tables
from councilsearch.extract.entities.domain import word_set
from councilsearch.extract.entities.shapes import fold, head_type

# header words (folded) that say a column lists the council's parts, or its schemes
_BODY_HEADERS = word_set("directorate department service portfolio division")
_SCHEME_HEADERS = word_set("scheme project programme initiative")
_CONNECTORS = frozenset({"and", "of", "for", "&", "the", "in", "on", "-", "–", "to"})
# what a group of a budget groups when it is money, not a part of the council ("General Items",
# "Land Receipts", "Funding")
_MONEY_GROUPS = word_set("item budget funding income expenditure cost spend grant reserve receipt financing")
_TOTAL = re.compile(r"^(?:(?:sub-?)?total\b|grand\b)|\b(?:sub-?)?totals?$", re.I)


def _header_kind(cell: str) -> str | None:
    words = [fold(w) for w in re.findall(r"[A-Za-z]+", cell)]
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[1] not in ("area", "name")):
        return None  # "Service", "Service area", "Scheme name"; not "Service charges"
    if words[0] in _BODY_HEADERS or (words[-1] == "area" and words[0] in _SCHEME_HEADERS):
        return "ORG"  # "Programme area": the part of the council that runs the programmes
    if words[0] in _BODY_HEADERS:
        return "ORG"
    if words[0] in _SCHEME_HEADERS:
        return "PROGRAMME"
    return None


def _name_cell(text: str, kind: str) -> bool:
    """A cell that names one thing: letters, no figure, no colon, not a total; a body's name in
    capitalised words, a scheme's opening with a capital."""
    words = text.replace("’", "'").split()
    if not words or len(words) > 8 or _TOTAL.search(text) or any(ch.isdigit() or ch in ":;()" for ch in text):
        return False
    if not words[0][:1].isupper():
        return False
    if kind == "ORG":
        return all(w in _CONNECTORS or w[:1].isupper() for w in words) and head_type(words) not in ("PROGRAMME", "COMMITTEE")
    return head_type(words) not in ("ORG", "COMMITTEE")


_GROUP_ROW = re.compile(r"^[ \t]*([^\t\n]*[^\t\n \d])[ \t]*\t[ \t]*(?:\t[ \t]*)*$", re.M)


def _groups(text: str) -> list[Cell]:
    """The group rows of the text's tables: a first cell alone on its row (the others empty)
    whose name a later row totals ("Name total", "Total Name", "Total for Name"), though a
    page break may come between them."""
    out: list[Cell] = []
    for m in _GROUP_ROW.finditer(text):
        name = re.escape(" ".join(m.group(1).split())).replace(r"\ ", r"\s+")
        total = re.compile(r"^[ \t]*(?:" + name + r"[ \t]+(?:sub-?)?total|total[ \t]+(?:for[ \t]+)?" + name + r")[ \t]*\t",
                           re.I | re.M)
        if total.search(text, m.end()):
            out.append(m.span(1))
    return out


def headed_columns(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """``chosen`` with the cells of headed columns and the groups of grouped tables typed (see
    the module's note); what the rules found inside such a cell by shape alone gives way."""
    text = ctx.text
    if "\t" not in text:
        return chosen
    order = sorted(chosen, key=lambda c: c.start)
    starts = [c.start for c in order]
    added: list[Cand] = []
    drop: set[int] = set()

    def take(cell: Cell, kind: str) -> None:
        a, b = cell
        near = order[bisect_left(starts, a) : bisect_right(starts, b)]
        inside = [x for x in near if a <= x.start and x.end <= b]
        if any(x.start == a and x.end == b and x.label == kind for x in inside):
            return
        if any(x.priority >= 3 or x.label in ("GPE", "ACRONYM", "PERSON") for x in inside):
            return  # a name the rules typed by its head ("Example Trust"), a place, a person
        drop.update(id(x) for x in inside)
        added.append(Cand(a, b, kind, " ".join(text[a:b].split()), 2, (a, b)))

    groups = _groups(text)
    for a, b in groups:
        words = text[a:b].split()
        if len(words) >= 2 and fold(words[-1]) not in _MONEY_GROUPS and _name_cell(text[a:b], "ORG"):
            take((a, b), "ORG")
    for rows in tables(text):
        for head_rows in range(1, min(3, len(rows) - 1)):
            kinds = [_header_kind(text[a:b]) for a, b in rows[head_rows - 1]]
            for j, kind in enumerate(kinds):
                if kind is None:
                    continue
                for row in rows[head_rows:]:
                    a, b = row[j]
                    if a < b and (a, b) not in groups and _name_cell(text[a:b], kind) and not _header_kind(text[a:b]):
                        take((a, b), kind)
    if not added:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))
