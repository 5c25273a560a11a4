"""``Int8Embedder``: passage and query vectors from the int8 export, without torch.

The same contract as ``councilsearch.index.embed.Embedder``:

- ``encode(texts)`` returns a C-contiguous float32 array ``(len(texts), dimension)``, rows
  L2-normalised, row ``i`` for ``texts[i]``; ``encode_query(text)`` one read-only 1-D vector
  (kept in an LRU, ``gate.QueryCache``);
- safe from many threads: inference runs under a per-model ``gate.ModelGate``, taken one
  batch at a time by bulk encoding, and queries waiting for it go first;
- texts are sorted by token count (longest first) and each batch is padded only to its
  longest text.

Vectors are those of sentence-transformers (mean pooling of the token embeddings under the
attention mask, then L2 norm) from the ``tokenizers`` package directly: the packaged
``tokenizer.json`` pads every input to 128 tokens and truncates at 128, so padding is turned
off (batches are padded here) and truncation set to the model's ``max_seq_length`` (256 for
all-MiniLM-L6-v2, as sentence-transformers does).

``encode_with_sentences`` gives passage vectors and, from the same forward pass, one vector
per sentence: the mean of the sentence's own token embeddings (tokens found through the
tokenizer's character offsets), so sentence vectors cost no second pass over the text. The
steps around the model (tokenizer settings, batching, pooling) are shared with the torch
embedder in ``councilsearch.embedding.pooling``.

Nothing here imports torch or sentence-transformers; the model runs in OpenVINO or ONNX
Runtime with one intra-op thread by default (``threads``, or ``$COUNCILSEARCH_EMBED_THREADS``,
for bulk encoding), which is what a serving worker wants.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from councilsearch.embedding.cache import LoadedExport, build_lock, compiled_cache_dir
from councilsearch.embedding.gate import ModelGate, QueryCache
from councilsearch.embedding.pooling import (
    Batch,
    SentencePooling,
    check_texts,
    load_tokenizer,
    mean_pool,
    pad_batch,
    sorted_batches,
)
from councilsearch.errors import IndexError_

log = logging.getLogger(__name__)

THREADS_ENV = "COUNCILSEARCH_EMBED_THREADS"
DEFAULT_BATCH = 16
OPENVINO_SHAPE_CACHE = 64
"""Compiled kernels OpenVINO keeps per input shape (its default is 5,000). Every batch of
passages has its own (batch, length) shape; measured on 4,000 passages of varied length, the
default grew the process to 1,103 MB and 64 to 825 MB, at the same speed (46.7 s, 48.7 s)."""
OPENVINO_BULK_STREAMS = 1
"""OpenVINO streams (one batch in flight each, ``THROUGHPUT``) for bulk encoding with more than
one thread; 1 runs one batch at a time on every thread (``LATENCY``). Measured on 500 passages
with two threads, interleaved on a busy machine (load 4): one stream 4.38 s best, two streams
6.11 s, and two streams grew the process by ~300 MB more (979 against 661 MB over 1,030
passages), so one it is until a quiet machine says otherwise."""
STREAMS_ENV = "COUNCILSEARCH_OPENVINO_STREAMS"
"""Overrides ``OPENVINO_BULK_STREAMS`` (a whole number >= 1), so a quiet machine can compare
(bench/ingest.py prints bare OpenVINO with streams beside one request)."""
OPENVINO_PAD_MULTIPLE = 16
"""OpenVINO batches are padded to a multiple of this many tokens: every new input shape costs
OpenVINO a shape inference and kernel set-up, and with lengths rounded up a run of passages
meets a few dozen shapes, all kept compiled (``OPENVINO_SHAPE_CACHE``), not hundreds."""
OPENVINO_PRECISION = "f32"
"""OpenVINO's precision for the parts left in floating point. Its default on CPUs with bf16
(this machine) is bf16, which lowers the cosine to fp32 and makes vectors depend on the CPU."""


class Int8Runtime:
    """One loaded int8 model (OpenVINO or ONNX Runtime).

    ``run(ids, mask)`` gives the token embeddings ``(n, L, d)`` float32 of one batch, at once;
    callers serialise it (``Int8Embedder`` under its gate). ``run_batches(batches, gate)``
    runs many, in order; with OpenVINO, more than one thread and ``OPENVINO_BULK_STREAMS``
    above 1 it keeps one batch in flight per stream (``THROUGHPUT``, one thread per stream,
    each stream with its own infer request from a pool, so several threads may run it at
    once). ``run`` has a request of its own."""

    def __init__(
        self, backend: str, blobs: dict[str, bytes], threads: int = 1, compiled_cache: Path | None = None
    ) -> None:
        self.backend = backend
        self.threads = max(1, int(threads))
        self.pad_multiple = 1
        self._free: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.streams = 1
        if backend == "openvino-int8":
            import openvino as ov

            core = ov.Core()
            weights = ov.Tensor(np.frombuffer(blobs["model.bin"], dtype=np.uint8).copy())
            model = core.read_model(blobs["model.xml"].decode("utf-8"), weights)
            self.streams = max(1, min(self.threads, bulk_streams()))
            config: dict[str, Any] = {
                "INFERENCE_NUM_THREADS": self.threads,
                "NUM_STREAMS": self.streams,
                "PERFORMANCE_HINT": "THROUGHPUT" if self.streams > 1 else "LATENCY",
                "ENABLE_CPU_PINNING": False,  # several workers share the cores
                "INFERENCE_PRECISION_HINT": OPENVINO_PRECISION,
                "CPU_RUNTIME_CACHE_CAPACITY": OPENVINO_SHAPE_CACHE,
            }
            self._compiled = _compile_cached(core, model, config, compiled_cache)
            self._request = self._compiled.create_infer_request()
            for _ in range(self.streams if self.streams > 1 else 0):  # run_batches' own requests
                self._free.put(self._compiled.create_infer_request())
            self.pad_multiple = max(1, OPENVINO_PAD_MULTIPLE)
        elif backend == "onnx-int8":
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            self._session = ort.InferenceSession(blobs["model.onnx"], opts, providers=["CPUExecutionProvider"])
        else:
            raise IndexError_(f"Unknown embedding backend {backend!r}.")

    def run(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self.backend == "openvino-int8":
            self._request.infer({"input_ids": ids, "attention_mask": mask})
            return np.array(self._request.get_output_tensor(0).data, dtype=np.float32, copy=True)
        out = self._session.run(["token_embeddings"], {"input_ids": ids, "attention_mask": mask})[0]
        return np.asarray(out, dtype=np.float32)

    def run_batches(self, batches: Iterable[tuple[np.ndarray, np.ndarray, np.ndarray]], gate: ModelGate) -> Iterator[Batch]:
        """``(rows, tokens, mask)`` for each ``(rows, ids, mask)`` of ``batches``, in order;
        each batch is started under ``gate`` (waiting queries go first)."""
        if self.streams == 1:
            for rows, ids, mask in batches:
                with gate.batch():
                    tokens = self.run(ids, mask)
                yield rows, tokens, mask
            return
        pending: deque[tuple[Any, np.ndarray, np.ndarray]] = deque()
        try:
            for rows, ids, mask in batches:
                while True:
                    try:
                        request = self._free.get_nowait()
                        break
                    except queue.Empty:  # all busy: finish our oldest, or wait for another caller's
                        if not pending:
                            request = self._free.get()
                            break
                        done_request, done = self._finish(pending.popleft())
                        self._free.put(done_request)
                        yield done
                try:
                    with gate.batch():
                        request.start_async({"input_ids": ids, "attention_mask": mask})
                except BaseException:
                    self._free.put(request)
                    raise
                pending.append((request, rows, mask))
            while pending:
                done_request, done = self._finish(pending.popleft())
                self._free.put(done_request)
                yield done
        finally:  # a caller that stopped early: let what is in flight end, and return the requests
            for request, _, _ in pending:
                request.wait()
                self._free.put(request)

    @staticmethod
    def _finish(item: tuple[Any, np.ndarray, np.ndarray]) -> tuple[Any, Batch]:
        request, rows, mask = item
        request.wait()
        tokens = np.array(request.get_output_tensor(0).data, dtype=np.float32, copy=True)
        return request, (rows, tokens, mask)

    def embed_tokens(self, tokenizer: Any, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts`` in one batch (for checks; ``Int8Embedder`` batches properly)."""
        ids, mask = pad_batch(tokenizer.encode_batch(texts))
        return mean_pool(self.run(ids, mask), mask)


