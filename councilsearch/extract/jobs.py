"""Bulk extraction jobs: every figure and entity of many documents, with citations, into one
JSONL, CSV or Parquet file (see ``councilsearch.extract.export`` for the rows and the writers).

The unit of work is ``extract_rows(path) -> ExtractResult``: a pure function of one file that
parses it, runs the shared analysis (``pipeline.analyse``) and returns the document's
rows, or a ``Failure`` with an error code and a message for a person. It never raises for a
bad document. Three backends map it over the documents with the same driver loop
(``run_extract``), streaming results to the output as they finish with a bounded number in
flight, so memory does not grow with the number of documents:

- ``processes`` (default): a ``ProcessPoolExecutor`` (forkserver) of ``workers`` processes,
  each loading the models once in its initializer. A worker that dies (a segfault, the OOM
  killer) breaks the pool: it is restarted, and the documents that were in flight are retried
  one at a time, so the culprit alone is recorded as failed (``worker_crashed``).
- ``local``: a ``dask.distributed`` LocalCluster (``workers`` processes, one thread each).
- ``tcp://HOST:PORT``: a running Dask cluster. The workers must see the same file paths (a
  shared file system) and have councilsearch installed.
- ``inline``: this process, this thread (for tests, notebooks, and tiny jobs).

Resumable and idempotent: documents are keyed by the SHA-256 of their bytes; a document
already in the output (its ledger) is skipped without being parsed, and a document is never
written twice, even when two input files hold the same bytes.

``JobManager`` runs jobs in a background thread for the API (submit -> job id, status,
result path, cancel); job state is kept in ``<root>/<job id>/job.json``.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import json
import logging
import os
import queue
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from councilsearch.errors import CouncilSearchError, InputError, NotFoundError
from councilsearch.extract.export import failures_path, format_for, open_sink
from councilsearch.models import Document, Entity, Figure, Section
from councilsearch.pipeline import ParseOptions, warm_models

log = logging.getLogger(__name__)

SCHEDULER_HELP = (
    "processes (default: a pool of local processes), local (a Dask LocalCluster), "
    "tcp://HOST:PORT (a running Dask scheduler), or inline (this process)"
)
WORKER_CRASHED = "worker_crashed"
INTERNAL_ERROR = "internal_error"
UNREADABLE = "unreadable"
MAX_FAILURES_KEPT = 1000  # in memory (the failures file holds them all)


# -- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    path: str
    code: str
    error: str
    sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ExtractResult:
    """What one worker hands back for one file: rows, or a failure."""

    path: str
    sha256: str | None = None
    doc_id: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    n_figures: int = 0
    n_entities: int = 0
    n_words: int = 0
    seconds: float = 0.0
    failure: Failure | None = None
    pid: int = 0
    peak_rss: int = 0  # bytes, the worker process's high-water mark so far
    cpu_seconds: float = 0.0  # CPU time the worker spent on this file

    @property
    def ok(self) -> bool:
        return self.failure is None


@dataclass(frozen=True)
class Task:
    index: int  # position in the input list (orders parquet output)
    path: str  # the file, or "store:<doc id>" for a stored document
    sha256: str
    doc: Document | None = None  # a stored document: extracted from its text, no file read


def run_task(task: Task, options: ParseOptions | None = None) -> ExtractResult:
    """The function every backend maps: ``extract_rows`` for a file, ``extract_document``
    for a stored document."""
    if task.doc is not None:
        return extract_document(task.doc)
    return extract_rows(task.path, options)


def run_tasks(tasks: Sequence[Task], options: ParseOptions | None = None) -> list[ExtractResult]:
    """``run_task`` over a few documents: one Dask task carries several, so the scheduler's
    per-task cost is shared (see ``DaskBackend``)."""
    return [run_task(t, options) for t in tasks]


@dataclass
class JobStats:
    """Counters of a running job; ``snapshot()`` is what progress callbacks receive."""

    out: str = ""
    format: str = ""
    scheduler: str = ""
    workers: int = 0
    total: int = 0  # input files
    processed: int = 0  # files handled so far (written + skipped + duplicates + failed)
    written: int = 0
    skipped: int = 0  # already in the output from an earlier run
    duplicates: int = 0  # same bytes as another input file in this run
    failed: int = 0
    rows: int = 0
    figure_rows: int = 0
    entity_rows: int = 0
    words: int = 0
    seconds: float = 0.0
    worker_cpu_seconds: float = 0.0  # summed over documents written
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)
    worker_peak_rss: dict[int, int] = field(default_factory=dict)  # pid -> bytes
    current: str = ""

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.interrupted

    @property
    def docs_per_s(self) -> float:
        done = self.written + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    def snapshot(self) -> JobStats:
        return replace(self, failures=list(self.failures), worker_peak_rss=dict(self.worker_peak_rss))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failures"] = [f.to_dict() for f in self.failures]
        d["worker_peak_rss"] = {str(k): v for k, v in self.worker_peak_rss.items()}
        d["docs_per_s"] = round(self.docs_per_s, 3)
        return d


ProgressFn = Callable[[JobStats], None]


# -- the unit of work ----------------------------------------------------------------------------

def _section_locator(sections: Sequence[Section]) -> Callable[[int], Section | None]:
    starts = [s.span[0] for s in sections]

    def at(offset: int) -> Section | None:
        i = bisect.bisect_right(starts, offset) - 1
        return sections[i] if i >= 0 else (sections[0] if sections else None)

    return at


def document_rows(
    doc: Document, sections: Sequence[Section], figures: Sequence[Figure], entities: Sequence[Entity]
) -> list[dict[str, Any]]:
    """One row per figure and per entity, with the document's metadata and the citation of
    the section holding the row's start offset (pages are the row's own pages)."""
    at = _section_locator(sections)
    base = {
        "doc_id": doc.id, "title": doc.title, "council": doc.council or None, "doc_type": doc.doc_type,
        "date": doc.date, "source_path": doc.source_path, "sha256": doc.sha256,
    }

    def where(span: tuple[int, int]) -> dict[str, Any]:
        s = at(span[0])
        pages = doc.pages_for(span)
        return {
            "section_path": (" > ".join(p for p in s.path if p) or None) if s else None,
            "para_no": s.para_no if s else None,
            "page_first": pages[0], "page_last": pages[-1],
            "span_start": span[0], "span_end": span[1],
        }

    rows: list[dict[str, Any]] = []
    for k, f in enumerate(figures):
        numeric = not isinstance(f.value, str)
        sent = f.sentence_span
        rows.append({
            **base, "row_type": "figure", "row_no": k, **where(f.span),
            "sentence_start": sent[0] if sent else None, "sentence_end": sent[1] if sent else None,
            "surface": f.surface,
            "value": float(f.value) if numeric and f.value is not None else None,
            "value_text": f.value if not numeric else None,
            "unit": f.unit, "kind": f.kind, "scale": f.scale, "period": f.period, "label": f.label,
            "table_row": f.table_row, "table_col": f.table_col, "range_with": f.range_with,
            "flags": ";".join(f.flags) or None, "extractor": f.extractor,
        })
    for k, e in enumerate(entities):
        rows.append({
            **base, "row_type": "entity", "row_no": k, **where(e.span),
            "surface": e.text, "entity_label": e.label, "normalised": e.normalised,
            "entity_title": e.title, "entity_role": e.role, "extractor": e.extractor,
        })
    return rows


def _peak_rss() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # KiB on Linux
    except (ImportError, OSError):  # pragma: no cover
        return 0


def _failed(path: str, code: str, message: str, t0: float, sha256: str | None = None) -> ExtractResult:
    return ExtractResult(path, failure=Failure(path, code, message, sha256), pid=os.getpid(),
                         seconds=time.perf_counter() - t0, peak_rss=_peak_rss())


def extract_document(doc: Document, *, t0: float | None = None, c0: float | None = None) -> ExtractResult:
    """Rows of one parsed (or stored) document. Never raises for a bad document."""
    from councilsearch.pipeline import analyse

    t0 = time.perf_counter() if t0 is None else t0
    c0 = time.process_time() if c0 is None else c0
    label = doc.source_path or doc.id
    try:
        a = analyse(doc)
        rows = document_rows(doc, a.sections, a.figures, a.entities)
    except CouncilSearchError as exc:
        return _failed(label, exc.code, str(exc), t0, doc.sha256)
    except MemoryError:
        return _failed(label, "resource_limit", f"{doc.title or doc.id} needed more memory than this worker has",
                       t0, doc.sha256)
    except Exception as exc:  # a bug on one document must not stop the job
        log.exception("extracting %s failed", label)
        return _failed(label, INTERNAL_ERROR, f"extraction failed unexpectedly on {Path(label).name} "
                       f"({type(exc).__name__}: {exc}); please report this file", t0, doc.sha256)
    return ExtractResult(
        doc.source_path, doc.sha256, doc.id, rows, len(a.figures), len(a.entities), len(doc.text.split()),
        time.perf_counter() - t0, None, os.getpid(), _peak_rss(), time.process_time() - c0,
    )


def extract_rows(path: str | Path, options: ParseOptions | None = None) -> ExtractResult:
    """Parse and extract one file: its rows, or a failure with a reason a person can act
    on. Never raises for a bad document. Metadata comes from the folder's manifest.csv."""
    from councilsearch.pipeline import read_document

    p = Path(path)
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = read_document(p, options)
    except CouncilSearchError as exc:
        return _failed(str(p), exc.code, str(exc), t0)
    except MemoryError:
        return _failed(str(p), "resource_limit", f"{p.name} needed more memory than this worker has", t0)
    except Exception as exc:  # a parser bug on one file must not stop the job
        log.exception("parsing %s failed", p)
        return _failed(str(p), INTERNAL_ERROR, f"reading {p.name} failed unexpectedly ({type(exc).__name__}: "
                       f"{exc}); please report this file", t0)
    return extract_document(doc, t0=t0, c0=c0)


