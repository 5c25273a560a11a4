"""Keyword (FTS5) query building: user text escaped into quoted terms, stop words left out,
prefixed compounds searched both ways, and the terms cut to the rarest when together they
would match too many passages to rank quickly."""

from __future__ import annotations

import re
from collections.abc import Callable

KEYWORD_BUDGET = 30_000
"""BM25 scores every passage that matches any query term, and FTS5 has no early stop: at a
million passages a question of common words matches hundreds of thousands (300+ ms). When the
terms together match more passages than this, the query keeps its rarest terms up to this many
matches and drops the common ones, whose weight (IDF) is least (bench/search.py: 1M passages,
keyword search p50 337 -> ~30 ms). A corpus of a few thousand passages never reaches it."""

STOP_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were", "be",
    "what", "which", "who", "how", "much", "many", "does", "do", "did", "has", "have", "had", "it",
    "its", "at", "by", "with", "from", "as", "that", "this", "there", "their", "they", "any", "s",
}


def fts_query(text: str) -> str:
    """Escape user text for FTS5: every word becomes a quoted term, OR-ed together.

    Quotes, AND/OR/NOT/NEAR, ``*``, brackets and column filters are searched as words, never
    parsed as FTS5 syntax.
    """
    return " OR ".join(fts_terms(text))


def fts_terms(text: str) -> list[str]:
    """The quoted FTS5 terms of ``fts_query``."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text, flags=re.UNICODE)
    terms = []
    seen = set()
    for w in words:
        w = w.replace("’", "'")
        lw = w.lower()
        if lw in STOP_WORDS or lw in seen:
            continue
        seen.add(lw)
        terms.append('"' + w.replace('"', '""') + '"')
    return terms[:64] + _compound_variants(text)[:16]


_PREFIX = re.compile(r"^(re|pre|co|non|sub|over|under|cross|multi|inter|post|anti|self|mid)([^\W_]{4,})$", re.I)


def _compound_variants(text: str) -> list[str]:
    """The other spelling of a prefixed compound, since the tokenizer splits at a hyphen:
    "regrading" also searches the phrase "re grading" (text "re-grading"), and "co-operation"
    also searches "cooperation"."""
    out = []
    for w in re.findall(r"[^\W_]+(?:-[^\W_]+)*", text):
        parts = w.split("-")
        if len(parts) == 2 and _PREFIX.match("".join(parts)):
            out.append('"' + "".join(parts) + '"')
        elif len(parts) == 1 and (m := _PREFIX.match(w)):
            out.append(f'"{m.group(1)} {m.group(2)}"')
    return list(dict.fromkeys(out))


def within_budget(terms: list[str], match_count: Callable[[str], int]) -> str:
    """The FTS5 query of ``terms``, cut to the rarest of them when together they match more
    than ``KEYWORD_BUDGET`` passages (see there); at least the rarest term is kept.
    ``match_count`` counts the passages an FTS5 query matches."""
    match = " OR ".join(terms)
    if len(terms) < 2 or match_count(match) <= KEYWORD_BUDGET:
        return match
    counted = sorted((match_count(t), i) for i, t in enumerate(terms))
    keep: list[int] = []
    total = 0
    for n, i in counted:
        if keep and total + n > KEYWORD_BUDGET:
            break
        keep.append(i)
        total += n
    return " OR ".join(terms[i] for i in sorted(keep))
