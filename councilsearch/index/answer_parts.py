"""A figure read with the figures printed around it, for answering number questions
(``answer.fit_candidates`` reads each candidate so): the later of "from £1.85 to £2.15" is the
same measure as the earlier; a part says what its whole measures ("160 families, of whom 27 …",
"6,300 households: 2,700 of pension age and …"), and a whole what its parts measure ("£4.3m
comprises £3.6m for vehicles and £0.7m for …", ``parts_asked``); a share in brackets measures what
the figure before it does ("£3.6m (29%)"); a comparison base what the council's figure beside it
does; an amount restated per unit what the amount does ("£52,000 in 2026, about £130 for each
inspection"); each item of a list what its lead-in says ("12 wardens in Wyvern, 8 in Orlwick and
5 …"); a table's cell what the table's title says."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from councilsearch.extract.figures.lexicon import MON
from councilsearch.extract.figures.words import content_words
from councilsearch.index.answer_clause import found, own_clause, words
from councilsearch.index.answer_which import BASE_SAID
from councilsearch.index.asking import NumberQuestion, each_unit, rate_unit
from councilsearch.models import Figure, Passage

# "from £1.85 to £2.15", "from 64 in May 2021 to 57": the value it goes to is the later one
_FROM_TO = re.compile(rf"\s+(?:(?:in|at|by|on)\s+(?:[0-9]{{1,2}}\s+)?(?:(?:{MON})\.?\s+)?(?:19|20)[0-9]{{2}}(?:/[0-9]{{2}})?\s+)?to\s+",
                      re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # ...but "increased by 2.5% to £11.70" is a change and its result
# a whole broken into parts after it ("£4.3m comprises £3.6m for vehicles and £0.7m for containers"):
# what the parts measure, the whole measures too
_WHOLE_OF = re.compile(r"\W{0,3}\s*(?:comprises?|comprising|(?:is\s+)?made\s+up\s+of|consists?\s+of|consisting\s+of|"
                       r"(?:is\s+)?split\s+(?:between|into)|covers?)\b", re.I)
_OF_PART = re.compile(r"\s+of\s+(?!which|whom|these|those|them|the\s+total)[^\W\d_]", re.I)  # "610 of school age"
_SENTENCE_END = re.compile(r"[.!?]\s")
# between two items of a list: the first's words, then a comma or "and"/"or" ("12 wardens in Wyvern, 8 in Orlwick and 5 ...")
_LIST_GAP = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s*){0,5}?(?:,\s*(?:and\s+|or\s+)?|\b(?:and|or)\s+)[£$]?", re.I)
_OF_WHOM = re.compile(r"\bof\s+(?:whom|which|these|those|them)\s*,?\s*$", re.I)
# an amount restated per unit right after another ("£52,000 in 2026, about £130 for each inspection", "£7,800 a
# year, or £150 a week"): the gap between them, a year of the first at most
_RESTATED = re.compile(r"(?:\s+(?:a\s+year|in\s+(?:19|20)[0-9]{2}(?:/[0-9]{2})?))?\s*,?\s*(?:or\s+)?(?:about|around|roughly|some|"
                       r"approximately|nearly|almost|equal\s+to|the\s+same\s+as)?\s*", re.I)
# a part of the figure before, printed as one ("19,000 of them over 65"):
# for a question none of whose words the part's own clause adds, the whole answers, not the part
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
PART_W = 0.15
TITLE_LEVELS = 2  # the headings over a table read as its cells' clause (the last may be a unit line: "£000s")


@dataclass(frozen=True)
class Reading:
    """One candidate figure read in its passage: ``own``, its own clause with what the figures
    around it lend it; ``bare``, its own clause alone; ``sentence``; ``went_to``, whether it is the
    later of "from X to Y"; ``whole_of``, what the parts it is broken into measure (when the
    question asks about more than one); ``prev_own``, the figure before's ``own`` (None for the first)."""

    fig: Figure
    own: str
    bare: str
    sentence: str
    went_to: bool
    whole_of: str
    prev_own: str | None


