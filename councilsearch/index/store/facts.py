"""Figures and entities in the store: queried by document, kind, value, period, label or
words (each figure with its citation), and by passage for search hits."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from councilsearch.index.store.base import StoreBase
from councilsearch.index.store.filters import conditions
from councilsearch.index.store.rows import entity_from_row, figure_from_row
from councilsearch.models import Citation, Document, Entity, Figure

FIGURE_MEMO_MAX = 50_000
"""Passages whose figures a thread keeps (``Store.passage_figures``) before it starts again."""


class FactTables(StoreBase):
    """Reads of figures and entities."""

    def figures(
        self,
        *,
        doc_id: str | None = None,
        kind: str | None = None,
        council: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        min_value: float | None = None,
        max_value: float | None = None,
        period: str | None = None,
        label: str | None = None,
        q: str | None = None,
        passage_ids: Sequence[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[tuple[Figure, Citation, int | None]]:
        clauses, args = conditions(
            (True, "1=1", []),
            (doc_id, "f.doc_id = ?", [doc_id]),
            (kind, "f.kind = ?", [kind]),
            # the council exactly, never a substring ("Wyvern" is not "Wyvernmoor"): callers
            # pass a name through Store.check_council, which also takes an ONS code
            (council, "d.council = ?", [council]),
            (date_from, "d.date >= ?", [date_from]),
            (date_to, "d.date <= ?", [date_to]),
            (min_value is not None, "f.value >= ?", [min_value]),
            (max_value is not None, "f.value <= ?", [max_value]),
            (period, "f.period = ?", [period]),
            (label, "lower(coalesce(f.label, '') || ' ' || coalesce(f.table_row, '')) LIKE ?",
             [f"%{(label or '').lower()}%"]),
        )
        if q:
            for word in re.findall(r"\w+", q.lower())[:8]:
                clauses.append(
                    "(lower(coalesce(f.label,'') || ' ' || coalesce(f.table_row,'') || ' ' || coalesce(f.table_col,''))"
                    " LIKE ? OR lower(coalesce(p.text,'')) LIKE ?)"
                )
                args.extend([f"%{word}%", f"%{word}%"])
        if passage_ids is not None:
            if not passage_ids:
                return []
            clauses.append(f"f.passage_id IN ({','.join('?' * len(passage_ids))})")
            args.extend(passage_ids)
        sql = (
            "SELECT f.*, d.title AS doc_title, d.council, d.doc_type, d.date, s.path AS s_path, s.para_no AS s_para,"
            " s.pages AS s_pages, d.page_map FROM figures f JOIN documents d ON d.id = f.doc_id"
            " LEFT JOIN passages p ON p.id = f.passage_id"
            # the section holding the figure (a passage may run over several paragraphs)
            " LEFT JOIN sections s ON s.doc_id = f.doc_id AND s.start <= f.start AND f.start < s.end"
            f" WHERE {' AND '.join(clauses)} ORDER BY f.doc_id, f.start"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args.extend([limit, offset])
        out = []
        stubs: dict[str, Document] = {}  # a document's page map read once, not once per figure
        for r in self.conn.execute(sql, args):
            fig = figure_from_row(r)
            doc_stub = stubs.get(r["doc_id"])
            if doc_stub is None:
                page_map = json.loads(r["page_map"])
                doc_stub = stubs[r["doc_id"]] = Document(r["doc_id"], "", "", "", None, "", "", tuple(page_map), "")
            cit = Citation(
                doc_id=r["doc_id"], doc_title=r["doc_title"],
                section_path=tuple(json.loads(r["s_path"])) if r["s_path"] else (),
                para_no=r["s_para"], pages=doc_stub.pages_for(fig.span), span=fig.span,
                council=r["council"], doc_type=r["doc_type"], date=r["date"],
            )
            out.append((fig, cit, r["passage_id"]))
        return out

    def figure_marks(self) -> dict[str, tuple[Any, ...]]:
        """Per document, what moves when its figures or what their citations carry do (its row
        and its figures' count and id and offset sums), read without decoding a figure: a
        cache of what is derived from a document's figures (``measures``) reads again only
        the documents whose mark moved."""
        return {str(r[0]): tuple(r[1:]) for r in self.conn.execute(
            "SELECT d.id, d.rowid, d.sha256, d.title, d.council, d.doc_type, d.date, count(f.id), total(f.id),"
            " total(f.start), total(f.end) FROM documents d LEFT JOIN figures f ON f.doc_id = d.id GROUP BY d.id")}

    def _by_passage(self, table: str, passage_ids: Sequence[int], convert: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        ids = list(passage_ids)
        if not ids:
            return out
        q = f"SELECT * FROM {table} WHERE passage_id IN ({','.join('?' * len(ids))}) ORDER BY start"
        for r in self.conn.execute(q, ids):
            out.setdefault(r["passage_id"], []).append(convert(r))
        return out

    def passage_figures(self, passage_ids: Sequence[int]) -> dict[int, list[Figure]]:
        """Each passage's figures (passages with none are left out). Kept per store version
        (``memo``): a number question weighs the figures of its 50 best candidates, and
        popular questions share candidates."""
        known: dict[int, list[Figure]] = self.memo("passage_figures", dict)
        if len(known) > FIGURE_MEMO_MAX:
            known.clear()
        missing = [i for i in passage_ids if i not in known]
        if missing:
            got = self._by_passage("figures", missing, figure_from_row)
            for i in missing:
                known[i] = got.get(i, [])
        return {i: list(known[i]) for i in passage_ids if known.get(i)}

    def passage_entities(self, passage_ids: Sequence[int]) -> dict[int, list[Entity]]:
        return self._by_passage("entities", passage_ids, entity_from_row)

    def entities(
        self, *, doc_id: str | None = None, label: str | None = None, q: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> list[tuple[Entity, str]]:
        words = f"%{(q or '').lower()}%"
        clauses, args = conditions(
            (True, "1=1", []),
            (doc_id, "doc_id = ?", [doc_id]),
            (label, "label = ?", [(label or "").upper()]),
            (q, "(lower(normalised) LIKE ? OR lower(text) LIKE ?)", [words, words]),
        )
        sql = f"SELECT * FROM entities WHERE {' AND '.join(clauses)} ORDER BY doc_id, start"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args.extend([limit, offset])
        return [(entity_from_row(r), r["doc_id"]) for r in self.conn.execute(sql, args)]
