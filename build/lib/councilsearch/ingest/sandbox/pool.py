"""The parent side of the parser sandbox: worker processes, the pool that shares them between
threads, and what a worker's answer, death or silence means for the caller (see the package
docstring for the outcomes)."""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

from councilsearch import errors
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.parse import run_parser
from councilsearch.ingest.sandbox.protocol import (
    MAX_HEADER,
    MAX_TEXT_CHARS,
    DeadlineError,
    WorkerGoneError,
    frame,
    recv_frame,
    send_all,
)

log = logging.getLogger(__name__)

SANDBOXED_FORMATS = frozenset({"pdf", "docx", "html"})
"""Formats parsed in the worker; everything else (text, markdown) is parsed in-process."""

DEFAULT_TARGET = "councilsearch.ingest.parse:run_parser"
WORKER_ENTRY = "from councilsearch.ingest.sandbox.worker import main; main()"
STARTUP_TIMEOUT_S = 60.0
RECYCLE_RSS_FRACTION = 0.5


# --- messages for a person ------------------------------------------------------------------


def human_bytes(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if v == int(v) or v >= 10 else f"{v:.1f} {unit}"
    return f"{n} bytes"


def human_seconds(s: float) -> str:
    return f"{s:.0f} s" if s >= 10 or s == int(s) else f"{s:.1f} s"


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


_PARSE_ERRORS: dict[str, type[errors.ParseError]] = {
    cls.__name__: cls
    for cls in (
        errors.ParseError,
        errors.EmptyDocumentError,
        errors.CorruptDocumentError,
        errors.EncryptedDocumentError,
        errors.NoTextLayerError,
        errors.EncodingError,
        errors.UnsupportedFormatError,
        errors.ResourceLimitError,
    )
}


# --- the parent side ----------------------------------------------------------------------------


@dataclass
class ParseStats:
    """What happened to the last document a thread sent to the sandbox."""

    seconds: float = 0.0
    outcome: str = ""  # ok | error | timeout | memory | crash | in-process
    worker_pid: int | None = None
    peak_rss: int = 0  # bytes, the worker's peak resident memory while parsing this document
    worker_rss: int = 0  # bytes, after this document
    replaced: bool = False  # the worker was killed or retired after this document


class _Worker:
    """One worker process and its two pipes."""

    def __init__(self, memory_bytes: int, target: str) -> None:
        self.memory_bytes = memory_bytes
        env = dict(os.environ)
        env.update(
            {
                "MALLOC_ARENA_MAX": "2",  # each thread arena reserves 64 MiB of address space
                "OMP_NUM_THREADS": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "MKL_NUM_THREADS": "1",
                "PYTHONDONTWRITEBYTECODE": "1",
                "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
            }
        )
        config = json.dumps({"memory_bytes": memory_bytes, "target": target, "ppid": os.getpid()})
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER_ENTRY, config],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,
            env=env,
            close_fds=True,
            start_new_session=True,  # a Ctrl-C in the terminal goes to the CLI, which then closes us
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.wfd = self.proc.stdin.fileno()
        self.rfd = self.proc.stdout.fileno()
        os.set_blocking(self.wfd, False)
        os.set_blocking(self.rfd, False)
        self.pid = self.proc.pid
        self.jobs = 0
        try:
            hello = json.loads(recv_frame(self.rfd, time.monotonic() + STARTUP_TIMEOUT_S, MAX_HEADER))
        except (WorkerGoneError, DeadlineError, ValueError) as exc:
            code = self.kill()
            raise errors.ParseError(
                f"the parser sandbox could not start (exit status {code}); "
                "check that councilsearch is installed in this Python environment"
            ) from exc
        if not hello.get("ready"):
            self.kill()
            raise errors.ParseError(f"the parser sandbox could not start: {hello.get('message', 'unknown error')}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> int | None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGKILL
            code = None
        for f in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if f is not None:
                    f.close()
        return code

    def close(self) -> None:
        """Ask politely (EOF), then insist."""
        with contextlib.suppress(OSError):
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=2)
        self.kill()

    def exit_status(self) -> int | None:
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            return self.proc.returncode

    def call(self, fmt: str, data: bytes, name: str, timeout_s: float) -> tuple[dict[str, Any], bytes]:
        deadline = time.monotonic() + timeout_s
        header = json.dumps({"fmt": fmt, "name": name, "timeout_s": timeout_s}).encode()
        self.jobs += 1
        send_all(self.wfd, [*frame(header), *frame(data)], deadline)
        reply = json.loads(recv_frame(self.rfd, deadline, MAX_HEADER))
        body = b""
        if reply.get("ok"):
            body = recv_frame(self.rfd, deadline, 4 * MAX_TEXT_CHARS + 16)
        return reply, body


