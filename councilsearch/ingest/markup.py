"""HTML fragments inside plain text, read as structure rather than shown as tags.

Text exported from committee-management systems often carries pieces of the HTML it was
typed into: ``<p>…</p>`` paragraphs, ``<ul style="list-style-type: none">`` lists, ``<i>``
and ``<u>`` emphasis, usually inside the cells of a tab-separated table. A reader never wants
to see them. ``strip_markup`` removes the tags of HTML's text elements only (so ``<£5m``,
``<https://…>`` and ``a <b`` in prose stay), keeping what they meant:

- inline tags (``i``, ``b``, ``u``, ``em``, ``strong``, ``span``, ``a``, ``sup``, ``sub``,
  ``font``) go, their text stays where it was;
- block tags (``p``, ``div``, ``ul``, ``ol``, ``li``, ``br``, ``h1``–``h6``, ``table``, ``tr``,
  ``td``, ``th``, ``blockquote``) end a paragraph: on a line of its own that is a line break
  (``<p>a</p><p>b</p>`` becomes two paragraphs), inside a tab-separated table row, where a
  line break would cut the row in two, it is a space and the row stays one row; a list item
  inside a row keeps a bullet so its items stay apart;
- character references (``&amp;``, ``&nbsp;``, ``&#8217;``) are decoded where tags were found.

Text without such tags is returned unchanged (the same object), so documents that never had
markup cost one regular-expression scan.
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import replace

from councilsearch.ingest.base import ParsedText
from councilsearch.models import Span

INLINE = ("i", "b", "u", "em", "strong", "span", "a", "sup", "sub", "font", "small", "mark")
BLOCK = ("p", "div", "ul", "ol", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
         "blockquote", "tbody", "thead")
_NAMES = "|".join(sorted(INLINE + BLOCK, key=len, reverse=True))
# an opening, closing or self-closing tag of one of those elements, with name="value" attributes
# (so "a <b and c > d" in prose is not a tag)
_ATTR = r"""\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+)"""
TAG = re.compile(rf"<(/?)({_NAMES})(?:{_ATTR})*\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SPACES = re.compile(r"[ \u00a0]{2,}")
_BLOCK = frozenset(BLOCK)


def has_markup(text: str) -> bool:
    return TAG.search(text) is not None


def _line(line: str, in_row: bool) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if name not in _BLOCK:
            return ""
        if in_row:
            return " • " if name == "li" and not m.group(1) else " "
        return "\n"

    out = TAG.sub(repl, line)
    out = _ENTITY.sub(lambda m: html.unescape(m.group(0)), out)
    if in_row:
        cells = [_SPACES.sub(" ", c).strip() for c in out.split("\t")]
        return "\t".join(c.removeprefix("• ") if c.startswith("• ") else c for c in cells)
    parts = [_SPACES.sub(" ", p).strip() for p in out.split("\n")]
    return "\n\n".join(p for p in parts if p) if len(parts) > 1 else parts[0]


def strip_markup(text: str) -> str:
    """``text`` with the tags of HTML text elements read as structure (see the module)."""
    if not has_markup(text):
        return text
    out = text
    for _ in range(8):  # removing "<p>" from "<<p>p>" leaves a tag: read again until none is left
        out = "\n".join(_line(ln, "\t" in ln) if has_markup(ln) else ln for ln in out.split("\n"))
        if not has_markup(out):
            break
    return _drop_tags(out)


def _drop_tags(text: str) -> str:
    """``text`` with every tag left after the line-by-line reading removed (one spanning lines:
    "<a\n>"), again while removing one joins what is around it into another ("<<a\n>a>")."""
    while has_markup(text):
        text = TAG.sub("", text)  # each pass removes at least one character: it ends
    return text


def _clean_line(line: str) -> str:
    out = line
    for _ in range(8):
        if not has_markup(out):
            break
        out = "\n".join(_line(ln, "\t" in ln) if has_markup(ln) else ln for ln in out.split("\n"))
    return _drop_tags(out)


def strip_markup_parsed(parsed: ParsedText) -> ParsedText:
    """``parsed`` with its markup read as structure (``strip_markup``, line by line) and its
    page map and heading hints moved to the new offsets, so a PDF or Word file that prints
    tags (an export of a committee system) reads like its text version. Unchanged (the same
    object) when it holds no markup."""
    text = parsed.text
    if not has_markup(text):
        return parsed
    pieces: list[str] = []
    old_of_new: list[int] = []  # for each kept character of the new text, where it was in the old
    pos = 0
    for line in text.split("\n"):
        if pieces:
            pieces.append("\n")
            old_of_new.append(pos - 1)
        new = _clean_line(line) if has_markup(line) else line
        pieces.append(new)
        if new == line:
            old_of_new.extend(range(pos, pos + len(line)))
        else:
            at = [pos] * len(new)  # an inserted character sits where the text before it was
            last = pos
            blocks = difflib.SequenceMatcher(None, line, new, autojunk=False).get_matching_blocks()
            j = 0
            for a, b, n in blocks:
                for k in range(j, b):
                    at[k] = last
                for k in range(n):
                    at[b + k] = pos + a + k
                if n:
                    last = pos + a + n
                j = b + n
            old_of_new.extend(at)
        pos += len(line) + 1
    new_text = "".join(pieces)

    def moved(offset: int) -> int:
        return bisect.bisect_left(old_of_new, offset)

    pages: list[int] = []
    for o in parsed.page_map:  # every page keeps its place, strictly after the one before
        pages.append(0 if not pages else max(pages[-1] + 1, moved(o)))
    hints: Sequence[Span] = [(moved(a), moved(b)) for a, b in parsed.heading_hints]
    return replace(parsed, text=new_text, page_map=tuple(pages),
                   heading_hints=tuple((a, b) for a, b in hints if b > a))
