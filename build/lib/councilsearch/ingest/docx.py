"""DOCX -> canonical text with python-docx, reading the body XML in document order.

- Paragraphs and tables come out in the order they stand in the body (content controls are
  looked into); one line per paragraph, a blank line where the document has empty paragraphs.
- Headings: a paragraph whose style is "Title" or "Heading 1".."Heading 9" (or is based on
  one, or carries an outline level) is returned as a heading hint.
- Lists: Word's automatic numbering is rendered ("1.", "a)", "iv.") from numbering.xml, with
  bullets as "- " and one leading space per nesting level, so "83. In November…" keeps its
  paragraph number even when Word generated it.
- Tables: one line per row, cells separated by TABs (a merged cell keeps its columns); a
  one-column table (a box around text) is read as ordinary paragraphs.
- Text in deleted revisions, field codes and the fallback copy of drawings is skipped.

Before anything is decompressed the zip directory is checked: member names must be relative
without ``..``, and the declared uncompressed total must stay under 200 MB. (Python's zipfile
stops reading a member at its declared size, so a member that lies about its size fails its
CRC check instead of filling memory.)
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from councilsearch.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from councilsearch.ingest.base import ParsedText
from councilsearch.models import Span

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_SKIP = {
    W + "pPr",
    W + "rPr",
    W + "del",
    W + "delText",
    W + "instrText",
    W + "moveFrom",
    MC_FALLBACK,
}
_HEADING_NAME = re.compile(r"^(?:heading\s*[1-9]|title)$", re.IGNORECASE)
_CLEAN = str.maketrans({"\u00a0": " ", "\u00ad": None, "\u200b": None, "\ufeff": None, "\r": " ", "\n": " "})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _attr(el: Any, name: str = "val") -> str | None:
    if el is None:
        return None
    return el.get(W + name)


# --- zip guard ----------------------------------------------------------------------------


def check_zip(data: bytes, label: str, name: str) -> None:
    """Refuse archives that are not zips, escape their folder or inflate past the limit."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise CorruptDocumentError(
            f"{label} is not a valid Word document: the zip container is damaged or truncated ({exc})",
            path=name,
        ) from exc
    if len(infos) > MAX_MEMBERS:
        raise CorruptDocumentError(f"{label} holds {len(infos)} files; a Word document holds far fewer", path=name)
    total = 0
    for info in infos:
        member = info.filename.replace("\\", "/")
        if member.startswith("/") or re.match(r"^[A-Za-z]:", member) or ".." in member.split("/"):
            raise CorruptDocumentError(
                f"{label} contains a file with an unsafe path ({info.filename!r}); refusing to read it",
                path=name,
            )
        total += max(0, info.file_size)
    if total > MAX_UNCOMPRESSED_BYTES:
        mb = 1024 * 1024
        raise CorruptDocumentError(
            f"{label} would expand to {total / mb:,.0f} MB when unpacked; the limit is "
            f"{MAX_UNCOMPRESSED_BYTES / mb:,.0f} MB (it may be a zip bomb)",
            path=name,
        )
    if "word/document.xml" not in {i.filename for i in infos}:
        raise CorruptDocumentError(f"{label} is a zip archive without word/document.xml: not a Word document", path=name)


# --- styles and numbering -------------------------------------------------------------------


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int


def _styles(document: Any) -> dict[str, _Style]:
    out: dict[str, _Style] = {}
    try:
        root = document.styles.element
    except Exception:
        return out
    for st in root.iter(W + "style"):
        sid = _attr(st, "styleId")
        if not sid:
            continue
        ppr = st.find(W + "pPr")
        outline = _attr(ppr.find(W + "outlineLvl")) if ppr is not None else None
        num_id = ilvl = None
        if ppr is not None and (numpr := ppr.find(W + "numPr")) is not None:
            num_id = _attr(numpr.find(W + "numId"))
            ilvl = _attr(numpr.find(W + "ilvl"))
        out[sid] = _Style(
            name=_attr(st.find(W + "name")) or sid,
            based_on=_attr(st.find(W + "basedOn")),
            outline=int(outline) if outline and outline.isdigit() else None,
            num_id=num_id,
            ilvl=int(ilvl) if ilvl and ilvl.isdigit() else 0,
        )
    return out


def _style_chain(styles: dict[str, _Style], sid: str | None) -> Iterator[_Style]:
    seen: set[str] = set()
    while sid and sid in styles and sid not in seen:
        seen.add(sid)
        st = styles[sid]
        yield st
        sid = st.based_on


def _is_heading_style(styles: dict[str, _Style], sid: str | None) -> bool:
    for st in _style_chain(styles, sid):
        if _HEADING_NAME.match(st.name.strip()):
            return True
        if st.outline is not None and 0 <= st.outline <= 8:
            return True
    return False


