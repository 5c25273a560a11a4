"""PDF -> canonical text with pypdf, in one extraction pass per page.

The stages, in order (``parse.layout`` runs them):

- ``runs``: each run of text pypdf reports, with its position, font and size, collected into
  the page's lines;
- ``lines``: each line's cells, size and weight; table rows (TAB-separated) and heading lines;
- ``tables``: a block holding table rows read as one table, by layout;
- ``furniture``: running headers and footers and page numbers dropped;
- ``paragraphs``: hard-wrapped lines joined into paragraphs, and the text laid out with its
  page map and heading hints;
- ``parse``: the entry point, ``parse_pdf``: opening the file, its errors, the page loop.

``metrics`` holds the document-level measures they share (body size, line pitch, margins).
"""

from councilsearch.ingest.pdf.parse import parse_pdf

__all__ = ["parse_pdf"]
