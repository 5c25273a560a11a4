"""Labels of prose figures that count or value no noun of their own clause the usual way
(English grammar over spaCy's dependency parse; no word of any corpus):

- a count of "times" (or "occasions") hung on a verb counts that verb's events: what did it,
  the verb and what it was done to ("the panel met nine times" -> "panel met"; "wardens
  visited the ground 31 times" -> "wardens visited ground"; "the barrier was closed 23
  times" -> "barrier closed");
- an amount "worth £N" is the value of the noun "worth" is said of ("removed 1,020 discounts
  worth £38,000 a year" -> "discounts removed"; "the contract is worth £2m" -> "contract"),
  with the verb that did something to that noun; "worth" after a comma is said of the clause's
  own noun, not of the last noun before the comma ("withdrew 64 passes claimed by
  tenants ..., worth £9,300").

The caller passes its noun-phrase reader (``chunk``) so every label reads noun phrases one way."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.figures.verbs import LIGHT_VERBS, NOUN_TAGS, Chunk, subject_of, subject_token

_EVENTS = frozenset(["times", "occasions"])
_ARGS = ("dobj", "nsubj", "nsubjpass", "attr", "ROOT")


def _verbal(t: Any) -> bool:
    return t.tag_.startswith("VB")


def event_label(h: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """The label of a figure (``h``: its head token) that counts a verb's "times" or is what a
    noun is "worth" (see the module docstring), else None."""
    head = h.head
    if head.i == h.i:
        return None
    if h.dep_ == "nummod" and head.lower_ in _EVENTS:
        return _times(head, owner, chunk)
    if head.lower_ == "worth" and h.dep_ in ("npadvmod", "pobj", "dobj") and head.i < h.i:
        return _worth(head, owner, chunk)
    return None


def _times(times: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    verb = times.head
    if times.dep_ not in ("npadvmod", "dobj", "advmod") or not _verbal(verb) or verb.lower_ in LIGHT_VERBS:
        return None
    if any(ch.dep_ in ("prep", "pobj", "dobj") and ch.i > times.i for ch in times.children):
        return None  # "three times the national rate": a multiple, not a count of events
    who = subject_of(verb, owner, chunk)
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.i != times.i and ch.tag_ in NOUN_TAGS
                and ch.i not in owner), None)
    what = chunk(obj, owner) if obj is not None else None
    words = [x for x in (who, verb.lower_, what) if x]
    return " ".join(words) if who or what else None


def _worth(worth: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    noun = None
    if worth.dep_ == "amod" and worth.head.tag_ in NOUN_TAGS:
        noun = worth.head
        if worth.i > 0 and worth.doc[worth.i - 1].text == ",":
            noun = _clause_noun(noun)
    elif worth.dep_ in ("acomp", "oprd") and _verbal(worth.head):
        noun = subject_token(worth.head, owner)
    if noun is None or noun.i in owner:
        return None
    label = chunk(noun, owner)
    if not label:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and _verbal(verb) and verb.lower_ not in LIGHT_VERBS:
        return f"{label} {verb.lower_}"  # "removed 1,020 discounts worth £38,000": the discounts removed
    return label


def _clause_noun(noun: Any) -> Any:
    """The noun argument of the clause a noun is part of: up from the object of a preposition
    through the participle or relative clause it hangs on ("discounts claimed by households"
    -> "discounts")."""
    n = noun
    for _ in range(6):
        if n.dep_ in _ARGS:
            return n
        up = n.head
        while up.i != n.i and up.tag_ not in NOUN_TAGS and up.dep_ in ("prep", "agent", "acl", "relcl", "pobj"):
            n, up = up, up.head
        if up.tag_ not in NOUN_TAGS or up.i == n.i:
            return noun
        n = up
    return noun


__all__ = ["event_label"]
