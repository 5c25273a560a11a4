"""Score how the product reads the layout test corpus (``tests/data/layout``; its README
describes the documents and the gold). Each PDF there reproduces a way real councils' PDFs
defeat the parse: text drawn with character and word spacing, horizontal scaling and TJ
kerning; a Word cover sheet, margin chapter numbers, side headings and superscripts; tables
whose unit is declared in a title, a header row or a line above; a report repeated in a
meeting pack and a draft beside its final version.

Every document goes through ``pipeline.read_document`` and ``pipeline.analyse``, as ingest
does; the questions run against a ``Library`` of the corpus built in a temporary folder with
the real embedder. The measures:

- text: split numbers per 1,000 tokens (a number of the gold lines found in the text with
  spaces or tabs inside it: "2025 -26", "£1, 286 m"), and the share of gold lines found
  (white space aside, every character as printed);
- tables: the share of gold cells whose figure has the declared unit and value, and of those
  that also carry their row label and their column's period; rows whose label and figures
  are not found together;
- sections: gold headings found as heading sections, and nested under the right parent (the
  nearest gold heading above them); cover-sheet items and wrapped first lines made headings;
  numbered paragraphs found with their number;
- passages: median words and the share under 10 words;
- metadata: documents whose council and date are the ones the document states;
- search: Recall@5 and MRR@10 of hybrid search on the gold questions, and the top-five hits
  that repeat a near-copy of a hit above them from the other document of a gold duplicate
  pair (a draft and its final version, a report and the meeting pack that holds it).
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from councilsearch.config import Settings
from councilsearch.errors import InputError, ParseError
from councilsearch.evaluate.figures import find_all, values_equal
from councilsearch.evaluate.layout_search import score_search
from councilsearch.evaluate.progress import StepProgress
from councilsearch.models import Figure, Section, Span
from councilsearch.pipeline import Analysis, analyse, read_document

LAYOUT_DIR = Path("tests") / "data" / "layout"
GOLD_FILE = "gold.jsonl"
QUESTIONS_FILE = "questions.jsonl"
SUFFIXES = (".pdf", ".docx", ".html")

TARGETS = {
    "split_per_1000": "0",
    "line_recall": "1.00",
    "cells_with_unit": "1.00",
    "headings_found": "1.00",
    "cover_as_heading": "0",
    "median_passage_words": "120-200",
    "meta_right": "all",
    "recall@5": ">= 0.85",
    "mrr@10": ">= 0.70",
}

_WS = re.compile(r"\s+")
_LEAD_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.(?=\s|$)")
_STRIP = "()[]{},.;:'\"“”‘’"


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _hnorm(s: str) -> str:
    """A heading compared: white space single, lower case, no dot after its number or colon
    at its end ("4. Financial Implications" == "4 financial implications")."""
    t = _LEAD_NUMBER.sub(r"\1", _norm(s).lower())
    return t.rstrip(":").strip()


def load_gold(folder: str | Path) -> list[dict[str, Any]]:
    path = Path(folder) / GOLD_FILE
    if not path.is_file():
        raise InputError(f"no layout gold at {path} (run tests/data/layout/make_corpus.py)")
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _files(folder: Path, names: Sequence[str]) -> dict[str, Path]:
    out = {}
    for name in names:
        for suffix in SUFFIXES:
            if (folder / f"{name}{suffix}").is_file():
                out[name] = folder / f"{name}{suffix}"
                break
    return out


# --- text ------------------------------------------------------------------------------------


def number_tokens(line: str) -> list[str]:
    """The tokens of a line that hold a number, as printed ("2025-26", "£1,286m", "3.49%")."""
    out = []
    for tok in line.split():
        t = tok.strip(_STRIP)
        if len(t) >= 3 and any(ch.isdigit() for ch in t):
            out.append(t)
    return out


def split_numbers(text: str, tokens: set[str]) -> list[tuple[Span, str]]:
    """Where ``text`` holds one of ``tokens`` with spaces or tabs inside it: (span, token).
    Not across a line break, where a paragraph number may end a line ("1." then "1.1 …")."""
    found: dict[Span, str] = {}
    for tok in sorted(tokens):
        rx = re.compile(r"(?<![\w£$€.,])" + r"[ \t]*".join(re.escape(ch) for ch in tok) + r"(?![\w%£])")
        for m in rx.finditer(text):
            if any(ch.isspace() for ch in m.group(0)):
                found.setdefault(m.span(), tok)
    out: list[tuple[Span, str]] = []
    for span, tok in sorted(found.items(), key=lambda it: (it[0][0], -it[0][1])):
        if not out or span[0] >= out[-1][0][1]:  # "2 02 5-2 6" once, not also as "2 02 5"
            out.append((span, tok))
    return out


def _text_measures(texts: dict[str, str], gold: list[dict[str, Any]]) -> dict[str, Any]:
    n_tokens = n_split = n_lines = n_found = 0
    examples: list[str] = []
    missed: list[dict[str, str]] = []
    for name, text in texts.items():
        lines = [g["text"] for g in gold if g["kind"] == "line" and g["doc"] == name]
        tokens = {t for ln in lines for t in number_tokens(ln)}
        splits = split_numbers(text, tokens)
        n_tokens += len(text.split())
        n_split += len(splits)
        examples += [f"{name}: {text[s:e]!r}" for (s, e), _ in splits[:5]]
        for ln in lines:
            n_lines += 1
            if find_all(text, ln):
                n_found += 1
            else:
                missed.append({"doc": name, "text": ln})
    return {
        "tokens": n_tokens,
        "split_numbers": n_split,
        "split_per_1000": round(1000 * n_split / max(n_tokens, 1), 2),
        "lines": n_lines,
        "lines_found": n_found,
        "line_recall": round(n_found / max(n_lines, 1), 4),
        "split_examples": examples,
        "missed_lines": missed,
    }


def _pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def score_text(
    docs: dict[str, Analysis], gold: list[dict[str, Any]], files: dict[str, Path] | None = None
) -> dict[str, Any]:
    """Split numbers and gold lines in the product's text; with ``files``, the same measures
    of pypdf's plain ``extract_text`` on the PDFs, for reference."""
    out = _text_measures({name: a.doc.text for name, a in docs.items()}, gold)
    pdfs = {n: p for n, p in (files or {}).items() if p.suffix == ".pdf" and n in docs}
    if pdfs:
        ref = _text_measures({n: _pypdf_text(p) for n, p in pdfs.items()}, gold)
        out["pypdf"] = {k: ref[k] for k in ("split_numbers", "split_per_1000", "lines", "lines_found", "line_recall")}
    return out


