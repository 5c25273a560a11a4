"""Labels read from the verb a prose figure hangs on, when no noun measures it (English
grammar over spaCy's dependency parse, no word lists of any corpus):

- the figure is the object of a verb: what the verb's subject does ("the longer hours save
  £94,000" -> "longer hours save", "running the garden waste service will cost £1.28m" ->
  "running garden waste service cost", "the Orlwick need is expected to reach £512m" ->
  "need reach"), with the verb's own "to/for/from/in" phrase ("contributes £11.6m to the
  fund" -> "... contributes to fund"); a participle clause without a subject takes the noun of
  the clause it hangs on ("2% is the care precept, raising £23.5m" -> "care precept raising");
- the figure is the subject: what the verb says of it ("61% agreed with the proposal" ->
  "agreed with proposal", "£3.1m will be funded by a Wyvern loan" -> "funded by
  Wyvern loan", "£4.35m is interest" -> "interest");
- a noun the figure counts is the subject of a verb: the verb joins its label ("71 tenants
  were queuing for a repair survey" -> "tenants queuing for repair survey").

The caller passes its noun-phrase reader (``chunk``) so both read noun phrases one way."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from councilsearch.extract.figures.change import subject_change
from councilsearch.extract.figures.words import WHEN_WORDS, content_words, fold, only_time

Chunk = Callable[[Any, dict[int, int]], str | None]

# Penn Treebank noun tags from the tagger (the attribute ruler that maps them to coarse POS is not
# loaded: it costs more than the tagger itself); the one set every parse reader uses
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_PRONOUNS = {"which", "that", "this", "these", "those", "it", "they", "what", "who", "there", "we", "he", "she"}
_BE = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"}
LIGHT_VERBS = frozenset(_BE | {"have", "has", "had", "do", "does", "did"})  # verbs that say what a thing is or has
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_CLIMB = ("xcomp", "conj", "ccomp")  # a verb whose subject is its head's ("is forecast to reach")
_TAIL_WORDS = 8


def _nominal(t: Any, owner: dict[int, int]) -> bool:
    return t.tag_ in NOUN_TAGS and t.lower_ not in _PRONOUNS and t.i not in owner


def _verbal(t: Any) -> bool:
    # a verb, or a word the tagger missed as one but the parse made the clause's root
    return t.tag_.startswith("VB") or t.tag_ == "MD" or (t.dep_ == "ROOT" and t.tag_ in ("JJ", "NN", "NNS"))


def subject_of(verb: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """The verb's subject as a phrase: a noun phrase, or a gerund with its object ("running
    the garden waste service")."""
    v = verb
    for _ in range(3):
        for ch in v.children:
            if ch.dep_ not in _SUBJECTS or ch.i in owner:
                continue
            if ch.tag_ == "VBG":
                obj = next((o for o in ch.children if o.dep_ == "dobj" and _nominal(o, owner)), None)
                more = chunk(obj, owner) if obj is not None else None
                return f"{ch.lower_} {more}" if more else ch.lower_
            if _nominal(ch, owner):
                return _with_of(ch, owner, chunk)
            if ch.lower_ in _BACK and (earlier := _earlier_subject(ch, owner)) is not None:
                return chunk(earlier, owner)
            if ch.dep_.startswith("csubj"):  # a parse that made the subject's adjective a clause
                inner = next((o for o in ch.children if o.dep_ == "nsubj" and _nominal(o, owner)), None)
                if inner is not None:
                    return chunk(inner, owner)
        if v.dep_ not in _CLIMB or v.head.i == v.i or not _verbal(v.head):
            return None
        v = v.head
    return None


def _with_of(noun: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """A subject with its "of" phrase, which says of what ("the sale of the old depot fetched
    £2m": the sale of the depot)."""
    base = chunk(noun, owner)
    of = next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj" and _nominal(p, owner)), None)
    more = chunk(of, owner) if of is not None and base else None
    return f"{base} of {more}" if more and more not in (base or "") else base


def subject_token(verb: Any, owner: dict[int, int]) -> Any:
    """The noun that is the verb's subject, also where the parse hid it in a clause it made of
    the subject's adjective ("the premium on homes left empty for two years will rise to 200%")."""
    v = verb
    for _ in range(3):
        for ch in v.children:
            if ch.dep_ in _SUBJECTS and (_nominal(ch, owner) or (ch.tag_ == "VBG" and ch.dep_.startswith("nsubj"))):
                return ch  # a noun, or a gerund ("Spending on transport is forecast at £21m")
            if ch.dep_ in _SUBJECTS and ch.lower_ in _BACK and (earlier := _earlier_subject(ch, owner)) is not None:
                return earlier
            if ch.dep_.startswith("csubj"):
                inner = next((o for o in ch.children if o.dep_ == "nsubj" and _nominal(o, owner)), None)
                if inner is not None:
                    return inner
        if v.dep_ not in _CLIMB or v.head.i == v.i or not _verbal(v.head):
            return None
        if any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children):
            # "asked for the charge for the hall to go up": for X to rise, X rises
            before = [ch for ch in v.head.children if ch.dep_ == "prep" and ch.lower_ == "for" and ch.i < v.i]
            for prep in before:
                obj = next((o for o in prep.children if o.dep_ == "pobj" and _nominal(o, owner)), None)
                if obj is not None:
                    return obj
        v = v.head  # "the levy is set to climb to £1,440": the levy climbs
    return None


