"""Ingest's first half, off the main process: files read, parsed and analysed (sections,
passages, figures, entities) in worker processes while the main process embeds and writes
what comes back (``Library.ingest_paths``).

``prepared(files, options, extract, workers)`` yields one ``Prepared`` per file as the
workers finish them (largest files submitted first), with at most ``2 × workers`` files in flight, so memory stays flat on a
folder of thousands of files. With ``workers`` 0 (or a single file) the files are prepared
here, one by one, in order. A file that cannot be read or parsed is a ``Prepared`` with an
error, never an exception; a worker killed by a file (a crash in a parser, the OOM killer)
fails that file alone (see ``workers.ProcessPool``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from councilsearch.config import available_cpus
from councilsearch.errors import CouncilSearchError
from councilsearch.index.ingest_report import file_size
from councilsearch.pipeline import Analysis, ParseOptions, analyse, read_document
from councilsearch.workers import ProcessPool

WORKER_CRASHED = "worker_crashed"
IN_FLIGHT_PER_WORKER = 2
"""Files submitted per worker: one being prepared and one waiting, so a worker never idles
while the main process embeds, and no more than that is held in memory."""


@dataclass(frozen=True)
class Prepared:
    """A file read, parsed and analysed (``analysis``), or why it could not be."""

    path: Path  # as found
    analysis: Analysis | None = None
    error: str | None = None
    error_code: str | None = None
    seconds: float = 0.0  # spent preparing it


def default_workers() -> int:
    """Worker processes for ingest: one per CPU (the main process's embedding shares them).
    Measured with bench/ingest.py on 1,521 pages on 2 quiet cores: one worker 7.13 pages/s
    (the workers were the bottleneck, load average 1.4), two workers 9.51 pages/s."""
    return available_cpus()


def prepare_file(path: Path, options: ParseOptions, extract: bool) -> Prepared:
    """Read, parse and analyse one file (in whichever process runs it)."""
    t0 = time.perf_counter()
    try:
        doc = read_document(path, options, source_path=str(path.resolve()))
        analysis = analyse(doc, figures=extract, entities=extract)
    except CouncilSearchError as exc:
        return Prepared(path, error=str(exc), error_code=exc.code, seconds=time.perf_counter() - t0)
    return Prepared(path, analysis, seconds=time.perf_counter() - t0)


def _crashed(path: Path) -> Prepared:
    return Prepared(
        path,
        error=(f"the worker process died while reading {path.name} (out of memory, or a crash in a parser); "
               "the other files went on"),
        error_code=WORKER_CRASHED,
    )


def largest_first(files: Sequence[Path]) -> list[Path]:
    """``files`` by size, largest first (ties in the given order): the long files start while
    there is other work to overlap them, and the run ends on short files, rather than on one
    worker still busy with a long file while the other worker has nothing left and the main
    process waits for it (a pack of committee papers can be most of a folder's pages)."""
    return sorted(files, key=lambda f: -file_size(f))


def prepared(files: Sequence[Path], options: ParseOptions, extract: bool, workers: int) -> Iterator[Prepared]:
    """Each of ``files`` prepared (see the module doc): in order without workers, else as
    they finish."""
    if workers <= 0 or len(files) < 2:
        for f in files:
            yield prepare_file(f, options, extract)
        return
    pool: ProcessPool[Path, Prepared] = ProcessPool(min(workers, len(files)))
    finished = False
    try:
        fn = functools.partial(prepare_file, options=options, extract=extract)
        for _, prep in pool.map(fn, largest_first(files), IN_FLIGHT_PER_WORKER * pool.workers, _crashed):
            yield prep
        finished = True
    finally:
        pool.close(cancel=not finished)