def _init_pool_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    warm_models()


# -- backends ------------------------------------------------------------------------------------


class Backend(Protocol):
    """Maps ``run_task`` over tasks, yielding (task, result) as they finish with at most
    ``max_in_flight`` submitted and unfinished. ``close(cancel=True)`` stops the work."""

    name: str
    workers: int

    def run(self, tasks: Iterable[Task], max_in_flight: int) -> Iterator[tuple[Task, ExtractResult]]: ...

    def close(self, cancel: bool = False) -> None: ...


def _crashed(task: Task, detail: str = "") -> ExtractResult:
    name = Path(task.path).name
    msg = (f"the worker process died while extracting {name} (out of memory, or a crash in a parser or "
           "model); the other files went on")
    return ExtractResult(task.path, failure=Failure(task.path, WORKER_CRASHED, msg + (f" [{detail}]" if detail else ""),
                                                    task.sha256))


class InlineBackend:
    name = "inline"
    workers = 1

    def __init__(self, options: ParseOptions) -> None:
        self.options = options

    def run(self, tasks: Iterable[Task], max_in_flight: int) -> Iterator[tuple[Task, ExtractResult]]:
        for t in tasks:
            yield t, run_task(t, self.options)

    def close(self, cancel: bool = False) -> None:
        return None


