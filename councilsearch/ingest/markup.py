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

import html
import re

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
    return TAG.sub("", out)
