"""Split a Document's canonical text into sections that tile it.

The canonical text holds one paragraph per line (parsers join hard-wrapped lines), headings
on their own lines and table rows as TAB-separated lines. The sectioner classifies each line
(``line_kinds``) and groups lines into flat sections, in order, whose spans tile the text without gaps or
overlaps. The heading tree is carried by each section's ``path``:

- ``heading``: one heading line (numbered, "Recommendation N:", ALL CAPS, title case,
  markdown ``#``, ``**bold**`` only, agenda/minute items, or a parser's font/style hint);
- ``paragraph``: a numbered paragraph ("47. In November…", ``para_no="47"``) with the
  unnumbered lines, bullets and sub-items that follow it, or unnumbered text under a heading;
- ``table``: a run of TAB-separated lines holding numbers, with its unit line and header row;
- ``list``: a run of bullet or contents lines.

Content after a numbered paragraph keeps its ``para_no`` until the next heading or number,
so a table introduced by "74. A summary … is set out below:" cites paragraph 74.
"""

from __future__ import annotations

import hashlib

from councilsearch.ingest.line_kinds import classify_lines, clean_heading, heading_label, numeric_cells
from councilsearch.models import Document, Section, Span

_LEVELS = {
    "md1": 1, "md2": 2, "md3": 3, "md4": 4, "md5": 5, "md6": 6,
    "caps": 1, "appendix": 1, "part": 2,
    "num1": 2, "num2": 3, "num3": 4, "num4": 5,
    "rec": 3, "title": 3, "bold": 3, "hint": 3,
}


def section_id(doc_id: str, ordinal: int) -> str:
    return f"{doc_id}:s{ordinal}"


def split_sections(doc: Document) -> list[Section]:
    """Sections of ``doc`` in order; their spans tile ``doc.text`` exactly."""
    text = doc.text
    lines = classify_lines(text, doc.heading_hints)
    # group lines into blocks: (kind, first_line_idx, last_line_idx, para_no, heading-info)
    blocks: list[dict[str, object]] = []
    stack: list[tuple[int, str]] = []
    current_para: str | None = None
    cur: dict[str, object] | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            blocks.append(cur)
            cur = None

    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "blank":
            i += 1
            continue
        if ln.kind == "heading":
            close()
            level = _LEVELS.get(ln.style, 3)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading_label(ln.text)))
            current_para = None
            blocks.append({
                "kind": "heading", "first": i, "last": i, "para_no": ln.para_no,
                "path": tuple(s for _, s in stack), "heading": clean_heading(ln.text),
                "level": level,
            })
            i += 1
            continue
        path = tuple(s for _, s in stack)
        depth = len(stack) + 1
        if ln.kind == "table":
            j = i
            while j + 1 < len(lines) and lines[j + 1].kind == "table":
                j += 1
            run = lines[i:j + 1]
            has_numbers = any(numeric_cells(r.text) >= 1 for r in run)
            if (len(run) >= 2 and has_numbers) or any(numeric_cells(r.text) >= 2 for r in run):
                close()
                blocks.append({
                    "kind": "table", "first": i, "last": j, "para_no": current_para,
                    "path": path, "heading": None, "level": depth,
                })
                i = j + 1
                continue
            for r in run:
                r.kind = "text"
            # fall through: treat as text lines
        if ln.kind == "numbered":
            close()
            current_para = ln.para_no
            cur = {"kind": "paragraph", "first": i, "last": i, "para_no": current_para,
                   "path": path, "heading": None, "level": depth, "list_only": False}
            i += 1
            continue
        is_list = ln.kind in ("list", "contents")
        if cur is None or cur["kind"] == "heading":
            cur = {"kind": "paragraph", "first": i, "last": i, "para_no": current_para,
                   "path": path, "heading": None, "level": depth, "list_only": is_list}
        else:
            cur["last"] = i
            cur["list_only"] = bool(cur.get("list_only")) and is_list
        i += 1
    close()

    sections: list[Section] = []
    if not blocks:
        span = (0, len(text))
        return [Section(section_id(doc.id, 0), doc.id, 0, "paragraph", (), None, 1, None, span,
                        doc.pages_for(span))]
    starts = [lines[int(b["first"])].start for b in blocks]  # type: ignore[call-overload]
    starts[0] = 0
    for k, b in enumerate(blocks):
        start = starts[k]
        end = starts[k + 1] if k + 1 < len(blocks) else len(text)
        content_start = lines[int(b["first"])].start  # type: ignore[call-overload]
        content_end = lines[int(b["last"])].end  # type: ignore[call-overload]
        kind = str(b["kind"])
        if kind == "paragraph" and b.get("list_only"):
            kind = "list"
        sections.append(Section(
            id=section_id(doc.id, k),
            doc_id=doc.id,
            ordinal=k,
            kind=kind,
            path=b["path"],  # type: ignore[arg-type]
            heading=b["heading"],  # type: ignore[arg-type]
            level=int(b["level"]),  # type: ignore[call-overload]
            para_no=b["para_no"],  # type: ignore[arg-type]
            span=(start, end),
            pages=doc.pages_for((content_start, max(content_start + 1, content_end))),
        ))
    return sections


def content_span(text: str, span: Span) -> Span:
    """``span`` without surrounding whitespace (never empty if the span has text)."""
    s, e = span
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if lead + trail >= len(seg):
        return (s, s)
    return (s + lead, e - trail)


def stable_int_id(*parts: str) -> int:
    """A stable 60-bit integer id (FAISS ids are int64)."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return int(h[:15], 16)
