"""The council and the date a document states about itself, and what its path says.

Committee papers name their council and their meeting date on the cover sheet ("Date: 17th
March 2025", the council's name above the block), in a running header ("Wyvernmoor County
Council | Cabinet – 17 March 2025") or on an agenda's front sheet ("Monday, 17th March,
2025 at 2.00 pm"); meeting folders are named after the meeting ("Cabinet 17-Mar-2025",
"2025-03-17"). Ingest takes a manifest's values first, then the document's, then the path's.

A council found any of these ways is then looked up in the council register (ONS codes;
``councilsearch.councils``): a council the register knows is stored under the register's
spelling with the type words the paper used ("KENT CC" -> "Kent County Council") and its
ONS code; one it does not know (an invented council, a Scottish one) keeps the name as found
and no code.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from pathlib import Path

from councilsearch.councils import RegisterUnavailableError, default_register, find_councils
from councilsearch.ingest.cover import council_name, council_names, cover_items, cover_value

HEAD_CHARS = 6000  # the cover sheet, a front sheet or a first page's header lies within this
HEAD_LINES = 80
PROSE_HEAD_LINES = 10  # a council named once in the text counts only this near its start

_MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
        ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
        ("november", "nov"), ("december", "dec"),
    ])
    for m in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# a year as printed, tolerating a space a PDF rebuild left inside it ("2 02 5")
_YEAR = r"(?P<year>(?:19|20)\d{2}|[12](?:[ \t]?\d){3})(?!\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:[ \t]*(?:st|nd|rd|th))?"
# the day is not the end of a financial year ("Budget 2025-26 January 2025" is no 26 January)
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(?<!\d\d\d\d[-–/])" + _DAY + r"[\s,.\-/]+" + _MONTH + r"[\s,.\-/]+" + _YEAR, re.I)
_MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I)
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[-_./](?P<mon>[01]?\d)[-_./](?P<day>[0-3]?\d)(?!\d)")
_DMY_NUMERIC = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)[-_./](?P<mon>[01]?\d)[-_./](?P<year>(?:19|20)\d{2})(?!\d)")
# "12.03.26", "12/03/26": page furniture only (see date_in_furniture)
_DMY_SHORT = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)([./])(?P<mon>[01]?\d)\2(?P<year>\d\d)(?![\d.])")
_FIN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)[-–/_ ](\d\d)(?!\d|[-/._]\d)")
# a meeting folder's compact date ("Cabinet 20250203")
_COMPACT = re.compile(r"(?<!\d)(?P<year>20\d\d)(?P<mon>[01]\d)(?P<day>[0-3]\d)(?!\d)")
_ABBREVIATIONS = {"cc", "dc", "bc", "mbc", "cbc"}  # "kent-cc": County/City, District, Borough Council
# the labels of a cover sheet's dates, the meeting's or the decision's first: a decision page
# prints "Publication date" above "Date of decision"
_DATE_LABELS = (
    ("date of meeting", "meeting date", "meeting", "date of decision", "decision date", "decided at meeting",
     "date decision taken", "decision taken"),
    ("date",),
    ("report date", "date of report", "published", "publication date", "date of publication"),
)
_DAY_ONLY = re.compile(r"(?:^|\s)(?:[A-Za-z]+,?\s+)?[0-3]?\d(?:st|nd|rd|th)?,?$", re.I)
_MONTH_START = re.compile(r"^\s*" + _MONTH + r"\b", re.I)
# a meeting's own line: "held on Thursday, 9 October 2025 at 6.15 pm …" (the words up to the date)
_HELD_ON = re.compile(r"^(?:\S+\s+){0,8}?held\s+on\s+(?:\S+\s+){1,5}?(?:19|20)\d\d\b", re.I)
_SEPARATORS = re.compile(r"\s+[–—|-]\s+|\t|,\s+|:\s+")


def _iso(year: str, month: int | str, day: str) -> str | None:
    try:
        y = int(re.sub(r"\s", "", year))
        d = datetime.date(y, int(month) if isinstance(month, str) and month.isdigit() else _month(month), int(day))
    except (ValueError, KeyError):
        return None
    return d.isoformat()


def _month(mon: int | str) -> int:
    if isinstance(mon, int):
        return mon
    return _MONTHS[mon.lower().rstrip(".")]


def find_date(text: str) -> str | None:
    """The first full date in ``text`` as an ISO string ("17th March 2025" -> "2025-03-17")."""
    best: tuple[int, str] | None = None
    for rx in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO, _DMY_NUMERIC):
        for m in rx.finditer(text):
            iso = _iso(m.group("year"), m.group("mon"), m.group("day"))
            if iso is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), iso)
                break
    return best[1] if best else None


def _head_lines(text: str) -> list[str]:
    return text[:HEAD_CHARS].split("\n")[:HEAD_LINES]


def resolve_council(name: str, date: str | None = None) -> tuple[str, str | None]:
    """(name, ONS code) for a council name read from a manifest, a document or a path: the
    register's name for it and its code when the register knows it (``date``, the paper's,
    picks between a reorganised council and its successor of the same name), else ``name``
    as it is and None."""
    if not name.strip():
        return name, None
    try:
        got = default_register().resolve(name, date)
    except RegisterUnavailableError:
        return name, None
    return (got.name, got.council.code) if got is not None else (name, None)


def _register_name(line: str) -> str | None:
    """The council a short line consists of ("KENT CC", "London Borough of Camden"), by the
    register; None when the line is more than the name (and a word) or the register is not
    installed."""
    try:
        found = find_councils(line)
    except RegisterUnavailableError:
        return None
    if not found:
        return None
    m = found[0]
    return m.name if len(m.text.split()) >= len(line.split()) - 1 else None


def council_in_text(text: str) -> str | None:
    """The council a document names: above its cover sheet, in a short line near its start
    (a header, a front sheet), else anywhere near its start."""
    lines = _head_lines(text)
    items = cover_items(lines)
    for it in items:
        if not it.label:
            return council_name(it.value) or _register_name(it.value)
    named = cover_value(items, "council", "authority", "organisation", "local authority")
    if named and (council_name(named) or _register_name(named)):
        return council_name(named) or _register_name(named)
    headers = _running_lines(text)
    for line in lines:
        # a short line, or one part of a running header that runs the council's name into the
        # meeting's ("Orlwick Borough Council – Budget Council, 19 February 2026<TAB>Annex 2")
        parts = _SEPARATORS.split(line) if _digitless(line) in headers else []
        for part in (line.split("\t")[0], *parts):
            found = _council_part(part.strip())
            if found is not None:
                return found
    return None


def council_in_prose(text: str) -> str | None:
    """The council a document's sentences name most often (the first of those named as often):
    a page with no cover sheet and no running header still names its own council in its text
    ("Example City Council will plant a thousand trees …", "a record of Example Borough Council's
    cabinet", an address at its foot), and names it more often than any other council.
    A council named once counts only near the start and not as the owner of something ("the
    response to Example Council's consultation" is about another council's paper). Read after
    the cover, the head and the page furniture, before the file's name."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    early: set[str] = set()
    for i, line in enumerate(text.split("\n")):
        for name in council_names(line):
            key = " ".join(name.lower().split())
            counts[key] = counts.get(key, 0) + 1
            shown.setdefault(key, name)
            at = line.find(name)
            if i < PROSE_HEAD_LINES and not (at >= 0 and re.match(r"['’]s\b", line[at + len(name) :])):
                early.add(key)
    named = {k: n for k, n in counts.items() if n >= 2 or k in early}
    if not named:
        return None
    best = max(named.values())
    return next(shown[k] for k in shown if named.get(k) == best)


def council_in_furniture(lines: Sequence[str]) -> str | None:
    """The council a PDF's running header or footer names ("Orlwick Borough Council | Cabinet"):
    the dropped page furniture, read when the text itself names none (the cover prints the
    council as a logo)."""
    for line in lines:
        for part in (line, *_SEPARATORS.split(line)):
            found = _council_part(part.strip())
            if found is not None:
                return found
    return None


def date_in_furniture(lines: Sequence[str]) -> str | None:
    """The date a PDF's running header or footer prints ("Cabinet – 12 March 2026",
    "Cabinet 12.03.26"): a full date, else a day, month and two-digit year, which only page
    furniture is trusted to print (in body text "12.03.26" may be a paragraph number)."""
    for line in lines:
        flat = _FIN_YEAR.sub(_drop_fin_year, _flat(line))
        found = find_date(flat)
        if found is None:
            m = _DMY_SHORT.search(flat)
            found = _iso("20" + m.group("year"), m.group("mon"), m.group("day")) if m else None
        if found is not None:
            return found
    return None


def _digitless(line: str) -> str:
    return re.sub(r"\d+", "#", _flat(line))


def _running_lines(text: str) -> set[str]:
    """Lines printed at least twice (digits aside): a running header or footer, the page
    furniture that names the council and the meeting; and the document's first line."""
    seen: dict[str, int] = {}
    first = ""
    for line in text.split("\n"):
        key = _digitless(line)
        if key:
            first = first or key
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= 2 and len(k) <= 200} | ({first} if first else set())


