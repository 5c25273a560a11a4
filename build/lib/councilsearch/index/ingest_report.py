"""What an ingest reports: a result per file, and progress as files finish (running totals
of pages, passages and bytes, so a caller can show a bar by bytes and an ETA)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # ingested | replaced | unchanged | failed
    doc_id: str | None = None
    title: str | None = None
    n_sections: int = 0
    n_passages: int = 0
    n_figures: int = 0
    n_entities: int = 0
    error: str | None = None
    error_code: str | None = None
    seconds: float = 0.0
    n_pages: int = 0
    fallback_pages: int = 0  # pages whose text came from pypdf's plain extraction (see ingest.pdf.fidelity)
    passage_words: tuple[int, ...] = ()  # words of each prose passage (not table rows), for ``passage_word_stats``

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass(frozen=True)
class IngestProgress:
    """What ``Library.ingest_paths`` tells its progress callback once a file is done (files
    finish in the order the workers finish them). The running totals let a caller show a bar
    by bytes (known before the work starts) with pages and passages as they land."""

    done: int  # files finished so far
    total: int  # files in the batch
    path: Path  # the file just finished (as found, not resolved)
    result: IngestResult
    pages: int = 0  # pages of the documents stored so far in this batch
    passages: int = 0  # passages stored so far
    bytes_done: int = 0  # bytes of the files finished so far
    bytes_total: int = 0  # bytes of every file in the batch
    seconds: float = 0.0  # since the batch started


ProgressFn = Callable[[IngestProgress], None]


class Tally:
    """Running totals of an ingest batch, reported to its progress callback per file."""

    def __init__(self, total: int, bytes_total: int, progress: ProgressFn | None) -> None:
        self.total, self.bytes_total, self.progress = total, bytes_total, progress
        self.done = self.pages = self.passages = self.bytes_done = self.stored = 0
        self.t0 = time.perf_counter()

    def add(self, path: Path, r: IngestResult) -> IngestResult:
        self.done += 1
        self.bytes_done += file_size(path)
        if r.status in ("ingested", "replaced"):
            self.stored += 1
            self.pages += r.n_pages
            self.passages += r.n_passages
        if self.progress is not None:
            self.progress(IngestProgress(self.done, self.total, path, r, self.pages, self.passages,
                                         self.bytes_done, self.bytes_total, time.perf_counter() - self.t0))
        return r


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
