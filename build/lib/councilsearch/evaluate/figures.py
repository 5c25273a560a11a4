"""Score figure extraction against a gold set (``eval/figures_dev.jsonl`` format).

Each gold item names a document and a ``text`` (a sentence, bullet or table line) with every
figure in it. The item is found in the document's canonical text whitespace-insensitively
(PDF text wraps differently); the extractor runs once over each whole document; predictions
overlapping the item are compared with its gold figures. A prediction matches a gold figure
when their spans overlap, the units are equal and the values are equal (numbers within 0.5%,
strings exactly); each gold figure matches at most one prediction (a maximum matching).
Precision counts only predictions inside a gold item's text. ``context_unit`` is part of the
answer key, never an input.

What a figure measures and when: for every matched gold figure of kind money, percent or count
that carries ``label`` and ``period``, the label is right when the content words of the
predicted label (its own label, else its table row and column) and the gold's overlap by
Dice ≥ 0.5 (``councilsearch.extract.figures.words.same_measure``; a gold ``null`` wants no
label), and the period is right when it equals the gold's exactly (``null`` included).
``label_accuracy`` and ``period_accuracy`` are over those matched figures.

Every document the gold names must be given: a missing one stops the scorer with an
``InputError`` naming it (a gold set scored against the wrong corpus would otherwise report
precision 1.0 and recall 0).

When an item's text occurs more than once in a document, the occurrence that scores best is
used (most matches, then fewest false alarms): the text alone does not say which one the
annotator read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from councilsearch.errors import InputError
from councilsearch.evaluate.progress import StepProgress
from councilsearch.extract.figures.present import figure_label
from councilsearch.extract.figures.words import same_measure
from councilsearch.ingest.markup import strip_markup
from councilsearch.ingest.parse import iter_files
from councilsearch.models import Figure, Span
from councilsearch.pipeline import read_document

Extractor = Callable[[str], Sequence[Figure]]

MEASURE_KINDS = ("money", "percent", "count")  # the kinds whose label and period are scored

_REL_TOL = 0.005


def _ws_regex(s: str) -> re.Pattern[str] | None:
    words = s.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def find_all(text: str, needle: str) -> list[Span]:
    """Every whitespace-insensitive occurrence of ``needle`` in ``text``. Gold is quoted from
    the source file, so HTML tags in it are read the way ingest reads them (``strip_markup``)."""
    rx = _ws_regex(strip_markup(needle))
    if rx is None:
        return []
    return [m.span() for m in rx.finditer(text)]


def values_equal(pred: object, gold: object) -> bool:
    if isinstance(gold, str) or isinstance(pred, str):
        return isinstance(gold, str) and isinstance(pred, str) and pred == gold
    try:
        p, g = float(pred), float(gold)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if g == 0.0:
        return abs(p) < 1e-9
    return abs(p - g) <= _REL_TOL * abs(g)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _max_matching(edges: list[list[int]], n_right: int) -> list[int | None]:
    """Maximum bipartite matching (Kuhn): left i -> right j or None."""
    match_right: list[int | None] = [None] * n_right

    def try_left(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            other = match_right[j]
            if other is None or try_left(other, seen):
                match_right[j] = i
                return True
        return False

    for i in range(len(edges)):
        try_left(i, set())
    left: list[int | None] = [None] * len(edges)
    for j, owner in enumerate(match_right):
        if owner is not None:
            left[owner] = j
    return left


def _score_occurrence(
    text: str, occ: Span, gold_figs: list[dict[str, Any]], preds: Sequence[Figure]
) -> tuple[list[int | None], list[Figure]]:
    """Match gold figures to predictions overlapping one occurrence of the item."""
    inside = [f for f in preds if _overlaps(f.span, occ)]
    edges: list[list[int]] = []
    seen: dict[str, int] = {}
    n_same: dict[str, int] = {}
    for g in gold_figs:
        n_same[str(g["surface"])] = n_same.get(str(g["surface"]), 0) + 1
    for g in gold_figs:
        surface = str(g["surface"])
        spans = [(occ[0] + s, occ[0] + e) for s, e in find_all(text[occ[0] : occ[1]], surface)]
        k = seen.get(surface, 0)
        seen[surface] = k + 1
        if len(spans) == n_same[surface] > 1:
            spans = [spans[k]]  # "two groups and two councillors": the k-th gold is the k-th written
        edges.append(
            [
                j
                for j, f in enumerate(inside)
                if f.unit == g["unit"]
                and values_equal(f.value, g["value"])
                and any(_overlaps(f.span, sp) for sp in spans)
            ]
        )
    return _max_matching(edges, len(inside)), inside


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def load_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    items = []
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
    return items


def score_figures(
    gold_path: str | Path,
    docs: dict[str, str],
    *,
    extractor: Extractor | None = None,
    progress: StepProgress | None = None,
) -> dict[str, Any]:
    """Precision, recall and F1 (overall and by kind), with every miss and false alarm.

    ``docs`` maps a document name (file stem) to its canonical text. ``extractor`` defaults
    to :func:`councilsearch.extract.figures.extract_figures`. ``progress`` hears
    ``("figures", gold items done, gold items)``.
    """
    if extractor is None:
        from councilsearch.extract.figures import extract_figures

        extractor = extract_figures
    items = load_gold(gold_path)
    missing = sorted({str(it["doc"]) for it in items} - set(docs))
    if missing:
        raise InputError(
            f"{len(missing)} of the gold's documents are not in the corpus scored: {', '.join(missing)}"
            " (ingest them, or pass --corpus with the folder that holds them)"
        )
    preds_by_doc: dict[str, Sequence[Figure]] = {}
    n_gold = 0
    kinds: dict[str, dict[str, int]] = {}
    misses: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    tp_gold_total = 0
    tp_pred_total = 0
    n_pred_total = 0
    measured = {"n": 0, "label_ok": 0, "period_ok": 0}
    label_misses: list[dict[str, Any]] = []
    period_misses: list[dict[str, Any]] = []

    def kstat(kind: str) -> dict[str, int]:
        return kinds.setdefault(kind, {"n_gold": 0, "tp_gold": 0, "n_pred": 0, "tp_pred": 0})

    for n, item in enumerate(items, 1):
        if progress is not None:
            progress("figures", n, len(items))
        gold_figs = list(item.get("figures", []))
        n_gold += len(gold_figs)
        for g in gold_figs:
            kstat(g["kind"])["n_gold"] += 1
        doc_name = item["doc"]
        text = docs.get(doc_name)
        occurrences = find_all(text, item["text"]) if text is not None else []
        if not occurrences:
            reason = "document not given" if text is None else "text not found in document"
            for g in gold_figs:
                misses.append({"id": item["id"], "doc": doc_name, **g, "reason": reason})
            continue
        assert text is not None
        if doc_name not in preds_by_doc:
            preds_by_doc[doc_name] = extractor(text)
        preds = preds_by_doc[doc_name]
        best: tuple[tuple[int, int], Span, list[int | None], list[Figure]] | None = None
        for occ in occurrences:
            assign, inside = _score_occurrence(text, occ, gold_figs, preds)
            tp = sum(a is not None for a in assign)
            key = (tp, -(len(inside) - tp))
            if best is None or key > best[0]:
                best = (key, occ, assign, inside)
        assert best is not None
        _, occ, assign, inside = best
        matched_preds = {j for j in assign if j is not None}
        for g, a in zip(gold_figs, assign, strict=True):
            if a is None:
                got = [
                    {"surface": f.surface, "value": f.value, "unit": f.unit}
                    for f in inside
                    if str(g["surface"]) in f.surface or f.surface in str(g["surface"])
                ]
                misses.append({"id": item["id"], "doc": doc_name, **g, "predicted": got})
            else:
                tp_gold_total += 1
                kstat(g["kind"])["tp_gold"] += 1
                if g["kind"] in MEASURE_KINDS and "label" in g and "period" in g:
                    _score_measure(item["id"], g, inside[a], measured, label_misses, period_misses)
        for j, f in enumerate(inside):
            n_pred_total += 1
            st = kstat(f.kind)
            st["n_pred"] += 1
            if j in matched_preds:
                tp_pred_total += 1
                st["tp_pred"] += 1
            else:
                false_alarms.append(
                    {
                        "id": item["id"],
                        "doc": doc_name,
                        "surface": f.surface,
                        "value": f.value,
                        "unit": f.unit,
                        "kind": f.kind,
                        "span": list(f.span),
                    }
                )
    overall = _prf(tp_pred_total, n_pred_total, tp_gold_total, n_gold)
    by_kind = {
        k: _prf(v["tp_pred"], v["n_pred"], v["tp_gold"], v["n_gold"]) for k, v in sorted(kinds.items())
    }
    n_m = measured["n"]
    return {
        "n_gold": n_gold,
        "n_pred": n_pred_total,
        **overall,
        "by_kind": by_kind,
        "n_measured": n_m,
        "label_accuracy": round(measured["label_ok"] / n_m, 4) if n_m else None,
        "period_accuracy": round(measured["period_ok"] / n_m, 4) if n_m else None,
        "misses": misses,
        "false_alarms": false_alarms,
        "label_misses": label_misses,
        "period_misses": period_misses,
    }


def _score_measure(
    item_id: str,
    g: dict[str, Any],
    f: Figure,
    tally: dict[str, int],
    label_misses: list[dict[str, Any]],
    period_misses: list[dict[str, Any]],
) -> None:
    """Score one matched figure's label and period against the gold's."""
    tally["n"] += 1
    label = figure_label(f) or None
    if same_measure(label, g["label"]):
        tally["label_ok"] += 1
    else:
        label_misses.append({"id": item_id, "surface": g["surface"], "gold": g["label"], "predicted": label})
    if f.period == g["period"]:
        tally["period_ok"] += 1
    else:
        period_misses.append({"id": item_id, "surface": g["surface"], "gold": g["period"], "predicted": f.period})


def corpus_texts(folders: Sequence[Path]) -> dict[str, str]:
    """``{file stem: canonical text}`` of every document under ``folders``, parsed; of several
    files with one stem (a PDF and its .txt), the .txt."""
    docs: dict[str, str] = {}
    for f in iter_files(list(folders)):
        if f.stem not in docs or f.suffix == ".txt":
            docs[f.stem] = read_document(f).text
    return docs


def store_texts(store: Any) -> dict[str, str]:
    """``{file stem: canonical text}`` of every document in a store (named by the file each
    was read from, as the gold names them)."""
    names = {doc_id: Path(source).stem for doc_id, source in store.source_paths().items()}
    return {names.get(doc_id, doc_id): text for doc_id, text in store.document_texts()}


def load_corpus(folder: str | Path) -> dict[str, str]:
    """``{file stem: text}`` for every ``*.txt`` in a folder (the corpus' canonical text)."""
    out = {}
    for p in sorted(Path(folder).glob("*.txt")):
        out[p.stem] = p.read_text(encoding="utf-8")
    return out


__all__ = [
    "corpus_texts", "find_all", "load_corpus", "load_gold", "score_figures", "store_texts", "values_equal",
]