# --- tables ----------------------------------------------------------------------------------


def _ws(s: str) -> str:
    return r"\s+".join(re.escape(w) for w in s.split())


def _row_cells(text: str, start: int, label: str, values: list[str]) -> tuple[list[Span | None], bool]:
    """The spans of a row's values: the row whole (label then its values in order on the same
    line, white space or the row's other cells between them: the gold may name some of a row's
    cells only, the £ cells beside a count) at or after ``start``, else each value found on a
    line that starts with the label."""
    whole = re.compile(
        r"(?<!\S)" + _ws(label) + "".join(r"(?:\s+|[^\S\n]+[^\n]*?[^\S\n]+)(" + _ws(v) + ")" for v in values)
        + r"(?!\S)"
    )
    m = whole.search(text, start) or whole.search(text)
    if m is not None:
        return [m.span(k + 1) for k in range(len(values))], True
    spans: list[Span | None] = [None] * len(values)
    lab = re.compile(r"(?<!\S)" + _ws(label) + r"(?!\S)")
    m2 = lab.search(text, start) or lab.search(text)
    if m2 is None:
        return spans, False
    end = text.find("\n", m2.end())
    end = len(text) if end < 0 else end
    pos = m2.end()
    for k, v in enumerate(values):
        mv = re.compile(r"(?<!\S)" + _ws(v) + r"(?!\S)").search(text, pos, end)
        if mv is not None:
            spans[k] = mv.span()
            pos = mv.end()
    return spans, False


