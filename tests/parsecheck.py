"""Checks shared by the format parser tests (test_formats.py, test_formats_office.py)."""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter

from councilsearch.errors import ParseError
from councilsearch.ingest.base import ParsedText


def norm_words(text: str) -> list[str]:
    """Words lowercased with everything but letters and digits dropped (so the corpus's
    ``**bold**`` and ``<u>`` markup and punctuation do not count)."""
    out = []
    for w in text.split():
        w = re.sub(r"[^0-9a-z]", "", w.lower())
        if w:
            out.append(w)
    return out


def word_ratio(a: str, b: str) -> float:
    """difflib's ratio (2 * matched / total) for the two word sequences, computed patience-
    style to stay fast on the 64,000-word cabinet pack: words that occur once in each text
    anchor the alignment (their longest increasing run), and difflib matches the stretches
    between anchors."""
    wa, wb = norm_words(a), norm_words(b)
    if not wa or not wb:
        return 0.0
    ca, cb = Counter(wa), Counter(wb)
    where_b = {w: j for j, w in enumerate(wb) if cb[w] == 1}
    pairs = [(i, where_b[w]) for i, w in enumerate(wa) if ca[w] == 1 and w in where_b]
    # longest run of pairs increasing in both texts (patience sorting)
    tails: list[int] = []  # j of the last pair of the best run of each length
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        n = bisect.bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[n] = j
            tail_idx[n] = k
        prev[k] = tail_idx[n - 1] if n > 0 else -1
    anchors: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k != -1:
        anchors.append(pairs[k])
        k = prev[k]
    anchors.reverse()
    matched = len(anchors)
    last_i = last_j = -1
    for i, j in [*anchors, (len(wa), len(wb))]:
        seg_a, seg_b = wa[last_i + 1 : i], wb[last_j + 1 : j]
        if seg_a and seg_b:
            sm = difflib.SequenceMatcher(None, seg_a, seg_b, autojunk=False)
            matched += sum(m.size for m in sm.get_matching_blocks())
        last_i, last_j = i, j
    return 2.0 * matched / (len(wa) + len(wb))


def page_at(parsed: ParsedText, offset: int) -> int:
    return max(1, bisect.bisect_right(parsed.page_map, offset))


def check_contract(parsed: ParsedText) -> None:
    """The Parser contract from ingest/base.py."""
    assert parsed.text.strip()
    assert parsed.page_map[0] == 0
    assert all(a < b for a, b in zip(parsed.page_map, parsed.page_map[1:], strict=False))
    assert parsed.page_map[-1] < len(parsed.text)
    for start, end in parsed.heading_hints:
        assert 0 <= start < end <= len(parsed.text)


def assert_readable(exc: ParseError, name: str) -> None:
    msg = str(exc)
    assert name in msg
    assert "Traceback" not in msg
    assert len(msg) < 400
