"""Labels of prose figures: spaCy's dependency parse (tok2vec, tagger and parser only) finds
the noun phrase a figure measures ("£13m of planned savings", "6,412 open XYZ's", "the gap
is £45m"). ``nlp.pipe`` runs over small windows around the figures of each sentence, with
money written out ("£15 million") for the parser."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from councilsearch.extract.figures.against import set_against
from councilsearch.extract.figures.apposed import elided_noun, share_in_apposition
from councilsearch.extract.figures.before import from_sentence_before
from councilsearch.extract.figures.candidates import LABEL_KINDS, Cand
from councilsearch.extract.figures.cells import clean_label
from councilsearch.extract.figures.change import change_noun
from councilsearch.extract.figures.clause import clause_labels
from councilsearch.extract.figures.events import event_label
from councilsearch.extract.figures.lexicon import NUM, SP
from councilsearch.extract.figures.noun import (
    FIG_TEXT,
    LEVEL_VERBS,
    head_of,
    is_nominal,
    is_time,
    is_verb,
    measured_noun,
)
from councilsearch.extract.figures.owners import of_phrase, outer_of, owned, part_tail
from councilsearch.extract.figures.partitive import divided_whole
from councilsearch.extract.figures.position import share_by_position, share_in_sentence
from councilsearch.extract.figures.predicate import complete_bare
from councilsearch.extract.figures.refer import refer
from councilsearch.extract.figures.restrict import add_restrictions, on_average, rate_of, restricting
from councilsearch.extract.figures.shapes import shape_labels
from councilsearch.extract.figures.spans import add_spans, clause_spans
from councilsearch.extract.figures.verbs import (
    acted_on,
    action_of,
    described_noun,
    figure_between,
    served_by,
    share_owner,
    subject_tail,
    verb_label,
    verb_tail,
)
from councilsearch.extract.figures.votes import label_votes
from councilsearch.extract.figures.words import content_words, only_time
from councilsearch.extract.nlp import load_pipeline, pipeline_name
from councilsearch.models import Span

log = logging.getLogger(__name__)


_UNUSED = ("ner", "lemmatizer", "senter", "attribute_ruler")


def load_nlp(name: str | None = None) -> Any:
    """The spaCy pipeline for labels (tok2vec, tagger and parser), loaded once per process:
    ``name``, or the one ``COUNCILSEARCH_SPACY`` names."""
    return _load_nlp(name or pipeline_name())


@functools.lru_cache(maxsize=4)
def _load_nlp(name: str) -> Any:
    return load_pipeline(_UNUSED, name)


_WINDOW_BEFORE = 120
_WINDOW_AFTER = 60
_CLUSTER_GAP = 200
_CLUSTER_MAX = 600  # a window never grows past this (plus its margins)
_STOP_TAGS = {"CD", "PRP", "PRP$", "DT", "PDT", "WDT", "WP", "WP$"}


@dataclass
class _Window:
    start: int
    end: int
    cands: list[Cand]
    parse_text: str = ""
    spans: list[Span] = field(default_factory=list)  # each cand's span in parse_text


_MONEY_PARTS = re.compile(rf"£?{SP}?({NUM}){SP}?(k|m|bn|mn|million|billion|thousand)?", re.IGNORECASE)
_SCALE_WORDS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}


def _plain_money(surface: str) -> str:
    """Money written out, "£15m" -> "£15 million": the small model tags "m" as a verb and
    parses the sentence around it badly; the written-out form is what it saw in training."""
    m = _MONEY_PARTS.search(surface)
    if m is None:
        return surface
    scale = (m.group(2) or "").lower()
    word = _SCALE_WORDS.get(scale, scale)
    return f"£{m.group(1)}" + (f" {word}" if word else "")


# "In 2025/26 temporary accommodation is forecast to cost ...": without the comma the parser
# takes the subject into the opening phrase
_YEAR_OPENER = re.compile(r"((?:^|(?<=[.;:]\s))(?:In|For|During|By)\s+(?:[0-9]{4}(?:[/-][0-9]{2,4})?))(?=\s+[a-z])")


_BY_BEFORE = re.compile(r"\bby\s+$")


def _moved_to(text: str, a: Cand, b: Cand) -> bool:
    """``a`` is a change "by" an amount and ``b`` the level it moves "to" ("up by 6% to £61,000",
    "rises by £2 to £31"): another kind, or more than twice the change."""
    if text[a.end : b.start] != " to " or not _BY_BEFORE.search(text, max(0, a.start - 4), a.start):
        return False
    if a.kind != b.kind:
        return True
    return isinstance(a.value, float) and isinstance(b.value, float) and b.value > 2 * a.value > 0


def _prepare(text: str, win: _Window) -> None:
    """The text the parser sees: the window, with money written out ("£15m" -> "£15 million")."""
    parts: list[str] = []
    pos = win.start
    out_len = 0
    spans: list[Span] = []
    last: Cand | None = None
    for c in sorted(win.cands, key=lambda c: c.start):
        if c.start < pos:  # overlapping ends of one range share a surface
            spans.append(spans[-1] if spans else (0, 0))
            continue
        piece = _YEAR_OPENER.sub(r"\1,", text[pos : c.start])
        if last is not None and _moved_to(text, last, c):
            piece = ", to "  # "rises by £2 to £31": the level it reaches, not the range "£2 to £31"
        last = c
        parts.append(piece)
        out_len += len(piece)
        surface = text[c.start : c.end]
        if c.kind == "money":
            surface = _plain_money(surface)
        parts.append(surface)
        spans.append((out_len, out_len + len(surface)))
        out_len += len(surface)
        pos = c.end
    parts.append(_YEAR_OPENER.sub(r"\1,", text[pos : win.end]))
    order = sorted(range(len(win.cands)), key=lambda k: win.cands[k].start)
    win.spans = [(0, 0)] * len(win.cands)
    for k, sp in zip(order, spans, strict=True):
        win.spans[k] = sp
    win.parse_text = "".join(parts)


def _windows(text: str, cands: list[Cand]) -> list[_Window]:
    by_sent: dict[Span, list[Cand]] = {}
    for c in cands:
        if c.kind in LABEL_KINDS and not c.in_table_cell and c.sentence is not None:
            by_sent.setdefault(c.sentence, []).append(c)
    out: list[_Window] = []
    for (ss, se), group in by_sent.items():
        group.sort(key=lambda c: c.start)
        cluster = [group[0]]
        clusters = [cluster]
        for c in group[1:]:
            if c.start - cluster[-1].end > _CLUSTER_GAP or c.end - cluster[0].start > _CLUSTER_MAX:
                cluster = [c]
                clusters.append(cluster)
            else:
                cluster.append(c)
        for cl in clusters:
            ws = max(ss, cl[0].start - _WINDOW_BEFORE)
            we = min(se, max(c.end for c in cl) + _WINDOW_AFTER)
            if ws > ss:
                sp = text.find(" ", ws, cl[0].start)
                ws = sp + 1 if sp >= 0 else ws
            if we < se:
                sp = text.rfind(" ", max(c.end for c in cl), we)
                we = sp if sp >= 0 else we
            out.append(_Window(ws, we, cl))
    return out


def _label_windows(text: str, windows: list[_Window], docs: Iterable[Any],
                   restrict: dict[int, list[str]]) -> dict[int, str]:
    """Label the windows' figures; returns each figure's span of time (``id`` of the candidate
    -> phrase) and puts each one's restricting phrase and rate in ``restrict`` (the same keys)."""
    spans: dict[int, str] = {}
    for win, doc in zip(windows, docs, strict=True):
        groups: dict[int, list[Any]] = {}
        tok_owner: dict[int, int] = {}
        for k, (cs, ce) in enumerate(win.spans):
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            groups[k] = list(span)
            for t in span:
                tok_owner.setdefault(t.i, k)
        labels: dict[int, str | None] = {}
        pending: dict[int, int] = {}
        own_pp: dict[int, str | None] = {}
        bases: dict[int, str | None] = {}
        for k, toks in groups.items():
            said: list[str] = []
            lab, ref, pp = _label_from_parse(toks, tok_owner, k, said)
            if said:
                restrict.setdefault(id(win.cands[k]), []).extend(said)
            labels[k] = lab
            own_pp[k] = pp
            if lab and pp and pp.split(" ", 1)[1] == lab:
                bases[k] = None  # labelled by its own phrase alone: no noun to share
            else:
                bases[k] = lab[: -len(pp) - 1] if lab and pp and lab.endswith(f" {pp}") else lab
            if lab is None and ref is not None:
                pending[k] = ref
        for k, ref in pending.items():
            seen = {k}
            while ref in pending and ref not in seen:
                seen.add(ref)
                ref = pending[ref]
            # "an underspend of £1.6m on X and £0.55m on Y": the noun shared, the phrase its own
            base, mine = bases.get(ref), own_pp.get(k)
            if not mine and (after := _pp_after(groups[k], tok_owner)) and not (
                content_words(after) <= content_words(labels.get(ref))
            ):
                mine = after
            if mine:
                labels[k] = f"{base} {mine}" if base else mine.split(" ", 1)[1]
            else:
                labels[k] = labels.get(ref)
        for k, toks in groups.items():  # a bare noun told apart by its clause's verb
            if labels.get(k) and k not in pending:
                noun = measured_noun(toks, tok_owner, k)[0]
                if noun is not None and (phrase := restricting(noun, tok_owner, {t.i for t in toks}, _chunk)):
                    restrict.setdefault(id(win.cands[k]), []).append(phrase)
                labels[k] = complete_bare(labels[k] or "", noun, toks, tok_owner, _chunk, win.cands[k].kind == "money")
        for k, toks in groups.items():
            if rate := rate_of(toks, tok_owner):  # "£14 a week": the rate it is written with
                restrict.setdefault(id(win.cands[k]), []).append(rate)
        set_against(groups, tok_owner, labels,  # "against a target of 12,000": a target for what
                    {k: restrict.get(id(win.cands[k]), []) for k in groups})
        at_start = win.cands[0].sentence is not None and win.start <= win.cands[0].sentence[0]
        labels.update(clause_labels(doc, groups, tok_owner, at_start))
        for k, lab in labels.items():
            if lab and not only_time(lab):
                win.cands[k].label = lab
        spans.update((id(win.cands[k]), said) for k, said in clause_spans(doc, groups, tok_owner).items())
    return spans




