"""One column, one kind: the cells of a table column name things of one kind.

A table's column of contacts, applicants or lead members holds people; the model, reading each
cell alone, calls some of them people, some bodies and some nothing ("Jane Doe" alone in a cell
has no context). The column gives the context: when two or more of its cells are people with
evidence of their own (a title, a post, a rule's match) and none is a body, every cell of the
column shaped like a name (two to four capitalised words, a title allowed before them, no head
noun, not a post) is a person. Likewise a column of names (every cell capitalised words, with
"and", "of", "&" between them) of which at least one cell is a body by its own head noun
("Example Residents' Association"), and none a person, a place, a programme or a committee, is
a column of bodies: each of its cells is one ("Example Larder", "Sample Voices"), whatever the
model made of it, when the table also has a column of people and the cell holds a word the
document never writes in lower case (a name, not "Corporate Resources"). A person of a column of people takes as affiliation the one body that fills
another cell of its row ("Example Larder | … | Jane Doe").

A table here is a run of three or more lines (a header and two rows) that hold the same number
of tab-separated cells, two or more, as ingest writes them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import NAME_STOP_SET, TITLE_SET
from councilsearch.extract.entities.evidence import is_post
from councilsearch.extract.entities.shapes import head_type
from councilsearch.extract.entities.support import body_with_evidence

_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]\.?")
Cell = tuple[int, int]  # the cell's trimmed span in the text


def _cells(text: str, s: int, e: int) -> list[Cell]:
    out: list[Cell] = []
    for m in re.finditer(r"[^\t]+|(?<=\t)(?=\t|$)", text[s:e]):
        a, b = s + m.start(), s + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def tables(text: str) -> Iterator[list[list[Cell]]]:
    """The tables of ``text``: lists of rows (the header first), each a list of cells."""
    run: list[list[Cell]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        row = _cells(text, start, start + len(line)) if "\t" in line else []
        if row and (not run or len(row) == len(run[0])):
            run.append(row)
            continue
        if len(run) >= 3:
            yield run
        run = [row] if row else []
    if len(run) >= 3:
        yield run


def _covering(cands: list[Cand], cell: Cell) -> Cand | None:
    a, b = cell
    inside = [c for c in cands if a <= c.start and c.end <= b]
    return max(inside, key=lambda c: c.end - c.start) if inside else None


def _supported_person(c: Cand | None) -> bool:
    return c is not None and c.label == "PERSON" and bool(c.title or c.role or c.priority >= 2)


def _people_column(column: list[Cand | None]) -> bool:
    return sum(_supported_person(c) for c in column) >= 2 and not any(_body(c) for c in column)


def _body(c: Cand | None) -> bool:
    return body_with_evidence(c, ("ORG", "COMMITTEE"))


_CONNECTORS = frozenset({"and", "of", "for", "&", "the", "in", "on", "-", "–"})


def _body_column(rows: list[list[Cell]], j: int, column: list[Cand | None], ctx: DocContext) -> bool:
    text = ctx.text
    kinds: list[str | None] = []
    for (a, b), c in zip((row[j] for row in rows[1:]), column, strict=True):
        words = text[a:b].replace("’", "'").split()
        if not words:
            continue
        if not all(w in _CONNECTORS or (w[:1].isupper() and not any(ch.isdigit() for ch in w)) for w in words):
            return False
        if (c is not None and c.label in ("PERSON", "GPE") and c.priority >= 2) or _supported_person(c):
            return False
        kinds.append(head_type(words))
    return "ORG" in kinds and not {"PROGRAMME", "COMMITTEE"} & set(kinds)


def _name_shaped(cell_text: str, ctx: DocContext) -> tuple[int, list[str]] | None:
    """(offset of the name in the cell, its words) when the cell is a title and a name."""
    words = cell_text.split()
    lead = 0
    while words and (words[0] in TITLE_SET or words[0].rstrip(".") in TITLE_SET):
        lead += 1
        words = words[1:]
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if any(w in NAME_STOP_SET for w in words) or all(ctx.common(w) for w in words):
        return None
    if head_type(words) is not None or is_post(words):
        return None
    offset = cell_text.index(words[0]) if lead else 0
    return offset, words


def column_people(chosen: list[Cand], ctx: DocContext) -> list[Cand]:
    """The people of ``chosen`` completed and given their row's body (see the module's note)."""
    text = ctx.text
    if "\t" not in text:
        return chosen
    order = sorted(chosen, key=lambda c: c.start)
    starts = [c.start for c in order]
    added: list[Cand] = []
    drop: set[int] = set()
    for rows in tables(text):
        lo, hi = rows[0][0][0], rows[-1][-1][1]
        near = order[bisect_left(starts, lo) : bisect_right(starts, hi)]
        body_rows = [[_covering(near, cell) for cell in row] for row in rows[1:]]
        people = [j for j in range(len(rows[0])) if _people_column([row[j] for row in body_rows])]
        for j in range(len(rows[0])) if people else ():
            column = [row[j] for row in body_rows]
            if j not in people and _body_column(rows, j, column, ctx):
                for k, row in enumerate(rows[1:]):
                    a, b = row[j]
                    c = column[k]
                    if a == b:
                        continue
                    if c is not None and c.start == a and c.end == b and c.label == "ORG":
                        c.priority = max(c.priority, 2)  # the column is evidence of a body
                        continue
                    if all(ctx.common(w) or not w[:1].isupper() for w in text[a:b].split()):
                        continue
                    drop |= {id(x) for x in near if a <= x.start and x.end <= b and x.priority < 2 and x.label != "ACRONYM"}
                    body = Cand(a, b, "ORG", " ".join(text[a:b].split()), 2, (a, b))
                    added.append(body)
                    body_rows[k][j] = body
        for j in people:
            column = [row[j] for row in body_rows]
            for k, row in enumerate(rows[1:]):
                a, b = row[j]
                c = column[k]
                person = c if _supported_person(c) else None
                if person is None:
                    shaped = _name_shaped(text[a:b], ctx)
                    if shaped is None or (c is not None and c.priority >= 2):
                        continue
                    if c is not None:
                        drop.add(id(c))
                    s = a + shaped[0]
                    person = Cand(s, b, "PERSON", " ".join(shaped[1]), 2, (a, b))
                    added.append(person)
                bodies = [x for i, x in enumerate(body_rows[k]) if i != j and _body(x) and x is not None
                          and (x.start, x.end) == row[i]]
                if person.affiliation is None and len(bodies) == 1 and bodies[0] is not None:
                    person.affiliation = bodies[0].normalised
    if not added and not drop:
        return chosen
    return sorted([c for c in chosen if id(c) not in drop] + added, key=lambda c: (c.start, c.end))
