"""What a figure's own words are, for answering number questions (``answer.figure_fit`` weighs
them): its own clause and sentence in its passage (``own_clause``: between the clause breaks around
it, halfway to the next figure either side, a list item with its lead-in), what a count counts
(``head``: the noun after a word number, the last noun of a numeral's label) and whether it is
printed with another noun than the one a question counts (``counts_unasked``), where a question's
word is found among a figure's words, by itself or its kin (``found``), and the numbers that are
no answer at all: a number in a code, a ratio, a paragraph's number, a rate per a number of things
(``not_a_count``), a number naming a table row (``in_row_label``), a figure that is no spell for a
question asking how long (``spell_or_not_asked``)."""

from __future__ import annotations

import bisect
import functools
import re

from councilsearch.extract.figures.rates import after_per
from councilsearch.extract.figures.words import STOP_WORDS, content_words, fold
from councilsearch.index.asking import PER_N, PER_N_TEXT, NumberQuestion
from councilsearch.index.kin import kin
from councilsearch.models import Figure, Passage

# the content words of a label, clause or sentence: the same ones are read for every figure of a
# sentence and again by every question whose candidates hold it (a third of a number question's CPU)
words = functools.lru_cache(maxsize=16384)(content_words)

OWN_W = 0.7  # a measure word found in a figure's own clause (in its label: 1)
KIN_W = 0.5  # a word met through its kin ("invested" for "spent") counts this much of the word itself

_WORD = re.compile(r"[^\W\d_]+")
_PLURAL = re.compile(r"(?:[^s]s|people|children|staff)$")
_CLAUSE_BREAK = re.compile(r"[;,:](?=\s)|[()\[\]]|\s[–—-]\s")
# "1 in 8 households": a ratio, a share of a whole, not a count of anything ("410,000 in 2027" is a count in a year)
_RATIO = re.compile(r"^\s+in\s+(?:(?!(?:19|20)[0-9]{2}\b)[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b", re.I)
_RATIO_BEFORE = re.compile(r"\b(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+$", re.I)
# a number inside a code is a reference, not a count ("HR/12", "PKS-02", "B4127")
_CODE_BEFORE = re.compile(r"(?:[^\W\d_]|[^\W\d_][/-])$")
_PARA_NO = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2}){1,2}")  # "4.2", "3.1.4" at a line's start: a paragraph's number
_PARA_AFTER = re.compile(r"[ \t]+(?:[0-9]|[A-Z][a-z])")
_OWNER = re.compile(r"^(?:the\s+)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+['’]s?\s+(?:own\s+)?")  # "the Council's own "
# "how many people": people named by what they do or are ("pensioners", "tenants", "claimants") are people
PERSONS = frozenset({fold("people"), fold("persons"), fold("individuals")})
AGENT = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}?[^\W\d_]{3,}(?:ers|ors|ants|ents|ists|ians)\b", re.I)
# "how long did they wait": a duration, or a count on a line that names a unit of time (a table row "Average
# wait\tweeks\t41\t58"), not "two bedrooms"
_TIME_LINE = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\b", re.I)
# another body named in a figure's clause ("the Wyvern Rivers Agency will pay", "Orlwick Fire Authority (£92.10)",
# "the Government"): a capitalised name ending in a body's head noun; not "the Council" alone, the paper's own
_OTHER_BODY = re.compile(r"\b(?!The\b)[A-Z][\w'’&-]*\s+(?:(?:and|of|for)\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}?"
                         r"(?:Agency|Authority|Commissioner|Council|Board|Trust|Department|Partnership|Association|"
                         r"Commission|Office|Company)\b")
_GOVERNMENT = re.compile(r"\b[Tt]he\s+Government\b")
# a council named by its tier alone ("the County Council", "Full Council") is the paper's own
_OWN_TIER = frozenset({"Full", "County", "Borough", "District", "City", "Town", "Metropolitan", "The", "and", "of", "for"})
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
_BULLET = re.compile(r"\s*(?:[-•○▪◦*–]|\(?[a-z0-9]{1,2}[.)])\s")


def found(t: str, places: tuple[tuple[frozenset[str], float], ...]) -> float:
    """How much of a question word a figure holds: the weight of the best place it (1) or its kin
    (``KIN_W``) is found in; 0 when nowhere."""
    best = 0.0
    related = kin(t)
    for ws, weight in places:
        if t in ws:
            return max(best, weight)
        if related and related & ws:
            best = max(best, KIN_W * weight)
    return best


def head(fig: Figure, own: str, after: str) -> tuple[str | None, tuple[tuple[frozenset[str], float], ...]]:
    """What a count counts: (the folded noun, the words that say it). A word number counts the
    noun right after it ("the six village libraries will open" -> "librar"), a numeral the last
    word of its label ("leisure centres" -> "centr"); (None, ()) when nothing says it."""
    if fig.surface.isalpha():
        phrase = []
        for w in _WORD.findall(after.lower())[:4]:
            if w in STOP_WORDS:
                break
            phrase.append(w)
        if phrase:
            noun = next((w for w in phrase if _PLURAL.search(w)), phrase[-1])
            return fold(noun), ((content_words(" ".join(phrase)), 1.0),)
    said: list[str] = []  # the label up to its first function word: "swimmers in lessons at the lido" -> "swimmer"
    # an owner before it ("the Council's own care homes") is not what is counted
    measure = fig.measure or fig.label or fig.table_row  # the noun phrase, not "... the wardens removed"
    for w in _WORD.findall(_OWNER.sub("", (measure or "").lower())):
        if w in STOP_WORDS:
            if said:
                break
            continue
        said.append(w)
    if not said:
        return None, ()
    return fold(said[-1]), ((words(measure), 1.0), (words(own), OWN_W))