_PP_WORDS = ("on", "for", "from", "to", "in", "towards")
_MODIFIER_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod")
_ACL_WORDS = 6  # a participle phrase after the noun joins its label up to this many words


def _label_from_parse(
    toks: list[Any], owner: dict[int, int], me: int, said: list[str] | None = None
) -> tuple[str | None, int | None, str | None]:
    """(label, other figure whose label to share, the figure's own "on/for/from/to" phrase):
    the noun the figure measures with its modifiers, and the phrase that says of what ("an
    overspend of £6.3m on the Winter Maintenance Budget" -> "overspend on Winter Maintenance Budget").
    What the clause says of the noun that does not change which measure it is ("Assets of £N
    are managed through X", "the committee had accepted 86% of the actions") goes to ``said``,
    to join the label's end as a restricting phrase does (the label before stays its measure)."""
    said = [] if said is None else said
    if event := event_label(head_of(toks), owner, _chunk):  # "met nine times", "discounts worth £38,000"
        return event, None, None
    noun, ref = measured_noun(toks, owner, me)
    if noun is not None and is_time(noun):
        noun = None  # "announced in June 24 of £90k": a month is when, never what
    ids = {t.i for t in toks}
    fig_pp = _pp_of(head_of(toks), owner, ids, after=min(ids))
    if fig_pp and only_time(fig_pp):
        fig_pp = None  # "£12 a household, from May": when the amount applies, not what it is
    if noun is None and ref is None and (described := _described_label(toks, owner, ids, said)):
        return described, None, fig_pp  # "the exit costs, estimated at £0.4m"
    if noun is None:
        if ref is None and fig_pp:  # "includes £7.6m for debt charges": what the amount is for
            return fig_pp.split(" ", 1)[1], None, fig_pp
        if ref is None and (avg := on_average(head_of(toks), owner, _chunk)):
            return avg, None, None  # "a bed costs on average £142": the figure is the verb's object
        if ref is None:  # "the longer hours save £94,000", "61% agreed with the proposal"
            return verb_label(head_of(toks), ids, owner, _chunk), None, None
        return None, ref, fig_pp
    h = head_of(toks)
    counts = noun.i == h.head.i and h.dep_ in _MODIFIER_DEPS
    outer = outer_of(noun, owner) if counts else None
    label = _chunk(noun, owner)
    if label is None:
        return None, ref, fig_pp
    acted = None
    if noun.head.dep_ == "prep" and noun.head.head.i in ids and any(t.text == "%" or t.lower_ == "cent" for t in toks):
        whose = share_owner(h, owner, _chunk)  # "card sales made up 47% of takings"
        label = f"{whose} of {label}" if whose else label
        acted = None if whose else acted_on(h, owner, _chunk)  # "the committee had accepted 86% of the actions"
    elif len(content_words(label)) == 1 and (action := action_of(noun, owner, _chunk)):
        label = f"{label} of {action}"  # "at a cost of £310,000": the cost of what the verb does
    if outer is not None:  # "a waiting list of 95 families": the list
        more = _chunk(outer, owner)
        if more:
            label = more if content_words(label) <= content_words(more) else f"{more} of {label}"
    if outer is not None or not counts:  # "the fund has a budget of £N", not "the council has 214 households"
        label = owned(outer if outer is not None else noun, owner, label, _chunk)
    pp = fig_pp or _pp_of(noun, owner, ids, after=noun.i, words=(*_PP_WORDS, "of") if counts else _PP_WORDS)
    if pp is None and h.dep_ == "dobj" and h.head.lower_ in LEVEL_VERBS:  # "reached 90% at the X library"
        pp = _pp_of(h.head, owner, ids, after=max(ids), words=("at", "in", "on"))
    participle = None if pp else _participle_of(noun, owner)
    pp = pp or participle
    if pp and pp.endswith(f" {label}"):
        pp = None  # the phrase is where the noun came from ("28 per cent from X households")
    if h.dep_ == "pobj" and h.head.lower_ == "by" and is_verb(h.head.head) and noun.head.i == h.head.head.i:
        # "costs rose by 6.3%": the costs' rise; "the fees paid to X be raised by 9%": after the fees' phrase
        verb = h.head.head.lower_
        if change := change_noun(h.head.head):  # "ferry fares go up by 7%", "raised its levy by 2%"
            return f"{change} in {label} {pp}" if pp else f"{change} in {label}", None, fig_pp
        if pp and pp == participle:
            return f"{label} {pp} {verb}", None, fig_pp
        label = f"{label} {verb}"
    after = noun.doc[max(ids) + 1] if max(ids) + 1 < len(noun.doc) else None
    if pp is None and after is not None and after.tag_ == "VBN" and after.i not in owner and after.i > noun.i:
        # "the band of 2% to 4% set in the treasury strategy": a participle right after the figure
        tail = verb_tail(after, owner, _chunk, ids)
        if tail:
            return f"{label} {tail}", None, fig_pp
    own_of = pp is not None and pp.startswith("of ") and not fig_pp  # "1,400 miles of road were gritted"
    amount_of = h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i == noun.i and noun.i < h.i
    if (pp is None or pp == participle or own_of) and (counts or amount_of) and (
        tail := subject_tail(noun, owner, _chunk, ids)
    ):
        # "71 tenants were queuing for a repair survey"; "58 adaptations funded by the grant
        # were completed": what was done to them, after how they were paid for
        if not counts:  # "Assets of £N are managed through X": said of the assets
            said.append(tail)
            return " ".join(x for x in (label, pp) if x), None, fig_pp
        return " ".join(x for x in (label, pp, tail) if x), None, fig_pp
    share = any(t.text == "%" or t.lower_ == "cent" for t in toks)  # "81% of householder applications were decided"
    partitive = noun.head.head.i == h.i and (share or any(d.dep_ in ("det", "poss") for d in noun.children))
    if h.dep_ in ("nsubj", "nsubjpass") and partitive and (tail := part_tail(h, owner, ids, _chunk)):
        return " ".join(x for x in (label, pp, tail) if x), None, fig_pp  # "12 of the play areas have new equipment"
    served = served_by(noun, owner, _chunk) if counts and pp is None else None  # "buys care for 6,900 adults"
    said.extend(x for x in (acted, served) if x)
    return (f"{label} {pp}" if pp else label), None, fig_pp


