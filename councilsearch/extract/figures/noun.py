"""The noun a prose figure measures, read from spaCy's dependency parse (English grammar, no
word of any corpus): "£13m of planned savings", "6,412 open XYZ's", "a net underspending of
£3.4m", "the gap is £45m", "the deficit on the fund is forecast to reach £8.2m". Used by
``labels`` (the label around the noun) and by the passes after it."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.figures.verbs import NOUN_TAGS, subject_token
from councilsearch.extract.figures.words import WHEN_WORDS

BAD_HEADS = {"which", "that", "this", "these", "those", "it", "they", "what", "who", "there"}
FIG_TEXT = re.compile(r"^[£$€%]$|^[0-9][0-9,./-]*$|^(?:m|bn|k|million|billion)$", re.IGNORECASE)
NOUN_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass")
LEVEL_VERBS = frozenset(["reach", "reaches", "reached", "reaching", "hit", "hits", "hitting", "exceed", "exceeds",
                         "exceeded", "exceeding", "top", "tops", "topped"])
# a noun whose level a figure states through a preposition: "X at £5m", "X in excess of £5m"
_LEVEL_PREPS = ("at", "in", "above", "below", "over", "under", "around", "about")


def head_of(toks: list[Any]) -> Any:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[-1]


def _hyphened(t: Any) -> bool:
    """A word joined by hyphens to the words beside it ("and" in "pay-and-display")."""
    doc = t.doc
    return 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "-" and doc[t.i + 1].text == "-"


def is_nominal(t: Any) -> bool:
    return t.tag_ in NOUN_TAGS and t.lower_ not in BAD_HEADS


def _noun_like(t: Any) -> bool:
    """A word the tagger missed as a noun that the parse uses as one ("the care precept" tagged
    a past tense, but the object of "from")."""
    return t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr") and t.is_alpha and t.lower_ not in BAD_HEADS


def is_time(t: Any) -> bool:
    return t.tag_.startswith("NN") and t.lower_ in WHEN_WORDS


def is_verb(t: Any) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def measured_noun(toks: list[Any], owner: dict[int, int], me: int) -> tuple[Any, int | None]:
    """(the noun the figure measures, other figure whose label to share)."""
    ids = {t.i for t in toks}
    h = head_of(toks)

    def other_fig(t: Any) -> int | None:
        k = owner.get(t.i)
        return k if k is not None and k != me else None

    # "£13m of planned savings", "3.7% of the revenue budget"
    for t in toks:
        for ch in t.children:
            if ch.i in ids or ch.dep_ != "prep" or ch.lower_ != "of":
                continue
            for p in ch.children:
                if p.dep_ == "pobj" and is_nominal(p) and other_fig(p) is None:
                    return p, None
    # "3.1 per cent Jain", "14 Independent": a name written right after the figure is what it counts
    after = max(ids) + 1
    if after < len(h.doc):
        nxt = h.doc[after]
        if nxt.tag_ in ("NNP", "NNPS") and nxt.i not in owner and nxt.lower_ not in BAD_HEADS:
            while nxt.i + 1 < len(h.doc) and h.doc[nxt.i + 1].tag_ in ("NNP", "NNPS") and nxt.i + 1 not in owner:
                nxt = h.doc[nxt.i + 1]
            return nxt, None
    head = h.head
    if head.i > h.i and any(t.text == "(" for t in h.doc[h.i + 1 : head.i]):
        h, head = head, head.head  # "173,000 (2011 estimates)": the bracket is not what it counts
        ids = ids | {h.i}
    # "6,412 open XYZ's", "£11m savings", "17% increase" (not across "and": "£2.45m and repair costs")
    between = h.doc[min(h.i, head.i) + 1 : max(h.i, head.i)]
    if (
        h.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod")
        and head.i not in ids
        and not any(t.tag_ == "CC" and not _hyphened(t) for t in between)
    ):
        if other_fig(head) is not None:
            return None, other_fig(head)
        if is_nominal(head):
            return head, None
    # "a net underspending of £3.4m", "capital receipts of £8m"
    if h.dep_ == "pobj" and head.dep_ in ("prep", "agent"):  # agent: "be raised by 9%"
        noun = head.head
        if head.lower_ == "of" and noun.i not in ids:
            if other_fig(noun) is not None:
                return None, other_fig(noun)
            if is_nominal(noun) or (noun.tag_ == "VBG" and noun.dep_ in NOUN_DEPS):
                return noun, None  # a gerund used as a noun: "met by borrowing of £5m"
        if head.lower_ in _LEVEL_PREPS and is_nominal(noun) and noun.i not in ids and other_fig(noun) is None:
            return noun, None  # "the population at around 173,000", "costs in excess of £42,000"
        if head.lower_ in ("at", "to", "by", "around", "about", "from") and is_verb(noun):
            for dep in ("dobj", "nsubj", "nsubjpass"):
                # of two subjects ("Fees: a day's hire goes up by 3%"), the one next to the verb
                for ch in noun.children if dep == "dobj" else reversed(list(noun.children)):
                    if ch.dep_ == dep and is_nominal(ch) and ch.i not in ids and other_fig(ch) is None:
                        return ch, None
            who = subject_token(noun, owner)  # "the premium on second homes will rise to 200%"
            if who is not None and who.i not in ids:
                return who, None
    # "the deficit on the fund is forecast to reach £8.2m": a verb of level says the subject's amount
    who = subject_token(head, owner) if h.dep_ == "dobj" and head.lower_ in LEVEL_VERBS else None
    if who is not None and who.i not in ids and other_fig(who) is None:
        return who, None
    # "£0.55m" joined to "an underspend of £1.6m ... and"
    if h.dep_ in ("conj", "appos") and head.i not in ids:
        if other_fig(head) is not None:
            return None, other_fig(head)
        if is_nominal(head) or _noun_like(head):
            return head, None
    # "the gap is £45m", "efficiencies totalling £12.8m"
    if (h.dep_ in ("attr", "oprd") or (h.dep_ == "dobj" and head.tag_ in ("VBG", "VBN"))) and is_verb(head):
        for ch in head.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and is_nominal(ch) and other_fig(ch) is None:
                return ch, None
        if head.dep_ == "acl" and is_nominal(head.head) and other_fig(head.head) is None:
            return head.head, None
        if h.dep_ == "attr" and head.i < h.i:
            # "... and net spending on the service is £54m": the parse lost the subject;
            # the noun written just before the verb is what "is" the amount
            prev = head.doc[head.i - 1] if head.i > 0 else None
            if prev is not None and is_nominal(prev) and other_fig(prev) is None:
                return prev, None
    # "28 per cent from single-parent households": what the share is taken from
    for ch in h.children:
        if ch.dep_ == "prep" and ch.lower_ in ("from", "on") and ch.i > h.i:
            for p in ch.children:
                if p.dep_ == "pobj" and is_nominal(p) and other_fig(p) is None:
                    return p, None
    return None, None