def said_as_verb(term: str, nq: NumberQuestion) -> bool:
    """Whether the question says ``term`` only as a past verb ("how many people started care": the
    count of "starts" is of what the people did, not of another thing it names)."""
    asked = [w for t, w in nq.words if t == term]
    return bool(asked) and all(w.endswith("ed") for w in asked)


def counts_unasked(fig: Figure, counted: str, after: str, near: tuple[tuple[frozenset[str], float], ...]) -> bool:
    """A count printed with a plural noun ("140 households were …") other than the one the question
    counts, which neither its label nor its own clause holds (nor its kin): it counts something else.
    People named by what they do count as people."""
    m = _WORD.match(after.lstrip()) if not fig.surface.isalpha() else _WORD.search(after)
    if m is None or m.start() > 1 or not _PLURAL.search(m.group(0).lower()) or m.group(0).lower() in STOP_WORDS:
        return False
    noun = fold(m.group(0).lower())
    if noun == counted or noun in kin(counted) or found(counted, near) > 0.0:
        return False
    return not (counted in PERSONS and AGENT.search(m.group(0)))


def names_other_body(text: str) -> bool:
    """Whether ``text`` names a body other than the paper's own council ("the Wyvern Rivers Agency",
    "Orlwick County Council", "the Government"); "the Council", "the council's" alone do not."""
    return (any(set(m.group(0).split()[:-1]) - _OWN_TIER for m in _OTHER_BODY.finditer(text))
            or _GOVERNMENT.search(text) is not None)


def not_a_count(p: Passage, fig: Figure, nq: NumberQuestion) -> bool:
    """A number printed as part of a code ("HR/12", "PKS-02") or a ratio ("1 in 8") counts
    nothing, nor does a paragraph's number ("4.2 The Council …", "4.2 3,100 homes …"); nor does a
    rate per a number of things ("41 per 1,000 pupils"), unless the question asks for such a rate."""
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    line_start = p.text.rfind("\n", 0, start) + 1
    if _PARA_NO.fullmatch(fig.surface) and not p.text[line_start:start].strip() and _PARA_AFTER.match(p.text, end):
        return True
    return bool(_CODE_BEFORE.search(p.text, 0, max(0, start)) or _RATIO.match(p.text[end:end + 20])
                or _RATIO_BEFORE.search(p.text[max(0, start - 12):start])
                or (nq.rate != PER_N and (PER_N_TEXT.match(p.text[end:end + 24].lstrip())
                                          or after_per(p.text, start))))


def spell_or_not_asked(p: Passage, fig: Figure, nq: NumberQuestion) -> bool:
    """For a question asking how long, whether ``fig`` is a spell: a duration, or a table cell on a
    row naming a unit of time; any figure for any other question."""
    if not nq.duration or fig.unit == "duration":
        return True
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    stop = p.text.find("\n", end)
    return bool(fig.table_row) and bool(_TIME_LINE.search(p.text, p.text.rfind("\n", 0, start) + 1, stop if stop >= 0 else len(p.text)))


def in_row_label(p: Passage, fig: Figure) -> bool:
    """A number printed in a table row's label cell, before the cells that hold the row's values
    ("Pupils 5 - 16\t1,240\t3%", "Grants over 500\t1,200"): it names the row, it is not one of its values."""
    if p.kind != "table":
        return False
    cut = p.text.find("\t")
    return cut > 0 and fig.span[1] - p.span[0] <= cut and any(ch.isdigit() for ch in p.text[cut:])


def own_clause(p: Passage, fig: Figure, spans: list[tuple[int, int]], others: list[int]) -> tuple[str, str]:
    """(the figure's own clause, its sentence) in the passage: the clause runs between the
    clause breaks around the figure and stops halfway to the next figure either side."""
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    ss, se = next(((a, b) for a, b in spans if a <= start < b), (max(0, start - 200), min(len(p.text), end + 200)))
    sentence = p.text[ss:se]
    # a bracketed aside right after the figure does not end its clause: "40 (42%) will run on electricity"
    aside = _ASIDE.match(p.text, end, se)
    skip = (end, aside.end()) if aside else (end, end)
    breaks = [ss + m.start() for m in _CLAUSE_BREAK.finditer(sentence)
              if not (start <= ss + m.start() < end) and not skip[0] <= ss + m.start() < skip[1]]
    k = bisect.bisect_right(breaks, start)
    cs = breaks[k - 1] + 1 if k > 0 else ss
    ce = breaks[k] if k < len(breaks) else se
    j = bisect.bisect_left(others, start)
    if j > 0 and others[j - 1] >= cs:
        cs = max(cs, (others[j - 1] + start) // 2)
    nxt = next((o for o in others[j:] if o >= skip[1]), None)
    if nxt is not None and nxt < ce:
        ce = (end + nxt) // 2
    if _BULLET.match(sentence):  # a list item: its lead-in says what the items are ("£34m was invested in: - £2m on …")
        lead = next((ln for ln in reversed(p.text[:ss].splitlines()[-12:]) if ln.rstrip().endswith(":")), "")
        sentence = f"{lead} {sentence}"
    return p.text[cs:ce], sentence
