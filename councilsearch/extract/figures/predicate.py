"""A figure labelled by a bare noun is told apart by what its clause says of that noun (English
grammar from the parse; no word of any corpus).

"9% of drivers renewed online" and "64% of drivers paid by phone" are both "drivers" to the
noun reader: the noun says what is counted, the clause says which of them. When a count's or a
share's label is only the noun phrase it measures, the noun is the figure's own ("36 plots",
"9% of drivers", "14 of the 90 buses"), and that noun (or the figure, in "N of the X") is the
subject or object of a verb that says something after it, the label becomes the noun with the
verb and what it says ("drivers renewed permits online", "sold plots under Orlwick scheme",
"buses are hybrid"). A noun that is the object of "by" after a verb ("fares rose by a mean of
£2") takes the verb. Phrases holding a number (a date, another figure) and phrases of place or
time ("in the Wyvern ward") stay out; "be", "have" and "do" say nothing; the verb alone ("will
be met") is not enough; at most four words follow the verb, so the label is kept short. An
amount of money keeps its noun (see ``complete_bare``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_ARGS = ("nsubj", "nsubjpass", "dobj")
_AFTER_DEPS = {"dobj", "prt", "acomp", "prep", "oprd", "attr", "neg", "dative"}
_SILENT = {"be", "have", "do"}
_DROP_TAGS = {"DT", "PRP$", "PDT", "POS", "-LRB-", "-RRB-", ",", "."}

_MAX_AFTER = 4
# prepositions that place a verb's action in space or time ("in the ward", "during the spring"):
# where and when it happened, not which ones it happened to
_WHERE_WHEN = {"in", "at", "during", "within", "across", "throughout"}
_MODIFIERS = ("nummod", "quantmod", "compound", "amod", "nmod")
# the preposition by which a verb states its measure: "rose by a mean of £2"
_MEASURE_PREPS = ("by",)

Chunk = Callable[[Any, dict[int, int]], "str | None"]


def _verb_of(noun: Any, ids: set[int]) -> tuple[Any, Any] | None:
    """(the verb, the argument standing for the noun) when the noun or its figure is the
    subject or object of a verb, or the object of the verb's preposition."""
    arg = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in ids:
        arg = noun.head.head  # "9% of drivers renewed": the figure stands for the drivers
    if arg.dep_ in _ARGS or (arg.dep_ == "pobj" and arg.head.dep_ == "prep"):
        verb = arg.head if arg.dep_ in _ARGS else arg.head.head
        if verb.tag_.startswith("VB") and verb.i not in ids:
            return verb, arg
    return None


def _said_after(verb: Any, arg: Any, owner: dict[int, int], ids: set[int]) -> list[str]:
    """What the verb says after itself: its object, particle, complement and phrases, none
    holding a figure."""
    words: list[str] = []
    for ch in verb.children:
        if ch.i < verb.i or ch.dep_ not in _AFTER_DEPS or ch.i == arg.i or ch.i in ids:
            continue
        if ch.dep_ == "prep" and ch.lower_ in _WHERE_WHEN:
            continue
        sub = list(ch.subtree)
        if any(t.i in owner or t.i in ids for t in sub) or any(t.i == arg.i for t in sub):
            continue
        if any(t.like_num for t in sub):
            continue  # a date or another amount: not what the figure measures
        kept = [t for t in sub if t.tag_ not in _DROP_TAGS and t.is_alpha]
        if ch.dep_ == "prep" and len(kept) < 2:
            continue
        words += [t.text for t in kept]
        if len(words) >= _MAX_AFTER:
            break
    return words[:_MAX_AFTER]


def _linked(noun: Any, toks: list[Any], ids: set[int]) -> bool:
    """The noun is the figure's own: "36 plots", "9% of drivers", "a levy of £4,000"."""
    return any(
        (t.head.i == noun.i and t.dep_ in _MODIFIERS)
        or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == t.i)
        or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == noun.i)
        for t in toks
    )


def complete_bare(label: str, noun: Any, toks: list[Any], owner: dict[int, int], chunk: Chunk, money: bool) -> str:
    """``label`` with the clause's verb and what it says after it, when ``label`` is the bare
    noun phrase of ``noun``, the noun the figure ``toks`` measures; else ``label`` unchanged.
    An amount of money (``money``) is not a count of members: its verb says what happens to
    the amount ("receipts of £3m are listed in the annex"), not which, and keeps its noun."""
    ids = {t.i for t in toks}
    if noun is None or label != chunk(noun, owner) or not _linked(noun, toks, ids):
        return label
    found = _verb_of(noun, ids)
    if found is None:
        return label
    verb, arg = found
    if money and arg.dep_ != "pobj":
        return label
    if arg.dep_ == "pobj":  # "fares rose by a mean of £2": the rise
        return f"{verb.text} {label}" if arg.head.lower_ in _MEASURE_PREPS else label
    said = _said_after(verb, arg, owner, ids)
    if not said:
        return label  # the verb alone ("will be paid", "grew") says little of which ones
    if verb.lemma_.lower() not in _SILENT:
        said.insert(0, verb.text)
    if arg.dep_ == "dobj":  # "sold 36 plots under the scheme"
        return " ".join([said[0], label, *said[1:]])
    return " ".join([label, *said])
