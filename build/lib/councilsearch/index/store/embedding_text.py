"""The text a passage is embedded as (its sentences are pooled from the same pass: see
``index.units``). Ingest embeds it, and the store rebuilds it for passages stored without
embeddings (``Store.embedding_units``): one set of rules for both, so a vector means the same
whichever made it."""

from __future__ import annotations

from collections.abc import Sequence

from councilsearch.models import Passage

EMBEDDING_TEXT_VERSION = "embedding-text.v2"
"""v2: a passage's own section heading instead of the whole path of headings (v1). Bump when
what a passage is embedded as changes (``document_context``, ``embedding_text``,
``section_heading``, ``passage_embedding_spans``, or how ``index.units`` pools its sentences):
stores record it with their vectors (``index.identity``), and a store embedded under another
version is refused until ``councilsearch reindex`` embeds its passages again."""
LEGACY_TEXT_VERSION = "embedding-text.v1"
"""What stores from before identities were recorded (``index.identity``) were embedded as."""


def document_context(title: str, council: str) -> str:
    """The document context every passage carries into keyword and dense search."""
    parts = [title] if title else []
    if council and council not in title:
        parts.append(council)
    return " · ".join(parts)


def embedding_text(context: str, passage: Passage) -> str:
    """What is embedded for a passage: its document, the heading of its own section, then its
    text (context travels with the paragraph). Only the innermost heading: the outer ones are
    repeated in every passage of their sections. Measured (the bundled and second corpora's
    stores embedded again, int8): model tokens -5.0% and -5.6% (-4.8% on the bundled PDFs),
    hybrid R@5 / MRR@10 dev 0.925 / 0.771 -> 0.925 / 0.767, second corpus 0.981 / 0.879 ->
    0.981 / 0.880, number questions' top-hit figure accuracy unchanged on all four sets; the
    whole path dropped (context and text only) cost dev MRR 0.025, the document context 0.105."""
    heading = section_heading(passage)
    body = f"{heading}\n{passage.text}" if heading else passage.text
    return f"{context}\n{body}" if context else body


def section_heading(passage: Passage) -> str:
    """The innermost non-empty heading above a passage ("" when it has none)."""
    return next((x for x in reversed(passage.path) if x), "")


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
