"""Search while writing: 8 threads search continuously while another thread ingests, replaces
and deletes documents (10 s in the default run, 30 s with --slow; on a busy machine it runs
on, up to 4x as long, until the writer has done at least 4 writes and 4 removals). Zero exceptions; no hit
from a document after its delete (or replacement) returned; every hit's passage existed, with
the text the hit shows; afterwards the FAISS ids equal the live passage ids."""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from councilsearch.config import load_settings
from councilsearch.index.library import Library
from councilsearch.models import Filters
from tests.hostile.corpus import excerpts, variant, write_docs
from tests.hostile.invariants import index_ids_match_store

SLOW = os.environ.get("COUNCILSEARCH_SLOW") == "1"
SECONDS = 30.0 if SLOW else 10.0
SEARCHERS = 8

QUERIES = (
    "how much of the planned savings has been delivered?",
    "what is the forecast deficit?",
    "peer challenge recommendations and action plan",
    "reserves",
    "productivity plan digital transformation",
    "who was the lead peer?",
    "what percentage of savings were achieved",
    "Addendum committee noted further savings 2026/27",
    "governance scrutiny and member development",
    "council tax and the medium term financial strategy",
)


@dataclass
class Seen:
    started: float
    ended: float
    hits: list[tuple[int, str, str]]  # passage id, doc id, text


@dataclass
class Ledger:
    """When each writer document stopped being visible (its delete/replace returned)."""

    gone: dict[str, tuple[float, float]] = field(default_factory=dict)  # doc id -> (call started, returned)
    written: dict[str, float] = field(default_factory=dict)  # doc id -> ingest returned
    lock: threading.Lock = field(default_factory=threading.Lock)


def test_search_while_ingesting_and_deleting(tmp_path: Path) -> None:
    docs = excerpts(4) + excerpts(10, size=1200)[4:]
    base = write_docs(tmp_path / "base", docs[:4])
    lib = Library(load_settings(tmp_path / "data"), extract=False)
    for p in base:
        assert lib.ingest_file(p).status == "ingested"
    searcher = lib.searcher()
    stop = threading.Event()
    errors: list[BaseException] = []
    seen: list[Seen] = []
    ledger = Ledger()
    counts = {"ingested": 0, "replaced": 0, "deleted": 0}

    def writer() -> None:
        rng = random.Random(7)
        alive: list[tuple[str, str]] = []  # (source name, doc id)
        n = 0
        try:
            while not stop.is_set():
                n += 1
                op = rng.random()
                if alive and (op < 0.35 or len(alive) >= 4):
                    name, doc_id = alive.pop(rng.randrange(len(alive)))
                    t0 = time.monotonic()
                    lib.delete(doc_id)
                    with ledger.lock:
                        ledger.gone[doc_id] = (t0, time.monotonic())
                    counts["deleted"] += 1
                elif alive and op < 0.55:
                    k = rng.randrange(len(alive))
                    name, old = alive[k]
                    _, text = docs[4 + n % 6]
                    t0 = time.monotonic()
                    r = lib.ingest_bytes(variant(text, n).encode(), name)
                    t1 = time.monotonic()
                    assert r.status == "replaced" and r.doc_id != old, r
                    with ledger.lock:
                        ledger.gone[old] = (t0, t1)
                        ledger.written[r.doc_id] = t1
                    alive[k] = (name, r.doc_id)
                    counts["replaced"] += 1
                else:
                    _, text = docs[4 + n % 6]
                    name = f"writer-{n}.txt"
                    r = lib.ingest_bytes(variant(text, n).encode(), name)
                    assert r.status == "ingested", r
                    with ledger.lock:
                        ledger.written[r.doc_id] = time.monotonic()
                    alive.append((name, r.doc_id))
                    counts["ingested"] += 1
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
            stop.set()

    def reader(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[Seen] = []
        try:
            while not stop.is_set():
                q = rng.choice(QUERIES)
                mode = rng.choice(("hybrid", "hybrid", "dense", "bm25"))
                filters = None
                with ledger.lock:
                    recent = list(ledger.written)[-3:]
                if recent and rng.random() < 0.2:
                    filters = Filters(doc_id=rng.choice(recent))
                t0 = time.monotonic()
                hits = searcher.search(q, k=8, filters=filters, mode=mode)
                t1 = time.monotonic()
                mine.append(Seen(t0, t1, [(h.passage.id, h.passage.doc_id, h.passage.text) for h in hits]))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
            stop.set()
        finally:
            seen.extend(mine)

    threads = [threading.Thread(target=writer, name="writer")]
    threads += [threading.Thread(target=reader, args=(i,), name=f"reader-{i}") for i in range(SEARCHERS)]
    for t in threads:
        t.start()
    # SECONDS of churn, and (on a busy machine) until the writer has done enough to matter
    t0 = time.monotonic()
    while not stop.is_set() and (
        time.monotonic() - t0 < SECONDS
        or (min(counts["deleted"] + counts["replaced"], counts["ingested"]) < 4 and time.monotonic() - t0 < 4 * SECONDS)
    ):
        time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join(timeout=120)
        assert not t.is_alive(), f"{t.name} did not stop"
    assert not errors, errors

    # every hit's passage existed with that text: still stored, or removed after the search began
    stored = lib.store.passages([pid for s in seen for pid, _, _ in s.hits])
    n_hits = 0
    for s in seen:
        for pid, doc_id, text in s.hits:
            n_hits += 1
            gone = ledger.gone.get(doc_id)
            if gone is not None:
                assert gone[1] > s.started, (
                    f"hit from {doc_id} in a search that started {s.started - gone[1]:.3f} s after its "
                    "delete returned"
                )
            else:
                assert pid in stored and stored[pid].text == text and stored[pid].doc_id == doc_id
    assert len(seen) > 2 * SECONDS and n_hits > len(seen)
    assert counts["deleted"] + counts["replaced"] >= 4 and counts["ingested"] >= 4, counts
    live = set(lib.store.passage_ids())
    index_ids_match_store(lib)
    assert lib.store.integrity_ok()
    print(f"{len(seen)} searches, {n_hits} hits, writer {counts} in {time.monotonic() - t0:.0f} s")
    lib.close()
    reopened = Library(load_settings(tmp_path / "data"))
    try:
        assert set(int(i) for i in reopened.vectors.ids()) == live
        index_ids_match_store(reopened)
    finally:
        reopened.close()


@pytest.mark.parametrize("n", [6])
def test_reindex_while_searching(tmp_path: Path, n: int) -> None:
    """A full rebuild swaps the index under readers: they see the old or the new one, whole."""
    lib = Library(load_settings(tmp_path / "data"), extract=False)
    for p in write_docs(tmp_path / "docs", excerpts(4)):
        lib.ingest_file(p)
    want = set(lib.store.passage_ids())
    searcher = lib.searcher()
    stop = threading.Event()
    errors: list[BaseException] = []
    short: list[int] = []

    def reader() -> None:
        try:
            while not stop.is_set():
                hits = searcher.search("savings delivered", k=5, mode="dense", collapse=False)
                if len(hits) < 5:
                    short.append(len(hits))
                assert {h.passage.id for h in hits} <= want
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    for _ in range(n):
        lib.reindex()
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert not short, f"a search saw a half-built index: {short[:5]}"
    lib.close()