def _roman(n: int) -> str:
    vals = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, aa..zz, aaa..
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, starts)
    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, document: Any) -> _Numbering:
        self = cls()
        try:
            root = None
            for rel in document.part.rels.values():
                if rel.reltype.endswith("/numbering") and not rel.is_external:
                    root = rel.target_part.element
                    break
        except Exception:
            root = None
        if root is None:
            return self
        for an in root.iter(W + "abstractNum"):
            aid = _attr(an, "abstractNumId")
            levels: dict[int, _Level] = {}
            for lvl in an.iter(W + "lvl"):
                il = _attr(lvl, "ilvl")
                if il is None or not il.isdigit():
                    continue
                start = _attr(lvl.find(W + "start"))
                levels[int(il)] = _Level(
                    fmt=_attr(lvl.find(W + "numFmt")) or "decimal",
                    text=_attr(lvl.find(W + "lvlText")) or "",
                    start=int(start) if start and start.lstrip("-").isdigit() else 1,
                )
            if aid is not None:
                self.abstract[aid] = levels
        for num in root.iter(W + "num"):
            nid = _attr(num, "numId")
            aid = _attr(num.find(W + "abstractNumId"))
            starts: dict[int, int] = {}
            for ov in num.iter(W + "lvlOverride"):
                il = _attr(ov, "ilvl")
                so = _attr(ov.find(W + "startOverride"))
                if il and il.isdigit() and so and so.lstrip("-").isdigit():
                    starts[int(il)] = int(so)
            if nid is not None and aid is not None:
                self.nums[nid] = (aid, starts)
        return self

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The list label for the next paragraph of list ``num_id`` at level ``ilvl``."""
        if num_id not in self.nums:
            return None
        aid, starts = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        lvl = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(num_id, [])

        def start_of(i: int) -> int:
            return starts.get(i, levels.get(i, _Level()).start)

        while len(counters) <= ilvl:
            counters.append(start_of(len(counters)) - 1)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = start_of(deeper) - 1
        if lvl.fmt == "bullet":
            return "-"
        if lvl.fmt == "none":
            return None
        text = lvl.text or f"%{ilvl + 1}."

        def sub(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            if i >= len(counters):
                return ""
            n = max(counters[i], start_of(i))
            return _format(n, levels.get(i, _Level()).fmt)

        label = re.sub(r"%([1-9])", sub, text).strip()
        return label or None


# --- body walk -----------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.translate(_CLEAN)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def _run_text(el: Any, out: list[str], boxes: list[Any]) -> None:
    for ch in el:
        tag = ch.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t":
            out.append(ch.text or "")
        elif tag == W + "tab" or tag == W + "ptab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append(" ")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag in (W + "txbxContent", W + "p"):  # a text box, or a paragraph inside a drawing
            boxes.append(ch)
        else:
            _run_text(ch, out, boxes)


def _para_text(p: Any) -> tuple[str, list[Any]]:
    parts: list[str] = []
    boxes: list[Any] = []
    _run_text(p, parts, boxes)
    text = _clean("".join(parts))
    text = re.sub(r" {2,}", " ", text).strip(" \t")
    return text, boxes


class _Walker:
    def __init__(self, styles: dict[str, _Style], numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.lines: list[tuple[str, bool]] = []

    def block(self, el: Any) -> None:
        for ch in el:
            tag = ch.tag
            if tag == W + "p":
                self.paragraph(ch)
            elif tag == W + "tbl":
                self.table(ch)
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"):
                self.block(ch)

    def paragraph(self, p: Any) -> None:
        text, boxes = _para_text(p)
        ppr = p.find(W + "pPr")
        sid = _attr(ppr.find(W + "pStyle")) if ppr is not None else None
        heading = _is_heading_style(self.styles, sid)
        if ppr is not None and not heading:
            ol = _attr(ppr.find(W + "outlineLvl"))
            heading = bool(ol and ol.isdigit() and int(ol) <= 8)
        label = self._list_label(ppr, sid)
        if text:
            if label:
                indent = " " * min(self._ilvl(ppr, sid), 4)
                text = f"{indent}{label} {text}"
            self.lines.append((text, heading and len(text) <= 300))
        else:
            self.lines.append(("", False))
        for box in boxes:
            if box.tag == W + "p":
                self.paragraph(box)
            else:
                self.block(box)

    def _ilvl(self, ppr: Any, sid: str | None) -> int:
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        il = _attr(numpr.find(W + "ilvl")) if numpr is not None else None
        if il and il.isdigit():
            return int(il)
        for st in _style_chain(self.styles, sid):
            if st.num_id:
                return st.ilvl
        return 0

    def _list_label(self, ppr: Any, sid: str | None) -> str | None:
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _attr(numpr.find(W + "numId")) if numpr is not None else None
        if num_id is None:
            for st in _style_chain(self.styles, sid):
                if st.num_id:
                    num_id = st.num_id
                    break
        if not num_id or num_id == "0":
            return None
        return self.numbering.label(num_id, self._ilvl(ppr, sid))

    def table(self, tbl: Any) -> None:
        rows = [tr for tr in tbl.iter(W + "tr") if _owner_table(tr) is tbl]
        widths = [sum(_span(tc) for tc in _cells(tr)) for tr in rows]
        if rows and max(widths, default=0) <= 1:
            # a one-column table is a box around paragraphs: read them as such
            for tr in rows:
                for tc in _cells(tr):
                    self.block(tc)
            return
        for tr in rows:
            cells: list[str] = []
            for tc in _cells(tr):
                cells.append(_cell_text(tc))
                cells.extend([""] * (_span(tc) - 1))
            if any(c for c in cells):
                self.lines.append(("\t".join(cells).rstrip("\t"), False))
        self.lines.append(("", False))


def _owner_table(el: Any) -> Any:
    p = el.getparent()
    while p is not None and p.tag != W + "tbl":
        p = p.getparent()
    return p


def _cells(tr: Any) -> list[Any]:
    out = []
    for ch in tr:
        if ch.tag == W + "tc":
            out.append(ch)
        elif ch.tag in (W + "sdt", W + "customXml"):
            out.extend(ch.iter(W + "tc"))
    return out


def _span(tc: Any) -> int:
    tcpr = tc.find(W + "tcPr")
    v = _attr(tcpr.find(W + "gridSpan")) if tcpr is not None else None
    return int(v) if v and v.isdigit() and 0 < int(v) < 64 else 1


def _cell_text(tc: Any) -> str:
    parts: list[str] = []
    for p in tc.iter(W + "p"):
        text, _ = _para_text(p)
        if text:
            parts.append(text.replace("\t", " "))
    return " ".join(parts)


# --- entry point --------------------------------------------------------------------------


def parse_docx(data: bytes, name: str = "") -> ParsedText:
    """Parse a .docx into canonical text (see the module docstring)."""
    label = name or "the Word document"
    if not data:
        raise EmptyDocumentError(f"{label} is empty (0 bytes)", path=name)
    check_zip(data, label, name)
    try:
        import docx as python_docx

        document = python_docx.Document(BytesIO(data))
    except ValueError as exc:
        if "content type" in str(exc).lower():
            raise UnsupportedFormatError(
                f"{label} is not a plain Word document (.docx); save it as .docx and try again ({exc})",
                path=name,
            ) from exc
        raise CorruptDocumentError(f"{label} is a damaged Word document: {exc}", path=name) from exc
    except MemoryError:
        raise
    except Exception as exc:
        raise CorruptDocumentError(
            f"{label} is a damaged Word document and could not be opened ({type(exc).__name__}: {exc})",
            path=name,
        ) from exc
    try:
        walker = _Walker(_styles(document), _Numbering.load(document))
        walker.block(document.element.body)
    except RecursionError as exc:
        raise CorruptDocumentError(f"{label} is damaged: its content is nested too deeply", path=name) from exc
    text, hints = _assemble(walker.lines)
    if not text.strip():
        raise EmptyDocumentError(f"{label} has no text", path=name)
    try:
        title = _useful_title(document.core_properties.title or "")
    except Exception:
        title = None
    return ParsedText(text=text, page_map=(0,), heading_hints=hints, title=title)


def _useful_title(title: str) -> str | None:
    """The document's declared title, unless it is a template placeholder."""
    t = title.strip()
    low = t.lower()
    if not t or len(t) > 300 or low in {"word document", "document", "untitled", "title", "microsoft word document"}:
        return None
    if low.startswith("microsoft word -") or re.search(r"\.(docx?|dotx?|rtf|odt|pdf)$", low):
        return None
    return t


def _assemble(lines: list[tuple[str, bool]]) -> tuple[str, tuple[Span, ...]]:
    out: list[str] = []
    hints: list[Span] = []
    pos = 0
    blank = False
    for text, heading in lines:
        if not text:
            blank = bool(out)
            continue
        if out:
            sep = "\n\n" if blank else "\n"
            out.append(sep)
            pos += len(sep)
        blank = False
        if heading:
            hints.append((pos, pos + len(text)))
        out.append(text)
        pos += len(text)
    return "".join(out), tuple(hints)