def _cell_figure(figs: Sequence[Figure], span: Span, g: dict[str, Any]) -> Figure | None:
    for f in figs:
        if f.span[0] < span[1] and span[0] < f.span[1] and f.unit == g["unit"] and values_equal(f.value, g["value"]):
            return f
    return None


def _labelled(f: Figure, g: dict[str, Any]) -> bool:
    row = _norm(g["row"]).lower()
    has_row = any(row in _norm(x).lower() for x in (f.table_row or "", f.label or ""))
    return has_row and (g.get("period") is None or f.period == g["period"])


def score_tables(docs: dict[str, Analysis], gold: list[dict[str, Any]]) -> dict[str, Any]:
    n = with_unit = labelled = 0
    rows = broken = 0
    misses: list[dict[str, Any]] = []
    for name, a in docs.items():
        text = a.doc.text
        cells = [g for g in gold if g["kind"] == "cell" and g["doc"] == name]
        by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for g in cells:
            by_row.setdefault((g["table"], g["row"]), []).append(g)
        pos: dict[str, int] = {}
        for (table, label), row in by_row.items():
            if table not in pos:
                at = find_all(text, table)
                pos[table] = at[0][1] if at else 0
            spans, whole = _row_cells(text, pos[table], label, [g["surface"] for g in row])
            rows += 1
            broken += not whole
            for g, span in zip(row, spans, strict=True):
                n += 1
                f = _cell_figure(a.figures, span, g) if span is not None else None
                if f is None:
                    got = [
                        {"surface": x.surface, "value": x.value, "unit": x.unit}
                        for x in a.figures
                        if span is not None and x.span[0] < span[1] and span[0] < x.span[1]
                    ]
                    misses.append({"doc": name, "row": label, "column": g["column"], "surface": g["surface"],
                                   "unit": g["unit"], "found": span is not None, "predicted": got})
                    continue
                with_unit += 1
                labelled += _labelled(f, g)
    return {
        "cells": n,
        "with_unit": with_unit,
        "cells_with_unit": round(with_unit / max(n, 1), 4),
        "with_label_and_period": labelled,
        "cells_labelled": round(labelled / max(n, 1), 4),
        "rows": rows,
        "rows_broken": broken,
        "misses": misses,
    }


# --- sections --------------------------------------------------------------------------------


def _headings(sections: Sequence[Section]) -> list[tuple[Section, str]]:
    return [(s, _hnorm(s.heading)) for s in sections if s.kind == "heading" and s.heading]


def _cover_heading(h: str, label: str, value: str) -> bool:
    if not h:
        return False
    if h in {label, value, f"{label} {value}".strip()}:
        return True
    if label and h.startswith(label):  # "classification: unrestricted", or run together
        return True
    return len(h.split()) >= 3 and value.startswith(h)


