"""The text a passage is embedded as (its sentences are pooled from the same pass: see
``index.units``). Ingest embeds it, and the store rebuilds it for passages stored without
embeddings (``Store.embedding_units``): one set of rules for both, so a vector means the same
whichever made it."""

from __future__ import annotations

from collections.abc import Sequence

from councilsearch.models import Passage

EMBEDDING_TEXT_VERSION = "embedding-text.v1"
"""Bump when what a passage is embedded as changes (``document_context``, ``embedding_text``,
``section_path``, ``passage_embedding_spans``, or how ``index.units`` pools its sentences):
stores record it with their vectors (``index.identity``), and a store embedded under another
version is refused until ``councilsearch reindex`` embeds its passages again."""


def document_context(title: str, council: str) -> str:
    """The document context every passage carries into keyword and dense search."""
    parts = [title] if title else []
    if council and council not in title:
        parts.append(council)
    return " · ".join(parts)


def embedding_text(context: str, passage: Passage) -> str:
    """What is embedded for a passage: its document, its section path, then its text (context
    travels with the paragraph)."""
    path = section_path(passage)
    body = f"{path}\n{passage.text}" if path else passage.text
    return f"{context}\n{body}" if context else body


def section_path(passage: Passage) -> str:
    """The headings above a passage, outermost first: "Finance > Savings"."""
    return " > ".join(x for x in passage.path if x)


def passage_embedding_spans(
    context: str, passage: Passage, sentences: Sequence[tuple[int, int]]
) -> tuple[str, int, list[tuple[int, int]]]:
    """What one pass over a passage embeds (``encode_with_sentences``): its ``embedding_text``,
    how many characters of it come before the passage text (the document and section context,
    which each sentence's vector may take in), and where ``sentences`` (absolute document
    offsets, as ``passage_sentences`` gives them) fall in that text."""
    text = embedding_text(context, passage)
    prefix = len(text) - len(passage.text)
    shift = prefix - passage.span[0]
    return text, prefix, [(start + shift, end + shift) for start, end in sentences]