class SandboxPool:
    """A pool of worker processes (one by default) sharing one memory limit and target."""

    def __init__(self, memory_bytes: int = 1 << 30, target: str = DEFAULT_TARGET, size: int = 1) -> None:
        if size < 1:
            raise ValueError("a sandbox pool needs at least one worker")
        self.memory_bytes = int(memory_bytes)
        self.target = target
        self.size = size
        self.pid = os.getpid()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._slots = 0  # workers alive or starting
        self._cond = threading.Condition()
        self._closed = False
        self._local = threading.local()
        self.started = 0  # workers started over the pool's life (tests and benchmarks read it)

    @property
    def last_stats(self) -> ParseStats:
        return getattr(self._local, "stats", None) or ParseStats()

    def _checkout(self) -> _Worker | None:
        """An idle worker, or None when the caller may start one (a slot is reserved)."""
        with self._cond:
            while True:
                if self._closed:
                    raise errors.ParseError("the parser sandbox has been shut down")
                while self._idle:
                    w = self._idle.pop()
                    if w.alive():
                        return w
                    self._all.discard(w)
                    self._slots -= 1
                    w.kill()
                if self._slots < self.size:
                    self._slots += 1
                    return None
                self._cond.wait()

    def _checkin(self, w: _Worker | None, keep: bool) -> None:
        with self._cond:
            if w is not None and keep and not self._closed:
                self._idle.append(w)
            else:
                if w is not None:
                    self._all.discard(w)
                self._slots -= 1
            self._cond.notify()
        if w is not None and not keep:
            w.kill()

    def _start(self) -> _Worker:
        try:
            w = _Worker(self.memory_bytes, self.target)
        except BaseException:
            self._checkin(None, keep=False)
            raise
        with self._cond:
            self._all.add(w)
            self.started += 1
        return w

    def run(self, fmt: str, data: bytes, name: str, timeout_s: float) -> ParsedText:
        label = name or "the document"
        stats = ParseStats()
        self._local.stats = stats
        w = self._checkout()
        if w is None:
            w = self._start()
        stats.worker_pid = w.pid
        t0 = time.monotonic()
        keep = False
        try:
            try:
                reply, body = w.call(fmt, data, name, timeout_s)
            except DeadlineError:
                stats.outcome = "timeout"
                raise errors.ResourceLimitError(
                    f"{label}: the parser timed out after {human_seconds(timeout_s)}; the file may be damaged "
                    "or built to stall a reader",
                    path=name,
                ) from None
            except (WorkerGoneError, ValueError):
                code = w.exit_status()
                raise self._death(label, name, code, stats) from None
            stats.peak_rss = int(reply.get("peak_rss", 0))
            stats.worker_rss = int(reply.get("rss", 0))
            keep = stats.worker_rss < RECYCLE_RSS_FRACTION * self.memory_bytes
            if reply.get("ok"):
                stats.outcome = "ok"
                return ParsedText(
                    text=body.decode("utf-8", "surrogatepass"),
                    page_map=tuple(int(x) for x in reply["page_map"]),
                    heading_hints=tuple((int(a), int(b)) for a, b in reply.get("heading_hints", ())),
                    title=reply.get("title"),
                    fallback_pages=int(reply.get("fallback_pages", 0)),
                    furniture=tuple(str(t) for t in reply.get("furniture", ())),
                )
            stats.outcome = "memory" if reply.get("memory") else "error"
            if reply.get("memory") or reply.get("error") == "ResourceLimitError":
                keep = False  # after MemoryError the worker's heap is suspect: start afresh
            raise self._error(reply, label, name)
        finally:
            stats.seconds = time.monotonic() - t0
            stats.replaced = not keep
            self._checkin(w, keep)
            if stats.outcome in ("timeout", "memory", "crash"):
                log.warning("parser sandbox: %s on %s after %.1f s; worker %s replaced",
                            stats.outcome, label, stats.seconds, stats.worker_pid)

    def _death(self, label: str, name: str, code: int | None, stats: ParseStats) -> errors.ParseError:
        if code is not None and code < 0:
            sig = -code
            if sig == signal.SIGXCPU:
                stats.outcome = "timeout"
                return errors.ResourceLimitError(
                    f"{label}: the parser used more than its CPU time limit", path=name
                )
            if sig == signal.SIGKILL:
                # we did not send it: the kernel's out-of-memory killer did
                stats.outcome = "memory"
                return errors.ResourceLimitError(
                    f"{label}: the parser was killed by the system (signal 9), most likely for using "
                    "too much memory",
                    path=name,
                )
            stats.outcome = "crash"
            return errors.CorruptDocumentError(
                f"{label}: the parser crashed (signal {sig}, {_signal_name(sig)}); the file is probably damaged",
                path=name,
            )
        stats.outcome = "crash"
        return errors.CorruptDocumentError(
            f"{label}: the parser stopped unexpectedly (exit status {code}); the file is probably damaged",
            path=name,
        )

    def _error(self, reply: dict[str, Any], label: str, name: str) -> errors.ParseError:
        if reply.get("memory"):
            return errors.ResourceLimitError(
                f"{label}: the parser exceeded {human_bytes(self.memory_bytes)} of memory (the file is too "
                "big to read, or built to exhaust memory)",
                path=name,
                detail={"cause": reply["cause"]} if reply.get("cause") else None,
            )
        cls = _PARSE_ERRORS.get(str(reply.get("error")))
        message = str(reply.get("message") or "")[:2000]
        if cls is not None:
            return cls(message, path=reply.get("path") or name)
        return errors.CorruptDocumentError(
            f"{label} could not be read: the {reply.get('fmt', '').upper() or 'document'} parser failed "
            f"({reply.get('error')}: {message[:300]})",
            path=name,
        )

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers = list(self._all)
            self._idle.clear()
            self._all.clear()
            self._cond.notify_all()
        if os.getpid() != self.pid:
            return  # a forked child must not touch its parent's workers
        for w in workers:
            w.close()

    def worker_pids(self) -> list[int]:
        with self._cond:
            return [w.pid for w in self._all]


