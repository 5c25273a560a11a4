"""Acronyms (Schwartz & Hearst 2003) and other names a document defines for itself.

Definitions are learned per document ("Example Schools Grant (ESG)", "(ESG) Example Schools
Grant", "ExDT (Example, Data and Technology)", "ESG = Example Schools Grant", plurals such as
"EHPs" and "EHP's"); every use of an acronym becomes an entity whose ``normalised`` is the
expansion, typed by the expansion's head noun: an ORG when it names a body ("Example Shared
Services", "... Agency"), a PROGRAMME or COMMITTEE likewise, else an ACRONYM. A plural use
takes the plural expansion ("KDIs" -> "Key Delivery Indicators"). "Example Consulting
Limited (Example)" makes later uses of "Example" name the company."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from councilsearch.extract.entities.agency import acts_as_body, publishes
from councilsearch.extract.entities.candidates import Cand, DocContext
from councilsearch.extract.entities.domain import SUFFIX_SET, canonical_body, word_set
from councilsearch.extract.entities.shapes import head_type, pluralise

_SF = r"[A-Za-z][A-Za-z0-9&]{0,9}?"
_PLURAL = r"(?:s|['’]s)?"
_LF_SF_RE = re.compile(r"\((" + _SF + r")" + _PLURAL + r"\)")
_SF_AFTER_RE = re.compile(r"(?<![\w&])(" + _SF + r")" + _PLURAL + r"\s*\(([^()\n\t]{3,160})\)")
_SF_BEFORE_RE = re.compile(r"\((" + _SF + r")" + _PLURAL + r"\)[ \t]*([^()\n\t]{3,200})")
# "ESG = Example Schools Grant" anywhere (several on a line: "ESG = ...; QRS = ..."); "ESG: Example
# Schools Grant" or "ESG – ..." opening a line
_SF_EQUALS_RE = re.compile(r"(?<![\w&])(" + _SF + r")" + _PLURAL + r"[ \t]*=[ \t]*([A-Za-z][^\n\t=;]{2,160})")
_SF_OPENS_RE = re.compile(
    r"^[ \t•*-]*(" + _SF + r")" + _PLURAL + r"[ \t]*(?::|–|—|\t| - )[ \t]*([A-Z][^\n\t]{2,160})$", re.M
)
_BOUNDARY = re.compile(r"[.;:!?()\[\]\t•|]|\s[-–—]\s|\*\*")
_WORD_RE = re.compile(r"\S+")


def _is_short_form(sf: str) -> bool:
    return (
        2 <= len(sf) <= 10
        and sf[0].isalpha()
        and sum(c.isupper() for c in sf) >= 2
        and not (sf.isupper() and len(sf) > 1 and sf.isalpha() and sf.lower() in {"new", "tbc"})
    )


def _initials_match(sf: str, lf: str) -> int | None:
    """Every letter of ``sf`` is the initial of a word of ``lf``, right to left, the last letter
    on the last word (words such as "and" may be skipped). Returns the long form's start."""
    letters = [c.lower() for c in sf if c.isalnum()]
    words = [(m.start(), m.group().lstrip("(\"'“‘")) for m in _WORD_RE.finditer(lf)]
    words = [(a, w) for a, w in words if w]
    if not letters or not words or words[-1][1][0].lower() != letters[-1]:
        return None
    j = len(words) - 1
    start = None
    for c in reversed(letters):
        while j >= 0 and words[j][1][0].lower() != c:
            j -= 1
        if j < 0:
            return None
        start = words[j][0]
        j -= 1
    return start


