"""Candidates: an entity found but not yet chosen (overlaps are resolved by priority), and
what one document's text tells the filters."""

from __future__ import annotations

from dataclasses import dataclass

from councilsearch.extract.entities.domain import lower_word_re

EXTRACTOR = "entities.v24"


@dataclass
class Cand:
    start: int
    end: int
    label: str
    normalised: str
    priority: int
    occupied: tuple[int, int]
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    holder: str | None = None


class DocContext:
    """What one document's text tells the filters: the lowercase words it uses."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower_words = frozenset(w.lower() for w in lower_word_re.findall(text))
        self._body_acronyms: frozenset[str] | None = None

    @property
    def body_acronyms(self) -> frozenset[str]:
        """The acronyms this document defines as a body ("XYZ (Example Agency)")."""
        if self._body_acronyms is None:
            from councilsearch.extract.entities.acronyms import glossary
            from councilsearch.extract.entities.shapes import head_type

            g = glossary(self.text)
            self._body_acronyms = frozenset(a for a, x in g.items() if head_type(x.split()) == "ORG")
        return self._body_acronyms

    def common(self, word: str) -> bool:
        """The word also appears in lower case, so capitalised it is a common word."""
        return word.lower() in self.lower_words
