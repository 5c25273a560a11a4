"""The seam between search and a vector index: what search needs from one (``VectorStore``).
Another engine can stand behind it; ``faiss_store.FaissVectorStore`` is the one there is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

REINDEX_HINT = "run `councilsearch reindex` to rebuild it from the store"
"""What every error about an unusable vector index ends by saying."""


@runtime_checkable
class VectorStore(Protocol):
    """What search needs from a vector index. Another engine can stand behind it.

    Contract:
    - ids are non-negative int64 passage ids; vectors are float32 rows of ``dimension``.
    - ``add(ids, vectors)`` inserts or replaces (an id already present gets the new vector).
    - ``remove(ids)`` drops the ids it holds, ignores the others, returns how many it dropped.
      A removed id is never returned by a later ``search``.
    - ``search(query_vecs, k, allowed_ids=None)`` takes ``(nq, d)`` or ``(d,)`` queries and
      returns ``(scores, ids)``, both ``(nq, k')`` with ``k' = min(k, candidates)``, best first;
      scores are cosine similarities. ``allowed_ids`` restricts the candidates *before*
      ranking (so a filter never leaves fewer than ``k'`` results when that many match).
      A slot with no result (possible only with an approximate index) has id -1, score -inf.
    - ``save(folder, ...)`` is atomic and records the model, the embedding backend and the
      embedder's identity (``index.identity``); ``load(folder, expected_model=, expected_dim=,
      expected_backend=, expected_identity=)`` raises ``IndexError_`` (missing or corrupt) or
      ``ManifestMismatchError`` (other model, dimension, backend or identity), each message
      saying to run ``councilsearch reindex``.
    - ``vectors(ids)`` returns ``(ids, vectors)``: those of ``ids`` it holds, in the order
      asked, each with its unit vector as searched (unknown and removed ids left out).
    - ``generation`` is a number that changes whenever a write changes what searches read.
    - Searches may run concurrently with one writer.
    """

    @property
    def dimension(self) -> int: ...

    @property
    def generation(self) -> int: ...

    def add(self, ids: Any, vectors: Any) -> None: ...

    def remove(self, ids: Any) -> int: ...

    def search(
        self, query_vecs: Any, k: int, allowed_ids: Iterable[int] | np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]: ...

    def save(
        self,
        folder: str | Path,
        *,
        model: str | None = None,
        extractors: Mapping[str, str] | None = None,
        store_digest: str | None = None,
        backend: str | None = None,
        identity: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]: ...

    @classmethod
    def load(
        cls,
        folder: str | Path,
        *,
        expected_model: str | None = None,
        expected_dim: int | None = None,
        expected_backend: str | None = None,
        expected_identity: Mapping[str, Any] | None = None,
    ) -> VectorStore: ...

    def ids(self) -> np.ndarray: ...

    def vectors(self, ids: Any) -> tuple[np.ndarray, np.ndarray]: ...

    def __len__(self) -> int: ...