def _compile_cached(core: Any, model: Any, config: dict[str, Any], cache: Path | None) -> Any:
    """``core.compile_model`` through OpenVINO's compiled-model cache in ``cache`` (a load then
    takes ~0.2 s instead of ~1 s). OpenVINO writes its cache entries in place, so processes
    compile one at a time under a lock (a second serve worker reads what the first wrote). An
    entry cut short (a process killed while writing it) is recompiled by OpenVINO; should
    compiling through the cache fail anyway, the cache is dropped and the model compiled
    without it."""
    if cache is None:
        return core.compile_model(model, "CPU", config)
    try:
        with build_lock(cache.parent, cache.name, timeout_s=120.0):
            return core.compile_model(model, "CPU", {**config, "CACHE_DIR": str(cache)})
    except Exception as exc:
        log.warning("OpenVINO's compiled-model cache %s is unusable (%s); compiling without it", cache, exc)
        shutil.rmtree(cache, ignore_errors=True)
        return core.compile_model(model, "CPU", config)


@dataclass
class _Loaded:
    runtime: Int8Runtime
    tokenizer: Any
    manifest: dict[str, Any]
    folder: Path
    gate: ModelGate = field(default_factory=ModelGate)


_LOADED: dict[tuple[str, str, int, int], _Loaded] = {}
_EMBEDDERS: dict[tuple[Any, ...], Int8Embedder] = {}
_CACHE_LOCK = threading.Lock()


