"""The first step of the sectioner (``sections.split_sections``): each line of a Document's
canonical text classified as blank, heading (with its style: numbered, "Recommendation N:",
ALL CAPS, title case, markdown ``#``, ``**bold**`` only, agenda/minute item, a parser's hint),
numbered paragraph, table row, list item, contents entry or text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councilsearch.ingest.cover import cover_items
from councilsearch.ingest.markers import LIST_ITEM
from councilsearch.models import Span

# --- line patterns ---------------------------------------------------------------------

_NUMBERED = re.compile(r"^[ \t]*(\d{1,3})\.(?!\d)[ \t]*(?=\S)")
# "7 Risk Implications": a chapter number without its dot (only ever a heading, never a paragraph)
_BARE_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[ \t]+(?=[A-Z])")
_MONTH = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b", re.I
)
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.?!][ \t]+[A-Z]")
_FIGURE = re.compile(r"£\s?\d|\d%|\d\.\d")
_MULTI_NUMBERED = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]+(?=\S)")
# a minute's or an item's reference before its title ("HC/41", "CAB.12", "EX-7", "45/25", "C12/2025")
_ITEM_REF = re.compile(r"^[ \t]*((?:[A-Z]{1,6}[ /.\-]?\d{1,4}|\d{1,4}/\d{2,4})(?:[/.\-]\d{1,4})?)\.?[ \t]+(?=\S)")
_RECOMMENDATION = re.compile(r"^[ \t]*(?:\*\*)?Recommendation\s+\d+[A-Za-z]?\b\s*[:.\-–—]?", re.I)
_MARKDOWN = re.compile(r"^(#{1,6})[ \t]+\S")
_BOLD_ONLY = re.compile(r"^[ \t]*\*\*[^*\n]{2,}\*\*[ \t]*$")
_PART = re.compile(r"^[ \t]*PART\s+[A-Z0-9]{1,3}[ \t]*$")
_APPENDIX = re.compile(r"^[ \t]*(?:\*\*)?Appendix\s+[A-Z0-9]{1,3}\b", re.I)
_HONORIFIC = re.compile(r"^[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Prof)\.?\s", re.I)
_KEY_VALUE = re.compile(r"^[^:\t]{1,30}:\s+\S")
_NUMERIC_CELL = re.compile(r"^[ \t]*[-(£]*[ \t]*\d[\d,. ]*(?:%|m|bn|k)?\)?[ \t]*$")
_CONTENTS_ENTRY = re.compile(r"\t[ \t]*\d{0,3}[ \t]*$")
_MARKUP = re.compile(r"\*\*|</?u>|^#{1,6}\s+")
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|be|been|being|should|shall|can|could|may|"
    r"must|did|does|do|we|it|there|this|these)\b"
)
_CONJUNCTION = re.compile(r"^(?:And|But|Or|With|Of|For|To|In|On|At|By|As|If|So|Then|Which|Who)\b[ ,]")
_FILLER = re.compile(
    r"^(?:this page is intentionally (?:left )?blank|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d|"
    r"page \d+( of \d+)?$)",
    re.I,
)
_DANGLING = re.compile(r"\b(?:on|by|of|the|to|and|or|that|for|with|in|a|an|as|at|from|include|including)$", re.I)
_NUMERIC_TAIL = re.compile(r"\s[-(£]*(?!(?:19|20)\d\d\b)\d[\d,.]*\)?%?$")
_PAGE_TAIL = re.compile(r"[A-Za-z]\s+\d{1,3}$")
_DISCOURSE = {
    "however", "therefore", "furthermore", "moreover", "additionally", "overall", "also", "finally",
    "firstly", "secondly", "thirdly", "meanwhile", "nevertheless", "consequently", "similarly", "instead",
}
_NON_HEADINGS = {"none", "noted", "n/a", "not applicable", "nil", "yes", "no"}
_CONTENTS_TITLES = {"contents", "table of contents", "index"}


@dataclass
class Line:
    start: int
    end: int  # excludes the newline
    text: str
    kind: str = "text"  # blank | heading | table | list | numbered | text | contents
    style: str = ""
    level: int = 0
    para_no: str | None = None
    agenda: bool = False


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9£%][^\s]*", s)


def clean_heading(text: str) -> str:
    """Heading text without markdown, underline tags, tabs or surrounding space."""
    t = _MARKUP.sub("", text)
    t = re.sub(r"</?u>", "", t)
    t = re.sub(r"\s+", " ", t.replace("\t", " ")).strip()
    return t


def heading_label(text: str, max_words: int = 10) -> str:
    """A short label for a section path ("Recommendation 2: The approach over the coming…")."""
    t = clean_heading(text)
    words = t.split(" ")
    if len(words) <= max_words + 2:
        return t
    return " ".join(words[:max_words]).rstrip(",;:") + "…"


def _is_numeric_cell(cell: str) -> bool:
    return bool(_NUMERIC_CELL.match(cell)) and any(ch.isdigit() for ch in cell)


def numeric_cells(line: str) -> int:
    return sum(1 for c in line.split("\t") if c.strip() and _is_numeric_cell(c.strip()))


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85


def _title_like(rest: str) -> bool:
    """Does the text after a number read like a heading rather than a sentence?"""
    t = clean_heading(rest)
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith((":", ";", ",")):
        return False
    if t.rstrip(".").strip().lower() in _NON_HEADINGS:
        return False
    if _PAGE_TAIL.search(t):  # "2. Outline of the proposal 3": a contents entry with its page
        return False
    words = _words(t)
    if not words or len(words) > 22 or len(t) > 180:
        return False
    if _SENTENCE_BREAK.search(t) or _DANGLING.search(t):  # two sentences, or a line cut mid-sentence
        return False
    if len(words) > 8 and _FIGURE.search(t) and t.endswith((".", ",")) is False and sum(
        1 for w in words if len(w) > 3 and w[0].isupper()
    ) < 0.5 * sum(1 for w in words if len(w) > 3):
        return False  # a sentence stating a figure, not a title
    if len(words) > 12:
        content = [w for w in words if len(w) > 3]
        if sum(1 for w in content if w[0].isupper()) < 0.6 * len(content):
            return False
    body = t[0].lower() + t[1:]
    return not _VERB.search(body)


def _plain_heading(t: str) -> bool:
    """A short unnumbered line that reads as a heading (title or sentence case)."""
    if not t or not t[0].isupper():
        return False
    if t.endswith((".", ":", ";", ",", "?", "!")) and not t.endswith("..."):
        return False
    if _HONORIFIC.match(t) or _KEY_VALUE.match(t) or "@" in t:
        return False
    words = _words(t)
    if not words or len(words) > 10 or len(t) > 90:
        return False
    if len(words) == 1 and words[0].lower().strip(",") in _DISCOURSE:
        return False
    if _NUMERIC_TAIL.search(t):  # "Orlwick Depot -180": a table row whose cells lost their tabs
        return False
    if sum(1 for w in words if any(c.isdigit() for c in w)) > len(words) / 2:
        return False
    if t.startswith(("(", "[", "\"", "“", "'")) or _CONJUNCTION.match(t) or _DANGLING.search(t):
        return False
    return bool(re.search(r"[A-Za-z]{3}", t))


def classify_lines(doc_text: str, hints: Sequence[Span] = ()) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    n = len(doc_text)
    while pos < n:
        nl = doc_text.find("\n", pos)
        end = n if nl == -1 else nl
        lines.append(Line(pos, end, doc_text[pos:end]))
        pos = end + 1
    if not lines:
        return lines
    for ln in lines:
        if not ln.text.strip():
            ln.kind = "blank"
    # a cover sheet's labels and values describe the document: never headings
    for item in cover_items([ln.text if ln.kind != "blank" else "" for ln in lines]):
        for k in range(item.first, item.last + 1):
            if lines[k].kind != "blank":
                lines[k].kind = "cover"
    cover_texts = {clean_heading(ln.text) for ln in lines if ln.kind == "cover"}
    item_refs = _item_ref_prefixes(lines)

    nonblank = [ln for ln in lines if ln.kind != "blank"]
    # Documents that separate paragraphs with blank lines: a heading there stands alone.
    isolated_flags: list[bool] = []
    for i, ln in enumerate(lines):
        if ln.kind == "blank":
            isolated_flags.append(False)
            continue
        prev_blank = i == 0 or lines[i - 1].kind == "blank"
        next_blank = i + 1 >= len(lines) or lines[i + 1].kind == "blank"
        isolated_flags.append(prev_blank and next_blank)
    n_blank = len(lines) - len(nonblank)
    blank_separated = bool(nonblank) and n_blank / len(nonblank) >= 0.25
    last_number: tuple[int, bool] | None = None  # (number, was it a paragraph?)

    hint_starts = _hint_lines(lines, hints)
    in_contents = False
    contents_entries = 0
    for i, ln in enumerate(lines):
        if ln.kind == "blank":
            if in_contents and contents_entries:  # a blank line closes the contents list
                in_contents = False
            continue
        if ln.kind == "cover":
            continue
        raw = ln.text
        t = clean_heading(raw)
        isolated = isolated_flags[i]
        multi_line_block = blank_separated and not isolated
        prev = lines[i - 1] if i else None
        prev_open = prev is not None and prev.kind not in ("blank",) and prev.text.rstrip().endswith(
            (",", "and", "or", "of", "the", "to", "-")
        )

        if in_contents:
            entry = _CONTENTS_ENTRY.search(raw) or _PAGE_TAIL.search(raw.rstrip())
            if entry or (("\t" in raw or len(_words(t)) <= 8) and _NUMBERED.match(raw)):
                ln.kind = "contents"
                contents_entries += 1
                continue
            in_contents = False

        m_ref = _ITEM_REF.match(raw)
        if m_ref and _ref_prefix(m_ref.group(1)) in item_refs and not prev_open:
            # a minute or an item: its reference, then its title in capitals, set apart or styled
            title = next((c.strip() for c in raw[m_ref.end():].split("\t") if c.strip()), "")
            apart = _is_caps(title) or i in hint_starts or ("\t" in raw[:m_ref.end()] and not _in_table(lines, i))
            if apart and _title_like(title) and numeric_cells(raw) == 0 and title == raw[m_ref.end():].strip():
                ln.kind, ln.style = "heading", "num1"
                continue
        if "\t" in raw:
            m = _NUMBERED.match(raw)
            first_cell = next((c.strip() for c in raw[m.end():].split("\t") if c.strip()), "") if m else ""
            # an agenda item's number and its title ("4.<TAB>Apologies for absence"): a title is
            # short, never a run of numbered list items in a cell
            if (m and re.search(r"[A-Za-z]{3}", first_cell) and numeric_cells(raw) <= 1
                    and len(_words(first_cell)) <= 15):
                ln.kind, ln.style, ln.agenda = "heading", "num1", True
                ln.para_no = m.group(1)
                continue
            m_sub = _MULTI_NUMBERED.match(raw)
            if m_sub and numeric_cells(raw) == 0 and len(_words(raw[m_sub.end():])) >= 8:
                # "1.2 The forecast shows a gap of\t£21.4m before": a paragraph with stray tabs
                ln.kind, ln.para_no = "numbered", m_sub.group(1)
                continue
            ln.kind = "table"
            continue
        m_md = _MARKDOWN.match(raw)
        if m_md:
            ln.kind, ln.style = "heading", f"md{len(m_md.group(1))}"
            continue
        if _RECOMMENDATION.match(raw):
            ln.kind, ln.style = "heading", "rec"
            continue
        m_multi = _MULTI_NUMBERED.match(raw)
        if m_multi:
            rest = raw[m_multi.end():]
            depth = m_multi.group(1).count(".") + 1
            opens_sub = _opens_subsection(lines, i, m_multi.group(1))
            if _title_like(rest) and (not multi_line_block or i in hint_starts or opens_sub):
                ln.kind, ln.style = "heading", f"num{min(depth, 4)}"
            else:
                ln.kind, ln.para_no = "numbered", m_multi.group(1)
            continue
        m_num = _NUMBERED.match(raw)
        if m_num:
            rest = raw[m_num.end():]
            number = int(m_num.group(1))
            follows_paragraph = last_number is not None and last_number == (number - 1, True)
            # "1. The site" right above "1.1 …": the chapter its paragraphs are numbered under;
            # a styled title ("1. Purpose" in bold, its paragraph on the next line) likewise
            opens_sub = _opens_subsection(lines, i, m_num.group(1))
            if _title_like(rest) and not prev_open and (
                opens_sub or i in hint_starts or (not multi_line_block and not follows_paragraph)
            ):
                ln.kind, ln.style = "heading", "num1"
            else:
                ln.kind, ln.para_no = "numbered", m_num.group(1)
            last_number = (number, ln.kind == "numbered")
            continue
        m_bare = _BARE_NUMBERED.match(raw)
        if m_bare and not _MONTH.match(raw[m_bare.end():]) and _title_like(raw[m_bare.end():]) and not prev_open \
                and (i in hint_starts or isolated or _opens_subsection(lines, i, m_bare.group(1))
                     or (not multi_line_block and _opens_content(lines, i))):
            ln.kind, ln.style = "heading", "num1"
            continue
        if LIST_ITEM.match(raw):
            ln.kind = "list"
            continue
        if i in hint_starts and len(_words(t)) <= 25 and not _reads_as_prose(t):
            ln.kind, ln.style = "heading", "hint"
            if t.lower() in _CONTENTS_TITLES:
                in_contents, contents_entries = True, 0
            continue
        if _BOLD_ONLY.match(raw):
            ln.kind, ln.style = "heading", "bold"
            continue
        if _PART.match(raw):
            ln.kind, ln.style = "heading", "part"
            continue
        if _APPENDIX.match(raw) and len(_words(t)) <= 20 and not t.endswith("."):
            ln.kind, ln.style = "heading", "appendix"
            continue
        if prev_open or _FILLER.match(t) or t in cover_texts:  # the cover's council name again: a page header
            continue
        if not isolated and not _opens_content(lines, i):
            continue
        if _is_caps(t) and len(_words(t)) <= 15 and not t.endswith((",", ";")):
            if t.startswith("(") or t.endswith(":"):
                continue
            ln.kind, ln.style = "heading", "caps"
            continue
        if _plain_heading(t):
            ln.kind, ln.style = "heading", "title"
            if t.lower() in _CONTENTS_TITLES:
                in_contents, contents_entries = True, 0
    _unhead_last_line(lines)
    return lines


def _reads_as_prose(t: str) -> bool:
    """A styled block that is a paragraph, not a title: whole sentences ending in a full stop
    ("The council tax requirement … is £96.35m. A Band D council tax … will be …")."""
    if not t.endswith(".") or t.endswith("..."):
        return False
    words = _words(t)
    return bool(_SENTENCE_BREAK.search(t)) or (len(words) >= 12 and bool(_VERB.search(t[0].lower() + t[1:])))


def _unhead_last_line(lines: list[Line]) -> None:
    """A heading heads something: unnumbered titles with nothing but each other after them at
    the document's end (the "Chair" and "Date" lines of a signature block under minutes) are
    text."""
    for ln in reversed(lines):
        if ln.kind == "blank":
            continue
        if ln.kind != "heading" or ln.style not in ("title", "caps", "bold", "hint"):
            break
        ln.kind, ln.style = "text", ""


def _ref_prefix(ref: str) -> str:
    """The letters a minute reference starts with ("HC/41" -> "HC"; "45/25" -> "")."""
    return "".join(ch for ch in ref if ch.isalpha())


def _item_ref_prefixes(lines: list[Line]) -> set[str]:
    """Reference prefixes that number two or more lines: a document's own minute numbering
    ("HC/41", "HC/42"), not a code that opens one line."""
    seen: dict[str, int] = {}
    for ln in lines:
        if ln.kind == "blank":
            continue
        m = _ITEM_REF.match(ln.text)
        if m:
            key = _ref_prefix(m.group(1))
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= 2}


def _in_table(lines: list[Line], i: int) -> bool:
    """Is the line above or below a row of two cells or more (a table's, not a minute's)?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].kind == "blank":
            j += step
        if 0 <= j < len(lines) and sum(1 for c in lines[j].text.split("\t") if c.strip()) >= 2:
            return True
    return False


