"""A figure set against another in its clause measures the same thing seen another way, read
from the dependency parse (English grammar, no word of any corpus): "the council planted 9,300
trees, against a target of 12,000" - the target is a target for trees; "the fund held £41m,
against an average of £46m over the year"; "the return was 3.9%, against a benchmark of 3.6%";
"the reserve would fall to £4.3m, below the minimum of £5m"; "lent 84,200 books, compared with
a regional average of 91,000". The figure is the object of "of" after a noun in an "against",
"below", "above" or "compared with" phrase, hung on a verb (whose own figure is its object,
complement or subject, or the noun such a figure counts; for "below" and "above", else the
level the verb reached: the last figure it governs before the phrase) or on another figure.
Only a figure whose label starts with that noun changes: "target" becomes "target for trees",
"minimum agreed by X" becomes "minimum for the reserve agreed by X"."""

from __future__ import annotations

import re
from typing import Any

from councilsearch.extract.figures.words import content_words

_STATED = ("dobj", "attr", "nsubj", "nsubjpass", "oprd")
_SET_AGAINST = ("against", "below", "above")  # the prepositions that set one figure against another
_LEVEL = ("below", "above")  # a level the clause's verb reached is below or above the benchmark
_COMPARED = ("compared", "comparing")  # "compared with/to a N of <figure>"
_NOUN_MODIFIERS = ("amod", "compound", "nmod")


def _stated_figure(verb: Any, owner: dict[int, int], me: int) -> int | None:
    """The figure the verb states: one of its arguments, or the figure counting one ("held
    investments of £41m")."""
    for ch in verb.children:
        if ch.dep_ not in _STATED:
            continue
        k = owner.get(ch.i)
        if k is not None and k != me:
            return k
        for t in ch.subtree:
            k = owner.get(t.i)
            if k is not None and k != me and (t.head.i == ch.i or t.head.head.i == ch.i):
                return k
    return None


def _last_governed(verb: Any, owner: dict[int, int], me: int, before: int) -> int | None:
    """The last figure the verb governs before the phrase ("fall from £6.1m to £4.3m, below
    ...": the level reached)."""
    found = None
    for t in verb.subtree:
        if t.i >= before:
            break
        k = owner.get(t.i)
        if k is not None and k != me:
            found = k
    return found


def _set_against_phrase(noun: Any) -> Any | None:
    """What the phrase holding ``noun`` is hung on, when it sets a figure against another."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ in _SET_AGAINST:
        return prep.head
    if prep.lower_ in ("with", "to") and prep.head.lower_ in _COMPARED:
        return prep.head.head
    return None


def _compared_figure(anchor: Any, owner: dict[int, int], me: int, before: int, level: bool) -> int | None:
    """The figure a benchmark is set against: the figure the phrase hangs on, the figure its
    verb states, or (``level``: "below"/"above" the benchmark) the level the verb reached."""
    k = owner.get(anchor.i)
    if k is not None and k != me:
        return k  # "reached 47% of the rota, against a forecast of 55%": hung on the figure itself
    for _ in range(2):  # "..., below the minimum of £5m agreed by X": the parse may hang it on a later verb
        if not anchor.tag_.startswith("VB"):
            return None
        k = _stated_figure(anchor, owner, me)
        if k is None and level:
            k = _last_governed(anchor, owner, me, before)
        if k is not None or anchor.dep_ not in ("advcl", "acl", "conj") or anchor.head.i == anchor.i:
            return k
        anchor = anchor.head
    return None


# what follows in the compared figure's own label when that label already says what it is set
# against ("the hall will cost £412,300, against a budget of £400,000": "hall cost against budget")
_COMPARISON = re.compile(r"\s+(?:against|below|above|compared\s+(?:with|to))\b.*$", re.IGNORECASE)


# a named owner ("Orlwick's", "the Council's"): the compared figure's, not the benchmark's (a
# median of councils is no one council's)
_OWNER = re.compile(r"\b[A-Z][\w-]*['’]s\s+")


def _is_rate(phrase: str) -> bool:
    return phrase.startswith(("a ", "an ", "each ", "per "))


def set_against(groups: dict[int, list[Any]], owner: dict[int, int], labels: dict[int, str | None],
                said: dict[int, list[str]] | None = None) -> None:
    """Each figure of ``groups`` (figure -> its tokens) written as "against a N of <figure>"
    whose label starts with the noun N (with its modifiers) takes what the compared figure
    measures, with that figure's restricting phrases (``said``, not its rate): "target" becomes
    "target for trees", "minimum agreed by X" becomes "minimum for the reserve agreed by X"."""
    said = said or {}
    extra: dict[int, str] = {}
    for k, toks in groups.items():
        ids = {t.i for t in toks}
        h = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
        of = h.head
        if h.dep_ != "pobj" or of.lower_ != "of":
            continue
        noun = of.head
        anchor = _set_against_phrase(noun)
        mine = labels.get(k)
        if anchor is None or not mine:
            continue
        lefts = [t for t in noun.lefts if t.dep_ in _NOUN_MODIFIERS and t.i not in owner]
        head = " ".join([*(t.text for t in lefts), noun.text])
        k2 = _compared_figure(anchor, owner, k, noun.head.i, noun.head.lower_ in _LEVEL)
        theirs = _COMPARISON.sub("", labels.get(k2) or "") if k2 is not None else ""
        if not theirs or not mine.lower().startswith(head.lower()):
            continue
        for phrase in said.get(k2, []) if k2 is not None else []:
            if not _is_rate(phrase) and not content_words(phrase) <= content_words(theirs):
                theirs = f"{theirs} {phrase}"
        theirs = _OWNER.sub("", theirs)
        if content_words(theirs) <= content_words(mine) or content_words(head) & content_words(theirs):
            continue
        extra[k] = f"{mine[: len(head)]} for {theirs}{mine[len(head):]}"
    labels.update(extra)
