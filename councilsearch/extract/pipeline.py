"""One document through sectioning, passages and both extractors: the unit of work that
ingest, bulk extraction jobs and Dask workers all share."""

from __future__ import annotations

from dataclasses import dataclass

from councilsearch.ingest.passages import make_passages
from councilsearch.ingest.sections import split_sections
from councilsearch.models import Document, Entity, Figure, Passage, Section


@dataclass(frozen=True)
class Analysis:
    doc: Document
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()


def extractor_versions() -> dict[str, str]:
    from councilsearch.extract.entities import EXTRACTOR as ENT
    from councilsearch.extract.figures import EXTRACTOR as FIG

    return {"figures": FIG, "entities": ENT}


def analyse(doc: Document, *, figures: bool = True, entities: bool = True) -> Analysis:
    sections = split_sections(doc)
    passages = make_passages(doc, sections)
    figs: list[Figure] = []
    ents: list[Entity] = []
    gloss: dict[str, str] = {}
    if figures:
        from councilsearch.extract.figures import extract_figures

        figs = extract_figures(doc.text)
    if entities:
        from councilsearch.extract.entities import extract_entities, glossary

        ents = extract_entities(doc.text)
        gloss = glossary(doc.text)
    return Analysis(
        doc=doc,
        sections=tuple(sections),
        passages=tuple(passages),
        figures=tuple(figs),
        entities=tuple(ents),
        glossary=tuple(sorted(gloss.items())),
    )
