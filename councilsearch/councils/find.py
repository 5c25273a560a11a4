"""Council mentions in text, linked to the register.

A mention is a name in one of the forms councils are written in: a place name before
"Council", "County Council", "City Council", "Borough Council", "District Council",
"Metropolitan Borough Council", "Corporation" or the abbreviations CC, DC, BC, MBC, CBC; or
one after "London Borough of", "Royal Borough of", "City of", "Borough of", "Council of the".
The place name is the longest run of capitalised words (with "upon", "on", "and", "of",
"the", "in", "under", "with" between them) next to those words that the register knows, so
"the report to Wyvernmoor County Council" finds nothing (no such council) and "Cabinet
Member of Kent County Council" finds Kent. Lines in capitals are read as title case.

Bare place names ("Kent") are places, not councils; ``bare=True`` links those too (each a
name only one council goes by).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from councilsearch.councils.register import Council, Register, default_register
from councilsearch.models import Span

MAX_NAME_WORDS = 8
_CONNECTORS = {"upon", "on", "and", "of", "the", "in", "under", "with", "&"}
_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|&")
_HEAD = re.compile(
    r"\b(?:(?:Metropolitan[ \t]+(?:Borough|District)|County[ \t]+Borough|County|City|Borough|District)[ \t]+)?"
    r"(?:Council|Corporation)\b",
    re.I,
)
_HEAD_ABBR = re.compile(r"\b(?:MBC|CBC|CC|BC|DC)\b")
_PREFIX = re.compile(
    r"\b(?:(?:London|Royal|Metropolitan)[ \t]+Borough[ \t]+of|Council[ \t]+of[ \t]+the|City[ \t]+and[ \t]+County"
    r"[ \t]+of|City[ \t]+of|Borough[ \t]+of|County[ \t]+of)[ \t]+(?=[A-Z])"
)


@dataclass(frozen=True)
class CouncilMention:
    span: Span  # character offsets of the mention in the text
    text: str  # as printed
    council: Council
    name: str  # the name to show ("Kent CC" -> "Kent County Council")

    @property
    def code(self) -> str:
        return self.council.code


def _case_view(text: str) -> str:
    """``text`` with lines in capitals title-cased (same length, so offsets hold)."""
    def fix(m: re.Match[str]) -> str:
        line = m.group(0)
        letters = [c for c in line if c.isalpha()]
        if len(letters) > 3 and all(c.isupper() for c in letters):
            titled = re.sub(r"\b(Of|Upon|On|And|In|Under|With|The)\b", lambda w: w.group(0).lower(), line.title())
            titled = re.sub(r"\b(Mbc|Cbc|Cc|Bc|Dc)\b", lambda w: w.group(0).upper(), titled)
            if len(titled) == len(line):
                return titled
        return line

    return re.sub(r"[^\n]+", fix, text)


def _is_name(tok: str) -> bool:
    return tok[0].isupper() and tok.lower() not in _CONNECTORS


def _tokens_before(view: str, end: int) -> list[tuple[int, int]]:
    """The run of name and connector tokens ending just before ``end`` on its line, nearest last."""
    line_start = view.rfind("\n", 0, end) + 1
    segment = view[max(line_start, end - 160) : end]
    base = end - len(segment)
    toks = [(base + m.start(), base + m.end()) for m in _TOKEN.finditer(segment)]
    run: list[tuple[int, int]] = []
    limit = end
    for a, b in reversed(toks):
        gap = view[b:limit]
        word = view[a:b]
        if gap.strip(" \t") or not (_is_name(word) or word.lower() in _CONNECTORS) or len(run) >= MAX_NAME_WORDS:
            break
        run.insert(0, (a, b))
        limit = a
    return run


def _tokens_after(view: str, start: int) -> list[tuple[int, int]]:
    line_end = view.find("\n", start)
    segment = view[start : line_end if line_end >= 0 else len(view)][:160]
    run: list[tuple[int, int]] = []
    pos = start
    for m in _TOKEN.finditer(segment):
        a, b = start + m.start(), start + m.end()
        word = view[a:b]
        if view[pos:a].strip(" \t") or not (_is_name(word) or word.lower() in _CONNECTORS) or len(run) >= MAX_NAME_WORDS:
            break
        run.append((a, b))
        pos = b
    return run


def find_councils(
    text: str,
    register: Register | None = None,
    on: datetime.date | str | None = None,
    bare: bool = False,
) -> list[CouncilMention]:
    """Council mentions in ``text``, in order, each linked to the register (``on``: the
    text's date, which picks between a council and its successor of the same name)."""
    reg = register or default_register()
    view = _case_view(text)
    found: list[CouncilMention] = []

    def take(a: int, b: int) -> bool:
        got = reg.resolve(view[a:b], on)
        if got is None:
            return False
        found.append(CouncilMention((a, b), text[a:b], got.council, got.name))
        return True

    heads = [(m.start(), m.end()) for m in _HEAD.finditer(view)]
    heads += [(m.start(), m.end()) for m in _HEAD_ABBR.finditer(view)]
    for h_start, h_end in heads:
        run = _tokens_before(view, h_start)
        for a, _b in run:  # longest name first
            if _is_name(view[a:_b]) and take(a, h_end):
                break
    for m in _PREFIX.finditer(view):
        run = _tokens_after(view, m.end())
        for _a, b in reversed(run):  # longest name first
            if _is_name(view[_a:b]) and take(m.start(), b):
                break
    if bare:
        covered = [mention.span for mention in found]
        for m in reg.area_pattern().finditer(view):
            if not any(a < m.end() and m.start() < b for a, b in covered):
                take(m.start(), m.end())
    return _without_overlaps(found)


def _without_overlaps(found: list[CouncilMention]) -> list[CouncilMention]:
    out: list[CouncilMention] = []
    for mention in sorted(found, key=lambda x: (-(x.span[1] - x.span[0]), x.span[0])):
        if not any(o.span[0] < mention.span[1] and mention.span[0] < o.span[1] for o in out):
            out.append(mention)
    return sorted(out, key=lambda x: x.span)