def score_sections(docs: dict[str, Analysis], gold: list[dict[str, Any]]) -> dict[str, Any]:
    n_head = found = nested = 0
    n_cover = cover_heads = n_wrapped = wrapped_heads = 0
    n_para = para_found = 0
    missed: list[dict[str, Any]] = []
    wrong: list[str] = []
    wrong_heads: list[str] = []  # cover items and wrapped first lines made headings
    made: dict[str, list[str]] = {}
    for name, a in docs.items():
        heads = _headings(a.sections)
        made[name] = [s.heading or "" for s, _ in heads]
        golds = [g for g in gold if g["kind"] == "heading" and g["doc"] == name]
        gold_norms = {_hnorm(g["text"]) for g in golds}
        for g in golds:
            n_head += 1
            want = _hnorm(g["text"])
            sec = next((s for s, h in heads if h == want), None)
            if sec is None:
                missed.append({"doc": name, "heading": g["text"]})
                continue
            found += 1
            above = [_hnorm(p) for p in sec.path[:-1]]
            parent = next((p for p in reversed(above) if p in gold_norms), None)
            if parent == (_hnorm(g["parent"]) if g.get("parent") else None):
                nested += 1
            else:
                wrong.append(f"{name}: {g['text']!r} under {parent!r}")
        for g in gold:
            if g["doc"] != name:
                continue
            if g["kind"] == "cover":
                n_cover += 1
                label, value = _hnorm(g.get("label") or ""), _hnorm(g.get("value") or "")
                page = g.get("page")  # on the cover's page only: the same words elsewhere may be a title
                hit = any(_cover_heading(h, label, value) for sec, h in heads if page is None or page in sec.pages)
                cover_heads += hit
                if hit:
                    wrong_heads.append(f"{name}: cover {g.get('label') or ''} {g.get('value') or ''}".strip())
            elif g["kind"] == "not_heading":
                n_wrapped += 1
                t = _hnorm(g["text"])
                hit = any(len(h.split()) >= 4 and (t.startswith(h) or h.startswith(t)) for _, h in heads)
                wrapped_heads += hit
                if hit:
                    wrong_heads.append(f"{name}: first line {g['text']}")
            elif g["kind"] == "paragraph":
                n_para += 1
                first = " ".join(g["text"].split()[:3])
                para_found += any(
                    s.para_no == g["number"] and find_all(a.doc.text[s.span[0] : s.span[1]], first)
                    for s in a.sections
                )
    return {
        "headings": n_head,
        "found": found,
        "headings_found": round(found / max(n_head, 1), 4),
        "nested_right": nested,
        "headings_nested": round(nested / max(n_head, 1), 4),
        "cover_items": n_cover,
        "cover_as_heading": cover_heads,
        "wrapped_first_lines": n_wrapped,
        "wrapped_as_heading": wrapped_heads,
        "paragraphs": n_para,
        "paragraphs_found": para_found,
        "missed_headings": missed,
        "wrongly_nested": wrong,
        "wrong_headings": wrong_heads,
        "headings_made": made,
    }


# --- passages and metadata -------------------------------------------------------------------


def score_passages(docs: dict[str, Analysis]) -> dict[str, Any]:
    """Word counts of the prose passages (the 120–200-word windows); a table's rows are
    passages of their own, one a row (counted apart: a row is as long as it is)."""
    prose = [p for a in docs.values() for p in a.passages if p.kind != "table"]
    words = [len(p.text.split()) for p in prose]
    return {
        "passages": len(words),
        "table_row_passages": sum(len(a.passages) for a in docs.values()) - len(prose),
        "median_passage_words": statistics.median(words) if words else 0,
        "share_under_10": round(sum(w < 10 for w in words) / max(len(words), 1), 4),
    }


def score_meta(docs: dict[str, Analysis], gold: list[dict[str, Any]]) -> dict[str, Any]:
    n = council = date = 0
    got: dict[str, dict[str, Any]] = {}
    for g in gold:
        if g["kind"] != "meta" or g["doc"] not in docs:
            continue
        doc = docs[g["doc"]].doc
        n += 1
        council += _norm(doc.council).lower() == _norm(g["council"]).lower()
        date += doc.date == g["date"]
        got[g["doc"]] = {"council": doc.council, "date": doc.date, "gold": [g["council"], g["date"]]}
    return {"documents": n, "council_right": council, "date_right": date, "meta_right": min(council, date),
            "found": got}


# --- all of it -------------------------------------------------------------------------------


def parse_corpus(folder: Path, names: Sequence[str]) -> tuple[dict[str, Analysis], dict[str, str]]:
    """Each named document parsed and analysed as ingest does; failures by name."""
    docs: dict[str, Analysis] = {}
    errors: dict[str, str] = {}
    for name, path in _files(folder, names).items():
        try:
            docs[name] = analyse(read_document(path), entities=False)
        except ParseError as exc:
            errors[name] = str(exc)
    for name in names:
        if name not in docs and name not in errors:
            errors[name] = "no such file"
    return docs, errors


