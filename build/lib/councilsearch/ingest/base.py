"""The parser seam: every format parser turns bytes into a ParsedText."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from councilsearch.models import Span


@dataclass(frozen=True)
class ParsedText:
    text: str  # canonical text; every later offset points into it
    page_map: tuple[int, ...]  # char offset where each page starts (page_map[0] == 0)
    heading_hints: tuple[Span, ...] = ()  # lines known to be headings (fonts, styles, tags)
    title: str | None = None  # a title the file itself declares
    fallback_pages: int = 0  # PDF: pages whose rebuilt text read worse than pypdf's, so took pypdf's
    # PDF: the running headers and footers dropped from the text (each once, in reading order):
    # often the only place a council or a meeting date is printed as text (a logo is an image)
    furniture: tuple[str, ...] = ()


class Parser(Protocol):
    """Contract: ``__call__(data, name)`` returns a ParsedText whose text is non-empty, whose
    page_map starts at 0 and is strictly increasing, and whose hints lie inside the text; or
    raises a ``councilsearch.errors.ParseError`` subclass with a message for a person.
    It must not read anything but ``data``."""

    def __call__(self, data: bytes, name: str = "") -> ParsedText: ...