class SandboxedParser:
    """The callable handed to ``parse_bytes(parser=...)``."""

    def __init__(self, pool: SandboxPool, timeout_s: float) -> None:
        self.pool = pool
        self.timeout_s = float(timeout_s)

    @property
    def memory_bytes(self) -> int:
        return self.pool.memory_bytes

    @property
    def last_stats(self) -> ParseStats:
        return self.pool.last_stats

    def __call__(self, fmt: str, data: bytes, name: str = "") -> ParsedText:
        if fmt not in SANDBOXED_FORMATS:
            t0 = time.monotonic()
            self.pool._local.stats = stats = ParseStats(outcome="in-process")
            try:
                return run_parser(fmt, data, name)
            finally:
                stats.seconds = time.monotonic() - t0
        return self.pool.run(fmt, bytes(data), os.path.basename(name), self.timeout_s)


_POOLS: dict[tuple[int, str, int], SandboxPool] = {}
_POOLS_LOCK = threading.Lock()


def get_pool(memory_bytes: int = 1 << 30, target: str = DEFAULT_TARGET, size: int = 1) -> SandboxPool:
    """The process-wide pool for these settings (a new one in a forked child)."""
    key = (int(memory_bytes), target, int(size))
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None or pool.pid != os.getpid() or pool._closed:
            pool = _POOLS[key] = SandboxPool(memory_bytes, target, size)
        return pool


def sandboxed_parser(
    timeout_s: float = 60.0,
    memory_bytes: int = 1 << 30,
    *,
    target: str = DEFAULT_TARGET,
    workers: int = 1,
) -> SandboxedParser:
    """A parser callable ``(fmt, data, name) -> ParsedText`` that runs PDF, DOCX and HTML
    parsing in a worker process limited to ``memory_bytes`` of address space and
    ``timeout_s`` of wall-clock time per document. Cheap to call: the worker pool is shared
    by every parser with the same memory limit and target.

    ``target`` ("module:function", same signature as ``run_parser``) is the function the
    worker runs; tests use it to stand in a parser that hangs, balloons or crashes."""
    return SandboxedParser(get_pool(memory_bytes, target, workers), timeout_s)


def shutdown() -> None:
    """Stop every worker (registered with atexit; call it to free the processes sooner)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for p in pools:
        p.close()


atexit.register(shutdown)
