"""Answering number questions: which of a passage's figures answers a number question (read
by ``councilsearch.index.asking``), decided by mechanism rather than by example. The
question's words (its content words, folded by the same normaliser as figure labels,
``councilsearch.extract.figures.words``; not the names it is about, nor the words that only say
"a number") are looked for in what each figure measures: its label (or table row and column)
first, then its own clause (the words nearer to it than to any other figure), then its sentence
(a list item's with its lead-in); a word's kin (``councilsearch.index.kin``: "footways" for
"pavements", "invested" for "spent") counts half. What the question MEASURES (cost, spend,
income, saving; what "how many" counts) is weighed apart from what it is ABOUT: a figure near
none of its measure words, or saying it measures something else (a grant paid towards a scheme,
for what the scheme costs), or counting another thing the question names (the three pools, for
how many people used them) fits less. A figure whose label or clause holds none of the question's
words, nor its sentence, does not fit: when no figure fits, the hit names none. A financial or
calendar year in the question must agree with the figure's period, and a quarter it names ("in
the third quarter", "Q2") with a quarter its column or label names; a month and year it names
picks the figure dated so. A figure's own clause and what a count counts are read by
``answer_clause``, what the figures printed around it lend it (a whole, a list's lead-in, the start
of "from X to Y") by ``answer_parts``, its year, quarter and end of a range by ``answer_which``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from councilsearch.extract.figures.lexicon import MON, WORDNUM, word_value
from councilsearch.extract.figures.words import content_words, fold, overlap
from councilsearch.index.answer_clause import (
    AGENT,
    OWN_W,
    PERSONS,
    counts_unasked,
    found,
    head,
    in_row_label,
    names_other_body,
    not_a_count,
    said_as_verb,
    spell_or_not_asked,
    words,
)
from councilsearch.index.answer_parts import PART_W, apposed_changes, part_unasked, read_in_turn
from councilsearch.index.answer_which import (
    EXTREME_W,
    YEAR_EARLIER,
    column_when,
    range_ends,
    when_iso,
    which_column,
)
from councilsearch.index.asking import (
    FLOW_WORDS,
    PER_N,
    PER_N_TEXT,
    STOCK_NOUNS,
    NumberQuestion,
    each_unit,
    in_document_year,
    number_question,
    quarters_named,
    rate_unit,
    spell_days,
    weigh,
)
from councilsearch.index.kin import MEASURE_WORDS, compounds, kin, said_measures
from councilsearch.ingest.sentences import line_sentences
from councilsearch.models import Figure, Hit, Passage

__all__ = ["NumberQuestion", "answers_kind", "best_answer", "figure_fit", "number_question", "top_answer", "weigh"]

_MONTH_YEAR = re.compile(rf"\b(?:{MON})\.?\s+(?:19|20)[0-9]{{2}}\b", re.I)
# what would or could have happened, not what did or will ("would have saved", "could have been")
_UNREAL = re.compile(r"\b(?:would|could|might)\s+have\b", re.I)
# what a change is said with: a figure answering "by how much will parking charges go up" is a rise or a fall
_CHANGED = re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|increas\w*|decreas\w*|reduc\w*|fall(?:s|ing|en)?|fell|grow\w*|grew|"
                      r"up|down|cut\w*|more|less|fewer|additional|extra|higher|lower|chang\w*|uplift\w*|sav(?:e|es|ed|ing|ings))\b", re.I)


# where a measure word is found: the figure's label (1), its own clause, its sentence, its passage
SENT_W, CONTEXT_W = 0.3, 0.15
PERIOD_W = 0.05  # a figure of the year the question names
CLOSE_W = 0.02  # of labels holding the same words, the one that says less else
WHEN_W = 0.08  # a figure whose clause names the month and year the question names ("at 31 March 2027")
OTHER_MEASURE = 0.1  # "what will the scheme cost": not "the agency will pay £1.2m towards the scheme"
COUNTS_OTHER = 0.25  # "how many people used the three pools": "three" counts pools, not people
# "how many children …": not "Of these, 140 households …", a count printed with another noun whose label,
# clause and whole do not hold the one the question counts (the whole's words are not the part's noun)
COUNTS_UNASKED = 0.15
FLOW_W = 0.1  # a flow into or out of a stock for a question about the stock, or the reverse
_STANDS = re.compile(r"\b(?:stands?|stood|balance|held|holds?|level\s+of)\b", re.I)
NO_MEASURE = 0.1  # a figure near none of the question's measure words nor their kin
PART_SHARE = 0.02  # "how much of X is Y": of an amount and its share that fit alike, the amount
SPELL_W = 0.1  # "waiting longer than six weeks": a figure whose clause states the same spell ("over 42 days")
OTHER_BODY = 0.1  # "the council itself": a figure whose clause names another body pays or charges for that one
_SELF = frozenset({"itself", "themselves"})
GIVEN_W = 0.05  # a figure whose sentence holds a number the question states ("a couple on £340 a week")
LEVEL_W = 0.2  # "by what amount is the levy to fall": not the level it falls to ("cut to £6.2m")
# a level a change arrives at or leaves: "dropped to £4.7m", "up from £3.20 to £3.45"
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s*$", re.I)
_YEARLY = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+(?:year|annum)|annually|yearly)\b", re.I)
# a difference: a figure printed with its sign ("+£0.21m", "-£0.34m") or in a variance column answers a question
# about a level less than one about a change, an over- or underspend, a gap
_SIGNED = re.compile(r"\s*[+\-−–]\s*[£$]?[0-9]")
_DIFF_COL = re.compile(r"\b(?:varian\w*|difference|change|movement)\b", re.I)
_ASKS_DIFF = re.compile(rf"{_CHANGED.pattern}|\b(?:over|under)\w*|\bvarian\w*|\bdeficit\w*|\bsurplus\w*|\bgap\w*|"
                        r"\bshort\w*|\bdifferen\w*|\bmovement\w*|\bpressure\w*", re.I)
SIGNED_W = 0.2
DIFF_W = 0.05
_NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_TIME_UNITS = frozenset(fold(u) for u in ["minutes", "hours", "days", "nights", "weeks", "months", "years"])
_DURATION = re.compile(rf"([0-9][0-9,]*(?:\.[0-9]+)?|{WORDNUM})[\s-]+([^\W\d_]+)", re.I)



def answers_kind(fig: Figure, nq: NumberQuestion) -> bool:
    """Can this figure answer the question at all: a number (not a period or date) of the
    asked-for kind, if the question names one."""
    return (
        fig.kind not in ("period", "date")
        and (nq.kind is None or fig.kind == nq.kind)
        and fig.surface.lower().replace(",", "") not in nq.given
        and _NUMBER.sub(lambda m: m.group(0).replace(",", ""), fig.surface).strip("£$ ") not in nq.stated
        and (nq.kind == "count" or not fig.surface.isalpha())  # "three centres" counts; it is no amount
        and not (nq.much and fig.kind == "count")  # "how much more will parking cost": an amount, not a number of things
    )


def as_count(fig: Figure, nq: NumberQuestion) -> Figure:
    """A duration in the unit a "how many days/hours/weeks" question counts ("shut for 17 days"),
    read as that count; any other figure as it is."""
    if fig.unit != "duration" or nq.kind != "count" or (nq.counted not in _TIME_UNITS and not nq.duration):
        return fig
    m = _DURATION.fullmatch(fig.surface.strip())
    n = (float(m.group(1).replace(",", "")) if m.group(1)[0].isdigit() else word_value(m.group(1))) if m else None
    if n is None or m is None or (not nq.duration and fold(m.group(2)) != nq.counted):
        return fig
    # "how long did they wait": "61 weeks" answers as 61, in its own unit (a duration still)
    return replace(fig, kind="count", unit="duration" if nq.duration else "count", value=n)


def _with_kin(words: set[str]) -> frozenset[str]:
    return frozenset(words).union(*(kin(w) for w in words))


def figure_fit(
    fig: Figure, nq: NumberQuestion, own: str, sentence: str, after: str = "", context: frozenset[str] = frozenset(),
    parts: str = "", into: dict[str, float] | None = None,
) -> float:
    """How well a figure answers a number question, 0 when it does not: 0.5 plus the weighted
    share of the question's measure words (each weighs its rarity, ``weigh``) found in what it
    measures (its label, table row and column: in full; its own clause: 0.7) or only in its
    sentence (0.3), plus a little for the names the question gives and a year it agrees with; a
    question asking for an amount per unit ("hourly", "a week") wants a figure printed per that
    unit ("£19.40 an hour", a row "Respite care (per hour)"), and a figure printed per unit does not
    answer a question asking for a total. A figure none of whose label, clause or sentence holds a
    measure word does not fit (unless the question names no measure at all). A year the question
    names must be the figure's period. ``after``: the text just after the figure ("a week");
    ``context``: the content words of its passage and headings, where a measure word counts least
    (0.15: "libraries" in the heading over "an overspend of £370,000"); ``parts``: what the parts
    of a whole measure, which the whole measures too ("£4.3m comprises £3.6m for vehicles and …");
    ``into``: filled with the parts the fit is made of (what ``bench/numfit_train.py`` fits weights to)."""
    if not answers_kind(fig, nq):
        return 0.0
    if nq.period and fig.period and fig.period != nq.period and ("/" in nq.period) == ("/" in fig.period):
        return 0.0  # another year's figure (a financial year against a financial year)
    if nq.quarters and (fq := quarters_named(f"{fig.table_col or ''} {fig.label or ''}")) and not set(fq) & set(nq.quarters):
        return 0.0  # another quarter's figure ("in the second quarter": not the Q1 column)
    # the measure (the label without the rate and restricting phrase figures.v17 adds): the rate is
    # read from ``after``, the clause from ``sentence``, as before those joined the label
    labelled = " ".join(x for x in (fig.measure or fig.label, fig.table_row, fig.table_col) if x)
    terms = set(nq.terms)
    label = _spelt(words(f"{labelled} {parts}") | compounds(labelled, frozenset(terms)), nq)
    own_w = _spelt(words(own) | compounds(own, frozenset(terms)), nq)
    sent_w = _spelt(words(sentence), nq)
    names = set(nq.names)
    name_share = len(names & (label | sent_w)) / len(names) if names else 0.0
    named = names & label  # a name the figure counts ("14 Independent" for "how many Independent councillors")
    if not terms and not named:
        if into is not None:
            into.update(bare=1.0, name_share=name_share, hand=0.5 + 0.1 * name_share)
        return 0.5 + 0.1 * name_share
    w = nq.weight
    near = ((label, 1.0), (own_w, OWN_W), (sent_w, SENT_W))
    held = {t: found(t, near) for t in terms}
    for t in nq.of_whole:  # a list of shares says its whole once: "a population with 36% from X, 30% from Y"
        held[t] = max(held[t], found(t, ((label, 1.0), (own_w | sent_w, OWN_W))))
    near_words = label | own_w | sent_w
    same_year = bool(nq.period) and fig.period == nq.period
    # it must hold a word of the question, or of what it is about through its kin ("footways" for
    # "pavements"): a measure met only through its kin ("cost" for "spend") is not enough, nor a
    # question word only in its passage unless it is of the year asked
    # what it MEASURES (``nq.measures``) says whether a figure must measure it; any measure word of the
    # question, even one naming what it is about ("the payment scheme"), counts as one once it must
    measures = set(nq.measures)
    measuring = (terms & MEASURE_WORDS) | measures if measures else set()
    if not (any(held[t] for t in terms if t in near_words or t not in measuring) or named
            or (same_year and terms & context)):
        return 0.0
    got_w = sum(w(t) * (held[t] or (CONTEXT_W if t in context else 0.0)) for t in terms)
    total = sum(w(t) for t in terms)
    each_name = total / len(terms) if terms and total else 1.0  # a name weighs an average measure word
    got_w += each_name * len(named)
    share = got_w / (total + each_name * len(named)) if total + len(named) else 0.0
    # the year and quarter it is of, against those the question means; a total, for a question asking a whole
    period_bonus = (PERIOD_W if same_year else 0.0) + which_column(fig, nq, labelled, own)
    # of two labels holding the same measure words, the one that says less else fits better
    # ("actual income" over "target for new fee income")
    closeness = CLOSE_W * overlap(frozenset(terms), label)
    if nq.when:  # "go up in August 2027" and "be increased by 3.2% from 1 August 2027", not "at 30 September 2027"
        dates = {" ".join(m.group(0).lower().split()) for m in _MONTH_YEAR.finditer(own)}
        if not dates:  # "At 30 June 2027 there were 90 households, of whom 12 …": the sentence dates both
            dates = {" ".join(m.group(0).lower().split()) for m in _MONTH_YEAR.finditer(sentence)}
        if YEAR_EARLIER.search(own):  # "214 households, compared with 161 a year earlier": 161 is of the year before
            dates = {re.sub(r"[0-9]{4}$", lambda m: str(int(m.group(0)) - 1), d) for d in dates}
        closeness += WHEN_W if nq.when in dates else (-WHEN_W / 2 if dates else 0.0)
    # the unit printed right after the figure says what it is per before its label does: "a bedsit costs £190
    # a week, about £9,900 a year" (label "weekly-let bedsit costs a year"): £9,900 is no weekly rate
    per = (rate_unit(after[:12]) or each_unit(after, at_start=True) or (None if _YEARLY.match(after) else rate_unit(labelled))
           if fig.kind == "money" else None)
    if PER_N_TEXT.match(after.lstrip()):
        per = PER_N  # "41 per 1,000 pupils": a rate per a number of things
    got: dict[str, float] = {}
    if nq.rate:
        rate = 0.1 if per == nq.rate else (0.05 if per else -0.1)
        got["rate_same" if per == nq.rate else ("rate_other" if per else "rate_none")] = 1.0
    else:
        rate = -0.05 if per else 0.0
        got["rate_unasked"] = 1.0 if per else 0.0
    diff_col = bool(fig.table_row and _DIFF_COL.search(fig.table_col or ""))
    if nq.change and not _CHANGED.search(f"{labelled} {own}") and not diff_col:
        rate -= 0.1  # "by how much will parking charges go up": not the number of spaces they are for
        got["unchanged"] = 1.0
    asks_diff = nq.change or bool(_ASKS_DIFF.search(" ".join(w for _, w in nq.words)))
    if (_SIGNED.match(fig.surface) or diff_col) and not asks_diff:
        rate -= SIGNED_W  # "how much went on street cleaning": not the row's variance against its budget ("-£0.34m")
        got["signed"] = 1.0
    elif diff_col and asks_diff:
        rate += DIFF_W  # "by what sum did the parks service overspend": the row's variance, not its forecast
    if _UNREAL.search(own) and not nq.unreal:
        rate -= 0.2  # "merging two depots would have saved £185,000": an option not taken, not what happens
        got["unreal"] = 1.0
    if measures and (said := said_measures(f"{labelled} {parts}".strip() or own)) and not said & _with_kin(measuring):
        rate -= OTHER_MEASURE  # says what else it measures: a grant paid towards a scheme is not what it costs
        got["other_measure"] = 1.0
    if any(w in _SELF for _, w in nq.words) and names_other_body(f"{labelled} {own}"):
        rate -= OTHER_BODY  # "what must the county find itself": not "the Wyvern Rivers Agency will pay £3m"
        got["other_body"] = 1.0
    if nq.flow is not None and STOCK_NOUNS.search(own):
        moves = bool(FLOW_WORDS.search(own)) and not _STANDS.search(own)
        if moves != nq.flow:  # "a contribution of £2m from the reserve" does not say how large the reserve is
            rate -= FLOW_W
            got["flow"] = 1.0
    noun, counts = head(fig, own, after) if nq.counted and fig.kind == "count" else (None, near[:2])
    if (noun is not None and noun in terms - {nq.counted} and found(nq.counted or "", counts) == 0.0
            and not said_as_verb(noun, nq)
            and not (nq.counted in PERSONS and AGENT.search(fig.label or fig.table_row or ""))):
        rate -= COUNTS_OTHER  # counts another thing the question names: "how many people used the three pools"
        got["counts_other"] = 1.0
    elif nq.counted and fig.kind == "count" and counts_unasked(fig, nq.counted, after, near[:2]):
        rate -= COUNTS_UNASKED  # "how many children": not "140 households", whatever whole they are part of
        got["counts_unasked"] = 1.0
    if measures and not any(found(t, near) for t in measuring):
        rate -= NO_MEASURE  # "what sum went into the depot": not "the depot closed with a £3m gap"
        got["no_measure"] = 1.0
    if nq.part and fig.kind == "percent":
        rate -= PART_SHARE
        got["part_share"] = 1.0
    if nq.spell and (spell := spell_days(own)) and abs(spell - nq.spell) <= 0.1 * nq.spell:
        rate += SPELL_W
        got["spell"] = 1.0
    if nq.stated and set(nq.stated) & {n.replace(",", "") for n in _NUMBER.findall(sentence)}:
        rate += GIVEN_W  # the example the question states is this sentence's: "on £340 a week ... £8.20 a week"
        got["given"] = 1.0
    fit = max(0.05, min(1.0, 0.5 + 0.4 * share + 0.05 * name_share + period_bonus + closeness + rate))
    if into is not None:
        near_of = overlap(frozenset(terms), label)
        into.update(got, share=share, name_share=name_share, names_label=len(named) / len(names) if names else 0.0,
                    same_year=float(same_year), overlap=near_of, when=closeness - CLOSE_W * near_of, hand=fit,
                    **_shares(terms, w, total, (label, own_w, sent_w, frozenset(context)), held))
    return fit


def _spelt(words: frozenset[str], nq: NumberQuestion) -> frozenset[str]:
    """``words`` with the question's words that an acronym among them stands for ("hra": "housing",
    "revenue", "account" when the question spells them out)."""
    if not nq.initials:
        return words
    more = [terms for short, terms in nq.initials if short in words]
    return words.union(*more) if more else words


def _shares(terms: set[str], w: Callable[[str], float], total: float,
            places: tuple[frozenset[str], ...], held: dict[str, float]) -> dict[str, float]:
    """The weighted share of the question's measure words found in each place (label, own clause,
    sentence, passage) by the word itself, and the share held only through kin."""
    if not total:
        return {}
    names = ("in_label", "in_own", "in_sentence", "in_context")
    out = {n: sum(w(t) for t in terms if t in words) / total for n, words in zip(names, places, strict=True)}
    near = places[0] | places[1] | places[2]
    out["by_kin"] = sum(w(t) for t in terms if held.get(t) and t not in near) / total
    return out


def best_answer(
    p: Passage, figures: Iterable[Figure], nq: NumberQuestion, as_of: str | None = None
) -> tuple[Figure | None, float]:
    """The figure of passage ``p`` that best answers ``nq``, and how well (None, 0.0 when
    none of them fits). Of a table row's figures that fit alike, a question naming no year takes
    the latest column that is not after the document's date ``as_of`` (ISO): a balance "at 31/03/26"
    over "at 01/04/25", this year's budget over a later year's plan."""
    now = when_iso(as_of)
    nq = in_document_year(nq, as_of)
    best, best_score = None, 0.0
    for fig, s, went_to, _ in fit_candidates(p, figures, nq):
        later = False
        if best is not None and abs(s - best_score) < 1e-9:  # fits as well as the best so far
            later = nq.latest and ((fig.period or "") > (best.period or "") or bool(went_to))
            if not later and not nq.period and fig.table_row and fig.table_row == best.table_row:
                w_new, w_old = column_when(fig), column_when(best)
                later = w_new is not None and w_old is not None and w_new > w_old and (now is None or w_new <= now)
        if s > best_score + 1e-9 or later:
            best, best_score = fig, max(s, best_score)
    return best, best_score


def fit_candidates(
    p: Passage, figures: Iterable[Figure], nq: NumberQuestion, record: bool = False
) -> list[tuple[Figure, float, bool, dict[str, float]]]:
    """The figures of passage ``p`` that fit ``nq`` at all, in text order: (figure, hand-set fit,
    whether it is the later of "from X to Y", the parts of its fit when ``record``)."""
    figures = [as_count(f, nq) for f in figures]
    figs = [f for f in figures if answers_kind(f, nq) and not (f.kind == "count" and not_a_count(p, f, nq))
            and not in_row_label(p, f) and spell_or_not_asked(p, f, nq)]
    if not figs:
        return []
    spans = line_sentences(p.text)
    ordered = sorted(figs, key=lambda f: f.span[0])
    ends = range_ends(p.text, p.span[0], ordered)
    # where one figure's clause ends and the next one's begins: halfway between them, but a count
    # inside a noun phrase is no boundary ("the six mobile libraries stop for 140 hours"), nor for
    # an amount any count ("buy 12 refuse vehicles for £2.9m": the vehicles are what £2.9m buys)
    bounds = ("money", "percent", "count") if nq.kind in ("count", None) else ("money", "percent")
    others = sorted(f.span[0] - p.span[0] for f in figures if f.kind in bounds and not f.surface.isalpha())
    context = content_words(" ".join((*p.path, p.text)))
    changes = apposed_changes(p, ordered)  # "£6.2m, an increase of £0.4m": the change, by index, and its level
    levels = set(changes.values())
    asks_change = nq.change or bool(_CHANGED.search(" ".join(w for _, w in nq.words)))
    owns: list[str] = []
    out: list[tuple[Figure, float, bool, dict[str, float]]] = []
    for n, r in enumerate(read_in_turn(p, ordered, figures, spans, others, nq)):
        fig = r.fig
        owns.append(r.own)
        if n in changes and asks_change:
            r = replace(r, own=f"{owns[changes[n]]} {r.own}")  # the change measures what its level does
        start, end = fig.span[0] - p.span[0], fig.span[1] - p.span[0]
        got: dict[str, float] | None = {} if record else None
        # a range's bottom is printed with what its top is per: "between £4,500 and £9,000 a week"
        top_end = ordered[n + 1].span[1] - p.span[0] if ends.get(n) == "low" and ends.get(n + 1) == "high" else end
        s = figure_fit(fig, nq, r.own, r.sentence, p.text[top_end:top_end + 40], context, r.whole_of, got)
        if s > 0 and part_unasked(p, r, nq):
            s = max(0.05, s - PART_W)  # "84,300 residents, 19,000 of them over 65": not the population
        # "by what amount is the levy to fall": not "cut to £6.2m", nor the level of "£6.2m, a fall of £0.4m"
        level = s > 0 and ((nq.change and _LEVEL_BEFORE.search(p.text, max(0, start - 8), start) is not None)
                           or (asks_change and n in levels))
        if level:
            s = max(0.05, s - LEVEL_W)
        if s > 0 and nq.extreme and n in ends and ends[n] != nq.extreme:
            s = max(0.05, s - EXTREME_W)  # "how large could the gap be at worst": not the bottom of "between £0.6m and £0.95m"
        if s > 0:
            if got is not None:
                got.update(hand=s, level=float(level), went_to=float(r.went_to), table=float(bool(fig.table_row)),
                           figures=float(len(figs)), kind=float(nq.kind is None), **{f"is_{fig.kind}": 1.0})
            out.append((fig, s, r.went_to, got or {}))
    return out


ANSWER_WITHIN = 3  # an answer box names a figure from one of the first three hits, never lower


def top_answer(hits: Sequence[Hit]) -> tuple[int, Hit] | None:
    """(rank, hit) of the best-ranked hit among the first ``ANSWER_WITHIN`` that names the figure
    answering a number question; None when none does (then there is no answer box)."""
    for n, h in enumerate(hits[:ANSWER_WITHIN], 1):
        if h.answer is not None:
            return n, h
    return None
