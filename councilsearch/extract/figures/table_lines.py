"""Which lines of a document's text are a table's: a line holding TABs that is a table row and
not prose indented or broken by TABs (``is_table_row``), a line that opens a new table
(``starts_table``), the lines above a table that title it (``table_title``)."""

from __future__ import annotations

import re

from councilsearch.extract.figures.cells import unit_marker
from councilsearch.models import Span

CONTINUE_GAP = 8  # lines between two table blocks that may be one table
# a reference or number leading a line ("HR/12", "4.2", "(3)", "A12"): a numbered heading or paragraph
_LEAD_REF = re.compile(r"(?:[A-Z]{1,4}/?[0-9]+[A-Za-z]?|[0-9]+(?:\.[0-9]+)*\.?|\(?[0-9a-z]{1,3}\))")
# a cell that stops inside a phrase ("a gap of", "the savings and"): the line is wrapped prose
# ("n/a" ends in no phrase: a word after a slash is no open end)
_OPEN_END = re.compile(r"(?<!/)\b(?:of|and|or|the|a|an|to|in|for|with|on|by|from|that|which|at|as|is|are|was|were)$")
_PROSE_CELL_WORDS = 6


def is_table_row(line: str) -> bool:
    """Is a line holding TABs a table row? Not when TABs only indent prose (one cell, of
    several words, nothing after it), lead a numbered heading or paragraph ("HR/12<TAB>FEES AND CHARGES 2026/27") or
    break a sentence inside a phrase ("shows a gap of<TAB>£21.4m before"): those are prose."""
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.split("\t")]
    filled = [c for c in cells if c]
    if len(filled) <= 1:  # TABs before it only: an indent (TABs after it keep a table's empty cells)
        return not cells[-1] or len(re.findall(r"[^\W\d_]{2,}", cells[-1])) < _PROSE_CELL_WORDS
    if len(filled) == 2 and _LEAD_REF.fullmatch(filled[0]) and len(re.findall(r"[^\W\d_]{2,}", filled[1])) >= 2:
        return False
    # (a header cell wrapped over two rows, "Spend to" over "31 Dec £k", ends open too: in a row of
    # three or more cells, one followed by a capitalised cell is a header, not a phrase broken)
    return not any(
        _OPEN_END.search(c) and (len(filled) <= 2 or not filled[k + 1][:1].isupper()) for k, c in enumerate(filled[:-1])
    )


def starts_table(line: str) -> bool:
    """A line that opens a new table (so the one above does not continue): a unit line
    ("£000", "Closing Balance 30/09/25 £000") or a title in capitals."""
    if unit_marker(line, allow_percent=False):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def table_title(text: str, lines: list[Span], i: int) -> str:
    """Up to two non-blank prose lines just above a table (within four lines)."""
    got: list[str] = []
    k = i - 1
    while k >= 0 and i - k <= 4 and len(got) < 2:
        ls, le = lines[k]
        line = text[ls:le]
        if is_table_row(line):
            break
        if line.strip():
            got.append(line.strip()[:300])
        k -= 1
    return "\n".join(got)
