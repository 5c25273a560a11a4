"""Stateful property test: random sequences of ingest, re-ingest (same or changed bytes),
delete, search and restart (a clean close, or a "crash": the store closed without saving the
vector index) keep the library's invariants:

- the stored documents are exactly the model's (one per source name, the latest bytes);
- re-ingesting unchanged bytes reports ``unchanged``; changed bytes ``replaced``;
- every stored document is whole (section and passage counts of a clean analysis);
- the FAISS ids equal the live passage ids, after every step and after every reopen;
- a search only returns live passages, with their stored text.

15 examples in the default run, 200 with --slow. The embedding model is loaded once and
shared by every Library the machine opens."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from councilsearch.config import load_settings
from councilsearch.errors import NotFoundError
from councilsearch.index.library import Library
from councilsearch.ingest.parse import document_id, parse_bytes
from councilsearch.pipeline import analyse
from tests.hostile.corpus import excerpts, variant
from tests.hostile.invariants import index_ids_match_store

SLOW = os.environ.get("COUNCILSEARCH_SLOW") == "1"
TEXTS = [t for _, t in excerpts(6, size=600)]
NAMES = [f"paper-{i}.txt" for i in range(4)]
QUERIES = ["savings delivered", "what is the forecast deficit?", "peer challenge recommendations",
           "how many staff", "Addendum further savings"]
_SHAPES: dict[tuple[str, str], tuple[int, int]] = {}


def _shape(name: str, text: str) -> tuple[int, int]:
    """(sections, passages) a clean analysis gives."""
    key = (name, text)
    if key not in _SHAPES:
        a = analyse(parse_bytes(text.encode(), name), figures=False, entities=False)
        _SHAPES[key] = (len(a.sections), len(a.passages))
    return _SHAPES[key]


def _doc_id(name: str, text: str) -> str:
    return document_id(name, hashlib.sha256(text.encode()).hexdigest())


class LibraryMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="cs-stateful-"))
        self.settings = load_settings(self.tmp / "data")
        self.lib = Library(self.settings, extract=False)
        self.model: dict[str, str] = {}  # source name -> the text stored for it

    def teardown(self) -> None:
        try:
            self.lib.close()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    @rule(name=st.sampled_from(NAMES), text=st.integers(0, len(TEXTS) - 1), bump=st.integers(0, 2))
    def ingest(self, name: str, text: int, bump: int) -> None:
        body = variant(TEXTS[text], bump) if bump else TEXTS[text]
        r = self.lib.ingest_bytes(body.encode(), name)
        if self.model.get(name) == body:
            assert r.status == "unchanged", r
        elif name in self.model:
            assert r.status == "replaced", r
        else:
            assert r.status == "ingested", r
        assert r.doc_id == _doc_id(name, body)
        self.model[name] = body

    @rule(name=st.sampled_from(NAMES))
    def reingest_same(self, name: str) -> None:
        if name in self.model:
            r = self.lib.ingest_bytes(self.model[name].encode(), name)
            assert r.status == "unchanged", r

    @rule(name=st.sampled_from(NAMES))
    def delete(self, name: str) -> None:
        if name not in self.model:
            with pytest.raises(NotFoundError):
                self.lib.delete(_doc_id(name, "never stored"))
            return
        n = self.lib.delete(_doc_id(name, self.model.pop(name)))
        assert n > 0

    @rule(query=st.sampled_from(QUERIES), mode=st.sampled_from(["hybrid", "dense", "bm25"]))
    def search(self, query: str, mode: str) -> None:
        hits = self.lib.searcher().search(query, k=5, mode=mode, collapse=False)
        live = {_doc_id(n, t) for n, t in self.model.items()}
        stored = self.lib.store.passages([h.passage.id for h in hits])
        for h in hits:
            assert h.passage.doc_id in live
            assert stored[h.passage.id].text == h.passage.text
        if self.model and mode == "dense":
            assert hits, "a dense search over a non-empty library found nothing"

    @rule(clean=st.booleans())
    def restart(self, clean: bool) -> None:
        if clean:
            self.lib.close()
        else:  # as if killed after the SQLite commit, before the index was saved
            self.lib.store.close()
        self.lib = Library(self.settings, extract=False)

    @invariant()
    def store_matches_model(self) -> None:
        rows = {r.id: r for r in self.lib.store.list_documents()}
        want = {_doc_id(n, t): (n, t) for n, t in self.model.items()}
        assert set(rows) == set(want)
        for doc_id, (name, text) in want.items():
            assert (rows[doc_id].n_sections, rows[doc_id].n_passages) == _shape(name, text)

    @invariant()
    def faiss_matches_live_passages(self) -> None:
        index_ids_match_store(self.lib)


LibraryMachine.TestCase.settings = settings(
    max_examples=200 if SLOW else 15,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestLibraryMachine = LibraryMachine.TestCase