# verbs whose object is money coming in: what brings it in is its source ("the charges bring in
# £4m": income from the charges); "bring" only with "in"
_EARN_TEXT = "raise generate earn yield"
_EARN = frozenset(fold(w) for w in _EARN_TEXT.split())
_INCOME = content_words("income revenue receipts")  # a subject that is income already ("income generated £N")


def _earns(verb: Any) -> bool:
    if fold(verb.lower_) == fold("bring"):
        return any(ch.dep_ in ("prt", "advmod") and ch.lower_ == "in" for ch in verb.children)
    return fold(verb.lower_) in _EARN


_BACK = {"it", "they"}  # a pronoun subject standing for the subject of the clause before


def _earlier_subject(pron: Any, owner: dict[int, int]) -> Any:
    """The noun a subject pronoun stands for: the nearest subject before it in the parse
    ("the fund returned 5.1% ...; over ten years it has returned 7.3%": the fund)."""
    for t in reversed(pron.doc[: pron.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and _nominal(t, owner):
            return t
    return None


# nouns of time: a phrase "in the quarter", "by the end of July", "in two years" says when
_TIME_NOUNS = frozenset(["quarter", "quarters", "year", "years", "month", "months", "week", "weeks", "day", "days", "end"])
_TIME_PREPS = frozenset(["in", "on", "at", "by", "during", "from", "since", "until", "for"])
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}(?:[/-][0-9]{2,4})?$")


def time_phrase(prep: Any, obj: Any) -> bool:
    """A phrase of ``prep`` with ``obj`` (its noun) that says when, not what: "in November",
    "at the end of October", "in the quarter", "in 2025/26", "for twelve months"."""
    return prep.lower_ in _TIME_PREPS and (
        obj.lower_ in WHEN_WORDS or obj.lower_ in _TIME_NOUNS or bool(_YEAR.match(obj.text)))


def _phrase(prep: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    for p in prep.children:
        if p.dep_ == "pobj" and time_phrase(prep, p):
            return None  # "fetched £1.2m in May": when, not what
        if p.dep_ == "pobj" and _nominal(p, owner):
            more = chunk(p, owner)
            if more:
                return f"{prep.lower_} {more}"
    return None


def verb_tail(verb: Any, owner: dict[int, int], chunk: Chunk, skip: set[int]) -> str | None:
    """What a verb says of its subject: the verb (not "be"), the verbs it leads into ("is
    expected to be met"), then its object or its first phrase ("with the proposal", "by the
    fund"), a few words at most."""
    words: list[str] = []
    v = verb
    for _ in range(4):
        if v.lower_ not in LIGHT_VERBS and v.tag_ != "MD":
            words.append(v.lower_)
        nxt = next((ch for ch in v.children if ch.dep_ == "xcomp" and _verbal(ch)), None)
        if nxt is None:
            break
        v = nxt
    rest = None
    # what follows a comma or a bracket after the verb is another clause's ("11 were withdrawn
    # (55%), against a national average of 48%")
    stop = min((ch.i for ch in v.children if ch.i > v.i and ch.dep_ == "punct"), default=len(v.doc))
    for ch in v.children:
        if ch.i in skip or ch.i in owner or ch.i > stop:
            continue
        if ch.dep_ in ("dobj", "attr") and _nominal(ch, owner):
            rest = chunk(ch, owner)
        elif ch.dep_ in ("prep", "agent") and ch.i > v.i:
            if any(t.i in owner and t.i not in skip for t in ch.subtree):
                continue  # "insulated at a cost of £N": a phrase holding another figure is that figure's
            rest = _phrase(ch, owner, chunk)
        elif ch.dep_ == "acomp" and ch.tag_ == "JJ":
            rest = ch.lower_
        if rest:
            break
    if rest:
        words.append(rest)
    out = " ".join(words).strip()
    return " ".join(out.split()[:_TAIL_WORDS]) or None


def verb_label(head: Any, ids: set[int], owner: dict[int, int], chunk: Chunk) -> str | None:
    """The label of a figure (``head``: its head token, ``ids``: its tokens) read from the verb
    it is the object or the subject of; None when it hangs on no verb."""
    verb = head.head
    if verb.i == head.i or verb.i in ids or not _verbal(verb):
        return None
    # "conj": "owed £64.2m: £51.0m to X and £13.2m to Y", a figure the parse joined to the verb
    objects = any(ch.dep_ == "dobj" and ch.i in owner for ch in verb.children)
    if head.dep_ in ("dobj", "attr", "oprd") or (head.dep_ == "npadvmod" and head.i > verb.i) or (
        head.dep_ == "conj" and head.i > verb.i and objects
    ):
        # "npadvmod": "the fund returned 5.1%" (the parser's reading of a bare percentage)
        if verb.lower_ in LIGHT_VERBS:
            return None
        who = subject_of(verb, owner, chunk)
        if who is None and head.dep_ == "npadvmod":
            return None
        then = next((ch for ch in verb.children if ch.dep_ == "xcomp" and ch.i > head.i and _verbal(ch)), None) or next(
            (ch for ch in head.children if ch.dep_ in ("acl", "relcl") and ch.tag_ in ("VB", "VBN")), None)
        if who is None and then is not None:  # "leaving £18,000 to be met from the reserve": what is done with it
            return verb_tail(then, owner, chunk, skip=ids)
        if who is None and verb.dep_ in ("advcl", "acl"):
            host = verb.head  # "2% is the care precept, raising £23.5m": the precept raises it
            attr = next((o for o in host.children if o.dep_ in ("attr", "dobj") and _nominal(o, owner)), None)
            who = chunk(attr, owner) if attr is not None else None
        pp = next(
            (p for ch in verb.children if ch.dep_ in ("prep", "dative") and ch.i > head.i
             and not _figure_between(head, ch, ids, owner) and (p := _phrase(ch, owner, chunk))),
            None,
        )
        if pp is None and head.dep_ == "conj":  # "pay £720 towards X, or £380 if ...": the first object's phrase
            first = next(ch for ch in verb.children if ch.dep_ == "dobj" and ch.i in owner)
            pp = next((p for ch in verb.children if ch.dep_ in ("prep", "dative") and first.i < ch.i < head.i
                       and (p := _phrase(ch, owner, chunk))), None)
        if who and head.dep_ in ("dobj", "npadvmod") and (noun := subject_change(verb)):
            return " ".join(x for x in (f"{noun} in {who}", pp) if x)  # "parking income rose 8%", as "rose by 8%"
        if who and _earns(verb) and not content_words(who) & _INCOME:
            return " ".join(x for x in (f"income from {who}", pp) if x)  # "the charges bring in £4m"
        return " ".join(x for x in (who, verb.lower_, pp) if x) or None
    if head.dep_ in ("nsubj", "nsubjpass"):
        return verb_tail(verb, owner, chunk, skip=ids)
    return None


_RELATIVE = {"which", "that"}
# verbs of a relative clause that state the amount of the noun it describes ("which is",
# "which costs", "which totals", "which comes to"), not one it brings about ("which would save")
_STATING_TEXT = ("be is are was were been cost costs total totals amount amounts come comes stand stands stood equal equals"
                 " reach reaches hit hits exceed exceeds")  # "which reached £2m": a level stated
_STATING = frozenset(fold(w) for w in _STATING_TEXT.split())
_ESTIMATE_PREPS = ("at",)  # "estimated at £0.4m", "valued at £6.2m", "put at £2.7m"


def _described(noun: Any, ids: set[int], owner: dict[int, int]) -> bool:
    """A noun a clause after it can describe by a figure: no figure's, nor counted by one
    ("2.1 points short, which is about 900 tonnes": the 2.1 said another way)."""
    return _nominal(noun, owner) and noun.i not in ids and not any(
        ch.i in owner and ch.dep_ in ("nummod", "quantmod") for ch in noun.children)


def described_noun(head: Any, ids: set[int], owner: dict[int, int]) -> Any:
    """The noun a clause set after it describes, when the figure is what that clause says of
    it: a participle with "at" ("the exit costs of the move, estimated at £0.4m") or a relative
    clause whose subject is "which" or "that" and whose verb states the figure ("the apprentice
    entry rate, which is £19,600 a year"; "hall hire income, which is £95,000 above its
    budget"). None when the figure hangs on no such clause or the noun is another figure's."""
    t = head
    for _ in range(2):  # "which is £95,000 above its budget": through the phrase the figure opens
        if t.head.i == t.i:
            return None
        up = t.head
        if t.dep_ == "pobj" and up.lower_ in _ESTIMATE_PREPS:
            verb = up.head
            if verb.tag_ != "VBN" or verb.i < 2:
                return None
            after_comma = verb.doc[verb.i - 1].text == ","
            if verb.dep_ == "acl" and verb.i > verb.head.i:
                noun = verb.head
            elif verb.dep_ == "advcl" and after_comma:
                noun = verb.doc[verb.i - 2]  # the parse hung the participle on the clause's verb
            else:
                return None
            while after_comma and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _nominal(noun.head.head, owner):
                noun = noun.head.head  # "the costs of the move, estimated at": the costs
            return noun if _described(noun, ids, owner) else None
        through = t.dep_ == "prep" and up.lower_ in _BE  # "which is £95,000 above its budget"
        if (t.dep_ in ("attr", "dobj", "npadvmod", "oprd") or through) and _verbal(up):
            relative = any(ch.dep_ in _SUBJECTS and ch.lower_ in _RELATIVE for ch in up.children)
            if up.dep_ != "relcl" or fold(up.lower_) not in _STATING or not relative:
                return None
            noun = up.head
            if up.lower_ not in _BE:  # "3,120 missed collections, which cost the contractor £41,000"
                return noun if _nominal(noun, owner) and noun.i not in ids else None
            return noun if _described(noun, ids, owner) else None
        if t.dep_ not in ("npadvmod", "pobj") or up.dep_ != "prep":
            return None
        t = up
    return None


def _figure_between(head: Any, prep: Any, ids: set[int], owner: dict[int, int]) -> bool:
    """Another figure written between a figure and a phrase after it: the phrase is that
    figure's ("owed £64.2m: £51.0m to the bank and £13.2m to neighbouring councils")."""
    return figure_between(head.doc, max(ids | {head.i}), prep.i, ids, owner)


def figure_between(doc: Any, start: int, end: int, ids: set[int], owner: dict[int, int]) -> bool:
    """Whether another figure, joined by "and" or a comma, colon or semicolon, is written
    between token ``start`` (a figure's last) and token ``end``: a phrase after it is that
    figure's. A figure in brackets, after "or" or a range's other end ("£87.3m (6.6%) on the
    budget", "£41.5m or 3.2% on", "1 to 3") is the same amount told another way and does not count."""
    joined = False
    for i in range(start + 1, end):
        t = doc[i]
        if t.i in owner and t.i not in ids:
            if joined:
                return True
        elif t.lower_ == "or":
            joined = False  # "£412.40 a year, or £7.93 a week, towards": one amount told two ways
        elif t.lower_ == "and" or t.text in (",", ":", ";"):
            joined = True
    return False


def subject_tail(noun: Any, owner: dict[int, int], chunk: Chunk, skip: set[int]) -> str | None:
    """What the verb says of a counted noun that is its subject ("71 tenants were queuing for a
    repair survey" -> "queuing for repair survey"); None for "be" and "have", which say what
    the noun is, not what it does."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return subject_tail_of(noun.head, owner, skip | {noun.i}, chunk) if noun.head.i != noun.i else None


def subject_tail_of(verb: Any, owner: dict[int, int], skip: set[int], chunk: Chunk) -> str | None:
    """What ``verb`` says of its subject (not "be" or "have", which say what it is; "be" with a
    phrase of where says where: "37 pupils were in alternative provision")."""
    if verb.lower_ in _BE:
        where = next((p for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in _WHERE and ch.i > verb.i
                      and not any(t.i in owner for t in ch.subtree)
                      and (p := _phrase(ch, owner, chunk)) and not only_time(p)), None)
        return where  # "in November" says when, not where
    if not _verbal(verb) or verb.lower_ in LIGHT_VERBS:
        return None
    return verb_tail(verb, owner, chunk, skip)


_WHERE = ("in", "at", "on", "within", "under")


def acted_on(h: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """Who does what to a share that is a verb's object ("the committee had accepted 86% of the
    actions": "committee accepted"), read after the noun it is a share of; not a verb
    of level, whose subject is the whole ("card sales made up 47%")."""
    verb = h.head
    if h.dep_ != "dobj" or not _verbal(verb) or verb.lower_ in LIGHT_VERBS or fold(verb.lower_) in _LEVEL_STEMS:
        return None
    who = subject_of(verb, owner, chunk)
    return f"{who} {verb.lower_}" if who else None


def served_by(noun: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """What is done for or in a counted noun ("The council buys day care for 1,240 families":
    "council buys day care for"; "provides lunches and lifts for 1,275 carers", where the parse
    hung "for" on the object; "loft insulation was laid or topped up in 940 bungalows":
    "loft insulation laid or topped up in"), as a clause after the noun, the way one writes "families
    the council buys day care for"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "in") or prep.dep_ != "prep":
        return None
    verb, obj = prep.head, None
    if not _verbal(verb):  # "for" hung on the verb's object (or on a second object joined by "and")
        obj = verb
        while obj.dep_ == "conj" and obj.head.i != obj.i:
            obj = obj.head
        verb = obj.head if obj.dep_ == "dobj" else verb
    if not _verbal(verb) or verb.lower_ in LIGHT_VERBS or verb.i > prep.i:
        return None
    passive = any(ch.dep_ == "auxpass" for ch in verb.children) or (
        verb.dep_ == "conj" and any(ch.dep_ == "auxpass" for ch in verb.head.children))
    if passive and obj is None:  # "loft insulation was laid or topped up in 940 bungalows"
        who = subject_of(verb, owner, chunk)
        first = verb.head if verb.dep_ == "conj" and _verbal(verb.head) else verb
        cc = next((c.lower_ for c in first.children if c.dep_ == "cc"), None) if first is not verb else None
        said = f"{first.lower_} {cc} {verb.lower_}" if cc else verb.lower_
        return f"{who} {said} {prep.lower_}" if who else None
    if prep.lower_ != "for":
        return None
    if obj is None:
        obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and _nominal(ch, owner) and ch.i < prep.i), None)
    who = subject_of(verb, owner, chunk)
    what = chunk(obj, owner) if obj is not None and _nominal(obj, owner) else None
    if not who or not what or obj is None:
        return None
    conj = [c for c in obj.children if c.dep_ == "conj" and _nominal(c, owner)]
    if conj and (more := chunk(conj[0], owner)):
        what = f"{what} and {more}"  # "arranges meals and transport for 420 pupils"
    return f"{who} {verb.lower_} {what} for"


