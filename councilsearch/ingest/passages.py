"""Passages: sentence-aware windows inside one section, the unit that is embedded and searched.

A passage never crosses a section boundary, never cuts a sentence, and never cuts a table
row. Windows aim at ``target_words`` (default 120–200 words); a single sentence longer than
the window stays whole. A short tail is merged into the window before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from councilsearch.ingest.sections import content_span, stable_int_id
from councilsearch.ingest.sentences import sentence_spans
from councilsearch.ingest.table_rows import row_spans, table_title
from councilsearch.models import Document, Passage, Section, Span

MIN_WORDS = 120
MAX_WORDS = 200
TAIL_WORDS = 40

_WORD = re.compile(r"\S+")


def _units(text: str, span: Span, *, by_line: bool) -> Iterator[Span]:
    """Sentence (or, for tables, line) spans inside ``span`` of ``text``, trimmed."""
    s0, e0 = span
    pos = s0
    while pos < e0:
        nl = text.find("\n", pos, e0)
        line_end = e0 if nl == -1 else nl
        if text[pos:line_end].strip():
            if by_line:
                yield content_span(text, (pos, line_end))
            else:
                for sentence in sentence_spans(text, pos, line_end):
                    sentence = content_span(text, sentence)
                    if sentence[1] > sentence[0]:
                        yield sentence
        pos = line_end + 1


def _n_words(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span[0], span[1]))


def windows(
    text: str, span: Span, *, by_line: bool = False, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS
) -> list[Span]:
    """Group sentence units in ``span`` into windows of about min..max words."""
    groups: list[list[Span]] = []
    counts: list[int] = []
    cur: list[Span] = []
    n = 0
    for u in _units(text, span, by_line=by_line):
        w = _n_words(text, u)
        if cur and n + w > max_words:
            groups.append(cur)
            counts.append(n)
            cur, n = [], 0
        cur.append(u)
        n += w
    if cur:
        groups.append(cur)
        counts.append(n)
    # merge a short tail into the window before it when the result stays reasonable
    if len(groups) >= 2 and counts[-1] < TAIL_WORDS and counts[-2] + counts[-1] <= max_words + TAIL_WORDS:
        tail, tail_n = groups.pop(), counts.pop()
        groups[-1].extend(tail)
        counts[-1] += tail_n
    return [(g[0][0], g[-1][1]) for g in groups]


def _wants_passage(sec: Section, nxt: Section | None, text: str) -> bool:
    if sec.kind != "heading":
        return True
    words = _n_words(text, sec.span)
    has_body = nxt is not None and nxt.kind != "heading" and nxt.path[: len(sec.path)] == sec.path
    return words >= 8 or not has_body


def make_passages(doc: Document, sections: Sequence[Section]) -> list[Passage]:
    text = doc.text
    out: list[Passage] = []
    for k, sec in enumerate(sections):
        nxt = sections[k + 1] if k + 1 < len(sections) else None
        if not _wants_passage(sec, nxt, text):
            continue
        body = content_span(text, sec.span)
        if body[1] <= body[0]:
            continue
        path = sec.path
        if sec.kind == "table":  # row by row, under the table's title (see ``table_rows``)
            spans = row_spans(text, body)
            title = table_title(text, body, sec.path)
            path = (*sec.path, title) if title else sec.path
        else:
            spans = windows(text, body)
        for ws, we in spans:
            ordinal = len(out)
            out.append(Passage(
                id=stable_int_id(doc.id, str(ordinal)),
                doc_id=doc.id,
                section_id=sec.id,
                ordinal=ordinal,
                span=(ws, we),
                text=text[ws:we],
                pages=doc.pages_for((ws, we)),
                path=path,
                para_no=sec.para_no,
                kind=sec.kind,
            ))
    return out


def passage_sentences(passage: Passage) -> list[tuple[int, int, int, int]]:
    """The sentences (table rows, for tables) of a passage as ``(id, passage id, start, end)``
    with absolute offsets; ids are stable, derived from the passage id and the position."""
    out = []
    by_line = passage.kind == "table"
    for k, (a, b) in enumerate(_units(passage.text, (0, len(passage.text)), by_line=by_line)):
        sid = stable_int_id(str(passage.id), "s", str(k))
        out.append((sid, passage.id, passage.span[0] + a, passage.span[0] + b))
    return out
