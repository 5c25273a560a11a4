"""Lines and the prose sentences over them: a PDF breaks a sentence wherever its line is full,
so a prose line that cannot end a sentence runs on into the next one ("... 58 adaptations
funded by" / "Home Repair Grants were completed in 2023/24"). The document pass
(``document``) and the periods (``periods``) read the same sentences from here."""

from __future__ import annotations

import re
from collections.abc import Callable

from councilsearch.ingest.sentences import sentence_spans
from councilsearch.models import Span

# English function words no sentence or heading ends on: articles, prepositions, conjunctions,
# relative words
_OPEN_TEXT = """
    a an the of to in on at by for from with into onto over under about between among through during
    and or nor but than that which whose whom as per via towards against within without including
"""
_OPEN_WORDS = frozenset(_OPEN_TEXT.split())
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def line_spans(text: str) -> list[Span]:
    """Every line of ``text`` (without its newline), empty ones included."""
    spans = []
    s = 0
    n = len(text)
    while s <= n:
        e = text.find("\n", s)
        e = n if e < 0 else e
        spans.append((s, e))
        s = e + 1
    return spans


def runs_on(text: str, a: Span, b: Span) -> bool:
    """Does the prose line ``a`` run on into the line ``b`` after it: ``a`` ends without a
    stop, and either ``b`` starts in lower case or ``a`` ends on a comma or a function word."""
    la = text[a[0] : a[1]].rstrip()
    lb = text[b[0] : b[1]].lstrip(" \t")
    if not la or not lb or la[-1] in ".!?:;)":
        return False
    if lb[0].islower():
        return True
    m = _LAST_WORD.search(la)
    return la.endswith(",") or (m is not None and m.group(1).lower() in _OPEN_WORDS)


def prose_runs(text: str, lines: list[Span], i: int, is_row: Callable[[str], bool]) -> int:
    """The line after the last of the prose lines that line ``i`` runs on into (``i + 1``
    when it stands alone); ``is_row`` tells a table row, which no sentence runs into."""
    j = i + 1
    while j < len(lines) and runs_on(text, lines[j - 1], lines[j]) and not is_row(text[lines[j][0] : lines[j][1]]):
        j += 1
    return j


def run_sentences(text: str, lines: list[Span], i: int, j: int) -> list[Span]:
    """The sentences of lines ``i`` to ``j - 1`` read as one run of prose."""
    return sentence_spans(text, lines[i][0], lines[j - 1][1])


__all__ = ["line_spans", "prose_runs", "run_sentences", "runs_on"]
