"""A figure read with the figures printed around it, for answering number questions
(``answer.fit_candidates`` reads each candidate so): the later of "from £1.85 to £2.15" is the
same measure as the earlier; a part says what its whole measures ("160 families, of whom 27 …",
"6,300 households: 2,700 of pension age and …"), and a whole what its parts measure ("£4.3m
comprises £3.6m for vehicles and £0.7m for …", ``parts_asked``); a share in brackets measures what
the figure before it does ("£3.6m (29%)"); a comparison base what the council's figure beside it
does; an amount restated per unit what the amount does ("£52,000 in 2026, about £130 for each
inspection"); each item of a list what its lead-in says ("12 wardens in Wyvern, 8 in Orlwick and
5 …"); a table's cell what the table's title says. A part printed after its whole ("9,600 members, of
whom 2,100 …", a sentence opening "Of those …,", and the items listed after such a part) answers only
a question naming what it adds to its whole (``part_unasked``); a change printed after its level
("£6.2m, an increase of £0.4m", "530 empty shops, 44 fewer than …") is found by ``apposed_changes``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from councilsearch.extract.figures.change import CHANGE_NOUNS
from councilsearch.extract.figures.lexicon import MON
from councilsearch.extract.figures.words import STOP_WORDS, content_words, fold
from councilsearch.index.answer_clause import found, own_clause, words
from councilsearch.index.answer_which import BASE_SAID
from councilsearch.index.asking import NumberQuestion, each_unit, rate_unit, spell_days
from councilsearch.index.kin import kin
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
_LAST_JOIN = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\b(?:and|or)\s+)(?=[£$]?$)", re.I)
_OF_WHOM = re.compile(r"\bof\s+(?:whom|which|these|those|them)\s*,?\s*$", re.I)
# an amount restated per unit right after another ("£52,000 in 2026, about £130 for each inspection", "£7,800 a
# year, or £150 a week"): the gap between them, a year of the first at most
_RESTATED = re.compile(r"(?:\s+(?:a\s+year|in\s+(?:19|20)[0-9]{2}(?:/[0-9]{2})?))?\s*,?\s*(?:or\s+)?(?:about|around|roughly|some|"
                       r"approximately|nearly|almost|equal\s+to|the\s+same\s+as)?\s*", re.I)
# a part of the figure before, printed as one ("19,000 of them over 65"):
# for a question none of whose words the part's own clause adds, the whole answers, not the part
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
# a sentence that opens on the whole the sentence before counted ("Of those children, 204 lived with
# foster carers and 41 in children's homes"): each of its figures is a part of that whole
_OF_THOSE_OPEN = re.compile(r"\s*(?:[-•*]\s*)?of\s+(?:those|these|them|which|whom|the\s+total)\b", re.I)
PART_W = 0.15
_WORD = re.compile(r"[^\W\d_]+")
# a part printed with a preposition after it ("and 500 by taxi") says no verb
_PREPOSITIONS = frozenset(["by", "in", "at", "on", "with", "for", "from", "to", "of", "under", "over", "through", "via", "as", "into", "within", "outside", "inside"])
_NUMERAL = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# between two parts of one whole: a list's joiner, not a comparison ("… of whom 52 were in
# hotels, as against 240 the spring before": 240 is no part)
_PART_GAP = re.compile(r"(?![^.;]*\b(?:compared|against|than|from|to|up|down|while|whereas|rising|falling|rose|fell)\b)"
                       r"[^.;]{0,80}?(?:,|\band\b|\bor\b)[^.;]{0,40}", re.I)
PART_ASKED = 0.5  # a part answers a question holding at least this share of the words it adds to its whole
# a change printed right after the level it is the change of: "the levy is £6.2m, an increase of £0.4m on
# last year", "46.1%, up 2.3 points", "530 empty shops, 44 fewer than a year before"
_CHANGE_NOUN = "(?:" + "|".join((*CHANGE_NOUNS, "uplift", "change", "improvement", "deterioration", "decline")) + ")"
# (_CHANGE_NOUN: the nouns of change of extract.figures.change, and those naming a move only beside a level: "an uplift of 2%", "an improvement of 3 points")
_LEVEL_TAIL = r"(?:\s+[^\s,.;:()£$]+){0,10}?"  # the level's own words after it ("530 empty shops in May 2027, …")
_CHANGE_GAP = re.compile(rf"{_LEVEL_TAIL}\s*(?:\([^()]{{0,30}}\)\s*)?,\s*(?:(?:(?:an?|the)\s+)?(?:(?:net|real|annual|overall)\s+)?"
                         rf"{_CHANGE_NOUN}\s+(?:of|by)|(?:(?:a|an)\s+)?(?:up|down)(?:\s+by)?)\s*[£$]?\s*", re.I)
_COMMA_GAP = re.compile(rf"{_LEVEL_TAIL}\s*,\s*(?:or\s+)?[£$]?\s*")
_CHANGE_AFTER = re.compile(r"\s*(?:(?:per\s*cent|percentage\s+points?|points?|%)\s+)?(?:more|fewer|less|higher|lower)\s+than\b",
                           re.I)
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
    part_of: Figure | None = None  # the whole it is a part of ("9,600, of whom 2,100 …", "Of those children, 204 …")
    whole_own: str = ""  # that whole's own clause


def read_in_turn(p: Passage, ordered: list[Figure], figures: list[Figure], spans: list[tuple[int, int]],
                 others: list[int], nq: NumberQuestion) -> Iterator[Reading]:
    """Each of ``ordered`` (the candidates, in text order) read with the figures around it
    (``figures``: all the passage's; ``spans``: its sentences; ``others``: where the figures that
    bound a clause start)."""
    prev: tuple[Figure, str] | None = None  # the figure before, and its own clause
    whole: Figure | None = None  # a figure a colon breaks into parts ("6,300 households: 2,700 of pension age and …")
    lead: str | None = None  # the lead-in of a list the figure before is an item of
    zone: tuple[Figure, str, int] | None = None  # a whole, its own clause, and where the sentence of its parts ends
    owns: list[tuple[Figure, str]] = []  # the figures read so far, with their own clauses
    joins = [_item_join(p, a, b) for a, b in pairwise(ordered)]  # joins[i]: between items i and i + 1
    for i, fig in enumerate(ordered):
        own, sentence = own_clause(p, fig, spans, others)
        start = fig.span[0] - p.span[0]
        own = _to_next_item(p, fig, joins[i] if i < len(joins) else None, own)
        if i > 0 and (join := joins[i - 1]) is not None:
            # an item of a list begins at its joiner, not halfway from the item before: "1,900 travel by bus and
            # 500 by taxi" (the bus is the first item's)
            at = _own_at(p, fig, own)
            if 0 <= at < join.end():
                own = p.text[join.end():at + len(own)]
        bare = own
        zone = _parts_zone(p, fig, prev, owns, spans, zone)
        part_of = zone[0] if zone is not None and zone[0] is not fig and zone[0].kind == fig.kind else None
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
        yield Reading(fig, own, bare, sentence, went_to, whole_of, prev[1] if prev is not None else None,
                      part_of, zone[1] if part_of is not None and zone is not None else "")
        prev = (fig, own)
        owns.append((fig, own))


def _item_join(p: Passage, a: Figure, b: Figure) -> re.Match[str] | None:
    """The joiner (a comma, "and", "or") between ``a`` and ``b`` when they are items of one list
    ("1,900 travel by bus and 500 by taxi"), else None."""
    if a.kind != b.kind:
        return None
    gap_from, gap_to = a.span[1] - p.span[0], b.span[0] - p.span[0]
    return _LAST_JOIN.search(p.text, gap_from, gap_to) if _LIST_GAP.fullmatch(p.text, gap_from, gap_to) else None


def _own_at(p: Passage, fig: Figure, own: str) -> int:
    """Where ``fig``'s own clause ``own`` starts in the passage's text (-1: not around the figure)."""
    start = fig.span[0] - p.span[0]
    return p.text.find(own, max(0, start - len(own)), start + len(own))


def _to_next_item(p: Passage, fig: Figure, join: re.Match[str] | None, own: str) -> str:
    """``own`` (``fig``'s own clause) run on to ``join``, the joiner of the list item after it, when one
    follows ("1,900 travel by bus and 500 by taxi": the bus is 1,900's, though nearer halfway to 500)."""
    if join is None:
        return own
    at = _own_at(p, fig, own)
    return p.text[at:join.start()] if at >= 0 and at + len(own) < join.start() else own


def apposed_changes(p: Passage, ordered: list[Figure]) -> dict[int, int]:
    """Of ``ordered`` (candidates in text order), each that is the change of the figure right before
    it ("£6.2m, an increase of £0.4m", "530 empty shops, 44 fewer than a year before"), by its index,
    with the index of that level."""
    out: dict[int, int] = {}
    for i in range(1, len(ordered)):
        a, b = ordered[i - 1], ordered[i]
        if a.kind != b.kind and not (a.kind == "percent" and b.kind is not None and b.surface[-1:].isdigit()):
            continue
        gap_from, gap_to, end = a.span[1] - p.span[0], b.span[0] - p.span[0], b.span[1] - p.span[0]
        if _CHANGE_GAP.fullmatch(p.text, gap_from, gap_to) or (
                _COMMA_GAP.fullmatch(p.text, gap_from, gap_to) and _CHANGE_AFTER.match(p.text, end)):
            out[i] = i - 1
    return out


def _parts_zone(p: Passage, fig: Figure, prev: tuple[Figure, str] | None, owns: list[tuple[Figure, str]],
                spans: list[tuple[int, int]], zone: tuple[Figure, str, int] | None) -> tuple[Figure, str, int] | None:
    """The whole ``fig`` is a part of, if any, with that whole's own clause and the end of the sentence
    its parts are printed in: a figure after "of whom"/"of which" ("9,600 members, of whom 2,100 hold …") or
    printed "N of them" is a part of the figure before, and so is every later figure of its sentence
    ("… 610 of them by bus and 95 by taxi"); every figure of a sentence opening "Of those
    …," is a part of the last figure of the sentence before."""
    start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
    if zone is not None and start < zone[2] and prev is not None and _PART_GAP.fullmatch(p.text, prev[0].span[1] - p.span[0], start):
        return zone
    sent = next(((a, b) for a, b in spans if a <= start < b), (start, end))
    if prev is not None and prev[0].span[1] - p.span[0] >= sent[0] and (
            _OF_WHOM.search(p.text, max(0, start - 24), start) or _OF_THEM.match(p.text, end)):
        return prev[0], prev[1], sent[1]
    if _OF_THOSE_OPEN.match(p.text, sent[0]):
        before = [(f, o) for f, o in owns if f.span[1] - p.span[0] <= sent[0] and f.kind == fig.kind]
        if before:
            return before[-1][0], before[-1][1], sent[1]
    return None


def part_unasked(p: Passage, r: Reading, nq: NumberQuestion) -> bool:
    """A part of a whole printed before it ("84,300 residents, 19,000 of them over 65", "the library has
    9,600 members, of whom 2,100 hold a digital pass", "Of those children, 204 lived with …") whose own words
    add too few of the question's (less than ``PART_ASKED`` of what they add to the whole's): the
    question asks for the whole, not this part."""
    if r.part_of is None or nq.whole or nq.part:
        return False
    if r.fig.kind != "count" and not _OF_THEM.match(p.text, r.fig.span[1] - p.span[0]):
        return False  # an amount's part says what else it is by a verb ("of which £0.2m was recharged to …"), not a noun
    if nq.stated and set(nq.stated) & {n.replace(",", "") for n in _NUMERAL.findall(r.bare)}:
        return False  # "above 250 tonnes" for "loads over 250 tonnes": it says what the question states
    if nq.spell and (spell := spell_days(r.bare)) and abs(spell - nq.spell) <= 0.1 * nq.spell:
        return False  # "unpaid after 70 days" for "owed for over ten weeks"
    # what the part says after its figure, less the verb that says it ("of whom 2,100 hold a digital pass")
    said = r.bare[r.bare.find(r.fig.surface) + len(r.fig.surface):] if r.fig.surface in r.bare else r.bare
    tokens = _WORD.findall(said.lower())
    verb = tokens[0] if tokens and tokens[0] not in STOP_WORDS and tokens[0] not in _PREPOSITIONS else None
    if tokens and tokens[0] in STOP_WORDS:  # "were placed in …", "was recharged to …": a participle after an auxiliary
        verb = next((w for w in tokens[1:3] if w.endswith("ed") and w not in STOP_WORDS), None)
    added = (words(f"{said} {r.fig.label or ''}") - words(f"{r.whole_own} {r.part_of.label or ''}")
             - ({fold(verb)} if verb else set()))
    if not added:
        return True
    asked = frozenset(nq.terms)
    held = sum(1 for w in added if w in asked or kin(w) & asked)
    return held < PART_ASKED * len(added)


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
