"""The words of change (English, no word of any corpus), in one place: the verbs that move
what they are said of and the nouns that name such a move.

A figure written as the change ("ferry fares go up by 7%", "the levy was raised by 3%",
"costs were pushed up by £2m") is labelled as one ("rise in burial fees"), and the figure
written as the level it moves to ("... to £31") as the thing itself.

- verbs that move their subject: "rise", "grow", "climb", "fall", "drop", "go up";
- verbs that move their object (or, passive, their subject): "raise", "lift", "cut",
  "reduce", "put up", "push down";
- "increase" and "decrease" do both.

Each verb is written once with its forms (base, third person, past, past participle, "-ing"),
its direction and the noun a change by it is named with; the token test of the parse
(``change_noun``) and the surface patterns of ``shapes`` are both made from this table."""

from __future__ import annotations

from typing import Any

from councilsearch.extract.figures.words import fold

_SUBJECT, _OBJECT, _BOTH = "subject", "object", "both"
# forms (base, -s, past, past participle, -ing) | direction | the noun of the change | what it moves
_VERBS = (
    ("rise rises rose risen rising", "rise", "rise", _SUBJECT),
    ("grow grows grew grown growing", "rise", "growth", _SUBJECT),
    ("climb climbs climbed climbed climbing", "rise", "rise", _SUBJECT),
    ("jump jumps jumped jumped jumping", "rise", "rise", _SUBJECT),
    ("increase increases increased increased increasing", "rise", "increase", _BOTH),
    ("raise raises raised raised raising", "rise", "rise", _OBJECT),
    ("lift lifts lifted lifted lifting", "rise", "rise", _OBJECT),
    ("fall falls fell fallen falling", "fall", "fall", _SUBJECT),
    ("drop drops dropped dropped dropping", "fall", "fall", _SUBJECT),
    ("decline declines declined declined declining", "fall", "fall", _SUBJECT),
    ("shrink shrinks shrank shrunk shrinking", "fall", "fall", _SUBJECT),
    ("decrease decreases decreased decreased decreasing", "fall", "decrease", _BOTH),
    ("reduce reduces reduced reduced reducing", "fall", "reduction", _OBJECT),
    ("cut cuts cut cut cutting", "fall", "cut", _OBJECT),
    ("lower lowers lowered lowered lowering", "fall", "fall", _OBJECT),
)
# verbs that move a thing only with a particle: "go up", "put up", "push down", "bring down"
_PHRASAL = (
    "go goes went gone going", "put puts put put putting", "push pushes pushed pushed pushing",
    "bring brings brought brought bringing", "drive drives drove driven driving", "knock knocks knocked knocked knocking",
)
PARTICLES = {"up": "rise", "down": "fall"}
# the nouns that name a change ("a rise of 4%", "the 9% increase", "a cut in X")
CHANGE_NOUNS = ("rise", "increase", "fall", "decrease", "growth", "reduction", "cut", "drop")

_DIRECTION = {fold(w): d for forms, d, _, _ in _VERBS for w in forms.split()}
_PHRASAL_STEMS = frozenset(fold(w) for forms in _PHRASAL for w in forms.split())
_NOUN_OF = {w: noun for forms, _, noun, moves in _VERBS for w in forms.split()}
_SUBJECT_NOUN = {fold(w): noun for forms, _, noun, moves in _VERBS if moves != _OBJECT for w in forms.split()}
_GO = frozenset(fold(w) for w in _PHRASAL[0].split())


def _alternation(words: set[str]) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# the surface forms of a change said of a subject ("fees rose by", "costs go up by", "that the
# charge be increased by"), as a regular-expression alternation
CHANGE_VERB_PATTERN = (
    _alternation({w for forms, _, _, moves in _VERBS if moves != _OBJECT for w in forms.split()})
    + r"|(?:" + _alternation(set(_PHRASAL[0].split())) + r")\s+(?:up|down)"
    + r"|be\s+(?:" + _alternation({forms.split()[3] for forms, _, _, moves in _VERBS if moves != _SUBJECT}) + ")"
)


def change_noun_of(verb: str) -> str:
    """The noun of the change a surface form of ``CHANGE_VERB_PATTERN`` says: "rose" -> "rise",
    "grew" -> "growth", "went down" -> "fall"; a passive ("be increased") -> "change"."""
    words = verb.lower().split()
    if words[-1] in PARTICLES:
        return PARTICLES[words[-1]]
    if words[0] == "be":
        return "change"
    return _NOUN_OF.get(words[0], "change")


def _particle_change(verb: Any) -> str | None:
    """"rise" or "fall" from a phrasal verb's particle ("went up", "came down"), else None."""
    prt = next((ch.lower_ for ch in verb.children if ch.dep_ in ("prt", "advmod") and ch.lower_ in PARTICLES), None)
    return PARTICLES.get(prt) if prt else None


def change_noun(verb: Any) -> str | None:
    """"rise" or "fall" when ``verb`` (a token) is a verb of change, else None."""
    if not verb.tag_.startswith("VB"):
        return None
    w = fold(verb.lower_)
    if w in _PHRASAL_STEMS:
        return _particle_change(verb)
    return _DIRECTION.get(w)


def subject_change(verb: Any) -> str | None:
    """The noun of the change a verb (a token) makes in its subject, when it moves its subject:
    "rose" -> "rise", "grew" -> "growth", "went up" -> "rise"; None for a verb that moves its
    object ("raised", "cut") or no verb of change. A figure that is such a verb's bare object
    ("parking income rose 8%") is the change."""
    if not verb.tag_.startswith("VB"):
        return None
    w = fold(verb.lower_)
    if w in _GO:
        return _particle_change(verb)
    return _SUBJECT_NOUN.get(w)


__all__ = ["CHANGE_NOUNS", "CHANGE_VERB_PATTERN", "PARTICLES", "change_noun", "change_noun_of", "subject_change"]
