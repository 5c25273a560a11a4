"""Keyword (FTS5) query building: user text escaped into quoted terms, stop words left out,
prefixed compounds searched both ways, and the terms cut so that BM25 scores a bounded number
of passages (``keyword_match``)."""

from __future__ import annotations

import re
from collections.abc import Callable

KEYWORD_BUDGET = 5_000
"""FTS5 computes BM25 for every passage the query matches (about 1 µs each) before it can sort
and keep the best: it has no early stop. When the terms together would match more passages
than this, the query keeps its rarest terms up to this many matches and drops the common ones,
whose weight (IDF) is least; when even the rarest term matches more, it searches the passages
that hold the rarest terms together (a filtered search that keeps fewer than it asked for
looks again within ``FILTERED_BUDGET``). 100,000 synthetic passages (bench/search.py's store,
the dev questions): keyword CPU p50 about 5 ms (budget 30,000: 24 ms). A store of a few
thousand passages never reaches it. What it costs in ranking grows with the store: on the
corpus with the budget scaled to its size (the same share of its passages), hybrid MRR@10 is
0.727 at 100,000 passages' share and 0.677 at 1,000,000's (0.745 unbudgeted; 30,000 gave
0.743 and 0.700), keyword-only 0.466 and 0.396 (0.650; 30,000: 0.587 and 0.436)."""

FILTERED_BUDGET = 6 * KEYWORD_BUDGET
"""The budget of a filtered search's second look: the matches kept by ``KEYWORD_BUDGET`` are
counted over the whole store, and a filter (a document, a council, a section kind) may leave
few of them, when the words it dropped would have found more within the filter."""

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


def keyword_match(
    terms: list[str], match_count: Callable[[str], int], passages: int, budget: int | None = None
) -> str:
    """The FTS5 query to rank for ``terms`` ("" when none of them matches anything).

    ``match_count`` counts the passages an FTS5 query matches; a count above ``budget``
    (default ``KEYWORD_BUDGET``) may be cut to ``budget + 1``. ``passages``: how many the
    store holds. In order:
    - terms that match nothing are left out (a compound's other spelling often does);
    - terms that match at least half the passages are left out while another term remains:
      BM25's weight for them is nil (FTS5 floors a negative IDF at 1e-6), so they change no
      ranking and only add passages to score (a council's name, found in every passage's
      document context);
    - over ``budget`` (see ``KEYWORD_BUDGET``), the rarest terms up to it, OR-ed; and when even
      the rarest term matches more, the rarest terms AND-ed, as few as bring it within budget.
    """
    budget = KEYWORD_BUDGET if budget is None else budget
    counted = sorted((n, i) for i, t in enumerate(terms) if (n := match_count(t)) > 0)
    if not counted:
        return ""
    useful = [(n, i) for n, i in counted if 2 * n < passages] or counted
    keep: list[int] = []
    total = 0
    for n, i in useful:
        if total + n > budget:
            break
        keep.append(i)
        total += n
    if keep:
        return " OR ".join(terms[i] for i in sorted(keep))
    together = [terms[useful[0][1]]]
    for _, i in useful[1:]:
        if match_count(" AND ".join(together)) <= budget:
            break
        together.append(terms[i])
    return " AND ".join(together)
