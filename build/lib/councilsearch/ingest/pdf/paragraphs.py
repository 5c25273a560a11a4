"""Lines -> paragraphs, and the document's text with its page map.

Hard-wrapped lines are joined with one space when the previous line is full (the next line's
first word would not have fitted at its end) and no vertical gap, list marker or numbered
paragraph says a new block starts; a paragraph that runs over a page break is joined too.
Words hyphenated at a line end are mended only when the document itself spells the joined word
elsewhere and never the hyphenated one; otherwise the hyphen is kept ("medium-term",
"Aldmoor-on-Sea").

``assemble`` lays the blocks out as the canonical text. Its page map holds the offset in the
text where each page starts (a page without text gets an empty line of its own so the map stays
strictly increasing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilsearch.ingest.markers import ITEM_START
from councilsearch.ingest.pdf.metrics import Metrics, fits
from councilsearch.ingest.pdf.runs import Line
from councilsearch.models import Span

_TERMINAL = ".:;!?"
_LETTERED = re.compile(r"^(?:[a-z]|[ivx]{1,4})[.)]\s")
# a line ending on one of these words stops mid-sentence
_DANGLING = re.compile(r"\b(?:the|a|an|and|or|of|to|for|in|on|by|with|from|at|as|that|which|its|their)$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")


@dataclass
class Block:
    kind: str
    pieces: list[tuple[int, str, str]]  # (page, joiner before this piece, text)
    gap_before: bool = False
    last: Line | None = None
    spacing: float = 0.0  # the distance between the last two lines joined on one page

    @property
    def text(self) -> str:
        return "".join(j + t for _, j, t in self.pieces)

    @property
    def first_page(self) -> int:
        return self.pieces[0][0]

    @property
    def last_page(self) -> int:
        return self.pieces[-1][0]


def ends_sentence(text: str) -> bool:
    t = text.rstrip(" )]\"'”’*")
    return bool(t) and t[-1] in _TERMINAL


def join_wrapped(prev_text: str, next_text: str, vocab: set[str], hyphenated: set[str]) -> tuple[str, str]:
    """How to join two wrapped lines: returns (new end of prev, joiner)."""
    if prev_text.endswith("\u00ad"):
        return prev_text[:-1], ""
    if prev_text.endswith(("-", "–")) and len(prev_text) >= 2 and prev_text[-2] not in " -–":
        head = prev_text[:-1]
        a = head.rsplit(" ", 1)[-1]
        m = _WORD.match(next_text)
        b = m.group(0) if m else ""
        if a.isalpha() and a.islower() and b.isalpha() and b.islower() and prev_text[-1] == "-":
            joined = (a + b).lower()
            if joined in vocab and f"{a}-{b}".lower() not in hyphenated:
                return head, ""
        return prev_text, ""
    if prev_text.endswith("/") and not prev_text.endswith(" /"):
        return prev_text, ""
    return prev_text, " "


def build_blocks(pages: list[list[Line]], m: Metrics, vocab: set[str], hyphenated: set[str]) -> list[Block]:
    blocks: list[Block] = []
    para_gap = 1.4 * m.pitch
    prev_page = -1
    for p, lines in enumerate(pages):
        for i, ln in enumerate(lines):
            if not ln.text:
                continue
            cur = blocks[-1] if blocks else None
            same_page = i > 0
            gap = False
            if same_page and ln.y is not None and lines[i - 1].y is not None:
                gap = (lines[i - 1].y or 0.0) - ln.y > max(para_gap, 1.4 * ln.size)
            if (
                cur is not None
                and cur.last is not None
                and (same_page or p == prev_page + 1)
                and _continues(cur, ln, same_page, gap, m)
            ):
                end, joiner = join_wrapped(cur.pieces[-1][2], ln.text, vocab, hyphenated)
                pg, j, _ = cur.pieces[-1]
                cur.pieces[-1] = (pg, j, end)
                cur.pieces.append((p, joiner, ln.text))
                if same_page and cur.last.y is not None and ln.y is not None:
                    cur.spacing = cur.last.y - ln.y
                cur.last = ln
                continue
            text = ln.text
            if ln.kind == "prose" and ln.x0 > m.left + 0.5 * ln.size and ITEM_START.match(text):
                text = " " + text  # an indented (nested) list item
            blocks.append(Block(ln.kind, [(p, "", text)], gap_before=gap or i == 0, last=ln))
        if lines:
            prev_page = p
    return blocks


def _continues(block: Block, ln: Line, same_page: bool, gap: bool, m: Metrics) -> bool:
    prev = block.last
    assert prev is not None
    if block.kind != ln.kind or ln.kind == "table":
        return False
    prev_text = block.pieces[-1][2]
    if ln.kind == "heading":
        # a heading set over two lines, in the same style
        return (
            same_page
            and not gap
            and abs(prev.size - ln.size) <= 0.05 * prev.size
            and prev.bold == ln.bold
            and not ends_sentence(prev_text)
            and len(block.text) + len(ln.text) < 250
        )
    if same_page and abs(prev.size - ln.size) > 0.15 * prev.size:
        return False
    terminal = ends_sentence(prev_text)
    marker = bool(ITEM_START.match(ln.text))
    if same_page and gap:
        return _spaced_wrap(block, ln, terminal, marker, m)
    if not terminal and not marker and ln.text[:1].islower() and _long(prev, m):
        return True  # a sentence going on (the wrap came early: the line is long, not full)
    if re.search(r"[a-z]-$", prev_text) and ln.text[:1].islower():
        return True  # a word hyphenated at the line end
    if m.trail and not prev.trail and not prev_text.endswith(("-", "/")) and prev.x1 < m.right - 0.3 * prev.size:
        return False  # this producer leaves a space where it wraps: none here, so the paragraph ended
    if not same_page:
        if terminal:
            return False
        if ln.text[:1].islower():
            return True
        return not marker and not fits(prev, ln, m)
    if fits(prev, ln, m):
        return False
    return not (marker and terminal)


def _long(ln: Line, m: Metrics) -> bool:
    """Does the line run most of the way to the right margin?"""
    return m.right > m.left and ln.x1 - m.left >= 0.6 * (m.right - m.left)


def _spaced_wrap(block: Block, ln: Line, terminal: bool, marker: bool, m: Metrics) -> bool:
    """A paragraph set with wide line spacing (1.5 lines) puts a gap between its own lines:
    the next line still belongs to it when the sentence goes on and the line starts in
    lower case or the last one stopped on "the", "and", "of"…, or when it lies at the
    spacing the paragraph's lines already keep."""
    prev = block.last
    assert prev is not None
    if terminal or marker or prev.y is None or ln.y is None or not _long(prev, m):
        return False
    if not re.search(r"[A-Za-z]{2}", ln.text) or _LETTERED.match(ln.text):
        return False  # a page number or a figure standing apart, or a lettered item ("d. Support")
    if ln.x0 < min(prev.x0, m.left) - 0.5 * ln.size:
        return False
    if ln.text[:1].islower() or _DANGLING.search(block.pieces[-1][2]):
        return True
    return block.spacing > 0 and abs((prev.y - ln.y) - block.spacing) <= 0.1 * ln.size


