"""The file a stored document was read from, for "download the original": an upload kept in
the data folder, or the file an ingest read, as long as it is still where it was and still
holds the same bytes (its SHA-256 is checked, so a file replaced since is never passed off as
the cited one)."""

from __future__ import annotations

from pathlib import Path

from councilsearch.digests import sha256_file
from councilsearch.errors import NotFoundError
from councilsearch.index.store import Store

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}


def original_file(store: Store, doc_id: str) -> tuple[Path, str, str]:
    """(path, media type, a file name to save it as) of ``doc_id``'s original file; a
    NotFoundError saying why when it is not there any more."""
    row = store.document_row(doc_id)
    path = Path(row.source_path)
    name = path.name
    try:
        same = path.is_file() and sha256_file(path) == row.sha256
    except OSError:
        same = False
    if not same:
        raise NotFoundError(
            f"the original file of {doc_id!r} ({name}) is no longer where it was ingested from, or has "
            "changed since: ingest it again to make it downloadable"
        )
    return path, MEDIA_TYPES.get(row.format, "application/octet-stream"), name
