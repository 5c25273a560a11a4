"""Near-copies among a search's candidates: the draft and the final version of a report, a
report and the same report inside the meeting pack, a budget-template row repeated across
papers. Each set of copies becomes one hit, led by the most specific and newest copy, with
the others in its ``also_in``.

Two passages are near-copies when the Jaccard similarity of their character 5-gram shingles
(of the text lower-cased with white space and punctuation removed, so a copy whose words the
PDF text rebuild split or joined differently is still one; half of them kept, chosen by
hash, so that two copies keep the same half) reaches a threshold. The thresholds were
measured (issue 16; ``bench/nearcopy.py`` prints the distributions):

- true near-copies: passages of the bundled corpus edited as versions are edited (p5 of 200:
  figures changed 0.89, 5% of words changed 0.84, 10% 0.72, tokens split by spaces 1.0, the
  passage window moved by a fifth 0.65, all of these at once 0.76); the layout corpus's
  draft/final pairs 0.68–0.82 where the passages line up, and its report inside the meeting
  pack 1.0;
- unrelated passages: of two documents of one council, at most 0.11 on the bundled corpus and
  0.56 on the layout corpus (two reports' cover sheets by the same author); of two councils,
  0.75 (an LGA peer-challenge template filled in for two councils);
- inside one document, a template line filled in for several subjects ("The Service shows a
  net saving of £0.6m (1.8%)" for each service) reaches 0.73, and the document's own
  repeats (an agenda item and its report's title, a paragraph and the appendix row quoting
  it) 0.80 and over.

So: ``NEAR_COPY`` (0.6) between documents of one council, and never between documents of two
different councils (a version or a pack copy is the same council's paper). Inside one
document only byte-identical passages collapse, as before: its near-repeats are either two
facts in one template or a repeat the reader of that document expects (the bundled dev eval
counts both the paragraph and the appendix row as answers), and the issue is about copies
across papers.

Versions are often cut into passages at other places (a paragraph added upstream moves every
window), so a passage of one version holds the other's whole plus a neighbour: the Jaccard
similarity then falls to 0.37–0.60 on the layout corpus, while the share of the smaller
passage's shingles found in the larger (containment) stays 0.88–1.0 (sentence added or
dropped: p5 0.99). Between documents of one council unrelated passages reach a containment
of 0.38 on the bundled corpus and 0.77 on the layout corpus (the cover sheets again), so a
passage of at least ``MIN_CONTAINED`` kept shingles (about 20 words: shorter ones, a heading
or a label, sit inside many passages) that is ``CONTAINED`` (0.85) inside a passage of
another document is a copy too.

Only the first ``max(SCAN, 2k)`` candidates (more while fewer than ``k`` hits are found) are
compared by text, all at once (``overlaps``: about a millisecond for ten passages); below
them only byte-identical copies are gathered, which cannot crowd the hits anyway.

Which copy leads: the most specific one first, that is a standalone report rather than the
meeting pack or minutes that reprint it (a container: a document of type ``agenda`` or
``minutes``, or holding at least ``CONTAINER_SIZE`` times the passages of the smallest copy's
document); among the rest the newest by document date; then the best ranked. The group keeps
the rank of its best-ranked copy."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

SHINGLE_CHARS = 5
SAMPLE_BITS = 1  # a shingle is kept when the low bits of its hash are 0: one in two
NEAR_COPY = 0.6  # between two documents of one council
CONTAINED = 0.85  # share of a passage's shingles inside a passage of another document
MIN_CONTAINED = 50  # (kept) shingles a passage needs before containment counts: ~20 words
SCAN = 10  # candidates compared by text at least (and 2k); below them only identical copies
CONTAINER_SIZE = 1.5  # a document this many times larger than another copy's holds it (a pack)
CONTAINER_TYPES = frozenset({"agenda", "minutes"})  # meeting packs and minutes reprint reports

_PRIME = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MASK = np.uint64((1 << SAMPLE_BITS) - 1)


# white space and punctuation, dropped before shingling (labels' colons, split figures' spaces)
_DROP = dict.fromkeys(
    map(ord, string.whitespace + string.punctuation + "\u00a0\u2010\u2011\u2012\u2013\u2014\u2018\u2019"
        "\u201c\u201d\u2022\u2026\u00b7\u200b"),
)


def _normal(text: str) -> str:
    return text.lower().translate(_DROP)


def _kept(texts: Sequence[str]) -> list[np.ndarray]:
    """Each text's kept shingles: the hashes of its character 5-grams (lower-cased, white space
    and punctuation removed), one in ``2 ** SAMPLE_BITS`` kept by hash, so that two texts keep
    the same shingles of what they share. All texts hashed in one pass."""
    norm = [_normal(t) for t in texts]
    codes = np.frombuffer("".join(norm).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - (SHINGLE_CHARS - 1)
    if n <= 0:
        return [np.zeros(0, dtype=np.uint64) for _ in texts]
    h = codes[:n].copy()
    for j in range(1, SHINGLE_CHARS):  # polynomial hash of each 5-gram, wrapping mod 2**64
        h *= _PRIME
        h += codes[j : j + n]
    h *= _MIX
    h ^= h >> np.uint64(29)
    kept = (h & _MASK) == 0
    out: list[np.ndarray] = []
    start = 0
    for s in norm:
        end = max(start, start + len(s) - (SHINGLE_CHARS - 1))  # grams inside ``s`` only
        out.append(h[start:end][kept[start:end]])
        start += len(s)
    return out


def shingles(text: str) -> frozenset[int]:
    """One text's kept shingles, as a set (for measuring: ``bench/nearcopy.py``)."""
    return frozenset(_kept([text])[0].tolist())


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def overlaps(texts: Sequence[str]) -> np.ndarray:
    """The number of kept shingles each two texts share (the diagonal: each text's own), all
    at once: a text-by-shingle incidence matrix times its transpose."""
    kept = _kept(texts)
    grams = np.concatenate(kept) if kept else np.zeros(0, dtype=np.uint64)
    owner = np.repeat(np.arange(len(kept)), [len(k) for k in kept])
    uniq, column = np.unique(grams, return_inverse=True)
    incidence = np.zeros((len(kept), len(uniq)), dtype=np.float32)
    incidence[owner, column] = 1.0
    return np.rint(incidence @ incidence.T).astype(np.int64)


