"""A figure that opens its own clause is measured by what that clause says of it (English
grammar, read from the tagger's word classes and the punctuation; no word of any corpus):

- **the figure is the subject**: it starts a clause (after a comma, a semicolon, a bracket,
  "and", "or" or "of which") and a verb follows it: the label is what the verb says, up to
  the clause's end ("of which 312 are bins for garden waste" -> "bins for garden waste",
  "£150,000 went to pothole repairs" -> "went to pothole repairs"; "be" and "have" say
  nothing of their own and are left out);
- **the verb is left out** (gapping, as lists of parts are written): a figure that starts a
  clause and is followed only by a phrase ("£320,000 to gully cleaning", "40 through private
  providers", "12 with relatives under kinship care") completes the verb of the subject figure
  before it, so its label is that verb with its own phrase ("went to gully cleaning").

The small parser does not recover the left-out verb (it hangs the figure on a noun of the
clause before, so every part got its neighbour's label); the word classes around the figure
and the clause's punctuation are enough. Where the clause says nothing more (a bracketed
share "(55%)", a range "3,000 to 4,000", a year "£6m in 2026/27") nothing is changed."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.figures.cells import clean_label

_OPENERS = {",", ";", ":", "(", "and", "or", "but", "while", "whilst"}
_CLOSERS = {",", ";", ":", ")", "(", ".", "-", "–", "—"}
# words between an opener and the figure that only qualify it ("and the remaining £90,000")
_QUALIFIERS = {"remaining", "further", "other", "another", "additional", "final", "last", "first", "balance"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SAY_NOTHING = {"be", "is", "are", "was", "were", "been", "being", "'s", "'re", "have", "has", "had",
                "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "then",
                "now", "still", "already", "not"}
_DROP_TAGS = {"DT", "PRP$", "PDT", "CD", "-LRB-", "-RRB-", "HYPH"}
_MAX_WORDS = 9
_DANGLING = {"IN", "TO", "CC", "RB", "WDT", "WRB", "JJ", "JJR", "VBG", "MD", "PRP"}


def _opens_clause(doc: Any, first: int, owner: dict[int, int], at_start: bool) -> bool:
    i = first - 1
    while i >= 0 and (doc[i].tag_ in ("DT", "PDT") or doc[i].lower_ in _QUALIFIERS):
        i -= 1
    if i < 0:
        return at_start
    t = doc[i]
    if t.lower_ == "which" and i > 0 and doc[i - 1].lower_ == "of":
        return True  # "of which £8.1m is for staff"
    return t.lower_ in _OPENERS and i not in owner


def _after(doc: Any, last: int, ids: set[int]) -> int:
    """The first word after the figure and what only qualifies it ("£13.07 a week", "(PCNs)")."""
    j = last + 1
    while j < len(doc):
        t = doc[j]
        if t.head.i in ids and t.dep_ in ("npadvmod", "quantmod") and t.i not in ids:
            j = max(x.i for x in t.subtree) + 1  # "£4.15 a week": the rate's unit
            continue
        if t.tag_ == "DT" and j + 1 < len(doc) and doc[j + 1].head.i in ids and doc[j + 1].dep_ == "npadvmod":
            j += 1
            continue
        break
    return j


def _segment(doc: Any, j: int, owner: dict[int, int]) -> list[Any]:
    """The words from ``j`` to the clause's end: a closing punctuation mark, a conjunction
    that leads to another figure, or another figure."""
    out: list[Any] = []
    k = j
    while k < len(doc):
        t = doc[k]
        if t.i in owner or t.text in _CLOSERS:
            break
        if t.tag_ == "CC":
            n = k + 1
            while n < len(doc) and (doc[n].tag_ in ("DT", "PDT") or doc[n].lower_ in _QUALIFIERS):
                n += 1
            if n >= len(doc) or n in owner or doc[n].tag_ in _FINITE:
                break
        out.append(t)
        k += 1
    return out


def _silent(t: Any) -> bool:
    return t.lower_ in _SAY_NOTHING and t.tag_ != "POS"


def _words(toks: list[Any]) -> str | None:
    if not any(t.is_alpha and t.tag_ not in ("IN", "TO", "RB") and not _silent(t) for t in toks):
        return None
    kept: list[Any] = []
    for n, t in enumerate(toks):
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if t.tag_ in _DROP_TAGS or _silent(t):
            continue
        if t.tag_ in ("IN", "TO") and nxt is not None and (nxt.tag_ == "CD" or _silent(nxt)):
            continue  # "in 2025/26", "to be": the year and the auxiliary are not what is measured
        kept.append(t)
    kept = kept[:_MAX_WORDS]
    while kept and kept[-1].tag_ in _DANGLING:
        kept.pop()  # a phrase cut short ends on its last noun, not "for" or "and"
    return clean_label(" ".join(t.text for t in kept).replace(" 's", "'s")) or None


def clause_labels(doc: Any, groups: dict[int, list[Any]], owner: dict[int, int], at_start: bool) -> dict[int, str]:
    """Labels of the figures (``groups``: figure -> its tokens, in ``doc``) that open a clause
    of their own; ``at_start``: the parse starts at the sentence's start."""
    out: dict[int, str] = {}
    verb: str | None = None  # the verb of the last subject figure, for the clauses that leave it out
    for k in sorted(groups, key=lambda k: groups[k][0].i):
        toks = groups[k]
        ids = {t.i for t in toks}
        first, last = min(ids), max(ids)
        if not _opens_clause(doc, first, owner, at_start):
            continue
        j = _after(doc, last, ids)
        if j >= len(doc):
            continue
        seg = _segment(doc, j, owner)
        if not seg:
            continue
        if doc[j].tag_ in _FINITE:  # the figure is the clause's subject
            if any(t.tag_ in _FINITE for t in seg[1:] if t.i > j + 3):
                continue  # a second verb further on: a clause too long to say in a label
            said = _words(seg)
            run = []  # the verb and its auxiliaries: "will be met", "went"
            for t in seg:
                if not (t.tag_.startswith("VB") or t.tag_ in ("MD", "RB")):
                    break
                run.append(t)
            main = next((t for t in reversed(run) if t.tag_ != "RB" and not _silent(t)), None)
            verb = main.text.lower() if main is not None else ""
            if said:
                out[k] = said
            continue
        if verb is not None and doc[j].tag_ in ("IN", "TO") and not any(t.tag_ in _FINITE for t in seg):
            said = _words(seg)
            if said:
                out[k] = f"{verb} {said}".strip()
    return out