def bulk_streams() -> int:
    """``OPENVINO_BULK_STREAMS``, or ``$COUNCILSEARCH_OPENVINO_STREAMS`` when set to a number."""
    wanted = os.environ.get(STREAMS_ENV, "").strip()
    return max(1, int(wanted)) if wanted.isdigit() else OPENVINO_BULK_STREAMS


def default_threads() -> int:
    wanted = os.environ.get(THREADS_ENV)
    return max(1, int(wanted)) if wanted else 1


def _load(export: LoadedExport, threads: int) -> _Loaded:
    backend = str(export.manifest["backend"])
    key = (str(export.folder), str(export.manifest["files"]), threads, bulk_streams())
    with _CACHE_LOCK:
        hit = _LOADED.get(key)
        if hit is not None:
            return hit
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            runtime = Int8Runtime(backend, export.blobs, threads, compiled_cache_dir(export.folder))
        except IndexError_:
            raise
        except Exception as exc:  # a runtime that cannot read the files: say which, and how to fix
            raise IndexError_(
                f"Could not load the {backend} embedding model from {export.folder}: {exc}. Delete that "
                "folder to have it exported again."
            ) from exc
        tokenizer = load_tokenizer(export.blobs["tokenizer.json"], int(export.manifest["max_seq_length"]))
        loaded = _Loaded(runtime, tokenizer, export.manifest, export.folder)
        _LOADED[key] = loaded
        return loaded


