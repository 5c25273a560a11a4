"""The framed protocol between the parent and a sandbox worker, for both ends of the pipe.

A frame is an 8-byte big-endian length and that many bytes. A request is two frames (a JSON
header ``{"fmt", "name", "timeout_s"}``, then the document's raw bytes); an answer is a JSON
header and, when it says ``"ok"``, a second frame holding the text as UTF-8. Nothing is
pickled either way.

The parent reads and writes non-blocking pipes against a deadline (``send_all``,
``recv_frame``); the worker reads and writes blocking file objects (``read_frame``,
``write_frame``).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import struct
import time
from collections.abc import Callable, Iterator
from typing import Any

MAX_TEXT_CHARS = 16 * 1024 * 1024
"""Largest canonical text a sandboxed parser may return (the same bound, in characters)."""

LEN = struct.Struct(">Q")
MAX_HEADER = 1 << 20
_CHUNK = 1 << 20


class WorkerGoneError(Exception):
    """The worker's pipe closed (it exited or was killed)."""


class DeadlineError(Exception):
    pass


# --- the parent's end: non-blocking pipes, a deadline ----------------------------------------


@contextlib.contextmanager
def _ready(fd: int, event: int, deadline: float) -> Iterator[Callable[[], bool]]:
    """A wait for ``fd`` to be ready for ``event``: the yielded callable returns True when it is,
    False on a wake-up with nothing to do, and raises DeadlineError once ``deadline`` has passed."""
    sel = selectors.DefaultSelector()
    sel.register(fd, event)

    def ready() -> bool:
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineError()
        return bool(sel.select(left))

    try:
        yield ready
    finally:
        sel.close()


def send_all(fd: int, chunks: list[bytes], deadline: float) -> None:
    """Write ``chunks`` to a non-blocking fd before ``deadline``."""
    with _ready(fd, selectors.EVENT_WRITE, deadline) as ready:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                if not ready():
                    continue
                try:
                    n = os.write(fd, view[:_CHUNK])
                except BlockingIOError:
                    continue
                except (BrokenPipeError, ConnectionResetError) as exc:
                    raise WorkerGoneError() from exc
                view = view[n:]


def recv_exact(fd: int, n: int, deadline: float) -> bytes:
    """Read exactly ``n`` bytes from a non-blocking fd before ``deadline``."""
    buf = bytearray()
    with _ready(fd, selectors.EVENT_READ, deadline) as ready:
        while len(buf) < n:
            if not ready():
                continue
            try:
                got = os.read(fd, min(n - len(buf), _CHUNK))
            except BlockingIOError:
                continue
            if not got:
                raise WorkerGoneError()
            buf += got
    return bytes(buf)


def recv_frame(fd: int, deadline: float, limit: int) -> bytes:
    (n,) = LEN.unpack(recv_exact(fd, LEN.size, deadline))
    if n > limit:
        raise WorkerGoneError()  # a frame this size is not something our worker sends
    return recv_exact(fd, n, deadline)


def frame(payload: bytes) -> list[bytes]:
    return [LEN.pack(len(payload)), payload]


# --- the worker's end: blocking file objects ---------------------------------------------------


def _read_exact(fh: Any, n: int) -> bytes:
    data = fh.read(n)
    if data is None or len(data) < n:
        raise EOFError
    return bytes(data)


def read_frame(fh: Any) -> bytes:
    """One frame from a blocking file object; EOFError when the pipe closes first."""
    (n,) = LEN.unpack(_read_exact(fh, LEN.size))
    return _read_exact(fh, n)


def write_frame(fh: Any, payload: bytes) -> None:
    fh.write(LEN.pack(len(payload)))
    fh.write(payload)
