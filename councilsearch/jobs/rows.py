"""One document's rows: the row schema every output format declares, and the unit of work
every backend maps over the documents.

The unit of work is ``extract_rows(path) -> ExtractResult``: a pure function of one file that
parses it and runs the shared analysis (``pipeline.read_document``, ``pipeline.analyse``) and
returns the document's rows, or a ``Failure`` with an error code and a message for a person.
It never raises for a bad document. ``extract_document`` does the same for a document already
parsed (a stored one). One row per figure and one per entity; ``row_type`` says which, and the
columns are ``COLUMNS``.
"""

from __future__ import annotations

import bisect
import logging
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from councilsearch.errors import CouncilSearchError
from councilsearch.models import Document, Entity, Figure, Section
from councilsearch.pipeline import ParseOptions, analyse, read_document

log = logging.getLogger(__name__)

WORKER_CRASHED = "worker_crashed"
INTERNAL_ERROR = "internal_error"
UNREADABLE = "unreadable"
OUTSIDE_FOLDER = "outside_folder"  # a link in a job folder that leads out of it


# -- the row schema ------------------------------------------------------------------------------

# v2: the sentence a figure came from (column "sentence"), a person's body ("entity_affiliation");
# v3: what measures group a figure by ("measure", figures.v17);
# v4: a council entity's register link ("entity_council_code", "entity_council_tier", "entity_upper_council")
SCHEMA_VERSION = "rows.v4"

_S, _I32, _I64, _F64 = pa.string(), pa.int32(), pa.int64(), pa.float64()

# (name, type, what it holds) — the one declaration every writer and reader follows.
COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("row_type", _S, "figure | entity"),
    ("doc_id", _S, "document id (slug + short content hash)"),
    ("title", _S, "document title"),
    ("council", _S, "council"),
    ("doc_type", _S, "peer_challenge | progress_review | productivity_plan | agenda | report | minutes | other"),
    ("date", _S, "document date, ISO YYYY-MM-DD"),
    ("source_path", _S, "the file the row came from"),
    ("sha256", _S, "SHA-256 of the file's bytes"),
    ("row_no", _I32, "position of the figure (or entity) in the document's list"),
    ("section_path", _S, "headings from the root to the section holding the row, joined by ' > '"),
    ("para_no", _S, "numbered paragraph holding the row ('83')"),
    ("page_first", _I32, "first page of the row's span (1-based)"),
    ("page_last", _I32, "last page of the row's span"),
    ("span_start", _I64, "character offset into the document's canonical text"),
    ("span_end", _I64, "character offset (exclusive)"),
    ("sentence_start", _I64, "start of the sentence holding a figure"),
    ("sentence_end", _I64, "end of that sentence"),
    ("sentence", _S, "the sentence (or table line) a figure came from"),
    ("surface", _S, "the text as written ('£7.0m', 'Councillor Jane Smith')"),
    ("value", _F64, "a figure's normalised number (GBP, percent, count, year)"),
    ("value_text", _S, "a figure's value when it is not a number (ISO date)"),
    ("unit", _S, "GBP | percent | count | financial_year | year | date | duration"),
    ("kind", _S, "money | percent | count | period | date"),
    ("scale", _F64, "multiplier applied to the written number (1e6 for '£m')"),
    ("period", _S, "financial year the figure refers to ('2025/26')"),
    ("label", _S, "what the figure measures"),
    ("measure", _S, "what measures group the figure by when its label says more; null: its label"),
    ("table_row", _S, "row label, for a figure in a table"),
    ("table_col", _S, "column header, for a figure in a table"),
    ("range_with", _I32, "row_no of the other end of a range ('£28m to £32m')"),
    ("flags", _S, "extractor flags, ';'-separated"),
    ("entity_label", _S, "ORG | PERSON | ROLE | PROGRAMME | COMMITTEE | ACRONYM | GPE | ..."),
    ("normalised", _S, "an entity's normalised name"),
    ("entity_title", _S, "a person's title ('Councillor', 'Dr')"),
    ("entity_role", _S, "a person's role"),
    ("entity_affiliation", _S, "a person's body ('Example Borough Council')"),
    ("entity_council_code", _S, "a council entity's ONS code, when the council register knows it"),
    ("entity_council_tier", _S, "that council's tier (county | district | unitary | metropolitan | london_borough)"),
    ("entity_upper_council", _S, "that council's upper-tier council: its ONS code and name ('E10000001 Example County Council')"),
    ("extractor", _S, "extractor name and version ('figures.v48', 'entities.v24')"),
)