def _opens_subsection(lines: list[Line], i: int, number: str) -> bool:
    """Is the next line a paragraph numbered one level below ``number`` ("1." over "1.1")?"""
    nxt = next((ln for ln in lines[i + 1:i + 3] if ln.kind != "blank"), None)
    if nxt is None:
        return False
    m = _MULTI_NUMBERED.match(nxt.text)
    return m is not None and m.group(1).rsplit(".", 1)[0] == number.rstrip(".")


def _opens_content(lines: list[Line], i: int) -> bool:
    """A heading that is not set off by blank lines must sit between closed text and the
    start of new content (a numbered paragraph, a list, a table or a full sentence)."""
    if i > 0:
        prev = lines[i - 1]
        if prev.kind in ("text", "list", "numbered") and not prev.text.rstrip().endswith(
            (".", ":", ")", "?", "!", "”", "’", "\"")
        ):
            return False
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if nxt.kind == "blank":
        return True
    t = nxt.text.strip()
    if "\t" in nxt.text or _NUMBERED.match(t) or LIST_ITEM.match(t) or _RECOMMENDATION.match(t):
        return True
    return len(_words(t)) >= 10 and t.endswith((".", ":", ")", "”", "’"))


def _hint_lines(lines: list[Line], hints: Sequence[Span]) -> set[int]:
    if not hints:
        return set()
    out: set[int] = set()
    starts = [ln.start for ln in lines]
    import bisect

    for hs, he in hints:
        i = max(0, bisect.bisect_right(starts, hs) - 1)
        while i < len(lines) and lines[i].start < he:
            if lines[i].kind != "blank":
                out.add(i)
            i += 1
    return out
