"""A figure set against another in its clause measures the same thing seen another way, read
from the dependency parse (English grammar, no word of any corpus): "the council planted 9,300
trees, against a target of 12,000" - the target is a target for trees; "the fund held £41m,
against an average of £46m over the year"; "the return was 3.9%, against a benchmark of 3.6%".
The figure is the object of "of" after a noun in an "against" phrase hung on a verb, and the
figure that verb states (its object, complement or subject, or the noun such a figure counts)
gives what is measured. Only a figure labelled by that one noun changes: "target" becomes
"target for trees"."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.figures.words import content_words

_STATED = ("dobj", "attr", "nsubj", "nsubjpass", "oprd")


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


def set_against(groups: dict[int, list[Any]], owner: dict[int, int], labels: dict[int, str | None]) -> None:
    """Each figure of ``groups`` (figure -> its tokens) written as "against a N of <figure>"
    whose label is the one noun N takes what the verb's own figure measures: "N for <label>"."""
    extra: dict[int, str] = {}
    for k, toks in groups.items():
        ids = {t.i for t in toks}
        h = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
        of = h.head
        if h.dep_ != "pobj" or of.lower_ != "of":
            continue
        noun = of.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            continue
        verb = noun.head.head
        if not verb.tag_.startswith("VB"):
            continue
        mine = labels.get(k)
        if not mine or len(content_words(mine)) != 1 or content_words(mine) != content_words(noun.text):
            continue
        k2 = _stated_figure(verb, owner, k)
        theirs = labels.get(k2) if k2 is not None else None
        if theirs and not content_words(theirs) <= content_words(mine):
            extra[k] = f"{mine} for {theirs}"
    labels.update(extra)
