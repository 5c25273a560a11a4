"""Saved searches and their recorded matches (``councilsearch.index.alerts`` decides what
matches; this module only reads and writes the rows), and the few reads the rules need: the
councils a rule names, documents in reading order, and passages holding every word of a query."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from councilsearch.errors import NotFoundError
from councilsearch.index.store.base import StoreBase
from councilsearch.index.store.filters import filters_sql
from councilsearch.models import Filters

RULE_COLUMNS = ("name", "rule_type", "words", "council", "doc_type", "date_from", "date_to", "section_kind",
                "figure_kind", "period", "op", "threshold")
"""The columns of ``saved_searches`` a rule is made of (``index.alerts.Rule`` has these fields)."""

MATCH_COLUMNS = ("match_key", "doc_id", "start", "end", "title", "detail")


def _search_dict(r: sqlite3.Row) -> dict[str, Any]:
    out = {k: r[k] for k in r.keys()}  # noqa: SIM118 - sqlite3.Row is not a mapping
    return out


def _match_dict(r: sqlite3.Row) -> dict[str, Any]:
    out = {k: r[k] for k in r.keys()}  # noqa: SIM118
    out["detail"] = json.loads(out["detail"] or "{}")
    out["baseline"] = bool(out["baseline"])
    return out


class AlertTables(StoreBase):
    """Rows of ``saved_searches`` and ``alert_matches`` (tables in ``schema.SCHEMA_ALERTS``)."""

    # -- saved searches ----------------------------------------------------------------------
    def add_saved_search(self, rule: Mapping[str, Any]) -> int:
        """Store a rule (``RULE_COLUMNS``); its id."""
        cols = ["uid", *RULE_COLUMNS]
        values = [str(uuid.uuid4()), *(rule.get(c) for c in RULE_COLUMNS)]
        with self.transaction() as c:
            cur = c.execute(
                f"INSERT INTO saved_searches ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values)
            return int(cur.lastrowid or 0)

    def saved_searches(self) -> list[dict[str, Any]]:
        """Every saved search, oldest first, with how many matches it has (``matches``: new
        ones, ``baseline``: those recorded when it was saved) and when the latest came."""
        sql = (
            "SELECT s.*, (SELECT count(*) FROM alert_matches m WHERE m.search_id = s.id AND m.baseline = 0) AS matches,"
            " (SELECT count(*) FROM alert_matches m WHERE m.search_id = s.id AND m.baseline = 1) AS baseline,"
            " (SELECT max(created_at) FROM alert_matches m WHERE m.search_id = s.id AND m.baseline = 0) AS latest"
            " FROM saved_searches s ORDER BY s.id"
        )
        return [_search_dict(r) for r in self.conn.execute(sql)]

    def saved_search(self, search_id: int) -> dict[str, Any]:
        fits = 0 < search_id < 2**63  # an SQLite integer
        r = self.conn.execute("SELECT * FROM saved_searches WHERE id = ?", (search_id,)).fetchone() if fits else None
        if r is None:
            raise NotFoundError(f"no saved search {search_id}: `GET /alerts` (or `councilsearch watch list`) lists them",
                                detail={"id": search_id})
        return _search_dict(r)

    def delete_saved_search(self, search_id: int) -> None:
        """Delete a saved search and its matches; NotFoundError when there is none."""
        self.saved_search(search_id)
        with self.transaction() as c:
            c.execute("DELETE FROM alert_matches WHERE search_id = ?", (search_id,))
            c.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))

    def mark_seen(self, search_id: int, match_id: int) -> None:
        """Matches up to ``match_id`` have been shown (``watch check``)."""
        with self.transaction() as c:
            c.execute("UPDATE saved_searches SET seen_match = max(seen_match, ?) WHERE id = ?", (match_id, search_id))

    # -- matches -------------------------------------------------------------------------
    def record_matches(self, search_id: int, matches: Sequence[Mapping[str, Any]], *, baseline: bool = False) -> int:
        """Record the matches (``MATCH_COLUMNS``; ``detail`` a JSON-able dict) the search does not
        hold yet (one row per ``match_key``); returns how many were new. A match already held
        whose document has since been replaced (a changed file) is pointed at the new one and
        is not new."""
        if not matches:
            return 0
        new = 0
        with self.transaction() as c:
            for m in matches:
                row = c.execute(
                    "SELECT m.id, d.id AS live FROM alert_matches m LEFT JOIN documents d ON d.id = m.doc_id"
                    " WHERE m.search_id = ? AND m.match_key = ?", (search_id, m["match_key"])).fetchone()
                detail = json.dumps(m["detail"], ensure_ascii=False)
                if row is None:
                    c.execute(
                        "INSERT INTO alert_matches (search_id, match_key, baseline, doc_id, start, end, title, detail)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (search_id, m["match_key"], int(baseline), m["doc_id"], m["start"], m["end"], m["title"], detail))
                    new += 1
                elif row["live"] is None:
                    c.execute("UPDATE alert_matches SET doc_id = ?, start = ?, end = ?, detail = ? WHERE id = ?",
                              (m["doc_id"], m["start"], m["end"], detail, row["id"]))
        return new

    def alert_matches(
        self, search_id: int, *, limit: int | None = None, after: int = 0, baseline: bool = True,
    ) -> list[dict[str, Any]]:
        """A search's matches, newest first: those after match id ``after``; without
        ``baseline``, only the matches that came after it was saved."""
        sql = "SELECT * FROM alert_matches WHERE search_id = ? AND id > ?"
        args: list[Any] = [search_id, after]
        if not baseline:
            sql += " AND baseline = 0"
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [_match_dict(r) for r in self.conn.execute(sql, args)]

    # -- what the rules read -----------------------------------------------------------------
    def council_names(self, value: str) -> list[str]:
        """The stored councils ``value`` names: a name in any case, or an ONS code."""
        v = value.strip()
        return [str(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT council FROM documents WHERE council = ? COLLATE NOCASE OR upper(coalesce(council_code, ''))"
            " = upper(?) ORDER BY council", (v, v))]

    def documents_in_order(self, councils: Iterable[str]) -> list[tuple[str, str]]:
        """(id, council) of the councils' documents in the order they speak: by date (undated
        ones by when they were ingested, after the dated ones of that day), then ingest time."""
        names = sorted(set(councils))
        if not names:
            return []
        return [(str(r[0]), str(r[1])) for r in self._rows_in(
            "SELECT id, council FROM documents WHERE council IN ({marks}) ORDER BY coalesce(date, substr(ingested_at, 1, 10)),"
            " ingested_at, id", names)]

    def passages_with_all(
        self, terms: Sequence[str], filters: Filters, doc_ids: Sequence[str] | None = None,
    ) -> list[tuple[int, str]]:
        """(passage id, norm_hash) of the passages whose text or section path hold every one of
        the FTS5 ``terms`` (quoted words, ``fts.fts_terms``) and that pass ``filters``; within
        ``doc_ids`` when given. In document and reading order."""
        if not terms:
            return []
        where, args = filters_sql(filters)
        sql = ("SELECT p.id, p.norm_hash, p.doc_id, p.ordinal FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid"
               " JOIN documents d ON d.id = p.doc_id WHERE passages_fts MATCH ? AND " + where)
        match = "{text path} : (" + " AND ".join(terms) + ")"
        if doc_ids is None:
            rows = self.conn.execute(sql, [match, *args]).fetchall()
        else:
            ids = list(doc_ids)
            rows = []
            for k in range(0, len(ids), 500):
                chunk = ids[k:k + 500]
                rows += self.conn.execute(f"{sql} AND p.doc_id IN ({','.join('?' * len(chunk))})",
                                          [match, *args, *chunk]).fetchall()
        rows.sort(key=lambda r: (str(r[2]), int(r[3])))
        return [(int(r[0]), str(r[1])) for r in rows]