def _council_part(part: str) -> str | None:
    """The council a short piece of a line consists of, or None."""
    if not part or len(part.split()) > 8:
        return None
    found = council_name(part)
    if found is not None and len(found.split()) >= len(part.split()) - 1:
        return found
    return _register_name(part)


def date_in_text(text: str) -> str | None:
    """The date a document states for itself: its cover sheet's "Date:", else the first
    short line near its start that holds a full date (a header or a front sheet's meeting
    line)."""
    lines = _head_lines(text)
    items = cover_items(lines)
    for labels in _DATE_LABELS:
        for it in items:
            if it.label.lower() not in labels:
                continue
            found = find_date(_flat(it.value)) or find_date(_flat(f"{it.value} {_next_line(lines, it.last)}"))
            if found:
                return found
    for k, line in enumerate(lines):
        flat = _flat(line)
        held = _HELD_ON.match(flat)
        if held:  # "held on Thursday, 9 October 2025 at 6.15 pm in the Council Chamber, …"
            flat = held.group(0)
        if flat and len(flat.split()) <= 12:
            found = find_date(flat)
            if found:
                return found
            nxt = _next_line(lines, k)
            # a date wrapped in a narrow cell: "12" over "March 2026"
            if len(flat.split()) <= 5 and _DAY_ONLY.search(flat) and _MONTH_START.match(nxt):
                found = find_date(f"{flat} {nxt}")
                if found:
                    return found
    return None


