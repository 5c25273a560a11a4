"""Score ``recommendations.v1`` and its follow-up links against a gold file (see eval/README.md).

A gold row names a document (file stem), a label as printed and the first words of the
recommendation; a stored recommendation matches it when it is in that document, its label
folds to the same key and its text starts with those words (case, quotes and spacing aside).
Each gold row lists the documents that follow it up (``followed_in``, with the status each
gives).

- extraction precision / recall: matched rows over stored rows / over gold rows;
- link accuracy: of every follow-up the gold lists and every link stored for a gold
  recommendation that the gold does not list, the share that is right (a listed follow-up
  found, for the right recommendation, from the right document);
- status accuracy: of the gold follow-ups with a status, the share whose link gives it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from councilsearch.models import Recommendation

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def fold_label(label: str) -> str:
    """"Recommendation 3" -> "3", "(a)" / "a)" / "A." -> "a", "RESOLVED" -> "resolved"."""
    s = norm(label)
    s = re.sub(r"^recommendation\s+", "", s)
    return s.strip(" .:;()-")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            for key in ("doc", "label", "first_words"):
                if not row.get(key):
                    raise ValueError(f"{path}:{n}: a gold row needs {key!r}")
            rows.append(row)
    return rows


def _matches(row: Mapping[str, Any], rec: Recommendation, stem_of: Mapping[str, str]) -> bool:
    return (stem_of.get(rec.doc_id) == row["doc"] and fold_label(rec.label) == fold_label(str(row["label"]))
            and norm(rec.text).startswith(norm(str(row["first_words"]))))


def score(gold: list[dict[str, Any]], recs: list[Recommendation], links: Mapping[str, list[Any]],
          follows: Mapping[str, str], stem_of: Mapping[str, str]) -> dict[str, Any]:
    """The report for stored ``recs`` (every row, restated ones too), their ``links`` (rec id ->
    links) and ``follows`` (restated id -> the original it was folded into)."""
    stems = {str(r["doc"]) for r in gold}
    scored = [r for r in recs if stem_of.get(r.doc_id) in stems]
    free = list(scored)
    pairs: list[tuple[dict[str, Any], Recommendation | None]] = []
    for row in gold:
        hit = next((r for r in free if _matches(row, r, stem_of)), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((row, hit))
    found = sum(1 for _, h in pairs if h is not None)
    link_right = link_total = status_right = status_total = 0
    misses: list[str] = []
    for row, hit in pairs:
        if hit is None:
            misses.append(f"missed {row['doc']} {row['label']}: {row['first_words']}")
            continue
        target = follows.get(hit.id, hit.id)
        got = {stem_of.get(k.doc_id, k.doc_id): k for k in links.get(target, ())}
        want = {str(f["doc"]): f.get("status") for f in row.get("followed_in") or ()}
        for doc, status in want.items():
            link_total += 1
            k = got.get(doc)
            if k is None:
                misses.append(f"no link from {doc} to {row['doc']} {row['label']}")
                continue
            link_right += 1
            if status:
                status_total += 1
                if k.status == status:
                    status_right += 1
                else:
                    misses.append(f"status of {row['doc']} {row['label']} in {doc}: {k.status}, gold {status}")
        for other in set(got) - set(want):
            link_total += 1
            misses.append(f"wrong link from {other} to {row['doc']} {row['label']} ({got[other].method})")
    for r in free:
        misses.append(f"extra {stem_of.get(r.doc_id)} {r.label}: {r.text[:70]}")
    return {
        "n_gold": len(gold),
        "n_found": len(scored),
        "precision": found / len(scored) if scored else 0.0,
        "recall": found / len(gold) if gold else 0.0,
        "links": link_total,
        "link_accuracy": link_right / link_total if link_total else 1.0,
        "statuses": status_total,
        "status_accuracy": status_right / status_total if status_total else 1.0,
        "by_kind": _by_kind(pairs),
        "misses": misses,
    }


def _by_kind(pairs: list[tuple[dict[str, Any], Recommendation | None]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row, hit in pairs:
        k = out.setdefault(str(row.get("kind") or "?"), {"gold": 0, "found": 0, "kind_right": 0})
        k["gold"] += 1
        if hit is not None:
            k["found"] += 1
            k["kind_right"] += int(hit.kind == row.get("kind"))
    return out


def evaluate_recommendations(store: Any, gold_path: str | Path) -> dict[str, Any]:
    """Score what ``store`` holds against the gold at ``gold_path``."""
    gold = load_gold(gold_path)
    stems = {str(r["doc"]) for r in gold}
    stem_of: dict[str, str] = {}
    for doc_id, path in store.source_paths().items():
        stem = Path(str(path)).stem
        stem_of[doc_id] = stem if stem in stems else doc_id
    recs = store.recommendations(followed=True)
    links = store.recommendation_links()
    follows: dict[str, str] = {}
    for council in {r.council for r in recs}:
        follows.update(store.restated_follows(council))
    rep = score(gold, recs, links, follows, stem_of)
    rep["documents"] = len({stem_of.get(r.doc_id) for r in recs if stem_of.get(r.doc_id) in stems})
    return rep
