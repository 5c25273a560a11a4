"""Recommendations at ingest: a document's rows written with it, and its council's follow-up
links recomputed whenever one of the council's documents comes or goes.

``record(store, analysis)`` after a document is written; ``forget(store, doc_id)`` before it
is deleted returns the council to ``relink`` after; ``refresh(store)`` extracts again from the
stored documents (a store written before recommendations were extracted).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from councilsearch.extract.recommendations import EXTRACTOR, extract_recommendations
from councilsearch.extract.recommendations.follow import discussing, earlier, match_original, words
from councilsearch.extract.recommendations.status import read_status, sentences
from councilsearch.index.store import Store
from councilsearch.models import (
    RECOMMENDATION_STATUSES,
    Citation,
    Document,
    Recommendation,
    RecommendationLink,
)
from councilsearch.pipeline import Analysis

_FOLLOW_SENTENCES = 3  # a discussing sentence and the two after it are read for its status


def record(store: Store, a: Analysis, left: Collection[str | None] = (), replaced: Collection[str] = ()) -> None:
    """Store ``a``'s recommendations and recompute its council's links where it can change them;
    ``replaced``: the documents the write replaced (an earlier version of the file), ``left``:
    their councils, whose links are recomputed too when the new version names another council."""
    store.write_recommendations(a.doc.id, a.recommendations)
    relink(store, a.doc.council, touched={a.doc.id, *replaced})
    for council in set(left) - {a.doc.council}:
        relink(store, council, touched=set(replaced))


def forget(store: Store, doc_id: str) -> str | None:
    """The council whose links must be recomputed once ``doc_id`` is deleted."""
    return store.document_council(doc_id)


class _Docs:
    """The documents a relink cites, each read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.docs: dict[str, Document] = {}

    def get(self, doc_id: str) -> Document:
        if doc_id not in self.docs:
            self.docs[doc_id] = self.store.get_document(doc_id)
        return self.docs[doc_id]

    def cite(self, doc_id: str, span: tuple[int, int]) -> Citation:
        doc = self.get(doc_id)
        sec = self.store.section_at(doc_id, span[0])
        return Citation(
            doc_id=doc_id, doc_title=doc.title, section_path=sec.path if sec else (),
            para_no=sec.para_no if sec else None, pages=doc.pages_for(span), span=span, council=doc.council,
            doc_type=doc.doc_type, date=doc.date,
        )


def _restated_link(docs: _Docs, r: Recommendation, target: str, method: str, score: float) -> RecommendationLink:
    span = r.status_span or r.citation.span
    sentence = r.status_sentence or r.text
    return RecommendationLink(rec_id=target, doc_id=r.doc_id, status=r.status or "unclear", rag=r.rag,
                              sentence=sentence, citation=docs.cite(r.doc_id, span), method=method,
                              score=round(score, 3), extractor=EXTRACTOR)


def relink(store: Store, council: str | None, touched: set[str] | None = None) -> int:
    """Recompute the follow-up links of ``council``; returns how many there are.

    ``touched``: the documents written or deleted since its links were last computed (None:
    any). Then only what they can change is computed again: every restatement's match (each
    is a comparison with the originals, and a new original can be a better match), and the
    text links of a pair (original, later document) where either side is touched, or that a
    restatement covered before and no longer does (or the other way round); every other text
    link is kept as stored. The same links as computing all again (a test holds it to that),
    without reading every document of the council on each ingest."""
    if council is None:
        return 0
    docs = _Docs(store)
    recs = store.recommendations(council=council, followed=True)
    originals = [r for r in recs if r.source == "original"]
    restated = [r for r in recs if r.source == "restated"]
    was_restated = _restated_pairs(restated, store.restated_follows(council)) if touched is not None else set()
    links: list[RecommendationLink] = []
    follows: dict[str, str] = {}
    for r in restated:
        m = match_original(r, originals) if council else None  # documents naming no council are not one council
        if m is None:
            links.append(_restated_link(docs, r, r.id, "restated", 1.0))
        else:
            follows[r.id] = m[0].id
            links.append(_restated_link(docs, r, m[0].id, m[1], m[2]))
    linked = {(k.rec_id, k.doc_id) for k in links}
    redo: set[tuple[str, str]] | None = None  # the (original, document) pairs to read again; None: all
    if touched is not None:
        kept, redo = _kept_text_links(store, council, originals, touched, was_restated, linked)
        links.extend(kept)
    for doc_id, date in store.council_documents(council) if council else ():
        todo = [o for o in originals if o.doc_id != doc_id and (o.id, doc_id) not in linked
                and o.date is not None and date is not None and earlier(o.date, date) and o.date != date
                and _redo(o, doc_id, touched, redo)]
        if not todo:
            continue
        text = docs.get(doc_id).text
        sents = sentences(text, 0, len(text))
        bag = [(s, words(text[s[0]:s[1]])) for s in sents]
        for o in todo:
            hit = discussing(o, bag)
            if hit is None:
                continue
            k = next(i for i, s in enumerate(sents) if s == hit[0])
            stop = sents[min(k + _FOLLOW_SENTENCES, len(sents)) - 1][1]
            status, rag, span = read_status(text, hit[0][0], stop)
            if status == "unclear":
                span = hit[0]
            links.append(RecommendationLink(
                rec_id=o.id, doc_id=doc_id, status=status, rag=rag, sentence=text[span[0]:span[1]].strip(),
                citation=docs.cite(doc_id, span), method="text", score=round(hit[1], 3), extractor=EXTRACTOR))
    store.replace_links(council, links, follows)
    return len(links)


