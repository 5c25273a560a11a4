"""Background jobs for the API: ``JobManager`` runs ``run_extract`` jobs one at a time in a
background thread (submit -> job id, status, result path, cancel); job state is kept in
``<root>/<job id>/job.json``."""

from __future__ import annotations

import json
import logging
import os
import queue
import re
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from councilsearch.errors import CouncilSearchError, InputError, NotFoundError
from councilsearch.jobs.export import format_for
from councilsearch.jobs.rows import INTERNAL_ERROR, Failure
from councilsearch.jobs.run import JobProgress, JobStats, run_extract
from councilsearch.pipeline import ParseOptions

log = logging.getLogger(__name__)

JobState = Literal["queued", "running", "done", "failed", "cancelled", "interrupted"]


@dataclass(frozen=True)
class JobStatus:
    """A job as its client sees it (the API's answer, ``api.jobs.JobOut``, adds where to
    fetch the result)."""

    id: str
    state: JobState
    format: str
    created: float
    started: float | None
    finished: float | None
    error: str | None  # why the whole job failed (per-document failures are in ``failures``)
    error_code: str | None
    progress: JobProgress
    failures: list[Failure]

    @property
    def result_ready(self) -> bool:
        return self.state == "done"


@dataclass
class JobRecord:
    id: str
    state: JobState
    format: str
    created: float
    inputs: list[str]  # files and folders
    doc_ids: list[str] = field(default_factory=list)  # stored documents
    started: float | None = None
    finished: float | None = None
    error: str | None = None  # why the whole job failed (not a per-document failure)
    error_code: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)  # JobStats.to_dict() of the run
    owner: int | None = None  # the process running it (several server processes share the jobs folder)

    def status(self) -> JobStatus:
        st = self.stats or {}
        return JobStatus(
            self.id, self.state, self.format, self.created, self.started, self.finished, self.error,
            self.error_code, JobProgress.of(st), [Failure(**f) for f in st.get("failures", [])],
        )


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
                    root=_job_folder(rec.inputs),
                )
                state: JobState = "cancelled" if st.interrupted else "done"
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


def _job_folder(inputs: Sequence[str]) -> Path | None:
    """The folder a job over one folder is confined to (its files' links may not leave it)."""
    if len(inputs) == 1 and Path(inputs[0]).is_dir():
        return Path(inputs[0])
    return None


def allowed_folder(folder: str | Path, allow: Iterable[str | Path]) -> Path:
    """``folder`` resolved, if it lies inside one of the ``allow`` folders (symlinks
    resolved first, so a link cannot escape); else InputError. A path that is not a path
    (a NUL byte, a name too long for the file system) is an InputError too, not a crash."""
    if "\x00" in str(folder):
        raise InputError("the folder name contains a NUL byte; give a plain path")
    try:
        target = Path(folder).resolve()
    except (ValueError, OSError) as exc:
        raise InputError(f"{str(folder)[:200]!r} is not a usable folder path ({exc})") from None
    roots = [Path(a).resolve() for a in allow]
    if not roots:
        raise InputError("extraction from folders is not enabled on this server (no job folders are configured)")
    if not any(target == r or r in target.parents for r in roots):
        raise InputError(f"{folder} is not inside a folder this server may read")
    if not target.is_dir():
        raise InputError(f"{folder} is not a folder")
    return target
