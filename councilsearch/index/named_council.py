"""The council a question names, read against the councils the store holds.

"What are Wyvern's reserves" asks about Wyvern's papers, not about reserves anywhere. The
names a question is read for are those of the councils in the store (each document's council
metadata): a stored name's place ("Wyvern" of "Wyvern Borough Council", so "Wyvern's",
"Wyvern BC" and "Wyvern Borough Council" all name it) and, for a council the register knows
(its ONS code), the names its area goes by there. The register's other councils are read too,
as councils the store does not hold: "North Wyvern's reserves" names North Wyvern, not the
stored Wyvern inside it, and a question about a council the store does not hold prefers none.
Two councils named ("the county's share of Orlwick's precept": a tier word outside the
places named counts too) are not one.

Names match whole words, the longest first ("Leicester" is not in "Leicestershire", and
"North West Wyvernshire" is not also "Wyvernshire"); a place must be written with capitals
(so a place that is also a word, "reading", is not read from "reading the report"). In a
question written all in lower case, where capitals say nothing, a one-word place needs other
evidence that it is a council: a possessive ("mere's reserves"), a council word beside it
("mere council", "the borough of mere"); a place of two or more words ("north wyvern") is
evidence enough. Failing a place, a tier word ("the county's", "the district
council") names the store's one council of that tier; where the store holds several of that
tier (a library of many councils' papers), it names them all as a tier (``Named.tier``), which
the search prefers less strongly than a council named. Nothing here lists a council's name:
the names come from the store and the register."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from councilsearch.councils import RegisterUnavailableError, default_register
from councilsearch.extract.figures.words import WHEN_WORDS
from councilsearch.index.store import Store
from councilsearch.models import Hit

# what a council's name says of its kind, not of its place
GENERIC = frozenset({"city", "county", "district", "borough", "metropolitan", "council", "of", "the", "and",
                     "royal", "london", "unitary"})
_TIERS = ("county", "city", "district", "borough")
_TOKEN = re.compile(r"[^\W_]+(?:'[sS])?")
# words that say a place beside them is a council's ("mere council", "the borough of mere", "mere bc")
_COUNCIL_WORDS = frozenset({"council", "councils", "borough", "county", "city", "district", "metropolitan",
                            "unitary", "authority", "bc", "cc", "dc", "mbc"})


def tokens(text: str) -> list[str]:
    """Words in lower case, a possessive "'s" dropped ("Wyvern's" -> "wyvern")."""
    return _read(text)[0]


def _read(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """One reading of ``text``'s words: each in lower case with a possessive "'s" dropped, whether
    it was a possessive ("Wyvern's"), whether it begins with a capital. Read word by word, so the
    three lists stay aligned (lower-casing the whole text first could split a word: "İ")."""
    words, possessive, caps = [], [], []
    for m in _TOKEN.finditer(text.replace("’", "'")):
        w = m.group(0)
        own = w[-2:] in ("'s", "'S")
        words.append((w[:-2] if own else w).lower())
        possessive.append(own)
        caps.append(w[:1].isupper())
    return words, possessive, caps


def _council_evidence(words: list[str], possessive: list[bool], a: int, b: int) -> bool:
    """Whether the place at ``words[a:b]`` of an all-lower-case question is shown to be a
    council's: two or more words, a possessive, or a council word next to it ("of" between)."""
    if b - a > 1 or possessive[b - 1]:
        return True
    before = words[a - 1] if a > 0 else ""
    before2 = words[a - 2] if a > 1 else ""
    after = words[b] if b < len(words) else ""
    return after in _COUNCIL_WORDS or before in _COUNCIL_WORDS or (before == "of" and before2 in _COUNCIL_WORDS)


