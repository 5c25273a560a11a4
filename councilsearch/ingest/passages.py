"""Passages: sentence-aware windows of 120–200 words, the unit that is embedded and searched.

Prose (paragraph and list sections) is windowed over the run of consecutive prose and heading
sections between two tables, so numbered paragraphs of 30–60 words and one-line fragments are
merged with their neighbours instead of standing alone. Under one heading a window packs
whole paragraphs (a long one is cut between sentences, never inside one) and closes where a
paragraph starts once it is long enough; a paragraph that fills a window by itself stands
alone. A window still short at a heading goes on into that heading's text when it sits under
the same parent as the window's first section (a sibling chapter or a sub-heading), never out
of that parent; the heading lines go into its text. A fragment joins the window before or
after it; the short introduction of a table stays apart. A passage carries the heading path
and paragraph number of the section it starts in (a hit is cited at the paragraph of its
best-matching sentence: ``index.cite``). Tables are windowed on their own, by row; a heading
gets a passage of its own only when nothing sits under it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from councilsearch.ingest.sections import content_span, stable_int_id
from councilsearch.ingest.sentences import sentence_spans
from councilsearch.ingest.table_rows import continues, row_spans, table_title
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
    # a heading with anything under it (text, a table, deeper headings) is carried in their paths
    has_body = nxt is not None and len(nxt.path) >= len(sec.path) and nxt.path[: len(sec.path)] == sec.path
    return not has_body


_RUN_KINDS = ("paragraph", "list", "heading")


def _runs(sections: Sequence[Section]) -> dict[int, list[Section]]:
    """Runs of consecutive prose and heading sections (a table ends a run), by first index."""
    runs: dict[int, list[Section]] = {}
    start: int | None = None
    for k, sec in enumerate(sections):
        if sec.kind not in _RUN_KINDS:
            start = None
            continue
        if start is None:
            start = k
            runs[k] = []
        runs[start].append(sec)
    return runs


@dataclass
class _Unit:
    span: Span
    words: int
    sec: int  # index of its section in the run
    heading: bool
    ahead: int = 0  # words from here to the next boundary as strong as the one before it
    rest: int = 0  # words from here to the next heading


def _run_units(text: str, run: list[Section]) -> list[_Unit]:
    units: list[_Unit] = []
    for k, sec in enumerate(run):
        body = content_span(text, sec.span)
        if body[1] <= body[0]:
            continue
        if sec.kind == "heading":
            units.append(_Unit(body, _n_words(text, body), k, True))
            continue
        for span in _units(text, body, by_line=False):
            units.append(_Unit(span, _n_words(text, span), k, False))
    # what lies ahead of each boundary: the next paragraph, or all up to the next heading
    rest = 0
    for unit in reversed(units):
        rest = 0 if unit.heading else rest + unit.words
        unit.rest = rest
    for i, unit in enumerate(units):
        if unit.heading or (i > 0 and units[i - 1].sec == unit.sec):
            continue
        after_heading = i > 0 and units[i - 1].heading
        n = 0
        for v in units[i:]:
            if v.heading or (not after_heading and v.sec != unit.sec):
                break
            n += v.words
        unit.ahead = n
    return units


def _under_parent(path: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """Does a section at ``path`` sit under the parent of the section at ``first`` (it is a
    sibling of that section, a child of it, or under either)? Text before any heading is at
    the top: every section sits under its parent."""
    parent = first[:-1]
    return path[: len(parent)] == parent


def _group_units(units: list[_Unit], run: list[Section], *, table_after: bool = False) -> list[list[_Unit]]:
    """Pack units into windows of about MIN..MAX words.

    Under one heading, a window takes whole paragraphs (a long one is cut between sentences)
    and closes where a paragraph starts once it is long enough; when it is half full and the
    next paragraph would overflow it; or when the next paragraph fills a window by itself
    and this one is more than a fragment (a focused paragraph is not blurred by the one
    before it). A window shorter than MIN words goes on into the next heading's text when
    that heading sits under the same parent as the window's first section (a sibling
    chapter, or a sub-heading) and the two fit in a window; the heading lines go into the
    window's text, and the window keeps its first section's path. It never goes on into a
    heading higher up (out of its parent), nor into the short introduction of a table (the
    text a table ends)."""
    groups: list[list[_Unit]] = []
    counts: list[int] = []
    firsts: list[tuple[str, ...]] = []  # the path of each window's first text
    cur: list[_Unit] = []
    pending: list[_Unit] = []
    n = 0
    last_heading = max((i for i, u in enumerate(units) if u.heading), default=-1)
    for i, u in enumerate(units):
        if u.heading:
            pending.append(u)
            continue
        path = run[u.sec].path
        boundary = bool(cur) and (bool(pending) or cur[-1].sec != u.sec)
        # a heading's last short paragraph or sentence stays with the rest of its text
        keep = not pending and u.rest < TAIL_WORDS and n + u.rest <= MAX_WORDS + TAIL_WORDS
        close = False
        if not cur or keep:
            pass
        elif n + u.words > MAX_WORDS:
            close = True
        elif boundary:
            close = (
                n >= MIN_WORDS
                or (n >= MIN_WORDS // 2 and n + u.ahead > MAX_WORDS)
                or (n >= TAIL_WORDS and u.ahead >= MIN_WORDS)  # what comes next is a window of its own
            )
            if pending and not close:  # a new heading: go on only into a sibling's or a child's text
                table_intro = table_after and u.rest < TAIL_WORDS and i > last_heading
                close = not _under_parent(path, firsts[-1]) or (n >= TAIL_WORDS and table_intro)
        if close:
            groups.append(cur)
            counts.append(n)
            cur, n = [], 0
        if not cur:  # the path of the window's first text holds the headings it sits under
            firsts.append(path)
            pending = [h for h in pending if not (run[h.sec].path and run[h.sec].path[-1] in path)]
        cur += pending
        n += sum(h.words for h in pending)
        pending = []
        cur.append(u)
        n += u.words
    if cur:
        groups.append(cur)
        counts.append(n)
    _merge_fragments(groups, counts, firsts, table_after=table_after)
    return groups


def _merge_fragments(
    groups: list[list[_Unit]], counts: list[int], firsts: list[tuple[str, ...]], *, table_after: bool
) -> None:
    """A window of a fragment (under TAIL words: the last short paragraph of a chapter before
    one higher up, a stray line before a heading) joins the window before it when that one
    is under the same heading, or is under the same parent, still short of MIN words, and the
    two fit in MAX words (a full window is not blurred by a sibling's fragment, and two
    versions of a report whose last short chapters differ keep windows that line up, which
    their near-copy collapse needs); else the window after it, when the two fit (whatever
    its heading: keeping a minute's last line or a report's list of appendices apart from
    what follows cost the bundled dev eval a rank). The short introduction of the table that ends the
    run, under a heading of its own, stays apart (it belongs with the table, not with the
    text before it)."""
    i = 0
    while i < len(groups) and len(groups) >= 2:
        if counts[i] >= TAIL_WORDS:
            i += 1
            continue
        last = i == len(groups) - 1
        if i > 0 and (
            (firsts[i] == firsts[i - 1] and counts[i - 1] + counts[i] <= MAX_WORDS + TAIL_WORDS)
            or (
                _under_parent(firsts[i], firsts[i - 1]) and counts[i - 1] < MIN_WORDS and counts[i - 1] + counts[i] <= MAX_WORDS
                and not (last and table_after)
            )
        ):
            groups[i - 1].extend(groups.pop(i))
            counts[i - 1] += counts.pop(i)
            firsts.pop(i)
            continue
        if not last and counts[i] + counts[i + 1] <= MAX_WORDS:
            groups[i].extend(groups.pop(i + 1))
            counts[i] += counts.pop(i + 1)
            firsts.pop(i + 1)
            continue
        i += 1


def _run_passages(doc: Document, run: list[Section], first_ordinal: int, *, table_after: bool) -> list[Passage]:
    text = doc.text
    out: list[Passage] = []
    for group in _group_units(_run_units(text, run), run, table_after=table_after):
        ws, we = group[0].span[0], group[-1].span[1]
        first = run[next(u.sec for u in group if not u.heading)]
        prose = [run[u.sec] for u in group if not u.heading]
        kind = "list" if all(s.kind == "list" for s in prose) else "paragraph"
        out.append(_passage(doc, first, first_ordinal + len(out), (ws, we), first.path, kind))
    return out


def _passage(doc: Document, sec: Section, ordinal: int, span: tuple[int, int], path: tuple[str, ...],
             kind: str) -> Passage:
    """The passage of ``doc`` at ``span``, numbered ``ordinal``, under ``sec`` (its id and
    paragraph number)."""
    ws, we = span
    return Passage(
        id=stable_int_id(doc.id, str(ordinal)),
        doc_id=doc.id,
        section_id=sec.id,
        ordinal=ordinal,
        span=(ws, we),
        text=doc.text[ws:we],
        pages=doc.pages_for((ws, we)),
        path=path,
        para_no=sec.para_no,
        kind=kind,
    )


def make_passages(doc: Document, sections: Sequence[Section]) -> list[Passage]:
    text = doc.text
    out: list[Passage] = []
    runs = {k: run for k, run in _runs(sections).items() if any(s.kind != "heading" for s in run)}
    windowed = {k + i for k, run in runs.items() for i in range(len(run))}
    last_table: tuple[int, Span, str | None] | None = None  # (section, body, title) of the table just read
    for k, sec in enumerate(sections):
        if k in runs:
            end = k + len(runs[k])
            table_after = end < len(sections) and sections[end].kind == "table"
            out += _run_passages(doc, runs[k], len(out), table_after=table_after)
            continue
        if k in windowed:
            continue
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
            if title is None and last_table is not None and last_table[0] == k - 1 and continues(
                text, last_table[1], body
            ):
                title = last_table[2]  # a table broken across a page: its rows keep its title
            last_table = (k, body, title)
            path = (*sec.path, title) if title else sec.path
        else:
            spans = windows(text, body)
        out += [_passage(doc, sec, len(out) + i, span, path, sec.kind) for i, span in enumerate(spans)]
    return out


def passage_words(passage: Passage) -> int:
    """A passage's length in words (white-space separated), as ingest reports it."""
    return len(passage.text.split())


def passage_word_stats(words: Sequence[int]) -> tuple[float, float]:
    """(median words, share of passages under 10 words) over passages' word counts: what
    ingest prints to show that passages are windows, not fragments."""
    if not words:
        return 0.0, 0.0
    ordered = sorted(words)
    mid = len(ordered) // 2
    median = float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return median, sum(1 for w in ordered if w < 10) / len(ordered)


def passage_sentences(passage: Passage) -> list[tuple[int, int, int, int]]:
    """The sentences (table rows, for tables) of a passage as ``(id, passage id, start, end)``
    with absolute offsets; ids are stable, derived from the passage id and the position."""
    out = []
    by_line = passage.kind == "table"
    for k, (a, b) in enumerate(_units(passage.text, (0, len(passage.text)), by_line=by_line)):
        sid = stable_int_id(str(passage.id), "s", str(k))
        out.append((sid, passage.id, passage.span[0] + a, passage.span[0] + b))
    return out
