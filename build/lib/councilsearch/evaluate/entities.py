"""Score entity extraction against a gold set (``eval/entities_dev.jsonl`` format).

One gold row per distinct entity per document::

    {"doc": "<file stem>", "label": "ORG|PERSON|ROLE|PROGRAMME|COMMITTEE|ACRONYM|GPE",
     "name": "as printed", "aliases": ["other surfaces"], "affiliation": "...", "role": "..."}

A row is found when the extractor gives, in that document, an entity of the row's label whose
``normalised`` or ``text`` equals the name or one of the aliases (case- and whitespace-
insensitive, a trailing possessive ignored). Recall is reported overall and per label.
PERSON precision: of the distinct PERSON names the extractor gives in a document (its
``normalised``), the share that are gold PERSONs (name or alias) of that document; the gold
PERSON list of a document must therefore be exhaustive. ``affiliation`` and ``role`` are
scored on the PERSON rows that give them and are found (same normalisation, or one contains
the other).

Documents come from the store (matched by the stem of their source file) or from folders
(``--corpus``); a gold document missing from both is an error, never a silent recall of 0.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from councilsearch.errors import InputError
from councilsearch.evaluate.progress import StepProgress
from councilsearch.models import Entity

LABELS = ("ORG", "PERSON", "ROLE", "PROGRAMME", "COMMITTEE", "ACRONYM", "GPE")
Extractor = Callable[[Sequence[str]], Sequence[Sequence[Entity]]]


def norm(s: str | None) -> str:
    """Lower case, single spaces, curly quotes straightened, no trailing possessive."""
    t = " ".join((s or "").replace("’", "'").replace("‘", "'").split()).lower()
    return re.sub(r"'s?$", "", t).strip(" .,;:")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("label") not in LABELS or not r.get("doc") or not r.get("name"):
            raise InputError(f"{path}:{i}: a gold row needs doc, name and a label in {', '.join(LABELS)}")
        rows.append(r)
    return rows


def _forms(row: Mapping[str, Any]) -> set[str]:
    return {norm(row["name"]), *(norm(a) for a in row.get("aliases") or [])} - {""}


def _same(a: str | None, b: str | None) -> bool:
    x, y = norm(a), norm(b)
    return bool(x and y) and (x == y or x in y or y in x)


def score_entities(
    gold: Sequence[Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Entity]],
) -> dict[str, Any]:
    """Recall (overall, per label), PERSON precision and the attribute accuracy of the found
    PERSON rows, with the misses and the false PERSONs listed."""
    by_doc: dict[str, dict[str, dict[str, list[Entity]]]] = {}
    for doc, ents in predicted.items():
        idx: dict[str, dict[str, list[Entity]]] = defaultdict(lambda: defaultdict(list))
        for e in ents:
            for f in {norm(e.normalised), norm(e.text)}:
                idx[e.label][f].append(e)
        by_doc[doc] = idx
    found_by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    attr = {"role": [0, 0], "affiliation": [0, 0]}
    gold_people: dict[str, set[str]] = defaultdict(set)
    for row in gold:
        doc, label = row["doc"], row["label"]
        if label == "PERSON":
            gold_people[doc] |= _forms(row)
        forms_of = by_doc.get(doc, {}).get(label, {})
        hits = [e for f in _forms(row) for e in forms_of.get(f, [])]
        found_by[label][1] += 1
        if hits:
            found_by[label][0] += 1
        else:
            misses.append(f"{doc}: {label} {row['name']}")
            continue
        for key in ("role", "affiliation"):
            want = row.get(key)
            if label == "PERSON" and want:
                attr[key][1] += 1
                if any(_same(getattr(e, key), want) for e in hits):
                    attr[key][0] += 1
    extra: list[str] = []
    n_pred = n_good = 0
    for doc, ents in predicted.items():
        names = {norm(e.normalised) for e in ents if e.label == "PERSON"} - {""}
        n_pred += len(names)
        good = names & gold_people.get(doc, set())
        n_good += len(good)
        extra += [f"{doc}: {n}" for n in sorted(names - good)]
    n_found = sum(v[0] for v in found_by.values())
    n_gold = sum(v[1] for v in found_by.values())
    return {
        "n_gold": n_gold,
        "documents": len({r["doc"] for r in gold}),
        "recall": n_found / n_gold if n_gold else 0.0,
        "by_label": {
            lab: {"n": v[1], "found": v[0], "recall": v[0] / v[1] if v[1] else 0.0}
            for lab, v in sorted(found_by.items())
        },
        "person_precision": n_good / n_pred if n_pred else 1.0,
        "n_person_predicted": n_pred,
        "role_accuracy": attr["role"][0] / attr["role"][1] if attr["role"][1] else None,
        "affiliation_accuracy": (
            attr["affiliation"][0] / attr["affiliation"][1] if attr["affiliation"][1] else None
        ),
        "misses": misses,
        "false_people": extra,
    }


def store_texts(store: Any, stems: Iterable[str]) -> dict[str, str]:
    """``{file stem: canonical text}`` of the stored documents whose source file has one of
    ``stems`` (or whose id is one of them)."""
    want = set(stems)
    ids: dict[str, str] = {}
    for doc_id, path in store.source_paths().items():
        stem = Path(str(path)).stem
        if stem in want:
            ids[stem] = doc_id
        elif doc_id in want:
            ids[doc_id] = doc_id
    return {stem: store.document_text(doc_id) for stem, doc_id in ids.items()}


def gold_texts(gold_path: str | Path, folders: Sequence[Path] | None, store: Callable[[], Any]) -> dict[str, str]:
    """The texts of the gold's documents: parsed from ``folders`` when given, else read from
    the store (``store()`` opens it only then)."""
    if folders:
        from councilsearch.evaluate.figures import corpus_texts

        return corpus_texts(folders)
    return store_texts(store(), {r["doc"] for r in load_gold(gold_path)})


def summary_rows(rep: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """(label, gold, found, recall) per label, then the total."""
    rows = [(lab, str(m["n"]), str(m["found"]), f"{m['recall']:.3f}") for lab, m in rep["by_label"].items()]
    return [*rows, ("all", str(rep["n_gold"]), str(round(rep["recall"] * rep["n_gold"])), f"{rep['recall']:.3f}")]


def report_lines(rep: Mapping[str, Any], limit: int = 60) -> list[str]:
    """PERSON precision, role and affiliation accuracy, then the misses and the extra people."""
    out = [f"PERSON precision {rep['person_precision']:.3f} ({rep['n_person_predicted']} people named)"]
    for key in ("role_accuracy", "affiliation_accuracy"):
        if rep[key] is not None:
            out.append(f"{key.replace('_', ' ')} {rep[key]:.3f}")
    for title, key in (("misses", "misses"), ("named as people, not gold people", "false_people")):
        if rep[key]:
            out.append(f"{title} ({len(rep[key])}):")
            out += [f"  {it}" for it in rep[key][:limit]]
    return out


def evaluate_entities(
    gold_path: str | Path,
    texts: Mapping[str, str],
    *,
    extract: Extractor | None = None,
    progress: StepProgress | None = None,
) -> dict[str, Any]:
    """Run the extractor over the gold's documents (all in one batch) and score it. Raises
    InputError naming the gold documents that ``texts`` lacks."""
    gold = load_gold(gold_path)
    docs = sorted({r["doc"] for r in gold})
    missing = [d for d in docs if d not in texts]
    if missing:
        raise InputError(f"the gold names documents that are not there: {', '.join(missing)}")
    if extract is None:
        from councilsearch.extract.entities import extract_entities_batch

        extract = extract_entities_batch
    if progress:
        progress("entities", 0, len(docs))
    out = extract([texts[d] for d in docs])
    if progress:
        progress("entities", len(docs), len(docs))
    return score_entities(gold, dict(zip(docs, out, strict=True)))


__all__ = [
    "LABELS",
    "evaluate_entities",
    "gold_texts",
    "load_gold",
    "norm",
    "report_lines",
    "score_entities",
    "store_texts",
    "summary_rows",
]
