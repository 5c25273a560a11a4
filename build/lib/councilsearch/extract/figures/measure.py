"""What a figure measures, as a key that figures of different documents share: the measure key.

``measure_key(label, glossary)`` turns a figure's label ("Dedicated Schools Grant deficits",
"deficit on the DSG", "the projected DSG deficit") into one string ("dedicat deficit grant
school") by general rules, never by a list of any corpus's phrases:

- **inflections and function words**: the label normaliser of ``words`` (one home for it):
  content words only, lower-cased, plurals and verb endings folded ("deficits" -> "deficit");
- **word order**: the folded words are a set, written sorted ("deficit on the DSG" ==
  "DSG deficit");
- **acronyms**: a word that is an acronym the documents define (the store's glossary table:
  "Dedicated Schools Grant (DSG)") stands for its expansion's words, so "DSG deficit" ==
  "Dedicated Schools Grant deficit";
- **periods**: financial years and years written into a label ("FY 26/27", "2025/26", "by
  2030", "for the year") are the figure's period, not what it measures; other words with digits (a row's
  reference, "TR03", "Fund 4") stay, as written, since they tell table rows apart;
- **the rest**: "other" is a function word, but "other underspends" are the ones not named,
  so a label with "other" keeps it;
- **status words**: "forecast", "projected", "estimated", "revised", "updated", "latest"...
  say how sure a value is, not what it measures, so "forecast DSG deficit" and "DSG deficit"
  are one measure; ``status_words(label)`` returns them (the conflict rules read them: a
  forecast updated by a later document is a revision, not a conflict).

``measure_name(labels)`` is the label people see for a group: its most common label (the
shortest of those, ties by text). ``measure_id(council, key, kind, unit)`` names a measure in
URLs and JSON. Used by ``councilsearch.index.measures`` (timelines and conflicts), the figures
page and saved figure rules.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from councilsearch.extract.figures.words import STOP_WORDS, content_words, fold

# English words that say how final a value is (an estimate, a restatement), not what it measures
_STATUS_TEXT = """
    forecast forecasts forecasted forecasting projected projection projections project estimated
    estimate estimates expected anticipated predicted revised revision updated update latest
    original initial provisional indicative draft
"""
STATUS_WORDS = frozenset(_STATUS_TEXT.split())
_STATUS_STEMS = frozenset(fold(w) for w in STATUS_WORDS)
# a financial year, a short year pair, a year, "FY" before a year: the period, not the measure
_PERIOD = re.compile(
    r"\b(?:FY\s*)?(?:(?:19|20)\d{2}\s*[/\-–]\s*\d{2,4}|\d{2}\s*/\s*\d{2}|(?:19|20)\d{2})\b|\bFY\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_][\w&]*", re.UNICODE)
_YEAR_PHRASE = re.compile(r"\b(?:for|in|during|over|of)\s+(?:the\s+)?(?:financial\s+)?year\b", re.IGNORECASE)
_OTHER = re.compile(r"\bother\b", re.IGNORECASE)
_IDENT = re.compile(r"\b\w*\d\w*\b")  # a row's reference or number ("TR03", "Fund 4") tells rows apart


def _expand(label: str, glossary: Mapping[str, str]) -> str:
    """``label`` with each word that is a defined acronym replaced by its expansion (matched as
    written, or in any case when the word is not an English function word)."""
    if not glossary:
        return label
    folded = {a.casefold(): x for a, x in glossary.items()}

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in glossary:
            return f" {glossary[w]} "
        if w.casefold() not in STOP_WORDS and len(w) >= 2 and w.casefold() in folded and w.isupper():
            return f" {folded[w.casefold()]} "
        return w

    return _TOKEN.sub(sub, label)


def key_words(label: str | None, glossary: Mapping[str, str] | None = None) -> frozenset[str]:
    """The folded content words a measure key is made of (see the module docstring)."""
    if not label:
        return frozenset()
    text = _YEAR_PHRASE.sub(" ", _PERIOD.sub(" ", label))
    idents = {w.lower() for w in _IDENT.findall(text)}
    text = _expand(text, glossary or {})
    residual = {"other"} if _OTHER.search(text) else set()  # "other underspends" are not the named ones
    return frozenset(w for w in content_words(text) if w not in _STATUS_STEMS) | idents | residual


def measure_key(label: str | None, glossary: Mapping[str, str] | None = None) -> str:
    """A figure label as a measure key: folded content words, acronyms expanded, periods and
    status words dropped, sorted ("" when nothing is left). ``glossary``: acronym -> expansion,
    as the documents define them (``Store.all_glossary``)."""
    return " ".join(sorted(key_words(label, glossary)))


def status_words(text: str | None) -> tuple[str, ...]:
    """The status words in ``text`` ("forecast", "revised"...), lower-cased, in order."""
    if not text:
        return ()
    return tuple(w.lower() for w in _TOKEN.findall(text) if w.lower() in STATUS_WORDS)


def measure_name(labels: Iterable[str]) -> str:
    """The label a group of figures is shown under: the most common one, then the one with
    most content words ("budget gap" before "gap"), the shortest, the first alphabetically
    (periods written into labels left out)."""
    counts = Counter(_tidy(x) for x in labels if x and _tidy(x))
    if not counts:
        return ""
    return min(counts, key=lambda x: (-counts[x], -len(content_words(x)), len(x), x.casefold()))


def _tidy(label: str) -> str:
    """A label without the periods written into it ("Budget gap – 2025-26" -> "Budget gap")."""
    text = " ".join(_YEAR_PHRASE.sub(" ", _PERIOD.sub(" ", label)).split())
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return " ".join(text.split()).strip(" –-—:,/(")


def measure_id(council: str, key: str, kind: str, unit: str) -> str:
    """A short stable id for one measure of one council (12 hex digits)."""
    raw = "\x1f".join((council, key, kind, unit)).encode()
    return hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:12]


def glossary_map(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(acronym, expansion) pairs, most common first (``Store.all_glossary``) -> one expansion
    per acronym (the first seen); an acronym whose expansion is itself one word is left out."""
    out: dict[str, str] = {}
    for acronym, expansion in pairs:
        if acronym and acronym not in out and len(content_words(expansion)) >= 2:
            out[acronym] = expansion
    return out


__all__ = ["STATUS_WORDS", "glossary_map", "key_words", "measure_id", "measure_key", "measure_name", "status_words"]