@dataclass(frozen=True)
class CouncilNames:
    """The names to read a question for: (place words, the stored council it names, or None
    for a council the store does not hold), and the stored councils by tier word."""

    forms: tuple[tuple[tuple[str, ...], str | None], ...]
    by_tier: Mapping[str, tuple[str, ...]]
    by_first: Mapping[str, tuple[tuple[tuple[str, ...], str | None], ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:  # the forms by their first word: a question looks up its own words
        index: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
        for form in self.forms:
            index.setdefault(form[0][0], []).append(form)
        object.__setattr__(self, "by_first", {w: tuple(fs) for w, fs in index.items()})


@dataclass(frozen=True)
class Named:
    """The councils a question names: those the store holds, and whether it names any other
    (which does not stop it preferring the one stored council it names: the store has only
    that council's papers to answer from)."""

    councils: frozenset[str] = frozenset()
    elsewhere: bool = False
    # the stored councils of the tier a question names when it names no place and the store holds
    # several of that tier ("the county" among three county councils): a weaker preference
    tier: frozenset[str] = frozenset()

    @property
    def one(self) -> str | None:
        """The one stored council the question names (None when it names none or several)."""
        return next(iter(self.councils)) if len(self.councils) == 1 else None


class Hits(list[Hit]):
    """A search's hits, best first, saying which council the question named (whose papers
    rank first), as a result set's page does (``Results.council_from_question``)."""

    def __init__(self, hits: Sequence[Hit] = (), council_from_question: str | None = None) -> None:
        super().__init__(hits)
        self.council_from_question = council_from_question


def council_names(councils: Sequence[str], codes: Mapping[str, str] | None = None, *, register: bool = True) -> CouncilNames:
    """The names of the stored ``councils`` (``codes``: ONS code -> stored name, as the store
    keeps them) and, with ``register``, of the register's other councils."""
    forms: dict[tuple[str, ...], str | None] = {}
    for council in councils:
        place = _place(council)
        if place:
            forms.setdefault(place, council)
    if register:
        try:
            reg = default_register()
        except RegisterUnavailableError:
            reg = None
        if reg is not None:
            stored = {code.upper(): name for code, name in (codes or {}).items()}
            elsewhere: list[tuple[str, ...]] = []
            for area, held in reg.area_names().items():
                place = _place(area)
                if not place:
                    continue
                mine = [stored[c.code.upper()] for c in held if c.code.upper() in stored]
                if mine:
                    forms.setdefault(place, mine[0])
                else:
                    elsewhere.append(place)
            for place in elsewhere:  # a stored council's own name wins over a namesake elsewhere
                forms.setdefault(place, None)
    by_tier = {tier: tuple(c for c in councils if tier in tokens(c)) for tier in _TIERS}
    return CouncilNames(tuple(forms.items()), by_tier)


def _place(name: str) -> tuple[str, ...]:
    """A council's name without the words of its kind at either end ("London Borough of
    Wyvern", "Wyvern Borough Council" -> wyvern; "Orlwick and Sampleton Council" -> orlwick
    and sampleton)."""
    words = tokens(name)
    while words and words[0] in GENERIC:
        words.pop(0)
    while words and words[-1] in GENERIC:
        words.pop()
    return tuple(words)


def named_councils(query: str, names: CouncilNames) -> Named:
    """The councils ``query`` names (see the module's notes)."""
    words, possessive, caps = _read(query)
    any_caps = any(ch.isupper() for ch in query)
    spans: list[tuple[int, int, str | None]] = []
    for a, word in enumerate(words):
        for place, council in names.by_first.get(word, ()):
            b = a + len(place)
            if tuple(words[a:b]) != place:
                continue
            if (caps[a] and caps[b - 1]) if any_caps else _council_evidence(words, possessive, a, b):
                spans.append((a, b, council))
    longest = [(a, b, c) for a, b, c in spans
               if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in spans)]
    # a tier word outside the places named ("the county's share of Orlwick's precept") names
    # the store's one council of that tier as well
    inside = {i for a, b, _ in longest for i in range(a, b)}
    said = [t for t in _TIERS if any(w == t for i, w in enumerate(words) if i not in inside)]
    by_tier = {names.by_tier[t][0] for t in said if len(names.by_tier.get(t, ())) == 1}
    if longest:
        named = {c for _, _, c in longest if c is not None} | by_tier
        return Named(frozenset(named), any(c is None for _, _, c in longest))
    if len(by_tier) == 1:
        return Named(frozenset(by_tier))
    # no place, and a tier word the store holds several councils of: those councils, weakly
    return Named(tier=frozenset(c for t in said for c in names.by_tier.get(t, ())))


def of_council(store: Store, ids: Sequence[int], council: str | None) -> list[int]:
    """Those of the candidate passages ``ids`` that are from ``council``'s papers, in order: a
    question naming it has them re-scored even when other councils' passages fused higher."""
    if council is None or not ids:
        return []
    passages = store.passages(ids)
    meta = store.document_meta({p.doc_id for p in passages.values()})
    return [pid for pid in ids if pid in passages and meta.get(passages[pid].doc_id, {}).get("council") == council]


# a run of words written with capitals inside a question: a name ("the Orlwick Road scheme", "Band F")
_NAME_RUN = re.compile(r"(?<![^\s(\"'‘“])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_SENTENCE_END = re.compile(r"[.?!:;]\s*$")


def names_in(query: str) -> list[str]:
    """The names a question writes with capitals: each run of capitalised words, but not the
    first word of a sentence (its capital says nothing), not a month's or a day's name, and
    nothing from a question written all in capitals. Possessives dropped ("Orlwick's")."""
    if not any(ch.islower() for ch in query):
        return []
    out = []
    for m in _NAME_RUN.finditer(query.replace("’", "'")):
        words = m.group(0).split()
        if not query[: m.start()].strip() or _SENTENCE_END.search(query[: m.start()]):
            words = words[1:]  # a sentence's first word
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        words = [w for w in words if w.lower() not in WHEN_WORDS and w != "I"]
        if words:
            out.append(" ".join(words))
    return out
