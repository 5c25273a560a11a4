"""The text a passage is embedded as (its sentences are pooled from the same pass: see
``index.units``). Ingest embeds it, and the store rebuilds it for passages stored without
embeddings (``Store.embedding_units``): one set of rules for both, so a vector means the same
whichever made it."""

from __future__ import annotations

from councilsearch.models import Passage


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
