"""Plain text and markdown: UTF-8 (with or without BOM), or a detected encoding."""

from __future__ import annotations

import re

from councilsearch.errors import EmptyDocumentError, EncodingError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_text(data: bytes, name: str = "") -> str:
    """Decode bytes to text. UTF-8 first; BOM-marked UTF-16/32; else refuse clearly.

    A file is refused as binary when it holds NUL bytes or many control characters, as
    happens with a binary file renamed ``.txt`` or UTF-16 without a byte-order mark.
    """
    label = name or "the file"
    if not data:
        raise EmptyDocumentError(f"{label} is empty (0 bytes)", path=name)
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"{label} starts with a {enc} marker but is not valid {enc}", path=name) from exc
    sample = data[:65536]
    nul = sample.count(b"\x00")
    if nul:
        # UTF-16 without a BOM shows NULs in every other byte position.
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > 0.3 * (len(sample) / 2):
            raise EncodingError(
                f"{label} looks like UTF-16 text without a byte-order mark; "
                "save it as UTF-8 and try again",
                path=name,
            )
        raise EncodingError(f"{label} is a binary file, not text (it contains NUL bytes)", path=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, label, name)
    bad = len(_CONTROL.findall(text[:65536]))
    if bad > max(8, len(text[:65536]) // 100):
        raise EncodingError(f"{label} is a binary file, not text ({bad} control characters)", path=name)
    return text


def _decode_legacy(data: bytes, label: str, name: str) -> str:
    """Text that is not UTF-8: accept Windows-1252 (a superset of Latin-1 used by older
    council systems) when it decodes cleanly; refuse anything else with a clear message."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and not _CONTROL.search(text[:65536]):
        return text
    raise EncodingError(
        f"{label} is not UTF-8 and its encoding could not be recognised with confidence; "
        "save it as UTF-8 and try again",
        path=name,
    )


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(data: bytes, name: str = "") -> tuple[str, tuple[int, ...]]:
    """Return the canonical text and its page map (text files have one page). HTML fragments
    in it are read as structure later, as for every format (``markup``)."""
    text = normalise_newlines(decode_text(data, name))
    if not text.strip():
        raise EmptyDocumentError(f"{name or 'the file'} has no text (only whitespace)", path=name)
    return text, (0,)
