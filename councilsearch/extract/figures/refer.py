"""Labels that the words around a figure decide better than its parse, by English shapes
(after the parse, over the labelled prose figures of a text):

- a quantity verb ("The staffing savings total £1.35m", "Volunteers number 260") says its
  subject is what the figure measures; a figure that is that subject's own amount ("The refit
  budget of £1.85m comprises ...") is "refit budget", not the verb;
- money "for" a count of things ("£1.5m for 14 classrooms") is for those things;
- a figure set against another ("against 7% in the region", "compared with 64 dogs") measures
  what the figure it is compared with measures (with its own place);
- an amount that "is" a named thing ("£3.25m is Minimum Revenue Provision") measures it;
- "such" things are what the sentence before counted or asked for ("how many tenants had
  waited more than a year ... 27 such tenants");
- "ones" stands for the noun of the figure before ("87% of urgent ones" after "complaints");
- a part "of which" or "of whom" another figure is the whole ("£1.39m ..., of which £320,000
  came from ...") keeps the whole's noun, unless it says what it is ("of which £4.35m is
  interest").

No word of any corpus: the verbs are English verbs of quantity, the rest is grammar."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose, with_labelled_before
from councilsearch.extract.figures.cells import clean_label
from councilsearch.extract.figures.words import STOP_WORDS, content_words, only_time

_QUANTITY_VERB = (r"(?:totals?|totall?ed|totall?ing|numbers?|numbered|numbering|comprises?|comprised|"
                  r"(?:amounts|amounted|amounting|comes|came)\s+to|(?:accounts?|accounted|accounting)\s+for|"
                  r"(?:makes?|made|making)\s+up)")
# "<subject> total(s) £N": the subject from the clause's start
_SUBJECT_BEFORE = re.compile(rf"([^,;:.()\n\t]{{2,90}}?)\s+{_QUANTITY_VERB}\s+$", re.IGNORECASE)
# "<subject> is (approximately | small () £N": the subject of "is", when the parse lost it
_IS_BEFORE = re.compile(r"([^,;:.()\n\t]{2,90}?)\s+(?:is|are|was|were|will\s+be)\s+(?:([a-z]+)\s+)?\(?\s*$")
# a figure that qualifies the word after it ("was 3% higher than", "was £41m underborrowed"): not
# what "is" says the subject amounts to
_QUALIFIES = re.compile(r"\s*(?:higher|lower|more|less|above|below|greater|fewer|[a-z]+ed)\b")
_QUALIFIERS = frozenset(["approximately", "around", "about", "between", "over", "under", "nearly", "almost", "circa", "roughly", "some"])
_VERB_WORDS = content_words("total totals totalled totalling number numbers numbered numbering comprise comprises "
                            "comprised amounts amounting came account accounts accounted make makes made")
# "<the noun phrase> of £N": the noun phrase (after its determiner) the amount is of
_OF_BEFORE = re.compile(r"(?:^|\b(?:[Tt]he|an?|its|their|this|these|our)\s+)((?:[A-Za-z][\w'’-]*\s+){1,3})of\s+$")
# "£4.35m is interest": a part that says what it is has a name of its own
_COPULA_AFTER = re.compile(r"\s+(?:is|are|was|were)\b(?!\s+(?:in|on|for|from|at|within|spent|used)\b)")
# "... and £3.25m is Minimum Revenue Provision": an amount that is a named thing
_IS_NAME = re.compile(r"\s+(?:is|are|was|were)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
# "£N for 14 classrooms (and ...)", up to the next amount or the clause's end
_FOR_COUNT = re.compile(r"\s+for\s+(?:the\s+)?[0-9][0-9,.]*\s+([a-z][\w'’ -]*?)(?=\s*(?:[,.;:()]|\s+and\s+£|$))")
_COMPARED = re.compile(r"\b(?:against|compared\s+(?:with|to))\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# the place or group a compared figure is written with, after it (and its rate): "against 12.9%
# across the region", "against £260 a night with one of the district's partner charities"
_PLACE_AFTER = re.compile(r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+((?:across|in|from|with|among|for)\s+"
                          r"[^,;:.()\n\t]{2,60}?)(?=\s*(?:[,;:.()]|\s+(?:and|but|while|which|because)\b|$))")
# a place or group phrase at a label's end, which a compared figure's own replaces
_PLACE_IN = re.compile(r"\s+(?:across|in|from|with|among|for)\s+[^ ]+(?:\s+[^ ]+){0,5}$")
_PART_OF = re.compile(r",\s*of\s+(?:which|whom)\s+$", re.IGNORECASE)
_ONES = re.compile(r"\bones?\b", re.IGNORECASE)
_SUCH = re.compile(r"^such\s+", re.IGNORECASE)
_ASKED = re.compile(r"\bhow\s+many\s+(.{4,140}?)\s*[.?]?$", re.IGNORECASE | re.DOTALL)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]{4,300}[.!?]?)\s*$")
_LEAD_WORDS = re.compile(r"^(?:(?:the|a|an|this|these|those|its|their|our|his|her)\s+)+", re.IGNORECASE)
_FIGURE_WORD = re.compile(r"^[£$€]?[0-9][0-9,./%-]*[a-z]{0,2}$")


def _noun_phrase(words: str) -> str | None:
    """A phrase cut from the text, without its determiners, figures, years and trailing
    function words ("The staffing savings for 2026/27" -> "staffing savings")."""
    kept = [w for w in _LEAD_WORDS.sub("", words.strip()).split() if not _FIGURE_WORD.match(w)]
    while kept and kept[-1].lower() in STOP_WORDS:
        kept.pop()
    while kept and kept[0].lower() in STOP_WORDS:
        kept.pop(0)
    return clean_label(" ".join(kept)) or None


def _head(label: str) -> str:
    """A label's noun: its words up to the first function word or participle
    ("streetlights reported by residents" -> "streetlights")."""
    out: list[str] = []
    for w in label.split():
        if out and (w.lower() in STOP_WORDS or re.fullmatch(r"[a-z]+ed", w)):
            break
        out.append(w)
    return " ".join(out)


def _implausible(label: str | None) -> bool:
    """No label, or one the parse made of a verb of quantity ("comprises", "total")."""
    return not label or (bool(content_words(label)) and content_words(label) <= _VERB_WORDS)


def refer(text: str, cands: Sequence[Cand]) -> None:
    """Relabel the prose figures of one text by the shapes in the module's docstring."""
    prose = sentence_prose(cands)
    for k, c, earlier in with_labelled_before(prose):
        ss = c.sentence[0] if c.sentence else c.start
        before = text[max(ss, c.start - 120) : c.start]
        said = _measured_before(before, c.label, qualifies=bool(_QUALIFIES.match(text, c.end)))
        c.label = said if said and not only_time(said) else c.label  # "From 1 May it will be £9": not "May"
        if c.kind == "money" and (m := _FOR_COUNT.match(text, c.end, c.sentence[1] if c.sentence else len(text))):
            c.label = _noun_phrase(m.group(1)) or c.label
        elif _COMPARED.search(before) and _says_little(c.label) and (base := _compared_with(text, c, earlier)):
            own = c.label
            c.label = base.label if not own or content_words(own) <= content_words(base.label) else f"{base.label} {own}"
            _own_place(text, c, base)
        elif _COMPARED.search(before) and c.label and (base := _compared_with(text, c, earlier)):
            _own_place(text, c, base)
        elif earlier and _PART_OF.search(before) and c.label and not _COPULA_AFTER.match(text, c.end):
            whole = _head(earlier[-1].label or "")
            if whole and not content_words(whole) & content_words(c.label):
                c.label = f"{whole} {c.label}"
        if (m := _IS_NAME.match(text, c.end)) and not content_words(m.group(1)) & content_words(c.label):
            c.label = _noun_phrase(m.group(1)) or c.label
        if c.label and _SUCH.match(c.label):
            c.label = _such(text, c, prose[:k]) or c.label
        if c.label and _ONES.search(c.label):
            noun = next((_head(p.label) for p in reversed(prose[:k]) if p.label and not _ONES.search(p.label)), None)
            if noun:
                c.label = _ONES.sub(noun, c.label, count=1)


