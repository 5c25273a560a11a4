"""What any embedder needs around its model, whatever runs it: one inference at a time with
queries ahead of bulk work (``ModelGate``), and an LRU of query vectors (``QueryCache``).

Both embedders use them: the int8 ``Int8Embedder`` and the torch ``Embedder`` in
``councilsearch.index.embed``.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable, Iterator

import numpy as np

QUERY_CACHE_SIZE = 2048
"""Query vectors kept per embedder: the search page re-runs a query for every filter change or
page, and popular questions repeat."""


class ModelGate:
    """Serialises inference on one model. Bulk encoding takes the gate one batch at a time and
    first lets waiting queries in (for at most ``limit_s``, so a stream of queries cannot
    starve an upload); a query waits for at most the batch in progress."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._waiting = 0
        self._waiting_lock = threading.Lock()

    @property
    def queries_waiting(self) -> int:
        return self._waiting

    @contextlib.contextmanager
    def query(self) -> Iterator[None]:
        with self._waiting_lock:
            self._waiting += 1
        try:
            with self.lock:
                yield
        finally:
            with self._waiting_lock:
                self._waiting -= 1

    @contextlib.contextmanager
    def batch(self, limit_s: float = 0.5) -> Iterator[None]:
        deadline = time.monotonic() + limit_s
        while self._waiting > 0 and time.monotonic() < deadline:
            time.sleep(0.001)
        with self.lock:
            yield


class QueryCache:
    """A thread-safe LRU of read-only vectors, by the text they embed (or any key naming what was
    embedded: ``answer_meaning`` keys a figure's vector by model, text read and span)."""

    def __init__(self, size: int = QUERY_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: Hashable) -> np.ndarray | None:
        with self._lock:
            hit = self._items.get(text)
            if hit is not None:
                self._items.move_to_end(text)
            return hit

    def put(self, text: Hashable, vec: np.ndarray) -> np.ndarray:
        """Keep ``vec`` (made read-only) for ``text``; returns it."""
        vec.setflags(write=False)
        with self._lock:
            self._items[text] = vec
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return vec

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
