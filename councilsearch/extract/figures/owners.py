"""Whose amount a counted or measured noun is, over spaCy's dependency parse (English grammar,
no word of any corpus):

- "the number of X" is X, with what the parse hung on "number" after it ("the number of pupils
  eligible for free meals");
- a noun counted "of" something that is "a" something is that something's ("a waiting list of
  95 families": the list; "the drafting of 19 bids" stays the bids);
- what "has" (or "made") the measured noun owns it ("the fund, which holds a budget of £75,000": "fund
  budget"; a relative clause after a comma is about the noun right before it); a lone
  common noun pointing back as the subject ("The service has a net overspend of £0.4m") names
  only what the heading already says, so it adds nothing;
- a part "N of the X" says what it has or does ("12 of the play areas have new equipment"),
  unless its verb only dates it ("£9m of the shortfall arising in 2031/32" is part of the shortfall).

The caller passes its noun-phrase reader (``chunk``) so every label reads noun phrases one way."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.figures.cells import clean_label
from councilsearch.extract.figures.noun import BAD_HEADS
from councilsearch.extract.figures.verbs import NOUN_TAGS, Chunk, subject_tail_of
from councilsearch.extract.figures.words import content_words

# verbs of having, and "make" as a light verb of a result ("the Orlwick trading arm made a profit of £N")
_HAVE = frozenset(["have", "has", "had", "having", "make", "makes", "made", "making"])
_AMOUNT_NOUNS = frozenset(["number", "numbers", "total", "amount", "level", "count"])
_OF_WORDS = 8
_FIG_TEXT = re.compile(r"^[£$€%]$|^[0-9][0-9,./-]*$|^(?:m|bn|k|million|billion)$", re.IGNORECASE)


def _nominal(t: Any, owner: dict[int, int]) -> bool:
    return t.tag_ in NOUN_TAGS and t.lower_ not in BAD_HEADS and t.i not in owner


def of_phrase(noun: Any, owner: dict[int, int]) -> str | None:
    """"The number of X" -> X (up to a punctuation mark, a relative clause or "and")."""
    if noun.lower_ not in _AMOUNT_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    if of is None:
        return None
    toks = [t for t in noun.subtree if t.i > of.i]
    stop = next((k for k, t in enumerate(toks) if t.dep_ in ("punct", "relcl", "cc")), len(toks))
    words = [t.text for t in toks[:stop] if t.i not in owner and not _FIG_TEXT.match(t.text)
             and t.tag_ not in ("DT", "PRP$")][:_OF_WORDS]
    return clean_label(" ".join(words)) or None


def outer_of(noun: Any, owner: dict[int, int]) -> Any:
    """The noun a counted noun is "of" when it is "a" something ("a waiting list of 95 families":
    the list; "a total of 42 applications"), or None ("the drafting of 19 bids": the
    bids)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    outer = noun.head.head
    if not _nominal(outer, owner) or outer.i > noun.i:
        return None
    return outer if any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in outer.children) else None


def owned(noun: Any, owner: dict[int, int], label: str, chunk: Chunk) -> str:
    """``label`` with what "has" the measured noun before it, when something does."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in _HAVE:
        return label
    who = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if who is not None and who.lower_ in ("which", "that") and verb.dep_ in ("relcl", "advcl"):
        who = _antecedent(who) or verb.head
    if who is None or not _nominal(who, owner) or _pointing_back(who, verb):
        return label
    more = chunk(who, owner)
    return f"{more} {label}" if more and not content_words(more) & content_words(label) else label


_BACK = frozenset(["the", "this", "that", "its", "our", "their", "each"])


def _pointing_back(who: Any, verb: Any) -> bool:
    """A main clause's subject that is one common noun after "the"/"this"/"its" (nothing
    else of its own: no modifier, no name): it points back to what the text is about."""
    if verb.dep_ in ("relcl", "advcl") or who.tag_ not in NOUN_TAGS:
        return False
    kids = list(who.children)
    return len(kids) == 1 and kids[0].dep_ in ("det", "poss") and kids[0].lower_ in _BACK


def _antecedent(rel: Any) -> Any:
    """The noun right before ", which" (over a year or a figure and its preposition: "the
    fund for 2026/27, which"): what a relative clause after a comma is about."""
    i = rel.i - 1
    while i >= 0 and rel.i - i <= 6:
        t = rel.doc[i]
        if t.tag_ in NOUN_TAGS:
            return t if t.lower_ not in BAD_HEADS else None
        if t.tag_ not in (",", "CD", "IN", "-LRB-", "-RRB-", "$"):
            return None
        i -= 1
    return None


def part_tail(fig: Any, owner: dict[int, int], ids: set[int], chunk: Chunk) -> str | None:
    """What a part "N of the X" (``fig``: the figure's head) is said to have or do: "with new
    equipment", "closed"."""
    verb = fig.head
    if verb.i == fig.i or not (verb.tag_.startswith("VB") or verb.tag_ == "MD"):
        return None
    if verb.lower_ in _HAVE:
        obj = next((o for o in verb.children if o.dep_ == "dobj" and _nominal(o, owner)), None)
        more = chunk(obj, owner) if obj is not None else None
        return f"with {more}" if more else None
    tail = subject_tail_of(verb, owner, ids, chunk)
    return None if tail == verb.lower_ and verb.tag_ == "VBG" and _only_dated(verb) else tail


def _only_dated(verb: Any) -> bool:
    """A verb whose only phrases say when ("£9m of the shortfall arising in 2031/32"): in "-ing" it dates the
    part, it does not say what the part is."""
    preps = [ch for ch in verb.children if ch.dep_ == "prep"]
    return bool(preps) and all(
        all(t.i == p.i or t.like_num or t.text[:1].isdigit() or t.ent_type_ == "DATE" for t in p.subtree)
        for p in preps)


__all__ = ["of_phrase", "outer_of", "owned", "part_tail"]
