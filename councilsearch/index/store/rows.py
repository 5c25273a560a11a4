"""Records to rows and back: how each record is written to its table and read from it."""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from councilsearch.models import Document, Entity, Figure, Passage, Section

PASSAGE_COLS = "p.id, p.doc_id, p.section_id, p.ordinal, p.start, p.end, p.text, p.pages, p.path, p.para_no, p.kind"
"""The columns ``passage_from_row`` reads, of ``passages`` aliased ``p``."""


@dataclass(frozen=True)
class DocumentRow:
    """A stored document as listed: its metadata and how much was derived from it."""

    id: str
    title: str
    council: str
    doc_type: str
    date: str | None
    source_path: str
    source: str
    sha256: str
    format: str
    n_pages: int
    ingested_at: str
    n_sections: int = 0
    n_passages: int = 0
    n_figures: int = 0
    n_entities: int = 0


def unit_table(table: str) -> str:
    """``table`` when it holds embedded units (passages or sentences); ValueError otherwise."""
    if table not in ("passages", "sentences"):
        raise ValueError(f"no embedded units in table {table!r}")
    return table


def normalise_for_hash(text: str) -> str:
    return re.sub(r"[^a-z0-9£%]+", " ", text.lower()).strip()


def passage_hash(text: str) -> str:
    """The hash that finds a passage repeated in another document (search collapses them)."""
    return hashlib.sha1(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]


def embedding_blob(vector: Any) -> bytes:
    """An embedding as stored: float32 bytes."""
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def document_from_row(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"], title=r["title"], council=r["council"], doc_type=r["doc_type"], date=r["date"],
        source_path=r["source_path"], text=r["text"], page_map=tuple(json.loads(r["page_map"])),
        sha256=r["sha256"], format=r["format"],
        heading_hints=tuple(tuple(h) for h in json.loads(r["heading_hints"])),  # type: ignore[misc]
        source=r["source"], council_code=r["council_code"],
    )


def section_from_row(r: sqlite3.Row) -> Section:
    return Section(
        id=r["id"], doc_id=r["doc_id"], ordinal=r["ordinal"], kind=r["kind"],
        path=tuple(json.loads(r["path"])), heading=r["heading"], level=r["level"],
        para_no=r["para_no"], span=(r["start"], r["end"]), pages=tuple(json.loads(r["pages"])),
    )


def passage_from_row(r: sqlite3.Row) -> Passage:
    return Passage(
        id=r["id"], doc_id=r["doc_id"], section_id=r["section_id"], ordinal=r["ordinal"],
        span=(r["start"], r["end"]), text=r["text"], pages=tuple(json.loads(r["pages"])),
        path=tuple(json.loads(r["path"])), para_no=r["para_no"], kind=r["kind"],
    )


def figure_from_row(r: sqlite3.Row) -> Figure:
    value: float | str = r["value_text"] if r["value_text"] is not None else float(r["value"])
    return Figure(
        surface=r["surface"], span=(r["start"], r["end"]), value=value, unit=r["unit"], kind=r["kind"],
        extractor=r["extractor"], scale=r["scale"], period=r["period"], label=r["label"],
        table_row=r["table_row"], table_col=r["table_col"], range_with=r["range_with"],
        flags=tuple(json.loads(r["flags"])), measure=r["measure"],
    )


def entity_from_row(r: sqlite3.Row) -> Entity:
    return Entity(
        text=r["text"], label=r["label"], span=(r["start"], r["end"]), normalised=r["normalised"],
        extractor=r["extractor"], title=r["title"], role=r["role"],
        affiliation=r["affiliation"], holder=r["holder"], council_code=r["council_code"],
        council_tier=r["council_tier"], upper_council_code=r["upper_council_code"], upper_council=r["upper_council"],
    )


def passage_locator(passages: Sequence[Passage]) -> Callable[[int], int | None]:
    """offset -> id of the passage holding it (None when it falls between passages)."""
    starts = [p.span[0] for p in passages]

    def locate(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and passages[i].span[0] <= offset < passages[i].span[1]:
            return passages[i].id
        return None

    return locate