def _described_label(toks: list[Any], owner: dict[int, int], ids: set[int], said: list[str]) -> str | None:
    """The label of an amount a clause after a noun says of it (``verbs.described_noun``): the
    noun with its "of/on/for" phrase ("the exit costs of the move, estimated at £0.4m"), the noun
    it is "on" ("the entry rate on the apprentice scale, which is £19,600"); the noun's participle
    and the phrase the amount opens ("hall hire income, which is £95,000 above its budget") go to
    ``said``."""
    h = head_of(toks)
    described = described_noun(h, ids, owner)
    label = _chunk(described, owner) if described is not None else None
    if described is None or not label:
        return None
    if described.head.dep_ == "prep" and described.head.lower_ == "on" and is_nominal(described.head.head):
        label = f"{_chunk(described.head.head, owner)} on {label}"
    of = _pp_of(described, owner, ids, after=described.i, words=("of", "on", "for"))
    rest = verb_label(h, ids, owner, _chunk)
    if h.dep_ == "npadvmod" and h.head.dep_ == "prep":  # "which is £95,000 above its budget"
        rest = _pp_of(h.head.head, owner, ids, after=h.head.i, words=(h.head.lower_,)) or rest
    said.extend(x for x in (_participle_of(described, owner), rest) if x and not content_words(x) <= content_words(label))
    return f"{label} {of}" if of else label


