"""PDF -> canonical text: open the file, collect each page's lines in one extraction pass,
then lay them out (tables, headings, page furniture, paragraphs)."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from councilsearch.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ResourceLimitError,
)
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.pdf.baselines import merge_baselines
from councilsearch.ingest.pdf.centred import top_align
from councilsearch.ingest.pdf.content import fast_content_streams
from councilsearch.ingest.pdf.fidelity import check_pages
from councilsearch.ingest.pdf.furniture import drop_boilerplate, drop_running_lines
from councilsearch.ingest.pdf.grid import rebuild_grids
from councilsearch.ingest.pdf.lines import finish_lines, mark_headings
from councilsearch.ingest.pdf.margins import attach_margin_numbers, mark_side_headings
from councilsearch.ingest.pdf.metrics import measure
from councilsearch.ingest.pdf.paragraphs import assemble, build_blocks, vocabulary
from councilsearch.ingest.pdf.runs import FontInfo, Line, collect
from councilsearch.ingest.pdf.tables import column_stops, extend_tables, lone_row, place_indented_rows
from councilsearch.models import Span


def _page_ranges(pages: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)


def _open(data: bytes, label: str, name: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(BytesIO(data), strict=False)
    except MemoryError as exc:
        raise ResourceLimitError(f"{label} needs more memory than allowed to open", path=name) from exc
    except Exception as exc:
        raise CorruptDocumentError(
            f"{label} is not a readable PDF (it may be damaged or truncated): {exc}", path=name
        ) from exc
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise CorruptDocumentError(f"{label} is a damaged PDF: {exc}", path=name) from exc
    if encrypted:
        try:
            ok = reader.decrypt("")  # many PDFs only restrict printing/copying, with no password
        except (DependencyError, NotImplementedError) as exc:
            raise EncryptedDocumentError(
                f"{label} is password-protected with an encryption this installation cannot open; "
                "save an unprotected copy and try again",
                path=name,
            ) from exc
        except Exception as exc:
            raise EncryptedDocumentError(
                f"{label} is password-protected; save an unprotected copy and try again", path=name
            ) from exc
        if not ok:
            raise EncryptedDocumentError(
                f"{label} is password-protected; save an unprotected copy and try again", path=name
            )
    return reader


def _pdf_title(reader: Any) -> str | None:
    try:
        meta = reader.metadata
        title = str(meta.title).strip() if meta is not None and meta.title else ""
    except Exception:
        return None
    if not title or len(title) > 300:
        return None
    low = title.lower()
    if low in {"untitled", "title", "document", "slide 1"} or low.startswith("microsoft word -"):
        return None
    if re.search(r"\.(docx?|pdf|rtf|odt|xlsx?)$", low):
        return None
    return title


def _read_pages(
    reader: Any, n_pages: int, fonts: dict[int, FontInfo], pages: list[list[Line]], glyphy: list[bool], label: str,
    name: str,
) -> None:
    """Each page's lines (into ``pages``) and whether pypdf reported it glyph by glyph."""
    for p in range(n_pages):
        state, visitors = collect(p, fonts)
        try:
            reader.pages[p].extract_text(
                visitor_text=visitors.text,
                visitor_operand_before=visitors.operand_before,
                visitor_operand_after=visitors.operand_after,
            )
        except MemoryError as exc:
            raise ResourceLimitError(f"{label}: page {p + 1} needs more memory than allowed", path=name) from exc
        except RecursionError as exc:
            raise CorruptDocumentError(f"{label} is damaged: page {p + 1} is nested too deeply", path=name) from exc
        except Exception as exc:
            raise CorruptDocumentError(
                f"{label} is damaged: page {p + 1} could not be read ({type(exc).__name__}: {exc})", path=name
            ) from exc
        pages.append(state.lines)
        glyphy.append(state.glyph_by_glyph)


def parse_pdf(data: bytes, name: str = "") -> ParsedText:
    """Parse a PDF's text layer into canonical text (see the module docstring)."""
    label = name or "the PDF"
    if not data:
        raise EmptyDocumentError(f"{label} is empty (0 bytes)", path=name)
    reader = _open(data, label, name)
    try:
        n_pages = len(reader.pages)
    except Exception as exc:
        raise CorruptDocumentError(f"{label} is a damaged PDF: its page tree cannot be read ({exc})", path=name) from exc
    if n_pages == 0:
        raise CorruptDocumentError(f"{label} has no pages", path=name)

    fonts: dict[int, FontInfo] = {}
    pages: list[list[Line]] = []
    glyphy: list[bool] = []
    with fast_content_streams():
        _read_pages(reader, n_pages, fonts, pages, glyphy, label, name)

    empty = [p + 1 for p, lines in enumerate(pages) if not lines]
    if len(empty) == n_pages:
        what = f"page {empty[0]} has" if n_pages == 1 else f"pages {_page_ranges(empty)} have"
        raise NoTextLayerError(
            f"{label}: {what} no text layer: scanned PDFs are not supported "
            "(run OCR on the file first, e.g. with ocrmypdf)",
            path=name,
        )

    text, page_map, hints, fell_back, furniture = layout(pages, glyphy)
    return ParsedText(
        text=text, page_map=page_map, heading_hints=hints, title=_pdf_title(reader), fallback_pages=len(fell_back),
        furniture=tuple(furniture),
    )


def layout(
    pages: list[list[Line]], glyphy: list[bool]
) -> tuple[str, tuple[int, ...], tuple[Span, ...], list[int], list[str]]:
    """Lines collected per page -> (canonical text, page map, heading hints, the pages that
    fell back to pypdf's reading, the running headers and footers dropped)."""
    merged: list[list[Line]] = []
    centred_rows: list[set[int]] = []
    for lines, by_glyph in zip(pages, glyphy, strict=True):
        centred = top_align(lines)
        centred_rows.append(centred)  # cells centred in their row: at its top, as the rest expects
        finish_lines(lines, by_glyph)
        merged.append(merge_baselines(lines, centred))  # a table row's pieces on one baseline: one line
        if merged[-1]:
            for ln in lines:
                ln.kind = "prose"
            finish_lines(lines, by_glyph)
    fell_back = check_pages(pages)  # after the merge: a row's pieces are judged as one line
    m = measure(pages)
    stops = column_stops(pages)
    lone = [extend_tables(lines, m, stops) for lines in pages]
    for p, found in enumerate(lone[:-1]):
        if found is not None:
            lone_row(found, pages[p + 1])
    for lines, joined, centred in zip(pages, merged, centred_rows, strict=True):
        rebuild_grids(lines, joined, m, centred)  # tables with wrapped cells or headers, from positions
        place_indented_rows(lines)  # rows that start in a later column: their empty first cells
    attach_margin_numbers(pages)
    mark_side_headings(pages, m)
    mark_headings(pages, m)
    furniture = drop_running_lines(pages, m)
    vocab, hyphenated = vocabulary(pages)
    blocks = build_blocks(pages, m, vocab, hyphenated)
    blocks = drop_boilerplate(blocks)
    return (*assemble(blocks, len(pages)), fell_back, furniture)
