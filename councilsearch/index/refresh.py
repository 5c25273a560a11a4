"""Stored documents' figures and entities brought up to this version's extractors.

Each figure and entity row names the extractor version that made it (``figures.v48``,
``entities.v24``). When an upgrade changes an extractor, the documents stored before keep the
old rows until they are extracted again: ``refresh_facts`` finds them and extracts their
figures, entities and glossary again from the stored text (the text, page map and heading
hints kept at ingest, so no original file is needed and nothing is parsed or embedded), one
document per transaction. Passages, sentences and vectors are left as they are; what is
derived from figures (measures) follows the store's generation on its own.

A document with neither figures nor entities carries no version to compare, so it is not
found stale (it had nothing for the old extractors to get wrong that they found)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from councilsearch.index.store import Store
from councilsearch.pipeline import extract_facts, extractor_versions


@dataclass(frozen=True)
class FactsRefresh:
    documents: int  # documents extracted again
    figures: int  # figures they hold now
    entities: int  # entities they hold now
    replaced: tuple[str, ...]  # the older extractor versions found ("figures.v10")
    current: tuple[str, ...]  # this version's ("figures.v48", "entities.v24")
    seconds: float


def refresh_facts(store: Store, progress: Callable[[int, int], None] | None = None) -> FactsRefresh:
    """Extract again the figures, entities and glossary of every stored document whose rows
    another extractor version made; ``progress(done, total)`` after each document."""
    t0 = time.perf_counter()
    versions = extractor_versions()
    current = (versions["figures"], versions["entities"])
    replaced = tuple(v for v in store.fact_versions() if v not in current)
    stale = store.stale_facts(versions)
    n_fig = n_ent = 0
    for done, doc_id in enumerate(stale, 1):
        figures, entities, glossary = extract_facts(store.get_document(doc_id))
        store.replace_facts(doc_id, figures, entities, glossary)
        n_fig += len(figures)
        n_ent += len(entities)
        if progress is not None:
            progress(done, len(stale))
    return FactsRefresh(len(stale), n_fig, n_ent, replaced, current, time.perf_counter() - t0)