def read_in_turn(p: Passage, ordered: list[Figure], figures: list[Figure], spans: list[tuple[int, int]],
                 others: list[int], nq: NumberQuestion) -> Iterator[Reading]:
    """Each of ``ordered`` (the candidates, in text order) read with the figures around it
    (``figures``: all the passage's; ``spans``: its sentences; ``others``: where the figures that
    bound a clause start)."""
    prev: tuple[Figure, str] | None = None  # the figure before, and its own clause
    whole: Figure | None = None  # a figure a colon breaks into parts ("6,300 households: 2,700 of pension age and …")
    lead: str | None = None  # the lead-in of a list the figure before is an item of
    for fig in ordered:
        own, sentence = own_clause(p, fig, spans, others)
        bare = own
        went_to = (
            prev is not None
            and _FROM_TO.fullmatch(p.text, prev[0].span[1] - p.span[0], fig.span[0] - p.span[0]) is not None
            and _FROM_BEFORE.search(p.text, 0, prev[0].span[0] - p.span[0]) is not None
        )
        if went_to and prev is not None:
            own = f"{prev[1]} {own}"  # "the charge to go up from £1.85 to £2.15": both are the charge
        start, end0 = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
        if prev is not None:
            gap = p.text[prev[0].span[1] - p.span[0]:start]
            if _SENTENCE_END.search(gap) or ";" in gap:
                whole = None
            elif ":" in gap and _OF_PART.match(p.text, fig.span[1] - p.span[0]):
                whole = prev[0]
        if prev is not None and _OF_WHOM.search(p.text, max(0, start - 24), start):
            own = f"{prev[0].label or ''} {own}"  # "160 families, of whom 27 were in hostels": 27 families
        elif whole is not None and whole is not fig and _OF_PART.match(p.text, fig.span[1] - p.span[0]):
            own = f"{whole.label or ''} {own}"  # "6,300 households: 2,700 of pension age and 3,600 of working age"
        elif p.text[:start].rstrip().endswith("(") and (before := _just_before(p, fig, figures)) is not None:
            own = f"{own_clause(p, before, spans, others)[0]} {own}"  # "£3.6m (29%)": a share of what £3.6m is
        elif prev is not None and BASE_SAID.search(own) and not _SENTENCE_END.search(gap):
            own = f"{prev[1]} {own}"  # "a reuse rate of 21.5%, under the national average of 24.0%": a reuse rate
        elif (prev is not None and prev[0].kind == fig.kind and _RESTATED.fullmatch(gap)
              and (rate_unit(p.text[end0:end0 + 12]) or each_unit(p.text[end0:end0 + 40], at_start=True))):
            own = f"{prev[1]} {own}"  # "cost £52,000 in 2026, about £130 for each inspection": the cost, per inspection
        if prev is not None and prev[0].kind == fig.kind and _LIST_GAP.fullmatch(gap):
            if lead is None:  # the list's lead-in: its sentence before its first item, after any figure before that
                fs = prev[0].span[0] - p.span[0]
                cut = max([a for a, _ in spans if a <= fs] + [f.span[1] - p.span[0] for f in figures if f.span[1] <= prev[0].span[0]],
                          default=0)
                lead = p.text[cut:fs]
            own = f"{lead} {own}"  # "the grant pays for 12 wardens in Wyvern, 8 in Orlwick and 5 in Sampleton": each is paid for
        else:
            lead = None
        if fig.table_row and p.path:  # a table's title says what its cells measure ("Net budget by service")
            own = f"{' '.join(p.path[max(0, len(p.path) - TITLE_LEVELS):])} {own}"
        end = fig.span[1] - p.span[0]
        whole_of = parts_asked(p, fig, figures, spans, nq) if _WHOLE_OF.match(p.text, end) else ""
        yield Reading(fig, own, bare, sentence, went_to, whole_of, prev[1] if prev is not None else None)
        prev = (fig, own)


def part_unasked(p: Passage, r: Reading, nq: NumberQuestion) -> bool:
    """A part of the figure before printed as one ("84,300 residents, 19,000 of them over 65") whose
    own words add none of the question's: the question asks for the whole, not this part."""
    return (r.prev_own is not None and not nq.whole and _OF_THEM.match(p.text, r.fig.span[1] - p.span[0]) is not None
            and not set(nq.terms) & (words(f"{r.bare} {r.fig.label or ''}") - words(r.prev_own)))


def _just_before(p: Passage, fig: Figure, figures: Iterable[Figure]) -> Figure | None:
    """The figure printed just before ``fig`` with nothing but an opening bracket between them."""
    prior = [f for f in figures if f.span[1] <= fig.span[0]]
    if not prior:
        return None
    last = max(prior, key=lambda f: f.span[1])
    return last if p.text[last.span[1] - p.span[0]:fig.span[0] - p.span[0]].strip() == "(" else None


def parts_asked(p: Passage, whole: Figure, figures: Iterable[Figure], spans: list[tuple[int, int]],
                nq: NumberQuestion) -> str:
    """The labels of the parts a whole is broken into after it, up to its sentence's end, when the
    question asks about more than one of them ("the new vehicles and caddies"); "" when one part
    alone holds every measure word the parts hold (then that part is what is asked for)."""
    end = whole.span[1] - p.span[0]
    stop = p.span[0] + next((b for a, b in spans if a < end <= b), len(p.text))
    labels = [f.label or "" for f in figures if whole.span[1] < f.span[0] < stop and f.kind == whole.kind]
    terms = frozenset(nq.terms)
    each = [frozenset(t for t in terms if found(t, ((content_words(x), 1.0),))) for x in labels]  # kin too
    asked = frozenset().union(*each) if each else frozenset()
    return " ".join(labels) if asked and all(e != asked for e in each) else ""