def _pp_after(toks: list[Any], owner: dict[int, int]) -> str | None:
    """The "on/for/from/to" phrase written right after a figure that shares another's noun, where
    the parse hung it on that noun ("borrowing of £7.4m and £2.1m from the fund": the £2.1m's)."""
    ids = {t.i for t in toks}
    doc = toks[0].doc
    j = max(ids) + 1
    if j >= len(doc) or doc[j].dep_ != "prep" or doc[j].lower_ not in _PP_WORDS or doc[j].head.i >= min(ids):
        return None
    for p in doc[j].children:
        if p.dep_ == "pobj" and is_nominal(p) and p.i not in owner and (more := _chunk(p, owner)):
            return f"{doc[j].lower_} {more}"
    return None


def _participle_of(noun: Any, owner: dict[int, int]) -> str | None:
    """A participle phrase right after the noun: "band set in the treasury strategy"."""
    for ch in noun.children:
        if ch.dep_ == "acl" and ch.tag_ in ("VBN", "VBG") and ch.i == noun.i + 1:
            sub = [t for t in ch.subtree if t.i >= ch.i]
            toks = sub[:_ACL_WORDS]
            while len(toks) < len(sub) and toks[-1].head.i > toks[-1].i and len(toks) < _ACL_WORDS + 3:
                toks = sub[: len(toks) + 1]  # never cut a noun phrase before its noun ("the Council's own grounds staff")
            if any(t.text == "(" for t in toks):  # "funded by Home Repair Grants (HRGs)"
                toks = toks[: next(k for k, t in enumerate(toks) if t.text == "(")]
            if any(t.i in owner for t in toks):
                toks = toks[: next(k for k, t in enumerate(toks) if t.i in owner)]
            words = [t.text for t in toks if t.tag_ not in ("DT", "PRP$")]
            return " ".join(words).replace(" 's", "'s").strip(" ,") or None
    return None