def _own_place(text: str, c: Cand, base: Cand) -> None:
    """A compared figure that took its base's label, written with a place or group of its own
    ("14.6% of tenants in X were in arrears, against 12.9% across the region"): the base's noun, its own place."""
    place = _PLACE_AFTER.match(text, c.end)
    if place is None or only_time(place.group(1)) or not base.label or not c.label:
        return
    if not content_words(c.label) <= content_words(base.label) or content_words(place.group(1)) <= content_words(c.label):
        return
    own = re.sub(r"\b(?:one|some|each|any|all)\s+of\s+(?:the\s+)?", "", place.group(1), flags=re.IGNORECASE)
    c.label = f"{_PLACE_IN.sub('', base.label)} {clean_label(own)}"


def _such(text: str, c: Cand, before: list[Cand]) -> str | None:
    """"27 such tenants": what the sentence before counted (its last labelled figure's
    label), or asked for ("how many tenants had waited more than a year")."""
    ss = c.sentence[0] if c.sentence else c.start
    m = _LAST_SENTENCE.search(text, max(0, ss - 400), ss)
    if m is None:
        return None
    ps, pe = m.span(1)
    counted = [p for p in before if p.label and ps <= p.start < pe and not _SUCH.match(p.label)]
    if counted:
        return counted[-1].label
    asked = _ASKED.search(m.group(1))
    return _noun_phrase(asked.group(1)) if asked else None


