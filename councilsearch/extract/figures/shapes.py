"""Labels read from the words right around a prose figure where the parse gives none (after
``refer``, English shapes only, no word of any corpus):

- a pronoun stands for the noun phrase before it in the sentence ("paid from the insurance
  reserve, taking it down to £1.1m" -> "insurance reserve"; "18,400 calls, and 87% of them":
  calls); "taking the Band D charge to £N" names its noun phrase outright; "£1.9m, up 8% on the
  previous year" is a change in what £1.9m measures;
- a change verb's subject, also in a resolution's subjunctive ("that the burial fee rise by £45
  to £890": £45 is the fee's rise, £890 the fee);
- a figure set against a budget, a plan or a forecast ("£85,000 below budget", "£40,000
  better than the forecast made in June", "£450,000 more than planned") measures the
  difference: the subject of "is" before it, or the figure it stands beside, with the
  comparison; so does an unlabelled figure that "is" higher or lower than anything ("footfall
  is 9% lower than before the roadworks")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose, with_labelled_before
from councilsearch.extract.figures.cells import clean_label
from councilsearch.extract.figures.change import CHANGE_NOUNS, CHANGE_VERB_PATTERN, change_noun_of
from councilsearch.extract.figures.words import STOP_WORDS, content_words, fold, only_time

_FIG = r"[£$€]?[0-9][0-9,.]*(?:\s?(?:%|p|k|m|bn|million|billion|per\s+cent))?"
# the words that qualify an amount ("by about 4%", "by between 3% and 5%", "to around £905")
_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just\s+over|just\s+under|over|under|between|up\s+to)\s+)?"
# "..., taking it down to £1.1m", "leaving them at £4m"
_PRONOUN_TO = re.compile(r"\b[a-z]+ing\s+(?:it|them)\s+(?:(?:down|up|back)\s+)?(?:to|at)\s+$")
# "..., taking the Band D charge to £N", "bringing the total to £N"
_TAKING_TO = re.compile(r"\b[a-z]+ing\s+(?:the|its|their|our)\s+((?:[A-Za-z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)\s+"
                        r"(?:(?:down|up|back)\s+)?(?:to|at)\s+$")
_LAST_NP = re.compile(r"\b(?:the|its|their|our|this|that)\s+((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*,?\s*$")
# the subject may name its year ("the fares for 2031/32 climb by 7%"), which says when, not what
_CHANGE_BEFORE = re.compile(
    rf"(?:^|\bthat\s+|[,;:]\s*)(?:the\s+|an?\s+|its\s+|their\s+)?"
    rf"([A-Za-z](?:[^,;:()£$€0-9]|\s(?:for|in)\s+[0-9]{{4}}(?:[/-][0-9]{{2,4}})?\b){{1,60}}?)\s+"
    rf"(?:(?:will|would|should|shall|must|to)\s+)?({CHANGE_VERB_PATTERN})\s+"
    rf"(?:(?:(?:by|from)\s+)?{_ABOUT}{_FIG}\s*(?:\(\s*{_FIG}\s*\)\s*)?,?\s+)?(?:(by|to|from)\s+{_ABOUT})?$",
    re.IGNORECASE)
# the verb of a change left out after the first ("fees rise by 3%, and hire charges by 20p")
_GAPPED = re.compile(rf"[,;]\s*(?:and\s+|but\s+|while\s+)?(?:the\s+|its\s+|their\s+)?([A-Za-z][^,;:()£$€0-9]{{1,50}}?)\s+"
                     rf"(by|to)\s+{_ABOUT}$", re.IGNORECASE)
# a second comparison of the same thing ("6% higher than in 2029 and 31% higher than in 2026")
_AND_AGAIN = re.compile(r"\s+(more|less|fewer|higher|lower|greater|smaller)\s+than\b[^,;:()]{0,40}?\s+and\s+",
                        re.IGNORECASE)
_SUBJECT_YEAR = re.compile(r"\s+(?:for|in)\s+[0-9]{4}(?:[/-][0-9]{2,4})?\b")
# "£85,000 below budget", "£450,000 more than planned", "£40,000 better than the forecast made in June"
_AGAINST = re.compile(
    r"\s+((?:more|less|higher|lower|fewer|greater|better|worse)\s+than|above|below|over|under|within)\s+"
    r"((?:the\s+|its\s+|their\s+)?[A-Za-z][^,;:.()0-9]{1,60})")
_PLAN_WORDS = frozenset(["budget", "budgeted", "planned", "plan", "forecast", "forecasted", "expected", "target",
                         "estimate", "estimated", "profile", "position", "anticipated", "projected", "assumed"])
_CLAUSE_END = re.compile(r"\s+(?:because|as|but|and|while|which|due|mainly|largely|partly|owing|this|so)\b.*$",
                         re.IGNORECASE)
_BE_BEFORE = re.compile(
    r"([^,;:.()\n\t]{2,90}?)\s+(?:is|are|was|were|will\s+be|"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:forecast|expected|estimated|projected|likely|predicted)\s+to\s+be)"
    r"\s+(?:now\s+|still\s+|currently\s+)?$")
_UP_ON = re.compile(r"[^,;:()]{0,40},\s*(up|down)\s+(?:by\s+)?", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\(\s*")
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|which|whom)\b", re.IGNORECASE)
# the phrase a part "N of them" has of its own, right after: "21,500 of them outside the borough",
# "12 of them in rural parishes" (a place, an age, a group; not a verb's clause)
_OWN_AFTER = re.compile(r"\s+((?:over|under|outside|inside|in|at|aged|with|without|living|within|on)\s+"
                        r"[A-Za-z0-9][^,;:.()\n\t]{1,50}?)(?=\s*(?:[,;:.()]|\s+(?:and|but|while|who|which|whose)\b|$))")
_PRONOUNS = frozenset(["this", "that", "it", "these", "those", "which", "there", "they", "we"])
_LEAD = re.compile(r"^(?:(?:in|for|during|by)\s+[0-9/–-]+\s+)?(?:(?:the|a|an|its|their|our)\s+)?", re.IGNORECASE)


# "..., an increase of 4.4%", "£8.15, a rise of 1.7%": the change of what a figure before measures
_NOUNS = "|".join(CHANGE_NOUNS)
_APPOSED_CHANGE = re.compile(r"(?:[,;(]|\bor|\band)\s+(?:an?|the)\s+(?:(?:further|overall|total|net)\s+)?"
                             rf"({_NOUNS})\s+of\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"(?:[,;(]|\bor|\band)\s+an?\s+$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(rf"\s+({_NOUNS})\b", re.IGNORECASE)
_CHANGE_OF = re.compile(rf"^({_NOUNS}|change)\s+in\s+", re.IGNORECASE)
_VERB_IN = re.compile(rf"\b(?:{CHANGE_VERB_PATTERN}|is|are|was|were|has|have|had)\b", re.IGNORECASE)
# a benchmark the figure before is set against: "..., against a target of 70%", "compared with the
# regional average of 48%": its bare label ("target") is the benchmark of what that figure measures
_BENCH_OF = re.compile(r"\b(?:against|compared\s+(?:with|to)|short\s+of|below|above)\s+(?:an?|the|its|their)\s+"
                       r"((?:[A-Za-z]+\s+){0,2}?(?:target|average|benchmark|minimum|maximum|limit|standard))\s+of\s+$",
                       re.IGNORECASE)
_OR_BETWEEN = re.compile(r"\s*,?\s+or\s+")
_BARE_CHANGE = frozenset(fold(w) for w in (*CHANGE_NOUNS, "line"))  # "line": "a rise in line with ..."


def _apposed_change(text: str, c: Cand, before: str, last: list[Cand]) -> None:
    """"The price rose from £8m to £9m, an increase of 12%": the 12% is the rise in what the
    figure before it measures, where the parse gave it the bare change noun (or nothing)."""
    if c.label and not content_words(c.label) <= _BARE_CHANGE:
        return
    change = m.group(1) if (m := _APPOSED_CHANGE.search(before)) is not None else None
    if change is None and _A_BEFORE.search(before) and (m := _CHANGE_AFTER.match(text, c.end)):
        change = m.group(1)  # "..., a 9.7% increase"
    if change is not None:
        base = next((p.label for p in reversed(last) if p.label and not content_words(p.label) <= _BARE_CHANGE), None)
        if base:
            c.label = f"{change.lower()} in {_CHANGE_OF.sub('', base)}"
    elif last and _OR_BETWEEN.fullmatch(text, last[-1].end, c.start) and _CHANGE_OF.match(last[-1].label or ""):
        c.label = last[-1].label  # "an increase of £8.15 or 1.7%": the same change as a share


def _phrase(words: str) -> str | None:
    kept = _LEAD.sub("", words.strip()).split()
    while kept and kept[-1].lower() in STOP_WORDS:
        kept.pop()
    return clean_label(" ".join(kept)) or None


def shape_labels(text: str, cands: Sequence[Cand]) -> None:
    """Relabel the prose figures of one text by the shapes in the module's docstring."""
    prose = sentence_prose(cands)
    for k, c, last in with_labelled_before(prose):
        ss = c.sentence[0] if c.sentence else c.start
        before = text[max(ss, c.start - 160) : c.start]
        if not c.label and (m := _TAKING_TO.search(before)):
            c.label = _phrase(m.group(1))  # "taking the Band D charge to £2,104.35": the charge
        if not c.label and (m := _PRONOUN_TO.search(before)):
            np = _LAST_NP.search(before[: m.start()])
            c.label = (_phrase(np.group(1)) if np else None) or c.label
        if not c.label and (m := _CHANGE_BEFORE.search(before)):
            subject = _phrase(_SUBJECT_YEAR.sub("", m.group(1)))
            if subject and subject.split()[0].lower() not in _PRONOUNS:
                noun = change_noun_of(m.group(2))  # no "by": "hall hire goes up 5.5%"
                c.label = f"{noun} in {subject}" if (m.group(3) or "by").lower() == "by" else subject
        if not c.label and last and (m := _GAPPED.search(before)) and (prior := _CHANGE_OF.match(last[-1].label or "")):
            subject = _phrase(m.group(1))  # "pitch fees rise by 3.1%, and changing room charges by 20p"
            if subject and subject.split()[0].lower() not in _PRONOUNS and not _VERB_IN.search(subject):
                c.label = f"{prior.group(1).lower()} in {subject}" if m.group(2).lower() == "by" else subject
        if (not c.label and last and last[-1] is prose[k - 1] and (m := _AND_AGAIN.fullmatch(text, last[-1].end, c.start))
                and re.match(rf"\s+{m.group(1)}\s+than\b", text[c.end :], re.IGNORECASE)):
            c.label = last[-1].label  # "6% higher than in 2029 and 31% higher than in 2026": the same change
        if last and (of := _OF_THEM.match(text, c.end)):
            if not (c.label and content_words(last[-1].label) & content_words(c.label)):
                # "18,400 calls, and 87% of them within two minutes"; "1,146 responses, 58% of which came online"
                c.label = f"{last[-1].label} {c.label}" if c.label else last[-1].label
            own = _OWN_AFTER.match(text, of.end())
            if own and not only_time(own.group(1)) and not content_words(own.group(1)) <= content_words(c.label):
                c.label = f"{c.label} {own.group(1)}"  # "12 of them in rural parishes": which of them
        elif not c.label and last and last[-1] is prose[k - 1] and (m := _UP_ON.fullmatch(text, last[-1].end, c.start)):
            # "brought in £1.9m, up 8% on the previous year": the change in what the figure before measures
            c.label = f"{'increase' if m.group(1).lower() == 'up' else 'decrease'} in {last[-1].label}"
        elif not c.label and last and last[-1] is prose[k - 1] and _BRACKETED.fullmatch(text, last[-1].end, c.start):
            c.label = last[-1].label  # "rose by £1.1m (12%)": the same change as a share
        if (c.label and last and (m := _BENCH_OF.search(before)) and content_words(c.label) <= content_words(m.group(1))
                and not content_words(m.group(1)) & content_words(last[-1].label)):
            c.label = f"{c.label} for {last[-1].label}"  # "68% of staff trained, against a target of 70%"
        _apposed_change(text, c, before, last)
        _against(text, c, before, prose[:k])


