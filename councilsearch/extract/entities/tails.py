"""Names that go on after "of"/"for": what a review reviews, whom a committee is for.

"The Example Review of Tenancy Deposits in Coastal Towns" is one programme: a review is named
with what it reviews, the whole phrase in capitals after "of" (with "in", "of", "for" or "and"
inside it). "The Joint Panel for Ferry Pilots of Example Ports" is one body: a
committee or panel named for whom it serves, not by a subject, sets terms for others, outside
the council whose committees are named by what they do ("Audit Committee"). The rules cut both
at "of"/"for"; this puts the rest back. A tail that is a name of its own (a head noun: "Review
of Example Borough Council") stays apart.
Generic vocabulary only.
"""

from __future__ import annotations

import re

from councilsearch.extract.entities.candidates import Cand
from councilsearch.extract.entities.shapes import COMMITTEE_HEADS, fold, head_type, last_head_type

_RUN = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"
_TAIL = re.compile(
    r"[ \t]+(of|for)[ \t]+((?:the[ \t]+)?" + _RUN + r"(?:[ \t]+(?:in|of|for|and)[ \t]+(?:the[ \t]+)?" + _RUN + r"){0,2})"
)
_REVIEWS = frozenset({"review"})


_ON = re.compile(r"[ \t]+(" + _RUN + r")(?![\w'’-])")
_STARTERS = frozenset({"The", "This", "That", "Council", "Councils", "Cabinet"})


def _free(tail: str) -> bool:
    """The tail names no body or programme of its own: no head noun, or only a plural one ("of
    Example Authorities": a kind of body, not one)."""
    words = [w for w in tail.split() if w not in ("the", "of", "in", "for", "and")]
    if len(words) < 2 or words[0] in _STARTERS or head_type([w for w in tail.split() if w != "the"]):
        return False
    return last_head_type(words) is None or fold(words[-1]) != words[-1].lower()


def topic_tails(chosen: list[Cand], text: str) -> list[Cand]:
    """``chosen`` with reviews and committees-for-whom given their whole names (see above)."""
    drop: set[int] = set()
    for c in chosen:
        ws = c.normalised.split() if c.normalised else []
        if not ws or id(c) in drop:
            continue
        review = c.label == "PROGRAMME" and fold(ws[-1]) in _REVIEWS
        panel = c.label == "COMMITTEE" and fold(ws[-1]) in COMMITTEE_HEADS
        # "Joint Panel for Example Trust" + " Treasurers": the rules stopped at a head inside the name
        cut_short = c.label == "COMMITTEE" and "for" in ws[1:-1] and fold(ws[ws.index("for") - 1]) in COMMITTEE_HEADS
        m = _TAIL.match(text, c.end) if review or panel else _ON.match(text, c.end) if cut_short else None
        if m is None or (review and m.group(1) != "of") or (panel and m.group(1) != "for"):
            continue
        tail = m.group(m.lastindex or 0)
        if not (_free(tail) or (cut_short and all(w[:1].isupper() for w in tail.split()))):
            continue
        s, e = m.start(), m.end()
        inside = [o for o in chosen if o is not c and o.start < e and s < o.end]
        if any(o.label == "PERSON" or o.start < s for o in inside):
            continue
        drop |= {id(o) for o in inside}
        c.end = e
        c.occupied = (c.occupied[0], max(c.occupied[1], e))
        c.normalised = " ".join(f"{c.normalised} {text[s:e]}".split())
        if panel or cut_short:
            c.label = "ORG"
    return [c for c in chosen if id(c) not in drop]