@dataclass(frozen=True)
class Candidate:
    """What deciding and ordering copies needs of one ranked passage."""

    pid: int
    doc_id: str
    text: str
    norm_hash: str | None = None  # passages with one hash are copies whatever else holds
    council: str = ""
    date: str | None = None  # ISO date of its document
    doc_size: int = 1  # passages in its document
    doc_type: str = ""
    paged: bool = True  # its document has real pages (a PDF, or more than one page), not a text rendering


def threshold(a: Candidate, b: Candidate) -> float | None:
    """The similarity that makes ``a`` and ``b`` copies, or None when they never are (two
    passages of one document, of two councils' documents) unless byte-identical."""
    if a.doc_id == b.doc_id:
        return None
    if a.council and b.council and a.council != b.council:
        return None
    return NEAR_COPY


def is_copy(a: Candidate, b: Candidate, shared: int, na: int, nb: int) -> bool:
    """Whether ``a`` and ``b`` (``na`` and ``nb`` kept shingles, ``shared`` of them in both)
    are copies of one passage: identical, similar enough (``threshold``), or the smaller of
    at least ``MIN_CONTAINED`` shingles inside the larger."""
    if a.norm_hash is not None and a.norm_hash == b.norm_hash:
        return True
    t = threshold(a, b)
    if t is None or not na or not nb:
        return False
    small = min(na, nb)
    return shared >= t * (na + nb - shared) or (small >= MIN_CONTAINED and shared >= CONTAINED * small)