_SHARE_PREPS = ("from", "to", "at", "by", "about", "around")
# English verbs that state a level or a share rather than an act ("card sales made up 47%", "the
# rate will fall to 17.9%", "it stands at 4%"); an act's subject ("the government funds 90% of
# X") is who acts, not what is measured
_LEVEL_TEXT = """be is are was were make made account represent comprise equal fall fell rise rose grow grew
    increase decrease drop stand stood remain reach hit exceed top amount total climb"""
_LEVEL_STEMS = frozenset(fold(w) for w in _LEVEL_TEXT.split())


def _clause_verb(h: Any) -> Any:
    """The verb a figure (its head token ``h``) completes, as its object or through "from",
    "to", "at" or "by" ("made up 47%", "will fall from 12.5% to 9.8%"), or None."""
    if h.dep_ in ("dobj", "attr", "npadvmod"):
        v = h.head
    elif h.dep_ == "pobj" and h.head.dep_ in ("prep", "agent") and h.head.lower_ in _SHARE_PREPS:
        v = h.head.head
    else:
        return None
    return v if _verbal(v) and v.i != h.i else None


def share_owner(h: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """Whose share a percentage "of X" is: the common-noun subject of the verb it completes
    ("card sales made up 47% of takings": the payments' share; "the employer
    rate will drop to 16.2% of salaries": the rate). A named subject ("the Council collects 97% of
    council tax") is who acts, not what is measured, so it is not taken."""
    v = _clause_verb(h)
    if v is None or fold(v.lower_) not in _LEVEL_STEMS:
        return None
    who = subject_token(v, owner)
    if who is None or who.tag_ not in ("NN", "NNS") or who.i > h.i:
        return None
    return chunk(who, owner)


_ACTION_PREPS = ("at", "for")


def action_of(noun: Any, owner: dict[int, int], chunk: Chunk) -> str | None:
    """What a bare amount noun hanging on a verb is the amount of: "will replace 90 shelters
    at a cost of £310,000" -> "replace shelters"; "be raised by 9%, at a cost of £0.3m" ->
    "raised grants" (the verb with its object, or its passive subject)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ACTION_PREPS:
        return None
    if not any(ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > noun.i for ch in noun.children):
        return None  # only "a cost of £N", not a counted noun ("for these 8 pupils")
    v = prep.head
    if not _verbal(v) or v.lower_ in LIGHT_VERBS or v.i == prep.i:
        return None
    obj = next((ch for ch in v.children if ch.dep_ in ("dobj", "nsubjpass") and _nominal(ch, owner)), None)
    what = chunk(obj, owner) if obj is not None else None
    return f"{v.lower_} {what}" if what else None
