"""Words of the bundled documents and gold sets found in the package's source.

The project's rule: no name, phrase or number from the bundled documents or the gold sets goes
into code (comments, docstrings and string literals included); examples are invented. This
module finds what breaks it, for ``tests/test_no_corpus_phrases.py``:

- a *phrase*: a run of at least ``PHRASE_WORDS`` words (compared in lower case, punctuation
  between words ignored) that the source shares with the reference text, or a shorter run of
  at least ``NUMBER_WORDS`` words when one of them is a number other than a year (a figure with
  its context: "of whom 12 were");
- a *name*: a run of capitalised words (``of``/``and``/``the`` may join them) written the same in
  the source and the reference text, with at least one word that neither ever writes in lower
  case (a place or a surname, not "Chief Executive").

The reference text is what the documents say: the corpus' text files, every string value of the
gold and question files (``*.jsonl``), the string literals of the test-data generators (their
docstrings and comments are ours, not the documents'), the text of the HTML and Word files.
An allow-list (``corpus_phrases_allowed.txt``) excuses common phrases, each with its reason.
"""

from __future__ import annotations

import ast
import bisect
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PHRASE_WORDS = 5
NUMBER_WORDS = 4
# a word: letters, digits and the marks that sit inside a figure or a name ("£7.5m", "2025/26",
# "council's", "part-time"); a closing % belongs to the number
WORD = re.compile(r"[^\W_]+(?:['’.,/&-][^\W_]+)*%?|[£$€][0-9][0-9.,]*[a-z]{0,3}")
_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?")
CONNECTORS = frozenset(["of", "and", "the", "for", "upon", "on", "in", "&"])
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Hit:
    kind: str  # "phrase" or "name"
    path: str
    line: int
    text: str  # as the source writes it

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.kind}: {self.text}"


@dataclass(frozen=True)
class Allowed:
    text: str
    reason: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w.lower() for w in WORD.findall(self.text))


# -- the reference text ------------------------------------------------------------------------


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def _py_strings(source: str) -> Iterator[str]:
    """The string literals of a generator, without its docstrings (they describe, not quote)."""
    tree = ast.parse(source)
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docs.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node.value


def reference_texts(root: Path, *, skip: Iterable[str] = ()) -> Iterator[str]:
    """The bundled documents' and gold sets' text under ``root`` (a checkout); folders of
    ``tests/data`` named in ``skip`` are left out."""
    data = root / "tests" / "data"
    skipped = tuple(data / s for s in skip)

    def files(pattern: str) -> list[Path]:
        return sorted(p for p in data.glob(pattern) if not any(p.is_relative_to(s) for s in skipped))

    for p in sorted((root / "corpus").glob("*.txt")) + sorted((root / "corpus").glob("*.csv")) + files("**/*.csv"):
        yield p.read_text(encoding="utf-8")
    for p in sorted((root / "eval").glob("*.jsonl")) + files("**/*.jsonl"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield from _json_strings(json.loads(line))
    for p in files("**/*.py"):
        yield from _py_strings(p.read_text(encoding="utf-8"))
    for p in files("**/*.html"):
        yield _TAG.sub(" ", p.read_text(encoding="utf-8"))
    for p in files("**/*.docx"):
        with zipfile.ZipFile(p) as z:
            yield _TAG.sub(" ", z.read("word/document.xml").decode("utf-8"))


# -- matching ----------------------------------------------------------------------------------


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) and not _YEAR.fullmatch(word)


