"""Crash-safe writers for bulk extraction (``councilsearch extract``), and the reader.

One output file holds one row per figure and one row per entity; ``row_type`` says which.
Every format shares the declared Arrow schema ``jobs.rows.SCHEMA`` (JSONL keys and CSV columns
come in the same order, with the same names).

Resumability. Beside the output, ``<out>.done`` (the ledger) lists the documents whose rows
are in the output, one ``sha256<TAB>byte offset<TAB>rows`` line each, after a header line
naming the format and schema version. The ledger is also the job's lock (``flock``).

- JSONL / CSV: a document's rows are appended as one batch, flushed and fsynced; only then
  is its ledger line written and fsynced. On restart the output is truncated back to the last
  offset in the ledger, so a half-written batch vanishes and no row is written twice.
- CSV cells that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return: the OWASP rule) are written with a leading ``'`` so that a
  title such as ``=HYPERLINK(...)`` from a hostile document stays text. Numbers are not text
  and are written as they are. ``read_rows`` removes the mark again; JSONL and Parquet always
  hold the raw value.
- Parquet: each document's rows go to ``<out>.parts/<sha256>.parquet`` (temp file, fsync,
  rename). ``finish()`` streams the previous ``<out>`` (minus documents that have a part)
  and every part through one ``ParquetWriter`` into a temp file, renames it over ``<out>``,
  then records the parts in the ledger and deletes them. A crash at any step leaves either
  the parts or the ledger saying what is done; the next run never duplicates a document.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from councilsearch.errors import ExportError
from councilsearch.jobs.rows import COLUMN_NAMES, SCHEMA, SCHEMA_VERSION, clean_row, rows_to_table

FORMATS = ("jsonl", "csv", "parquet")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def format_for(out: Path, fmt: str | None) -> str:
    """The output format: ``fmt`` when given, else from the file's suffix."""
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise ExportError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")
        return fmt
    found = SUFFIX_FORMATS.get(out.suffix.lower())
    if found is None:
        raise ExportError(
            f"cannot tell the output format from the name {out.name!r}: "
            f"end it in .jsonl, .csv or .parquet, or pass --format jsonl|csv|parquet"
        )
    return found


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ledger_path(out: Path) -> Path:
    return out.with_name(out.name + ".done")


def failures_path(out: Path) -> Path:
    return out.with_name(out.name + ".failures.jsonl")


def parts_path(out: Path) -> Path:
    return out.with_name(out.name + ".parts")


