"""Score measures (figures followed across documents) against a gold set in the
``eval/measures_dev.jsonl`` format (see eval/README.md).

Each gold line is a measure group (``"type": "group"``, its ``members``), a true conflict or a
revision (``"type": "conflict"`` / ``"revision"``, two members ``a`` and ``b``). A member names
a document (its file stem), the figure's ``value`` as printed and a ``quote`` around it; it is
found as the stored figure whose surface is the value, inside the quote's occurrence in the
document's canonical text (whitespace-insensitive, as ``evaluate.figures`` finds its items).
A member that matches no stored figure is a miss (counted, listed), never an error; a document
the gold names that is not in the store stops the scorer (``InputError``).

- **Grouping** (pairwise): over every pair of gold group members, a pair is gold-positive when
  both are in one gold group and predicted-positive when both figures are points of one
  predicted measure. Precision = true pairs / predicted pairs, recall = true pairs / gold
  pairs.
- **Conflicts**: every conflict the store predicts (all councils) against the gold conflicts;
  one matches when its two figures are the gold's two members. Precision = matched predicted
  conflicts / predicted conflicts; recall = matched gold conflicts / gold conflicts.
- **Revisions**: gold revisions found as revisions, and gold revisions (wrongly) flagged as
  conflicts.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from councilsearch.errors import InputError
from councilsearch.evaluate.figures import find_all
from councilsearch.index.measures import find_discrepancies, find_measures
from councilsearch.index.store import Store

Ref = tuple[str, int, int]


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} line {n}: not JSON ({exc.msg})") from None
        if item.get("type") not in ("group", "conflict", "revision"):
            raise InputError(f"{path} line {n}: type must be group, conflict or revision")
        items.append(item)
    return items


class _Resolver:
    """Gold members -> stored figures ((doc id, start, end))."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.doc_ids = {Path(src).stem: doc_id for doc_id, src in store.source_paths().items()}
        self.texts = dict(store.document_texts())
        self.figures: dict[str, list[tuple[str, Ref]]] = {}
        self.misses: list[str] = []

    def _doc(self, stem: str) -> str:
        doc_id = self.doc_ids.get(stem)
        if doc_id is None:
            raise InputError(f"the gold names the document {stem!r}, which is not in the store: ingest the "
                             "corpus the gold was written for")
        return doc_id

    def __call__(self, member: dict[str, Any]) -> Ref | None:
        doc_id = self._doc(str(member["doc"]))
        if doc_id not in self.figures:
            self.figures[doc_id] = [(f.surface, (doc_id, f.span[0], f.span[1]))
                                    for f, _c, _p in self.store.figures(doc_id=doc_id)]
        value = str(member["value"])
        spans = find_all(self.texts[doc_id], str(member.get("quote") or value))
        for s, e in spans:
            for surface, ref in self.figures[doc_id]:
                if surface == value and s <= ref[1] and ref[2] <= e:
                    return ref
        self.misses.append(f"{member['doc']}: {value!r} in {member.get('quote')!r}"
                           + ("" if spans else " (quote not in the text)"))
        return None


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    return {"precision": tp / n_pred if n_pred else 1.0, "recall": tp / n_gold if n_gold else 1.0,
            "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def evaluate_measures(store: Store, gold: list[dict[str, Any]]) -> dict[str, Any]:
    resolve = _Resolver(store)
    measure_of: dict[Ref, str] = {}
    for m in find_measures(store):
        for p in m.points:
            measure_of[p.ref] = m.id
    # grouping, pairwise over the gold members
    members: list[tuple[str, Ref | None]] = []
    for item in gold:
        if item["type"] == "group":
            members.extend((item["id"], resolve(mb)) for mb in item["members"])
    tp = n_pred = n_gold = 0
    for (ga, ra), (gb, rb) in combinations(members, 2):
        same_gold = ga == gb
        same_pred = (ra is not None and rb is not None and ra in measure_of
                     and measure_of.get(ra) == measure_of.get(rb))
        n_gold += same_gold
        n_pred += same_pred
        tp += same_gold and same_pred
    grouping = _prf(tp, n_pred, n_gold)
    # conflicts and revisions
    predicted = {frozenset((d.a.ref, d.b.ref)): d for d in find_discrepancies(store)}
    pred_conflicts = {k for k, d in predicted.items() if d.kind == "conflict"}
    gold_pairs: dict[str, list[tuple[str, frozenset[Ref] | None]]] = {"conflict": [], "revision": []}
    for item in gold:
        if item["type"] in gold_pairs:
            a, b = resolve(item["a"]), resolve(item["b"])
            gold_pairs[item["type"]].append((item["id"], frozenset((a, b)) if a and b else None))
    gold_conflicts = {pair for _id, pair in gold_pairs["conflict"] if pair is not None}
    matched = pred_conflicts & gold_conflicts
    conflicts = _prf(len(matched), len(pred_conflicts), len(gold_pairs["conflict"]))
    revisions = gold_pairs["revision"]
    rev_found = sum(1 for _i, pair in revisions if pair in predicted and predicted[pair].kind == "revision")
    rev_as_conflict = sum(1 for _i, pair in revisions if pair in pred_conflicts)
    false_alarms = [f"{d.measure_name} ({d.council}) {d.period}: {d.a.figure.surface} vs {d.b.figure.surface}"
                    for k, d in predicted.items() if k in pred_conflicts - gold_conflicts]
    missed = [gid for gid, pair in gold_pairs["conflict"] if pair not in pred_conflicts]
    return {
        "n_groups": sum(1 for i in gold if i["type"] == "group"), "n_members": len(members),
        "grouping": grouping, "conflicts": conflicts,
        "revisions": {"n_gold": len(revisions), "found_as_revision": rev_found, "flagged_as_conflict": rev_as_conflict},
        "unmatched_members": resolve.misses, "false_conflicts": false_alarms, "missed_conflicts": missed,
        "n_predicted_revisions": sum(1 for d in predicted.values() if d.kind == "revision"),
    }


__all__ = ["evaluate_measures", "load_gold"]
