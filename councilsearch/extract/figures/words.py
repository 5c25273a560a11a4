"""One normaliser for what a figure measures and what a question asks: content words,
lower-cased, with function words dropped and inflections folded by a small suffix stemmer
(plurals, "-ing", "-ed", "-ly", "-ment", "-ation"...), so that "savings delivered",
"saving" and "deliveries" meet at the same stems; one direction of change is one word
("increase" and "rise", "decrease" and "fall"). No word list of any corpus: the stop words
are English function words, the suffixes English inflections.

Used by the figure labels' scorer (``councilsearch.evaluate.figures``) and by the choice of
the figure that answers a number question (``councilsearch.index.answer``)."""

from __future__ import annotations

import functools
import re

from councilsearch.extract.figures.lexicon import MONTHS

# English function words (articles, pronouns, auxiliaries, prepositions, conjunctions,
# question words) and the words that only qualify an amount ("approximately", "around")
_STOP_TEXT = """
    a an the this that these those there here it its it's they them their theirs we our ours us you
    your i me my he him his she her who whom whose which what when where why how whether if
    is are was were be been being am do does did done has have had having will would shall
    should can could may might must ought of to in on at by for from with within without into
    onto over under about above below between among through during before after since until
    till than then as so such per via and or nor but yet also not no all any each every some
    both either neither other another more most much many few less least own same very just
    only too up down out off again further once s t around approximately approx circa c about
    nearly almost roughly overall currently current still already now
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
# English irregular past forms (and the plural "monies") no suffix rule reaches: verbs of change ("costs rose" meets "a
# rise") and of amounts ("the levy paid by the trust" meets "what does it pay", "taught" meets
# "teach"), so that figure labels, label scoring, measure keys and questions fold alike
_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
              "paid": "pay", "spent": "spend", "sold": "sell", "bought": "buy", "held": "hold", "lent": "lend",
              "lost": "lose", "won": "win", "owed": "owe", "taught": "teach", "gave": "give", "given": "give",
              "brought": "bring", "took": "take", "taken": "take", "built": "build", "kept": "keep", "drew": "draw",
              "drawn": "draw", "sought": "seek", "got": "get", "gotten": "get", "borne": "bear", "met": "meet",
              "monies": "money"}
# one word for one direction of change, however it is written: "rose 6%", "a rise of 6%" and
# "an increase of 6%" (or "6% more") measure the same change; "fell", "a fall", "a decrease"
_CHANGE = {"increas": "ris", "decreas": "fall"}  # the stems of "rise" and "fall"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VOWEL = re.compile(r"[aeiouy]")
# endings that only look like a suffix: "y" is one after -er/-or/-ar ("delivery" meets
# "deliver") but part of the word in "county", "party", "money" (else "county" is "count");
# "ly" is part of the "-ply" verbs ("supply", "apply")
_KEEP_ENDING = {"y": re.compile(r"(?<![aeo]r)y$"), "ly": re.compile(r"ply$")}
_NEVER = re.compile(r"(?!)")
_SUFFIXES = ("ational", "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "edly", "ed",
             "ers", "er", "ly", "ity", "ive", "al", "e", "y")


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word's stem: plural, verb and common derivational endings folded ("savings" ->
    "sav", "delivered" -> "deliver", "investment" -> "invest", "populations" -> "popul")."""
    w = word.lower().replace("’", "'")
    w = _IRREGULAR.get(w, w)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) <= 3:
        return w
    # plurals
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"  # "supplied" meets "supplies" and "supply"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3 and not w.endswith("ee"):
        w = w[:-1]  # "receive" -> "receiv", as "receiving" is: a silent e first
    # derivational and verbal endings, longest first; the stem keeps a vowel and 3+ letters
    for _ in range(2):  # "deliveries" -> "delivery" -> "deliver" -> "deliv", as "delivered" does
        for suf in _SUFFIXES:
            if w.endswith(suf) and not _KEEP_ENDING.get(suf, _NEVER).search(w):
                stem = w[: -len(suf)]
                if len(stem) >= 3 and _VOWEL.search(stem):
                    w = stem
                    break
        else:
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    if w.endswith("nc"):
        w = w[:-1] + "s"  # the British noun and verb meet: "licence" and "licensed", "defence" and "defensive"
    return _CHANGE.get(w, w)


def content_words(text: str | None) -> frozenset[str]:
    """The folded content words of ``text`` (no numbers, no function words, no single
    letters)."""
    if not text:
        return frozenset()
    out = set()
    for w in _WORD.findall(text.lower().replace("’", "'")):
        if len(w) < 2 or w in STOP_WORDS:
            continue
        out.add(fold(w))
    return frozenset(out)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets: 2|a∩b| / (|a| + |b|), 0 when both are empty."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def same_measure(predicted: str | None, gold: str | None, threshold: float = 0.5) -> bool:
    """Does a predicted label say what a gold label says (content-word overlap ≥ threshold;
    no label is right only where the gold names none)."""
    p, g = content_words(predicted), content_words(gold)
    if not g:
        return not p
    return overlap(p, g) >= threshold


__all__ = ["STOP_WORDS", "content_words", "fold", "overlap", "same_measure"]


# the names of months and days: words that say when a figure applies, never what it measures
WHEN_WORDS = frozenset(
    [*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


_YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b")


def only_time(label: str | None) -> bool:
    """A label whose content words all name a month or a day ("April", "from April", "August to
    October"): a figure labelled so says when, not what it measures."""
    words = [w for w in _WORD.findall((label or "").lower()) if w in WHEN_WORDS or (len(w) > 1 and w not in STOP_WORDS)]
    if not words:  # "in 2031/32": a year alone, no word of what
        return _YEAR_ONLY.search(label or "") is not None
    return all(w in WHEN_WORDS for w in words)