def vocabulary(pages: list[list[Line]]) -> tuple[set[str], set[str]]:
    vocab: set[str] = set()
    for lines in pages:
        for ln in lines:
            vocab.update(w.lower() for w in _WORD.findall(ln.text))
    plain = {w for w in vocab if "-" not in w}
    hyph = {w for w in vocab if "-" in w}
    return plain, hyph


def assemble(blocks: list[Block], n_pages: int) -> tuple[str, tuple[int, ...], tuple[Span, ...]]:
    out: list[str] = []
    pos = 0
    starts: list[int | None] = [None] * n_pages
    hints: list[Span] = []
    next_page = 0  # first page whose start is not yet recorded

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += len(s)

    for b in blocks:
        if out:
            emit("\n\n" if b.gap_before else "\n")
        # pages with no text before this block get an empty line each
        while next_page < b.first_page:
            if starts[next_page] is None:
                starts[next_page] = pos
                emit("\n")
            next_page += 1
        block_start = pos
        for page, joiner, text in b.pieces:
            emit(joiner)
            if starts[page] is None:
                starts[page] = pos
            emit(text)
            next_page = max(next_page, page + 1)
        if b.kind == "heading":
            hints.append((block_start, pos))
    for p in range(n_pages):
        if starts[p] is None:
            if out:
                emit("\n")
            starts[p] = pos
            emit("\n")
    text = "".join(out)
    # keep the map strictly increasing: a page whose start coincides with the next one's
    fixed: list[int] = []
    for s in starts:
        v = int(s or 0)
        if fixed and v <= fixed[-1]:
            v = fixed[-1] + 1
        fixed.append(v)
    fixed[0] = 0
    return text, tuple(fixed), tuple(hints)
