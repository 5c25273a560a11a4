"""The store's connection handling: a connection per thread, one writer at a time, the
schema checked on open, the generation every write bumps, and what is memoised until then."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from councilsearch.errors import IndexError_
from councilsearch.index.store.schema import open_schema


class StoreBase:
    """SQLite access. Thread-safe: a connection per thread, one writer lock per path."""

    _write_locks: dict[str, threading.RLock] = {}
    _locks_guard = threading.Lock()

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._shared: dict[str, tuple[int, Any]] = {}  # name -> (generation, value): ``shared``
        self._shared_guard = threading.Lock()
        self._shared_locks: dict[str, threading.Lock] = {}
        key = str(self.path.resolve())
        with StoreBase._locks_guard:
            self.write_lock = StoreBase._write_locks.setdefault(key, threading.RLock())
        conn = self.conn
        try:
            with self.write_lock:
                open_schema(conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise IndexError_(
                f"the store at {self.path} is not a readable SQLite database ({exc}); "
                "move it aside and ingest again"
            ) from exc

    # -- connections -------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=60, check_same_thread=False, isolation_level=None)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=FULL")
            c.execute("PRAGMA foreign_keys=ON")
            c.execute("PRAGMA busy_timeout=60000")
            self._local.conn = c
        return c

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.write_lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            else:
                c.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
                c.execute("COMMIT")

    def generation(self) -> int:
        """A number that grows with every write committed through ``transaction``, by any
        process: a server process compares it with the one it last caught up with
        (``Library.refresh``), and ``memo`` keeps what it read until it moves."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def memo(self, name: str, compute: Any) -> Any:
        """``compute()``, kept (per thread) until the store's ``generation`` next moves."""
        version = self.generation()
        memo: tuple[int, dict[str, Any]] | None = getattr(self._local, "memo", None)
        if memo is None or memo[0] != version:
            memo = (version, {})
            self._local.memo = memo
        if name not in memo[1]:
            memo[1][name] = compute()
        return memo[1][name]

    def shared(self, name: str, compute: Any) -> Any:
        """``compute()``, kept for every thread of this process until the store's ``generation``
        next moves, and computed once per generation: a thread asking while another computes
        it waits for that one. For what costs a lot to build and is never changed once built
        (``measures``); ``memo`` keeps per thread what is cheap or grows as it is used. The
        generation is read before computing, so a write meanwhile is caught by the next call."""
        version = self.generation()
        with self._shared_guard:
            kept = self._shared.get(name)
            if kept is not None and kept[0] == version:
                return kept[1]
            lock = self._shared_locks.setdefault(name, threading.Lock())
        with lock:
            with self._shared_guard:
                kept = self._shared.get(name)
            if kept is not None and kept[0] == version:
                return kept[1]  # built by the thread this one waited for
            value = compute()
            with self._shared_guard:
                self._shared[name] = (version, value)
            return value

    def _rows_in(self, sql: str, ids: Sequence[Any], size: int = 500) -> Iterator[sqlite3.Row]:
        """The rows of ``sql`` for ``ids``, bound to its ``IN ({marks})`` ``size`` at a time."""
        ids = list(ids)
        for k in range(0, len(ids), size):
            chunk = ids[k:k + size]
            yield from self.conn.execute(sql.replace("{marks}", ",".join("?" * len(chunk))), chunk)

    # -- meta ----------------------------------------------------------------------------
    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        r = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if r is None else str(r[0])

    # -- the whole store ------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            t: int(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("documents", "sections", "passages", "figures", "entities")
        }

    def integrity_ok(self) -> bool:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"

    def digest(self) -> str:
        """A digest of what is stored (document ids and hashes, passage ids)."""
        h = hashlib.sha256()
        for r in self.conn.execute("SELECT id, sha256 FROM documents ORDER BY id"):
            h.update(f"{r[0]}:{r[1]}\n".encode())
        for r in self.conn.execute("SELECT id FROM passages ORDER BY id"):
            h.update(f"{r[0]}\n".encode())
        return h.hexdigest()