def check_output_path(out: Path) -> None:
    """Refuse, before any work, an output that cannot be written."""
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.exists():
        raise ExportError(f"cannot write {out}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(f"cannot write {out}: {parent} is not a folder")
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder; give a file name such as {out / 'rows.jsonl'}")
    if out.exists() and not os.access(out, os.W_OK):
        raise ExportError(f"cannot write {out}: permission denied")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {out}: the folder {parent} is not writable")


class Sink(ABC):
    """Where a job's rows go. ``open()`` checks the path, takes the lock, recovers from an
    interrupted run and returns the sha256 of every document already written."""

    def __init__(self, out: Path, fmt: str, *, overwrite: bool = False) -> None:
        self.out = Path(out)
        self.fmt = fmt
        self.overwrite = overwrite
        self.ledger = ledger_path(self.out)
        self._lock_fd: int | None = None
        self._ledger_f: Any = None
        self.done: set[str] = set()
        self.rows_written = 0

    # -- ledger ----------------------------------------------------------------------------
    @property
    def _header(self) -> bytes:
        return f"#councilsearch-extract\t{SCHEMA_VERSION}\t{self.fmt}\n".encode()

    def _open_ledger(self) -> list[tuple[str, int, int]]:
        """Lock the ledger and return its valid entries (sha, end offset, rows), truncating
        a torn last line."""
        check_output_path(self.out)
        if self.ledger.is_dir():
            raise ExportError(f"cannot write {self.out}: {self.ledger} is a folder")
        if not self.ledger.exists() and not self.overwrite and self.out.exists() and self.out.stat().st_size > 0:
            raise ExportError(
                f"{self.out} already exists and was not written by an extract job (there is no "
                f"{self.ledger.name} beside it); choose another output or pass --overwrite"
            )
        try:
            fd = os.open(self.ledger, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ExportError(
                f"cannot write {self.out}: files cannot be created in {self.out.parent} ({exc.strerror or exc})"
            ) from None
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ExportError(f"another extract job is writing {self.out}; wait for it or choose another output") from None
        except ImportError:  # pragma: no cover - not POSIX
            pass
        self._lock_fd = fd
        if self.overwrite:
            os.ftruncate(fd, 0)
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read()
        entries: list[tuple[str, int, int]] = []
        if not data:
            return self._new_ledger(entries)
        lines = data.split(b"\n")
        if lines[0] + b"\n" != self._header:
            other = lines[0].decode("utf-8", "replace").split("\t")
            if len(other) == 3 and other[0] == "#councilsearch-extract" and other[1] != SCHEMA_VERSION:
                raise ExportError(
                    f"{self.out} was written with the row schema {other[1]}, and this version writes "
                    f"{SCHEMA_VERSION}: choose another output, or pass --overwrite to start again"
                )
            if len(other) == 3 and other[0] == "#councilsearch-extract":
                raise ExportError(
                    f"{self.out} was written as {other[2]} ({other[1]}); rerun with --format {other[2]}, "
                    "choose another output, or pass --overwrite to start again"
                )
            raise ExportError(f"{self.ledger} is not an extract ledger; remove it or choose another output")
        good = len(lines[0]) + 1
        for raw in lines[1:-1]:  # the last element is b"" after a final newline, or a torn line
            parts = raw.decode("ascii", "replace").split("\t")
            if len(parts) != 3 or len(parts[0]) != 64:
                break
            try:
                entries.append((parts[0], int(parts[1]), int(parts[2])))
            except ValueError:
                break
            good += len(raw) + 1
        if good != len(data):
            os.ftruncate(fd, good)
        self._ledger_f = os.fdopen(os.dup(fd), "ab", buffering=0)
        return entries

    def _new_ledger(self, entries: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        assert self._lock_fd is not None
        if self.out.exists() and self.out.stat().st_size > 0 and not self.overwrite:
            raise ExportError(
                f"{self.out} already exists and was not written by an extract job (there is no "
                f"{self.ledger.name} beside it); choose another output or pass --overwrite"
            )
        os.ftruncate(self._lock_fd, 0)
        self._ledger_f = os.fdopen(os.dup(self._lock_fd), "ab", buffering=0)
        self._ledger_f.write(self._header)
        os.fsync(self._ledger_f.fileno())
        _fsync_dir(self.ledger.parent)
        return entries

    def _record(self, entries: Iterable[tuple[str, int, int]]) -> None:
        buf = b"".join(f"{sha}\t{off}\t{n}\n".encode() for sha, off, n in entries)
        if buf:
            self._ledger_f.write(buf)
            os.fsync(self._ledger_f.fileno())

    # -- the interface ---------------------------------------------------------------------
    @abstractmethod
    def open(self) -> set[str]: ...

    @abstractmethod
    def write(self, sha256: str, rows: Sequence[dict[str, Any]], order: int = 0) -> None: ...

    def finish(self) -> None:  # noqa: B027 - optional hook: appending sinks are complete already
        """Make ``out`` complete (parquet: combine the parts)."""

    def close(self) -> None:
        if self._ledger_f is not None:
            self._ledger_f.close()
            self._ledger_f = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _AppendSink(Sink):
    """JSONL and CSV: append one batch per document, then its ledger line."""

    def open(self) -> set[str]:
        entries = self._open_ledger()
        try:
            f = open(self.out, "ab")  # noqa: SIM115 - held for the job's life
        except OSError as exc:
            self.close()
            raise ExportError(f"cannot write {self.out}: {exc.strerror or exc}") from None
        size = os.fstat(f.fileno()).st_size
        keep = [e for e in entries if e[1] <= size]
        if len(keep) != len(entries):  # the output lost rows the ledger claims: trust the file
            self._rewrite_ledger(keep)
        end = keep[-1][1] if keep else 0
        if size != end:
            f.truncate(end)
            f.flush()
            os.fsync(f.fileno())
        self._f: Any = f
        if end == 0:
            head = self._file_header()
            if head:
                f.write(head)
                f.flush()
                os.fsync(f.fileno())
        self.done = {e[0] for e in keep}
        self.rows_written = 0
        return set(self.done)

    def _rewrite_ledger(self, keep: list[tuple[str, int, int]]) -> None:
        assert self._lock_fd is not None
        os.ftruncate(self._lock_fd, 0)
        self._ledger_f.write(self._header)
        self._record(keep)

    def _file_header(self) -> bytes:
        return b""

    @abstractmethod
    def _encode(self, rows: Sequence[dict[str, Any]]) -> bytes: ...

    def write(self, sha256: str, rows: Sequence[dict[str, Any]], order: int = 0) -> None:
        if sha256 in self.done:
            return
        if rows:
            self._f.write(self._encode(rows))
            self._f.flush()
            os.fsync(self._f.fileno())
        self._record([(sha256, self._f.tell(), len(rows))])
        self.done.add(sha256)
        self.rows_written += len(rows)

    def close(self) -> None:
        f = getattr(self, "_f", None)
        if f is not None:
            f.close()
            self._f = None
        super().close()


class JsonlSink(_AppendSink):
    def _encode(self, rows: Sequence[dict[str, Any]]) -> bytes:
        return "".join(
            json.dumps(clean_row(r), ensure_ascii=False, allow_nan=False) + "\n" for r in rows
        ).encode("utf-8")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(cell: str) -> bool:
    return cell.lstrip("'").startswith(FORMULA_STARTS)


def spreadsheet_safe(cell: Any) -> Any:
    """A CSV cell a spreadsheet will show as text: ``'`` before text that would start a formula,
    and before such text already behind quotes (``'=x``), so that ``spreadsheet_raw`` undoes
    it exactly."""
    if isinstance(cell, str) and _formula_like(cell):
        return "'" + cell
    return cell


def spreadsheet_raw(cell: Any) -> Any:
    """The value ``spreadsheet_safe`` was given."""
    if isinstance(cell, str) and cell.startswith("'") and _formula_like(cell):
        return cell[1:]
    return cell


class CsvSink(_AppendSink):
    def _file_header(self) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(COLUMN_NAMES)
        return buf.getvalue().encode("utf-8")

    def _encode(self, rows: Sequence[dict[str, Any]]) -> bytes:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        for r in rows:
            c = clean_row(r)
            w.writerow(["" if c[n] is None else spreadsheet_safe(c[n]) for n in COLUMN_NAMES])
        return buf.getvalue().encode("utf-8")


class ParquetSink(Sink):
    """Parts per document, combined into one file by ``finish()``."""

    ROWS_PER_GROUP = 64_000

    def open(self) -> set[str]:
        entries = self._open_ledger()
        self.parts = parts_path(self.out)
        try:
            if self.overwrite:
                shutil.rmtree(self.parts, ignore_errors=True)
                with contextlib.suppress(FileNotFoundError):
                    self.out.unlink()
            self.parts.mkdir(exist_ok=True)
            for stale in self.parts.glob(".*.tmp"):
                stale.unlink()
        except OSError as exc:
            self.close()
            raise ExportError(f"cannot write {self.out}: {exc.strerror or exc}") from None
        done = {e[0] for e in entries}
        if self.out.exists():
            done |= self._check_existing()
        done |= {p.stem for p in self.parts.glob("*.parquet")}
        self.done = done
        self._order: dict[str, int] = {}
        self.rows_written = 0
        return set(done)

    def _check_existing(self) -> set[str]:
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(self.out)
            ok = pf.schema_arrow.remove_metadata().equals(SCHEMA.remove_metadata())
        except Exception:  # any reader error means "not ours"
            ok = False
        if not ok:
            self.close()
            raise ExportError(
                f"{self.out} exists but is not a councilsearch extract (its schema differs); "
                "choose another output or pass --overwrite"
            )
        shas = pq.read_table(self.out, columns=["sha256"]).column("sha256").unique().to_pylist()
        return {s for s in shas if s}

    def write(self, sha256: str, rows: Sequence[dict[str, Any]], order: int = 0) -> None:
        import pyarrow.parquet as pq

        if sha256 in self.done:
            return
        table = rows_to_table(rows)
        final = self.parts / f"{sha256}.parquet"
        tmp = self.parts / f".{sha256}.parquet.tmp"
        pq.write_table(table, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        _fsync_dir(self.parts)
        self.done.add(sha256)
        self._order[sha256] = order
        self.rows_written += len(rows)

    def finish(self) -> None:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        parts = sorted(self.parts.glob("*.parquet"), key=lambda p: (self._order.get(p.stem, 1 << 62), p.stem))
        if not parts and self.out.exists():
            shutil.rmtree(self.parts, ignore_errors=True)
            return
        part_shas = [p.stem for p in parts]
        counts: list[tuple[str, int, int]] = []
        tmp = self.out.with_name(f".{self.out.name}.tmp")
        writer = pq.ParquetWriter(tmp, SCHEMA, compression="zstd")
        try:
            if self.out.exists():
                skip = pa.array(part_shas, type=pa.string())
                for batch in pq.ParquetFile(self.out).iter_batches(batch_size=self.ROWS_PER_GROUP):
                    keep = pc.invert(pc.is_in(batch.column("sha256"), value_set=skip))
                    kept = batch.filter(keep)
                    if kept.num_rows:
                        writer.write_table(pa.Table.from_batches([kept], schema=SCHEMA))
            buf: list[pa.Table] = []
            n = 0
            for p in parts:
                t = pq.read_table(p, schema=SCHEMA)
                counts.append((p.stem, 0, t.num_rows))
                if t.num_rows:
                    buf.append(t)
                    n += t.num_rows
                if n >= self.ROWS_PER_GROUP:
                    writer.write_table(pa.concat_tables(buf))
                    buf, n = [], 0
            if buf:
                writer.write_table(pa.concat_tables(buf))
        except BaseException:
            writer.close()
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        writer.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.out)
        _fsync_dir(self.out.parent)
        self._record(counts)
        shutil.rmtree(self.parts, ignore_errors=True)


def open_sink(out: Path, fmt: str, *, overwrite: bool = False) -> Sink:
    if fmt == "parquet":
        return ParquetSink(Path(out), fmt, overwrite=overwrite)
    if fmt == "csv":
        return CsvSink(Path(out), fmt, overwrite=overwrite)
    return JsonlSink(Path(out), fmt, overwrite=overwrite)


def read_rows(out: str | Path, fmt: str | None = None) -> pa.Table:
    """Read an extract output back as an Arrow table with the declared schema."""
    import pyarrow.csv as pacsv
    import pyarrow.json as pajson
    import pyarrow.parquet as pq

    out = Path(out)
    fmt = format_for(out, fmt)
    if fmt == "parquet":
        return pq.read_table(out, schema=SCHEMA)
    if fmt == "csv":
        table = pacsv.read_csv(
            out,
            convert_options=pacsv.ConvertOptions(
                column_types={f.name: f.type for f in SCHEMA}, strings_can_be_null=True,
                include_columns=list(COLUMN_NAMES),
            ),
        ).cast(SCHEMA)
        for i, f in enumerate(SCHEMA):
            if pa.types.is_string(f.type):
                raw = pa.array([spreadsheet_raw(v) for v in table.column(i).to_pylist()], type=f.type)
                table = table.set_column(i, f, raw)
        return table
    if out.stat().st_size == 0:
        return SCHEMA.empty_table()
    return pajson.read_json(out, parse_options=pajson.ParseOptions(explicit_schema=SCHEMA)).select(
        list(COLUMN_NAMES)
    ).cast(SCHEMA)
