"""Figures read against the figure written before them in their sentence, after every other
label pass (English punctuation and grammar; no word of any corpus):

- a share set in apposition after another figure is that figure's measure as a share of its
  whole: in "unpaid stall fees reached £212,000 by the autumn, 3.1% of the fees billed" and
  "capital receipts of £3.9m, or 41% of the programme, ..." the share says how big the amount
  before it is against the whole named after "of", so its label is the amount's label, then "as a
  share of", then the whole, where the parse gave only the whole (that label is kept as its measure);
- a figure after "and the lowest", "and a second" (a superlative or an ordinal with its noun
  left out) measures the noun of the figure before it that has the contrasting word ("the
  dearest hall hire is £48.20 and the cheapest £9.10": the cheapest hall hire; "a first
  allotment plot costs £31 and a second £57": a second plot), with its own place if it names one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from councilsearch.extract.figures.candidates import Cand, sentence_prose
from councilsearch.extract.figures.words import content_words

# after the amount: words of its own clause (no other figure, no clause break), then a comma
# and at most "or" and a word of approximation before the share
_BETWEEN = re.compile(r"[^,;:()\[\]]{0,90},\s*(?:or\s+)?(?:(?:about|around|some|roughly|nearly|almost|just\s+over|"
                      r"just\s+under|over|under|approximately)\s+)?", re.IGNORECASE)
# a part and its whole: "18 of the 40"
_PART = re.compile(r"\s+of\s+(?:the|its|their|our)\s+", re.IGNORECASE)
# the share's whole, named after "of" (not a pronoun pointing back: "40% of which came from")
_OF_WHOLE = re.compile(r"\s+of\s+(?!(?:which|whom|them|these|those|it|this|that)\b)([^,;:.()\n\t]{1,80})", re.IGNORECASE)


def share_in_apposition(text: str, cands: Sequence[Cand]) -> None:
    """Relabel each percentage set in apposition after an amount or a count (see the module
    docstring) whose label names only its whole."""
    prose = sentence_prose(cands)
    for k, (prev, c) in enumerate(itertools.pairwise(prose)):
        if k > 0 and prose[k - 1].sentence == prev.sentence and _PART.fullmatch(text, prose[k - 1].end, prev.start):
            prev = prose[k - 1]  # "18 of the 40 reviews had been finished, 45% of the programme": the 18's share
        if (c.kind != "percent" or prev.kind not in ("money", "count") or prev.sentence != c.sentence
                or not prev.label or not c.label):
            continue
        if not _BETWEEN.fullmatch(text, prev.end, c.start):
            continue
        whole = _OF_WHOLE.match(text, c.end)
        own = content_words(c.label)
        if whole is None or not own or not own <= content_words(whole.group(1)) | content_words(text[prev.end:c.start]):
            continue  # the share says more than its whole and the amount's clause ("12% of them were late")
        c.measure = c.measure or c.label
        c.label = f"{prev.label} as a share of {c.label}"


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
# after the figure before: "and the lowest", ", the second", "but a third" right before the figure
_ELIDED = re.compile(r"[^,;:()]{0,80}?(?:\s+(?:and|but|while|whereas)|[,;])\s+(?:the|a|an)\s+([a-z]+)\s*", re.IGNORECASE)
_PLACE_END = re.compile(r"\s+(?:in|at|across|for|from)\s+[^ ]+(?:\s+[^ ]+){0,4}$")
_OWN_PLACE = re.compile(r"\s+((?:in|at|across|for|from)\s+[A-Za-z][^,;:.()\n\t]{1,40}?)(?=\s*(?:[,;:.()]|\s+and\b|$))")


def _contrast(word: str) -> str | None:
    """The class of a word that tells members of a set apart: "superlative" ("lowest"), "ordinal" ("second")."""
    w = word.lower()
    if w in _ORDINALS:
        return "ordinal"
    return "superlative" if len(w) >= 6 and w.endswith("est") else None


def elided_noun(text: str, cands: Sequence[Cand]) -> None:
    """Relabel each figure written after "and the lowest" / "and a second" (see the module
    docstring) by the label of the figure before it with the contrasting word swapped."""
    prose = sentence_prose(cands)
    for k, c in enumerate(prose):
        m = None
        earlier = [p for p in prose[:k] if p.sentence == c.sentence and p.kind == c.kind and p.label]
        if earlier:
            m = _ELIDED.fullmatch(text, earlier[-1].end, c.start)
        if m is None or (kind := _contrast(m.group(1))) is None:
            continue
        for p in reversed(earlier):
            words = (p.measure or p.label or "").split()
            hit = next((n for n, w in enumerate(words) if _contrast(w) == kind and w.lower() != m.group(1).lower()), None)
            if hit is None:
                continue
            label = _PLACE_END.sub("", " ".join([*words[:hit], m.group(1).lower(), *words[hit + 1 :]]))
            if (own := _OWN_PLACE.match(text, c.end)) is not None:
                label = f"{label} {own.group(1)}"
            c.measure, c.label = None, label
            break


__all__ = ["elided_noun", "share_in_apposition"]
