"""Backends: each maps the unit of work (``rows.run_task``) over the documents, yielding the
results as they finish with a bounded number in flight, so memory does not grow with the
number of documents.

- ``processes`` (default): a ``ProcessPoolExecutor`` (forkserver) of ``workers`` processes,
  each loading the models once in its initializer. A worker that dies (a segfault, the OOM
  killer) breaks the pool: it is restarted, and the documents that were in flight are retried
  one at a time, so the culprit alone is recorded as failed (``worker_crashed``).
- ``local``: a ``dask.distributed`` LocalCluster (``workers`` processes, one thread each).
- ``tcp://HOST:PORT``: a running Dask cluster. The workers must see the same file paths (a
  shared file system) and have councilsearch installed.
- ``inline``: this process, this thread (for tests, notebooks, and tiny jobs).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from councilsearch.config import available_cpus
from councilsearch.errors import InputError
from councilsearch.jobs.rows import (
    INTERNAL_ERROR,
    WORKER_CRASHED,
    ExtractResult,
    Failure,
    Task,
    run_task,
    run_tasks,
)
from councilsearch.pipeline import ParseOptions, warm_models
from councilsearch.workers import ProcessPool

log = logging.getLogger(__name__)

SCHEDULER_HELP = (
    "processes (default: a pool of local processes), local (a Dask LocalCluster), "
    "tcp://HOST:PORT (a running Dask scheduler), or inline (this process)"
)


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
    """``run_task`` over a ``workers.ProcessPool`` (crash isolation is the pool's)."""

    name = "processes"

    def __init__(self, workers: int, options: ParseOptions) -> None:
        self.options = options
        self._pool: ProcessPool[Task, ExtractResult] = ProcessPool(workers)
        self.workers = self._pool.workers

    def run(self, tasks: Iterable[Task], max_in_flight: int) -> Iterator[tuple[Task, ExtractResult]]:
        return self._pool.map(functools.partial(run_task, options=self.options), tasks, max_in_flight, _crashed)

    def close(self, cancel: bool = False) -> None:
        self._pool.close(cancel)


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
    n = workers if workers and workers > 0 else available_cpus()
    s = (scheduler or "processes").strip()
    if s == "inline":
        return InlineBackend(options)
    if s in ("processes", "process", "pool"):
        return ProcessBackend(n, options)
    if s == "local" or s.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        return DaskBackend(s, n, options)
    raise InputError(f"unknown scheduler {scheduler!r}: use {SCHEDULER_HELP}")
