"""What a passage is embedded as: its document context, the heading of its own section (not the
whole path of headings above it: the outer headings cost tokens in every passage of a section
and measured no better), then its text; and a sentence's span in that text."""

from __future__ import annotations

from councilsearch.index.store.embedding_text import (
    EMBEDDING_TEXT_VERSION,
    embedding_text,
    passage_embedding_spans,
)
from councilsearch.models import Passage

CONTEXT = "Wyvern Borough Council cabinet, 3 March 2031 · Wyvern Borough Council"
TEXT = "Orlwick depot will close. Its staff move to Sampleton."


def _passage(path: tuple[str, ...], start: int = 500) -> Passage:
    return Passage(id=1, doc_id="d", section_id="s", ordinal=0, span=(start, start + len(TEXT)), text=TEXT,
                   pages=(2,), path=path, para_no=None, kind="prose")


def test_a_passage_is_embedded_with_its_own_sections_heading_only() -> None:
    p = _passage(("Operations", "", "Depots and fleet"))
    assert embedding_text(CONTEXT, p) == f"{CONTEXT}\nDepots and fleet\n{TEXT}"
    assert embedding_text(CONTEXT, _passage(("Operations", ""))) == f"{CONTEXT}\nOperations\n{TEXT}"
    assert embedding_text(CONTEXT, _passage(())) == f"{CONTEXT}\n{TEXT}"
    assert embedding_text("", _passage(("Operations", "Depots and fleet"))) == f"Depots and fleet\n{TEXT}"
    assert EMBEDDING_TEXT_VERSION != "embedding-text.v1"  # stores embedded with the whole path are refused


def test_sentence_spans_follow_the_shorter_prefix() -> None:
    p = _passage(("Operations", "Depots and fleet"))
    first, second = (500, 500 + TEXT.index(".") + 1), (500 + TEXT.index("Its"), 500 + len(TEXT))
    text, prefix, spans = passage_embedding_spans(CONTEXT, p, [first, second])
    assert text[prefix:] == TEXT and text == embedding_text(CONTEXT, p)
    assert [text[a:b] for a, b in spans] == ["Orlwick depot will close.", "Its staff move to Sampleton."]
