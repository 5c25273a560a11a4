"""Names a document quotes and then calls a programme: "the ‘Bright Example Futures’ initiative",
"the “Example First” programme". The quoted words are the name; the noun after the quotes
(initiative, programme, scheme, …) says it is a programme."""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand
from councilsearch.extract.entities.shapes import PROGRAMME_HEADS

_HEADS = "|".join(sorted(PROGRAMME_HEADS | {h + "s" for h in PROGRAMME_HEADS if not h.endswith("s")}))
_QUOTED_RE = re.compile(
    r"[‘“'\"]((?:[A-Z][\w’'&-]*|and|of|for|in|the|to)(?:[ ](?:[A-Z][\w’'&-]*|and|of|for|in|the|to)){0,7})"
    r"[’”'\"][ \t]+(?i:" + _HEADS + r")\b"
)
# in typographic quotes a name may be in lower case: the “example funding” review
_CURLY_RE = re.compile(r"[‘“]([a-z][\w'-]*(?: [a-z][\w'-]*){1,3})[’”][ \t]+(?:" + _HEADS + r")\b")


def quoted_programmes(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _QUOTED_RE.finditer(text):
        name = m.group(1)
        if not name[:1].isupper() or len(name) < 3:
            continue
        s, e = m.span(1)
        out.append(Cand(s, e, "PROGRAMME", " ".join(name.split()), 2, (s, e)))
    for m in _CURLY_RE.finditer(text):
        s, e = m.span(1)
        out.append(Cand(s, e, "PROGRAMME", m.group(1), 2, (s, e)))
    return out
