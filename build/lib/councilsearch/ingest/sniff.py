"""Decide a file's format from its bytes, not its name, and refuse a file whose bytes contradict
its name: a crawl of a council site saves HTML error pages under ``.pdf`` names, and those must
be refused with a reason, not indexed as papers."""

from __future__ import annotations

import zipfile
from io import BytesIO

from councilsearch.errors import ContentMismatchError, EmptyDocumentError, UnsupportedFormatError

FORMATS = ("pdf", "docx", "html", "markdown", "text")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = {".pdf", ".docx", *HTML_SUFFIXES, ".txt", ".text", ".md", ".markdown"}


CLAIMED_BY_SUFFIX = {".pdf": "pdf", ".docx": "docx", **{s: "html" for s in HTML_SUFFIXES}}
"""Suffixes that promise a format: the content must keep the promise."""

DESCRIBED = {"pdf": "a PDF", "docx": "a Word document", "html": "HTML text", "markdown": "plain text",
             "text": "plain text"}


def sniff_format(head: bytes, name: str = "") -> str:
    """Return one of FORMATS for a file whose first bytes are ``head``.

    Raises UnsupportedFormatError for binary content we cannot read (images, old .doc,
    executables, zip files that are not DOCX), ContentMismatchError for a file named ``.pdf``,
    ``.docx`` or ``.html`` whose content is something else, and EmptyDocumentError for zero bytes.
    """
    fmt = _content_format(head, name)
    suffix = "." + name.lower().rsplit(".", 1)[-1] if "." in name else ""
    claimed = CLAIMED_BY_SUFFIX.get(suffix)
    if claimed is not None and claimed != fmt:
        raise ContentMismatchError(
            f"{name} is named {suffix} but is {DESCRIBED[fmt]}; it was not read (a saved error page or a "
            f"mislabelled file?)", path=name,
        )
    return fmt


def _content_format(head: bytes, name: str) -> str:
    lower = name.lower()
    if not head:
        raise EmptyDocumentError(f"{name or 'the file'} is empty (0 bytes)", path=name)
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(BytesIO(head)) as zf:
                names = zf.namelist()
        except zipfile.BadZipFile:
            names = []
        if not names or "word/document.xml" in names or b"word/" in head[:4096]:
            return "docx"
        raise UnsupportedFormatError(
            f"{name or 'the file'} is a zip archive but not a Word document (.docx)", path=name
        )
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnsupportedFormatError(
            f"{name or 'the file'} is an old binary Office file (.doc/.xls); save it as .docx or PDF",
            path=name,
        )
    for magic, what in (
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7fELF", "a program (ELF binary)"),
        (b"MZ", "a Windows program"),
        (b"\x1f\x8b", "a gzip archive"),
    ):
        if head.startswith(magic):
            raise UnsupportedFormatError(
                f"{name or 'the file'} is {what}, not a document councilsearch can read", path=name
            )
    probe = head[:2048].lstrip().lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in probe[:512]:
        return "html"
    if any(lower.endswith(s) for s in HTML_SUFFIXES) and b"<" in probe[:64]:
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    return "text"
