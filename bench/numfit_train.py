"""Fit the number-question figure model (``bench/numfit_model.py``) on the feature table
``bench/numfit_features.py`` writes, and score it honestly: leave one question set out, fit on
the others, replay the answer choice on the held-out set, and compare with the hand-set rule on
the same replay.

    python bench/numfit_train.py /tmp/numfit.jsonl               # leave-one-set-out table
    python bench/numfit_train.py /tmp/numfit.jsonl --write PATH  # fit on every set, write weights

The fit: each question's candidates are every figure that fits it at all in every passage of
its search's pool; the model's score is linear in ``answer_model.features`` plus the passage's
retrieval score and rank; the weights minimise the softmax loss of the right candidates against
all (L2 on standardised features; deterministic: L-BFGS from zero). The replay is the search's
own choice: each passage names its best-scoring figure, passages rank by retrieval score plus
their figure's lift (passages with none fall by ``answer_rank.NO_FIGURE_FACTOR``), the top one
answers (it matches the live search on 340 of 342 questions; totals equal).

Measured (2026-12-07, 342 questions in 14 sets, stores built by main 22e7e06): the fitted model
does NOT beat the hand-set rule, so the search does not use it. Leave-one-set-out, right figures
of 342, rule 240: L2 0.1: 231, 1: 233, 10: 241 (4 sets better, 5 worse), 100: 236 (after the
quarter agreement landed, rule 242: 232, 234, 240 (2 better, 5 worse), 238); without the
rule as an anchor (weights from zero) 232-239; pointwise classifiers on the same features (logistic
regression 221, gradient-boosted trees 201). Fitted on every set, the model's own training sets
come to 238-243: the features do not separate the right figure from the wrong much better than
the rule does, whatever the weights. The misses are mostly paraphrase (a question's "left in the
pot" for a text's "remaining balance") and which of several figures of one sentence answers
("£2m spent, £3m promised and £5m still being agreed"), which word overlap cannot tell.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from numfit_model import RANK, RETRIEVAL, RULE, FitModel, features  # noqa: E402

from councilsearch.index.answer_rank import FIGURE_BASE, FIGURE_GAIN, NO_FIGURE_FACTOR  # noqa: E402

L2 = 10.0  # of 0.1, 1, 10, 100 the best on the leave-one-set-out table itself (so, if anything, flattering)


def load(path: Path) -> list[dict[str, Any]]:
    qs = [json.loads(line) for line in path.open()]
    for q in qs:
        for p in q["passages"]:
            for c in p["cands"]:
                c["f"].update(sim=p["sim"], bm25=float(p["bm25"]))  # the passage's dense similarity, found by BM25
                c["x"] = features(c["f"])
                c["x"][RETRIEVAL], c["x"][RANK] = p["pre"], p["rank"]
    return qs


def _pick(q: dict[str, Any], cands: list[dict[str, Any]], scores: list[float], now: float | None) -> tuple[dict[str, Any], float]:
    """``answer.best_answer``'s choice among a passage's candidates, ties and all."""
    best: dict[str, Any] | None = None
    bs = 0.0
    for c, s in zip(cands, scores, strict=True):
        later = False
        if best is not None and abs(s - bs) < 1e-9:
            later = q["latest"] and (c["period"] > best["period"] or c["went_to"])
            if not later and not q["period"] and c["row"] is not None and c["row"] == best["row"]:
                later = c["col"] is not None and best["col"] is not None and c["col"] > best["col"] and (now is None or c["col"] <= now)
        if best is None or s > bs + 1e-9 or later:
            best, bs = c, (s if best is None else max(s, bs))
    assert best is not None
    return best, bs


def replay(q: dict[str, Any], model: FitModel | None) -> bool:
    """Is the figure the top passage names right, under the hand-set rule (None) or ``model``?"""
    top, top_right = -np.inf, False
    for p in q["passages"]:
        if not p["cands"]:
            score = p["pre"] * NO_FIGURE_FACTOR * p["later"]
            right = False
        elif model is None:
            c, fit = _pick(q, p["cands"], [c["f"]["hand"] for c in p["cands"]], p["now"])
            score, right = (p["pre"] + FIGURE_BASE + FIGURE_GAIN * (fit - 0.5)) * p["later"], c["right"]
        else:
            c, s = _pick(q, p["cands"], [model.figure_score(c["f"]) for c in p["cands"]], p["now"])
            score, right = (p["pre"] + model.lift(s, p["rank"])) * p["later"], c["right"]
        if score > top + 1e-12:
            top, top_right = score, right
    return top_right


def fit(qs: list[dict[str, Any]], l2: float = L2) -> FitModel:
    names = sorted({k for q in qs for p in q["passages"] for c in p["cands"] for k in c["x"]})
    rows, seg, right = [], [], []
    n = 0
    for q in qs:
        cands = [c for p in q["passages"] for c in p["cands"]]
        if not any(c["right"] for c in cands):
            continue  # nothing to learn: the right figure is not in the pool
        rows += [[c["x"].get(k, 0.0) for k in names] for c in cands]
        seg += [n] * len(cands)
        right += [c["right"] for c in cands]
        n += 1
    x = np.asarray(rows, dtype=np.float64)
    g = np.asarray(seg)
    r = np.asarray(right, dtype=bool)
    ir, ip = names.index(RULE), names.index(RETRIEVAL)
    base = x[:, ir] + x[:, ip]  # the hand-set rule's score of the candidate's passage
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = (x - mu) / sd
    z[:, ir] = 0.0  # the rule enters once, unpenalised, through ``base``

    def loss(v: np.ndarray) -> tuple[float, np.ndarray]:
        a, w = v[0], v[1:]
        s = a * base + z @ w
        m = np.full(n, -np.inf)
        np.maximum.at(m, g, s)
        e = np.exp(s - m[g])
        tot = np.bincount(g, e, n)
        pos = np.bincount(g, e * r, n)
        val = float(np.sum(np.log(tot) - np.log(pos))) + 0.5 * l2 * float(w @ w)
        grad_s = e / tot[g] - r * e / pos[g]
        return val, np.concatenate(([base @ grad_s], z.T @ grad_s + l2 * w))

    v0 = np.zeros(len(names) + 1)
    v0[0] = 1.0
    v = minimize(loss, v0, jac=True, method="L-BFGS-B", options={"maxiter": 1000}).x
    raw = v[1:] / sd  # back to the features' own scale (a constant shift cancels in a softmax)
    raw[ir] = 0.0
    raw[ir] += v[0]
    raw[ip] += v[0]
    weights = {k: float(val) for k, val in zip(names, raw, strict=True) if abs(val) > 1e-12}
    if weights.get(RETRIEVAL, 0.0) <= 0:
        weights[RETRIEVAL] = 1e-3
    model = FitModel(weights, 0.0)
    # the offset: the correction to the rule's lift is nought on average over the training passages'
    # best figures, so passages holding no figure that fits stand where the rule put them
    shift = []
    for q in qs:
        for p in q["passages"]:
            if p["cands"]:
                c, s = _pick(q, p["cands"], [model.figure_score(c["f"]) for c in p["cands"]], p["now"])
                shift.append(model.lift(s, p["rank"]) - c["x"][RULE])
    return FitModel(weights, -float(np.mean(shift)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("table", type=Path)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--write", type=Path, help="fit on every set and write the weights here")
    args = ap.parse_args()
    qs = load(args.table)
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in qs:
        by_set[q["set"]].append(q)
    if args.write:
        model = fit(qs, args.l2)
        args.write.write_text(json.dumps({"weights": dict(sorted(model.weights.items())), "offset": model.offset,
                                          "fitted_on": sorted(by_set), "questions": len(qs), "l2": args.l2}, indent=1) + "\n")
        print("wrote", args.write)
        return
    print(f"{'set':18} {'n':>3} {'live':>5} {'rule':>5} {'fitted (set left out)':>22}")
    tot: dict[str, int] = defaultdict(int)
    for name, held in by_set.items():
        model = fit([q for q in qs if q["set"] != name], args.l2)
        live = sum(q["live_right"] for q in held)
        rule = sum(replay(q, None) for q in held)
        mine = sum(replay(q, model) for q in held)
        print(f"{name:18} {len(held):3} {live:5} {rule:5} {mine:22}")
        tot["n"] += len(held)
        tot["live"] += live
        tot["rule"] += rule
        tot["mine"] += mine
        tot["better"] += mine > rule
        tot["worse"] += mine < rule
    print(f"{'total':18} {tot['n']:3} {tot['live']:5} {tot['rule']:5} {tot['mine']:22}   sets better {tot['better']}, worse {tot['worse']}")


if __name__ == "__main__":
    main()