SCHEMA = pa.schema(
    [pa.field(name, typ, nullable=name != "row_type") for name, typ, _ in COLUMNS],
    metadata={"councilsearch.schema": SCHEMA_VERSION},
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _, _ in COLUMNS)
_INT_COLS = {n for n, t, _ in COLUMNS if pa.types.is_integer(t)}
_FLOAT_COLS = {n for n, t, _ in COLUMNS if pa.types.is_floating(t)}


def clean_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with every schema column, in schema order, with JSON-safe values."""
    out: dict[str, Any] = {}
    for name in COLUMN_NAMES:
        v = row.get(name)
        if v is not None:
            if name in _FLOAT_COLS:
                v = float(v)
                if not math.isfinite(v):
                    v = None
            elif name in _INT_COLS:
                v = int(v)
            else:
                v = str(v)
        out[name] = v
    return out


def rows_to_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist([clean_row(r) for r in rows], schema=SCHEMA)


# -- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    path: str
    code: str
    error: str
    sha256: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ExtractResult:
    """What one worker hands back for one file: rows, or a failure."""

    path: str
    sha256: str | None = None
    doc_id: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)
    n_figures: int = 0
    n_entities: int = 0
    n_words: int = 0
    seconds: float = 0.0
    failure: Failure | None = None
    pid: int = 0
    peak_rss: int = 0  # bytes, the worker process's high-water mark so far
    cpu_seconds: float = 0.0  # CPU time the worker spent on this file

    @property
    def ok(self) -> bool:
        return self.failure is None


@dataclass(frozen=True)
class Task:
    index: int  # position in the input list (orders parquet output)
    path: str  # the file, or "store:<doc id>" for a stored document
    sha256: str
    doc: Document | None = None  # a stored document: extracted from its text, no file read


def run_task(task: Task, options: ParseOptions | None = None) -> ExtractResult:
    """The function every backend maps: ``extract_rows`` for a file, ``extract_document``
    for a stored document."""
    if task.doc is not None:
        return extract_document(task.doc)
    return extract_rows(task.path, options)


def run_tasks(tasks: Sequence[Task], options: ParseOptions | None = None) -> list[ExtractResult]:
    """``run_task`` over a few documents: one Dask task carries several, so the scheduler's
    per-task cost is shared (see ``DaskBackend``)."""
    return [run_task(t, options) for t in tasks]


# -- the unit of work ----------------------------------------------------------------------------


def _section_locator(sections: Sequence[Section]) -> Callable[[int], Section | None]:
    starts = [s.span[0] for s in sections]

    def at(offset: int) -> Section | None:
        i = bisect.bisect_right(starts, offset) - 1
        return sections[i] if i >= 0 else (sections[0] if sections else None)

    return at


def document_rows(
    doc: Document, sections: Sequence[Section], figures: Sequence[Figure], entities: Sequence[Entity]
) -> list[dict[str, Any]]:
    """One row per figure and per entity, with the document's metadata and the citation of
    the section holding the row's start offset (pages are the row's own pages)."""
    at = _section_locator(sections)
    base = {
        "doc_id": doc.id, "title": doc.title, "council": doc.council or None, "doc_type": doc.doc_type,
        "date": doc.date, "source_path": doc.source_path, "sha256": doc.sha256,
    }

    def where(span: tuple[int, int]) -> dict[str, Any]:
        s = at(span[0])
        pages = doc.pages_for(span)
        return {
            "section_path": (" > ".join(p for p in s.path if p) or None) if s else None,
            "para_no": s.para_no if s else None,
            "page_first": pages[0], "page_last": pages[-1],
            "span_start": span[0], "span_end": span[1],
        }

    rows: list[dict[str, Any]] = []
    for k, f in enumerate(figures):
        numeric = not isinstance(f.value, str)
        sent = f.sentence_span
        rows.append({
            **base, "row_type": "figure", "row_no": k, **where(f.span),
            "sentence_start": sent[0] if sent else None, "sentence_end": sent[1] if sent else None,
            "sentence": " ".join(doc.text[sent[0]:sent[1]].split()) if sent else None,
            "surface": f.surface,
            "value": float(f.value) if numeric and f.value is not None else None,
            "value_text": f.value if not numeric else None,
            "unit": f.unit, "kind": f.kind, "scale": f.scale, "period": f.period, "label": f.label,
            "measure": f.measure, "table_row": f.table_row, "table_col": f.table_col, "range_with": f.range_with,
            "flags": ";".join(f.flags) or None, "extractor": f.extractor,
        })
    for k, e in enumerate(entities):
        rows.append({
            **base, "row_type": "entity", "row_no": k, **where(e.span),
            "surface": e.text, "entity_label": e.label, "normalised": e.normalised,
            "entity_title": e.title, "entity_role": e.role, "entity_affiliation": e.affiliation,
            "entity_council_code": e.council_code, "entity_council_tier": e.council_tier,
            "entity_upper_council": f"{e.upper_council_code} {e.upper_council}" if e.upper_council_code else None,
            "extractor": e.extractor,
        })
    return rows


def _peak_rss() -> int:
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # KiB on Linux
    except (ImportError, OSError):  # pragma: no cover
        return 0


def _failed(path: str, code: str, message: str, t0: float, sha256: str | None = None) -> ExtractResult:
    return ExtractResult(path, failure=Failure(path, code, message, sha256), pid=os.getpid(),
                         seconds=time.perf_counter() - t0, peak_rss=_peak_rss())


def extract_document(doc: Document, *, t0: float | None = None, c0: float | None = None) -> ExtractResult:
    """Rows of one parsed (or stored) document. Never raises for a bad document."""
    t0 = time.perf_counter() if t0 is None else t0
    c0 = time.process_time() if c0 is None else c0
    label = doc.source_path or doc.id
    try:
        a = analyse(doc)
        rows = document_rows(doc, a.sections, a.figures, a.entities)
    except CouncilSearchError as exc:
        return _failed(label, exc.code, str(exc), t0, doc.sha256)
    except MemoryError:
        return _failed(label, "resource_limit", f"{doc.title or doc.id} needed more memory than this worker has",
                       t0, doc.sha256)
    except Exception as exc:  # a bug on one document must not stop the job
        log.exception("extracting %s failed", label)
        return _failed(label, INTERNAL_ERROR, f"extraction failed unexpectedly on {Path(label).name} "
                       f"({type(exc).__name__}: {exc}); please report this file", t0, doc.sha256)
    return ExtractResult(
        doc.source_path, doc.sha256, doc.id, rows, len(a.figures), len(a.entities), len(doc.text.split()),
        time.perf_counter() - t0, None, os.getpid(), _peak_rss(), time.process_time() - c0,
    )


def extract_rows(path: str | Path, options: ParseOptions | None = None) -> ExtractResult:
    """Parse and extract one file: its rows, or a failure with a reason a person can act
    on. Never raises for a bad document. Metadata comes from the folder's manifest.csv."""
    p = Path(path)
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = read_document(p, options)
    except CouncilSearchError as exc:
        return _failed(str(p), exc.code, str(exc), t0)
    except MemoryError:
        return _failed(str(p), "resource_limit", f"{p.name} needed more memory than this worker has", t0)
    except Exception as exc:  # a parser bug on one file must not stop the job
        log.exception("parsing %s failed", p)
        return _failed(str(p), INTERNAL_ERROR, f"reading {p.name} failed unexpectedly ({type(exc).__name__}: "
                       f"{exc}); please report this file", t0)
    return extract_document(doc, t0=t0, c0=c0)