class _Groups:
    """Candidates grouped into copies, in rank order. Shingles are compared for the first
    ``scan`` candidates at once, and for twice as many when a candidate beyond is reached."""

    def __init__(self, ranked: Sequence[Candidate], scan: int) -> None:
        self.groups: list[list[tuple[int, Candidate]]] = []  # (rank, candidate)
        self._ranked = ranked
        self._scan = scan
        self._shared = np.zeros((0, 0), dtype=np.int64)
        self._by_hash: dict[str, int] = {}  # hash -> group index
        self.spanned: set[int] = set()  # groups whose first passage spans pieces of another

    def _copy(self, i: int, c: Candidate, j: int, m: Candidate) -> bool:
        if max(i, j) >= len(self._shared):
            n = min(len(self._ranked), max(self._scan, 2 * len(self._shared), max(i, j) + 1))
            self._shared = overlaps([r.text for r in self._ranked[:n]])
        sh = self._shared
        return is_copy(c, m, int(sh[i, j]), int(sh[i, i]), int(sh[j, j]))

    def find(self, i: int, c: Candidate, by_text: bool = True) -> int | None:
        """The best-ranked group holding a copy of ``c`` (ranked ``i``; ``by_text``: near-copies
        too, else identical ones only). A group holds two passages of one document that are no
        copies of each other only as pieces of its first passage, which then leads it (a
        passage of the final spanning two of the draft); else ``c`` joins no group (a passage
        of the draft spanning two of the final does not merge those two)."""
        if c.norm_hash is not None and c.norm_hash in self._by_hash:
            return self._by_hash[c.norm_hash]
        if not by_text:
            return None
        for gi, group in enumerate(self.groups):
            if not any(self._copy(i, c, j, m) for j, m in group):
                continue
            if all(self._copy(i, c, j, m) for j, m in group if m.doc_id == c.doc_id):
                return gi
            first_rank, first = group[0]
            if first.doc_id != c.doc_id and self._copy(i, c, first_rank, first):
                self.spanned.add(gi)
                return gi
        return None

    def add(self, i: int, c: Candidate, gi: int | None) -> None:
        if gi is None:
            gi = len(self.groups)
            self.groups.append([])
        self.groups[gi].append((i, c))
        if c.norm_hash is not None:
            self._by_hash.setdefault(c.norm_hash, gi)


def _day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal() if iso else None
    except ValueError:
        return None


def lead_first(group: Sequence[Candidate]) -> list[Candidate]:
    """The copies of one passage, the one to show first: one with real pages (a text rendering
    is cited only when no paged copy is there, since its citation can only say "page 1"), then
    not in a container (a meeting pack or minutes, or a document ``CONTAINER_SIZE`` times the
    smallest copy's), then the newest, then the best ranked (``group`` is in rank order)."""
    smallest = min(c.doc_size for c in group)

    def key(item: tuple[int, Candidate]) -> tuple[bool, bool, int, int]:
        rank, c = item
        day = _day(c.date)
        container = c.doc_type in CONTAINER_TYPES or c.doc_size >= CONTAINER_SIZE * smallest
        return (not c.paged, container, -day if day is not None else 1, rank)

    return [c for _, c in sorted(enumerate(group), key=key)]


def collapse_copies(
    ranked: Sequence[Candidate], k: int, near: int | None = None
) -> tuple[list[int], dict[int, list[int]]]:
    """The top ``k`` distinct passages of ``ranked`` (best first), each the lead of its copies,
    and for each lead the other copies (shown in its ``also_in``), in the order of
    ``lead_first``. Near-copies are looked for among the first ``max(SCAN, 2k)`` candidates
    and until ``k`` hits are found; identical copies among all of them. ``near``: compare
    the first ``near`` candidates by text and no others, however many hits that finds (a
    grouping that does not depend on ``k``)."""
    scan = max(SCAN, 2 * k) if near is None else near
    g = _Groups(ranked, scan)
    for i, c in enumerate(ranked):
        full = len(g.groups) >= k
        gi = g.find(i, c, by_text=i < scan or (near is None and not full))
        if gi is None and full:
            continue  # neither a copy of a hit nor a hit itself
        g.add(i, c, gi)
    chosen: list[int] = []
    copies: dict[int, list[int]] = {}
    for gi, group in enumerate(g.groups):
        members = [c for _, c in group]
        lead, *rest = members if gi in g.spanned else lead_first(members)
        chosen.append(lead.pid)
        if rest:
            copies[lead.pid] = [c.pid for c in rest]
    return chosen, copies
