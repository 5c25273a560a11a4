"""Words of council papers that name the same thing or the same measure ("vehicles" and
"lorries", "spent" and "invested", "fee" and "charge"), for fitting a number question's words to
what a figure measures. A small table of general English and local-government usage, written for
any council's papers (not taken from any corpus or question set); each group is a set of words
folded by ``councilsearch.extract.figures.words.fold``. A word met through its kin counts less
than the word itself (``answer.KIN_W``)."""

from __future__ import annotations

from councilsearch.extract.figures.words import fold

# what is measured: amounts paid, spent, received, saved, held, short, moved
_MEASURES = """
cost price fee charge tariff buy purchase
cost spend spending expenditure invest investment outlay
pay payment give contribute contribution grant put provide hand award allocate allocation
income receive raise earn collect revenue generate bring yield
save saving reduce reduction cut
shortfall gap deficit
reserve balance hold
slip slippage reprofile reprofiling defer deferral delay
rise increase uplift grow growth
fall decrease drop decline
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
