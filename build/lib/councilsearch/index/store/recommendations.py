"""Recommendations and their follow-up links in the store (``recommendations.v1`` rows).

A document's recommendations are written with it and go with it (``ON DELETE CASCADE``); the
links of a council are written whole each time they are recomputed (``replace_links``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from councilsearch.index.store.base import StoreBase
from councilsearch.models import Citation, Recommendation, RecommendationLink

_REC_COLS = (
    "r.id, r.doc_id, r.label, r.key, r.text, r.kind, r.theme, r.source, r.start, r.end, r.path, r.para_no, "
    "r.pages, r.council, r.date, r.status, r.rag, r.status_sentence, r.status_start, r.status_end, r.follows, "
    "r.extractor, d.title AS doc_title, d.doc_type AS doc_type"
)
_LINK_COLS = (
    "l.rec_id, l.doc_id, l.status, l.rag, l.sentence, l.start, l.end, l.path, l.para_no, l.pages, l.method, "
    "l.score, l.extractor, d.title AS doc_title, d.doc_type AS doc_type, d.council AS council, d.date AS date"
)


def _rec_from_row(r: sqlite3.Row) -> tuple[Recommendation, str | None]:
    cite = Citation(
        doc_id=r["doc_id"], doc_title=r["doc_title"], section_path=tuple(json.loads(r["path"])), para_no=r["para_no"],
        pages=tuple(json.loads(r["pages"])), span=(r["start"], r["end"]), council=r["council"],
        doc_type=r["doc_type"], date=r["date"],
    )
    status_span = (r["status_start"], r["status_end"]) if r["status_start"] is not None else None
    rec = Recommendation(
        id=r["id"], doc_id=r["doc_id"], label=r["label"], key=r["key"], text=r["text"], kind=r["kind"],
        theme=r["theme"], citation=cite, council=r["council"], date=r["date"], source=r["source"],
        status=r["status"], rag=r["rag"], status_sentence=r["status_sentence"], status_span=status_span,
        extractor=r["extractor"],
    )
    return rec, r["follows"]


def _link_from_row(r: sqlite3.Row) -> RecommendationLink:
    cite = Citation(
        doc_id=r["doc_id"], doc_title=r["doc_title"], section_path=tuple(json.loads(r["path"])), para_no=r["para_no"],
        pages=tuple(json.loads(r["pages"])), span=(r["start"], r["end"]), council=r["council"],
        doc_type=r["doc_type"], date=r["date"],
    )
    return RecommendationLink(
        rec_id=r["rec_id"], doc_id=r["doc_id"], status=r["status"], rag=r["rag"], sentence=r["sentence"],
        citation=cite, method=r["method"], score=float(r["score"]), extractor=r["extractor"],
    )


class RecommendationTables(StoreBase):
    """Writes and reads of recommendations and their links."""

    def write_recommendations(self, doc_id: str, recs: Sequence[Recommendation]) -> None:
        """Replace the recommendations of ``doc_id`` (stored already) with ``recs``."""
        with self.transaction() as c:
            c.execute("DELETE FROM recommendations WHERE doc_id = ?", (doc_id,))
            c.executemany(
                "INSERT OR REPLACE INTO recommendations(id, doc_id, ordinal, label, key, text, kind, theme, source, "
                "start, end, path, para_no, pages, council, date, status, rag, status_sentence, status_start, "
                "status_end, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (r.id, doc_id, n, r.label, r.key, r.text, r.kind, r.theme, r.source, r.citation.span[0],
                     r.citation.span[1], json.dumps(list(r.citation.section_path)), r.citation.para_no,
                     json.dumps(list(r.citation.pages)), r.council, r.date, r.status, r.rag, r.status_sentence,
                     r.status_span[0] if r.status_span else None, r.status_span[1] if r.status_span else None,
                     r.extractor)
                    for n, r in enumerate(recs)
                ],
            )

    def recommendations(
        self,
        *,
        council: str | None = None,
        doc_id: str | None = None,
        ids: Iterable[str] | None = None,
        followed: bool = False,
    ) -> list[Recommendation]:
        """Stored recommendations in document date and text order; a restated one whose
        original is stored is left out unless ``followed``."""
        clauses: list[str] = []
        args: list[object] = []
        if council:
            clauses.append("r.council = ?")
            args.append(council)
        if doc_id:
            clauses.append("r.doc_id = ?")
            args.append(doc_id)
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return []
            clauses.append(f"r.id IN ({','.join('?' * len(wanted))})")
            args.extend(wanted)
        if not followed:
            clauses.append("r.follows IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(
            f"SELECT {_REC_COLS} FROM recommendations r JOIN documents d ON d.id = r.doc_id {where} "
            "ORDER BY r.council, coalesce(r.date, ''), r.doc_id, r.ordinal", args,
        ).fetchall()
        return [_rec_from_row(r)[0] for r in rows]

    def restated_follows(self, council: str) -> dict[str, str]:
        """restated recommendation id -> the original it restates, for ``council``."""
        return {str(r[0]): str(r[1]) for r in self.conn.execute(
            "SELECT id, follows FROM recommendations WHERE council = ? AND follows IS NOT NULL", (council,))}

    def recommendation_links(self, rec_ids: Iterable[str] | None = None, council: str | None = None
                             ) -> dict[str, list[RecommendationLink]]:
        """Each recommendation's links, oldest document first."""
        clauses: list[str] = []
        args: list[object] = []
        if rec_ids is not None:
            wanted = list(rec_ids)
            if not wanted:
                return {}
            clauses.append(f"l.rec_id IN ({','.join('?' * len(wanted))})")
            args.extend(wanted)
        if council:
            clauses.append("l.council = ?")
            args.append(council)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        out: dict[str, list[RecommendationLink]] = {}
        for r in self.conn.execute(
            f"SELECT {_LINK_COLS} FROM recommendation_links l JOIN documents d ON d.id = l.doc_id {where} "
            "ORDER BY coalesce(d.date, ''), l.doc_id, l.start", args,
        ):
            link = _link_from_row(r)
            out.setdefault(link.rec_id, []).append(link)
        return out

    def replace_links(self, council: str, links: Sequence[RecommendationLink], follows: dict[str, str]) -> None:
        """Make ``links`` the follow-up links of ``council`` and ``follows`` (restated id ->
        original id) its restated recommendations' originals, in one transaction."""
        with self.transaction() as c:
            c.execute("DELETE FROM recommendation_links WHERE council = ?", (council,))
            c.execute("UPDATE recommendations SET follows = NULL WHERE council = ? AND follows IS NOT NULL", (council,))
            c.executemany(
                "INSERT INTO recommendation_links(rec_id, doc_id, council, status, rag, sentence, start, end, path, "
                "para_no, pages, method, score, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (k.rec_id, k.doc_id, council, k.status, k.rag, k.sentence, k.citation.span[0], k.citation.span[1],
                     json.dumps(list(k.citation.section_path)), k.citation.para_no, json.dumps(list(k.citation.pages)),
                     k.method, k.score, k.extractor)
                    for k in links
                ],
            )
            c.executemany("UPDATE recommendations SET follows = ? WHERE id = ?",
                          [(orig, rid) for rid, orig in follows.items()])

    def council_documents(self, council: str) -> list[tuple[str, str | None]]:
        """(id, date) of ``council``'s documents, oldest first (undated last)."""
        return [(str(r[0]), r[1]) for r in self.conn.execute(
            "SELECT id, date FROM documents WHERE council = ? ORDER BY date IS NULL, date, id", (council,))]

    def document_council(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT council FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def recommendation_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM recommendations").fetchone()[0])
