"""The driver: ``run_extract`` streams every figure and entity of many documents, with
citations, into one JSONL, CSV or Parquet file (``export``), through a backend (``backends``).

Resumable and idempotent: documents are keyed by the SHA-256 of their bytes; a document
already in the output (its ledger) is skipped without being parsed, and a document is never
written twice, even when two input files hold the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from councilsearch.digests import sha256_file
from councilsearch.errors import CouncilSearchError, InputError
from councilsearch.jobs.backends import DASK_BATCH, Backend, DaskBackend, make_backend
from councilsearch.jobs.export import failures_path, format_for, open_sink
from councilsearch.jobs.rows import OUTSIDE_FOLDER, UNREADABLE, Failure, Task
from councilsearch.pipeline import ParseOptions

MAX_FAILURES_KEPT = 1000  # in memory (the failures file holds them all)


@dataclass
class JobProgress:
    """How far a job has got: the counters a client polling the job is shown (the API's
    ``progress``; ``JobStats`` carries them too)."""

    total: int = 0  # input files
    processed: int = 0  # files handled so far (written + skipped + duplicates + failed)
    written: int = 0
    skipped: int = 0  # already in the output from an earlier run
    duplicates: int = 0  # same bytes as another input file in this run
    failed: int = 0
    rows: int = 0
    seconds: float = 0.0

    @property
    def docs_per_s(self) -> float:
        done = self.written + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    @classmethod
    def of(cls, stats: dict[str, Any]) -> JobProgress:
        """The progress held in ``JobStats.to_dict()`` output."""
        return cls(**{f.name: stats.get(f.name, 0) for f in fields(cls)})


@dataclass
class JobStats(JobProgress):
    """Counters of a running job; ``snapshot()`` is what progress callbacks receive."""

    out: str = ""
    format: str = ""
    scheduler: str = ""
    workers: int = 0
    figure_rows: int = 0
    entity_rows: int = 0
    words: int = 0
    worker_cpu_seconds: float = 0.0  # summed over documents written
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)
    worker_peak_rss: dict[int, int] = field(default_factory=dict)  # pid -> bytes
    current: str = ""

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.interrupted

    def snapshot(self) -> JobStats:
        return replace(self, failures=list(self.failures), worker_peak_rss=dict(self.worker_peak_rss))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failures"] = [f.to_dict() for f in self.failures]
        d["worker_peak_rss"] = {str(k): v for k, v in self.worker_peak_rss.items()}
        d["docs_per_s"] = round(self.docs_per_s, 3)
        return d


ProgressFn = Callable[[JobStats], None]


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
    root: Path | None = None,
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

    ``root`` (the API's job folder): every file must resolve to a path inside it, so a link
    that leads out of it is skipped and reported (``outside_folder``), and the paths written
    in rows and failures are relative to it, never the server's absolute paths.
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
    root_dir = root.resolve() if root is not None else None
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

    def shown(path: str) -> str:
        return _relative(path, root_dir) if root_dir is not None else path

    def tasks() -> Iterator[Task]:
        for i, f in enumerate(files):
            if cancel is not None and cancel.is_set():
                return
            path = f.resolve()
            if root_dir is not None and root_dir != path and root_dir not in path.parents:
                fail(Failure(shown(str(f)), OUTSIDE_FOLDER,
                             f"{f.name} is a link to a file outside the job folder; it was skipped"))
                tick()
                continue
            try:
                sha = sha256_file(path)
            except OSError as exc:
                fail(Failure(shown(str(path)), UNREADABLE, f"{f.name} could not be read: {exc.strerror or exc}"))
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
                fail(replace(r.failure, sha256=r.failure.sha256 or task.sha256, path=shown(r.failure.path)))
            elif r.sha256 in sink.done:  # the file changed into a copy of one already written
                stats.duplicates += 1
                stats.processed += 1
            else:
                assert r.sha256 is not None
                rows = r.rows if root_dir is None else [
                    {**row, "source_path": shown(str(row.get("source_path") or ""))} for row in r.rows]
                sink.write(r.sha256, rows, order=task.index)
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


def _relative(path: str, root: Path) -> str:
    """``path`` relative to ``root`` when it lies inside it (stored documents' ``store:`` names
    and anything else are kept as they are)."""
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        try:
            return str(Path(path).resolve().relative_to(root))
        except (ValueError, OSError):
            return path