def evaluate_layout(
    folder: str | Path = LAYOUT_DIR,
    settings: Settings | None = None,
    *,
    search: bool = True,
    progress: StepProgress | None = None,
) -> dict[str, Any]:
    """Every measure of the module doc over the corpus in ``folder``; ``search=False`` skips
    the questions (no embedder, no Library)."""
    folder = Path(folder)
    gold = load_gold(folder)
    names = sorted({g["doc"] for g in gold if g["kind"] != "duplicate"})
    if progress is not None:
        progress("parse", 0, len(names))
    docs, errors = parse_corpus(folder, names)
    files = _files(folder, names)
    if progress is not None:
        progress("parse", len(names), len(names))
    report: dict[str, Any] = {
        "folder": str(folder),
        "documents": len(docs),
        "errors": errors,
        "text": score_text(docs, gold, files),
        "tables": score_tables(docs, gold),
        "sections": score_sections(docs, gold),
        "passages": score_passages(docs),
        "metadata": score_meta(docs, gold),
    }
    if search:
        dups = [(g["doc"], g["of"]) for g in gold if g["kind"] == "duplicate"]
        report["search"] = score_search(list(files.values()), folder / QUESTIONS_FILE, dups, settings, progress)
    return report


def summary(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """``(measure, value, target)`` rows for a printed table."""
    t, tb, s, p, m = (report[k] for k in ("text", "tables", "sections", "passages", "metadata"))
    rows = [
        ("split numbers per 1,000 tokens", f"{t['split_per_1000']:.2f} ({t['split_numbers']})", TARGETS["split_per_1000"]),
        ("gold lines found", f"{t['line_recall']:.3f} ({t['lines_found']}/{t['lines']})", TARGETS["line_recall"]),
    ]
    if "pypdf" in t:
        ref = t["pypdf"]
        rows.append(("  pypdf extract_text, for reference",
                     f"{ref['split_per_1000']:.2f} split, lines {ref['line_recall']:.3f}", ""))
    rows += [
        ("table cells with their unit", f"{tb['cells_with_unit']:.3f} ({tb['with_unit']}/{tb['cells']})",
         TARGETS["cells_with_unit"]),
        ("  ... and row label and period", f"{tb['cells_labelled']:.3f} ({tb['with_label_and_period']}/{tb['cells']})",
         "1.00"),
        ("table rows broken apart", f"{tb['rows_broken']}/{tb['rows']}", "0"),
        ("gold headings found", f"{s['headings_found']:.3f} ({s['found']}/{s['headings']})", TARGETS["headings_found"]),
        ("  ... nested under the right parent", f"{s['headings_nested']:.3f} ({s['nested_right']}/{s['headings']})",
         "1.00"),
        ("cover-sheet items made headings", f"{s['cover_as_heading']}/{s['cover_items']}", TARGETS["cover_as_heading"]),
        ("wrapped first lines made headings", f"{s['wrapped_as_heading']}/{s['wrapped_first_lines']}", "0"),
        ("numbered paragraphs found", f"{s['paragraphs_found']}/{s['paragraphs']}", "all"),
        ("median prose passage words",
         f"{p['median_passage_words']:g} ({p['passages']} passages; {p['table_row_passages']} table rows apart)",
         TARGETS["median_passage_words"]),
        ("prose passages under 10 words", f"{p['share_under_10']:.3f}", "0"),
        ("council set (from the document)", f"{m['council_right']}/{m['documents']}", TARGETS["meta_right"]),
        ("date set (from the document)", f"{m['date_right']}/{m['documents']}", TARGETS["meta_right"]),
    ]
    if "search" in report:
        q = report["search"]
        rows += [
            ("questions Recall@5", f"{q['recall@5']:.3f} ({q['questions']} questions)", TARGETS["recall@5"]),
            ("questions MRR@10", f"{q['mrr@10']:.3f}", TARGETS["mrr@10"]),
            ("top-5 hits repeating a near-copy", f"{q['near_copy_repeats']} (in {q['crowded_questions']} questions)",
             "0"),
        ]
    return rows


__all__ = [
    "LAYOUT_DIR",
    "evaluate_layout",
    "load_gold",
    "number_tokens",
    "parse_corpus",
    "score_meta",
    "score_passages",
    "score_sections",
    "score_tables",
    "score_text",
    "split_numbers",
    "summary",
]
