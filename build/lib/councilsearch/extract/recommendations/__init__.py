"""Recommendation extraction, version ``recommendations.v1``.

``extract_recommendations(doc, sections)`` finds every recommendation a document makes or
restates (the printed forms are in ``forms``) and returns ``Recommendation`` records in text
order, each citing its section path, paragraph, pages and span. Kinds: ``resolution`` (minute
resolutions), ``report`` (a report's "is recommended to" / "is asked to" lists) and
``peer_challenge`` ("Recommendation 3: ..." and lists under a Recommendations heading in a
peer challenge, peer review or progress review). In a progress review a listed or numbered
recommendation is ``restated``: the commentary after it (up to the next one or the next
heading) gives its status (``status``).

Modules: ``forms`` (the printed forms), ``status`` (status words), ``theme`` (the noun
phrase a recommendation is about), ``follow`` (which later text follows one up).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from councilsearch.extract.recommendations.forms import Item, Scanner
from councilsearch.extract.recommendations.status import read_status
from councilsearch.extract.recommendations.theme import themes
from councilsearch.models import Citation, Document, Recommendation, Section

EXTRACTOR = "recommendations.v1"
_COMMENTARY_MAX = 6000
_PEER = re.compile(r"\bpeer\b|\bprogress review\b", re.I)
_REVIEW = re.compile(r"\bprogress review\b|\bprogress report\b|\bfollow[- ]up review\b", re.I)


def is_review(doc: Document) -> bool:
    """A document that reports progress on earlier recommendations."""
    return doc.doc_type == "progress_review" or bool(_REVIEW.search(doc.title))


def _kind(doc: Document, item: Item) -> str:
    if item.form == "resolution":
        return "resolution"
    if item.form == "leadin":
        return "report"
    if doc.doc_type in ("peer_challenge", "progress_review") or _PEER.search(doc.title):
        return "peer_challenge"
    return "report"


def _slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "x"


def _citation(doc: Document, sections: Sequence[Section], starts: list[int], span: tuple[int, int]) -> Citation:
    k = bisect.bisect_right(starts, span[0]) - 1
    sec = sections[k] if 0 <= k < len(sections) else None
    return Citation(
        doc_id=doc.id, doc_title=doc.title, section_path=sec.path if sec else (), para_no=sec.para_no if sec else None,
        pages=doc.pages_for(span), span=span, council=doc.council, doc_type=doc.doc_type, date=doc.date,
    )


def extract_recommendations(doc: Document, sections: Sequence[Section], *, nlp: Any = None) -> list[Recommendation]:
    """The recommendations ``doc`` makes or restates, in text order."""
    text = doc.text
    headings = {s.start for s in sections if s.kind == "heading"}
    headings |= {s.start + len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip()) for s in sections if s.kind == "heading"}
    items = [it for it in Scanner(text, headings).scan() if text[it.start:it.end].strip()]
    review = is_review(doc)
    starts = [s.start for s in sections]
    heading_starts = sorted(headings)
    seen: set[str] = set()
    keep: list[Item] = []
    for it in items:
        rid = f"rec-{_slug(it.key)}" if it.form in ("explicit", "list") else f"{it.block}-{_slug(it.key or it.label)}"
        if rid in seen:
            continue
        seen.add(rid)
        it.label = it.label.strip(" \t.:)(")
        keep.append(it)
    texts = [" ".join(text[it.start:it.end].split()) for it in keep]
    topics = themes(texts, nlp=nlp)
    out: list[Recommendation] = []
    for n, (it, body, theme) in enumerate(zip(keep, texts, topics, strict=True)):
        restated = review and it.form in ("explicit", "list")
        status = rag = sentence = None
        status_span = None
        if restated:
            nxt = [o.start for o in keep[n + 1:] if o.form == it.form][:1]
            h = bisect.bisect_right(heading_starts, it.end)
            stop = min([it.end + _COMMENTARY_MAX, len(text)] + nxt
                       + ([heading_starts[h]] if h < len(heading_starts) else []))
            status, rag, status_span = read_status(text, it.end, stop)
            sentence = text[status_span[0]:status_span[1]].strip() or None
        key = it.key.lower() if it.key else it.label.lower()
        rid = f"rec-{_slug(key)}" if it.form in ("explicit", "list") else f"{it.block}-{_slug(key)}"
        out.append(Recommendation(
            id=f"{doc.id}:{rid}", doc_id=doc.id, label=it.label or key, key=key, text=body, kind=_kind(doc, it),
            theme=theme, citation=_citation(doc, sections, starts, (it.start, it.end)), council=doc.council,
            date=doc.date, source="restated" if restated else "original", status=status, rag=rag,
            status_sentence=sentence, status_span=status_span, extractor=EXTRACTOR,
        ))
    return out


__all__ = ["EXTRACTOR", "extract_recommendations", "is_review"]
