"""Invariants the reliability tests check after every crash, restart, rebuild or write."""

from __future__ import annotations

from typing import Any


def index_ids_match_store(lib: Any) -> None:
    """Each FAISS index holds exactly the live ids of its table: passages, and sentences
    when the library keeps a sentence index too."""
    live = set(lib.store.passage_ids())
    have = set(int(i) for i in lib.vectors.ids())
    assert have == live, f"FAISS passage ids differ from the live passages: -{len(live - have)} +{len(have - live)}"
    sent = getattr(lib, "_sent_vectors", None)
    if sent is not None and hasattr(lib.store, "unit_ids"):
        live_s = set(lib.store.unit_ids("sentences"))
        have_s = set(int(i) for i in sent.ids())
        assert have_s == live_s, (
            f"FAISS sentence ids differ from the live sentences: -{len(live_s - have_s)} +{len(have_s - live_s)}"
        )