def _against(text: str, c: Cand, before: str, earlier: list[Cand]) -> None:
    end = c.sentence[1] if c.sentence else len(text)
    m = _AGAINST.match(text, c.end, end)
    if m is None:
        return
    base = _CLAUSE_END.sub("", m.group(2)).strip()
    words = base.split()
    if not words or len(words) > 8:
        return
    against = f"{m.group(1)} {_phrase(base) or base}"
    subject = None
    if (b := _BE_BEFORE.search(before)) is not None:
        det = re.search(r"\b(?:[Tt]he|an?|its|their|our)\s", b.group(1))
        subject = _phrase(b.group(1)[det.start() :] if det else b.group(1))
        if subject and subject.split()[0].lower() in _PRONOUNS:
            subject = None
    elif re.fullmatch(r"\s*,\s*", text[earlier[-1].end : c.start] if earlier else "x"):
        subject = earlier[-1].label  # "... to cost £3.2m, £450,000 more than planned"
    if not (content_words(base) & _PLAN_WORDS) and (c.label or not subject or m.group(1) in ("over", "under")):
        return  # "more than in 2024" after another figure, "over 400 people": not set against a plan
    own = content_words(c.label)
    if c.label and own and not own <= content_words(subject) and not own <= content_words(against):
        return  # a label of its own that says more
    c.label = f"{subject} {against}" if subject else against


__all__ = ["shape_labels"]
