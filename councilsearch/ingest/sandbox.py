"""Parse untrusted documents in a limited worker process.

``sandboxed_parser(timeout_s, memory_bytes)`` returns a callable ``(fmt, data, name) ->
ParsedText`` with the same contract as ``councilsearch.ingest.parse.run_parser``. PDF, DOCX and
HTML are parsed in a long-lived worker process; plain text and markdown are parsed in this
process (decoding text is linear and cannot balloon), bounded by ``MAX_TEXT_BYTES`` (16 MiB,
defined in ``ingest/parse.py``: a bigger text file is refused with ResourceLimitError before it
is read).

The worker
----------
- is started with ``subprocess`` (fork + exec of a fresh interpreter, never a bare ``fork()``
  of a process that may hold torch's threads) and preloads pypdf, python-docx and lxml, so a
  document costs one round trip over a pipe, not an interpreter start;
- runs under ``setrlimit(RLIMIT_AS, memory_bytes)`` (address space, so the limit covers the
  interpreter and its libraries too), with core dumps off and, per document, a CPU-time
  ceiling of ``timeout_s`` beyond what it has used so far (a backstop for a worker whose
  parent died while it was busy);
- speaks a small framed protocol: the request is a JSON header plus the raw bytes; the answer
  is a JSON header plus the text as UTF-8. Nothing is unpickled on either side, so a parser
  subverted by a hostile file cannot hand this process an object to execute;
- exits when its parent goes (EOF on its pipe, or a change of parent pid).

Outcomes, for one document; the pool goes on with the next one either way:
- the parser returns: a ParsedText (its text is capped at ``MAX_TEXT_CHARS``);
- the parser raises a ``ParseError`` subclass: the same class with the same message here;
- the parser raises anything else: ``CorruptDocumentError`` naming the exception;
- ``MemoryError`` (the address-space limit), or any error raised after the document's peak
  RSS reached ``NEAR_LIMIT`` of the limit (C libraries report a failed allocation their own
  way): ``ResourceLimitError`` "exceeded 1 GiB of memory", and the worker is replaced;
- no answer within ``timeout_s``: the worker is killed (SIGKILL) and replaced;
  ``ResourceLimitError`` "timed out after 60 s";
- the worker dies (a segfault in a C extension, an abort): ``CorruptDocumentError`` "the
  parser crashed (signal 11)", and the worker is replaced.

A worker whose resident memory stays above ``RECYCLE_RSS_FRACTION`` of its limit after a
document is replaced too, so one large file does not pin memory for the life of a server.

Threads share the pool (one worker by default, ``workers=`` for more); a caller waits for a
free worker. ``last_stats`` tells the calling thread what happened to its last document
(seconds, outcome, the worker's peak RSS while parsing it).

This bounds time and memory; it is not a security boundary. The worker runs as the same user
with the same files and network as its parent; isolating it further (seccomp, a container, a
separate user) is a deployment choice.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

from councilsearch import errors
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.parse import MAX_TEXT_BYTES, run_parser

log = logging.getLogger(__name__)

__all__ = ["MAX_TEXT_BYTES", "MAX_TEXT_CHARS", "SandboxPool", "SandboxedParser", "sandboxed_parser", "shutdown"]

SANDBOXED_FORMATS = frozenset({"pdf", "docx", "html"})
"""Formats parsed in the worker; everything else (text, markdown) is parsed in-process."""

MAX_TEXT_CHARS = 16 * 1024 * 1024
"""Largest canonical text a sandboxed parser may return (the same bound, in characters)."""

DEFAULT_TARGET = "councilsearch.ingest.parse:run_parser"
STARTUP_TIMEOUT_S = 60.0
RECYCLE_RSS_FRACTION = 0.5
NEAR_LIMIT = 0.85
"""A parser error raised after the document's peak RSS reached this share of the memory limit
is reported as ResourceLimitError: a C library (lxml, zlib) that cannot allocate tends to
raise its own error ("XMLSyntaxError: unknown error") rather than MemoryError."""
_LEN = struct.Struct(">Q")
_MAX_HEADER = 1 << 20


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


# --- framing ----------------------------------------------------------------------------------


class _WorkerGoneError(Exception):
    """The worker's pipe closed (it exited or was killed)."""


class _DeadlineError(Exception):
    pass


def _send_all(fd: int, chunks: list[bytes], deadline: float) -> None:
    """Write ``chunks`` to a non-blocking fd before ``deadline``."""
    sel = selectors.DefaultSelector()
    sel.register(fd, selectors.EVENT_WRITE)
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _DeadlineError()
                if not sel.select(left):
                    continue
                try:
                    n = os.write(fd, view[: 1 << 20])
                except BlockingIOError:
                    continue
                except (BrokenPipeError, ConnectionResetError) as exc:
                    raise _WorkerGoneError() from exc
                view = view[n:]
    finally:
        sel.close()


def _recv_exact(fd: int, n: int, deadline: float) -> bytes:
    """Read exactly ``n`` bytes from a non-blocking fd before ``deadline``."""
    buf = bytearray()
    sel = selectors.DefaultSelector()
    sel.register(fd, selectors.EVENT_READ)
    try:
        while len(buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _DeadlineError()
            if not sel.select(left):
                continue
            try:
                got = os.read(fd, min(n - len(buf), 1 << 20))
            except BlockingIOError:
                continue
            if not got:
                raise _WorkerGoneError()
            buf += got
    finally:
        sel.close()
    return bytes(buf)


def _recv_frame(fd: int, deadline: float, limit: int) -> bytes:
    (n,) = _LEN.unpack(_recv_exact(fd, _LEN.size, deadline))
    if n > limit:
        raise _WorkerGoneError()  # a frame this size is not something our worker sends
    return _recv_exact(fd, n, deadline)


def _frame(payload: bytes) -> list[bytes]:
    return [_LEN.pack(len(payload)), payload]


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
            [sys.executable, "-c", "from councilsearch.ingest.sandbox_worker import main; main()", config],
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
            hello = json.loads(_recv_frame(self.rfd, time.monotonic() + STARTUP_TIMEOUT_S, _MAX_HEADER))
        except (_WorkerGoneError, _DeadlineError, ValueError) as exc:
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
        _send_all(self.wfd, [*_frame(header), *_frame(data)], deadline)
        reply = json.loads(_recv_frame(self.rfd, deadline, _MAX_HEADER))
        body = b""
        if reply.get("ok"):
            body = _recv_frame(self.rfd, deadline, 4 * MAX_TEXT_CHARS + 16)
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
            except _DeadlineError:
                stats.outcome = "timeout"
                raise errors.ResourceLimitError(
                    f"{label}: the parser timed out after {human_seconds(timeout_s)}; the file may be damaged "
                    "or built to stall a reader",
                    path=name,
                ) from None
            except (_WorkerGoneError, ValueError):
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
