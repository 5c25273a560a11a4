"""The CLI's progress displays: a live bar on a terminal, a line per item otherwise (a log
file, CI), so long work never looks stuck and never floods a log with bar redraws."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from councilsearch.index.ingest_report import IngestProgress


def eta_text(seconds: float | None) -> str:
    """``1h02m``, ``3m05s``, ``12s``; ``?`` when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "?"
    s = round(seconds)
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    if s >= 60:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s}s"


class IngestBar:
    """Ingest progress: on a terminal a bar by bytes (known before the work starts, so the
    ETA moves with the real work, whatever the files' sizes) showing pages and passages
    stored and pages/s; otherwise a line per file. ``seconds`` is the batch's wall time."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self._t0 = time.perf_counter()
        self._end: float | None = None
        self._bar: Progress | None = None
        self._task: Any = None

    @property
    def seconds(self) -> float:
        return (self._end or time.perf_counter()) - self._t0

    def __enter__(self) -> IngestBar:
        self._t0 = time.perf_counter()
        if self.live:
            self._bar = Progress(
                TextColumn("[bold]ingest"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn(),
                TextColumn("{task.description}"), console=self.console, transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("starting", total=None)
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self._end = time.perf_counter()
        if self._bar is not None:
            self._bar.__exit__(et, ev, tb)

    def update(self, p: IngestProgress) -> None:
        rate = p.pages / p.seconds if p.seconds > 0 else 0.0
        counts = f"{p.done}/{p.total} files · {p.pages} pages · {p.passages} passages · {rate:.1f} pages/s"
        if self._bar is not None:
            self._bar.update(self._task, total=max(p.bytes_total, 1), completed=p.bytes_done, description=counts)
            if not p.result.ok:
                self._bar.console.print(f"[red]failed[/red] {p.path}: {p.result.error}", highlight=False)
            return
        left = p.bytes_total - p.bytes_done
        eta = p.seconds * left / p.bytes_done if p.bytes_done else None
        r = p.result
        what = r.status if r.ok else f"FAILED: {r.error}"
        if r.status in ("ingested", "replaced"):
            fell = f", {r.fallback_pages} read by pypdf's plain extraction" if r.fallback_pages else ""
            what += f" ({r.n_pages} pages{fell}, {r.n_passages} passages, {r.seconds:.1f} s)"
        self.console.print(f"[{p.done}/{p.total}] {p.path}: {what} · {counts} · ETA {eta_text(eta)}",
                           highlight=False, markup=False)


class StepBar:
    """Progress of a job in named steps of counted items (an evaluation: each system over the
    questions): a bar per step on a terminal; otherwise a line as each step finishes."""

    def __init__(self, console: Console, what: str) -> None:
        self.console = console
        self.what = what
        self._bar: Progress | None = None
        self._tasks: dict[str, Any] = {}
        self._t0 = time.perf_counter()

    def __enter__(self) -> StepBar:
        self._t0 = time.perf_counter()
        if self.console.is_terminal:
            self._bar = Progress(
                TextColumn(f"[bold]{self.what}" + " {task.description}"), BarColumn(), TaskProgressColumn(),
                TimeRemainingColumn(), console=self.console, transient=True,
            )
            self._bar.__enter__()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(et, ev, tb)

    def update(self, step: str, done: int, total: int) -> None:
        if self._bar is not None:
            if step not in self._tasks:
                self._tasks[step] = self._bar.add_task(step, total=max(total, 1))
            self._bar.update(self._tasks[step], completed=done)
        elif done >= total:
            self.console.print(f"{self.what} {step}: {done}/{total} done ({time.perf_counter() - self._t0:.1f} s)",
                               highlight=False, markup=False)