def _windows(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    """Every run of ``n`` words, in order."""
    return zip(*(words[k:] for k in range(n)), strict=False)


def _capital(word: str) -> bool:
    return word[0].isupper()


def _name_runs(words: list[str]) -> Iterator[tuple[int, int]]:
    """Maximal runs of two or more capitalised words, connectors allowed between them."""
    i, n = 0, len(words)
    while i < n:
        if not _capital(words[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (_capital(words[j]) or (words[j].lower() in CONNECTORS and j + 1 < n and _capital(words[j + 1]))):
            j += 1
        if j - i >= 2:
            yield i, j
        i = j


class Reference:
    """What the reference text holds, in the forms the scan compares."""

    def __init__(self, texts: Iterable[str]) -> None:
        # every run of NUMBER_WORDS and of PHRASE_WORDS words, lower case
        self.grams: dict[int, set[tuple[str, ...]]] = {NUMBER_WORDS: set(), PHRASE_WORDS: set()}
        self.names: set[tuple[str, ...]] = set()  # every sub-run of a capitalised run, as written
        self.lower: set[str] = set()  # words it writes in lower case
        for text in texts:
            words = WORD.findall(text)
            folded = [w.lower() for w in words]
            self.lower.update(w.lower() for w in words if w[0].islower())
            for n, grams in self.grams.items():
                grams.update(_windows(folded, n))
            for a, b in _name_runs(words):
                for i in range(a, b):
                    for j in range(i + 2, b + 1):
                        if _capital(words[i]) and _capital(words[j - 1]):
                            self.names.add(tuple(words[i:j]))


def _runs(flags: list[bool], n: int) -> Iterator[tuple[int, int]]:
    """Maximal word spans [a, b) covered by consecutive shared n-word windows."""
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(flags) and flags[j + 1]:
            j += 1
        yield i, j + n
        i = j + 1


def scan_source(path: str, source: str, ref: Reference, *, lower: set[str] | frozenset[str] = frozenset()) -> list[Hit]:
    """The phrases and names ``source`` shares with the reference. ``lower`` adds words known to
    be written in lower case elsewhere (the package's own vocabulary), so they are not names."""
    matches = list(WORD.finditer(source))
    words = [m.group() for m in matches]
    folded = [w.lower() for w in words]
    starts = [m.start() for m in matches]
    newlines = [i for i, c in enumerate(source) if c == "\n"]

    def line_of(k: int) -> int:
        return bisect.bisect_right(newlines, starts[k]) + 1

    def text_of(a: int, b: int) -> str:
        return source[starts[a]:matches[b - 1].end()]

    hits: list[Hit] = []
    # phrases: maximal runs of shared PHRASE_WORDS-windows, and shorter runs that hold a number
    covered: list[tuple[int, int]] = []
    for n in (PHRASE_WORDS, NUMBER_WORDS):
        grams = ref.grams[n]
        for a, b in _runs([w in grams for w in _windows(folded, n)], n):
            if any(c <= a and b <= d for c, d in covered):
                continue
            if n == PHRASE_WORDS or any(_is_number(w) for w in words[a:b]):
                hits.append(Hit("phrase", path, line_of(a), text_of(a, b)))
                covered.append((a, b))
    # names: the longest shared sub-run of each capitalised run with a word never in lower case
    known_lower = ref.lower | lower

    def name_like(w: str) -> bool:
        return not w.isupper() and w.lower() not in known_lower and any(c.isalpha() for c in w)

    for a, b in _name_runs(words):
        best: tuple[int, int] | None = None
        for i in range(a, b):
            for j in range(b, i + 1, -1):
                run = tuple(words[i:j])
                if (best is None or j - i > best[1] - best[0]) and run in ref.names and any(map(name_like, run)):
                    best = (i, j)
                    break
        if best is not None:
            hits.append(Hit("name", path, line_of(best[0]), text_of(*best)))
    return sorted(hits, key=lambda h: (h.line, h.kind))


def lower_words(sources: Iterable[str]) -> set[str]:
    """Words the sources write in lower case (a word a programmer writes in lower case is a
    common word, not a name)."""
    out: set[str] = set()
    for s in sources:
        out.update(w.lower() for w in WORD.findall(s) if w[0].islower())
    return out


def read_allowed(path: Path) -> list[Allowed]:
    """``phrase | reason`` lines; blank lines and lines starting with ``#`` are comments."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text, sep, reason = line.partition("|")
        if not sep or not text.strip() or not reason.strip():
            raise ValueError(f"{path.name}:{n}: an entry is 'phrase | reason', with both: {line!r}")
        out.append(Allowed(text.strip(), reason.strip()))
    return out


def excused(hit: Hit, allowed: Iterable[Allowed]) -> Allowed | None:
    """The allow-list entry that holds the whole hit, if any."""
    words = tuple(w.lower() for w in WORD.findall(hit.text))
    n = len(words)
    for entry in allowed:
        e = entry.words
        if any(e[i:i + n] == words for i in range(len(e) - n + 1)):
            return entry
    return None