class Int8Embedder(SentencePooling):
    """Encodes passages and queries with the int8 export of a sentence-transformers model
    (see the module doc). ``export`` is a checked export (``ensure_export``); by default the
    export for ``model_path`` (the packaged model) and ``backend`` is found or built in
    ``cache_dir``."""

    def __init__(
        self,
        model_path: str | None = None,
        batch_size: int = DEFAULT_BATCH,
        *,
        threads: int | None = None,
        backend: str | None = None,
        cache_dir: str | Path | None = None,
        export: LoadedExport | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if export is None:
            from councilsearch.embedding.export import ensure_export

            export = ensure_export(model_path, backend, cache_dir)
        self.batch_size = int(batch_size)
        self.threads = default_threads() if threads is None else max(1, int(threads))
        self._loaded = _load(export, self.threads)
        self._query_cache = QueryCache()

    @property
    def name(self) -> str:
        """Model name, as the torch ``Embedder`` gives it (e.g. ``all-MiniLM-L6-v2``)."""
        return str(self._loaded.manifest["model_name"])

    @property
    def backend(self) -> str:
        """Which backend makes the vectors (``openvino-int8`` or ``onnx-int8``)."""
        return str(self._loaded.manifest["backend"])

    @property
    def dimension(self) -> int:
        return int(self._loaded.manifest["dimension"])

    @property
    def max_seq_length(self) -> int:
        return int(self._loaded.manifest["max_seq_length"])

    @property
    def manifest(self) -> dict[str, Any]:
        """The export's manifest (source digest, recipe, files)."""
        return self._loaded.manifest

    def _tokenizer(self) -> Any:
        return self._loaded.tokenizer

    def _token_batches(self, encodings: list[Any]) -> Iterator[Batch]:
        """The model's token embeddings for ``encodings``, in batches, longest first
        (``sorted_batches``), each started under the gate: for each batch its positions in
        ``encodings``, its token embeddings and its mask (a batch or two in memory at a time)."""
        runtime = self._loaded.runtime
        return runtime.run_batches(sorted_batches(encodings, self.batch_size, runtime.pad_multiple), self._loaded.gate)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts``: float32 ``(len(texts), dimension)``, rows L2-normalised, input order."""
        texts = check_texts(texts, "Int8Embedder.encode")
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        for rows, tokens, mask in self._token_batches(self._loaded.tokenizer.encode_batch(texts)):
            out[rows] = mean_pool(tokens, mask)
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one query: a read-only 1-D float32 unit vector (cached; goes ahead of bulk)."""
        if not isinstance(text, str):
            raise TypeError(f"Int8Embedder.encode_query takes a string, got {type(text).__name__}")
        hit = self._query_cache.get(text)
        if hit is not None:
            return hit
        loaded = self._loaded
        ids, mask = pad_batch([loaded.tokenizer.encode(text)], loaded.runtime.pad_multiple)
        with loaded.gate.query():
            tokens = loaded.runtime.run(ids, mask)
        return self._query_cache.put(text, mean_pool(tokens, mask)[0])

    def clear_query_cache(self) -> None:
        self._query_cache.clear()

    def __repr__(self) -> str:
        return (
            f"Int8Embedder(name={self.name!r}, backend={self.backend!r}, dimension={self.dimension}, "
            f"batch_size={self.batch_size}, threads={self.threads})"
        )


def get_int8_embedder(
    model_path: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    *,
    threads: int | None = None,
    backend: str | None = None,
    cache_dir: str | Path | None = None,
) -> Int8Embedder:
    """The process-wide ``Int8Embedder`` for these arguments (the export is checked, and built
    if needed, the first time)."""
    key = (model_path, int(batch_size), threads if threads is not None else default_threads(), backend, str(cache_dir))
    emb = _EMBEDDERS.get(key)
    if emb is None:
        emb = Int8Embedder(model_path, batch_size, threads=threads, backend=backend, cache_dir=cache_dir)
        with _CACHE_LOCK:
            emb = _EMBEDDERS.setdefault(key, emb)
    return emb
