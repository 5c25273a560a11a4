"""One home for running a function over many files in worker processes.

``ProcessPool.map(fn, items, max_in_flight, crashed)`` runs ``fn(item)`` in a pool of
``workers`` forkserver processes, each loading the spaCy models once in its initializer, and
yields ``(item, result)`` as they finish, with at most ``max_in_flight`` submitted and
unfinished (so memory stays flat however many files there are). A worker that dies (a
segfault, the OOM killer) breaks the pool: it is restarted, and the items that were in
flight are retried one at a time, so the culprit alone gets ``crashed(item)`` as its result.

Ingest (``index.library``: workers parse and analyse while the main process embeds and
writes) and bulk extraction (``jobs``: the ``processes`` scheduler) both run on it.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

from councilsearch.pipeline import warm_models

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


OWNER_POLL_S = 1.0


def init_worker(owner: int) -> None:
    """Each worker: Ctrl-C is the parent's to handle, one thread per library (the workers
    are the parallelism), the extractors' models loaded before the first file, and a watch
    on the process that owns the pool (``owner``): a worker whose owner is gone (killed with
    SIGKILL, which no ``finally`` survives) exits within a second instead of waiting forever
    for work (its parent is the forkserver, so ``PR_SET_PDEATHSIG`` would not see it)."""
    import signal

    watch_owner(owner)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    keep_torch_out()
    warm_models()


TORCH_PLUGINS = ("transformers", "torch")
"""A spaCy pipeline whose requirements name one of these (``spacy-transformers``,
``spacy-curated-transformers``, ...) runs on torch."""


def pipeline_needs_torch(name: str) -> bool:
    """Whether spaCy pipeline ``name`` (a package or a folder) needs torch, from the
    requirements its package metadata or ``meta.json`` lists; ``True`` when neither is found."""
    try:
        requires = importlib.metadata.requires(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        requires = None
    if requires is None:
        try:
            requires = json.loads((Path(name) / "meta.json").read_text(encoding="utf-8")).get("requirements")
        except (OSError, ValueError, AttributeError):
            return True
    if not isinstance(requires, list):
        return True
    return any(plugin in str(req).lower() for req in requires for plugin in TORCH_PLUGINS)


def keep_torch_out() -> None:
    """In a worker whose spaCy pipeline does not run on torch, make ``import torch`` fail, as
    if it were not installed: spaCy's thinc imports torch only to offer torch layers, and
    that import alone cost each worker ~190 MB of resident memory and half its start-up
    (369 MB and 34 s against 179 MB and 15 s to load the pipelines, on a busy machine). Does
    nothing once torch is imported, or when the pipeline needs it."""
    from councilsearch.extract.nlp import pipeline_name

    if "torch" in sys.modules or pipeline_needs_torch(pipeline_name()):
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # the import system's "not found"


def watch_owner(owner: int, poll_s: float = OWNER_POLL_S) -> None:
    """Exit this process (at once, status 1) when process ``owner`` no longer exists."""

    def run() -> None:
        while True:
            time.sleep(poll_s)
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # it exists (another user's now: the pid was reused)
                continue

    threading.Thread(target=run, name="councilsearch-owner-watch", daemon=True).start()


class ProcessPool(Generic[T, R]):
    """``workers`` processes mapping a picklable ``fn`` (see the module doc)."""

    def __init__(self, workers: int, initializer: Callable[[int], None] = init_worker) -> None:
        self.workers = max(1, int(workers))
        self.initializer = initializer
        self._pool: Any = None

    def _new_pool(self) -> Any:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("forkserver"),
                                   initializer=self.initializer, initargs=(os.getpid(),))

    def map(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        max_in_flight: int,
        crashed: Callable[[T], R],
    ) -> Iterator[tuple[T, R]]:
        from concurrent.futures import FIRST_COMPLETED, Future, wait
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._pool = self._new_pool()
        limit = max(1, int(max_in_flight))
        todo = iter(items)
        exhausted = False
        pending: dict[Future[R], T] = {}
        isolate: deque[T] = deque()  # in flight when a worker died: rerun one at a time
        alone: list[T] = []  # the item running by itself, if any (a list: items may be falsy)
        while True:
            if (isolate or alone) and not pending:
                alone = [isolate.popleft()] if isolate else []
                if alone:
                    pending[self._pool.submit(fn, alone[0])] = alone[0]
            if not isolate and not alone:
                while not exhausted and len(pending) < limit:
                    item = next(todo, _END)
                    if item is _END:
                        exhausted = True
                        break
                    pending[self._pool.submit(fn, item)] = item  # type: ignore[arg-type]
            if not pending:
                if exhausted and not isolate:
                    return
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                item = pending.pop(fut)
                was_alone = bool(alone) and item is alone[0]
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if was_alone:
                        alone = []
                        yield item, crashed(item)
                    else:
                        isolate.append(item)
                    continue
                if was_alone:
                    alone = []
                yield item, result
            if broken:
                for item in pending.values():
                    if alone and item is alone[0]:
                        alone = []
                        yield item, crashed(item)
                    else:
                        isolate.append(item)
                pending.clear()
                log.warning("a worker process died; restarting the pool and retrying %d file(s) one by one",
                            len(isolate))
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()

    def close(self, cancel: bool = False) -> None:
        """Stop the workers: after the work in flight, or at once with ``cancel``."""
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


_END: Any = object()
