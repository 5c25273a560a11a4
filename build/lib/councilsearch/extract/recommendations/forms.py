"""The printed forms of a recommendation, found line by line in a canonical text.

Four triggers start a block, each giving items (a label as printed, the item's span):

- a minute resolution: ``RESOLVED that ...`` / ``RESOLVED: (1) ...`` / ``It was resolved that``;
- a report's lead-in: ``It is recommended that:``, ``The Cabinet is recommended to: (a) ...``,
  ``Members are asked to ...`` (followed by labelled items, or on its own under a
  Recommendations heading, when the sentence is the recommendation);
- an explicit ``Recommendation 3: ...`` at the start of a line;
- a labelled list (``A.``, ``1.``, ``(a)``) starting at its first label within a few paragraphs
  of a ``Recommendations`` heading; theme headings may interrupt it while the labels go on.

A block's items are the labels that continue one sequence (a, b, c; 1, 2, 3; i, ii, iii);
other labels and unlabelled bullets inside it are sub-items and join the item above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilsearch.models import Span

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")

_BULLET = re.compile(r"^[ \t]*(?:[-\u2022*\u2013\u25aa\u25cf\u00b7][ \t]+)?")
_LABEL = re.compile(
    r"(?:\((?P<p1>[A-Za-z]|[ivx]{1,5}|\d{1,2})\)|(?P<p2>[A-Za-z]|[ivx]{1,5}|\d{1,2})\)|(?P<p3>[A-Za-z]|\d{1,2})\.(?!\d))"
    r"[ \t]+(?=\S)"
)
_EXPLICIT = re.compile(r"Recommendation[ \t]+(?P<no>\d{1,2}[a-z]?|[A-Z])[ \t]*[:.\-\u2013\u2014][ \t]*(?=\S)")
_EXPLICIT_ALONE = re.compile(r"Recommendation[ \t]+(?P<no>\d{1,2}[a-z]?|[A-Z])[ \t]*[:.]?[ \t]*$", re.MULTILINE)
_RESOLVED = re.compile(
    r"(?:It[ \t]+was[ \t]+)?(?:RESOLVED\b[ \t]*[:\-\u2013\u2014,.]*|[Rr]esolved\b[ \t]*(?:[:\-\u2013\u2014]+|(?=(?:[Tt]hat|to)\b)))[ \t]*"
)
_RESOLVED_IN = re.compile(r"(?:^|(?<=[.!?])[ \t]+|^(?:[A-Z][\w'\u2019-]*[ \t]+){1,3})(?=RESOLVED\b)")
_STATED = re.compile(r"\b(?:the|our|my|officers?['\u2019]?)[ \t]+recommendation[ \t]+is[ \t]+(?:to|that)\b", re.I)
_LEADIN = re.compile(
    r"\b(?:is|are|be)[ \t]+(?:recommended|asked|requested|invited)[ \t]+(?:to|that)\b"
    r"|\bit[ \t]+is[ \t]+recommended\b|\brecommended[ \t]+that\b",
    re.IGNORECASE,
)
_REC_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:(?:key|main|our|summary[ \t]+of|peer[ \t]+challenge)[ \t]+)?"
    r"recommendation(?:s|\(s\))?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_PARA_NO = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(?=[A-Z\"\u201c'(])")
_CAPS = re.compile(r"^[^a-z]*[A-Z]{3}[^a-z]*$")


@dataclass
class Line:
    start: int
    end: int
    text: str  # the line without its end of line
    body: int  # offset (into the text) after indentation and bullet
    indent: int
    bullet: bool


@dataclass
class Item:
    label: str
    key: str
    start: int
    end: int
    form: str  # resolution | leadin | explicit | list
    block: int = 0  # which block of the text it belongs to (1, 2, ...)


def lines_of(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        m = _BULLET.match(raw)
        lead = m.end() if m else 0
        indent = len(raw) - len(raw.lstrip(" \t"))
        out.append(Line(pos, pos + len(raw), raw, pos + lead, indent, bool(m and raw[indent:lead].strip())))
        pos += len(raw) + 1
    return out


def _label_at(text: str, at: int) -> tuple[str, str, int] | None:
    """(label as printed, its key, where the item's words start) for a label at ``at``."""
    m = _LABEL.match(text, at)
    if not m:
        return None
    key = m.group("p1") or m.group("p2") or m.group("p3") or ""
    return text[at:m.end()].strip(), key, m.end()


def _kind_of(key: str, prev: str | None) -> str:
    """digit, roman, upper or lower: a letter that is also a numeral ("i", "v") is a letter
    when it follows the letter before it."""
    if key.isdigit():
        return "digit"
    low = key.lower()
    follows = bool(prev and len(prev) == 1 and prev.isalpha() and len(low) == 1 and ord(low) == ord(prev.lower()) + 1)
    if low in ROMAN and not follows:
        return "roman"
    return "upper" if key.isupper() else "lower"


def _next_key(kind: str, key: str) -> str:
    if kind == "digit":
        return str(int(key) + 1)
    if kind == "roman":
        k = ROMAN.index(key.lower()) if key.lower() in ROMAN else -1
        return ROMAN[k + 1] if 0 <= k < len(ROMAN) - 1 else ""
    return chr(ord(key) + 1)


def _is_start(kind: str, key: str) -> bool:
    return key.lower() in ("a", "1", "i") and not (kind == "roman" and key.lower() != "i")


def _clean_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n;,":
        end -= 1
    return end


class Scanner:
    """The blocks of one text. ``headings``: offsets where the parser saw a heading start."""

    def __init__(self, text: str, headings: set[int]):
        self.text = text
        self.lines = lines_of(text)
        self.headings = headings

    def _is_heading(self, ln: Line) -> bool:
        return ln.start in self.headings or ln.body in self.headings

    def heading_text(self, i: int, reach: int = 8) -> str | None:
        """The nearest heading at or before line ``i`` (its text), within ``reach`` lines of
        text; a line that is just "Recommendations" counts as one."""
        seen = 0
        for j in range(i, -1, -1):
            t = self.lines[j].text.strip()
            if not t:
                continue
            if self._is_heading(self.lines[j]) or _REC_HEADING.match(t):
                return t
            seen += 1
            if seen >= reach:
                break
        return None

    def _nonblank(self, i: int) -> int | None:
        while i < len(self.lines):
            if self.lines[i].text.strip():
                return i
            i += 1
        return None

    def block(self, i: int, form: str, allow_headings: bool = False,
              first: tuple[str, str, int] | None = None) -> tuple[list[Item], int]:
        """The labelled items from line ``i`` on (``first``: an item starting inside line
        ``i - 1``); returns them and the line after the block."""
        items: list[Item] = []
        kind: str | None = None
        cur: Item | None = None
        open_colon = False
        if first is not None:
            label, key, at = first
            kind = _kind_of(key, None)
            cur = Item(label, key, at, self.lines[i - 1].end, form)
            items.append(cur)
        while i < len(self.lines):
            ln = self.lines[i]
            body = ln.text[ln.body - ln.start:]
            if not body.strip():
                i += 1
                continue
            lab = _label_at(self.text, ln.body)
            if lab is not None:
                label, key, at = lab
                k = _kind_of(key, cur.key if cur and kind in ("lower", "upper") else None)
                if kind is None:
                    if not _is_start(k, key) or self._is_heading(ln):
                        break
                    kind = k
                elif cur is not None and (k != kind or key.lower() != _next_key(kind, cur.key).lower()):
                    if k == kind and kind in ("digit", "upper") and cur.key and not ln.bullet and ln.indent == 0:
                        break  # the same kind of label out of sequence: the list has ended
                    cur.end = ln.end  # a sub-item
                    i += 1
                    continue
                cur = Item(label, key, at, ln.end, form)
                items.append(cur)
                open_colon = body.rstrip().endswith((":", ":-"))
                i += 1
                continue
            if cur is None:
                break
            if allow_headings and self._is_heading(ln):
                j = self._nonblank(i + 1)
                nxt = _label_at(self.text, self.lines[j].body) if j is not None else None
                if nxt and kind and nxt[1].lower() == _next_key(kind, cur.key).lower():
                    i = j if j is not None else i + 1
                    continue
                break
            stripped = body.strip()
            sub = ln.bullet or ln.indent > 0 or stripped[:1].islower()
            if (sub or open_colon) and not _CAPS.match(stripped) and not stripped.startswith("("):
                cur.end = ln.end
                if not sub:
                    open_colon = stripped.endswith((":", ":-"))
                i += 1
                continue
            break
        for it in items:
            it.end = _clean_end(self.text, it.start, it.end)
        return items, i

    def _paragraph(self, i: int, start: int) -> tuple[int, int]:
        """The span from ``start`` (inside line ``i``) to the end of its paragraph (lines
        up to a blank one; a trailing colon takes the short lines after it)."""
        end = self.lines[i].end
        colon = self.lines[i].text.rstrip().endswith((":", ":-"))
        j = i + 1
        while j < len(self.lines) and colon:
            t = self.lines[j].text.strip()
            if not t:
                j += 1
                continue
            if _CAPS.match(t) or self._is_heading(self.lines[j]) or len(t) > 160 or t.startswith("("):
                break
            end = self.lines[j].end
            j += 1
        return start, _clean_end(self.text, start, end)

    def scan(self) -> list[Item]:
        items: list[Item] = []
        for n, block in enumerate(self._blocks(), 1):
            for it in block:
                it.block = n
                items.append(it)
        return items

    def _blocks(self) -> list[list[Item]]:
        items: list[list[Item]] = []
        i = 0
        n = len(self.lines)
        while i < n:
            ln = self.lines[i]
            at = ln.body
            m = self._resolved(ln)
            if m and m.end() <= ln.end:
                got, i = self._lead(i, m.end(), "resolution", always=True)
                items.append(got)
                continue
            m = _EXPLICIT.match(self.text, at) or _EXPLICIT_ALONE.match(self.text, at)
            if m and m.end() <= ln.end:
                j = i if m.end() < ln.end else self._nonblank(i + 1)
                if j is not None:
                    s, e = self._paragraph(j, m.end() if j == i else self.lines[j].body)
                    label = self.text[at:m.end()].strip(" \t:.-\u2013\u2014")
                    items.append([Item(label, m.group("no").lower(), s, e, "explicit")])
                    i = j + 1
                    continue
            stripped = ln.text.strip()
            if stripped and _LEADIN.search(stripped) and not _RESOLVED.search(stripped):
                under = self._under_heading(i)
                if under or stripped.endswith((":", ":-")):
                    p = _PARA_NO.match(self.text, at)
                    got, j = self._lead(i, p.end() if p else at, "leadin", always=under,
                                        para=p.group(1) if p else "")
                    if got:
                        items.append(got)
                        i = j
                        continue
            if _REC_HEADING.match(stripped):
                got, j = self._listed(i + 1)
                if got:
                    items.append(got)
                    i = j
                    continue
            said = self._stated(i)
            if said is not None:
                items.append([said])
            i += 1
        return items

    def _resolved(self, ln: Line) -> re.Match[str] | None:
        """"RESOLVED" opening the line, a sentence in it, or after a short subject ("Cabinet
        RESOLVED that:")."""
        m = _RESOLVED.match(self.text, ln.body)
        if m:
            return m
        body = self.text[ln.body:ln.end]
        lead = _RESOLVED_IN.search(body)
        return _RESOLVED.match(self.text, ln.body + lead.end()) if lead else None

    def _stated(self, i: int) -> Item | None:
        """"The recommendation is to grant consent." in running text: that sentence."""
        ln = self.lines[i]
        m = _STATED.search(self.text, ln.body, ln.end)
        if not m:
            return None
        from councilsearch.ingest.sentences import sentence_spans

        for a, b in sentence_spans(self.text, ln.body, ln.end):
            if a <= m.start() < b:
                return Item("", "", a, _clean_end(self.text, a, b), "leadin")
        return None

    def _under_heading(self, i: int) -> bool:
        h = self.heading_text(i - 1) if i > 0 else None
        return bool(h and _REC_HEADING.match(h))

    def _lead(self, i: int, after: int, form: str, always: bool, para: str = "") -> tuple[list[Item], int]:
        """Items after a lead-in ending at ``after`` in line ``i``: inline or on the next lines;
        with none, the lead's own sentence when ``always``."""
        ln = self.lines[i]
        rest = self.text[after:ln.end]
        lab = _label_at(self.text, after + (len(rest) - len(rest.lstrip()))) if rest.strip() else None
        if lab is not None:
            inline = self._inline(ln, lab, form)
            if len(inline) > 1:
                return inline, i + 1
            items, j = self.block(i + 1, form, first=lab)
            return items, j
        if not rest.strip() or rest.rstrip().endswith((":", ":-")):
            items, j = self.block(i + 1, form)
            if items:
                return items, j
        if not always:
            return [], i + 1
        if not rest.strip():  # "RESOLVED:" on its own line: the next paragraph is the resolution
            k = self._nonblank(i + 1)
            if k is None or k - i > 3 or self._is_heading(self.lines[k]):
                return [], i + 1
            s, e = self._paragraph(k, self.lines[k].body)
            return [Item("RESOLVED" if form == "resolution" else para, "", s, e, form)], k + 1
        s, e = self._paragraph(i, after if form == "resolution" else ln.body)
        if form == "leadin" and para:
            s = after
        label = "RESOLVED" if form == "resolution" else para
        return [Item(label, label.lower(), s, e, form)], i + 1

    def _inline(self, ln: Line, lab: tuple[str, str, int], form: str) -> list[Item]:
        """Items printed on one line: "(1) That ...; (2) That ..." (the labels in sequence, in
        the first one's style, each after a space)."""
        label, key, at = lab
        kind = _kind_of(key, None)
        style = label.replace(key, "{}", 1)
        items = [Item(label, key, at, ln.end, form)]
        pos = at
        while True:
            nxt = _next_key(kind, items[-1].key)
            if not nxt:
                break
            m = re.compile(r"(?<=\s)" + re.escape(style.format(nxt)) + r"[ \t]+").search(self.text, pos, ln.end)
            if not m:
                break
            items[-1].end = _clean_end(self.text, items[-1].start, m.start())
            items.append(Item(style.format(nxt), nxt, m.end(), ln.end, form))
            pos = m.end()
        items[-1].end = _clean_end(self.text, items[-1].start, items[-1].end)
        return items

    def _listed(self, i: int) -> tuple[list[Item], int]:
        """What follows a Recommendations heading: a labelled list starting within three
        paragraphs (after an introduction), else the paragraphs under the heading themselves
        (the first, and those numbered like it: "6.1", "6.2"), up to the next heading. A
        lead-in, a resolution or a "Recommendation N:" line is left to its own form."""
        seen = 0
        plain: list[Item] = []
        prefix: str | None = None
        while i < len(self.lines) and seen <= 3:
            ln = self.lines[i]
            text = ln.text.strip()
            if not text:
                i += 1
                continue
            if _REC_HEADING.match(text):
                break
            if self._is_heading(ln) and (plain or seen):  # a theme heading may come before the list
                j = self._nonblank(i + 1)
                if plain or j is None or _label_at(self.text, self.lines[j].body) is None:
                    break
                i = j
                continue
            if _LEADIN.search(ln.text) or _EXPLICIT.match(self.text, ln.body) or self._resolved(ln):
                return [], i
            if _label_at(self.text, ln.body) is not None and not plain:
                got, j = self.block(i, "list", allow_headings=True)
                if got:
                    return got, j
                break
            p = _PARA_NO.match(self.text, ln.body)
            number = p.group(1) if p else ""
            head = number.rsplit(".", 1)[0] if "." in number else None
            if self._is_heading(ln) or (plain and (head is None or head != prefix)):
                break
            if not plain and (text.endswith((":", ":-")) or "recommendation" in text.lower()):
                seen += 1
                i += 1
                continue
            s, e = self._paragraph(i, p.end() if p else ln.body)
            plain.append(Item(number, number.lower(), s, e, "leadin"))
            prefix = head
            i += 1
            if head is None:
                break
        return plain, i


def item_spans(items: list[Item]) -> list[Span]:
    return [(it.start, it.end) for it in items]
