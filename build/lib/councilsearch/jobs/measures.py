"""Measures, conflicts and revisions written out: JSON-ready dicts (the CLI's --format json)
and CSV rows (one per measure point, one per conflict), each with its citation and a link."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from councilsearch.extract.figures.present import figure_value
from councilsearch.index.measures import Discrepancy, Measure, MeasurePoint
from councilsearch.jobs.results import CITATION_COLUMNS, Link, citation_cells

POINT_COLUMNS = ("measure_id", "measure", "council", "kind", "unit", "period", "value", "value_shown", "surface",
                 "label", "status", *CITATION_COLUMNS)
DISCREPANCY_COLUMNS = ("type", "reason", "measure_id", "measure", "council", "period",
                       *(f"{side}_{col}" for side in ("a", "b") for col in ("value_shown", "surface", "doc_id", "title",
                                                                         "date", "section_path", "para_no", "pages",
                                                                         "span_start", "span_end", "link")))


def point_dict(p: MeasurePoint, link: Link) -> dict[str, Any]:
    f = p.figure
    return {
        "period": p.period, "value": f.value, "value_shown": figure_value(f), "surface": f.surface,
        "label": p.label, "status": list(p.status), "sentence": p.sentence,
        "citation": {**citation_cells(p.citation, link), "section_path": list(p.citation.section_path),
                     "pages": list(p.citation.pages), "label": p.citation.label()},
    }


def timeline(m: Measure) -> list[dict[str, Any]]:
    """The measure's values by period (documents in date order within a period); points with
    no period come last, under ``None``."""
    out: dict[str | None, list[str]] = {}
    for p in m.points:
        shown = figure_value(p.figure)
        seen = out.setdefault(p.period, [])
        if shown not in seen:
            seen.append(shown)
    return [{"period": k, "values": v} for k, v in out.items()]


def measure_summary(m: Measure) -> dict[str, Any]:
    return {
        "id": m.id, "council": m.council, "name": m.name, "key": m.key, "kind": m.kind, "unit": m.unit,
        "n_points": len(m.points), "n_documents": len(m.documents), "periods": m.periods,
        "timeline": timeline(m),
    }


def measure_dict(m: Measure, link: Link, discrepancies: Sequence[Discrepancy] = ()) -> dict[str, Any]:
    return {**measure_summary(m), "points": [point_dict(p, link) for p in m.points],
            "discrepancies": [discrepancy_dict(d, link) for d in discrepancies]}


def discrepancy_dict(d: Discrepancy, link: Link) -> dict[str, Any]:
    return {"type": d.kind, "reason": d.reason, "measure_id": d.measure_id, "measure": d.measure_name,
            "council": d.council, "period": d.period, "a": point_dict(d.a, link), "b": point_dict(d.b, link)}


def timeline_text(m: Measure, width: int = 6) -> str:
    """'2025/26: £30m → £38m; 2026/27: £41m' (at most ``width`` periods)."""
    bits = []
    for t in timeline(m)[:width]:
        bits.append(f"{t['period'] or 'no period'}: {' → '.join(t['values'])}")
    return "; ".join(bits)


def point_rows(measures: Iterable[Measure], link: Link) -> list[dict[str, Any]]:
    return [
        {"measure_id": m.id, "measure": m.name, "council": m.council, "kind": m.kind, "unit": m.unit,
         "period": p.period or "", "value": p.figure.value, "value_shown": figure_value(p.figure),
         "surface": p.figure.surface, "label": p.label, "status": ";".join(p.status),
         **citation_cells(p.citation, link)}
        for m in measures for p in m.points
    ]


def discrepancy_rows(items: Iterable[Discrepancy], link: Link) -> list[dict[str, Any]]:
    out = []
    for d in items:
        row: dict[str, Any] = {"type": d.kind, "reason": d.reason, "measure_id": d.measure_id,
                               "measure": d.measure_name, "council": d.council, "period": d.period or ""}
        for side, p in (("a", d.a), ("b", d.b)):
            cells = citation_cells(p.citation, link)
            row[f"{side}_value_shown"] = figure_value(p.figure)
            row[f"{side}_surface"] = p.figure.surface
            for col in ("doc_id", "title", "date", "section_path", "para_no", "pages", "span_start", "span_end",
                        "link"):
                row[f"{side}_{col}"] = cells[col]
        out.append(row)
    return out


__all__ = ["DISCREPANCY_COLUMNS", "POINT_COLUMNS", "discrepancy_dict", "discrepancy_rows", "measure_dict",
           "measure_summary", "point_dict", "point_rows", "timeline", "timeline_text"]
