"""The document pass: the text is masked, cut into lines, and each run of TAB-separated lines
is read as a table (``is_table_row``), the other lines sentence by sentence with the scanner (a
sentence broken over lines read as one: ``lines``)."""

from __future__ import annotations

import re

from councilsearch.extract.figures.candidates import Cand
from councilsearch.extract.figures.cells import strip_units, unit_marker
from councilsearch.extract.figures.lexicon import MONEY_WORDS
from councilsearch.extract.figures.lines import line_spans, prose_runs, run_sentences
from councilsearch.extract.figures.masks import mask
from councilsearch.extract.figures.scanner import Scanner
from councilsearch.extract.figures.table_lines import CONTINUE_GAP, is_table_row, starts_table, table_title
from councilsearch.extract.figures.table_state import TableState
from councilsearch.extract.figures.tables import TableReader
from councilsearch.models import Span

_NOTE_WORDS = 15
# what stands first in a table's or chart's title, not in a note on the table above
_CAPTION_LEAD = re.compile(r"(?:table|figure|chart|graph|appendix|annex)\b", re.IGNORECASE)
# a numbered heading or paragraph ("5. Capital (£m)", "7.4 Wyvern"): the next section, no note
_HEADING_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*\.?\s+[A-Z]")
# the words a note on a table's figures is written with ("Amounts in £000", "All figures £m unless
# stated", "Source: finance system, £000"): a line giving a unit with none of them beside the unit
# names a subject ("Capital (£m)"), the heading of what follows, not a note on the table above
_NOTE_SAYS = re.compile(
    r"\b(?:figures?|amounts?|sums?|values?|numbers?|totals?|all|in|are|is|shown|given|stated|expressed|"
    r"unless|otherwise|except|notes?|source|rounded|rounding|nearest|thousands?|millions?|pounds)\b",
    re.IGNORECASE,
)


def table_note(text: str, lines: list[Span], j: int) -> str:
    """A short note just below a table ending before line ``j`` (its first two non-blank
    lines within three lines), unless it opens another table: a caption, or a line with a
    table row right after it (a unit line over the next table)."""
    got: list[str] = []
    k = j
    while k < len(lines) and k - j < 3 and len(got) < 2:
        ls, le = lines[k]
        line = text[ls:le].strip()
        k += 1
        if not line:
            continue
        if (
            is_table_row(text[ls:le])
            or _CAPTION_LEAD.match(line)
            or _HEADING_NUMBER.match(line)
            or len(line.split()) > _NOTE_WORDS
            or _heading_with_unit(line)
        ):
            break
        got.append(line)
    while k < len(lines) and not text[lines[k][0] : lines[k][1]].strip() and k - j < 5:
        k += 1
    if k < len(lines) and is_table_row(text[lines[k][0] : lines[k][1]]):
        return ""  # what follows opens another table: the lines are its title
    return "\n".join(got)


def _heading_with_unit(line: str) -> bool:
    """Does ``line`` give a unit beside words that name a subject, not the figures ("Capital
    (£m)", "Running costs £000"), so it heads what follows?"""
    if unit_marker(line, allow_percent=False) is None:
        return False
    words = strip_units(line)
    return bool(re.search(r"[^\W\d_]{2,}", words)) and not _NOTE_SAYS.search(words)


_PAGE_CELL = re.compile(r"(?:^|\t)\s*page\s+[0-9]{1,4}(?:\s+of\s+[0-9]{1,4})?\s*(?:\t|$)", re.IGNORECASE)


def raw_candidates(text: str) -> list[Cand]:
    work = mask(text)
    scanner = Scanner(text, work)
    tables = TableReader(text, work, scanner)
    lines = line_spans(text)
    out: list[Cand] = []
    i = 0
    n = len(lines)
    prev: tuple[int, TableState] | None = None  # (line after the last table, its state)
    while i < n:
        ls, le = lines[i]
        if is_table_row(text[ls:le]):
            j = i
            while j < n and is_table_row(text[lines[j][0] : lines[j][1]]):
                j += 1
            title = table_title(text, lines, i)
            inherit = None
            padded = False  # only blank lines since the table part above (rows padded apart)
            if prev is not None and i - prev[0] <= CONTINUE_GAP:
                between = [text[a:b] for a, b in lines[prev[0] : i]]
                if not any(starts_table(line) for line in between):
                    inherit = prev[1]
                    padded = not any(line.strip() for line in between)
            cands, state = tables.read(lines[i:j], title, inherit, table_note(text, lines, j), padded)
            out.extend(cands)
            # a running header or footer left as a row ("Orlwick Council<TAB>Page 1") heads no table below it
            prev = None if j - i == 1 and _PAGE_CELL.search(text[ls:le]) else (j, state)
            i = j
            continue
        j = prose_runs(text, lines, i, is_table_row)  # a sentence broken over PDF lines is one
        for ss, se in run_sentences(text, lines, i, j):
            ctx = bool(MONEY_WORDS.search(text, ss, se))
            for c in scanner.scan(ss, se, ctx):
                c.sentence = (ss, se)
                out.append(c)
        i = j
    return out
