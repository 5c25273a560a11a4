"""Which closeness finds follow-ups: token overlap (what recommendations.v1 uses) or the
embedder's sentence vectors. For every original recommendation and every later document of its
council in a data folder, the best sentence by each measure; printed with the pairs a gold file
says are follow-ups (none across documents in the bundled corpora, so every score printed is
a non-link) and a control of invented true follow-ups (a peer challenge, its progress review
and a governance statement, from tests/test_recommendations.py) embedded the same way.

    .venv/bin/python bench/recommendation_links.py --data-dir DATA [--data-dir DATA2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best_pairs(lib):  # type: ignore[no-untyped-def]
    """(recommendation, later doc, best token containment, best cosine) for every pair."""
    from councilsearch.extract.recommendations.follow import SHARED_MIN, first_sentence, words

    store = lib.store
    out = []
    for council in store.councils():
        recs = [r for r in store.recommendations(council=council, followed=True) if r.source == "original"]
        docs = [(d, date) for d, date in store.council_documents(council) if date]
        for doc_id, date in docs:
            later = [r for r in recs if r.date and r.date < date and r.doc_id != doc_id]
            if not later:
                continue
            text = store.document_text(doc_id)
            rows = store.conn.execute("SELECT id, start, end FROM sentences WHERE doc_id = ? ORDER BY id",
                                      (doc_id,)).fetchall()
            _, vecs = store.embeddings([r[0] for r in rows], "sentences")  # only their best cosine counts
            bags = [words(text[r[1]:r[2]]) for r in rows]
            qv = lib.embedder.encode([first_sentence(r.text) for r in later])
            cos = qv @ vecs.T if len(vecs) else np.zeros((len(later), 0))
            for k, r in enumerate(later):
                lead = words(first_sentence(r.text))
                tok = max((len(lead & b) / len(lead) for b in bags if len(lead & b) >= SHARED_MIN), default=0.0)
                out.append((r, doc_id, tok, float(cos[k].max()) if cos.shape[1] else 0.0))
    return out


def control() -> list[tuple[str, float, float]]:
    """The invented true follow-up pairs: (label, token score, cosine)."""
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library
    from councilsearch.models import DocumentMeta
    from tests.test_recommendations import COUNCIL, PEER

    later = ("Wyvern District Council\n\nAnnual Governance Statement 2025\n\nProgress\n\n"
             "The council has set up a corporate programme management office which oversees the transformation "
             "programme and tracks its benefits monthly.\n")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(load_settings(Path(tmp)))
        for text, name, date in ((PEER, "p.txt", "2024-03-20"), (later, "a.txt", "2025-06-30")):
            lib.ingest_bytes(text.encode(), name, DocumentMeta(title=name, council=COUNCIL, doc_type="report", date=date))
        got = [(f"control {r.label}", tok, c) for r, _, tok, c in best_pairs(lib)]
        lib.close()
    return got


def main() -> None:
    from councilsearch.config import load_settings
    from councilsearch.extract.recommendations.follow import TEXT_MIN
    from councilsearch.index.library import Library

    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", action="append", required=True)
    args = ap.parse_args()
    pairs = []
    for d in args.data_dir:
        lib = Library(load_settings(Path(d)))
        pairs += [(f"{r.doc_id[:30]} {r.label}", tok, c) for r, _, tok, c in best_pairs(lib)]
        lib.close()
    ctl = control()
    print(f"{len(pairs)} (recommendation, later document) pairs with no follow-up in the gold; "
          f"{len(ctl)} invented control pairs (one a true follow-up: label 2)")
    for name, rows in (("non-links", pairs), ("control", ctl)):
        toks = sorted((t for _, t, _ in rows), reverse=True)
        coss = sorted((c for _, _, c in rows), reverse=True)
        print(f"{name:10s} token containment: max {toks[0] if toks else 0:.3f}, >= {TEXT_MIN}: "
              f"{sum(t >= TEXT_MIN for t in toks)};  cosine: max {coss[0] if coss else 0:.3f}, "
              f"top 3 {[round(c, 3) for c in coss[:3]]}")
    for name, tok, c in ctl:
        print(f"  {name}: token {tok:.3f}  cosine {c:.3f}")
    worst = sorted(pairs, key=lambda p: -p[2])[:3]  # by cosine
    for name, tok, c in worst:
        print(f"  closest non-link by cosine: {name}: cosine {c:.3f}, token {tok:.3f}")


if __name__ == "__main__":
    main()