def _pp_of(host: Any, owner: dict[int, int], ids: set[int], after: int,
           words: tuple[str, ...] = _PP_WORDS) -> str | None:
    """The host's own "on/for/from/to/in" phrases (at most two: "allocation from the fund for
    adaptations"), each noun with its own "to" phrase ("home to school transport")."""
    out: list[str] = []
    for ch in host.children:
        if ch.dep_ != "prep" or ch.lower_ not in words or ch.i < after or ch.i in ids:
            continue
        if ids and figure_between(host.doc, max(ids), ch.i, ids, owner):
            continue  # "borrowing of £7.4m and £2.1m from the fund": the phrase after another figure is its
        gerund = next((p for p in ch.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)
        if gerund is not None:  # "notices for littering"
            out.append(f"{ch.lower_} {gerund.lower_}")
            continue
        for p in ch.children:
            # a phrase holding another figure is that figure's ("in around 91,000 households")
            if p.dep_ == "pobj" and is_nominal(p) and p.i not in owner and not any(
                t.i in owner for t in p.children if t.dep_ in _MODIFIER_DEPS
            ):
                more = _chunk(p, owner)
                if more:
                    inner = next((q for q in p.children if q.dep_ == "prep" and q.lower_ == "to"), None)
                    tail = _pp_of(p, owner, ids, after=p.i) if inner is not None else None
                    out.append(f"{ch.lower_} {more}" + (f" {tail}" if tail and tail.startswith("to ") else ""))
                    break
        if len(out) == 2:
            break
    return " ".join(out) or None


_CHUNK_DEPS = {"compound", "amod", "nmod", "npadvmod", "advmod", "poss", "case"}
_MODIFIER_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "VBG", "POS"}


