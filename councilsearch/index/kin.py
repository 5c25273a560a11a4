"""Words of council papers that name the same thing or the same measure ("vehicles" and
"lorries", "spent" and "invested", "fee" and "charge"), for fitting a number question's words to
what a figure measures. A small table of general English and local-government usage, written for
any council's papers (not taken from any corpus or question set); each group is a set of words
folded by ``councilsearch.extract.figures.words.fold``. A word met through its kin counts less
than the word itself (``answer_clause.KIN_W``)."""

from __future__ import annotations

import re

from councilsearch.extract.figures.words import STOP_WORDS, fold

# what is measured: amounts paid, spent, received, saved, held, short, moved
_MEASURES = """
cost price fee charge tariff buy purchase
cost spend spending expenditure invest investment outlay
pay payment give contribute contribution grant put provide hand award allocate allocation meet met
income receive raise earn collect revenue generate bring yield
save saving reduce reduction cut
shortfall gap deficit
reserve balance hold
slip slippage reprofile reprofiling defer deferral delay
rise increase uplift grow growth
fall decrease drop decline
pay fee
value worth
borrow borrowing owe debt loan
"""
# what things are: the same things under other names in council papers
_THINGS = """
vehicle lorry truck van
pavement footway footpath
road carriageway highway
home house dwelling property
people person resident user client customer individual
child pupil
staff employee worker post
councillor member
company firm operator provider contractor
permit licence
rubbish refuse waste
annual year
developer builder housebuilder
achieve deliver realise
average mean typical median
population resident inhabitant people
"""
# the words that name a quantity (what is measured, not what it is of): with the groups above,
# these say what a question's figure must measure
_MEASURE_ONLY = """
budget debt borrow borrowing rent tax value worth outturn overspend underspend surplus precept levy subsidy
"""


def _groups(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in text.strip().splitlines():
        group = frozenset(fold(w) for w in line.split())
        for w in group:
            out[w] = out.get(w, frozenset()) | group
    return out


KIN: dict[str, frozenset[str]] = {**_groups(_THINGS), **_groups(_MEASURES)}
MEASURE_WORDS = frozenset(_groups(_MEASURES)) | frozenset(fold(w) for w in _MEASURE_ONLY.split())


_WORD = re.compile(r"[^\W\d_]+")
_JOINED = re.compile(r"[ \t-]+")  # words of one compound: only spaces or a hyphen between them
_TIME_TEXT = "last next year years month months week weeks day days annually today yearly"
_TIME = frozenset(_TIME_TEXT.split())
# past forms no "-ed" shows ("the levy met by the trust": "levy" is what is measured)
_PAST_TEXT = "paid spent held owed given kept drawn lent sold bought taken brought lost won met rose fell grew"
_PAST = frozenset(_PAST_TEXT.split())
_AUXILIARY_TEXT = "do does did will would can could should may might must shall to has have had"
_AUXILIARY = frozenset(_AUXILIARY_TEXT.split())
_DETERMINER_TEXT = "the a an its their his her our your this that these those each every"
_DETERMINERS = frozenset(_DETERMINER_TEXT.split())


def said_measures(text: str) -> frozenset[str]:
    """The folded measure words (``MEASURE_WORDS``) ``text`` says it measures: not those that
    only say what the noun after them is ("revenue account", "tax support scheme", "charge
    income", "budget gap": that noun, if a measure word, is what is measured). A measure word
    modifies the word after it when nothing but a space or a hyphen comes between and that word
    looks like a singular noun: not a function word, a time word, a plural, a participle, an
    adverb, nor a capitalised name after a lower-case word ("cost residents", "spent renovating",
    "paid Orlwick", "spend last year" keep theirs)."""
    out: set[str] = set()
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group(0)
        f = fold(w)
        if f not in MEASURE_WORDS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (nxt is not None and _JOINED.fullmatch(text, m.end(), nxt.start()) and _noun_after(w, nxt.group(0))
                and not _verb(words[max(0, i - 3):i])):
            continue
        out.add(f)
    return frozenset(out)


def _verb(before: list[re.Match[str]]) -> bool:
    """Whether the word after ``before`` (the three words before it) is a verb: an auxiliary or
    "to" comes before it with no determiner between ("did Orlwick spend gross", "to save money")."""
    for m in reversed(before):
        w = m.group(0).lower()
        if w in _AUXILIARY:
            return True
        if w in _DETERMINERS:
            return False
    return False


def _noun_after(word: str, nxt: str) -> bool:
    low = nxt.lower()
    return not (low in STOP_WORDS or low in _TIME or low in _PAST or len(low) < 3 or (low.endswith("s") and not low.endswith("ss"))
                or low.endswith(("ed", "ing", "ly")) or (nxt[:1].isupper() and not word[:1].isupper()))


def kin(word: str) -> frozenset[str]:
    """The folded words that name what folded ``word`` names, without ``word`` itself."""
    return KIN.get(word, frozenset()) - {word}


def compounds(text: str, terms: frozenset[str]) -> frozenset[str]:
    """The terms a closed compound of ``text`` joins ("homecare" holds "home" and "care" when both
    are terms): each word of 7+ letters split where both parts fold to terms."""
    out: set[str] = set()
    for w in text.lower().split():
        w = w.strip(".,;:()'’\"")
        if len(w) < 7 or not w.isalpha():
            continue
        for i in range(3, len(w) - 2):
            a, b = fold(w[:i]), fold(w[i:])
            if a in terms and b in terms:
                out.update((a, b))
    return frozenset(out)
