"""Response models of the JSON API. Pydantic lives here, at the HTTP edge only: the core
hands back frozen dataclasses and each model has an ``of(...)`` that converts one."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from councilsearch.extract.figures.present import figure_chip
from councilsearch.ingest.sentences import passage_sentence
from councilsearch.jobs.results import view_url
from councilsearch.models import Citation, Entity, Figure, Hit, Passage, Section

# -- errors ---------------------------------------------------------------------------------


class ErrorBody(BaseModel):
    code: str = Field(description="A stable, machine-readable error code, e.g. bad_query or not_found.")
    message: str = Field(description="What went wrong, written for a person.")
    detail: Any = Field(default=None, description="Extra structured detail (e.g. the invalid fields), or null.")


class ErrorResponse(BaseModel):
    """The one error shape every endpoint returns."""

    error: ErrorBody


# -- records --------------------------------------------------------------------------------


class CitationOut(BaseModel):
    doc_id: str
    doc_title: str
    section_path: list[str]
    para_no: str | None
    pages: list[int]
    span: tuple[int, int]
    council: str
    doc_type: str
    date: str | None
    label: str = Field(description="The citation as one readable line.")
    url: str = Field(description="A page that opens the document at the cited span.")

    @classmethod
    def of(cls, c: Citation, q: str | None = None) -> CitationOut:
        return cls(
            doc_id=c.doc_id, doc_title=c.doc_title, section_path=list(c.section_path), para_no=c.para_no,
            pages=list(c.pages), span=(int(c.span[0]), int(c.span[1])), council=c.council or "",
            doc_type=c.doc_type or "", date=c.date, label=c.label(), url=view_url(c.doc_id, c.span, q),
        )


class FigureOut(BaseModel):
    surface: str = Field(description="The figure as written in the document.")
    value: float | str = Field(description="Normalised value (GBP, percent, count…), or an ISO date string.")
    unit: str
    kind: str
    scale: float
    period: str | None
    label: str | None
    measure: str | None = Field(description="What measures group the figure by when its label says more "
                                "(the label without its owner, subject or restricting phrase); null: its label.")
    table_row: str | None
    table_col: str | None
    span: tuple[int, int]
    flags: list[str]
    extractor: str
    display: str = Field(description="A readable chip, e.g. '£13.2m · savings delivered · 2025/26'.")

    @classmethod
    def of(cls, f: Figure) -> FigureOut:
        return cls(
            surface=f.surface, value=f.value, unit=f.unit, kind=f.kind, scale=f.scale, period=f.period,
            label=f.label, measure=f.measure, table_row=f.table_row, table_col=f.table_col,
            span=(int(f.span[0]), int(f.span[1])), flags=list(f.flags), extractor=f.extractor,
            display=figure_chip(f),
        )


class EntityOut(BaseModel):
    text: str
    label: str
    normalised: str
    span: tuple[int, int]
    title: str | None
    role: str | None
    extractor: str
    affiliation: str | None = None
    holder: str | None = None
    council_code: str | None = None  # a council the register knows: its ONS code, tier, upper-tier council
    council_tier: str | None = None
    upper_council_code: str | None = None
    upper_council: str | None = None

    @classmethod
    def of(cls, e: Entity) -> EntityOut:
        return cls(
            text=e.text, label=e.label, normalised=e.normalised, span=(int(e.span[0]), int(e.span[1])),
            title=e.title, role=e.role, extractor=e.extractor, affiliation=e.affiliation, holder=e.holder,
            council_code=e.council_code, council_tier=e.council_tier, upper_council_code=e.upper_council_code,
            upper_council=e.upper_council,
        )


class PassageOut(BaseModel):
    id: int
    doc_id: str
    section_id: str
    text: str
    span: tuple[int, int]
    pages: list[int]
    path: list[str]
    para_no: str | None
    kind: str

    @classmethod
    def of(cls, p: Passage) -> PassageOut:
        return cls(
            id=p.id, doc_id=p.doc_id, section_id=p.section_id, text=p.text,
            span=(int(p.span[0]), int(p.span[1])), pages=list(p.pages), path=list(p.path),
            para_no=p.para_no, kind=p.kind,
        )


class HitOut(BaseModel):
    rank: int
    score: float
    retrievers: list[str] = Field(description="Which retrievers found the passage: bm25, dense.")
    passage: PassageOut
    highlights: list[tuple[int, int]] = Field(description="Query terms in the passage text (offsets into passage.text).")
    citation: CitationOut
    figures: list[FigureOut]
    entities: list[EntityOut]
    answer: FigureOut | None = Field(description="For a number question, the figure that answers it.")
    also_in: list[CitationOut] = Field(description="Other places the same passage appears (collapsed copies).")

    @classmethod
    def of(cls, rank: int, h: Hit, q: str | None = None) -> HitOut:
        return cls(
            rank=rank, score=float(h.score), retrievers=list(h.retrievers), passage=PassageOut.of(h.passage),
            highlights=[(int(s), int(e)) for s, e in h.highlights], citation=CitationOut.of(h.citation, q),
            figures=[FigureOut.of(f) for f in h.figures], entities=[EntityOut.of(e) for e in h.entities],
            answer=FigureOut.of(h.answer) if h.answer is not None else None,
            also_in=[CitationOut.of(c, q) for c in h.also_in],
        )


class SearchFilters(BaseModel):
    council: str | None = None
    doc_type: str | None = None
    doc: str | None = None
    date_from: str | None = Field(default=None, serialization_alias="from")
    date_to: str | None = Field(default=None, serialization_alias="to")
    section_kind: str | None = None


class AnswerOut(BaseModel):
    """The figure that answers a number question, in one line, with where it is stated."""

    text: str = Field(description="'£13.2m · savings delivered · 2025/26'")
    figure: FigureOut
    citation: CitationOut
    hit: int = Field(description="The rank of the hit it comes from (1 to 3).")

    @classmethod
    def of(cls, rank: int, h: Hit, query: str | None = None) -> AnswerOut:
        assert h.answer is not None
        return cls(text=figure_chip(h.answer), figure=FigureOut.of(h.answer),
                   citation=CitationOut.of(h.citation, query), hit=rank)


class FacetValueOut(BaseModel):
    value: str
    count: int = Field(description="Hits of the whole result set with this value (the hit itself or a copy of it).")


class FacetsOut(BaseModel):
    """Counts over the whole result set (every hit that passes the filters and the relevance
    cut, not only this page): narrowing to a value gives that many hits."""

    council: list[FacetValueOut]
    doc_type: list[FacetValueOut]
    year: list[FacetValueOut]
    section_kind: list[FacetValueOut]

    @classmethod
    def of(cls, facets: dict[str, list[tuple[str, int]]]) -> FacetsOut:
        return cls(**{f: [FacetValueOut(value=v, count=n) for v, n in vc] for f, vc in facets.items()})


class SearchResponse(BaseModel):
    query: str
    k: int = Field(description="The page size asked for (k or limit).")
    filters: SearchFilters
    count: int = Field(description="Hits on this page.")
    took_ms: float
    total: int = Field(default=0, description="Hits in the whole result set (every page).")
    offset: int = 0
    sort: str = Field(default="relevance", description="relevance | date (newest first)")
    has_more: bool = False
    capped: bool = Field(default=False, description="True when a retriever's list was full of passing candidates: "
                         "the set may hold more than total.")
    facets: FacetsOut | None = None
    answer: AnswerOut | None = Field(
        default=None, description="For a number question with a figure that fits: that figure (else null).")
    weak: bool = Field(default=False, description="True when even the best hit is a weak match (no hit holds the "
                       "query's words and none is close in meaning): the hits are shown, but treat them with care.")
    council_from_question: str | None = Field(
        default=None, description="The one council of the library the question names (\"Wyvern's reserves\"), whose "
        "papers were ranked first; null when it names none or several, or a council filter is set.")
    hits: list[HitOut]


class CitedFigureOut(BaseModel):
    figure: FigureOut
    citation: CitationOut
    passage_id: int | None
    context: str | None = Field(description="The sentence around the figure, when it sits in a passage.")


class FiguresResponse(BaseModel):
    count: int
    offset: int
    limit: int
    has_more: bool
    figures: list[CitedFigureOut]


class EntityRow(EntityOut):
    doc_id: str


class EntitiesResponse(BaseModel):
    count: int
    offset: int
    limit: int
    has_more: bool
    entities: list[EntityRow]


class GlossaryEntry(BaseModel):
    acronym: str
    expansion: str


class GlossaryResponse(BaseModel):
    doc_id: str
    count: int
    glossary: list[GlossaryEntry]


class DocumentOut(BaseModel):
    id: str
    title: str
    council: str
    doc_type: str
    date: str | None
    format: str
    sha256: str
    source: str
    n_pages: int
    n_sections: int
    n_passages: int
    n_figures: int
    n_entities: int
    ingested_at: str

    @classmethod
    def of(cls, r: Any) -> DocumentOut:
        return cls(
            id=r.id, title=r.title, council=r.council, doc_type=r.doc_type, date=r.date, format=r.format,
            sha256=r.sha256, source=r.source, n_pages=r.n_pages, n_sections=r.n_sections,
            n_passages=r.n_passages, n_figures=r.n_figures, n_entities=r.n_entities, ingested_at=r.ingested_at,
        )


class DocumentsPage(BaseModel):
    total: int
    offset: int
    limit: int
    documents: list[DocumentOut]


class OutlineEntry(BaseModel):
    section_id: str
    kind: str
    level: int
    heading: str | None
    para_no: str | None
    path: list[str]
    pages: list[int]
    span: tuple[int, int]
    url: str

    @classmethod
    def of(cls, s: Section) -> OutlineEntry:
        return cls(
            section_id=s.id, kind=s.kind, level=s.level, heading=s.heading, para_no=s.para_no,
            path=list(s.path), pages=list(s.pages), span=(int(s.span[0]), int(s.span[1])),
            url=view_url(s.doc_id, s.span),
        )


class DocumentDetail(DocumentOut):
    outline: list[OutlineEntry] = Field(description="Headings and numbered paragraphs, in order.")


class TextSpan(BaseModel):
    doc_id: str
    doc_title: str
    start: int
    end: int
    text: str = Field(description="The text of the span [start, end).")
    before: str = Field(description="Up to `context` characters before the span.")
    after: str = Field(description="Up to `context` characters after the span.")
    pages: list[int]
    section_path: list[str]
    para_no: str | None
    doc_length: int
    url: str


class UploadResult(BaseModel):
    id: str
    status: Literal["ingested", "replaced", "unchanged"]
    title: str | None
    format: str
    bytes: int
    n_sections: int
    n_passages: int
    n_figures: int
    n_entities: int
    seconds: float
    url: str


class DeleteResult(BaseModel):
    id: str
    deleted: bool
    passages_removed: int


class Health(BaseModel):
    status: Literal["ok"]
    index_loaded: bool
    counts: dict[str, int]
    vectors: int
    model: str
    dimension: int
    backend: str = Field(description="What embeds queries here: openvino-int8, onnx-int8 or torch (fp32).")
    versions: dict[str, str]
    pid: int = Field(description="The server process that answered (one of several with --workers).")


def figure_context(p: Passage | None, f: Figure) -> str | None:
    """The sentence of ``p`` holding ``f`` (None when the figure is outside any passage)."""
    return passage_sentence(p, f.span) if p is not None else None