class ProcessBackend:
    name = "processes"

    def __init__(self, workers: int, options: ParseOptions) -> None:
        self.workers = max(1, workers)
        self.options = options
        self._pool: Any = None

    def _new_pool(self) -> Any:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("forkserver"),
                                   initializer=_init_pool_worker)

    def run(self, tasks: Iterable[Task], max_in_flight: int) -> Iterator[tuple[Task, ExtractResult]]:
        from concurrent.futures import FIRST_COMPLETED, Future, wait
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._pool = self._new_pool()
        todo = iter(tasks)
        exhausted = False
        pending: dict[Future[ExtractResult], Task] = {}
        isolate: deque[Task] = deque()  # in flight when a worker died: rerun one at a time
        alone: Task | None = None  # the task running by itself, if any
        while True:
            if (isolate or alone is not None) and not pending:
                alone = isolate.popleft() if isolate else None
                if alone is not None:
                    pending[self._pool.submit(run_task, alone, self.options)] = alone
            if not isolate and alone is None:
                while not exhausted and len(pending) < max_in_flight:
                    t = next(todo, None)
                    if t is None:
                        exhausted = True
                        break
                    pending[self._pool.submit(run_task, t, self.options)] = t
            if not pending:
                if exhausted and not isolate:
                    return
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                t = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if t is alone:
                        alone = None
                        yield t, _crashed(t)
                    else:
                        isolate.append(t)
                    continue
                if t is alone:
                    alone = None
                yield t, result
            if broken:
                for t in pending.values():
                    if t is alone:
                        alone = None
                        yield t, _crashed(t)
                    else:
                        isolate.append(t)
                pending.clear()
                log.warning("a worker process died; restarting the pool and retrying %d document(s) one by one",
                            len(isolate))
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()

    def close(self, cancel: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if cancel:
            procs = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for p in procs:
                with contextlib.suppress(Exception):
                    p.terminate()
            for p in procs:
                with contextlib.suppress(Exception):
                    p.join(timeout=5)
        else:
            pool.shutdown(wait=True)


class DaskBackend:
    """``run_task`` mapped over a dask.distributed cluster with ``as_completed``."""

    def __init__(self, address: str, workers: int, options: ParseOptions) -> None:
        import logging as _logging

        from distributed import Client, LocalCluster

        self.options = options
        self.cluster: Any = None
        if address == "local":
            import dask

            self.name = "dask-local"
            self.workers = max(1, workers)
            with dask.config.set(DASK_LOCAL_CONFIG):  # the nannies keep it for their workers
                self.cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=_logging.CRITICAL,  # a free port, no clash
                )
            self.client = Client(self.cluster)
        else:
            self.name = f"dask {address}"
            try:
                self.client = Client(address, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise InputError(f"could not connect to the Dask scheduler at {address}: {exc}") from None
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self._warm()

    def _warm(self) -> None:
        """Load the models on every worker now, once, like the pool's initializer (as a task in
        each worker's thread pool, so the worker's event loop stays responsive)."""
        from distributed import wait

        addrs = list(self.client.scheduler_info().get("workers", {}))
        futs = [self.client.submit(warm_models, workers=[a], allow_other_workers=False, pure=False,
                                   key=f"warm-{uuid.uuid4().hex[:12]}") for a in addrs]
        wait(futs)
        for f in futs:
            f.release()

    def run(self, tasks: Iterable[Task], max_in_flight: int) -> Iterator[tuple[Task, ExtractResult]]:
        """Documents go to the cluster ``DASK_BATCH`` at a time (``run_tasks``): one Dask task
        per document costs the scheduler, which shares the machine with the workers, more
        than the document's own work on small files (measured: 0.81 of the process pool with
        one document a task). A batch whose worker dies is retried one document a task, so
        only the document that kills workers fails."""
        from distributed import as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        todo = iter(tasks)
        retry: list[list[Task]] = []
        inflight: dict[Any, list[Task]] = {}
        ac = as_completed()
        batch_size = max(1, min(DASK_BATCH, max_in_flight // max(1, self.workers)))

        def submit(batch: list[Task]) -> None:
            fut = self.client.submit(run_tasks, batch, self.options, pure=False,
                                     key=f"extract-{batch[0].index}-{uuid.uuid4().hex[:12]}")
            inflight[fut.key] = batch
            ac.add(fut)

        def fill() -> None:
            while sum(len(b) for b in inflight.values()) < max_in_flight:
                if retry:
                    submit(retry.pop())
                    continue
                batch = list(itertools.islice(todo, batch_size))
                if not batch:
                    return
                submit(batch)

        fill()
        for fut in ac:
            batch = inflight.pop(fut.key)
            try:
                results = fut.result()
            except KilledWorker as exc:
                if len(batch) > 1:
                    retry.extend([t] for t in batch)
                    fut.release()
                    fill()
                    continue
                results = [_crashed(batch[0], str(exc)[:200])]
            except FutureCancelledError:
                continue
            except Exception as exc:  # a failure of the cluster, not of the document
                results = [ExtractResult(t.path, failure=Failure(
                    t.path, INTERNAL_ERROR, f"the cluster could not run this file ({type(exc).__name__}: {exc})",
                    t.sha256)) for t in batch]
            fut.release()
            yield from zip(batch, results, strict=True)
            fill()

    def close(self, cancel: bool = False) -> None:
        with contextlib.suppress(Exception):
            self.client.close()  # releases this client's futures: the scheduler drops their tasks
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()


DASK_BATCH = 4
"""Documents per Dask task (fewer when ``max_in_flight`` is small)."""

DASK_LOCAL_CONFIG: dict[str, Any] = {
    # The nannies start workers with MALLOC_TRIM_THRESHOLD_=65536 (Dask's default), which
    # also turns off glibc's adaptive mmap threshold: every large buffer spaCy frees goes back
    # to the kernel and is faulted in again on the next document. Measured on 30 documents a
    # worker: 4,500 minor page faults and 6 ms system time a document (pool workers: 13 and
    # 0.04 ms), ~10% more worker CPU. Unset, the workers allocate like the pool's.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # the workers' statistical profiler samples every thread every 10 ms: on a 2-core
    # machine that is CPU taken from extraction (measured: 0.79 -> 0.85 of the process
    # pool with it off). The nannies pass the setting on to the workers.
    "distributed.worker.profile.enabled": False,
    # every Dask server (scheduler, nannies, workers) wakes every 20 ms to time its own event
    # loop, only to warn when it was blocked: measured on an idle 2-worker cluster, 27 ms/s of
    # CPU in this process and 10-14 ms/s in each worker; 13 and 6 ms/s at 500 ms.
    "distributed.admin.tick.interval": "500ms",
}
"""Dask settings for ``scheduler="local"``, in force while the LocalCluster starts (its nannies
copy them and pass them on to the workers they start, restarts included)."""


def make_backend(scheduler: str | None, workers: int | None, options: ParseOptions) -> Backend:
    n = workers if workers and workers > 0 else (os.cpu_count() or 1)
    s = (scheduler or "processes").strip()
    if s == "inline":
        return InlineBackend(options)
    if s in ("processes", "process", "pool"):
        return ProcessBackend(n, options)
    if s == "local" or s.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        return DaskBackend(s, n, options)
    raise InputError(f"unknown scheduler {scheduler!r}: use {SCHEDULER_HELP}")


# -- the driver ----------------------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class _FailureLog:
    """``<out>.failures.jsonl``: this run's failures (a rerun retries them), one JSON line each."""

    def __init__(self, out: Path) -> None:
        self.path = failures_path(out)
        self._f: Any = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def add(self, f: Failure) -> None:
        if self._f is None:
            self._f = self.path.open("a", encoding="utf-8")
        self._f.write(json.dumps({**f.to_dict(), "time": time.strftime("%Y-%m-%dT%H:%M:%S")}, ensure_ascii=False) + "\n")
        self._f.flush()

    def close(self) -> None:
        if self._f is not None:
            self._f.close()
            self._f = None


def run_extract(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    doc_ids: Sequence[str] = (),
    store: Any = None,
    fmt: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    overwrite: bool = False,
    options: ParseOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    max_in_flight: int | None = None,
    backend: Backend | None = None,
) -> JobStats:
    """Extract every figure and entity of the documents under ``paths`` (files or folders),
    and of the stored documents ``doc_ids`` (read from ``store``, an ``index.store.Store``:
    their stored text and metadata, no file needed), into ``out``.

    Raises ``ExportError`` (output path) or ``InputError`` (no documents, bad scheduler)
    before any work starts. Bad documents do not raise: they are counted, listed in
    ``stats.failures`` and ``<out>.failures.jsonl``, and the job goes on. On Ctrl-C
    (KeyboardInterrupt) or ``cancel``, the workers are stopped, what was written stays
    written, and the stats come back with ``interrupted`` set (the interrupt is not
    re-raised); running again with the same output resumes.
    """
    from councilsearch.ingest.parse import iter_files

    out = Path(out)
    fmt = format_for(out, fmt)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(f"not found: {', '.join(missing[:5])}" + (f" and {len(missing) - 5} more" if len(missing) > 5 else ""))
    files = iter_files([Path(p) for p in paths]) if paths else []
    if doc_ids:
        if store is None:
            raise InputError("stored document ids need the store they are in")
        stored = {d: store.document_row(d).sha256 for d in dict.fromkeys(doc_ids)}  # NotFoundError if unknown
    else:
        stored = {}
    if not files and not stored:
        raise InputError("no documents found in " + (", ".join(str(p) for p in paths) or "the request"))
    options = options or ParseOptions()
    sink = open_sink(out, fmt, overwrite=overwrite)
    try:
        done = sink.open()  # ExportError here, before any work
    except BaseException:
        sink.close()
        raise
    stats = JobStats(out=str(out), format=fmt, total=len(files) + len(stored))
    failures: _FailureLog | None = None
    t0 = time.perf_counter()
    seen: set[str] = set()

    def tick() -> None:
        stats.seconds = time.perf_counter() - t0
        if progress is not None:
            progress(stats.snapshot())

    def fail(f: Failure) -> None:
        stats.failed += 1
        stats.processed += 1
        if len(stats.failures) < MAX_FAILURES_KEPT:
            stats.failures.append(f)
        assert failures is not None
        failures.add(f)

    def tasks() -> Iterator[Task]:
        for i, f in enumerate(files):
            if cancel is not None and cancel.is_set():
                return
            path = f.resolve()
            try:
                sha = file_sha256(path)
            except OSError as exc:
                fail(Failure(str(path), UNREADABLE, f"{f.name} could not be read: {exc.strerror or exc}"))
                tick()
                continue
            if sha in done or sha in seen:
                if sha in done:
                    stats.skipped += 1
                else:
                    stats.duplicates += 1
                stats.processed += 1
                tick()
                continue
            seen.add(sha)
            stats.current = f.name
            yield Task(i, str(path), sha)
        for j, (doc_id, sha) in enumerate(stored.items(), len(files)):
            if cancel is not None and cancel.is_set():
                return
            if sha in done or sha in seen:
                stats.skipped += sha in done
                stats.duplicates += sha not in done
                stats.processed += 1
                tick()
                continue
            try:
                doc = store.get_document(doc_id)
            except CouncilSearchError as exc:  # deleted since the job was queued
                fail(Failure(f"store:{doc_id}", exc.code, str(exc), sha))
                tick()
                continue
            seen.add(sha)
            stats.current = doc.title[:60]
            yield Task(j, f"store:{doc_id}", sha, doc)

    try:
        failures = _FailureLog(out)
        be = backend or make_backend(scheduler, workers, options)
    except BaseException:
        sink.close()
        if failures is not None:
            failures.close()
        raise
    stats.scheduler, stats.workers = be.name, be.workers
    # two units of work per worker: one running, one queued behind it (a Dask unit is a batch)
    limit = max_in_flight or max(2, 2 * be.workers * (DASK_BATCH if isinstance(be, DaskBackend) else 1))
    cancelled = False
    try:
        tick()
        for task, r in be.run(tasks(), limit):
            if r.peak_rss and r.pid:
                stats.worker_peak_rss[r.pid] = max(stats.worker_peak_rss.get(r.pid, 0), r.peak_rss)
            if r.failure is not None:
                fail(replace(r.failure, sha256=r.failure.sha256 or task.sha256))
            elif r.sha256 in sink.done:  # the file changed into a copy of one already written
                stats.duplicates += 1
                stats.processed += 1
            else:
                assert r.sha256 is not None
                sink.write(r.sha256, r.rows, order=task.index)
                stats.written += 1
                stats.processed += 1
                stats.rows += len(r.rows)
                stats.figure_rows += r.n_figures
                stats.entity_rows += r.n_entities
                stats.words += r.n_words
                stats.worker_cpu_seconds += r.cpu_seconds
            tick()
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
        if cancel is not None and cancel.is_set():
            cancelled = True
        if not cancelled:
            sink.finish()
    except KeyboardInterrupt:  # what is written stays written; the caller reports and exits
        cancelled = True
    finally:
        stats.interrupted = stats.interrupted or cancelled
        be.close(cancel=cancelled)
        sink.close()
        failures.close()
        stats.current = ""
        tick()
    return stats


# -- background jobs for the API -----------------------------------------------------------------

JOB_STATES = ("queued", "running", "done", "failed", "cancelled", "interrupted")


@dataclass
class JobRecord:
    id: str
    state: str
    format: str
    created: float
    inputs: list[str]  # files and folders
    doc_ids: list[str] = field(default_factory=list)  # stored documents
    started: float | None = None
    finished: float | None = None
    error: str | None = None  # why the whole job failed (not a per-document failure)
    error_code: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    owner: int | None = None  # the process running it (several server processes share the jobs folder)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("owner")
        st = self.stats or {}
        d["progress"] = {k: st.get(k, 0) for k in ("total", "processed", "written", "skipped", "duplicates",
                                                   "failed", "rows", "seconds", "docs_per_s")}
        d["failures"] = st.get("failures", [])
        d["result_ready"] = self.state == "done"
        d.pop("stats")
        return d


class JobManager:
    """Extraction jobs run one at a time in a background thread.

    ``submit(paths=..., doc_ids=...)`` returns a job id at once; ``get(id)`` gives state,
    progress and failures; ``result_path(id)`` the finished file; ``cancel(id)`` stops it.
    Each job lives in ``<root>/<id>/`` (``job.json``, ``extract.<fmt>`` and its ledger).
    After a restart, finished jobs are still served; a job that was queued or running is
    marked ``interrupted``, unless the process that owns it is still alive: several server
    processes (``serve --workers N``) share one jobs folder, and each answers for the others'
    jobs from their ``job.json`` and cancels them through a ``cancel`` file they look for
    between documents. Stored documents are read from ``store`` (their stored text and
    metadata); callers check folders against the allow-list (``allowed_folder``) first.
    """

    def __init__(
        self, root: str | Path, *, store: Any = None, workers: int | None = None, scheduler: str | None = None,
        options: ParseOptions | None = None, progress_every_s: float = 0.5,
    ) -> None:
        self.root = Path(root)
        self.store = store
        self.root.mkdir(parents=True, exist_ok=True)
        self.workers = workers
        self.scheduler = scheduler
        self.options = options or ParseOptions()
        self.progress_every_s = progress_every_s
        self._jobs: dict[str, JobRecord] = {}
        self._cancel: dict[str, threading.Event] = {}
        self._lock = threading.RLock()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._load()

    # -- persistence ---------------------------------------------------------------------------
    def _job_dir(self, job_id: str) -> Path:
        return self.root / job_id

    def _save(self, rec: JobRecord) -> None:
        d = self._job_dir(rec.id)
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / ".job.json.tmp"
        tmp.write_text(json.dumps(asdict(rec), default=str), encoding="utf-8")
        os.replace(tmp, d / "job.json")

    def _load(self) -> None:
        for f in sorted(self.root.glob("*/job.json")):
            try:
                rec = JobRecord(**json.loads(f.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                continue
            if rec.state in ("queued", "running"):
                if _alive(rec.owner):
                    continue  # another server process's job: read from disk when asked
                rec.state = "interrupted"
                rec.error = "the server stopped while this job was running; submit it again to resume"
                self._save(rec)
            self._jobs[rec.id] = rec

    # -- the API ---------------------------------------------------------------------------------
    def submit(self, paths: Sequence[str | Path] = (), doc_ids: Sequence[str] = (), fmt: str = "jsonl") -> str:
        """Queue a job over files/folders the caller has already vetted and/or stored
        document ids; returns its id. Unknown ids and missing paths are refused now."""
        fmt = format_for(Path(f"x.{fmt}"), fmt)
        if not paths and not doc_ids:
            raise InputError("a job needs at least one document or folder")
        missing = [str(p) for p in paths if not Path(p).exists()]
        if missing:
            raise InputError(f"not found: {', '.join(missing[:5])}")
        if doc_ids:
            if self.store is None:
                raise InputError("this job runner has no store to read stored documents from")
            for d in doc_ids:
                self.store.document_row(d)  # NotFoundError names the unknown id
        job_id = uuid.uuid4().hex
        rec = JobRecord(job_id, "queued", fmt, time.time(), [str(Path(p).resolve()) for p in paths],
                        list(dict.fromkeys(doc_ids)), owner=os.getpid())
        with self._lock:
            self._jobs[job_id] = rec
            self._cancel[job_id] = threading.Event()
            self._save(rec)
            self._queue.put(job_id)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._worker, name="extract-jobs", daemon=True)
                self._thread.start()
        return job_id

    def get(self, job_id: str) -> JobRecord:
        with self._lock:
            rec = self._jobs.get(job_id)
            if rec is not None:
                return replace(rec, stats=dict(rec.stats))
        rec = self._read(job_id)  # another server process's job
        if rec is None:
            raise NotFoundError(f"no extraction job with id {job_id!r}")
        return rec

    def _read(self, job_id: str) -> JobRecord | None:
        if not _JOB_ID.match(job_id):
            return None
        try:
            return JobRecord(**json.loads((self._job_dir(job_id) / "job.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def list(self) -> list[JobRecord]:
        with self._lock:
            return sorted((replace(r) for r in self._jobs.values()), key=lambda r: r.created, reverse=True)

    def output_path(self, job_id: str, fmt: str | None = None) -> Path:
        rec = self._jobs.get(job_id) or (None if fmt else self._read(job_id))
        return self._job_dir(job_id) / f"extract.{fmt or (rec.format if rec else 'jsonl')}"

    def result_path(self, job_id: str) -> Path:
        rec = self.get(job_id)
        if rec.state != "done":
            raise InputError(f"job {job_id} is {rec.state}; its result is ready when the state is done")
        p = self.output_path(job_id, rec.format)
        if not p.exists():
            raise NotFoundError(f"the result of job {job_id} is no longer on disk")
        return p

    def cancel(self, job_id: str) -> JobRecord:
        rec = self.get(job_id)
        with self._lock:
            if job_id not in self._jobs:  # another process runs it: it looks for this file
                if rec.state in ("queued", "running"):
                    (self._job_dir(job_id) / CANCEL_FILE).touch()
                return rec
            ev = self._cancel.get(job_id)
            if ev is not None:
                ev.set()
            rec = self._jobs[job_id]
            if rec.state == "queued":
                rec.state = "cancelled"
                rec.finished = time.time()
                self._save(rec)
        return self.get(job_id)

    def wait(self, job_id: str, timeout: float | None = None) -> JobRecord:
        """Block until the job has finished (for tests and scripts)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            rec = self.get(job_id)
            if rec.state not in ("queued", "running"):
                return rec
            if deadline is not None and time.monotonic() > deadline:
                return rec
            time.sleep(0.05)

    def close(self, timeout: float = 30.0) -> None:
        with self._lock:
            for ev in self._cancel.values():
                ev.set()
            self._queue.put(None)
            t = self._thread
        if t is not None:
            t.join(timeout)

    # -- the runner ------------------------------------------------------------------------------
    def _worker(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            with self._lock:
                rec = self._jobs[job_id]
                if rec.state != "queued":
                    continue
                cancel = self._cancel[job_id]
                marker = self._job_dir(job_id) / CANCEL_FILE
                if marker.exists():  # cancelled through another server process before it started
                    rec.state, rec.finished = "cancelled", time.time()
                    self._save(rec)
                    continue
                rec.state, rec.started = "running", time.time()
                self._save(rec)
            last = [0.0]

            def progress(
                st: JobStats, rec: JobRecord = rec, last: list[float] = last, cancel: threading.Event = cancel,
                marker: Path = marker,
            ) -> None:
                now = time.monotonic()
                if marker.exists():  # cancelled through another server process
                    cancel.set()
                with self._lock:
                    rec.stats = st.to_dict()
                    if now - last[0] >= self.progress_every_s:
                        last[0] = now
                        self._save(rec)

            try:
                st = run_extract(
                    rec.inputs, self.output_path(job_id, rec.format), doc_ids=rec.doc_ids, store=self.store,
                    fmt=rec.format, workers=self.workers,
                    scheduler=self.scheduler, options=self.options, progress=progress, cancel=cancel,
                )
                state = "cancelled" if st.interrupted else "done"
                err, code = None, None
            except CouncilSearchError as exc:
                state, err, code, st = "failed", str(exc), exc.code, None
            except Exception as exc:  # a job's crash must not kill the runner thread
                log.exception("extraction job %s failed", job_id)
                state, err, code, st = "failed", f"the job failed unexpectedly ({type(exc).__name__}: {exc})", \
                    INTERNAL_ERROR, None
            with self._lock:
                if st is not None:
                    rec.stats = st.to_dict()
                rec.state, rec.error, rec.error_code, rec.finished = state, err, code, time.time()
                self._save(rec)


CANCEL_FILE = "cancel"
_JOB_ID = re.compile(r"^[0-9a-f]{32}$")


def _alive(pid: int | None) -> bool:
    """Is process ``pid`` running (and not this one, whose jobs died with its last run)?"""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def allowed_folder(folder: str | Path, allow: Iterable[str | Path]) -> Path:
    """``folder`` resolved, if it lies inside one of the ``allow`` folders (symlinks
    resolved first, so a link cannot escape); else InputError."""
    target = Path(folder).resolve()
    roots = [Path(a).resolve() for a in allow]
    if not roots:
        raise InputError("extraction from folders is not enabled on this server (no job folders are configured)")
    if not any(target == r or r in target.parents for r in roots):
        raise InputError(f"{folder} is not inside a folder this server may read")
    if not target.is_dir():
        raise InputError(f"{folder} is not a folder")
    return target
