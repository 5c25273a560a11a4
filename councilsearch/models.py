"""Typed records that flow through the pipeline (frozen dataclasses).

Every offset is a character offset into ``Document.text`` (the canonical text). Pages are
1-based. Records are immutable so they can be shared between threads and processes.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

DOC_TYPES = (
    "peer_challenge",
    "progress_review",
    "productivity_plan",
    "agenda",
    "report",
    "minutes",
    "other",
)
SectionKind = Literal["heading", "paragraph", "table", "list"]
SECTION_KINDS: tuple[str, ...] = ("heading", "paragraph", "table", "list")
FIGURE_KINDS: tuple[str, ...] = ("money", "percent", "count", "period", "date")
ENTITY_LABELS: tuple[str, ...] = ("ORG", "PERSON", "ROLE", "PROGRAMME", "COMMITTEE", "ACRONYM", "GPE")
RECOMMENDATION_KINDS: tuple[str, ...] = ("peer_challenge", "report", "resolution")
RECOMMENDATION_STATUSES: tuple[str, ...] = ("done", "progressing", "not_started", "no_longer_relevant", "unclear")


@dataclass(frozen=True)
class DocumentMeta:
    """What a manifest (or the parser) says about a document."""

    title: str = ""
    council: str = ""
    doc_type: str = "other"
    date: str | None = None  # ISO date
    source: str = ""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    council: str
    doc_type: str
    date: str | None
    source_path: str
    text: str
    page_map: tuple[int, ...]  # char offset where each page starts; page_map[0] == 0
    sha256: str
    format: str = "text"  # text | markdown | pdf | docx | html
    # offsets of lines the parser knows to be headings (from fonts, styles or tags)
    heading_hints: tuple[Span, ...] = ()
    source: str = ""
    council_code: str | None = None  # the council's ONS code when the council register knows it
    # PDF pages whose rebuilt text read worse than pypdf's plain extraction, so took pypdf's
    # (known at ingest; not stored)
    fallback_pages: int = 0

    def page_at(self, offset: int) -> int:
        """1-based page holding ``offset``."""
        return max(1, bisect.bisect_right(self.page_map, offset))

    def pages_for(self, span: Span) -> tuple[int, ...]:
        start, end = span
        first = self.page_at(start)
        last = self.page_at(max(start, end - 1))
        return tuple(range(first, last + 1))

    @property
    def n_pages(self) -> int:
        return len(self.page_map)


@dataclass(frozen=True)
class Section:
    """A contiguous slice of the canonical text. Sections tile the document in order."""

    id: str
    doc_id: str
    ordinal: int
    kind: str  # heading | paragraph | table | list
    path: tuple[str, ...]  # headings from the root down to (and including) this one
    heading: str | None  # the heading text when kind == "heading"
    level: int  # depth in the heading tree (1 = top)
    para_no: str | None  # "83" for a numbered paragraph
    span: Span
    pages: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]


@dataclass(frozen=True)
class Passage:
    """What is embedded and searched: a sentence-aware window inside one section."""

    id: int  # stable 63-bit id (doc id + ordinal), used as the FAISS id
    doc_id: str
    section_id: str
    ordinal: int
    span: Span
    text: str
    pages: tuple[int, ...]
    path: tuple[str, ...]
    para_no: str | None
    kind: str


@dataclass(frozen=True)
class Figure:
    surface: str
    span: Span
    value: float | str  # number normalised (GBP, percent, count, year); ISO string for dates
    unit: str  # GBP | percent | count | financial_year | year | date | duration
    kind: str  # money | percent | count | period | date
    extractor: str = "figures.v48"
    scale: float = 1.0
    period: str | None = None  # financial year the figure refers to, e.g. "2025/26"
    label: str | None = None  # what it measures
    table_row: str | None = None
    table_col: str | None = None
    range_with: int | None = None  # index of the other end of a range in the same list
    flags: tuple[str, ...] = ()
    sentence_span: Span | None = None
    # what measures group it by when its label says more than the measure (the owner, subject or
    # restricting phrase of its clause: "price of paper" for "price of paper fell"); None: its label
    measure: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # ORG | PERSON | ROLE | PROGRAMME | COMMITTEE | ACRONYM | GPE | DATE ...
    span: Span
    normalised: str
    extractor: str = "entities.v24"
    title: str | None = None  # "Councillor", "Mr.", "Dr." stripped from a person's name
    role: str | None = None
    affiliation: str | None = None  # a person's body: "Jane Doe, Example Borough Council"
    holder: str | None = None  # a ROLE's holder, when the document names exactly one
    # a council the register knows (councilsearch.councils): its ONS code, tier and upper-tier council
    council_code: str | None = None
    council_tier: str | None = None  # county | district | unitary | metropolitan | london_borough
    upper_council_code: str | None = None  # a district's county; a single-tier council's own code
    upper_council: str | None = None  # that council's name as the register gives it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    doc_id: str
    doc_title: str
    section_path: tuple[str, ...]
    para_no: str | None
    pages: tuple[int, ...]
    span: Span
    council: str = ""
    doc_type: str = ""
    date: str | None = None

    def label(self) -> str:
        parts = [self.doc_title]
        if self.section_path:
            parts.append(" > ".join(self.section_path))
        if self.para_no:
            parts.append(f"para {self.para_no}")
        if self.pages:
            p = self.pages
            parts.append(f"p. {p[0]}" if len(p) == 1 else f"pp. {p[0]}-{p[-1]}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Recommendation:
    """A recommendation a document makes (or restates), with where it is printed.

    ``source`` is ``original`` where the document makes it and ``restated`` where a progress
    review repeats it; a restated one carries the review's verdict on it (``status``,
    ``rag``, the sentence that says so and its span)."""

    id: str  # stable: document id + the label's place in the document
    doc_id: str
    label: str  # as printed: "Recommendation 3", "A", "b", "RESOLVED"
    key: str  # the label folded for matching: "3", "a"
    text: str
    kind: str  # peer_challenge | report | resolution
    theme: str
    citation: Citation
    council: str = ""
    date: str | None = None
    source: str = "original"  # original | restated
    status: str | None = None
    rag: str | None = None
    status_sentence: str | None = None
    status_span: Span | None = None
    extractor: str = "recommendations.v1"


@dataclass(frozen=True)
class RecommendationLink:
    """A later document's word on a recommendation: its status and the sentence saying it."""

    rec_id: str
    doc_id: str
    status: str  # done | progressing | not_started | no_longer_relevant | unclear
    rag: str | None
    sentence: str
    citation: Citation
    method: str  # restated (the review itself), number (same label, same programme), text
    score: float = 1.0
    extractor: str = "recommendations.v1"


@dataclass(frozen=True)
class CitedFigure:
    figure: Figure
    citation: Citation
    doc_id: str
    passage_id: int | None = None
    sentence: str | None = None


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    citation: Citation
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    highlights: tuple[Span, ...] = ()  # offsets into passage.text
    retrievers: tuple[str, ...] = ()  # "bm25", "dense"
    answer: Figure | None = None  # the figure that answers a number question
    also_in: tuple[Citation, ...] = field(default_factory=tuple)  # duplicates collapsed in
    similarity: float | None = None  # the query's best cosine with the passage or one of its sentences


@dataclass(frozen=True)
class Filters:
    """Search and listing filters; each applies before ranking (the store turns them into SQL)."""

    council: str | None = None
    doc_type: str | None = None
    doc_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section_kind: str | None = None

    @property
    def active(self) -> bool:
        return any(
            v is not None and v != ""
            for v in (self.council, self.doc_type, self.doc_id, self.date_from, self.date_to, self.section_kind)
        )
