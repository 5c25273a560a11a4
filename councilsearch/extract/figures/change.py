"""Verbs of change (English, no word of any corpus): the direction a verb moves what it is
said of, so that a figure written as the change ("ferry fares go up by 7%", "the levy was
raised by 3%", "costs were pushed up by £2m") is labelled as one ("rise in burial fees") and
the figure written as the level it moves to ("... to £31") is labelled as the thing itself.

- intransitive verbs move their subject: "rise", "grow", "climb", "fall", "drop", "go up";
- transitive verbs move their object (or, passive, their subject): "raise", "lift", "cut",
  "reduce", "put up", "push down";
- "increase" and "decrease" are both."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.figures.words import fold

_UP_TEXT = "rise grow climb jump increase raise lift"
_DOWN_TEXT = "fall drop decline decrease reduce cut lower shrink shrank"
# verbs that move a thing only with a particle: "go up", "put up", "push down", "bring down"
_PHRASAL_TEXT = "go goes went gone put puts push pushes bring brings brought drive drove knock"
_UP = frozenset(fold(w) for w in _UP_TEXT.split())
_DOWN = frozenset(fold(w) for w in _DOWN_TEXT.split())
_PHRASAL = frozenset(fold(w) for w in _PHRASAL_TEXT.split())
_PARTICLE = {"up": "rise", "down": "fall"}


def change_noun(verb: Any) -> str | None:
    """"rise" or "fall" when ``verb`` (a token) is a verb of change, else None."""
    if not verb.tag_.startswith("VB"):
        return None
    w = fold(verb.lower_)
    if w in _PHRASAL:
        prt = next((ch.lower_ for ch in verb.children if ch.dep_ in ("prt", "advmod") and ch.lower_ in _PARTICLE), None)
        return _PARTICLE.get(prt) if prt else None
    if w in _UP:
        return "rise"
    if w in _DOWN:
        return "fall"
    return None


__all__ = ["change_noun"]
