"""Turn a file into a Document: sniff the format, run its parser, attach metadata."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from councilsearch.digests import sha256_bytes
from councilsearch.errors import EmptyDocumentError, ParseError, ResourceLimitError, UnsupportedFormatError
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.docmeta import (
    council_in_furniture,
    council_in_prose,
    council_in_text,
    date_in_furniture,
    date_in_text,
    path_hints,
    resolve_council,
)
from councilsearch.ingest.manifest import MANIFEST_NAME, guess_meta, manifest_entry
from councilsearch.ingest.markup import strip_markup_parsed
from councilsearch.ingest.sniff import SUPPORTED_SUFFIXES, sniff_format
from councilsearch.models import Document, DocumentMeta

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024
"""Largest plain-text or markdown file read (16 MiB, some 5,000 pages of prose). Text is parsed
in-process (see ingest/sandbox/), so a bigger one is refused with ResourceLimitError before it
is decoded: no committee paper is that long, and sectioning, extraction and embedding would
take many minutes over it."""


def _text_too_big(size: int, name: str) -> ResourceLimitError:
    return ResourceLimitError(
        f"{name or 'the file'} is {size / 1e6:.0f} MB of plain text; the limit for a text file is "
        f"{MAX_TEXT_BYTES >> 20} MiB: split it into smaller files",
        path=name,
    )


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")
    return slug[:80] or "document"


def document_id(name: str, sha256: str) -> str:
    """Stable id: slug of the file name plus a short content hash."""
    return f"{slugify(name)}-{sha256[:8]}"


def run_parser(fmt: str, data: bytes, name: str) -> ParsedText:
    """Dispatch to the parser for ``fmt`` (imported lazily: each pulls in its own library)."""
    if fmt == "pdf":
        from councilsearch.ingest.pdf import parse_pdf

        return parse_pdf(data, name)
    if fmt == "docx":
        from councilsearch.ingest.docx import parse_docx

        return parse_docx(data, name)
    if fmt == "html":
        from councilsearch.ingest.html import parse_html

        return parse_html(data, name)
    from councilsearch.ingest.text import parse_text

    if len(data) > MAX_TEXT_BYTES:
        raise _text_too_big(len(data), name)
    text, page_map = parse_text(data, name)
    return ParsedText(text=text, page_map=page_map)


def parse_bytes(
    data: bytes,
    name: str,
    meta: DocumentMeta | None = None,
    source_path: str = "",
    parser: object | None = None,
    guess: DocumentMeta | None = None,
) -> Document:
    """Parse ``data`` (the bytes of a file called ``name``) into a Document.

    ``parser`` may be a callable ``(fmt, data, name) -> ParsedText`` (e.g. the sandboxed
    one); by default the parser runs in this process. The council and the date are
    ``meta``'s (a manifest's, a caller's), else what the document states (its cover sheet,
    header or front sheet), else ``guess``'s (its folders and file name).
    """
    fmt = sniff_format(data[:8192], name)
    run = parser if callable(parser) else run_parser
    parsed: ParsedText = strip_markup_parsed(run(fmt, data, name))  # tags a file prints are structure
    if not parsed.text.strip():
        raise EmptyDocumentError(f"{name or 'the document'} has no text", path=name)
    sha = sha256_bytes(data)
    meta = meta or DocumentMeta()
    title = meta.title or parsed.title or Path(name).stem
    # a web page's title names its site ("Example report | Example City Council"), as a running head does
    furniture = [*parsed.furniture, *([parsed.title] if parsed.title else [])]
    council = (meta.council or council_in_text(parsed.text) or council_in_furniture(furniture)
               or council_in_prose(parsed.text) or (guess.council if guess else ""))
    date = (meta.date or date_in_text(parsed.text) or date_in_furniture(parsed.furniture)
            or (guess.date if guess else None))
    council, council_code = resolve_council(council, date)
    return Document(
        id=document_id(name, sha),
        title=title,
        council=council,
        doc_type=meta.doc_type,
        date=date,
        source_path=source_path or name,
        text=parsed.text,
        page_map=parsed.page_map,
        sha256=sha,
        format=fmt if fmt != "text" or not name.lower().endswith((".md", ".markdown")) else "markdown",
        heading_hints=parsed.heading_hints,
        source=meta.source,
        council_code=council_code,
        fallback_pages=parsed.fallback_pages,
    )


def read_file(path: Path) -> bytes:
    if not path.exists():
        raise ParseError(f"{path} does not exist", path=str(path))
    if not path.is_file():
        raise ParseError(f"{path} is not a file", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocumentError(f"{path.name} is empty (0 bytes)", path=str(path))
    if size > MAX_FILE_BYTES:
        raise UnsupportedFormatError(
            f"{path.name} is {size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB",
            path=str(path),
        )
    if size > MAX_TEXT_BYTES:
        # a huge text file is refused from its first bytes, without reading the rest
        with path.open("rb") as fh:
            head = fh.read(8192)
        try:
            fmt = sniff_format(head, path.name)
        except ParseError:
            fmt = None
        if fmt in ("text", "markdown"):
            raise _text_too_big(size, path.name)
    return path.read_bytes()


def parse_file(
    path: str | Path, meta: DocumentMeta | None = None, parser: object | None = None, source_path: str | None = None
) -> Document:
    p = Path(path)
    data = read_file(p)
    named = meta or manifest_entry(p)
    council, date = path_hints(p)
    guess = replace(guess_meta(p.name), council=council, date=date)
    if named is None:  # the file name gives a title and a type; council and date come from the text first
        named = replace(guess, council="", date=None)
    try:
        return parse_bytes(data, p.name, named, source_path=source_path or str(p), parser=parser, guess=guess)
    except ParseError as exc:
        if exc.path is None or exc.path == p.name:
            exc.path = str(p)
        raise


def iter_files(paths: list[Path] | list[str]) -> list[Path]:
    """Expand files and folders (recursively) into document files, in a stable order.

    Folders contribute files with a supported suffix; a file named explicitly is always
    included (its bytes decide whether it can be read), except a folder's ``manifest.csv``,
    which is the metadata of the documents beside it, not a document (``corpus/*`` names it).
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            cands = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith(".")
            )
        elif p.name.lower() == MANIFEST_NAME:
            continue
        else:
            cands = [p]
        for f in cands:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