def _sh_match(sf: str, lf: str) -> int | None:
    """Schwartz-Hearst: match the letters of ``sf`` right to left inside ``lf``; the first
    letter must start a word. Returns the start offset of the long form in ``lf``. A match on
    word initials alone is tried first ("Example Support Services Programme (ESSP)", where
    plain Schwartz-Hearst would take the final "s" of "Services" and stop one word short)."""
    by_initials = _initials_match(sf, lf)
    if by_initials is not None:
        return by_initials
    s = len(sf) - 1
    li = len(lf) - 1
    while s >= 0:
        c = sf[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while li >= 0 and (lf[li].lower() != c or (s == 0 and li > 0 and lf[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        s -= 1
    return lf.rfind(" ", 0, li + 1) + 1 if li >= 0 else 0


def _max_words(sf: str) -> int:
    n = sum(c.isalnum() for c in sf)
    return min(n + 5, 2 * n)


_LF_BAD_START = frozenset({"in", "of", "the", "and", "for", "to", "a", "an", "on", "at", "by", "or", "with"})


def _clean_long_form(lf: str, plural: bool) -> str | None:
    lf = " ".join(lf.strip(" ,-–\"'“”‘’*").split())
    if len(lf) < 3 or not re.search(r"[A-Za-z]{2}", lf) or lf.split()[0].lower() in _LF_BAD_START:
        return None
    if plural:
        lf = re.sub(r"(?<=[a-z])s$", "", lf) if not lf.endswith("ss") else lf
    return lf


def _definitions(text: str) -> Iterator[tuple[str, str, int]]:
    """(short form, long form, offset) for each acronym definition found in ``text``."""
    for m in _LF_SF_RE.finditer(text):
        sf = m.group(1)
        plural = m.end(1) < m.end() - 1
        if not _is_short_form(sf):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        cut = 0
        for b in _BOUNDARY.finditer(before):
            cut = b.end()
        before = before[cut:].rstrip()
        words = list(_WORD_RE.finditer(before))[-_max_words(sf) :]
        if not words:
            continue
        window = before[words[0].start() :]
        start = _sh_match(sf, window)
        if start is None:
            continue
        lf = _clean_long_form(window[start:], plural)
        if lf and len(lf) > len(sf) and sf.lower() not in lf.lower().split():
            yield sf, lf, m.start()
    for m in _SF_AFTER_RE.finditer(text):  # "ExDT (Example, Data and Technology)"
        sf, inner = m.group(1), m.group(2).strip()
        if not _is_short_form(sf) or len(_WORD_RE.findall(inner)) > _max_words(sf):
            continue
        start = _sh_match(sf, inner)
        lf = _clean_long_form(inner, False)
        if start == 0 and lf and inner[0].lower() == sf[0].lower() and _uses_last_word(sf, inner):
            yield sf, lf, m.start()
    for m in _SF_BEFORE_RE.finditer(text):  # "(ESG) Example Schools Grant"
        sf, after = m.group(1), m.group(2)
        plural = m.end(1) < m.start(2) and text[m.end(1)] != ")"
        lf = _long_form_after(sf, after, plural)
        if lf:
            yield sf, lf, m.start()
    # "ESG = Example Schools Grant", "ESG – Example Schools Grant": each form on its own, so that a
    # line opening "Key: ESG = ..." is read for its "=" though "Key:" opened it
    for m in (*_SF_EQUALS_RE.finditer(text), *_SF_OPENS_RE.finditer(text)):
        g = 1
        sf, after = m.group(g), m.group(g + 1)
        plural = text[m.end(g) : m.end(g) + 1] in ("s", "'", "’")
        lf = _long_form_after(sf, after, plural)
        if lf:
            yield sf, lf, m.start()


def _long_form_after(sf: str, after: str, plural: bool) -> str | None:
    """The shortest run of words opening ``after`` that ``sf`` abbreviates."""
    if not _is_short_form(sf):
        return None
    stop = _BOUNDARY.search(after)
    after = after[: stop.start()] if stop else after
    words = list(_WORD_RE.finditer(after))[: _max_words(sf)]
    if not words or after[0].lower() != sf[0].lower():
        return None
    cands = [after[: w.end()].rstrip(",") for w in words]
    best = next((c for c in cands if _initials_match(sf, c) == 0), None)
    if best is None:  # letters inside words: plain Schwartz-Hearst, shortest first
        best = next((c for c in cands if _sh_match(sf, c) == 0 and _uses_last_word(sf, c)), None)
    lf = _clean_long_form(best, plural) if best else None
    return lf if lf and len(lf) > len(sf) else None


def _uses_last_word(sf: str, lf: str) -> bool:
    """The last letter of the short form is the initial of the long form's last word."""
    letters = [c for c in sf if c.isalnum()]
    last = lf.split()[-1].lstrip("(\"'“‘")
    return bool(letters) and bool(last) and last[0].lower() == letters[-1].lower()


def glossary(text: str) -> dict[str, str]:
    """Acronym -> expansion learned from ``text`` ("ESG" -> "Example Schools Grant").

    Plural short forms are folded into the singular ("EHPs" -> "EHP"). When one acronym is
    defined more than once, the most frequent expansion wins (ties: the first). A document's
    analysis asks for its glossary several times (entities, their filters, the stored
    glossary): the last few texts' answers are kept, and each caller gets its own dict."""
    return dict(_glossary(text))


@functools.lru_cache(maxsize=2)
def _glossary(text: str) -> tuple[tuple[str, str], ...]:
    votes: dict[str, Counter[str]] = {}
    first: dict[tuple[str, str], int] = {}
    shown: dict[tuple[str, str], str] = {}
    for sf, lf, pos in _definitions(text):
        key = lf.lower()
        votes.setdefault(sf, Counter())[key] += 1
        if (sf, key) not in first or pos < first[(sf, key)]:
            first[(sf, key)] = pos
            shown[(sf, key)] = lf
    out: dict[str, str] = {}
    for sf, c in votes.items():
        best = max(c, key=lambda k: (c[k], -first[(sf, k)]))
        out[sf] = shown[(sf, best)]
    return tuple(sorted(out.items()))


_ACRONYM_STOP = word_set(
    "I A AN AM PM AGENDA PRESENT RESOLVED NOTE KEY DECISION AND THE OF FOR TO IN ON AT BY OR NO "
    "YES OK IT WE US IS BE AS IF SO DO GO UP MAY JUNE JULY ITEM ALL NEW NOT"
)
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_UNKNOWN_ACRONYM = re.compile(r"(?<![\w&/.-])([A-Z][A-Z&]*[A-Z])(s?)(?![\w&]|-\w|\.\w)")


def _mostly_plural(sf: str, text: str) -> bool:
    """The document writes the acronym in the plural ("EHPs", "EHP's") at least as often as not."""
    rx = re.compile(r"(?<![\w&])" + re.escape(sf) + r"((?:['’]?s)?)(?![\w&])")
    forms: Counter[str] = Counter()
    # a use starts where the text has the acronym: tried only there (str.find), in the order
    # and with the non-overlapping steps of a scan, instead of at every position of the text
    pos = text.find(sf) if sf else -1
    while pos >= 0:
        m = rx.match(text, pos)
        if m:
            forms[m.group(1)] += 1
        pos = text.find(sf, m.end() if m else pos + 1)
    plural = sum(n for f, n in forms.items() if f)
    return plural > 0 and plural >= forms.get("", 0)


def acronym_uses(
    text: str, gloss: dict[str, str], taken: list[tuple[int, int]], ctx: DocContext
) -> list[Cand]:
    out: list[Cand] = []
    if gloss:
        keys = sorted(gloss, key=len, reverse=True)
        pat = re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, keys)) + r")(s?)(?![\w&])")
        kinds = {sf: head_type(lf.split()) or "ACRONYM" for sf, lf in gloss.items()}
        for sf in kinds:  # "6,000 open XYZs": what is counted in the plural is a kind, not one programme
            if kinds[sf] == "PROGRAMME" and _mostly_plural(sf, text):
                kinds[sf] = "ACRONYM"
        for m in pat.finditer(text):
            sf = m.group(1)
            lf = gloss[sf] if not m.group(2) else pluralise(gloss[sf])
            s, e = m.start(), m.end()
            out.append(Cand(s, e, kinds[sf], canonical_body(lf), 2, (s, e)))
    known = set(gloss)
    found = list(_UNKNOWN_ACRONYM.finditer(text))
    uses = Counter(m.group(1) for m in found)
    bodies = {
        m.group(1) for m in found
        if not m.group(2) and (acts_as_body(text, m.start(), m.end()) or publishes(text, m.end()))
    }
    for m in found:
        sf = m.group(1)
        if sf in known or sf in _ACRONYM_STOP or _ROMAN.match(sf) or len(sf) > 6 or sf in SUFFIX_SET:
            continue
        if sf.endswith("XX") or (len(sf) >= 4 and ctx.common(sf) and uses[sf] < 5):
            continue  # "ABXX" placeholders; a capitalised word in a table header
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        line = text[ls : le if le >= 0 else len(text)]
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.islower() for c in letters) < 0.3 * len(letters):
            continue  # a heading in capitals, not an acronym
        s, e = m.start(), m.end()
        label = "ORG" if _COUNCIL_ABBREVIATION.match(sf) or sf in bodies else "ACRONYM"
        out.append(Cand(s, e, label, sf, 0, (s, e)))
    return out


# "XYZBC", "XDC": the usual abbreviations of "... Borough Council" and "... District Council"
_COUNCIL_ABBREVIATION = re.compile(r"^[A-Z]{1,5}(?:BC|DC)$")
_LEGAL_ALIAS_RE = re.compile(
    r"\b((?:[A-Z][\w&'’]+ )+(?:Limited|Ltd\.?|LLP|plc|PLC))\s*\(\s*([A-Z][a-z]{2,})\s*\)"
)


def company_aliases(text: str) -> list[Cand]:
    """ "Example Consulting Limited (Example)": later uses of "Example" name the same company."""
    out: list[Cand] = []
    for m in _LEGAL_ALIAS_RE.finditer(text):
        full, alias = m.group(1), m.group(2)
        if full.split()[0] != alias:
            continue
        canon = re.sub(r"\s+(?:Limited|Ltd\.?|LLP|plc|PLC)$", "", canonical_body(full))
        for u in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
            out.append(Cand(u.start(), u.end(), "ORG", canon, 2, (u.start(), u.end())))
    return out
