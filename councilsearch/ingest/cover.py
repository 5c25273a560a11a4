"""Cover sheets: the key/value block a committee report opens with.

Word and Modern.gov report templates start with a table of labels and values ("From:",
"To:", "Date:", "Subject:", "Classification:", "Decision: Yes"), often under the council's
name. They describe the document; they are not headings. ``cover_items`` finds such blocks in
canonical text (one line per paragraph; a label either with its value after a tab or spaces,
or alone on its line with the value on the lines below), so the sectioner keeps them out of
the outline and ingest can read the council and the date from them.

A block needs three labelled items or more, separated by nothing but blank lines and their
values: a single "Note: …" in running text is not a cover sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# "Date:", "Decision ref:", "Previous consideration:", "Recommendation(s):"; no digits, so
# "Table 1:", "Recommendation 2:" and "Appendix A:"-style captions and times stay out.
_LABEL = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<label>[A-Z][A-Za-z()'’/&,. -]{0,40}?)[ \t]*(?:\*\*)?:(?:\*\*)?"
    r"(?:[ \t]+(?P<value>\S.*?))?[ \t]*$"
)
_CAPTIONS = re.compile(r"^(?:table|figure|chart|appendix|annex|part|section|item)s?\b", re.I)
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]+\S|^#{1,6}[ \t]")
MAX_LABEL_WORDS = 5
MAX_VALUE_LINES = 3
MIN_ITEMS = 3

# A council's name as printed on a cover sheet or in a running header: proper names before
# "Council" ("Wyvernmoor County Council", "Aldmoor-on-Sea Borough Council"), or
# "London Borough of Camden", "Royal Borough of Kingston upon Thames", "City of York Council".
_GENERIC = {"county", "city", "borough", "district", "town", "parish", "metropolitan", "unitary", "full", "the",
            "combined", "council", "and", "of", "upon", "on", "in", "a", "an", "this", "each", "every", "our",
            "members", "cabinet", "executive", "local", "whole",
            # meetings of a council, never its name: "Budget Council", "Annual Council"
            "budget", "annual", "extraordinary", "special", "ordinary"}
_MEETINGS = {"cabinet", "executive", "meeting", "meetings", "minutes", "members", "committee", "panel", "board"}
_NAME_WORD = r"[A-Z][A-Za-z'’.&-]*"
COUNCIL_NAME = re.compile(
    r"(?:(?:London|Royal)\s+Borough\s+of\s+" + _NAME_WORD + r"(?:\s+(?:upon|on|and)\s+" + _NAME_WORD + r")?"
    r"(?:\s+Council)?"
    r"|(?:City\s+of\s+)?" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|upon|on|and|of|in))*?\s+Council)\b"
)


@dataclass(frozen=True)
class CoverItem:
    label: str  # "Date" (no colon); "" for the council's name above the block
    value: str
    first: int  # index of the label's line
    last: int  # index of its value's last line


def council_name(text: str) -> str | None:
    """The council named in ``text`` (a short line or a header), or None."""
    return next(council_names(text), None)


def council_names(text: str) -> Iterator[str]:
    """Every council named in ``text`` (a line), in order."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):  # "KENT COUNTY COUNCIL"
        text = re.sub(r"\b(Of|Upon|On|And|In)\b", lambda m: m.group(0).lower(), text.title())
    for m in COUNCIL_NAME.finditer(text):
        name = re.sub(r"\s+", " ", m.group(0)).strip()
        words = name.split(" ")
        # drop leading generic words ("Full Council", "The County Council" are no names)
        while words and words[0].lower() in {"the", "full", "a", "an", "this", "each", "every", "our"}:
            words.pop(0)
        # "Cabinet of Example District Council": a meeting of the council, then its name
        while len(words) > 3 and words[1] == "of" and words[0].lower() in _MEETINGS:
            words = words[2:]
        if any(w.lower().strip(".'’") not in _GENERIC for w in words) and len(words) >= 2:
            yield " ".join(words)


def _label(line: str) -> tuple[str, str | None] | None:
    m = _LABEL.match(line)
    if m is None:
        return None
    label = m.group("label").strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS or _CAPTIONS.match(label):
        return None
    value = m.group("value")
    if value is not None:
        value = re.sub(r"\s+", " ", value.replace("\t", " ")).strip()
        if len(value.split()) > 40:  # a sentence that happens to open with a few words and a colon
            return None
    return label, value


def cover_items(lines: list[str]) -> list[CoverItem]:
    """The items of every cover block in ``lines`` (one canonical text line each; blank ones
    as empty strings), in order."""
    out: list[CoverItem] = []
    n = len(lines)
    i = 0
    while i < n:
        block = _block_at(lines, i)
        if len(block) >= MIN_ITEMS:
            name = _name_above(lines, block[0].first)
            if name is not None:
                out.append(name)
            out += block
            i = block[-1].last + 1
        else:
            i += 1
    return out


def _block_at(lines: list[str], i: int) -> list[CoverItem]:
    items: list[CoverItem] = []
    n = len(lines)
    while i < n:
        while i < n and not lines[i].strip():
            i += 1
        if i >= n:
            break
        got = _label(lines[i])
        if got is None:
            break
        label, value = got
        last = i
        if value is None:
            values: list[str] = []
            k = i + 1
            while (
                k < n and lines[k].strip() and len(values) < MAX_VALUE_LINES
                and _label(lines[k]) is None and not _NUMBERED.match(lines[k])
            ):
                values.append(lines[k].strip())
                k += 1
            if not values:
                break
            value = re.sub(r"\s+", " ", " ".join(values).replace("\t", " ")).strip()
            last = k - 1
        items.append(CoverItem(label, value, i, last))
        i = last + 1
    return items


def _name_above(lines: list[str], first: int) -> CoverItem | None:
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return None
    line = re.sub(r"\s+", " ", lines[k].replace("\t", " ")).strip()
    if len(line.split()) > 8 or ":" in line:
        return None
    name = council_name(line)
    if name is None or len(name.split()) < len(line.split()) - 1:
        return None
    return CoverItem("", line, k, k)


def cover_value(items: list[CoverItem], *labels: str) -> str | None:
    """The value of the first item whose label is one of ``labels`` (case-insensitive)."""
    want = {x.lower() for x in labels}
    for it in items:
        if it.label.lower() in want:
            return it.value
    return None