def _measured_before(before: str, label: str | None, *, qualifies: bool = False) -> str | None:
    """What the words before a figure say it measures when its parse says nothing useful: the
    subject of a quantity verb ("The staffing savings for 2026/27 total"; a subject does not
    end on "the" or "with": "reduce the amount to £52m", "with number 4"), else the noun
    phrase it is "of" ("The refit budget of £1.85m comprises"), else, with no label at all, the
    subject of "is" from its determiner ("... the council's net budget in 2012/13 is
    approximately £185 million", "The impact on the fund is minimal (£25,000)"; not when the
    figure qualifies the word after it: "was 3% higher", "was £41m underborrowed")."""
    # the cheap tests on the label first: the searches scan every start in ``before``
    implausible = _implausible(label)
    if (implausible or content_words(label) & _VERB_WORDS) and (m := _SUBJECT_BEFORE.search(before)) and (
        m.group(1).split()[-1].lower() not in STOP_WORDS
    ):
        return _noun_phrase(m.group(1))
    if implausible and (m := _OF_BEFORE.search(before)):
        return _noun_phrase(m.group(1))
    if label or qualifies:
        return None
    m = _IS_BEFORE.search(before)
    if m and (m.group(2) is None or m.group(2) in _QUALIFIERS or m.group(2) not in STOP_WORDS):
        words = m.group(1)
        det = re.search(r"\b(?:[Tt]he|an?|its|their|our)\s", words)
        return _noun_phrase(words[det.start() :] if det else words)  # the subject starts at its determiner
    return None


def _says_little(label: str | None) -> bool:
    """A label that names no measure of its own: none, one word ("dogs") or a place
    ("England"), not "40% average increase"."""
    return not label or len(label.split()) == 1 or label[0].isupper()


def _compared_with(text: str, c: Cand, earlier: list[Cand]) -> Cand | None:
    """The figure ``c`` is set against: of the same kind, before it in its sentence; like is
    compared with like, so the one written before the same noun ("237 households ...,
    compared with 198 households"), else the one whose label holds that noun, else the
    nearest."""
    same = [p for p in earlier if p.kind == c.kind]
    if not same:
        return None
    noun = _noun_after(text, c.end)
    if noun:
        hit = [p for p in same if _noun_after(text, p.end) == noun] or [
            p for p in same if noun <= content_words(p.label)]
        if hit:
            return hit[-1]
    return same[-1]


def _noun_after(text: str, end: int) -> frozenset[str]:
    m = re.match(r"\s+([^\W\d_]+)", text[end : end + 40])
    return content_words(m.group(1)) if m else frozenset()


__all__ = ["refer"]
