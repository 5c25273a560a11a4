"""The per-document flow, in one place: parse (in a sandboxed worker or in this process) ->
sections -> passages -> figures -> entities.

Ingest (``index.library``: files, folders and the API's uploads) and bulk extraction
(``jobs``: the process pool and Dask workers) run every document through these functions;
what they do with the result (store and embed it, or write it out as rows) is their own.

- ``read_document(path, options)``: a file, with its folder's manifest metadata, parsed;
- ``parse_document(data, name, meta, ...)``: bytes (an upload) parsed;
- ``analyse(doc)``: sections, passages, figures, entities and the acronym glossary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from councilsearch.config import Settings
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.parse import parse_bytes, parse_file
from councilsearch.ingest.passages import make_passages
from councilsearch.ingest.sections import split_sections
from councilsearch.models import Document, DocumentMeta, Entity, Figure, Passage, Recommendation, Section

FormatParser = Callable[[str, bytes, str], ParsedText]
"""``(fmt, data, name) -> ParsedText``: ``ingest.parse.run_parser`` or the sandboxed one."""


@dataclass(frozen=True)
class ParseOptions:
    """How documents are parsed (pickled to job workers, so plain values only)."""

    sandbox: bool = False  # parse PDF/DOCX/HTML in a limited child process (see ingest.sandbox)
    parse_timeout_s: float = 60.0
    parse_memory_bytes: int = 1 << 30

    @classmethod
    def of(cls, settings: Settings) -> ParseOptions:
        return cls(settings.sandbox, settings.parse_timeout_s, settings.parse_memory_bytes)


def parser_for(options: ParseOptions) -> FormatParser | None:
    """The sandboxed parser when ``options`` ask for one (and it can run here); None means
    parse in this process."""
    if not options.sandbox:
        return None
    try:
        from councilsearch.ingest.sandbox import sandboxed_parser
    except ImportError:
        return None
    return sandboxed_parser(options.parse_timeout_s, options.parse_memory_bytes)


def parse_document(
    data: bytes,
    name: str,
    meta: DocumentMeta | None = None,
    *,
    source_path: str = "",
    options: ParseOptions | None = None,
    guess: DocumentMeta | None = None,
) -> Document:
    """``data``, the bytes of a file called ``name``, parsed into a Document (council and date
    from ``meta``, else the document, else ``guess``). Raises a ``ParseError`` subclass on bad
    input."""
    return parse_bytes(data, name, meta, source_path=source_path, parser=parser_for(options or ParseOptions()),
                       guess=guess)


def read_document(
    path: str | Path,
    options: ParseOptions | None = None,
    meta: DocumentMeta | None = None,
    *,
    source_path: str | None = None,
) -> Document:
    """A file parsed into a Document, its metadata from ``meta`` or else the folder's
    ``manifest.csv`` (else guessed from the file name). ``source_path`` (default: ``path``)
    is what the document records as its origin. Raises a ``ParseError`` subclass."""
    p = Path(path)
    return parse_file(p, meta, parser=parser_for(options or ParseOptions()), source_path=source_path)


@dataclass(frozen=True)
class Analysis:
    doc: Document
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()
    recommendations: tuple[Recommendation, ...] = ()


def extractor_versions() -> dict[str, str]:
    from councilsearch.extract.entities import EXTRACTOR as ENT
    from councilsearch.extract.figures import EXTRACTOR as FIG
    from councilsearch.extract.recommendations import EXTRACTOR as REC

    return {"figures": FIG, "entities": ENT, "recommendations": REC}


def extract_facts(
    doc: Document, *, figures: bool = True, entities: bool = True
) -> tuple[list[Figure], list[Entity], dict[str, str]]:
    """The figures, entities and glossary of ``doc`` (from its text alone: what a stored
    document's text gives again when the extractors change)."""
    figs: list[Figure] = []
    ents: list[Entity] = []
    gloss: dict[str, str] = {}
    if figures:
        from councilsearch.extract.figures import extract_figures

        figs = extract_figures(doc.text)
    if entities:
        from councilsearch.extract.entities import extract_entities, glossary

        ents = extract_entities(doc.text, council=doc.council or None)
        gloss = glossary(doc.text)
    return figs, ents, gloss


def analyse(
    doc: Document, *, figures: bool = True, entities: bool = True, recommendations: bool | None = None
) -> Analysis:
    """Sections, passages and (unless turned off) figures, entities and the glossary of ``doc``,
    and its recommendations (by default when entities are extracted: both parse with spaCy)."""
    sections = split_sections(doc)
    passages = make_passages(doc, sections)
    figs, ents, gloss = extract_facts(doc, figures=figures, entities=entities)
    recs: list[Recommendation] = []
    if entities if recommendations is None else recommendations:
        from councilsearch.extract.recommendations import extract_recommendations

        recs = extract_recommendations(doc, sections)
    return Analysis(
        doc=doc,
        sections=tuple(sections),
        passages=tuple(passages),
        figures=tuple(figs),
        entities=tuple(ents),
        glossary=tuple(sorted(gloss.items())),
        recommendations=tuple(recs),
    )


def warm_models() -> None:
    """Load the extractors' spaCy pipelines now (once per process) rather than on the first
    document."""
    from councilsearch.extract.entities import extract_entities
    from councilsearch.extract.figures import extract_figures

    extract_figures("The Orlwick depot came in £3.4m under budget in 2031/32.")
    extract_entities("Councillor Jane Smith chaired the Cabinet of Northfield District Council.")
    from councilsearch.extract.recommendations.theme import themes

    themes(["Agree a plan to tell Wyvern residents how the budget is spent."])
