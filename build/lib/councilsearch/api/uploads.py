"""Uploads: read a multipart body (capped by ``limits.BodySizeLimit``), decide the file type
from its bytes, keep the file under a name the server makes (``uploads/<sha256>.<ext>``, so a
client's ``../../etc/passwd`` never becomes a path) and ingest it off the event loop."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.requests import Request

from councilsearch.digests import sha256_bytes
from councilsearch.errors import InputError
from councilsearch.index.ingest_report import IngestResult
from councilsearch.index.library import Library
from councilsearch.index.query import parse_date
from councilsearch.ingest.manifest import guess_meta
from councilsearch.ingest.sniff import sniff_format
from councilsearch.models import DOC_TYPES, DocumentMeta

UPLOADS_DIR = "uploads"
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "html": "html", "markdown": "md", "text": "txt"}
META_FIELDS = ("title", "council", "doc_type", "date", "source")


class Upload:
    def __init__(self, data: bytes, filename: str, fields: dict[str, str]) -> None:
        self.data = data
        self.filename = filename
        self.fields = fields


async def read_upload(request: Request) -> Upload:
    """The ``file`` part and the metadata fields of a multipart/form-data request."""
    ctype = request.headers.get("content-type", "")
    if not ctype.lower().startswith("multipart/form-data"):
        raise InputError(
            "send the document as multipart/form-data with the file in a field named `file` "
            f"(got content type {ctype or 'none'!r})"
        )
    async with request.form(max_files=1, max_fields=len(META_FIELDS) + 2) as form:
        part = form.get("file")
        if isinstance(part, str):
            raise InputError("the `file` field holds text, not a file: send the document as a file part (with a filename)")
        if not isinstance(part, UploadFile):
            raise InputError("no file: send the document in a multipart form field named `file`")
        data = await part.read()
        filename = part.filename or ""
        fields = {k: str(v).strip() for k, v in form.items() if k in META_FIELDS and isinstance(v, str)}
    for k, v in fields.items():
        if len(v) > 500:
            raise InputError(f"the {k} field is {len(v)} characters long; the limit is 500")
    return Upload(data, filename, fields)


def safe_stem(filename: str) -> str:
    """A harmless stem from a client's file name: the last path component (either slash, any
    drive letter dropped), lower-case letters and digits joined by hyphens."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = re.sub(r"^[A-Za-z]:", "", base)
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80]
    return slug or "upload"


def sniff(data: bytes) -> str:
    """The format from the bytes alone (never the client's file name)."""
    return sniff_format(data[:8192], "")


def meta_for_upload(stem: str, fields: dict[str, str]) -> tuple[DocumentMeta, DocumentMeta]:
    """``(meta, guess)`` for an upload: the form's fields (which win), and what the file name
    suggests (which the council and date the document states itself win over)."""
    guessed = guess_meta(stem)
    doc_type = fields.get("doc_type") or guessed.doc_type
    if doc_type not in DOC_TYPES:
        raise InputError(f"unknown doc_type {doc_type!r}: use one of {', '.join(DOC_TYPES)}")
    date = parse_date(fields.get("date"), "document") if fields.get("date") else None
    meta = replace(
        guessed,
        title=fields.get("title") or guessed.title,
        council=fields.get("council") or "",
        doc_type=doc_type,
        date=date,
        source=fields.get("source") or "upload",
    )
    return meta, guessed


def store_file(data_dir: Path, data: bytes, ext: str) -> Path:
    """Write ``data`` to ``data_dir/uploads/<sha256>.<ext>`` atomically; return the path."""
    folder = Path(data_dir) / UPLOADS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    digest = sha256_bytes(data)
    path = folder / f"{digest}.{ext}"
    if path.exists() and path.stat().st_size == len(data):
        return path
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def is_upload_path(data_dir: Path, source_path: str) -> bool:
    folder = (Path(data_dir) / UPLOADS_DIR).resolve()
    try:
        return Path(source_path).resolve().parent == folder
    except (OSError, ValueError):
        return False


def forget_file(library: Library, path: Path) -> None:
    """Remove an upload's file once no stored document refers to it."""
    if is_upload_path(library.data_dir, str(path)) and not library.store.find_by_source(str(path)):
        Path(path).unlink(missing_ok=True)


def ingest_upload(library: Library, upload: Upload) -> tuple[IngestResult, str]:
    """Blocking: sniff, keep the file, parse, analyse, embed, store, save the vectors.
    Returns the result and the format. Raises ParseError (and other InputErrors) as is."""
    fmt = sniff(upload.data)
    ext = EXTENSIONS[fmt]
    stem = safe_stem(upload.filename)
    meta, guessed = meta_for_upload(stem, upload.fields)
    path = store_file(library.data_dir, upload.data, ext)
    try:
        result = library.ingest_bytes(upload.data, f"{stem}.{ext}", meta, source_path=str(path), guess=guessed)
        library.save()
    except BaseException:
        forget_file(library, path)
        raise
    return result, fmt