def _chunk(noun: Any, owner: dict[int, int]) -> str | None:
    """The noun with the modifiers written right before it: "net underspending",
    "General Fund reserve", "active EHCP's"; numbers, years and determiners stay out. "The
    number of X" is X, with what the parse hung on "number" after it ("the number of pupils
    eligible for free meals")."""
    if (of := of_phrase(noun, owner)) is not None:
        return of
    doc = noun.doc
    keep = [noun]
    i = noun.i - 1
    while i >= 0 and noun.i - i <= 6:
        t = doc[i]
        hyphen = t.text == "-" and not t.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        joined = i + 1 < len(doc) and doc[i + 1].text == "-" and not t.whitespace_
        if i in owner or FIG_TEXT.match(t.text) or t.tag_ in _STOP_TAGS:
            break
        joined = joined or (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)  # "pay-and-display"
        in_name = t.tag_.startswith("NNP") or (t.tag_ == "CC" and i > 0 and doc[i - 1].tag_.startswith("NNP"))
        modifies = t.head.i in {k.i for k in keep} and t.tag_ in _MODIFIER_TAGS  # "the care precept"
        if not (hyphen or joined or t.dep_ in _CHUNK_DEPS or modifies or (in_name and keep[0].tag_.startswith("NNP"))):
            break
        keep.insert(0, t)
        i -= 1
    while keep and keep[0].text == "-":
        keep.pop(0)
    j = noun.i + 1
    if j < len(doc) and doc[j].dep_ == "case" and doc[j].head.i == noun.i:
        keep.append(doc[j])
    out = "".join(t.text_with_ws for t in keep[:-1]) + keep[-1].text
    return clean_label(out) or None


def add_labels(texts: Sequence[str], all_cands: Sequence[list[Cand]], nlp: Any = None) -> None:
    """Label the prose figures of several texts (``all_cands[d]`` are those of ``texts[d]``)
    with one ``nlp.pipe`` run; ``nlp`` defaults to :func:`load_nlp`. Without a spaCy pipeline
    the figures keep no label."""
    wins: list[tuple[int, _Window]] = []
    for d, (text, cands) in enumerate(zip(texts, all_cands, strict=True)):
        wins.extend((d, w) for w in _windows(text, cands))
    model = nlp
    if wins and model is None:
        try:
            model = load_nlp()
        except (OSError, ImportError) as exc:  # no spaCy model: figures without labels
            log.warning("figure labels skipped: spaCy pipeline not available (%s)", exc)
    if wins and model is not None:
        for d, w in wins:
            _prepare(texts[d], w)
        docs = model.pipe((w.parse_text for _, w in wins), batch_size=128)
        by_doc: dict[int, list[tuple[_Window, Any]]] = {}
        spans: dict[int, str] = {}
        restrict: dict[int, list[str]] = {}
        for (d, w), doc in zip(wins, docs, strict=True):
            by_doc.setdefault(d, []).append((w, doc))
        for d, pairs in by_doc.items():
            spans.update(_label_windows(texts[d], [w for w, _ in pairs], [doc for _, doc in pairs], restrict))
        for text, cands in zip(texts, all_cands, strict=True):
            share_in_sentence(cands)
            share_by_position(text, cands, restrict)
            refer(text, cands)  # quantity verbs, "for 14 classrooms", comparisons, "ones", "of which"
            divided_whole(text, cands)  # "Of the 240 pupils, 31 walk": the pupils who walk
            shape_labels(text, cands)  # pronouns, changes' subjects, amounts against a budget
            from_sentence_before(text, cands)  # "Two years earlier there were 204": what the sentence before counts
            for c in cands:  # a month or a day says when, never what: no label rather than that
                if c.label and not c.in_table_cell and only_time(c.label):
                    c.label = None
            add_spans(cands, spans)  # "returned 5.1% a year over ten years": the time a figure covers
            add_restrictions(cands, restrict)  # "the price of baled cardboard fell to £38": which price
            share_in_apposition(text, cands)  # "arrears were £2.1m, 3.1% of the rent due": the arrears' share
            elided_noun(text, cands)  # "the highest charge is £96 and the lowest £11": the lowest charge
            label_votes(text, cands)  # "lost by 14 votes to 20": the votes for and against
