"""Corpus manifests: ``manifest.csv`` beside the files gives title, council, type and date."""

from __future__ import annotations

import csv
import re
import threading
from pathlib import Path

from councilsearch.models import DOC_TYPES, DocumentMeta

MANIFEST_NAME = "manifest.csv"


def load_manifest(folder: Path) -> dict[str, DocumentMeta]:
    """Map file name and file stem to metadata, from ``folder/manifest.csv`` if present."""
    path = folder / MANIFEST_NAME
    out: dict[str, DocumentMeta] = {}
    if not path.is_file():
        return out
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("file") or "").strip()
            if not name:
                continue
            doc_type = (row.get("doc_type") or "other").strip()
            meta = DocumentMeta(
                title=(row.get("title") or "").strip(),
                council=(row.get("council") or "").strip(),
                doc_type=doc_type if doc_type in DOC_TYPES else "other",
                date=(row.get("date") or "").strip() or None,
                source=(row.get("source") or "").strip(),
            )
            out[name] = meta
            out.setdefault(Path(name).stem, meta)
    return out


_MANIFESTS: dict[Path, tuple[tuple[int, int], dict[str, DocumentMeta]]] = {}
_MANIFESTS_LOCK = threading.Lock()


def folder_manifest(folder: Path) -> dict[str, DocumentMeta]:
    """``load_manifest(folder)``, kept for the process and read again when the file changes
    (its modification time or size), so a batch reads each folder's manifest once."""
    try:
        st = (folder / MANIFEST_NAME).stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (-1, -1)
    with _MANIFESTS_LOCK:
        cached = _MANIFESTS.get(folder)
        if cached is None or cached[0] != stamp:
            cached = (stamp, load_manifest(folder) if stamp[0] != -1 else {})
            _MANIFESTS[folder] = cached
    return cached[1]


def manifest_entry(path: Path) -> DocumentMeta | None:
    """The file's row in its folder's ``manifest.csv``, if there is one."""
    manifest = folder_manifest(path.parent)
    return manifest.get(path.name) or manifest.get(path.stem)


def meta_for(path: Path) -> DocumentMeta:
    """Metadata for one file: its folder's manifest, else a guess from the file name."""
    found = manifest_entry(path)
    return found if found is not None else guess_meta(path.name)


def guess_meta(name: str) -> DocumentMeta:
    stem = Path(name).stem
    words = re.split(r"[-_ ]+", stem)
    title = " ".join(w.capitalize() for w in words if w)
    low = stem.lower()
    doc_type = "other"
    for key, dt in (
        ("minutes", "minutes"),
        ("agenda", "agenda"),
        ("cabinet", "agenda"),
        ("progress-review", "progress_review"),
        ("peer", "peer_challenge"),
        ("productivity", "productivity_plan"),
        ("report", "report"),
    ):
        if key in low:
            doc_type = dt
            break
    # a full date only: a year alone ("budget-2025-26") says nothing of the month or day
    m = re.search(r"(?<!\d)(19|20)\d\d-[01]\d-[0-3]\d(?!\d)", stem)
    date = m.group(0) if m else None
    return DocumentMeta(title=title or name, doc_type=doc_type, date=date)