def _flat(s: str) -> str:
    return re.sub(r"[ \t\n]+", " ", s).strip()


def _next_line(lines: list[str], k: int) -> str:
    """The line after line ``k`` (blank lines skipped), flattened."""
    for line in lines[k + 1:k + 3]:
        if line.strip():
            return _flat(line)
    return ""


def _drop_fin_year(m: re.Match[str]) -> str:
    start, end = int(m.group(1)), int(m.group(2))
    return " FY " if end == (start + 1) % 100 else m.group(0)


def _compact_date(s: str) -> str | None:
    m = _COMPACT.search(s)
    return _iso(m.group("year"), m.group("mon"), m.group("day")) if m else None


def path_hints(path: str | Path) -> tuple[str, str | None]:
    """(council, date) from a file's name and folders, nearest first: a folder named after
    the council ("kent-county-council"), a meeting folder or file name holding a full date
    ("Cabinet 17-Mar-2025", "2025-03-17")."""
    p = Path(path)
    council = ""
    date: str | None = None
    parts = [p.stem, *reversed(p.parent.parts)] if p.name else list(reversed(p.parts))
    for part in parts:
        spaced = re.sub(r"[-_.]+", " ", part)
        if date is None:
            bare = _FIN_YEAR.sub(_drop_fin_year, part)  # "2025-26": a financial year, never a day
            date = find_date(bare) or find_date(re.sub(r"[-_.]+", " ", bare)) or _compact_date(bare)
        if not council:
            words = " ".join(
                w.upper() if w.lower() in _ABBREVIATIONS else w.capitalize() if w.islower() else w
                for w in spaced.split()
            )
            found = council_name(words) or _register_name(words)
            if found:
                council = found
    return council, date
