"""A check of the rebuilt text against pypdf's own reading, page by page.

The rebuild (``runs`` and ``lines``) decides word gaps from where glyphs are; pypdf's plain
``extract_text`` decides them from its own estimate of each run's width. Each can fail where
the other does not: the rebuild on a producer it has not met, pypdf on horizontally scaled or
word-spaced text. Both readings come from the same pass (every run pypdf reports is kept, as
it reported it, with the line it went into: ``Line.raw``), so for each page the two are
compared on what a broken reading shows:

- numbers with white space inside them ("2025 -26", "£1, 286", "£27 .4m", "202 5");
- words that the other reading never spells anywhere in the document ("Revenu" and "e" where
  the other reads "Revenue"): out-of-vocabulary tokens; a word written together from two or
  more of the other reading's words ("Fundin", "byMoves": a table's cells run together, short
  words such as "in" and "by" among them; a letter alone at its start or end, "BellwoodX" for
  a name and the "X" marking a vote beside it) counts once for each;
- a word run into a number ("halls865"): a table row whose cells were run together.

Both are counted per 1,000 tokens of the page. A figure or word that really is printed that way is in
both readings and counts against both alike, so only the difference tells. Where the rebuild
is clearly worse, the page's lines take pypdf's reading (keeping their place on the page, so
paragraphs still join) and the page counts as fallen back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from councilsearch.ingest.pdf.runs import Line, Seg

# a number with white space inside it; a real one ("in 2024 2,000 homes") is in both readings
_SPLIT_NUMBER = re.compile(
    r"\d[ \t]+[-–/.,]\d"  # "2025 -26", "£27 .4m", "1 ,286"
    r"|\d[-–/.,][ \t]+\d"  # "2025- 26", "£1, 286", "1. 1"
    r"|[£$€][ \t]+\d"  # "£ 38.6m"
    r"|(?<![\d.,])\d{1,3} \d{1,3}(?![\d,])"  # "April 202 4", "£6 3.8m", "£27 4 m"
    r"|\d[ \t]+%"  # "5.8 %"
)
_WORD = re.compile(r"[^\W\d_]+")
_GLUED_MAX = 60  # longer runs of letters are not split (the search is quadratic in the length)
_GLUED_PART = 2  # the shortest word counted inside a word run together ("a", "e" are no evidence)
# a word of two letters or more run into a number of two digits or more ("halls865135"): cells
# of a table row written together (a note marker is one digit, "Q1" and "A14" one letter)
_RUN_ON = re.compile(r"[^\W\d_]{2}\d{2}")
# a page falls back when the rebuild has this many more problems per 1,000 tokens than pypdf,
# and at least this many more problems in all
MARGIN_PER_1000 = 5.0
MARGIN_COUNT = 2


@dataclass(frozen=True)
class Reading:
    tokens: int
    split_numbers: int
    unknown_words: int
    run_on: int = 0

    @property
    def problems(self) -> int:
        return self.split_numbers + self.unknown_words + self.run_on

    @property
    def per_1000(self) -> float:
        return 1000.0 * self.problems / max(self.tokens, 1)


def words(text: str) -> set[str]:
    """The words a text spells (lower case, letters only)."""
    return {w.lower() for w in _WORD.findall(text)}


def _glued(word: str, vocab: set[str]) -> int:
    """How many of ``vocab``'s words (of two letters or more, or a letter alone at its start or
    end) ``word`` is written together from ("servicebudgetforecast": 3, "bellwoodx": 2), or 1 when it is not two or more of them: cells that one
    reading runs together count as many problems as the words the other reading keeps apart."""
    n = len(word)
    if not 2 * _GLUED_PART <= n <= _GLUED_MAX:
        return 1
    best: list[int] = [0] + [0] * n  # best[i]: most parts covering word[:i] (0: none)
    for i in range(1, n + 1):
        for j in range(0, i):
            short = i - j < _GLUED_PART and not (i - j == 1 and (j == 0 or i == n))  # (a letter: at an end only)
            if not short and (j == 0 or best[j]) and word[j:i] in vocab:
                best[i] = max(best[i], best[j] + 1)
    return best[n] if best[n] >= 2 else 1


def reading(text: str, vocab: set[str]) -> Reading:
    """Split numbers, words not in ``vocab`` (the other reading's words) and words run into
    numbers in ``text``; a word written together from two or more of them counts once for each."""
    unknown = sum(_glued(w.lower(), vocab) for w in _WORD.findall(text) if w.lower() not in vocab)
    splits = sum(len(_SPLIT_NUMBER.findall(line)) for line in text.splitlines())
    return Reading(len(text.split()), splits, unknown, len(_RUN_ON.findall(text)))


def worse(rebuilt: Reading, plain: Reading) -> bool:
    """Is the rebuilt reading of a page clearly worse than pypdf's? Both counted per 1,000
    tokens of the page (the larger count of the two: a reading that breaks words up has more
    tokens, which must not dilute its problems)."""
    tokens = max(rebuilt.tokens, plain.tokens, 1)
    extra = rebuilt.problems - plain.problems
    return extra >= MARGIN_COUNT and 1000.0 * extra / tokens > MARGIN_PER_1000


def plain_text(ln: Line) -> str:
    """pypdf's reading of a line: the runs as it reported them, white space single."""
    return " ".join("".join(ln.raw).split())


def check_pages(pages: list[list[Line]]) -> list[int]:
    """Compare each finished page's lines with pypdf's reading of them; give the pages where
    the rebuild is clearly worse pypdf's text (in place). Returns those pages (0-based)."""
    rebuilt = ["\n".join(ln.text for ln in lines) for lines in pages]
    plain = ["\n".join(plain_text(ln) for ln in lines) for lines in pages]
    vocab_rebuilt = set().union(*map(words, rebuilt)) if rebuilt else set()
    vocab_plain = set().union(*map(words, plain)) if plain else set()
    fell_back = []
    for p, lines in enumerate(pages):
        if not lines or rebuilt[p] == plain[p]:
            continue
        if worse(reading(rebuilt[p], vocab_plain), reading(plain[p], vocab_rebuilt)):
            for ln in lines:
                _take_plain(ln)
            fell_back.append(p)
    return fell_back


def _take_plain(ln: Line) -> None:
    text = plain_text(ln)
    first = ln.segs[0]
    seg = Seg(ln.x0, ln.x1, text, first.size, ln.bold, first.scale, first.font, exact=first.exact)
    ln.segs, ln.gaps, ln.text = [seg], [], text
    ln.kind = "prose"
    ln.cells = []
