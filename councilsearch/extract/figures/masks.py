"""Masking: what only looks like a number (e-mail addresses, URLs, telephone numbers,
postcodes, paragraph and list numbers, references such as "paragraph 43", ratios, clock
times). Masked digits become ``#`` in a working copy of the text, offsets unchanged, so the
scanner cannot read them."""

from __future__ import annotations

import re

from councilsearch.extract.figures.lexicon import MON, SP

_REF_WORDS = (
    r"pages?|pp?\.?|paras?\.?|paragraphs?|sections?|appendix|appendices|annex(?:es)?|items?|"
    r"agenda{SP}+items?|minutes?|tables?|figures?|fig\.?|charts?|graphs?|diagrams?|options?|"
    r"phases?|stages?|strands?|recommendations?|regulations?|rules?|clauses?|articles?|parts?|"
    r"chapters?|steps?|tiers?|levels?|priority|priorities|questions?|period|quarters?|waves?|"
    r"rounds?|wards?|junctions?|routes?|rooms?|no\.?|version|themes?|objectives?|outcomes?|"
    r"principles?|lots?|pillars?|workstreams?|schedules?|exhibits?|footnotes?|notes?|grades?|"
    r"bands?|units?|blocks?|plots?|sites?|zones?|scenarios?|key{SP}+stages?|weeks?|days?|"
    r"actions?|indicators?|standards?|criteri(?:on|a)|s\."
).replace("{SP}", SP)
_REF_NUM = r"[0-9]+[A-Za-z]?(?:\.[0-9]+)*(?:/[0-9]+)?"


def _by_first_letter(alternatives: str) -> str:
    """The same alternation grouped by first letter ("pages?|paras?|items?" ->
    "p(?:ages?|aras?)|i(?:tems?)"), each group's words in their order: it matches what the
    flat one matches (at a position only the group of the letter there can match, and it
    tries the same words in the same order), but the regex engine tries one test per letter
    instead of one per word at every word start of the text. Each word must start with a
    letter (case-insensitive matching keeps that letter's other cases in its group)."""
    words: list[str] = []
    depth, cur, in_class, i = 0, "", False, 0
    while i < len(alternatives):
        ch = alternatives[i]
        if ch == "\\":  # an escaped character, in a class or not
            cur += alternatives[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            words.append(cur)
            cur, i = "", i + 1
            continue
        cur += ch
        i += 1
    words.append(cur)
    groups: dict[str, list[str]] = {}
    for w in words:
        if not w[:1].isalpha():
            return alternatives
        groups.setdefault(w[0].lower(), []).append(w[1:])
    return "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items())


_MASKS = [
    re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),  # e-mail
    re.compile(r"(?:https?://|www\.)[^\s<>\"]+"),  # URL
    # telephone: 0118 496 0123, 01632 960999, +44 (0)118 496 0123
    re.compile(
        r"(?<![0-9,.])(?:\+44[ ]?(?:\(0\)[ ]?)?[0-9]{2,4}|\(?0[0-9]{2,4}\)?)[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}(?![0-9])"
    ),
    re.compile(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}\b"),  # postcode
    # paragraph, list and heading numbers at the start of a line
    re.compile(
        r"^[ \t]*(?:[-•*▪●◦–#>]+[ \t]*)?(?:"
        r"\(?[0-9]{1,3}\)(?=\s+[A-Za-z(])"  # (1) / 1)
        r"|[0-9]{1,3}(?:\.[0-9]{1,3})*\.(?=\s)"  # 47.  3.1.
        r"|[0-9]{1,3}(?:\.[0-9]{1,3})+(?=[ \t]+[A-Z])"  # 3.1 Heading
        r"|[0-9]{1,2}:(?=\s))",  # 1: Do nothing
        re.MULTILINE,
    ),
    # "14 The borough council has no overall control": a paragraph number without a full stop
    re.compile(
        rf"^[ \t]*(?:[-•*▪●◦–#>]+[ \t]*)?[0-9]{{1,3}}(?=[ \t]+(?!(?:{MON})\b)[A-Z‘'\"“])",
        re.MULTILINE,
    ),
    # the same at the start of a table cell or after a tag ("<p>2. Current position")
    re.compile(r"(?:(?<=\t)|(?<=>))[ ]*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.(?=\s)|[0-9]{1,2}:(?=\s))"),
    # page numbers on a line of their own
    re.compile(r"^[ \t]*[0-9]{1,3}[ \t]*$", re.MULTILINE),
    # enumerations in running text: "three steps: 1) map them ... and 2) consult"
    re.compile(r"(?<=[\s:;,])[0-9]{1,2}\)(?=[ ]+[A-Za-z])"),
    # ages: "aged over 85", "aged 11 to 16", "people over 65", "under-16s"
    re.compile(r"\b(?i:aged|ages)[ ]+(?:(?i:over|under|between|from)[ ]+)?[0-9]{1,3}(?:[ ]*(?:-|–|to|and)[ ]*[0-9]{1,3})?"
               r"(?![0-9]|[.,][0-9]|%)"),
    re.compile(r"\b(?i:people|persons|residents|adults|men|women|children|pupils|patients|those|anyone)[ ]+"
               r"(?i:over|under|older[ ]+than|younger[ ]+than)[ ]+[0-9]{1,3}(?![0-9]|[.,][0-9]|%|[ ]*(?i:per|years?[ ]+of))"),
    re.compile(r"\b(?i:over|under)-[0-9]{1,2}s?\b"),
    # a resolution's numbered items in running text: "RESOLVED that (1) the report be noted; (2) ..."
    re.compile(r"(?<=[\s:;,])\([0-9]{1,2}\)(?=[ ]+(?:[A-Za-z]|£[0-9]))"),
    # references: paragraph 43, (Pages 7 - 48), Recommendation 1, Section 38, Appendix 2
    re.compile(
        rf"(?i:\b(?:{_by_first_letter(_REF_WORDS)})){SP}*(?:(?i:no)\.?{SP}*)?{_REF_NUM}"
        rf"(?:{SP}*(?:-|–|to|and|&|,|of){SP}*{_REF_NUM})*(?![0-9%]|{SP}+(?:{MON})\b|{SP}*(?i:per{SP}?cent))"
    ),
    re.compile(r"\b(?i:year)[ ]+[0-9]{1,2}(?![0-9]|[/–-][0-9])"),  # "Year 6" (school), "year 4" (of a plan)
    re.compile(r"(?<![0-9])[0-9]{1,2}:[0-9]{1,2}(?![0-9])"),  # ratios 2:1, times 10:30
    re.compile(r"(?<![0-9])[0-9]{1,2}(?:[.:][0-9]{2})?[ ]?(?i:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"),
    re.compile(r"\.{3,}[ ]*[0-9]+"),  # table-of-contents leaders
]
_DIGIT = re.compile(r"[0-9]")


def mask(text: str) -> str:
    """Copy of ``text`` with the digits of non-figures replaced by ``#`` (same length)."""
    work = text
    for rx in _MASKS:
        work = rx.sub(lambda m: _DIGIT.sub("#", m.group(0)), work)
    return work
