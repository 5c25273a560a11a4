"""What restricts the noun a figure measures, read from the dependency parse (no word of any
corpus): the noun's own phrases after it that say which of the thing is meant — an "of" or
"with" phrase ("the price of baled cardboard fell from £64 to £38": the price of cardboard,
not any price; "41 households with pets"), a participle ("rent collected from Wyvern garages
was £2.3m"), a relative clause ("tenants who rent a plot pay £60") — up to a few
words, cut before another figure, a bracket or a comma, and never a span of time (``spans``)
or a phrase naming a year.

The phrase joins the end of the figure's final label (after every other label pass, so it
changes no pass's input) when its words are not there yet; the label it had before is kept
as the figure's measure (``Cand.measure``), so measures still group the figures of one measure
(the table row "Price" and the prose "price of baled cardboard") by what they measure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.rates import is_not_unit, is_rate_det
from councilsearch.extract.figures.words import content_words, fold

_PREPS = frozenset(["of", "with"])
_CLAUSES = frozenset(["acl", "relcl"])
_MAX_WORDS = 6
# units of time and months: a phrase about when is a span or a period, not a restriction
_TIME = frozenset(fold(w) for w in ["day", "days", "week", "weeks", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "term", "terms", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])
_DIGIT = re.compile(r"\d")
_STOP_DEPS = frozenset(["punct", "cc", "appos"])
_SILENT = frozenset(["be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having", "do", "does", "did", "done"])
Chunk = Callable[[Any, dict[int, int]], "str | None"]


def _words(toks: list[Any], owner: dict[int, int], clause: Any = None) -> str | None:
    """The phrase's words up to a figure, a bracket, a comma, a conjunction or a clause of its
    own (not ``clause``, the clause the phrase is: "who applied" is one); None when it names a
    time or has no content word."""
    out: list[Any] = []
    for t in toks:
        if t.i in owner and clause is not None and clause.dep_ == "relcl":
            return None  # "tenants who had missed 2 payments": a clause cut at a figure says less than none
        if t.i in owner or t.dep_ in _STOP_DEPS or t.text in "()[]" or (
                out and t.dep_ in _CLAUSES and (clause is None or t.i != clause.i)):
            break
        out.append(t)
    if len(out) > _MAX_WORDS:
        cut = _MAX_WORDS
        while cut < len(out) and cut < _MAX_WORDS + 3 and out[cut - 1].head.i > out[cut - 1].i:
            cut += 1  # never end inside a noun phrase ("to the Orlwick reserve")
        out = out[:cut]
    while out and (out[-1].tag_ in ("IN", "DT", "TO", "CC", "PRP$", "POS") or out[-1].dep_ in ("aux", "auxpass")):
        out.pop()
    if any(fold(t.lower_) in _TIME or _DIGIT.search(t.text) for t in out):
        return None
    text = " ".join(t.text for t in out if t.tag_ not in ("DT", "PRP$")).replace(" 's", "'s")
    return text if len(content_words(text)) >= 1 and len(out) >= 2 else None


def restricting(noun: Any, owner: dict[int, int], ids: set[int], chunk: Chunk) -> str | None:
    """The phrase after ``noun`` that restricts it: its relative clause ("who rent a plot"),
    else, for the counted object of a verb with a subject, who did it ("the wardens have removed
    2,300 trolleys": "wardens have removed"), else its first "of"/"with" phrase or participle
    ("of baled cardboard", "collected from Wyvern garages"); else None."""
    rel = next((ch for ch in noun.children if ch.dep_ == "relcl" and noun.i < ch.i <= noun.i + 3 and ch.i not in owner), None)
    if rel is not None and (got := _words([t for t in rel.subtree if t.i > noun.i], owner, rel)):
        return got  # "the warden thanked the 85 volunteers who cleared the towpath": which volunteers
    if (agent := _agent(noun, owner, ids, chunk)) is not None:
        return agent
    for ch in noun.children:
        if ch.i <= noun.i or ch.i in owner:
            continue
        if ch.dep_ == "prep" and ch.lower_ in _PREPS:
            got = _words(list(ch.subtree), owner)
        elif ch.dep_ in _CLAUSES and ch.i <= noun.i + 2:
            got = _words([t for t in ch.subtree if t.i > noun.i], owner, ch)
        else:
            continue
        if got:
            return got
    return None


def _who(subj: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """The subject's noun phrase, its first letter lower-cased when only the sentence's start
    made it a capital ("Wardens took" -> "wardens")."""
    who = chunk(subj, owner)
    if not who:
        return None
    first = subj.doc[max(subj.i - len(who.split()) + 1, 0)]
    if first.is_sent_start and first.tag_ in ("NN", "NNS", "JJ") and who[:1].isupper() and not who.isupper():
        who = who[0].lower() + who[1:]
    return who


def _agent(noun: Any, owner: dict[int, int], ids: set[int], chunk: Chunk) -> str | None:
    """"wardens have removed" for the counted object of "the wardens have removed 2,300
    trolleys" (the trolleys the wardens have removed): the noun is the object of a verb whose
    subject is a noun (not a pronoun), and the figure counts the noun. Written as a relative
    clause, so any tense and any verb reads right ("bids the Orlwick fund drew")."""
    verb = noun.head
    if noun.dep_ != "dobj" or not verb.tag_.startswith("VB") or verb.lower_ in _SILENT:
        return None
    if not any(t.head.i == noun.i and t.dep_ in ("nummod", "quantmod", "compound") for t in noun.doc if t.i in ids):
        return None
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.i in owner or not subj.tag_.startswith("NN") or any(t.i in owner for t in subj.subtree):
        return None  # a subject counted by another figure is that figure's ("40 late buses means")
    who = _who(subj, owner, chunk)
    if not who:
        return None
    aux = [t.text for t in verb.children if t.dep_ in ("aux", "neg") and t.i < verb.i]
    return " ".join([who, *aux, verb.text])


def rate_of(toks: list[Any], owner: dict[int, int]) -> str | None:
    """The rate a figure is written with, from the parse: a noun hung on the figure as a
    measure of it with a determiner of a rate (``rates``: "£14 a week", "£90 a plot", "£3.10 a
    school day", "£40 every month") or a "per" phrase ("£5,400 per week"); not a time before
    which ("12% a year earlier": the noun hangs on "earlier", not on the figure). None when
    there is none."""
    ids = {t.i for t in toks}
    for t in toks:
        for ch in t.children:
            if ch.i in ids or ch.i < t.i or ch.i in owner or ch.i > max(ids) + 4:
                continue
            if ch.dep_ == "npadvmod" and ch.tag_.startswith("NN"):
                det = [d for d in ch.children if d.dep_ == "det" and is_rate_det(d.lower_)]
                mods = [d for d in ch.children if d.dep_ in ("compound", "amod") and d.i < ch.i]
                if det and not any(d.i in owner for d in ch.subtree):
                    return " ".join([det[0].lower_, *(d.text for d in mods), ch.text])
            if ch.dep_ == "prep" and ch.lower_ == "per":
                obj = next((p for p in ch.children if p.dep_ == "pobj" and p.tag_.startswith("NN")
                            and not is_not_unit(p.text)), None)
                if obj is not None and obj.i not in owner and not _DIGIT.search(obj.text):
                    return f"per {obj.text}"
    return None


def on_average(h: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """"average bed costs" for "a bed costs on average £142": "on average" is an adverb the
    parser makes the figure's preposition, so the figure hangs on "on" instead of the verb it is
    the object of. The label is "average", the verb's subject (with its own restricting phrase,
    which ``restricting`` adds at the end) and the verb; a noun the parser made of the verb
    ("costs") stands for both. None when the figure is not written so."""
    prep = h.head
    if h.dep_ != "pobj" or prep.lower_ != "on" or not any(
            t.lower_ == "average" for t in (*h.children, *prep.children) if t.i < h.i):
        return None
    host = prep.head
    if host.tag_.startswith("NN"):
        said = chunk(host, owner)
    elif host.tag_.startswith("VB"):
        subj = next((ch for ch in host.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i not in owner), None)
        who = _who(subj, owner, chunk) if subj is not None and subj.tag_.startswith("NN") else None
        said = " ".join(x for x in (who, host.lower_) if x)
    else:
        return None
    return f"average {said}" if said else None


def add_restrictions(cands: Sequence[Cand], found: dict[int, list[str]]) -> None:
    """Each prose figure's restricting phrase and rate (``found``: ``id`` of the candidate ->
    the phrases, in order) whose words its final label lacks join it at the label's end; its
    label before is its measure."""
    for c in cands:
        if not c.label or c.kind not in LABEL_KINDS or c.in_table_cell:
            continue
        for phrase in found.get(id(c), ()):
            said = content_words(c.label)
            if content_words(phrase) <= said or (phrase.startswith("of ") and " of " in c.label):
                continue  # said already, or the label has its "of" phrase ("tonnes of grit")
            last = next((w for w in reversed(phrase.split()) if content_words(w)), "")  # "buys care for": "care"
            if content_words(last) <= said and not phrase.startswith(("of ", "with ")):
                continue  # the label has the verb already ("made 30 checks outside the booked visits")
            c.measure = c.measure or c.label
            c.label = f"{c.label} {phrase}"
    ends: dict[int, list[Cand]] = {}
    for c in cands:
        if c.pair is not None:
            ends.setdefault(c.pair, []).append(c)
    for pair in ends.values():  # "fell from £64 to £38": both ends say which price
        for c in pair:
            for mate in pair:
                if mate is not c and mate.measure and c.label == mate.measure:
                    c.measure, c.label = mate.measure, mate.label