def _redo(o: Recommendation, doc_id: str, touched: set[str] | None, redo: set[tuple[str, str]] | None) -> bool:
    """Whether the pair (original ``o``, document ``doc_id``) is read again (``relink``)."""
    return touched is None or redo is None or doc_id in touched or o.doc_id in touched or (o.id, doc_id) in redo


def _restated_pairs(restated: list[Recommendation], follows: dict[str, str]) -> set[tuple[str, str]]:
    """The (recommendation, document) pairs the restatements' links held when last computed:
    each restatement's link is to the original it followed, else to itself."""
    return {(follows.get(r.id, r.id), r.doc_id) for r in restated}


def _kept_text_links(
    store: Store, council: str, originals: list[Recommendation], touched: set[str],
    was_restated: set[tuple[str, str]], restated_now: set[tuple[str, str]],
) -> tuple[list[RecommendationLink], set[tuple[str, str]] | None]:
    """The stored text links no write since they were computed can change, and the untouched
    pairs to read again: those a restatement's link held before and not now, or now and not
    before (the text of a pair is read only when no restatement links it). None to read
    every pair again: links stored by another extractor version."""
    by_id = {o.id: o for o in originals}
    changed = was_restated ^ restated_now
    stored = [k for links in store.recommendation_links(council=council).values() for k in links]
    if any(k.extractor != EXTRACTOR for k in stored):  # computed by another version: all again
        return [], None
    kept = [
        k for k in stored
        if (k.rec_id, k.doc_id) not in was_restated and (k.rec_id, k.doc_id) not in changed
        and k.doc_id not in touched and k.rec_id in by_id and by_id[k.rec_id].doc_id not in touched
    ]
    return kept, changed


def refresh(store: Store) -> int:
    """Extract every stored document's recommendations again and recompute every council's
    links; returns the number of recommendations."""
    n = 0
    councils: set[str] = set()
    for row in store.list_documents():
        doc = store.get_document(row.id)
        recs = extract_recommendations(doc, store.sections(row.id))
        store.write_recommendations(row.id, recs)
        councils.add(doc.council)
        n += len(recs)
    for council in sorted(councils):
        relink(store, council)
    return n


STATUS_FILTERS = (*RECOMMENDATION_STATUSES, "none")
"""What ``--status`` / ``?status=`` take: a status, or ``none`` (no follow-up yet)."""


@dataclass(frozen=True)
class Tracked:
    """A recommendation with its timeline of follow-up links (oldest first) and the latest
    status (None when no later text speaks of it)."""

    rec: Recommendation
    links: tuple[RecommendationLink, ...]

    @property
    def status(self) -> str | None:
        return self.links[-1].status if self.links else None

    @property
    def rag(self) -> str | None:
        return self.links[-1].rag if self.links else None


def listing(store: Store, *, council: str | None = None, status: str | None = None, q: str | None = None,
            ids: list[str] | None = None) -> list[Tracked]:
    """The stored recommendations (a restated one only when its original is not stored), each
    with its links, filtered by council (name or ONS code), latest status and words."""
    from councilsearch.index.query import check_choice

    status = check_choice(status, STATUS_FILTERS, "status")
    recs = store.recommendations(council=store.check_council(council), ids=ids)
    if q and q.strip():
        wanted = q.casefold().split()
        recs = [r for r in recs if all(w in f"{r.label} {r.theme} {r.text}".casefold() for w in wanted)]
    links = store.recommendation_links([r.id for r in recs])
    out = [Tracked(r, tuple(links.get(r.id, ()))) for r in recs]
    if status:
        out = [t for t in out if (t.status or "none") == status]
    return out


def tracked(store: Store, rec_id: str) -> Tracked:
    """One recommendation (a restated one too, whose links are its original's) with its links;
    NotFoundError when there is none with that id."""
    from councilsearch.errors import NotFoundError

    found = store.recommendations(ids=[rec_id], followed=True)
    if not found:
        raise NotFoundError(f"no recommendation with id {rec_id!r}")
    target = store.restated_follows(found[0].council).get(rec_id, rec_id)
    return Tracked(found[0], tuple(store.recommendation_links([target]).get(target, ())))
