"""A fair (first come, first served) limit on how many searches run at once.

A search is CPU work in Python plus short native calls (SQLite, FAISS, numpy) that drop and
retake the GIL. Twenty threads searching at once on a 2-core machine spend their time handing
the GIL around: measured in-process, 87 searches/s from one thread, 42/s from twenty. Letting
as many run as there are cores and queueing the rest restores the throughput, but Python's
``threading.Semaphore`` is not fair: under a steady load some waiters starve (p99 8 s in the
same measurement). This gate hands a freed slot to the longest waiter.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from councilsearch.config import available_cpus


def default_concurrency() -> int:
    """One search per CPU this process may run on."""
    return available_cpus()


class FairGate:
    """At most ``slots`` holders at once; waiters are admitted in arrival order."""

    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("a gate needs at least one slot")
        self.slots = int(slots)
        self._free = int(slots)
        self._lock = threading.Lock()
        self._waiters: deque[threading.Event] = deque()

    def acquire(self) -> None:
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # release() gave this waiter its slot

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().set()  # the slot passes straight to the next in line
            else:
                self._free += 1

    @contextmanager
    def held(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()

    @property
    def waiting(self) -> int:
        return len(self._waiters)
