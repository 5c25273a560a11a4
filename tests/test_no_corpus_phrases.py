"""No name, phrase or number of the bundled documents or the gold sets in the package's source
(code, comments, docstrings, strings): examples in the code are invented. The scan and what it
counts as a finding are in ``tests/corpus_phrases.py``; common phrases any council's papers use
are excused, each with its reason, in ``tests/corpus_phrases_allowed.txt``."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.corpus_phrases import (
    Allowed,
    Hit,
    Reference,
    excused,
    lower_words,
    read_allowed,
    reference_texts,
    scan_source,
)

PACKAGE = ROOT / "councilsearch"
ALLOWED = Path(__file__).with_name("corpus_phrases_allowed.txt")


@pytest.fixture(scope="module")
def allowed() -> list[Allowed]:
    return read_allowed(ALLOWED)


def test_the_package_shares_no_phrase_or_name_with_the_documents(allowed: list[Allowed]) -> None:
    ref = Reference(reference_texts(ROOT))
    sources = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}
    assert len(sources) > 50 and len(ref.grams[5]) > 10_000  # the scan reads what it should
    lower = lower_words(sources.values())
    found: list[Hit] = []
    used: set[Allowed] = set()
    for path, source in sources.items():
        for hit in scan_source(path, source, ref, lower=lower):
            entry = excused(hit, allowed)
            if entry is None:
                found.append(hit)
            else:
                used.add(entry)
    assert not found, (
        "the package repeats words of the bundled documents or gold sets; rewrite them with invented "
        "words (or, for a phrase any council's papers use, add it with its reason to "
        f"{ALLOWED.name}):\n" + "\n".join(map(str, found))
    )
    stale = [e.text for e in allowed if e not in used]
    if stale:
        warnings.warn(f"{ALLOWED.name}: entries no finding needs any more (remove them): {stale}", stacklevel=1)


def test_every_allowed_entry_says_why(allowed: list[Allowed]) -> None:
    assert allowed and all(e.reason and e.words for e in allowed)
    assert len({e.words for e in allowed}) == len(allowed), "an entry is listed twice"


def test_it_reads_the_documents_words_not_the_generators_own(tmp_path: Path) -> None:
    data = tmp_path / "tests" / "data" / "sample"
    data.mkdir(parents=True)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "eval").mkdir()
    (data / "make.py").write_text(
        '"""Renders the Sampleton papers with the house style of the parser tests."""\n'
        'LINES = ["The Orlwick ferry carried 4,120 passengers across the estuary in the spring."]\n',
        encoding="utf-8",
    )
    (data / "gold.jsonl").write_text('{"doc": "sampleton-ferry", "quote": "the toll rose to £2.40 a crossing"}\n',
                                     encoding="utf-8")
    ref = Reference(reference_texts(tmp_path))
    assert ("ferry", "carried", "4,120", "passengers", "across") in ref.grams[5]
    assert ("toll", "rose", "to", "£2.40") in ref.grams[4]
    assert not any("house" in g for g in ref.grams[4])  # the docstring is the generator's, not a document's
    assert not any("doc" in g for g in ref.grams[4])  # json keys are not text


REFERENCE = [
    "At the Orlwick Harbour Board on Tuesday the Harbour Master said that 37 moorings were "
    "let to visiting yachts, and the board asked for a report on the pontoon repairs. "
    "The Chief Executive thanked members.",
    "chief officers of the board and the executive met; the harbour master retired.",
]


@pytest.mark.parametrize(
    ("source", "kind", "text"),
    [
        # a phrase of five words in a comment, across a line break
        ('# the board asked for a\n# report on the budget\nx = 1\n', "phrase", "the board asked for a\n# report on the"),
        # a number with four words of its context, in a string
        ('PATTERN = "so 37 moorings were let"\n', "phrase", "37 moorings were let"),
        # a name of the documents in a docstring ("Orlwick" is never written in lower case)
        ('def f():\n    """Reads "Orlwick Harbour Board" and others."""\n', "name", "Orlwick Harbour Board"),
    ],
)
def test_a_planted_phrase_is_found(source: str, kind: str, text: str) -> None:
    hits = scan_source("planted.py", source, Reference(REFERENCE))
    assert [(h.kind, h.text) for h in hits] == [(kind, text)]
    assert hits[0].line == 1 + source[: source.index(text)].count("\n")


@pytest.mark.parametrize(
    "source",
    [
        "# the board asked for an estimate\n",  # four shared words and no number
        "# in 2025 the moorings were let\n",  # a year is no figure, and the run is short
        '"""The Chief Executive and the Harbour Master sign it."""\n',  # titles: every word is also lower case
        "# the Orlwick accounts\n",  # one capitalised word is not a name of the documents' here
        "def asked_for_a_report(board, on, the, pontoon): ...\n",  # four shared words only
    ],
)
def test_common_words_are_not_findings(source: str) -> None:
    assert scan_source("plain.py", source, Reference(REFERENCE)) == []


def test_an_allowed_phrase_is_excused_only_whole(tmp_path: Path) -> None:
    path = tmp_path / "allowed.txt"
    path.write_text("# a comment\n\nthe board asked for a report | invented: the board's usual request\n",
                    encoding="utf-8")
    allowed = read_allowed(path)
    ref = Reference(REFERENCE)
    (inside,) = scan_source("a.py", "# the Board asked for a report\n", ref)
    assert excused(inside, allowed) == allowed[0]
    (longer,) = scan_source("b.py", "# the board asked for a report on the pontoon\n", ref)
    assert excused(longer, allowed) is None
    path.write_text("the board asked for a report\n", encoding="utf-8")
    with pytest.raises(ValueError, match="reason"):
        read_allowed(path)
